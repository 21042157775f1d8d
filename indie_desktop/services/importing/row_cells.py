"""One import row's cells settled before they are checked: a full name split, a person
without a firm keeps the address in the notes, a contact without a name gets one, and the
German texts the report uses for values kept in the notes."""

from __future__ import annotations

import re
from collections.abc import Callable

from indie_desktop.domain.countries import country_for_storage, region_of
from indie_desktop.domain.validation import FieldError, normalize_phone

# Fields whose failed value goes into the notes instead of costing the contact.
KEPT_IN_NOTES = frozenset(
    {
        "legal_form",
        "street",
        "postcode",
        "city",
        "country",
        "website",
        "phone",
        "mobile",
        "email",
        "wz_code",
        "founded_year",
        "register_court",
        "register_number",
        "vat_id",
        "competences",
        "title",
        "function",
        "department",
        "first_name",
    }
)
FIELD_LABELS = {
    "legal_form": "Rechtsform",
    "street": "Straße",
    "postcode": "PLZ",
    "city": "Ort",
    "country": "Land",
    "website": "Website",
    "phone": "Telefon",
    "mobile": "Mobiltelefon",
    "email": "E-Mail",
    "wz_code": "WZ-Code",
    "founded_year": "Gründungsjahr",
    "register_court": "Registergericht",
    "register_number": "Registernummer",
    "vat_id": "USt-IdNr.",
    "competences": "Kompetenzen",
    "title": "Titel",
    "function": "Funktion",
    "department": "Abteilung",
    "first_name": "Vorname",
}
_SALUTATION_WORDS = {
    "herr",
    "hr",
    "frau",
    "fr",
    "mr",
    "mrs",
    "ms",
    "miss",
    "divers",
}
_TITLE_WORDS = re.compile(
    r"^(prof|dr|dipl|ing|mag|med|rer|nat|phil|jur|oec|pol|h\.?\s?c|mba|msc|bsc|b\.?a|m\.?a)"
    r"[\w.-]*$",
    re.IGNORECASE,
)
_ANGLE_ADDRESS = re.compile(r"<\s*([^<>\s]+@[^<>\s]+)\s*>")


def _name_key(text: str) -> list[str]:
    return sorted(text.replace(",", " ").casefold().split())


def join_notes(*parts: str) -> str:
    return "\n".join(p.strip() for p in parts if p and p.strip())


def split_full_name(text: str) -> tuple[str, str, str, str]:
    """'Frau Dr. Jutta Schröder' -> ('Frau', 'Dr.', 'Jutta', 'Schröder'); 'Schröder, Jutta'
    -> ('', '', 'Jutta', 'Schröder'). The last word is the last name."""
    text = " ".join(text.split())
    if "," in text:
        last, _, first = text.partition(",")
        salutation, title, first_names = _leading(first.strip())
        return salutation, title, first_names, last.strip()
    salutation, title, rest = _leading(text)
    first, _, last = rest.rpartition(" ")
    return salutation, title, first, last


def _leading(text: str) -> tuple[str, str, str]:
    words = text.split(" ")
    salutation = ""
    titles: list[str] = []
    while words:
        word = words[0]
        key = word.rstrip(".").casefold()
        if not salutation and not titles and key in _SALUTATION_WORDS and len(words) > 1:
            salutation = word
        elif _TITLE_WORDS.match(word) and len(words) > 1 and ("." in word or key == "prof"):
            titles.append(word)
        else:
            break
        words.pop(0)
    return salutation, " ".join(titles), " ".join(words)


def clean_email(text: str) -> str:
    """'"Omega" <omega@example.com>' -> 'omega@example.com'; 'mailto:' dropped."""
    match = _ANGLE_ADDRESS.search(text)
    if match is not None:
        text = match.group(1)
    return text.strip().removeprefix("mailto:").removeprefix("MAILTO:").strip()


def repair_phone(text: str, region: str | None) -> str | None:
    """The number in E.164 when it is valid for the address's country (or German with the
    leading 0 Excel dropped: 2317654321 -> +492317654321); None when it is not."""
    try:
        return normalize_phone(text, region or "ZZ")
    except FieldError:
        pass
    if region == "DE" and text.isdigit() and not text.startswith("0") and len(text) >= 6:
        try:
            return normalize_phone("0" + text)
        except FieldError:
            return None
    return None


def why_not(name: str, message: str, region: str | None) -> str:
    """'ist keine gültige deutsche Nummer' and the like, for the report line."""
    if name in ("phone", "mobile"):
        if region == "DE":
            return "ist keine gültige deutsche Nummer"
        return "ist keine gültige Telefonnummer"
    if name == "postcode":
        return "ist keine gültige deutsche Postleitzahl"
    if name == "email":
        return "ist keine gültige E-Mail-Adresse"
    if name == "website":
        return "ist keine gültige Web-Adresse"
    if name == "vat_id":
        return "ist keine gültige USt-IdNr."
    if name == "wz_code":
        return "ist kein WZ-2008-Code"
    if name == "founded_year":
        return "ist kein Gründungsjahr"
    if name == "legal_form":
        return "ist keine bekannte Rechtsform"
    return f"passt nicht in das Feld ({message})"


class RowCells:
    """The cells of one row by target field, for the organisation and for the person."""

    def __init__(self, org: dict[str, str], person: dict[str, str]) -> None:
        self.org = org
        self.person = person

    def region(self) -> str | None:
        return region_of(country_for_storage(self.org.get("country", "")))

    def org_named(self) -> bool:
        return bool(self.org.get("name"))

    def person_named(self) -> bool:
        return bool(self.person.get("last_name"))

    def settle_people(self, note: Callable[[str, str], None]) -> None:
        """Split a full name, clean e-mails, and place what has no field of its own in the
        notes: the address of a person without a firm, the contact details of a firm's row
        without a person's name; a contact with neither name gets its e-mail or number as
        the name (reported)."""
        person = self.person
        for cells in (self.org, person):
            if cells.get("email"):
                cells["email"] = clean_email(cells["email"])
        full = person.pop("full_name", "")
        if full and full.casefold() == self.org.get("name", "").casefold():
            full = ""  # Thunderbird's display name of a firm's entry is the firm's name
        named = " ".join(
            x for x in (person.get("first_name", ""), person.get("last_name", "")) if x
        )
        if full and named and _name_key(full) != _name_key(named):
            # Thunderbird's display name, a nickname-like "Johnny D.": kept beside the name
            more = join_notes(person.get("more", ""), f"Anzeigename: {full}")
            person["more"] = more
        if full and not person.get("last_name") and not person.get("first_name"):
            salutation, title, first, last = split_full_name(full)
            person["last_name"], person["first_name"] = last or first, first if last else ""
            if salutation and not person.get("salutation"):
                person["salutation"] = salutation
            if title and not person.get("title"):
                person["title"] = title
        if person.get("first_name") and not person.get("last_name"):
            person["last_name"], person["first_name"] = person["first_name"], ""
        more = person.pop("more", "")
        if not self.org_named() and any(self.org.values()):
            # No firm's name: the address, number or e-mail belong to the person (a list of
            # e-mail addresses maps them to the organisation, having no names at all).
            self._address_to_person()
        if not person.get("last_name") and (any(person.values()) or more):
            if self.org_named():
                self._person_details_to_org(more)
                return
            for field in ("email", "phone", "mobile"):
                if person.get(field):
                    person["last_name"] = person[field][:100]
                    note(
                        FIELD_LABELS[field],
                        f"kein Name in der Zeile – {person[field]} als Name übernommen",
                    )
                    break
        if more:
            person["notes"] = join_notes(person.get("notes", ""), more)

    def _address_to_person(self) -> None:
        org, person = self.org, self.person
        if org.get("phone") and not person.get("phone"):
            person["phone"] = org.pop("phone")
        if org.get("email") and not person.get("email"):
            person["email"] = org.pop("email")
        place = " ".join(x for x in (org.get("postcode", ""), org.get("city", "")) if x)
        address = ", ".join(x for x in (org.get("street", ""), place, org.get("country", "")) if x)
        lines = [f"Anschrift: {address}"] if address else []
        shown = {"street", "postcode", "city", "country", "name"}
        lines += [
            f"{FIELD_LABELS.get(k, k.capitalize())}: {v}"
            for k, v in org.items()
            if v and k not in shown and k != "notes"
        ]
        person["notes"] = join_notes(person.get("notes", ""), org.get("notes", ""), *lines)
        self.org = {}

    def _person_details_to_org(self, more: str) -> None:
        org, person = self.org, self.person
        lines: list[str] = []
        for field in ("phone", "email"):
            if person.get(field):
                if not org.get(field):
                    org[field] = person[field]
                else:
                    lines.append(f"{FIELD_LABELS[field]}: {person[field]}")
        if person.get("mobile"):
            lines.append(f"Mobiltelefon: {person['mobile']}")
        for field in ("salutation", "title", "function", "department"):
            if person.get(field):
                lines.append(f"{FIELD_LABELS.get(field, 'Anrede')}: {person[field]}")
        org["notes"] = join_notes(org.get("notes", ""), person.get("notes", ""), more, *lines)
        self.person = {}
