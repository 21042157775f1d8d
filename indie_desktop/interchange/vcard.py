"""vCard 4.0 (RFC 6350) and 3.0 (RFC 2426) for people, in the subset Outlook and Thunderbird
both read. Outlook takes 2.1/3.0 only, and only the first card of a file: for it, 3.0 and one
file per contact (a folder or a zip of single cards)."""

from __future__ import annotations

import re
import uuid
import zipfile
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from indie_desktop.domain.enums import ContactKind, ContactLabel
from indie_desktop.interchange.contact_columns import FurtherValue


@dataclass(frozen=True)
class Card:
    id: uuid.UUID
    first_name: str
    last_name: str
    title: str = ""  # academic title: Dr., Prof. Dr.
    organisation: str = ""
    function: str = ""
    department: str = ""
    phone: str = ""
    mobile: str = ""
    email: str = ""
    street: str = ""
    postcode: str = ""
    city: str = ""
    country: str = "Deutschland"
    salutation: str = ""  # Herr, Frau
    notes: str = ""
    further: tuple[FurtherValue, ...] = ()  # further e-mails, phones, addresses (with TYPE)


_TYPE3 = {ContactLabel.WORK: "WORK", ContactLabel.HOME: "HOME", ContactLabel.OTHER: "OTHER"}


def _further_lines(card: Card, v3: bool, cs: str) -> list[str]:
    """EMAIL, TEL, URL and ADR lines of the further contact details, each with its TYPE."""
    lines: list[str] = []
    for f in card.further:
        label = _TYPE3[f.label] if v3 else _TYPE3[f.label].lower()
        if f.kind is ContactKind.EMAIL:
            lines.append(f"EMAIL;TYPE={'INTERNET,' if v3 else ''}{label}:{escape(f.value)}")
        elif f.kind in (ContactKind.PHONE, ContactKind.MOBILE, ContactKind.FAX):
            what = {ContactKind.PHONE: "VOICE", ContactKind.MOBILE: "CELL", ContactKind.FAX: "FAX"}
            kind = f"{label},{what[f.kind]}" if v3 else f"{label},{what[f.kind].lower()}"
            lines.append(f"TEL;TYPE={kind}{'' if v3 else ';VALUE=text'}:{escape(f.value)}")
        elif f.kind is ContactKind.WEB:
            lines.append(f"URL;TYPE={label}:{f.value}")
        else:
            parts = ("", "", f.street, f.city, "", f.postcode, f.country or "Deutschland")
            lines.append(f"ADR;TYPE={label}{cs}:" + ";".join(escape(p) for p in parts))
    return lines


def escape(text: str) -> str:
    return (
        text.replace("\\", "\\\\")
        .replace(",", "\\,")
        .replace(";", "\\;")
        .replace("\r\n", "\\n")
        .replace("\n", "\\n")
    )


def fold_line(line: str) -> str:
    """Lines longer than 75 octets continue on the next line after a space (never inside a
    UTF-8 sequence)."""
    out: list[str] = []
    current, size = "", 0
    for ch in line:
        n = len(ch.encode("utf-8"))
        if size + n > (75 if not out else 74):
            out.append(current)
            current, size = "", 0
        current += ch
        size += n
    out.append(current)
    return "\r\n ".join(out)


def card_lines(card: Card, version: str = "4.0") -> list[str]:
    """The card's lines in vCard 4.0 or 3.0 (3.0 text properties say CHARSET=UTF-8, which
    Outlook needs to read umlauts)."""
    v3 = version == "3.0"
    cs = ";CHARSET=UTF-8" if v3 else ""
    full = " ".join(p for p in (card.title, card.first_name, card.last_name) if p)
    prefix = " ".join(p for p in (card.salutation, card.title) if p)
    lines = [
        "BEGIN:VCARD",
        f"VERSION:{version}",
        f"UID:urn:uuid:{card.id}",
        f"N{cs}:{escape(card.last_name)};{escape(card.first_name)};;{escape(prefix)};",
        f"FN{cs}:{escape(full)}",
    ]
    if card.organisation:
        org = escape(card.organisation)
        dept = f";{escape(card.department)}" if card.department else ""
        lines.append(f"ORG{cs}:{org}{dept}")
    if card.function:
        lines.append(f"TITLE{cs}:{escape(card.function)}")
    if card.phone:
        lines.append(
            f"TEL;TYPE=WORK,VOICE:{escape(card.phone)}"
            if v3
            else f"TEL;TYPE=work,voice;VALUE=text:{escape(card.phone)}"
        )
    if card.mobile:
        lines.append(
            f"TEL;TYPE=CELL,VOICE:{escape(card.mobile)}"
            if v3
            else f"TEL;TYPE=cell;VALUE=text:{escape(card.mobile)}"
        )
    if card.email:
        kind = "INTERNET,WORK" if v3 else "work"
        lines.append(f"EMAIL;TYPE={kind}:{escape(card.email)}")
    if card.street or card.city or card.postcode:
        parts = ("", "", card.street, card.city, "", card.postcode, card.country)
        kind = "WORK" if v3 else "work"
        lines.append(f"ADR;TYPE={kind}{cs}:" + ";".join(escape(p) for p in parts))
    lines += _further_lines(card, v3, cs)
    if card.notes:
        lines.append(f"NOTE{cs}:{escape(card.notes)}")
    lines.append("END:VCARD")
    return lines


def card_text(card: Card, version: str = "4.0") -> str:
    return "".join(fold_line(line) + "\r\n" for line in card_lines(card, version))


def write_vcards(path: Path, cards: Iterable[Card], version: str = "4.0") -> int:
    """All cards in one file; the number written."""
    n = 0
    with open(path, "w", encoding="utf-8", newline="") as f:
        for card in cards:
            f.write(card_text(card, version))
            n += 1
    return n


def card_file_name(card: Card, taken: set[str]) -> str:
    """'Schröder, Jutta.vcf', unique in `taken`, without characters Windows refuses."""
    name = ", ".join(p for p in (card.last_name, card.first_name) if p) or str(card.id)
    name = re.sub(r'[<>:"/\\|?*\x00-\x1f]', "_", name).strip(" .")[:80] or str(card.id)
    candidate, n = f"{name}.vcf", 2
    while candidate.casefold() in taken:
        candidate, n = f"{name} ({n}).vcf", n + 1
    taken.add(candidate.casefold())
    return candidate


def write_vcard_files(path: Path, cards: Iterable[Card], version: str = "3.0") -> int:
    """One file per contact (Outlook imports only the first card of a file): into the folder
    `path`, or into the zip file `path` when it ends with .zip; the number written."""
    taken: set[str] = set()
    n = 0
    if path.suffix.lower() == ".zip":
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
            for card in cards:
                archive.writestr(card_file_name(card, taken), card_text(card, version))
                n += 1
        return n
    path.mkdir(parents=True, exist_ok=True)
    for card in cards:
        (path / card_file_name(card, taken)).write_bytes(card_text(card, version).encode())
        n += 1
    return n
