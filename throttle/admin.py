"""Admin sign-in lockouts, for staff: who is counted, how many attempts, whether locked and until
when; "Unlock" deletes the counter, so the next attempt starts a fresh budget."""

from django.contrib import admin, messages
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from .models import SignInLockout


@admin.register(SignInLockout)
class SignInLockoutAdmin(admin.ModelAdmin):
    list_display = ("label", "attempts", "allowed", "is_locked", "expires")
    ordering = ("-expires",)
    search_fields = ("label",)
    actions = ["unlock"]

    def get_queryset(self, request):
        return SignInLockout.objects.current()

    @admin.display(description=_("attempts"), ordering="count")
    def attempts(self, obj):
        return obj.count

    @admin.display(description=_("allowed"))
    def allowed(self, obj):
        return obj.limit

    @admin.display(description=_("locked out"), boolean=True)
    def is_locked(self, obj):
        return obj.locked

    @admin.action(description=_("Unlock the selected"), permissions=["delete"])
    def unlock(self, request, queryset):
        unlocked, _by_model = queryset.delete()
        self.message_user(
            request,
            ngettext("%(count)d sign-in counter cleared.", "%(count)d sign-in counters cleared.", unlocked)
            % {"count": unlocked},
            messages.SUCCESS,
        )

    def get_actions(self, request):
        actions = super().get_actions(request)
        actions.pop("delete_selected", None)
        return actions

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False
