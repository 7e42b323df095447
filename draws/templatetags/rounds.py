"""`{% rounds_currency currency %}`: how current the rounds on a page are.

Every page that shows rounds says it the same way: the newest round loaded, when IRCC's feed
was last checked, and a visible notice when that round is more than `STALE_DAYS` old.  Pass a
`draws.selectors.Currency` (`standing.currency`, or `rounds_currency()` on a page without a
standing).
"""

from django import template

from draws.selectors import STALE_DAYS

register = template.Library()


@register.inclusion_tag("draws/_currency.html")
def rounds_currency(currency):
    return {"currency": currency, "stale_days": STALE_DAYS}
