"""Command-line import and duplicate listing (`indie-desktop import`, `indie-desktop duplicates`).

Exit status of import: 0 every row went in, 3 some rows were skipped, 2 the file could not be
read (nothing changed), 1 the database could not be opened.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from indie_desktop.cli.common import open_workspace

if TYPE_CHECKING:
    from indie_desktop.interchange.import_table import ImportTable

EXIT_OK, EXIT_DB, EXIT_UNREADABLE, EXIT_SKIPPED = 0, 1, 2, 3


def add_commands(
    sub: argparse._SubParsersAction[argparse.ArgumentParser], database_help: str
) -> None:
    imp = sub.add_parser(
        "import",
        help="import organisations and people from CSV, XLSX, vCard; file e-mails (.eml, .msg)",
    )
    imp.add_argument("file", type=Path, nargs="*", help="a table, or one or more e-mails")
    imp.add_argument(
        "--organisation",
        metavar="ORGANISATION_ID",
        help="e-mails: file them on this organisation (default: found by the addresses)",
    )
    imp.add_argument("--list-batches", action="store_true", help="list the latest imports")
    imp.add_argument("--undo", metavar="BATCH_ID", help="undo an earlier import as a whole")
    imp.add_argument("--data-dir", type=Path, dest="sub_data_dir")
    imp.add_argument("--database", dest="sub_database", help=database_help)
    imp.add_argument("--mapping", help="name of a mapping saved in the import wizard")
    imp.add_argument("--dry-run", action="store_true", help="check only, change nothing")
    imp.add_argument(
        "--on-duplicate",
        choices=("import", "skip", "merge"),
        help="likely duplicates: import anyway (default), skip, or merge (fill empty fields); "
        "without this option a 100 %% match (same e-mail, name and organisation) is merged",
    )
    imp.add_argument("--encoding", help="override the detected encoding (e.g. cp1252, utf-8)")
    imp.add_argument("--delimiter", help="override the detected CSV delimiter")
    imp.add_argument(
        "--photos",
        choices=("ignore", "keep"),
        default="ignore",
        help="vCard photos: keep them as attachments of the people, or ignore them (default)",
    )
    numbers = imp.add_mutually_exclusive_group()
    numbers.add_argument(
        "--decimal-comma",
        action="store_const",
        const=True,
        dest="decimal_comma",
        help="numbers in the CSV are written 25,62 (override the detection)",
    )
    numbers.add_argument(
        "--decimal-point",
        action="store_const",
        const=False,
        dest="decimal_comma",
        help="numbers in the CSV are written 25.62 (override the detection)",
    )
    imp.add_argument("--sheet", help="Excel sheet to read (default: the first)")
    imp.add_argument(
        "--event",
        metavar="EVENT_ID",
        help="the file holds registrations for this event: match or create the people and "
        "set them registered",
    )
    imp.add_argument(
        "--no-create",
        action="store_true",
        help="with --event: list rows of unknown people instead of creating them",
    )
    dup = sub.add_parser("duplicates", help="list likely duplicate organisations and people")
    dup.add_argument("--data-dir", type=Path, dest="sub_data_dir")
    dup.add_argument("--database", dest="sub_database", help=database_help)


def run_import(data_dir: Path | None, database: str | None, args: argparse.Namespace) -> int:
    from indie_desktop.domain.errors import NotFound
    from indie_desktop.interchange.import_table import ImportFileError
    from indie_desktop.interchange.mail.message import is_mail_name
    from indie_desktop.interchange.reading import ReadOptions, read_table
    from indie_desktop.services.importing.plan import DuplicatePolicy, ImportSettings
    from indie_desktop.store.backup import BackupError
    from indie_desktop.store.database import StorageError

    if args.list_batches or args.undo:
        return run_batches(data_dir, database, args)
    files: list[Path] = list(args.file or [])
    if not files:
        print("error: name the file to import (or use --list-batches / --undo)", file=sys.stderr)
        return EXIT_UNREADABLE
    if all(is_mail_name(f.name) for f in files):
        from indie_desktop.cli.mail import run_mail_import

        return run_mail_import(data_dir, database, files, args.organisation)
    if len(files) > 1:
        print("error: import one table at a time (several files: e-mails only)", file=sys.stderr)
        return EXIT_UNREADABLE
    args.file = files[0]
    delimiter = {"tab": "\t", "\\t": "\t"}.get(args.delimiter or "", args.delimiter)
    try:
        table_options = ReadOptions(args.encoding, delimiter, args.sheet, args.decimal_comma)
        table = read_table(args.file, table_options)
    except ImportFileError as exc:
        print(f"error: {args.file}: {exc}", file=sys.stderr)
        return EXIT_UNREADABLE
    if args.event:
        from indie_desktop.cli.events import import_registrations

        return import_registrations(data_dir, database, args, table)
    try:
        ws = open_workspace(data_dir, database)
    except StorageError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_DB
    try:
        try:
            mapping = (
                ws.imports.load_mapping(args.mapping, table)
                if args.mapping
                else ws.imports.automatic_mapping(table)
            )
        except NotFound as exc:
            print(f"error: {exc}", file=sys.stderr)
            return EXIT_UNREADABLE
        if not mapping:
            print("error: no column could be mapped to a field; use --mapping", file=sys.stderr)
            return EXIT_UNREADABLE
        _print_unread(table, mapping)
        settings = ImportSettings(
            mapping=mapping,
            on_duplicate=DuplicatePolicy(args.on_duplicate or "import"),
            source=args.file.name,
            keep_photos=args.photos == "keep",
            exact_merge=args.on_duplicate is None,
        )
        try:
            report = ws.imports.run(table, settings, dry_run=args.dry_run)
        except BackupError as exc:  # the copy before the import failed: nothing was imported
            print(f"error: nothing imported: {exc}", file=sys.stderr)
            return EXIT_DB
    finally:
        ws.close()
    prefix = "dry run, nothing changed: would have " if report.dry_run else ""
    print(
        f"{prefix}created {report.created_organisations} organisations and "
        f"{report.created_people} people, updated {report.updated}, "
        f"skipped {len(report.skipped)} of {report.rows} rows"
    )
    for e in report.errors:
        if e.kept:  # the row is in; one value went into the notes (German, as stored)
            print(
                f"Zeile {e.row}, {e.column}: {e.message}"
                if e.column
                else f"Zeile {e.row}: {e.message}"
            )
            continue
        column = f", column {e.column!r}" if e.column else ""
        print(f"row {e.row}{column}: {e.message}")
    from indie_desktop.services.duplicates.finder import REASON_TEXTS

    for d in report.duplicates:
        why = ", ".join(REASON_TEXTS.get(r, r) for r in d.reasons)
        print(f"row {d.row}: likely duplicate of {d.kind} {d.existing_id} ({d.score} %, {why})")
    if report.batch_id is not None:
        print(f"import batch {report.batch_id}")
    return EXIT_OK if report.complete else EXIT_SKIPPED


def _print_unread(table: ImportTable, mapping: dict[int, str]) -> None:
    """What of the file will not arrive, before importing: lines the reader skipped, columns
    with values that no field takes, vCard properties that have no field."""
    for line, template in table.warnings:
        print("warning: " + template.replace("%1", str(line)))
    from indie_desktop.interchange.import_table import unmapped_columns

    unmapped = unmapped_columns(table, mapping)
    if unmapped:
        print("columns not imported: " + ", ".join(repr(h) for h in unmapped))
    if table.ignored:
        parts = ", ".join(f"{name} ({n})" for name, n in sorted(table.ignored.items()))
        print("vCard properties not imported: " + parts)


def run_batches(data_dir: Path | None, database: str | None, args: argparse.Namespace) -> int:
    """`import --list-batches` and `import --undo BATCH_ID`."""
    import uuid

    from indie_desktop.domain.errors import ConflictError, NotFound
    from indie_desktop.store.database import StorageError

    try:
        ws = open_workspace(data_dir, database)
    except StorageError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_DB
    try:
        if args.undo:
            try:
                ws.imports.undo(uuid.UUID(args.undo))
            except ValueError:
                print(f"error: {args.undo!r} is not a batch id", file=sys.stderr)
                return EXIT_UNREADABLE
            except (NotFound, ConflictError) as exc:
                print(f"error: {exc}", file=sys.stderr)
                return EXIT_UNREADABLE
            print(f"import batch {args.undo} undone")
            return EXIT_OK
        for b in ws.imports.batches(limit=100):
            state = "  (undone)" if b.undone else ""
            print(
                f"{b.id}  {b.at:%Y-%m-%d %H:%M}  {b.source or '-'}: {b.organisations} "
                f"organisations, {b.people} people, {b.updated} updated{state}"
            )
        return EXIT_OK
    finally:
        ws.close()


def run_duplicates(data_dir: Path | None, database: str | None) -> int:
    from indie_desktop.store.database import StorageError

    try:
        ws = open_workspace(data_dir, database)
    except StorageError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_DB
    try:
        pairs = ws.duplicates.scan()
    finally:
        ws.close()
    for p in pairs:
        print(
            f"{p.score:3d} %  {p.kind:12s}  {p.first_name}  <->  {p.second_name}  "
            f"({p.reason_text})  {p.first_id} {p.second_id}"
        )
    print(f"{len(pairs)} likely duplicate pairs")
    return EXIT_OK
