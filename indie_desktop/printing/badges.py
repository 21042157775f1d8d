"""Name badges on A4 badge sheets (Avery Zweckform L4785 / 3321: 80 × 50 mm, 10 per sheet).

Each badge: the event's name small at the top, the person's name large (shrunk to fit), the
organisation below. The sheet geometry follows the manufacturer's template (2 columns of 5,
margins 17 mm left and 13.5 mm top); a printer that shifts can be corrected with the usual
offset in the print dialog.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.lib.colors import Color
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from indie_desktop.printing import din5008 as din
from indie_desktop.printing.address_labels import LabelLayout
from indie_desktop.printing.fonts import FONT, FONT_BOLD, register_fonts
from indie_desktop.printing.layout import fit_lines, fit_one_line

BADGE_LAYOUTS: dict[str, LabelLayout] = {
    "L4785": LabelLayout(
        "L4785",
        "Avery Zweckform L4785 (80 × 50 mm, 10 je Blatt)",
        80.0,
        50.0,
        2,
        5,
        17.0,
        13.5,
        96.0,
        54.0,
        pad_x=5.0,
        pad_y=4.0,
    ),
    "3321": LabelLayout(
        "3321",
        "Avery Zweckform 3321 (80 × 50 mm, 10 je Blatt)",
        80.0,
        50.0,
        2,
        5,
        17.0,
        13.5,
        96.0,
        54.0,
        pad_x=5.0,
        pad_y=4.0,
    ),
}
GREY = Color(0.35, 0.35, 0.35)


@dataclass(frozen=True)
class Badge:
    name: str
    organisation: str
    role: str = ""  # "Referent", "Aussteller": printed under the organisation


def badge_layout(name: str) -> LabelLayout:
    try:
        return BADGE_LAYOUTS[name]
    except KeyError:
        raise ValueError(
            f"Unknown badge layout “{name}”; known: {', '.join(BADGE_LAYOUTS)}"
        ) from None


def draw_badges(
    canvas: Canvas, layout: LabelLayout, badges: Sequence[Badge], event_name: str
) -> int:
    """Draw the badges, one per cell; returns the number of sheets."""
    register_fonts()
    sheets = 0
    for i, badge in enumerate(badges):
        if i % layout.per_sheet == 0:
            if i:
                canvas.showPage()
            sheets += 1
        _draw(canvas, layout, i, badge, event_name)
    if badges:
        canvas.showPage()
    return sheets


def _draw(canvas: Canvas, layout: LabelLayout, index: int, badge: Badge, event: str) -> None:
    left, top, width, _height = layout.cell(index)
    inner = (width - 2 * layout.pad_x) * mm
    centre = (left + width / 2) * mm
    y = din.y_from_top(top + layout.pad_y)
    canvas.setFillColor(GREY)
    size, text = fit_one_line(event, FONT, inner, max_size=8, min_size=5)
    y -= size
    canvas.setFont(FONT, size)
    canvas.drawCentredString(centre, y, text)
    canvas.setFillColor(Color(0, 0, 0))
    name = fit_lines([badge.name], FONT_BOLD, inner, 2, max_size=20, min_size=10, height=18 * mm)
    y -= 8 * mm
    canvas.setFont(FONT_BOLD, name.size)
    for line in name.lines:
        y -= name.size
        canvas.drawCentredString(centre, y, line)
        y -= name.leading - name.size
    rest = [t for t in (badge.organisation, badge.role) if t]
    if rest:
        y -= 3 * mm
        fitted = fit_lines(rest, FONT, inner, 3, max_size=11, min_size=6, height=12 * mm)
        canvas.setFont(FONT, fitted.size)
        for line in fitted.lines:
            y -= fitted.size
            canvas.drawCentredString(centre, y, line)
            y -= fitted.leading - fitted.size
