"""Forms of the public draws pages (GET forms: results are shareable links)."""

from django import forms
from django.utils.functional import lazy
from django.utils.translation import gettext, gettext_noop
from django.utils.translation import gettext_lazy as _

from crs.vocabulary import MAX_SCORE

from .models import Category
from .names import max_score_text


def _with_max_score(msgid: str) -> str:
    """``msgid`` translated, with the highest score (crs.vocabulary) as the language writes it."""
    return gettext(msgid) % {"max": max_score_text()}


_with_max_score_lazy = lazy(_with_max_score, str)


class StandingForm(forms.Form):
    score = forms.IntegerField(
        label=_("Your CRS score"),
        min_value=0,
        max_value=MAX_SCORE,
        help_text=_with_max_score_lazy(gettext_noop("A whole number from 0 to %(max)s.")),
        error_messages={
            "required": _with_max_score_lazy(gettext_noop("Enter your CRS score, a whole number from 0 to %(max)s.")),
            "invalid": _("Enter your CRS score as a whole number, like 475."),
            "min_value": _("A CRS score cannot be below 0."),
            "max_value": _with_max_score_lazy(gettext_noop("A CRS score cannot be above %(max)s.")),
        },
        widget=forms.NumberInput(attrs={"inputmode": "numeric", "autocomplete": "off"}),
    )


class DrawFilterForm(forms.Form):
    category = forms.ChoiceField(
        label=_("Draw type"),
        required=False,
        choices=[("", _("All draw types")), *Category.choices],
    )
    year = forms.TypedChoiceField(label=_("Year"), required=False, coerce=int, empty_value=None)

    def __init__(self, *args, years=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["year"].choices = [("", _("All years")), *((str(y), str(y)) for y in years)]
