"""`indie-desktop backup` and `indie-desktop restore`: copies of the local database file.

    indie-desktop backup  --data-dir DIR [--to FOLDER] [--keep N]
    indie-desktop restore --data-dir DIR --list
    indie-desktop restore --data-dir DIR --from FILE | --newest

The folder and the number kept come from the settings (Sicherung) unless given. Restoring keeps
the current file first (a `before-restore` backup, or a damaged file renamed beside itself) and
must not run while the application has the database open.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from indie_desktop.domain.formatting import format_date


def add_commands(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    backup = sub.add_parser("backup", help="back up the local database file now")
    backup.add_argument("--data-dir", type=Path, dest="sub_data_dir")
    backup.add_argument("--to", type=Path, help="backup folder (default: as in the settings)")
    backup.add_argument("--keep", type=int, help="backups kept (default: as in the settings)")

    restore = sub.add_parser("restore", help="list backups or put one in place of the database")
    restore.add_argument("--data-dir", type=Path, dest="sub_data_dir")
    restore.add_argument("--to", type=Path, dest="folder", help="backup folder to look in")
    which = restore.add_mutually_exclusive_group(required=True)
    which.add_argument("--list", action="store_true", help="the backups with date and counts")
    which.add_argument("--from", type=Path, dest="source", help="the backup file to restore")
    which.add_argument("--newest", action="store_true", help="the newest backup that is intact")
    restore.add_argument(
        "--force",
        action="store_true",
        help="restore even if the database looks open (after a crash of the application)",
    )


def _policy(data_dir: Path | None, folder: Path | None, keep: int | None) -> tuple[Path, object]:
    from indie_desktop.config import Paths
    from indie_desktop.store.backup import BackupPolicy
    from indie_desktop.store.database import DB_FILENAME

    paths = Paths.resolve(data_dir)
    policy = paths.backup_policy()
    if folder is not None or keep is not None:
        policy = BackupPolicy(folder or policy.folder, max(1, keep or policy.keep))
    return paths.data_dir / DB_FILENAME, policy


def run_backup(data_dir: Path | None, args: argparse.Namespace) -> int:
    from indie_desktop.store import backup as b

    db_file, policy = _policy(data_dir, args.to, args.keep)
    assert isinstance(policy, b.BackupPolicy)
    health = b.check_file(db_file)
    if not health.ok:
        print(f"error: {health.problem} {health.detail}".strip(), file=sys.stderr)
        print("No backup taken: it would replace a good one in the rotation.", file=sys.stderr)
        return 1
    try:
        target = b.take_backup(db_file, policy, b.MANUAL)
    except b.BackupError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    print(f"Backup written: {target} (keeping the newest {policy.keep} in {policy.folder})")
    return 0


def _describe(p: object) -> str:
    from indie_desktop.store.backup import BackupPreview

    assert isinstance(p, BackupPreview)
    when = f"{format_date(p.info.taken_at.date())} {p.info.taken_at:%H:%M:%S}"
    if not p.health.ok:
        return f"{when}  {p.info.reason:<16} DAMAGED: {p.health.problem}  {p.info.path}"
    return (
        f"{when}  {p.info.reason:<16} {p.organisations:>7} organisations {p.people:>8} people "
        f"{p.activities:>8} activities  {p.info.path}"
    )


def run_restore(data_dir: Path | None, args: argparse.Namespace) -> int:
    from indie_desktop.store import backup as b

    db_file, policy = _policy(data_dir, args.folder, None)
    assert isinstance(policy, b.BackupPolicy)
    if args.list:
        found = b.list_backups(policy.folder)
        if not found:
            print(f"No backups in {policy.folder}.")
            return 0
        for info in found:
            print(_describe(b.preview(info.path)))
        return 0
    if args.newest:
        chosen = b.newest_good_backup(policy.folder)
        if chosen is None:
            print(f"error: no intact backup in {policy.folder}", file=sys.stderr)
            return 1
        source = chosen.info.path
    else:
        source = args.source
    if b.held_by_a_process(db_file) and not args.force:
        print(
            f"error: {db_file} seems to be open in In|Die Desktop. Close the application first "
            "(after a crash of the application, add --force).",
            file=sys.stderr,
        )
        return 1
    try:
        result = b.restore(db_file, source, policy)
    except b.BackupError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    print(f"Restored {db_file} from {_describe(b.preview(source))}")
    if result.kept_copy is not None:
        state = "damaged file set aside" if result.damaged else "former file kept"
        print(f"The {state}: {result.kept_copy}")
    return 0
