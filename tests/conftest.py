"""Shared fixtures: a fresh local database per test, a registered user, a workspace."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from pathlib import Path

import pytest

from indie_desktop.services.directory.staff import DirectoryService
from indie_desktop.services.workspace import Workspace
from indie_desktop.store.database import Database, open_local


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
