"""`indie-desktop offline init` and `indie-desktop sync`: a laptop replica of the shared database.

    offline init --data-dir DIR --url postgresql://LOGIN@HOST/DB [--pack ORG ...]
    sync --data-dir DIR

The password comes from the keyring (remembered at init when a keyring exists), libpq's
PGPASSWORD/.pgpass, or is asked for on a terminal; it is never written to a file.
"""

from __future__ import annotations

import argparse
import getpass
import sqlite3
import sys
from pathlib import Path
from typing import Any

from indie_desktop.store.database import DB_FILENAME, StorageError


def add_commands(sub: Any) -> None:
    offline = sub.add_parser("offline", help="take the shared database offline onto this computer")
    commands = offline.add_subparsers(dest="offline_command", required=True)
    init = commands.add_parser("init", help="make a local replica by bulk snapshot")
    init.add_argument("--data-dir", type=Path, dest="sub_data_dir", required=True)
    init.add_argument("--url", required=True, help="postgresql://LOGIN@HOST:PORT/DB (your login)")
    init.add_argument(
        "--pack",
        nargs="+",
        metavar="ORG",
        help="visit pack: these organisations (id or exact name), their people, open needs "
        "and referrals, the partners named, your open tasks (default: all you may see)",
    )
    sync = sub.add_parser("sync", help="upload local changes, download the others' changes")
    sync.add_argument("--data-dir", type=Path, dest="sub_data_dir", required=True)


def _password(url: str) -> str | None:
    """From the keyring or libpq; asked for on a terminal when neither has one."""
    import os

    from sqlalchemy.engine import make_url

    from indie_desktop.store.credentials import CredentialStore
    from indie_desktop.store.shared_open import url_account

    if make_url(url).password is not None or os.environ.get("PGPASSWORD"):
        return None
    found = CredentialStore().get(url_account(url))
    if found:
        return found
    if sys.stdin.isatty():
        return getpass.getpass(f"Password of {make_url(url).username}: ")
    return None


def _remember(url: str, password: str | None) -> None:
    from indie_desktop.store.credentials import CredentialStore, NoKeyring
    from indie_desktop.store.shared_open import url_account

    if not password:
        return
    try:
        CredentialStore().remember(url_account(url), password)
    except NoKeyring as exc:
        print(f"Hinweis: {exc}", file=sys.stderr)


def run_offline(args: argparse.Namespace) -> int:
    from indie_desktop.sync.engine import offline_init

    url: str = args.url
    password = _password(url)
    try:
        summary = offline_init(args.sub_data_dir, url, pack=args.pack, password=password)
    except StorageError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    _remember(url, password)
    print(
        f"Replica in {args.sub_data_dir}: {summary.rows} records "
        f"({summary.seconds:.1f} s, {summary.rows_per_second:,.0f} records/s)"
    )
    return 0


def run_sync(args: argparse.Namespace) -> int:
    from indie_desktop.sync.engine import SyncOptions, synchronise
    from indie_desktop.sync.replica import Replica

    data_dir: Path = args.sub_data_dir
    url = None
    if (data_dir / DB_FILENAME).exists():
        replica = Replica(data_dir)
        try:
            url = replica.meta("server_url")
        except sqlite3.Error:  # an ordinary local database of an older version
            url = None
        finally:
            replica.close()
    if url is None:
        print(
            f"error: {data_dir} is not an offline replica: run offline init first.",
            file=sys.stderr,
        )
        return 1

    def progress(phase: str, done: int, total: int) -> None:
        shown = f"{done}/{total}" if total else str(done)
        print(f"\r{phase}: {shown}   ", end="", file=sys.stderr, flush=True)

    try:
        summary = synchronise(data_dir, SyncOptions(password=_password(url), progress=progress))
    except StorageError as exc:
        print(file=sys.stderr)
        print(f"error: {exc}", file=sys.stderr)
        return 1
    print(file=sys.stderr)
    print(
        f"sent {summary.sent}, received {summary.received}, merged {summary.merged}, "
        f"conflicts {summary.conflicts} ({summary.seconds:.1f} s)"
    )
    if summary.discarded or summary.redacted:
        print(
            f"erasure on the server (Art. 17): {summary.discarded} local change(s) to an erased "
            f"person discarded, {summary.redacted} unsent text(s) with a mention redacted"
        )
    for path in summary.backups_with_erased:
        print(f"backup still holding an erased person (goes as backups rotate): {path}")
    if summary.clock_warning:
        print(
            f"warning: this computer's clock is {summary.clock_offset_s:+.0f} s off the "
            "server's; please correct it.",
            file=sys.stderr,
        )
    # Conflicts of earlier runs still waiting for a decision count too: nothing of them has
    # reached the server yet.
    replica = Replica(data_dir)
    try:
        undecided = replica.open_conflicts()
    finally:
        replica.close()
    if undecided:
        print(
            f"{undecided} undecided conflict(s) remain: decide them in the app's conflict list; "
            "until then those changes stay on this computer.",
            file=sys.stderr,
        )
    return 3 if summary.conflicts or undecided else 0
