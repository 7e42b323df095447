"""Template helpers for showing an engine breakdown."""

from django import template
from django.utils.html import conditional_escape
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from calculator.labels import ABILITY_NAMES, LINE_NAMES, SECTION_NAMES, SECTION_SHORT_NAMES
from calculator.saved.selectors import rule_set_by_id
from crs.scoring.engine import NO_FIRST_LANGUAGE
from crs.scoring.rules.r2025_03_25 import UNMODELLED_CHANGES

register = template.Library()

# The engine's warnings are terse and fixed (scripts and the golden file read them); a person
# reading the result page gets them in plain words.  Any other warning is shown translated as is.
_CHANGE_FROM_2026_11_03, _JOB_OFFER_FROM_2026_11_03 = UNMODELLED_CHANGES[0][1:]
PLAIN_WARNINGS = {
    NO_FIRST_LANGUAGE: _(
        "No first official language result yet: language points, skill transferability "
        "and the French-language points all need one."
    ),
    _CHANGE_FROM_2026_11_03: _(
        "IRCC reported a change to the CRS from 2026-11-03 (points for high-wage "
        "occupations, and job-offer points for listed occupations) whose point values "
        "we could not verify. This score uses the rules in force since 2025-03-25, so "
        "IRCC’s may differ."
    ),
    _JOB_OFFER_FROM_2026_11_03: _(
        "Your job offer might earn points under the high-wage occupation rules "
        "reported for 2026-11-03, which this score does not include."
    ),
}


@register.filter
def rule_set(rule_set_id):
    """The RuleSet with this id (a breakdown's ``rules``), for its dates and source."""
    return rule_set_by_id(rule_set_id)


@register.filter
def signed(number):
    """+17, −5 or ±0, with a real minus sign."""
    if not isinstance(number, int):
        return ""
    if number > 0:
        return f"+{number}"
    if number < 0:
        return f"\u2212{-number}"
    return "\u00b10"


@register.filter
def section_name(section):
    """A section of the breakdown (crs.vocabulary.SECTIONS) by its name (calculator.labels)."""
    return SECTION_NAMES[section]


@register.filter
def section_short_name(section):
    """A section in one word, where there is no room for its name (the live score panel)."""
    return SECTION_SHORT_NAMES[section]


@register.simple_tag
def line_name(section, line):
    """A line of the breakdown by its name (calculator.labels.LINE_NAMES)."""
    return LINE_NAMES[section, line]


@register.filter
def ability_name(ability):
    """A test ability (crs.vocabulary.ABILITIES) by its name (calculator.labels)."""
    return ABILITY_NAMES[ability]


@register.filter
def plain_warning(warning):
    """An engine warning in plain words, in the reader's language."""
    return PLAIN_WARNINGS.get(warning) or gettext(warning)


@register.simple_tag
def score_level(name, text, oob=False) -> SafeString:
    """The level a typed score gives, beside its box (``<p id="level-<field>">``); ``oob``: swapped
    in out of band by the live preview.  Written here rather than included: a template include
    costs about 0.1 ms, and the Languages step and each preview show eight of them."""
    swap = ' hx-swap-oob="true"' if oob else ""
    return mark_safe(
        f'<p id="level-{conditional_escape(name)}" class="score-level"{swap}>{conditional_escape(text)}</p>\n'
    )
