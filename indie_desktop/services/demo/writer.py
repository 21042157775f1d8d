"""The demo generator's bulk writer: plain row dicts into the database, fast.

The network-scale set (about 1.4 million rows) has to be written in well under a minute. Rows are
therefore plain dicts, never ORM objects, written in chunks inside one transaction: one compiled
INSERT per table, run as a DB-API executemany (PostgreSQL: multi-row INSERTs) with each value
passed through
its column's own bind processor. That is what Core's executemany does, minus its per-row
bookkeeping, which took a third of the run time. Nothing fills defaults on that path, so the
generator sets every column itself (see `demo_context.Context.add`).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import lru_cache
from itertools import chain
from operator import itemgetter
from typing import Any

from sqlalchemy import Connection, Table, Uuid, insert
from sqlalchemy.orm import Session

from indie_desktop.domain import models as m
from indie_desktop.domain.errors import Cancelled

Row = dict[str, Any]
CHUNK_ROWS = 20_000


@lru_cache(maxsize=16)
def _values_statement(head: str, width: int, n: int) -> str:
    """`head` with n rows of `width` $k placeholders: built once per shape, not per chunk
    (for a 1,000-row chunk of organisations that took a tenth of its writing)."""
    return head + ", ".join(
        "(" + ", ".join(f"${r * width + c + 1}" for c in range(width)) + ")" for r in range(n)
    )


@contextmanager
def pipelined(session: Session) -> Iterator[None]:
    """PostgreSQL: the bulk INSERTs written inside go out in pipeline mode, each without
    waiting for the server to finish the one before, so the next chunk's rows are put
    together while the server still writes (indexes, audit and feed triggers) the last. The
    results, and any error, arrive at the end of the block. Other databases: nothing.

    Meanwhile the server plans each prepared chunk statement once (a generic plan) instead
    of anew for each of its first five chunks: planning a 1,000-row INSERT under row-level
    security takes longer than the plan could ever save. Back as it was after the block."""
    connection = session.connection()
    if connection.dialect.name != "postgresql":
        yield
        return
    driver = connection.connection.driver_connection
    assert driver is not None
    mode = driver.execute("SELECT current_setting('plan_cache_mode')").fetchone()
    with driver.pipeline():
        driver.execute("SELECT set_config('plan_cache_mode', 'force_generic_plan', true)")
        yield
        driver.execute(
            "SELECT set_config('plan_cache_mode', %s, true)", (mode[0] if mode else "auto",)
        )


def _memo(process: Callable[[Any], Any] | None) -> Callable[[Any], Any] | None:
    """A bind processor that reuses its last result for the same object (timestamps, enums)."""
    if process is None:
        return None
    last: list[Any] = [object(), None]

    def run(value: Any) -> Any:
        if value is not last[0]:
            last[0], last[1] = value, process(value)
        return last[1]

    return run


class BulkWriter:
    """Buffers rows per table; writes all buffers in foreign-key order every CHUNK_ROWS rows."""

    def __init__(self, session: Session, cancel: Callable[[], bool] | None) -> None:
        self.session = session
        self.cancel = cancel
        self.order = {t: i for i, t in enumerate(m.Base.metadata.sorted_tables)}
        self.buffers: dict[Table, list[Row]] = {}
        self.statements: dict[Table, tuple[str, list[tuple[str, Any]]]] = {}
        self.pending = 0
        self.counts: Counter[str] = Counter()  # rows written, by table name

    def add(self, model: type[m.Base], row: Row) -> None:
        self.buffers.setdefault(model.__table__, []).append(row)  # type: ignore[arg-type]
        self.pending += 1
        if self.pending >= CHUNK_ROWS:
            self.flush()

    def check(self) -> None:
        """Raise Cancelled when the user has asked to stop."""
        if self.cancel is not None and self.cancel():
            raise Cancelled("demo generation cancelled")

    def statement(self, table: Table, keys: list[str]) -> tuple[str, list[tuple[str, Any]]]:
        """The compiled INSERT and, per parameter, its column's bind processor."""
        if table not in self.statements:
            dialect = self.session.get_bind().dialect
            compiled = insert(table).compile(dialect=dialect, column_keys=keys)
            columns = []
            for name in compiled.positiontup or keys:
                # dialect_impl gives the processor the dialect really applies (SQLite's DATETIME
                # text format, UUID as hex), exactly as Core's executemany would.
                kind = table.c[name].type
                process = kind.dialect_impl(dialect).bind_processor(dialect)
                columns.append((name, process if isinstance(kind, Uuid) else _memo(process)))
            self.statements[table] = (str(compiled), columns)
        return self.statements[table]

    @staticmethod
    def insert_rows(
        connection: Connection, table: Table, names: list[str], rows: list[Any]
    ) -> None:
        """PostgreSQL: multi-row INSERTs in the session's transaction. Not COPY: a server with
        row-level security (the shared office database, FORCE ROW LEVEL SECURITY) refuses
        COPY FROM for everybody, the administrator included. In a pipeline (see `pipelined`)
        each statement goes out without waiting for the one before."""
        import psycopg  # only here: PostgreSQL (a local start does not load the driver)

        quote = connection.dialect.identifier_preparer.quote
        columns = ", ".join(quote(n) for n in names)
        head = f"INSERT INTO {quote(table.name)} ({columns}) VALUES "
        # At most 65,535 parameters per statement; about 1,000 rows is where the gain ends.
        width = len(names)
        per = max(1, min(1000, 65_000 // max(1, width)))
        driver = connection.connection.driver_connection
        assert driver is not None
        # The server's own $n placeholders through a raw cursor: psycopg would otherwise parse
        # every 16,000-parameter statement for %s anew (uncached past 4 KB; a third of a
        # 10,000-row import's time). A statement of full size is prepared once and reused.
        with psycopg.RawCursor(driver) as cursor:
            for start in range(0, len(rows), per):
                part = rows[start : start + per]
                n = len(part)
                flat = list(chain.from_iterable(part))
                cursor.execute(
                    _values_statement(head, width, n), flat, prepare=n == per and len(rows) > per
                )

    def flush(self) -> None:
        self.check()
        connection = self.session.connection()
        for table in sorted(self.buffers, key=self.order.__getitem__):
            rows = self.buffers[table]
            sql, columns = self.statement(table, list(rows[0]))
            # Column by column: map() runs the loops in C, only the processors are Python calls.
            values = [
                list(map(p, map(itemgetter(k), rows)) if p else map(itemgetter(k), rows))
                for k, p in columns
            ]
            params: list[Any] = list(zip(*values, strict=True))
            names = [k for k, _p in columns]
            if connection.dialect.name == "postgresql":
                self.insert_rows(connection, table, names, params)
            elif connection.dialect.positional:
                connection.exec_driver_sql(sql, params)
            else:
                connection.exec_driver_sql(sql, [dict(zip(names, r, strict=True)) for r in params])
            self.counts[table.name] += len(rows)
        self.buffers.clear()
        self.pending = 0
