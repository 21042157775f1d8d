"""Activities (visits, calls, meetings, ...) with their report: recording, editing, listing.

`record_visit` stores the activity, its participants, the needs found (as Need records) and the
agreed next steps (as Task records) in one transaction: all of it or nothing.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy import ColumnElement, and_, exists, func, or_, select
from sqlalchemy.orm import Session

from indie_desktop.domain import name_rank
from indie_desktop.domain import validation as v
from indie_desktop.domain.enums import ActivityKind, Visibility
from indie_desktop.domain.errors import NotFound
from indie_desktop.domain.formatting import local_to_utc, to_berlin
from indie_desktop.domain.models import (
    Activity,
    ActivityOrganisation,
    ActivityPerson,
    ActivityStaff,
    Affiliation,
    Need,
    Organisation,
    Person,
    Staff,
    Task,
)
from indie_desktop.services import listing, records
from indie_desktop.services.context import Actor
from indie_desktop.services.fields import FieldCollector
from indie_desktop.services.search import text_filter
from indie_desktop.services.visibility import visible_to
from indie_desktop.services.work import visit_parts
from indie_desktop.services.work.visit_parts import NeedFound, NextStep, PersonMet
from indie_desktop.store.database import Database

# Contacts with a company: without the company the record says nothing.
NEEDS_ORGANISATION = (
    ActivityKind.COMPANY_VISIT,
    ActivityKind.CALL,
    ActivityKind.EMAIL,
    ActivityKind.MEETING,
)
NO_ORGANISATION = "Choose the organisation this was with"


# People a picker ranks (by name in the database, then the visited firms' people first).
_PEOPLE_CANDIDATES = 200


@dataclass
class VisitDraft:
    kind: ActivityKind = ActivityKind.COMPANY_VISIT
    date: str = ""  # DD.MM.YYYY, Berlin
    time: str = ""  # HH:MM, Berlin
    place: str = ""
    subject: str = ""
    situation: str = ""
    report: str = ""
    staff_ids: list[uuid.UUID] = field(default_factory=list)
    organisation_ids: list[uuid.UUID] = field(default_factory=list)
    organisation_labels: list[str] = field(default_factory=list)  # shown only
    people: list[PersonMet] = field(default_factory=list)
    needs: list[NeedFound] = field(default_factory=list)
    next_steps: list[NextStep] = field(default_factory=list)
    visibility: Visibility = Visibility.NETWORK


@dataclass(frozen=True)
class ActivityRow:
    id: uuid.UUID
    occurred_at: datetime
    kind: ActivityKind
    subject: str
    organisation: str
    place: str


@dataclass(frozen=True)
class ActivityDetail:
    id: uuid.UUID
    version: int
    draft: VisitDraft
    occurred_at: datetime
    staff_names: list[str]


def now_fields() -> tuple[str, str]:
    """Today's date and the current time in Berlin, as a new visit form shows them."""
    now = to_berlin(datetime.now().astimezone())
    return now.strftime("%d.%m.%Y"), now.strftime("%H:%M")


def parse_time(text: str) -> tuple[int, int]:
    """'14:05', '14.05', '1405', '9' -> (hour, minute)."""
    t = text.strip().replace(".", ":")
    if not t:
        raise v.FieldError("Required")
    if ":" in t:
        h, _, m = t.partition(":")
    elif len(t) in (3, 4):
        h, m = t[:-2], t[-2:]
    else:
        h, m = t, "0"
    if not (h.isdigit() and m.isdigit()) or not (0 <= int(h) < 24 and 0 <= int(m) < 60):
        raise v.FieldError("Enter a time as HH:MM")
    return int(h), int(m)


def _values(draft: VisitDraft) -> dict[str, object]:
    c = FieldCollector()
    day = c.take("date", v.parse_date_de, draft.date)
    if day is None and "date" not in c.errors:
        c.fail("date", "Required")
    hm = c.take("time", parse_time, draft.time)
    c.take("place", v.optional_text, draft.place, 200)
    c.take("subject", v.require_text, draft.subject, 300)
    c.take("situation", v.optional_text, draft.situation, 100_000)
    c.take("report", v.optional_text, draft.report, 100_000)
    kind = ActivityKind(draft.kind)
    if kind in NEEDS_ORGANISATION and not draft.organisation_ids:
        c.fail("organisations", NO_ORGANISATION)
    if draft.needs and not draft.organisation_ids:
        c.fail("organisations", NO_ORGANISATION)
    visit_parts.check_parts(c, draft.people, draft.needs, draft.next_steps)
    c.raise_if_any()
    assert day is not None and hm is not None
    needs_text, steps_text = visit_parts.summary_lines(draft.needs, draft.next_steps)
    return {
        "kind": kind,
        "occurred_at": local_to_utc(datetime(day.year, day.month, day.day, hm[0], hm[1])),
        "place": c.values["place"],
        "subject": c.values["subject"],
        "situation": c.values["situation"],
        "report": c.values["report"],
        "needs_found": needs_text,
        "next_steps": steps_text,
        "visibility": Visibility(draft.visibility).value,
    }


class ActivityService:
    def __init__(self, db: Database, actor: Actor) -> None:
        self.db = db
        self.actor = actor

    # --- recording ---------------------------------------------------------------------------

    def new_draft(self, organisation_id: uuid.UUID | None = None) -> VisitDraft:
        """A fresh visit form: now, the user present, the organisation it was started from."""
        day, time = now_fields()
        draft = VisitDraft(date=day, time=time)
        if self.actor.staff_id is not None:
            draft.staff_ids = [self.actor.staff_id]
        if organisation_id is not None:
            with self.db.session() as s:
                org = records.load(s, Organisation, organisation_id)
                draft.organisation_ids = [org.id]
                draft.organisation_labels = [org.name]
        return draft

    def record_visit(self, draft: VisitDraft) -> uuid.UUID:
        """Store a new activity with its participants, needs (Need) and next steps (Task)."""
        values = _values(draft)
        with self.db.session() as s:
            activity = records.create(s, self.actor, Activity(**values), str(values["subject"]))
            self._save_parts(s, activity, draft)
            return activity.id

    create = record_visit

    def update(self, activity_id: uuid.UUID, draft: VisitDraft, expected_version: int) -> int:
        values = _values(draft)
        with self.db.session() as s:
            activity = records.load(s, Activity, activity_id, for_update=True)
            records.check_version(activity, expected_version)
            records.apply_changes(s, self.actor, activity, values)
            self._save_parts(s, activity, draft)
            return activity.version

    def _save_parts(self, s: Session, activity: Activity, draft: VisitDraft) -> None:
        visit_parts.save_links(
            s, self.actor, activity, draft.staff_ids, draft.organisation_ids, draft.people
        )
        if draft.organisation_ids:
            visit_parts.save_needs(s, self.actor, activity, draft.organisation_ids[0], draft.needs)
        visit_parts.save_steps(s, self.actor, activity, draft.next_steps)

    def delete(self, activity_id: uuid.UUID) -> None:
        """Soft delete; the needs and tasks that came out of it stay (they may be in referral)."""
        with self.db.session() as s:
            records.soft_delete(s, self.actor, records.load(s, Activity, activity_id))

    def restore(self, activity_id: uuid.UUID) -> None:
        with self.db.session() as s:
            records.restore(s, self.actor, Activity, activity_id)

    # --- reading -----------------------------------------------------------------------------

    def detail(self, activity_id: uuid.UUID) -> ActivityDetail:
        with self.db.session() as s:
            a = self._load_visible(s, activity_id)
            orgs = s.execute(
                select(Organisation.id, Organisation.name)
                .join(ActivityOrganisation, ActivityOrganisation.organisation_id == Organisation.id)
                .where(ActivityOrganisation.activity_id == a.id, _live(ActivityOrganisation))
            ).all()
            people = s.execute(
                select(Person)
                .join(ActivityPerson, ActivityPerson.person_id == Person.id)
                .where(ActivityPerson.activity_id == a.id, _live(ActivityPerson))
                .order_by(Person.sort_name)
            ).scalars()
            staff_ids = s.scalars(
                select(ActivityStaff.staff_id).where(
                    ActivityStaff.activity_id == a.id, _live(ActivityStaff)
                )
            ).all()
            staff_names = [
                st.full_name for st in s.scalars(select(Staff).where(Staff.id.in_(staff_ids))).all()
            ]
            needs = s.scalars(
                select(Need)
                .where(Need.found_in_activity_id == a.id, _live(Need))
                .order_by(Need.created_at, Need.id)
            ).all()
            tasks = s.scalars(
                select(Task)
                .where(Task.linked_type == "activity", Task.linked_id == a.id, _live(Task))
                .order_by(Task.created_at, Task.id)
            ).all()
            local = to_berlin(a.occurred_at)
            draft = VisitDraft(
                kind=a.kind,
                date=local.strftime("%d.%m.%Y"),
                time=local.strftime("%H:%M"),
                place=a.place or "",
                subject=a.subject,
                situation=a.situation or "",
                report=a.report or "",
                staff_ids=list(staff_ids),
                organisation_ids=[o[0] for o in orgs],
                organisation_labels=[o[1] for o in orgs],
                people=[PersonMet(p.id, p.first_name, p.last_name, p.full_name) for p in people],
                needs=[
                    NeedFound(
                        n.topic,
                        n.description or "",
                        n.wanted_competence or "",
                        n.wanted_wz_code or "",
                        n.urgency,
                        n.id,
                    )
                    for n in needs
                ],
                next_steps=[
                    NextStep(
                        t.title,
                        t.due_on.strftime("%d.%m.%Y") if t.due_on else "",
                        t.assignee_id,
                        t.id,
                    )
                    for t in tasks
                ],
                visibility=Visibility(a.visibility),
            )
            return ActivityDetail(a.id, a.version, draft, a.occurred_at, staff_names)

    def _load_visible(self, s: Session, activity_id: uuid.UUID) -> Activity:
        a = records.load(s, Activity, activity_id)
        if s.scalar(select(visible_to(Activity, self.actor)).where(Activity.id == a.id)) is False:
            raise NotFound("This activity is private to another institution.")
        return a

    def people_choices(
        self, text: str, limit: int = 30, organisations: Sequence[uuid.UUID] = ()
    ) -> list[tuple[uuid.UUID, str]]:
        """People whose name matches, for the 'people met' picker: (id, 'First Last (Firm)'),
        the firm telling two of the same name apart. People of `organisations` (the ones
        visited) come first, then the best match of the name."""
        condition = listing.text_condition(Person.search_key, text)
        stmt = select(Person).where(_live(Person), visible_to(Person, self.actor))
        if condition is not None:
            stmt = stmt.where(condition)
        visited = set(organisations)
        with self.db.session() as s:
            people = s.scalars(
                stmt.order_by(Person.sort_name, Person.id).limit(_PEOPLE_CANDIDATES)
            ).all()
            firms: dict[uuid.UUID, list[tuple[uuid.UUID, str]]] = {}
            for person_id, organisation_id, name in s.execute(
                select(Affiliation.person_id, Organisation.id, Organisation.name)
                .join(Organisation, Organisation.id == Affiliation.organisation_id)
                .where(
                    Affiliation.person_id.in_([p.id for p in people]),
                    _live(Affiliation),
                    _live(Organisation),
                    visible_to(Organisation, self.actor),
                    or_(Affiliation.until.is_(None), Affiliation.until >= date.today()),
                )
                .order_by(Affiliation.is_primary.desc(), Organisation.sort_name)
            ):
                firms.setdefault(person_id, []).append((organisation_id, name))

        def at_visited(p: Person) -> bool:
            return any(oid in visited for oid, _name in firms.get(p.id, ()))

        ranked = sorted(
            name_rank.rank(text, list(people), lambda p: p.full_name),
            key=lambda p: not at_visited(p),
        )[:limit]

        def label(p: Person) -> str:
            names = [n for oid, n in firms.get(p.id, ()) if oid in visited] or [
                n for _oid, n in firms.get(p.id, ())
            ]
            return f"{p.full_name} ({names[0]})" if names else p.full_name

        return [(p.id, label(p)) for p in ranked]

    # --- the list ----------------------------------------------------------------------------

    def _conditions(self, query: listing.ListQuery) -> list[ColumnElement[bool]]:
        conditions: list[ColumnElement[bool]] = [
            Activity.deleted_at.is_(None),
            visible_to(Activity, self.actor),
        ]
        kinds = query.filter_value("kinds")
        if kinds:
            conditions.append(Activity.kind.in_(list(kinds)))
        # Every word in the activity's texts or in the name of one of its firms.
        sqlite = self.db.is_sqlite
        for word in text_filter.words_of(query.text):
            own = text_filter.word_conditions(
                "activity",
                word,
                sqlite=sqlite,
                fallback=lambda w: listing.like_word(func.lower(Activity.subject), w),
            )
            firm = text_filter.word_conditions(
                "organisation",
                word,
                sqlite=sqlite,
                fallback=lambda w: listing.like_word(Organisation.search_key, w),
            )
            conditions.append(
                or_(
                    and_(*own),
                    exists().where(
                        ActivityOrganisation.activity_id == Activity.id,
                        _live(ActivityOrganisation),
                        Organisation.id == ActivityOrganisation.organisation_id,
                        *firm,
                    ),
                )
            )
        return conditions

    def _list_stmt(self, query: listing.ListQuery) -> listing.AnySelect:
        first_org = (
            select(Organisation.name)
            .join(ActivityOrganisation, ActivityOrganisation.organisation_id == Organisation.id)
            .where(ActivityOrganisation.activity_id == Activity.id, _live(ActivityOrganisation))
            .order_by(ActivityOrganisation.id)
            .limit(1)
            .correlate(Activity)
            .scalar_subquery()
        )
        stmt = select(
            Activity.id,
            Activity.occurred_at,
            Activity.kind,
            Activity.subject,
            first_org,
            Activity.place,
        ).where(*self._conditions(query))
        columns = {
            "occurred_at": Activity.occurred_at,
            "kind": Activity.kind,
            "subject": Activity.subject,
            "organisation": first_org,
            "place": Activity.place,
        }
        return listing.ordered(stmt, query, columns, Activity.id)

    def count(self, query: listing.ListQuery) -> int:
        stmt = select(func.count()).select_from(Activity).where(*self._conditions(query))
        with self.db.session() as s:
            return int(s.scalar(stmt) or 0)

    def page(
        self, query: listing.ListQuery, offset: int, limit: int, after: uuid.UUID | None = None
    ) -> list[ActivityRow]:
        stmt = self._list_stmt(query)
        keyset = (
            listing.after_row(stmt, query, {"occurred_at": Activity.occurred_at}, Activity, after)
            if after
            else None
        )
        with self.db.session() as s:
            return [
                ActivityRow(r[0], r[1], r[2], r[3], r[4] or "", r[5] or "")
                for r in listing.page(s, stmt, offset, limit, keyset)
            ]


def _live(model: object) -> ColumnElement[bool]:
    return and_(model.deleted_at.is_(None))  # type: ignore[attr-defined]
