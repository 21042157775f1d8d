"""Open an import file by its kind (CSV, Excel/OpenDocument, vCard), with the user's
overrides."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from indie_desktop.interchange.csv_reader import read_csv
from indie_desktop.interchange.import_table import ImportFileError, ImportTable
from indie_desktop.interchange.vcard_reader import read_vcard
from indie_desktop.interchange.xlsx_reader import read_xlsx

SUFFIXES = {
    ".csv": "csv",
    ".txt": "csv",
    ".tsv": "csv",
    ".xlsx": "xlsx",
    ".xlsm": "xlsx",
    ".xlsb": "xlsx",
    ".xls": "xlsx",
    ".ods": "xlsx",
    ".vcf": "vcard",
    ".vcard": "vcard",
}


@dataclass(frozen=True)
class ReadOptions:
    """What the user overrode in the wizard; None means detect."""

    encoding: str | None = None
    delimiter: str | None = None
    sheet: str | None = None
    decimal_comma: bool | None = None  # numbers like 25,62 (German) or 25.62; None: detect


def file_kind(path: Path) -> str:
    kind = SUFFIXES.get(path.suffix.lower())
    if kind is None:
        raise ImportFileError(
            "Files of type %1 cannot be imported; choose a CSV, Excel (.xlsx) or vCard (.vcf) "
            "file.",
            path.suffix or "(none)",
        )
    return kind


def read_table(path: Path, options: ReadOptions | None = None) -> ImportTable:
    """The file's rows, or ImportFileError with a message for the user."""
    options = options or ReadOptions()
    kind = file_kind(path)
    if kind == "xlsx":
        return read_xlsx(path, options.sheet)
    if kind == "vcard":
        return read_vcard(path)
    table = read_csv(path, options.encoding, options.delimiter)
    if options.decimal_comma is not None:
        table.decimal_comma = options.decimal_comma
    return table
