"""The bundled Unicode font family (DejaVu Sans, licence in resources/fonts/LICENSE).

Every printed document uses these embedded TrueType fonts, never the PDF base fonts: those know
only Latin-1, and names like Łukasz Wiśniewski or Şükrü Yıldız must print and extract exactly.
"""

from __future__ import annotations

import threading

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from indie_desktop.resources import resource_path

FONT = "IndieSans"
FONT_BOLD = "IndieSans-Bold"
FONT_ITALIC = "IndieSans-Oblique"
FONT_BOLD_ITALIC = "IndieSans-BoldOblique"

FILES = {
    FONT: "DejaVuSans.ttf",
    FONT_BOLD: "DejaVuSans-Bold.ttf",
    FONT_ITALIC: "DejaVuSans-Oblique.ttf",
    FONT_BOLD_ITALIC: "DejaVuSans-BoldOblique.ttf",
}

_lock = threading.Lock()
_registered = False


def register_fonts() -> None:
    """Register the family once per process (later calls return at once); thread-safe."""
    global _registered
    if _registered:
        return
    with _lock:
        if _registered:
            return
        for name, filename in FILES.items():
            pdfmetrics.registerFont(TTFont(name, str(resource_path("fonts", filename))))
        addMapping(FONT, 0, 0, FONT)
        addMapping(FONT, 1, 0, FONT_BOLD)
        addMapping(FONT, 0, 1, FONT_ITALIC)
        addMapping(FONT, 1, 1, FONT_BOLD_ITALIC)
        pdfmetrics.registerFontFamily(
            FONT, normal=FONT, bold=FONT_BOLD, italic=FONT_ITALIC, boldItalic=FONT_BOLD_ITALIC
        )
        _registered = True


def text_width(text: str, font: str, size: float) -> float:
    """Width in points of one line set in a registered font."""
    return float(pdfmetrics.stringWidth(text, font, size))
