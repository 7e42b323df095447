"""``{% occupation_of code as occupation %}``: the NOC unit group of a code already answered."""

from django import template

from calculator.occupations.presenters import describe

register = template.Library()


@register.simple_tag
def occupation_of(code):
    return describe(str(code)) if code else None
