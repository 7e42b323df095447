"""The draw history in the Django admin (staff only, Django's default).

Every save and delete goes through `draws.services`, which gives the data a new version, so an
edit shows on every comparison at once; the fields an admin changes are remembered, and an
import keeps them unless told to overwrite.  "Refresh from IRCC now" and "Import a feed file"
run the same code as `refresh_draws` and `import_draws`.
"""

import csv
from datetime import UTC, datetime

from django import forms
from django.conf import settings
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.urls import path, reverse
from django.utils import timezone
from django.utils.translation import gettext as _t
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_POST

from .feed import FeedError, category_for, decode_feed
from .fetch import MAX_BYTES
from .models import Category, Draw, PoolBand, PoolSnapshot
from .services import (
    DRAW_FIELDS,
    draw_admin_edited,
    draw_data_changed,
    import_feed_text,
    lock_draw_data,
    refresh_from_url,
    shown_value,
)


class YearFilter(admin.SimpleListFilter):
    title = _("year")
    parameter_name = "year"

    def lookups(self, request, model_admin):
        years = Draw.objects.dates("date", "year", order="DESC")
        return [(str(day.year), str(day.year)) for day in years]

    def queryset(self, request, queryset):
        if self.value() and self.value().isdigit():
            return queryset.filter(date__year=int(self.value()))
        return queryset


# A cell starting with one of these opens as a formula in a spreadsheet (tab and carriage return are
# skipped by some before they look for one): written with a leading apostrophe, it opens as text.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def csv_cell(value):
    """``value`` safe to open in a spreadsheet: text that could be read as a formula is escaped."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


class FormulaSafeWriter:
    """A ``csv.writer`` whose every cell goes through ``csv_cell``."""

    def __init__(self, writer):
        self._writer = writer

    def writerow(self, row):
        return self._writer.writerow([csv_cell(value) for value in row])


CSV_COLUMNS = ("number", "date", "name", "category", "invitations", "cutoff", "tie_break", "programs")


@admin.action(description=_("Export the selected draws as CSV"))
def export_csv(modeladmin, request, queryset):
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="draws.csv"'
    writer = FormulaSafeWriter(csv.writer(response))
    writer.writerow(CSV_COLUMNS)
    for draw in queryset.order_by("date", "sequence"):
        writer.writerow(
            [
                draw.number,
                draw.date.isoformat(),
                draw.name,
                draw.category,
                draw.invitations,
                draw.cutoff,
                draw.tie_break.strftime("%Y-%m-%dT%H:%M:%SZ") if draw.tie_break else "",
                draw.programs,
            ]
        )
    return response


class UTCDateTimeField(forms.DateTimeField):
    """Entered and shown in UTC, as IRCC publishes the tie-breaking rule, whatever the site's
    time zone (Ottawa) is."""

    widget = forms.TextInput(attrs={"class": "vTextField", "placeholder": "2026-09-16 14:23:49"})

    def prepare_value(self, value):
        if isinstance(value, datetime):
            return value.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S")
        return value

    def to_python(self, value):
        with timezone.override(UTC):
            return super().to_python(value)


class DrawAdminForm(forms.ModelForm):
    tie_break = UTCDateTimeField(
        label=_("tie-breaking rule (UTC)"),
        required=False,
        help_text=_(
            "As IRCC publishes it, in UTC: candidates at the cut-off were invited if their profile "
            "was created before this moment. Format: 2026-09-16 14:23:49."
        ),
    )
    drawn_at = UTCDateTimeField(label=_("time of the round (UTC)"), required=False)
    category_confirmed = forms.BooleanField(
        label=_("Keep this category although the published name says otherwise"), required=False
    )

    class Meta:
        model = Draw
        fields = ("number", *DRAW_FIELDS)

    def clean_date(self):
        day = self.cleaned_data["date"]
        if day > timezone.localdate():
            raise forms.ValidationError(_("A round cannot be dated in the future."), code="future")
        return day

    def clean(self):
        cleaned = super().clean()
        name, category = cleaned.get("name"), cleaned.get("category")
        if name and category and not cleaned.get("category_confirmed"):
            expected = category_for(name)
            if expected != category:
                self.add_error(
                    "category",
                    forms.ValidationError(
                        _(
                            "The published name reads as “%(expected)s”, not “%(category)s”. Correct one of "
                            "them, or tick “Keep this category” below to save it as it is."
                        ),
                        code="category_contradicts_name",
                        params={"expected": Category(expected).label, "category": Category(category).label},
                    ),
                )
        return cleaned


class ChangesDrawData:
    """Admin deletes take the import lock first and give the draw data a new version, as imports
    and saves do, so every page sees the change at once."""

    def delete_model(self, request, obj):
        lock_draw_data()
        super().delete_model(request, obj)
        draw_data_changed()

    def delete_queryset(self, request, queryset):
        lock_draw_data()
        super().delete_queryset(request, queryset)
        draw_data_changed()


@admin.register(Draw)
class DrawAdmin(ChangesDrawData, admin.ModelAdmin):
    form = DrawAdminForm
    change_list_template = "admin/draws/draw/change_list.html"
    list_display = ("number", "date", "name", "category", "invitations", "cutoff", "edited")
    list_filter = ("category", YearFilter)
    search_fields = ("number", "name", "programs")
    date_hierarchy = "date"
    ordering = ("-date", "-sequence")
    actions = [export_csv]
    list_per_page = 50
    raw_id_fields = ("pool_snapshot",)
    readonly_fields = ("edited",)

    class Media:
        css = {"all": ["css/admin-draws.css"]}

    fields = (
        "number",
        "date",
        "name",
        "category",
        "category_confirmed",
        "invitations",
        "cutoff",
        "tie_break",
        "drawn_at",
        "programs",
        "pool_snapshot",
        "edited",
    )

    @admin.display(description=_("edited in the admin"))
    def edited(self, draw: Draw) -> str:
        return ", ".join(draw.edited_fields) or "—"

    def save_model(self, request, obj, form, change):
        lock_draw_data()  # first, as an import does: the two never wait on each other's rows
        super().save_model(request, obj, form, change)
        draw_admin_edited(draw=obj, changed=form.changed_data, adding=not change)

    def construct_change_message(self, request, form, formsets, add=False):
        """What changed, with the old and the new value (the default names only the fields)."""
        if add:
            return super().construct_change_message(request, form, formsets, add)
        changes = [
            f"{form.fields[name].label}: {shown_value(form.initial.get(name))} → {shown_value(form.cleaned_data.get(name))}"
            for name in form.changed_data
            if name != "category_confirmed"
        ]
        return _t("Changed %(changes)s.") % {"changes": "; ".join(changes)} if changes else ""

    def get_urls(self):
        return [
            path("refresh/", self.admin_site.admin_view(self.refresh_view), name="draws_draw_refresh"),
            path("import-feed/", self.admin_site.admin_view(self.import_view), name="draws_draw_import"),
            *super().get_urls(),
        ]

    def refresh_view(self, request):
        """ "Refresh from IRCC now": what `refresh_draws` does, reported here."""
        return require_POST(self._refresh)(request)

    def _refresh(self, request):
        self._check_import_permission(request)
        try:
            report = refresh_from_url(
                url=settings.DRAWS_FEED_URL,
                user=request.user,
                overwrite_edits=bool(request.POST.get("overwrite_edits")),
            )
        except FeedError as error:
            self.message_user(request, _t("Nothing imported: %(error)s") % {"error": error}, messages.ERROR)
        else:
            self._report(request, report)
        return HttpResponseRedirect(reverse("admin:draws_draw_changelist"))

    def import_view(self, request):
        """ "Import a feed file": what `import_draws FILE` does, from an upload."""
        self._check_import_permission(request)
        form = FeedUploadForm(request.POST or None, request.FILES or None)
        if request.method == "POST" and form.is_valid():
            upload = form.cleaned_data["feed"]
            try:
                if upload.size > MAX_BYTES:
                    raise FeedError(_t("the file is over the %(limit)s-byte limit") % {"limit": MAX_BYTES})
                report = import_feed_text(
                    text=decode_feed(upload.read()),
                    label=upload.name,
                    user=request.user,
                    overwrite_edits=form.cleaned_data["overwrite_edits"],
                    dry_run=form.cleaned_data["dry_run"],
                )
            except FeedError as error:
                form.add_error("feed", _t("Nothing imported: %(error)s") % {"error": error})
            else:
                self._report(request, report)
                return HttpResponseRedirect(reverse("admin:draws_draw_changelist"))
        context = {
            **self.admin_site.each_context(request),
            "opts": self.model._meta,
            "title": _t("Import a feed file"),
            "form": form,
        }
        return render(request, "admin/draws/draw/import_feed.html", context)

    def _check_import_permission(self, request):
        if not (self.has_add_permission(request) and self.has_change_permission(request)):
            raise PermissionDenied

    def _report(self, request, report):
        self.message_user(request, report.summary(), messages.SUCCESS)
        for line in report.details():
            self.message_user(request, line, messages.INFO)


class FeedUploadForm(forms.Form):
    feed = forms.FileField(
        label=_("Feed file"), help_text=_("IRCC's ee_rounds_123_en.json, or a file in the same format.")
    )
    overwrite_edits = forms.BooleanField(label=_("Replace the fields edited in the admin"), required=False)
    dry_run = forms.BooleanField(label=_("Dry run: say what would change and write nothing"), required=False)


class PoolBandInline(admin.TabularInline):
    model = PoolBand
    extra = 0


@admin.register(PoolSnapshot)
class PoolSnapshotAdmin(ChangesDrawData, admin.ModelAdmin):
    list_display = ("as_of", "total")
    date_hierarchy = "as_of"
    inlines = [PoolBandInline]

    def save_related(self, request, form, formsets, change):
        lock_draw_data()
        super().save_related(request, form, formsets, change)
        draw_data_changed()
