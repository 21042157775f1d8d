"""A mail onto the record: one activity of kind e-mail, linked to every known person and
their organisation, with the original mail and its attachments kept as attachments.

The same mail filed twice is recognised by its Message-ID (unique per institution; a mail
without one, e.g. an unsent draft, by the digest of its file). Whether it came in or went
out is read from the sender: a staff member's address means outgoing.

The ids of the activity, its links and its files are derived from the institution and the
Message-ID (mail_record_id): two laptops of one institution filing the same mail offline
make the same records, and the sync merges them as one instead of refusing the second.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from enum import StrEnum

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from indie_desktop.domain.enums import ActivityKind, Visibility
from indie_desktop.domain.models import (
    Activity,
    ActivityOrganisation,
    ActivityPerson,
    ActivityStaff,
    Affiliation,
    Need,
    Organisation,
    Person,
    Project,
    Referral,
    Staff,
)
from indie_desktop.domain.privacy import Objection, Purpose
from indie_desktop.interchange.mail import MailMessage
from indie_desktop.services import records
from indie_desktop.services.attachments import AttachmentService, AttachmentTooLarge
from indie_desktop.services.context import Actor
from indie_desktop.services.visibility import visible_to
from indie_desktop.store.database import Database

REPORT_LIMIT = 100_000
# Records a mail can be dropped on (their attachments panel), beside the main window. An
# event is a project (of an event kind): its mails are the activities of the project.
TARGET_KINDS = ("organisation", "person", "need", "referral", "project")


class Direction(StrEnum):
    INCOMING = "in"
    OUTGOING = "out"


@dataclass(frozen=True)
class MailTarget:
    """The record a mail was dropped on."""

    kind: str  # one of TARGET_KINDS
    id: uuid.UUID


@dataclass(frozen=True)
class MailMatch:
    """What the addresses of a mail found: people, their organisations, the direction."""

    direction: Direction
    person_ids: list[uuid.UUID]
    organisations: dict[uuid.UUID, str]  # id -> name, in the order found

    @property
    def sure(self) -> bool:
        """Exactly one organisation: the mail can be filed without asking."""
        return len(self.organisations) == 1


@dataclass(frozen=True)
class FiledMail:
    subject: str
    activity_id: uuid.UUID | None  # None: already filed but not visible to this user
    duplicate: bool = False
    organisation_ids: list[uuid.UUID] = field(default_factory=list)
    person_ids: list[uuid.UUID] = field(default_factory=list)
    attachments_skipped: list[str] = field(default_factory=list)  # too large


MAIL_NAMESPACE = uuid.UUID("6f0c2a53-7d2e-4f6b-9a51-23e1d0c0a023")


def mail_record_id(institution_id: uuid.UUID | None, identity: str, *part: object) -> uuid.UUID:
    """The id of a filed mail's activity (no `part`) or of one of its links and files: the
    same on every computer of the institution for the same mail."""
    key = "|".join([str(institution_id or ""), identity, *(str(p) for p in part)])
    return uuid.uuid5(MAIL_NAMESPACE, key)


def _keys(addresses: Iterable[str]) -> set[str]:
    return {a.strip().lower() for a in addresses if a.strip()}


class MailFiling:
    def __init__(self, db: Database, actor: Actor, attachments: AttachmentService) -> None:
        self.db = db
        self.actor = actor
        self.attachments = attachments

    # --- finding the record ----------------------------------------------------------------

    def match(self, message: MailMessage) -> MailMatch:
        with self.db.session() as s:
            return self._match(s, message)

    def _staff_addresses(self, s: Session) -> set[str]:
        rows = s.scalars(select(Staff.email).where(Staff.email.is_not(None))).all()
        return {e.strip().lower() for e in rows if e}

    def _match(self, s: Session, message: MailMessage) -> MailMatch:
        staff = self._staff_addresses(s)
        direction = (
            Direction.OUTGOING
            if message.sender is not None and message.sender.key in staff
            else Direction.INCOMING
        )
        wanted = _keys(a.email for a in message.addresses if a.key not in staff)
        if not wanted:
            return MailMatch(direction, [], {})
        people = s.execute(
            select(Person.id, Person.email)
            .where(
                func.lower(Person.email).in_(wanted),
                Person.deleted_at.is_(None),
                visible_to(Person, self.actor),
            )
            .order_by(Person.last_name, Person.id)
        ).all()
        person_ids = list(dict.fromkeys(p.id for p in people))
        organisations: dict[uuid.UUID, str] = {}
        if person_ids:
            rows = s.execute(
                select(Organisation.id, Organisation.name)
                .join(Affiliation, Affiliation.organisation_id == Organisation.id)
                .where(
                    Affiliation.person_id.in_(person_ids),
                    Affiliation.deleted_at.is_(None),
                    Affiliation.until.is_(None),
                    Organisation.deleted_at.is_(None),
                    visible_to(Organisation, self.actor),
                )
                .order_by(Affiliation.is_primary.desc(), Organisation.sort_name)
            ).all()
            organisations.update((r.id, r.name) for r in rows)
        for r in s.execute(
            select(Organisation.id, Organisation.name)
            .where(
                func.lower(Organisation.email).in_(wanted),
                Organisation.deleted_at.is_(None),
                visible_to(Organisation, self.actor),
            )
            .order_by(Organisation.sort_name)
        ).all():
            organisations.setdefault(r.id, r.name)
        return MailMatch(direction, person_ids, organisations)

    # --- filing ------------------------------------------------------------------------------

    def already_filed(self, message: MailMessage) -> uuid.UUID | None:
        with self.db.session() as s:
            return self._existing(s, message.identity)

    def _existing(self, s: Session, identity: str) -> uuid.UUID | None:
        stmt = select(Activity.id).where(Activity.message_id == identity)
        if self.actor.institution_id is not None:  # each institution keeps its own copy
            stmt = stmt.where(Activity.owner_institution_id == self.actor.institution_id)
        return s.scalars(stmt).first()

    def file(
        self,
        message: MailMessage,
        target: MailTarget | None = None,
        organisation_ids: list[uuid.UUID] | None = None,
        direction: Direction | None = None,
    ) -> FiledMail:
        """File one mail; `target` the record it was dropped on, `organisation_ids` the ones
        the user chose where the addresses were not enough (None: as the addresses say);
        `direction` when the caller knows it (a mail the CRM sent itself)."""
        subject = message.subject or message.filename
        try:
            with self.db.session() as s:
                existing = self._existing(s, message.identity)
                if existing is not None:
                    return FiledMail(subject, existing, duplicate=True)
                filed = self._file(s, message, subject, target, organisation_ids, direction)
            self._unsubscribe(message)
            return filed
        except IntegrityError:
            # Filed by somebody whose record this user may not see (shared server).
            return FiledMail(subject, None, duplicate=True)

    def file_many(
        self, messages: Iterable[MailMessage], target: MailTarget | None = None
    ) -> list[FiledMail]:
        return [self.file(m, target) for m in messages]

    def _file(
        self,
        s: Session,
        message: MailMessage,
        subject: str,
        target: MailTarget | None,
        chosen: list[uuid.UUID] | None,
        direction: Direction | None = None,
    ) -> FiledMail:
        if direction is not None and target is not None:
            # A mail the CRM sent itself to the target: no addresses to look up.
            found = MailMatch(direction, [], {})
        else:
            found = self._match(s, message)
        person_ids = list(found.person_ids)
        organisation_ids = list(found.organisations) if chosen is None else list(chosen)
        keep_on: tuple[str, uuid.UUID] | None = None
        if target is not None:
            for kind, oid in self._target_links(s, target, person_ids):
                (person_ids if kind == "person" else organisation_ids).insert(0, oid)
            if target.kind in ("need", "referral", "project"):
                keep_on = (target.kind, target.id)
        organisation_ids = list(dict.fromkeys(organisation_ids))
        person_ids = list(dict.fromkeys(person_ids))
        when = message.sent_at.astimezone(UTC) if message.sent_at else datetime.now(UTC)
        institution = self.actor.institution_id

        def record_id(*part: object) -> uuid.UUID:
            return mail_record_id(institution, message.identity, *part)

        activity = records.create(
            s,
            self.actor,
            Activity(
                id=record_id(),
                kind=ActivityKind.EMAIL,
                occurred_at=when,
                subject=subject[:300],
                report=message.text[:REPORT_LIMIT] or None,
                message_id=message.identity,
                mail_direction=(direction or found.direction).value,
                mail_from=message.sender.label()[:300] if message.sender else None,
                mail_to="; ".join(a.label() for a in message.recipients) or None,
                project_id=target.id if target is not None and target.kind == "project" else None,
                visibility=Visibility.INSTITUTION.value,
            ),
            subject[:300],
        )
        shown = activity.visibility  # link rows inherit the visibility of the activity
        for o in organisation_ids:
            org_link = ActivityOrganisation(
                id=record_id("organisation", o), activity_id=activity.id, organisation_id=o
            )
            org_link.visibility = shown
            records.create(s, self.actor, org_link)
        for p in person_ids:
            person_link = ActivityPerson(
                id=record_id("person", p), activity_id=activity.id, person_id=p
            )
            person_link.visibility = shown
            records.create(s, self.actor, person_link)
        if self.actor.staff_id is not None:
            staff_link = ActivityStaff(
                id=record_id("staff", self.actor.staff_id),
                activity_id=activity.id,
                staff_id=self.actor.staff_id,
            )
            staff_link.visibility = shown
            records.create(s, self.actor, staff_link)
        skipped = self._keep_files(s, activity, message, keep_on)
        return FiledMail(
            subject, activity.id, False, organisation_ids, person_ids, attachments_skipped=skipped
        )

    def _unsubscribe(self, message: MailMessage) -> None:
        """A reply to an invitation asking to unsubscribe records the person's objection to
        that purpose (once; the List-Unsubscribe link and the line in the mail write it)."""
        from indie_desktop.services.mail.unsubscribe import unsubscribe_request
        from indie_desktop.services.privacy.protection import PrivacyService

        request = unsubscribe_request(message.subject)
        if request is None:
            return
        purpose, person_id = request
        with self.db.session() as s:
            person = s.get(Person, person_id)
            if person is None or person.deleted_at is not None:
                return
            objected = s.scalars(
                select(Objection.id).where(
                    Objection.person_id == person_id,
                    Objection.deleted_at.is_(None),
                    Objection.withdrawn_on.is_(None),
                    Objection.purpose.in_([purpose, Purpose.ALL]),
                )
            ).first()
            if objected is not None:
                return  # objected already: nothing to add
        note = f"Abgemeldet per E-Mail von {message.sender.email if message.sender else '?'}"
        PrivacyService(self.db, self.actor).add_objection(person_id, purpose, "", note)

    def _target_links(
        self, s: Session, target: MailTarget, person_ids: list[uuid.UUID]
    ) -> list[tuple[str, uuid.UUID]]:
        """The person/organisation links a drop target adds (its own organisation first)."""
        if target.kind == "organisation":
            return [("organisation", records.load(s, Organisation, target.id).id)]
        if target.kind == "person":
            person = records.load(s, Person, target.id)
            orgs = s.scalars(
                select(Affiliation.organisation_id)
                .where(
                    Affiliation.person_id == person.id,
                    Affiliation.deleted_at.is_(None),
                    Affiliation.until.is_(None),
                )
                .order_by(Affiliation.is_primary.desc())
                .limit(1)
            ).all()
            return [("person", person.id), *(("organisation", o) for o in orgs)]
        if target.kind == "need":
            return [("organisation", records.load(s, Need, target.id).organisation_id)]
        if target.kind == "referral":
            referral = records.load(s, Referral, target.id)
            return [("organisation", referral.organisation_id)]
        if target.kind == "project":
            records.load(s, Project, target.id)  # NotFound when deleted or not visible
            return []  # the people and organisations are those the addresses name
        raise ValueError(f"a mail cannot be filed on {target.kind}")

    def _keep_files(
        self,
        s: Session,
        activity: Activity,
        message: MailMessage,
        keep_on: tuple[str, uuid.UUID] | None,
    ) -> list[str]:
        skipped: list[str] = []
        files: list[tuple[str, bytes, str | None]] = [(message.filename, message.raw, None)]
        files += [(a.filename, a.content, a.media_type) for a in message.attachments]
        for i, (name, content, media_type) in enumerate(files):
            try:
                self.attachments.add_content(
                    s,
                    "activity",
                    activity.id,
                    name,
                    content,
                    media_type,
                    activity.visibility,
                    record_id=mail_record_id(
                        activity.owner_institution_id, message.identity, "file", i
                    ),
                )
            except AttachmentTooLarge:
                skipped.append(name)
        if keep_on is not None and message.raw:
            try:
                self.attachments.add_content(
                    s,
                    keep_on[0],
                    keep_on[1],
                    message.filename,
                    message.raw,
                    None,
                    activity.visibility,
                    record_id=mail_record_id(
                        activity.owner_institution_id, message.identity, keep_on[0], keep_on[1]
                    ),
                )
            except AttachmentTooLarge:
                pass
        return skipped


def count_filed(results: list[FiledMail]) -> tuple[int, int]:
    """(newly filed, already there)."""
    new = sum(1 for r in results if not r.duplicate)
    return new, len(results) - new
