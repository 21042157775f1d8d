"""The first start shows a window while the database is created and migrated (seconds on a
fresh machine), so that nobody starts the app a second time; it is gone when the app is up."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication, QLabel, QProgressBar, QWidget

from indie_desktop.app import _open_database
from indie_desktop.config import Paths
from indie_desktop.store import shared_open
from indie_desktop.store.database import DB_FILENAME
from indie_desktop.ui.tasks import SynchronousRunner


def _splashes() -> list[QWidget]:
    return [
        w
        for w in QApplication.topLevelWidgets()
        if w.objectName() == "startSplash" and w.isVisible()
    ]


def test_the_first_start_shows_progress_while_the_database_is_made(
    qtbot, tmp_path: Path, monkeypatch
) -> None:
    real_open = shared_open.open_database
    seen: list[str] = []

    def open_database(*args: object, **kwargs: object) -> object:
        for splash in _splashes():
            seen.append(splash.findChild(QLabel).text())
            assert splash.findChild(QProgressBar) is not None
        return real_open(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(shared_open, "open_database", open_database)
    data_dir = tmp_path / "Neu"
    db = _open_database(Paths.resolve(data_dir), None, None, SynchronousRunner())
    assert db is not None
    try:
        assert seen == ["In|Die Desktop"]  # shown while the new file was created and migrated
        assert (data_dir / DB_FILENAME).stat().st_size > 0
        qtbot.waitUntil(lambda: not _splashes())
    finally:
        db.dispose()
