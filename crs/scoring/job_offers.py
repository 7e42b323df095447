"""How a job offer is classed for arranged-employment points, under NOC 2016 and NOC 2021.

The offer arrives as ``(teer, major_group_00, noc2016_skill, qualifying)`` (validated by the
engine). Rule sets name the classifier they use, because the grid itself switched classification on
2022-11-16 (crs-rules.md §D, §G; [S6]): before, "NOC 00" earned the top row and "NOC 0, A or B" the
skilled row; after, "TEER 0 Major Group 00" and "TEER 0, 1, 2 or 3".

Decision (the profile format lets a user give only one of the two codes):
- NOC 2016 era, no ``noc2016_skill``: derived from TEER as 0 → "0", 1 → "A", 2 and 3 → "B",
  4 → "C", 5 → "D". NOC 2021 TEER 2 and 3 both came out of NOC 2016 skill level B, and 4/5 out of
  C/D, so the derivation keeps skilled offers skilled (golden ``job-lmia-2016-11-18``).
- NOC 2021 era, no ``teer``: derived from the skill level as "0" → 0, "A" → 1, "B" → 2, "C" → 4,
  "D" → 5.
- ``major_group_00`` counts only with skill type 0 / TEER 0 (major group 00 lies inside it).
- ``qualifying: false`` (not full-time, no LMIA where one was needed, ...) earns nothing. Launch-era
  offers needed an LMIA; the profile format has no LMIA key, so "qualifying" stands for it.
Classes returned: "major_group_00", "skilled" or None (no points).
"""

from typing import NamedTuple

SKILL_FROM_TEER = ("0", "A", "B", "B", "C", "D")
TEER_FROM_SKILL = {"0": 0, "A": 1, "B": 2, "C": 4, "D": 5}


class JobOffer(NamedTuple):
    """A validated ``job_offer`` (at least one of ``teer`` and ``noc2016_skill`` is given)."""

    teer: int | None
    major_group_00: bool
    noc2016_skill: str | None
    qualifying: bool


def classify_noc2016(offer: JobOffer) -> str | None:
    teer, major_group_00, skill, qualifying = offer
    if not qualifying:
        return None
    if skill is None:
        assert teer is not None  # the profile reader requires one of the two codes
        skill = SKILL_FROM_TEER[teer]
    if skill == "0":
        return "major_group_00" if major_group_00 else "skilled"
    return "skilled" if skill in ("A", "B") else None


def classify_teer(offer: JobOffer) -> str | None:
    teer, major_group_00, skill, qualifying = offer
    if not qualifying:
        return None
    if teer is None:
        assert skill is not None  # the profile reader requires one of the two codes
        teer = TEER_FROM_SKILL[skill]
    if teer == 0:
        return "major_group_00" if major_group_00 else "skilled"
    return "skilled" if teer <= 3 else None
