from django.urls import path

from . import share, views

app_name = "calculator"

urlpatterns = [
    path("", views.home, name="home"),
    path("calculator/share/", share.share_create, name="share"),
    path("calculator/result/", views.result, name="result"),
    path("calculator/preview/", views.preview, name="preview"),
    path("calculator/start-over/", views.start_over, name="start_over"),
    path("calculator/language-scores/<slug:prefix>/", views.language_scores, name="language_scores"),
    path("calculator/<slug:slug>/", views.step, name="step"),
]
