"""CSV as Excel writes it on German Windows: cp1252 or UTF-8 (BOM or not), `;`, `,` or tab,
quoted fields with line breaks, decimal commas."""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path

from indie_desktop.interchange import text_decoding
from indie_desktop.interchange.import_table import (
    MAX_FILE_BYTES,
    MAX_ROWS,
    ImportFileError,
    ImportTable,
    check_size,
    looks_binary,
    read_bytes,
)

ENCODINGS = ("utf-8-sig", "utf-8", "utf-16", "cp1252", "iso-8859-1")
DELIMITERS = (";", ",", "\t", "|")
# One cell may hold several MB (a pasted mail, an embedded picture as text); csv's default
# limit is 128 KB. The file itself is bounded by MAX_FILE_BYTES.
csv.field_size_limit(MAX_FILE_BYTES)
_SEP_LINE = re.compile(r"^\ufeff?sep=(.)\r?\n", re.IGNORECASE)
# LinkedIn's Connections.csv starts with a note ("Notes:", a quoted paragraph, a blank line)
# above its header.
_NOTES_PREAMBLE = re.compile(r'^Notes:\r?\n(?:"(?:[^"]|"")*"|[^\r\n]*)\r?\n(?:[ \t]*\r?\n)+')
_DECIMAL_COMMA = re.compile(r"^-?\d{1,3}(\.\d{3})*,\d+$|^-?\d+,\d+$")


def detect_encoding(data: bytes) -> str:
    """UTF-8 with BOM, UTF-16 (BOM or not), UTF-8, else Windows-1252 (what German Excel writes
    by default) or Latin-2, guessed from the letters."""
    return text_decoding.detect_encoding(data)


def decode(data: bytes, encoding: str) -> str:
    try:
        return text_decoding.to_text(data, encoding)
    except (UnicodeDecodeError, LookupError) as exc:
        raise ImportFileError(
            "The file cannot be read as %1: byte %2 does not fit. Choose another encoding.",
            encoding,
            getattr(exc, "start", 0) + 1,
        ) from exc


def detect_delimiter(text: str) -> str:
    """The separator that occurs most often in the header line, quotes not counted."""
    first = _first_record(text)
    counts = {d: first.count(d) for d in DELIMITERS}
    best = max(DELIMITERS, key=lambda d: counts[d])
    return best if counts[best] else ";"


def _first_record(text: str) -> str:
    out: list[str] = []
    quoted = False
    for ch in text[:65536]:
        if ch == '"':
            quoted = not quoted
            continue
        if ch in "\r\n" and not quoted:
            break
        if not quoted:
            out.append(ch)
    return "".join(out)


def has_decimal_commas(rows: list[list[str]]) -> bool:
    return any(_DECIMAL_COMMA.match(cell.strip()) for row in rows[:200] for cell in row)


def read_csv(path: Path, encoding: str | None = None, delimiter: str | None = None) -> ImportTable:
    """Read a CSV file; encoding and delimiter are detected unless given."""
    return parse_csv(read_bytes(path), encoding, delimiter)


def parse_csv(
    data: bytes, encoding: str | None = None, delimiter: str | None = None
) -> ImportTable:
    check_size(len(data))
    encoding = encoding or detect_encoding(data)
    if not encoding.lower().startswith("utf-16") and looks_binary(data):
        raise ImportFileError("This is not a text file (it contains binary data).")
    text = decode(data, encoding)
    if text.startswith("\ufeff"):
        text = text[1:]
    skipped_lines = 0
    sep = _SEP_LINE.match(text)
    if sep is not None:  # Excel's "sep=," first line names the delimiter; it is no header
        delimiter = delimiter or sep.group(1)
        text = text[sep.end() :]
        skipped_lines = 1
    notes = _NOTES_PREAMBLE.match(text)
    if notes is not None:
        skipped_lines += text[: notes.end()].count("\n")
        text = text[notes.end() :]
    delimiter = delimiter or detect_delimiter(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    records: list[list[str]] = []
    try:
        for record in reader:
            if len(records) > MAX_ROWS:
                raise ImportFileError("The file has more than %1 rows.", MAX_ROWS)
            records.append(record)
    except csv.Error as exc:
        raise ImportFileError(
            "The file is damaged or cut off near row %1: a quoted field is not closed or a "
            "quote stands in the wrong place.",
            reader.line_num,
        ) from exc
    while records and not any(c.strip() for c in records[0]):
        records.pop(0)
    if not records:
        raise ImportFileError("The file holds no rows.")
    headers = [h.strip() for h in records[0]]
    rows: list[list[str]] = []
    numbers: list[int] = []
    # Excel shows each record as one row however many line breaks its cells hold.
    for number, record in enumerate(records[1:], start=2 + skipped_lines):
        if any(c.strip() for c in record):
            rows.append(record)
            numbers.append(number)
    return ImportTable(
        headers=headers,
        rows=rows,
        row_numbers=numbers,
        kind="csv",
        encoding=encoding,
        delimiter=delimiter,
        decimal_comma=has_decimal_commas(rows),
    )
