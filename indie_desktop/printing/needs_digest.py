"""A university's needs digest (Bedarfsradar) as a PDF or a Word document (.docx, to be edited
or sent on): the network's open needs that fit the university's units, each with the units it
fits and why; companies named only with consent. Receives the data (domain/outreach.Digest),
opens no session."""

from __future__ import annotations

from pathlib import Path
from typing import BinaryIO
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from indie_desktop.domain.formatting import format_date
from indie_desktop.domain.outreach import Digest, DigestItem
from indie_desktop.printing.docx_letter import FONT_NAME, W_NS, _para, _run, package
from indie_desktop.printing.fonts import FONT, FONT_BOLD, register_fonts

ANSWER_REQUEST = (
    "Bitte antworten Sie je Bedarf: interessant, Einheit benannt (mit Ansprechperson), "
    "abgelehnt. Wir stellen den Kontakt zum Unternehmen her."
)
EMPTY = "Derzeit passt kein offener Bedarf zu Ihren Einheiten."


def title_text(digest: Digest) -> str:
    return f"Bedarfsradar für {digest.university}"


def intro_text(digest: Digest, sender: str = "") -> str:
    return (
        f"Offene Bedarfe aus Unternehmen der Region, die zu Ihren Einheiten passen – "
        f"Stand {format_date(digest.made_on)}"
        + (f", zusammengestellt von {sender}" if sender else "")
        + ". Unternehmen werden nur mit ihrer Einwilligung genannt."
    )


def need_lines(item: DigestItem) -> list[str]:
    lines = [item.topic]
    if item.competence:
        lines.append(f"Gesucht: {item.competence}")
    if item.found_on:
        lines.append(f"seit {format_date(item.found_on)}")
    return lines


def unit_lines(item: DigestItem) -> list[str]:
    return [f"{u.name} ({', '.join(u.terms)})" for u in item.units]


def needs_digest_pdf(digest: Digest, sender: str = "") -> bytes:
    """The digest as PDF bytes (for the preview)."""
    import io

    buffer = io.BytesIO()
    write_needs_digest(digest, buffer, sender)
    return buffer.getvalue()


def write_needs_digest(digest: Digest, path: Path | BinaryIO, sender: str = "") -> None:
    """Write the digest to `path` (PDF), a file name or a binary file."""
    register_fonts()
    body = ParagraphStyle("body", fontName=FONT, fontSize=9.5, leading=12)
    small = ParagraphStyle("small", parent=body, fontSize=8.5, leading=10.5)
    title = ParagraphStyle("title", parent=body, fontName=FONT_BOLD, fontSize=15, leading=19)
    head = ParagraphStyle("head", parent=body, fontName=FONT_BOLD)
    story: list[object] = [
        Paragraph(escape(title_text(digest)), title),
        Spacer(1, 2 * mm),
        Paragraph(escape(intro_text(digest, sender)), body),
        Spacer(1, 5 * mm),
    ]
    if not digest.items:
        story.append(Paragraph(EMPTY, body))
    rows: list[list[object]] = [
        [Paragraph(h, head) for h in ("Nr.", "Bedarf", "Unternehmen", "Passende Einheiten")]
    ]
    for number, item in enumerate(digest.items, 1):
        need = escape(item.topic)
        if item.competence:
            need += f"<br/><font size=8.5>Gesucht: {escape(item.competence)}</font>"
        if item.found_on:
            need += f"<br/><font size=8.5>seit {format_date(item.found_on)}</font>"
        units = "<br/>".join(
            f"{escape(u.name)} <font size=8.5>({escape(', '.join(u.terms))})</font>"
            for u in item.units
        )
        rows.append(
            [
                Paragraph(str(number), body),
                Paragraph(need, body),
                Paragraph(escape(item.company), small),
                Paragraph(units, body),
            ]
        )
    if digest.items:
        table = Table(rows, colWidths=[10 * mm, 62 * mm, 42 * mm, 56 * mm], repeatRows=1)
        table.setStyle(
            TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
                    ("LINEBELOW", (0, 1), (-1, -1), 0.25, colors.grey),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
                ]
            )
        )
        story.append(table)
    story += [
        Spacer(1, 6 * mm),
        Paragraph(ANSWER_REQUEST, small),
    ]
    doc = SimpleDocTemplate(
        path if not isinstance(path, Path) else str(path),
        pagesize=A4,
        leftMargin=20 * mm,
        rightMargin=20 * mm,
        topMargin=18 * mm,
        bottomMargin=18 * mm,
        title=f"Bedarfsradar {digest.university}",
    )
    doc.build(story)  # type: ignore[arg-type]


def _cell(lines: list[str], width_mm: float, *, bold: bool = False, small: bool = False) -> str:
    size = 17 if small else 19
    paras = (
        "".join(
            _para(_run(line, bold=bold, size=size, grey=small and i > 0))
            for i, line in enumerate(lines)
        )
        or _para()
    )
    twips = round(width_mm * 1440 / 25.4)
    return f'<w:tc><w:tcPr><w:tcW w:w="{twips}" w:type="dxa"/></w:tcPr>{paras}</w:tc>'


def needs_digest_docx(digest: Digest, sender: str = "") -> bytes:
    """The digest as a Word document: title, note, one table row per need."""
    widths = (10.0, 62.0, 42.0, 56.0)
    head = ("Nr.", "Bedarf", "Unternehmen", "Passende Einheiten")
    rows = [
        "<w:tr><w:trPr><w:tblHeader/></w:trPr>"
        + "".join(_cell([h], w, bold=True) for h, w in zip(head, widths, strict=True))
        + "</w:tr>"
    ]
    for number, item in enumerate(digest.items, 1):
        cells = (
            _cell([str(number)], widths[0]),
            _cell(need_lines(item), widths[1]),
            _cell([item.company], widths[2], small=True),
            _cell(unit_lines(item), widths[3]),
        )
        rows.append("<w:tr><w:trPr><w:cantSplit/></w:trPr>" + "".join(cells) + "</w:tr>")
    border = '<w:{0} w:val="single" w:sz="4" w:space="0" w:color="808080"/>'
    borders = "".join(border.format(b) for b in ("top", "bottom", "insideH"))
    grid = "".join(f'<w:gridCol w:w="{round(w * 1440 / 25.4)}"/>' for w in widths)
    table = (
        f'<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/><w:tblBorders>{borders}</w:tblBorders>'
        '<w:tblCellMar><w:top w:w="40" w:type="dxa"/><w:bottom w:w="60" w:type="dxa"/>'
        f"</w:tblCellMar></w:tblPr><w:tblGrid>{grid}</w:tblGrid>{''.join(rows)}</w:tbl>"
    )
    body = (
        _para(_run(title_text(digest), bold=True, size=30))
        + _para()
        + _para(_run(intro_text(digest, sender), size=19))
        + _para()
        + (table if digest.items else _para(_run(EMPTY, size=19)))
        + _para()
        + _para(_run(ANSWER_REQUEST, size=17))
    )
    section = (
        '<w:sectPr><w:footerReference w:type="default" r:id="rIdFooter"/>'
        '<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1021" w:right="1134" '
        'w:bottom="1021" w:left="1134" w:header="567" w:footer="567" w:gutter="0"/></w:sectPr>'
    )
    r_ns = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    document = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        f'<w:document xmlns:w="{W_NS}" xmlns:r="{r_ns}"><w:body>{body}{section}</w:body>'
        "</w:document>"
    )
    styles = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        f'<w:styles xmlns:w="{W_NS}"><w:docDefaults><w:rPrDefault><w:rPr>'
        f'<w:rFonts w:ascii="{FONT_NAME}" w:hAnsi="{FONT_NAME}" w:cs="{FONT_NAME}" '
        f'w:eastAsia="{FONT_NAME}"/><w:sz w:val="19"/><w:lang w:val="de-DE"/>'
        "</w:rPr></w:rPrDefault><w:pPrDefault><w:pPr>"
        '<w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr></w:pPrDefault>'
        '</w:docDefaults><w:style w:type="paragraph" w:default="1" w:styleId="Standard">'
        '<w:name w:val="Normal"/><w:qFormat/></w:style></w:styles>'
    )
    footer = (
        f'<w:ftr xmlns:w="{W_NS}" xmlns:r="{r_ns}">'
        + _para(_run(title_text(digest), size=14, grey=True))
        + "</w:ftr>"
    )
    return package(document, styles, footer, f"Bedarfsradar {digest.university}", sender)


def write_needs_digest_docx(digest: Digest, path: Path, sender: str = "") -> None:
    path.write_bytes(needs_digest_docx(digest, sender))
