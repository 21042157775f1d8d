"""Light and dark: the app follows the system's colour scheme; our few own colours follow too.

Qt 6.5+ reports the system scheme (`QStyleHints.colorScheme()`) and gives a matching palette on
Windows 11, macOS and modern Linux desktops. The classic Windows style ("windowsvista") cannot
draw dark, so with a dark system scheme the app switches to Fusion, which draws from the
palette. Our own colours (error red, headings in detail panes, muted text) are picked for the
current palette's background, never hard-coded for a white one.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

log = logging.getLogger(__name__)

# (light background, dark background)
_ERROR = ("#b00020", "#ff8a80")
_ERROR_BACKGROUND = ("#f5c2c0", "#5c1f1f")
_HEADING = ("#1f5f8b", "#8cc4ec")
_CLASSIC_STYLES = {"windowsvista", "windows"}


def is_dark(palette: QPalette | None = None) -> bool:
    """The palette's window background is dark (whatever the system says)."""
    if palette is None:
        app = QGuiApplication.instance()
        palette = app.palette() if isinstance(app, QGuiApplication) else QPalette()
    return palette.color(QPalette.ColorRole.Window).lightnessF() < 0.5


def _pick(pair: tuple[str, str], palette: QPalette | None = None) -> QColor:
    return QColor(pair[1] if is_dark(palette) else pair[0])


def error_color(palette: QPalette | None = None) -> QColor:
    return _pick(_ERROR, palette)


def error_background(palette: QPalette | None = None) -> QColor:
    return _pick(_ERROR_BACKGROUND, palette)


def heading_color(palette: QPalette | None = None) -> QColor:
    return _pick(_HEADING, palette)


def muted_color(palette: QPalette | None = None) -> QColor:
    """Secondary text: the palette's placeholder colour (readable on light and dark)."""
    if palette is None:
        app = QGuiApplication.instance()
        palette = app.palette() if isinstance(app, QGuiApplication) else QPalette()
    return palette.color(QPalette.ColorRole.PlaceholderText)


def error_style() -> str:
    """A style sheet for a red message label, right for the current palette."""
    return f"color: {error_color().name()};"


def system_scheme() -> Qt.ColorScheme:
    app = QGuiApplication.instance()
    if not isinstance(app, QGuiApplication):
        return Qt.ColorScheme.Unknown
    return app.styleHints().colorScheme()


def follow_system_scheme(app: QApplication) -> None:
    """Use a style that can draw the system's scheme, now and whenever the system changes."""
    _apply(app)
    app.styleHints().colorSchemeChanged.connect(lambda _scheme: _apply(app))


def _apply(app: QApplication) -> None:
    # The scheme first: asking for the style makes PySide build QStyle's Python enums
    # (~8 ms of every start), which a light scheme never needs.
    if system_scheme() != Qt.ColorScheme.Dark:
        return
    style = app.style().name().lower() if app.style() is not None else ""
    if style in _CLASSIC_STYLES:
        log.info("dark colour scheme: switching from %s to Fusion", style)
        app.setStyle("Fusion")
