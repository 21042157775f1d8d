"""Data protection documents: the Art. 14 information letter and the Art. 15 access report.

German texts: both go to the person (a business contact in Germany), whatever the UI language.
Set in the bundled Unicode font (printing/fonts.py) so every name prints as written.
"""

from __future__ import annotations

import io
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from indie_desktop.domain.access_report import AccessReport
from indie_desktop.domain.enums import LegalBasis
from indie_desktop.domain.formatting import format_date
from indie_desktop.domain.models import Institution
from indie_desktop.printing.actual_size import ActualSizeCanvas
from indie_desktop.printing.fonts import FONT, FONT_BOLD
from indie_desktop.printing.labels_de import value_label
from indie_desktop.printing.letter import Letter
from indie_desktop.printing.letterhead import Letterhead

LEGAL_BASIS_TEXT = {
    LegalBasis.CONSENT: "Ihre Einwilligung (Art. 6 Abs. 1 lit. a DSGVO)",
    LegalBasis.CONTRACT: "die Durchführung eines Vertrags (Art. 6 Abs. 1 lit. b DSGVO)",
    LegalBasis.PUBLIC_TASK: (
        "die Wahrnehmung einer Aufgabe im öffentlichen Interesse, die Wirtschaftsförderung "
        "(Art. 6 Abs. 1 lit. e DSGVO)"
    ),
    LegalBasis.LEGITIMATE_INTEREST: (
        "unser berechtigtes Interesse an der Pflege geschäftlicher Kontakte im Netzwerk "
        "(Art. 6 Abs. 1 lit. f DSGVO)"
    ),
}
SOURCE_TEXT = {
    "visit": "einem Unternehmensbesuch",
    "trade_fair": "einer Messe",
    "import_file": "einer übernommenen Kontaktliste",
    "web": "öffentlich zugänglichen Angaben im Internet",
    "event": "einer Veranstaltung",
    "referral": "einer Vermittlung im Netzwerk",
}
# The same sources as the German form offers them (the form stores what it shows).
SOURCE_TEXT.update(
    {
        "company visit": SOURCE_TEXT["visit"],
        "unternehmensbesuch": SOURCE_TEXT["visit"],
        "besuch": SOURCE_TEXT["visit"],
        "trade fair": SOURCE_TEXT["trade_fair"],
        "messe": SOURCE_TEXT["trade_fair"],
        "import file": SOURCE_TEXT["import_file"],
        "importdatei": SOURCE_TEXT["import_file"],
        "internet": SOURCE_TEXT["web"],
        "veranstaltung": SOURCE_TEXT["event"],
        "vermittlung": SOURCE_TEXT["referral"],
    }
)
SECTION_LABELS = {
    "id": "Kennung",
    "created_at": "Angelegt",
    "updated_at": "Geändert",
    "deleted_at": "Gelöscht",
    "visibility": "Sichtbarkeit",
    "owner_institution_id": "Institution",
    "salutation": "Anrede",
    "title": "Titel",
    "first_name": "Vorname",
    "last_name": "Nachname",
    "function": "Funktion",
    "department": "Abteilung",
    "phone": "Telefon",
    "mobile": "Mobil",
    "email": "E-Mail",
    "preferred_channel": "Bevorzugter Weg",
    "notes": "Notizen",
    "legal_basis": "Rechtsgrundlage",
    "data_source": "Herkunft der Daten",
    "art14_info_sent_on": "Information nach Art. 14 gesendet",
    "organisation": "Organisation",
    "role": "Rolle",
    "since": "Seit",
    "until": "Bis",
    "is_primary": "Hauptzugehörigkeit",
    "kind": "Art",
    "occurred_at": "Zeitpunkt",
    "place": "Ort",
    "subject": "Betreff",
    "report": "Bericht",
    "situation": "Ausgangslage",
    "needs_found": "Festgestellte Bedarfe",
    "next_steps": "Nächste Schritte",
    "topic": "Thema",
    "description": "Beschreibung",
    "status": "Status",
    "stage": "Stand",
    "referred_on": "Vermittelt am",
    "note": "Notiz",
    "scope": "Zweck",
    "given_on": "Erteilt am",
    "channel": "Weg",
    "evidence": "Nachweis",
    "expires_on": "Gültig bis",
    "withdrawn_on": "Widerrufen am",
    "purpose": "Zweck",
    "objected_on": "Widerspruch am",
    "filename": "Datei",
    "size": "Größe (Byte)",
    "at": "Zeitpunkt",
    "who": "Wer",
    "action": "Vorgang",
    "target_type": "Datensatz",
    "changes": "Änderungen",
    "tag": "Schlagwort",
    "record": "Datensatz",
    "field": "Feld",
    "text": "Text",
    "project": "Projekt",
    "partner_organisation": "Partnerorganisation",
}

# Stored codes as the person reads them, beyond the enum labels (resources/catalogue.py).
VALUE_LABELS = {
    "network": "Netzwerk",
    "institution": "nur eigene Institution",
    "letter": "Briefe",
    "all": "alle Zwecke",
    "visit": "Besuch",
    "import_file": "Importdatei",
    "web": "Internet",
    "referral": "Vermittlung",
    "create": "angelegt",
    "update": "geändert",
    "delete": "gelöscht",
    "restore": "wiederhergestellt",
    "access_export": "Auskunft erstellt",
    "keep": "aufbewahren",
}


def register_fonts() -> None:
    from indie_desktop.printing import fonts

    fonts.register_fonts()


def _styles() -> dict[str, ParagraphStyle]:
    register_fonts()
    body = ParagraphStyle("body", fontName=FONT, fontSize=10, leading=13.5)
    return {
        "body": body,
        "small": ParagraphStyle("small", parent=body, fontSize=8, leading=10),
        "cell": ParagraphStyle("cell", parent=body, fontSize=8.5, leading=11),
        "cellb": ParagraphStyle("cellb", parent=body, fontName=FONT_BOLD, fontSize=8.5, leading=11),
        "title": ParagraphStyle("title", parent=body, fontName=FONT_BOLD, fontSize=15, leading=19),
        "h2": ParagraphStyle(
            "h2", parent=body, fontName=FONT_BOLD, fontSize=11.5, leading=15, spaceBefore=8
        ),
        "bold": ParagraphStyle("bold", parent=body, fontName=FONT_BOLD),
    }


def _p(text: str, style: ParagraphStyle) -> Paragraph:
    return Paragraph(escape(text).replace("\n", "<br/>"), style)


def sender_lines(inst: Institution | None) -> list[str]:
    """The sender block of the privacy documents: the institution's name, address and contacts."""
    if inst is None:
        return ["In|Die RegionRuhr"]
    lines = [inst.name]
    if inst.street:
        lines.append(inst.street)
    if inst.postcode or inst.city:
        lines.append(f"{inst.postcode or ''} {inst.city or ''}".strip())
    for label, value in (("Telefon", inst.phone), ("E-Mail", inst.email), ("Web", inst.website)):
        if value:
            lines.append(f"{label}: {value}")
    return lines


def _doc(buffer: io.BytesIO, title: str, footer: str) -> SimpleDocTemplate:
    doc = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=25 * mm,
        rightMargin=20 * mm,
        topMargin=20 * mm,
        bottomMargin=20 * mm,
        title=title,
        author="In|Die Desktop",
        initialFontName=FONT,  # reportlab's default, Helvetica, would be referenced unembedded
    )

    def page(canvas: Canvas, document: SimpleDocTemplate) -> None:
        canvas.saveState()
        canvas.setFont(FONT, 7.5)
        canvas.drawString(25 * mm, 10 * mm, footer)
        canvas.drawRightString(A4[0] - 20 * mm, 10 * mm, f"Seite {document.page}")
        canvas.restoreState()

    # build() uses these attributes when it is given no page functions; the stubs lack them.
    doc.onFirstPage = page  # type: ignore[attr-defined]
    doc.onLaterPages = page  # type: ignore[attr-defined]
    return doc


# --- Art. 15 access report --------------------------------------------------------------------


def access_report_pdf(sender: list[str], report: AccessReport) -> bytes:
    """The Art. 15 report as PDF; `sender` is the block `sender_lines` makes of the institution."""
    st = _styles()
    buffer = io.BytesIO()
    doc = _doc(
        buffer,
        f"Auskunft nach Art. 15 DSGVO – {report.display_name}",
        f"Auskunft nach Art. 15 DSGVO · {report.display_name} · {format_date(report.generated_at)}",
    )
    story: list[Flowable] = [
        _p("\n".join(sender), st["small"]),
        Spacer(1, 8 * mm),
        _p("Auskunft nach Art. 15 DSGVO", st["title"]),
        Spacer(1, 2 * mm),
        _p(
            f"über die zu {report.display_name} gespeicherten Daten, Stand "
            f"{format_date(report.generated_at)}. Die Daten liegen dieser Auskunft zusätzlich "
            "maschinenlesbar bei (JSON und CSV).",
            st["body"],
        ),
    ]
    for section in report.sections:
        heading = _p(f"{section.title} ({len(section.rows)})", st["h2"])
        if not section.rows:
            story.append(KeepTogether([heading, _p("Keine Einträge.", st["small"])]))
            continue
        for i, row in enumerate(section.rows):
            cells = [
                [
                    _p(SECTION_LABELS.get(k, k), st["cellb"]),
                    _p(VALUE_LABELS.get(v) or value_label(v) or v, st["cell"]),
                ]
                for k, v in row.items()
                if v
                and k not in ("id", "person_id", "owner_institution_id")
                and not k.endswith("_id")
            ]
            if not cells:
                continue
            table = Table(cells, colWidths=[42 * mm, 123 * mm])
            table.setStyle(
                TableStyle(
                    [
                        ("VALIGN", (0, 0), (-1, -1), "TOP"),
                        # Table cells set their font even for Paragraphs: ours, not Helvetica.
                        ("FONTNAME", (0, 0), (-1, -1), FONT),
                        ("BOX", (0, 0), (-1, -1), 0.4, colors.lightgrey),
                        ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#f2f4f7")),
                        ("TOPPADDING", (0, 0), (-1, -1), 2),
                        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
                    ]
                )
            )
            parts = [heading, table] if i == 0 else [table]
            story.append(KeepTogether([*parts, Spacer(1, 2 * mm)]) if len(cells) < 25 else table)
            if i == 0 and len(cells) >= 25:
                story.insert(len(story) - 1, heading)
    doc.build(story, canvasmaker=ActualSizeCanvas)
    return buffer.getvalue()


def access_report_letter(
    letterhead: Letterhead, recipient: list[str], report: AccessReport
) -> Letter:
    """The Art. 15 report as a DIN 5008 letter to the person (for Word: printing/docx_letter),
    every section with its entries as "field: value" lines, as in the PDF."""
    lines = [
        f"Sie haben Auskunft über die zu Ihnen gespeicherten Daten verlangt (Art. 15 DSGVO). "
        f"Hier ist sie, Stand {format_date(report.generated_at)}. Die Daten liegen zusätzlich "
        "maschinenlesbar bei (JSON und CSV).",
    ]
    for section in report.sections:
        lines += ["", f"{section.title} ({len(section.rows)})"]
        if not section.rows:
            lines.append("Keine Einträge.")
        for i, row in enumerate(section.rows):
            if i:
                lines.append("")
            lines += [
                f"{SECTION_LABELS.get(k, k)}: {VALUE_LABELS.get(v) or value_label(v) or v}"
                for k, v in row.items()
                if v
                and k not in ("id", "person_id", "owner_institution_id")
                and not k.endswith("_id")
            ]
    return Letter(
        letterhead=letterhead,
        recipient_lines=recipient,
        subject="Auskunft nach Art. 15 DSGVO",
        salutation="Guten Tag,",
        body="\n".join(lines),
        signature=[letterhead.name],
    )
