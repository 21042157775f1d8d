"""Icons stay sharp on high-DPI screens; light and dark palettes both give readable colours."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QImageReader, QPalette
from PySide6.QtWidgets import QApplication

from indie_desktop.resources import resource_path
from indie_desktop.ui import theme
from indie_desktop.ui.main_window import icon
from indie_desktop.ui.views.detail_html import detail_style

PACKAGE = Path(__file__).resolve().parents[2] / "indie_desktop"


def icon_names_in_code() -> set[str]:
    names: set[str] = set()
    for path in (PACKAGE / "ui").rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        names |= set(re.findall(r'\bicon\("([a-z_]+)"\)', text))
        names |= set(re.findall(r'"[^"]*",\s*"([a-z_]+)"\s*\)', text)) & _icon_files()
    return names


def _icon_files() -> set[str]:
    return {p.stem for p in resource_path("icons").glob("*.svg")}


def test_every_icon_the_code_uses_is_an_svg_with_a_viewbox() -> None:
    used = icon_names_in_code()
    assert {"app", "new", "edit", "delete", "search"} <= used | _icon_files()
    for name in sorted(used):
        path = resource_path("icons", f"{name}.svg")
        assert path.is_file(), name
        root = ET.parse(path).getroot()
        assert root.get("viewBox"), f"{name}.svg scales only with a viewBox"


def test_icons_render_sharp_at_double_pixel_density(qapp: QApplication) -> None:
    assert b"svg" in [bytes(f.data()) for f in QImageReader.supportedImageFormats()]
    for name in sorted(_icon_files()):
        pixmap = icon(name).pixmap(QSize(24, 24), 2.0)
        assert not pixmap.isNull(), name
        # Drawn for 2× from the vector source, not a 24 px bitmap scaled up.
        assert pixmap.size() == QSize(48, 48), (name, pixmap.size())
        assert pixmap.devicePixelRatio() == 2.0
        image = pixmap.toImage()
        assert any(image.pixelColor(x, y).alpha() for x in range(48) for y in range(48)), name


def _palette(window: str, text: str) -> QPalette:
    palette = QPalette()
    palette.setColor(QPalette.ColorRole.Window, QColor(window))
    palette.setColor(QPalette.ColorRole.Base, QColor(window))
    palette.setColor(QPalette.ColorRole.WindowText, QColor(text))
    palette.setColor(QPalette.ColorRole.PlaceholderText, QColor(text).darker(130))
    return palette


def _contrast(a: QColor, b: QColor) -> float:
    def luminance(c: QColor) -> float:
        def channel(v: float) -> float:
            return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

        return (
            0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF())
        )

    hi, lo = sorted((luminance(a), luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


@pytest.mark.parametrize(("window", "text"), [("#ffffff", "#000000"), ("#1e1e1e", "#f0f0f0")])
def test_own_colours_are_readable_on_light_and_dark(window: str, text: str) -> None:
    palette = _palette(window, text)
    background = palette.color(QPalette.ColorRole.Window)
    for colour in (theme.error_color(palette), theme.heading_color(palette)):
        assert _contrast(colour, background) >= 4.5, (colour.name(), window)
    assert theme.is_dark(palette) == (window != "#ffffff")


def test_detail_panes_and_error_labels_follow_the_application_palette(
    qapp: QApplication,
) -> None:
    before = qapp.palette()
    try:
        qapp.setPalette(_palette("#1e1e1e", "#f0f0f0"))
        dark_css = detail_style()
        assert theme.error_style() == "color: #ff8a80;"
        qapp.setPalette(_palette("#ffffff", "#000000"))
        light_css = detail_style()
        assert theme.error_style() == "color: #b00020;"
    finally:
        qapp.setPalette(before)
    assert "#8cc4ec" in dark_css and "#1f5f8b" in light_css
    assert "#555" not in dark_css  # no grey meant for white paper


def test_a_dark_system_scheme_switches_the_classic_windows_style_to_fusion(
    qapp: QApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    style = qapp.style().name()
    try:
        qapp.setStyle("Windows")
        monkeypatch.setattr(theme, "system_scheme", lambda: Qt.ColorScheme.Light)
        theme._apply(qapp)
        assert qapp.style().name().lower() == "windows"
        monkeypatch.setattr(theme, "system_scheme", lambda: Qt.ColorScheme.Dark)
        theme._apply(qapp)
        assert qapp.style().name().lower() == "fusion"
    finally:
        qapp.setStyle(style)


def test_a_shown_detail_pane_takes_the_new_colours_when_the_palette_changes(
    qtbot, qapp: QApplication, sample
) -> None:
    from indie_desktop.ui.main_window import MainWindow
    from indie_desktop.ui.tasks import SynchronousRunner

    window = MainWindow(sample, runner=SynchronousRunner())
    qtbot.addWidget(window)
    view = window.organisations_view
    view.select_row(0)
    before = qapp.palette()
    try:
        qapp.setPalette(_palette("#1e1e1e", "#f0f0f0"))
        qtbot.waitUntil(lambda: "#8cc4ec" in view.detail.document().defaultStyleSheet())
    finally:
        qapp.setPalette(before)
    qtbot.waitUntil(lambda: "#1f5f8b" in view.detail.document().defaultStyleSheet())
