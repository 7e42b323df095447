"""Rate-limit counters, kept in the database so every app server sees the same
count (the cache API's ``incr`` is a read-then-write on the database cache, so
two servers could both read 4 and both write 5)."""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class RateCounter(models.Model):
    """Hits of one client in one fixed window of one limit."""

    key = models.CharField(max_length=191, primary_key=True)
    count = models.PositiveIntegerField(default=0)
    expires = models.DateTimeField(db_index=True)
    # Who is counted, in words: only the admin sign-in limits fill it (shown in the admin).
    label = models.CharField(_("who"), max_length=200, blank=True, default="")

    def __str__(self) -> str:
        return f"{self.key}: {self.count}"


class SignInLockoutQuerySet(models.QuerySet):
    def current(self):
        from .admin_login import ADDRESS_SCOPE, USER_SCOPE

        return self.filter(
            models.Q(key__startswith=f"{USER_SCOPE}:") | models.Q(key__startswith=f"{ADDRESS_SCOPE}:"),
            expires__gt=timezone.now(),
        )


class SignInLockout(RateCounter):
    """The admin sign-in counters of the current windows, for staff to see and lift."""

    objects = SignInLockoutQuerySet.as_manager()

    class Meta:
        proxy = True
        verbose_name = _("admin sign-in lockout")
        verbose_name_plural = _("admin sign-in lockouts")

    @property
    def limit(self) -> int:
        from .admin_login import ADDRESS_SCOPE, FAILURES_PER_ADDRESS, FAILURES_PER_USERNAME

        return FAILURES_PER_ADDRESS if self.key.startswith(f"{ADDRESS_SCOPE}:") else FAILURES_PER_USERNAME

    @property
    def locked(self) -> bool:
        return self.count >= self.limit
