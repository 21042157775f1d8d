"""The same e-mail filed offline on two laptops of one institution (issue 23): the sync merges
the two into one activity instead of refusing the second upload (Message-ID unique per
institution, ids derived from it); another institution on the office server files its own
copy. Real PostgreSQL set up by the admin commands, two laptop replicas of two staff logins."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest
from sqlalchemy.engine import URL, make_url

from indie_desktop.interchange.mail import read_mail_file
from indie_desktop.services.mail.filing import MailTarget
from tests.integration.shared_fixtures import (
    SharedServer,
    StaffLogin,
    _admin_conninfo,
    admin_command,
)
from tests.sync.helpers import Laptop, create_org, hexid, server_rows

MAIL = Path(__file__).parents[1] / "files" / "mail" / "poi-58214_with_attachment.msg"


def _second_dortmund_login(shared: SharedServer) -> StaffLogin:
    login = f"t{uuid.uuid4().hex[:8]}_dortmund2"
    added = admin_command(
        "add-staff",
        "--url",
        shared.admin_url,
        "--institution",
        "WF Dortmund",
        "--name",
        "Şükrü Yıldız",
        "--login",
        login,
        "--generate-password",
    )
    password = added.rsplit("Initial password: ", 1)[1].strip()
    admin = make_url(shared.admin_url)
    base = URL.create(admin.drivername, host=admin.host, port=admin.port, database=admin.database)
    return StaffLogin(login, password, base.set(username=login).render_as_string(False))


@pytest.fixture
def extra_logins() -> Iterator[list[str]]:
    """Logins a test adds; dropped after the shared server's database (set up before it)."""
    logins: list[str] = []
    yield logins
    with psycopg.connect(_admin_conninfo(), autocommit=True) as conn:
        for login in logins:
            conn.execute(f'DROP ROLE IF EXISTS "{login}"')


def test_one_mail_filed_offline_on_two_laptops_becomes_one_activity(
    extra_logins: list[str], shared: SharedServer, tmp_path: Path
) -> None:
    second = _second_dortmund_login(shared)
    extra_logins.append(second.login)
    office = shared.dortmund.workspace()
    org = create_org(office, "Stahlbau Şükrü Yıldız GmbH", city="Dortmund")
    anna, _ = Laptop.take_offline(tmp_path / "anna", shared.dortmund)
    sukru, _ = Laptop.take_offline(tmp_path / "sukru", second)
    message = read_mail_file(MAIL)
    for laptop in (anna, sukru):
        filed = laptop.workspace().mail.file(message, MailTarget("organisation", org))
        assert not filed.duplicate and not filed.attachments_skipped

    first = anna.sync()
    then = sukru.sync()
    assert (first.conflicts, then.conflicts, then.rejected) == (0, 0, 0)
    assert anna.conflicts() == [] and sukru.conflicts() == []
    assert sukru.unsynced() == 0

    activities = [r for r in server_rows(shared.dortmund, "activity").values() if r["message_id"]]
    assert len(activities) == 1
    activity = activities[0]["id"]
    links = server_rows(shared.dortmund, "activity_organisation").values()
    assert [r["organisation_id"] for r in links if r["activity_id"] == activity] == [hexid(org)]
    staff = [
        r["staff_id"]
        for r in server_rows(shared.dortmund, "activity_staff").values()
        if r["activity_id"] == activity
    ]
    assert len(staff) == 2  # both filed it: both are on the activity
    files = sorted(
        r["filename"]
        for r in server_rows(shared.dortmund, "attachment").values()
        if r["target_id"] == activity
    )
    assert len(files) == len(set(files)) == 1 + len(message.attachments)

    # Both laptops show the one activity in the company's timeline after the next sync.
    anna.sync()
    for laptop in (anna, sukru):
        timeline = laptop.workspace().timeline.for_organisation(org).entries
        assert [e.title for e in timeline if e.subkind == "email"] == [message.subject]
        laptop.close()

    # SIHK Hagen files the same mail on the server: its own copy, private to Hagen.
    hagen = shared.hagen.workspace()
    theirs = hagen.mail.file(message)
    assert not theirs.duplicate and theirs.activity_id is not None
    assert str(theirs.activity_id).replace("-", "") != activity
    hagen.db.dispose()
    office.db.dispose()
