from django.urls import path

from . import share, views

app_name = "calculator"

urlpatterns = [
    path("", views.home, name="home"),
    path("calculator/share/", share.share_create, name="share"),
]
