"""Template helpers for showing an engine breakdown."""

from django import template

from ..selectors import rule_set_by_id

register = template.Library()


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
