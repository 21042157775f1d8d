"""The parts of a visit report beyond the activity itself: who took part, which needs were
found and which next steps were agreed. Drafts as a form holds them, and how they are saved."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date
from typing import TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from indie_desktop.domain import validation as v
from indie_desktop.domain.enums import Urgency
from indie_desktop.domain.models import (
    Activity,
    ActivityOrganisation,
    ActivityPerson,
    ActivityStaff,
    Affiliation,
    Need,
    Person,
    Task,
)
from indie_desktop.domain.record_keys import person_keys
from indie_desktop.services import records
from indie_desktop.services.context import Actor
from indie_desktop.services.fields import FieldCollector


@dataclass
class PersonMet:
    """A person met: an existing one (person_id) or one created with the visit (names)."""

    person_id: uuid.UUID | None = None
    first_name: str = ""
    last_name: str = ""
    label: str = ""  # shown only


@dataclass
class NeedFound:
    topic: str = ""
    description: str = ""
    wanted_competence: str = ""
    wanted_wz_code: str = ""
    urgency: Urgency = Urgency.NORMAL
    id: uuid.UUID | None = None  # None: a new need


@dataclass
class NextStep:
    title: str = ""
    due_on: str = ""  # as typed, DD.MM.YYYY
    assignee_id: uuid.UUID | None = None
    id: uuid.UUID | None = None  # None: a new task


def check_parts(
    c: FieldCollector, people: list[PersonMet], needs: list[NeedFound], steps: list[NextStep]
) -> None:
    """Field messages for the rows: 'needs.1.topic', 'next_steps.0.due_on', ..."""
    for i, p in enumerate(people):
        if p.person_id is None:
            c.take(f"people.{i}.last_name", v.require_text, p.last_name, 100)
            c.take(f"people.{i}.first_name", v.optional_text, p.first_name, 100)
    for i, n in enumerate(needs):
        c.take(f"needs.{i}.topic", v.require_text, n.topic, 300)
        c.take(f"needs.{i}.description", v.optional_text, n.description, 100_000)
        c.take(f"needs.{i}.wanted_competence", v.optional_text, n.wanted_competence, 300)
        c.take(f"needs.{i}.wanted_wz_code", v.normalize_wz_code, n.wanted_wz_code)
    for i, t in enumerate(steps):
        c.take(f"next_steps.{i}.title", v.require_text, t.title, 300)
        c.take(f"next_steps.{i}.due_on", v.parse_date_de, t.due_on)


# A link table between a visit and its staff, organisations or people.
_Link = TypeVar("_Link", ActivityStaff, ActivityOrganisation, ActivityPerson)


def save_links(
    s: Session,
    actor: Actor,
    activity: Activity,
    staff_ids: list[uuid.UUID],
    organisation_ids: list[uuid.UUID],
    people: list[PersonMet],
) -> None:
    """Reconcile the activity's staff, organisations and people with the form's lists."""
    person_ids = [
        p.person_id or _new_person(s, actor, activity, p, organisation_ids) for p in people
    ]
    _save_link_kind(s, actor, activity, ActivityStaff, "staff_id", staff_ids)
    _save_link_kind(s, actor, activity, ActivityOrganisation, "organisation_id", organisation_ids)
    _save_link_kind(s, actor, activity, ActivityPerson, "person_id", person_ids)


def _save_link_kind(
    s: Session,
    actor: Actor,
    activity: Activity,
    model: type[_Link],
    column: str,
    wanted: list[uuid.UUID],
) -> None:
    """Reconcile one link table of the activity with the form's list of targets."""
    existing = s.scalars(
        select(model).where(model.activity_id == activity.id, model.deleted_at.is_(None))
    ).all()
    have = {getattr(link, column): link for link in existing}
    for target in dict.fromkeys(wanted):
        if target not in have:
            records.create(s, actor, model(activity_id=activity.id, **{column: target}))
    for target, link in have.items():
        if target not in wanted:
            records.soft_delete(s, actor, link)


def _new_person(
    s: Session, actor: Actor, activity: Activity, p: PersonMet, organisation_ids: list[uuid.UUID]
) -> uuid.UUID:
    """A person met for the first time, working at the visited organisation."""
    last = v.require_text(p.last_name, 100)
    first = v.optional_text(p.first_name, 100) or ""
    person = Person(
        first_name=first,
        last_name=last,
        **person_keys(first, last),
        data_source="visit",
        visibility=activity.visibility,
    )
    records.create(s, actor, person, summary=last)
    if organisation_ids:
        records.create(
            s,
            actor,
            Affiliation(person_id=person.id, organisation_id=organisation_ids[0], is_primary=True),
        )
    return person.id


def save_needs(
    s: Session, actor: Actor, activity: Activity, organisation_id: uuid.UUID, needs: list[NeedFound]
) -> None:
    """Each need found becomes a Need of the (first) organisation, found in this activity."""
    existing = {
        n.id: n
        for n in s.scalars(
            select(Need).where(Need.found_in_activity_id == activity.id, Need.deleted_at.is_(None))
        )
    }
    kept: set[uuid.UUID] = set()
    for draft in needs:
        values = {
            "topic": v.require_text(draft.topic, 300),
            "description": v.optional_text(draft.description, 100_000),
            "wanted_competence": v.optional_text(draft.wanted_competence, 300),
            "wanted_wz_code": v.normalize_wz_code(draft.wanted_wz_code),
            "urgency": Urgency(draft.urgency),
            "visibility": activity.visibility,
        }
        if draft.id is not None and draft.id in existing:
            kept.add(draft.id)
            records.apply_changes(s, actor, existing[draft.id], values)
        else:
            need = Need(organisation_id=organisation_id, found_in_activity_id=activity.id, **values)
            records.create(s, actor, need, summary=str(values["topic"]))
    for need_id, need in existing.items():
        if need_id not in kept:
            records.soft_delete(s, actor, need)


def save_steps(s: Session, actor: Actor, activity: Activity, steps: list[NextStep]) -> None:
    """Each agreed next step becomes a Task linked to the activity."""
    existing = {
        t.id: t
        for t in s.scalars(
            select(Task).where(
                Task.linked_type == "activity",
                Task.linked_id == activity.id,
                Task.deleted_at.is_(None),
            )
        )
    }
    kept: set[uuid.UUID] = set()
    for draft in steps:
        due: date | None = v.parse_date_de(draft.due_on)
        values = {
            "title": v.require_text(draft.title, 300),
            "due_on": due,
            "assignee_id": draft.assignee_id,
            "visibility": activity.visibility,
        }
        if draft.id is not None and draft.id in existing:
            kept.add(draft.id)
            records.apply_changes(s, actor, existing[draft.id], values)
        else:
            task = Task(linked_type="activity", linked_id=activity.id, **values)
            records.create(s, actor, task, summary=str(values["title"]))
    for task_id, task in existing.items():
        if task_id not in kept:
            records.soft_delete(s, actor, task)


def summary_lines(needs: list[NeedFound], steps: list[NextStep]) -> tuple[str | None, str | None]:
    """The report's 'needs found' and 'next steps' as text (for printouts and the detail)."""
    need_text = "\n".join(
        f"- {n.topic.strip()}" + (f": {n.description.strip()}" if n.description.strip() else "")
        for n in needs
    )
    step_text = "\n".join(
        f"- {t.title.strip()}" + (f" ({t.due_on.strip()})" if t.due_on.strip() else "")
        for t in steps
    )
    return need_text or None, step_text or None
