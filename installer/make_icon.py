"""Render resources/icons/app.svg into installer/indie-desktop.ico with every size Windows asks for.

    python installer/make_icon.py

Run by a developer when the logo changes (the .ico is committed). Windows picks 16/24/32 px for
menus, the taskbar and Explorer's lists at 100-150 %, 48/64 px for tiles and 200 %, 256 px for
large icons; an .ico with only 256 px is scaled down blurrily (or shown as a blank icon).
"""

from __future__ import annotations

import io
import sys
from pathlib import Path

from PIL import Image

ROOT = Path(__file__).resolve().parents[1]
SVG = ROOT / "indie_desktop" / "resources" / "icons" / "app.svg"
ICO = ROOT / "installer" / "indie-desktop.ico"
SIZES = (16, 24, 32, 48, 64, 256)


def render(size: int) -> Image.Image:
    """The SVG drawn at `size` px square (QtSvg: the renderer the app itself uses)."""
    from PySide6.QtCore import QBuffer, QIODevice, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    QSvgRenderer(str(SVG)).render(painter)
    painter.end()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return Image.open(io.BytesIO(bytes(buffer.data()))).convert("RGBA")


def main() -> None:
    images = [render(size) for size in SIZES]
    largest = images[-1]
    largest.save(ICO, format="ICO", sizes=[(s, s) for s in SIZES], append_images=images[:-1])
    print(f"{ICO}: {', '.join(f'{s} px' for s in SIZES)}")


if __name__ == "__main__":
    main()
