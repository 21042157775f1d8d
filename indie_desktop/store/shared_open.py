"""Opening the database a command or the app was pointed at: `--database URL` or the local file."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy.engine import make_url

from indie_desktop.store.database import Database, open_local, open_url

if TYPE_CHECKING:  # keyring is imported only when a shared database is opened
    from indie_desktop.store.backup import BackupPolicy
    from indie_desktop.store.credentials import CredentialStore


def url_account(url: str) -> str:
    """The keyring entry of the login named in a postgresql:// URL."""
    from indie_desktop.store.credentials import account_name

    u = make_url(url)
    return account_name(u.username or "", u.host or "localhost", u.port or 5432, u.database or "")


def open_shared(
    url: str, *, password: str | None = None, credentials: CredentialStore | None = None
) -> Database:
    """A shared database; the password from the argument, the keyring, or libpq's own
    PGPASSWORD/.pgpass (psycopg consults them when no password is given)."""
    if password is None and make_url(url).password is None:
        from indie_desktop.store.credentials import CredentialStore

        password = (credentials or CredentialStore()).get(url_account(url))
    return open_url(url, password=password)


def open_database(
    data_dir: Path, database: str | None, policy: BackupPolicy | None = None
) -> Database:
    """`--database URL` if given, else the local database file in `data_dir` (backups per
    `policy`, by default in `data_dir/backups`)."""
    if database:
        return open_shared(database)
    return open_local(data_dir, policy)
