"""vCard 2.1 (Outlook: QUOTED-PRINTABLE, CHARSET), 3.0 and 4.0; several cards per file.

Each card becomes one row with German column names that the automatic mapping knows. An
embedded photo (PHOTO, base64 in 2.1/3.0, a data: URI in 4.0) is decoded into the table's
`photos`, for the import to keep as an attachment if the user wants; linked photos (URLs),
logos, sounds and keys are skipped.
"""

from __future__ import annotations

import base64
import binascii
import quopri
import re
from dataclasses import dataclass, field
from pathlib import Path

from indie_desktop.interchange.import_table import (
    MAX_ROWS,
    ImportFileError,
    ImportTable,
    check_size,
    looks_binary,
    read_bytes,
)

COLUMNS = [
    "Anrede",
    "Titel",
    "Vorname",
    "Nachname",
    "Firma",
    "Abteilung",
    "Position",
    "Telefon",
    "Mobiltelefon",
    "Firmentelefon",
    "E-Mail",
    "Straße",
    "PLZ",
    "Ort",
    "Website",
    "Notiz",
]
_SKIPPED = {"LOGO", "SOUND", "KEY"}
_IMAGE_TYPES = {"jpeg": "jpg", "jpg": "jpg", "png": "png", "gif": "gif", "bmp": "bmp"}
_MAGIC = ((b"\xff\xd8\xff", "jpg"), (b"\x89PNG", "png"), (b"GIF8", "gif"), (b"BM", "bmp"))
_SALUTATIONS = {"herr", "frau", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "divers"}


@dataclass
class _Property:
    group: str
    name: str
    params: dict[str, list[str]]
    raw: bytes

    def types(self) -> set[str]:
        return {t.lower() for t in self.params.get("TYPE", [])}


@dataclass
class _Card:
    props: list[_Property] = field(default_factory=list)


def _unfold(data: bytes) -> list[bytes]:
    """Logical lines: folded lines joined, QUOTED-PRINTABLE soft breaks ('=' at end) joined."""
    lines = re.split(rb"\r\n|\n|\r", data)
    out: list[bytes] = []
    for line in lines:
        if out and line[:1] in (b" ", b"\t") and not out[-1].endswith(b"="):
            out[-1] += line[1:]
        elif out and out[-1].endswith(b"=") and b"QUOTED-PRINTABLE" in out[-1].upper():
            out[-1] = out[-1][:-1] + line
        else:
            out.append(line)
    return out


def _split_params(head: str) -> tuple[str, str, dict[str, list[str]]]:
    parts = head.split(";")
    name = parts[0]
    group = ""
    if "." in name:
        group, name = name.rsplit(".", 1)
    params: dict[str, list[str]] = {}
    for p in parts[1:]:
        if "=" in p:
            key, value = p.split("=", 1)
            params.setdefault(key.upper(), []).extend(v.strip('"') for v in value.split(","))
        elif p.upper() in ("QUOTED-PRINTABLE", "BASE64", "8BIT", "7BIT", "B"):
            params.setdefault("ENCODING", []).append(p)
        elif p:  # vCard 2.1 bare types: TEL;WORK;VOICE
            params.setdefault("TYPE", []).append(p)
    return group.upper(), name.upper(), params


def _value(prop: _Property) -> str:
    raw = prop.raw
    encoding = {e.upper() for e in prop.params.get("ENCODING", [])}
    if "QUOTED-PRINTABLE" in encoding:
        raw = quopri.decodestring(raw)
    charset = (prop.params.get("CHARSET") or ["utf-8"])[0]
    try:
        return raw.decode(charset)
    except (LookupError, UnicodeDecodeError):
        try:
            return raw.decode("utf-8")
        except UnicodeDecodeError:
            return raw.decode("cp1252", errors="replace")


def _components(text: str) -> list[str]:
    """Split a structured value at unescaped ';' and unescape \\n, \\, \\; \\\\."""
    parts: list[str] = []
    current: list[str] = []
    it = iter(text)
    for ch in it:
        if ch == "\\":
            nxt = next(it, "")
            current.append("\n" if nxt in "nN" else nxt)
        elif ch == ";":
            parts.append("".join(current))
            current = []
        else:
            current.append(ch)
    parts.append("".join(current))
    return [p.strip() for p in parts]


def _cards(data: bytes) -> list[_Card]:
    cards: list[_Card] = []
    current: _Card | None = None
    for number, line in enumerate(_unfold(data), start=1):
        if not line.strip():
            continue
        head, sep, raw = line.partition(b":")
        if not sep:
            raise ImportFileError("Line %1 of the vCard file is not a property (no ':').", number)
        try:
            head_text = head.decode("ascii").strip()
        except UnicodeDecodeError as exc:
            raise ImportFileError("Line %1 of the vCard file is damaged.", number) from exc
        group, name, params = _split_params(head_text)
        if name == "BEGIN" and raw.strip().upper() == b"VCARD":
            if current is not None:
                raise ImportFileError("A card is not closed before line %1 (END:VCARD).", number)
            current = _Card()
        elif name == "END" and raw.strip().upper() == b"VCARD":
            if current is None:
                raise ImportFileError("Line %1: END:VCARD without BEGIN:VCARD.", number)
            cards.append(current)
            current = None
            if len(cards) > MAX_ROWS:
                raise ImportFileError("The file has more than %1 cards.", MAX_ROWS)
        elif current is None:
            raise ImportFileError("Line %1 stands outside a card (BEGIN:VCARD missing).", number)
        elif name not in _SKIPPED:
            current.props.append(_Property(group, name, params, raw))
    if current is not None:
        raise ImportFileError("The file ends inside a card: it is cut off (END:VCARD missing).")
    if not cards:
        raise ImportFileError("The file holds no vCard (BEGIN:VCARD ... END:VCARD).")
    return cards


def _photo(card: _Card) -> tuple[bytes, str] | None:
    """The card's embedded photo as (content, extension); None for none, a link or bad data."""
    for p in card.props:
        if p.name != "PHOTO":
            continue
        raw = p.raw.strip()
        kind = ""
        if raw[:5].lower() == b"data:":  # vCard 4.0: data:image/jpeg;base64,....
            head, _, raw = raw.partition(b",")
            kind = head.decode("ascii", "replace").lower().partition("/")[2].partition(";")[0]
        elif not {e.upper() for e in p.params.get("ENCODING", [])} & {"BASE64", "B"}:
            continue  # a URL or nothing we can read
        try:
            content = base64.b64decode(b"".join(raw.split()), validate=True)
        except (binascii.Error, ValueError):
            continue
        kind = kind or next(iter(p.types() & set(_IMAGE_TYPES)), "")
        extension = next((ext for magic, ext in _MAGIC if content.startswith(magic)), "")
        extension = extension or _IMAGE_TYPES.get(kind, "")
        if content and extension:
            return content, extension
    return None


def _row(card: _Card) -> list[str]:
    out = dict.fromkeys(COLUMNS, "")
    labels = {p.group: _value(p).lower() for p in card.props if p.name == "X-ABLABEL" and p.group}
    notes: list[str] = []
    for p in card.props:
        value = _value(p)
        kinds = p.types() | ({labels[p.group]} if p.group in labels else set())
        if p.name == "N":
            n = _components(value) + [""] * 5
            out["Nachname"], out["Vorname"] = n[0], " ".join(x for x in (n[1], n[2]) if x)
            prefix = n[3]
            if prefix.lower() in _SALUTATIONS:
                out["Anrede"] = prefix
            elif prefix:
                out["Titel"] = prefix
        elif p.name == "FN" and not out["Nachname"]:
            first, _, last = value.strip().rpartition(" ")
            out["Vorname"], out["Nachname"] = first, last
        elif p.name == "ORG":
            org = [*_components(value), ""]
            out["Firma"], out["Abteilung"] = org[0], org[1]
        elif p.name in ("TITLE", "ROLE") and not out["Position"]:
            out["Position"] = _components(value)[0]
        elif p.name == "TEL":
            number = _components(value)[0].removeprefix("tel:")
            if kinds & {"cell", "mobile", "mobil", "handy", "iphone"}:
                key = "Mobiltelefon"
            elif kinds & {"main", "pref"} and out["Telefon"]:
                key = "Firmentelefon"
            else:
                key = "Telefon"
            if not out[key]:
                out[key] = number
        elif p.name == "EMAIL" and (not out["E-Mail"] or "pref" in kinds):
            out["E-Mail"] = _components(value)[0]
        elif p.name == "ADR" and (not out["Straße"] or "work" in kinds):
            adr = _components(value) + [""] * 7
            out["Straße"], out["Ort"], out["PLZ"] = adr[2], adr[3], adr[5]
        elif p.name == "URL" and not out["Website"]:
            out["Website"] = value.strip().replace("\\:", ":")
        elif p.name == "NOTE":
            notes.append(_components(value.replace(";", "\\;"))[0])
    out["Notiz"] = "\n".join(n for n in notes if n)
    return [out[c] for c in COLUMNS]


def read_vcard(path: Path) -> ImportTable:
    return parse_vcard(read_bytes(path))


def parse_vcard(data: bytes) -> ImportTable:
    check_size(len(data))
    if looks_binary(data):
        raise ImportFileError("This is not a vCard file (it contains binary data).")
    cards = _cards(data)
    rows = [_row(c) for c in cards]
    photos = {i: photo for i, c in enumerate(cards) if (photo := _photo(c)) is not None}
    return ImportTable(
        headers=list(COLUMNS),
        rows=rows,
        row_numbers=list(range(1, len(rows) + 1)),
        kind="vcard",
        encoding="vCard",
        photos=photos,
    )
