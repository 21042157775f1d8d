"""What every import reader hands over: a header row and text cells, with Excel row numbers."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

# Larger files are refused before reading: a contact list this size is a mistake, and reading
# it would freeze the machine.
MAX_FILE_BYTES = 50 * 1024 * 1024
MAX_ROWS = 200_000


class ImportFileError(Exception):
    """The file cannot be read as asked; the message says why, in words for the user.

    `template` is the English text with %1, %2 ... for `params` (line numbers, sizes, names),
    so the UI can translate the template and fill in the parts; str() is the English text.
    """

    def __init__(self, template: str, *params: object) -> None:
        self.template = template
        self.params = params
        text = template
        for n, value in reversed(list(enumerate(params, start=1))):
            shown = f"{value:,}" if isinstance(value, int) else str(value)
            text = text.replace(f"%{n}", shown)
        super().__init__(text)


_COMMA_NUMBER = re.compile(r"(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d+))?")
_POINT_NUMBER = re.compile(r"(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?")


@dataclass
class ImportTable:
    """Rows of text cells under one header row.

    `row_numbers[i]` is the number a user sees for rows[i] in Excel (header = 1) or, for a vCard
    file, the card's position in the file.
    """

    headers: list[str]
    rows: list[list[str]]
    row_numbers: list[int]
    kind: str  # "csv", "xlsx", "vcard"
    encoding: str = ""
    delimiter: str = ""
    decimal_comma: bool = False
    sheet: str = ""
    sheets: list[str] = field(default_factory=list)
    # vCard photos by row index: (content, file extension such as "jpg").
    photos: dict[int, tuple[bytes, str]] = field(default_factory=dict)
    # What the reader could not read, as (line or row number, English text): a broken line or
    # card skipped, the rest of the file read on.
    warnings: list[tuple[int, str]] = field(default_factory=list)
    # vCard properties that have no field and went nowhere (name -> how many cards had it).
    ignored: dict[str, int] = field(default_factory=dict)

    def number_text(self, text: str) -> str:
        """A number cell in the file's notation as the services read numbers ('25,62' with
        decimal commas, '1,998' with decimal points -> '25.62', '1998'); other text as it is.

        German Excel writes a WZ code it took for a number (25.62) as '25,62' in CSV."""
        pattern = _COMMA_NUMBER if self.decimal_comma else _POINT_NUMBER
        match = pattern.fullmatch(text.strip())
        if match is None:
            return text
        group = "." if self.decimal_comma else ","
        integer, fraction = match.group(1).replace(group, ""), match.group(2)
        return f"{integer}.{fraction}" if fraction else integer

    def cell(self, index: int, column: int) -> str:
        row = self.rows[index]
        return row[column] if column < len(row) else ""


def check_size(size: int) -> None:
    if size > MAX_FILE_BYTES:
        raise ImportFileError(
            "The file is too large (%1 MB); at most %2 MB can be imported. Split it into "
            "smaller files.",
            round(size / 1_048_576),
            MAX_FILE_BYTES // 1_048_576,
        )
    if size == 0:
        raise ImportFileError("The file is empty.")


def looks_binary(data: bytes) -> bool:
    """NUL bytes or many control characters: an image, a program or a packed file."""
    sample = data[:8192]
    if b"\x00" in sample:
        return True
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13))
    return controls > len(sample) // 50 + 1


def read_bytes(path: Path) -> bytes:
    """The file's bytes after the size check; unreadable files become ImportFileError."""
    try:
        check_size(path.stat().st_size)
        return path.read_bytes()
    except OSError as exc:
        raise ImportFileError("The file cannot be opened: %1", exc.strerror or exc) from exc


def unmapped_columns(table: ImportTable, mapping: dict[int, str]) -> list[str]:
    """Headers of the columns that hold values but fill no field: listed before importing."""
    # Only the columns no field takes are looked at (none, when every column is mapped).
    unmapped = [i for i in range(len(table.headers)) if i not in mapping]
    filled = {i for i in unmapped if any(i < len(row) and row[i].strip() for row in table.rows)}
    return [h or f"({i + 1})" for i, h in enumerate(table.headers) if i in filled]
