"""The fields an import can fill, and which column headers name them (German and English).

Known layouts map themselves: Outlook contact exports (German and English), Google contacts,
our own vCard columns, and plain headers such as Firma, Straße, PLZ, Ort, Telefon, E-Mail.
"""

from __future__ import annotations

import re

from indie_desktop.domain.text import search_fold
from indie_desktop.interchange.contact_columns import contact_column

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
    "country",
    "kind",
    "employee_band",
    "chamber",
    "handwerksrolle",
    "tags_text",
    "responsible",  # the Betreuer's name: a staff member
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
    "full_name",  # "Frau Dr. Jutta Schröder": split into salutation, title, first, last name
    "more",  # a column with no field of its own, kept in the notes as "header: value"
)
# Targets several columns may fill at once.
MULTI_TARGETS = frozenset({"person.more"})
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
    "Work Address",
    "Business Address",
    "Street (work)",
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
    "Work ZipCode",
    "Work Zip",
    "Work Postal Code",
    "Postal code (work)",
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
    "Work City",
    "City (work)",
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
    "Web Page 1",
    "Webseite geschäftlich",
    "Business Web Page",
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
_add(
    "organisation.country",
    "Land",
    "Staat",
    "Country",
    "Country/Region",
    "Land/Region",
    "Land/Region geschäftlich",
    "Land geschäftlich",
    "Business Country",
    "Business Country/Region",
    "Work Country",
    "Address 1 - Country",
    "Country (work)",
)
_add(
    "person.full_name",
    "Name",
    "Full Name",
    "Display Name",
    "Anzeigename",
    "Ansprechpartner",
    "Ansprechpartnerin",
    "Ansprechpartner/in",
    "Kontakt",
    "Kontaktperson",
    "Vollständiger Name",
    "Contact",
    "Contact Name",
    "Contact Full Name",
)
_add(
    "person.more",
    # second and further e-mails, phones and addresses; names, dates and the like
    "Weitere Vornamen",
    "Middle Name",
    "Additional Name",
    "Suffix",
    "Name Suffix",
    "Nickname",
    "Spitzname",
    "Birthday",
    "Geburtstag",
    "Anniversary",
    "Jahrestag",
    "Secondary Email",
    "E-mail 2 Address",
    "E-mail 3 Address",
    "E-Mail 2: Adresse",
    "E-Mail 3: Adresse",
    "E-Mail 2",
    "E-Mail 3",
    "E-mail 2 - Value",
    "E-mail 3 - Value",
    "Email Home",
    "Email Other",
    "E-mail (home)",
    "E-mail (other)",
    "Home Phone",
    "Home Phone 2",
    "Telefon privat",
    "Telefon privat 2",
    "Business Phone 2",
    "Telefon geschäftlich 2",
    "Other Phone",
    "Weiteres Telefon",
    "Car Phone",
    "Autotelefon",
    "Primary Phone",
    "Haupttelefon",
    "Home Mobile",
    "Phone 2 - Value",
    "Phone 3 - Value",
    "Pager",
    "Pager Number",
    "Fax",
    "Fax Number",
    "Business Fax",
    "Fax geschäftlich",
    "Home Fax",
    "Fax privat",
    "Other Fax",
    "Weiteres Fax",
    "Assistant's Phone",
    "Screen Name",
    "IM Address",
    "IMAddress",
    "Business Street 2",
    "Business Street 3",
    "Straße geschäftlich 2",
    "Straße geschäftlich 3",
    "Work Address 2",
    "Business State",
    "Region geschäftlich",
    "Bundesland geschäftlich",
    "Work State",
    "Address 1 - Region",
    "Address 1 - PO Box",
    "Address 1 - Extended Address",
    "Home Address",
    "Home Address 2",
    "Home Street",
    "Home City",
    "Home State",
    "Home ZipCode",
    "Home Postal Code",
    "Home Country",
    "Home Country/Region",
    "Straße privat",
    "Ort privat",
    "Postleitzahl privat",
    "Region privat",
    "Land/Region privat",
    "Address 2 - Formatted",
    "Address 2 - Street",
    "Address 2 - City",
    "Address 2 - Postal Code",
    "Address 2 - Country",
    "Other Street",
    "Other City",
    "Other Postal Code",
    "Other Country/Region",
    "Web Page 2",
    "Personal Web Page",
    "Website 2 - Value",
    "Birth Year",
    "Birth Month",
    "Birth Day",
    "Custom 1",
    "Custom 2",
    "Custom 3",
    "Custom 4",
    "Office Location",
    "Büro",
    "Manager's Name",
    "Assistant's Name",
    "Spouse",
    "Categories",
    "Kategorien",
    "Group Membership",
    "Connected On",
    # Outlook's display name of an address ("Cornelius Weiß (c.weiss@example.de)")
    "E-Mail: Angezeigter Name",
    "E-Mail 2: Angezeigter Name",
    "E-Mail 3: Angezeigter Name",
    "E-mail Display Name",
    "E-mail 2 Display Name",
    "E-mail 3 Display Name",
    "Profile URL",
    "LinkedIn",
)
_add("organisation.kind", "Art", "Organisationsart", "Organisation Kind")
_add(
    "organisation.employee_band",
    "Beschäftigte",
    "Mitarbeiterzahl",
    "Anzahl Mitarbeiter",
    "Employees",
    "Employee Band",
)
_add("organisation.chamber", "Kammer", "Kammerzugehörigkeit", "Chamber")
_add("organisation.handwerksrolle", "Handwerksrolle")
_add("organisation.tags_text", "Schlagworte", "Schlagwörter", "Tags")
_add("organisation.responsible", "Betreuer", "Betreuerin", "Betreuer/in", "Responsible")
_add("person.salutation", "Anrede", "Salutation", "Prefix")
_add("person.title", "Titel", "Akad. Titel", "Akademischer Titel", "Title", "Name Prefix")
_add("person.first_name", "Vorname", "First Name", "Given Name", "First name")
_add("person.last_name", "Nachname", "Last Name", "Family Name", "Surname", "Zuname")
_add(
    "person.function",
    "Funktion",
    "Position",
    "Job Title",
    "Organization 1 - Title",
    "Organization Title",
    "Rolle",
    "Organization 1 - Job Title",
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
    "Mobile Number",
    "Mobile Phone Number",
    "Phone (mobile)",
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
    "Work Phone",
    "Phone (work)",
    "Business Phone Number",
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
    "Primary Email",
    "E-mail Address",
    "Email Work",
    "E-mail (work)",
    "E-Mail-Adresse geschäftlich",
)
_add("person.notes", "Notiz", "Notizen", "Notes", "Bemerkung", "Bemerkungen", "Anmerkungen")


# Google's numbered columns past the ones named above: "E-mail 4 - Value", "Phone 7 - Value",
# "Relation 1 - Value", "Address 2 - Formatted", "Custom Field 1 - Value" ...
_NUMBERED_VALUE = re.compile(
    r"(e mail|phone|website|relation|im|event|custom field|external id) \d+ valu\w*"
    r"|addres+ \d+ format\w*"
)
_FIRM_COLUMNS = frozenset(
    f"organisation.{f}"
    for f in ("street", "postcode", "city", "legal_form", "website", "vat_id", "wz_code")
)


def _plain_name_column(keys: list[str], found: dict[int, str]) -> None:
    """A column headed just "Name" names a person in an address book (Thunderbird: Name,
    Email; Google: Name, Given Name ...) but a firm in a list of firms with their addresses."""
    index = next((i for i, k in enumerate(keys) if k == "name"), None)
    if index is None or found.get(index) != "person.full_name":
        return
    values = set(found.values())
    people = {"person.first_name", "person.last_name", "person.mobile", "person.salutation"}
    if values & _FIRM_COLUMNS and not values & people and "organisation.name" not in values:
        found[index] = "organisation.name"


def automatic_mapping(headers: list[str]) -> dict[int, str]:
    """Column index -> target for every header we recognise; each target used once.

    Phone, e-mail and notes go to the person when the file has a column of people's names,
    otherwise to the organisation (a plain list of firms). Columns that belong to a person
    but have no field of their own (a second e-mail, a home phone, a fax) go to "more": the
    import keeps them in the notes.
    """
    found: dict[int, str] = {}
    keys = [header_key(h) for h in headers]
    linkedin = "connected on" in keys  # LinkedIn's "URL" is the person's profile
    for index, key in enumerate(keys):
        target = _HEADERS.get(key) or (
            "person.more"
            if _NUMBERED_VALUE.fullmatch(key) or contact_column(headers[index]) is not None
            else None
        )
        if linkedin and key == "url":
            target = "person.more"
        if target and (target in MULTI_TARGETS or target not in found.values()):
            found[index] = target
    _plain_name_column(keys, found)
    names = {"person.last_name", "person.first_name", "person.full_name"}
    if not names & set(found.values()):
        for index, target in list(found.items()):
            kind, name = target.split(".")
            if kind == "person" and name in _EITHER:
                alt = f"organisation.{name}"
                if alt not in found.values():
                    found[index] = alt
                else:
                    del found[index]
    return found
