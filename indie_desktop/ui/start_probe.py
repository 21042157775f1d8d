"""Measuring a start from outside: `INDIE_START_PROBE=FILE` makes the application write one
JSON line to FILE at the first paint of a list with rows in it, then end at once.

This is how the benchmark times the frozen build (tests/bench/figures_frozen.py), which has no
Python of its own to wrap around `run_gui`: launch time is taken by the parent process, the
moment of the first paint by this watcher, so the figure covers everything a user waits for
(the executable's unpacking, the interpreter, the imports, the first page). Without the
variable nothing of this is imported.
"""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView

ENV = "INDIE_START_PROBE"
POLL_MS = 2  # how often the watcher looks for new lists (the error bound of the timing)


class StartProbe(QObject):
    """Watches every list of the main window; reports the first paint of one with rows."""

    def __init__(self, report_file: Path) -> None:
        super().__init__()
        self.report_file = report_file
        self.watched: set[int] = set()
        self.timer = QTimer(self)
        self.timer.setInterval(POLL_MS)
        self.timer.timeout.connect(self.poll)
        self.timer.start()

    def poll(self) -> None:
        for top in QApplication.topLevelWidgets():
            if not isinstance(top, QMainWindow) or not top.isVisible():
                continue
            for view in top.findChildren(QTableView):
                viewport = view.viewport()
                if id(viewport) not in self.watched:
                    self.watched.add(id(viewport))
                    viewport.installEventFilter(self)
                    viewport.update()  # a paint after the filter is in place

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            view = watched.parent()
            if not isinstance(view, QTableView):
                return False
            model = view.model()
            if model is not None and view.isVisible() and model.rowCount() > 0:
                self.report(
                    {
                        "shown_at": time.time(),
                        "rows": model.rowCount(),
                        # The ORM and the mapped classes load after the first paint.
                        "orm_loaded": "sqlalchemy.orm" in sys.modules,
                    }
                )
        return False

    def report(self, values: dict[str, Any]) -> None:
        self.report_file.write_text(json.dumps(values) + "\n", encoding="utf-8")
        os._exit(0)  # the measurement is over; nothing was changed that needs saving


def install_if_asked() -> StartProbe | None:
    """The watcher when INDIE_START_PROBE names a file, else None (the normal start)."""
    target = os.environ.get(ENV)
    return StartProbe(Path(target)) if target else None
