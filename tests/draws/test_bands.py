"""The four bands and their edges."""

import pytest

from draws.bands import BANDS, band_for


@pytest.mark.parametrize(
    ("score", "band"),
    [
        (0, "building"),
        (449, "building"),
        (450, "strategic"),
        (469, "strategic"),
        (470, "middle"),
        (499, "middle"),
        (500, "front"),
        (1200, "front"),
    ],
)
def test_band_edges(score, band):
    assert band_for(score).key == band


def test_bands_cover_0_to_1200_without_gaps_and_say_what_to_do():
    ranges = sorted((band.lowest, band.highest) for band in BANDS)
    assert ranges[0][0] == 0 and ranges[-1][1] == 1200
    assert all(high + 1 == next_low for (_, high), (next_low, _) in zip(ranges, ranges[1:], strict=False))
    assert all(str(band.title) and str(band.meaning) and str(band.advice) for band in BANDS)
    assert [band.range_label for band in BANDS] == ["500+", "470–499", "450–469", "< 450"]
