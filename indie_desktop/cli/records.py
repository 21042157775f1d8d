"""The `search` and `export` commands: the records of a local database on the command line."""

from __future__ import annotations

import argparse
import sys
import uuid
from pathlib import Path
from typing import TYPE_CHECKING, Any

from indie_desktop.cli.common import open_workspace
from indie_desktop.domain.errors import ServiceError

if TYPE_CHECKING:
    from indie_desktop.services.workspace import Workspace

KIND_HEADINGS = {
    "organisation": "Organisations",
    "person": "People",
    "project": "Projects",
    "need": "Needs",
    "referral": "Referrals",
    "activity": "Activities",
}
FORMATS_OF = {
    "organisations": ("csv", "xlsx"),
    "people": ("csv", "xlsx", "vcard"),
    "projects": ("csv", "xlsx"),
    "tasks": ("csv", "xlsx", "ics"),
    "activities": ("csv", "xlsx", "ics"),
}


def run_search(data_dir: Path | None, args: argparse.Namespace) -> int:
    from indie_desktop.store.database import StorageError

    try:
        ws = open_workspace(data_dir, getattr(args, "database", None))
    except StorageError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    try:
        results = ws.search.search(args.text, limit_per_kind=args.limit)
        if not results.groups:
            print(f"No matches for “{args.text}”.")
            return 0
        for kind, hits in results.groups:
            print(f"{KIND_HEADINGS[kind]}:")
            for hit in hits:
                print(f"  {hit.title}" + (f"  ({hit.subtitle})" if hit.subtitle else ""))
        return 0
    finally:
        ws.close()


def _target_group_ids(ws: Workspace, what: str, name: str) -> set[uuid.UUID] | None:
    """The ids a saved target group limits an export to (None: no group given). People of an
    organisation group are its organisations' primary contacts."""
    if not name:
        return None
    from indie_desktop.domain.enums import TargetSubject
    from indie_desktop.domain.errors import ValidationError

    group = ws.target_groups.by_name(name)
    ids = ws.target_groups.ids(group.criteria)
    if what == "people" and group.subject == TargetSubject.ORGANISATION:
        return set(ws.printing.primary_contacts(ids))
    if what == "organisations" and group.subject == TargetSubject.ORGANISATION:
        return set(ids)
    if what == "people":
        return set(ids)
    raise ValidationError(
        {"target_group": f"A target group chooses organisations or people, not {what}"}
    )


def run_export(data_dir: Path | None, args: argparse.Namespace) -> int:
    from indie_desktop.cli.labels import export_columns
    from indie_desktop.interchange import icalendar, table, vcard
    from indie_desktop.services.exports import all_rows
    from indie_desktop.services.listing import ListQuery
    from indie_desktop.store.database import StorageError

    what, fmt, out = args.what, args.format, Path(args.out)
    lang = getattr(args, "export_lang", None) or getattr(args, "lang", None) or "de"
    english = lang == "en"  # the lists' columns with English headers, as before
    if fmt not in FORMATS_OF[what]:
        allowed = ", ".join(FORMATS_OF[what])
        print(f"error: {what} can be exported as {allowed}, not {fmt}", file=sys.stderr)
        return 2
    try:
        ws = open_workspace(data_dir, getattr(args, "database", None))
    except StorageError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    try:
        chosen = _target_group_ids(ws, what, getattr(args, "target_group", ""))
    except ServiceError as exc:
        print(f"error: {exc}", file=sys.stderr)
        ws.close()
        return 2
    try:
        if fmt == "vcard":
            ids = [r.id for r in all_rows(ws.people, ListQuery())]
            if chosen is not None:
                ids = [i for i in ids if i in chosen]
            cards = ws.exports.person_cards(ids)
            version = getattr(args, "vcard_version", "4.0")
            if getattr(args, "one_file_per_contact", False):
                n = vcard.write_vcard_files(out, cards, version)
            else:
                n = vcard.write_vcards(out, cards, version)
        elif fmt == "ics":
            if what == "tasks" and getattr(args, "outlook", False):
                # Outlook's calendar import ignores VTODO: the open tasks as events.
                n = icalendar.write_calendar(out, task_events=ws.exports.tasks())
            elif what == "tasks":
                n = icalendar.write_calendar(out, todos=ws.exports.tasks())
            else:
                n = icalendar.write_calendar(out, events=ws.exports.activities())
        elif what in ("people", "organisations") and not english:
            # Every field, under headers the import knows: the file comes back in as it went.
            from indie_desktop.services.exports import FullExport

            full = FullExport(ws.db)
            source = ws.people if what == "people" else ws.organisations
            ids = [r.id for r in all_rows(source, ListQuery())]
            if chosen is not None:
                ids = [i for i in ids if i in chosen]
            sheet = full.people_sheet if what == "people" else full.organisations_sheet
            headers, rows = sheet(ids)
            writer = table.write_csv if fmt == "csv" else table.write_xlsx
            n = writer(out, headers, rows)
        else:
            sources: dict[str, Any] = {
                "organisations": ws.organisations,
                "people": ws.people,
                "projects": ws.projects,
                "tasks": ws.tasks,
                "activities": ws.activities,
            }
            columns = export_columns(
                what, getattr(args, "export_lang", None) or getattr(args, "lang", None) or "de"
            )
            headers = [c.title for c in columns]
            rows = (
                [c.cell(r) for c in columns]
                for r in all_rows(sources[what], ListQuery())
                if chosen is None or r.id in chosen
            )
            writer = table.write_csv if fmt == "csv" else table.write_xlsx
            n = writer(out, headers, rows)
    except OSError as exc:
        print(f"error: {out} cannot be written: {exc}", file=sys.stderr)
        return 1
    finally:
        ws.close()
    print(f"{n} {what} written to {out}")
    return 0
