"""A small flowing layout for sheets and lists: headings, paragraphs, key/value blocks and
tables that continue over pages (the table header repeats). Laid out first as drawing
operations per page, drawn afterwards, so every page knows the page count."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from reportlab.lib.colors import Color
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from indie_desktop.printing.fonts import FONT, FONT_BOLD, register_fonts
from indie_desktop.printing.layout import fit_one_line, truncate, wrap

BLACK = Color(0, 0, 0)
GREY = Color(0.35, 0.35, 0.35)
LIGHT = Color(0.93, 0.95, 0.97)
RULE = Color(0.75, 0.75, 0.75)
ACCENT = Color(0.11, 0.31, 0.55)

Op = tuple[Any, ...]
Decorate = Callable[[Canvas, int, int], None]


@dataclass(frozen=True)
class Column:
    title: str
    width: float  # mm
    align: str = "left"  # left, right


class Flow:
    """Top-to-bottom layout on pages of `page_size`; y is in points from the bottom."""

    def __init__(
        self,
        page_size: tuple[float, float],
        *,
        first_top: float,
        top: float,
        bottom: float,
        left: float = 20.0,
        right: float = 20.0,
    ) -> None:
        register_fonts()
        self.width_pt, self.height_pt = page_size
        self.top = self.height_pt - top * mm
        self.bottom = bottom * mm
        self.left = left * mm
        self.right = self.width_pt - right * mm
        self.pages: list[list[Op]] = [[]]
        self.y = self.height_pt - first_top * mm
        self._on_new_page: Callable[[], None] | None = None

    @property
    def text_width(self) -> float:
        return self.right - self.left

    # -- pages -------------------------------------------------------------------------------
    def new_page(self) -> None:
        self.pages.append([])
        self.y = self.top
        if self._on_new_page is not None:
            self._on_new_page()

    def need(self, height: float) -> None:
        """Start a new page unless `height` points still fit on this one."""
        if self.y - height < self.bottom and self.pages[-1]:
            self.new_page()

    def space(self, height: float) -> None:
        self.y -= height

    # -- drawing operations --------------------------------------------------------------------
    def text(
        self,
        x: float,
        y: float,
        text: str,
        font: str = FONT,
        size: float = 9.0,
        colour: Color = BLACK,
        align: str = "left",
    ) -> None:
        self.pages[-1].append(("t", x, y, text, font, size, colour, align))

    def line(self, x1: float, y1: float, x2: float, y2: float, width: float = 0.5) -> None:
        self.pages[-1].append(("l", x1, y1, x2, y2, width, RULE))

    def rect(self, x: float, y: float, w: float, h: float, fill: Color) -> None:
        self.pages[-1].append(("r", x, y, w, h, fill))

    # -- blocks ------------------------------------------------------------------------------
    def heading(self, text: str, size: float = 11.0) -> None:
        """A section heading with a rule; kept with at least three lines of what follows."""
        self.need(size * 1.6 + 3 * 12)
        self.y -= size * 1.5
        self.text(
            self.left,
            self.y,
            truncate(text, FONT_BOLD, size, self.text_width),
            FONT_BOLD,
            size,
            ACCENT,
        )
        self.y -= 3
        self.line(self.left, self.y, self.right, self.y, 0.6)
        self.y -= 9

    def paragraph(
        self,
        text: str,
        font: str = FONT,
        size: float = 9.0,
        colour: Color = BLACK,
        indent: float = 0.0,
        leading: float | None = None,
        max_lines: int | None = None,
    ) -> None:
        leading = leading or size * 1.3
        lines = wrap(text, font, size, self.text_width - indent)
        if max_lines is not None and len(lines) > max_lines:
            lines = lines[:max_lines]
            lines[-1] = truncate(lines[-1] + " …", font, size, self.text_width - indent)
        for line in lines:
            self.need(leading)
            self.y -= leading
            if line:
                self.text(self.left + indent, self.y + leading * 0.25, line, font, size, colour)

    def key_values(
        self,
        pairs: Sequence[tuple[str, str]],
        label_width: float = 34.0,
        size: float = 9.0,
        columns: int = 1,
        gap: float = 6.0,
    ) -> None:
        """Label: value rows, in one or two columns; empty values are left out."""
        shown = [(k, v) for k, v in pairs if v and v.strip()]
        if not shown:
            return
        col_width = (self.text_width - (columns - 1) * gap * mm) / columns
        value_width = col_width - label_width * mm
        leading = size * 1.3
        per_column = -(-len(shown) // columns)
        cells = [shown[i * per_column : (i + 1) * per_column] for i in range(columns)]
        blocks = [[(k, *_fit_cell(v.strip(), size, value_width)) for k, v in col] for col in cells]
        height = max(sum(len(lines) for _k, _s, lines in col) for col in blocks) * leading
        if height < (self.top - self.bottom) * 0.8:
            self.need(height)
        start = self.y
        lowest = start
        for i, col in enumerate(blocks):
            x = self.left + i * (col_width + gap * mm)
            y = start
            for label, value_size, lines in col:
                if y - leading * len(lines) < self.bottom:
                    continue  # no room: a very long value is cut rather than drawn off the page
                y -= leading
                self.text(
                    x,
                    y + leading * 0.25,
                    truncate(label, FONT, size - 0.5, label_width * mm - 4),
                    FONT,
                    size - 0.5,
                    GREY,
                )
                for j, line in enumerate(lines):
                    if j:
                        y -= leading
                    self.text(x + label_width * mm, y + leading * 0.25, line, FONT, value_size)
            lowest = min(lowest, y)
        self.y = lowest

    def table(
        self,
        columns: Sequence[Column],
        rows: Sequence[Sequence[str]],
        size: float = 8.5,
        min_row_height: float = 0.0,
        empty: str = "",
        zebra: bool = True,
        grid: bool = False,
        optional_rows: Sequence[Sequence[str]] = (),
    ) -> None:
        """A table scaled to the text width; cells wrap; the header repeats on each page.
        `optional_rows` (e.g. blank lines to sign) follow only as far as the page has room."""
        if not rows and not optional_rows:
            if empty:
                self.paragraph(empty, size=size, colour=GREY)
            return
        total = sum(c.width for c in columns)
        widths = [c.width / total * self.text_width for c in columns]
        xs = [self.left + sum(widths[:i]) for i in range(len(columns))]
        leading = size * 1.25
        pad = 2.0

        def header() -> None:
            h = leading + 2 * pad
            self.y -= h
            self.rect(self.left, self.y, self.text_width, h, LIGHT)
            for c, x, w in zip(columns, xs, widths, strict=True):
                head_size, title = fit_one_line(
                    c.title, FONT_BOLD, w - 2 * pad, max_size=size, min_size=6
                )
                self._cell(c, x, w, self.y + pad + leading * 0.25, title, FONT_BOLD, head_size)

        self.need(2 * (leading + 2 * pad))
        header()
        required = len(rows)
        for index, row in enumerate([*rows, *optional_rows]):
            cells_sized = [
                _fit_cell(str(v or ""), size, w - 2 * pad) for v, w in zip(row, widths, strict=True)
            ]
            cells = [c for _s, c in cells_sized]
            lines = max(len(c) for c in cells)
            max_lines = int((self.top - self.bottom - 3 * leading) // leading)
            if lines > max_lines:
                cells = [c[:max_lines] for c in cells]
                lines = max_lines
            h = max(lines * leading + 2 * pad, min_row_height * mm)
            if self.y - h < self.bottom:
                if index >= required:
                    break
                self.new_page()
                header()
            self.y -= h
            if zebra and index % 2:
                self.rect(self.left, self.y, self.text_width, h, Color(0.97, 0.97, 0.97))
            top = self.y + h - pad
            for c, x, w, cell, (cell_size, _l) in zip(
                columns, xs, widths, cells, cells_sized, strict=True
            ):
                for j, line in enumerate(cell):
                    y = top - (j + 1) * leading + leading * 0.25
                    self._cell(c, x, w, y, line, FONT, cell_size)
            if grid:
                self.line(self.left, self.y, self.right, self.y, 0.4)
                for x in (*xs, self.right):
                    self.line(x, self.y, x, self.y + h, 0.4)
        self.y -= 4

    def _cell(
        self, c: Column, x: float, w: float, y: float, text: str, font: str, size: float
    ) -> None:
        if not text:
            return
        if c.align == "right":
            self.text(x + w - 2.0, y, text, font, size, align="right")
        else:
            self.text(x + 2.0, y, text, font, size)

    # -- output ------------------------------------------------------------------------------
    def render(self, canvas: Canvas, decorate: Decorate | None = None) -> int:
        """Draw every page (after `decorate(canvas, page, pages)` for header and footer):
        first row shading, then rules, then all text of the page in one text object
        (a drawString per cell costs several times as much)."""
        pages = [p for p in self.pages if p] or [[]]
        count = len(pages)
        for number, ops in enumerate(pages, start=1):
            if decorate is not None:
                decorate(canvas, number, count)
            for op in ops:  # shading below the rules
                if op[0] == "r":
                    _k, x, y, w, h, fill = op
                    canvas.setFillColor(fill)
                    canvas.rect(x, y, w, h, stroke=0, fill=1)
            for op in ops:
                if op[0] == "l":
                    _k, x1, y1, x2, y2, width, col = op
                    canvas.setLineWidth(width)
                    canvas.setStrokeColor(col)
                    canvas.line(x1, y1, x2, y2)
            text = canvas.beginText()
            font: tuple[str, float] | None = None
            colour: Color | None = None
            for op in ops:
                if op[0] != "t":
                    continue
                _k, x, y, line, f, size, col, align = op
                if (f, size) != font:
                    text.setFont(f, size)
                    font = (f, size)
                if col is not colour:
                    text.setFillColor(col)
                    colour = col
                if align == "right":
                    x -= stringWidth(line, f, size)
                text.setTextOrigin(x, y)
                text.textOut(line)
            canvas.drawText(text)
            canvas.showPage()
        return count


def _fit_cell(
    text: str, size: float, width: float, min_size: float = 6.5
) -> tuple[float, list[str]]:
    """A cell's lines: a word too long for the column (a long e-mail address or compound
    word) first shrinks the cell's font, and is only broken when even that is not enough."""
    current = size
    while True:
        if (
            all(stringWidth(word, FONT, current) <= width for word in text.split())
            or current <= min_size
        ):
            return current, wrap(text, FONT, current, width)
        current -= 0.5
