"""Command line: the GUI (default), demo data, self-test, screenshots, search, export, import,
duplicates, reports, partner suggestions, backup and restore.

Every command that works on a database takes `--data-dir DIR` (local SQLite file in DIR, settings
and logs) and `--database postgresql://LOGIN@HOST:PORT/DB` (a shared server instead of the file;
the password comes from the keyring or libpq's PGPASSWORD/.pgpass). `admin ...` sets up a shared
server (see cli/admin.py). `COMMANDS` below is the one table of what each command runs.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from indie_desktop import APP_NAME, __version__
from indie_desktop.cli import backup as cli_backup
from indie_desktop.cli import events as cli_events
from indie_desktop.cli import importing as cli_import
from indie_desktop.cli import printing as cli_print
from indie_desktop.cli import privacy as cli_privacy
from indie_desktop.cli import radar as cli_radar
from indie_desktop.cli import report as cli_report
from indie_desktop.cli import suggest as cli_suggest
from indie_desktop.cli import sync as cli_sync
from indie_desktop.cli.common import DATABASE_HELP
from indie_desktop.cli.console import configure_output

EXPORT_WHAT = ("organisations", "people", "projects", "tasks", "activities")


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="indie-desktop", description=f"{APP_NAME} {__version__}")
    p.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    p.add_argument("--data-dir", type=Path, help="folder for database, settings and logs")
    p.add_argument("--database", help=DATABASE_HELP)
    p.add_argument("--lang", choices=("de", "en"), help="user interface language (default: de)")
    sub = p.add_subparsers(dest="command")

    demo = sub.add_parser("demo", help="fill the database with a reproducible demo network")
    demo.add_argument("--data-dir", type=Path, dest="sub_data_dir")
    demo.add_argument("--database", dest="sub_database", help=DATABASE_HELP)
    demo.add_argument("--organisations", type=int, default=300)
    demo.add_argument("--people", type=int, default=1200)
    demo.add_argument("--activities", type=int, default=2000)
    demo.add_argument("--seed", type=int, default=2026)

    st = sub.add_parser("self-test", help="check that database and resources are usable")
    st.add_argument("--data-dir", type=Path, dest="sub_data_dir")
    st.add_argument("--database", dest="sub_database", help=DATABASE_HELP)

    shots = sub.add_parser("screenshots", help="render the main views and dialogs to PNG")
    shots.add_argument("--data-dir", type=Path, dest="sub_data_dir")
    shots.add_argument("--database", dest="sub_database", help=DATABASE_HELP)
    shots.add_argument("--out", type=Path, required=True)
    shots.add_argument("--lang", choices=("de", "en"), dest="sub_lang")
    search = sub.add_parser("search", help="print the best matches by kind, as the search box")
    search.add_argument("text")
    search.add_argument("--data-dir", type=Path, dest="sub_data_dir")
    search.add_argument("--database", dest="sub_database", help=DATABASE_HELP)
    search.add_argument("--limit", type=int, default=5, help="matches per kind (default 5)")

    export = sub.add_parser("export", help="write a list to CSV, XLSX, vCard or iCalendar")
    export.add_argument("--data-dir", type=Path, dest="sub_data_dir")
    export.add_argument("--database", dest="sub_database", help=DATABASE_HELP)
    export.add_argument("--what", required=True, choices=EXPORT_WHAT)
    export.add_argument("--format", required=True, choices=("csv", "xlsx", "vcard", "ics"))
    export.add_argument("--out", type=Path, required=True)
    export.add_argument(
        "--target-group",
        default="",
        help="only the organisations or people of a saved target group (Zielgruppe)",
    )
    export.add_argument(
        "--lang",
        choices=("de", "en"),
        dest="export_lang",
        help="language of CSV/XLSX headers and labels (default de, as the lists show them)",
    )
    export.add_argument(
        "--vcard-version",
        choices=("3.0", "4.0"),
        default="4.0",
        help="vCard version (3.0 for Outlook)",
    )
    export.add_argument(
        "--outlook",
        action="store_true",
        help="tasks as calendar events for Outlook (at their due time, else all day); "
        "Outlook's import ignores VTODO",
    )
    export.add_argument(
        "--one-file-per-contact",
        action="store_true",
        help="one vCard file per person into the folder --out (or the zip file --out *.zip)",
    )
    from indie_desktop.cli.admin import add_admin_parser

    add_admin_parser(sub)  # the command groups add their parsers; COMMANDS says what runs
    cli_import.add_commands(sub, DATABASE_HELP)
    cli_backup.add_commands(sub)
    cli_events.add_commands(sub, DATABASE_HELP)
    cli_print.add_commands(sub, DATABASE_HELP)
    cli_privacy.add_commands(sub, DATABASE_HELP)
    cli_report.add_commands(sub, DATABASE_HELP)
    cli_sync.add_commands(sub)
    cli_suggest.add_commands(sub, DATABASE_HELP)
    cli_radar.add_commands(sub, DATABASE_HELP)
    from indie_desktop.cli import mail as cli_mail

    cli_mail.add_commands(sub, DATABASE_HELP)
    return p


# What each command runs: (data folder, shared database URL or None, parsed arguments) -> exit
# code. The parsers are added by the command groups' modules (`add_commands`) in `_parser`.
Run = Callable[[Path | None, str | None, argparse.Namespace], int]


def _self_test(data_dir: Path | None, database: str | None, _args: argparse.Namespace) -> int:
    from indie_desktop.cli.selftest import run_self_test

    return run_self_test(data_dir, database)


def _screenshots(data_dir: Path | None, database: str | None, args: argparse.Namespace) -> int:
    from indie_desktop.app import run_screenshots

    lang = getattr(args, "sub_lang", None) or args.lang
    return run_screenshots(data_dir, args.out, lang, database)


def _admin(_data_dir: Path | None, _database: str | None, args: argparse.Namespace) -> int:
    from indie_desktop.cli.admin import run_admin

    return run_admin(args)


def _records(data_dir: Path | None, database: str | None, args: argparse.Namespace) -> int:
    from indie_desktop.cli.records import run_export, run_search

    args.database = database
    return (run_search if args.command == "search" else run_export)(data_dir, args)


def _mail(data_dir: Path | None, database: str | None, args: argparse.Namespace) -> int:
    from indie_desktop.cli.mail import run_mail

    return run_mail(data_dir, database, args)


COMMANDS: dict[str, Run] = {
    "demo": lambda d, db, a: _demo(d, db, a),
    "self-test": _self_test,
    "screenshots": _screenshots,
    "admin": _admin,
    "import": cli_import.run_import,
    "duplicates": lambda d, db, _a: cli_import.run_duplicates(d, db),
    "backup": lambda d, _db, a: cli_backup.run_backup(d, a),
    "restore": lambda d, _db, a: cli_backup.run_restore(d, a),
    "print": cli_print.run_print,
    "events": cli_events.run,
    "privacy": cli_privacy.run,
    "report": cli_report.run_report,
    "offline": lambda _d, _db, a: cli_sync.run_offline(a),
    "sync": lambda _d, _db, a: cli_sync.run_sync(a),
    "search": _records,
    "export": _records,
    "suggest": cli_suggest.run,
    "radar": cli_radar.run,
    "mail": lambda d, db, a: _mail(d, db, a),
}


def main(argv: Sequence[str] | None = None) -> int:
    configure_output()  # UTF-8 when redirected, '?' for what a console cannot show
    args = _parser().parse_args(argv)
    data_dir: Path | None = getattr(args, "sub_data_dir", None) or args.data_dir
    database: str | None = getattr(args, "sub_database", None) or args.database
    if args.command is None:
        from indie_desktop.app import run_gui

        return run_gui(data_dir, args.lang, database)
    if database is None:
        refused = _refused_beside_running_app(data_dir, args)
        if refused is not None:
            print(f"error: {refused}", file=sys.stderr)
            return 1
    return COMMANDS[args.command](data_dir, database, args)


def _writing_command(args: argparse.Namespace) -> str | None:
    """What a command that writes the local database is called in a message; None for one
    that only reads (those run beside the app: SQLite shares the file safely)."""
    command = args.command
    if command == "demo":
        return "Filling in the demo network"
    if command == "import" and not args.list_batches and not args.dry_run:
        return "Undoing an import" if args.undo else "The import"
    if command == "restore" and not args.list:
        return "Restoring a backup"
    if command == "privacy" and args.privacy_command == "erase":
        return "The erasure"
    return None


def _refused_beside_running_app(data_dir: Path | None, args: argparse.Namespace) -> str | None:
    """Commands that write refuse while the app holds the data folder (it would go on showing
    and saving what they changed or erased), naming the running app."""
    what = _writing_command(args)
    if what is None:
        return None
    from indie_desktop.config import Paths
    from indie_desktop.store.app_lock import refuse_beside_running_app

    return refuse_beside_running_app(Paths.resolve(data_dir).data_dir, what)


def _demo(data_dir: Path | None, database: str | None, args: argparse.Namespace) -> int:
    from indie_desktop.config import Paths
    from indie_desktop.services.demo.generator import DemoSize, generate_demo
    from indie_desktop.store.database import StorageError
    from indie_desktop.store.shared_open import open_database

    paths = Paths.resolve(data_dir)
    try:
        db = open_database(paths.data_dir, database)
    except StorageError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    last = [0.0]

    def progress(phase: str, done: int, total: int) -> None:
        now = time.monotonic()
        if now - last[0] > 0.5 or done == total:
            last[0] = now
            print(f"\r{phase}: {done}/{total}   ", end="", file=sys.stderr, flush=True)

    size = DemoSize(
        organisations=args.organisations, people=args.people, activities=args.activities
    )
    result = generate_demo(db, size, seed=args.seed, progress=progress)
    print(file=sys.stderr)
    print(
        f"Demo network in {db.description}: {result.organisations} organisations, "
        f"{result.people} people, {result.activities} activities, {result.needs} needs, "
        f"{result.referrals} referrals, {result.cooperations} cooperations "
        f"({result.seconds:.1f} s)"
    )
    db.dispose()
    return 0
