"""One way of rendering a form field on the whole site: ``{{ field|as_bootstrap_field }}``
(crs_site/templatetags/bootstrap_fields.py, crispy's Bootstrap 5 layout), read from the templates'
source.

The rule, for every template under templates/:
- no control written by hand: no ``<select>``, no ``<textarea>``, and no ``<input>`` except hidden
  inputs (values the page carries: a step, an id, a version) and buttons (``submit``, ``button``,
  ``reset``); an ``<input>`` with no ``type`` is a text box, and one whose type the template computes
  is not allowed either;
- no crispy except through the filter: no ``crispy_forms_tags``/``crispy_forms_filters`` library,
  no ``|crispy``, ``|as_crispy_field`` or ``{% crispy %}``;
- no form printed whole by Django (``{{ form }}``, ``.as_p``, ``.as_div``, ``.as_table``,
  ``.as_ul``), which writes its own labels and errors.

``HAND_WRITTEN`` lists the two boxes that are not a form's field, each with the reason; the
test fails if one of them disappears, so the list can only shrink with the code.  In Python, only
the filter's own module imports crispy.
"""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TEMPLATES = ROOT / "templates"

ALLOWED_INPUT_TYPES = frozenset(("hidden", "submit", "button", "reset"))

# (template, the control's id): why it is written by hand.
HAND_WRITTEN = {
    ("calculator/saved/_share.html", "share-url"): "not a field: the saved link, read-only, to select and copy",
    ("calculator/occupations/_occupation_finder.html", "occupation-q-{{ purpose }}"): (
        "not a field the page's form reads: a live search that occupation.js and htmx drive, hidden until "
        "JavaScript runs; without it, the search page (a Django form, through the filter) takes its place"
    ),
}

CONTROL = re.compile(r"<(input|select|textarea)\b([^>]*)>", re.IGNORECASE | re.DOTALL)
ATTRIBUTE = re.compile(r"""\b(type|id)\s*=\s*(?:"([^"]*)"|'([^']*)'|(\S+))""", re.IGNORECASE)
CRISPY = re.compile(r"crispy_forms_tags|crispy_forms_filters|\|\s*crispy\b|\|\s*as_crispy_field|{%\s*crispy\b")
IMPORTS_CRISPY = re.compile(r"^\s*(from|import) crispy_forms\b", re.MULTILINE)
WHOLE_FORM = re.compile(r"{{\s*form\s*}}|{{\s*[\w.]+\.as_(p|div|table|ul)\s*}}")


def _templates():
    for path in sorted(TEMPLATES.rglob("*.html")):
        yield path.relative_to(TEMPLATES).as_posix(), path.read_text(encoding="utf-8")


def _attributes(text: str) -> dict[str, str]:
    return {
        match[1].lower(): next(g for g in match.groups()[1:] if g is not None) for match in ATTRIBUTE.finditer(text)
    }


def hand_written_controls(name: str, source: str) -> list[tuple[str, str]]:
    """(template, id) of each control ``source`` writes by hand that is not a hidden input or a button."""
    found = []
    for tag, attributes in CONTROL.findall(source):
        attrs = _attributes(attributes)
        kind = attrs.get("type", "text").lower() if tag.lower() == "input" else tag.lower()
        if kind not in ALLOWED_INPUT_TYPES:
            found.append((name, attrs.get("id", f"<{tag} without an id>")))
    return found


def test_no_template_writes_a_form_control_by_hand():
    found = [control for name, source in _templates() for control in hand_written_controls(name, source)]
    unexpected = sorted(set(found) - set(HAND_WRITTEN))
    assert not unexpected, f"render these through {{{{ field|as_bootstrap_field }}}}: {unexpected}"
    assert set(HAND_WRITTEN) <= set(found), f"gone, drop them from HAND_WRITTEN: {set(HAND_WRITTEN) - set(found)}"


def test_the_rule_sees_hand_written_controls():
    assert hand_written_controls("t", '<select name="year" class="form-select">') == [("t", "<select without an id>")]
    assert hand_written_controls("t", '<input\n  type="number" id="id_score" name="score">') == [("t", "id_score")]
    assert hand_written_controls("t", '<input id="q" name="q">') == [("t", "q")]
    assert hand_written_controls("t", "<input type='{{ kind }}' id=\"x\">") == [("t", "x")]
    assert hand_written_controls("t", '<textarea id="notes"></textarea>') == [("t", "notes")]
    assert hand_written_controls("t", '<input type="hidden" name="x"><input type="submit" value="Go">') == []


def test_no_template_calls_crispy_or_prints_a_whole_form():
    offending = [
        (name, match.group(0))
        for name, source in _templates()
        for pattern in (CRISPY, WHOLE_FORM)
        for match in pattern.finditer(source)
    ]
    assert not offending, f"render each field through {{{{ field|as_bootstrap_field }}}}: {offending}"


def test_only_the_filter_imports_crispy():
    filter_module = ROOT / "crs_site" / "templatetags" / "bootstrap_fields.py"
    importing = [
        path.relative_to(ROOT).as_posix()
        for package in ("calculator", "draws", "crs_site", "throttle")
        for path in (ROOT / package).rglob("*.py")
        if IMPORTS_CRISPY.search(path.read_text(encoding="utf-8")) and path != filter_module
    ]
    assert importing == []
    assert IMPORTS_CRISPY.search(filter_module.read_text(encoding="utf-8"))
