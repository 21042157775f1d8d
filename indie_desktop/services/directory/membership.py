"""A company's tenure in the network ('im Netzwerk', issue 24): interested, participating,
partner or left, each from a date on until the next change. The first goal after the funding
was to bring the companies on board: the figures count, per institution and period, how many
companies were in the network at its end and how many joined or left in it. The institution
that records a company's first step is the one that brought it in.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from indie_desktop.domain.enums import IN_NETWORK, MembershipStatus
from indie_desktop.domain.errors import ValidationError
from indie_desktop.domain.models import Institution, NetworkMembership, Organisation
from indie_desktop.services import records
from indie_desktop.services.context import Actor
from indie_desktop.services.visibility import visible_to
from indie_desktop.store.database import Database


@dataclass(frozen=True)
class MembershipStep:
    id: uuid.UUID
    status: MembershipStatus
    since: date
    until: date | None  # the day before the next step; None: still so
    institution: str  # who recorded it
    note: str


@dataclass(frozen=True)
class Tenure:
    """Where a company stands now, and its steps, oldest first."""

    status: MembershipStatus | None
    since: date | None  # in the current status since
    in_network_since: date | None  # first day of the current stretch in the network
    steps: tuple[MembershipStep, ...] = ()


@dataclass
class InstitutionTenure:
    institution: str
    in_network: int = 0  # at the period's end: participating or partner
    interested: int = 0  # at the period's end
    joined: int = 0  # became participating/partner in the period (from outside)
    left: int = 0  # left in the period


@dataclass
class TenureFigures:
    in_network: int = 0
    interested: int = 0
    joined: int = 0
    left: int = 0
    by_institution: list[InstitutionTenure] = field(default_factory=list)


class MembershipService:
    def __init__(self, db: Database, actor: Actor) -> None:
        self.db = db
        self.actor = actor

    def record(
        self,
        organisation_id: uuid.UUID,
        status: MembershipStatus,
        since: date | None,
        note: str = "",
    ) -> uuid.UUID:
        """A step: the company is `status` from `since` on. Refused: no date, a date in the
        future, a second step on the same day, or the status it already has then."""
        errors: dict[str, str] = {}
        if since is None:
            errors["since"] = "Enter the date"
        elif since > date.today():
            errors["since"] = "The date lies in the future"
        if len(note) > 300:
            errors["note"] = "At most 300 characters"
        if errors:
            raise ValidationError(errors)
        assert since is not None
        with self.db.session() as s:
            org = records.load(s, Organisation, organisation_id)
            steps = self._rows(s, organisation_id)
            if any(r.since == since for r in steps):
                raise ValidationError({"since": "There is already a step on this day"})
            before = [r for r in steps if r.since < since]
            if before and MembershipStatus(before[-1].status) == status:
                raise ValidationError({"status": "The company already has this status then"})
            row = NetworkMembership(
                organisation_id=organisation_id,
                status=status,
                since=since,
                note=note.strip() or None,
            )
            return records.create(s, self.actor, row, summary=f"{org.name}: {status.value}").id

    def remove(self, step_id: uuid.UUID) -> None:
        with self.db.session() as s:
            records.soft_delete(s, self.actor, records.load(s, NetworkMembership, step_id))

    def _rows(self, s: Session, organisation_id: uuid.UUID) -> list[NetworkMembership]:
        return list(
            s.scalars(
                select(NetworkMembership)
                .where(
                    NetworkMembership.organisation_id == organisation_id,
                    NetworkMembership.deleted_at.is_(None),
                    visible_to(NetworkMembership, self.actor),
                )
                .order_by(NetworkMembership.since, NetworkMembership.created_at)
            )
        )

    def tenure(self, organisation_id: uuid.UUID, today: date | None = None) -> Tenure:
        today = today or date.today()
        with self.db.session() as s:
            rows = self._rows(s, organisation_id)
            names: dict[uuid.UUID | None, str] = {
                iid: name
                for iid, name in s.execute(select(Institution.id, Institution.short_name)).all()
            }
        steps: list[MembershipStep] = []
        for i, r in enumerate(rows):
            nxt = rows[i + 1].since if i + 1 < len(rows) else None
            until = date.fromordinal(nxt.toordinal() - 1) if nxt else None
            steps.append(
                MembershipStep(
                    r.id,
                    MembershipStatus(r.status),
                    r.since,
                    until,
                    str(names.get(r.owner_institution_id, "")),
                    r.note or "",
                )
            )
        now = [st for st in steps if st.since <= today]
        if not now:
            return Tenure(None, None, None, tuple(steps))
        current = now[-1]
        stretch: date | None = None
        for st in now:
            if st.status in IN_NETWORK:
                stretch = stretch or st.since
            else:
                stretch = None
        return Tenure(current.status, current.since, stretch, tuple(steps))

    def figures(
        self, start: date, end: date, institution_id: uuid.UUID | None = None
    ) -> TenureFigures:
        """Companies in the network at `end`, interested at `end`, joined and left in
        start..end; per institution (the one that recorded the company's first step)."""
        with self.db.session() as s:
            rows = s.execute(
                select(
                    NetworkMembership.organisation_id,
                    NetworkMembership.status,
                    NetworkMembership.since,
                    NetworkMembership.owner_institution_id,
                )
                .join(Organisation, Organisation.id == NetworkMembership.organisation_id)
                .where(
                    NetworkMembership.deleted_at.is_(None),
                    Organisation.deleted_at.is_(None),
                    NetworkMembership.since <= end,
                    visible_to(NetworkMembership, self.actor),
                )
                .order_by(NetworkMembership.since, NetworkMembership.created_at)
            ).all()
            names: dict[uuid.UUID | None, str] = {
                iid: name
                for iid, name in s.execute(select(Institution.id, Institution.short_name)).all()
            }
        per_org: dict[uuid.UUID, list[tuple[MembershipStatus, date, uuid.UUID | None]]] = (
            defaultdict(list)
        )
        for oid, status, since, owner in rows:
            per_org[oid].append((MembershipStatus(status), since, owner))
        out = TenureFigures()
        groups: dict[uuid.UUID | None, InstitutionTenure] = {}
        for steps in per_org.values():
            first_owner = steps[0][2]
            if institution_id is not None and first_owner != institution_id:
                continue
            g = groups.setdefault(first_owner, InstitutionTenure(str(names.get(first_owner, "–"))))
            final = steps[-1][0]
            inside = False
            for status, since, _owner in steps:
                now_inside = status in IN_NETWORK
                if start <= since <= end:
                    if now_inside and not inside:
                        g.joined += 1
                    elif status == MembershipStatus.LEFT and inside:
                        g.left += 1
                inside = now_inside
            if final in IN_NETWORK:
                g.in_network += 1
            elif final == MembershipStatus.INTERESTED:
                g.interested += 1
        out.by_institution = sorted(
            groups.values(), key=lambda g: (-g.in_network, -g.joined, g.institution)
        )
        for g in out.by_institution:
            out.in_network += g.in_network
            out.interested += g.interested
            out.joined += g.joined
            out.left += g.left
        return out
