"""Follow-up tasks: what is due today, overdue, this week, mine; marking done; editing."""

from __future__ import annotations

import re
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum
from typing import Any

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session, aliased

from indie_desktop.domain import validation as v
from indie_desktop.domain.base import utcnow
from indie_desktop.domain.enums import Visibility
from indie_desktop.domain.formatting import to_berlin
from indie_desktop.domain.models import Staff, Task
from indie_desktop.services import listing, records
from indie_desktop.services.editing import EditableRecords
from indie_desktop.services.fields import FieldCollector
from indie_desktop.services.visibility import visible_to
from indie_desktop.services.work.task_subjects import TaskAbout, describe_links


class TaskFilter(StrEnum):
    DUE_TODAY = "due_today"
    OVERDUE = "overdue"
    THIS_WEEK = "this_week"
    MINE = "mine"
    OPEN = "open"  # all open tasks
    ALL = "all"  # done ones too


@dataclass
class TaskDraft:
    title: str = ""
    description: str = ""
    due_on: str = ""  # DD.MM.YYYY
    due_time: str = ""  # HH:MM, optional: the task is an appointment in Outlook's calendar
    assignee_id: uuid.UUID | None = None
    done: bool = False
    linked_type: str | None = None
    linked_id: uuid.UUID | None = None
    visibility: Visibility = Visibility.NETWORK


@dataclass(frozen=True)
class TaskRow:
    id: uuid.UUID
    title: str
    due_on: date | None
    assignee: str
    done: bool
    linked_type: str | None
    linked_id: uuid.UUID | None
    about: TaskAbout | None = None  # the record the task belongs to, named


@dataclass(frozen=True)
class TaskDetail:
    id: uuid.UUID
    version: int
    draft: TaskDraft
    assignee_name: str
    done_at: datetime | None
    about: TaskAbout | None = None


def today_in_berlin() -> date:
    return to_berlin(utcnow()).date()


def _values(draft: TaskDraft) -> dict[str, object]:
    c = FieldCollector()
    c.take("title", v.require_text, draft.title, 300)
    c.take("description", v.optional_text, draft.description, 100_000)
    c.take("due_on", v.parse_date_de, draft.due_on)
    c.take("due_time", _time_of_day, draft.due_time)
    if draft.due_time.strip() and not draft.due_on.strip():
        c.fail("due_time", "A time needs a due date")
    c.raise_if_any()
    return {
        **c.values,
        "assignee_id": draft.assignee_id,
        "visibility": Visibility(draft.visibility).value,
    }


TIME_OF_DAY = re.compile(r"([01]?\d|2[0-3])[:.]([0-5]\d)")


def _time_of_day(text: str) -> str | None:
    """'9:30', '09.30' -> '09:30'; '' -> None; anything else: ValueError."""
    text = text.strip()
    if not text:
        return None
    match = TIME_OF_DAY.fullmatch(text.removesuffix(" Uhr"))
    if match is None:
        raise v.FieldError("Enter a time as HH:MM, e.g. 14:30")
    return f"{int(match[1]):02d}:{match[2]}"


class TaskService(EditableRecords[TaskDraft]):
    model = Task

    def create(self, draft: TaskDraft) -> uuid.UUID:
        values = _values(draft)
        task = Task(linked_type=draft.linked_type, linked_id=draft.linked_id, **values)
        task.assignee_id = task.assignee_id or self.actor.staff_id
        with self.db.session() as s:
            return records.create(s, self.actor, task, str(values["title"])).id

    def values_of(self, draft: TaskDraft) -> dict[str, object]:
        values = _values(draft)
        values["done"] = draft.done
        return values

    def before_save(self, session: Session, record: Task, values: dict[str, object]) -> None:
        if values["done"] != record.done:
            values["done_at"] = utcnow() if values["done"] else None

    def mark_done(self, task_id: uuid.UUID, done: bool = True) -> None:
        with self.db.session() as s:
            task = records.load(s, Task, task_id, for_update=True)
            if task.done != done:
                records.apply_changes(
                    s, self.actor, task, {"done": done, "done_at": utcnow() if done else None}
                )

    def detail(self, task_id: uuid.UUID) -> TaskDetail:
        with self.db.session() as s:
            t = records.load(s, Task, task_id)
            staff = s.get(Staff, t.assignee_id) if t.assignee_id else None
            draft = TaskDraft(
                title=t.title,
                description=t.description or "",
                due_on=t.due_on.strftime("%d.%m.%Y") if t.due_on else "",
                due_time=t.due_time or "",
                assignee_id=t.assignee_id,
                done=t.done,
                linked_type=t.linked_type,
                linked_id=t.linked_id,
                visibility=Visibility(t.visibility),
            )
            link = (t.linked_type, t.linked_id) if t.linked_type and t.linked_id else None
            about = describe_links(s, self.actor, [link]).get(link) if link else None
            return TaskDetail(
                t.id, t.version, draft, staff.full_name if staff else "", t.done_at, about
            )

    # --- lists -------------------------------------------------------------------------------

    def _conditions(
        self, query: listing.ListQuery, today: date | None = None
    ) -> list[ColumnElement[bool]]:
        today = today or today_in_berlin()
        which = TaskFilter(query.filter_value("due") or TaskFilter.OPEN)
        conditions: list[ColumnElement[bool]] = [
            Task.deleted_at.is_(None),
            visible_to(Task, self.actor),
        ]
        if which != TaskFilter.ALL:
            conditions.append(Task.done.is_(False))
        if which == TaskFilter.DUE_TODAY:
            conditions.append(Task.due_on == today)
        elif which == TaskFilter.OVERDUE:
            conditions.append(Task.due_on < today)
        elif which == TaskFilter.THIS_WEEK:
            sunday = today + timedelta(days=6 - today.weekday())
            conditions.append(Task.due_on.between(today - timedelta(days=today.weekday()), sunday))
        elif which == TaskFilter.MINE:
            conditions.append(Task.assignee_id == self.actor.staff_id)
        if query.filter_value("mine") and which != TaskFilter.MINE:
            conditions.append(Task.assignee_id == self.actor.staff_id)
        text = listing.text_condition(func.lower(Task.title), query.text)
        if text is not None:
            conditions.append(text)
        return conditions

    def _list_stmt(self, query: listing.ListQuery) -> listing.AnySelect:
        staff = aliased(Staff)
        stmt = (
            select(
                Task.id,
                Task.title,
                Task.due_on,
                staff.first_name,
                staff.last_name,
                Task.done,
                Task.linked_type,
                Task.linked_id,
            )
            .outerjoin(staff, staff.id == Task.assignee_id)
            .where(*self._conditions(query))
        )
        columns = {
            "due_on": Task.due_on,
            "title": Task.title,
            "assignee": staff.last_name,
            "done": Task.done,
            "about": Task.linked_type,
        }
        return listing.ordered(stmt, query, columns, Task.id)

    def count(self, query: listing.ListQuery) -> int:
        stmt = select(func.count()).select_from(Task).where(*self._conditions(query))
        with self.db.session() as s:
            return int(s.scalar(stmt) or 0)

    def page(
        self, query: listing.ListQuery, offset: int, limit: int, after: uuid.UUID | None = None
    ) -> list[TaskRow]:
        with self.db.session() as s:
            return self._rows(s, listing.page(s, self._list_stmt(query), offset, limit))

    def due_for_me(self) -> list[TaskRow]:
        """My open tasks due today or earlier, for the notice when the app opens."""
        today = today_in_berlin()
        query = listing.ListQuery(sort="due_on", filters=(("due", TaskFilter.MINE),))
        stmt = self._list_stmt(query).where(Task.due_on <= today)
        with self.db.session() as s:
            return self._rows(s, s.execute(stmt.limit(100)).all())

    def _rows(self, s: Session, found: Sequence[Any]) -> list[TaskRow]:
        """List rows with what each task is about (one query per kind of record)."""
        links = [(r[6], r[7]) if r[6] and r[7] else None for r in found]
        about = describe_links(s, self.actor, links)
        return [
            TaskRow(
                r[0],
                r[1],
                r[2],
                f"{r[3]} {r[4]}" if r[4] else "",
                r[5],
                r[6],
                r[7],
                about.get(link) if link else None,
            )
            for r, link in zip(found, links, strict=True)
        ]
