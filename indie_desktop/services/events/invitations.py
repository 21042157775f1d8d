"""Invitations to an event and letters after it, as mail merge (or, for the invitation, as
e-mail drafts): the event's date, place, deadline and link as placeholders; the institution's
own template text; nobody who objected to or lacks the consent for event invitations is
invited (they are listed instead)."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import select

from indie_desktop.domain.enums import ParticipantStatus, TargetSubject, Visibility
from indie_desktop.domain.errors import ValidationError
from indie_desktop.domain.models import InstitutionTemplate, Person
from indie_desktop.domain.privacy import Purpose
from indie_desktop.printing import labels_de as de
from indie_desktop.printing.templates import CompiledTemplate, LetterTemplate
from indie_desktop.services import records
from indie_desktop.services.events.events import EventDetail
from indie_desktop.services.events.participants import AddResult, ParticipantService
from indie_desktop.services.events.target_groups import TargetGroupService
from indie_desktop.services.printing.documents import MERGE_VALUES, MergeResult, PrintService
from indie_desktop.services.printing.recipients import primary_contacts

if TYPE_CHECKING:
    from indie_desktop.services.mail.invitations import InvitationService as MailInvitations

INVITATION_TEMPLATE = "einladung_veranstaltung"
THANK_YOU_TEMPLATE = "dank_teilnahme"
EVENT_VALUES = frozenset(
    {
        "event_name",
        "event_kind",
        "event_date",
        "event_time",
        "event_place",
        "registration_deadline",
        "registration_link",
    }
)
Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class TemplateText:
    name: str
    title: str
    purpose: str
    subject: str
    body: str
    own: bool  # the institution's own text (else the shipped one)


@dataclass
class EmailInvitationResult:
    drafts: list[Path]
    added: AddResult
    # (person id, name, reason): not invited (objection, no consent, no e-mail address)
    skipped: list[tuple[uuid.UUID, str, str]] = field(default_factory=list)


@dataclass
class InvitationResult:
    pdf: bytes
    letters: int
    added: AddResult
    # (person id, name, reason): not invited (objection, no consent) or no letter (no address)
    skipped: list[tuple[uuid.UUID, str, str]] = field(default_factory=list)
    # The same letters as a Word document, made when asked for (the preview's Word button).
    word: Callable[[], bytes] | None = None


def event_values(detail: EventDetail) -> dict[str, str]:
    d = detail.draft
    return {
        "event_name": d.name,
        "event_kind": de.de(d.kind),
        "event_date": d.date,
        "event_time": d.start_time,
        "event_place": d.place,
        "registration_deadline": d.registration_deadline,
        "registration_link": d.registration_link,
    }


class InvitationService:
    def __init__(
        self,
        printing: PrintService,
        participants: ParticipantService,
        groups: TargetGroupService,
        mail: MailInvitations | None = None,
    ) -> None:
        self.mail = mail
        self.printing = printing
        self.participants = participants
        self.groups = groups
        self.db = printing.db
        self.actor = printing.actor

    # -- the template text --------------------------------------------------------------------
    def template_text(self, name: str = INVITATION_TEMPLATE) -> TemplateText:
        t = self.printing.template(name)
        own = bool(self.printing._own_templates(name))
        return TemplateText(name, t.info.title, t.info.purpose, t.subject, t.body, own)

    def save_template(self, name: str, subject: str, body: str) -> None:
        """Save the text as the institution's own (checked: only known placeholders)."""
        known = MERGE_VALUES | EVENT_VALUES
        CompiledTemplate(subject, known)
        CompiledTemplate(body, known)
        if not body.strip():
            raise ValidationError({"body": "The letter needs a text"})
        if self.actor.institution_id is None:
            raise ValidationError({"template": "Only staff of an institution can save its text"})
        shipped = self.printing.template(name)
        with self.db.session() as s:
            own = s.scalars(
                select(InstitutionTemplate).where(
                    InstitutionTemplate.owner_institution_id == self.actor.institution_id,
                    InstitutionTemplate.name == name,
                    InstitutionTemplate.deleted_at.is_(None),
                )
            ).first()
            values = {"subject": subject.strip(), "body": body.strip("\n")}
            if own is not None:
                records.apply_changes(s, self.actor, own, values)
            else:
                records.create(
                    s,
                    self.actor,
                    InstitutionTemplate(
                        name=name,
                        title=shipped.info.title,
                        purpose=shipped.info.purpose,
                        visibility=Visibility.INSTITUTION.value,
                        **values,
                    ),
                    shipped.info.title,
                )

    def preview_template(self, name: str, subject: str, body: str) -> LetterTemplate:
        t = self.printing.template(name)
        return LetterTemplate(t.info, subject, body)

    # -- invitations --------------------------------------------------------------------------
    def invite(
        self,
        event_id: uuid.UUID,
        *,
        target_group: str = "",
        person_ids: Sequence[uuid.UUID] = (),
        organisation_ids: Sequence[uuid.UUID] = (),
        template: str = INVITATION_TEMPLATE,
        progress: Progress | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> InvitationResult:
        """Invite a saved target group (or chosen people/organisations): whoever may be
        invited becomes "invited" and gets a letter; the others are listed with the reason."""
        people = list(person_ids)
        orgs = list(organisation_ids)
        if target_group:
            group = self.groups.by_name(target_group)
            ids = self.groups.ids(group.criteria)
            if group.subject == TargetSubject.PERSON:
                people += ids
            else:
                orgs += ids
        with self.db.session() as s:
            contacts = primary_contacts(s, self.actor, orgs) if orgs else []
        people = list(dict.fromkeys([*people, *contacts]))
        from indie_desktop.services.privacy.protection import PrivacyService

        blocked = PrivacyService(self.db, self.actor).blocked_people(
            people, Purpose.EVENT_INVITATIONS
        )
        allowed = [p for p in people if p not in blocked]
        with_contact = set(contacts)
        lonely = [o for o in orgs if o not in self._orgs_of(with_contact)]
        added = self.participants.add(
            event_id, allowed, lonely, status=ParticipantStatus.INVITED, cancelled=cancelled
        )
        detail = self.participants.events.detail(event_id)
        merge = self.printing.mail_merge(
            template,
            allowed,
            progress=progress,
            cancelled=cancelled,
            purpose=Purpose.EVENT_INVITATIONS.value,
            extra=event_values(detail),
        )
        names = self._names([*blocked, *(pid for pid, _r in merge.skipped)])
        skipped = [(pid, names.get(pid, ""), reason) for pid, reason in blocked.items()]
        skipped += [(pid, names.get(pid, ""), reason) for pid, reason in merge.skipped]
        printing, extra = self.printing, event_values(detail)

        def word() -> bytes:
            return printing.mail_merge(
                template,
                allowed,
                purpose=Purpose.EVENT_INVITATIONS.value,
                extra=extra,
                as_docx=True,
            ).docx

        return InvitationResult(merge.pdf, merge.letters, added, skipped, word)

    def email_drafts(
        self,
        event_id: uuid.UUID,
        folder: Path,
        *,
        target_group: str = "",
        person_ids: Sequence[uuid.UUID] = (),
        template: str = INVITATION_TEMPLATE,
    ) -> EmailInvitationResult:
        """The invitation as e-mail drafts (.eml, X-Unsent: 1: Outlook opens each ready to
        send) in `folder`, from the same text with the event's placeholders: whoever may be
        invited and has an e-mail address becomes "invited" and gets one; the others are
        listed with the reason (objection, no consent for invitations, no address)."""
        people = list(person_ids)
        if target_group:
            group = self.groups.by_name(target_group)
            ids = self.groups.ids(group.criteria)
            if group.subject == TargetSubject.PERSON:
                people += ids
            else:
                with self.db.session() as s:
                    people += primary_contacts(s, self.actor, ids)
        people = list(dict.fromkeys(people))
        if self.mail is None:
            raise ValidationError({"mail": "E-mail is not available here"})
        detail = self.participants.events.detail(event_id)
        plan = self.mail.plan(
            people, template, purpose=Purpose.EVENT_INVITATIONS, extra=event_values(detail)
        )
        invited = [r.person_id for r in plan.recipients]
        added = self.participants.add(event_id, invited, status=ParticipantStatus.INVITED)
        written = self.mail.write_drafts(plan, folder)
        names = self._names([pid for pid, _n, _r in plan.skipped if pid])
        skipped = [(pid, name or names.get(pid, ""), reason) for pid, name, reason in plan.skipped]
        return EmailInvitationResult(written, added, skipped)

    def _orgs_of(self, people: set[uuid.UUID]) -> set[uuid.UUID]:
        if not people:
            return set()
        from indie_desktop.services.printing.recipients import postal_addresses

        with self.db.session() as s:
            postal = postal_addresses(s, self.actor, list(people))
        return {e.organisation.id for e in postal.values() if e.organisation is not None}

    def _names(self, ids: Sequence[uuid.UUID]) -> dict[uuid.UUID, str]:
        if not ids:
            return {}
        with self.db.session() as s:
            return {
                p.id: " ".join(x for x in (p.first_name, p.last_name) if x)
                for p in s.scalars(select(Person).where(Person.id.in_(list(ids))))
            }

    def letters_to(
        self,
        event_id: uuid.UUID,
        statuses: Sequence[ParticipantStatus],
        template: str,
        progress: Progress | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> MergeResult:
        """A mail merge to the participants in `statuses`, with the event's placeholders."""
        ids = self.participants.person_ids(event_id, statuses)
        detail = self.participants.events.detail(event_id)
        return self.printing.mail_merge(
            template, ids, progress=progress, cancelled=cancelled, extra=event_values(detail)
        )

    def thank_you(
        self,
        event_id: uuid.UUID,
        template: str = THANK_YOU_TEMPLATE,
        progress: Progress | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> MergeResult:
        """The thank-you/follow-up letter to everyone who attended."""
        return self.letters_to(
            event_id, [ParticipantStatus.ATTENDED], template, progress, cancelled
        )


__all__ = [
    "EmailInvitationResult",
    "InvitationResult",
    "InvitationService",
    "TemplateText",
    "event_values",
]
