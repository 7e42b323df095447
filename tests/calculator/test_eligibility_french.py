"""The eligibility page in French: the engine's requirement sentences, the FSW grid and the category
names read in French, while the JSON API keeps its English ``detail`` beside the new ``message``."""

import pytest
from django.utils import translation

from calculator.eligibility import extra_answers
from calculator.eligibility import text as eligibility_text
from crs.eligibility import EXTRA_KEYS, assess
from tests.calculator.wizard_posts import fill_in
from tests.test_i18n import english_left_in
from tests.visible_text import visible_text

PROFILE = {
    "age": 30,
    "marital_status": "single",
    "education": "bachelors",
    "first_language": {"language": "english", "clb": {"reading": 7, "writing": 7, "listening": 7, "speaking": 6}},
    "canadian_work_years": 1,
    "foreign_work_years": 2,
}
EXTRA = {
    "outside_quebec": True,
    "has_eca": True,
    "skilled_continuous_months_last_10_years": 14,
    "settlement_funds_cad": 9000,
    "dependent_children": 1,
    "canadian_months_teer_0_1_last_3_years": 11,
    "canadian_months_teer_2_3_last_3_years": 0,
    "occupation_noc": "21231",
}
ENGLISH_SENTENCES = [
    "needs ",
    "has 14 months",
    "months, 1 short",
    "speaking is CLB 6",
    "for a family of",
    "plans to live outside Quebec",
    "year(s) of skilled work",
    "capped at",
    "is on the",
    "eligible for at least one of",
    "no qualifying job offer",
]


def page(client, language):
    fill_in(client, PROFILE)
    session = client.session
    session[extra_answers.SESSION_KEY] = EXTRA
    session.save()
    response = client.get(f"/{language}/calculator/eligibility/")
    assert response.status_code == 200
    return response.content.decode()


@pytest.mark.django_db
def test_the_french_page_says_each_requirement_in_french(client):
    html = page(client, "fr")
    text = visible_text(html, "fr")
    for french in [
        "il faut NCLC 7 dans chaque compétence de la première langue officielle; expression orale",
        "(CNP 2021)",
        "19 001 $ CA",  # visible_text folds no-break spaces
        "vous avez 14 mois",
        "vous avez 11 mois, il en manque 1",
        "il faut 19 001 $ CA (taille de la famille : 2)",
        "prévoit de s'établir à l'extérieur du Québec",
        "Programme des travailleurs qualifiés (fédéral)",
    ]:
        assert french in text, french
    assert [sentence for sentence in ENGLISH_SENTENCES if sentence in text] == []


@pytest.mark.django_db
def test_the_french_page_has_no_english_left(client):
    text = visible_text(page(client, "fr"), "fr")
    assert english_left_in(text) == []


@pytest.mark.django_db
def test_the_english_page_shows_the_engines_english_sentences(client):
    text = visible_text(page(client, "en"), "en")
    assert "needs CLB 7 in every ability of the first official language; speaking is CLB 6" in text
    assert "needs CAD 19,001 for a family of 2; has CAD 9,000, CAD 10,001 short" in text


def test_every_engine_sentence_renders_as_its_english_detail_in_english():
    """The site's rendering of ``message`` in English is the API's ``detail``, for every line (but
    category names, which the site words its own way)."""
    result = assess(PROFILE, EXTRA, effective_date="2026-09-16")
    lines = [line for key in ("fsw", "cec", "fst") for line in result[key]["requirements"]]
    lines += result["fsw"]["grid"]["lines"]
    lines += [line for row in result["categories"] for line in row["requirements"]]
    with translation.override("en"):
        for line in lines:
            if any(
                isinstance(value, dict) and "category" in value for value in line["message"].get("params", {}).values()
            ):
                continue
            assert eligibility_text.text(line["message"]) == line["detail"]


def test_the_api_keeps_its_english_detail_and_adds_the_message():
    result = assess(PROFILE, EXTRA, effective_date="2026-09-16")
    line = next(line for line in result["cec"]["requirements"] if line["id"] == "canadian_work")
    assert line["detail"].endswith("has 11 months, 1 short")
    assert line["message"]["msgid"] == "needs %(wanted)s; has %(months)s months, %(short)s short"
    assert line["message"]["params"]["months"] == 11 and line["message"]["params"]["short"] == 1
    assert result["notes"] == [] and result["note_messages"] == []


def test_every_extra_answer_has_its_question_worded_on_the_site():
    assert set(extra_answers.QUESTIONS) == EXTRA_KEYS
