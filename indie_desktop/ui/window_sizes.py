"""Windows and dialogs that fit the office laptop's screen and remember their size.

At 1920×1080 with 150 % scaling a laptop offers 1280×688 logical pixels (the taskbar takes
the rest), at 1366×768 and 100 % 1366×728. A dialog asks for its preferred size
(`fit_window`), gets at most what the screen offers minus the window frame, and the size the
user last gave it (kept in `window-sizes.ini` in the settings folder, installed by app.py;
tests keep sizes in memory). Layouts keep their minimum within 1280×688 (tests/ui/
test_window_sizes.py opens every window at its minimum and checks its buttons are on screen).
"""

from __future__ import annotations

import configparser
import logging
from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QWidget

log = logging.getLogger(__name__)

SMALLEST_SCREENS = (QSize(1280, 688), QSize(1366, 728))  # logical pixels, taskbar excluded
FRAME = QSize(16, 40)  # title bar and borders of a Windows 10/11 window at 150 %
SECTION = "sizes"


class SizeStore:
    """Remembered sizes by window name, kept in an INI file once `use_file`d (the app does at
    start); without a file nothing is remembered (tests, screenshots: the declared sizes)."""

    def __init__(self) -> None:
        self.path: Path | None = None
        self.sizes: dict[str, QSize] = {}

    def use_file(self, path: Path) -> None:
        self.path = path
        parser = configparser.ConfigParser(interpolation=None)
        try:
            parser.read(path, encoding="utf-8")
        except (configparser.Error, OSError, UnicodeDecodeError):
            return
        if parser.has_section(SECTION):
            for name, text in parser.items(SECTION):
                try:
                    width, height = (int(part) for part in text.lower().split("x"))
                except ValueError:
                    continue
                self.sizes[name] = QSize(width, height)

    def get(self, name: str) -> QSize | None:
        return self.sizes.get(name.lower())

    def set(self, name: str, size: QSize) -> None:
        if self.path is None:
            return
        self.sizes[name.lower()] = QSize(size)
        parser = configparser.ConfigParser(interpolation=None)
        parser[SECTION] = {k: f"{v.width()}x{v.height()}" for k, v in sorted(self.sizes.items())}
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            with self.path.open("w", encoding="utf-8") as handle:
                parser.write(handle)
        except OSError as exc:  # a full or read-only profile: sizes are a convenience
            log.warning("window sizes not saved: %s", exc)


STORE = SizeStore()


def available_size(widget: QWidget) -> QSize:
    """What the widget's screen offers (the taskbar excluded)."""
    screen = widget.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry().size() if screen is not None else QSize(1280, 688)


def room_for(widget: QWidget) -> QSize:
    """The largest client size whose window (with its frame) is fully on the screen."""
    return available_size(widget) - FRAME


REMEMBER_KEY = "indie_remember_size"  # Qt property: the dialog's name in the size store


def _remember(dialog: QDialog) -> None:
    name = str(dialog.property(REMEMBER_KEY) or "")
    if name and not (dialog.isMaximized() or dialog.isMinimized()):
        STORE.set(name, dialog.size())


def fit_window(widget: QWidget, width: int, height: int, name: str = "") -> QSize:
    """Resize to the remembered size (by `name`) or `width`×`height`, within the screen."""
    wanted = (STORE.get(name) if name else None) or QSize(width, height)
    size = wanted.boundedTo(room_for(widget))
    widget.resize(size)
    # Dialogs remember their size when they finish (accepted, rejected or closed). Not with an
    # event filter: Qt sends a widget's last Hide event from its destructor, and a Python
    # filter handed that half-destroyed widget crashed the process.
    if name and isinstance(widget, QDialog) and not widget.property(REMEMBER_KEY):
        widget.setProperty(REMEMBER_KEY, name)
        widget.finished.connect(lambda _result, d=widget: _remember(d))
    return size
