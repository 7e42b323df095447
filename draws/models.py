"""Rounds of invitations as IRCC publishes them, and the pool's CRS distribution."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from crs.vocabulary import MAX_SCORE

from .feed import FeedError, number_sequence
from .names import ROUND_NAMES, published_name

CRS_MAX = MAX_SCORE


class Category(models.TextChoices):
    """A stable grouping of IRCC's published draw names, which change over
    the years (see draws.feed.category_for). "trades" also holds the Federal
    Skilled Trades program rounds of 2017-2023 (each row shows its published
    name), "other" the Federal Skilled Worker rounds and the narrow 2026
    categories. The labels are the draw types' names (draws.names.ROUND_NAMES)."""

    GENERAL = "general", ROUND_NAMES["general"]
    CEC = "cec", ROUND_NAMES["cec"]
    PNP = "pnp", ROUND_NAMES["pnp"]
    FRENCH = "french", ROUND_NAMES["french"]
    HEALTHCARE = "healthcare", ROUND_NAMES["healthcare"]
    STEM = "stem", ROUND_NAMES["stem"]
    TRADES = "trades", ROUND_NAMES["trades"]
    TRANSPORT = "transport", ROUND_NAMES["transport"]
    AGRICULTURE = "agriculture", ROUND_NAMES["agriculture"]
    EDUCATION = "education", ROUND_NAMES["education"]
    OTHER = "other", ROUND_NAMES["other"]


def validate_draw_number(value: str) -> None:
    try:
        number_sequence(value)
    except FeedError:
        raise ValidationError(
            _("Enter the number as published: digits, optionally followed by one letter (91a)."),
            code="invalid_number",
        ) from None


class DrawQuerySet(models.QuerySet):
    def in_category(self, category: str | None) -> DrawQuerySet:
        return self.filter(category=category) if category else self

    def in_year(self, year: int | None) -> DrawQuerySet:
        return self.filter(date__year=year) if year else self

    def newest_first(self) -> DrawQuerySet:
        return self.order_by("-date", "-sequence")


class Draw(models.Model):
    number = models.CharField(
        _("number"),
        max_length=8,
        unique=True,
        validators=[validate_draw_number],
        help_text=_("As published, e.g. 434 or 91a."),
    )
    sequence = models.PositiveIntegerField(
        _("order"),
        editable=False,
        db_index=True,
        help_text=_("Sort key from the number: 91a and 91b sort between 91 and 92."),
    )
    date = models.DateField(_("date"), db_index=True)
    name = models.CharField(_("name as published"), max_length=200)
    category = models.CharField(_("category"), max_length=16, choices=Category.choices, db_index=True)
    invitations = models.PositiveIntegerField(_("invitations"), validators=[MinValueValidator(1)])
    cutoff = models.PositiveSmallIntegerField(
        _("CRS cut-off"),
        validators=[MinValueValidator(0), MaxValueValidator(CRS_MAX)],
        help_text=_("Score of the lowest-ranked candidate invited. PNP draws include the 600 nomination points."),
    )
    tie_break = models.DateTimeField(
        _("tie-breaking rule"),
        null=True,
        blank=True,
        help_text=_("Candidates at the cut-off were invited if their profile was created before this moment (UTC)."),
    )
    drawn_at = models.DateTimeField(_("time of the round"), null=True, blank=True)
    programs = models.CharField(_("eligible programs"), max_length=300, blank=True)
    pool_snapshot = models.ForeignKey(
        "PoolSnapshot",
        verbose_name=_("pool distribution published with it"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="draws",
    )
    # Fields an admin changed by hand: an import keeps them unless told to overwrite.
    edited_fields = models.JSONField(_("fields edited in the admin"), default=list, blank=True, editable=False)

    objects = DrawQuerySet.as_manager()

    class Meta:
        ordering = ["-date", "-sequence"]
        verbose_name = _("draw")
        verbose_name_plural = _("draws")
        constraints = [
            models.CheckConstraint(condition=models.Q(cutoff__gte=0, cutoff__lte=CRS_MAX), name="draw_cutoff_0_1200"),
            models.CheckConstraint(condition=models.Q(invitations__gt=0), name="draw_invitations_positive"),
        ]

    def __str__(self) -> str:
        return f"#{self.number} {self.date:%Y-%m-%d} {self.name}"

    def save(self, *args, **kwargs):
        self.sequence = number_sequence(self.number)
        super().save(*args, **kwargs)

    @property
    def display_name(self) -> str:
        """The published name in the reader's language (draws.names)."""
        return published_name(self.name, self.category)


class PoolSnapshot(models.Model):
    """The CRS distribution of the candidates in the pool on one date."""

    as_of = models.DateField(_("as of"), unique=True)
    total = models.PositiveIntegerField(_("candidates in the pool"))

    class Meta:
        ordering = ["-as_of"]
        get_latest_by = "as_of"
        verbose_name = _("pool distribution")
        verbose_name_plural = _("pool distributions")

    def __str__(self) -> str:
        return f"{self.as_of:%Y-%m-%d} ({self.total:,})"


class PoolBand(models.Model):
    """One non-overlapping score range of a snapshot (601 to the maximum, 501-600,
    491-500 … 401-410 in tens, 351-400, 301-350, 0-300)."""

    snapshot = models.ForeignKey(PoolSnapshot, on_delete=models.CASCADE, related_name="bands")
    crs_min = models.PositiveSmallIntegerField(_("from"))
    crs_max = models.PositiveSmallIntegerField(_("to"))
    count = models.PositiveIntegerField(_("candidates"))

    class Meta:
        ordering = ["snapshot", "-crs_min"]
        constraints = [
            models.UniqueConstraint(fields=["snapshot", "crs_min"], name="pool_band_unique_min"),
            models.CheckConstraint(condition=models.Q(crs_min__lte=models.F("crs_max")), name="pool_band_ordered"),
        ]

    def __str__(self) -> str:
        return f"{self.crs_min}-{self.crs_max}: {self.count:,}"


class DrawData(models.Model):
    """One row: the version of the draw history and what was built from it.

    Every write to the rounds or the pool goes through `draws.services`, which
    gives the data a new `version` and rebuilds `payload` (every round and the
    latest pool distribution, as plain lists) in the same transaction.  Pages
    read the version (one small query) and keep what they computed from a
    payload in process memory under that version: several servers each read
    the version from the shared database, so none serves stale rounds after an
    import or an admin edit.  The version is random, not a counter, so a
    rolled-back write can never reuse one.  The row is also the lock that
    serialises imports (select_for_update).
    """

    version = models.CharField(max_length=32)
    payload = models.JSONField(null=True, blank=True)
    changed_at = models.DateTimeField(null=True, blank=True)
    checked_at = models.DateTimeField(
        null=True, blank=True, help_text="Last time IRCC's feed was read successfully, changed or not."
    )

    class Meta:
        verbose_name = "draw data version"

    def __str__(self) -> str:
        return self.version


class FeedSource(models.Model):
    """What a feed URL last answered, for conditional requests."""

    url = models.URLField(max_length=500, unique=True)
    etag = models.CharField(max_length=200, blank=True)
    last_modified = models.CharField(max_length=100, blank=True)
    checked_at = models.DateTimeField(null=True, blank=True)

    def __str__(self) -> str:
        return self.url
