"""Data protection of business contacts: access export, erasure, objections, retention queue."""

from __future__ import annotations

import csv
import json
import sqlite3
import uuid
import zipfile
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from indie_desktop.domain.enums import ConsentScope, ReferralStage
from indie_desktop.domain.errors import ValidationError
from indie_desktop.domain.models import (
    Activity,
    ActivityPerson,
    Attachment,
    AuditEntry,
    Person,
    Referral,
)
from indie_desktop.domain.privacy import Purpose
from indie_desktop.services import records
from indie_desktop.services.contacts.people import PersonDraft
from indie_desktop.services.directory.organisations import OrganisationDraft
from indie_desktop.services.directory.staff import DirectoryService
from indie_desktop.services.privacy import protection as privacy_module
from indie_desktop.services.privacy.protection import ConsentDraft
from indie_desktop.services.workspace import Workspace
from indie_desktop.store.database import Database
from indie_desktop.store.sqlite_residue import unallocated_residue
from tests import privacy_scenario as scenario


@pytest.fixture
def local_workspace(local_db: Database) -> Workspace:
    """The user is not the person the tests erase (the shared fixture's user is Şükrü Yıldız)."""
    directory = DirectoryService(local_db)
    choice = next(c for c in directory.institution_choices() if c.short_name == "WF Dortmund")
    actor = directory.register_local_user(choice, "Anna", "Schmidt", "a.schmidt@example.de")
    return Workspace(local_db, actor)


def _pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(path).pages)


def test_access_export_holds_every_kind_of_linked_record_for_the_person(
    local_workspace: Workspace, tmp_path: Path
) -> None:
    ws = local_workspace
    sc = scenario.build(ws, tmp_path)
    export = ws.privacy.export_access(sc.person_id, tmp_path / "auskunft")
    data = json.loads(export.json.read_text(encoding="utf-8"))
    sections = data["sections"]
    for key in (
        "master_data",
        "affiliations",
        "activities",
        "needs",
        "referrals",
        "cooperations",
        "projects",
        "tasks",
        "notes",
        "contact_points",
        "consents",
        "objections",
        "attachments",
        "tags",
        "audit",
    ):
        assert sections[key], f"section {key} is empty"
    assert data["name"] == "Şükrü Yıldız"
    assert sections["master_data"][0]["email"] == scenario.EMAIL
    assert {r["id"] for r in sections["activities"]} == {str(sc.activity_id)}
    assert {r["id"] for r in sections["needs"]} == {str(sc.need_id)}
    assert {r["id"] for r in sections["referrals"]} == {str(sc.referral_id)}
    assert {r["id"] for r in sections["cooperations"]} == {str(sc.cooperation_id)}
    assert {r["id"] for r in sections["tasks"]} == {str(sc.task_id)}
    assert {r["scope"] for r in sections["consents"]} == {"newsletter"}
    assert {r["value"] for r in sections["contact_points"]} >= {scenario.PRIVATE_EMAIL}
    assert any("Vertritt Şükrü Yıldız" in r["text"] for r in sections["notes"])
    # Machine-readable: one CSV per section, special characters intact.
    master = export.folder / "csv" / "master_data.csv"
    with master.open(encoding="utf-8-sig", newline="") as f:
        row = next(csv.DictReader(f, delimiter=";"))
    assert (row["first_name"], row["last_name"]) == ("Şükrü", "Yıldız")
    assert len(export.attachment_files) == 2
    assert any("willige ein" in p.read_text(encoding="utf-8") for p in export.attachment_files)
    text = _pdf_text(export.pdf)
    assert "Auskunft nach Art. 15 DSGVO" in text
    assert "Şükrü" in text and "Yıldız" in text
    assert "Laserschneiden" in text


def test_making_the_access_export_is_in_the_audit_trail_with_who(
    local_workspace: Workspace, tmp_path: Path
) -> None:
    ws = local_workspace
    sc = scenario.build(ws, tmp_path)
    ws.privacy.export_access(sc.person_id, tmp_path / "out")
    with ws.db.session() as s:
        entries = s.scalars(
            select(AuditEntry).where(
                AuditEntry.action == "access_export", AuditEntry.target_id == sc.person_id
            )
        ).all()
    assert len(entries) == 1
    assert entries[0].staff_id == ws.actor.staff_id


def _traces_in(data: bytes) -> list[str]:
    found = []
    for trace in scenario.TRACES:
        forms = {trace, trace.lower(), trace.upper(), json.dumps(trace)[1:-1]}
        for form in forms:
            if form.encode("utf-8") in data or form.encode("utf-16-le") in data:
                found.append(form)
    return found


def test_erasure_leaves_no_trace_in_the_database_file_and_keeps_the_counts(
    local_workspace: Workspace, tmp_path: Path
) -> None:
    ws = local_workspace
    sc = scenario.build(ws, tmp_path)
    db_file = ws.db.path
    assert db_file is not None
    assert ws.search.search("Yıldız").groups
    before = scenario.dashboard_counts(ws)
    mentions = ws.privacy.erasure_mentions(sc.person_id)
    assert {(m.target_type, m.field) for m in mentions} >= {
        ("activity", "subject"),
        ("activity", "report"),
        ("need", "description"),
        ("referral", "note"),
        ("person", "notes"),
    }
    receipt = ws.privacy.erase(sc.person_id, mentions)
    assert receipt.compacted
    assert scenario.dashboard_counts(ws) == before
    assert not ws.search.search("Yıldız").groups
    assert not ws.search.search("sukru").groups
    # The bytes: main file and write-ahead log, read while the database is still open.
    wal = db_file.with_name(db_file.name + "-wal")
    data = db_file.read_bytes() + (wal.read_bytes() if wal.exists() else b"")
    assert _traces_in(data) == []
    # Stronger than the scan for known strings: no unallocated byte of the file is left over
    # (whether the check passed at once or VACUUM ran because it did not).
    assert unallocated_residue(db_file) is None
    attachments_dir = db_file.parent / "attachments"
    for f in attachments_dir.rglob("*"):
        if f.is_file():
            assert _traces_in(f.read_bytes()) == [], f
    with ws.db.session() as s:
        person = s.get(Person, sc.person_id)
        assert person is not None and person.deleted_at is not None
        assert person.version > 1
        other = s.get(Person, sc.other_person_id)
        assert other is not None and other.notes == "Vertritt [entfernt] im Urlaub."
        erasure = s.scalars(select(AuditEntry).where(AuditEntry.action == "erasure")).one()
        assert erasure.staff_id == ws.actor.staff_id
        assert erasure.summary == f"Art. 17 {receipt.reference}"
        assert erasure.target_id != sc.person_id and erasure.changes is None
        assert all(a.deleted_at is not None and a.size == 0 for a in s.scalars(select(Attachment)))


def test_erasure_redacts_only_the_mentions_the_user_confirmed(
    local_workspace: Workspace, tmp_path: Path
) -> None:
    ws = local_workspace
    sc = scenario.build(ws, tmp_path)
    mentions = ws.privacy.erasure_mentions(sc.person_id)
    confirmed = [m for m in mentions if m.target_type != "referral"]
    ws.privacy.erase(sc.person_id, confirmed)
    with ws.db.session() as s:
        assert s.get(Referral, sc.referral_id).note == "Yıldız ist informiert."  # type: ignore[union-attr]
        report = s.get(Activity, sc.activity_id).report  # type: ignore[union-attr]
        assert report is not None and "Yıldız" not in report and scenario.EMAIL not in report
        assert "[entfernt]" in report


def test_anonymising_keeps_the_contact_live_with_its_organisation(
    local_workspace: Workspace, tmp_path: Path
) -> None:
    ws = local_workspace
    sc = scenario.build(ws, tmp_path)
    ws.privacy.anonymise(sc.person_id)
    detail = ws.people.detail(sc.person_id)
    assert detail.draft.last_name == "Anonymisiert"
    assert detail.draft.email == "" and detail.draft.phone == ""
    assert [a.organisation_id for a in detail.draft.affiliations] == [sc.organisation_id]
    assert detail.draft.affiliations[0].role == ""


def test_objection_blocks_its_purpose_and_withdrawn_consent_blocks_the_newsletter(
    local_workspace: Workspace, tmp_path: Path
) -> None:
    ws = local_workspace
    sc = scenario.build(ws, tmp_path)
    people = [sc.person_id, sc.other_person_id]
    blocked = ws.privacy.blocked_people(people, "event_invitations")
    assert blocked == {sc.person_id: "Objection since 01.09.2026"}
    assert ws.privacy.blocked_people(people, Purpose.LETTER) == {}
    assert ws.privacy.blocked_people(people, Purpose.NEWSLETTER) == {}
    ws.privacy.withdraw_consent(sc.consent_id, "01.11.2026")
    assert ws.privacy.blocked_people(people, Purpose.NEWSLETTER) == {
        sc.person_id: "Consent withdrawn on 01.11.2026"
    }
    ws.privacy.withdraw_objection(sc.objection_id)
    # The legal basis is consent, and there is none for invitations.
    assert ws.privacy.blocked_people(people, "event_invitations") == {
        sc.person_id: "No consent for this purpose"
    }
    ws.privacy.erase(sc.person_id)
    assert ws.privacy.blocked_people(people, Purpose.LETTER) == {sc.person_id: "Erased or deleted"}


def test_consent_input_errors_are_reported_per_field(local_workspace: Workspace) -> None:
    ws = local_workspace
    pid = ws.people.create(PersonDraft(first_name="Łukasz", last_name="Wiśniewski"))
    with pytest.raises(ValidationError) as caught:
        ws.privacy.add_consent(
            pid,
            ConsentDraft(
                scope=ConsentScope.NEWSLETTER,
                given_on="31.02.2026",
                expires_on="morgen",
                channel="x" * 61,
            ),
        )
    assert set(caught.value.errors) == {"given_on", "expires_on", "channel"}
    with pytest.raises(ValidationError) as caught:
        ws.privacy.add_consent(pid, ConsentDraft(given_on="01.05.2026", withdrawn_on="01.04.2026"))
    assert set(caught.value.errors) == {"withdrawn_on"}
    consent = ws.privacy.add_consent(pid, ConsentDraft(given_on="01.05.2026", channel="E-Mail"))
    profile = ws.privacy.profile(pid)
    assert [c.id for c in profile.consents] == [consent]
    assert profile.consents[0].given_on == date(2026, 5, 1)


TODAY = date(2026, 11, 25)


def _person(ws: Workspace, last: str, created: datetime | None = None) -> uuid.UUID:
    pid = ws.people.create(PersonDraft(first_name="Test", last_name=last))
    if created is not None:
        with ws.db.session() as s:
            s.get(Person, pid).created_at = created  # type: ignore[union-attr]
    return pid


def _contact(ws: Workspace, pid: uuid.UUID, when: datetime) -> None:
    with ws.db.session() as s:
        a = records.create(s, ws.actor, Activity(occurred_at=when, subject="Telefonat"))
        records.create(s, ws.actor, ActivityPerson(activity_id=a.id, person_id=pid))


def test_review_queue_lists_exactly_the_people_the_retention_rule_selects(
    local_workspace: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    ws = local_workspace
    monkeypatch.setattr(privacy_module, "today_in_berlin", lambda: TODAY)
    old = datetime(2022, 6, 1, tzinfo=UTC)
    recent = datetime(2026, 6, 1, tzinfo=UTC)
    stale = _person(ws, "Altkontakt", created=old)
    _contact(ws, stale, old)
    never = _person(ws, "Niekontakt", created=old)
    fresh = _person(ws, "Frisch", created=old)
    _contact(ws, fresh, recent)
    new_never = _person(ws, "Neu")  # created now: not yet three years without contact
    consented = _person(ws, "Eingewilligt", created=old)
    _contact(ws, consented, old)
    ws.privacy.add_consent(consented, ConsentDraft(given_on="01.01.2022"))
    referred = _person(ws, "Vermittelt", created=old)
    with ws.db.session() as s:
        org = ws.organisations.create(OrganisationDraft(name="Firma"))
        records.create(
            s,
            ws.actor,
            Referral(
                organisation_id=org,
                partner_person_id=referred,
                stage=ReferralStage.INTRODUCED,
                referred_on=date(2022, 1, 1),
            ),
        )
    kept = _person(ws, "Behalten", created=old)
    ws.privacy.keep(kept, "Beirat des Netzwerks", "31.12.2027")
    expired = _person(ws, "Abgelaufen", created=old)
    _contact(ws, expired, recent)
    ws.privacy.add_consent(expired, ConsentDraft(given_on="01.01.2025", expires_on="30.06.2026"))
    renewed = _person(ws, "Erneuert", created=old)
    _contact(ws, renewed, recent)
    ws.privacy.add_consent(renewed, ConsentDraft(given_on="01.01.2025", expires_on="30.06.2026"))
    ws.privacy.add_consent(renewed, ConsentDraft(given_on="01.07.2026"))

    items = ws.privacy.review_queue(today=TODAY)
    assert {i.person_id: i.reason for i in items} == {
        stale: "no_contact",
        never: "no_contact",
        expired: "consent_expired",
    }
    assert fresh not in {i.person_id for i in items} and new_never not in {
        i.person_id for i in items
    }
    assert ws.privacy.review_queue(years=5, today=TODAY) == [
        i for i in items if i.reason == "consent_expired"
    ]
    with pytest.raises(ValidationError) as caught:
        ws.privacy.keep(stale, "", "01.01.2020")
    assert set(caught.value.errors) == {"reason", "keep_until"}


def test_erasure_rewrites_a_file_that_holds_old_versions_of_the_person(
    local_workspace: Workspace, tmp_path: Path
) -> None:
    """Edits made without secure_delete (an older version, another SQLite build) leave the old
    text in free space: the residue check sees it and VACUUM removes it."""
    ws = local_workspace
    sc = scenario.build(ws, tmp_path)
    db_file = ws.db.path
    assert db_file is not None
    raw = sqlite3.connect(db_file, isolation_level=None)
    raw.execute("PRAGMA secure_delete=OFF")
    raw.execute("CREATE TABLE scratch (note TEXT)")
    raw.execute("INSERT INTO scratch VALUES (?)", ("Notiz zu Şükrü Yıldız " * 30,))
    raw.execute("DROP TABLE scratch")
    raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    raw.close()
    assert unallocated_residue(db_file) is not None
    receipt = ws.privacy.erase(sc.person_id, ws.privacy.erasure_mentions(sc.person_id))
    assert receipt.compacted and receipt.vacuumed
    assert unallocated_residue(db_file) is None
    wal = db_file.with_name(db_file.name + "-wal")
    assert _traces_in(db_file.read_bytes() + (wal.read_bytes() if wal.exists() else b"")) == []


def test_the_access_export_holds_the_report_as_a_word_letter_to_the_person(
    local_workspace: Workspace, tmp_path: Path
) -> None:
    """Art. 15 as Word too (issue 23): the same report as a DIN 5008 letter to the person's
    postal address, to be adjusted in Word before it goes out."""
    from indie_desktop.interchange.docx_template import document_text

    ws = local_workspace
    sc = scenario.build(ws, tmp_path)
    export = ws.privacy.export_access(sc.person_id, tmp_path / "auskunft")
    assert export.docx is not None and export.docx.suffix == ".docx"
    text = document_text(export.docx.read_bytes())
    assert "Auskunft nach Art. 15 DSGVO" in text
    assert "Şükrü Yıldız" in text and scenario.EMAIL in text
    assert "Einwilligungen (" in text  # every section, with its entries
    xml = zipfile.ZipFile(export.docx).read("word/document.xml").decode("utf-8")
    # The recipient in the Anschriftzone of DIN 5008 form B (25 mm / 62.7 mm + 1 mm).
    assert 'w:x="1417" w:y="3611"' in xml
