"""The draw history as plain lists, built once per version of the data (see `DrawData`).

Takes the model classes as arguments so the migration that creates the first version can use
its historical models."""

from __future__ import annotations


def build_payload(draw_model, snapshot_model, band_model) -> dict:
    """Every round, oldest first, as ``[number, "YYYY-MM-DD", name, category, invitations,
    cutoff]``, and the latest pool distribution (``None`` when there is none)."""
    rounds = [
        [number, day.isoformat(), name, category, invitations, cutoff]
        for number, day, name, category, invitations, cutoff in draw_model.objects.order_by(
            "date", "sequence"
        ).values_list("number", "date", "name", "category", "invitations", "cutoff")
    ]
    pool = None
    latest = snapshot_model.objects.order_by("-as_of").first()
    if latest is not None:
        bands = [
            list(band)
            for band in band_model.objects.filter(snapshot=latest)
            .order_by("-crs_min")
            .values_list("crs_min", "crs_max", "count")
        ]
        if bands:
            pool = {"as_of": latest.as_of.isoformat(), "total": latest.total, "bands": bands}
    return {"rounds": rounds, "pool": pool}
