"""Needs (Bedarfe): what a company needs, found in a visit, to be referred to a partner."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session, aliased

from indie_desktop.domain import validation as v
from indie_desktop.domain.enums import (
    NeedStatus,
    ReferralStage,
    SoughtPartner,
    Urgency,
    Visibility,
)
from indie_desktop.domain.errors import NotFound
from indie_desktop.domain.models import Activity, Need, Organisation, Referral
from indie_desktop.services import listing, records
from indie_desktop.services.editing import EditableRecords
from indie_desktop.services.fields import FieldCollector
from indie_desktop.services.search import text_filter
from indie_desktop.services.visibility import can_see, visible_to
from indie_desktop.services.work.need_dates import found_day

# open -> in referral -> satisfied / dropped; a referral that came to nothing reopens a need.
STATUS_STEPS: dict[NeedStatus, frozenset[NeedStatus]] = {
    NeedStatus.OPEN: frozenset({NeedStatus.IN_REFERRAL, NeedStatus.DROPPED}),
    NeedStatus.IN_REFERRAL: frozenset({NeedStatus.SATISFIED, NeedStatus.DROPPED, NeedStatus.OPEN}),
    NeedStatus.SATISFIED: frozenset(),
    NeedStatus.DROPPED: frozenset({NeedStatus.OPEN}),
}


@dataclass
class NeedDraft:
    organisation_id: uuid.UUID | None = None
    topic: str = ""
    description: str = ""
    wanted_competence: str = ""
    wanted_wz_code: str = ""
    urgency: Urgency = Urgency.NORMAL
    status: NeedStatus = NeedStatus.OPEN
    found_in_activity_id: uuid.UUID | None = None
    from_referral_id: uuid.UUID | None = None
    visibility: Visibility = Visibility.NETWORK
    sought_partner: SoughtPartner | None = None  # None: read from the need's words


@dataclass(frozen=True)
class NeedRow:
    id: uuid.UUID
    topic: str
    organisation: str
    wanted_competence: str
    wanted_wz_code: str
    urgency: Urgency
    status: NeedStatus
    found_on: date

    @property
    def name(self) -> str:
        return self.topic


@dataclass(frozen=True)
class NeedReferral:
    referral_id: uuid.UUID
    partner: str
    stage: ReferralStage
    referred_on: date


@dataclass(frozen=True)
class NeedDetail:
    id: uuid.UUID
    version: int
    draft: NeedDraft
    organisation_name: str
    found_on: date
    referrals: list[NeedReferral] = field(default_factory=list)


def _values(draft: NeedDraft) -> dict[str, object]:
    c = FieldCollector()
    if draft.organisation_id is None:
        c.fail("organisation_id", "Choose an organisation")
    c.take("topic", v.require_text, draft.topic, 300)
    c.take("description", v.optional_text, draft.description, 100_000)
    c.take("wanted_competence", v.optional_text, draft.wanted_competence, 300)
    c.take("wanted_wz_code", v.normalize_wz_code, draft.wanted_wz_code)
    c.raise_if_any()
    values = dict(c.values)
    values.update(
        organisation_id=draft.organisation_id,
        urgency=Urgency(draft.urgency),
        status=NeedStatus(draft.status),
        found_in_activity_id=draft.found_in_activity_id,
        from_referral_id=draft.from_referral_id,
        visibility=Visibility(draft.visibility).value,
        sought_partner=SoughtPartner(draft.sought_partner) if draft.sought_partner else None,
    )
    return values


def check_status_step(old: NeedStatus, new: NeedStatus) -> None:
    """Refuse a status change the need's life does not allow (ValidationError on 'status')."""
    if old != new and new not in STATUS_STEPS[old]:
        c = FieldCollector()
        c.fail("status", "This status cannot follow the current one")
        c.raise_if_any()


class NeedService(EditableRecords[NeedDraft]):
    model = Need

    def values_of(self, draft: NeedDraft) -> dict[str, object]:
        return _values(draft)

    def create(self, draft: NeedDraft) -> uuid.UUID:
        values = _values(draft)
        if values["status"] not in (NeedStatus.OPEN, NeedStatus.DROPPED):
            c = FieldCollector()
            c.fail("status", "A new need starts open; referring it sets “in referral”")
            c.raise_if_any()
        with self.db.session() as s:
            records.load(s, Organisation, draft.organisation_id)  # type: ignore[arg-type]
            need = records.create(s, self.actor, Need(**values), str(values["topic"]))
            return need.id

    def before_save(self, session: Session, record: Need, values: dict[str, object]) -> None:
        check_status_step(record.status, NeedStatus(values["status"]))  # type: ignore[arg-type]

    def load(self, session: Session, record_id: uuid.UUID, for_update: bool = False) -> Need:
        need = records.load(session, Need, record_id, for_update=for_update)
        if not can_see(need, self.actor):
            raise NotFound(f"Need {record_id} does not exist or was deleted.")
        return need

    _load = load

    def detail(self, need_id: uuid.UUID) -> NeedDetail:
        with self.db.session() as s:
            need = self._load(s, need_id)
            org = s.get(Organisation, need.organisation_id)
            partner = aliased(Organisation)
            rows = s.execute(
                select(Referral.id, partner.name, Referral.stage, Referral.referred_on)
                .outerjoin(partner, partner.id == Referral.partner_organisation_id)
                .where(
                    Referral.need_id == need_id,
                    Referral.deleted_at.is_(None),
                    visible_to(Referral, self.actor),
                )
                .order_by(Referral.referred_on, Referral.id)
            ).all()
            draft = NeedDraft(
                organisation_id=need.organisation_id,
                topic=need.topic,
                description=need.description or "",
                wanted_competence=need.wanted_competence or "",
                wanted_wz_code=need.wanted_wz_code or "",
                urgency=need.urgency,
                status=need.status,
                found_in_activity_id=need.found_in_activity_id,
                from_referral_id=need.from_referral_id,
                visibility=Visibility(need.visibility),
                sought_partner=need.sought_partner,
            )
            return NeedDetail(
                need.id,
                need.version,
                draft,
                org.name if org else "",
                _found_on(s, need),
                [NeedReferral(r[0], r[1] or "", r[2], r[3]) for r in rows],
            )

    # --- the list ----------------------------------------------------------------------------

    def _conditions(self, query: listing.ListQuery) -> list[ColumnElement[bool]]:
        conditions: list[ColumnElement[bool]] = [
            Need.deleted_at.is_(None),
            visible_to(Need, self.actor),
        ]
        statuses = query.filter_value("statuses")
        if statuses:
            conditions.append(Need.status.in_([NeedStatus(x) for x in statuses]))
        organisation_id = query.filter_value("organisation_id")
        if organisation_id is not None:
            conditions.append(Need.organisation_id == organisation_id)
        # Every word in the need's text or in its firm's: 'fräsen hagen' narrows down.
        sqlite = self.db.is_sqlite
        for word in text_filter.words_of(query.text):
            either = text_filter.any_of(
                text_filter.word_conditions(
                    "need",
                    word,
                    sqlite=sqlite,
                    fallback=lambda w: listing.like_word(func.lower(Need.topic), w),
                ),
                text_filter.word_conditions(
                    "organisation",
                    word,
                    sqlite=sqlite,
                    fallback=lambda w: listing.like_word(Organisation.search_key, w),
                ),
            )
            if either is not None:
                conditions.append(either)
        return conditions

    def _list_stmt(self, query: listing.ListQuery) -> listing.AnySelect:
        # Found on: stored (need_dates.py), so the default order walks ix_need_found_on.
        found_on = Need.found_on
        stmt = (
            select(
                Need.id,
                Need.topic,
                Organisation.name,
                Need.wanted_competence,
                Need.wanted_wz_code,
                Need.urgency,
                Need.status,
                found_on,
            )
            .join(Organisation, Organisation.id == Need.organisation_id)
            .where(*self._conditions(query))
        )
        columns = {
            "found_on": found_on,
            "topic": Need.topic,
            "organisation": Organisation.sort_name,
            "wanted_competence": Need.wanted_competence,
            "wanted_wz_code": Need.wanted_wz_code,
            "urgency": Need.urgency,
            "status": Need.status,
        }
        return listing.ordered(stmt, query, columns, Need.id)

    def count(self, query: listing.ListQuery) -> int:
        stmt = select(func.count()).select_from(Need)
        if query.text.strip():  # the filter may match the firm's name: only then the join
            stmt = stmt.join(Organisation, Organisation.id == Need.organisation_id)
        stmt = stmt.where(*self._conditions(query))
        with self.db.session() as s:
            return int(s.scalar(stmt) or 0)

    def page(
        self, query: listing.ListQuery, offset: int, limit: int, after: uuid.UUID | None = None
    ) -> list[NeedRow]:
        stmt = self._list_stmt(query)
        keyset = (
            listing.after_row(stmt, query, {"found_on": Need.found_on}, Need, after)
            if after
            else None
        )
        with self.db.session() as s:
            return [
                NeedRow(r[0], r[1], r[2], r[3] or "", r[4] or "", r[5], r[6], r[7])
                for r in listing.page(s, stmt, offset, limit, keyset)
            ]


def _found_on(s: Session, need: Need) -> date:
    """The day of the visit the need was found in, else the day it was recorded (Berlin)."""
    if need.found_on is not None:
        return need.found_on
    activity = s.get(Activity, need.found_in_activity_id) if need.found_in_activity_id else None
    return found_day(activity.occurred_at if activity else None, need.created_at)
