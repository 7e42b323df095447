"""One step form (templates/calculator/questionnaire/_step_form.html) for the questionnaire and the scenario editor:
the same questions, laid out the same way, with the htmx written in the template and configured in
one place."""

import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from calculator.questionnaire import wizard
from tests.pages import INVALID, MARRIED, answer_every_step
from tests.test_bootstrap_fields import WRONG

pytestmark = pytest.mark.django_db

ROOT = Path(__file__).resolve().parents[2]
VOID = {"input", "br", "img", "meta", "link", "hr"}


class Fields(HTMLParser):
    """Each question as the page shows it: the elements inside every ``div.wizard-field``
    (label, control, errors, help, a score's level), tags with their attributes, and text."""

    def __init__(self, html):
        super().__init__(convert_charrefs=True)
        self.fields, self.depth = [], 0
        self.feed(html)
        self.close()

    def handle_starttag(self, tag, attrs):
        if not self.depth:
            if tag != "div" or "wizard-field" not in (dict(attrs).get("class") or "").split():
                return
            self.fields.append([])
        self.fields[-1].append(("start", tag, sorted(attrs)))
        if tag not in VOID:
            self.depth += 1

    def handle_endtag(self, tag):
        if self.depth and tag not in VOID:
            self.depth -= 1
            self.fields[-1].append(("end", tag))

    def handle_data(self, data):
        text = " ".join(data.split())
        if self.depth and text:
            self.fields[-1].append(("text", text))


@pytest.fixture
def with_scenario(client):
    answer_every_step(client, MARRIED)
    response = client.post("/en/calculator/scenarios/new/", {"name": "Copy"})
    scenario_id = response.headers["location"].rstrip("/").split("/")[-3]
    return client, f"/calculator/scenarios/{scenario_id}/edit"


def _without_wizard_extras(fields):
    """The occupation finder under the job offer's TEER is the questionnaire's only (its no-script
    "Use" goes back to the questionnaire's step): the questions match without it."""
    kept = []
    for field in fields:
        start = next((i for i, item in enumerate(field) if "occupation-finder" in str(item)), None)
        if start is not None:
            depth, end = 0, start
            while True:
                item = field[end]
                depth += {"start": item[1] not in VOID, "end": -1}.get(item[0], 0)
                end += 1
                if depth == 0:
                    break
            field = field[:start] + field[end:]
        kept.append(field)
    return kept


@pytest.mark.parametrize("language", ["en", "fr"])
@pytest.mark.parametrize("slug", ["languages", "partner", "additional"])
@pytest.mark.parametrize("answers", ["kept", "wrong"])
def test_the_questionnaire_and_the_scenario_editor_show_a_step_s_questions_alike(
    with_scenario, language, slug, answers
):
    client, scenario = with_scenario
    if answers == "kept":
        wizard_page = client.get(f"/{language}/calculator/{slug}/")
        scenario_page = client.get(f"/{language}{scenario}/{slug}/")
    else:
        data = {**WRONG, **INVALID[slug]}
        wizard_page = client.post(f"/{language}/calculator/{slug}/", data)
        scenario_page = client.post(f"/{language}{scenario}/{slug}/", data)
    assert wizard_page.status_code == scenario_page.status_code == 200
    ours, theirs = Fields(wizard_page.content.decode()).fields, Fields(scenario_page.content.decode()).fields
    assert len(ours) > 5
    assert _without_wizard_extras(ours) == _without_wizard_extras(theirs)


def test_a_language_test_fetches_its_score_fields_by_htmx_written_in_the_template(with_scenario):
    client, scenario = with_scenario
    for url in ("/en/calculator/languages/", f"/en{scenario}/languages/"):
        html = client.get(url).content.decode()
        for prefix in ("first", "second"):
            wrapper = re.search(rf'<div class="wizard-field wizard-field--{prefix}_test"([^>]*)>', html).group(1)
            assert f'hx-get="/en/calculator/language-scores/{prefix}/"' in wrapper
            assert f'hx-target="#{prefix}-scores"' in wrapper and f'id="{prefix}-scores"' in html
            assert 'hx-trigger="change"' in wrapper and 'hx-swap="outerHTML"' in wrapper
            assert f"hx-include=\"[name='{prefix}_test'], #{prefix}-scores\"" in wrapper


def test_no_form_puts_htmx_attributes_on_its_widgets():
    for step in wizard.STEPS:
        form = step.form_class(WRONG, **({"with_spouse": True} if step.slug == "additional" else {}))
        form.is_valid()
        for name, field in form.fields.items():
            assert not [key for key in field.widget.attrs if key.startswith("hx-")], (step.slug, name)


def test_htmx_is_configured_only_by_the_meta_tag_in_base_html(client):
    written = [
        path.relative_to(ROOT).as_posix()
        for folder in ("templates", "static/js")
        for path in (ROOT / folder).rglob("*")
        if path.is_file() and re.search(r"htmx\.config|htmx-config", path.read_text(errors="ignore"))
    ]
    assert written == ["templates/base.html"]
    head = client.get("/en/").content.decode().split("</head>")[0]
    meta = re.search(r"<meta name=\"htmx-config\" content='([^']*)'>", head)
    config = json.loads(meta.group(1))
    assert "configuration" not in head, "the template's comment on it stays out of the page"
    assert config["allowEval"] is False and "style" not in config["attributesToSettle"]
