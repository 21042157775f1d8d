"""A shared database set up by the admin command, with staff of two institutions.

Roles are cluster-wide: login names carry a per-test suffix, and teardown drops the database
first (so the roles hold no privileges any more) and then every role the test created.
"""

from __future__ import annotations

import os
import subprocess
import uuid
from collections.abc import Iterator
from dataclasses import dataclass

import psycopg
import pytest
from sqlalchemy.engine import URL, make_url

from indie_desktop.services.workspace import Workspace
from indie_desktop.store import shared_admin
from indie_desktop.store.database import Database, open_url
from tests.pg_databases import drop_database


def _admin_conninfo() -> str:
    """The test server's own database (the test database itself cannot be dropped from inside)."""
    url = make_url(os.environ["INDIE_TEST_PG_URL"])
    return url.set(drivername="postgresql").render_as_string(hide_password=False)


@dataclass
class StaffLogin:
    login: str
    password: str
    url: str  # without password

    def open(self) -> Database:
        return open_url(self.url, password=self.password)

    def workspace(self) -> Workspace:
        db = self.open()
        actor = Workspace(db, _system()).directory.login_actor()
        assert actor is not None
        return Workspace(db, actor)


def _system() -> object:
    from indie_desktop.services.context import Actor

    return Actor.system()


@dataclass
class SharedServer:
    admin_url: str
    dortmund: StaffLogin
    hagen: StaffLogin
    staff_role: str

    def psql(self, who: StaffLogin, sql: str) -> subprocess.CompletedProcess[str]:
        """Raw SQL through psql logged in as a staff member (not through the app)."""
        u = make_url(who.url)
        env = dict(os.environ, PGPASSWORD=who.password, PGCONNECT_TIMEOUT="10")
        return subprocess.run(
            [
                "psql",
                "-X",
                "-q",
                "-A",
                "-t",
                "-v",
                "ON_ERROR_STOP=1",
                "-h",
                "127.0.0.1",
                "-p",
                str(u.port or 5432),
                "-U",
                who.login,
                "-d",
                str(u.database),
                "-c",
                sql,
            ],
            capture_output=True,
            text=True,
            env=env,
            timeout=60,
        )


@pytest.fixture
def shared(pg_url: str) -> Iterator[SharedServer]:
    suffix = uuid.uuid4().hex[:8]
    db = open_url(pg_url)
    logins: list[str] = []
    staff_role = ""
    try:
        staff_role = shared_admin.init_shared(db).staff_role
        admin = make_url(pg_url)  # staff URLs without the admin's password (.set(password=None)
        # leaves it in place: SQLAlchemy's set() skips None)
        base = URL.create(
            admin.drivername, host=admin.host, port=admin.port, database=admin.database
        )
        people = {}
        for key, inst, name in (
            ("dortmund", "WF Dortmund", "Anna Schmidt"),
            ("hagen", "SIHK Hagen", "Bernd Yılmaz"),
        ):
            login = f"t{suffix}_{key}"
            password = shared_admin.generate_password()
            shared_admin.add_staff(db, inst, name, login, password)
            logins.append(login)
            url = base.set(username=login).render_as_string(hide_password=False)
            people[key] = StaffLogin(login, password, url)
        db.dispose()
        yield SharedServer(pg_url, people["dortmund"], people["hagen"], staff_role)
    finally:
        db.dispose()
        name = make_url(pg_url).database
        drop_database(_admin_conninfo(), name)
        with psycopg.connect(_admin_conninfo(), autocommit=True) as conn:
            for role in [*logins, staff_role]:
                if role:
                    conn.execute(f'DROP ROLE IF EXISTS "{role}"')
