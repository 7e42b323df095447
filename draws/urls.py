from django.urls import path

from . import views

app_name = "draws"

urlpatterns = [
    path("", views.draw_list, name="list"),
    path("standing/", views.standing_page, name="standing"),
]
