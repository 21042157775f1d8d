"""German salutations and address names from salutation, academic title and name.

Only doctorates and professorships belong in a salutation ("Sehr geehrte Frau Prof. Dr.
Kowalski,"); diploma degrees (Dipl.-Ing.) appear in the address only, and "Dr.-Ing." is
addressed as "Dr.". Divers or unknown gender gets the neutral "Guten Tag Alex Schmidt,".
"""

from __future__ import annotations

from indie_desktop.domain.enums import Salutation

NEUTRAL_GROUP = "Sehr geehrte Damen und Herren,"


def salutation_title(title: str | None) -> str:
    """The part of an academic title used when addressing someone: 'Prof. Dr.', 'Dr.'."""
    kept: list[str] = []
    for word in (title or "").replace(",", " ").split():
        lowered = word.lower()
        if lowered.startswith("prof"):
            kept.append("Prof.")
        elif lowered.startswith("dr"):
            if "Dr." not in kept:
                kept.append("Dr.")
    return " ".join(kept)


def _salutation(value: Salutation | str | None) -> Salutation:
    try:
        return Salutation(value) if value else Salutation.NONE
    except ValueError:
        return Salutation.NONE


def salutation_line(
    salutation: Salutation | str | None,
    title: str | None,
    first_name: str | None,
    last_name: str | None,
) -> str:
    """'Sehr geehrte Frau Prof. Dr. Kowalski,', 'Sehr geehrter Herr Yılmaz,',
    'Guten Tag Alex Schmidt,' (divers/none); without a name 'Sehr geehrte Damen und Herren,'."""
    last = (last_name or "").strip()
    first = (first_name or "").strip()
    addressed = salutation_title(title)
    kind = _salutation(salutation)
    if not last:
        return NEUTRAL_GROUP
    if kind == Salutation.FRAU:
        return f"Sehr geehrte Frau {' '.join(p for p in (addressed, last) if p)},"
    if kind == Salutation.HERR:
        return f"Sehr geehrter Herr {' '.join(p for p in (addressed, last) if p)},"
    return f"Guten Tag {' '.join(p for p in (addressed, first, last) if p)},"


def address_name(
    salutation: Salutation | str | None,
    title: str | None,
    first_name: str | None,
    last_name: str | None,
) -> str:
    """The name line of a postal address: 'Frau Prof. Dr. Anna Kowalski', 'Herrn Dipl.-Ing. Jan
    Berg', 'Alex Schmidt' (the title in full, 'Herrn' in the accusative of the address)."""
    kind = _salutation(salutation)
    prefix = {Salutation.FRAU: "Frau", Salutation.HERR: "Herrn"}.get(kind, "")
    parts = (prefix, (title or "").strip(), (first_name or "").strip(), (last_name or "").strip())
    return " ".join(p for p in parts if p)
