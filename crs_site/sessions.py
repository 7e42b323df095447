"""Django's database sessions, read with one plain SQL statement instead of a queryset.

Every page reads the session, and the live score panel reads it on each change of an answer. The
queryset behind ``Session.objects.get`` spends most of its time building the query: about 0.43 ms
of a session read against 0.10 ms with the same SELECT written out (``make bench`` measures the
pages). Writes, expiry, key rotation and clearing stay Django's own code; only the read differs,
and it keeps the stock behaviour that an unknown or expired key is dropped, so the next save makes
a new one instead of adopting a key the visitor chose.
"""

from django.contrib.sessions.backends import db
from django.db import connections, router
from django.utils import timezone


class SessionStore(db.SessionStore):
    def _get_session_from_db(self):
        model = self.model
        connection = connections[router.db_for_read(model)]
        quote = connection.ops.quote_name
        column = {
            name: quote(model._meta.get_field(name).column) for name in ("session_data", "session_key", "expire_date")
        }
        sql = (
            f"SELECT {column['session_data']} FROM {quote(model._meta.db_table)} "
            f"WHERE {column['session_key']} = %s AND {column['expire_date']} > %s"
        )
        now = connection.ops.adapt_datetimefield_value(timezone.now())
        with connection.cursor() as cursor:
            cursor.execute(sql, [self.session_key, now])
            row = cursor.fetchone()
        if row is None:
            self._session_key = None
            return None
        return model(session_key=self.session_key, session_data=row[0])
