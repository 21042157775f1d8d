"""Real address books of other programs (tests/files/contacts, origins in its README) come in
whole: every contact of every file arrives, or the report names the line that could not be
read; nothing of a file is dropped without a line in the report."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from sqlalchemy import select

from indie_desktop.domain.models import ContactPoint, Organisation, Person
from indie_desktop.interchange.import_table import ImportTable
from indie_desktop.interchange.text_decoding import detect_encoding, to_text
from indie_desktop.services.importing.batches import ImportReport
from indie_desktop.services.importing.plan import ImportSettings
from indie_desktop.services.workspace import Workspace

CORPUS = Path(__file__).parents[1] / "files" / "contacts"

# Contacts in each file: BEGIN:VCARD lines of a vCard file, records under the header of a
# CSV file, counted by hand.
EXPECTED = {
    "android-v21_adr_multiple_line.vcf": 1,
    "android-v21_backslash.vcf": 1,
    "android-v21_base64_no_2_crlf.vcf": 1,
    "android-v21_blackberry_photo.vcf": 1,
    "android-v21_complicated.vcf": 1,
    "android-v21_invalid_comment_line.vcf": 1,
    "android-v21_invalid_multiple_line.vcf": 1,
    "android-v21_malformed_photo.vcf": 1,
    "android-v21_multiple_entry.vcf": 3,
    "android-v21_nest.vcf": 3,
    "android-v21_org_before_title.vcf": 1,
    "android-v21_pref_handling.vcf": 1,
    "android-v21_simple_1.vcf": 1,
    "android-v21_title_before_org.vcf": 1,
    "android-v21_winmo_65.vcf": 1,
    "android-v30_comma_separated.vcf": 1,
    "android-v30_ios_613_multiline.vcf": 1,
    "android-v30_pager.vcf": 1,
    "android-v30_simple.vcf": 1,
    "android-v40_sort_as.vcf": 1,
    "ezvcard-John_Doe_ANDROID.vcf": 6,
    "ezvcard-John_Doe_BLACK_BERRY.vcf": 1,
    "ezvcard-John_Doe_EVOLUTION.vcf": 1,
    "ezvcard-John_Doe_GMAIL.vcf": 1,
    "ezvcard-John_Doe_IPHONE.vcf": 1,
    "ezvcard-John_Doe_LOTUS_NOTES.vcf": 1,
    "ezvcard-John_Doe_MAC_ADDRESS_BOOK.vcf": 1,
    "ezvcard-John_Doe_MS_OUTLOOK.vcf": 1,
    "ezvcard-fullcontact.vcf": 1,
    "ezvcard-gmail-list.vcf": 3,
    "ezvcard-gmail-single.vcf": 1,
    "ezvcard-gmail-single2.vcf": 1,
    "ezvcard-issue114.vcf": 1,
    "ezvcard-outlook-2003.vcf": 1,
    "ezvcard-outlook-2007.vcf": 1,
    "ezvcard-rfc2426-example.vcf": 2,
    "ezvcard-rfc6350-example.vcf": 1,
    "ezvcard-thunderbird-MoreFunctionsForAddressBook-extension.vcf": 1,
    "roundcube-apple.vcf": 1,
    "roundcube-johndoe.vcf": 1,
    "roundcube-photo.vcf": 1,
    "roundcube-thebat.vcf": 1,
    "roundcube-utf-16_sample.vcf": 1,
    "thunderbird-basic_vcard_addressbook.vcf": 2,
    "thunderbird-dos_vcard_addressbook.vcf": 1,
    "thunderbird-emptylines_vcard_addressbook.vcf": 2,
    "thunderbird-export.vcf": 2,
    "thunderbird-import.vcf": 1,
    "thunderbird-v3-binary-jpeg.vcf": 1,
    "thunderbird-v4-uri-png.vcf": 1,
    "roundcube-csv-all.csv": 1,
    "roundcube-csv-email.csv": 4,
    "roundcube-csv-gmail.csv": 1,
    "roundcube-csv-outlook.csv": 1,
    "roundcube-csv-tb_plain.csv": 1,
    "thunderbird-basic_addressbook.csv": 1,
    "thunderbird-basic_csv_addressbook.csv": 2,
    "thunderbird-csv_semicolon.csv": 2,
    "thunderbird-export.csv": 2,
    "thunderbird-import.csv": 1,
    "thunderbird-quote.csv": 1,
    "thunderbird-utf16_addressbook.csv": 1,
    "thunderbird-export.txt": 2,
    "tine20-importtest_outlook2013.csv": 2,
    "tine20-importtest_lxoffice1.csv": 3,
    "tine20-google_contacts.csv": 5,
    "kawsay-linkedin-Connections.csv": 2,
    "ohsheet-contacts.xlsx": 12,
}
_PROPERTY = re.compile(r"(?im)^(?:[A-Za-z0-9-]+\.)?([A-Za-z][A-Za-z0-9-]*)[;:]")
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)*")
_TEL = re.compile(r"(?im)^(?:[A-Za-z0-9-]+\.)?TEL[^:\r\n]*:(.*)$")


def _cells(table: ImportTable) -> str:
    return "\n".join(" ".join(row) for row in [table.headers, *table.rows])


def _text(path: Path) -> str:
    data = path.read_bytes()
    try:
        return to_text(data, detect_encoding(data))
    except UnicodeDecodeError:  # Shift_JIS of a Japanese phone: the ASCII parts are enough
        return data.decode("latin-1")


def _stored_text(ws: Workspace) -> str:
    """Everything stored of the imported people and organisations, as one text."""
    with ws.db.session() as s:
        people = s.scalars(select(Person)).all()
        orgs = s.scalars(select(Organisation)).all()
        parts = [
            " ".join(
                str(getattr(p, f) or "")
                for f in ("first_name", "last_name", "title", "phone", "mobile", "email", "notes")
            )
            for p in people
        ] + [
            " ".join(
                str(getattr(o, f) or "")
                for f in ("name", "street", "postcode", "city", "country", "phone", "email")
            )
            + " "
            + str(o.notes or "")
            + " "
            + str(o.website or "")
            for o in orgs
        ]
        # further e-mails, phones, faxes, websites and addresses (issue 19)
        parts += [
            " ".join(str(x or "") for x in (c.value, c.street, c.postcode, c.city, c.country))
            for c in s.scalars(select(ContactPoint)).all()
        ]
    return "\n".join(parts)


def _arrived(report: ImportReport) -> int:
    return len(report.imported_rows)


def test_every_corpus_file_is_counted_and_named_with_its_origin() -> None:
    files = sorted(p.name for p in CORPUS.iterdir() if p.name != "README.md")
    readme = (CORPUS / "README.md").read_text(encoding="utf-8")
    assert files == sorted(EXPECTED)
    assert [f for f in files if f"`{f}`" not in readme] == []


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_every_contact_of_a_real_address_book_arrives(
    local_workspace: Workspace, name: str
) -> None:
    ws = local_workspace
    path = CORPUS / name
    table = ws.imports.read(path)
    settings = ImportSettings(mapping=ws.imports.automatic_mapping(table), source=name)
    dry = ws.imports.run(table, settings, dry_run=True)
    real = ws.imports.run(table, settings)
    unreadable_cards = [line for line, text in real.warnings if "card" in text.lower()]
    for report in (dry, real):
        assert report.skipped == [], [e for e in report.errors if not e.kept]
        assert _arrived(report) + len(unreadable_cards) == EXPECTED[name]
    assert (dry.created_people, dry.created_organisations) == (
        real.created_people,
        real.created_organisations,
    )
    # Nothing dropped silently: every column with values fills a field or is listed ...
    for index, header in enumerate(table.headers):
        if index not in settings.mapping and any(
            index < len(r) and r[index].strip() for r in table.rows
        ):
            assert (header or f"({index + 1})") in real.unmapped_columns
    stored = _stored_text(ws).casefold()
    # a spreadsheet's text is in its cells (the file is a zip)
    text = _text(path) if path.suffix not in (".xlsx", ".xls", ".ods") else _cells(table)
    # ... every e-mail address of the file is stored (a field or the notes) ...
    missing = [a for a in set(_EMAIL.findall(text)) if a.casefold() not in stored]
    assert missing == []
    if path.suffix == ".vcf":
        # ... every phone number of a card too (its last digits; stored numbers are E.164) ...
        digits = re.sub(r"\D", "", stored)
        for value in _TEL.findall(text):
            number = re.sub(r"\D", "", value)[-6:]
            assert number in digits, value
        # ... and every property is read, kept in the notes, or named in the report.
        from indie_desktop.interchange import vcard_reader as vr

        known = vr._READ | vr._FRAME | set(vr._KEPT_AS_NOTE) | {"BEGIN", "END"}
        named = set(real.ignored_properties)
        in_file = {m.upper() for m in _PROPERTY.findall(text)}
        assert sorted(in_file - known - named - _NOT_PROPERTIES.get(name, set())) == []


# Words at the start of a line that the regular expression takes for a property but that are
# the continuation of a value (a folded base64 photo, a QP soft break, an Android address).
_NOT_PROPERTIES: dict[str, set[str]] = {}


def test_report_names_the_line_of_a_card_that_cannot_be_read(
    local_workspace: Workspace,
) -> None:
    """android-v21_nest has a card inside a card: all three arrive (Android reads them so)."""
    ws = local_workspace
    table = ws.imports.read(CORPUS / "android-v21_nest.vcf")
    assert table.row_numbers == [1, 4, 8]  # the BEGIN:VCARD line of each card
    assert sorted(r[3] for r in table.rows) == ["nest1", "nest2", "parent"]


def test_importing_the_same_address_book_twice_changes_nothing(
    local_workspace: Workspace,
) -> None:
    ws = local_workspace
    path = CORPUS / "ezvcard-John_Doe_IPHONE.vcf"
    table = ws.imports.read(path)
    settings = ImportSettings(mapping=ws.imports.automatic_mapping(table), source=path.name)
    first = ws.imports.run(table, settings)
    second = ws.imports.run(table, settings)
    assert (first.created_people, first.created_organisations) == (1, 1)
    assert (second.created_people, second.created_organisations) == (0, 0)
    assert second.batch_id is None  # nothing to write: every field was already there
