from django.contrib import admin

from calculator.models import SavedResult


@admin.register(SavedResult)
class SavedResultAdmin(admin.ModelAdmin):
    """Read-only: a saved result is a record of what someone was shown. Deleting is allowed
    (a takedown request); changing is not."""

    list_display = ("public_id", "total", "rules", "created_at")
    list_filter = ("rules",)
    date_hierarchy = "created_at"
    readonly_fields = ("public_id", "profile", "rules", "breakdown", "created_at")
    search_fields = ("public_id",)

    @admin.display(description="total")
    def total(self, obj):
        return obj.total

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False
