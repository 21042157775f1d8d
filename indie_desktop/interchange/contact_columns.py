"""Columns of further e-mails, phones, faxes, websites and addresses in contact files.

Outlook (German and English), Outlook.com, Google, Thunderbird and our own exports name a
second e-mail, a home phone, a business fax or a home address in columns of their own. This
module reads such a header as (kind, label, part, slot) and writes the headers of our own
full export (German Outlook's names, numbered on where Outlook stops), so that an export
comes back in whole and Outlook files each value into its own field.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

from indie_desktop.domain.enums import ContactKind, ContactLabel
from indie_desktop.domain.text import search_fold

PARTS = ("street", "postcode", "city", "country")


@dataclass(frozen=True)
class ContactColumn:
    kind: ContactKind
    label: ContactLabel
    part: str = "value"  # or one of PARTS for an address, "line2" for its second street line
    slot: str = ""  # columns with the same kind, label and slot make one value (an address)


def _key(header: str) -> str:
    return " ".join(re.sub(r"[^0-9a-z]+", " ", search_fold(header)).split())


_W, _H, _O = ContactLabel.WORK, ContactLabel.HOME, ContactLabel.OTHER
_E, _P, _M, _F, _WEB, _A = (
    ContactKind.EMAIL,
    ContactKind.PHONE,
    ContactKind.MOBILE,
    ContactKind.FAX,
    ContactKind.WEB,
    ContactKind.ADDRESS,
)

# Our own export's headers: (kind, label) -> the header of its first further value; the
# n-th further value adds " n" (work e-mails, work phones and mobiles count on from 2: the
# record's own is the first). Addresses: the four parts' headers.
_VALUE_HEADERS: dict[tuple[ContactKind, ContactLabel], tuple[str, int]] = {
    (_E, _W): ("E-Mail {n}: Adresse", 2),
    (_E, _H): ("E-Mail privat", 1),
    (_E, _O): ("E-Mail weitere", 1),
    (_P, _W): ("Telefon geschäftlich {n}", 2),
    (_P, _H): ("Telefon privat", 1),
    (_P, _O): ("Weiteres Telefon", 1),
    (_M, _W): ("Mobiltelefon {n}", 2),
    (_M, _H): ("Mobiltelefon privat", 1),
    (_M, _O): ("Weiteres Mobiltelefon", 1),
    (_F, _W): ("Fax geschäftlich", 1),
    (_F, _H): ("Fax privat", 1),
    (_F, _O): ("Weiteres Fax", 1),
    (_WEB, _W): ("Webseite {n}", 2),
    (_WEB, _H): ("Webseite privat", 1),
    (_WEB, _O): ("Weitere Webseite", 1),
}
_ADDRESS_HEADERS: dict[ContactLabel, tuple[str, str, str, str]] = {
    _H: ("Straße privat", "Postleitzahl privat", "Ort privat", "Land/Region privat"),
    _O: ("Weitere Straße", "Weitere Postleitzahl", "Weiterer Ort", "Weiteres Land/Region"),
    _W: (
        "Zweitanschrift Straße",
        "Zweitanschrift Postleitzahl",
        "Zweitanschrift Ort",
        "Zweitanschrift Land/Region",
    ),
}


def value_header(kind: ContactKind, label: ContactLabel, n: int) -> str:
    """The export's header of the n-th (1, 2, ...) further value of a kind and label."""
    template, first = _VALUE_HEADERS[(kind, label)]
    number = first + n - 1
    if "{n}" in template:
        return template.format(n=number)
    return template if n == 1 else f"{template} {n}"


def address_headers(label: ContactLabel, n: int) -> tuple[str, ...]:
    """The export's headers of the n-th further address of a label: street, postcode, city,
    country."""
    return tuple(h if n == 1 else f"{h} {n}" for h in _ADDRESS_HEADERS[label])


_KNOWN: dict[str, ContactColumn] = {}


def _known(kind: ContactKind, label: ContactLabel, part: str, slot: str, *names: str) -> None:
    for name in names:
        _KNOWN[_key(name)] = ContactColumn(kind, label, part, slot)


for _n in range(1, 10):
    for _kind, _label in _VALUE_HEADERS:
        _known(_kind, _label, "value", str(_n), value_header(_kind, _label, _n))
    for _label in _ADDRESS_HEADERS:
        for _part, _header in zip(PARTS, address_headers(_label, _n), strict=True):
            _known(_A, _label, _part, str(_n), _header)

# Other programs' names (Outlook English, Outlook.com, Thunderbird, Apple, Google's fixed ones).
_known(_E, _W, "value", "2", "E-mail 2 Address", "E-Mail 2", "E-mail 2")
_known(_E, _W, "value", "3", "E-mail 3 Address", "E-Mail 3", "E-mail 3")
_known(_E, _O, "value", "1", "Secondary Email", "Email Other", "E-mail (other)", "Other Email")
_known(_E, _H, "value", "1", "Email Home", "E-mail (home)", "Home Email", "Personal Email")
_known(_P, _W, "value", "2", "Business Phone 2", "Company Main Phone", "Primary Phone")
_known(_P, _W, "value", "1", "Haupttelefon", "Telefon Firma")
_known(_P, _H, "value", "1", "Home Phone")
_known(_P, _H, "value", "2", "Home Phone 2")
_known(_P, _O, "value", "1", "Other Phone", "Car Phone", "Autotelefon")
_known(_M, _H, "value", "1", "Home Mobile")
_known(_F, _W, "value", "1", "Fax", "Fax Number", "Business Fax", "Telefax")
_known(_F, _H, "value", "1", "Home Fax")
_known(_F, _O, "value", "1", "Other Fax")
_known(_WEB, _W, "value", "2", "Web Page 2")
_known(_WEB, _H, "value", "1", "Personal Web Page", "Webseite privat")
for _label, _slot, _prefix in ((_H, "1", "Home"), (_O, "1", "Other")):
    _known(_A, _label, "street", _slot, f"{_prefix} Street", f"{_prefix} Address")
    _known(_A, _label, "line2", _slot, f"{_prefix} Address 2", f"{_prefix} Street 2")
    _known(_A, _label, "city", _slot, f"{_prefix} City")
    _known(
        _A,
        _label,
        "postcode",
        _slot,
        f"{_prefix} Postal Code",
        f"{_prefix} ZipCode",
        f"{_prefix} Zip Code",
        f"{_prefix} ZIP",
    )
    _known(_A, _label, "country", _slot, f"{_prefix} Country", f"{_prefix} Country/Region")
_known(_A, _H, "line2", "1", "Straße privat 2")

# Google's numbered columns: "E-mail 2 - Value", "Phone 3 - Value", "Address 2 - City" (as
# their folded keys read: "e mail 2 valu", "addres 2 city").
_GOOGLE_KINDS = {_key(k): v for k, v in (("E-mail", _E), ("Phone", _P), ("Website", _WEB))}
_GOOGLE_KINDS[_key("Address")] = _A
_GOOGLE_PARTS = {
    _key(k): v
    for k, v in (
        ("Value", "value"),
        ("Street", "street"),
        ("City", "city"),
        ("Postal Code", "postcode"),
        ("Country", "country"),
        ("Formatted", "formatted"),
    )
}
_GOOGLE = re.compile(
    "("
    + "|".join(map(re.escape, _GOOGLE_KINDS))
    + r") (\d+) ("
    + "|".join(map(re.escape, _GOOGLE_PARTS))
    + ")"
)


def contact_column(header: str) -> ContactColumn | None:
    """What a column of a further contact detail holds; None for any other column."""
    key = _key(header)
    found = _KNOWN.get(key)
    if found is not None:
        return found
    match = _GOOGLE.fullmatch(key)
    if match is None:
        return None
    what, number, folded = match.groups()
    if number == "1":
        return None  # the first of each is the record's own field
    kind, part = _GOOGLE_KINDS[what], _GOOGLE_PARTS[folded]
    if (kind is _A) == (part == "value"):
        return None
    return ContactColumn(kind, _O if kind is _A else _W, part, f"g{number}")


@dataclass(frozen=True)
class FurtherValue:
    """A further contact detail as an export writes it (a phone number already formatted)."""

    kind: ContactKind
    label: ContactLabel
    value: str = ""
    street: str = ""
    postcode: str = ""
    city: str = ""
    country: str = ""


_KIND_ORDER = list(ContactKind)
_LABEL_ORDER = list(ContactLabel)


def _numbered(values: Sequence[FurtherValue]) -> Iterator[tuple[FurtherValue, int]]:
    counts: dict[tuple[ContactKind, ContactLabel], int] = {}
    for value in values:
        n = counts[(value.kind, value.label)] = counts.get((value.kind, value.label), 0) + 1
        yield value, n


def _headers_of(value: FurtherValue, n: int) -> tuple[str, ...]:
    if value.kind is ContactKind.ADDRESS:
        return address_headers(value.label, n)
    return (value_header(value.kind, value.label, n),)


def further_headers(owners: Iterable[Sequence[FurtherValue]]) -> list[str]:
    """The columns the records' further contact details need: as many of each kind and label
    as the record with the most has, e-mails first, then phones, mobiles, faxes, websites,
    addresses."""
    most: dict[tuple[ContactKind, ContactLabel], int] = {}
    for values in owners:
        for value, n in _numbered(values):
            key = (value.kind, value.label)
            most[key] = max(most.get(key, 0), n)
    out: list[str] = []
    for kind, label in sorted(
        most, key=lambda k: (_KIND_ORDER.index(k[0]), _LABEL_ORDER.index(k[1]))
    ):
        for n in range(1, most[(kind, label)] + 1):
            out += _headers_of(FurtherValue(kind, label), n)
    return out


def further_cells(headers: Sequence[str], values: Sequence[FurtherValue]) -> list[str]:
    """One record's cells under `headers` (from further_headers)."""
    cells = dict.fromkeys(headers, "")
    for value, n in _numbered(values):
        names = _headers_of(value, n)
        texts = (
            (value.street, value.postcode, value.city, value.country)
            if value.kind is ContactKind.ADDRESS
            else (value.value,)
        )
        for name, text in zip(names, texts, strict=True):
            if name in cells:
                cells[name] = text
    return list(cells.values())
