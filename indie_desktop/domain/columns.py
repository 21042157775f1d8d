"""Column helpers shared by the model modules."""

from __future__ import annotations

from enum import StrEnum
from typing import Any

from sqlalchemy import Enum
from sqlalchemy.orm import MappedColumn, mapped_column


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
