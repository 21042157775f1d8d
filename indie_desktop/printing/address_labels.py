"""Address labels on A4 label sheets: Avery Zweckform 3474 and Avery L7163.

Each label gets the sender line in a tiny font and the address shrunk (then cut) to fit its
cell with an inner margin, so nothing is printed across the edge of a label. `start_cell`
skips the labels already used on a partly used first sheet (counted row by row from 0).

Printers feed paper 1-2 mm differently: *Einstellungen → Drucken* keeps an x/y offset per
computer (`LabelLayout.shifted`), found with the calibration sheet (`draw_calibration`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from reportlab.lib.colors import Color
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from indie_desktop.printing import din5008 as din
from indie_desktop.printing.fonts import FONT, register_fonts
from indie_desktop.printing.layout import fit_lines, fit_one_line


@dataclass(frozen=True)
class LabelLayout:
    name: str
    title: str
    width: float  # mm, one label
    height: float
    columns: int
    rows: int
    left: float  # mm, sheet margin to the first label
    top: float
    pitch_x: float  # mm from one label's left edge to the next one's
    pitch_y: float
    pad_x: float = 5.0  # inner margin of the text
    pad_y: float = 3.5

    @property
    def per_sheet(self) -> int:
        return self.columns * self.rows

    def shifted(self, right_mm: float, down_mm: float) -> LabelLayout:
        """The layout moved on the sheet: this printer's calibration offset."""
        if not (right_mm or down_mm):
            return self
        return replace(self, left=self.left + right_mm, top=self.top + down_mm)

    def cell(self, index: int) -> tuple[float, float, float, float]:
        """(left, top, width, height) in mm from the sheet's top-left of cell `index`."""
        row, col = divmod(index % self.per_sheet, self.columns)
        return (
            self.left + col * self.pitch_x,
            self.top + row * self.pitch_y,
            self.width,
            self.height,
        )


LAYOUTS: dict[str, LabelLayout] = {
    # 3 × 8 labels of 70 × 37 mm, edge to edge across the sheet (296 of 297 mm high).
    "3474": LabelLayout(
        "3474",
        "Avery Zweckform 3474 (70 × 37 mm, 24 je Blatt)",
        70.0,
        37.0,
        3,
        8,
        0.0,
        0.5,
        70.0,
        37.0,
        pad_x=6.0,
    ),
    # 2 × 7 labels of 99.1 × 38.1 mm with 2.5 mm between the columns.
    "L7163": LabelLayout(
        "L7163",
        "Avery L7163 (99,1 × 38,1 mm, 14 je Blatt)",
        99.1,
        38.1,
        2,
        7,
        4.65,
        15.15,
        101.6,
        38.1,
    ),
}
SENDER_COLOUR = Color(0.4, 0.4, 0.4)


def label_layout(name: str) -> LabelLayout:
    try:
        return LAYOUTS[name]
    except KeyError:
        known = ", ".join(LAYOUTS)
        raise ValueError(f"Unknown label layout “{name}”; known: {known}") from None


def draw_labels(
    canvas: Canvas,
    layout: LabelLayout,
    addresses: Sequence[list[str]],
    sender_line: str = "",
    start_cell: int = 0,
) -> int:
    """Draw the labels; returns the number of sheets used."""
    register_fonts()
    position = max(0, min(int(start_cell), layout.per_sheet - 1))
    sheets = 1 if addresses else 0
    for lines in addresses:
        if position == layout.per_sheet:
            canvas.showPage()
            sheets += 1
            position = 0
        _draw_label(canvas, layout, position, lines, sender_line)
        position += 1
    if addresses:
        canvas.showPage()
    return sheets


def _draw_label(
    canvas: Canvas, layout: LabelLayout, index: int, lines: list[str], sender: str
) -> None:
    left, top, width, height = layout.cell(index)
    x = (left + layout.pad_x) * mm
    inner_width = (width - 2 * layout.pad_x) * mm
    y_top = din.y_from_top(top + layout.pad_y)
    inner_height = (height - 2 * layout.pad_y) * mm
    if sender:
        size, text = fit_one_line(sender, FONT, inner_width, max_size=6, min_size=4.5)
        canvas.setFont(FONT, size)
        canvas.setFillColor(SENDER_COLOUR)
        y_top -= size
        canvas.drawString(x, y_top, text)
        canvas.setStrokeColor(SENDER_COLOUR)
        canvas.setLineWidth(0.3)
        canvas.line(
            x, y_top - 1.2, x + min(inner_width, canvas.stringWidth(text, FONT, size)), y_top - 1.2
        )
        y_top -= 2.5 * mm
        inner_height -= size + 2.5 * mm
    fitted = fit_lines(
        [line for line in lines if line.strip()],
        FONT,
        inner_width,
        6,
        max_size=10,
        min_size=6,
        height=inner_height,
    )
    canvas.setFillColor(Color(0, 0, 0))
    canvas.setFont(FONT, fitted.size)
    y = y_top - fitted.size
    for line in fitted.lines:
        canvas.drawString(x, y, line)
        y -= fitted.leading


CALIBRATION_GRAY = Color(0.35, 0.35, 0.35)


def draw_calibration(
    canvas: Canvas, layout: LabelLayout, right_mm: float, down_mm: float, title: str
) -> None:
    """A calibration sheet: each label's outline where the labels will be printed (with the
    current offset), a millimetre scale at the first label's corner, and what to do.

    Printed on plain paper and held against a label sheet against the light (or printed on
    the label sheet itself), the distance between the printed frame and the real label edge
    is the correction to add to the offset."""
    register_fonts()
    shifted = layout.shifted(right_mm, down_mm)
    canvas.setLineWidth(0.25)
    canvas.setStrokeColor(CALIBRATION_GRAY)
    for index in range(shifted.per_sheet):
        left, top, width, height = shifted.cell(index)
        canvas.rect(left * mm, din.y_from_top(top + height), width * mm, height * mm)
    # a scale of ±5 mm in both directions at the first label's top-left corner
    left, top, _w, _h = shifted.cell(0)
    x0, y0 = left * mm, din.y_from_top(top)
    canvas.setFont(FONT, 4)
    for step in range(-5, 6):
        tick = 2.5 if step % 5 else 4.0
        canvas.line(x0 + step * mm, y0, x0 + step * mm, y0 - tick * mm)
        canvas.line(x0, y0 - step * mm, x0 + tick * mm, y0 - step * mm)
        if step and step % 5 == 0:
            canvas.drawCentredString(x0 + step * mm, y0 - 6 * mm, f"{step:+d}")
            canvas.drawString(x0 + 5 * mm, y0 - step * mm - 1.5, f"{-step:+d}")
    # the instructions in the middle of the sheet, between the label outlines' lines
    canvas.setFillColor(Color(0, 0, 0))
    canvas.setFont(FONT, 9)
    lines = [
        title,
        f"Versatz jetzt: {right_mm:+.1f} mm nach rechts, {down_mm:+.1f} mm nach unten".replace(
            ".", ","
        ),
        "Auf Normalpapier drucken (Druckdialog: tatsächliche Größe, 100 %),",
        "auf einen Etikettenbogen legen und gegen das Licht halten.",
        "Liegt der gedruckte Rahmen rechts vom Etikettenrand, den Versatz nach rechts",
        "um diesen Abstand verkleinern (links davon: vergrößern); ebenso nach unten.",
        "Einstellen unter Einstellungen → Drucken → Etiketten-Versatz.",
    ]
    y = din.y_from_top(120)
    box_height = 12 * len(lines) + 10
    canvas.setFillColor(Color(1, 1, 1))  # the text on white, above the outlines
    canvas.rect(25 * mm, y - box_height + 14, din.PAGE_WIDTH_PT - 50 * mm, box_height, fill=1)
    canvas.setFillColor(Color(0, 0, 0))
    for line in lines:
        canvas.drawCentredString(din.PAGE_WIDTH_PT / 2, y, line)
        y -= 12
    canvas.showPage()
