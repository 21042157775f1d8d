"""A staff member's own login on the shared server: check and change its password.

The new password leaves this computer only as a SCRAM-SHA-256 verifier (hashed here, as
`admin add-staff` does), so it never appears in the server's statement log. Afterwards the
open database uses the new password for every connection it opens later.
"""

from __future__ import annotations

import logging

import psycopg
from psycopg import sql
from sqlalchemy import create_engine, text

from indie_desktop.store.database import Database, StorageError

log = logging.getLogger(__name__)


class WrongPassword(StorageError):
    """The password given as the current one does not log in."""


def _require_login(db: Database) -> None:
    if db.engine.dialect.name != "postgresql":
        raise StorageError("Only a login on the shared server has a password.")


def check_password(db: Database, password: str) -> None:
    """Log in once more with `password` as the current user; WrongPassword if refused."""
    _require_login(db)
    url = db.engine.url.set(drivername="postgresql", password=password)
    with db.engine.connect() as conn:
        login = conn.execute(text("SELECT current_user")).scalar_one()
    url = url.set(username=login)
    try:
        with psycopg.connect(url.render_as_string(hide_password=False), connect_timeout=10):
            pass
    except psycopg.OperationalError as exc:
        from indie_desktop.store import connection_errors as ce

        if ce.classify(exc) in (ce.WRONG_PASSWORD, ce.NO_PASSWORD):
            raise WrongPassword("The current password is not correct.") from exc
        raise ce.connection_failed(exc) from exc


def change_own_password(db: Database, new_password: str) -> str:
    """ALTER ROLE CURRENT_USER with the SCRAM verifier of `new_password`; returns the login.

    The database's engine is replaced by one with the new password (connections already open
    stay logged in; new ones would otherwise be refused with the old password).
    """
    _require_login(db)
    with db.engine.begin() as conn:
        login = str(conn.execute(text("SELECT current_user")).scalar_one())
        raw = conn.connection.driver_connection
        assert raw is not None
        hashed = raw.pgconn.encrypt_password(
            new_password.encode(), login.encode(), b"scram-sha-256"
        )
        conn.exec_driver_sql(
            sql.SQL("ALTER ROLE CURRENT_USER PASSWORD {}")
            .format(sql.Literal(hashed.decode()))
            .as_string(raw)
        )
    old = db.engine
    engine = create_engine(
        old.url.set(password=new_password),
        pool_pre_ping=True,
        future=True,
        connect_args={"connect_timeout": 10},
    )
    db.engine = engine
    db.sessions.configure(bind=engine)
    old.dispose()
    log.info("login %s changed its password", login)
    return login
