"""Where a score stands, checked against numbers worked out by hand from the
bundled feed (draws/data).  `today` is 2026-11-21, so the 6-month window is
rounds dated after 2026-05-21 and the 12-month window after 2025-11-21."""

from datetime import date

from draws.models import Draw
from draws.selectors import months_before, pool_rank, recent_cutoffs, standing
from draws.services import draw_data_changed

TODAY = date(2026, 11, 21)


def stats(window, category):
    return next(s for s in window.categories if s.category == category)


def test_months_before_clamps_to_the_end_of_the_month():
    assert months_before(date(2026, 11, 21), 6) == date(2026, 5, 21)
    assert months_before(date(2026, 8, 31), 6) == date(2026, 2, 28)
    assert months_before(date(2026, 1, 15), 12) == date(2025, 1, 15)


def test_cec_in_the_last_six_months(bundled_feed):
    """CEC rounds after 2026-05-21: #417 518, #420 516, #424 517, #428 516,
    #432 516, #436 523, #439 521, #443 519.  Sorted: 516 516 516 517 518 519
    521 523 → 8 rounds, min 516, max 523, median (517 + 518) / 2 = 517.5.
    A score of 518 clears the five at or below it: 516, 516, 516, 517, 518."""
    six = standing(score=518, today=TODAY).windows[0]
    assert six.months == 6 and six.since == date(2026, 5, 21)
    cec = stats(six, "cec")
    assert (cec.count, cec.lowest, cec.median, cec.highest, cec.cleared) == (8, 516, 517.5, 523, 5)


def test_french_and_pnp_in_the_last_six_months(bundled_feed):
    """French after 2026-05-21: #418 409, #425 420, #429 399, #433 391, #437 382
    → sorted 382 391 399 409 420, median 399; 400 clears 382, 391, 399 = 3.
    PNP: #416 805, #419 730, #423 708, #427 744, #431 768, #435 760, #438 697,
    #442 734 → sorted 697 708 730 734 744 760 768 805, median (734 + 744) / 2
    = 739; the nomination's 600 points are inside, so 400 clears none."""
    six = standing(score=400, today=TODAY).windows[0]
    french = stats(six, "french")
    assert (french.count, french.lowest, french.median, french.highest, french.cleared) == (5, 382, 399, 420, 3)
    pnp = stats(six, "pnp")
    assert (pnp.count, pnp.lowest, pnp.median, pnp.highest, pnp.cleared) == (8, 697, 739, 805, 0)
    assert pnp.includes_nomination and not french.includes_nomination


def test_twelve_months_hold_more_rounds_than_six(bundled_feed):
    """Rounds dated 2025-11-22..2026-09-16: #380..#444 = 65 rounds (draws.csv
    plus the supplement); 2026-05-22..2026-09-16: #416..#444 = 29."""
    six, twelve = standing(score=480, today=TODAY).windows
    assert (six.count, twelve.count) == (29, 65)


def test_pool_rank_interpolates_inside_the_score_band(bundled_feed):
    """Latest snapshot: 2026-09-13 (with #444), 226,793 candidates.  Above
    485: 601-1200 574 + 501-600 20,784 + 491-500 12,590 = 33,948, plus half
    of 481-490 (12,426 × (490 − 485) / 10 = 6,213) → 40,161, 17.7 % of the pool."""
    rank = pool_rank(score=485)
    assert rank.as_of == date(2026, 9, 13) and rank.total == 226_793
    assert rank.ahead == 40_161
    assert rank.percent_ahead == 17.7
    assert pool_rank(score=500).ahead == 574 + 20_784
    assert pool_rank(score=1200).ahead == 0


def test_no_pool_data_means_no_rank(db):
    assert pool_rank(score=480) is None
    assert standing(score=480, today=TODAY).pool_rank is None


def test_recent_cutoffs_for_the_planner_are_by_category_lowest_first(bundled_feed):
    cutoffs = recent_cutoffs(months=6, today=TODAY)
    assert cutoffs["cec"] == [516, 516, 516, 517, 518, 519, 521, 523]
    assert sum(len(values) for values in cutoffs.values()) == 29
    assert "stem" not in cutoffs


def test_trend_leaves_out_pnp_and_niche_rounds_and_runs_oldest_first(bundled_feed):
    result = standing(score=480, today=TODAY)
    categories = [series.category for series in result.trend]
    assert "pnp" not in categories and "other" not in categories and "cec" in categories
    cec = next(series for series in result.trend if series.category == "cec")
    assert cec.points[-1].number == "443" and cec.points[0].date > result.trend_since
    assert [p.date for p in cec.points] == sorted(p.date for p in cec.points)
    assert result.latest_draw_date == date(2026, 9, 16)


def test_standing_reads_a_new_version_in_two_queries_however_many_draws_and_then_one(
    bundled_feed, django_assert_num_queries
):
    with django_assert_num_queries(2):  # the data's version, then its payload
        standing(score=480, today=TODAY)
    Draw.objects.bulk_create(
        Draw(
            number=str(10_000 + i),
            sequence=(10_000 + i) * 100,
            date=date(2026, 1 + i % 9, 1 + i % 28),
            name="General",
            category="general",
            invitations=100,
            cutoff=400 + i % 200,
        )
        for i in range(500)
    )
    draw_data_changed()  # what every write in draws.services does
    with django_assert_num_queries(2):
        result = standing(score=480, today=TODAY)
    assert result.windows[1].count == 65 + 500
    with django_assert_num_queries(1):  # the version only: computed once per version and score
        assert standing(score=480, today=TODAY) is result
    with django_assert_num_queries(1):
        recent_cutoffs(today=TODAY)


def test_standing_gives_the_recent_cutoffs_of_the_rounds_it_read_without_another_query(
    bundled_feed, django_assert_num_queries
):
    result = standing(score=470, today=TODAY)
    with django_assert_num_queries(0):
        six, twelve = result.recent_cutoffs(6), result.recent_cutoffs(12)
    assert six == recent_cutoffs(months=6, today=TODAY)
    assert twelve == recent_cutoffs(months=12, today=TODAY)
    assert six["cec"] == [516, 516, 516, 517, 518, 519, 521, 523]  # the hand-worked list above


def test_standing_reads_older_cutoffs_from_the_database(bundled_feed, django_assert_num_queries):
    result = standing(score=470, today=TODAY)
    with django_assert_num_queries(1):
        older = result.recent_cutoffs(60)
    assert older == recent_cutoffs(months=60, today=TODAY)


def test_when_the_feed_was_last_checked_reads_as_the_orm_reads_it(bundled_feed):
    from datetime import UTC, datetime

    from draws.models import DrawData
    from draws.selectors import draw_history

    DrawData.objects.filter(pk=1).update(checked_at=datetime(2026, 11, 30, 23, 45, 12, 345678, tzinfo=UTC))
    checked = draw_history().checked_at
    assert checked == DrawData.objects.get(pk=1).checked_at == datetime(2026, 11, 30, 23, 45, 12, 345678, tzinfo=UTC)
    assert checked.tzinfo is not None
