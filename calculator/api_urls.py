"""The JSON API, mounted without a language prefix so its address never changes."""

from django.urls import path

from . import api

app_name = "api"

urlpatterns = [
    path("score", api.score_profile, name="score"),
    path("eligibility", api.eligibility, name="eligibility"),
    path("results", api.results_create, name="results"),
    path("projection", api.projection, name="projection"),
]
