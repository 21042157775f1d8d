"""Column helpers shared by the model modules."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal
from enum import StrEnum
from typing import Any

from sqlalchemy import Enum, Numeric, TypeDecorator
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import MappedColumn, mapped_column
from sqlalchemy.types import TypeEngine


def enum_column(
    enum: type[StrEnum], default: StrEnum | None = None, **kw: Any
) -> MappedColumn[Any]:
    """A VARCHAR column holding the enum's value (not its name): readable in SQL, stable in sync."""
    nullable = kw.pop("nullable", default is None)
    return mapped_column(
        Enum(
            enum,
            native_enum=False,
            values_callable=lambda e: [m.value for m in e],
            length=max(len(m.value) for m in enum) + 8,
            validate_strings=True,
        ),
        default=default,
        nullable=nullable,
        **kw,
    )


class _SqliteCents(Numeric):  # type: ignore[type-arg]
    """Declared NUMERIC(14, 2) like on PostgreSQL; holds whole cents, handed over untouched."""

    def bind_processor(self, dialect: Dialect) -> None:
        return None

    def result_processor(self, dialect: Dialect, coltype: object) -> None:
        return None


class Money(TypeDecorator[Decimal]):
    """An amount in EUR, exact on both backends; Python sees `Decimal` with two places.

    PostgreSQL: NUMERIC(14, 2), exact, and readable as euros to admins and reporting tools.
    SQLite has no exact decimal type: NUMERIC(14, 2) there stored binary floats (0.1 + 0.2
    drift in sums, SQLAlchemy's "does not support Decimal natively" warning). So on SQLite the
    same declared column holds integer cents (NUMERIC affinity keeps them as 64-bit integers),
    and `sum()` in SQL stays exact. Keeping the declared type means no table copy in the
    migration (which would drop the search triggers of `project`); migration 0008_money
    converts existing values. Raw SQL on a SQLite file must divide by 100 (see `CENTS`).
    """

    impl = Numeric(14, 2)
    cache_ok = True

    def load_dialect_impl(self, dialect: Dialect) -> TypeEngine[Any]:
        if dialect.name == "sqlite":
            return dialect.type_descriptor(_SqliteCents(14, 2))
        return dialect.type_descriptor(Numeric(14, 2, asdecimal=True))

    def process_bind_param(self, value: Decimal | int | None, dialect: Dialect) -> Any:
        if value is None:
            return None
        amount = Decimal(value).quantize(CENT, rounding=ROUND_HALF_UP)
        if dialect.name == "sqlite":
            return int(amount * CENTS)
        return amount

    def process_result_value(self, value: Any, dialect: Dialect) -> Decimal | None:
        if value is None:
            return None
        if dialect.name == "sqlite":
            if isinstance(value, float):  # a value written before 0008_money, or raw SQL
                return (Decimal(repr(value)) / CENTS).quantize(CENT, rounding=ROUND_HALF_UP)
            return (Decimal(int(value)) / CENTS).quantize(CENT)
        return Decimal(value).quantize(CENT)


CENT = Decimal("0.01")
CENTS = 100  # SQLite stores Money as value * CENTS
