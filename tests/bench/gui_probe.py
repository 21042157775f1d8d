"""One GUI start, timed from outside: prints a JSON line when the window is shown with data.

    python tests/bench/gui_probe.py app DATA_DIR [--scroll-to-end] [--profile FILE]
    python tests/bench/gui_probe.py baseline

`app` starts In|Die Desktop the way a user does (its command line without a command) on DATA_DIR and
reports the moment a visible list's viewport is first painted with rows in it: the main window
shown with the first page of the default list. `baseline` shows a bare QMainWindow after
importing SQLAlchemy and reports its first paint. The parent process takes the launch time, so
both figures include interpreter start-up. Output: one JSON line {"shown_at": epoch seconds,
"peak_rss_mb": ..., ...}; then the process ends at once (nothing is written to the database).
`--scroll-to-end` first fetches every list of the window to its end (peak memory);
`--profile FILE` writes a pyinstrument profile of the start to FILE.

Only the standard library is imported before the mode is chosen, so the baseline pays for
nothing it does not use.
"""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
POLL_MS = 2  # how often the probe looks for the main window (the error bound of the timing)


def peak_rss_mb() -> float | None:
    """Peak resident set size of this process so far, in MiB.

    On Linux from VmHWM: getrusage's ru_maxrss survives fork+exec and so reports the parent's
    peak if that was higher (the benchmark process can be large).
    """
    if sys.platform == "win32":
        try:
            import psutil
        except ImportError:
            return None
        return float(psutil.Process().memory_info().peak_wset) / 2**20
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 2**10  # kB
    except OSError:
        pass
    import resource

    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / 2**20 if sys.platform == "darwin" else peak / 2**10  # bytes vs KiB


PROFILE: dict[str, Any] = {}  # "profiler", "path" when --profile is given


def finish(report: dict[str, Any], code: int = 0) -> None:
    report.setdefault("peak_rss_mb", peak_rss_mb())
    if PROFILE:
        PROFILE["profiler"].stop()
        text = PROFILE["profiler"].output_text(unicode=True, color=False)
        Path(PROFILE["path"]).write_text(text, encoding="utf-8")
    sys.stdout.write(json.dumps(report) + "\n")
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)  # skip shutdown: the measurement is over and nothing needs saving


def baseline() -> None:
    import sqlalchemy  # noqa: F401  # the baseline pays for the ORM import like the app does
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setWindowTitle("baseline")
    window.resize(1200, 800)

    class FirstPaint(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                finish({"shown_at": time.time(), "mode": "baseline"})
            return False

    spy = FirstPaint()
    window.installEventFilter(spy)
    window.show()
    app.exec()


class AppWatcher:
    """Polls for the main window; stamps the first paint of a visible list that has rows."""

    def __init__(self, scroll_to_end: bool, timeout_s: float) -> None:
        from PySide6.QtCore import QEvent, QObject, QTimer

        self.scroll_to_end = scroll_to_end
        self.deadline = time.monotonic() + timeout_s
        self.watched: set[int] = set()
        self.done = False
        watcher = self

        class PaintSpy(QObject):
            def eventFilter(self, viewport: QObject, event: QEvent) -> bool:
                if event.type() == QEvent.Type.Paint and not watcher.done:
                    watcher.painted(viewport)
                return False

        self.spy = PaintSpy()
        self.timer = QTimer()
        self.timer.setInterval(POLL_MS)
        self.timer.timeout.connect(self.poll)
        self.timer.start()

    def poll(self) -> None:
        from PySide6.QtWidgets import QAbstractItemView, QApplication, QMainWindow

        if self.done:
            return
        if time.monotonic() > self.deadline:
            finish({"error": "timed out waiting for a list with rows", **self.state()}, 2)
        modal = QApplication.activeModalWidget()
        if modal is not None:
            finish({"error": f"a modal dialog is open: {modal.windowTitle()!r}"}, 3)
        for top in QApplication.topLevelWidgets():
            if not isinstance(top, QMainWindow) or not top.isVisible():
                continue
            for view in top.findChildren(QAbstractItemView):
                viewport = view.viewport()
                if id(viewport) not in self.watched:
                    self.watched.add(id(viewport))
                    viewport.installEventFilter(self.spy)
                    viewport.update()  # a paint after the spy is in place, even if data came first

    def painted(self, viewport: Any) -> None:
        from PySide6.QtWidgets import QTableView

        view = viewport.parent()  # lists are tables; the navigation tree does not count
        model = view.model() if isinstance(view, QTableView) else None
        if model is None or not view.isVisible() or model.rowCount() == 0:
            return
        shown_at = time.time()
        self.done = True
        window = view.window()
        report: dict[str, Any] = {
            "shown_at": shown_at,
            "mode": "app",
            "window": type(window).__name__,
            "view": type(view).__name__,
            "model": type(model).__name__,
            "rows": model.rowCount(),
            "peak_rss_mb": peak_rss_mb(),
        }
        if self.scroll_to_end:
            report["scrolled"] = [scroll(t.model()) for t in window.findChildren(QTableView)]
            report["peak_rss_after_scroll_mb"] = peak_rss_mb()
        finish(report)

    def state(self) -> dict[str, Any]:
        from PySide6.QtWidgets import QApplication

        return {"top_level": [type(w).__name__ for w in QApplication.topLevelWidgets()]}


def scroll(model: Any) -> dict[str, Any]:
    """Fetch a list to its end the way a scrolling view does."""
    from PySide6.QtCore import QEventLoop, QModelIndex
    from PySide6.QtWidgets import QApplication

    root = QModelIndex()
    started = time.perf_counter()
    while model.canFetchMore(root):
        before = model.rowCount()
        model.fetchMore(root)
        while model.rowCount() == before and model.canFetchMore(root):  # asynchronous fetch
            QApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)
    return {
        "model": type(model).__name__,
        "rows": model.rowCount(),
        "seconds": round(time.perf_counter() - started, 3),
    }


def app(data_dir: Path, scroll_to_end: bool, timeout_s: float) -> None:
    sys.path.insert(0, str(ROOT))
    # The user's way in: the command line (`indie-desktop --data-dir DIR`), which starts the
    # window when no command is given; whatever it imports on the way is part of the figure,
    # in the same order (the command line before Qt).
    from indie_desktop.cli import main as command_line  # noqa: I001

    from PySide6.QtWidgets import QApplication

    # run_gui makes (or reuses) the QApplication; the watcher's timer needs one to exist
    # already, so it is created here with the application's own name and arguments.
    QApplication.instance() or QApplication(sys.argv[:1])
    watcher = AppWatcher(scroll_to_end, timeout_s)
    code = command_line(["--data-dir", str(data_dir), "--lang", "de"])
    if not watcher.done:
        finish({"error": f"the app returned {code} before a list was shown"}, 4)


def main(argv: list[str]) -> None:
    if argv[:1] == ["baseline"]:
        baseline()
    elif argv[:1] == ["app"] and len(argv) >= 2:
        if "--profile" in argv:
            from pyinstrument import Profiler

            PROFILE["path"] = argv[argv.index("--profile") + 1]
            PROFILE["profiler"] = Profiler(interval=0.0005)
            PROFILE["profiler"].start()
        timeout = float(os.environ.get("INDIE_PROBE_TIMEOUT", "300"))
        app(Path(argv[1]), "--scroll-to-end" in argv, timeout)
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main(sys.argv[1:])
