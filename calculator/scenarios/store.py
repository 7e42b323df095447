"""Named "what if" copies of the wizard's answers, kept in the session and compared side by side.

A scenario holds answers in the wizard's own shape (``{step slug: {field: value}}``) under its own
session key, so it is edited with the wizard's step forms and turned into a profile by
``wizard.answers_to_profile``; the wizard's answers are never written. Ids are never reused, so a
link to a scenario that was deleted finds nothing rather than another scenario.
"""

from __future__ import annotations

from django.utils.translation import gettext

from calculator.questionnaire import wizard

SESSION_KEY = "crs_scenarios"
MAX_SCENARIOS = 4
MAX_NAME = 60


def load(session) -> list[dict]:
    """[{id, name, answers}] in creation order; anything malformed in the session is dropped."""
    stored = session.get(SESSION_KEY)
    items = stored.get("items") if isinstance(stored, dict) else None
    if not isinstance(items, list):
        return []
    scenarios = []
    for item in items[:MAX_SCENARIOS]:
        if not (isinstance(item, dict) and isinstance(item.get("id"), int) and isinstance(item.get("answers"), dict)):
            continue
        answers = {
            slug: dict(values)
            for slug, values in item["answers"].items()
            if slug in wizard.BY_SLUG and isinstance(values, dict)
        }
        name = str(item.get("name") or "")[:MAX_NAME] or _default_name(item["id"])
        scenarios.append({"id": item["id"], "name": name, "answers": answers})
    return scenarios


def get(session, scenario_id: int) -> dict | None:
    return next((item for item in load(session) if item["id"] == scenario_id), None)


def create(session, *, answers: dict, name: str = "") -> dict | None:
    """A new scenario holding a copy of ``answers``; None when there are already four."""
    scenarios = load(session)
    if len(scenarios) >= MAX_SCENARIOS:
        return None
    scenario_id = _next_id(session, scenarios)
    name = " ".join(str(name).split())[:MAX_NAME]  # blank: named "Scenario N" in the reader's language
    scenario = {"id": scenario_id, "name": name, "answers": {slug: dict(values) for slug, values in answers.items()}}
    _store(session, [*scenarios, scenario], next_id=scenario_id + 1)
    return {**scenario, "name": name or _default_name(scenario_id)}


def _default_name(scenario_id: int) -> str:
    return gettext("Scenario %(number)s") % {"number": scenario_id}


def save_step(session, scenario_id: int, slug: str, values: dict) -> dict | None:
    """Keep one step's answers in a scenario (keeping answers that stop applying, like the wizard)."""
    scenarios = load(session)
    for scenario in scenarios:
        if scenario["id"] == scenario_id:
            scenario["answers"] = {**scenario["answers"], slug: {**scenario["answers"].get(slug, {}), **values}}
            _store(session, scenarios)
            return scenario
    return None


def rename(session, scenario_id: int, name: str) -> None:
    name = " ".join(str(name).split())[:MAX_NAME]
    scenarios = load(session)
    for scenario in scenarios:
        if scenario["id"] == scenario_id and name:
            scenario["name"] = name
    _store(session, scenarios)


def delete(session, scenario_id: int) -> None:
    _store(session, [item for item in load(session) if item["id"] != scenario_id])


def _next_id(session, scenarios: list[dict]) -> int:
    stored = session.get(SESSION_KEY)
    counter = stored.get("next_id") if isinstance(stored, dict) else None
    highest = max((item["id"] for item in scenarios), default=0)
    return max(counter if isinstance(counter, int) else 1, highest + 1)


def _store(session, scenarios: list[dict], *, next_id: int | None = None) -> None:
    if next_id is None:
        next_id = _next_id(session, scenarios)
    kept = [{**item, "name": "" if item["name"] == _default_name(item["id"]) else item["name"]} for item in scenarios]
    session[SESSION_KEY] = {"next_id": next_id, "items": kept}


def changed_questions(base: dict, answers: dict) -> list[dict]:
    """The questions whose answers differ from ``base``: [{step, label}], in wizard order.

    Labels come from the step forms themselves, so the list reads like the questions asked.
    """
    base, answers = wizard.without_skipped(base), wizard.without_skipped(answers)
    changed = []
    for step in wizard.STEPS:
        ours, theirs = base.get(step.slug, {}), answers.get(step.slug, {})
        if ours == theirs:
            continue
        form = step.form(answers, initial=theirs)
        for name in sorted(set(ours) | set(theirs), key=_field_order(form)):
            if ours.get(name) != theirs.get(name) and name in form.fields:
                changed.append({"step": step, "label": form.fields[name].label})
    return changed


def _field_order(form):
    names = list(form.fields)
    return lambda name: names.index(name) if name in names else len(names)
