"""A staff member changes their own password on the shared server."""

from __future__ import annotations

import os

import pytest

from indie_desktop.domain.errors import PermissionDenied, ValidationError
from indie_desktop.store import connection_errors as ce
from indie_desktop.store.database import open_url
from tests.integration.shared_fixtures import SharedServer, shared

pytestmark = pytest.mark.postgres
__all__ = ["shared"]

NEW = "Neues-Passwort-2026"


def _logs_in(shared: SharedServer, login: str, password: str) -> bool:
    who = shared.dortmund if login == shared.dortmund.login else shared.hagen
    try:
        open_url(who.url, password=password).dispose()
    except ce.ConnectionFailed as exc:
        assert exc.kind == ce.WRONG_PASSWORD
        return False
    return True


def test_after_the_change_the_login_works_with_the_new_password_only(
    shared: SharedServer,
) -> None:
    who = shared.dortmund
    ws = who.workspace()
    try:
        assert ws.account.change_password(who.password, NEW, NEW) == who.login
        # The open workspace keeps working, also on connections opened after the change.
        ws.db.engine.dispose()
        assert ws.directory.acting_user() is not None
    finally:
        ws.db.dispose()
    assert _logs_in(shared, who.login, NEW)
    assert not _logs_in(shared, who.login, who.password)
    # Only the own login changed.
    assert _logs_in(shared, shared.hagen.login, shared.hagen.password)


def test_the_new_password_reaches_the_server_only_as_a_scram_verifier(
    shared: SharedServer,
) -> None:
    who = shared.dortmund
    ws = who.workspace()
    try:
        ws.account.change_password(who.password, NEW, NEW)
    finally:
        ws.db.dispose()
    result = shared.psql(
        who,
        "SELECT 1",
    )
    assert result.returncode != 0  # psql with the old password is refused
    import psycopg
    from sqlalchemy.engine import make_url

    # Only a superuser may read pg_authid; CI's admin role is not one, so CI names a
    # superuser login for this check (INDIE_TEST_PG_SUPERUSER_URL).
    url = os.environ.get("INDIE_TEST_PG_SUPERUSER_URL") or shared.admin_url
    admin = make_url(url).set(drivername="postgresql", database="postgres")
    with psycopg.connect(admin.render_as_string(hide_password=False)) as conn:
        verifier = conn.execute(
            "SELECT rolpassword FROM pg_authid WHERE rolname = %s", (who.login,)
        ).fetchone()
    assert verifier is not None and verifier[0].startswith("SCRAM-SHA-256$")
    assert NEW not in verifier[0]


def test_a_wrong_current_password_changes_nothing(shared: SharedServer) -> None:
    who = shared.dortmund
    ws = who.workspace()
    try:
        with pytest.raises(ValidationError) as refused:
            ws.account.change_password("falsch-geraten", NEW, NEW)
        assert set(refused.value.errors) == {"current_password"}
    finally:
        ws.db.dispose()
    assert _logs_in(shared, who.login, who.password)
    assert not _logs_in(shared, who.login, NEW)


@pytest.mark.parametrize(
    ("new", "repeated", "field"),
    [
        ("kurz", "kurz", "new_password"),
        (None, None, "new_password"),  # same as the current one
        (NEW, NEW + "x", "repeated_password"),
    ],
)
def test_unusable_new_passwords_are_refused_before_asking_the_server(
    shared: SharedServer, new: str | None, repeated: str | None, field: str
) -> None:
    who = shared.dortmund
    ws = who.workspace()
    try:
        with pytest.raises(ValidationError) as refused:
            ws.account.change_password(who.password, new or who.password, repeated or who.password)
        assert field in refused.value.errors
    finally:
        ws.db.dispose()
    assert _logs_in(shared, who.login, who.password)


def test_the_local_file_has_no_password_to_change(local_workspace) -> None:
    assert not local_workspace.account.has_password
    with pytest.raises(PermissionDenied):
        local_workspace.account.change_password("a", NEW, NEW)
