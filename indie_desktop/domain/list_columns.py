"""The columns of the lists: declared once for the list views and the command line's exports.

Each column names its header (English source, translated under the list view's context: the
UI with Qt, an export through the shipped catalogue), the services' sort key, how a row's cell
reads, and its initial width. An enum column reads through the `label` function its caller
passes (the UI's translated labels, or the catalogue's for an export).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from indie_desktop.domain.enum_labels import QT_TRANSLATE_NOOP
from indie_desktop.domain.enums import OrganisationKind, ProjectKind, ProjectStatus
from indie_desktop.domain.formatting import format_date, format_datetime
from indie_desktop.domain.validation import format_phone

Label = Callable[[StrEnum | None], str]
Cell = Callable[[Any, Label], str]


@dataclass(frozen=True)
class ListColumn:
    title: str  # English source, translated under the list's context
    sort_key: str  # what the services sort by
    cell: Cell  # (row, label of an enum value) -> text
    width_chars: int = 16  # initial width, in average characters
    enum: type[StrEnum] | None = None  # an enum column: its width fits every label
    samples: tuple[str, ...] = ()  # fixed texts the initial width must fit


@dataclass(frozen=True)
class ListDeclaration:
    context: str  # translation context of the headers: the list view's class name
    columns: tuple[ListColumn, ...]


def _text(attr: str) -> Cell:
    return lambda row, _label: str(getattr(row, attr) or "")


def _enum(attr: str) -> Cell:
    return lambda row, label: label(getattr(row, attr))


def _phone(attr: str) -> Cell:
    return lambda row, _label: format_phone(getattr(row, attr))


def _date(attr: str) -> Cell:
    return lambda row, _label: format_date(getattr(row, attr))


def about_text(about: Any, label: Label) -> str:
    """What a task is about, as its list and detail name it: "Company visit 12.03.2026:
    Müller GmbH" (the kind alone where the record is deleted or not visible to the user)."""
    if about is None:
        return ""
    what = label(about.what)
    if about.day is not None:
        what = f"{what} {format_date(about.day)}"
    return f"{what}: {about.name}" if about.name else what


LISTS: dict[str, ListDeclaration] = {
    "organisations": ListDeclaration(
        "OrganisationsView",
        (
            ListColumn(QT_TRANSLATE_NOOP("OrganisationsView", "Name"), "name", _text("name"), 32),
            ListColumn(
                QT_TRANSLATE_NOOP("OrganisationsView", "Kind"),
                "kind",
                _enum("kind"),
                17,
                OrganisationKind,
            ),
            ListColumn(QT_TRANSLATE_NOOP("OrganisationsView", "City"), "city", _text("city"), 11),
            ListColumn(
                QT_TRANSLATE_NOOP("OrganisationsView", "Municipality"),
                "municipality",
                _text("municipality"),
                11,
            ),
            ListColumn(
                QT_TRANSLATE_NOOP("OrganisationsView", "Phone"), "phone", _phone("phone"), 17
            ),
            ListColumn(
                QT_TRANSLATE_NOOP("OrganisationsView", "WZ code"), "wz_code", _text("wz_code"), 7
            ),
            ListColumn(
                QT_TRANSLATE_NOOP("OrganisationsView", "Responsible"),
                "responsible",
                _text("responsible"),
                19,
            ),
        ),
    ),
    "people": ListDeclaration(
        "PeopleView",
        (
            ListColumn(QT_TRANSLATE_NOOP("PeopleView", "Name"), "name", _text("name"), 26),
            ListColumn(
                QT_TRANSLATE_NOOP("PeopleView", "Function"), "function", _text("function"), 22
            ),
            ListColumn(
                QT_TRANSLATE_NOOP("PeopleView", "Organisation"),
                "organisation",
                _text("organisation"),
                30,
            ),
            ListColumn(QT_TRANSLATE_NOOP("PeopleView", "Phone"), "phone", _phone("phone"), 17),
            ListColumn(QT_TRANSLATE_NOOP("PeopleView", "E-mail"), "email", _text("email"), 28),
        ),
    ),
    "projects": ListDeclaration(
        "ProjectsView",
        (
            ListColumn(QT_TRANSLATE_NOOP("ProjectsView", "Name"), "name", _text("name"), 36),
            ListColumn(
                QT_TRANSLATE_NOOP("ProjectsView", "Kind"), "kind", _enum("kind"), 20, ProjectKind
            ),
            ListColumn(
                QT_TRANSLATE_NOOP("ProjectsView", "Status"),
                "status",
                _enum("status"),
                12,
                ProjectStatus,
            ),
            ListColumn(
                QT_TRANSLATE_NOOP("ProjectsView", "Start"), "starts_on", _date("starts_on"), 10
            ),
            ListColumn(QT_TRANSLATE_NOOP("ProjectsView", "End"), "ends_on", _date("ends_on"), 10),
            ListColumn(QT_TRANSLATE_NOOP("ProjectsView", "Lead"), "lead", _text("lead"), 14),
        ),
    ),
    "events": ListDeclaration(
        "EventsView",
        (
            ListColumn(
                QT_TRANSLATE_NOOP("EventsView", "Date"),
                "starts_at",
                lambda r, _l: format_datetime(r.starts_at),
                16,
                samples=("28.08.2026 00:00",),
            ),
            ListColumn(QT_TRANSLATE_NOOP("EventsView", "Event"), "name", _text("name"), 36),
            ListColumn(
                QT_TRANSLATE_NOOP("EventsView", "Kind"), "kind", _enum("kind"), 18, ProjectKind
            ),
            ListColumn(QT_TRANSLATE_NOOP("EventsView", "Place"), "place", _text("place"), 18),
            ListColumn(QT_TRANSLATE_NOOP("EventsView", "Organiser"), "lead", _text("lead"), 12),
            ListColumn(
                QT_TRANSLATE_NOOP("EventsView", "Registered"),
                "registered",
                lambda r, _l: f"{r.registered}/{r.capacity}" if r.capacity else str(r.registered),
                9,
            ),
            ListColumn(
                QT_TRANSLATE_NOOP("EventsView", "Attended"),
                "attended",
                lambda r, _l: str(r.attended),
                9,
            ),
        ),
    ),
    "tasks": ListDeclaration(
        "TasksView",
        (
            ListColumn(QT_TRANSLATE_NOOP("TasksView", "Due"), "due_on", _date("due_on"), 10),
            ListColumn(QT_TRANSLATE_NOOP("TasksView", "Task"), "title", _text("title"), 32),
            ListColumn(
                QT_TRANSLATE_NOOP("TasksView", "About"),
                "about",
                lambda r, label: about_text(r.about, label),
                30,
            ),
            ListColumn(
                QT_TRANSLATE_NOOP("TasksView", "Assignee"), "assignee", _text("assignee"), 20
            ),
            ListColumn(
                QT_TRANSLATE_NOOP("TasksView", "Done"),
                "done",
                lambda r, _l: "✓" if r.done else "",
                6,
            ),
        ),
    ),
    "activities": ListDeclaration(
        "ActivitiesView",
        (
            ListColumn(
                QT_TRANSLATE_NOOP("ActivitiesView", "Date"),
                "occurred_at",
                lambda r, _l: format_datetime(r.occurred_at),
                16,
                samples=("28.08.2026 00:00",),  # digits are wider than the average character
            ),
            ListColumn(QT_TRANSLATE_NOOP("ActivitiesView", "Kind"), "kind", _enum("kind"), 14),
            ListColumn(
                QT_TRANSLATE_NOOP("ActivitiesView", "Subject"), "subject", _text("subject"), 36
            ),
            ListColumn(
                QT_TRANSLATE_NOOP("ActivitiesView", "Organisation"),
                "organisation",
                _text("organisation"),
                28,
            ),
            ListColumn(QT_TRANSLATE_NOOP("ActivitiesView", "Place"), "place", _text("place"), 14),
        ),
    ),
}
