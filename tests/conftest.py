"""Shared fixtures: a fresh local database per test, a registered user, a workspace."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from pathlib import Path

import pytest

from indie_desktop.services.directory import DirectoryService
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
