"""Fixtures for the record dialog tests: a workspace on a fresh SQLite database per test."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from indie_desktop.services.directory.staff import DirectoryService
from indie_desktop.services.workspace import Workspace
from indie_desktop.store.database import open_local


@pytest.fixture
def workspace(tmp_path: Path) -> Iterator[Workspace]:
    db = open_local(tmp_path)
    directory = DirectoryService(db)
    actor = directory.register_local_user(directory.institution_choices()[0], "Test", "Nutzer")
    ws = Workspace(db, actor)
    yield ws
    ws.close()


def type_text(qtbot, widget, text: str) -> None:
    """Type text into widget key by key, like a user would.

    QTest.keyClicks only knows keys it can map from Latin-1 and aborts the process on
    others ('Ş', 'ł', even 'ö'), so letters outside ASCII arrive as key events that carry
    their text, the way a keyboard layout or input method delivers them.
    """
    for char in text:
        if char.isascii():
            qtbot.keyClicks(widget, char)
            continue
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))
