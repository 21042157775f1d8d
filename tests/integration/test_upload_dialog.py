"""*Datei → In Büro-Datenbank übernehmen…*: the administrator moves the local file to the server."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import psycopg
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy.engine import make_url

from indie_desktop.services.directory.organisations import OrganisationDraft
from indie_desktop.services.directory.staff import DirectoryService
from indie_desktop.services.workspace import Workspace
from indie_desktop.store.database import open_local, open_url
from indie_desktop.store.shared_upload import UploadCancelled, upload_local
from indie_desktop.ui.tasks import SynchronousRunner
from indie_desktop.ui.upload_dialog import UploadDialog
from tests.integration.shared_fixtures import SharedServer, shared

pytestmark = pytest.mark.postgres
__all__ = ["shared"]


def _local(tmp_path: Path) -> Workspace:
    db = open_local(tmp_path / "lokal")
    directory = DirectoryService(db)
    choice = next(c for c in directory.institution_choices() if c.short_name == "WF Dortmund")
    actor = directory.register_local_user(choice, "Zoë", "Ñúñez", "z.nunez@example.de")
    ws = Workspace(db, actor)
    for name in ("Şükrü Yıldız Metallbau GmbH", "Łukasz Wiśniewski Elektro e.K."):
        ws.organisations.create(OrganisationDraft(name=name, city="Hagen"))
    return ws


def _names(shared: SharedServer) -> list[str]:
    url = make_url(shared.admin_url).set(drivername="postgresql")
    with psycopg.connect(url.render_as_string(hide_password=False)) as conn:
        return [str(r[0]) for r in conn.execute("SELECT name FROM organisation ORDER BY name")]


def test_the_administrator_moves_the_local_database_to_the_server_from_the_file_menu(
    shared: SharedServer, tmp_path: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    ws = _local(tmp_path)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: shown.append(text))
    try:
        dialog = UploadDialog(ws, SynchronousRunner())
        qtbot.addWidget(dialog)
        assert dialog.institution.currentText() == "WF Dortmund"  # the local user's
        url = make_url(shared.admin_url)
        dialog.url.setText(
            url.set(password=None).render_as_string(hide_password=True).replace(":***", "")
        )
        dialog.password.setText(url.password or "")
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    finally:
        ws.db.dispose()
    assert dialog.report is not None and not dialog.report.dry_run
    assert shown and "record(s) copied" in shown[0]
    assert _names(shared) == ["Łukasz Wiśniewski Elektro e.K.", "Şükrü Yıldız Metallbau GmbH"]


def test_a_bad_server_address_is_named_at_the_field_and_nothing_runs(
    tmp_path: Path, qtbot: QtBot
) -> None:
    ws = _local(tmp_path)
    try:
        dialog = UploadDialog(ws, SynchronousRunner())
        qtbot.addWidget(dialog)
        dialog.url.setText("server/indie")
        dialog.start()
        assert "postgresql://" in dialog.error.text()
        assert dialog.report is None
    finally:
        ws.db.dispose()


def test_a_cancelled_upload_leaves_the_server_as_it_was(
    shared: SharedServer, tmp_path: Path
) -> None:
    ws = _local(tmp_path)
    server = open_url(shared.admin_url)
    asked: list[Any] = []
    try:
        with pytest.raises(UploadCancelled):
            upload_local(
                ws.db, server, "WF Dortmund", cancelled=lambda: asked.append(1) or len(asked) > 3
            )
    finally:
        server.dispose()
        ws.db.dispose()
    assert _names(shared) == []
