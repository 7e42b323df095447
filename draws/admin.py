"""The draw history in the Django admin (staff only, Django's default).
An edit here shows on every comparison at once: nothing is cached."""

import csv

from django.contrib import admin
from django.http import HttpResponse
from django.utils.translation import gettext_lazy as _

from .models import Draw, PoolBand, PoolSnapshot


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


@admin.register(Draw)
class DrawAdmin(admin.ModelAdmin):
    list_display = ("number", "date", "name", "category", "invitations", "cutoff")
    list_filter = ("category", YearFilter)
    search_fields = ("number", "name", "programs")
    date_hierarchy = "date"
    ordering = ("-date", "-sequence")
    actions = [export_csv]
    list_per_page = 50
    raw_id_fields = ("pool_snapshot",)
    fields = (
        "number",
        "date",
        "name",
        "category",
        "invitations",
        "cutoff",
        "tie_break",
        "drawn_at",
        "programs",
        "pool_snapshot",
    )


class PoolBandInline(admin.TabularInline):
    model = PoolBand
    extra = 0


@admin.register(PoolSnapshot)
class PoolSnapshotAdmin(admin.ModelAdmin):
    list_display = ("as_of", "total")
    date_hierarchy = "as_of"
    inlines = [PoolBandInline]
