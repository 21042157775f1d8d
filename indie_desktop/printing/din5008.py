"""DIN 5008 form B geometry of an A4 business letter (all in millimetres from the top/left edge).

The address field sits 45 mm from the top and 20 mm from the left, 85 × 45 mm, so it shows in
the window of a DL envelope. Form B divides it (DIN 5008:2020) into the Zusatz- und
Vermerkzone, 17.7 mm from 45 mm, filled from the bottom up (the return line sits at its bottom,
directly above the address), and the Anschriftzone, 27.3 mm from 62.7 mm, which holds the
recipient. Text starts 5 mm inside the field (25 mm from the left, the letter's left margin).
Fold marks at 105 mm and 210 mm, the hole mark at 148.5 mm.
"""

from __future__ import annotations

from reportlab.lib.colors import Color
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

PAGE_WIDTH_PT, PAGE_HEIGHT_PT = A4
PAGE_WIDTH = 210.0
PAGE_HEIGHT = 297.0

LEFT_MARGIN = 25.0
RIGHT_MARGIN = 20.0
TEXT_WIDTH = PAGE_WIDTH - LEFT_MARGIN - RIGHT_MARGIN  # 165 mm

LETTERHEAD_HEIGHT = 45.0  # form B: the letterhead may use the top 45 mm

ADDRESS_FIELD_LEFT = 20.0
ADDRESS_FIELD_TOP = 45.0
ADDRESS_FIELD_WIDTH = 85.0
ADDRESS_FIELD_HEIGHT = 45.0
ADDRESS_INNER_MARGIN = 5.0  # text starts 5 mm inside the field: at the letter's left margin
NOTE_ZONE_HEIGHT = 17.7  # Zusatz- und Vermerkzone, 45-62.7 mm; the return line at its bottom
ADDRESS_ZONE_TOP = ADDRESS_FIELD_TOP + NOTE_ZONE_HEIGHT  # 62.7 mm: Anschriftzone
ADDRESS_ZONE_HEIGHT = ADDRESS_FIELD_HEIGHT - NOTE_ZONE_HEIGHT  # 27.3 mm
ADDRESS_ZONE_LINES = 9
ADDRESS_TEXT_LEFT = ADDRESS_FIELD_LEFT + ADDRESS_INNER_MARGIN  # 25 mm
ADDRESS_TEXT_WIDTH = ADDRESS_FIELD_WIDTH - 2 * ADDRESS_INNER_MARGIN  # 75 mm

INFO_BLOCK_LEFT = 125.0
INFO_BLOCK_TOP = 50.0
INFO_BLOCK_WIDTH = 75.0  # to 10 mm from the right edge, as the standard allows

SUBJECT_TOP = 98.5  # two blank lines below the address field
FOLLOW_PAGE_TOP = 27.0  # body on the second and later pages
BODY_BOTTOM = 262.0  # body ends here; page number and footer below
PAGE_NUMBER_TOP = 268.0
FOOTER_TOP = 274.0

FOLD_MARKS = (105.0, 210.0)
HOLE_MARK = 148.5
MARK_LEFT = 4.0
FOLD_MARK_LENGTH = 5.0
HOLE_MARK_LENGTH = 8.0
MARK_COLOUR = Color(0.45, 0.45, 0.45)


def y_from_top(top_mm: float) -> float:
    """The reportlab y coordinate (points from the bottom) of a height given from the top."""
    return PAGE_HEIGHT_PT - top_mm * mm


def draw_letter_marks(canvas: Canvas) -> None:
    """Fold marks at 105 and 210 mm and the (longer) hole mark at 148.5 mm on the left edge."""
    canvas.saveState()
    canvas.setStrokeColor(MARK_COLOUR)
    canvas.setLineWidth(0.5)
    for top in FOLD_MARKS:
        y = y_from_top(top)
        canvas.line(MARK_LEFT * mm, y, (MARK_LEFT + FOLD_MARK_LENGTH) * mm, y)
    y = y_from_top(HOLE_MARK)
    canvas.line(MARK_LEFT * mm, y, (MARK_LEFT + HOLE_MARK_LENGTH) * mm, y)
    canvas.restoreState()
