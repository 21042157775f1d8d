"""A university's needs digest (Bedarfsradar) as a PDF: the network's open needs that fit the
university's units, each with the units it fits and why; companies named only with consent.
Receives the data (domain/outreach.Digest), opens no session."""

from __future__ import annotations

from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from indie_desktop.domain.formatting import format_date
from indie_desktop.domain.outreach import Digest
from indie_desktop.printing.fonts import FONT, FONT_BOLD, register_fonts


def write_needs_digest(digest: Digest, path: Path, sender: str = "") -> None:
    """Write the digest to `path` (PDF)."""
    register_fonts()
    body = ParagraphStyle("body", fontName=FONT, fontSize=9.5, leading=12)
    small = ParagraphStyle("small", parent=body, fontSize=8.5, leading=10.5)
    title = ParagraphStyle("title", parent=body, fontName=FONT_BOLD, fontSize=15, leading=19)
    head = ParagraphStyle("head", parent=body, fontName=FONT_BOLD)
    story: list[object] = [
        Paragraph(escape(f"Bedarfsradar für {digest.university}"), title),
        Spacer(1, 2 * mm),
        Paragraph(
            escape(
                f"Offene Bedarfe aus Unternehmen der Region, die zu Ihren Einheiten passen – "
                f"Stand {format_date(digest.made_on)}"
                + (f", zusammengestellt von {sender}" if sender else "")
                + ". Unternehmen werden nur mit ihrer Einwilligung genannt."
            ),
            body,
        ),
        Spacer(1, 5 * mm),
    ]
    if not digest.items:
        story.append(Paragraph("Derzeit passt kein offener Bedarf zu Ihren Einheiten.", body))
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
        Paragraph(
            "Bitte antworten Sie je Bedarf: interessant, Einheit benannt (mit Ansprechperson), "
            "abgelehnt. Wir stellen den Kontakt zum Unternehmen her.",
            small,
        ),
    ]
    doc = SimpleDocTemplate(
        str(path),
        pagesize=A4,
        leftMargin=20 * mm,
        rightMargin=20 * mm,
        topMargin=18 * mm,
        bottomMargin=18 * mm,
        title=f"Bedarfsradar {digest.university}",
    )
    doc.build(story)  # type: ignore[arg-type]
