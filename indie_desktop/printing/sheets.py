"""Contact sheets (Kontaktblatt) and lists on the institution's letterhead.

A sheet is plain data (title, key/value master data, sections with tables or text) that the
services assemble; this module lays it out. Several sheets go into one PDF, each starting on a
new page with its own page numbering ("Seite 1 von 2").
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from indie_desktop.printing import din5008 as din
from indie_desktop.printing.flow import GREY, Column, Flow
from indie_desktop.printing.fonts import FONT, FONT_BOLD
from indie_desktop.printing.layout import fit_one_line, truncate
from indie_desktop.printing.letterhead import Letterhead, LetterheadForms

FIRST_TOP = 38.0  # mm from the top: below the letterhead's rule
LATER_TOP = 24.0
BOTTOM = 35.0  # mm from the bottom: above page number and footer
PAGE = (din.PAGE_WIDTH_PT, din.PAGE_HEIGHT_PT)


@dataclass
class Section:
    title: str
    columns: Sequence[Column] = ()
    rows: list[list[str]] = field(default_factory=list)
    pairs: list[tuple[str, str]] = field(default_factory=list)
    text: str = ""
    empty: str = "–"
    min_row_height: float = 0.0  # mm
    grid: bool = False
    optional_rows: list[list[str]] = field(default_factory=list)  # only while the page has room


@dataclass
class Sheet:
    kind: str  # "Kontaktblatt", "Teilnehmerliste"
    title: str
    subtitle: str = ""
    printed_on: str = ""
    pairs: list[tuple[str, str]] = field(default_factory=list)
    sections: list[Section] = field(default_factory=list)


def layout_sheet(sheet: Sheet) -> Flow:
    flow = Flow(
        PAGE,
        first_top=FIRST_TOP,
        top=LATER_TOP,
        bottom=BOTTOM,
        left=din.LEFT_MARGIN,
        right=din.RIGHT_MARGIN,
    )
    width = flow.text_width
    kind = f"{sheet.kind} · Stand {sheet.printed_on}" if sheet.printed_on else sheet.kind
    flow.y -= 9
    flow.text(flow.left, flow.y, truncate(kind, FONT, 8.5, width), FONT, 8.5, GREY)
    size, title = fit_one_line(sheet.title, FONT_BOLD, width, max_size=16, min_size=10)
    flow.y -= size * 1.35
    flow.text(flow.left, flow.y, title, FONT_BOLD, size)
    flow.space(3)
    if sheet.subtitle:
        flow.paragraph(sheet.subtitle, size=9.5, colour=GREY, max_lines=3)
    flow.space(6)
    flow.key_values(sheet.pairs, label_width=27, columns=2)
    for section in sheet.sections:
        flow.heading(section.title, size=10.5)
        if section.pairs:
            flow.key_values(section.pairs, label_width=38)
        if section.text:
            flow.paragraph(section.text, size=9, max_lines=40)
        if section.columns:
            flow.table(
                section.columns,
                section.rows,
                empty=section.empty,
                min_row_height=section.min_row_height,
                grid=section.grid,
                optional_rows=section.optional_rows,
            )
        elif not section.pairs and not section.text:
            flow.paragraph(section.empty, size=9, colour=GREY)
    return flow


def render_sheets(canvas: Canvas, letterhead: Letterhead, sheets: Sequence[Sheet]) -> int:
    """Draw every sheet onto the canvas; returns the number of pages drawn."""
    forms = LetterheadForms(canvas, PAGE)
    total = 0
    for sheet in sheets:
        flow = layout_sheet(sheet)

        def decorate(c: Canvas, page: int, pages: int, sheet: Sheet = sheet) -> None:
            if page == 1:
                forms.head(letterhead)
            else:
                header = f"{sheet.kind}: {sheet.title}"
                size, text = fit_one_line(header, FONT, din.TEXT_WIDTH * mm, max_size=8, min_size=6)
                c.setFont(FONT, size)
                c.setFillColor(GREY)
                c.drawString(din.LEFT_MARGIN * mm, din.y_from_top(15), text)
            forms.foot(letterhead, page, pages)

        total += flow.render(canvas, decorate)
    return total
