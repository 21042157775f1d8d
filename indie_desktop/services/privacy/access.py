"""Access (Art. 15 DSGVO): everything stored about one person, for the person and as data.

`collect` gathers the sections (master data, affiliations, activities, needs, referrals,
cooperations, projects, tasks, notes, consents, objections, retention decisions, attachments,
tags, audit entries, and other records whose texts name the person); `export` writes them as
a PDF letter-size report, one JSON file and one CSV file per section, plus copies of the
person's attachment files, and records in the audit trail who made the export.
"""

from __future__ import annotations

import csv
import json
import re
import shutil
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from pathlib import Path
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session, undefer

from indie_desktop.domain.access_report import AccessReport, Section
from indie_desktop.domain.errors import Cancelled, NotFound
from indie_desktop.domain.formatting import format_date, format_datetime
from indie_desktop.domain.models import (
    Activity,
    ActivityPerson,
    Affiliation,
    Attachment,
    AuditEntry,
    Consent,
    ContactPoint,
    Cooperation,
    CooperationPartner,
    Institution,
    Need,
    Organisation,
    Person,
    Project,
    ProjectParticipant,
    Referral,
    Staff,
    Tag,
    TagLink,
    Task,
)
from indie_desktop.domain.privacy import Objection, RetentionDecision
from indie_desktop.services import records
from indie_desktop.services.contacts import contact_points as cp
from indie_desktop.services.context import Actor
from indie_desktop.services.visibility import visible_to
from indie_desktop.store.database import Database

EXPORT_ACTION = "access_export"
BOOKKEEPING = ("version", "sort_name", "search_key", "match_key")


@dataclass(frozen=True)
class AccessExport:
    folder: Path
    pdf: Path
    json: Path
    csv_files: list[Path]
    attachment_files: list[Path]
    docx: Path | None = None  # the same as a letter to the person, to be edited in Word


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, Enum):
        return str(value.value)
    if isinstance(value, datetime):
        return format_datetime(value)
    if isinstance(value, date):
        return format_date(value)
    if isinstance(value, bool):
        return "ja" if value else "nein"
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, (dict, list)):
        return json.dumps(value, ensure_ascii=False, default=str)
    return str(value)


def _columns(model: Any) -> list[str]:
    return [
        c.key
        for c in model.__table__.columns
        if c.key not in BOOKKEEPING and c.key not in ("content", "stored_path")
    ]


def _rows(
    records: list[Any], columns: list[str], extra: dict[str, Any] | None = None
) -> list[dict[str, str]]:
    out = []
    for r in records:
        row = {c: _text(getattr(r, c)) for c in columns}
        for key, fn in (extra or {}).items():
            row[key] = _text(fn(r))
        out.append(row)
    return out


def _section(key: str, title: str, model: Any, records: list[Any], **extra: Any) -> Section:
    columns = _columns(model)
    return Section(key, title, [*columns, *extra], _rows(records, columns, extra))


def collect(
    session: Session, actor: Actor, person_id: uuid.UUID
) -> tuple[AccessReport, list[Attachment]]:
    """The report's sections, and the attachment records whose files belong in the bundle."""
    from indie_desktop.services.privacy.erasure import find_mentions

    person = session.get(Person, person_id)
    if person is None or person.deleted_at is not None:
        raise NotFound(f"Person {person_id} does not exist or was deleted.")
    s = session
    orgs: dict[uuid.UUID, str] = {}

    def org_name(org_id: uuid.UUID | None) -> str:
        if org_id is None:
            return ""
        if org_id not in orgs:
            orgs[org_id] = (
                s.scalar(select(Organisation.name).where(Organisation.id == org_id)) or ""
            )
        return orgs[org_id]

    sections: list[Section] = []
    sections.append(_section("master_data", "Stammdaten", Person, [person]))
    affiliations = list(
        s.scalars(
            select(Affiliation)
            .where(Affiliation.person_id == person_id, Affiliation.deleted_at.is_(None))
            .order_by(Affiliation.since)
        )
    )
    sections.append(
        _section(
            "affiliations",
            "Zugehörigkeiten",
            Affiliation,
            affiliations,
            organisation=lambda a: org_name(a.organisation_id),
        )
    )
    activity_ids = set(
        s.scalars(
            select(ActivityPerson.activity_id).where(
                ActivityPerson.person_id == person_id, ActivityPerson.deleted_at.is_(None)
            )
        )
    )
    mentions = find_mentions(s, person_id)
    mentioned: dict[str, set[uuid.UUID]] = {}
    for m in mentions:
        mentioned.setdefault(m.target_type, set()).add(m.target_id)
    activity_ids |= mentioned.get("activity", set())
    activities = (
        list(
            s.scalars(
                select(Activity)
                .where(
                    Activity.id.in_(activity_ids),
                    Activity.deleted_at.is_(None),
                    visible_to(Activity, actor),
                )
                .order_by(Activity.occurred_at)
            )
        )
        if activity_ids
        else []
    )
    sections.append(_section("activities", "Aktivitäten", Activity, activities))
    need_cond = [Need.id.in_(mentioned.get("need", set()))]
    if activity_ids:
        need_cond.append(Need.found_in_activity_id.in_(activity_ids))
    needs = list(
        s.scalars(
            select(Need)
            .where(or_(*need_cond), Need.deleted_at.is_(None), visible_to(Need, actor))
            .order_by(Need.created_at)
        )
    )
    sections.append(
        _section(
            "needs", "Bedarfe", Need, needs, organisation=lambda n: org_name(n.organisation_id)
        )
    )
    referrals = list(
        s.scalars(
            select(Referral)
            .where(
                or_(
                    Referral.partner_person_id == person_id,
                    Referral.id.in_(mentioned.get("referral", set())),
                ),
                Referral.deleted_at.is_(None),
                visible_to(Referral, actor),
            )
            .order_by(Referral.referred_on)
        )
    )
    sections.append(
        _section(
            "referrals",
            "Vermittlungen",
            Referral,
            referrals,
            organisation=lambda r: org_name(r.organisation_id),
            partner_organisation=lambda r: org_name(r.partner_organisation_id),
        )
    )
    coop_ids = set(
        s.scalars(
            select(CooperationPartner.cooperation_id).where(
                CooperationPartner.person_id == person_id,
                CooperationPartner.deleted_at.is_(None),
            )
        )
    ) | mentioned.get("cooperation", set())
    cooperations = (
        list(
            s.scalars(
                select(Cooperation).where(
                    Cooperation.id.in_(coop_ids),
                    Cooperation.deleted_at.is_(None),
                    visible_to(Cooperation, actor),
                )
            )
        )
        if coop_ids
        else []
    )
    sections.append(_section("cooperations", "Kooperationen", Cooperation, cooperations))
    participations = list(
        s.scalars(
            select(ProjectParticipant).where(
                ProjectParticipant.person_id == person_id, ProjectParticipant.deleted_at.is_(None)
            )
        )
    )
    project_names = (
        {
            p.id: p.name
            for p in s.scalars(
                select(Project).where(Project.id.in_([pp.project_id for pp in participations]))
            )
        }
        if participations
        else {}
    )
    sections.append(
        _section(
            "projects",
            "Projekte",
            ProjectParticipant,
            participations,
            project=lambda pp: project_names.get(pp.project_id, ""),
        )
    )
    tasks = list(
        s.scalars(
            select(Task).where(
                or_(
                    (Task.linked_type == "person") & (Task.linked_id == person_id),
                    Task.id.in_(mentioned.get("task", set())),
                ),
                Task.deleted_at.is_(None),
                visible_to(Task, actor),
            )
        )
    )
    sections.append(_section("tasks", "Aufgaben", Task, tasks))
    notes = Section("notes", "Notizen", ["record", "field", "text"])
    if person.notes:
        notes.rows.append({"record": "person", "field": "notes", "text": person.notes})
    for m in mentions:
        notes.rows.append(
            {"record": f"{m.target_type} {m.record_label}", "field": m.field, "text": m.excerpt}
        )
    sections.append(notes)
    further = cp.load(s, person_id=person_id)
    sections.append(_section("contact_points", "Weitere Kontaktdaten", ContactPoint, further))
    consents = list(
        s.scalars(
            select(Consent)
            .where(Consent.person_id == person_id, Consent.deleted_at.is_(None))
            .order_by(Consent.given_on)
        )
    )
    sections.append(_section("consents", "Einwilligungen", Consent, consents))
    objections = list(
        s.scalars(
            select(Objection).where(
                Objection.person_id == person_id, Objection.deleted_at.is_(None)
            )
        )
    )
    sections.append(_section("objections", "Widersprüche", Objection, objections))
    decisions = list(
        s.scalars(
            select(RetentionDecision).where(
                RetentionDecision.person_id == person_id, RetentionDecision.deleted_at.is_(None)
            )
        )
    )
    sections.append(
        _section("retention", "Aufbewahrungsentscheidungen", RetentionDecision, decisions)
    )
    consent_ids = [c.id for c in consents]
    attachments = list(
        s.scalars(
            select(Attachment)
            .options(undefer(Attachment.content))
            .where(
                or_(
                    (Attachment.target_type == "person") & (Attachment.target_id == person_id),
                    (Attachment.target_type == "consent") & Attachment.target_id.in_(consent_ids),
                ),
                Attachment.deleted_at.is_(None),
            )
        )
    )
    sections.append(_section("attachments", "Dateien", Attachment, attachments))
    tags = list(
        s.execute(
            select(Tag.name, TagLink.created_at)
            .join(TagLink, TagLink.tag_id == Tag.id)
            .where(
                TagLink.target_type == "person",
                TagLink.target_id == person_id,
                TagLink.deleted_at.is_(None),
            )
        ).all()
    )
    sections.append(
        Section(
            "tags",
            "Schlagwörter",
            ["tag", "created_at"],
            [{"tag": name, "created_at": _text(at)} for name, at in tags],
        )
    )
    audit_targets = {
        person_id,
        *(a.id for a in affiliations),
        *consent_ids,
        *(c.id for c in further),
        *(o.id for o in objections),
        *(d.id for d in decisions),
        *(a.id for a in attachments),
    }
    staff_names = {st.id: st.full_name for st in s.scalars(select(Staff))}
    audit = list(
        s.scalars(
            select(AuditEntry)
            .where(AuditEntry.target_id.in_(audit_targets))
            .order_by(AuditEntry.at, AuditEntry.id)
        )
    )
    sections.append(
        Section(
            "audit",
            "Protokoll",
            ["at", "who", "action", "target_type", "changes"],
            [
                {
                    "at": _text(e.at),
                    "who": staff_names.get(e.staff_id, "") if e.staff_id else "",
                    "action": e.action,
                    "target_type": e.target_type,
                    "changes": _changes_text(e.changes),
                }
                for e in audit
            ],
        )
    )
    report = AccessReport(person_id, person.full_name, datetime.now().astimezone(), sections)
    return report, attachments


def _changes_text(changes: dict[str, list[object]] | None) -> str:
    """'field: old → new' per line, bookkeeping columns left out."""
    from indie_desktop.services.history import HIDDEN_FIELDS

    if not changes:
        return ""
    lines = []
    for key, values in sorted(changes.items()):
        if key in HIDDEN_FIELDS or key.endswith("_id") or not isinstance(values, list):
            continue
        old, new = [*values, None, None][:2]
        lines.append(f"{key}: {_text(old) or '–'} → {_text(new) or '–'}")
    return "\n".join(lines)


def _safe_name(text: str) -> str:
    return re.sub(r"[^\w.\- ]+", "_", text).strip() or "datei"


def load_attachment_bytes(db: Database, attachment: Attachment) -> bytes | None:
    if attachment.stored_path and db.path is not None:
        path = db.path.parent / attachment.stored_path
        return path.read_bytes() if path.is_file() else None
    return attachment.content


def build(db: Database, actor: Actor, person_id: uuid.UUID) -> AccessReport:
    with db.session() as s:
        report, attachments = collect(s, actor, person_id)
        for a in attachments:
            content = load_attachment_bytes(db, a)
            if content is not None:
                report.attachments.append((a.filename, content))
        return report


# Steps of the access export, for a progress display (English; the UI translates).
EXPORT_STEPS = (
    "Collecting the records",
    "Writing the PDF",
    "Writing JSON and CSV",
    "Copying the files",
)
ExportProgress = Callable[[str, int, int], None]


def export(
    db: Database,
    actor: Actor,
    person_id: uuid.UUID,
    out_dir: Path,
    progress: ExportProgress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> AccessExport:
    """Write the export into `out_dir`. `progress(step, done, total)` reports each of
    EXPORT_STEPS; once `cancelled()` is true the export stops at the next step, removes what it
    wrote (the folder too, when it made it) and raises Cancelled; nothing is audited then."""
    made_folder = not out_dir.exists()
    written: list[Path] = []

    def step(index: int) -> None:
        if cancelled is not None and cancelled():
            for path in reversed(written):
                if path.is_dir():
                    shutil.rmtree(path, ignore_errors=True)
                else:
                    path.unlink(missing_ok=True)
            if made_folder:
                shutil.rmtree(out_dir, ignore_errors=True)
            raise Cancelled("The access export was cancelled; nothing was kept.")
        if progress is not None:
            progress(EXPORT_STEPS[index], index, len(EXPORT_STEPS))

    from indie_desktop.printing.privacy_letters import access_report_pdf, sender_lines

    step(0)
    report = build(db, actor, person_id)
    step(1)
    out_dir.mkdir(parents=True, exist_ok=True)
    stem = f"auskunft-{person_id}"
    pdf_path = out_dir / f"{stem}.pdf"
    with db.session() as s:
        inst = s.get(Institution, actor.institution_id) if actor.institution_id else None
        sender = sender_lines(inst)
    pdf = access_report_pdf(sender, report)
    written.append(pdf_path)
    pdf_path.write_bytes(pdf)
    docx_path = out_dir / f"{stem}.docx"
    written.append(docx_path)
    docx_path.write_bytes(_access_docx(db, actor, person_id, inst, report))
    step(2)
    json_path = out_dir / f"{stem}.json"
    payload = {
        "person_id": str(report.person_id),
        "name": report.display_name,
        "generated_at": report.generated_at.isoformat(),
        "sections": {sec.key: sec.rows for sec in report.sections},
    }
    written.append(json_path)
    json_path.write_text(json.dumps(payload, ensure_ascii=False, indent=2), encoding="utf-8")
    csv_dir = out_dir / "csv"
    if not csv_dir.exists():
        written.append(csv_dir)
    csv_dir.mkdir(exist_ok=True)
    csv_files = []
    for sec in report.sections:
        path = csv_dir / f"{sec.key}.csv"
        # UTF-8 with BOM and semicolons: what German Excel opens correctly.
        written.append(path)
        with path.open("w", encoding="utf-8-sig", newline="") as f:
            writer = csv.DictWriter(f, fieldnames=sec.columns, delimiter=";")
            writer.writeheader()
            writer.writerows(sec.rows)
        csv_files.append(path)
    step(3)
    files = []
    if report.attachments:
        att_dir = out_dir / "dateien"
        if not att_dir.exists():
            written.append(att_dir)
        att_dir.mkdir(exist_ok=True)
        for i, (name, content) in enumerate(report.attachments, start=1):
            path = att_dir / f"{i:02d}-{_safe_name(name)}"
            written.append(path)
            path.write_bytes(content)
            files.append(path)
    if cancelled is not None and cancelled():
        step(3)  # removes what was written and raises
    record_export(db, actor, person_id)
    if progress is not None:
        progress(EXPORT_STEPS[-1], len(EXPORT_STEPS), len(EXPORT_STEPS))
    return AccessExport(out_dir, pdf_path, json_path, csv_files, files, docx_path)


def _access_docx(
    db: Database,
    actor: Actor,
    person_id: uuid.UUID,
    inst: Institution | None,
    report: AccessReport,
) -> bytes:
    """The access report as a Word letter to the person at their postal address."""
    from indie_desktop.printing.docx_letter import letters_docx
    from indie_desktop.printing.letterhead import Letterhead
    from indie_desktop.printing.privacy_letters import access_report_letter
    from indie_desktop.services.printing.recipients import postal_addresses, recipient_lines

    with db.session() as s:
        entry = postal_addresses(s, actor, [person_id]).get(person_id)
        recipient = recipient_lines(entry) if entry is not None else [report.display_name]
    letterhead = Letterhead.from_institution(inst) if inst is not None else Letterhead(name="")
    letter = access_report_letter(letterhead, recipient, report)
    return letters_docx([letter], f"Auskunft nach Art. 15 DSGVO – {report.display_name}")


def record_export(db: Database, actor: Actor, person_id: uuid.UUID) -> None:
    """Who made (and so saw) the access export, in the append-only audit trail."""
    with db.session() as s:
        records.audit_event(
            s,
            AuditEntry(
                staff_id=actor.staff_id,
                institution_id=actor.institution_id,
                action=EXPORT_ACTION,
                target_type="person",
                target_id=person_id,
                summary="Art. 15 access export",
            ),
        )
