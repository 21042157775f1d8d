"""Spreadsheets through python-calamine: Excel (.xlsx, .xlsm, .xlsb, old .xls) and
OpenDocument (.ods), the first sheet or a chosen one. (openpyxl stays for writing.)

calamine reads a 10,000-row sheet in a fraction of openpyxl's time and reads the old binary
formats too. A workbook is a zip file (except .xls): its parts are measured before reading,
so a small file that unpacks to gigabytes (a zip bomb) is refused instead of filling memory.
"""

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

# What the unpacked parts of one workbook may take; 200,000 rows of contacts unpack to less
# than a tenth of it.
MAX_UNPACKED_BYTES = 400 * 1024 * 1024
# Real sheets compress about 10:1, rarely 50:1; a bomb compresses 1000:1 and more.
MAX_RATIO = 200
_ZIP_MAGIC = b"PK\x03\x04"
_OLE_MAGIC = b"\xd0\xcf\x11\xe0"


def _text(value: object) -> str:
    """A cell as the user saw it in German Excel: dates 24.11.2026, decimals with a comma."""
    if type(value) is str:  # most cells of an address list: no isinstance chain for them
        return value.strip()
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
    if isinstance(value, datetime.time):
        return value.strftime("%H:%M")
    if isinstance(value, float):
        if value.is_integer():
            return str(int(value))
        return repr(value).replace(".", ",")
    return str(value).strip()


def read_xlsx(path: Path, sheet: str | None = None) -> ImportTable:
    return parse_xlsx(read_bytes(path), sheet)


def check_unpacked_size(data: bytes) -> None:
    """Refuse a workbook whose zip parts would unpack to more than memory should hold."""
    if not data.startswith(_ZIP_MAGIC):
        return
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            infos = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError):
        return  # calamine says what is wrong with it
    total = sum(i.file_size for i in infos)
    bomb = any(
        i.file_size > 10 * 1024 * 1024 and i.file_size > MAX_RATIO * max(i.compress_size, 1)
        for i in infos
    )
    if total > MAX_UNPACKED_BYTES or bomb:
        raise ImportFileError(
            "The workbook would unpack to %1 MB; it is damaged or not a real table. Save it "
            "again from Excel or as CSV.",
            round(total / 1_048_576),
        )


def parse_xlsx(data: bytes, sheet: str | None = None) -> ImportTable:
    """The rows of a workbook (.xlsx, .xlsm, .xlsb, .xls, .ods) given as bytes."""
    from python_calamine import CalamineError, CalamineWorkbook, PasswordError

    check_unpacked_size(data)
    if not data.startswith((_ZIP_MAGIC, _OLE_MAGIC)):
        raise ImportFileError(
            "This is not a readable Excel workbook (.xlsx); it may be damaged, cut off or "
            "an old .xls file. Save it again from Excel as .xlsx or CSV."
        )
    try:
        book = CalamineWorkbook.from_filelike(io.BytesIO(data))
    except PasswordError as exc:
        raise ImportFileError(
            "The workbook is protected by a password. Save it without one and import again."
        ) from exc
    except (CalamineError, ValueError, OSError) as exc:
        raise ImportFileError(
            "This is not a readable Excel workbook (.xlsx); it may be damaged, cut off or "
            "an old .xls file. Save it again from Excel as .xlsx or CSV."
        ) from exc
    try:
        names = list(book.sheet_names)
        if not names:
            raise ImportFileError("The sheet holds no rows.")
        if sheet is not None and sheet not in names:
            raise ImportFileError("The workbook has no sheet named “%1”.", sheet)
        ws = book.get_sheet_by_name(sheet or names[0])
        # calamine starts at the first used cell; Excel's row numbers count from row 1.
        first_row = ws.start[0] if ws.start is not None else 0
        headers: list[str] | None = None
        rows: list[list[str]] = []
        numbers: list[int] = []
        for number, values in enumerate(ws.iter_rows(), start=first_row + 1):
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
    except (CalamineError, ValueError, OSError) as exc:
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
