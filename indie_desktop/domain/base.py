"""Declarative base, id generation and the columns every syncable record carries."""

from __future__ import annotations

import os
import time
import uuid
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any, ClassVar, cast

from sqlalchemy import (
    DateTime,
    ForeignKey,
    Integer,
    MetaData,
    String,
    TypeDecorator,
    Uuid,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column
from sqlalchemy.sql import FromClause

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

_UUID7_LAST_MS = 0
_UUID7_SEQ = 0


def uuid7() -> uuid.UUID:
    """A time-ordered UUID (RFC 9562 version 7); ids sort by creation, which keeps indexes compact.

    Within one millisecond a 12-bit counter keeps ids from this process monotonic.
    """
    global _UUID7_LAST_MS, _UUID7_SEQ
    ms = time.time_ns() // 1_000_000
    if ms <= _UUID7_LAST_MS:
        _UUID7_SEQ += 1
        if _UUID7_SEQ > 0xFFF:
            _UUID7_LAST_MS += 1
            _UUID7_SEQ = 0
        ms = _UUID7_LAST_MS
    else:
        _UUID7_LAST_MS = ms
        _UUID7_SEQ = 0
    rand = int.from_bytes(os.urandom(8), "big") & ((1 << 62) - 1)
    value = (ms & ((1 << 48) - 1)) << 80 | 0x7 << 76 | _UUID7_SEQ << 64 | 0b10 << 62 | rand
    # What uuid.UUID(int=value) builds, without its argument checks (an import makes 50,000).
    made = _new_object(uuid.UUID)
    _set_attribute(made, "int", value)
    _set_attribute(made, "is_safe", _UNKNOWN_SAFETY)
    return made


_new_object = object.__new__
_set_attribute = object.__setattr__
_UNKNOWN_SAFETY = uuid.SafeUUID.unknown  # an enum member looked up once (each lookup costs)


def utcnow() -> datetime:
    return datetime.now(UTC)


class UtcDateTime(TypeDecorator[datetime]):
    """Timestamps stored as UTC; always handed back timezone-aware (SQLite forgets the zone)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given; store times as timezone-aware UTC")
        value = value.astimezone(UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        stored = cast(datetime, value)  # the DateTime column hands back a datetime
        if stored.tzinfo is None:
            return stored.replace(tzinfo=UTC)
        return stored.astimezone(UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {datetime: UtcDateTime(), uuid.UUID: Uuid()}


class Syncable:
    """Columns of every record users edit: stable id, timestamps, optimistic lock, tombstone,
    owning institution and visibility (network-wide or institution-private)."""

    if TYPE_CHECKING:
        # Set by the declarative mapping of each model (Syncable, Base); declared here so that
        # code taking any syncable model class may read them.
        __tablename__: str
        __table__: ClassVar[FromClause]

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid7)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow, nullable=False)
    updated_at: Mapped[datetime] = mapped_column(
        UtcDateTime, default=utcnow, onupdate=utcnow, nullable=False
    )
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    deleted_at: Mapped[datetime | None] = mapped_column(UtcDateTime, default=None)
    visibility: Mapped[str] = mapped_column(String(12), nullable=False, default="network")

    @declared_attr
    def owner_institution_id(cls) -> Mapped[uuid.UUID | None]:
        return mapped_column(Uuid, ForeignKey("institution.id"), index=True, default=None)

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:
        return {"version_id_col": cls.__table__.c.version}

    @property
    def is_deleted(self) -> bool:
        return self.deleted_at is not None
