"""Other users' changes, so open lists and detail panes refresh without a restart.

A shared database announces every row change on the `indie_changes` channel (trigger, see
store/shared_sql.py); the feed LISTENs on its own connection and hands out the names of the
tables that changed. Where nothing announces changes (local file, a PostgreSQL database not set
up for sharing) `poll()` compares a cheap change counter instead.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from sqlalchemy import text

from indie_desktop.store.database import Database
from indie_desktop.store.shared_sql import CHANGE_CHANNEL

if TYPE_CHECKING:  # psycopg is imported only in shared mode (~100 ms of a local start)
    import psycopg

log = logging.getLogger(__name__)

_PG_COUNTER = "SELECT coalesce(sum(n_tup_ins + n_tup_upd + n_tup_del), 0) FROM pg_stat_user_tables"


class ChangeFeed:
    """Names of tables other sessions changed since the last call."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self._listener: psycopg.Connection[Any] | None = None
        self._counter: object = None
        self._sqlite: Any = None

    def start(self) -> bool:
        """Start listening; True if the server pushes changes (else call poll() now and then)."""
        if self.db.is_shared:
            import psycopg

            url = self.db.engine.url.set(drivername="postgresql")
            try:
                conn = psycopg.connect(url.render_as_string(hide_password=False), autocommit=True)
                conn.execute(f"LISTEN {CHANGE_CHANNEL}")
            except psycopg.Error as exc:
                log.warning("change notifications unavailable, polling instead: %s", exc)
            else:
                self._listener = conn
                return True
        self._counter = self._read_counter()
        return False

    def fileno(self) -> int | None:
        """The socket that becomes readable when a notification arrives (for a notifier)."""
        return self._listener.fileno() if self._listener is not None else None

    def changed_tables(self) -> set[str]:
        """Tables named in the notifications received so far (never blocks)."""
        if self._listener is None:
            return self.poll()
        import psycopg

        tables: set[str] = set()
        try:
            for note in self._listener.notifies(timeout=0):
                tables.add(note.payload.partition(":")[0])
        except psycopg.Error as exc:
            log.warning("change notifications stopped: %s", exc)
            self._listener = None
            self._counter = self._read_counter()
            return {"*"}
        return tables

    def poll(self) -> set[str]:
        """Fallback without notifications: {'*'} if anything changed since the last call."""
        if self._listener is not None:
            return self.changed_tables()
        counter = self._read_counter()
        changed = counter != self._counter
        self._counter = counter
        return {"*"} if changed else set()

    def _read_counter(self) -> object:
        if self.db.is_sqlite:
            # data_version moves when another connection commits to the file.
            if self._sqlite is None:
                self._sqlite = self.db.engine.raw_connection()
            cur = self._sqlite.cursor()
            try:
                cur.execute("PRAGMA data_version")
                return cur.fetchone()[0]
            finally:
                cur.close()
        with self.db.engine.connect() as conn:
            return conn.execute(text(_PG_COUNTER)).scalar()

    def close(self) -> None:
        if self._listener is not None:
            self._listener.close()
            self._listener = None
        if self._sqlite is not None:
            self._sqlite.close()
            self._sqlite = None
