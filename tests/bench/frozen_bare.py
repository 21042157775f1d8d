"""The frozen build's baseline: a bare PySide6 window after importing SQLAlchemy, frozen with
PyInstaller the same way (onedir) as the application.

    pyinstaller --noconfirm --onedir --name bare-window tests/bench/frozen_bare.py

It reports its first paint like the application does under INDIE_START_PROBE=FILE (one JSON
line with "shown_at" into FILE), then ends. tests/bench/figures_frozen.py builds and runs it.
"""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path

import sqlalchemy  # noqa: F401  # the baseline pays for the ORM's base import like the app does
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QMainWindow


class FirstPaint(QObject):
    def __init__(self, report_file: Path) -> None:
        super().__init__()
        self.report_file = report_file

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            values = {"shown_at": time.time(), "mode": "frozen baseline"}
            self.report_file.write_text(json.dumps(values) + "\n", encoding="utf-8")
            os._exit(0)
        return False


def main() -> None:
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setWindowTitle("baseline")
    window.resize(1200, 800)
    spy = FirstPaint(Path(os.environ["INDIE_START_PROBE"]))
    window.installEventFilter(spy)
    window.show()
    app.exec()


if __name__ == "__main__":
    main()
