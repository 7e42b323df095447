"""Writes to the draw history."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from django.db import transaction

from .feed import PoolRecord, RoundRecord, number_sequence
from .models import Draw, PoolBand, PoolSnapshot

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


@dataclass
class ImportReport:
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    pools_created: int = 0
    pools_updated: int = 0
    pools_unchanged: int = 0
    updated_numbers: list[str] = field(default_factory=list)


@transaction.atomic
def import_rounds(*, rounds: Iterable[RoundRecord], pools: Iterable[PoolRecord]) -> ImportReport:
    """Upsert rounds by number and pool snapshots by date, all or nothing.

    A round seen twice keeps its last version (files are given oldest
    first).  A field the row does not carry (`RoundRecord.missing`) keeps
    the value already stored.
    """
    report = ImportReport()
    snapshots = _upsert_pools(pools, report)
    latest = {record.number: record for record in rounds}
    existing = {draw.number: draw for draw in Draw.objects.all()}
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
        elif any(_differs(getattr(draw, name), value) for name, value in values.items()):
            for name, value in values.items():
                setattr(draw, name, value)
            to_update.append(draw)
            report.updated += 1
            report.updated_numbers.append(number)
        else:
            report.unchanged += 1
    Draw.objects.bulk_create(to_create, batch_size=500)
    Draw.objects.bulk_update(to_update, DRAW_FIELDS, batch_size=500)
    return report


def _differs(stored, new) -> bool:
    if isinstance(stored, PoolSnapshot) or isinstance(new, PoolSnapshot):
        return getattr(stored, "pk", None) != getattr(new, "pk", None)
    return stored != new


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
