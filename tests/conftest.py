"""Shared fixtures: a fresh local database per test, a registered user, a workspace."""

from __future__ import annotations

import os
from pathlib import Path

# Offscreen Qt with the screen of an office desktop (1920×1080; the plugin's own is 800×800):
# windows open at their declared sizes, fitted to the screen (ui/window_sizes.py). The laptop
# screens (1280×688, 1366×728) are simulated in tests/ui/test_window_sizes.py.
if os.environ.get("QT_QPA_PLATFORM", "offscreen") == "offscreen":
    SCREEN = Path(__file__).with_name("offscreen-screen.json")
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={SCREEN}"

from collections.abc import Iterator

import pytest

from indie_desktop.services.directory.staff import DirectoryService
from indie_desktop.services.workspace import Workspace
from indie_desktop.store.database import Database, open_local
from tests import cups_queue

_CUPS: dict[str, cups_queue.CupsQueue | None] = {}


def pytest_configure(config: pytest.Config) -> None:
    # Before Qt first asks CUPS for printers: CUPS_SERVER must point at the test queue then.
    _CUPS["queue"] = cups_queue.start()


def pytest_unconfigure(config: pytest.Config) -> None:
    cups_queue.stop(_CUPS.pop("queue", None))
    _empty_clipboard()


def _empty_clipboard() -> None:
    """A QMimeData made in Python and left on the clipboard is deleted by Qt's exit handlers,
    after Python has shut down: the run would pass and then end in a segfault (exit 139)."""
    import sys

    if "PySide6.QtGui" not in sys.modules:
        return
    from PySide6.QtGui import QGuiApplication

    if QGuiApplication.instance() is not None:
        QGuiApplication.clipboard().clear()


@pytest.fixture
def cups(qapp: object) -> cups_queue.CupsQueue:
    """The real CUPS queue with cups-pdf (tests/cups_queue.py)."""
    queue = _CUPS.get("queue")
    if queue is None:
        if os.environ.get("INDIE_REQUIRE_CUPS") == "1":
            pytest.fail("no CUPS queue: .ci/run installs cups and printer-driver-cups-pdf")
        pytest.skip("cupsd with cups-pdf (run as root) is needed for the real print queue")
    return queue


@pytest.fixture
def local_db(tmp_path: Path) -> Iterator[Database]:
    db = open_local(tmp_path / "data")
    yield db
    db.dispose()


@pytest.fixture
def local_workspace(local_db: Database) -> Workspace:
    directory = DirectoryService(local_db)
    choice = next(c for c in directory.institution_choices() if c.short_name == "WF Dortmund")
    actor = directory.register_local_user(choice, "Şükrü", "Yıldız", "s.yildiz@example.de")
    return Workspace(local_db, actor)


# The user interface languages (here, not in tests/ui: sync and print tests use them too).


@pytest.fixture
def german(qapp: object) -> Iterator[None]:
    """The German user interface (as the application starts by default), English afterwards."""
    from PySide6.QtCore import QLocale
    from PySide6.QtWidgets import QApplication

    from indie_desktop.ui.i18n import install_translator, remove_translators

    assert isinstance(qapp, QApplication)
    locale = QLocale()
    install_translator(qapp, None)
    yield
    remove_translators(qapp)
    QLocale.setDefault(locale)
