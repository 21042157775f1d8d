"""The app's own exports go back in (CSV field by field) and into Outlook (vCard 3.0, one
file per contact) and calendars (.ics with DTEND and the Berlin time zone)."""

from __future__ import annotations

import dataclasses
import zipfile
from datetime import UTC, datetime
from pathlib import Path

import icalendar

from indie_desktop.cli import main
from indie_desktop.domain.enums import (
    ActivityKind,
    Chamber,
    ContactKind,
    ContactLabel,
    OrganisationKind,
    Salutation,
)
from indie_desktop.domain.models import Activity, Organisation
from indie_desktop.services.contacts.contact_points import ContactPointDraft
from indie_desktop.services.contacts.people import AffiliationDraft, PersonDraft
from indie_desktop.services.context import Actor
from indie_desktop.services.directory.organisations import OrganisationDraft
from indie_desktop.services.directory.staff import DirectoryService
from indie_desktop.services.listing import ListQuery
from indie_desktop.services.printing.recipients import Postal, recipient_lines
from indie_desktop.services.workspace import Workspace
from indie_desktop.store.database import open_local

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
    "contact_points",
)
ORGANISATION_FIELDS = (
    "name",
    "legal_form",
    "street",
    "postcode",
    "city",
    "country",
    "municipality",
    "website",
    "phone",
    "email",
    "wz_code",
    "founded_year",
    "register_court",
    "register_number",
    "vat_id",
    "competences",
    "notes",
    "kind",
    "employee_band",
    "chamber",
    "handwerksrolle",
    "tags_text",
    "responsible_staff_id",
    "contact_points",
)
JUTTA_FURTHER = [
    ContactPointDraft(ContactKind.EMAIL, ContactLabel.WORK, "jutta.schroeder@weiss-soehne.de"),
    ContactPointDraft(ContactKind.EMAIL, ContactLabel.HOME, "jutta@schroeder-privat.de"),
    ContactPointDraft(ContactKind.PHONE, ContactLabel.HOME, "0231 5550123"),
    ContactPointDraft(ContactKind.FAX, ContactLabel.WORK, "0231 7654399"),
    ContactPointDraft(
        ContactKind.ADDRESS,
        ContactLabel.HOME,
        street="Seestrasse 4",
        postcode="8304",
        city="Wallisellen",
        country="Schweiz",
    ),
]


# As the form shows them again: numbers in international form.
JUTTA_FURTHER_AS_SHOWN = [
    dataclasses.replace(p, value=p.value.replace("0231 ", "+49 231 ")) for p in JUTTA_FURTHER
]


def _seed(ws: Workspace) -> None:
    weiss = ws.organisations.create(
        OrganisationDraft(
            name="Weiß & Söhne GmbH & Co. KG",
            legal_form="GmbH & Co. KG",
            street="Hauptstraße 12",
            postcode="44135",
            city="Dortmund",
            website="https://weiss-soehne.de",
            phone="0231 1234567",
            email="info@weiss-soehne.de",
            wz_code="25.62",
            founded_year="1998",
            register_court="Amtsgericht Dortmund",
            register_number="HRA 12345",
            vat_id="DE136695976",
            competences="CNC-Fräsen; Drehen, Schweißen",
            notes='Erste Zeile\nZweite Zeile; mit "Anführung"',
            kind=OrganisationKind.CRAFT_BUSINESS,
            employee_band="10-49",
            chamber=Chamber.HWK,
            handwerksrolle=True,
            tags_text="Zulieferer, Metall",
            responsible_staff_id=ws.actor.staff_id,
            contact_points=[
                ContactPointDraft(ContactKind.FAX, ContactLabel.WORK, "0231 1234599"),
                ContactPointDraft(ContactKind.WEB, ContactLabel.OTHER, "https://shop.weiss.de"),
            ],
        )
    )
    swiss = ws.organisations.create(
        OrganisationDraft(
            name="Schweizer Präzision AG",
            legal_form="AG",
            street="Bahnhofstrasse 1",
            postcode="8304",
            city="Wallisellen",
            country="Schweiz",
            phone="+41 44 123 45 67",
        )
    )
    ws.people.create(
        PersonDraft(
            salutation=Salutation.FRAU,
            title="Dr.",
            first_name="Jutta",
            last_name="Schröder",
            function="Geschäftsführerin",
            department="Vertrieb",
            phone="0231 7654321",
            mobile="0172 9876543",
            email="j.schroeder@weiss-soehne.de",
            notes="Trifft sich gern\nmittwochs",
            contact_points=JUTTA_FURTHER,
            affiliations=[AffiliationDraft(organisation_id=weiss, is_primary=True)],
        )
    )
    ws.people.create(
        PersonDraft(
            salutation=Salutation.HERR,
            first_name="Łukasz",
            last_name="Wiśniewski",
            phone="+41 44 123 45 68",
            email="lw@praezision.ch",
            affiliations=[AffiliationDraft(organisation_id=swiss, is_primary=True)],
        )
    )


def _field(draft: object, name: str) -> object:
    value = getattr(draft, name)
    if name == "contact_points":  # the rows' ids are the database's own
        return [dataclasses.replace(p, id=None) for p in value]
    return value


def _people(ws: Workspace) -> dict[str, dict[str, object]]:
    out = {}
    for row in ws.people.page(ListQuery(), 0, 50):
        draft = ws.people.detail(row.id).draft
        out[draft.last_name] = {f: _field(draft, f) for f in PERSON_FIELDS}
    return out


def _organisations(ws: Workspace) -> dict[str, dict[str, object]]:
    out = {}
    for row in ws.organisations.page(ListQuery(), 0, 50):
        draft = ws.organisations.detail(row.id).draft
        out[draft.name] = {f: _field(draft, f) for f in ORGANISATION_FIELDS}
    return out


def _workspace(data: Path) -> Workspace:
    db = open_local(data)
    return Workspace(db, Actor.system())


def test_people_and_organisations_csv_export_comes_back_in_field_by_field(
    local_workspace: Workspace, tmp_path: Path
) -> None:
    _seed(local_workspace)
    people, organisations = _people(local_workspace), _organisations(local_workspace)
    data = local_workspace.db.path
    assert data is not None
    local_workspace.close()
    for what in ("organisations", "people"):
        out = tmp_path / f"{what}.csv"
        args = ["export", "--data-dir", str(data.parent), "--what", what, "--format", "csv"]
        assert main([*args, "--out", str(out)]) == 0
    again = tmp_path / "again"
    # the office's other computer knows the same staff (the Betreuer comes back by name)
    db = open_local(again)
    directory = DirectoryService(db)
    choice = next(c for c in directory.institution_choices() if c.short_name == "WF Dortmund")
    directory.register_local_user(choice, "Şükrü", "Yıldız")
    db.dispose()
    for what in ("organisations", "people"):
        assert main(["import", str(tmp_path / f"{what}.csv"), "--data-dir", str(again)]) == 0
    ws = _workspace(again)
    try:
        staff = {c.name: c.id for c in DirectoryService(ws.db).staff_choices()}
        organisations["Weiß & Söhne GmbH & Co. KG"]["responsible_staff_id"] = staff["Şükrü Yıldız"]
        assert _organisations(ws) == organisations
        assert _people(ws) == people
        assert len(ws.organisations.page(ListQuery(), 0, 50)) == 2  # not doubled by the people
    finally:
        ws.close()


def test_outlook_gets_vcard_30_one_file_per_contact_with_notes_and_country(
    local_workspace: Workspace, tmp_path: Path
) -> None:
    _seed(local_workspace)
    data = local_workspace.db.path
    assert data is not None
    local_workspace.close()
    args = ["export", "--data-dir", str(data.parent), "--what", "people", "--format", "vcard"]
    out = tmp_path / "karten.zip"
    assert main([*args, "--vcard-version", "3.0", "--one-file-per-contact", "--out", str(out)]) == 0
    with zipfile.ZipFile(out) as archive:
        names = sorted(archive.namelist())
        cards = {n: archive.read(n).decode("utf-8") for n in names}
    assert names == ["Schröder, Jutta.vcf", "Wiśniewski, Łukasz.vcf"]
    jutta = cards["Schröder, Jutta.vcf"]
    assert jutta.count("BEGIN:VCARD") == 1 and "VERSION:3.0\r\n" in jutta
    assert "NOTE;CHARSET=UTF-8:Trifft sich gern\\nmittwochs" in jutta
    # every further e-mail, phone and address with its TYPE (Outlook files each in its field)
    assert "EMAIL;TYPE=INTERNET,WORK:jutta.schroeder@weiss-soehne.de\r\n" in jutta
    assert "EMAIL;TYPE=INTERNET,HOME:jutta@schroeder-privat.de\r\n" in jutta
    assert "TEL;TYPE=HOME,VOICE:+49 231 5550123\r\n" in jutta
    assert "TEL;TYPE=WORK,FAX:+49 231 7654399\r\n" in jutta
    assert "ADR;TYPE=HOME;CHARSET=UTF-8:;;Seestrasse 4;Wallisellen;;8304;Schweiz\r\n" in jutta
    lukasz = cards["Wiśniewski, Łukasz.vcf"]
    assert "ADR;TYPE=WORK;CHARSET=UTF-8:;;Bahnhofstrasse 1;Wallisellen;;8304;Schweiz" in lukasz
    folder = tmp_path / "karten"
    assert (
        main([*args, "--vcard-version", "3.0", "--one-file-per-contact", "--out", str(folder)]) == 0
    )
    assert sorted(p.name for p in folder.iterdir()) == names
    # ... and the cards come back in.
    again = tmp_path / "again"
    assert main(["import", str(folder / names[0]), "--data-dir", str(again)]) == 0
    ws = _workspace(again)
    try:
        back = _people(ws)["Schröder"]["contact_points"]
    finally:
        ws.close()
    assert back == [dataclasses.replace(p, id=None) for p in JUTTA_FURTHER_AS_SHOWN]


def test_ics_events_end_after_their_duration_in_berlin_time(
    local_workspace: Workspace, tmp_path: Path
) -> None:
    with local_workspace.db.session() as s:
        s.add(
            Activity(
                kind=ActivityKind.COMPANY_VISIT,
                occurred_at=datetime(2026, 7, 1, 8, 0, tzinfo=UTC),
                subject="Besuch Weiß & Söhne",
            )
        )
        s.add(
            Activity(
                kind=ActivityKind.CALL,
                occurred_at=datetime(2026, 12, 1, 9, 0, tzinfo=UTC),
                subject="Anruf",
                duration_minutes=25,
            )
        )
    data = local_workspace.db.path
    assert data is not None
    local_workspace.close()
    out = tmp_path / "termine.ics"
    args = ["export", "--data-dir", str(data.parent), "--what", "activities", "--format", "ics"]
    assert main([*args, "--out", str(out)]) == 0
    calendar = icalendar.Calendar.from_ical(out.read_bytes())
    zones = [c for c in calendar.walk("VTIMEZONE")]
    assert [str(z["TZID"]) for z in zones] == ["Europe/Berlin"]
    events = {str(e["SUMMARY"]): e for e in calendar.walk("VEVENT")}
    visit, call = events["Besuch Weiß & Söhne"], events["Anruf"]
    assert visit["DTSTART"].dt.hour == 10  # 08:00 UTC is 10:00 summer time in Berlin
    assert (visit["DTEND"].dt - visit["DTSTART"].dt).total_seconds() == 90 * 60  # a visit's default
    assert (call["DTEND"].dt - call["DTSTART"].dt).total_seconds() == 25 * 60
    assert call["DTSTART"].dt.hour == 10 and call["DTSTART"].params["TZID"] == "Europe/Berlin"


def test_a_letter_abroad_ends_with_the_country_in_capitals(local_workspace: Workspace) -> None:
    _seed(local_workspace)
    with local_workspace.db.session() as s:
        from sqlalchemy import select

        from indie_desktop.domain.models import Person

        swiss = s.scalars(select(Organisation).where(Organisation.city == "Wallisellen")).one()
        person = s.scalars(select(Person).where(Person.last_name == "Wiśniewski")).one()
        home = s.scalars(select(Organisation).where(Organisation.city == "Dortmund")).one()
        lines = recipient_lines(Postal(person, swiss, ""))
        at_home = recipient_lines(Postal(person, home, ""))
    assert lines[-3:] == ["Bahnhofstrasse 1", "8304 Wallisellen", "SCHWEIZ"]
    assert at_home[-1] == "44135 Dortmund"
