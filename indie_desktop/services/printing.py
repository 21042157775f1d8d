"""Printing: contact sheets, DIN 5008 referral letters, mail merge, labels, attendance lists,
and the institutions' letterheads they are printed on. Every document comes back as PDF bytes
for the UI's preview, the printer, a file or the CLI.

Data are read with a few set-based queries per document (never one query per row); the
layout lives in indie_desktop/printing. Printouts are German whatever the UI language.
"""

from __future__ import annotations

import io
import re
import uuid
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import ColumnElement, Select, or_, select
from sqlalchemy.orm import Session, aliased

from indie_desktop.domain import validation as v
from indie_desktop.domain.enums import NeedStatus, ReferralStage
from indie_desktop.domain.formatting import format_date, format_datetime
from indie_desktop.domain.models import (
    Activity,
    ActivityOrganisation,
    ActivityPerson,
    ActivityStaff,
    Affiliation,
    Institution,
    Need,
    Organisation,
    Person,
    Project,
    ProjectParticipant,
    Referral,
    Staff,
)
from indie_desktop.domain.text import search_fold
from indie_desktop.domain.wz import wz_title
from indie_desktop.printing import labels_de as de
from indie_desktop.printing.address_labels import draw_labels, label_layout
from indie_desktop.printing.flow import Column
from indie_desktop.printing.layout import phone_de
from indie_desktop.printing.letter import Letter, LetterWriter, new_canvas
from indie_desktop.printing.letterhead import Letterhead, logo_image
from indie_desktop.printing.salutation import NEUTRAL_GROUP, address_name, salutation_line
from indie_desktop.printing.sheets import Section, Sheet, render_sheets
from indie_desktop.printing.templates import (
    CompiledTemplate,
    TemplateInfo,
    list_templates,
    load_template,
    tidy,
)
from indie_desktop.services import records
from indie_desktop.services.attachments import DEFAULT_LIMIT_BYTES, AttachmentService
from indie_desktop.services.context import Actor
from indie_desktop.services.errors import Cancelled, NotFound, ValidationError
from indie_desktop.services.fields import FieldCollector
from indie_desktop.services.visibility import can_see, visible_to
from indie_desktop.store.database import Database

__all__ = [
    "Cancelled",
    "LetterDraft",
    "LetterheadDraft",
    "MergeResult",
    "PrintService",
    "RecipientFilter",
    "TemplateInfo",
]

LAST_VISITS = 5
NBSP = "\u00a0"  # keeps a phone number on one line of a letter
MANAGEMENT = re.compile(
    r"geschäftsf|inhaber|vorstand|leitung|leiter|chef|owner|ceo|managing", re.IGNORECASE
)
CHUNK = 500  # ids per IN (...) query
NO_ADDRESS = "no postal address (no organisation with street, postcode and city)"
NOT_FOUND = "not found or deleted"
MERGE_VALUES = frozenset(
    {
        "salutation",
        "title",
        "first_name",
        "last_name",
        "full_name",
        "function",
        "organisation",
        "street",
        "postcode",
        "city",
        "date",
        "staff_name",
        "staff_phone",
        "staff_email",
        "institution",
    }
)


@dataclass
class LetterDraft:
    """A letter as the user may still edit it before printing (the body is final text)."""

    recipient_lines: list[str]
    salutation: str
    subject: str
    body: str
    info: dict[str, str]
    template_name: str
    referral_id: uuid.UUID | None = None
    mirror: bool = False
    closing: str = "Mit freundlichen Grüßen"
    signature: list[str] = field(default_factory=list)
    sender_line: str = ""  # the return line in the address window; "" = the letterhead's
    institution_id: uuid.UUID | None = None  # whose letterhead


@dataclass
class MergeResult:
    pdf: bytes
    letters: int
    skipped: list[tuple[uuid.UUID, str]]


@dataclass
class LetterheadDraft:
    institution_id: uuid.UUID | None = None
    name: str = ""
    sender_line: str = ""
    street: str = ""
    postcode: str = ""
    city: str = ""
    phone: str = ""
    email: str = ""
    website: str = ""
    logo_path: str = ""
    footer: str = ""
    version: int = 0


@dataclass(frozen=True)
class RecipientFilter:
    """Selects organisations (and through their primary contacts, people) for mail merge and
    labels, as the CLI's filters do: municipality, WZ code prefix, kind, search text."""

    municipality: str = ""
    wz: str = ""
    kind: str = ""
    query: str = ""


@dataclass(frozen=True)
class _Postal:
    """A person with the organisation whose address they get post at."""

    person: Person
    organisation: Organisation | None
    role: str

    @property
    def usable(self) -> bool:
        o = self.organisation
        return bool(o and (o.street or "").strip() and (o.postcode or "").strip() and o.city)


def _chunks(ids: Sequence[uuid.UUID]) -> Iterable[list[uuid.UUID]]:
    ids = list(ids)
    for i in range(0, len(ids), CHUNK):
        yield ids[i : i + CHUNK]


def organisation_name(o: Organisation) -> str:
    """The name with its legal form, unless the name already ends with it."""
    name = o.name.strip()
    form = (o.legal_form or "").strip()
    if form and not name.endswith(form):
        return f"{name} {form}"
    return name


def _town(o: Organisation | Institution | None) -> str:
    if o is None:
        return ""
    return " ".join(p for p in ((o.postcode or "").strip(), (o.city or "").strip()) if p)


def _address_one_line(o: Organisation | None) -> str:
    if o is None:
        return ""
    return ", ".join(p for p in ((o.street or "").strip(), _town(o)) if p)


def _live(model: Any) -> ColumnElement[bool]:
    return model.deleted_at.is_(None)  # type: ignore[no-any-return]


def _current(today: date) -> ColumnElement[bool]:
    return or_(Affiliation.until.is_(None), Affiliation.until >= today)


class PrintService:
    def __init__(
        self,
        db: Database,
        actor: Actor,
        templates_dir: Path | None = None,
        attachment_limit_bytes: int = DEFAULT_LIMIT_BYTES,
    ) -> None:
        self.db = db
        self.actor = actor
        if templates_dir is None and db.is_sqlite and db.path is not None:
            templates_dir = db.path.parent / "templates"
        self.templates_dir = templates_dir
        self.attachment_limit_bytes = attachment_limit_bytes

    # -- letterheads ---------------------------------------------------------------------------
    def _institution_id(
        self, s: Session, fallback_staff: uuid.UUID | None = None
    ) -> uuid.UUID | None:
        if self.actor.institution_id is not None:
            return self.actor.institution_id
        staff_id = self.actor.staff_id or fallback_staff
        if staff_id is not None:
            return s.scalar(select(Staff.institution_id).where(Staff.id == staff_id))
        return None

    def _letterhead(self, s: Session, institution_id: uuid.UUID | None) -> Letterhead:
        inst = s.get(Institution, institution_id) if institution_id is not None else None
        if inst is None or inst.deleted_at is not None:
            return Letterhead.plain()
        return Letterhead.from_institution(inst)

    def letterhead(self, institution_id: uuid.UUID | None = None) -> Letterhead:
        """The letterhead documents are printed on (default: the acting user's institution)."""
        with self.db.session() as s:
            return self._letterhead(s, institution_id or self._institution_id(s))

    def letterhead_draft(self, institution_id: uuid.UUID | None = None) -> LetterheadDraft:
        """The institution's letterhead data for the settings form."""
        with self.db.session() as s:
            iid = institution_id or self._institution_id(s)
            if iid is None:
                raise NotFound("No institution is set up for this user yet.")
            inst = records.load(s, Institution, iid)
            return LetterheadDraft(
                institution_id=inst.id,
                name=inst.name,
                sender_line=inst.sender_line or "",
                street=inst.street or "",
                postcode=inst.postcode or "",
                city=inst.city or "",
                phone=inst.phone or "",
                email=inst.email or "",
                website=inst.website or "",
                logo_path=inst.logo_path or "",
                footer=inst.footer or "",
                version=inst.version,
            )

    @staticmethod
    def _letterhead_values(draft: LetterheadDraft) -> dict[str, object]:
        c = FieldCollector()
        c.take("name", v.require_text, draft.name, 200)
        c.take("sender_line", v.optional_text, draft.sender_line, 200)
        c.take("street", v.optional_text, draft.street, 200)
        c.take("postcode", v.normalize_postcode, draft.postcode)
        c.take("city", v.optional_text, draft.city, 100)
        c.take("phone", v.normalize_phone, draft.phone)
        c.take("email", v.normalize_email, draft.email)
        c.take("website", v.normalize_website, draft.website)
        c.take("footer", v.optional_text, draft.footer, 2000)
        logo = draft.logo_path.strip()
        if logo:
            if len(logo) > 300:
                c.fail("logo_path", "The path is too long (at most 300 characters)")
            elif logo_image(Letterhead(name="", logo_path=logo)) is None:
                c.fail(
                    "logo_path",
                    "The logo cannot be read: choose a PNG or JPEG file that exists",
                )
        c.raise_if_any()
        values = dict(c.values)
        values["logo_path"] = logo or None
        return values

    def save_letterhead(self, draft: LetterheadDraft) -> int:
        """Validate and store; ValidationError per field, ConflictError on a stale version.
        Returns the new version."""
        values = self._letterhead_values(draft)
        if draft.institution_id is None:
            raise ValidationError({"name": "No institution chosen"})
        with self.db.session() as s:
            inst = records.load(s, Institution, draft.institution_id, for_update=True)
            records.check_version(inst, draft.version or None)
            records.apply_changes(s, self.actor, inst, values)
            return int(inst.version)

    update_letterhead = save_letterhead

    def letterhead_sample(self, draft: LetterheadDraft) -> bytes:
        """A one-page sample letter on the (unsaved) letterhead, for a live preview."""
        values = self._letterhead_values(draft)
        inst = Institution(**values, short_name="")
        lh = Letterhead.from_institution(inst)
        buffer = io.BytesIO()
        canvas = new_canvas(buffer, "Briefkopf – Vorschau")
        LetterWriter(canvas).draw(
            Letter(
                letterhead=lh,
                recipient_lines=[
                    "Muster GmbH",
                    "Frau Erika Mustermann",
                    "Musterstraße 1",
                    "44137 Dortmund",
                ],
                subject="Vorschau des Briefkopfs",
                salutation="Sehr geehrte Frau Mustermann,",
                body="so sehen Briefe, Kontaktblätter und Listen mit diesem Briefkopf aus.",
                info=[("Datum", format_date(date.today()))],
                signature=[self.actor.display_name or lh.name],
            )
        )
        canvas.save()
        return buffer.getvalue()

    # -- templates -----------------------------------------------------------------------------
    def templates(self) -> list[TemplateInfo]:
        return list_templates(self.templates_dir)

    # -- who is writing ------------------------------------------------------------------------
    def _writer(self, s: Session, fallback_staff: uuid.UUID | None = None) -> Staff | None:
        staff_id = self.actor.staff_id or fallback_staff
        return s.get(Staff, staff_id) if staff_id is not None else None

    def _writer_values(self, staff: Staff | None, lh: Letterhead) -> dict[str, str]:
        return {
            "staff_name": staff.full_name if staff else (self.actor.display_name or ""),
            "staff_phone": (phone_de(staff.phone) if staff and staff.phone else lh.phone).replace(
                " ", NBSP
            ),
            "staff_email": (staff.email or "") if staff else lh.email,
            "institution": lh.name,
            "date": format_date(date.today()),
        }

    @staticmethod
    def _info(
        values: dict[str, str], our_reference: str, your_reference: str = ""
    ) -> dict[str, str]:
        return {
            "Ihr Zeichen": your_reference,
            "Unser Zeichen": our_reference,
            "Datum": values["date"],
            "Ansprechpartner": values["staff_name"],
            "Telefon": values["staff_phone"],
            "E-Mail": values["staff_email"],
        }

    # -- people and their postal addresses -----------------------------------------------------
    def _postal(self, s: Session, person_ids: Sequence[uuid.UUID]) -> dict[uuid.UUID, _Postal]:
        """Each visible person with the organisation they get post at: the primary current
        affiliation, else any current one."""
        today = date.today()
        found: dict[uuid.UUID, _Postal] = {}
        for chunk in _chunks(person_ids):
            people = {
                p.id: p
                for p in s.scalars(
                    select(Person).where(
                        Person.id.in_(chunk), _live(Person), visible_to(Person, self.actor)
                    )
                )
            }
            rows = s.execute(
                select(
                    Affiliation.person_id, Affiliation.role, Affiliation.is_primary, Organisation
                )
                .join(Organisation, Organisation.id == Affiliation.organisation_id)
                .where(
                    Affiliation.person_id.in_(list(people)),
                    _live(Affiliation),
                    _live(Organisation),
                    _current(today),
                    visible_to(Organisation, self.actor),
                )
                .order_by(Affiliation.is_primary.desc(), Affiliation.since.desc())
            ).all()
            best: dict[uuid.UUID, tuple[Organisation, str]] = {}
            for person_id, role, _primary, org in rows:
                best.setdefault(person_id, (org, role or ""))
            for pid, person in people.items():
                org, role = best.get(pid, (None, ""))
                found[pid] = _Postal(person, org, role)
        return found

    @staticmethod
    def _recipient_lines(postal: _Postal) -> list[str]:
        p, o = postal.person, postal.organisation
        lines = []
        if o is not None:
            lines.append(organisation_name(o))
        lines.append(address_name(p.salutation, p.title, p.first_name, p.last_name))
        if o is not None:
            lines += [(o.street or "").strip(), _town(o)]
        return [line for line in lines if line]

    def primary_contacts(self, organisation_ids: Sequence[uuid.UUID]) -> list[uuid.UUID]:
        """The primary contact of each organisation, in the given order; organisations without
        a current contact are left out (the first current contact stands in for a missing
        primary one)."""
        found: list[uuid.UUID] = []
        with self.db.session() as s:
            for chunk in _chunks(organisation_ids):
                found += self._primary_contacts(s, chunk)
        return found

    def _filter_conditions(self, f: RecipientFilter) -> list[ColumnElement[bool]]:
        conditions: list[ColumnElement[bool]] = [
            _live(Organisation),
            visible_to(Organisation, self.actor),
        ]
        if f.municipality.strip():
            town = f.municipality.strip()
            conditions.append(or_(Organisation.municipality == town, Organisation.city == town))
        if f.wz.strip():
            conditions.append(Organisation.wz_code.like(f"{f.wz.strip()}%"))
        if f.kind.strip():
            conditions.append(Organisation.kind == f.kind.strip())
        for word in search_fold(f.query).split():
            escaped = word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
            conditions.append(Organisation.search_key.like(f"%{escaped}%", escape="\\"))
        return conditions

    def organisations_for(self, f: RecipientFilter) -> list[uuid.UUID]:
        """Organisations matching the filter, by name."""
        stmt: Select[tuple[uuid.UUID]] = (
            select(Organisation.id)
            .where(*self._filter_conditions(f))
            .order_by(Organisation.sort_name)
        )
        with self.db.session() as s:
            return list(s.scalars(stmt))

    def people_for(self, f: RecipientFilter) -> list[uuid.UUID]:
        """Current contacts (all, not only the primary ones) of the matching organisations."""
        today = date.today()
        stmt = (
            select(Person.id)
            .join(Affiliation, Affiliation.person_id == Person.id)
            .join(Organisation, Organisation.id == Affiliation.organisation_id)
            .where(
                *self._filter_conditions(f),
                _live(Affiliation),
                _live(Person),
                _current(today),
                visible_to(Person, self.actor),
            )
            .order_by(Organisation.sort_name, Person.sort_name)
        )
        with self.db.session() as s:
            return list(dict.fromkeys(s.scalars(stmt)))

    # -- contact sheets ------------------------------------------------------------------------
    def contact_sheets(self, organisation_ids: Sequence[uuid.UUID]) -> bytes:
        """One PDF, one contact sheet (one or more pages) per organisation, in the given order."""
        if not organisation_ids:
            raise ValidationError({"organisations": "Choose at least one organisation"})
        with self.db.session() as s:
            first = s.get(Organisation, organisation_ids[0])
            betreuer = first.responsible_staff_id if first is not None else None
            lh = self._letterhead(s, self._institution_id(s, betreuer))
            sheets = [self._organisation_sheet(s, oid) for oid in organisation_ids]
        return self._pdf("Kontaktblatt", lambda c: render_sheets(c, lh, sheets))

    def person_sheets(self, person_ids: Sequence[uuid.UUID]) -> bytes:
        if not person_ids:
            raise ValidationError({"people": "Choose at least one person"})
        with self.db.session() as s:
            lh = self._letterhead(s, self._institution_id(s))
            sheets = [self._person_sheet(s, pid) for pid in person_ids]
        return self._pdf("Kontaktblatt", lambda c: render_sheets(c, lh, sheets))

    def _pdf(self, title: str, draw: Callable[[Any], object]) -> bytes:
        buffer = io.BytesIO()
        canvas = new_canvas(buffer, title, self.actor.display_name)
        draw(canvas)
        canvas.save()
        return buffer.getvalue()

    def _organisation_sheet(self, s: Session, org_id: uuid.UUID) -> Sheet:
        o = records.load(s, Organisation, org_id)
        if not can_see(o, self.actor):
            raise NotFound(f"Organisation {org_id} does not exist or was deleted.")
        today = date.today()
        responsible = o.responsible_staff
        wz = f"{o.wz_code} {wz_title(o.wz_code) or ''}".strip() if o.wz_code else ""
        register = " ".join(p for p in (o.register_court or "", o.register_number or "") if p)
        chamber = de.de(de.CHAMBER, o.chamber)
        if o.handwerksrolle:
            chamber = ", ".join(p for p in (chamber, "Handwerksrolle") if p)
        pairs = [
            ("Anschrift", _address_one_line(o)),
            ("Telefon", phone_de(o.phone)),
            ("E-Mail", o.email or ""),
            ("Internet", (o.website or "").removeprefix("https://").removeprefix("http://")),
            ("Branche (WZ)", wz),
            ("Beschäftigte", o.employee_band or ""),
            ("Gegründet", str(o.founded_year or "")),
            ("Register", register),
            ("USt-IdNr.", o.vat_id or ""),
            ("Kammer", chamber),
            ("Status", de.de(de.ORGANISATION_STATUS, o.status)),
            ("Betreuung", responsible.full_name if responsible else ""),
        ]
        people = s.execute(
            select(Person, Affiliation.role, Affiliation.is_primary)
            .join(Affiliation, Affiliation.person_id == Person.id)
            .where(
                Affiliation.organisation_id == org_id,
                _live(Affiliation),
                _live(Person),
                _current(today),
                visible_to(Person, self.actor),
            )
            .order_by(Affiliation.is_primary.desc(), Person.sort_name)
        ).all()
        people_rows = [
            [
                " ".join(x for x in (p.title, p.first_name, p.last_name) if x),
                role or p.function or "",
                " / ".join(x for x in (phone_de(p.phone), phone_de(p.mobile)) if x),
                p.email or "",
            ]
            for p, role, _primary in people
        ]
        needs = (
            s.execute(
                select(Need)
                .where(
                    Need.organisation_id == org_id,
                    _live(Need),
                    Need.status.in_([NeedStatus.OPEN, NeedStatus.IN_REFERRAL]),
                    visible_to(Need, self.actor),
                )
                .order_by(Need.created_at.desc())
            )
            .scalars()
            .all()
        )
        need_rows = [
            [
                n.topic + (f"\n{n.wanted_competence}" if n.wanted_competence else ""),
                de.de(de.URGENCY, n.urgency),
                de.de(de.NEED_STATUS, n.status),
                format_date(n.created_at),
            ]
            for n in needs
        ]
        partner = aliased(Organisation)
        company = aliased(Organisation)
        referrals = s.execute(
            select(Referral, Need.topic, company.name, partner.name)
            .outerjoin(Need, Need.id == Referral.need_id)
            .outerjoin(
                company,
                (company.id == Referral.organisation_id) & visible_to(company, self.actor),
            )
            .outerjoin(
                partner,
                (partner.id == Referral.partner_organisation_id) & visible_to(partner, self.actor),
            )
            .where(
                or_(Referral.organisation_id == org_id, Referral.partner_organisation_id == org_id),
                _live(Referral),
                Referral.stage.in_(
                    [
                        ReferralStage.PROPOSED,
                        ReferralStage.INTRODUCED,
                        ReferralStage.FIRST_MEETING,
                        ReferralStage.NO_RESPONSE,
                    ]
                ),
                visible_to(Referral, self.actor),
            )
            .order_by(Referral.referred_on.desc())
        ).all()
        referral_rows = [
            [
                format_date(r.referred_on),
                (
                    f"an {partner_name or '–'}"
                    if r.organisation_id == org_id
                    else f"von {company_name or '–'}"
                ),
                topic or "",
                de.de(de.REFERRAL_STAGE, r.stage),
                format_date(r.next_follow_up_on),
            ]
            for r, topic, company_name, partner_name in referrals
        ]
        visits = s.scalars(
            select(Activity)
            .join(ActivityOrganisation, ActivityOrganisation.activity_id == Activity.id)
            .where(
                ActivityOrganisation.organisation_id == org_id,
                _live(ActivityOrganisation),
                _live(Activity),
                visible_to(Activity, self.actor),
            )
            .order_by(Activity.occurred_at.desc())
            .limit(LAST_VISITS)
        ).all()
        staff_names = self._activity_staff(s, [a.id for a in visits])
        visit_rows = [
            [
                format_date(a.occurred_at),
                de.de(de.ACTIVITY_KIND, a.kind),
                a.subject or "",
                a.next_steps or "",
                ", ".join(staff_names.get(a.id, [])),
            ]
            for a in visits
        ]
        staff_pairs: list[tuple[str, str]] = []
        if responsible is not None:
            inst = s.get(Institution, responsible.institution_id)
            staff_pairs = [
                ("Betreuer/in", responsible.full_name),
                ("Institution", inst.name if inst else ""),
                ("Telefon", phone_de(responsible.phone)),
                ("E-Mail", responsible.email or ""),
            ]
        subtitle = " · ".join(
            p for p in (de.de(de.ORGANISATION_KIND, o.kind), o.municipality or o.city or "") if p
        )
        sections = [
            Section(
                "Ansprechpersonen",
                [
                    Column("Name", 48),
                    Column("Funktion", 38),
                    Column("Telefon", 38),
                    Column("E-Mail", 46),
                ],
                people_rows,
                empty="Keine Ansprechpersonen erfasst.",
            ),
            Section(
                "Offene Bedarfe",
                [
                    Column("Thema / gesuchte Kompetenz", 100),
                    Column("Dringlichkeit", 24),
                    Column("Status", 28),
                    Column("seit", 20),
                ],
                need_rows,
                empty="Keine offenen Bedarfe.",
            ),
            Section(
                "Laufende Vermittlungen",
                [
                    Column("Datum", 20),
                    Column("Partner", 52),
                    Column("Thema", 56),
                    Column("Stand", 26),
                    Column("Nachfassen", 22),
                ],
                referral_rows,
                empty="Keine laufenden Vermittlungen.",
            ),
            Section(
                "Letzte Kontakte und vereinbarte nächste Schritte",
                [
                    Column("Datum", 20),
                    Column("Art", 24),
                    Column("Betreff", 48),
                    Column("Nächste Schritte", 54),
                    Column("Wer", 30),
                ],
                visit_rows,
                empty="Noch keine Kontakte erfasst.",
            ),
        ]
        if o.competences:
            sections.insert(0, Section("Kompetenzen", text=o.competences.strip()))
        sections.append(
            Section("Betreuung", pairs=staff_pairs, empty="Keine Betreuung eingetragen.")
        )
        if o.notes:
            sections.append(Section("Notizen", text=o.notes.strip()))
        return Sheet(
            "Kontaktblatt",
            organisation_name(o),
            subtitle,
            format_date(today),
            pairs,
            sections,
        )

    def _activity_staff(
        self, s: Session, activity_ids: list[uuid.UUID]
    ) -> dict[uuid.UUID, list[str]]:
        names: dict[uuid.UUID, list[str]] = {}
        if not activity_ids:
            return names
        for aid, first, last in s.execute(
            select(ActivityStaff.activity_id, Staff.first_name, Staff.last_name)
            .join(Staff, Staff.id == ActivityStaff.staff_id)
            .where(ActivityStaff.activity_id.in_(activity_ids), _live(ActivityStaff))
            .order_by(Staff.last_name)
        ):
            names.setdefault(aid, []).append(f"{first} {last}".strip())
        return names

    def _person_sheet(self, s: Session, person_id: uuid.UUID) -> Sheet:
        p = records.load(s, Person, person_id)
        if not can_see(p, self.actor):
            raise NotFound(f"Person {person_id} does not exist or was deleted.")
        today = date.today()
        affiliations = s.execute(
            select(Affiliation, Organisation)
            .join(Organisation, Organisation.id == Affiliation.organisation_id)
            .where(
                Affiliation.person_id == person_id,
                _live(Affiliation),
                _live(Organisation),
                visible_to(Organisation, self.actor),
            )
            .order_by(
                Affiliation.is_primary.desc(),
                Affiliation.until.is_not(None),
                Affiliation.since.desc(),
            )
        ).all()
        current = [(a, o) for a, o in affiliations if a.until is None or a.until >= today]
        main = current[0][1] if current else None
        pairs = [
            ("Funktion", p.function or ""),
            ("Abteilung", p.department or ""),
            ("Telefon", phone_de(p.phone)),
            ("Mobil", phone_de(p.mobile)),
            ("E-Mail", p.email or ""),
            ("Bevorzugt", de.de(de.PREFERRED_CHANNEL, p.preferred_channel)),
            ("Postanschrift", _address_one_line(main)),
        ]
        aff_rows = [
            [
                organisation_name(o),
                a.role or "",
                format_date(a.since),
                format_date(a.until),
                "ja" if a.is_primary else "",
            ]
            for a, o in affiliations
        ]
        activities = s.scalars(
            select(Activity)
            .join(ActivityPerson, ActivityPerson.activity_id == Activity.id)
            .where(
                ActivityPerson.person_id == person_id,
                _live(ActivityPerson),
                _live(Activity),
                visible_to(Activity, self.actor),
            )
            .order_by(Activity.occurred_at.desc())
            .limit(LAST_VISITS)
        ).all()
        staff_names = self._activity_staff(s, [a.id for a in activities])
        activity_rows = [
            [
                format_date(a.occurred_at),
                de.de(de.ACTIVITY_KIND, a.kind),
                a.subject or "",
                a.next_steps or "",
                ", ".join(staff_names.get(a.id, [])),
            ]
            for a in activities
        ]
        company = aliased(Organisation)
        referrals = s.execute(
            select(Referral, Need.topic, company.name)
            .outerjoin(Need, Need.id == Referral.need_id)
            .outerjoin(
                company,
                (company.id == Referral.organisation_id) & visible_to(company, self.actor),
            )
            .where(
                Referral.partner_person_id == person_id,
                _live(Referral),
                visible_to(Referral, self.actor),
            )
            .order_by(Referral.referred_on.desc())
            .limit(10)
        ).all()
        referral_rows = [
            [
                format_date(r.referred_on),
                company_name or "–",
                topic or "",
                de.de(de.REFERRAL_STAGE, r.stage),
            ]
            for r, topic, company_name in referrals
        ]
        privacy = [
            ("Rechtsgrundlage", de.de(de.LEGAL_BASIS, p.legal_basis)),
            ("Herkunft der Daten", p.data_source or ""),
            ("Art. 14 informiert", format_date(p.art14_info_sent_on)),
        ]
        sections = [
            Section(
                "Organisationen",
                [
                    Column("Organisation", 70),
                    Column("Rolle", 46),
                    Column("seit", 20),
                    Column("bis", 20),
                    Column("Haupt", 14),
                ],
                aff_rows,
                empty="Keiner Organisation zugeordnet.",
            ),
            Section(
                "Letzte Kontakte und vereinbarte nächste Schritte",
                [
                    Column("Datum", 20),
                    Column("Art", 24),
                    Column("Betreff", 48),
                    Column("Nächste Schritte", 54),
                    Column("Wer", 30),
                ],
                activity_rows,
                empty="Noch keine Kontakte erfasst.",
            ),
            Section(
                "Vermittlungen an diese Person",
                [
                    Column("Datum", 20),
                    Column("Unternehmen", 60),
                    Column("Thema", 64),
                    Column("Stand", 30),
                ],
                referral_rows,
                empty="Keine Vermittlungen.",
            ),
            Section("Datenschutz", pairs=privacy, empty="Keine Angaben."),
        ]
        if p.notes:
            sections.append(Section("Notizen", text=p.notes.strip()))
        name = " ".join(x for x in (p.title, p.first_name, p.last_name) if x)
        subtitle = organisation_name(main) if main else ""
        return Sheet("Kontaktblatt Person", name, subtitle, format_date(today), pairs, sections)

    # -- referral letters ----------------------------------------------------------------------
    def referral_letter_draft(
        self, referral_id: uuid.UUID, mirror: bool = False, template_name: str | None = None
    ) -> LetterDraft:
        """The letter to the partner (or, `mirror`, to the company) from a template, ready to
        edit. TemplateError (a ValidationError) names an unknown placeholder."""
        name = template_name or ("referral_company" if mirror else "referral_partner")
        template = load_template(name, self.templates_dir)
        with self.db.session() as s:
            referral = records.load(s, Referral, referral_id)
            if not can_see(referral, self.actor):
                raise NotFound(f"Referral {referral_id} does not exist or was deleted.")
            need = s.get(Need, referral.need_id) if referral.need_id else None
            company = s.get(Organisation, referral.organisation_id)
            partner = (
                s.get(Organisation, referral.partner_organisation_id)
                if referral.partner_organisation_id
                else None
            )
            partner_person = (
                s.get(Person, referral.partner_person_id) if referral.partner_person_id else None
            )
            if partner is None and partner_person is not None:
                postal = self._postal(s, [partner_person.id]).get(partner_person.id)
                partner = postal.organisation if postal else None
            company_contact = self._contact_of(s, company.id, need) if company else None
            staff = self._writer(s, referral.referring_staff_id)
            institution_id = self._institution_id(s, referral.referring_staff_id)
            lh = self._letterhead(s, institution_id)
            values = self._writer_values(staff, lh)
            values.update(
                company=organisation_name(company) if company else "",
                company_city=(company.city or "") if company else "",
                company_address=_address_one_line(company),
                company_contact=_contact_text(company_contact, company),
                company_phone=phone_de(
                    (company_contact.phone if company_contact else None)
                    or (company.phone if company else None)
                ).replace(" ", NBSP)
                or "bitte bei uns erfragen",
                partner=organisation_name(partner) if partner else _person_name(partner_person),
                partner_city=(partner.city or "") if partner else "",
                partner_address=_address_one_line(partner),
                partner_contact=_contact_text(partner_person, None) if partner_person else "",
                partner_phone=phone_de(
                    (partner_person.phone if partner_person else None)
                    or (partner.phone if partner else None)
                ).replace(" ", NBSP),
                need_topic=need.topic if need else (referral.note or ""),
                need_description=(need.description or "") if need else "",
                wanted_competence=((need.wanted_competence or need.topic) if need else ""),
                referred_on=format_date(referral.referred_on),
            )
            if mirror:
                recipient_org, recipient_person = company, company_contact
            else:
                recipient_org, recipient_person = partner, partner_person
            recipient = [organisation_name(recipient_org)] if recipient_org else []
            if recipient_person is not None:
                recipient.append(
                    address_name(
                        recipient_person.salutation,
                        recipient_person.title,
                        recipient_person.first_name,
                        recipient_person.last_name,
                    )
                )
            if recipient_org is not None:
                recipient += [(recipient_org.street or "").strip(), _town(recipient_org)]
            salutation = (
                salutation_line(
                    recipient_person.salutation,
                    recipient_person.title,
                    recipient_person.first_name,
                    recipient_person.last_name,
                )
                if recipient_person is not None
                else NEUTRAL_GROUP
            )
            values["salutation"] = salutation
            known = set(values)
            subject = tidy(CompiledTemplate(template.subject, known).fill(values))
            body = tidy(CompiledTemplate(template.body, known).fill(values))
            initials = (staff.initials if staff else "") or ""
            reference = f"{initials}/V-{referral.id.hex[-6:].upper()}".lstrip("/")
            return LetterDraft(
                recipient_lines=[r for r in recipient if r],
                salutation=salutation,
                subject=subject,
                body=body,
                info=self._info(values, reference),
                template_name=name,
                referral_id=referral.id,
                mirror=mirror,
                signature=[x for x in (values["staff_name"], lh.name) if x],
                sender_line=lh.sender_line,
                institution_id=institution_id,
            )

    def _contact_of(
        self, s: Session, organisation_id: uuid.UUID, need: Need | None = None
    ) -> Person | None:
        """Whom a letter to the organisation goes to: the person met at the visit where the
        need was found, if still there; else its primary contact."""
        if need is not None and need.found_in_activity_id is not None:
            met = s.scalars(
                select(Person)
                .join(ActivityPerson, ActivityPerson.person_id == Person.id)
                .join(Affiliation, Affiliation.person_id == Person.id)
                .where(
                    ActivityPerson.activity_id == need.found_in_activity_id,
                    _live(ActivityPerson),
                    _live(Person),
                    Affiliation.organisation_id == organisation_id,
                    _live(Affiliation),
                    _current(date.today()),
                )
                .order_by(Person.sort_name)
            ).first()
            if met is not None:
                return met
        ids = self._primary_contacts(s, [organisation_id])
        return s.get(Person, ids[0]) if ids else None

    def _primary_contacts(
        self, s: Session, organisation_ids: Sequence[uuid.UUID]
    ) -> list[uuid.UUID]:
        """Per organisation: among the people whose primary organisation it is (else any
        current contact), the management first (Geschäftsführung, Inhaber, Leitung), then
        the longest there, then by name."""
        today = date.today()
        rows = s.execute(
            select(
                Affiliation.organisation_id,
                Affiliation.person_id,
                Affiliation.is_primary,
                Affiliation.role,
                Person.function,
            )
            .join(Person, Person.id == Affiliation.person_id)
            .where(
                Affiliation.organisation_id.in_(list(organisation_ids)),
                _live(Affiliation),
                _live(Person),
                _current(today),
                visible_to(Person, self.actor),
            )
            .order_by(Affiliation.since, Person.sort_name)
        ).all()
        best: dict[uuid.UUID, tuple[tuple[int, int], uuid.UUID]] = {}
        for org_id, person_id, primary, role, function in rows:
            senior = MANAGEMENT.search(f"{role or ''} {function or ''}") is not None
            rank = (0 if primary else 1, 0 if senior else 1)
            if org_id not in best or rank < best[org_id][0]:
                best[org_id] = (rank, person_id)
        return [best[o][1] for o in organisation_ids if o in best]

    def _letter_of(self, s: Session, draft: LetterDraft) -> Letter:
        lh = self._letterhead(s, draft.institution_id or self._institution_id(s))
        return Letter(
            letterhead=lh,
            recipient_lines=list(draft.recipient_lines),
            subject=draft.subject,
            salutation=draft.salutation,
            body=draft.body,
            info=list(draft.info.items()),
            closing=draft.closing,
            signature=list(draft.signature),
            return_line=draft.sender_line or None,
            follow_header=" · ".join(
                x
                for x in (
                    draft.recipient_lines[0] if draft.recipient_lines else "",
                    draft.info.get("Datum", ""),
                )
                if x
            ),
        )

    def referral_letter(self, draft: LetterDraft) -> bytes:
        """The letter as PDF, exactly as drafted (no placeholders are filled any more)."""
        with self.db.session() as s:
            letter = self._letter_of(s, draft)
        return self._pdf(draft.subject or "Brief", lambda c: LetterWriter(c).draw(letter))

    def record_letter_sent(
        self, referral_id: uuid.UUID, pdf: bytes, sent_on: date | None = None
    ) -> uuid.UUID:
        """Keep the printed letter with the referral and date it there (both in the audit
        trail, in one transaction). Returns the attachment's id."""
        if not pdf.startswith(b"%PDF"):
            raise ValidationError({"pdf": "This is not a PDF document"})
        sent_on = sent_on or date.today()
        attachments = AttachmentService(self.db, self.actor, self.attachment_limit_bytes)
        with self.db.session() as s:
            referral = records.load(s, Referral, referral_id, for_update=True)
            if not can_see(referral, self.actor):
                raise NotFound(f"Referral {referral_id} does not exist or was deleted.")
            filename = f"Vermittlungsschreiben {sent_on.isoformat()} {referral.id.hex[-6:]}.pdf"
            attachment = attachments.add_content(
                s, "referral", referral.id, filename, pdf, "application/pdf", referral.visibility
            )
            records.apply_changes(
                s,
                self.actor,
                referral,
                {"letter_sent_on": sent_on, "letter_attachment_id": attachment.id},
            )
            return attachment.id

    # -- mail merge ----------------------------------------------------------------------------
    def mail_merge(
        self,
        template_name: str,
        person_ids: Sequence[uuid.UUID],
        *,
        progress: Callable[[int, int], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
        purpose: str = "letter",
    ) -> MergeResult:
        """One DIN 5008 letter per person into one PDF. People without a postal address (no
        current organisation with street, postcode and city) are skipped with the reason.
        `cancelled()` is asked before each letter; when it turns true, Cancelled is raised."""
        template = load_template(template_name, self.templates_dir)
        subject_t = CompiledTemplate(template.subject, MERGE_VALUES)
        body_t = CompiledTemplate(template.body, MERGE_VALUES)
        ids = list(dict.fromkeys(person_ids))
        total = len(ids)
        skipped: list[tuple[uuid.UUID, str]] = []
        buffer = io.BytesIO()
        canvas = new_canvas(buffer, template.info.title, self.actor.display_name)
        writer = LetterWriter(canvas)
        letters = 0
        done = 0
        with self.db.session() as s:
            staff = self._writer(s)
            lh = self._letterhead(s, self._institution_id(s))
            base = self._writer_values(staff, lh)
            info = self._info(base, (staff.initials or "") if staff else "")
            signature = [x for x in (base["staff_name"], lh.name) if x]
            for chunk in _chunks(ids):
                postal = self._postal(s, chunk)
                for pid in chunk:
                    if cancelled is not None and cancelled():
                        raise Cancelled("The mail merge was cancelled; no document was made.")
                    entry = postal.get(pid)
                    if entry is None:
                        skipped.append((pid, NOT_FOUND))
                    elif not entry.usable:
                        skipped.append((pid, NO_ADDRESS))
                    else:
                        values = self._merge_values(entry, base)
                        writer.draw(
                            Letter(
                                letterhead=lh,
                                recipient_lines=self._recipient_lines(entry),
                                subject=tidy(subject_t.fill(values)),
                                salutation=values["salutation"],
                                body=tidy(body_t.fill(values)),
                                info=list(info.items()),
                                signature=signature,
                                follow_header=values["full_name"],
                            )
                        )
                        letters += 1
                    done += 1
                    if progress is not None:
                        progress(done, total)
        if letters == 0:
            canvas.showPage()  # a valid, empty document
        canvas.save()
        return MergeResult(buffer.getvalue(), letters, skipped)

    @staticmethod
    def _merge_values(entry: _Postal, base: dict[str, str]) -> dict[str, str]:
        p, o = entry.person, entry.organisation
        values = dict(base)
        values.update(
            salutation=salutation_line(p.salutation, p.title, p.first_name, p.last_name),
            title=p.title or "",
            first_name=p.first_name or "",
            last_name=p.last_name,
            full_name=" ".join(x for x in (p.title, p.first_name, p.last_name) if x),
            function=entry.role or p.function or "",
            organisation=organisation_name(o) if o else "",
            street=(o.street or "") if o else "",
            postcode=(o.postcode or "") if o else "",
            city=(o.city or "") if o else "",
        )
        return values

    # -- labels --------------------------------------------------------------------------------
    def labels(
        self,
        person_ids: Sequence[uuid.UUID] = (),
        organisation_ids: Sequence[uuid.UUID] = (),
        layout: str = "3474",
        start_cell: int = 0,
    ) -> bytes:
        """Address labels: people (at their organisation) first, then organisations. People
        and organisations without a postal address are left out."""
        try:
            sheet = label_layout(layout)
        except ValueError as exc:
            raise ValidationError({"layout": str(exc)}) from exc
        if not 0 <= start_cell < sheet.per_sheet:
            raise ValidationError(
                {"start_cell": f"The first label must be between 1 and {sheet.per_sheet}"}
            )
        addresses: list[list[str]] = []
        with self.db.session() as s:
            lh = self._letterhead(s, self._institution_id(s))
            for chunk in _chunks(list(dict.fromkeys(person_ids))):
                postal = self._postal(s, chunk)
                addresses += [
                    self._recipient_lines(postal[pid])
                    for pid in chunk
                    if pid in postal and postal[pid].usable
                ]
            for chunk in _chunks(list(dict.fromkeys(organisation_ids))):
                orgs = {
                    o.id: o
                    for o in s.scalars(
                        select(Organisation).where(
                            Organisation.id.in_(chunk),
                            _live(Organisation),
                            visible_to(Organisation, self.actor),
                        )
                    )
                }
                for oid in chunk:
                    o = orgs.get(oid)
                    if o is not None and o.street and o.postcode and o.city:
                        addresses.append([organisation_name(o), o.street, _town(o)])
        if not addresses:
            raise ValidationError({"recipients": "None of the chosen records has a postal address"})
        return self._pdf(
            "Adressetiketten",
            lambda c: draw_labels(c, sheet, addresses, lh.sender_line, start_cell),
        )

    # -- attendance lists ----------------------------------------------------------------------
    def attendance_list(
        self,
        project_id: uuid.UUID | None = None,
        activity_id: uuid.UUID | None = None,
        person_ids: Sequence[uuid.UUID] = (),
        blank_rows: int = 5,
    ) -> bytes:
        """A list to sign at an event: the project's participants or the activity's people
        (or the given people), with a signature column and a few blank rows for walk-ins."""
        with self.db.session() as s:
            lh = self._letterhead(s, self._institution_id(s))
            title, pairs = "Teilnehmerliste", []
            entries: list[tuple[str, str]] = []  # (name, organisation)
            ids = list(person_ids)
            if project_id is not None:
                project = records.load(s, Project, project_id)
                if not can_see(project, self.actor):
                    raise NotFound(f"Project {project_id} does not exist or was deleted.")
                title = project.name
                period = " – ".join(
                    x for x in (format_date(project.starts_on), format_date(project.ends_on)) if x
                )
                pairs = [("Art", de.de(de.PROJECT_KIND, project.kind)), ("Zeitraum", period)]
                org_only: list[str] = []
                for pid, oid in s.execute(
                    select(ProjectParticipant.person_id, ProjectParticipant.organisation_id).where(
                        ProjectParticipant.project_id == project_id, _live(ProjectParticipant)
                    )
                ):
                    if pid is not None:
                        ids.append(pid)
                    elif oid is not None:
                        o = s.get(Organisation, oid)
                        if o is not None and o.deleted_at is None and can_see(o, self.actor):
                            org_only.append(organisation_name(o))
                entries += [("", name) for name in org_only]
            if activity_id is not None:
                activity = records.load(s, Activity, activity_id)
                if not can_see(activity, self.actor):
                    raise NotFound(f"Activity {activity_id} does not exist or was deleted.")
                title = activity.subject or de.de(de.ACTIVITY_KIND, activity.kind)
                pairs = [
                    ("Art", de.de(de.ACTIVITY_KIND, activity.kind)),
                    ("Termin", format_datetime(activity.occurred_at)),
                    ("Ort", activity.place or ""),
                ]
                ids += list(
                    s.scalars(
                        select(ActivityPerson.person_id).where(
                            ActivityPerson.activity_id == activity_id, _live(ActivityPerson)
                        )
                    )
                )
            postal = self._postal(s, list(dict.fromkeys(ids)))
            people = sorted(
                postal.values(), key=lambda e: e.person.sort_name or e.person.last_name.casefold()
            )
            entries = [
                (
                    " ".join(
                        x for x in (e.person.title, e.person.first_name, e.person.last_name) if x
                    ),
                    organisation_name(e.organisation) if e.organisation else "",
                )
                for e in people
            ] + sorted(entries, key=lambda e: e[1].casefold())
        rows = [[str(i), name, org, ""] for i, (name, org) in enumerate(entries, start=1)]
        rows += [[str(len(rows) + i), "", "", ""] for i in range(1, blank_rows + 1)]
        sheet = Sheet(
            "Teilnehmerliste",
            title,
            printed_on=format_date(date.today()),
            pairs=pairs,
            sections=[
                Section(
                    f"Teilnehmende ({len(entries)})",
                    [
                        Column("Nr.", 9, "right"),
                        Column("Name", 52),
                        Column("Organisation", 58),
                        Column("Unterschrift", 52),
                    ],
                    rows,
                    min_row_height=10.0,
                    grid=True,
                )
            ],
        )
        return self._pdf("Teilnehmerliste", lambda c: render_sheets(c, lh, [sheet]))


def _person_name(p: Person | None) -> str:
    if p is None:
        return ""
    return " ".join(x for x in (p.title, p.first_name, p.last_name) if x)


def _contact_text(p: Person | None, org: Organisation | None) -> str:
    """'Herr Şükrü Yıldız (Geschäftsführer)' for the letter's text; without a person the
    organisation's management."""
    if p is None:
        return "die Geschäftsführung" if org is not None else ""
    name = address_name(p.salutation, p.title, p.first_name, p.last_name)
    name = name.replace("Herrn ", "Herr ", 1) if name.startswith("Herrn ") else name
    return f"{name} ({p.function})" if p.function else name
