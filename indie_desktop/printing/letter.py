"""A DIN 5008 form B letter drawn onto a reportlab canvas; many letters share one canvas.

The letter is laid out in lines first, so the number of pages is known ("Seite 1 von 2") before
anything is drawn. The letterhead and footer of an institution are drawn once per document as
reusable forms (PDF XObjects): a mail merge of 1,000 letters embeds the logo once.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import IO

from reportlab.lib.colors import Color
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from indie_desktop.printing import din5008 as din
from indie_desktop.printing.actual_size import ActualSizeCanvas
from indie_desktop.printing.fonts import FONT, FONT_BOLD, register_fonts
from indie_desktop.printing.layout import fit_lines, fit_one_line, wrap
from indie_desktop.printing.letterhead import GREY, Letterhead, LetterheadForms

BODY_SIZE = 11.0
LEADING = 14.0
RECIPIENT_MAX_SIZE = 10.0
RECIPIENT_MIN_SIZE = 7.0
RETURN_MAX_SIZE = 7.0
RETURN_MIN_SIZE = 5.0
RETURN_DESCENT = 0.3  # of the font size: DejaVu's descenders, kept off the Anschriftzone
INFO_LABEL_WIDTH = 24.0  # mm
INFO_ROW = 4.3  # mm
SIGNATURE_GAP_LINES = 3
BLACK = Color(0, 0, 0)


@dataclass
class Letter:
    letterhead: Letterhead
    recipient_lines: list[str]
    subject: str
    salutation: str
    body: str
    info: Sequence[tuple[str, str]] = ()
    closing: str = "Mit freundlichen Grüßen"
    signature: list[str] = field(default_factory=list)
    return_line: str | None = None  # default: the letterhead's sender line
    follow_header: str = ""  # small line on pages 2+, e.g. recipient and date


@dataclass(frozen=True)
class _Line:
    font: str
    text: str
    keep: int = 0  # group id: lines of one group stay on one page (closing + signature)


def _blank(keep: int = 0) -> _Line:
    return _Line(FONT, "", keep)


def layout_lines(letter: Letter) -> list[_Line]:
    width = din.TEXT_WIDTH * mm
    lines: list[_Line] = []
    if letter.subject.strip():
        lines += [
            _Line(FONT_BOLD, t) for t in wrap(letter.subject.strip(), FONT_BOLD, BODY_SIZE, width)
        ]
        lines += [_blank(), _blank()]
    if letter.salutation.strip():
        lines += [_Line(FONT, letter.salutation.strip()), _blank()]
    body = letter.body.strip("\n")
    lines += [_Line(FONT, t) for t in wrap(body, FONT, BODY_SIZE, width)]
    closing = [_blank(1)]
    if letter.closing.strip():
        closing.append(_Line(FONT, letter.closing.strip(), 1))
    if letter.signature:
        closing += [_blank(1)] * SIGNATURE_GAP_LINES
        closing += [
            _Line(FONT, t, 1) for s in letter.signature for t in wrap(s, FONT, BODY_SIZE, width)
        ]
    return lines + closing


def paginate(lines: list[_Line]) -> list[list[_Line]]:
    """Lines per page; blank lines at the top of a page are dropped, a keep-group (closing and
    signature) moves to the next page as a whole rather than being split."""
    first = (din.BODY_BOTTOM - din.SUBJECT_TOP) * mm
    later = (din.BODY_BOTTOM - din.FOLLOW_PAGE_TOP) * mm
    capacity_first, capacity_later = int(first // LEADING), int(later // LEADING)
    pages: list[list[_Line]] = [[]]

    def capacity() -> int:
        return capacity_first if len(pages) == 1 else capacity_later

    def put(line: _Line) -> None:
        if len(pages[-1]) >= capacity():
            pages.append([])
        if line.text or pages[-1]:
            pages[-1].append(line)

    i = 0
    while i < len(lines):
        line = lines[i]
        if not line.keep:
            put(line)
            i += 1
            continue
        end = i
        while end < len(lines) and lines[end].keep == line.keep:
            end += 1
        group = lines[i:end]
        if len(pages[-1]) + len(group) > capacity() and len(group) <= capacity_later:
            pages.append([])
        for g in group:
            put(g)
        i = end
    return pages


class LetterWriter:
    """Draws letters onto one canvas (one PDF); the letterhead of each institution once."""

    def __init__(self, canvas: Canvas) -> None:
        register_fonts()
        self.canvas = canvas
        self.page_size = (din.PAGE_WIDTH_PT, din.PAGE_HEIGHT_PT)
        self.forms = LetterheadForms(canvas, self.page_size)

    def draw(self, letter: Letter) -> int:
        """Draw the letter, ending with a page break; returns its number of pages."""
        pages = paginate(layout_lines(letter))
        c = self.canvas
        for number, lines in enumerate(pages, start=1):
            if number == 1:
                self.forms.head(letter.letterhead, letter_marks=True)
                self._address(letter)
                self._info(letter)
                top = din.SUBJECT_TOP
            else:
                self._follow_header(letter)
                top = din.FOLLOW_PAGE_TOP
            self.forms.foot(letter.letterhead, number, len(pages))
            text = c.beginText(din.LEFT_MARGIN * mm, din.y_from_top(top) - BODY_SIZE)
            text.setLeading(LEADING)
            text.setFillColor(BLACK)
            current_font = ""
            for line in lines:  # one text object per page: far cheaper than drawString
                if line.text and line.font != current_font:
                    text.setFont(line.font, BODY_SIZE, LEADING)
                    current_font = line.font
                text.textLine(line.text)
            c.drawText(text)
            c.showPage()
        return len(pages)

    def _address(self, letter: Letter) -> None:
        c = self.canvas
        x = din.ADDRESS_TEXT_LEFT * mm
        width = din.ADDRESS_TEXT_WIDTH * mm
        sender = (
            letter.return_line if letter.return_line is not None else letter.letterhead.sender_line
        )
        if sender.strip():
            size, text = fit_one_line(
                sender.strip(), FONT, width, max_size=RETURN_MAX_SIZE, min_size=RETURN_MIN_SIZE
            )
            c.setFont(FONT, size)
            c.setFillColor(GREY)
            # Bottom of the Vermerkzone: the descenders end just above the Anschriftzone.
            c.drawString(x, din.y_from_top(din.ADDRESS_ZONE_TOP) + RETURN_DESCENT * size, text)
            c.setFillColor(BLACK)
        fitted = fit_lines(
            [r.strip() for r in letter.recipient_lines if r.strip()],
            FONT,
            width,
            din.ADDRESS_ZONE_LINES,
            max_size=RECIPIENT_MAX_SIZE,
            min_size=RECIPIENT_MIN_SIZE,
            leading_factor=1.15,  # nine lines of 7 pt in the 27.3 mm Anschriftzone
            height=din.ADDRESS_ZONE_HEIGHT * mm - 1.0 * mm,
        )
        c.setFont(FONT, fitted.size)
        # The first baseline one font size below the zone's top: the tallest letters (É, Ñ)
        # stay inside the Anschriftzone.
        y = din.y_from_top(din.ADDRESS_ZONE_TOP) - fitted.size
        for line in fitted.lines:
            c.drawString(x, y, line)
            y -= fitted.leading

    def _info(self, letter: Letter) -> None:
        """Label and value per row; a long value (an e-mail address) shrinks, then wraps."""
        c = self.canvas
        left = din.INFO_BLOCK_LEFT * mm
        value_left = left + INFO_LABEL_WIDTH * mm
        value_width = (din.INFO_BLOCK_WIDTH - INFO_LABEL_WIDTH) * mm
        top = din.INFO_BLOCK_TOP + 3.0
        bottom = din.ADDRESS_FIELD_TOP + din.ADDRESS_FIELD_HEIGHT
        for label, value in ((k, v.strip()) for k, v in letter.info if v and v.strip()):
            if top > bottom:
                break
            label_size, label_text = fit_one_line(
                f"{label}:", FONT, INFO_LABEL_WIDTH * mm - 1.5 * mm, max_size=7.5, min_size=6
            )
            c.setFillColor(GREY)
            c.setFont(FONT, label_size)
            c.drawString(left, din.y_from_top(top), label_text)
            parts = [value]
            if "@" in value and stringWidth(value, FONT, 7) > value_width:
                user, _, host = value.partition("@")
                parts = [user, "@" + host]
            fitted = fit_lines(parts, FONT, value_width, 2, max_size=9, min_size=6.5)
            c.setFillColor(BLACK)
            c.setFont(FONT, fitted.size)
            for i, line in enumerate(fitted.lines):
                c.drawString(value_left, din.y_from_top(top) - i * fitted.leading, line)
            top += INFO_ROW + (len(fitted.lines) - 1) * fitted.leading / mm

    def _follow_header(self, letter: Letter) -> None:
        c = self.canvas
        text = letter.follow_header or letter.letterhead.name
        size, line = fit_one_line(text, FONT, din.TEXT_WIDTH * mm, max_size=8, min_size=6)
        c.setFont(FONT, size)
        c.setFillColor(GREY)
        c.drawString(din.LEFT_MARGIN * mm, din.y_from_top(15), line)
        c.setStrokeColor(Color(0.7, 0.7, 0.7))
        c.setLineWidth(0.5)
        y = din.y_from_top(17)
        c.line(din.LEFT_MARGIN * mm, y, (din.PAGE_WIDTH - din.RIGHT_MARGIN) * mm, y)
        c.setFillColor(BLACK)


def new_canvas(buffer: str | IO[bytes], title: str, author: str = "") -> Canvas:
    """A canvas for an A4 document with the fonts registered and the PDF metadata set."""
    register_fonts()
    # The initial font of every page is ours: reportlab's default (Helvetica) would be
    # referenced in the PDF without being embedded, and PDF/A forbids that.
    c = ActualSizeCanvas(
        buffer,
        pagesize=(din.PAGE_WIDTH_PT, din.PAGE_HEIGHT_PT),
        pageCompression=1,
        initialFontName=FONT,
        initialFontSize=BODY_SIZE,
        initialLeading=LEADING,
    )
    c.setTitle(title)
    c.setAuthor(author or "In|Die Desktop")
    c.setCreator("In|Die Desktop")
    return c
