"""The box a scenario's name is typed in, on the result page ("Try a change"), the scenarios page
("New scenario") and the scenario editor's first step: a Django field, so it is laid out like every
other field (``as_bootstrap_field``).  The views read ``name`` from the POST as before and the store
tidies it (spaces, ``MAX_NAME`` characters; a blank name becomes "Scenario N"), so the field never
refuses a name; the box only keeps a person from typing more than is kept."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from calculator.scenarios.store import MAX_NAME

LABELS = {
    "try-change": _("Name of the scenario (optional)"),
    "new-scenario": _("Name (optional)"),
    "scenario": _("Name of this scenario"),
}

PLACEHOLDERS = {"new-scenario": _("For example: IELTS 8 everywhere")}


class ScenarioNameForm(forms.Form):
    name = forms.CharField(required=False, widget=forms.TextInput(attrs={"maxlength": MAX_NAME}))

    def __init__(self, *args, where: str, **kwargs):
        """``where`` (a key of LABELS) gives the label and the box's id (``<where>-name``)."""
        super().__init__(*args, auto_id=f"{where}-%s", **kwargs)
        self.fields["name"].label = LABELS[where]
        if where in PLACEHOLDERS:
            self.fields["name"].widget.attrs["placeholder"] = PLACEHOLDERS[where]
