"""DIN 5008 letters as a Word document (.docx), to be edited in Word: the same geometry as the
PDF (printing/letter.py), written as plain OOXML (no Word, no extra library).

Word positions the address field, the return line and the information block as frames
anchored to the page (`w:framePr`), as Word's own DIN 5008 templates do; the subject starts
98.5 mm from the top, the body flows over as many pages as it needs, and a footer carries the
institution's footer text and "Seite X von Y" as Word fields. Several letters (a mail merge)
go into one document, each starting on a new page. The page header holds the letterhead's
logo (top right, as in the PDF) and the DIN 5008 fold marks (105 and 210 mm) and hole mark
(148.5 mm) on the left edge, as shapes anchored to the page.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterable, Sequence
from xml.sax.saxutils import escape

from indie_desktop.printing import din5008 as din
from indie_desktop.printing.fonts import FONT, register_fonts
from indie_desktop.printing.layout import fit_one_line
from indie_desktop.printing.letter import (
    RETURN_MAX_SIZE,
    RETURN_MIN_SIZE,
    SIGNATURE_GAP_LINES,
    Letter,
)
from indie_desktop.printing.letterhead import LOGO_TOP, Letterhead, logo_jpeg

RETURN_LINE_FRAME = 4.0  # mm: one line of 7 pt above the Anschriftzone

FONT_NAME = "Arial"
BODY_HALF_POINTS = 22  # 11 pt
MIME_DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
WP_NS = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
A_NS = "http://schemas.openxmlformats.org/drawingml/2006/main"
PIC_NS = "http://schemas.openxmlformats.org/drawingml/2006/picture"
WPS_NS = "http://schemas.microsoft.com/office/word/2010/wordprocessingShape"
MARK_RGB = "737373"  # the PDF's mark grey (0.45)


def emu(mm_value: float) -> int:
    """Millimetres -> English Metric Units (DrawingML's unit)."""
    return round(mm_value * 36000)


def _anchor(shape_id: int, name: str, x: float, y: float, w: float, h: float, graphic: str) -> str:
    """A drawing anchored to the page at (x, y) mm, `w` × `h` mm, behind the text."""
    return (
        '<w:r><w:drawing><wp:anchor distT="0" distB="0" distL="0" distR="0" simplePos="0" '
        f'relativeHeight="{shape_id}" behindDoc="1" locked="1" layoutInCell="1" '
        'allowOverlap="1"><wp:simplePos x="0" y="0"/>'
        f'<wp:positionH relativeFrom="page"><wp:posOffset>{emu(x)}</wp:posOffset>'
        f'</wp:positionH><wp:positionV relativeFrom="page"><wp:posOffset>{emu(y)}'
        f'</wp:posOffset></wp:positionV><wp:extent cx="{emu(w)}" cy="{emu(h)}"/>'
        '<wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapNone/>'
        f'<wp:docPr id="{shape_id}" name="{escape(name)}"/><wp:cNvGraphicFramePr/>'
        f"{graphic}</wp:anchor></w:drawing></w:r>"
    )


def _mark(shape_id: int, top: float, length: float) -> str:
    """A fold or hole mark: a thin grey line from the left edge at `top` mm."""
    graphic = (
        f'<a:graphic><a:graphicData uri="{WPS_NS}"><wps:wsp><wps:cNvCnPr/><wps:spPr>'
        f'<a:xfrm><a:off x="0" y="0"/><a:ext cx="{emu(length)}" cy="0"/></a:xfrm>'
        '<a:prstGeom prst="line"><a:avLst/></a:prstGeom>'
        f'<a:ln w="6350"><a:solidFill><a:srgbClr val="{MARK_RGB}"/></a:solidFill></a:ln>'
        "</wps:spPr><wps:bodyPr/></wps:wsp></a:graphicData></a:graphic>"
    )
    kind = "Lochmarke" if top == din.HOLE_MARK else "Faltmarke"
    return _anchor(shape_id, f"{kind} {top:g} mm", din.MARK_LEFT, top, length, 0, graphic)


def _logo(shape_id: int, w: float, h: float) -> str:
    x = din.PAGE_WIDTH - din.RIGHT_MARGIN - w
    graphic = (
        f'<a:graphic><a:graphicData uri="{PIC_NS}"><pic:pic><pic:nvPicPr>'
        f'<pic:cNvPr id="{shape_id}" name="Logo"/><pic:cNvPicPr/></pic:nvPicPr>'
        '<pic:blipFill><a:blip r:embed="rIdLogo"/><a:stretch><a:fillRect/></a:stretch>'
        f'</pic:blipFill><pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{emu(w)}" '
        f'cy="{emu(h)}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr>'
        "</pic:pic></a:graphicData></a:graphic>"
    )
    return _anchor(shape_id, "Logo", x, LOGO_TOP, w, h, graphic)


def _header_xml(logo: tuple[bytes, float, float] | None) -> str:
    """The page header: the logo and the fold and hole marks (on every page, as in Word's
    own DIN 5008 templates; the following pages are folded with the first)."""
    shapes = [_mark(10 + i, top, din.FOLD_MARK_LENGTH) for i, top in enumerate(din.FOLD_MARKS)]
    shapes.append(_mark(20, din.HOLE_MARK, din.HOLE_MARK_LENGTH))
    if logo is not None:
        shapes.append(_logo(30, logo[1], logo[2]))
    return (
        f'<w:hdr xmlns:w="{W_NS}" xmlns:r="{R_NS}" xmlns:wp="{WP_NS}" xmlns:a="{A_NS}" '
        f'xmlns:pic="{PIC_NS}" xmlns:wps="{WPS_NS}">'
        f'<w:p><w:pPr><w:spacing w:before="0" w:after="0"/></w:pPr>{"".join(shapes)}</w:p>'
        "</w:hdr>"
    )


def tw(mm_value: float) -> int:
    """Millimetres -> twentieths of a point (Word's unit)."""
    return round(mm_value * 1440 / 25.4)


def _run(text: str, *, bold: bool = False, size: int = BODY_HALF_POINTS, grey: bool = False) -> str:
    props = []
    if bold:
        props.append("<w:b/>")
    if grey:
        props.append('<w:color w:val="595959"/>')
    props.append(f'<w:sz w:val="{size}"/><w:szCs w:val="{size}"/>')
    return (
        f'<w:r><w:rPr>{"".join(props)}</w:rPr><w:t xml:space="preserve">{escape(text)}</w:t></w:r>'
    )


def _para(runs: str = "", *, props: str = "", keep_next: bool = False) -> str:
    extra = "<w:keepNext/>" if keep_next else ""
    return f"<w:p><w:pPr>{extra}{props}</w:pPr>{runs}</w:p>"


def _frame(x: float, y: float, width: float, height: float) -> str:
    """Paragraph properties of a frame at (x, y) mm on the page, `width` × `height` mm."""
    return (
        f'<w:framePr w:w="{tw(width)}" w:h="{tw(height)}" w:hRule="exact" w:wrap="around" '
        f'w:vAnchor="page" w:hAnchor="page" w:x="{tw(x)}" w:y="{tw(y)}"/>'
        '<w:spacing w:before="0" w:after="0" w:line="240" w:lineRule="auto"/>'
    )


def _framed_lines(
    lines: Iterable[tuple[str, bool, int, bool]], x: float, y: float, w: float, h: float
) -> str:
    """Consecutive paragraphs with the same frame properties share one frame in Word."""
    return "".join(
        _para(_run(text, bold=bold, size=size, grey=grey), props=_frame(x, y, w, h))
        for text, bold, size, grey in lines
    )


def _letter_xml(letter: Letter, first: bool, logo_width: float | None = None) -> str:
    lh = letter.letterhead
    parts: list[str] = []
    # Letterhead: name and address in the top 45 mm, over the information block; with a logo
    # (top right, in the page header) from the left margin to the logo, as in the PDF.
    head = [(lh.name, True, 28, False)] + [(a, False, 18, True) for a in lh.address_lines]
    head += [
        (x, False, 18, True) for x in (lh.phone and f"Telefon {lh.phone}", lh.email, lh.web) if x
    ]
    if logo_width is None:
        head_left, head_width = din.INFO_BLOCK_LEFT, din.INFO_BLOCK_WIDTH
    else:
        head_left, head_width = din.LEFT_MARGIN, din.TEXT_WIDTH - logo_width - 5
    parts.append(_framed_lines(head, head_left, 12, head_width, din.LETTERHEAD_HEIGHT - 15))
    # Address field, DIN 5008 form B: the return line at the bottom of the Zusatz- und
    # Vermerkzone (45-62.7 mm), the recipient in the Anschriftzone (62.7-90 mm).
    sender = letter.return_line if letter.return_line is not None else lh.sender_line
    register_fonts()
    # One line, shrunk as in the PDF (a wrapped return line would run into the recipient);
    # 8 % narrower than the frame: Word's font is not quite the bundled one.
    size, sender = fit_one_line(
        sender.strip(),
        FONT,
        (din.ADDRESS_TEXT_WIDTH - 0.2) * 0.92 * 72 / 25.4,
        max_size=RETURN_MAX_SIZE,
        min_size=RETURN_MIN_SIZE,
    )
    parts.append(
        _framed_lines(
            [(sender, False, round(size * 2), True)],
            din.ADDRESS_TEXT_LEFT,
            din.ADDRESS_ZONE_TOP - RETURN_LINE_FRAME,
            # a hair narrower than the recipient's frame: Word and LibreOffice join adjacent
            # paragraphs of equal frame width into one frame
            din.ADDRESS_TEXT_WIDTH - 0.2,
            RETURN_LINE_FRAME,
        )
    )
    recipient = [r.strip() for r in letter.recipient_lines if r.strip()][: din.ADDRESS_ZONE_LINES]
    parts.append(
        _framed_lines(
            [(r, False, 20, False) for r in recipient] or [("", False, 20, False)],
            din.ADDRESS_TEXT_LEFT,
            din.ADDRESS_ZONE_TOP + 1,  # the first line's ascent stays below the zone's top
            din.ADDRESS_TEXT_WIDTH,
            din.ADDRESS_ZONE_HEIGHT - 1,
        )
    )
    info = [(k, v.strip()) for k, v in letter.info if v and v.strip()]
    if info:
        tab = f'<w:tabs><w:tab w:val="left" w:pos="{tw(24)}"/></w:tabs>'
        frame = _frame(din.INFO_BLOCK_LEFT, din.INFO_BLOCK_TOP + 1, din.INFO_BLOCK_WIDTH, 38)
        parts += [
            _para(
                _run(f"{k}:", size=15, grey=True) + "<w:r><w:tab/></w:r>" + _run(v, size=18),
                props=frame + tab,
            )
            for k, v in info
        ]
    # Body: the subject 98.5 mm from the top of the first page (the section's top margin is
    # that of the following pages).
    before = tw(din.SUBJECT_TOP - din.FOLLOW_PAGE_TOP)
    page_break = "" if first else "<w:pageBreakBefore/>"
    spacing = f'<w:spacing w:before="{before}" w:after="0"/>'
    body_lines: list[str] = []
    if letter.subject.strip():
        body_lines.append(
            _para(_run(letter.subject.strip(), bold=True), props=page_break + spacing)
        )
        body_lines.append(_para())
        body_lines.append(_para())
        page_break = spacing = ""
    if letter.salutation.strip():
        body_lines.append(_para(_run(letter.salutation.strip()), props=page_break + spacing))
        body_lines.append(_para())
        page_break = spacing = ""
    for line in letter.body.strip("\n").split("\n"):
        body_lines.append(_para(_run(line) if line else "", props=page_break + spacing))
        page_break = spacing = ""
    closing = [_para(keep_next=True)]
    if letter.closing.strip():
        closing.append(_para(_run(letter.closing.strip()), keep_next=True))
    if letter.signature:
        closing += [_para(keep_next=True)] * SIGNATURE_GAP_LINES
        closing += [
            _para(_run(s), keep_next=i < len(letter.signature) - 1)
            for i, s in enumerate(letter.signature)
        ]
    return "".join(parts) + "".join(body_lines) + "".join(closing)


def _footer_xml(letters: Sequence[Letter]) -> str:
    lh = letters[0].letterhead if letters else None
    footer = (lh.footer if lh else "") or ""
    fields = (
        '<w:r><w:rPr><w:sz w:val="16"/></w:rPr><w:t xml:space="preserve">Seite </w:t></w:r>'
        '<w:fldSimple w:instr=" PAGE "><w:r><w:rPr><w:sz w:val="16"/></w:rPr><w:t>1</w:t></w:r>'
        "</w:fldSimple>"
        '<w:r><w:rPr><w:sz w:val="16"/></w:rPr><w:t xml:space="preserve"> von </w:t></w:r>'
        '<w:fldSimple w:instr=" NUMPAGES "><w:r><w:rPr><w:sz w:val="16"/></w:rPr><w:t>1</w:t>'
        "</w:r></w:fldSimple>"
    )
    lines = "".join(_para(_run(x, size=14, grey=True)) for x in footer.splitlines() if x.strip())
    right = _para(fields, props='<w:jc w:val="right"/>')
    return f'<w:ftr xmlns:w="{W_NS}" xmlns:r="{R_NS}">{right}{lines}</w:ftr>'


def letters_docx(letters: Sequence[Letter], title: str = "Brief", author: str = "") -> bytes:
    """The letters as one Word document, each beginning on a new page; the first letter's
    letterhead gives the logo of the page header."""
    logo = _safe_logo(letters[0].letterhead) if letters else None
    logo_width = logo[1] if logo is not None else None
    body = "".join(_letter_xml(letter, i == 0, logo_width) for i, letter in enumerate(letters))
    section = (
        '<w:sectPr><w:headerReference w:type="default" r:id="rIdHeader"/>'
        '<w:footerReference w:type="default" r:id="rIdFooter"/>'
        f'<w:pgSz w:w="{tw(din.PAGE_WIDTH)}" w:h="{tw(din.PAGE_HEIGHT)}"/>'
        f'<w:pgMar w:top="{tw(din.FOLLOW_PAGE_TOP)}" w:right="{tw(din.RIGHT_MARGIN)}" '
        f'w:bottom="{tw(din.PAGE_HEIGHT - din.BODY_BOTTOM)}" w:left="{tw(din.LEFT_MARGIN)}" '
        f'w:header="{tw(12)}" w:footer="{tw(din.PAGE_HEIGHT - din.PAGE_NUMBER_TOP - 4)}" '
        'w:gutter="0"/></w:sectPr>'
    )
    document = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        f'<w:document xmlns:w="{W_NS}" xmlns:r="{R_NS}"><w:body>{body}{section}</w:body>'
        "</w:document>"
    )
    styles = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        f'<w:styles xmlns:w="{W_NS}"><w:docDefaults><w:rPrDefault><w:rPr>'
        f'<w:rFonts w:ascii="{FONT_NAME}" w:hAnsi="{FONT_NAME}" w:cs="{FONT_NAME}" '
        f'w:eastAsia="{FONT_NAME}"/><w:sz w:val="{BODY_HALF_POINTS}"/><w:lang w:val="de-DE"/>'
        "</w:rPr></w:rPrDefault><w:pPrDefault><w:pPr>"
        '<w:spacing w:after="0" w:line="280" w:lineRule="exact"/></w:pPr></w:pPrDefault>'
        '</w:docDefaults><w:style w:type="paragraph" w:default="1" w:styleId="Standard">'
        '<w:name w:val="Normal"/><w:qFormat/></w:style></w:styles>'
    )
    return package(
        document,
        styles,
        _footer_xml(letters),
        title,
        author,
        header=_header_xml(logo),
        logo=logo[0] if logo is not None else None,
    )


def _safe_logo(lh: Letterhead) -> tuple[bytes, float, float] | None:
    try:
        return logo_jpeg(lh)
    except OSError:  # the file went away meanwhile: the letter without it
        return None


def package(
    document: str,
    styles: str,
    footer: str,
    title: str,
    author: str,
    *,
    header: str = "",
    logo: bytes | None = None,
) -> bytes:
    content_types = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
        'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
        '<Default Extension="jpeg" ContentType="image/jpeg"/>'
        '<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-'
        'officedocument.wordprocessingml.header+xml"/>'
        '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-'
        'officedocument.wordprocessingml.document.main+xml"/>'
        '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-'
        'officedocument.wordprocessingml.styles+xml"/>'
        '<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-'
        'officedocument.wordprocessingml.footer+xml"/>'
        '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-'
        'package.core-properties+xml"/></Types>'
    )
    rels = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
        'relationships/officeDocument" Target="word/document.xml"/>'
        '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/'
        'relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>'
    )
    doc_rels = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rIdStyles" Type="http://schemas.openxmlformats.org/officeDocument/'
        '2006/relationships/styles" Target="styles.xml"/>'
        '<Relationship Id="rIdFooter" Type="http://schemas.openxmlformats.org/officeDocument/'
        '2006/relationships/footer" Target="footer1.xml"/>'
        + (
            '<Relationship Id="rIdHeader" Type="http://schemas.openxmlformats.org/'
            'officeDocument/2006/relationships/header" Target="header1.xml"/>'
            if header
            else ""
        )
        + "</Relationships>"
    )
    header_rels = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rIdLogo" Type="http://schemas.openxmlformats.org/officeDocument/'
        '2006/relationships/image" Target="media/logo.jpeg"/></Relationships>'
    )
    core = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/'
        'core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/">'
        f"<dc:title>{escape(title)}</dc:title><dc:creator>{escape(author or 'In|Die Desktop')}"
        "</dc:creator></cp:coreProperties>"
    )
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", content_types)
        z.writestr("_rels/.rels", rels)
        z.writestr("word/document.xml", document)
        z.writestr("word/_rels/document.xml.rels", doc_rels)
        z.writestr("word/styles.xml", styles)
        z.writestr("word/footer1.xml", '<?xml version="1.0" encoding="UTF-8"?>' + footer)
        if header:
            z.writestr("word/header1.xml", '<?xml version="1.0" encoding="UTF-8"?>' + header)
        if logo is not None:
            z.writestr("word/_rels/header1.xml.rels", header_rels)
            z.writestr("word/media/logo.jpeg", logo)
        z.writestr("docProps/core.xml", core)
    return buffer.getvalue()
