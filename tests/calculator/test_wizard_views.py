"""The questionnaire's pages over HTTP, without JavaScript: every step, the skipping rules, the
session keeping answers, and bad input that must never give a 500 or lose other answers."""

import re

import pytest

from calculator.questionnaire.wizard import SESSION_KEY
from tests.calculator.conftest import MARRIED, SINGLE
from tests.calculator.wizard_posts import step_posts

pytestmark = pytest.mark.django_db

STEP_URL = "/en/calculator/{}/"


def posts_for(profile):
    return dict(step_posts(profile))


def fill_until(client, profile, stop):
    """POST every step before ``stop``."""
    for slug, data in step_posts(profile):
        if slug == stop:
            return data
        assert client.post(STEP_URL.format(slug), data).status_code == 302
    raise AssertionError(stop)


def html(response):
    return response.content.decode()


# --- every step: GET, valid POST, invalid POST -------------------------------------------------

ALL_STEPS = ["you", "education", "languages", "work", "partner", "additional"]
NEXT = {
    "you": "education",
    "education": "languages",
    "languages": "work",
    "work": "partner",
    "partner": "additional",
    "additional": "result",
}
INVALID = {  # one bad answer per step, and the error the person reads
    "you": ("age", "99", "Select a valid choice"),
    "education": ("education", "phd-ish", "Select a valid choice"),
    "languages": ("first_listening", "11x", "Choose a level from the list"),
    "work": ("foreign_work_years", "7", "Select a valid choice"),
    "partner": ("spouse_reading", "13", "CELPIP-General does not give this score"),
    "additional": ("job_teer", "9", "Select a valid choice"),
}


@pytest.mark.parametrize("slug", ALL_STEPS)
def test_each_step_shows_its_form_with_labels_and_the_score_panel(client, slug):
    fill_until(client, MARRIED, slug)
    response = client.get(STEP_URL.format(slug))
    assert response.status_code == 200
    page = html(response)
    assert 'id="wizard-form"' in page and 'method="post"' in page and f'action="/en/calculator/{slug}/"' in page
    assert 'hx-post="/en/calculator/preview/"' in page
    assert 'id="score-panel"' in page and 'aria-live="polite"' in page
    for field_id in re.findall(r'<(?:input|select)[^>]*\bid="(id_[a-z_0-9]+)"', page):
        assert f'for="{field_id}"' in page or re.search(rf'<label[^>]*for="{field_id}', page), field_id


@pytest.mark.parametrize("slug", ALL_STEPS)
def test_a_valid_post_keeps_the_answers_and_redirects_to_the_next_step(client, slug):
    data = fill_until(client, MARRIED, slug)
    response = client.post(STEP_URL.format(slug), data)
    assert response.status_code == 302
    assert response["Location"] == STEP_URL.format(NEXT[slug])
    assert slug in client.session[SESSION_KEY]


@pytest.mark.parametrize("slug", ALL_STEPS)
def test_an_invalid_post_answers_200_with_the_error_next_to_the_field_and_keeps_every_value(client, slug):
    data = fill_until(client, MARRIED, slug)
    field, bad, message = INVALID[slug]
    response = client.post(STEP_URL.format(slug), {**data, field: bad})
    assert response.status_code == 200
    page = html(response)
    assert message in page
    assert 'aria-describedby="' in page and f"id_{field}_error" in page
    assert re.search(
        rf'<[^>]*id="id_{field}(_0)?"[^>]*aria-invalid="true"|aria-invalid="true"[^>]*id="id_{field}(_0)?"', page
    )
    assert slug not in client.session.get(SESSION_KEY, {})
    for name, value in data.items():
        if name != field and value and name.startswith(("first_", "second_", "spouse_", "marital")):
            assert f'value="{value}"' in page, name


def test_an_impossible_ielts_score_is_refused_with_the_range(client):
    data = fill_until(client, SINGLE, "languages")
    response = client.post(STEP_URL.format("languages"), {**data, "first_listening": "9.3"})
    assert "IELTS General Training does not give this score. From 0 to 9, in steps of 0.5." in html(response)


def test_the_score_ranges_follow_the_page_language_each_time(client):
    """The range texts are worked out once per language and reused: switching back and forth must
    never show one language's text on the other's page."""
    fill_until(client, SINGLE, "work")  # IELTS saved: its ranges are shown
    for language, text in (
        ("en", "From 0 to 9, in steps of 0.5."),
        ("fr", "De 0 à 9, par demi-point."),
        ("en", "From 0 to 9, in steps of 0.5."),
        ("fr", "De 0 à 9, par demi-point."),
    ):
        page = html(client.get(f"/{language}/calculator/languages/"))
        assert text in page
        assert ("De 0 à 9" in page) == (language == "fr")


def test_invalid_text_is_shown_back_as_typed(client):
    data = fill_until(client, SINGLE, "languages")
    response = client.post(STEP_URL.format("languages"), {**data, "first_reading": "seven"})
    assert 'value="seven"' in html(response)


# --- reachability and skipping -----------------------------------------------------------------


def test_a_step_not_yet_reachable_redirects_to_the_first_incomplete_step(client):
    client.post(STEP_URL.format("you"), posts_for(SINGLE)["you"])
    response = client.get(STEP_URL.format("work"))
    assert response.status_code == 302 and response["Location"] == STEP_URL.format("education")
    assert client.post(STEP_URL.format("additional"), {}).status_code == 302


def test_the_result_before_the_last_step_redirects_to_the_missing_step(client):
    assert client.get("/en/calculator/result/")["Location"] == STEP_URL.format("you")


def test_unknown_step_is_404(client):
    assert client.get(STEP_URL.format("nope")).status_code == 404


def test_partner_step_redirects_away_when_single(single_done):
    response = single_done.get(STEP_URL.format("partner"))
    assert response.status_code == 302 and response["Location"] == "/en/calculator/result/"


def test_work_leads_straight_to_additional_when_single(client):
    data = fill_until(client, SINGLE, "work")
    assert client.post(STEP_URL.format("work"), data)["Location"] == STEP_URL.format("additional")


def test_becoming_single_removes_the_spouse_points_and_the_partner_step(married_done):
    before = married_done.get("/en/calculator/result/")
    you = {**posts_for(MARRIED)["you"], "marital_status": "divorced"}
    married_done.post(STEP_URL.format("you"), you)
    assert "/calculator/partner/" not in html(married_done.get("/en/calculator/result/"))
    after = married_done.get("/en/calculator/result/")
    assert after.status_code == 200
    assert "Not scored: no accompanying spouse" in html(after)
    assert "Not scored: no accompanying spouse" not in html(before)


def test_becoming_married_again_requires_the_partner_step(single_done):
    married_you = posts_for(MARRIED)["you"]
    single_done.post(STEP_URL.format("you"), married_you)
    assert single_done.get("/en/calculator/result/")["Location"] == STEP_URL.format("partner")


def test_married_without_partner_answers_is_an_error(client):
    response = client.post(STEP_URL.format("you"), {"marital_status": "married", "age": "30"})
    assert response.status_code == 200
    assert "you are married or in a common-law relationship" in html(response)


def test_partner_sibling_question_is_asked_only_with_a_scored_spouse(single_done):
    assert "spouse_sibling_in_canada" not in html(single_done.get(STEP_URL.format("additional")))


def test_partner_sibling_question_is_shown_for_a_scored_spouse(married_done):
    assert "spouse_sibling_in_canada" in html(married_done.get(STEP_URL.format("additional")))


# --- the session keeps answers -----------------------------------------------------------------


def test_revisiting_a_completed_step_shows_the_saved_answers(single_done):
    page = html(single_done.get(STEP_URL.format("languages")))
    assert 'value="IELTS" selected' in page
    assert 'name="first_listening" value="8"' in page


def test_refresh_and_back_keep_answers(single_done):
    for _ in range(2):
        assert single_done.get(STEP_URL.format("education")).status_code == 200
    assert single_done.get("/en/calculator/result/").status_code == 200


def test_a_second_tab_shares_the_answers(single_done):
    """Two tabs share the session cookie: answers given in one are there in the other."""
    page = html(single_done.get(STEP_URL.format("work")))
    assert re.search(r'value="2"[^>]*checked|checked[^>]*value="2"', page) or 'value="2" checked' in page


def test_start_over_clears_the_answers(single_done):
    response = single_done.post("/en/calculator/start-over/", {"confirm": "yes"})
    assert response["Location"] == STEP_URL.format("you")
    assert SESSION_KEY not in single_done.session


def test_start_over_clears_nothing_on_a_get(single_done):
    assert single_done.get("/en/calculator/start-over/").status_code == 200
    assert SESSION_KEY in single_done.session


def test_saved_answers_survive_a_language_switch(single_done):
    assert single_done.get("/fr/calculator/result/").status_code == 200


# --- bad input on every field never gives a 500 or loses other answers -------------------------

BAD_VALUES = ["", "garbage", "x" * 5000, "ünïcødé 🙂", "-1", "1e309", "NaN", "0x10", "9" * 40, "\x00", "<script>"]


@pytest.mark.parametrize("slug", ALL_STEPS)
def test_bad_input_on_each_field_never_crashes_or_loses_other_answers(client, slug):
    data = fill_until(client, MARRIED, slug)
    kept = dict(client.session.get(SESSION_KEY, {}))
    from calculator.questionnaire.wizard import BY_SLUG

    form = BY_SLUG[slug].form_class(data, **({"with_spouse": True} if slug == "additional" else {}))
    for field in form.fields:
        for bad in BAD_VALUES:
            response = client.post(STEP_URL.format(slug), {**data, field: bad})
            assert response.status_code in (200, 302), (field, bad)
            if response.status_code == 200:
                assert "<script>" not in html(response).split("</head>")[1].replace("<script src=", "")
            session = client.session.get(SESSION_KEY, {})
            assert all(session.get(name) == value for name, value in kept.items() if name != slug)
            client.post(STEP_URL.format(slug), data)


def test_oversized_bodies_are_refused_not_crashed(client):
    response = client.post(STEP_URL.format("you"), {"marital_status": "x" * 70_000})
    assert response.status_code == 400


TEF_ANCIEN = {"first_reading": "207", "first_writing": "392", "first_listening": "316", "first_speaking": "310"}


def _field_block(page, name):
    """The HTML of one field's wrapper: its input, help and error sit together."""
    match = re.search(rf'<div[^>]*id="div_id_{name}".*?(?=<div[^>]*id="div_id_|</fieldset>)', page, re.S)
    assert match, name
    return match.group(0)


def test_tef_reads_the_ancien_column_without_a_test_date(client):
    data = fill_until(client, SINGLE, "languages")
    response = client.post(
        STEP_URL.format("languages"), {**data, "first_test": "TEF", "first_test_date": "", **TEF_ANCIEN}
    )
    assert response.status_code == 302
    page = html(client.get(STEP_URL.format("languages")))
    assert 'value="310"' in _field_block(page, "first_speaking")


@pytest.mark.parametrize(
    "language, help_text",
    [
        (
            "en",
            "Copy the « Équivalence ancien score » column of your attestation, not the score out of 699: from 0 to 360.",
        ),
        (
            "fr",
            "Copiez la colonne «\u00a0Équivalence ancien score\u00a0» de votre attestation, pas le score sur 699\u00a0: de 0 à 360.",
        ),
    ],
)
def test_tef_fields_say_which_column_to_copy_with_each_maximum(client, language, help_text):
    data = fill_until(client, SINGLE, "languages")
    client.post(STEP_URL.format("languages"), {**data, "first_test": "TEF", **TEF_ANCIEN})
    page = html(client.get(f"/{language}/calculator/languages/"))
    assert help_text in _field_block(page, "first_listening")
    for ability, maximum in (("reading", 300), ("writing", 450), ("speaking", 450)):
        assert f" {maximum}." in _field_block(page, f"first_{ability}")


@pytest.mark.parametrize(
    "ability, out_of_699", [("reading", "458"), ("writing", "520"), ("listening", "401"), ("speaking", "699")]
)
@pytest.mark.parametrize(
    "language, explanation",
    [("en", "looks like the score out of 699"), ("fr", "ressemble au score sur 699")],
)
def test_a_tef_score_out_of_699_is_explained_next_to_its_field_and_other_answers_stay(
    client, ability, out_of_699, language, explanation
):
    data = fill_until(client, SINGLE, "languages")
    response = client.post(
        f"/{language}/calculator/languages/",
        {**data, "first_test": "TEF", "first_test_date": "2024-03-14", **TEF_ANCIEN, f"first_{ability}": out_of_699},
    )
    assert response.status_code == 200
    page = html(response)
    block = _field_block(page, f"first_{ability}")
    assert explanation in block
    assert f'value="{out_of_699}"' in block
    for other, value in TEF_ANCIEN.items():
        if other != f"first_{ability}":
            assert f'value="{value}"' in _field_block(page, other)
            assert explanation not in _field_block(page, other)
    assert 'value="2024-03-14"' in page


def test_second_language_must_be_the_other_official_language(client):
    data = fill_until(client, SINGLE, "languages")
    response = client.post(
        STEP_URL.format("languages"),
        {
            **data,
            "second_test": "CELPIP",
            "second_reading": "9",
            "second_writing": "9",
            "second_listening": "9",
            "second_speaking": "9",
        },
    )
    assert response.status_code == 200
    assert "must be the other one" in html(response)


def test_results_older_than_two_years_are_flagged_not_refused(client):
    data = fill_until(client, SINGLE, "languages")
    response = client.post(STEP_URL.format("languages"), {**data, "first_test_date": "2019-01-05"})
    assert response.status_code == 302
    page = html(client.get(STEP_URL.format("languages")))
    assert "more than two years old" in page


def test_future_test_dates_are_refused(client):
    data = fill_until(client, SINGLE, "languages")
    response = client.post(STEP_URL.format("languages"), {**data, "first_test_date": "2999-01-01"})
    assert "cannot be in the future" in html(response)


def test_celpip_accepts_m_and_clb_levels_are_selects(client):
    data = fill_until(client, SINGLE, "languages")
    response = client.post(
        STEP_URL.format("languages"),
        {
            **data,
            "first_test": "CELPIP",
            "first_reading": "M",
            "first_writing": "9",
            "first_listening": "10",
            "first_speaking": "12",
        },
    )
    assert response.status_code == 302
    page = html(client.get(STEP_URL.format("languages")))
    assert re.search(r'<input[^>]*name="first_reading"[^>]*value="M"', page)


def test_level_selects_sit_two_to_a_row_and_score_boxes_four(client):
    """« Choose a level » is cut off in a quarter of the form's width on a desktop."""
    fill_until(client, SINGLE, "languages")
    levels = html(client.get("/en/calculator/language-scores/first/?first_test=CLB"))
    scores = html(client.get("/en/calculator/language-scores/first/?first_test=IELTS"))
    assert levels.count("wizard-field--score") == scores.count("wizard-field--score") == 4
    assert "col-md-3" not in levels
    assert scores.count("col-md-3") == 4


def test_date_of_birth_must_agree_with_the_age(client):
    response = client.post(
        STEP_URL.format("you"), {"marital_status": "single", "age": "30", "date_of_birth": "1960-01-01"}
    )
    assert response.status_code == 200 and "makes you" in html(response)


def test_job_offer_details_are_required_only_with_an_offer(client):
    data = fill_until(client, SINGLE, "additional")
    response = client.post(STEP_URL.format("additional"), {**data, "has_job_offer": "yes"})
    assert response.status_code == 200 and "Answer this question about your job offer" in html(response)


def test_additional_step_shows_job_offer_worth_under_earlier_rules(single_done):
    page = html(single_done.get(STEP_URL.format("additional")))
    assert "0 CRS points" in page
    assert "2016-11-19 to 2025-03-24" in page
    assert "open work permit" in page


# --- the result page ------------------------------------------------------------------------------


def test_result_page_shows_the_full_breakdown_rules_and_verified_date(married_done):
    page = html(married_done.get("/en/calculator/result/"))
    for text in (
        "Core / human capital factors",
        "Spouse or common-law partner factors",
        "Skill transferability factors",
        "Additional points",
        "grand total",
        "Official language proficiency and education",
        "Canadian and foreign work experience",
        "rules in force from 2025-03-25",
        "last checked against IRCC’s published criteria on 2026-08-15",
    ):
        assert text in page, text
    assert '<th scope="row">' in page


def test_home_page_has_a_start_button(client):
    assert 'href="/en/calculator/you/"' in html(client.get("/en/"))


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_breakdown_gives_each_cap_from_the_rule_set_it_was_scored_under(married_done, lang):
    from crs.scoring import RULE_SETS, score
    from crs.vocabulary import maxima_of

    breakdown = score(MARRIED)
    rules = next(rule_set for rule_set in RULE_SETS if rule_set.id == breakdown["rules"])
    maxima = maxima_of(breakdown)
    page = html(married_done.get(f"/{lang}/calculator/result/"))
    expected = {
        "en": [
            f"Education (maximum {rules.transferability_group_cap})",
            f"Foreign work experience (maximum {rules.transferability_group_cap})",
            f"Subtotal: skill transferability factors (maximum {maxima.transferability})",
            f"Subtotal: additional points (maximum {maxima.additional})",
        ],
        "fr": [
            f"Études (maximum de {rules.transferability_group_cap})",
            f"Expérience de travail à l'étranger (maximum de {rules.transferability_group_cap})",
            f"facteurs de transférabilité des compétences (maximum de {maxima.transferability})",
            f"points supplémentaires (maximum de {maxima.additional})",
        ],
    }[lang]
    for text in expected:
        assert text in page, text


def test_the_breakdown_template_writes_no_cap_of_its_own():
    """The caps above come from the rule set, so a change of rules changes them too."""
    from pathlib import Path

    source = (Path(__file__).resolve().parents[2] / "templates/calculator/results/_breakdown.html").read_text()
    assert re.findall(r"maximum \d+", source) == []
