"""The score month by month: every point is the engine's score of the profile aged to that day."""

from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from crs.projection import (
    Dates,
    Point,
    add_months,
    completed_years,
    profile_on,
    project,
    read_dates,
    when_to_act,
)
from crs.scoring import ProfileError, score
from tests.crs.scoring.test_properties import profiles

START = "2026-12-02"
CLB9 = {"reading": 9, "writing": 9, "listening": 9, "speaking": 9}


def _event(projection, kind):
    return next(event for event in projection.events if event.kind == kind)


def _total_on(projection, day):
    return next(point.total for point in projection.points if point.date == day)


def test_a_29_year_old_with_a_work_anniversary_and_a_birthday_in_march():
    # Single, bachelor's, CLB 9, one year of Canadian work in a job held since 2025-03-01.
    # Hand-worked (2025-03-25 rules, no spouse): age 29 = 110, bachelor's 120, CLB 9 = 4 × 31,
    # 1 year in Canada 40; transferability: bachelor's + CLB 9 = 25, + 1 year in Canada = 13: 432.
    # 2027-03-01, two years in Canada: 53 (+13) and bachelor's + 2 years = 25 (+12): 457.
    # 2027-03-14, 30 years old: 105 (−5): 452.
    profile = {
        "age": 29,
        "education": "bachelors",
        "first_language": {"language": "english", "clb": CLB9},
        "canadian_work_years": 1,
    }
    dates = Dates(date_of_birth=date(1997, 3, 14), working_in="canada", working_since=date(2025, 3, 1))

    projection = project(profile, dates, start=START)

    assert projection.points[0].total == 432 == score(profile, effective_date=START)["total"]
    march = [event for event in projection.events if event.date.month == 3 and event.date.year == 2027]
    assert [(e.date, e.kind, e.points) for e in march] == [
        (date(2027, 3, 1), "canadian_work", 25),
        (date(2027, 3, 14), "birthday", -5),
    ]
    assert march[0].params == {"years": 2} and march[1].params == {"age": 30}
    assert _total_on(projection, date(2027, 2, 1)) == 432
    assert _total_on(projection, date(2027, 3, 1)) == 457
    assert _total_on(projection, date(2027, 3, 14)) == 452
    assert _total_on(projection, date(2027, 4, 1)) == 452
    assert projection.end == date(2029, 12, 2)


def test_a_test_result_expiring_takes_its_points_and_age_is_aged_conservatively_without_a_birth_date():
    # Single, 35, bachelor's, CLB 9 tested 2025-01-10: 77 + 120 + 124 + transferability 25 = 346.
    # No date of birth: the next birthday is taken as 2027-01-01 (36: 72, −5): 341.
    # 2027-01-10 the result expires: −124 language, −25 transferability: 192.
    profile = {
        "age": 35,
        "education": "bachelors",
        "first_language": {"language": "english", "clb": CLB9, "test_date": "2025-01-10"},
    }

    projection = project(profile, start=START)

    assert projection.points[0].total == 346
    birthday, expiry = projection.events[:2]
    assert (birthday.date, birthday.kind, birthday.points) == (date(2027, 1, 1), "birthday", -5)
    assert (expiry.date, expiry.kind, expiry.points) == (date(2027, 1, 10), "language_expires", -149)
    assert expiry.params["result"] == "first_language"
    assert _total_on(projection, date(2027, 1, 10)) == 192
    assert not projection.age_from_date_of_birth


def test_when_the_first_language_expires_the_valid_second_one_becomes_first():
    profile = {
        "age": 30,
        "first_language": {"language": "english", "clb": CLB9, "test_date": "2025-02-01"},
        "second_language": {"language": "french", "clb": CLB9, "test_date": "2026-06-01"},
    }
    aged = profile_on(profile, Dates(), date(2027, 3, 1), start=date(2026, 12, 2))
    assert aged["first_language"]["language"] == "french" and aged["second_language"] is None
    later = profile_on(profile, Dates(), date(2028, 6, 1), start=date(2026, 12, 2))
    assert later["first_language"] is None


def test_an_expired_eca_leaves_the_education_the_canadian_credential_shows():
    profile = {"age": 30, "education": "masters", "canadian_education": "one_or_two_year"}
    projection = project(profile, Dates(eca_issued=date(2022, 5, 1)), start=START)
    expiry = _event(projection, "eca_expires")
    assert expiry.date == date(2027, 5, 1) and expiry.change == {"education": "one_year"}
    assert expiry.points < 0


def test_points_are_the_first_of_each_month_and_each_event_day_in_order():
    projection = project({"age": 50}, start=START)
    days = [point.date for point in projection.points]
    assert days[0] == date(2026, 12, 2) and days[1] == date(2027, 1, 1) and days[-1] == date(2029, 12, 1)
    assert len(days) == 37 and days == sorted(days)
    assert projection.events == ()


@pytest.mark.parametrize(
    "totals, cutoff, kind, day",
    [
        ([400, 420, 440], 430, "reaches", date(2027, 3, 1)),
        ([440, 440, 420], 430, "falls", date(2027, 2, 28)),
        ([440, 440, 440], 430, "stays_above", None),
        ([400, 400, 400], 430, "never_reaches", None),
    ],
)
def test_when_to_act(totals, cutoff, kind, day):
    points = [Point(date(2027, 1 + index, 1), total, {}) for index, total in enumerate(totals)]
    verdict = when_to_act(points, cutoff)
    assert (verdict.kind, verdict.date) == (kind, day)


@pytest.mark.parametrize(
    "values, field",
    [
        ({"date_of_birth": "1990-13-01"}, "date_of_birth"),
        ({"working_in": "mars", "working_since": "2020-01-01"}, "working_in"),
        ({"working_in": "canada"}, "working_since"),
        ({"eca_date": 5}, "eca_date"),
    ],
)
def test_bad_dates_name_their_field(values, field):
    with pytest.raises(ProfileError) as raised:
        read_dates(values)
    assert raised.value.field == field


def test_a_date_of_birth_that_gives_another_age_is_refused():
    with pytest.raises(ProfileError) as raised:
        project({"age": 30}, Dates(date_of_birth=date(1980, 1, 1)), start=START)
    assert raised.value.field == "date_of_birth"


# --- properties --------------------------------------------------------------------------------

starts = st.dates(date(2016, 1, 1), date(2027, 12, 31))
test_dates = st.none() | st.dates(date(2013, 1, 1), date(2027, 12, 31))


@st.composite
def cases(draw):
    profile = draw(profiles())
    start = draw(starts)
    born = start - timedelta(days=draw(st.integers(17 * 366, 60 * 365)))
    profile["age"] = completed_years(born, start)
    for key in ("first_language", "second_language", "spouse_language"):
        tested = draw(test_dates)
        if profile.get(key) is not None and tested is not None and tested <= start:
            profile[key] = {**profile[key], "test_date": tested.isoformat()}
    working_in = draw(st.sampled_from((None, "canada", "abroad")))
    since = start - timedelta(days=draw(st.integers(0, 4000))) if working_in else None
    eca = draw(st.none() | st.integers(0, 2500).map(lambda days: start - timedelta(days=days)))
    use_birth = draw(st.booleans())
    dates = Dates(date_of_birth=born if use_birth else None, working_in=working_in, working_since=since, eca_issued=eca)
    return profile, dates, start, draw(st.integers(1, 36))


@settings(max_examples=60, deadline=None)
@given(cases())
def test_every_projected_point_is_the_score_of_the_aged_profile_on_that_day(case):
    profile, dates, start, months = case
    projection = project(profile, dates, start=start, months=months)
    for point in projection.points:
        aged = profile_on(profile, dates, point.date, start=start)
        assert point.total == score(aged, effective_date=point.date)["total"], point.date
        assert point.breakdown == score(aged, effective_date=point.date)
        if dates.date_of_birth is not None and completed_years(dates.date_of_birth, point.date) <= 45:
            assert aged["age"] == completed_years(dates.date_of_birth, point.date)
        if dates.working_in == "canada":
            done = completed_years(dates.working_since, point.date) - completed_years(dates.working_since, start)
            assert aged["canadian_work_years"] == min(
                profile["canadian_work_years"] + done, max(profile["canadian_work_years"], 5)
            )
    assert projection.end == add_months(start, months)
    if len({point.breakdown["rules"] for point in projection.points}) == 1:  # only events move the total
        assert (
            sum(event.points for event in projection.events) == projection.points[-1].total - projection.points[0].total
        )
