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

from indie_desktop.domain.enums import ContactKind, ContactLabel
from indie_desktop.interchange.contact_columns import address_headers, value_header
from indie_desktop.interchange.import_table import (
    MAX_ROWS,
    ImportFileError,
    ImportTable,
    check_size,
    looks_binary,
    read_bytes,
)
from indie_desktop.interchange.text_decoding import decode_value, detect_encoding, to_text

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
    "Land",
    "Website",
    "Notiz",
]
# Properties read into a column, the notes, or the photo; the rest is listed as ignored.
_READ = {"N", "FN", "ORG", "TITLE", "ROLE", "TEL", "EMAIL", "ADR", "URL", "NOTE", "PHOTO"}
_FRAME = {"BEGIN", "END", "VERSION", "X-ABLABEL"}
_IMAGE_TYPES = {"jpeg": "jpg", "jpg": "jpg", "png": "png", "gif": "gif", "bmp": "bmp"}
_MAGIC = ((b"\xff\xd8\xff", "jpg"), (b"\x89PNG", "png"), (b"GIF8", "gif"), (b"BM", "bmp"))
_SALUTATIONS = {"herr", "frau", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "divers"}
_HEAD = re.compile(rb"^[ \t]*[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)?[ \t]*[;:]")


@dataclass(slots=True)
class _Property:
    group: str
    name: str
    params: dict[str, list[str]]
    raw: bytes

    def types(self) -> set[str]:
        return {t.lower() for t in self.params.get("TYPE", [])}


@dataclass
class _Card:
    line: int = 0
    props: list[_Property] = field(default_factory=list)


def _normalise_line_ends(data: bytes) -> bytes:
    """CR CR LF (iPhone) and CR LF become LF; a bare CR stays a line end only in a file
    without LF (old Mac), elsewhere it is a break inside a value (Thunderbird's custom fields)."""
    data = re.sub(rb"\r+\n", b"\n", data)
    if b"\n" in data:
        return data.replace(b"\r", b" ")
    return data.replace(b"\r", b"\n")


def _unfold(data: bytes) -> list[tuple[int, bytes]]:
    """Logical lines with the number of their first physical line: folded lines joined,
    QUOTED-PRINTABLE soft breaks ('=' at the end) joined, vCard 2.1 values continued with a
    backslash at the end joined (Android addresses)."""
    out: list[tuple[int, bytes]] = []
    for number, line in enumerate(_normalise_line_ends(data).split(b"\n"), start=1):
        if out:
            last_no, last = out[-1]
            if last.endswith(b"=") and b"QUOTED-PRINTABLE" in last.upper().partition(b":")[0]:
                out[-1] = (last_no, last[:-1] + line)
                continue
            if line[:1] in (b" ", b"\t"):
                out[-1] = (last_no, last + line[1:])
                continue
            if last.endswith(b"\\") and not last.endswith(b"\\\\") and line.strip():
                if not _HEAD.match(line):
                    out[-1] = (last_no, last[:-1] + b"\\n" + line)
                    continue
        out.append((number, line))
    return out


def _split_params(head: str) -> tuple[str, str, dict[str, list[str]]]:
    if ";" not in head and "." not in head:  # most lines: FN, N, ORG, NOTE, BEGIN ...
        return "", head.strip().upper(), {}
    parts = _param_parts(head)
    name = parts[0].strip()
    group = ""
    if "." in name:
        group, name = name.rsplit(".", 1)
    params: dict[str, list[str]] = {}
    for p in parts[1:]:
        if "=" in p:
            key, value = p.split("=", 1)
            values = [value.strip('"')] if value.startswith('"') else value.split(",")
            params.setdefault(key.strip().upper(), []).extend(v.strip('"') for v in values)
        elif p.upper() in ("QUOTED-PRINTABLE", "BASE64", "8BIT", "7BIT", "B"):
            params.setdefault("ENCODING", []).append(p)
        elif p:  # vCard 2.1 bare types: TEL;WORK;VOICE
            params.setdefault("TYPE", []).append(p)
    return group.upper(), name.upper(), params


def _param_parts(head: str) -> list[str]:
    """'TEL;TYPE="a;b",PREF' split at ';' outside double quotes."""
    if '"' not in head:
        return head.split(";")
    parts: list[str] = []
    current: list[str] = []
    quoted = False
    for ch in head:
        if ch == '"':
            quoted = not quoted
        if ch == ";" and not quoted:
            parts.append("".join(current))
            current = []
        else:
            current.append(ch)
    parts.append("".join(current))
    return parts


def _split_line(line: bytes) -> tuple[bytes, bytes] | None:
    """(head, value) at the first ':' outside a quoted parameter value; None without one."""
    colon, quote = line.find(b":"), line.find(b'"')
    if colon >= 0 and (quote < 0 or colon < quote):
        return line[:colon], line[colon + 1 :]
    quoted = False
    for i, byte in enumerate(line):
        if byte == 0x22:
            quoted = not quoted
        elif byte == 0x3A and not quoted:
            return line[:i], line[i + 1 :]
    return None


def _value(prop: _Property) -> str:
    raw = prop.raw
    params = prop.params
    if not params:  # most properties: plain UTF-8 (or a guessed code page)
        return decode_value(raw, None)
    encoding = {e.upper() for e in params.get("ENCODING", [])}
    if "QUOTED-PRINTABLE" in encoding:
        raw = quopri.decodestring(raw)
    charsets = params.get("CHARSET")
    return decode_value(raw, charsets[0] if charsets else None)


def _components(text: str) -> list[str]:
    """Split a structured value at unescaped ';' and unescape \\n, \\, \\; \\\\."""
    if "\\" not in text:
        return [p.strip() for p in text.split(";")]
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


def _cards(data: bytes, warnings: list[tuple[int, str]]) -> list[_Card]:
    """The file's cards, read card by card: a line that cannot be read is skipped with a
    warning naming it, a card inside a card (Android) is read as a card of its own."""
    cards: list[_Card] = []
    stack: list[_Card] = []
    for number, line in _unfold(data):
        if not line.strip() or line.lstrip()[:1] == b"#":
            continue  # blank lines and comment lines (2.1 files of some phones)
        parts = _split_line(line)
        if parts is None:
            warnings.append((number, "Line %1 is not a vCard property (no ':'); skipped."))
            continue
        head, raw = parts
        try:
            head_text = head.decode("ascii").strip()
        except UnicodeDecodeError:
            head_text = decode_value(head, None).strip()
        group, name, params = _split_params(head_text)
        if name == "BEGIN" and raw.strip().upper() == b"VCARD":
            stack.append(_Card(number))
        elif name == "END" and raw.strip().upper() == b"VCARD":
            if not stack:
                warnings.append((number, "Line %1: END:VCARD without BEGIN:VCARD; skipped."))
                continue
            cards.append(stack.pop())
            if len(cards) > MAX_ROWS:
                raise ImportFileError("The file has more than %1 cards.", MAX_ROWS)
        elif not stack:
            warnings.append((number, "Line %1 stands outside a card (BEGIN:VCARD missing)."))
        else:
            stack[-1].props.append(_Property(group, name, params, raw))
    for card in reversed(stack):
        warnings.append(
            (card.line, "The card of line %1 is not closed (END:VCARD missing); read as it is.")
        )
        cards.append(card)
    if not cards:
        raise ImportFileError("The file holds no vCard (BEGIN:VCARD ... END:VCARD).")
    cards.sort(key=lambda c: c.line)
    return cards


def _photo(card: _Card) -> tuple[bytes, str] | None:
    """The card's embedded photo as (content, extension); None for none, a link or bad data.

    Base64 with ENCODING=b/BASE64, a 4.0 data: URI, or base64 without any ENCODING (some
    exporters leave it out)."""
    for p in card.props:
        if p.name != "PHOTO":
            continue
        raw = p.raw.strip()
        kind = ""
        if raw[:5].lower() == b"data:":  # vCard 4.0: data:image/jpeg;base64,....
            head, _, raw = raw.partition(b",")
            kind = head.decode("ascii", "replace").lower().partition("/")[2].partition(";")[0]
        elif raw[:4].lower() in (b"http", b"file") or b"://" in raw[:12]:
            continue  # a link: nothing to keep
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


def _label(kinds: set[str]) -> ContactLabel:
    if "home" in kinds:
        return ContactLabel.HOME
    if kinds & {"other", "x-other"}:
        return ContactLabel.OTHER
    return ContactLabel.WORK


class _Further:
    """A card's further e-mails, phones, faxes, websites and addresses as columns of their
    own ("E-Mail 2: Adresse", "Telefon privat", "Straße privat" ...), numbered per card."""

    def __init__(self) -> None:
        self.cells: dict[str, str] = {}
        self._counts: dict[tuple[ContactKind, ContactLabel], int] = {}

    def _next(self, kind: ContactKind, label: ContactLabel) -> int:
        n = self._counts.get((kind, label), 0) + 1
        self._counts[(kind, label)] = n
        return n

    def value(self, kind: ContactKind, label: ContactLabel, value: str) -> None:
        self.cells[value_header(kind, label, self._next(kind, label))] = value

    def address(self, label: ContactLabel, adr: list[str]) -> None:
        street = ", ".join(x for x in (adr[0], adr[1], adr[2]) if x).replace("\n", ", ")
        headers = address_headers(label, self._next(ContactKind.ADDRESS, label))
        for header, text in zip(headers, (street, adr[5], adr[3], adr[6]), strict=True):
            if text:
                self.cells[header] = text


def _row(card: _Card, ignored: dict[str, int]) -> tuple[list[str], dict[str, str]]:
    """One card as a row of COLUMNS and its further contact details by column header. What
    has no column (a nickname, a birthday ...) is added to the notes under "Weitere Angaben",
    so nothing of the card is lost; properties without content for people (UID, REV, PRODID)
    are counted in `ignored`."""
    out = dict.fromkeys(COLUMNS, "")
    further = _Further()
    labels = {
        p.group: _value(p).strip().removeprefix("_$!<").removesuffix(">!$_").lower()
        for p in card.props
        if p.name == "X-ABLABEL" and p.group
    }
    notes: list[str] = []
    extras: list[str] = []
    fn = ""
    addresses: list[tuple[bool, list[str], str, ContactLabel]] = []
    seen_ignored: set[str] = set()
    for p in card.props:
        value = _value(p)
        label = labels.get(p.group, "") if p.group else ""
        kinds = p.types() if p.params else set()
        if label:
            kinds.add(label)
        if p.name == "N":
            n = _components(value) + [""] * 5
            given = " ".join(x for x in (n[1], n[2].replace(",", " ")) if x)
            out["Nachname"], out["Vorname"] = n[0], given
            prefix = n[3]
            if prefix.lower() in _SALUTATIONS:
                out["Anrede"] = prefix
            elif prefix:
                out["Titel"] = prefix
        elif p.name == "FN":
            fn = _components(value.replace(";", "\\;"))[0]
        elif p.name == "ORG":
            org = [*_components(value), ""]
            out["Firma"], out["Abteilung"] = org[0], org[1]
            if org[2:] and any(org[2:]):
                extras.append("Organisation: " + ", ".join(x for x in org[2:] if x))
        elif p.name in ("TITLE", "ROLE"):
            text = _components(value.replace(";", "\\;"))[0]
            if not out["Position"]:
                out["Position"] = text
            elif text and text != out["Position"]:
                extras.append(f"{'Rolle' if p.name == 'ROLE' else 'Position'}: {text}")
        elif p.name == "TEL":
            number = _components(value.replace(";", "\\;"))[0].removeprefix("tel:")
            if not number:
                continue
            key = ""
            if "fax" in kinds or "pager" in kinds:
                key = ""
            elif kinds & {"cell", "mobile", "mobil", "handy", "iphone"}:
                key = "Mobiltelefon"
            elif "home" in kinds and out["Telefon"]:
                key = ""
            elif out["Telefon"] and kinds & {"main", "pref", "work"} and not out["Firmentelefon"]:
                key = "Firmentelefon"
            else:
                key = "Telefon"
            if key and not out[key]:
                out[key] = number
            elif "pager" in kinds:
                extras.append(f"{label.title() if label else 'Pager'}: {number}")
            elif "fax" in kinds:
                further.value(ContactKind.FAX, _label(kinds), number)
            elif kinds & {"cell", "mobile", "mobil", "handy", "iphone"}:
                further.value(ContactKind.MOBILE, _label(kinds), number)
            else:
                further.value(ContactKind.PHONE, _label(kinds), number)
        elif p.name == "EMAIL":
            address = _components(value.replace(";", "\\;"))[0]
            if not address:
                continue
            if not out["E-Mail"]:
                out["E-Mail"] = address
            elif "pref" in kinds and "pref" not in labels.get("_email", ""):
                further.value(ContactKind.EMAIL, ContactLabel.WORK, out["E-Mail"])
                out["E-Mail"] = address
                labels["_email"] = "pref"
            else:
                further.value(ContactKind.EMAIL, _label(kinds), address)
        elif p.name == "ADR":
            adr = _components(value) + [""] * 7
            if any(adr[:7]):
                addresses.append(("work" in kinds, adr, label, _label(kinds)))
        elif p.name == "URL":
            url = value.strip().replace("\\:", ":").replace("\\,", ",")
            if not out["Website"]:
                out["Website"] = url
            elif url:
                further.value(ContactKind.WEB, _label(kinds), url)
        elif p.name == "NOTE":
            notes.append(_components(value.replace(";", "\\;"))[0])
        elif p.name in _READ or p.name in _FRAME:
            continue
        elif p.name in _KEPT_AS_NOTE:
            text = _components(value.replace(";", "\\;"))[0]
            if text:
                extras.append(f"{_KEPT_AS_NOTE[p.name]}: {text}")
        elif p.name not in seen_ignored:
            seen_ignored.add(p.name)
            ignored[p.name] = ignored.get(p.name, 0) + 1
    if addresses:
        addresses.sort(key=lambda a: not a[0])  # the work address first
        adr = addresses[0][1]
        out["Straße"] = ", ".join(x for x in (adr[1], adr[2]) if x).replace("\n", ", ")
        if not out["Straße"] and adr[0]:
            out["Straße"] = adr[0]
        out["Ort"], out["PLZ"], out["Land"] = adr[3], adr[5], adr[6]
        if adr[4]:
            extras.append(f"Region: {adr[4]}")
        for _, other, _, kind in addresses[1:]:
            further.address(kind, other)
            if other[4]:
                extras.append(f"Region: {other[4]}")
    if not out["Nachname"] and not out["Vorname"] and fn:
        first, _, last = fn.strip().rpartition(" ")
        out["Vorname"], out["Nachname"] = first, last
    if extras:
        notes.append("Weitere Angaben:\n" + "\n".join(extras))
    out["Notiz"] = "\n".join(n for n in notes if n)
    return [out[c] for c in COLUMNS], further.cells


# Properties with content for a person but no field: kept in the notes.
_KEPT_AS_NOTE = {
    "NICKNAME": "Spitzname",
    "BDAY": "Geburtstag",
    "ANNIVERSARY": "Jahrestag",
    "IMPP": "Chat",
    "X-AIM": "AIM",
    "X-ICQ": "ICQ",
    "X-JABBER": "Jabber",
    "X-SKYPE": "Skype",
    "X-MSN": "MSN",
    "X-YAHOO": "Yahoo",
    "X-GTALK": "Google Talk",
    "X-SIP": "SIP",
    "X-TWITTER": "Twitter",
    "CATEGORIES": "Kategorien",
    "GEO": "Geo",
    "TZ": "Zeitzone",
    "LANG": "Sprache",
    "GENDER": "Geschlecht",
    "X-ASSISTANT": "Assistenz",
    "X-MANAGER": "Vorgesetzte/r",
    "X-SPOUSE": "Partner/in",
    "X-MS-MANAGER": "Vorgesetzte/r",
    "X-MS-ASSISTANT": "Assistenz",
    "X-MS-SPOUSE": "Partner/in",
    "X-EVOLUTION-MANAGER": "Vorgesetzte/r",
    "X-EVOLUTION-ASSISTANT": "Assistenz",
    "X-EVOLUTION-SPOUSE": "Partner/in",
    "X-ABRELATEDNAMES": "Beziehung",
    "X-PHONETIC-FIRST-NAME": "Vorname (Aussprache)",
    "X-PHONETIC-LAST-NAME": "Nachname (Aussprache)",
    "X-MAIDENNAME": "Geburtsname",
    "SORT-STRING": "Sortiername",
    "X-ANDROID-CUSTOM": "Android",
    "AGENT": "Vertretung",
    "MAILER": "Mailprogramm",
    "CLASS": "Vertraulichkeit",
    "X-CUSTOM1": "Benutzerdefiniert 1",
    "X-CUSTOM2": "Benutzerdefiniert 2",
    "X-CUSTOM3": "Benutzerdefiniert 3",
    "X-CUSTOM4": "Benutzerdefiniert 4",
    "X-ABDATE": "Datum",
    "X-ANNIVERSARY": "Jahrestag",
    "X-MS-ANNIVERSARY": "Jahrestag",
    "X-EVOLUTION-ANNIVERSARY": "Jahrestag",
    "X-MS-IMADDRESS": "Chat",
    "X-GENDER": "Geschlecht",
    "X-QQ": "QQ",
}


def read_vcard(path: Path) -> ImportTable:
    return parse_vcard(read_bytes(path))


def parse_vcard(data: bytes) -> ImportTable:
    check_size(len(data))
    encoding = detect_encoding(data)
    if encoding.startswith("utf-16"):
        try:
            data = to_text(data, encoding).encode("utf-8")
        except UnicodeDecodeError as exc:
            raise ImportFileError("This is not a vCard file (it contains binary data).") from exc
    elif data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    if looks_binary(data):
        raise ImportFileError("This is not a vCard file (it contains binary data).")
    warnings: list[tuple[int, str]] = []
    ignored: dict[str, int] = {}
    cards = _cards(data, warnings)
    read = [_row(c, ignored) for c in cards]
    further: dict[str, None] = {}  # the further contact details' columns, in order of appearance
    for _, cells in read:
        further.update(dict.fromkeys(cells))
    rows = [row + [cells.get(h, "") for h in further] for row, cells in read]
    photos = {i: photo for i, c in enumerate(cards) if (photo := _photo(c)) is not None}
    for i, c in enumerate(cards):
        if i not in photos and any(p.name == "PHOTO" for p in c.props):
            ignored["PHOTO"] = ignored.get("PHOTO", 0) + 1  # a link or unreadable data
    return ImportTable(
        headers=[*COLUMNS, *further],
        rows=rows,
        row_numbers=[c.line for c in cards],
        kind="vcard",
        encoding="vCard",
        photos=photos,
        warnings=warnings,
        ignored=ignored,
    )
