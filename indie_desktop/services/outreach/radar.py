"""Bedarfsradar (issue 24): the network's open needs carried to a university.

Per university (or its transfer office) a digest of the open needs that fit its units: a need
fits a unit when the unit offers one of the need's technology terms (domain/terms.py, the same
matching as the partner suggestions). The company is named only if one of its people gave the
consent 'Company named to universities'; otherwise the digest says 'a company from Hagen (WZ
25.62)'. Carrying the digest records each need as carried; the university's answer per need is
recorded (interesting / unit named / declined / no answer), and a unit named becomes a referral
to that unit.
"""

from __future__ import annotations

import calendar
import uuid
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import func, select

from indie_desktop.domain.enums import (
    CarriedAnswer,
    ConsentScope,
    NeedStatus,
    OrganisationKind,
    ReferralStage,
)
from indie_desktop.domain.errors import ValidationError
from indie_desktop.domain.models import (
    Affiliation,
    Consent,
    Cooperation,
    Need,
    NeedCarried,
    Organisation,
    RadarSchedule,
    Referral,
)
from indie_desktop.domain.outreach import Digest, DigestItem, FittingUnit
from indie_desktop.domain.terms import NARROWER
from indie_desktop.domain.text import search_fold
from indie_desktop.domain.wz import wz_title
from indie_desktop.services import records
from indie_desktop.services.context import Actor
from indie_desktop.services.visibility import visible_to
from indie_desktop.services.work.referrals import PartnerChoice, ReferralDraft, ReferralService
from indie_desktop.services.work.suggestions import ACADEMIC, wanted_kinds
from indie_desktop.services.work.vocabulary import current_vocabulary
from indie_desktop.store.database import Database

OPEN = (NeedStatus.OPEN, NeedStatus.IN_REFERRAL)


@dataclass(frozen=True)
class CarriedRow:
    id: uuid.UUID
    need_id: uuid.UUID
    topic: str
    carried_on: date
    answer: CarriedAnswer
    unit: str
    referral_id: uuid.UUID | None


@dataclass(frozen=True)
class RadarFigures:
    """For the dashboard: needs carried to universities and what became of them."""

    carried: int
    answered: int
    referred: int  # a unit took it up: referral
    cooperations: int  # of those referrals, how many ended in a cooperation
    by_answer: dict[CarriedAnswer, int] = field(default_factory=dict)


@dataclass(frozen=True)
class Schedule:
    """When a university's digest is due: every `every_months` months, next on `next_due`."""

    id: uuid.UUID
    university_id: uuid.UUID
    university: str
    every_months: int
    next_due: date


SCHEDULE_MONTHS = (1, 2, 3, 6, 12)


def add_months(day: date, months: int) -> date:
    """The same day `months` later, the month's last day where it is shorter (31.01. -> 28.02.)."""
    month0 = day.month - 1 + months
    year, month = day.year + month0 // 12, month0 % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


class RadarService:
    def __init__(self, db: Database, actor: Actor, referrals: ReferralService) -> None:
        self.db = db
        self.actor = actor
        self.referrals = referrals

    def universities(self) -> list[tuple[uuid.UUID, str]]:
        """Universities and research institutes a digest can go to (not their units)."""
        with self.db.session() as s:
            rows = s.execute(
                select(Organisation.id, Organisation.name)
                .where(
                    Organisation.kind.in_(
                        [OrganisationKind.UNIVERSITY, OrganisationKind.RESEARCH_INSTITUTE]
                    ),
                    Organisation.parent_id.is_(None),
                    Organisation.deleted_at.is_(None),
                    visible_to(Organisation, self.actor),
                )
                .order_by(Organisation.sort_name)
            ).all()
        return [(r[0], r[1]) for r in rows]

    def units(self, university_id: uuid.UUID) -> list[tuple[uuid.UUID, str]]:
        """The university's units (a named unit is chosen among them), or itself."""
        with self.db.session() as s:
            rows = s.execute(
                select(Organisation.id, Organisation.name)
                .where(
                    Organisation.parent_id == university_id,
                    Organisation.deleted_at.is_(None),
                    visible_to(Organisation, self.actor),
                )
                .order_by(Organisation.sort_name)
            ).all()
            uni = records.load(s, Organisation, university_id)
            return [(r[0], r[1]) for r in rows] or [(uni.id, uni.name)]

    def digest(
        self,
        university_id: uuid.UUID,
        today: date | None = None,
        found_since: date | None = None,
        topic: str = "",
    ) -> Digest:
        """The open needs fitting the university's units (or itself, without units); only
        needs found since `found_since` and, with `topic`, naming one of its terms (or, if
        it names none of the vocabulary's, containing its words)."""
        with self.db.session() as s:
            vocab = current_vocabulary(s, self.actor)
            uni = records.load(s, Organisation, university_id)
            units: list[tuple[uuid.UUID, str, str | None]] = [
                (r[0], r[1], r[2])
                for r in s.execute(
                    select(Organisation.id, Organisation.name, Organisation.competences).where(
                        Organisation.parent_id == university_id,
                        Organisation.deleted_at.is_(None),
                        visible_to(Organisation, self.actor),
                    )
                ).all()
            ]
            if not units:
                units = [(uni.id, uni.name, uni.competences)]
            needs = s.execute(
                select(
                    Need.id,
                    Need.topic,
                    Need.wanted_competence,
                    Need.found_on,
                    Need.organisation_id,
                    Organisation.name,
                    Organisation.municipality,
                    Organisation.wz_code,
                    Need.sought_partner,
                    Need.wanted_wz_code,
                )
                .join(Organisation, Organisation.id == Need.organisation_id)
                .where(
                    Need.status.in_(OPEN),
                    Need.deleted_at.is_(None),
                    visible_to(Need, self.actor),
                )
                .order_by(Need.found_on.desc(), Need.id)
            ).all()
            consenting = self._consenting(s, {n[4] for n in needs})
        offered = [(uid, name, vocab.analyse(comp)) for uid, name, comp in units]
        chosen = vocab.analyse(topic) if topic.strip() else None
        folded = search_fold(topic.strip())
        items: list[DigestItem] = []
        for nid, title, competence, found_on, org_id, name, town, wz, sought, sought_wz in needs:
            if found_since is not None and (found_on is None or found_on < found_since):
                continue
            kinds = wanted_kinds(title, competence, sought_wz, sought)
            if kinds and not kinds & ACADEMIC:
                continue  # it seeks a supplier or a service provider, not a university
            wanted = vocab.analyse(f"{title}\n{competence or ''}")
            if folded and not (
                # the chosen term or a narrower one ('Lasersintern' for 'Additive Fertigung')
                any(m.quality >= NARROWER for m in vocab.matches(chosen, wanted))
                if chosen is not None and chosen.concepts
                else folded in search_fold(f"{title} {competence or ''}")
            ):
                continue
            fitting = []
            for uid, uname, analysis in offered:
                matches = vocab.matches(wanted, analysis)
                if matches:
                    fitting.append(FittingUnit(uid, uname, tuple(m.reason for m in matches)))
            if not fitting:
                continue
            named = org_id in consenting
            items.append(
                DigestItem(
                    nid,
                    title,
                    competence or "",
                    name if named else anonymous(town, wz),
                    named,
                    found_on,
                    tuple(fitting),
                )
            )
        return Digest(university_id, uni.name, today or date.today(), tuple(items))

    def _consenting(self, s: object, org_ids: set[uuid.UUID]) -> set[uuid.UUID]:
        """Organisations one of whose current people agreed to the company being named."""
        if not org_ids:
            return set()
        rows = s.execute(  # type: ignore[attr-defined]
            select(Affiliation.organisation_id)
            .join(Consent, Consent.person_id == Affiliation.person_id)
            .where(
                Affiliation.organisation_id.in_(sorted(org_ids)),
                Affiliation.deleted_at.is_(None),
                Affiliation.until.is_(None),
                Consent.scope == ConsentScope.NAMED_TO_UNIVERSITIES,
                Consent.deleted_at.is_(None),
                Consent.withdrawn_on.is_(None),
            )
        ).all()
        return {r[0] for r in rows}

    def carry(self, digest: Digest, on: date | None = None) -> list[uuid.UUID]:
        """Record the digest's needs as carried to the university (once per need)."""
        day = on or digest.made_on
        ids: list[uuid.UUID] = []
        with self.db.session() as s:
            already = set(
                s.scalars(
                    select(NeedCarried.need_id).where(
                        NeedCarried.university_id == digest.university_id,
                        NeedCarried.deleted_at.is_(None),
                    )
                )
            )
            for item in digest.items:
                if item.need_id in already:
                    continue
                row = NeedCarried(
                    need_id=item.need_id,
                    university_id=digest.university_id,
                    carried_on=day,
                    named=item.named,
                    answer=CarriedAnswer.PENDING,
                )
                ids.append(records.create(s, self.actor, row, summary=item.topic).id)
            for plan in s.scalars(
                select(RadarSchedule).where(
                    RadarSchedule.university_id == digest.university_id,
                    RadarSchedule.deleted_at.is_(None),
                    visible_to(RadarSchedule, self.actor),
                )
            ):
                due = plan.next_due
                while due <= day:  # carried: the next digest is due a period later
                    due = add_months(due, plan.every_months)
                if due != plan.next_due:
                    records.apply_changes(s, self.actor, plan, {"next_due": due})
            records.flush(s)
        return ids

    # --- schedule ------------------------------------------------------------------------

    def schedule(self, university_id: uuid.UUID) -> Schedule | None:
        return next((x for x in self.schedules() if x.university_id == university_id), None)

    def schedules(self) -> list[Schedule]:
        """Every digest schedule the user may see, the next due first."""
        with self.db.session() as s:
            rows = s.execute(
                select(RadarSchedule, Organisation.name)
                .join(Organisation, Organisation.id == RadarSchedule.university_id)
                .where(
                    RadarSchedule.deleted_at.is_(None),
                    Organisation.deleted_at.is_(None),
                    visible_to(RadarSchedule, self.actor),
                )
                .order_by(RadarSchedule.next_due, Organisation.sort_name)
            ).all()
            return [
                Schedule(r.id, r.university_id, name, r.every_months, r.next_due)
                for r, name in rows
            ]

    def due(self, today: date | None = None) -> list[Schedule]:
        """The digests due by `today` (the dashboard's reminder)."""
        day = today or date.today()
        return [x for x in self.schedules() if x.next_due <= day]

    def set_schedule(
        self, university_id: uuid.UUID, every_months: int | None, next_due: date | None = None
    ) -> None:
        """Send the university's digest every `every_months` months from `next_due` on (None:
        no schedule any more)."""
        if every_months is not None and every_months not in SCHEDULE_MONTHS:
            raise ValidationError({"every_months": "Choose 1, 2, 3, 6 or 12 months"})
        if every_months is not None and next_due is None:
            raise ValidationError({"next_due": "Enter when the next digest is due"})
        with self.db.session() as s:
            records.load(s, Organisation, university_id)
            existing = s.scalars(
                select(RadarSchedule).where(
                    RadarSchedule.university_id == university_id,
                    RadarSchedule.deleted_at.is_(None),
                    visible_to(RadarSchedule, self.actor),
                )
            ).first()
            if every_months is None:
                if existing is not None:
                    records.soft_delete(s, self.actor, existing)
                return
            values = {"every_months": every_months, "next_due": next_due}
            if existing is None:
                records.create(s, self.actor, RadarSchedule(university_id=university_id, **values))
            else:
                records.apply_changes(s, self.actor, existing, values)
                records.flush(s)

    def carried(self, university_id: uuid.UUID) -> list[CarriedRow]:
        with self.db.session() as s:
            unit = Organisation
            rows = s.execute(
                select(NeedCarried, Need.topic, unit.name)
                .join(Need, Need.id == NeedCarried.need_id)
                .outerjoin(unit, unit.id == NeedCarried.unit_id)
                .where(
                    NeedCarried.university_id == university_id,
                    NeedCarried.deleted_at.is_(None),
                    visible_to(NeedCarried, self.actor),
                )
                .order_by(NeedCarried.carried_on.desc(), Need.topic)
            ).all()
            return [
                CarriedRow(
                    c.id,
                    c.need_id,
                    topic,
                    c.carried_on,
                    CarriedAnswer(c.answer),
                    unit_name or "",
                    c.referral_id,
                )
                for c, topic, unit_name in rows
            ]

    def record_answer(
        self,
        carried_id: uuid.UUID,
        answer: CarriedAnswer,
        unit_id: uuid.UUID | None = None,
        on: date | None = None,
        note: str = "",
    ) -> uuid.UUID | None:
        """The university's answer; 'unit named' refers the need to that unit (returns the
        referral's id). Refused: a unit named without a unit."""
        if answer == CarriedAnswer.UNIT_NAMED and unit_id is None:
            raise ValidationError({"unit_id": "Name the unit that takes the need up"})
        day = on or date.today()
        with self.db.session() as s:
            row = records.load(s, NeedCarried, carried_id)
            need_id = row.need_id
        referral_id: uuid.UUID | None = None
        if answer == CarriedAnswer.UNIT_NAMED and unit_id is not None:
            draft = ReferralDraft(
                need_id,
                [PartnerChoice(organisation_id=unit_id)],
                referred_on=day,
                note=note or "Über den Bedarfsradar an die Hochschule getragen",
            )
            (referral_id,) = self.referrals.create(draft)
        with self.db.session() as s:
            row = records.load(s, NeedCarried, carried_id)
            row.answer = answer
            row.answered_on = day
            row.unit_id = unit_id
            row.referral_id = referral_id
            row.note = note.strip() or None
            records.flush(s)
        return referral_id

    def figures(
        self, start: date, end: date, institution_id: uuid.UUID | None = None
    ) -> RadarFigures:
        """Needs carried in the period (by one institution's staff), their answers, referrals
        and cooperations."""
        with self.db.session() as s:
            in_period: tuple[Any, ...] = (
                NeedCarried.deleted_at.is_(None),
                NeedCarried.carried_on >= start,
                NeedCarried.carried_on <= end,
                visible_to(NeedCarried, self.actor),
            )
            if institution_id is not None:
                in_period += (NeedCarried.owner_institution_id == institution_id,)
            by_answer = {
                CarriedAnswer(a): int(n)
                for a, n in s.execute(
                    select(NeedCarried.answer, func.count())
                    .where(*in_period)
                    .group_by(NeedCarried.answer)
                ).all()
            }
            cooperations = int(
                s.scalar(
                    select(func.count(func.distinct(Referral.id)))
                    .join(NeedCarried, NeedCarried.referral_id == Referral.id)
                    .where(
                        *in_period,
                        (Referral.stage == ReferralStage.COOPERATION_AGREED)
                        | Referral.id.in_(select(Cooperation.referral_id)),
                    )
                )
                or 0
            )
        carried = sum(by_answer.values())
        pending = by_answer.get(CarriedAnswer.PENDING, 0)
        return RadarFigures(
            carried=carried,
            answered=carried - pending,
            referred=by_answer.get(CarriedAnswer.UNIT_NAMED, 0),
            cooperations=cooperations,
            by_answer=by_answer,
        )


def anonymous(town: str | None, wz: str | None) -> str:
    """'Unternehmen aus Hagen (WZ 25.62.0 Mechanik a. n. g.)' for a company not to be named."""
    where = f" aus {town}" if town else ""
    sector = ""
    if wz:
        title = wz_title(wz) or ""
        sector = f" (WZ {wz} {title})".replace(" )", ")")
    return f"Unternehmen{where}{sector}"
