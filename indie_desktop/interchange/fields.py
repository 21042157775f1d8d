"""The fields an import can fill, and which column headers name them (German and English).

Known layouts map themselves: Outlook contact exports (German and English), Google contacts,
our own vCard columns, and plain headers such as Firma, Straße, PLZ, Ort, Telefon, E-Mail.
"""

from __future__ import annotations

import re

from indie_desktop.domain.text import search_fold

ORGANISATION_FIELDS = (
    "name",
    "legal_form",
    "street",
    "postcode",
    "city",
    "website",
    "phone",
    "email",
    "vat_id",
    "register_court",
    "register_number",
    "wz_code",
    "founded_year",
    "competences",
    "notes",
)
PERSON_FIELDS = (
    "salutation",
    "title",
    "first_name",
    "last_name",
    "function",
    "department",
    "phone",
    "mobile",
    "email",
    "notes",
)
# Every target as "organisation.<field>" or "person.<field>".
TARGETS = tuple(f"organisation.{f}" for f in ORGANISATION_FIELDS) + tuple(
    f"person.{f}" for f in PERSON_FIELDS
)

# Headers that can belong to the firm or to the person: the person when the file names people.
_EITHER = {"phone", "email", "notes"}

_HEADERS: dict[str, str] = {}


def _add(target: str, *names: str) -> None:
    for name in names:
        _HEADERS[header_key(name)] = target


def header_key(header: str) -> str:
    """'Straße geschäftlich' -> 'strase geschaftlich': folded, punctuation to spaces."""
    return " ".join(re.sub(r"[^0-9a-z]+", " ", search_fold(header)).split())


_add(
    "organisation.name",
    "Firma",
    "Firmenname",
    "Unternehmen",
    "Organisation",
    "Organisation Name",
    "Company",
    "Company Name",
    "Organization",
    "Organization Name",
    "Organization 1 - Name",
    "Betrieb",
)
_add("organisation.legal_form", "Rechtsform", "Legal Form")
_add(
    "organisation.street",
    "Straße",
    "Strasse",
    "Str.",
    "Adresse",
    "Anschrift",
    "Street",
    "Address",
    "Straße geschäftlich",
    "Business Street",
    "Address 1 - Street",
    "Straße und Hausnummer",
)
_add(
    "organisation.postcode",
    "PLZ",
    "Postleitzahl",
    "Postcode",
    "Postal Code",
    "Zip",
    "ZIP Code",
    "Postleitzahl geschäftlich",
    "Business Postal Code",
    "Address 1 - Postal Code",
)
_add(
    "organisation.city",
    "Ort",
    "Stadt",
    "City",
    "Town",
    "Ort geschäftlich",
    "Business City",
    "Address 1 - City",
)
_add(
    "organisation.website",
    "Website",
    "Webseite",
    "Homepage",
    "Internet",
    "URL",
    "Web Page",
    "Webseite geschäftlich",
    "Website 1 - Value",
    "Web",
)
_add("organisation.vat_id", "USt-IdNr", "USt-IdNr.", "USt-ID", "Umsatzsteuer-ID", "VAT ID", "VAT")
_add("organisation.register_court", "Registergericht", "Amtsgericht", "Register Court")
_add(
    "organisation.register_number",
    "Handelsregister",
    "Handelsregisternummer",
    "Registernummer",
    "HRB",
    "Register Number",
)
_add("organisation.wz_code", "WZ", "WZ-Code", "WZ 2008", "Branchenschlüssel", "WZ Code")
_add("organisation.founded_year", "Gründungsjahr", "Gegründet", "Founded")
_add("organisation.competences", "Kompetenzen", "Leistungen", "Competences", "Angebot")
_add("organisation.phone", "Firmentelefon", "Telefon Firma", "Company Main Phone", "Zentrale")
_add("person.salutation", "Anrede", "Salutation")
_add("person.title", "Titel", "Akad. Titel", "Akademischer Titel", "Title", "Name Prefix")
_add("person.first_name", "Vorname", "First Name", "Given Name")
_add("person.last_name", "Nachname", "Last Name", "Family Name", "Surname", "Zuname")
_add(
    "person.function",
    "Funktion",
    "Position",
    "Job Title",
    "Organization 1 - Title",
    "Organization Title",
    "Rolle",
)
_add("person.department", "Abteilung", "Department", "Organization 1 - Department")
_add(
    "person.mobile",
    "Mobil",
    "Handy",
    "Mobiltelefon",
    "Mobile",
    "Mobile Phone",
    "Mobilnummer",
)
_add(
    "person.phone",
    "Telefon",
    "Tel",
    "Tel.",
    "Telefonnummer",
    "Phone",
    "Telefon geschäftlich",
    "Business Phone",
    "Phone 1 - Value",
)
_add(
    "person.email",
    "E-Mail",
    "Email",
    "E-Mail-Adresse",
    "E-Mail Address",
    "Email Address",
    "Mail",
    "E-mail 1 - Value",
)
_add("person.notes", "Notiz", "Notizen", "Notes", "Bemerkung", "Bemerkungen", "Anmerkungen")


def automatic_mapping(headers: list[str]) -> dict[int, str]:
    """Column index -> target for every header we recognise; each target used once.

    Phone, e-mail and notes go to the person when the file has a last-name column, otherwise
    to the organisation (a plain list of firms).
    """
    found: dict[int, str] = {}
    for index, header in enumerate(headers):
        target = _HEADERS.get(header_key(header))
        if target and target not in found.values():
            found[index] = target
    if "person.last_name" not in found.values():
        for index, target in list(found.items()):
            kind, name = target.split(".")
            if kind == "person" and name in _EITHER:
                alt = f"organisation.{name}"
                if alt not in found.values():
                    found[index] = alt
                else:
                    del found[index]
    return found
