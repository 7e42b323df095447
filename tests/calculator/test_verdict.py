"""The result and share pages open with the verdict: the person's own rounds, counted apart from
the rounds they cannot enter (issue 13, parts 2 and 3)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from calculator.eligibility import extra_answers
from calculator.saved.services import saved_result_create
from tests.calculator.wizard_posts import fill_in

PEOPLE = json.loads((Path(__file__).resolve().parents[1] / "data" / "verdict_people.json").read_text())["people"]


def _result(client, person: dict, *, lang: str = "en") -> str:
    fill_in(client, person["profile"], lang=lang)
    session = client.session
    session[extra_answers.SESSION_KEY] = person["extra"]
    session.save()
    response = client.get(f"/{lang}/calculator/result/")
    assert response.status_code == 200
    return response.content.decode()


def _summary(html: str) -> str:
    return html[html.index('class="verdict card') : html.index('class="verdict-toc')]


def _types(html: str) -> list[str]:
    table = _summary(html)
    return re.findall(r'<tr data-type="([a-z_]+)">', table)


@pytest.mark.parametrize("name", ["francophone", "nurse", "nominee"])
def test_the_summary_lists_exactly_the_rounds_the_person_can_enter(client, bundled_feed, name):
    html = _result(client, PEOPLE[name])
    assert _types(html) == PEOPLE[name]["types"]


def test_the_summary_comes_before_the_breakdown(client, bundled_feed):
    html = _result(client, PEOPLE["francophone"])
    assert html.index('id="rounds-verdict-heading"') < html.index('class="breakdown"')
    assert html.index('class="verdict-toc') < html.index('class="breakdown"')


def test_the_francophone_at_432_reads_that_french_rounds_invite_at_their_score(client, bundled_feed):
    summary = _summary(_result(client, PEOPLE["francophone"]))
    assert "French-language proficiency rounds have been inviting at your score" in summary
    assert "Front of the pack" in summary
    assert "Building zone" not in summary
    # CEC rounds are listed apart, never counted in "cleared"
    apart = summary[summary.index("verdict-apart") :]
    assert 'data-type="cec"' in apart


def test_cleared_counts_only_the_rounds_of_the_persons_types(client, bundled_feed):
    summary = _summary(_result(client, PEOPLE["francophone"]))
    cleared = re.search(r"Cleared (\d+) of the (\d+) rounds of your types in the last 6 months", summary)
    rows = re.findall(r"<td class=\"text-end[^\"]*\">(\d+) / (\d+)</td>", summary)
    six_months = rows[0::2]
    assert cleared and int(cleared[2]) == sum(int(count) for _cleared, count in six_months)
    assert int(cleared[1]) == sum(int(done) for done, _count in six_months)


def test_a_person_eligible_for_nothing_reads_why_before_anything_else(client, bundled_feed):
    html = _result(client, PEOPLE["eligible_for_nothing"])
    summary = _summary(html)
    assert "you cannot enter the Express Entry pool yet" in summary
    assert _types(html) == []
    assert "rounds of your types" not in summary and "standing-band" not in summary
    assert 'data-type="french"' in summary[summary.index("verdict-apart") :]


def test_without_eligibility_answers_the_summary_says_it_is_not_known_yet(single_done, bundled_feed):
    summary = _summary(single_done.get("/en/calculator/result/").content.decode())
    assert "answer the eligibility questions to find out" in summary


def test_the_plan_counts_the_same_rounds_as_the_summary(client, bundled_feed):
    html = _result(client, PEOPLE["francophone"])
    cleared = re.search(r"Cleared (\d+) of the (\d+) rounds of your types in the last 6 months", html)
    plan = re.search(
        r"Draws are the last (\d+) ([^<]*?) rounds of invitations \(six months\); today's score clears (\d+)", html
    )
    assert plan and (plan[1], plan[3]) == (cleared[2], cleared[1])
    assert "French-language proficiency" in plan[2]


def test_the_share_page_opens_with_the_same_summary(client, bundled_feed):
    person = PEOPLE["francophone"]
    saved = saved_result_create(profile=person["profile"], eligibility_answers=person["extra"])
    html = client.get(f"/r/{saved.public_id}/").content.decode()
    assert _types(html) == person["types"]
    assert html.index('id="rounds-verdict-heading"') < html.index('id="breakdown-heading"')


def test_sharing_keeps_the_eligibility_answers(client, bundled_feed):
    person = PEOPLE["nominee"]
    _result(client, person)
    response = client.post("/en/calculator/share/")
    html = client.get(response["Location"]).content.decode()
    assert _types(html) == person["types"]


def test_the_page_offers_contents_and_a_print_button(client, bundled_feed):
    html = _result(client, PEOPLE["nurse"])
    toc = html[html.index('class="verdict-toc') :]
    for anchor in ("#breakdown-heading", "#standing-heading", "#plan-heading", "#eligibility-summary-heading"):
        assert f'href="{anchor}"' in toc
        assert f'id="{anchor[1:]}"' in html
    assert "data-print" in toc


def test_the_french_summary_is_in_french(client, bundled_feed):
    summary = _summary(_result(client, PEOPLE["francophone"], lang="fr"))
    assert "Rondes" in summary or "rondes" in summary
    assert "rounds of your types" not in summary


def test_the_rounds_listed_apart_read_with_french_spacing_in_french(client, bundled_feed):
    apart = _summary(_result(client, PEOPLE["eligible_for_nothing"], lang="fr"))
    apart = apart[apart.index("verdict-apart") :]
    items = re.findall(r'<li class="list-inline-item" data-type="[a-z_]+">([^<]+)</li>', apart)
    assert items
    assert all(re.search(r"\S\u00a0: \d", item) for item in items), items
