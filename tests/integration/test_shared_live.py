"""Other users' changes reach open windows without a restart (LISTEN/NOTIFY, polling fallback)."""

from __future__ import annotations

import os

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from indie_desktop.services.directory.organisations import OrganisationDraft
from indie_desktop.ui.main_window import MainWindow
from indie_desktop.ui.tasks import SynchronousRunner
from tests.integration.shared_fixtures import SharedServer, shared

pytestmark = pytest.mark.postgres
__all__ = ["shared"]


def test_change_feed_reports_tables_other_users_changed(shared: SharedServer) -> None:
    anna = shared.dortmund.workspace()
    bernd = shared.hagen.workspace()
    feed = anna.change_feed()
    try:
        assert feed.start() is True
        assert feed.changed_tables() == set()
        bernd.organisations.create(OrganisationDraft(name="Neu aus Hagen"))
        seen: set[str] = set()
        for _ in range(50):
            seen |= feed.changed_tables()
            if seen:
                break
            import time

            time.sleep(0.05)
        assert "organisation" in seen
    finally:
        feed.close()
        anna.close()
        bernd.close()


def test_open_list_shows_a_record_another_user_just_saved(qtbot, shared: SharedServer) -> None:
    anna = shared.dortmund.workspace()
    bernd = shared.hagen.workspace()
    window = MainWindow(anna, runner=SynchronousRunner())
    qtbot.addWidget(window)
    try:
        view = window.organisations_view
        assert view.model.rowCount() == 0
        bernd.organisations.create(OrganisationDraft(name="Neu aus Hagen"))
        qtbot.waitUntil(lambda: view.model.rowCount() == 1, timeout=5000)
        assert view.model.row_at(0).name == "Neu aus Hagen"
    finally:
        window.close()
        anna.close()
        bernd.close()
