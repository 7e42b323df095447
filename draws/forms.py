"""Forms of the public draws pages (GET forms: results are shareable links)."""

from django import forms
from django.utils.translation import gettext_lazy as _

from crs.vocabulary import MAX_SCORE

from .models import Category


class StandingForm(forms.Form):
    score = forms.IntegerField(
        label=_("Your CRS score"),
        min_value=0,
        max_value=MAX_SCORE,
        help_text=_("A whole number from 0 to 1200."),
        error_messages={
            "required": _("Enter your CRS score, a whole number from 0 to 1200."),
            "invalid": _("Enter your CRS score as a whole number, like 475."),
            "min_value": _("A CRS score cannot be below 0."),
            "max_value": _("A CRS score cannot be above 1200."),
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
