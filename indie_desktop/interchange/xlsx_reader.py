"""Excel workbooks (.xlsx) through openpyxl: the first sheet or a chosen one."""

from __future__ import annotations

import datetime
import io
import zipfile
from pathlib import Path

from indie_desktop.interchange.import_table import (
    MAX_ROWS,
    ImportFileError,
    ImportTable,
    read_bytes,
)


def _text(value: object) -> str:
    """A cell as the user saw it in German Excel: dates 24.11.2026, decimals with a comma."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "ja" if value else "nein"
    if isinstance(value, datetime.datetime):
        if value.time() == datetime.time():
            return value.strftime("%d.%m.%Y")
        return value.strftime("%d.%m.%Y %H:%M")
    if isinstance(value, datetime.date):
        return value.strftime("%d.%m.%Y")
    if isinstance(value, float):
        if value.is_integer():
            return str(int(value))
        return repr(value).replace(".", ",")
    return str(value).strip()


def read_xlsx(path: Path, sheet: str | None = None) -> ImportTable:
    return parse_xlsx(read_bytes(path), sheet)


def parse_xlsx(data: bytes, sheet: str | None = None) -> ImportTable:
    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        book = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except (zipfile.BadZipFile, InvalidFileException, KeyError, OSError, ValueError) as exc:
        raise ImportFileError(
            "This is not a readable Excel workbook (.xlsx); it may be damaged, cut off or "
            "an old .xls file. Save it again from Excel as .xlsx or CSV."
        ) from exc
    try:
        names = list(book.sheetnames)
        if sheet is not None and sheet not in names:
            raise ImportFileError("The workbook has no sheet named “%1”.", sheet)
        ws = book[sheet or names[0]]
        headers: list[str] | None = None
        rows: list[list[str]] = []
        numbers: list[int] = []
        for number, values in enumerate(ws.iter_rows(values_only=True), start=1):
            cells = [_text(v) for v in values]
            if not any(cells):
                continue
            if headers is None:
                headers = cells
                continue
            if len(rows) >= MAX_ROWS:
                raise ImportFileError("The sheet has more than %1 rows.", MAX_ROWS)
            rows.append(cells)
            numbers.append(number)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError) as exc:
        raise ImportFileError("The workbook is damaged and cannot be read to its end.") from exc
    finally:
        book.close()
    if headers is None:
        raise ImportFileError("The sheet holds no rows.")
    return ImportTable(
        headers=headers,
        rows=rows,
        row_numbers=numbers,
        kind="xlsx",
        sheet=sheet or names[0],
        sheets=names,
    )
