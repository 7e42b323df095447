from django.urls import path

from calculator.eligibility import views as eligibility_views
from calculator.occupations import views as occupation_views
from calculator.planning import views as planning_views
from calculator.questionnaire import views
from calculator.results import views as result_views
from calculator.saved import views as share
from calculator.scenarios import views as scenario_views

app_name = "calculator"

urlpatterns = [
    path("", views.home, name="home"),
    path("calculator/share/", share.share_create, name="share"),
    path("calculator/result/", result_views.result, name="result"),
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
