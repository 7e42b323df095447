"""Atomic fixed-window counters in the database.

One statement per hit on SQLite and PostgreSQL (``INSERT … ON CONFLICT DO
UPDATE … RETURNING``), so concurrent requests on different servers never lose a
count.  Expired windows are swept now and then by the hits themselves.

A counter's key holds an HMAC of the client (its address) under the secret key, never the address
or a plain hash of it: a plain hash of an IPv4 address is reversed by hashing all 2^32 of them.
Every server shares the secret key, so every server computes the same key.
"""

from __future__ import annotations

import random
import time
from datetime import UTC, datetime

from django.db import IntegrityError, connection, transaction
from django.db.models import F
from django.utils.crypto import salted_hmac

from .models import RateCounter

SWEEP_PROBABILITY = 0.01


def window_key(*, scope: str, ident: str, period: int, now: float | None = None) -> tuple[str, float]:
    """The counter's key for the window containing ``now``, and when that window ends."""
    now = time.time() if now is None else now
    window = int(now // period)
    digest = salted_hmac("throttle.counters", ident.encode("utf-8", "surrogatepass"), algorithm="sha256").hexdigest()[
        :32
    ]
    return f"{scope[:100]}:{period}:{window}:{digest}", (window + 1) * period


def hit(*, scope: str, ident: str, period: int, label: str = "") -> int:
    """Count one hit; return the number of hits in the current window, this one included.

    ``label`` says in words who is counted, for a limit staff see in the admin (the admin sign-in
    lockouts); the others leave it empty, so the table holds no address."""
    label = label.replace("\x00", "")[: RateCounter._meta.get_field("label").max_length]
    now = time.time()
    key, ends = window_key(scope=scope, ident=ident, period=period, now=now)
    expires = datetime.fromtimestamp(ends, tz=UTC)
    if random.random() < SWEEP_PROBABILITY:
        RateCounter.objects.filter(expires__lt=datetime.fromtimestamp(now, tz=UTC)).delete()
    if connection.vendor in {"sqlite", "postgresql"}:
        return _upsert(key, expires, label)
    return _update_or_create(key, expires, label)


def peek(*, scope: str, ident: str, period: int) -> int:
    """Hits so far in the current window, without counting one."""
    key, _ = window_key(scope=scope, ident=ident, period=period)
    return RateCounter.objects.filter(key=key).values_list("count", flat=True).first() or 0


def reset(*, scope: str, ident: str, period: int) -> None:
    key, _ = window_key(scope=scope, ident=ident, period=period)
    RateCounter.objects.filter(key=key).delete()


def _upsert(key: str, expires: datetime, label: str) -> int:
    q = connection.ops.quote_name
    table, key_, count, expires_, label_ = (
        q(RateCounter._meta.db_table),
        q("key"),
        q("count"),
        q("expires"),
        q("label"),
    )
    with connection.cursor() as cursor:
        cursor.execute(
            f"INSERT INTO {table} ({key_}, {count}, {expires_}, {label_}) VALUES (%s, 1, %s, %s) "
            f"ON CONFLICT ({key_}) DO UPDATE SET {count} = {table}.{count} + 1 RETURNING {count}",
            [key, connection.ops.adapt_datetimefield_value(expires), label],
        )
        return cursor.fetchone()[0]


def _update_or_create(key: str, expires: datetime, label: str) -> int:
    with transaction.atomic():
        if not RateCounter.objects.filter(key=key).update(count=F("count") + 1):
            try:
                with transaction.atomic():
                    RateCounter.objects.create(key=key, count=1, expires=expires, label=label)
            except IntegrityError:
                RateCounter.objects.filter(key=key).update(count=F("count") + 1)
        return RateCounter.objects.values_list("count", flat=True).get(key=key)
