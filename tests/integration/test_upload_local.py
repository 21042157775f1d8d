"""`admin upload-local`: an institution that started on the local file brings it to the server."""

from __future__ import annotations

import contextlib
import io
import subprocess
import sys
from pathlib import Path
from typing import Any

import psycopg
import pytest
from sqlalchemy import select
from sqlalchemy.engine import make_url

from indie_desktop.cli import main
from indie_desktop.domain.base import Base
from indie_desktop.domain.enums import Visibility
from indie_desktop.services.directory.organisations import OrganisationDraft
from indie_desktop.services.directory.staff import DirectoryService
from indie_desktop.services.workspace import Workspace
from indie_desktop.store.app_lock import lock_path
from indie_desktop.store.database import open_local
from indie_desktop.store.shared_upload import _tables
from tests import privacy_scenario
from tests.integration.shared_fixtures import SharedServer, shared

pytestmark = pytest.mark.postgres
__all__ = ["shared"]


def _local_office(data_dir: Path, tmp: Path) -> dict[str, Any]:
    """A local file as WF Dortmund keeps it: a person linked to every kind of record, and a
    private organisation."""
    db = open_local(data_dir)
    try:
        directory = DirectoryService(db)
        choice = next(c for c in directory.institution_choices() if c.short_name == "WF Dortmund")
        actor = directory.register_local_user(choice, "Zoë", "Ñúñez", "z.nunez@example.de")
        ws = Workspace(db, actor)
        scene = privacy_scenario.build(ws, tmp)
        private = ws.organisations.create(
            OrganisationDraft(
                name="Łukasz Wiśniewski Geheimtechnik", visibility=Visibility.INSTITUTION
            )
        )
        return {"scene": scene, "private": private}
    finally:
        db.dispose()


def _rows(data_dir: Path) -> dict[str, dict[Any, dict[str, Any]]]:
    db = open_local(data_dir)
    try:
        with db.engine.connect() as conn:
            return {
                t.name: {r["id"]: dict(r) for r in conn.execute(select(t)).mappings()}
                for t in _tables()
            }
    finally:
        db.dispose()


def _admin_cli(*argv: str) -> str:
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        assert main(["admin", *argv]) == 0
    return out.getvalue()


def _server(shared: SharedServer) -> psycopg.Connection[Any]:
    url = make_url(shared.admin_url).set(drivername="postgresql")
    return psycopg.connect(url.render_as_string(hide_password=False), autocommit=True)


def test_a_local_database_moves_to_the_server_losslessly_and_only_once(
    shared: SharedServer, tmp_path: Path
) -> None:
    data_dir = tmp_path / "lokal"
    made = _local_office(data_dir, tmp_path)
    local = _rows(data_dir)
    # Already on the server under another id: the same firm, entered by a colleague.
    ws = shared.dortmund.workspace()
    try:
        twin = ws.organisations.create(
            OrganisationDraft(name="Metallbau Ruhr GmbH", postcode="44147", city="Dortmund")
        )
    finally:
        ws.close()
    args = ["upload-local", "--url", shared.admin_url, "--data-dir", str(data_dir)]
    args += ["--institution", "WF Dortmund"]

    dry = _admin_cli(*args, "--dry-run")
    assert "Would copy" in dry
    with _server(shared) as conn:
        assert conn.execute("SELECT count(*) FROM person").fetchone() == (0,)

    first = _admin_cli(*args)
    assert "likely duplicate" in first and str(twin) in first
    total = sum(len(rows) for name, rows in local.items() if name != "institution")
    assert f"total: {total} copied, 0 skipped" in first

    with _server(shared) as conn:
        dortmund = conn.execute(
            "SELECT id FROM institution WHERE short_name = 'WF Dortmund'"
        ).fetchone()
        assert dortmund is not None
        for name, rows in local.items():
            if name == "institution" or not rows:
                continue
            ids = list(rows)
            on_server = conn.execute(
                f'SELECT count(*) FROM "{name}" WHERE id = ANY(%s)', (ids,)
            ).fetchone()
            assert on_server == (len(ids),), name
        # A few records, field by field (the owner is now the institution's on the server).
        for name, record_id in (
            ("organisation", made["scene"].organisation_id),
            ("person", made["scene"].person_id),
            ("referral", made["scene"].referral_id),
            ("cooperation", made["scene"].cooperation_id),
            ("organisation", made["private"]),
        ):
            table = Base.metadata.tables[name]
            columns = [c.name for c in table.c if c.name != "owner_institution_id"]
            row = conn.execute(
                f'SELECT {", ".join(columns)}, owner_institution_id FROM "{name}" WHERE id = %s',
                (record_id,),
            ).fetchone()
            assert row is not None
            stored = dict(zip([*columns, "owner_institution_id"], row, strict=True))
            expected = local[name][record_id]
            for column in columns:
                want, got = expected[column], stored[column]
                if hasattr(want, "tzinfo") and want is not None and want.tzinfo is None:
                    got = got.replace(tzinfo=None)
                assert got == want, (name, column)
            assert stored["owner_institution_id"] == dortmund[0]
        # The audit trail came along.
        audit = list(local["audit_entry"])
        copied = conn.execute("SELECT count(*) FROM audit_entry WHERE id = ANY(%s)", (audit,))
        assert copied.fetchone() == (len(audit),)

    # Staff of WF Dortmund see the private record; SIHK Hagen does not.
    count = f"SELECT count(*) FROM organisation WHERE id = '{made['private']}'"
    assert shared.psql(shared.dortmund, count).stdout.strip() == "1"
    assert shared.psql(shared.hagen, count).stdout.strip() == "0"

    second = _admin_cli(*args)
    assert "total: 0 copied" in second
    with _server(shared) as conn:
        twins = conn.execute(
            "SELECT count(*) FROM organisation WHERE name = 'Metallbau Ruhr GmbH'"
        ).fetchone()
    assert twins == (2,)  # the colleague's and the uploaded one: reported, never merged


def test_upload_refuses_a_folder_without_a_local_database(
    shared: SharedServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    args = ["admin", "upload-local", "--url", shared.admin_url, "--data-dir", str(tmp_path)]
    code = main([*args, "--institution", "WF Dortmund"])
    assert code == 1
    assert "no local database" in capsys.readouterr().err


_HOLD_LOCK = """
import sys, time
from PySide6.QtCore import QLockFile
lock = QLockFile(sys.argv[1])
lock.setStaleLockTime(0)
assert lock.tryLock(0)
print("locked", flush=True)
time.sleep(120)
"""


def test_upload_refuses_while_the_app_has_the_local_folder_open_and_says_so_in_german(
    shared: SharedServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data_dir = tmp_path / "lokal"
    _local_office(data_dir, tmp_path)
    # The app's own lock (QLockFile, as ui/single_instance takes it), held by another process.
    holder = subprocess.Popen(
        [sys.executable, "-c", _HOLD_LOCK, str(lock_path(data_dir))],
        stdout=subprocess.PIPE,
        text=True,
    )
    args = ["admin", "upload-local", "--url", shared.admin_url, "--data-dir", str(data_dir)]
    args += ["--institution", "WF Dortmund"]
    try:
        assert holder.stdout is not None
        assert holder.stdout.readline().strip() == "locked"
        holder.stdout.close()
        assert main(args) == 1
        said = capsys.readouterr().err
        assert f"In|Die Desktop (Prozess {holder.pid}) hat den Datenordner" in said
        assert "Bitte schließen Sie das Programm zuerst" in said
        assert f"(process {holder.pid}) has the data folder" in said
        with _server(shared) as conn:
            assert conn.execute("SELECT count(*) FROM organisation").fetchone() == (0,)
        assert main([*args, "--dry-run"]) == 0  # reading beside the app is safe
        assert "Would copy" in capsys.readouterr().out
    finally:
        holder.kill()
        holder.wait(timeout=30)
    assert main(args) == 0  # the app closed: the upload goes ahead
    assert "Copied to" in capsys.readouterr().out
