import pytest

from tests.calculator.wizard_posts import fill_in

SINGLE = {
    "marital_status": "single",
    "age": 30,
    "education": "bachelors",
    "first_language": {"test": "IELTS", "scores": {"reading": 7, "writing": 7, "listening": 8, "speaking": 7}},
    "canadian_work_years": 1,
    "foreign_work_years": 2,
}
MARRIED = {
    "marital_status": "married",
    "spouse_citizen_or_pr": False,
    "spouse_accompanying": True,
    "age": 33,
    "education": "masters",
    "canadian_education": "three_year_plus",
    "first_language": {"language": "english", "clb": {"reading": 9, "writing": 9, "listening": 9, "speaking": 9}},
    "canadian_work_years": 2,
    "spouse_education": "bachelors",
    "spouse_language": {"test": "CELPIP", "scores": {"reading": 8, "writing": 8, "listening": 8, "speaking": 8}},
    "spouse_canadian_work_years": 1,
    "spouse_sibling_in_canada": True,
}


@pytest.fixture
def single_done(client, db):
    fill_in(client, SINGLE)
    return client


@pytest.fixture
def married_done(client, db):
    fill_in(client, MARRIED)
    return client
