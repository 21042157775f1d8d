"""`indie-desktop privacy export|erase|review`: data protection duties on the command line.

Exit status: 0 done, 1 the database could not be opened, 2 bad input (unknown person, missing
--yes), 4 not permitted (erasure on a shared database needs the administrator's login).
"""

from __future__ import annotations

import argparse
import sys
import uuid
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from indie_desktop.services.workspace import Workspace

EXIT_OK, EXIT_DB, EXIT_INPUT, EXIT_DENIED = 0, 1, 2, 4
REASONS = {"no_contact": "no contact", "consent_expired": "consent expired"}


def add_commands(
    sub: argparse._SubParsersAction[argparse.ArgumentParser], database_help: str
) -> None:
    p = sub.add_parser("privacy", help="data protection: access export, erasure, review queue")
    actions = p.add_subparsers(dest="privacy_command", required=True)
    export = actions.add_parser("export", help="Art. 15: PDF plus JSON/CSV of one person")
    export.add_argument("--person", required=True, help="id of the person")
    export.add_argument("--out", type=Path, required=True, help="folder for the files")
    erase = actions.add_parser("erase", help="Art. 17: erase one person's data (irreversible)")
    erase.add_argument("--person", required=True, help="id of the person")
    erase.add_argument("--yes", action="store_true", help="confirm the irreversible erasure")
    mentions = erase.add_mutually_exclusive_group()
    mentions.add_argument(
        "--redact-mentions",
        action="store_true",
        help="replace the name/e-mail/phone where other records' texts mention the person",
    )
    mentions.add_argument(
        "--keep-mentions", action="store_true", help="leave other records' texts as they are"
    )
    review = actions.add_parser("review", help="print the retention review queue")
    review.add_argument("--years", type=int, help="years without contact (default: setting, 3)")
    for action in (export, erase, review):
        action.add_argument("--data-dir", type=Path, dest="sub_data_dir")
        action.add_argument("--database", dest="sub_database", help=database_help)


def run(data_dir: Path | None, database: str | None, args: argparse.Namespace) -> int:
    from indie_desktop.cli.common import open_workspace
    from indie_desktop.store.database import StorageError

    try:
        ws: Workspace = open_workspace(data_dir, database)
    except StorageError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_DB
    try:
        if args.privacy_command == "review":
            return _review(ws, args)
        try:
            person_id = uuid.UUID(args.person)
        except ValueError:
            print(f"error: {args.person!r} is not a person id", file=sys.stderr)
            return EXIT_INPUT
        if args.privacy_command == "export":
            return _export(ws, person_id, args.out)
        return _erase(ws, person_id, args)
    finally:
        ws.close()


def _export(ws: Workspace, person_id: uuid.UUID, out: Path) -> int:
    from indie_desktop.domain.errors import NotFound

    try:
        result = ws.privacy.export_access(person_id, out)
    except NotFound as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_INPUT
    print(f"PDF:  {result.pdf}")
    print(f"JSON: {result.json}")
    print(f"CSV:  {len(result.csv_files)} files in {result.csv_files[0].parent}")
    if result.attachment_files:
        print(f"Files: {len(result.attachment_files)} in {result.attachment_files[0].parent}")
    return EXIT_OK


def _erase(ws: Workspace, person_id: uuid.UUID, args: argparse.Namespace) -> int:
    from indie_desktop.domain.errors import NotFound, PermissionDenied

    if not args.yes:
        print("error: erasure cannot be undone; add --yes to confirm it", file=sys.stderr)
        return EXIT_INPUT
    try:
        mentions = ws.privacy.erasure_mentions(person_id)
        if mentions and not (args.redact_mentions or args.keep_mentions):
            print("Other records mention the person; nothing was erased yet:")
            for m in mentions:
                print(f"  {m.target_type} {m.target_id} {m.field}: {m.excerpt}")
            print("Decide with --redact-mentions (replace them) or --keep-mentions.")
            return EXIT_INPUT
        redact = mentions if args.redact_mentions else []
        receipt = ws.privacy.erase(person_id, redact)
    except NotFound as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_INPUT
    except PermissionDenied as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_DENIED
    print(f"Erased. Reference {receipt.reference} (recorded in the audit trail).")
    print(
        f"{receipt.records_emptied} linked records emptied, {receipt.files_deleted} files "
        f"deleted, {receipt.redacted_fields} mentions in other records replaced."
    )
    if receipt.vacuumed:
        print("The database file was rewritten (VACUUM): old bytes are gone from it.")
    for note in receipt.notes:
        print(note)
    if receipt.backups:
        print("Backup files that still hold the person (delete them or let them rotate out):")
        for path in receipt.backups:
            print(f"  {path}")
    else:
        print("No backup file in the backup folder holds the person.")
    return EXIT_OK


def _review(ws: Workspace, args: argparse.Namespace) -> int:
    from indie_desktop.domain.formatting import format_date

    if args.years is not None and args.years < 1:
        print("error: --years must be 1 or more", file=sys.stderr)
        return EXIT_INPUT
    items = ws.privacy.review_queue(years=args.years)
    years = args.years or ws.privacy.retention_years()
    if not items:
        print(f"Nobody to review (rule: {years} years without contact).")
        return EXIT_OK
    print(f"{len(items)} people to review (rule: {years} years without contact):")
    for item in items:
        last = format_date(item.last_contact) if item.last_contact else "never"
        print(
            f"{item.person_id}  {item.name}  |  {item.organisation or '-'}  |  last contact "
            f"{last}  |  {REASONS.get(item.reason, item.reason)}"
        )
    return EXIT_OK
