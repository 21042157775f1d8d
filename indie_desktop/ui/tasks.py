"""One way to run work off the UI thread, with callbacks and progress back on the UI thread.

The idea is Anki's (`aqt.operations`, `taskman`): the caller hands over a plain function and
what to do with its result or its error; widgets are only ever touched on the UI thread.
Like Picard's swappable thread pool, tests use `SynchronousRunner`, which has the same
interface and runs everything at once, so they need no waiting and no sleeps.

By default the pool has one worker: background work mostly writes to the database, and a
single writer avoids SQLite "database is locked" errors.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QApplication, QWidget

from indie_desktop.domain.errors import Cancelled as Cancelled  # re-exported for the UI
from indie_desktop.domain.errors import ServiceError
from indie_desktop.store.database import StorageError
from indie_desktop.ui import crash
from indie_desktop.ui.errors import show_error

log = logging.getLogger(__name__)

SuccessCallback = Callable[[Any], None]
FailureCallback = Callable[[BaseException], None]
ProgressCallback = Callable[[str, int, int], None]

_PROGRESS_INTERVAL = 0.05  # seconds between progress updates sent to the UI thread


class Task:
    """Handle of one piece of work: it reports progress and asks whether it was cancelled.

    Functions run with `on_progress` receive their Task as the only argument.
    """

    def __init__(self) -> None:
        self._cancel = threading.Event()
        self._sink: ProgressCallback | None = None
        self._last_report = 0.0

    def cancel(self) -> None:
        self._cancel.set()

    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    def report(self, phase: str, done: int, total: int) -> None:
        """Progress from the work; thinned out so a fast loop cannot flood the UI thread."""
        if self._sink is None:
            return
        now = time.monotonic()
        if done < total and now - self._last_report < _PROGRESS_INTERVAL:
            return
        self._last_report = now
        self._sink(phase, done, total)


class Runner(Protocol):
    """What widgets depend on: TaskRunner in the application, SynchronousRunner in tests."""

    def run(
        self,
        fn: Callable[..., Any],
        *,
        on_success: SuccessCallback,
        on_failure: FailureCallback | None = None,
        on_progress: ProgressCallback | None = None,
    ) -> Task: ...


def show_failure(error: BaseException, parent: QWidget | None = None) -> None:
    """Default failure handler: a refusal or storage problem as a warning, anything else as
    a crash. The warning says what happened in the user's language (errors.describe_error);
    the technical detail is in the box's details area."""
    if isinstance(error, Cancelled):
        return
    if isinstance(error, ServiceError | StorageError):
        log.info("task refused: %s", error)
        if crash.DIALOGS_ENABLED and isinstance(QApplication.instance(), QApplication):
            show_error(
                parent or QApplication.activeWindow(),
                QCoreApplication.translate("tasks", "Could not complete"),
                error,
            )
        return
    crash.report_exception(log, type(error), error, error.__traceback__)


def _call(fn: Callable[..., Any], task: Task, with_task: bool) -> Any:
    return fn(task) if with_task else fn()


class _Relay(QObject):
    """Lives on the UI thread; the worker emits, Qt queues the calls over to the UI thread."""

    succeeded = Signal(object)
    failed = Signal(object)
    progressed = Signal(str, int, int)

    def __init__(
        self,
        on_success: SuccessCallback,
        on_failure: FailureCallback,
        on_progress: ProgressCallback | None,
        done: Callable[[_Relay], None],
    ) -> None:
        super().__init__()
        self._on_success = on_success
        self._on_failure = on_failure
        self._on_progress = on_progress
        self._done = done
        queued = Qt.ConnectionType.QueuedConnection
        self.succeeded.connect(self._deliver_success, queued)
        self.failed.connect(self._deliver_failure, queued)
        self.progressed.connect(self._deliver_progress, queued)

    @Slot(object)
    def _deliver_success(self, result: object) -> None:
        self._done(self)
        self._on_success(result)

    @Slot(object)
    def _deliver_failure(self, error: object) -> None:
        self._done(self)
        assert isinstance(error, BaseException)
        self._on_failure(error)

    @Slot(str, int, int)
    def _deliver_progress(self, phase: str, done: int, total: int) -> None:
        if self._on_progress is not None:
            self._on_progress(phase, done, total)


class TaskRunner:
    """Runs functions on a QThreadPool; every callback is delivered on the UI thread."""

    def __init__(self, pool: QThreadPool | None = None, parent: QWidget | None = None) -> None:
        if pool is None:
            pool = QThreadPool()
            pool.setMaxThreadCount(1)
        self._pool = pool
        self._parent = parent
        self._active: set[_Relay] = set()

    def run(
        self,
        fn: Callable[..., Any],
        *,
        on_success: SuccessCallback,
        on_failure: FailureCallback | None = None,
        on_progress: ProgressCallback | None = None,
    ) -> Task:
        """Start `fn` in the background (called as `fn(task)` when `on_progress` is given)."""
        task = Task()
        relay = _Relay(
            on_success,
            on_failure or (lambda e: show_failure(e, self._parent)),
            on_progress,
            self._active.discard,
        )
        self._active.add(relay)
        with_task = on_progress is not None
        if with_task:
            task._sink = relay.progressed.emit

        def work() -> None:
            try:
                result = _call(fn, task, with_task)
            except BaseException as exc:  # delivered to the UI thread, never lost
                relay.failed.emit(exc)
            else:
                relay.succeeded.emit(result)

        self._pool.start(work)
        return task

    @property
    def busy(self) -> bool:
        return bool(self._active)

    def wait(self, msecs: int = -1) -> bool:
        """Block until running work has finished (at shutdown); True if it did."""
        return self._pool.waitForDone(msecs)


class SynchronousRunner:
    """Same interface as TaskRunner, but runs the work at once on the calling thread (tests)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        self._parent = parent
        self.busy = False

    def run(
        self,
        fn: Callable[..., Any],
        *,
        on_success: SuccessCallback,
        on_failure: FailureCallback | None = None,
        on_progress: ProgressCallback | None = None,
    ) -> Task:
        task = Task()
        with_task = on_progress is not None
        if on_progress is not None:
            task._sink = on_progress
        try:
            result = _call(fn, task, with_task)
        except Exception as exc:
            (on_failure or (lambda e: show_failure(e, self._parent)))(exc)
        else:
            on_success(result)
        return task

    def wait(self, msecs: int = -1) -> bool:
        return True
