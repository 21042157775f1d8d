"""`indie-desktop admin ...`: set up and administer a shared PostgreSQL database.

    admin init-shared --url postgresql://ADMIN@HOST/DB
    admin add-staff --url ... --institution ID-or-short-name --name "Vorname Nachname" --login L
    admin disable-staff --url ... --login L
    admin list-institutions --url ...
    admin upload-local --url ... --data-dir DIR --institution "WF Dortmund" [--dry-run]

The administrator's password comes from PGPASSWORD/.pgpass or is asked for; staff passwords are
asked for (or generated and printed once) and are never logged.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from pathlib import Path
from typing import Any

from indie_desktop.store.database import Database, StorageError


def add_admin_parser(sub: Any) -> None:
    admin = sub.add_parser("admin", help="set up and administer a shared PostgreSQL database")
    commands = admin.add_subparsers(dest="admin_command", required=True)
    url_help = "postgresql://ADMIN@HOST:PORT/DB (the role that owns the tables)"
    init = commands.add_parser("init-shared", help="create or upgrade schema, roles and rules")
    init.add_argument("--url", required=True, help=url_help)
    add = commands.add_parser("add-staff", help="create a staff member with a database login")
    add.add_argument("--url", required=True, help=url_help)
    add.add_argument("--institution", required=True, help="institution id or short name")
    add.add_argument("--name", required=True, help='"Vorname Nachname"')
    add.add_argument("--login", required=True, help="database login (lower case)")
    add.add_argument("--email", default="")
    add.add_argument(
        "--generate-password", action="store_true", help="generate the initial password"
    )
    disable = commands.add_parser("disable-staff", help="lock a login, keep its history")
    disable.add_argument("--url", required=True, help=url_help)
    disable.add_argument("--login", required=True)
    listing = commands.add_parser("list-institutions", help="institutions and their staff")
    listing.add_argument("--url", required=True, help=url_help)
    upload = commands.add_parser(
        "upload-local", help="copy a local database file to the server, owned by an institution"
    )
    upload.add_argument("--url", required=True, help=url_help)
    upload.add_argument("--data-dir", required=True, type=Path, help="folder of the local file")
    upload.add_argument("--institution", required=True, help="institution id or short name")
    upload.add_argument("--dry-run", action="store_true", help="show what would be copied")


def _open_admin(url: str) -> Database:
    from indie_desktop.store.connection_errors import NO_PASSWORD, WRONG_PASSWORD, ConnectionFailed
    from indie_desktop.store.database import open_url

    try:
        return open_url(url)
    except ConnectionFailed as exc:
        if exc.kind not in (NO_PASSWORD, WRONG_PASSWORD) or not sys.stdin.isatty():
            raise
    return open_url(url, password=getpass.getpass("Password of the administrator login: "))


def _staff_password(generate: bool) -> tuple[str, bool]:
    """(password, generated). Asked twice on a terminal; generated otherwise or on request."""
    from indie_desktop.store.shared_admin import generate_password

    if generate or not sys.stdin.isatty():
        return generate_password(), True
    while True:
        first = getpass.getpass("Initial password (empty: generate one): ")
        if not first:
            return generate_password(), True
        if len(first) < 10:
            print("At least 10 characters, please.", file=sys.stderr)
            continue
        if getpass.getpass("Repeat the password: ") == first:
            return first, False
        print("The two entries differ; again.", file=sys.stderr)


def run_admin(args: argparse.Namespace) -> int:
    from indie_desktop.store import shared_admin

    try:
        db = _open_admin(args.url)
    except StorageError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    try:
        if args.admin_command == "init-shared":
            report = shared_admin.init_shared(db)
            print(
                f"Shared database {db.description} ready: {report.tables} tables with row-level "
                f"security, staff role {report.staff_role}, extensions "
                f"{', '.join(report.extensions) or 'none'}."
            )
            if report.missing_extensions:
                print(
                    "warning: extensions not created (ask the server administrator): "
                    + ", ".join(report.missing_extensions),
                    file=sys.stderr,
                )
        elif args.admin_command == "add-staff":
            password, generated = _staff_password(args.generate_password)
            staff_id = shared_admin.add_staff(
                db, args.institution, args.name, args.login, password, args.email
            )
            print(f"Staff member {args.name} ({staff_id}) can log in as {args.login}.")
            if generated:
                # Printed once, to the terminal only: hand it over and let it be changed.
                print(f"Initial password: {password}")
        elif args.admin_command == "disable-staff":
            ended = shared_admin.disable_staff(db, args.login)
            print(
                f"Login {args.login} is locked; {ended} open session(s) ended; the staff "
                "member's history is kept."
            )
        elif args.admin_command == "upload-local":
            return _upload_local(db, args)
        elif args.admin_command == "list-institutions":
            institutions = shared_admin.list_institutions(db)
            for inst in institutions:
                print(f"{inst.id}  {inst.short_name:<20} {inst.name}  ({inst.staff} staff)")
            if not institutions:
                from indie_desktop.domain.network_members import NETWORK_MEMBERS

                print("No institutions on this server yet. add-staff creates a network member")
                print("the first time one of its staff is added; --institution takes:")
                for member in NETWORK_MEMBERS:
                    print(f"  {member.short_name:<20} {member.name}")
    except StorageError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    finally:
        db.dispose()
    return 0


def _app_holds_folder(data_dir: Path) -> str | None:
    """The message (German, then English) when the app has the local folder open: what is
    entered there during the upload would stay behind on the PC. A dry run only reads."""
    import socket

    from indie_desktop.store.app_lock import running_app

    app = running_app(data_dir)
    if app is None:
        return None
    elsewhere = app.host and app.host != socket.gethostname()
    where = f" auf {app.host}" if elsewhere else ""
    return (
        f"Fehler: In|Die Desktop (Prozess {app.pid}{where}) hat den Datenordner {data_dir} "
        "geöffnet. Bitte schließen Sie das Programm zuerst: was dort während der Übernahme "
        "eingegeben wird, käme nicht auf den Server.\n"
        f"error: {app.describe()} has the data folder {data_dir} open. Close the application "
        "first: what is entered there during the upload would not reach the server."
    )


def _upload_local(db: Database, args: argparse.Namespace) -> int:
    from indie_desktop.store.database import DB_FILENAME, open_local
    from indie_desktop.store.shared_upload import upload_local

    data_dir: Path = args.data_dir
    if not (data_dir / DB_FILENAME).is_file():
        print(f"error: no local database in {data_dir}", file=sys.stderr)
        return 1
    refused = _app_holds_folder(data_dir) if not args.dry_run else None
    if refused is not None:
        print(refused, file=sys.stderr)
        return 1
    local = open_local(data_dir)
    try:
        report = upload_local(local, db, args.institution, dry_run=args.dry_run)
    finally:
        local.dispose()
    lead = "Would copy" if report.dry_run else "Copied"
    print(f"{lead} to {db.description}, owned by {report.institution}:")
    for table, copied in report.copied.items():
        skipped = report.skipped.get(table, 0)
        if copied or skipped:
            print(f"  {table:<24} {copied:>7} copied  {skipped:>7} skipped (already there)")
    print(f"  total: {sum(report.copied.values())} copied, {sum(report.skipped.values())} skipped")
    if report.duplicates:
        print(
            f"{len(report.duplicates)} likely duplicate(s) of records already on the server "
            "(copied, not merged: see the duplicate finder):"
        )
        for kind, name, local_id, other in report.duplicates:
            print(f"  {kind:<12} {name}  local {local_id} ~ server {other}")
    return 0
