"""Qt dates as Python dates."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate


def to_date(value: QDate) -> date:
    """The day of a (valid) QDate; PySide's QDate.toPython() is typed as returning object."""
    return date(value.year(), value.month(), value.day())
