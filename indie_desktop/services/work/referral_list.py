"""Reading referrals: the list (filtered by stage), one referral's detail, its history and the
chain it belongs to (A referred to B, B's need referred on to C)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session, aliased

from indie_desktop.domain.enums import CooperationKind, ReferralStage
from indie_desktop.domain.errors import NotFound
from indie_desktop.domain.models import (
    Cooperation,
    Need,
    Organisation,
    Person,
    Referral,
    ReferralStageChange,
    Staff,
)
from indie_desktop.services import listing, records
from indie_desktop.services.context import Actor
from indie_desktop.services.search import text_filter
from indie_desktop.services.visibility import can_see, visible_to
from indie_desktop.services.work.referrals import ReferralService
from indie_desktop.store.database import Database

CHAIN_DEPTH = 20  # a chain longer than this is a data error, not a network success


@dataclass(frozen=True)
class ReferralRow:
    id: uuid.UUID
    referred_on: date
    organisation: str
    topic: str
    partner: str
    stage: ReferralStage
    staff: str
    next_follow_up_on: date | None

    @property
    def name(self) -> str:
        return f"{self.organisation} → {self.partner}"


@dataclass(frozen=True)
class StageStep:
    stage: ReferralStage
    changed_on: date
    staff: str
    note: str


@dataclass(frozen=True)
class ChainLink:
    referral_id: uuid.UUID
    organisation: str
    partner: str
    topic: str
    stage: ReferralStage
    depth: int  # 0 for the chain's first referral


@dataclass(frozen=True)
class CooperationSummary:
    id: uuid.UUID
    kind: CooperationKind
    title: str
    value_eur: Decimal | None


@dataclass(frozen=True)
class ReferralDetail:
    id: uuid.UUID
    version: int
    need_id: uuid.UUID | None
    topic: str
    organisation_id: uuid.UUID
    organisation: str
    partner_organisation_id: uuid.UUID | None
    partner: str
    partner_person: str
    staff: str
    stage: ReferralStage
    referred_on: date
    note: str
    next_follow_up_on: date | None
    history: list[StageStep] = field(default_factory=list)
    cooperations: list[CooperationSummary] = field(default_factory=list)
    chain: list[ChainLink] = field(default_factory=list)
    letter_sent_on: date | None = None  # the referral letter, printed or saved as PDF
    letter_attachment_id: uuid.UUID | None = None


class ReferralList:
    """The list and detail side of referrals; the changes go through ReferralService."""

    def __init__(self, db: Database, actor: Actor, changes: ReferralService) -> None:
        self.db = db
        self.actor = actor
        self.changes = changes

    def _conditions(self, query: listing.ListQuery) -> list[ColumnElement[bool]]:
        conditions: list[ColumnElement[bool]] = [
            Referral.deleted_at.is_(None),
            visible_to(Referral, self.actor),
        ]
        stages = query.filter_value("stages")
        if stages:
            conditions.append(Referral.stage.in_([ReferralStage(x) for x in stages]))
        return conditions

    def _list_stmt(self, query: listing.ListQuery) -> listing.AnySelect:
        org = aliased(Organisation, name="referred_org")
        partner = aliased(Organisation, name="partner_org")
        stmt = (
            select(
                Referral.id,
                Referral.referred_on,
                org.name,
                Need.topic,
                partner.name,
                Referral.stage,
                Staff.first_name,
                Staff.last_name,
                Referral.next_follow_up_on,
            )
            .join(org, org.id == Referral.organisation_id)
            .outerjoin(partner, partner.id == Referral.partner_organisation_id)
            .outerjoin(Need, Need.id == Referral.need_id)
            .outerjoin(Staff, Staff.id == Referral.referring_staff_id)
            .where(*self._conditions(query))
        )
        # Every word in the name of the firm referred or of the partner (search index).
        sqlite = self.db.is_sqlite
        for word in text_filter.words_of(query.text):
            either = text_filter.any_of(
                *(
                    text_filter.word_conditions(
                        "organisation",
                        word,
                        sqlite=sqlite,
                        table=name,
                        fallback=_like_in(side.search_key),
                    )
                    for side, name in ((org, "referred_org"), (partner, "partner_org"))
                )
            )
            if either is not None:
                stmt = stmt.where(either)
        columns = {
            "referred_on": Referral.referred_on,
            "organisation": org.sort_name,
            "topic": Need.topic,
            "partner": partner.sort_name,
            "stage": Referral.stage,
            "staff": Staff.last_name,
            "next_follow_up_on": Referral.next_follow_up_on,
        }
        return listing.ordered(stmt, query, columns, Referral.id)

    def count(self, query: listing.ListQuery) -> int:
        with self.db.session() as s:
            if not query.text:  # the joins only add columns: count on the table alone
                stmt = select(func.count()).select_from(Referral).where(*self._conditions(query))
                return int(s.scalar(stmt) or 0)
            return listing.count(s, self._list_stmt(query))

    def page(
        self, query: listing.ListQuery, offset: int, limit: int, after: uuid.UUID | None = None
    ) -> list[ReferralRow]:
        with self.db.session() as s:
            return [
                ReferralRow(r[0], r[1], r[2], r[3] or "", r[4] or "", r[5], _name(r[6], r[7]), r[8])
                for r in listing.page(s, self._list_stmt(query), offset, limit)
            ]

    # --- one referral -----------------------------------------------------------------------

    def detail(self, referral_id: uuid.UUID) -> ReferralDetail:
        with self.db.session() as s:
            r = records.load(s, Referral, referral_id)
            if not can_see(r, self.actor):
                raise NotFound(f"Referral {referral_id} does not exist or was deleted.")
            need = s.get(Need, r.need_id) if r.need_id else None
            org = s.get(Organisation, r.organisation_id)
            partner_id = r.partner_organisation_id
            partner = s.get(Organisation, partner_id) if partner_id else None
            person = s.get(Person, r.partner_person_id) if r.partner_person_id else None
            staff = s.get(Staff, r.referring_staff_id) if r.referring_staff_id else None
            history = [
                StageStep(c.stage, c.changed_on, _name(*_staff_names(s, c.staff_id)), c.note or "")
                for c in s.scalars(
                    select(ReferralStageChange)
                    .where(
                        ReferralStageChange.referral_id == r.id,
                        ReferralStageChange.deleted_at.is_(None),
                    )
                    .order_by(ReferralStageChange.changed_on, ReferralStageChange.created_at)
                )
            ]
            cooperations = [
                CooperationSummary(c.id, c.kind, c.title, c.value_eur)
                for c in s.scalars(
                    select(Cooperation).where(
                        Cooperation.referral_id == r.id,
                        Cooperation.deleted_at.is_(None),
                        visible_to(Cooperation, self.actor),
                    )
                )
            ]
            return ReferralDetail(
                id=r.id,
                version=r.version,
                need_id=r.need_id,
                topic=need.topic if need else "",
                organisation_id=r.organisation_id,
                organisation=org.name if org else "",
                partner_organisation_id=r.partner_organisation_id,
                partner=partner.name if partner else "",
                partner_person=person.full_name if person else "",
                staff=staff.full_name if staff else "",
                stage=r.stage,
                referred_on=r.referred_on,
                note=r.note or "",
                next_follow_up_on=r.next_follow_up_on,
                history=history,
                cooperations=cooperations,
                chain=self._chain(s, r),
                letter_sent_on=r.letter_sent_on,
                letter_attachment_id=r.letter_attachment_id,
            )

    def chain(self, referral_id: uuid.UUID) -> list[ChainLink]:
        """Every referral of the chain this one belongs to, from its start, depth first."""
        with self.db.session() as s:
            return self._chain(s, records.load(s, Referral, referral_id))

    def _chain(self, s: Session, referral: Referral) -> list[ChainLink]:
        root, seen = referral, {referral.id}
        for _ in range(CHAIN_DEPTH):  # up: the referral whose partner's need this one serves
            need = s.get(Need, root.need_id) if root.need_id else None
            parent = (
                s.get(Referral, need.from_referral_id) if need and need.from_referral_id else None
            )
            if parent is None or parent.id in seen or parent.deleted_at is not None:
                break
            seen.add(parent.id)
            root = parent
        links: list[ChainLink] = []
        self._walk_down(s, root, 0, links, set())
        return links

    def _walk_down(
        self, s: Session, r: Referral, depth: int, links: list[ChainLink], seen: set[uuid.UUID]
    ) -> None:
        if r.id in seen or depth > CHAIN_DEPTH:
            return
        seen.add(r.id)
        need = s.get(Need, r.need_id) if r.need_id else None
        org = s.get(Organisation, r.organisation_id)
        partner = (
            s.get(Organisation, r.partner_organisation_id) if r.partner_organisation_id else None
        )
        if can_see(r, self.actor):
            links.append(
                ChainLink(
                    r.id,
                    org.name if org else "",
                    partner.name if partner else "",
                    need.topic if need else "",
                    r.stage,
                    depth,
                )
            )
        onward = s.scalars(
            select(Referral)
            .join(Need, Need.id == Referral.need_id)
            .where(
                Need.from_referral_id == r.id,
                Need.deleted_at.is_(None),
                Referral.deleted_at.is_(None),
            )
            .order_by(Referral.referred_on, Referral.id)
        )
        for child in onward:
            self._walk_down(s, child, depth + 1, links, seen)


def _staff_names(s: Session, staff_id: uuid.UUID | None) -> tuple[str | None, str | None]:
    staff = s.get(Staff, staff_id) if staff_id else None
    return (staff.first_name, staff.last_name) if staff else (None, None)


def _name(first: str | None, last: str | None) -> str:
    return f"{first or ''} {last or ''}".strip()


def _like_in(column: Any) -> text_filter.Fallback:
    """The one-letter-word fallback on one side's search key."""
    return lambda word: listing.like_word(column, word)
