"""Data protection (DSGVO) of business contacts: legal basis, consents, objections, Art. 14
information, who may be written to for which purpose, and the retention review queue.

Access (Art. 15) lives in services/privacy/access.py, erasure (Art. 17) in
services/privacy/erasure.py; `PrivacyService` offers all of it to the UI and the CLI.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import and_, exists, func, not_, or_, select
from sqlalchemy.orm import Session, aliased

from indie_desktop.domain import validation as v
from indie_desktop.domain.enums import ConsentScope, LegalBasis, ReferralStage
from indie_desktop.domain.errors import NotFound, ValidationError
from indie_desktop.domain.formatting import format_date
from indie_desktop.domain.models import (
    Activity,
    ActivityPerson,
    Affiliation,
    Consent,
    Organisation,
    Person,
    Referral,
)
from indie_desktop.domain.privacy import Objection, Purpose, RetentionAction, RetentionDecision
from indie_desktop.services import records
from indie_desktop.services.context import Actor
from indie_desktop.services.fields import FieldCollector
from indie_desktop.services.work.tasks import today_in_berlin
from indie_desktop.store.database import Database

if TYPE_CHECKING:
    from indie_desktop.domain.access_report import AccessReport
    from indie_desktop.services.privacy.access import AccessExport
    from indie_desktop.services.privacy.erasure import ErasureReceipt, Mention

DEFAULT_RETENTION_YEARS = 3
RETENTION_SETTING = "privacy_retention_years"
# Where the data came from: offered in the form, any other text is allowed too.
DATA_SOURCES = ("visit", "trade_fair", "import_file", "web", "event", "referral")
CLOSED_STAGES = (
    ReferralStage.COOPERATION_AGREED,
    ReferralStage.DECLINED,
    ReferralStage.NO_RESPONSE,
)
# A purpose that processes data on the strength of a consent of this scope.
CONSENT_FOR_PURPOSE = {
    Purpose.NEWSLETTER: ConsentScope.NEWSLETTER,
    Purpose.EVENT_INVITATIONS: ConsentScope.EVENT_INVITATIONS,
    Purpose.PASS_TO_PARTNERS: ConsentScope.PASS_TO_PARTNERS,
}


@dataclass
class BasisDraft:
    legal_basis: LegalBasis | None = None
    data_source: str = ""
    art14_sent_on: str = ""  # DD.MM.YYYY


@dataclass
class ConsentDraft:
    scope: ConsentScope = ConsentScope.NEWSLETTER
    given_on: str = ""
    channel: str = ""
    evidence: str = ""
    expires_on: str = ""
    withdrawn_on: str = ""


@dataclass(frozen=True)
class ConsentRow:
    id: uuid.UUID
    scope: ConsentScope
    given_on: date | None
    channel: str
    evidence: str
    expires_on: date | None
    withdrawn_on: date | None
    evidence_files: int

    def active_on(self, day: date) -> bool:
        return (self.withdrawn_on is None or self.withdrawn_on > day) and (
            self.expires_on is None or self.expires_on >= day
        )


@dataclass(frozen=True)
class ObjectionRow:
    id: uuid.UUID
    purpose: Purpose
    objected_on: date
    note: str
    withdrawn_on: date | None


@dataclass(frozen=True)
class PrivacyProfile:
    person_id: uuid.UUID
    display_name: str
    legal_basis: LegalBasis | None
    data_source: str
    art14_sent_on: date | None
    last_contact: date | None
    consents: list[ConsentRow]
    objections: list[ObjectionRow]
    kept_until: date | None
    kept_reason: str


@dataclass(frozen=True)
class ReviewItem:
    person_id: uuid.UUID
    name: str
    organisation: str
    last_contact: date | None
    reason: str  # "no_contact" or "consent_expired"
    detail: str


# Why somebody must not be processed for a purpose (blocked_people): English with %1 for the
# date; the UI translates the template and puts the date back in (ui/printing/mail_merge.py).
OBJECTION_SINCE = "Objection since %1"
CONSENT_WITHDRAWN = "Consent withdrawn on %1"
CONSENT_EXPIRED = "Consent expired on %1"
ERASED_OR_DELETED = "Erased or deleted"
NO_CONSENT = "No consent for this purpose"
BLOCK_REASONS = (OBJECTION_SINCE, CONSENT_WITHDRAWN, CONSENT_EXPIRED, ERASED_OR_DELETED, NO_CONSENT)


def _date_field(c: FieldCollector, name: str, text: str) -> date | None:
    return c.take(name, v.parse_date_de, text)


def _consent_values(draft: ConsentDraft) -> dict[str, object]:
    c = FieldCollector()
    given = _date_field(c, "given_on", draft.given_on)
    c.take("channel", v.optional_text, draft.channel, 60)
    c.take("evidence", v.optional_text, draft.evidence, 100_000)
    expires = _date_field(c, "expires_on", draft.expires_on)
    withdrawn = _date_field(c, "withdrawn_on", draft.withdrawn_on)
    if "given_on" not in c.errors and given is None:
        c.fail("given_on", "Required")
    today = today_in_berlin()
    if given and given > today:
        c.fail("given_on", "The date must not be in the future")
    if given and expires and expires < given:
        c.fail("expires_on", "Ends before it begins")
    if given and withdrawn and withdrawn < given:
        c.fail("withdrawn_on", "Ends before it begins")
    if withdrawn and withdrawn > today:
        c.fail("withdrawn_on", "The date must not be in the future")
    c.raise_if_any()
    return {
        "scope": ConsentScope(draft.scope),
        "given_on": given,
        "channel": c.values["channel"],
        "evidence": c.values["evidence"],
        "expires_on": expires,
        "withdrawn_on": withdrawn,
    }


def _years_before(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February
        return day.replace(year=day.year - years, day=28)


class PrivacyService:
    """Data protection for one database and acting user (see the module docstring)."""

    def __init__(self, db: Database, actor: Actor) -> None:
        self.db = db
        self.actor = actor

    # --- per person -------------------------------------------------------------------------

    def profile(self, person_id: uuid.UUID) -> PrivacyProfile:
        from indie_desktop.domain.models import Attachment

        today = today_in_berlin()
        with self.db.session() as s:
            p = records.load(s, Person, person_id)
            files = dict(
                s.execute(
                    select(Attachment.target_id, func.count())
                    .where(
                        Attachment.target_type == "consent",
                        Attachment.deleted_at.is_(None),
                    )
                    .join(Consent, Consent.id == Attachment.target_id)
                    .where(Consent.person_id == person_id)
                    .group_by(Attachment.target_id)
                ).all()
            )
            consents = [
                ConsentRow(
                    c.id,
                    c.scope,
                    c.given_on,
                    c.channel or "",
                    c.evidence or "",
                    c.expires_on,
                    c.withdrawn_on,
                    int(files.get(c.id, 0)),
                )
                for c in s.scalars(
                    select(Consent)
                    .where(Consent.person_id == person_id, Consent.deleted_at.is_(None))
                    .order_by(Consent.given_on, Consent.id)
                )
            ]
            objections = [
                ObjectionRow(o.id, o.purpose, o.objected_on, o.note or "", o.withdrawn_on)
                for o in s.scalars(
                    select(Objection)
                    .where(Objection.person_id == person_id, Objection.deleted_at.is_(None))
                    .order_by(Objection.objected_on, Objection.id)
                )
            ]
            keep = s.scalars(
                select(RetentionDecision)
                .where(
                    RetentionDecision.person_id == person_id,
                    RetentionDecision.deleted_at.is_(None),
                    RetentionDecision.keep_until >= today,
                )
                .order_by(RetentionDecision.keep_until.desc())
            ).first()
            return PrivacyProfile(
                p.id,
                p.full_name,
                p.legal_basis,
                p.data_source or "",
                p.art14_info_sent_on,
                self._last_contact(s, person_id),
                consents,
                objections,
                keep.keep_until if keep else None,
                keep.reason if keep else "",
            )

    def _last_contact(self, s: Session, person_id: uuid.UUID) -> date | None:
        at = s.scalar(
            select(func.max(Activity.occurred_at))
            .join(ActivityPerson, ActivityPerson.activity_id == Activity.id)
            .where(
                ActivityPerson.person_id == person_id,
                ActivityPerson.deleted_at.is_(None),
                Activity.deleted_at.is_(None),
            )
        )
        if at is None:
            return None
        if isinstance(at, str):  # SQLite aggregates lose the column type
            at = datetime.fromisoformat(at)
        if at.tzinfo is None:
            at = at.replace(tzinfo=UTC)
        from indie_desktop.domain.formatting import to_berlin

        return to_berlin(at).date()

    def last_contact(self, person_id: uuid.UUID) -> date | None:
        with self.db.session() as s:
            return self._last_contact(s, person_id)

    def save_basis(self, person_id: uuid.UUID, draft: BasisDraft) -> None:
        """Legal basis, source of the data and the date the Art. 14 information was sent."""
        c = FieldCollector()
        c.take("data_source", v.optional_text, draft.data_source, 200)
        sent = _date_field(c, "art14_sent_on", draft.art14_sent_on)
        if sent and sent > today_in_berlin():
            c.fail("art14_sent_on", "The date must not be in the future")
        c.raise_if_any()
        values = {
            "legal_basis": LegalBasis(draft.legal_basis) if draft.legal_basis else None,
            "data_source": c.values["data_source"],
            "art14_info_sent_on": sent,
        }
        with self.db.session() as s:
            records.apply_changes(s, self.actor, records.load(s, Person, person_id), values)

    def record_art14_sent(self, person_id: uuid.UUID, on: date, letter_pdf: bytes | None) -> None:
        """Note the Art. 14 information as sent on `on`; keeps the letter with the person."""
        with self.db.session() as s:
            records.apply_changes(
                s, self.actor, records.load(s, Person, person_id), {"art14_info_sent_on": on}
            )
        if letter_pdf is not None:
            import tempfile

            from indie_desktop.services.attachments import AttachmentService

            with tempfile.TemporaryDirectory() as tmp:
                path = Path(tmp) / f"Art14-Information-{on.isoformat()}.pdf"
                path.write_bytes(letter_pdf)
                AttachmentService(self.db, self.actor).add("person", person_id, path)

    # consents ------------------------------------------------------------------------------

    def add_consent(self, person_id: uuid.UUID, draft: ConsentDraft) -> uuid.UUID:
        values = _consent_values(draft)
        with self.db.session() as s:
            person = records.load(s, Person, person_id)
            consent = Consent(person_id=person_id, visibility=person.visibility, **values)
            return records.create(s, self.actor, consent, summary=str(values["scope"])).id

    def update_consent(self, consent_id: uuid.UUID, draft: ConsentDraft) -> None:
        values = _consent_values(draft)
        with self.db.session() as s:
            records.apply_changes(s, self.actor, records.load(s, Consent, consent_id), values)

    def withdraw_consent(self, consent_id: uuid.UUID, on: str) -> None:
        c = FieldCollector()
        day = _date_field(c, "withdrawn_on", on)
        if "withdrawn_on" not in c.errors and day is None:
            c.fail("withdrawn_on", "Required")
        c.raise_if_any()
        with self.db.session() as s:
            consent = records.load(s, Consent, consent_id)
            if consent.given_on and day and day < consent.given_on:
                raise ValidationError({"withdrawn_on": "Ends before it begins"})
            records.apply_changes(s, self.actor, consent, {"withdrawn_on": day})

    def attach_consent_evidence(self, consent_id: uuid.UUID, source: Path) -> uuid.UUID:
        """A scanned form, an e-mail: kept as an attachment of the consent."""
        from indie_desktop.services.attachments import AttachmentService

        with self.db.session() as s:
            records.load(s, Consent, consent_id)
        return AttachmentService(self.db, self.actor).add("consent", consent_id, source)

    def delete_consent(self, consent_id: uuid.UUID) -> None:
        with self.db.session() as s:
            records.soft_delete(s, self.actor, records.load(s, Consent, consent_id))

    # objections ----------------------------------------------------------------------------

    def add_objection(
        self, person_id: uuid.UUID, purpose: Purpose, objected_on: str, note: str = ""
    ) -> uuid.UUID:
        c = FieldCollector()
        day = _date_field(c, "objected_on", objected_on) or (
            today_in_berlin() if "objected_on" not in c.errors else None
        )
        c.take("note", v.optional_text, note, 10_000)
        if day and day > today_in_berlin():
            c.fail("objected_on", "The date must not be in the future")
        c.raise_if_any()
        with self.db.session() as s:
            person = records.load(s, Person, person_id)
            objection = Objection(
                person_id=person_id,
                purpose=Purpose(purpose),
                objected_on=day,
                note=c.values["note"],
                visibility=person.visibility,
            )
            return records.create(s, self.actor, objection, summary=str(purpose)).id

    def withdraw_objection(self, objection_id: uuid.UUID, on: date | None = None) -> None:
        with self.db.session() as s:
            records.apply_changes(
                s,
                self.actor,
                records.load(s, Objection, objection_id),
                {"withdrawn_on": on or today_in_berlin()},
            )

    def blocked_people(
        self, person_ids: Sequence[uuid.UUID], purpose: Purpose | str
    ) -> dict[uuid.UUID, str]:
        """Of `person_ids`, those who must not be processed for `purpose`, with the reason
        (English; the UI translates): objection, withdrawn or missing consent, erased."""
        purpose = Purpose(purpose)
        ids = list(dict.fromkeys(person_ids))
        if not ids:
            return {}
        today = today_in_berlin()
        blocked: dict[uuid.UUID, str] = {}
        with self.db.session() as s:
            people: dict[uuid.UUID, Person] = {}
            for chunk in _chunks(ids):
                for found in s.scalars(select(Person).where(Person.id.in_(chunk))):
                    people[found.id] = found
                for o in s.scalars(
                    select(Objection)
                    .where(
                        Objection.person_id.in_(chunk),
                        Objection.deleted_at.is_(None),
                        Objection.purpose.in_([purpose, Purpose.ALL]),
                        Objection.objected_on <= today,
                        or_(Objection.withdrawn_on.is_(None), Objection.withdrawn_on > today),
                    )
                    .order_by(Objection.objected_on)
                ):
                    blocked.setdefault(
                        o.person_id, OBJECTION_SINCE.replace("%1", format_date(o.objected_on))
                    )
            scope = CONSENT_FOR_PURPOSE.get(purpose)
            consents: dict[uuid.UUID, list[Consent]] = {}
            if scope is not None:
                for chunk in _chunks(ids):
                    for c in s.scalars(
                        select(Consent).where(
                            Consent.person_id.in_(chunk),
                            Consent.deleted_at.is_(None),
                            Consent.scope == scope,
                        )
                    ):
                        consents.setdefault(c.person_id, []).append(c)
            for pid in ids:
                p = people.get(pid)
                if p is None or p.deleted_at is not None:
                    blocked[pid] = ERASED_OR_DELETED
                    continue
                if pid in blocked or scope is None:
                    continue
                given = consents.get(pid, [])
                active = [
                    c
                    for c in given
                    if (c.withdrawn_on is None or c.withdrawn_on > today)
                    and (c.expires_on is None or c.expires_on >= today)
                ]
                if active:
                    continue
                withdrawn = [c.withdrawn_on for c in given if c.withdrawn_on]
                expired = [c.expires_on for c in given if c.expires_on and c.expires_on < today]
                if withdrawn:
                    blocked[pid] = CONSENT_WITHDRAWN.replace("%1", format_date(max(withdrawn)))
                elif expired:
                    blocked[pid] = CONSENT_EXPIRED.replace("%1", format_date(max(expired)))
                elif p.legal_basis == LegalBasis.CONSENT:
                    blocked[pid] = NO_CONSENT
        return blocked

    # --- retention review -------------------------------------------------------------------

    def retention_years(self) -> int:
        from indie_desktop.domain.models import Setting

        with self.db.session() as s:
            setting = s.get(Setting, RETENTION_SETTING)
            try:
                return max(1, int(setting.value)) if setting else DEFAULT_RETENTION_YEARS
            except ValueError:
                return DEFAULT_RETENTION_YEARS

    def set_retention_years(self, years: int) -> None:
        from indie_desktop.domain.models import Setting

        if years < 1 or years > 30:
            raise ValidationError({"years": "Between 1 and 30 years"})
        with self.db.session() as s:
            setting = s.get(Setting, RETENTION_SETTING)
            if setting is None:
                s.add(Setting(key=RETENTION_SETTING, value=str(years)))
            else:
                setting.value = str(years)

    def review_queue(self, years: int | None = None, today: date | None = None) -> list[ReviewItem]:
        """People to decide about: no contact and no open referral for `years` and no consent
        that covers keeping them; or a consent that ran out. Nothing is deleted here.

        "No contact" is decided per person through the activity_person index (is there a
        live activity since the cutoff?); the newest contact date is then read for the few
        people listed only. Grouping all participations first cost 4 s at network scale."""
        years = years or self.retention_years()
        today = today or today_in_berlin()
        cutoff_day = _years_before(today, years)
        cutoff = datetime(cutoff_day.year, cutoff_day.month, cutoff_day.day, tzinfo=UTC)

        def contact_since(since: datetime | None) -> Any:
            conditions = [
                ActivityPerson.person_id == Person.id,
                ActivityPerson.deleted_at.is_(None),
                Activity.id == ActivityPerson.activity_id,
                Activity.deleted_at.is_(None),
            ]
            if since is not None:
                conditions.append(Activity.occurred_at >= since)
            return exists().where(*conditions)

        active_consent = exists().where(
            Consent.person_id == Person.id,
            Consent.deleted_at.is_(None),
            or_(Consent.withdrawn_on.is_(None), Consent.withdrawn_on > today),
            or_(Consent.expires_on.is_(None), Consent.expires_on >= today),
        )
        kept = exists().where(
            RetentionDecision.person_id == Person.id,
            RetentionDecision.deleted_at.is_(None),
            RetentionDecision.action == RetentionAction.KEEP,
            RetentionDecision.keep_until >= today,
        )
        referral_holds = exists().where(
            Referral.partner_person_id == Person.id,
            Referral.deleted_at.is_(None),
            or_(Referral.stage.not_in(CLOSED_STAGES), Referral.referred_on >= cutoff_day),
        )
        stale = and_(
            not_(contact_since(cutoff)),
            or_(Person.created_at < cutoff, contact_since(None)),
            not_(referral_holds),
            not_(active_consent),
        )
        other = aliased(Consent)
        expired_consent = exists().where(
            Consent.person_id == Person.id,
            Consent.deleted_at.is_(None),
            Consent.withdrawn_on.is_(None),
            Consent.expires_on < today,
            not_(
                exists().where(
                    other.person_id == Consent.person_id,
                    other.deleted_at.is_(None),
                    other.scope == Consent.scope,
                    or_(other.withdrawn_on.is_(None), other.withdrawn_on > today),
                    or_(other.expires_on.is_(None), other.expires_on >= today),
                )
            ),
        )
        # Ids first (a plain scan of the person table), names and organisations for the few
        # listed after: ordering all 100,000 people by name cost more than the rule itself.
        from indie_desktop.domain.redaction import ANONYMOUS

        # An anonymised contact holds no personal data any more: nothing left to decide.
        anonymised = and_(Person.last_name == ANONYMOUS, Person.first_name == "")
        candidates = select(Person.id, stale.label("stale")).where(
            Person.deleted_at.is_(None),
            not_(anonymised),
            not_(kept),
            or_(stale, expired_consent),
        )
        aff = aliased(Affiliation)
        org = aliased(Organisation)
        from indie_desktop.domain.formatting import to_berlin

        items: list[ReviewItem] = []
        with self.db.session() as s:
            found = {pid: bool(is_stale) for pid, is_stale in s.execute(candidates)}
            rows: list[tuple[uuid.UUID, str, str, str | None, str]] = []
            last: dict[uuid.UUID, datetime] = {}
            for chunk in _chunks(list(found)):
                rows += [
                    (r[0], r[1], r[2], r[3], r[4])
                    for r in s.execute(
                        select(
                            Person.id,
                            Person.last_name,
                            Person.first_name,
                            org.name,
                            Person.sort_name,
                        )
                        .outerjoin(
                            aff,
                            and_(
                                aff.person_id == Person.id,
                                aff.is_primary.is_(True),
                                aff.deleted_at.is_(None),
                            ),
                        )
                        .outerjoin(
                            org, and_(org.id == aff.organisation_id, org.deleted_at.is_(None))
                        )
                        .where(Person.id.in_(chunk))
                    )
                ]
                for pid, at in s.execute(
                    select(ActivityPerson.person_id, func.max(Activity.occurred_at))
                    .join(Activity, Activity.id == ActivityPerson.activity_id)
                    .where(
                        ActivityPerson.person_id.in_(chunk),
                        ActivityPerson.deleted_at.is_(None),
                        Activity.deleted_at.is_(None),
                    )
                    .group_by(ActivityPerson.person_id)
                ):
                    if isinstance(at, str):  # SQLite aggregates lose the column type
                        at = datetime.fromisoformat(at)
                    last[pid] = at if at.tzinfo else at.replace(tzinfo=UTC)
            seen: set[uuid.UUID] = set()
            for pid, last_name, first_name, org_name, _sort in sorted(
                rows, key=lambda r: (r[4], str(r[0]))
            ):
                if pid in seen:  # two primary affiliations: listed once
                    continue
                seen.add(pid)
                last_day = to_berlin(last[pid]).date() if pid in last else None
                name = f"{last_name}, {first_name}" if first_name else str(last_name)
                if found[pid]:
                    reason = "no_contact"
                    detail = (
                        f"Last contact {format_date(last_day)}" if last_day else "Never in contact"
                    )
                else:
                    reason, detail = "consent_expired", "A consent ran out"
                items.append(ReviewItem(pid, name, org_name or "", last_day, reason, detail))
        return items

    def keep(self, person_id: uuid.UUID, reason: str, until: str) -> uuid.UUID:
        """Decide to keep a listed person: why, and until when (then they are listed again)."""
        c = FieldCollector()
        c.take("reason", v.require_text, reason, 500)
        day = _date_field(c, "keep_until", until)
        if "keep_until" not in c.errors:
            if day is None:
                c.fail("keep_until", "Required")
            elif day <= today_in_berlin():
                c.fail("keep_until", "Choose a date in the future")
        c.raise_if_any()
        with self.db.session() as s:
            person = records.load(s, Person, person_id)
            decision = RetentionDecision(
                person_id=person_id,
                action=RetentionAction.KEEP,
                reason=c.values["reason"],
                keep_until=day,
                decided_on=today_in_berlin(),
                visibility=person.visibility,
            )
            return records.create(s, self.actor, decision).id

    # --- access and erasure -----------------------------------------------------------------

    def access_report(self, person_id: uuid.UUID) -> AccessReport:
        from indie_desktop.services.privacy.access import build

        return build(self.db, self.actor, person_id)

    def export_access(
        self,
        person_id: uuid.UUID,
        out_dir: Path,
        progress: Callable[[str, int, int], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> AccessExport:
        """Art. 15: PDF for the person plus JSON and CSV files in `out_dir`; audited.
        Cancellable: see privacy_access.export."""
        from indie_desktop.services.privacy.access import export

        return export(self.db, self.actor, person_id, Path(out_dir), progress, cancelled)

    def can_erase(self) -> bool:
        from indie_desktop.services.privacy.erasure import may_erase

        return may_erase(self.db)

    def erasure_mentions(self, person_id: uuid.UUID) -> list[Mention]:
        from indie_desktop.services.privacy.erasure import find_mentions

        with self.db.session() as s:
            return find_mentions(s, person_id)

    def erase(
        self,
        person_id: uuid.UUID,
        redact: Sequence[Mention] = (),
        *,
        anonymise_only: bool = False,
        phase: Callable[[str], None] | None = None,
    ) -> ErasureReceipt:
        """Art. 17: irreversible. `redact`: the mentions in other records the user confirmed;
        `phase(name)` hears each step (privacy_erasure.PHASES) as it starts."""
        from indie_desktop.services.privacy.erasure import erase

        return erase(
            self.db, self.actor, person_id, redact, anonymise_only=anonymise_only, phase=phase
        )

    def backups_with_person(self, person_id: uuid.UUID) -> list[Path]:
        """Backup copies of the local file in which the person is still present (looked at
        read-only; an erasure does not change them). Empty in shared mode: the server's
        backups are the administrator's."""
        from indie_desktop.services.privacy.erasure import backup_folder
        from indie_desktop.store.erasure_files import backups_with_person

        folder = backup_folder(self.db)
        return [] if folder is None else backups_with_person(folder, person_id)

    def anonymise(self, person_id: uuid.UUID) -> ErasureReceipt:
        """Retention: the person's data goes, the contact stays counted with its organisation."""
        return self.erase(person_id, (), anonymise_only=True)

    def person_exists(self, person_id: uuid.UUID) -> bool:
        with self.db.session() as s:
            try:
                records.load(s, Person, person_id)
            except NotFound:
                return False
            return True


def merge_purpose(requested: str, template_purpose: str = "") -> Purpose:
    """What a mail merge processes the addresses for: the caller's purpose, else the
    template's (`purpose: event_invitations` in its header), else plain letters."""
    known = {p.value for p in Purpose} - {Purpose.ALL.value}
    for candidate in (requested, template_purpose):
        if candidate in known and candidate != Purpose.LETTER.value:
            return Purpose(candidate)
    return Purpose.LETTER


def _chunks(ids: list[uuid.UUID], size: int = 500) -> list[list[uuid.UUID]]:
    return [ids[i : i + size] for i in range(0, len(ids), size)]
