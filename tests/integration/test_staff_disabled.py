"""A login that is disabled, or no active staff member, can do nothing any more, at once."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from typing import Any

import psycopg
import pytest
from sqlalchemy.engine import make_url

from indie_desktop.services.directory.organisations import OrganisationDraft
from indie_desktop.store.connection_errors import DISABLED, ConnectionFailed
from tests.integration.shared_fixtures import SharedServer, StaffLogin, shared

pytestmark = pytest.mark.postgres
__all__ = ["shared"]


def _admin(shared: SharedServer) -> psycopg.Connection[Any]:
    url = make_url(shared.admin_url).set(drivername="postgresql")
    return psycopg.connect(url.render_as_string(hide_password=False), autocommit=True)


def _disable_in_another_process(shared: SharedServer, who: StaffLogin) -> str:
    """`indie-desktop admin disable-staff` as the administrator runs it: its own process."""
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "indie_desktop",
            "admin",
            "disable-staff",
            "--url",
            shared.admin_url,
            "--login",
            who.login,
        ],
        capture_output=True,
        text=True,
        timeout=120,
        env=dict(os.environ, PYTHONPATH=os.getcwd()),
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


def _open_psql(shared: SharedServer, who: StaffLogin) -> subprocess.Popen[str]:
    u = make_url(who.url)
    return subprocess.Popen(
        [
            "psql",
            "-X",
            "-q",
            "-A",
            "-t",
            "-h",
            "127.0.0.1",
            "-p",
            str(u.port or 5432),
            "-U",
            who.login,
            "-d",
            str(u.database),
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=dict(os.environ, PGPASSWORD=who.password),
    )


def test_disable_staff_ends_an_open_psql_session_of_the_login(shared: SharedServer) -> None:
    session = _open_psql(shared, shared.hagen)
    assert session.stdin is not None
    session.stdin.write("SELECT 'logged in';\n")
    session.stdin.flush()
    deadline = time.monotonic() + 30
    with _admin(shared) as conn:
        while time.monotonic() < deadline:
            row = conn.execute(
                "SELECT count(*) FROM pg_stat_activity WHERE usename = %s", (shared.hagen.login,)
            ).fetchone()
            if row and row[0]:
                break
            time.sleep(0.1)
    out = _disable_in_another_process(shared, shared.hagen)
    assert "1 open session(s) ended" in out
    session.stdin.write("INSERT INTO organisation (id) VALUES (gen_random_uuid());\n")
    session.stdin.write("SELECT 'still here';\n")
    stdout, stderr = session.communicate(timeout=30)
    assert "logged in" in stdout
    assert "still here" not in stdout
    assert "terminat" in stderr or "closed the connection" in stderr


def test_the_open_app_of_a_disabled_login_says_access_disabled_at_the_next_action(
    shared: SharedServer,
) -> None:
    ws = shared.hagen.workspace()
    try:
        ws.organisations.create(OrganisationDraft(name="Vor der Sperre GmbH"))
        _disable_in_another_process(shared, shared.hagen)
        with pytest.raises(ConnectionFailed) as caught:
            ws.organisations.create(OrganisationDraft(name="Nach der Sperre GmbH"))
        assert caught.value.kind == DISABLED
    finally:
        ws.close()
    with _admin(shared) as conn:
        names = [r[0] for r in conn.execute("SELECT name FROM organisation ORDER BY name")]
    assert names == ["Vor der Sperre GmbH"]


def test_access_disabled_reads_in_german(german: None) -> None:
    from indie_desktop.ui.errors import describe_error

    text = describe_error(ConnectionFailed(DISABLED)).text
    assert text.startswith("Ihr Zugang wurde deaktiviert")


def test_a_login_that_is_no_active_staff_member_sees_and_changes_nothing(
    shared: SharedServer,
) -> None:
    ws = shared.dortmund.workspace()
    try:
        ws.organisations.create(OrganisationDraft(name="Netzwerk Guss AG"))
    finally:
        ws.close()
    # The staff record alone is switched off (login and group membership stay).
    with _admin(shared) as conn:
        conn.execute("UPDATE staff SET active = false WHERE db_role = %s", (shared.hagen.login,))
    for sql in (
        "SELECT count(*) FROM organisation",
        "SELECT count(*) FROM staff",
        "SELECT count(*) FROM institution",
        "SELECT count(*) FROM audit_entry",
        "SELECT count(*) FROM sync_feed",
    ):
        seen = shared.psql(shared.hagen, sql)
        assert seen.stdout.strip() == "0", (sql, seen.stderr)
    for sql in (
        "UPDATE organisation SET name = 'x'",
        "INSERT INTO organisation (id, created_at, updated_at, version, visibility, kind, name, "
        "sort_name, search_key, chamber, handwerksrolle, status) VALUES (gen_random_uuid(), "
        "now(), now(), 1, 'network', 'company', 'Neu GmbH', 'n', 'n', 'none', false, 'active')",
        "SELECT indie_sync_prune()",
    ):
        shared.psql(shared.hagen, sql)
    with _admin(shared) as conn:
        names = [r[0] for r in conn.execute("SELECT name FROM organisation")]
        feed = conn.execute("SELECT count(*) FROM sync_horizon").fetchone()
    assert names == ["Netzwerk Guss AG"]
    assert feed == (0,)
