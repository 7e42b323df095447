"""Writes to the draw history.

Every write goes through here: an import (file, standard input, IRCC's feed, the admin's upload
or its "Refresh from IRCC now") and an admin edit.  Each one takes the lock on the `DrawData`
row, so two imports at once run one after the other, and ends with `draw_data_changed`, which
gives the data a new version: the pages key what they computed from the rounds by that version.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime

from django.conf import settings
from django.contrib.admin.models import ADDITION, CHANGE, LogEntry
from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.utils import timezone

from .feed import PoolRecord, RoundRecord, number_sequence, parse_feed
from .fetch import TIMEOUT_SECONDS, fetch
from .models import Draw, DrawData, FeedSource, PoolBand, PoolSnapshot
from .payload import build_payload

DRAW_FIELDS = (
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
# Who the admin history names for an import run from the command line or a timer.
IMPORT_USERNAME = "draws-import"


@dataclass
class ImportReport:
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    pools_created: int = 0
    pools_updated: int = 0
    pools_unchanged: int = 0
    created_numbers: list[str] = field(default_factory=list)
    updated_numbers: list[str] = field(default_factory=list)
    # Rows whose admin-edited fields the feed disagreed with and the import left alone:
    # number → the fields kept.
    kept: dict[str, list[str]] = field(default_factory=dict)
    changes: dict[str, list[str]] = field(default_factory=dict)  # number → "field: old → new"
    dry_run: bool = False
    not_modified: bool = False  # the feed answered 304: nothing was read

    @property
    def changed(self) -> bool:
        return bool(self.created or self.updated or self.pools_created or self.pools_updated)

    def summary(self) -> str:
        """One line for a command's output or an admin message."""
        if self.not_modified:
            return "The feed has not changed since the last check (HTTP 304): nothing to import."
        text = (
            f"Draws: {self.created} created, {self.updated} updated, {self.unchanged} unchanged, "
            f"{len(self.kept)} kept. Pool distributions: {self.pools_created} created, "
            f"{self.pools_updated} updated, {self.pools_unchanged} unchanged."
        )
        return f"Dry run, nothing written. {text}" if self.dry_run else text

    def details(self) -> list[str]:
        lines = []
        if self.created_numbers:
            lines.append("Created: " + _numbers(self.created_numbers))
        if self.updated_numbers:
            lines.append("Updated: " + ", ".join(self.updated_numbers))
            lines += [f"  #{number}: " + "; ".join(self.changes[number]) for number in self.updated_numbers]
        if self.kept:
            lines.append(
                "Kept the admin's edits (run with --overwrite-edits to take the feed's values): "
                + ", ".join(f"#{number} ({', '.join(fields)})" for number, fields in self.kept.items())
            )
        return lines


def _numbers(numbers: list[str], shown: int = 12) -> str:
    """A list of draw numbers, shortened past `shown` (a first import creates hundreds)."""
    if len(numbers) <= shown:
        return ", ".join(numbers)
    return ", ".join(numbers[:shown]) + f" and {len(numbers) - shown} more"


def import_rounds(
    *,
    rounds: Iterable[RoundRecord],
    pools: Iterable[PoolRecord],
    overwrite_edits: bool = False,
    dry_run: bool = False,
    user=None,
    source: str = "a feed file",
) -> ImportReport:
    """Upsert rounds by number and pool snapshots by date, all or nothing.

    A round seen twice keeps its last version (files are given oldest first).  A field the row
    does not carry (`RoundRecord.missing`) keeps the value already stored, and so does a field
    an admin edited (`Draw.edited_fields`) unless `overwrite_edits`.  Each created or changed
    draw gets an entry in the admin history saying what changed.  `dry_run` does all of it and
    rolls it back, so the report is exactly what a real run would do.
    """
    report = ImportReport(dry_run=dry_run)
    with transaction.atomic():
        lock_draw_data()
        snapshots = _upsert_pools(pools, report)
        latest = {record.number: record for record in rounds}
        existing = {draw.number: draw for draw in Draw.objects.select_related("pool_snapshot")}
        to_create, to_update = [], []
        for number, record in latest.items():
            values = {
                "date": record.date,
                "name": record.name,
                "category": record.category,
                "invitations": record.invitations,
                "cutoff": record.cutoff,
                "tie_break": record.tie_break,
                "drawn_at": record.drawn_at,
                "programs": record.programs,
                "pool_snapshot": snapshots.get(record.pool_as_of),
            }
            for name in record.missing:
                values.pop(name, None)
            draw = existing.get(number)
            if draw is None:
                to_create.append(Draw(number=number, sequence=number_sequence(number), **values))
                report.created += 1
                report.created_numbers.append(number)
                continue
            differing = [name for name, value in values.items() if _differs(getattr(draw, name), value)]
            kept = [name for name in differing if name in draw.edited_fields and not overwrite_edits]
            taken = [name for name in differing if name not in kept]
            if kept:
                report.kept[number] = kept
            if not taken:
                report.unchanged += 1
                continue
            report.changes[number] = [
                f"{name}: {shown_value(getattr(draw, name))} → {shown_value(values[name])}" for name in taken
            ]
            for name in taken:
                setattr(draw, name, values[name])
            draw.edited_fields = [name for name in draw.edited_fields if name not in taken]
            to_update.append(draw)
            report.updated += 1
            report.updated_numbers.append(number)
        Draw.objects.bulk_create(to_create, batch_size=500)
        Draw.objects.bulk_update(to_update, [*DRAW_FIELDS, "edited_fields"], batch_size=500)
        if report.changed:
            _log_import(report, user=user, source=source)
            draw_data_changed()
        if dry_run:
            transaction.set_rollback(True)
    return report


def import_feed_text(*, text: str, label: str, **options) -> ImportReport:
    """A whole feed document (an upload, standard input): parsed in full before anything is
    written, so one bad round rejects the file (`FeedError`)."""
    rounds, pools = parse_feed(text, label)
    return import_rounds(rounds=rounds, pools=pools, source=label, **options)


def refresh_from_url(*, url: str, overwrite_edits: bool = False, dry_run: bool = False, user=None) -> ImportReport:
    """Fetch IRCC's feed (or any copy of it) and import it.

    The request carries the ETag and Last-Modified the URL last answered, so an unchanged feed
    costs a 304 and no parsing.  A bad or unreachable feed raises `FeedError` and writes
    nothing, not even the time of the check.  The fetch happens before the import takes its
    lock, so a slow feed never holds the database.
    """
    source = FeedSource.objects.filter(url=url).first()
    fetched = fetch(
        url,
        etag=source.etag if source else "",
        last_modified=source.last_modified if source else "",
        timeout=getattr(settings, "DRAWS_FEED_TIMEOUT", TIMEOUT_SECONDS),
    )
    rounds, pools = ([], []) if fetched.not_modified else parse_feed(fetched.text, url)
    with transaction.atomic():
        if fetched.not_modified:
            report = ImportReport(dry_run=dry_run, not_modified=True)
        else:
            report = import_rounds(
                rounds=rounds, pools=pools, overwrite_edits=overwrite_edits, dry_run=dry_run, user=user, source=url
            )
        if not dry_run:
            now = timezone.now()
            FeedSource.objects.update_or_create(
                url=url,
                defaults={"etag": fetched.etag, "last_modified": fetched.last_modified, "checked_at": now},
            )
            DrawData.objects.filter(pk=1).update(checked_at=now)
    return report


def draw_admin_edited(*, draw: Draw, changed: Iterable[str], adding: bool) -> None:
    """An admin saved `draw`: the fields they set are theirs from now on (an import keeps
    them), and the data has a new version.  Call inside the admin's save transaction."""
    lock_draw_data()
    fields = set(DRAW_FIELDS) if adding else set(changed) & set(DRAW_FIELDS)
    if fields - set(draw.edited_fields):
        draw.edited_fields = sorted(set(draw.edited_fields) | fields)
        Draw.objects.filter(pk=draw.pk).update(edited_fields=draw.edited_fields)
    draw_data_changed()


def draw_data_changed() -> None:
    """Give the draw history a new version and rebuild its payload (in the caller's
    transaction: a rolled-back write leaves the old version)."""
    DrawData.objects.update_or_create(
        pk=1,
        defaults={
            "version": uuid.uuid4().hex,
            "payload": build_payload(Draw, PoolSnapshot, PoolBand),
            "changed_at": timezone.now(),
        },
    )


def lock_draw_data() -> DrawData:
    """Take the import lock: the `DrawData` row, locked until the transaction ends (PostgreSQL
    SELECT … FOR UPDATE; SQLite's write transactions are already one at a time)."""
    data, _created = DrawData.objects.select_for_update().get_or_create(pk=1, defaults={"version": uuid.uuid4().hex})
    return data


def _differs(stored, new) -> bool:
    if isinstance(stored, PoolSnapshot) or isinstance(new, PoolSnapshot):
        return getattr(stored, "pk", None) != getattr(new, "pk", None)
    return stored != new


def shown_value(value) -> str:
    if value is None or value == "":
        return "—"
    if isinstance(value, PoolSnapshot):
        return f"pool of {value.as_of:%Y-%m-%d}"
    if isinstance(value, datetime):
        return value.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S UTC")
    return str(value)


def _log_import(report: ImportReport, *, user, source: str) -> None:
    """One admin-history entry per created or updated draw, naming the source and the changes."""
    user = user or _import_user()
    content_type = ContentType.objects.get_for_model(Draw)
    numbers = [*report.created_numbers, *report.updated_numbers]
    draws = {draw.number: draw for draw in Draw.objects.filter(number__in=numbers)}
    now = timezone.now()

    def entry(number: str, flag: int, message: str) -> LogEntry:
        draw = draws[number]
        return LogEntry(
            action_time=now,
            user=user,
            content_type=content_type,
            object_id=str(draw.pk),
            object_repr=str(draw)[:200],
            action_flag=flag,
            change_message=message,
        )

    entries = [entry(number, ADDITION, f"Imported from {source}.") for number in report.created_numbers]
    for number in report.updated_numbers:
        kept = report.kept.get(number)
        message = f"Imported from {source}: " + "; ".join(report.changes[number]) + "."
        if kept:
            message += f" Kept the admin's {', '.join(kept)}."
        entries.append(entry(number, CHANGE, message))
    LogEntry.objects.bulk_create(entries, batch_size=500)


def _import_user():
    """The account the admin history names for unattended imports: it cannot sign in."""
    user_model = get_user_model()
    user, created = user_model.objects.get_or_create(
        **{user_model.USERNAME_FIELD: IMPORT_USERNAME}, defaults={"is_active": False}
    )
    if created:
        user.set_unusable_password()
        user.save(update_fields=["password"])
    return user


def _upsert_pools(pools: Iterable[PoolRecord], report: ImportReport) -> dict:
    by_date = {pool.as_of: pool for pool in pools}
    existing = {snapshot.as_of: snapshot for snapshot in PoolSnapshot.objects.prefetch_related("bands")}
    snapshots = dict(existing)
    new_bands = []
    for as_of, pool in by_date.items():
        snapshot = existing.get(as_of)
        bands = sorted(pool.bands, key=lambda band: -band[0])
        if snapshot is None:
            snapshot = PoolSnapshot.objects.create(as_of=as_of, total=pool.total)
            report.pools_created += 1
        else:
            stored = [(band.crs_min, band.crs_max, band.count) for band in snapshot.bands.all()]
            if stored == bands and snapshot.total == pool.total:
                report.pools_unchanged += 1
                continue
            snapshot.total = pool.total
            snapshot.save(update_fields=["total"])
            snapshot.bands.all().delete()
            report.pools_updated += 1
        snapshots[as_of] = snapshot
        new_bands += [PoolBand(snapshot=snapshot, crs_min=low, crs_max=high, count=count) for low, high, count in bands]
    PoolBand.objects.bulk_create(new_bands, batch_size=1000)
    return snapshots
