"""Headers and cell texts of the command line's CSV/XLSX exports, as the UI's lists show them.

The command line runs without Qt, so it reads the German texts from the shipped Qt Linguist
catalogue (resources/translations/indie_de.ts, XML) under the same contexts and source texts
the list views use: an export from `indie-desktop export` has the headers and the labels of
the list a user sees ('Unternehmen', not 'company'). `--lang en` gives the English sources.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from functools import cache
from pathlib import Path
from typing import Any

from indie_desktop.domain import enum_labels
from indie_desktop.domain.formatting import format_date, format_datetime
from indie_desktop.domain.validation import format_phone

CATALOGUES = {"de": Path(__file__).parents[1] / "resources" / "translations" / "indie_de.ts"}


@cache
def catalogue(lang: str) -> dict[tuple[str, str], str]:
    """(context, source) -> finished translation; empty for English (the source language)."""
    path = CATALOGUES.get(lang)
    if path is None:
        return {}
    out: dict[tuple[str, str], str] = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("unfinished", "vanished"):
                continue
            text = translation.text or "".join(
                n.text or "" for n in translation.iter("numerusform")
            )
            if text:
                out[(name, message.findtext("source") or "")] = text
    return out


def translate(lang: str, context: str, source: str) -> str:
    return catalogue(lang).get((context, source), source)


@dataclass(frozen=True)
class ExportColumn:
    title: str  # English source, translated under the view's context
    cell: Callable[[Any], str]


def _enum(name: str) -> Callable[[Any], Callable[[Any], str]]:
    """A cell reading an enum attribute as its label (the translator is bound later)."""

    def bind(tr: Callable[[str, str], str]) -> Callable[[Any], str]:
        def cell(row: Any) -> str:
            value: StrEnum | None = getattr(row, name)
            return tr(enum_labels.CONTEXT, enum_labels.source(value)) if value else ""

        return cell

    return bind


def _text(name: str) -> Callable[[Any], Callable[[Any], str]]:
    return lambda _tr: lambda row: str(getattr(row, name) or "")


def _with(fn: Callable[[Any], str]) -> Callable[[Any], Callable[[Any], str]]:
    return lambda _tr: fn


# what -> (the list view's translation context, [(header source, cell)]), as the views define
# their columns (ui/views/*_view.py make_columns).
_COLUMNS: dict[str, tuple[str, list[tuple[str, Callable[[Any], Callable[[Any], str]]]]]] = {
    "organisations": (
        "OrganisationsView",
        [
            ("Name", _text("name")),
            ("Kind", _enum("kind")),
            ("City", _text("city")),
            ("Municipality", _text("municipality")),
            ("Phone", _with(lambda r: format_phone(r.phone))),
            ("WZ code", _text("wz_code")),
            ("Responsible", _text("responsible")),
        ],
    ),
    "people": (
        "PeopleView",
        [
            ("Name", _text("name")),
            ("Function", _text("function")),
            ("Organisation", _text("organisation")),
            ("Phone", _with(lambda r: format_phone(r.phone))),
            ("E-mail", _text("email")),
        ],
    ),
    "projects": (
        "ProjectsView",
        [
            ("Name", _text("name")),
            ("Kind", _enum("kind")),
            ("Status", _enum("status")),
            ("Start", _with(lambda r: format_date(r.starts_on))),
            ("End", _with(lambda r: format_date(r.ends_on))),
            ("Lead", _text("lead")),
        ],
    ),
    "tasks": (
        "TasksView",
        [
            ("Due", _with(lambda r: format_date(r.due_on))),
            ("Task", _text("title")),
            ("Assignee", _text("assignee")),
            ("Done", _with(lambda r: "✓" if r.done else "")),
        ],
    ),
    "activities": (
        "ActivitiesView",
        [
            ("Date", _with(lambda r: format_datetime(r.occurred_at))),
            ("Kind", _enum("kind")),
            ("Subject", _text("subject")),
            ("Organisation", _text("organisation")),
            ("Place", _text("place")),
        ],
    ),
}


def export_columns(what: str, lang: str) -> list[ExportColumn]:
    """The columns of the list `what` with headers and labels in `lang` ('de' or 'en')."""
    context, columns = _COLUMNS[what]

    def tr(ctx: str, source: str) -> str:
        return translate(lang, ctx, source)

    return [ExportColumn(tr(context, title), make(tr)) for title, make in columns]
