"""Scenarios: copies of the answers edited with the wizard's forms, compared side by side."""

import re

import pytest

from calculator.models import SavedResult
from calculator.questionnaire import wizard
from calculator.scenarios import store as scenarios
from crs.scoring import score
from tests.calculator.conftest import SINGLE
from tests.calculator.wizard_posts import fill_in

LIST = "/en/calculator/scenarios/"
NEW = "/en/calculator/scenarios/new/"
MORE_CANADIAN_WORK = {"canadian_work_years": "3", "foreign_work_years": "2", "certificate_of_qualification": "no"}


def edit(scenario_id, slug):
    return f"/en/calculator/scenarios/{scenario_id}/edit/{slug}/"


@pytest.fixture
def done(client, db):
    fill_in(client, SINGLE)
    return client


def test_without_finished_answers_scenarios_send_you_to_the_questionnaire(client, db):
    assert client.get(LIST)["Location"] == "/en/calculator/you/"
    assert client.post(NEW)["Location"] == "/en/calculator/you/"
    assert scenarios.SESSION_KEY not in client.session


def test_a_new_scenario_copies_the_answers_and_opens_its_first_step(done):
    response = done.post(NEW, {"name": "  More   Canadian work "})
    assert response["Location"] == edit(1, "you")
    [scenario] = scenarios.load(done.session)
    assert scenario["name"] == "More Canadian work"
    assert scenario["answers"] == done.session[wizard.SESSION_KEY]
    page = done.get(edit(1, "you")).content.decode()
    assert 'value="More Canadian work"' in page
    assert "You are changing a copy" in page


def test_an_unnamed_scenario_is_numbered(done):
    done.post(NEW)
    done.post(NEW, {"name": ""})
    assert [item["name"] for item in scenarios.load(done.session)] == ["Scenario 1", "Scenario 2"]


def test_editing_a_scenario_leaves_the_wizards_answers_untouched(done):
    before = done.session[wizard.SESSION_KEY]
    done.post(NEW, {"name": "More work"})
    response = done.post(edit(1, "work"), MORE_CANADIAN_WORK)
    assert response["Location"] == LIST + "#scenario-1"
    assert done.session[wizard.SESSION_KEY] == before
    assert scenarios.get(done.session, 1)["answers"]["work"]["canadian_work_years"] == 3


def test_the_comparison_shows_each_total_the_difference_and_what_changed(done):
    base_total = score(SINGLE)["total"]
    changed_total = score({**SINGLE, "canadian_work_years": 3})["total"]
    done.post(NEW, {"name": "More work"})
    done.post(edit(1, "work"), MORE_CANADIAN_WORK)
    done.post(NEW, {"name": "Same"})
    html = done.get(LIST).content.decode()
    assert html.count(f"<strong>{base_total}</strong>") == 2  # the base and the unchanged copy
    assert f"<strong>{changed_total}</strong>" in html
    assert f"(+{changed_total - base_total})" in html
    assert "how many years of skilled work experience in Canada" in html
    assert ">More work</th>" in html and ">Same</th>" in html and ">Your answers</th>" in html


def test_save_and_next_goes_to_the_scenarios_next_step(done):
    done.post(NEW)
    response = done.post(edit(1, "work"), {**MORE_CANADIAN_WORK, "then": "next"})
    assert response["Location"] == edit(1, "additional")


def test_an_invalid_step_answers_200_with_errors_and_keeps_the_scenario(done):
    done.post(NEW)
    before = scenarios.get(done.session, 1)["answers"]
    response = done.post(edit(1, "work"), {"canadian_work_years": "99"})
    assert response.status_code == 200
    assert "Some answers need your attention" in response.content.decode()
    assert scenarios.get(done.session, 1)["answers"] == before


def test_becoming_married_in_a_scenario_asks_the_partner_step_first(done):
    done.post(NEW)
    response = done.post(
        edit(1, "you"),
        {"marital_status": "married", "age": "30", "spouse_citizen_or_pr": "no", "spouse_accompanying": "yes"},
    )
    assert response["Location"] == edit(1, "partner")
    html = done.get(LIST).content.decode()
    assert "Not finished:" in html
    assert done.session[wizard.SESSION_KEY]["you"]["marital_status"] == "single"


def test_a_scenario_can_be_copied(done):
    done.post(NEW, {"name": "More work"})
    done.post(edit(1, "work"), MORE_CANADIAN_WORK)
    done.post(NEW, {"copy_of": "1", "name": "More work, and more"})
    assert scenarios.get(done.session, 2)["answers"] == scenarios.get(done.session, 1)["answers"]


def test_at_most_four_scenarios_are_kept(done):
    for _ in range(5):
        done.post(NEW)
    assert len(scenarios.load(done.session)) == scenarios.MAX_SCENARIOS
    assert "the most that are kept" in done.get(LIST).content.decode()


def test_removing_a_scenario_never_reuses_its_number(done):
    done.post(NEW)
    done.post(NEW)
    done.post("/en/calculator/scenarios/1/delete/")
    done.post(NEW)
    assert [item["id"] for item in scenarios.load(done.session)] == [2, 3]
    assert done.get(edit(1, "you")).status_code == 404


def test_unknown_scenarios_and_steps_are_404(done):
    done.post(NEW)
    assert done.get(edit(9, "you")).status_code == 404
    assert done.get(edit(1, "nope")).status_code == 404
    assert done.post("/en/calculator/scenarios/9/share/").status_code == 404


def test_a_step_that_does_not_apply_sends_you_back(done):
    done.post(NEW)
    assert done.get(edit(1, "partner"))["Location"] == LIST + "#scenario-1"


def test_sharing_a_scenario_saves_its_answers_as_a_result(done):
    done.post(NEW)
    done.post(edit(1, "work"), MORE_CANADIAN_WORK)
    response = done.post("/en/calculator/scenarios/1/share/")
    saved = SavedResult.objects.get()
    assert response["Location"] == f"/r/{saved.public_id}/"
    assert saved.profile["canadian_work_years"] == 3
    assert saved.total == score({**SINGLE, "canadian_work_years": 3})["total"]
    assert SavedResult.objects.count() == 1


def test_a_tampered_session_never_gives_a_500(done):
    session = done.session
    session[scenarios.SESSION_KEY] = {
        "next_id": "x",
        "items": [{"id": 1, "name": 5, "answers": {"you": "bad"}}, "junk", {"id": "2"}],
    }
    session.save()
    assert done.get(LIST).status_code == 200
    assert done.post(NEW).status_code == 302


def test_long_names_are_cut(done):
    done.post(NEW, {"name": "x" * 5000})
    assert len(scenarios.load(done.session)[0]["name"]) == scenarios.MAX_NAME


def test_a_scenario_step_shows_its_kept_yes_no_answers(done):
    done.post(NEW)
    html = done.get(edit(1, "work")).content.decode()
    radios = re.findall(r'<input[^>]*name="certificate_of_qualification"[^>]*>', html)
    assert [("checked" in radio, 'value="no"' in radio) for radio in radios] == [(False, False), (True, True)]


def test_an_unnamed_scenario_is_named_in_the_language_of_the_page(client, db):
    from django.utils import translation

    from calculator.scenarios import store as scenarios

    session = client.session
    with translation.override("en"):
        created = scenarios.create(session, answers={}, name="")
        assert created["name"] == "Scenario 1"
        scenarios.save_step(session, created["id"], "you", {})
    with translation.override("fr"):
        assert scenarios.load(session)[0]["name"] == translation.gettext("Scenario %(number)s") % {"number": 1}
    assert session[scenarios.SESSION_KEY]["items"][0]["name"] == ""


@pytest.mark.parametrize(
    "language, heading",
    [("en", '<h1 class="h2">More work: Work</h1>'), ("fr", '<h1 class="h2">More work\u00a0: Travail</h1>')],
)
def test_a_scenario_step_heading_names_the_scenario_and_the_step(done, language, heading):
    done.post(NEW, {"name": "More work"})
    html = done.get(f"/{language}/calculator/scenarios/1/edit/work/").content.decode()
    assert heading in html


def test_the_name_boxes_are_laid_out_like_every_field_and_keep_what_was_typed(done):
    """The name is asked through a Django field (as_bootstrap_field) on the result page, the
    scenarios page and the editor's first step; sent back with errors, the box shows the name typed."""
    assert 'id="div_try-change-name"' in done.get("/en/calculator/result/").content.decode()
    assert 'id="div_new-scenario-name"' in done.get(LIST).content.decode()
    done.post(NEW, {"name": "As I am"})
    page = done.get(edit(1, "you")).content.decode()
    assert re.search(r'<input type="text" name="name" value="As I am"[^>]*id="scenario-name"', page)
    page = done.post(edit(1, "you"), {"name": "Older", "age": "x"}).content.decode()
    assert "invalid-feedback" in page and re.search(r'name="name" value="Older"[^>]*id="scenario-name"', page)
