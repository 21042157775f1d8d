"""The Art. 15 export and the Art. 17 erasure run in the app's background runner (ui/tasks.py)
behind a small busy dialog, so a VACUUM of a large file does not freeze the window.

The export can be cancelled (it removes what it wrote); the erasure cannot once it started:
it is one transaction followed by the file's clean-up, and stopping half-way would leave the
bytes on disk. The dialog says so and ignores Escape and the close button.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWidget

from indie_desktop.domain.enum_labels import QT_TRANSLATE_NOOP
from indie_desktop.ui.tasks import Runner, Task, TaskRunner
from indie_desktop.ui.widgets.job_dialog import BackgroundJobDialog

# The services' step names (English), for lupdate: privacy_access.EXPORT_STEPS and
# privacy_erasure.PHASES.
STEP_TEXTS = (
    QT_TRANSLATE_NOOP("PrivacyJob", "Collecting the records"),
    QT_TRANSLATE_NOOP("PrivacyJob", "Writing the PDF"),
    QT_TRANSLATE_NOOP("PrivacyJob", "Writing JSON and CSV"),
    QT_TRANSLATE_NOOP("PrivacyJob", "Copying the files"),
    QT_TRANSLATE_NOOP("PrivacyJob", "Erasing the personal data"),
    QT_TRANSLATE_NOOP("PrivacyJob", "Cleaning the search index"),
    QT_TRANSLATE_NOOP("PrivacyJob", "Checking the database file for leftovers"),
    QT_TRANSLATE_NOOP("PrivacyJob", "Rewriting the database file (VACUUM)"),
    QT_TRANSLATE_NOOP("PrivacyJob", "Looking for backups that still hold the person"),
)

# Work gets a `step(name, done, total)` callable and a `cancelled()` callable.
StepFn = Callable[[str, int, int], None]
CancelledFn = Callable[[], bool]
Work = Callable[[StepFn, CancelledFn], Any]

_fallback: TaskRunner | None = None


def runner_for(widget: QWidget | None) -> Runner:
    """The main window's runner (found through the widget's parents or the top-level windows),
    so privacy work queues behind other database writes; a runner of its own otherwise."""
    global _fallback
    candidates: list[Any] = []
    w = widget
    while w is not None:
        candidates.append(w)
        w = w.parentWidget()
    app = QApplication.instance()
    if isinstance(app, QApplication):
        candidates += app.topLevelWidgets()
    for c in candidates:
        runner = getattr(c, "runner", None)
        if runner is not None and callable(getattr(runner, "run", None)):
            return runner  # type: ignore[no-any-return]
    if _fallback is None:
        _fallback = TaskRunner()
    return _fallback


def step_text(name: str) -> str:
    return QCoreApplication.translate("PrivacyJob", name)


class PrivacyJobDialog(BackgroundJobDialog):
    """Runs `work` once in the runner; shows its current step. `cancellable` decides whether
    the Cancel button exists; without it the dialog cannot be closed until the work ends.
    When the work ends the dialog closes: `finished_with(result)` after success,
    `failed_with(error)` after an error; a cancelled export ends it as rejected."""

    stepped = Signal(str)  # the service's step name (English), on the UI thread

    def __init__(
        self,
        runner: Runner,
        title: str,
        intro: str,
        work: Work,
        *,
        cancellable: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(runner, title, parent, cancellable=cancellable)
        self.setObjectName("privacy_job")
        self.work = work
        self.intro = QLabel(intro)
        self.intro.setWordWrap(True)
        self.intro.setMinimumWidth(400)
        self.message.setText(self.tr("Starting…"))
        self.bar.setTextVisible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.message)
        layout.addWidget(self.bar)
        if self.buttons is not None:
            layout.addWidget(self.buttons)

    def _run(self, task: Task, cancelled: CancelledFn) -> Any:
        def step(name: str, done: int, total: int) -> None:
            # A handful of steps per job: every one is shown (Task.report thins out
            # reports closer than 50 ms, meant for loops of thousands).
            task._last_report = 0.0
            task.report(name, done, total)

        return self.work(step, cancelled)

    def _progress(self, name: str, done: int, total: int) -> None:
        if self.is_cancelled():
            return
        self.message.setText(step_text(name))
        self.stepped.emit(name)
        if total > 0:
            self.bar.setRange(0, total)
            self.bar.setValue(min(done, total))
        else:
            self.bar.setRange(0, 0)
