"""Refresh open lists and detail panes when other users change records (no restart needed).

The service-level ChangeFeed delivers table names; a QSocketNotifier wakes us when the shared
server pushes a notification, a timer polls where nothing pushes. Bursts are debounced.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QSocketNotifier, QTimer

from indie_desktop.services.change_feed import ChangeFeed

POLL_MS = 5_000
DEBOUNCE_MS = 300


class LiveRefresh(QObject):
    """Calls `refresh(tables)` with the tables changed since the last call ('*': unknown)."""

    def __init__(
        self, feed: ChangeFeed, refresh: Callable[[set[str]], None], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.feed = feed
        self._refresh = refresh
        self._pending: set[str] = set()
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)
        self._debounce.timeout.connect(self._flush)
        self.pushed = feed.start()
        self._notifier: QSocketNotifier | None = None
        fileno = feed.fileno()
        if self.pushed and fileno is not None:
            self._notifier = QSocketNotifier(fileno, QSocketNotifier.Type.Read, self)
            self._notifier.activated.connect(self.check)
        self._poll = QTimer(self)
        self._poll.setInterval(POLL_MS)
        self._poll.timeout.connect(self.check)
        self._poll.start()  # with notifications too: picks up a listener that dropped

    def check(self) -> None:
        tables = self.feed.changed_tables()
        if tables:
            self._pending |= tables
            self._debounce.start()

    def _flush(self) -> None:
        tables, self._pending = self._pending, set()
        if tables:
            self._refresh(tables)

    def stop(self) -> None:
        self._poll.stop()
        self._debounce.stop()
        if self._notifier is not None:
            self._notifier.setEnabled(False)
        self.feed.close()
