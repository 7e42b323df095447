"""A score's standing section (band, pool rank, cut-off tables, chart) is rendered once per version
of the draw data, score, day and language, and reused by the standing, result and share pages;
an admin edit or an import shows at once."""

import pytest

from draws import services
from draws.models import Draw
from draws.templatetags import rounds
from tests.pages import answer_every_step

from .test_admin_edits import edit, staff_client  # noqa: F401 (a fixture)

pytestmark = pytest.mark.usefixtures("bundled_feed")


def section(response) -> str:
    html = response.content.decode()
    return html[html.index('<section class="draws-standing"') : html.index("</section>")]


@pytest.fixture
def renders(monkeypatch):
    """The standing sections rendered (not reused) from now on."""
    rendered = []
    original = rounds.get_template

    def counting(name):
        rendered.append(name)
        return original(name)

    monkeypatch.setattr(rounds, "get_template", counting)
    return rendered


def test_a_score_seen_before_is_not_rendered_again_and_shows_the_same_page(client, renders):
    first = section(client.get("/en/draws/standing/?score=478"))
    second = section(client.get("/en/draws/standing/?score=478"))
    assert renders == [rounds.STANDING_PARTIAL]
    assert first == second and "Where a score of 478 stands" in second


def test_each_language_has_its_own_section(client, renders):
    english = client.get("/en/draws/standing/?score=478").content.decode()
    french = client.get("/fr/draws/standing/?score=478").content.decode()
    assert len(renders) == 2
    assert "Recent cut-offs by draw type" in english
    assert "Recent cut-offs by draw type" not in french and "Notes limites récentes par type de ronde" in french


def test_an_admin_edit_shows_at_once_on_a_score_already_shown(client, staff_client):  # noqa: F811
    assert ">1187<" not in client.get("/en/draws/standing/?score=478").content.decode()
    newest = Draw.objects.order_by("-date", "-sequence").first()
    assert edit(staff_client, newest.number, cutoff="1187").status_code == 302
    assert ">1187<" in client.get("/en/draws/standing/?score=478").content.decode()


def test_a_new_version_of_the_data_renders_the_section_again(client, renders):
    client.get("/en/draws/standing/?score=478")
    services.draw_data_changed()
    client.get("/en/draws/standing/?score=478")
    assert len(renders) == 2


def test_the_result_page_reuses_the_section_of_its_score(client, renders):
    answer_every_step(client)
    client.get("/en/calculator/result/")
    client.get("/en/calculator/result/")
    assert renders == [rounds.STANDING_PARTIAL]


def test_the_result_page_and_the_standing_page_each_have_their_own_section_of_the_same_score(client):
    answer_every_step(client)
    result = client.get("/en/calculator/result/").content.decode()
    total = result.split('class="breakdown__total-number">', 1)[1].split("<", 1)[0]
    summary_note = "the summary above counts only yours"
    standing = client.get(f"/en/draws/standing/?score={total}").content.decode()
    assert f"Where a score of {total} stands" in standing and summary_note not in standing
    assert summary_note in client.get("/en/calculator/result/").content.decode()
