"""An institution's letterhead and footer, drawn the same on every document.

`draw_letterhead` uses the top 45 mm (DIN 5008 form B), `draw_footer` the bottom ~23 mm; the
funding report and the other documents call them too. A missing or unreadable logo is left
out (the document still prints); relative logo paths are looked up among the bundled logos.
"""

from __future__ import annotations

import io
import logging
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from reportlab.lib.colors import Color
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

from indie_desktop.printing import din5008 as din
from indie_desktop.printing.fonts import FONT, FONT_BOLD, register_fonts
from indie_desktop.printing.layout import fit_lines, fit_one_line, phone_de
from indie_desktop.resources import resource_path

if TYPE_CHECKING:
    from indie_desktop.domain.models import Institution

log = logging.getLogger(__name__)

ACCENT = Color(0.11, 0.31, 0.55)
GREY = Color(0.35, 0.35, 0.35)
RULE = Color(0.7, 0.7, 0.7)
LOGO_MAX_WIDTH = 45.0  # mm
LOGO_MAX_HEIGHT = 22.0
LOGO_TOP = 10.0


@dataclass(frozen=True)
class Letterhead:
    name: str
    sender_line: str = ""
    address_lines: tuple[str, ...] = ()
    phone: str = ""
    email: str = ""
    web: str = ""
    logo_path: str = ""
    footer: str = ""
    short_name: str = ""
    extra: dict[str, str] = field(default_factory=dict, compare=False, hash=False)

    @classmethod
    def from_institution(cls, inst: Institution) -> Letterhead:
        street = (inst.street or "").strip()
        town = " ".join(p for p in ((inst.postcode or "").strip(), (inst.city or "").strip()) if p)
        address = tuple(p for p in (street, town) if p)
        sender = (inst.sender_line or "").strip() or " · ".join((inst.name, *address))
        return cls(
            name=inst.name,
            sender_line=sender,
            address_lines=address,
            phone=phone_de(inst.phone),
            email=inst.email or "",
            web=(inst.website or "").removeprefix("https://").removeprefix("http://"),
            logo_path=inst.logo_path or "",
            footer=inst.footer or "",
            short_name=inst.short_name or "",
        )

    @classmethod
    def plain(cls) -> Letterhead:
        """For documents printed before any institution is set up."""
        return cls(name="In|Die RegionRuhr", sender_line="In|Die RegionRuhr")

    @property
    def key(self) -> str:
        """Identifies the drawing, for reusing it as a form across the pages of a document."""
        return f"lh{abs(hash(self)) & 0xFFFFFFFF:08x}"


def resolve_logo(path: str) -> Path | None:
    """The logo file: an absolute path, or a name among the bundled logos; None if missing."""
    if not path:
        return None
    candidate = Path(path)
    if not candidate.is_absolute():
        candidate = resource_path(*Path(path).parts)
    return candidate if candidate.is_file() else None


@lru_cache(maxsize=32)
def _logo_jpeg(path: str, mtime: float) -> bytes | None:
    """The logo as JPEG bytes, made once per file version. A PNG (possibly transparent) is
    flattened onto white: reportlab embeds JPEG data as it is, whereas a PNG would be decoded
    and recompressed in every document (~5 ms per contact sheet)."""
    try:
        from PIL import Image

        with Image.open(path) as image:
            image.load()
            rgba = image.convert("RGBA")
        flat = Image.new("RGB", rgba.size, (255, 255, 255))
        flat.paste(rgba, mask=rgba.getchannel("A"))
        buffer = io.BytesIO()
        flat.save(buffer, "JPEG", quality=92, subsampling=0)
        return buffer.getvalue()
    except Exception as exc:  # any unreadable image: print without it
        log.warning("logo %s cannot be read: %s", path, exc)
        return None


def logo_jpeg(lh: Letterhead) -> tuple[bytes, float, float] | None:
    """The letterhead's logo as JPEG with its printed size in mm (as draw_letterhead places
    it: at most LOGO_MAX_WIDTH × LOGO_MAX_HEIGHT), for the Word letter; None without one."""
    image = logo_image(lh)
    if image is None:
        return None
    iw, ih = image.getSize()
    scale = min(LOGO_MAX_WIDTH / iw, LOGO_MAX_HEIGHT / ih)
    path = resolve_logo(lh.logo_path)
    assert path is not None
    data = _logo_jpeg(str(path), path.stat().st_mtime)
    assert data is not None
    return data, iw * scale, ih * scale


def logo_image(lh: Letterhead) -> ImageReader | None:
    """A reader of the letterhead's logo (a new one per call: readers are not thread-safe)."""
    path = resolve_logo(lh.logo_path)
    if path is None:
        return None
    try:
        mtime = path.stat().st_mtime
    except OSError:
        return None
    data = _logo_jpeg(str(path), mtime)
    return ImageReader(io.BytesIO(data)) if data is not None else None


def draw_letterhead(canvas: Canvas, lh: Letterhead, page_size: tuple[float, float]) -> None:
    """Name, address and contact lines top left, the logo top right, within the top 45 mm."""
    register_fonts()
    width, height = page_size
    left = din.LEFT_MARGIN * mm
    right = width - din.RIGHT_MARGIN * mm
    logo_width = 0.0
    image = logo_image(lh)
    if image is not None:
        iw, ih = image.getSize()
        scale = min(LOGO_MAX_WIDTH * mm / iw, LOGO_MAX_HEIGHT * mm / ih)
        w, h = iw * scale, ih * scale
        canvas.drawImage(image, right - w, height - LOGO_TOP * mm - h, w, h)
        logo_width = w + 5 * mm
    text_width = right - left - logo_width
    size, name = fit_one_line(lh.name, FONT_BOLD, text_width, max_size=15, min_size=9)
    canvas.setFillColor(ACCENT)
    canvas.setFont(FONT_BOLD, size)
    canvas.drawString(left, height - 17 * mm, name)
    details = [
        " · ".join(lh.address_lines),
        " · ".join(p for p in (f"Telefon {lh.phone}" if lh.phone else "", lh.email) if p),
        lh.web,
    ]
    fitted = fit_lines([d for d in details if d], FONT, text_width, 3, max_size=8.5, min_size=6.5)
    canvas.setFillColor(GREY)
    canvas.setFont(FONT, fitted.size)
    y = height - 17 * mm - 5 * mm
    for line in fitted.lines:
        canvas.drawString(left, y, line)
        y -= fitted.leading
    canvas.setStrokeColor(ACCENT)
    canvas.setLineWidth(1.2)
    canvas.line(left, height - 33 * mm, right, height - 33 * mm)
    canvas.setFillColor(Color(0, 0, 0))


_IBAN = re.compile(r"(IBAN:?\s*)([A-Z]{2}[0-9]{2}(?: ?[A-Z0-9]){11,30})\b")


def group_iban(text: str) -> str:
    """Every IBAN after the word "IBAN" in groups of four, as banks print it
    ("DE12 4405 0199 0000 1234 56"), however it was typed."""

    def grouped(match: re.Match[str]) -> str:
        iban = match.group(2).replace(" ", "")
        return match.group(1) + " ".join(iban[i : i + 4] for i in range(0, len(iban), 4))

    return _IBAN.sub(grouped, text)


def draw_footer(
    canvas: Canvas,
    lh: Letterhead,
    page_size: tuple[float, float],
    page: int | None = None,
    pages: int | None = None,
) -> None:
    """The institution's footer (bank, register, ...) and, on documents of several pages,
    'Seite 1 von 2' right-aligned above it."""
    register_fonts()
    width, height = page_size
    left = din.LEFT_MARGIN * mm
    right = width - din.RIGHT_MARGIN * mm
    if page is not None and pages is not None:
        draw_page_number(canvas, page_size, page, pages)
    text = group_iban(lh.footer.strip()) or " · ".join(
        p for p in (lh.sender_line, lh.phone, lh.email, lh.web) if p
    )
    if not text:
        return
    top = height - din.FOOTER_TOP * mm
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.5)
    canvas.line(left, top, right, top)
    bottom_space = top - 8 * mm
    fitted = fit_lines(
        text.splitlines(), FONT, right - left, 5, max_size=7, min_size=5.5, height=bottom_space
    )
    canvas.setFillColor(GREY)
    canvas.setFont(FONT, fitted.size)
    y = top - 3.5 * mm
    for line in fitted.lines:
        canvas.drawString(left, y, line)
        y -= fitted.leading
    canvas.setFillColor(Color(0, 0, 0))


def draw_page_number(canvas: Canvas, page_size: tuple[float, float], page: int, pages: int) -> None:
    """'Seite 1 von 2' right-aligned above the footer; nothing on a one-page document."""
    if pages <= 1:
        return
    register_fonts()
    width, height = page_size
    canvas.setFillColor(Color(0, 0, 0))
    canvas.setFont(FONT, 9)
    canvas.drawRightString(
        width - din.RIGHT_MARGIN * mm,
        height - din.PAGE_NUMBER_TOP * mm,
        f"Seite {page} von {pages}",
    )


class LetterheadForms:
    """Letterhead and footer of each institution drawn once per document as PDF forms
    (XObjects) and placed on every page: the logo is embedded once, pages stay small."""

    def __init__(self, canvas: Canvas, page_size: tuple[float, float]) -> None:
        self.canvas = canvas
        self.page_size = page_size
        self._names: set[str] = set()

    def _form(self, lh: Letterhead, kind: str) -> str:
        name = f"{lh.key}{kind}"
        if name not in self._names:
            c = self.canvas
            c.beginForm(name)
            if kind == "foot":
                draw_footer(c, lh, self.page_size)
            else:
                draw_letterhead(c, lh, self.page_size)
                if kind == "letter":
                    din.draw_letter_marks(c)
            c.endForm()
            self._names.add(name)
        return name

    def head(self, lh: Letterhead, letter_marks: bool = False) -> None:
        self.canvas.doForm(self._form(lh, "letter" if letter_marks else "head"))

    def foot(self, lh: Letterhead, page: int | None = None, pages: int | None = None) -> None:
        self.canvas.doForm(self._form(lh, "foot"))
        if page is not None and pages is not None:
            draw_page_number(self.canvas, self.page_size, page, pages)
