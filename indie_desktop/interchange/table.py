"""Tabular exports: CSV the way German Excel opens it, and XLSX, both safe from formulas."""

from __future__ import annotations

import csv
import re
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

# A cell starting with one of these is read as a formula by spreadsheet programs (CSV
# injection, e.g. =HYPERLINK(...)); such cells are written with a leading apostrophe.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
# openpyxl refuses the control characters XML 1.0 does not allow.
_ILLEGAL_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")

Progress = Callable[[int], None]  # rows written so far


def neutralise(value: object) -> str:
    """The cell as text, with an apostrophe before anything a spreadsheet would evaluate."""
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def write_csv(
    path: Path,
    headers: Sequence[str],
    rows: Iterable[Sequence[object]],
    progress: Progress | None = None,
) -> int:
    """UTF-8 with BOM and `;` (German Excel's list separator), CRLF lines; the rows written."""
    n = 0
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        writer = csv.writer(f, delimiter=";", lineterminator="\r\n")
        writer.writerow([neutralise(h) for h in headers])
        for row in rows:
            writer.writerow([neutralise(v) for v in row])
            n += 1
            if progress is not None and n % 500 == 0:
                progress(n)
    return n


def write_xlsx(
    path: Path,
    headers: Sequence[str],
    rows: Iterable[Sequence[object]],
    sheet_title: str = "Export",
    progress: Progress | None = None,
) -> int:
    """One sheet, header row bold and frozen; every cell stored as text, never as a formula."""
    from openpyxl import Workbook
    from openpyxl.cell import Cell, WriteOnlyCell
    from openpyxl.styles import Font

    wb = Workbook(write_only=True)
    ws = wb.create_sheet(_sheet_title(sheet_title))
    ws.freeze_panes = "A2"
    widths = [max(8, min(60, len(h) + 2)) for h in headers]
    bold = Font(bold=True)

    def cell(value: object, header: bool = False) -> Cell:
        text = _ILLEGAL_XML.sub("", "" if value is None else str(value))
        c = WriteOnlyCell(ws, value=text)
        c.data_type = "s"  # text even when it starts with '=': shown, never evaluated
        if header:
            c.font = bold
        return c

    body: list[list[Cell]] = []
    for row in rows:
        body.append([cell(v) for v in row])
        for i, v in enumerate(row[: len(widths)]):
            widths[i] = max(widths[i], min(60, len(str(v or "")) + 2))
        if progress is not None and len(body) % 500 == 0:
            progress(len(body))
    from openpyxl.utils import get_column_letter

    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.append([cell(h, header=True) for h in headers])
    for r in body:
        ws.append(r)
    wb.save(path)
    return len(body)


def _sheet_title(title: str) -> str:
    return re.sub(r"[\[\]:*?/\\]", " ", title)[:31] or "Export"
