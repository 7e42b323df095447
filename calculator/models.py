"""Saved results: the one thing the calculator keeps, so a result can be shared as a link.

A saved result is a record of what was computed, not a live object: the answers (profile format),
the rule set and the breakdown exactly as shown, frozen. Rule tables may be corrected later; a link
someone already sent must keep showing what they saw. So there is no update path at all.

Nor is it kept forever: a saved result lives ``SAVED_RESULT_LIFETIME_DAYS`` (default 365) from the
day it was made. The share page says until when; after that it answers 410 until the
``purge_saved_results`` command deletes it. The browser that made a link can delete it sooner.
"""

import secrets
from datetime import datetime, timedelta

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

PUBLIC_ID_BYTES = 22  # 176 random bits, 30 URL-safe characters


def new_public_id() -> str:
    return secrets.token_urlsafe(PUBLIC_ID_BYTES)


class ImmutableResultError(RuntimeError):
    """A saved result was asked to change."""


def lifetime() -> timedelta:
    return timedelta(days=settings.SAVED_RESULT_LIFETIME_DAYS)


class SavedResultQuerySet(models.QuerySet):
    def expired(self, *, now: datetime | None = None):
        return self.filter(created_at__lte=(now or timezone.now()) - lifetime())

    def update(self, **kwargs):
        raise ImmutableResultError("saved results never change")

    update.queryset_only = True


class SavedResult(models.Model):
    public_id = models.CharField(_("public id"), max_length=40, unique=True, default=new_public_id, editable=False)
    profile = models.JSONField(_("answers"), help_text=_("In the CRS profile format; nothing personal."))
    rules = models.CharField(_("rule set"), max_length=10)
    breakdown = models.JSONField(_("breakdown"))
    eligibility_answers = models.JSONField(
        _("eligibility answers"),
        default=dict,
        blank=True,
        help_text=_("The answers to the eligibility questions given by then, which decide the rounds shown."),
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True, db_index=True)

    objects = SavedResultQuerySet.as_manager()

    class Meta:
        verbose_name = _("saved result")
        verbose_name_plural = _("saved results")
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return f"{self.public_id} ({self.breakdown.get('total')})"

    def save(self, *args, **kwargs):
        if not self._state.adding:
            raise ImmutableResultError("saved results never change; create a new one")
        kwargs["force_insert"] = True
        super().save(*args, **kwargs)

    @property
    def expires_at(self) -> datetime:
        return self.created_at + lifetime()

    def is_expired(self, *, now: datetime | None = None) -> bool:
        return (now or timezone.now()) >= self.expires_at

    @property
    def total(self) -> int:
        return self.breakdown["total"]
