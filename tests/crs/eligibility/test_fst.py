"""FST: the trade groups, 24 months in 5 years, offer or certificate, CLB 5/5/4/4."""

from __future__ import annotations

import datetime as dt

import pytest

from crs.eligibility import ProfileError

from .support import answered, clb, requirement, run, single


def _tradesperson(**overrides) -> dict:
    profile = single(
        education="secondary",
        first_language=clb("english", 4, listening=5, speaking=5),
        certificate_of_qualification=True,
    )
    profile.update(overrides)
    return profile


def _trade(noc: str = "72200", months: int | None = 24, **more) -> dict:
    return answered(occupation_noc=noc, occupation_months_last_5_years=months, **more)


def test_clb_5_speaking_listening_and_4_reading_writing_meets_fst():
    result = run(_tradesperson(), _trade())
    assert requirement(result["fst"], "language")["met"] is True
    assert result["fst"]["eligible"] is True


@pytest.mark.parametrize(
    ("levels", "short"),
    [
        ({"speaking": 4, "listening": 5}, "speaking is CLB 4"),
        ({"speaking": 5, "listening": 4}, "listening is CLB 4"),
    ],
)
def test_clb_4_in_speaking_or_listening_fails_fst(levels, short):
    result = run(_tradesperson(first_language=clb("english", 4, **levels)), _trade())
    line = requirement(result["fst"], "language")
    assert line["met"] is False
    assert short in line["detail"]


def test_clb_3_in_reading_fails_fst():
    profile = _tradesperson(first_language=clb("english", 3, writing=4, listening=5, speaking=5))
    assert requirement(run(profile, _trade())["fst"], "language")["met"] is False


def test_23_months_in_the_trade_is_one_short_and_24_meets_it():
    short = requirement(run(_tradesperson(), _trade(months=23))["fst"], "trade_work")
    assert short["met"] is False and "1 short" in short["detail"]
    assert requirement(run(_tradesperson(), _trade(months=24))["fst"], "trade_work")["met"] is True


def test_neither_job_offer_nor_certificate_fails_fst():
    result = run(_tradesperson(certificate_of_qualification=False), _trade())
    assert requirement(result["fst"], "offer_or_certificate")["met"] is False


def test_a_valid_job_offer_replaces_the_certificate():
    result = run(_tradesperson(certificate_of_qualification=False, job_offer={"teer": 2}), _trade())
    assert requirement(result["fst"], "offer_or_certificate")["met"] is True


@pytest.mark.parametrize(
    ("noc", "is_trade"),
    [
        ("72200", True),  # electricians, Major Group 72
        ("73300", True),  # Major Group 73
        ("83100", True),
        ("92100", True),
        ("93100", True),
        ("63200", True),  # cooks, Minor Group 6320
        ("62200", True),  # chefs
        ("72600", False),  # air pilots: Sub-Major Group 726 excluded
        ("93200", False),  # aircraft assemblers: Sub-Major Group 932 excluded
        ("21231", False),
        ("62100", False),
    ],
)
def test_fst_trade_groups_follow_noc_2021(noc, is_trade):
    assert requirement(run(_tradesperson(), _trade(noc))["fst"], "trade")["met"] is is_trade


def test_before_noc_2021_the_noc_2016_groups_apply():
    on = dt.date(2021, 6, 1)
    assert requirement(run(_tradesperson(), _trade("6332"), on)["fst"], "trade")["met"] is True
    assert requirement(run(_tradesperson(), _trade("6211"), on)["fst"], "trade")["met"] is False


def test_a_noc_code_of_the_wrong_version_is_refused_naming_the_field():
    with pytest.raises(ProfileError) as error:
        run(_tradesperson(), _trade("7241"))
    assert error.value.field == "occupation_noc"
