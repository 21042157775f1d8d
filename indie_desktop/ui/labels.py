"""What users read for the data model's closed value lists (enums), in their language.

Source texts are English, in domain/enum_labels.py (marked for lupdate there); they are
translated when asked for, so a language chosen after import still applies.
"""

from __future__ import annotations

from enum import StrEnum
from typing import TypeVar

from PySide6.QtCore import QCoreApplication

from indie_desktop.domain.enum_labels import CONTEXT, KIND_PLURALS, LABELS
from indie_desktop.domain.enums import OrganisationKind

E = TypeVar("E", bound=StrEnum)

_LABELS = LABELS
_KIND_PLURALS = KIND_PLURALS


def label(value: StrEnum | None) -> str:
    """The user's word for an enum value; '' for None, the raw value if no label is declared."""
    if value is None:
        return ""
    source = _LABELS.get((type(value), value.value))
    return QCoreApplication.translate(CONTEXT, source) if source else str(value)


def choices(enum: type[E]) -> list[tuple[E, str]]:
    """(value, label) pairs in declaration order, for combo boxes."""
    return [(member, label(member)) for member in enum]


def texts(enum: type[E]) -> tuple[str, ...]:
    """The labels of all members (what a column showing this enum must have room for)."""
    return tuple(text for _member, text in choices(enum))


def kind_plural(kind: OrganisationKind) -> str:
    """'Companies', 'Craft businesses', ...: the kind as a group of organisations."""
    return QCoreApplication.translate(CONTEXT, _KIND_PLURALS[kind])
