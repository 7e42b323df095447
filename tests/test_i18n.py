"""English and French: the catalogue is complete, every page reads in French
with nothing left in English, the switcher keeps the page, and numbers and
dates are written the French way."""

from __future__ import annotations

import re
import shutil
import subprocess
from datetime import date

import pytest
from django.template import Context, Template
from django.urls import resolve
from django.utils import translation

from tests.pages import site_pages
from tests.po import FRENCH_PO, messages
from tests.site_map import route_names
from tests.visible_text import visible_text

# Words that are English and never French: a page in French that shows one of
# them has a string nobody marked for translation (or nobody translated).
ENGLISH_WORDS = {
    "the",
    "your",
    "you",
    "and",
    "with",
    "this",
    "that",
    "what",
    "which",
    "from",
    "for",
    "of",
    "to",
    "is",
    "are",
    "not",
    "by",
    "at",
    "be",
    "can",
    "will",
    "have",
    "has",
    "yes",
    "next",
    "back",
    "previous",
    "submit",
    "calculate",
    "step",
    "steps",
    "years",
    "year",
    "months",
    "spouse",
    "partner",
    "job",
    "offer",
    "work",
    "language",
    "score",
    "scores",
    "draw",
    "draws",
    "round",
    "rounds",
    "required",
    "field",
    "enter",
    "select",
    "start",
    "result",
    "results",
    "share",
    "link",
    "none",
    "other",
    "skip",
    "about",
    "how",
    "why",
    "save",
    "copy",
    "print",
    "edit",
    "per",
    "each",
    "entry",
    "comprehensive",
    "ranking",
    "system",
    "calculator",
    "answer",
    "answers",
    "see",
    "help",
}


def _english_phrases() -> list[str]:
    """The UI's own English strings of three words or more, from the catalogue,
    except those French writes the same way."""
    phrases = set()
    for entry in messages():
        for msgid in filter(None, (entry.msgid, entry.msgid_plural)):
            if msgid in entry.msgstr.values():
                continue
            # The literal text between placeholders, e.g. "%(count)s points for age" -> "points for age".
            for part in re.split(r"%\(\w+\)[sd]|%[sd]|\{\w*\}|<[^>]+>", msgid):
                part = " ".join(part.split()).strip(" .,:;")
                if len(part.split()) >= 3:
                    phrases.add(part)
    return sorted(phrases, key=len, reverse=True)


def english_left_in(text: str) -> list[str]:
    found = [phrase for phrase in _english_phrases() if phrase in text]
    words = re.findall(r"[^\W\d_]+", text)  # whole words, accented letters included
    found += sorted({word for word in words if word.lower() in ENGLISH_WORDS})
    return found


# --- the catalogue -----------------------------------------------------------------------


def test_french_catalogue_has_no_untranslated_or_fuzzy_entries():
    entries = messages()
    assert entries, "locale/fr/LC_MESSAGES/django.po has no messages"
    untranslated = [entry.msgid for entry in entries if not entry.translated]
    fuzzy = [entry.msgid for entry in entries if entry.fuzzy]
    assert untranslated == [] and fuzzy == []


@pytest.mark.skipif(shutil.which("msgfmt") is None, reason="GNU gettext (msgfmt) is not installed")
def test_french_catalogue_passes_msgfmt_check():
    result = subprocess.run(
        ["msgfmt", "--check", "--statistics", "-o", "/dev/null", str(FRENCH_PO)],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    assert "untranslated" not in result.stderr and "fuzzy" not in result.stderr, result.stderr


def test_compiled_catalogues_are_built_by_make_and_never_committed():
    makefile = (FRENCH_PO.parents[3] / "Makefile").read_text()
    assert re.search(r"^run:.*\bmessages\b", makefile, re.M)
    assert re.search(r"^test:.*\bmessages\b", makefile, re.M)
    assert "compilemessages" in makefile
    assert "*.mo" in (FRENCH_PO.parents[3] / ".gitignore").read_text().split()


# --- every page in French ----------------------------------------------------------------


def _prepared(client, page):
    if page.prepare is not None:
        page.prepare(client)
    return client


@pytest.mark.django_db
@pytest.mark.parametrize("page", site_pages(), ids=lambda page: page.name)
def test_every_page_reads_in_french_with_no_english_left(client, page):
    response = _prepared(client, page).get(page.url("fr"), HTTP_ACCEPT_LANGUAGE="fr")
    assert response.status_code == page.status
    html = response.content.decode()
    assert '<html lang="fr">' in html
    assert english_left_in(visible_text(html, "fr")) == []


@pytest.mark.django_db
@pytest.mark.parametrize(
    "page", [page for page in site_pages() if page.invalid is not None], ids=lambda page: page.name
)
def test_every_form_shows_its_errors_in_french(client, page):
    send = getattr(_prepared(client, page), page.method)  # the form's own method: the draws pages GET
    response = send(page.url("fr"), page.invalid, HTTP_ACCEPT_LANGUAGE="fr")
    assert response.status_code == 200, "an invalid answer re-renders the form with its errors"
    html = response.content.decode()
    assert 'aria-invalid="true"' in html, "the errors are shown"
    assert english_left_in(visible_text(html, "fr")) == []


# Routes that are not a page to read: POST-only actions, the fragment htmx swaps in, an image.
NOT_PAGES = {
    "calculator:share",
    "calculator:preview",
    "calculator:scenario_create",
    "calculator:scenario_share",
    "calculator:scenario_delete",
    "shared_result_start",
    "calculator:language_scores",
    "score_card",
    "calculator:occupation_use",
}


def test_the_scans_cover_every_page_of_the_url_configuration():
    """A page added to the site is scanned (tests/pages.py) or named here as not a page."""
    with translation.override("en"):  # the /en/ prefix resolves while English is active
        routes = {name for name in route_names() if not name.startswith(("admin:", "api:")) and name != "set_language"}
        scanned = {
            resolve(
                ("/en" if page.prefixed else "") + page.path.split("?")[0].format(scenario_id=1, public_id="x")
            ).view_name
            for page in site_pages()
            if page.status == 200
        }
    assert routes - NOT_PAGES - scanned == set()


def test_the_english_detector_finds_an_unmarked_sentence():
    assert english_left_in("Votre note Answer a few questions and watch") != []
    assert english_left_in("Passer au contenu principal · Calculateur du SCG") == []


# --- languages and URLs ------------------------------------------------------------------


def test_html_lang_follows_the_prefix(client):
    assert '<html lang="fr">' in client.get("/fr/").content.decode()
    assert '<html lang="en">' in client.get("/en/").content.decode()


def test_language_switcher_keeps_the_page_and_the_query_string(client):
    html = client.get("/en/?from=switcher").content.decode()
    assert 'href="/fr/?from=switcher" lang="fr" hreflang="fr"' in html
    html = client.get("/fr/?from=switcher").content.decode()
    assert 'href="/en/?from=switcher" lang="en" hreflang="en"' in html


def test_first_visit_follows_accept_language(client):
    assert client.get("/", HTTP_ACCEPT_LANGUAGE="fr-CA,fr;q=0.9,en;q=0.5")["Location"] == "/fr/"
    assert client.get("/", HTTP_ACCEPT_LANGUAGE="en-CA,en;q=0.9")["Location"] == "/en/"


def test_the_language_chosen_by_prefix_is_remembered_for_unprefixed_urls(client):
    client.get("/fr/", HTTP_ACCEPT_LANGUAGE="en")
    assert client.cookies["django_language"].value == "fr"
    assert client.get("/", HTTP_ACCEPT_LANGUAGE="en")["Location"] == "/fr/"


# --- numbers and dates -------------------------------------------------------------------


def _render(source: str, language: str, **context) -> str:
    with translation.override(language):
        return Template("{% load humanize l10n %}" + source).render(Context(context))


def test_french_thousands_take_a_narrow_no_break_space():
    assert _render("{{ n|intcomma }}", "fr", n=1200) == "1\u202f200"
    assert _render("{{ n|intcomma }}", "en", n=1200) == "1,200"


def test_french_dates_are_written_out_in_french():
    day = date(2026, 9, 16)
    assert _render("{{ day|date }}", "fr", day=day) == "16 septembre 2026"
    assert _render("{{ day|date }}", "en", day=day) == "Sept. 16, 2026"
