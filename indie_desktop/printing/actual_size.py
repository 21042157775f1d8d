"""Every PDF the app writes asks viewers to print it at actual size.

Without `/ViewerPreferences << /PrintScaling /None >>` a PDF viewer's print dialog starts with
"fit to page" (Acrobat, Edge), which shrinks the page by a few per cent: the DIN 5008 address
moves by millimetres out of the envelope window and label text off its labels. All documents
are drawn on this canvas (printing/letter.new_canvas, the funding report, the privacy letters).
"""

from __future__ import annotations

from typing import Any

from reportlab.pdfgen.canvas import Canvas


class ActualSizeCanvas(Canvas):
    """A reportlab canvas whose PDF tells viewers not to scale it when printing."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.setViewerPreference("PrintScaling", "None")
