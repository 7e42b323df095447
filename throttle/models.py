"""Rate-limit counters, kept in the database so every app server sees the same
count (the cache API's ``incr`` is a read-then-write on the database cache, so
two servers could both read 4 and both write 5)."""

from django.db import models


class RateCounter(models.Model):
    """Hits of one client in one fixed window of one limit."""

    key = models.CharField(max_length=191, primary_key=True)
    count = models.PositiveIntegerField(default=0)
    expires = models.DateTimeField(db_index=True)

    def __str__(self) -> str:
        return f"{self.key}: {self.count}"
