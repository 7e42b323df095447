"""The JSON API, mounted without a language prefix so its address never changes.

Every endpoint here is described in ``calculator/api/openapi.py`` (a test fails otherwise); the last
pattern answers any other path under /api/ with a JSON 404 instead of the HTML page.
"""

from django.urls import path, re_path

from calculator.api import views as api

app_name = "api"

urlpatterns = [
    path("score", api.score_profile, name="score"),
    path("eligibility", api.eligibility, name="eligibility"),
    path("results", api.results_create, name="results"),
    path("projection", api.projection, name="projection"),
    path("openapi.json", api.openapi_document, name="openapi"),
    re_path(r"^(?P<path>.*)$", api.not_found),
]
