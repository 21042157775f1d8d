"""Headers and cell texts of the command line's CSV/XLSX exports, as the UI's lists show them.

The command line runs without Qt: the columns are the lists' own (domain/list_columns.py), the
German texts come from the shipped catalogue (resources/catalogue.py) under the same contexts
and source texts the list views use, so `indie-desktop export` has the headers and the labels
of the list a user sees ('Unternehmen', not 'company'). `--lang en` gives the English sources.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from indie_desktop.domain import enum_labels
from indie_desktop.domain.list_columns import LISTS, Cell
from indie_desktop.resources.catalogue import translate


@dataclass(frozen=True)
class ExportColumn:
    title: str  # in the export's language
    cell: Callable[[Any], str]


def export_columns(what: str, lang: str) -> list[ExportColumn]:
    """The columns of the list `what` with headers and labels in `lang` ('de' or 'en')."""
    declaration = LISTS[what]

    def in_lang(value: StrEnum | None) -> str:
        return translate(lang, enum_labels.CONTEXT, enum_labels.source(value)) if value else ""

    def cell(read: Cell) -> Callable[[Any], str]:
        return lambda row: read(row, in_lang)

    return [
        ExportColumn(translate(lang, declaration.context, c.title), cell(c.cell))
        for c in declaration.columns
    ]
