"""Referrals (Vermittlungen): refer a need to partners, follow each through its stages.

proposed -> introduced -> first meeting -> cooperation agreed, or declined / no response. Every
change is dated, with who and a note; each open stage gets a follow-up task ('ask both sides')
a configurable number of weeks later.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date, timedelta

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from indie_desktop.config import OPTIONS
from indie_desktop.domain.base import utcnow
from indie_desktop.domain.enums import NeedStatus, ReferralStage, Visibility
from indie_desktop.domain.errors import NotFound, ValidationError
from indie_desktop.domain.models import (
    Affiliation,
    CooperationPartner,
    Need,
    Organisation,
    Person,
    Referral,
    ReferralStageChange,
    Task,
)
from indie_desktop.services import records
from indie_desktop.services.context import Actor
from indie_desktop.services.visibility import can_see, visible_to
from indie_desktop.store.database import Database

OPEN_STAGES = (ReferralStage.PROPOSED, ReferralStage.INTRODUCED, ReferralStage.FIRST_MEETING)
FORWARD = (*OPEN_STAGES, ReferralStage.COOPERATION_AGREED)
# What may follow each stage: forward along the path (steps may be skipped), or an end.
NEXT_STAGES: dict[ReferralStage, tuple[ReferralStage, ...]] = {
    ReferralStage.PROPOSED: (*FORWARD[1:], ReferralStage.DECLINED, ReferralStage.NO_RESPONSE),
    ReferralStage.INTRODUCED: (*FORWARD[2:], ReferralStage.DECLINED, ReferralStage.NO_RESPONSE),
    ReferralStage.FIRST_MEETING: (
        ReferralStage.COOPERATION_AGREED,
        ReferralStage.DECLINED,
        ReferralStage.NO_RESPONSE,
    ),
    # An answer may still come after all.
    ReferralStage.NO_RESPONSE: (*FORWARD[1:], ReferralStage.DECLINED),
    ReferralStage.COOPERATION_AGREED: (),
    ReferralStage.DECLINED: (),
}
FOLLOW_UP_LINK = "referral"


@dataclass(frozen=True)
class PartnerChoice:
    """A partner picked for a referral: an organisation, a person, or a person there."""

    organisation_id: uuid.UUID | None = None
    person_id: uuid.UUID | None = None


@dataclass
class ReferralDraft:
    need_id: uuid.UUID
    partners: list[PartnerChoice] = field(default_factory=list)
    referring_staff_id: uuid.UUID | None = None
    referred_on: date | None = None  # today when not given
    note: str = ""
    visibility: Visibility = Visibility.NETWORK


@dataclass(frozen=True)
class FollowUp:
    task_id: uuid.UUID
    referral_id: uuid.UUID
    title: str
    due_on: date
    assignee_id: uuid.UUID | None


@dataclass(frozen=True)
class Dependants:
    """Records that refer to an organisation; deleting it keeps them (soft delete)."""

    needs: int
    referrals: int
    cooperations: int

    @property
    def total(self) -> int:
        return self.needs + self.referrals + self.cooperations


def _refuse(field_name: str, message: str) -> ValidationError:
    return ValidationError({field_name: message})


class ReferralService:
    def __init__(
        self,
        db: Database,
        actor: Actor,
        follow_up_weeks: int = OPTIONS["referral_follow_up_weeks"].default,
    ) -> None:
        self.db = db
        self.actor = actor
        self.follow_up_weeks = follow_up_weeks

    # --- referring --------------------------------------------------------------------------

    def create(self, draft: ReferralDraft) -> list[uuid.UUID]:
        """One referral per partner, each proposed with its first history entry and follow-up.

        Refused: no partner, or a partner that is the need's own organisation.
        """
        if not draft.partners:
            raise _refuse("partners", "Choose at least one partner")
        referred_on = draft.referred_on or date.today()
        if referred_on > date.today():
            raise _refuse("referred_on", "The date must not be in the future")
        note = draft.note.strip() or None
        with self.db.session() as s:
            need = records.load(s, Need, draft.need_id, for_update=True)
            if not can_see(need, self.actor):
                raise NotFound(f"Need {draft.need_id} does not exist or was deleted.")
            if need.status in (NeedStatus.SATISFIED, NeedStatus.DROPPED):
                raise _refuse("need", "This need is closed; reopen it before referring it")
            ids: list[uuid.UUID] = []
            for choice in draft.partners:
                org_id = self._partner_organisation(s, choice)
                if org_id == need.organisation_id:
                    raise _refuse("partners", "A need cannot be referred to its own organisation")
                referral = Referral(
                    need_id=need.id,
                    organisation_id=need.organisation_id,
                    partner_organisation_id=org_id,
                    partner_person_id=choice.person_id,
                    referring_staff_id=draft.referring_staff_id or self.actor.staff_id,
                    stage=ReferralStage.PROPOSED,
                    referred_on=referred_on,
                    note=note,
                    visibility=Visibility(draft.visibility).value,
                )
                records.create(s, self.actor, referral, need.topic)
                self._history(s, referral, ReferralStage.PROPOSED, referred_on, note)
                self._schedule_follow_up(s, referral, referred_on)
                ids.append(referral.id)
            if need.status == NeedStatus.OPEN:
                records.apply_changes(s, self.actor, need, {"status": NeedStatus.IN_REFERRAL})
            return ids

    def _partner_organisation(self, s: Session, choice: PartnerChoice) -> uuid.UUID | None:
        if choice.organisation_id is not None:
            records.load(s, Organisation, choice.organisation_id)
            return choice.organisation_id
        if choice.person_id is None:
            raise _refuse("partners", "Choose at least one partner")
        records.load(s, Person, choice.person_id)
        # A person alone is referred as a member of their primary organisation, if any.
        return s.scalar(
            select(Affiliation.organisation_id).where(
                Affiliation.person_id == choice.person_id,
                Affiliation.is_primary.is_(True),
                Affiliation.deleted_at.is_(None),
            )
        )

    # --- stages -----------------------------------------------------------------------------

    def change_stage(
        self,
        referral_id: uuid.UUID,
        stage: ReferralStage,
        changed_on: date | None = None,
        note: str = "",
        expected_version: int | None = None,
    ) -> int:
        """Move a referral on; returns its new version. Updates the need and the follow-ups."""
        stage = ReferralStage(stage)
        changed_on = changed_on or date.today()
        with self.db.session() as s:
            referral = self._load(s, referral_id, for_update=True)
            records.check_version(referral, expected_version)
            if stage not in NEXT_STAGES[referral.stage]:
                if not NEXT_STAGES[referral.stage]:
                    raise _refuse("stage", "This referral is closed")
                raise _refuse("stage", "This stage cannot follow the current one")
            if changed_on > date.today():
                raise _refuse("changed_on", "The date must not be in the future")
            last = s.scalar(
                select(func.max(ReferralStageChange.changed_on)).where(
                    ReferralStageChange.referral_id == referral.id,
                    ReferralStageChange.deleted_at.is_(None),
                )
            )
            if last is not None and changed_on < last:
                raise _refuse("changed_on", "The date lies before the previous stage change")
            text = note.strip() or None
            self._history(s, referral, stage, changed_on, text)
            self._close_follow_ups(s, referral.id)
            follow_up = None
            if stage in OPEN_STAGES or stage == ReferralStage.NO_RESPONSE:
                follow_up = self._schedule_follow_up(s, referral, changed_on)
            records.apply_changes(
                s,
                self.actor,
                referral,
                {"stage": stage, "next_follow_up_on": follow_up},
            )
            self._update_need(s, referral)
            return referral.version

    def _load(self, s: Session, referral_id: uuid.UUID, for_update: bool = False) -> Referral:
        referral = records.load(s, Referral, referral_id, for_update=for_update)
        if not can_see(referral, self.actor):
            raise NotFound(f"Referral {referral_id} does not exist or was deleted.")
        return referral

    def _history(
        self, s: Session, referral: Referral, stage: ReferralStage, on: date, note: str | None
    ) -> None:
        change = ReferralStageChange(
            referral_id=referral.id,
            stage=stage,
            changed_on=on,
            staff_id=self.actor.staff_id,
            note=note,
            visibility=referral.visibility,
        )
        records.create(s, self.actor, change)

    def _update_need(self, s: Session, referral: Referral) -> None:
        """Cooperation agreed satisfies the need; when every referral came to nothing it is
        open again, to be referred elsewhere."""
        if referral.need_id is None:
            return
        need = s.get(Need, referral.need_id)
        if need is None or need.status != NeedStatus.IN_REFERRAL:
            return
        if referral.stage == ReferralStage.COOPERATION_AGREED:
            records.apply_changes(s, self.actor, need, {"status": NeedStatus.SATISFIED})
            return
        still_open = s.scalar(
            select(func.count())
            .select_from(Referral)
            .where(
                Referral.need_id == need.id,
                Referral.deleted_at.is_(None),
                Referral.stage.in_([*OPEN_STAGES, ReferralStage.COOPERATION_AGREED]),
            )
        )
        if not still_open:
            records.apply_changes(s, self.actor, need, {"status": NeedStatus.OPEN})

    # --- follow-ups -------------------------------------------------------------------------

    def _schedule_follow_up(self, s: Session, referral: Referral, after: date) -> date:
        due = after + timedelta(weeks=self.follow_up_weeks)
        org = s.get(Organisation, referral.organisation_id)
        partner = (
            s.get(Organisation, referral.partner_organisation_id)
            if referral.partner_organisation_id
            else None
        )
        names = " → ".join(o.name for o in (org, partner) if o is not None)
        task = Task(
            title=f"Beide Seiten nachfragen: {names}"[:300],
            description="Stand der Vermittlung bei beiden Seiten erfragen.",
            due_on=due,
            assignee_id=referral.referring_staff_id or self.actor.staff_id,
            done=False,
            linked_type=FOLLOW_UP_LINK,
            linked_id=referral.id,
            visibility=referral.visibility,
        )
        records.create(s, self.actor, task, task.title)
        referral.next_follow_up_on = due
        return due

    def _close_follow_ups(self, s: Session, referral_id: uuid.UUID) -> None:
        """A stage change answers the open follow-up question."""
        for task in s.scalars(self._follow_up_stmt().where(Task.linked_id == referral_id)):
            records.apply_changes(s, self.actor, task, {"done": True, "done_at": utcnow()})

    def _follow_up_stmt(self) -> Select[Task]:
        return select(Task).where(
            Task.linked_type == FOLLOW_UP_LINK,
            Task.done.is_(False),
            Task.deleted_at.is_(None),
            visible_to(Task, self.actor),
        )

    def follow_ups(self, referral_id: uuid.UUID) -> list[FollowUp]:
        """The open follow-up tasks of one referral."""
        with self.db.session() as s:
            stmt = self._follow_up_stmt().where(Task.linked_id == referral_id)
            return [_follow_up(t) for t in s.scalars(stmt.order_by(Task.due_on))]

    def overdue_follow_ups(self, today: date | None = None) -> list[FollowUp]:
        """Open follow-ups of referrals whose due date has passed, oldest first."""
        today = today or date.today()
        with self.db.session() as s:
            stmt = self._follow_up_stmt().where(Task.due_on < today)
            return [_follow_up(t) for t in s.scalars(stmt.order_by(Task.due_on, Task.id))]

    # --- organisations that are part of referrals --------------------------------------------

    def dependants(self, organisation_id: uuid.UUID) -> Dependants:
        """How many live needs, referrals (either side) and cooperations involve it."""
        with self.db.session() as s:

            def count(stmt: object) -> int:
                return int(s.scalar(stmt) or 0)  # type: ignore[call-overload]

            needs = count(
                select(func.count())
                .select_from(Need)
                .where(Need.organisation_id == organisation_id, Need.deleted_at.is_(None))
            )
            referrals = count(
                select(func.count())
                .select_from(Referral)
                .where(
                    (Referral.organisation_id == organisation_id)
                    | (Referral.partner_organisation_id == organisation_id),
                    Referral.deleted_at.is_(None),
                )
            )
            cooperations = count(
                select(func.count(func.distinct(CooperationPartner.cooperation_id))).where(
                    CooperationPartner.organisation_id == organisation_id,
                    CooperationPartner.deleted_at.is_(None),
                )
            )
            return Dependants(needs, referrals, cooperations)


def _follow_up(task: Task) -> FollowUp:
    assert task.linked_id is not None and task.due_on is not None
    return FollowUp(task.id, task.linked_id, task.title, task.due_on, task.assignee_id)
