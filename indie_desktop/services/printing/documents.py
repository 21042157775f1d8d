"""Printing: contact sheets, DIN 5008 referral letters, mail merge, labels, attendance lists,
and the institutions' letterheads they are printed on. Every document comes back as PDF bytes
for the UI's preview, the printer, a file or the CLI.

Data are read with a few set-based queries per document (never one query per row); the
layout lives in indie_desktop/printing. Printouts are German whatever the UI language.
"""

from __future__ import annotations

import io
import uuid
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from indie_desktop.domain.errors import Cancelled, NotFound, ValidationError
from indie_desktop.domain.formatting import format_date
from indie_desktop.domain.models import (
    Affiliation,
    Institution,
    Need,
    Organisation,
    Person,
    Referral,
    Staff,
)
from indie_desktop.domain.privacy import Purpose
from indie_desktop.printing.address_labels import draw_calibration, draw_labels, label_layout
from indie_desktop.printing.docx_letter import letters_docx
from indie_desktop.printing.layout import phone_de
from indie_desktop.printing.letter import Letter, LetterWriter, new_canvas
from indie_desktop.printing.letterhead import Letterhead
from indie_desktop.printing.salutation import NEUTRAL_GROUP, address_name, salutation_line
from indie_desktop.printing.sheets import render_sheets
from indie_desktop.printing.templates import (
    CompiledTemplate,
    LetterTemplate,
    TemplateInfo,
    list_templates,
    load_template,
    tidy,
)
from indie_desktop.services import records
from indie_desktop.services.attachments import DEFAULT_LIMIT_BYTES, AttachmentService
from indie_desktop.services.context import Actor
from indie_desktop.services.printing.letterheads import LetterheadDraft, LetterheadService
from indie_desktop.services.printing.recipients import (
    Postal,
    RecipientFilter,
    address_one_line,
    chunks,
    contact_of,
    contact_text,
    country_line,
    current,
    filter_conditions,
    live,
    organisation_name,
    person_name,
    postal_addresses,
    primary_contact_map,
    primary_contacts,
    recipient_lines,
    town,
)
from indie_desktop.services.printing.sheets import (
    attendance_sheet,
    organisation_sheet,
    person_sheet,
)
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

NBSP = "\u00a0"  # keeps a phone number on one line of a letter
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
    contact_person_id: uuid.UUID | None = None  # the company's contact the letter names


@dataclass(frozen=True)
class ContactChoice:
    """A current contact of the company a referral letter is about, to choose from."""

    id: uuid.UUID
    name: str
    function: str


@dataclass
class MergeResult:
    pdf: bytes
    letters: int
    skipped: list[tuple[uuid.UUID, str]]
    docx: bytes = b""  # the letters as one Word document (mail_merge(as_docx=True))


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
        self._letterheads = LetterheadService(db, actor)
        # Settings → Printing: the institution (short name) whose letterhead is printed when a
        # document does not name one; "" = the user's own.
        self.default_letterhead = ""
        # Settings → Printing: how far this computer's printer puts labels off (mm, x/y).
        self.label_offset_mm: tuple[float, float] = (0.0, 0.0)

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

    def _print_institution(self, s: Session) -> uuid.UUID | None:
        """The default letterhead's institution if one is chosen (and exists), else the user's."""
        if self.default_letterhead:
            chosen = s.scalar(
                select(Institution.id).where(
                    Institution.short_name == self.default_letterhead,
                    Institution.deleted_at.is_(None),
                )
            )
            if chosen is not None:
                return chosen
        return self._institution_id(s)

    def _letterhead(self, s: Session, institution_id: uuid.UUID | None) -> Letterhead:
        inst = s.get(Institution, institution_id) if institution_id is not None else None
        if inst is None or inst.deleted_at is not None:
            return Letterhead.plain()
        return Letterhead.from_institution(inst)

    def letterhead(self, institution_id: uuid.UUID | None = None) -> Letterhead:
        """The letterhead documents are printed on (default: the acting user's institution)."""
        with self.db.session() as s:
            return self._letterhead(s, institution_id or self._print_institution(s))

    def letterhead_draft(self, institution_id: uuid.UUID | None = None) -> LetterheadDraft:
        """The institution's letterhead for the settings form (default: the user's own)."""
        with self.db.session() as s:
            iid = institution_id or self._institution_id(s)
        return self._letterheads.draft(iid)

    def save_letterhead(self, draft: LetterheadDraft) -> int:
        """Validate and store (ValidationError per field, ConflictError on a stale version);
        returns the new version."""
        return self._letterheads.save(draft)

    update_letterhead = save_letterhead

    def letterhead_sample(self, draft: LetterheadDraft) -> bytes:
        """A one-page sample letter on the (unsaved) letterhead, for a live preview."""
        return self._letterheads.sample(draft)

    # -- templates -----------------------------------------------------------------------------
    def templates(self) -> list[TemplateInfo]:
        """The letter templates for any mail merge (event letters are chosen with the event)."""
        return list_templates(self.templates_dir)

    def _own_templates(self, name: str | None = None) -> list[LetterTemplate]:
        """The acting institution's own template texts, edited in the app (events)."""
        from indie_desktop.domain.models import InstitutionTemplate

        if self.actor.institution_id is None:
            return []
        stmt = select(InstitutionTemplate).where(
            InstitutionTemplate.owner_institution_id == self.actor.institution_id,
            InstitutionTemplate.deleted_at.is_(None),
        )
        if name is not None:
            stmt = stmt.where(InstitutionTemplate.name == name)
        with self.db.session() as s:
            return [
                LetterTemplate(TemplateInfo(t.name, t.title, t.purpose), t.subject, t.body)
                for t in s.scalars(stmt.order_by(InstitutionTemplate.updated_at.desc()))
            ]

    def template(self, name: str) -> LetterTemplate:
        """A template by name: the institution's own text first, then the user's folder, then
        the shipped one, then the shipped event letters (resources/templates/events: they need
        an event's placeholders, so they are offered only where an event is chosen)."""
        own = self._own_templates(name)
        if own:
            return own[0]
        from indie_desktop.printing.templates import TEMPLATE_NAME_PATTERN, parse_template
        from indie_desktop.resources import resource_path

        event_file = resource_path("templates", "events", f"{name}.txt")
        if TEMPLATE_NAME_PATTERN.match(name or "") and event_file.is_file():
            user_copy = self.templates_dir / f"{name}.txt" if self.templates_dir else None
            if user_copy is None or not user_copy.is_file():
                return parse_template(name, event_file.read_text("utf-8"))
        return load_template(name, self.templates_dir)

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
    def primary_contact_map(
        self, organisation_ids: Sequence[uuid.UUID]
    ) -> dict[uuid.UUID, uuid.UUID]:
        """Organisation -> its primary contact (organisations without one are left out)."""
        found: dict[uuid.UUID, uuid.UUID] = {}
        with self.db.session() as s:
            for chunk in chunks(organisation_ids):
                found.update(primary_contact_map(s, self.actor, chunk))
        return found

    def primary_contacts(self, organisation_ids: Sequence[uuid.UUID]) -> list[uuid.UUID]:
        """The primary contact of each organisation, in the given order; organisations without
        a current contact are left out (the first current contact stands in for a missing
        primary one)."""
        found: list[uuid.UUID] = []
        with self.db.session() as s:
            for chunk in chunks(organisation_ids):
                found += primary_contacts(s, self.actor, chunk)
        return found

    def organisations_for(self, f: RecipientFilter) -> list[uuid.UUID]:
        """Organisations matching the filter, by name."""
        stmt: Select[uuid.UUID] = (
            select(Organisation.id)
            .where(*filter_conditions(self.actor, f))
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
                *filter_conditions(self.actor, f),
                live(Affiliation),
                live(Person),
                current(today),
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
            sheets = [organisation_sheet(s, self.actor, oid) for oid in organisation_ids]
        return self._pdf("Kontaktblatt", lambda c: render_sheets(c, lh, sheets))

    def person_sheets(self, person_ids: Sequence[uuid.UUID]) -> bytes:
        if not person_ids:
            raise ValidationError({"people": "Choose at least one person"})
        with self.db.session() as s:
            lh = self._letterhead(s, self._print_institution(s))
            sheets = [person_sheet(s, self.actor, pid) for pid in person_ids]
        return self._pdf("Kontaktblatt", lambda c: render_sheets(c, lh, sheets))

    def _pdf(self, title: str, draw: Callable[[Any], object]) -> bytes:
        buffer = io.BytesIO()
        canvas = new_canvas(buffer, title, self.actor.display_name)
        draw(canvas)
        canvas.save()
        return buffer.getvalue()

    # -- referral letters ----------------------------------------------------------------------
    def contact_choices(self, referral_id: uuid.UUID) -> list[ContactChoice]:
        """The company's current contacts (by name): whom its letters may name or address."""
        with self.db.session() as s:
            referral = records.load(s, Referral, referral_id)
            if not can_see(referral, self.actor):
                raise NotFound(f"Referral {referral_id} does not exist or was deleted.")
            people = s.scalars(self._contacts_stmt(referral.organisation_id)).all()
            return [ContactChoice(p.id, person_name(p), p.function or "") for p in people]

    def _contacts_stmt(self, organisation_id: uuid.UUID) -> Select[Person]:
        return (
            select(Person)
            .join(Affiliation, Affiliation.person_id == Person.id)
            .where(
                Affiliation.organisation_id == organisation_id,
                live(Affiliation),
                live(Person),
                current(date.today()),
                visible_to(Person, self.actor),
            )
            .order_by(Person.sort_name)
            .distinct()
        )

    def referral_letter_draft(
        self,
        referral_id: uuid.UUID,
        mirror: bool = False,
        template_name: str | None = None,
        contact_person_id: uuid.UUID | None = None,
    ) -> LetterDraft:
        """The letter to the partner (or, `mirror`, to the company) from a template, ready to
        edit. `contact_person_id`: the company's contact the user chose (the mirror letter goes
        to them, the partner letter names them); by default the person met when the need was
        found, else the primary contact. TemplateError (a ValidationError) names an unknown
        placeholder."""
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
                postal = postal_addresses(s, self.actor, [partner_person.id]).get(partner_person.id)
                partner = postal.organisation if postal else None
            if contact_person_id is not None and company is not None:
                company_contact = s.scalars(
                    self._contacts_stmt(company.id).where(Person.id == contact_person_id)
                ).first()
                if company_contact is None:
                    raise ValidationError(
                        {"contact_person": "This person is no current contact of the company"}
                    )
            else:
                company_contact = contact_of(s, self.actor, company.id, need) if company else None
            staff = self._writer(s, referral.referring_staff_id)
            institution_id = self._institution_id(s, referral.referring_staff_id)
            lh = self._letterhead(s, institution_id)
            values = self._writer_values(staff, lh)
            values.update(
                company=organisation_name(company) if company else "",
                company_city=(company.city or "") if company else "",
                company_address=address_one_line(company),
                company_contact=contact_text(company_contact, company),
                company_phone=phone_de(
                    (company_contact.phone if company_contact else None)
                    or (company.phone if company else None)
                ).replace(" ", NBSP)
                or "bitte bei uns erfragen",
                partner=organisation_name(partner) if partner else person_name(partner_person),
                partner_city=(partner.city or "") if partner else "",
                partner_address=address_one_line(partner),
                partner_contact=contact_text(partner_person, None) if partner_person else "",
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
                recipient += [
                    (recipient_org.street or "").strip(),
                    town(recipient_org),
                    country_line(recipient_org),
                ]
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
            # The recipient's names as a mail merge template knows them, so any template fits.
            rp, ro = recipient_person, recipient_org
            values.update(
                title=(rp.title or "") if rp else "",
                first_name=(rp.first_name or "") if rp else "",
                last_name=rp.last_name if rp else "",
                full_name=person_name(rp),
                function=(rp.function or "") if rp else "",
                organisation=organisation_name(ro) if ro else "",
                street=(ro.street or "") if ro else "",
                postcode=(ro.postcode or "") if ro else "",
                city=(ro.city or "") if ro else "",
            )
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
                contact_person_id=company_contact.id if company_contact else None,
            )

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

    def person_letter_draft(
        self,
        person_id: uuid.UUID,
        template: str | LetterTemplate,
        extra: Mapping[str, str] | None = None,
    ) -> LetterDraft:
        """One person's letter from a template (a name, or one loaded elsewhere): the merge
        placeholders plus `extra` (e.g. the Art. 14 information letter's legal basis).
        Editable before printing like any draft."""
        extra = dict(extra or {})
        if isinstance(template, str):
            template = load_template(template, self.templates_dir)
        template_name = template.info.name
        known = MERGE_VALUES | set(extra)
        subject_t = CompiledTemplate(template.subject, known)
        body_t = CompiledTemplate(template.body, known)
        with self.db.session() as s:
            staff = self._writer(s)
            institution_id = self._institution_id(s)
            lh = self._letterhead(s, institution_id)
            base = self._writer_values(staff, lh)
            entry = postal_addresses(s, self.actor, [person_id]).get(person_id)
            if entry is None:
                raise NotFound(f"Person {person_id} does not exist or was deleted.")
            values = {**self._merge_values(entry, base), **extra}
            return LetterDraft(
                recipient_lines=recipient_lines(entry),
                salutation=values["salutation"],
                subject=tidy(subject_t.fill(values)),
                body=tidy(body_t.fill(values)),
                info=self._info(base, (staff.initials or "") if staff else ""),
                template_name=template_name,
                signature=[x for x in (base["staff_name"], lh.name) if x],
                institution_id=institution_id,
            )

    # -- mail merge ----------------------------------------------------------------------------
    def mail_merge(
        self,
        template_name: str,
        person_ids: Sequence[uuid.UUID],
        *,
        progress: Callable[[int, int], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
        purpose: str = "letter",
        as_docx: bool = False,
        extra: Mapping[str, str] | None = None,
    ) -> MergeResult:
        """One DIN 5008 letter per person into one PDF (`as_docx`: one Word document, in
        `docx`). People without a postal address (no current organisation with street,
        postcode and city) are skipped with the reason. `cancelled()` is asked before each
        letter; when it turns true, Cancelled is raised. `extra` adds placeholders the same
        for every letter (an event's date and place)."""
        from indie_desktop.services.privacy.protection import merge_purpose

        template = self.template(template_name)
        known = MERGE_VALUES | frozenset(extra or {})
        subject_t = CompiledTemplate(template.subject, known)
        body_t = CompiledTemplate(template.body, known)
        buffer = io.BytesIO()
        canvas = new_canvas(buffer, template.info.title, self.actor.display_name)
        writer = LetterWriter(canvas)
        letters: list[Letter] = []
        count = 0
        skipped: list[tuple[uuid.UUID, str]] = []
        with self.db.session() as s:
            staff = self._writer(s)
            lh = self._letterhead(s, self._print_institution(s))
            base = self._writer_values(staff, lh)
            info = self._info(base, (staff.initials or "") if staff else "")
            signature = [x for x in (base["staff_name"], lh.name) if x]
            base = {**base, **(extra or {})}
            for entry, values in self.merge_recipients(
                s,
                person_ids,
                base,
                merge_purpose(purpose, template.info.purpose),
                skipped,
                progress=progress,
                cancelled=cancelled,
            ):
                letter = Letter(
                    letterhead=lh,
                    recipient_lines=recipient_lines(entry),
                    subject=tidy(subject_t.fill(values)),
                    salutation=values["salutation"],
                    body=tidy(body_t.fill(values)),
                    info=list(info.items()),
                    signature=signature,
                    follow_header=values["full_name"],
                )
                count += 1
                if as_docx:
                    letters.append(letter)
                else:
                    writer.draw(letter)
        if as_docx:
            docx = letters_docx(letters, template.info.title, self.actor.display_name)
            return MergeResult(b"", count, skipped, docx)
        if count == 0:
            canvas.showPage()  # a valid, empty document
        canvas.save()
        return MergeResult(buffer.getvalue(), count, skipped)

    def merge_recipients(
        self,
        s: Session,
        person_ids: Sequence[uuid.UUID],
        base: dict[str, str],
        purpose: Purpose | str,
        skipped: list[tuple[uuid.UUID, str]],
        *,
        progress: Callable[[int, int], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> Iterator[tuple[Postal, dict[str, str]]]:
        """The people a merge may write to, with their values; the others go to `skipped`
        with the reason (no address; objected to the purpose or withdrew its consent)."""
        from indie_desktop.services.privacy.protection import PrivacyService

        ids = list(dict.fromkeys(person_ids))
        total = len(ids)
        blocked = PrivacyService(self.db, self.actor).blocked_people(ids, purpose)
        done = 0
        for chunk in chunks(ids):
            postal = postal_addresses(s, self.actor, chunk)
            for pid in chunk:
                if cancelled is not None and cancelled():
                    raise Cancelled("The mail merge was cancelled; no document was made.")
                entry = postal.get(pid)
                if pid in blocked and entry is not None:
                    skipped.append((pid, blocked[pid]))
                elif entry is None:
                    skipped.append((pid, NOT_FOUND))
                elif not entry.usable:
                    skipped.append((pid, NO_ADDRESS))
                else:
                    yield entry, self._merge_values(entry, base)
                done += 1
                if progress is not None:
                    progress(done, total)

    def letter_docx(self, draft: LetterDraft) -> bytes:
        """Any drafted letter (referral, Art. 14, invitation) as a Word document."""
        with self.db.session() as s:
            letter = self._letter_of(s, draft)
        return letters_docx([letter], draft.subject or "Brief", self.actor.display_name)

    @staticmethod
    def _merge_values(entry: Postal, base: dict[str, str]) -> dict[str, str]:
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
            sheet = label_layout(layout).shifted(*self.label_offset_mm)
        except ValueError as exc:
            raise ValidationError({"layout": str(exc)}) from exc
        if not 0 <= start_cell < sheet.per_sheet:
            raise ValidationError(
                {"start_cell": f"The first label must be between 1 and {sheet.per_sheet}"}
            )
        addresses: list[list[str]] = []
        with self.db.session() as s:
            lh = self._letterhead(s, self._print_institution(s))
            for chunk in chunks(list(dict.fromkeys(person_ids))):
                postal = postal_addresses(s, self.actor, chunk)
                addresses += [
                    recipient_lines(postal[pid])
                    for pid in chunk
                    if pid in postal and postal[pid].usable
                ]
            for chunk in chunks(list(dict.fromkeys(organisation_ids))):
                orgs = {
                    o.id: o
                    for o in s.scalars(
                        select(Organisation).where(
                            Organisation.id.in_(chunk),
                            live(Organisation),
                            visible_to(Organisation, self.actor),
                        )
                    )
                }
                for oid in chunk:
                    o = orgs.get(oid)
                    if o is not None and o.street and o.postcode and o.city:
                        lines = [organisation_name(o), o.street, town(o), country_line(o)]
                        addresses.append([line for line in lines if line])
        if not addresses:
            raise ValidationError({"recipients": "None of the chosen records has a postal address"})
        return self._pdf(
            "Adressetiketten",
            lambda c: draw_labels(c, sheet, addresses, lh.sender_line, start_cell),
        )

    def label_calibration(self, layout: str = "3474") -> bytes:
        """A sheet with the label outlines where this computer prints them (the offset of
        Settings → Printing), to measure the printer's shift against a real label sheet."""
        try:
            sheet = label_layout(layout)
        except ValueError as exc:
            raise ValidationError({"layout": str(exc)}) from exc
        right, down = self.label_offset_mm
        title = f"Kalibrierbogen {sheet.title}"
        return self._pdf(title, lambda c: draw_calibration(c, sheet, right, down, title))

    # -- attendance lists ----------------------------------------------------------------------
    def badges(self, project_id: uuid.UUID, layout: str = "L4785") -> bytes:
        """Name badges for an event's registered and attending participants."""
        from indie_desktop.printing.badges import badge_layout, draw_badges
        from indie_desktop.services.printing.sheets import event_badges

        try:
            sheet = badge_layout(layout)
        except ValueError as exc:
            raise ValidationError({"layout": str(exc)}) from exc
        with self.db.session() as s:
            name, badges = event_badges(s, self.actor, project_id)
        if not badges:
            raise ValidationError({"recipients": "Nobody is registered for this event yet"})
        return self._pdf("Namensschilder", lambda c: draw_badges(c, sheet, badges, name))

    def attendance_list(
        self,
        project_id: uuid.UUID | None = None,
        activity_id: uuid.UUID | None = None,
        person_ids: Sequence[uuid.UUID] = (),
        blank_rows: int = 8,
    ) -> bytes:
        """A list to sign at an event: the project's participants or the activity's people
        (or the given people), with a signature column and up to `blank_rows` blank rows for
        walk-ins (as many as fit on the last page)."""
        with self.db.session() as s:
            lh = self._letterhead(s, self._print_institution(s))
            sheet = attendance_sheet(s, self.actor, project_id, activity_id, person_ids, blank_rows)
        return self._pdf("Teilnehmerliste", lambda c: render_sheets(c, lh, [sheet]))

    def art14_draft(self, person_id: uuid.UUID) -> LetterDraft:
        """The Art. 14 letter as an editable DIN 5008 draft, from resources/privacy/art14.txt
        (kept apart from the mail-merge templates: it needs the person's legal basis and
        source)."""
        from indie_desktop.printing.privacy_letters import (
            LEGAL_BASIS_TEXT,
            SOURCE_TEXT,
            sender_lines,
        )
        from indie_desktop.printing.templates import parse_template
        from indie_desktop.resources import resource_path
        from indie_desktop.services.privacy.protection import PrivacyService

        template = parse_template("art14", resource_path("privacy", "art14.txt").read_text("utf-8"))
        with self.db.session() as s:
            p = records.load(s, Person, person_id)
            basis = LEGAL_BASIS_TEXT.get(p.legal_basis) if p.legal_basis else None
            raw = (p.data_source or "").strip()
            source = SOURCE_TEXT.get(raw.casefold(), raw)
            inst = (
                s.get(Institution, self.actor.institution_id) if self.actor.institution_id else None
            )
            controller = ", ".join(sender_lines(inst)[:3])
        extra = {
            "controller": controller,
            "legal_basis": basis or "Art. 6 Abs. 1 DSGVO",
            "data_source": f"aus {source}" if source in SOURCE_TEXT.values() else (source or "–"),
            "retention_years": str(PrivacyService(self.db, self.actor).retention_years()),
        }
        return self.person_letter_draft(person_id, template, extra)

    def art14_letter(self, person_id: uuid.UUID) -> bytes:
        """The Art. 14 information letter (DSGVO) for the person as PDF."""
        return self.referral_letter(self.art14_draft(person_id))
