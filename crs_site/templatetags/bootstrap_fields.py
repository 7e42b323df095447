"""``{{ field|as_bootstrap_field }}``: the one way a form field is rendered on this site, in both
apps: crispy-forms' Bootstrap 5 field layout (``{{ field|as_crispy_field }}``: label, widget,
errors, help text, with Django's ``aria-invalid`` and ``aria-describedby``), built in Python.
Templates render every field through this filter and never write a field's control, nor call
crispy, themselves (tests/test_form_rendering.py).

Why here: the calculator and the draws pages both render forms, and ``draws`` never imports
``calculator`` (docs/architecture.md).  The site's look belongs to the site, so the library lives in
``crs_site`` (an installed app for its template libraries), which every app's templates may load.

Why in Python: crispy renders each field through a dozen nested templates, and Django's select
renders each option through two more; the Languages step's fields cost some 30 ms a page that way,
and about 1 ms this way (``make profile``: "crispy field" against "field laid out in Python").  The
markup is the same elements, attributes and text (tests/test_bootstrap_fields.py compares the two
for every field of every form of both apps, in both languages, with and without errors); only the
whitespace between tags differs.  The widget's own attributes, value and options still come from
Django (``build_widget_attrs``, ``get_context``), so a widget subclass (``TestSelect``'s
``data-language``, ``RadioSelect``'s single autofocus) is honoured.  Widgets this does not know
(checkboxes, files, hidden, multi-widgets) go to crispy itself, so the filter is never wrong, only
slower.
"""

from __future__ import annotations

from functools import lru_cache
from html import escape

from django import forms, template
from django.forms.widgets import Input
from django.utils.safestring import SafeString, mark_safe

register = template.Library()


@register.filter
def as_bootstrap_field(field) -> SafeString:
    widget = field.field.widget
    if isinstance(widget, forms.RadioSelect) and not isinstance(widget, forms.CheckboxSelectMultiple):
        body = _radios(field, widget)
    elif isinstance(widget, forms.Select) and not widget.allow_multiple_selected:
        body = _control(field, widget, "form-select") + _errors(field) + _help(field)
    elif isinstance(widget, Input) and not isinstance(
        widget, forms.CheckboxInput | forms.FileInput | forms.HiddenInput
    ):
        body = _control(field, widget, "form-control") + _errors(field) + _help(field)
    else:
        from crispy_forms.templatetags.crispy_forms_filters import as_crispy_field

        return as_crispy_field(field)
    return mark_safe(
        f'<div id="div_{_e(field.auto_id)}" class="mb-3{_css_classes(field)}">{_label(field)}{body}{_close_fieldset(field)}</div>'
    )


def _e(value) -> str:
    """What ``{{ value }}`` prints with autoescape on: Django's ``conditional_escape`` (safe text as
    it is, anything else through ``html.escape``), without its lazy-text wrapper on every call."""
    if hasattr(value, "__html__"):
        return value.__html__()
    return _escaped(str(value))


# A page escapes some 350 texts, nearly all the same labels, values and attributes every time.
_escaped = lru_cache(maxsize=4096)(escape)


def _css_classes(field) -> str:
    classes = field.css_classes()
    return f" {_e(classes)}" if classes else ""


def _label(field) -> str:
    """The label (a legend in a fieldset for a radio group), as crispy's field.html writes it;
    the fieldset stays open around the widget and is closed by ``_close_fieldset``."""
    if not field.label:
        return ""
    required = field.field.required
    star = '<span class="asteriskField">*</span>' if required else ""
    classes = "form-label" + (" requiredField" if required else "") + (" fs-6" if field.use_fieldset else "")
    target = field.id_for_label
    for_attr = f' for="{_e(target)}"' if target else ""
    tag = "legend" if field.use_fieldset else "label"
    opening = ""
    if field.use_fieldset:
        described = field.aria_describedby
        opening = f'<fieldset aria-describedby="{_e(described)}">' if described else "<fieldset>"
    return f'{opening}<{tag}{for_attr} class="{classes}">{_e(field.label)}{star}</{tag}>'


def _close_fieldset(field) -> str:
    return "</fieldset>" if field.use_fieldset and field.label else ""


def _control(field, widget, bootstrap_class: str) -> str:
    """The widget with the classes crispy's ``crispy_field`` tag gives it (the widget's class name,
    then Bootstrap's), rendered as Django's select.html or input.html would."""
    own = dict(widget.attrs)
    name = widget.__class__.__name__.lower()
    existing = own.get("class", "")
    own["class"] = (existing if name in existing else f"{existing} {name}") if existing else name
    for extra in (bootstrap_class, "is-invalid") if field.errors else (bootstrap_class,):
        if extra not in own["class"].split():
            own["class"] += " " + extra
    attrs = field.build_widget_attrs({}, widget)
    if field.auto_id and "id" not in widget.attrs:
        attrs.setdefault("id", field.auto_id)
    if _plain_select(widget):
        return _select_without_option_dicts(
            field.html_name, widget.build_attrs(own, attrs), widget.choices, widget.format_value(field.value())
        )
    saved = widget.attrs
    widget.attrs = own
    try:
        context = widget.get_context(field.html_name, field.value(), attrs)["widget"]
    finally:
        widget.attrs = saved
    if isinstance(widget, forms.Select):
        return _select(context)
    value = context["value"]
    value_attr = f' value="{_e(value)}"' if value is not None else ""
    return f'<input type="{_e(context["type"])}" name="{_e(context["name"])}"{value_attr}{_attrs(context["attrs"])}>'


def _select(context) -> str:
    parts = [f'<select name="{_e(context["name"])}"{_attrs(context["attrs"])}>']
    for group_name, options, _index in context["optgroups"]:
        if group_name:
            parts.append(f'\n  <optgroup label="{_e(group_name)}">')
        for option in options:
            parts.append(
                f'\n  <option value="{_e(option["value"])}"{_attrs(option["attrs"])}>{_e(option["label"])}</option>'
            )
        if group_name:
            parts.append("\n  </optgroup>")
    parts.append("\n</select>")
    return "".join(parts)


def _plain_select(widget) -> bool:
    """A select that uses Django's own options (no subclass changing them, one value)."""
    kind = type(widget)
    return (
        isinstance(widget, forms.Select)
        and kind.optgroups is forms.Select.optgroups
        and kind.create_option is forms.Select.create_option
        and kind.get_context is forms.Select.get_context
        and not widget.allow_multiple_selected
        and not widget.option_inherits_attrs
    )


def _select_without_option_dicts(name, attrs, choices, values) -> str:
    """``ChoiceWidget.optgroups`` and select.html in one pass: the same options, selected the same
    way (the first choice equal to the value, compared as text), without a dict per option."""
    parts = [f'<select name="{_e(name)}"{_attrs(attrs)}>']
    has_selected = False
    for option_value, option_label in choices:
        grouped = isinstance(option_label, list | tuple)
        group_name = ("" if option_value is None else option_value) if grouped else None
        if group_name:
            parts.append(f'\n  <optgroup label="{_e(group_name)}">')
        for value, label in option_label if grouped else ((option_value, option_label),):
            value = "" if value is None and not grouped else value
            selected = not has_selected and str(value) in values
            has_selected |= selected
            parts.append(f'\n  <option value="{_e(value)}"{" selected" if selected else ""}>{_e(label)}</option>')
        if group_name:
            parts.append("\n  </optgroup>")
    parts.append("\n</select>")
    return "".join(parts)


def _attrs(attrs: dict) -> str:
    """Django's attrs.html: ``True`` is a bare attribute, ``False`` leaves it out."""
    return "".join(
        f" {_e(name)}" if value is True else f' {_e(name)}="{_e(value)}"'
        for name, value in attrs.items()
        if value is not False
    )


def _radios(field, widget) -> str:
    """crispy's radio_checkbox_select.html: one form-check per option, the errors after the last."""
    id_ = widget.attrs.get("id") or field.auto_id
    attrs = field.build_widget_attrs({"id": id_} if id_ else {})
    groups = widget.optgroups(field.html_name, widget.format_value(field.value()), attrs)
    invalid = " is-invalid" if field.errors else ""
    name = _e(field.html_name)
    parts = ["<div >"]
    for group_number, (group, options, _index) in enumerate(groups, start=1):
        if group:
            parts.append(f"<strong>{_e(group)}</strong>")
        for number, option in enumerate(options, start=1):
            parts.append(
                f'<div class="form-check"><input type="{_e(option["type"])}" class="form-check-input{invalid}"  '
                f'name="{name}" value="{_e(option["value"])}" {_attrs(option["attrs"])}>'
                f'<label for="{_e(option["attrs"].get("id", ""))}" class="form-check-label">{_e(option["label"])}</label>'
            )
            if number == len(options) and group_number == len(groups):
                parts.append(_errors(field))
            parts.append("</div>")
    parts.append("</div>")
    return "".join(parts) + _help(field)


def _errors(field) -> str:
    errors = field.errors
    if not errors:
        return ""
    field_id = _e(getattr(errors, "field_id", None))
    auto_id = _e(field.auto_id)
    items = "".join(
        f'<p id="error_{number}_{auto_id}"><strong>{_e(error)}</strong></p>' for number, error in enumerate(errors, 1)
    )
    return f'<div id="{field_id}_error" class="invalid-feedback">{items}</div>'


def _help(field) -> str:
    """crispy prints the help text as it is (``|safe``); a lazy one is worked out once here."""
    text = str(field.help_text)
    if not text:
        return ""
    id_attr = f'id="{_e(field.auto_id)}_helptext" ' if field.auto_id else ""
    return f'<div {id_attr}class="form-text">{text}</div>'
