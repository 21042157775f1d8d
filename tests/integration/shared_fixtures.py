"""A shared database set up as the README says, with staff of two institutions.

`indie-desktop admin init-shared` and `admin add-staff --generate-password` run through the
command line's own code as the administrator login; the staff logins and their generated
passwords are what the administrator would hand over.

Roles are cluster-wide: login names carry a per-test suffix, and teardown drops the database
first (so the roles hold no privileges any more) and then every role the test created.
"""

from __future__ import annotations

import contextlib
import io
import os
import re
import subprocess
import uuid
from collections.abc import Iterator
from dataclasses import dataclass

import psycopg
import pytest
from sqlalchemy.engine import URL, make_url

from indie_desktop.services.workspace import Workspace
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
    base_url: str = ""
    suffix: str = ""
    logins: list[str] | None = None  # every login made, dropped at teardown

    def add_staff(self, key: str, institution: str, name: str) -> StaffLogin:
        """One more staff login made by `admin add-staff` (e.g. a colleague of the same
        institution); dropped with the others at teardown."""
        login = f"t{self.suffix}_{key}"
        added = admin_command(
            "add-staff",
            "--url",
            self.admin_url,
            "--institution",
            institution,
            "--name",
            name,
            "--login",
            login,
            "--generate-password",
        )
        assert self.logins is not None
        self.logins.append(login)
        password = added.rsplit("Initial password: ", 1)[1].strip()
        url = make_url(self.base_url).set(username=login).render_as_string(hide_password=False)
        return StaffLogin(login, password, url)

    def psql(
        self, who: StaffLogin, sql: str, stdin: str | None = None
    ) -> subprocess.CompletedProcess[str]:
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
            input=stdin,
            env=env,
            timeout=60,
        )


def admin_command(*argv: str) -> str:
    """`indie-desktop admin ...` as the administrator runs it; its output (exit 0 asserted)."""
    from indie_desktop.cli import main

    out = io.StringIO()
    err = io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(["admin", *argv])
    assert code == 0, err.getvalue()
    return out.getvalue()


@pytest.fixture
def shared(pg_url: str) -> Iterator[SharedServer]:
    with shared_server(pg_url) as server:
        yield server


@contextlib.contextmanager
def shared_server(pg_url: str) -> Iterator[SharedServer]:
    """The server of `pg_url` set up by the admin commands; its database and roles dropped after."""
    suffix = uuid.uuid4().hex[:8]
    logins: list[str] = []
    staff_role = ""
    try:
        report = admin_command("init-shared", "--url", pg_url)
        found = re.search(r"staff role (\S+),", report)
        assert found, report
        staff_role = found.group(1)
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
            added = admin_command(
                "add-staff",
                "--url",
                pg_url,
                "--institution",
                inst,
                "--name",
                name,
                "--login",
                login,
                "--generate-password",
            )
            logins.append(login)
            password = added.rsplit("Initial password: ", 1)[1].strip()
            url = base.set(username=login).render_as_string(hide_password=False)
            people[key] = StaffLogin(login, password, url)
        yield SharedServer(
            pg_url,
            people["dortmund"],
            people["hagen"],
            staff_role,
            base.render_as_string(hide_password=False),
            suffix,
            logins,
        )
    finally:
        name = make_url(pg_url).database
        drop_database(_admin_conninfo(), name)
        with psycopg.connect(_admin_conninfo(), autocommit=True) as conn:
            for role in [*logins, staff_role]:
                if role:
                    conn.execute(f'DROP ROLE IF EXISTS "{role}"')
