"""Cooperations: the outcome of a referral (R&D project, contract research, ZIM application...)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field

from sqlalchemy import select

from indie_desktop.domain import validation as v
from indie_desktop.domain.enums import CooperationKind, Visibility
from indie_desktop.domain.errors import NotFound
from indie_desktop.domain.models import Cooperation, CooperationPartner, Organisation, Referral
from indie_desktop.services import records
from indie_desktop.services.context import Actor
from indie_desktop.services.fields import FieldCollector
from indie_desktop.services.visibility import can_see
from indie_desktop.store.database import Database


@dataclass(frozen=True)
class CooperationPartnerDraft:
    organisation_id: uuid.UUID | None = None
    person_id: uuid.UUID | None = None
    role: str = ""


@dataclass
class CooperationDraft:
    kind: CooperationKind = CooperationKind.OTHER
    title: str = ""
    starts_on: str = ""
    ends_on: str = ""
    value_eur: str = ""
    funding_programme: str = ""
    evidence: str = ""
    referral_id: uuid.UUID | None = None
    partners: list[CooperationPartnerDraft] = field(default_factory=list)
    visibility: Visibility = Visibility.NETWORK
    event_id: uuid.UUID | None = None  # the event it came from (issue 22)


@dataclass(frozen=True)
class CooperationDetail:
    id: uuid.UUID
    version: int
    draft: CooperationDraft
    partner_names: list[str]


def _values(draft: CooperationDraft) -> dict[str, object]:
    c = FieldCollector()
    c.take("title", v.require_text, draft.title, 300)
    starts = c.take("starts_on", v.parse_date_de, draft.starts_on)
    ends = c.take("ends_on", v.parse_date_de, draft.ends_on)
    if starts and ends and ends < starts:
        c.fail("ends_on", "Ends before it begins")
    value = c.take("value_eur", v.parse_money_de, draft.value_eur)
    if value is not None and value < 0:
        c.fail("value_eur", "The value cannot be negative")
    c.take("funding_programme", v.optional_text, draft.funding_programme, 200)
    c.take("evidence", v.optional_text, draft.evidence, 100_000)
    c.raise_if_any()
    values = dict(c.values)
    values.update(
        kind=CooperationKind(draft.kind),
        referral_id=draft.referral_id,
        event_id=draft.event_id,
        visibility=Visibility(draft.visibility).value,
    )
    return values


class CooperationService:
    def __init__(self, db: Database, actor: Actor) -> None:
        self.db = db
        self.actor = actor

    def draft_for_referral(self, referral_id: uuid.UUID) -> CooperationDraft:
        """A new cooperation's form, pre-filled from the referral it came from."""
        with self.db.session() as s:
            r = records.load(s, Referral, referral_id)
            partners = [CooperationPartnerDraft(r.organisation_id)]
            if r.partner_organisation_id or r.partner_person_id:
                partners.append(
                    CooperationPartnerDraft(r.partner_organisation_id, r.partner_person_id)
                )
            return CooperationDraft(
                referral_id=r.id, partners=partners, visibility=Visibility(r.visibility)
            )

    def create(self, draft: CooperationDraft) -> uuid.UUID:
        values = _values(draft)
        with self.db.session() as s:
            if draft.referral_id is not None:
                records.load(s, Referral, draft.referral_id)
            cooperation = records.create(s, self.actor, Cooperation(**values), draft.title)
            self._set_partners(s, cooperation, draft.partners)
            return cooperation.id

    def update(self, cooperation_id: uuid.UUID, draft: CooperationDraft, version: int) -> int:
        values = _values(draft)
        with self.db.session() as s:
            cooperation = self._load(s, cooperation_id, for_update=True)
            records.check_version(cooperation, version)
            records.apply_changes(s, self.actor, cooperation, values)
            for old in list(cooperation.partners):
                if old.deleted_at is None:
                    records.soft_delete(s, self.actor, old)
            self._set_partners(s, cooperation, draft.partners)
            return cooperation.version

    def delete(self, cooperation_id: uuid.UUID) -> None:
        with self.db.session() as s:
            records.soft_delete(s, self.actor, self._load(s, cooperation_id))

    def detail(self, cooperation_id: uuid.UUID) -> CooperationDetail:
        with self.db.session() as s:
            c = self._load(s, cooperation_id)
            live = [p for p in c.partners if p.deleted_at is None]
            names = [
                o.name
                for p in live
                if p.organisation_id and (o := s.get(Organisation, p.organisation_id))
            ]
            draft = CooperationDraft(
                kind=c.kind,
                title=c.title,
                starts_on=c.starts_on.strftime("%d.%m.%Y") if c.starts_on else "",
                ends_on=c.ends_on.strftime("%d.%m.%Y") if c.ends_on else "",
                value_eur="" if c.value_eur is None else f"{c.value_eur:.2f}".replace(".", ","),
                funding_programme=c.funding_programme or "",
                evidence=c.evidence or "",
                referral_id=c.referral_id,
                partners=[
                    CooperationPartnerDraft(p.organisation_id, p.person_id, p.role or "")
                    for p in live
                ],
                visibility=Visibility(c.visibility),
                event_id=c.event_id,
            )
            return CooperationDetail(c.id, c.version, draft, names)

    def for_referral(self, referral_id: uuid.UUID) -> list[uuid.UUID]:
        with self.db.session() as s:
            return list(
                s.scalars(
                    select(Cooperation.id).where(
                        Cooperation.referral_id == referral_id, Cooperation.deleted_at.is_(None)
                    )
                )
            )

    def _load(self, s: object, cooperation_id: uuid.UUID, for_update: bool = False) -> Cooperation:
        c = records.load(s, Cooperation, cooperation_id, for_update=for_update)  # type: ignore[arg-type]
        if not can_see(c, self.actor):
            raise NotFound(f"Cooperation {cooperation_id} does not exist or was deleted.")
        return c

    def _set_partners(
        self, s: object, cooperation: Cooperation, partners: list[CooperationPartnerDraft]
    ) -> None:
        for p in partners:
            if p.organisation_id is None and p.person_id is None:
                continue
            link = CooperationPartner(
                cooperation_id=cooperation.id,
                organisation_id=p.organisation_id,
                person_id=p.person_id,
                role=p.role.strip() or None,
                visibility=cooperation.visibility,
            )
            records.create(s, self.actor, link)  # type: ignore[arg-type]
