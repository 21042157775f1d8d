"""vCard 4.0 (RFC 6350) for people, in the subset Outlook and Thunderbird both read."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path


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


def card_lines(card: Card) -> list[str]:
    full = " ".join(p for p in (card.title, card.first_name, card.last_name) if p)
    lines = [
        "BEGIN:VCARD",
        "VERSION:4.0",
        f"UID:urn:uuid:{card.id}",
        f"N:{escape(card.last_name)};{escape(card.first_name)};;{escape(card.title)};",
        f"FN:{escape(full)}",
    ]
    if card.organisation:
        org = escape(card.organisation)
        lines.append(f"ORG:{org};{escape(card.department)}" if card.department else f"ORG:{org}")
    if card.function:
        lines.append(f"TITLE:{escape(card.function)}")
    if card.phone:
        lines.append(f"TEL;TYPE=work,voice;VALUE=text:{escape(card.phone)}")
    if card.mobile:
        lines.append(f"TEL;TYPE=cell;VALUE=text:{escape(card.mobile)}")
    if card.email:
        lines.append(f"EMAIL;TYPE=work:{escape(card.email)}")
    if card.street or card.city or card.postcode:
        parts = ("", "", card.street, card.city, "", card.postcode, card.country)
        lines.append("ADR;TYPE=work:" + ";".join(escape(p) for p in parts))
    lines.append("END:VCARD")
    return lines


def write_vcards(path: Path, cards: Iterable[Card]) -> int:
    n = 0
    with open(path, "w", encoding="utf-8", newline="") as f:
        for card in cards:
            f.write("".join(fold_line(line) + "\r\n" for line in card_lines(card)))
            n += 1
    return n
