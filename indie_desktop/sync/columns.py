"""Which tables travel, their columns, and how values look in SQLite storage form.

A replica row, a merge base and a server row are all compared in the form SQLite stores
(uuid: 32 lower-case hex digits, time: 'YYYY-MM-DD HH:MM:SS.ffffff' UTC, date: ISO text,
boolean: 0/1, money: integer cents). The server produces that form in SQL, so a snapshot goes
from PostgreSQL to SQLite without a Python conversion per value.
"""

from __future__ import annotations

import base64
import json
from dataclasses import dataclass
from functools import cache
from typing import Any

from sqlalchemy import Boolean, Date, LargeBinary, Numeric, Uuid

import indie_desktop.domain.models  # noqa: F401 - registers every table
from indie_desktop.domain.base import Base, Syncable, UtcDateTime
from indie_desktop.domain.columns import Money

# Bookkeeping of every row: not merged field by field (the server assigns them).
META = frozenset({"id", "version", "created_at", "updated_at"})
# Kept from the other fields by the services; never shown as a conflict of their own.
DERIVED = frozenset({"sort_name", "search_key", "match_key"})


@dataclass(frozen=True)
class TableInfo:
    name: str
    columns: tuple[str, ...]
    kinds: tuple[str, ...]  # uuid, ts, date, bool, num, bytes, plain

    def pg_select(self, alias: str = "") -> str:
        """The columns in storage form, for a SELECT on the server."""
        p = f"{alias}." if alias else ""
        return ", ".join(
            _pg_out(kind, f"{p}{c}") for c, kind in zip(self.columns, self.kinds, strict=True)
        )

    def pg_param(self, column: str) -> str:
        """A placeholder turning a storage-form value back into the server's type."""
        return _PG_IN[self.kinds[self.columns.index(column)]]

    def fields(self) -> tuple[str, ...]:
        """Columns merged field by field."""
        return tuple(c for c in self.columns if c not in META)


def _pg_out(kind: str, col: str) -> str:
    name = col.rpartition(".")[2]
    if kind == "uuid":
        return f"replace({col}::text, '-', '') AS {name}"
    if kind == "ts":
        return f"to_char({col} AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS.US') AS {name}"
    if kind == "date":
        return f"to_char({col}, 'YYYY-MM-DD') AS {name}"
    if kind == "bool":
        return f"{col}::int AS {name}"
    if kind == "num":
        return f"{col}::float8 AS {name}"
    if kind == "money":  # SQLite keeps exact integer cents (domain.columns.Money)
        return f"round({col} * 100)::bigint AS {name}"
    return col


_PG_IN = {
    "uuid": "CAST(%s AS uuid)",
    "ts": "(CAST(%s AS timestamp) AT TIME ZONE 'UTC')",
    "date": "CAST(%s AS date)",
    "bool": "CAST(CAST(%s AS integer) AS boolean)",
    "num": "CAST(%s AS numeric)",
    "money": "(CAST(%s AS bigint) / 100.0)::numeric(14, 2)",
    "bytes": "%s",
    "plain": "%s",
}


def _kind(type_: Any) -> str:
    if isinstance(type_, Money):
        return "money"
    if isinstance(type_, Uuid):
        return "uuid"
    if isinstance(type_, UtcDateTime):
        return "ts"
    if isinstance(type_, Boolean):
        return "bool"
    if isinstance(type_, Date):
        return "date"
    if isinstance(type_, Numeric):
        return "num"
    if isinstance(type_, LargeBinary):
        return "bytes"
    return "plain"


@cache
def tables() -> dict[str, TableInfo]:
    """Every syncable table, parents before children (the order of the metadata)."""
    syncable = {
        m.class_.__tablename__ for m in Base.registry.mappers if issubclass(m.class_, Syncable)
    }
    out: dict[str, TableInfo] = {}
    for table in Base.metadata.sorted_tables:
        if table.name in syncable:
            cols = tuple(c.name for c in table.columns)
            kinds = tuple(_kind(c.type) for c in table.columns)
            out[table.name] = TableInfo(table.name, cols, kinds)
    return out


# --- rows as JSON (bases, outbox, receipts, conflicts) -------------------------------------


def _default(value: Any) -> Any:
    if isinstance(value, (bytes, bytearray, memoryview)):
        return {"$b64": base64.b64encode(bytes(value)).decode()}
    raise TypeError(f"not storable in a sync record: {type(value).__name__}")


def _hook(obj: dict[str, Any]) -> Any:
    if len(obj) == 1 and "$b64" in obj:
        return base64.b64decode(obj["$b64"])
    if len(obj) == 1 and "$hex" in obj:  # written by the SQLite base-capture trigger
        return bytes.fromhex(obj["$hex"])
    return obj


def dumps(value: Any) -> str:
    return json.dumps(value, default=_default, ensure_ascii=False, separators=(",", ":"))


def loads(text: str | None) -> Any:
    return None if text is None else json.loads(text, object_hook=_hook)


def same(a: Any, b: Any) -> bool:
    """Equal in storage form (1 == 1.0: SQLite keeps whole money amounts as integers)."""
    if isinstance(a, memoryview):
        a = bytes(a)
    if isinstance(b, memoryview):
        b = bytes(b)
    return bool(a == b)
