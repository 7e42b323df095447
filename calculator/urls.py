from django.urls import path

from . import eligibility_views, occupation_views, planning_views, scenario_views, share, views

app_name = "calculator"

urlpatterns = [
    path("", views.home, name="home"),
    path("calculator/share/", share.share_create, name="share"),
    path("calculator/result/", views.result, name="result"),
    path("calculator/preview/", views.preview, name="preview"),
    path("calculator/start-over/", views.start_over, name="start_over"),
    path("calculator/language-scores/<slug:prefix>/", views.language_scores, name="language_scores"),
    path("calculator/eligibility/", eligibility_views.eligibility, name="eligibility"),
    path("calculator/occupations/", occupation_views.occupations, name="occupations"),
    path("calculator/occupations/use/", occupation_views.occupation_use, name="occupation_use"),
    path("calculator/planning/questions/", planning_views.planning_questions, name="planning_questions"),
    path("calculator/planning/partner/", planning_views.partner, name="partner"),
    path("calculator/planning/month-by-month/", planning_views.projection, name="projection"),
    path("calculator/scenarios/", scenario_views.scenario_list, name="scenarios"),
    path("calculator/scenarios/new/", scenario_views.scenario_create, name="scenario_create"),
    path(
        "calculator/scenarios/<int:scenario_id>/edit/<slug:slug>/", scenario_views.scenario_step, name="scenario_step"
    ),
    path("calculator/scenarios/<int:scenario_id>/share/", scenario_views.scenario_share, name="scenario_share"),
    path("calculator/scenarios/<int:scenario_id>/delete/", scenario_views.scenario_delete, name="scenario_delete"),
    path("calculator/<slug:slug>/", views.step, name="step"),
]
