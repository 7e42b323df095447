"""The engine's warnings are fixed, terse strings (scripts and the golden file read them); the
result page says them in plain words, in the reader's language."""

import pytest

from crs.scoring import score
from crs.scoring.rules.r2025_03_25 import UNMODELLED_CHANGES
from tests.visible_text import visible_text

from .wizard_posts import fill_in

WITH_JOB_OFFER = {
    "marital_status": "single",
    "age": 30,
    "education": "bachelors",
    "first_language": {"language": "english", "clb": {"reading": 9, "writing": 9, "listening": 9, "speaking": 9}},
    "canadian_work_years": 1,
    "job_offer": {"teer": 1, "major_group_00": False},
}


def _result_text(client, lang):
    fill_in(client, WITH_JOB_OFFER, lang=lang)
    response = client.get(f"/{lang}/calculator/result/")
    assert response.status_code == 200
    return " ".join(visible_text(response.content.decode(), lang).split())


@pytest.mark.django_db
def test_after_2026_11_03_the_result_page_explains_the_unverified_change_in_plain_words(client):
    engine_warnings = score(WITH_JOB_OFFER, effective_date="2026-12-01")["warnings"]
    assert engine_warnings == list(UNMODELLED_CHANGES[0][1:]), "the engine still gives its own wording"
    text = _result_text(client, "en")
    assert "whose point values we could not verify" in text
    assert "Your job offer might earn points under the high-wage occupation rules" in text
    assert not any(warning in text for warning in engine_warnings)


@pytest.mark.django_db
def test_the_plain_warnings_read_in_french(client):
    text = _result_text(client, "fr")
    assert "dont nous n’avons pas pu vérifier les valeurs en points" in text
    assert "Votre offre d’emploi pourrait valoir des points" in text
