"""The funding report (Förderbericht) as PDF (reportlab, charts with reportlab.graphics) and as
XLSX (openpyxl) for the funder's spreadsheet. The document is German: it goes to a German funder
whatever language the user's interface has.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from decimal import Decimal
from typing import Any, Literal

from reportlab.graphics.shapes import Drawing, Line, Polygon, Rect, String
from reportlab.lib import colors
from reportlab.lib.colors import Color
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Frame,
    KeepTogether,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.tables import CellStyle

from indie_desktop.domain.enums import OrganisationKind
from indie_desktop.domain.formatting import format_money, format_number
from indie_desktop.domain.outcomes import Figures, FundingReport, FunnelStep, Sender, nice_scale
from indie_desktop.printing import din5008 as din
from indie_desktop.printing.actual_size import ActualSizeCanvas
from indie_desktop.printing.fonts import FONT, FONT_BOLD, register_fonts
from indie_desktop.printing.labels_de import de as german
from indie_desktop.printing.labels_de import kind_plural
from indie_desktop.printing.layout import phone_de
from indie_desktop.printing.letterhead import (
    Letterhead,
    draw_footer,
    draw_letterhead,
    draw_page_number,
)

LETTERHEAD_FORM = "letterhead"  # the PDF form (XObject) every page places
PALETTE = ("#1b7f8c", "#e07b39", "#6a4c93", "#3a9d5d", "#2f6db5", "#c9485b")
MONTHS = ("Jan", "Feb", "Mär", "Apr", "Mai", "Jun", "Jul", "Aug", "Sep", "Okt", "Nov", "Dez")
SHORT_KINDS = {  # column heads of the network matrix
    OrganisationKind.COMPANY: "Untern.",
    OrganisationKind.CRAFT_BUSINESS: "Handwerk",
    OrganisationKind.SERVICE_PROVIDER: "Dienstl.",
    OrganisationKind.UNIVERSITY: "Hochsch.",
    OrganisationKind.RESEARCH_INSTITUTE: "Forschung",
    OrganisationKind.CHAMBER_AGENCY: "Kammern",
    OrganisationKind.OTHER: "Sonstige",
}
FUNNEL = {
    FunnelStep.NEED: "Bedarfe erfasst",
    FunnelStep.REFERRAL: "vermittelt",
    FunnelStep.FIRST_MEETING: "Erstgespräch",
    FunnelStep.COOPERATION: "Kooperation",
}


def month_label(month: str) -> str:
    year, number = month.split("-")
    return f"{MONTHS[int(number) - 1]} {year[2:]}"


def euros(value: Decimal) -> str:
    """Whole euros for a headline figure: '7.099.200 €' (the tables keep the cents)."""
    return f"{format_number(value, 0)}\u00a0€"


def days_text(value: float | None) -> str:
    return "–" if value is None else format_number(value, 1 if value % 1 else 0)


def figure_rows(f: Figures) -> list[tuple[str, str, Any]]:
    """(label, shown text, raw value) of the key figures; the PDF and the XLSX share them."""
    return [
        (
            "Erreichte Organisationen",
            format_number(f.organisations_reached),
            f.organisations_reached,
        ),
        ("Unternehmensbesuche", format_number(f.visits), f.visits),
        ("Erfasste Bedarfe", format_number(f.needs), f.needs),
        ("Vermittlungen", format_number(f.referrals), f.referrals),
        ("Begonnene Kooperationen", format_number(f.cooperations), f.cooperations),
        ("Wert der Kooperationen", euros(f.cooperation_value), f.cooperation_value),
        (
            "Median Tage Bedarf → Vermittlung",
            days_text(f.median_days_need_to_referral),
            f.median_days_need_to_referral,
        ),
        (
            "Median Tage Vermittlung → Kooperation",
            days_text(f.median_days_referral_to_cooperation),
            f.median_days_referral_to_cooperation,
        ),
    ]


# --- charts (reportlab.graphics) ------------------------------------------------------------


EVENT_KIND_DE = {
    "sector_meeting": "Branchentreffen",
    "joint_trade_fair": "Gemeinschaftsstände auf Messen",
    "business_trip": "Unternehmerreisen",
    "workshop": "Workshops / Transfertage",
    "event": "sonstige Veranstaltungen",
}


def event_rows(f: Figures) -> list[tuple[str, int]]:
    """The events' figures as (label, number), for the PDF table and the XLSX sheet."""
    e = f.events
    rows = [("Veranstaltungen", e.events)]
    rows += [(f"  davon {label}", e.by_kind.get(kind, 0)) for kind, label in EVENT_KIND_DE.items()]
    rows += [
        ("Anmeldungen", e.registered),
        ("Teilnehmende", e.participants),
        ("Über Veranstaltungen erreichte Organisationen", e.organisations),
        ("davon Erstkontakte auf einer Veranstaltung", e.first_contacts),
        ("Kooperationen aus Veranstaltungen", e.cooperations),
    ]
    return rows


def _text(
    x: float,
    y: float,
    text: str,
    size: float = 8,
    anchor: Literal["start", "middle", "end", "numeric"] = "start",
    **kw: Any,
) -> String:
    return String(x, y, text, fontName=kw.pop("font", FONT), fontSize=size, textAnchor=anchor, **kw)


def _drawing(width: float, height: float) -> Drawing:
    """A chart's drawing whose text starts in our font: reportlab's graphics state begins
    with Helvetica, which would be referenced in the PDF without being embedded."""
    d = Drawing(width, height)
    d.__dict__["initialFontName"] = FONT  # read by reportlab's renderer, not a checked attribute
    return d


def _box(x: float, y: float, width: float, height: float, fill: Color) -> Rect:
    """A filled rectangle without an outline."""
    # types-reportlab declares Rect's **kw without Unpack[...], so no keyword argument fits.
    return Rect(x, y, width, height, fillColor=fill, strokeColor=None)  # type: ignore[arg-type]


def funnel_chart(f: Figures, width: float) -> Drawing:
    height = 110.0
    d = _drawing(width, height)
    steps = f.funnel
    first = steps[0][1] if steps else 0
    if not first:
        d.add(_text(width / 2, height / 2, "Keine Bedarfe im Zeitraum", 9, "middle"))
        return d
    band, gap = 24.0, 4.0
    full, centre = width * 0.55, width * 0.3
    widths = [max(20.0, full * n / first) for _s, n in steps]
    for i, (step, n) in enumerate(steps):
        top = height - i * (band + gap)
        w0 = widths[i]
        w1 = widths[i + 1] if i + 1 < len(steps) else w0 * 0.85
        d.add(
            Polygon(
                [
                    centre - w0 / 2,
                    top,
                    centre + w0 / 2,
                    top,
                    centre + w1 / 2,
                    top - band,
                    centre - w1 / 2,
                    top - band,
                ],
                fillColor=colors.HexColor(PALETTE[i % len(PALETTE)]),
                strokeColor=None,
            )
        )
        d.add(
            _text(
                centre,
                top - band / 2 - 3,
                format_number(n),
                9,
                "middle",
                font=FONT_BOLD,
                fillColor=colors.white,
            )
        )
        share = "" if i == 0 else f"  ({format_number(100 * n / first, 0)} %)"
        d.add(_text(centre + full / 2 + 10, top - band / 2 - 3, FUNNEL[step] + share, 9))
    return d


def bar_chart(items: Sequence[tuple[str, float, str]], width: float, colour: str) -> Drawing:
    """Horizontal bars: (label, value, value text)."""
    row = 14.0
    height = max(20.0, row * len(items) + 4)
    d = _drawing(width, height)
    if not items:
        d.add(_text(width / 2, height / 2 - 3, "Keine Einträge im Zeitraum", 9, "middle"))
        return d
    label_w = width * 0.3
    value_w = 60.0
    top = max(v for _l, v, _t in items) or 1
    span = width - label_w - value_w - 10
    for i, (label, value, text) in enumerate(items):
        y = height - (i + 1) * row
        d.add(_text(label_w - 6, y + 3.5, label[:38], 8, "end"))
        w = max(1.5, span * value / top) if value else 0
        d.add(_box(label_w, y + 2, w, row - 5, colors.HexColor(colour)))
        d.add(_text(label_w + w + 4, y + 3.5, text, 8, fillColor=colors.HexColor("#555555")))
    return d


def timeline_chart(f: Figures, width: float) -> Drawing:
    height = 150.0
    d = _drawing(width, height)
    series = [
        ("Unternehmensbesuche", [t.visits for t in f.timeline]),
        ("Bedarfe", [t.needs for t in f.timeline]),
        ("Vermittlungen", [t.referrals for t in f.timeline]),
        ("Kooperationen", [t.cooperations for t in f.timeline]),
    ]
    x = 0.0
    for i, (label, _v) in enumerate(series):
        d.add(_box(x, height - 9, 8, 8, colors.HexColor(PALETTE[i])))
        d.add(_text(x + 11, height - 8, label, 8))
        x += 20 + len(label) * 4.6
    top = nice_scale(max((v for _l, values in series for v in values), default=0))
    left, bottom, plot_h = 28.0, 14.0, height - 34.0
    grid = colors.HexColor("#dddddd")
    for frac in (0.25, 0.5, 0.75, 1.0):
        y = bottom + plot_h * frac
        d.add(Line(left, y, width, y, strokeColor=grid, strokeWidth=0.4))
        tick = top * frac
        d.add(_text(left - 4, y - 3, format_number(tick, 0 if tick % 1 == 0 else 1), 7, "end"))
    months = len(f.timeline) or 1
    slot = (width - left) / months
    bar_w = slot * 0.8 / len(series)
    every = max(1, int(40 / slot) + 1)
    for m, t in enumerate(f.timeline):
        sx = left + m * slot
        for s, (_label, values) in enumerate(series):
            h = plot_h * values[m] / top
            if h:
                d.add(
                    _box(
                        sx + slot * 0.1 + s * bar_w,
                        bottom,
                        bar_w - 0.5,
                        h,
                        colors.HexColor(PALETTE[s]),
                    )
                )
        if m % every == 0:
            d.add(_text(sx + slot / 2, 3, month_label(t.month), 7, "middle"))
    d.add(
        Line(left, bottom, width, bottom, strokeColor=colors.HexColor("#888888"), strokeWidth=0.6)
    )
    return d


def network_chart(f: Figures, width: float) -> Drawing:
    used = [k for k in OrganisationKind if any(k in (e.source, e.target) for e in f.network)]
    n = len(used)
    cell_h = 18.0
    head = 30.0
    height = head + n * cell_h + 4
    d = _drawing(width, max(height, 30))
    if not used:
        d.add(_text(width / 2, 12, "Keine Vermittlungen im Zeitraum", 9, "middle"))
        return d
    counts = {(e.source, e.target): e.count for e in f.network}
    top = max(counts.values())
    label_w = 110.0
    cell_w = (width - label_w) / n
    d.add(_text(label_w + (width - label_w) / 2, height - 8, "an Partner →", 8, "middle"))
    for c, kind in enumerate(used):
        d.add(
            _text(label_w + (c + 0.5) * cell_w, height - head + 6, SHORT_KINDS[kind], 7, "middle")
        )
    base = colors.HexColor(PALETTE[4])
    for r, row_kind in enumerate(used):
        y = height - head - (r + 1) * cell_h
        d.add(_text(label_w - 6, y + 5, kind_plural(row_kind), 8, "end"))
        for c, col_kind in enumerate(used):
            value = counts.get((row_kind, col_kind), 0)
            x = label_w + c * cell_w
            if value:
                alpha = 0.15 + 0.85 * value / top
                fill = colors.Color(base.red, base.green, base.blue, alpha=alpha)
                d.add(_box(x + 1, y + 1, cell_w - 2, cell_h - 2, fill))
                ink = colors.white if value / top > 0.45 else colors.black
                d.add(
                    _text(x + cell_w / 2, y + 5, format_number(value), 8, "middle", fillColor=ink)
                )
            else:
                d.add(_box(x + 1, y + 1, cell_w - 2, cell_h - 2, colors.HexColor("#f3f3f3")))
    return d


# --- PDF ------------------------------------------------------------------------------------


def letterhead(sender: Sender) -> Letterhead:
    """The printing engine's letterhead for the report's sender."""
    if not sender.address_lines and not sender.phone:
        return Letterhead.plain()
    return Letterhead(
        name=sender.name,
        sender_line=" · ".join((sender.name, *sender.address_lines)),
        address_lines=sender.address_lines,
        phone=phone_de(sender.phone),
        email=sender.email,
        web=sender.website.removeprefix("https://").removeprefix("http://"),
        logo_path=sender.logo_path or "",
        footer=sender.footer,
        short_name=sender.short_name,
    )


def _numbered_canvas(page_size: tuple[float, float]) -> type[Canvas]:
    """A canvas that writes 'Seite n von m' on every page once the page count is known."""

    class NumberedCanvas(ActualSizeCanvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()  # type: ignore[attr-defined]  # Canvas internals, not in the stubs

        def save(self) -> None:
            total = len(self._pages)
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                draw_page_number(self, page_size, number, total)
                super().showPage()
            super().save()

    return NumberedCanvas


class _Doc(BaseDocTemplate):
    def __init__(self, buffer: io.BytesIO, report: FundingReport) -> None:
        super().__init__(
            buffer,
            pagesize=A4,
            leftMargin=din.LEFT_MARGIN * mm,
            rightMargin=din.RIGHT_MARGIN * mm,
            topMargin=40 * mm,
            bottomMargin=(A4[1] / mm - din.PAGE_NUMBER_TOP + 6) * mm,
            title=f"Förderbericht {report.figures.period.label()}",
            author=report.author or report.sender.name,
            creator="In|Die Desktop",
            initialFontName=FONT,  # reportlab's default, Helvetica, would be referenced unembedded
        )
        self.report = report
        self.lh = letterhead(report.sender)
        self.letterhead_form = False
        frame = Frame(self.leftMargin, self.bottomMargin, self.width, self.height, id="body")
        self.addPageTemplates([PageTemplate("page", [frame], onPage=self._page)])

    def _page(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        canvas.saveState()
        # Letterhead and footer are the same on every page: drawn once into a PDF form
        # (XObject) that each page places, instead of being laid out again hundreds of times.
        if not self.letterhead_form:
            canvas.beginForm(LETTERHEAD_FORM)
            draw_letterhead(canvas, self.lh, A4)
            draw_footer(canvas, self.lh, A4)
            canvas.endForm()
            self.letterhead_form = True
        canvas.doForm(LETTERHEAD_FORM)
        canvas.setFont(FONT, 8)
        canvas.setFillColor(colors.HexColor("#555555"))
        canvas.drawString(
            din.LEFT_MARGIN * mm,
            A4[1] - din.PAGE_NUMBER_TOP * mm,
            f"Förderbericht {self.report.figures.period.label()}",
        )
        canvas.restoreState()


def _styles() -> dict[str, ParagraphStyle]:
    base = ParagraphStyle("base", fontName=FONT, fontSize=9.5, leading=13)
    return {
        "base": base,
        "title": ParagraphStyle(
            "title", base, fontName=FONT_BOLD, fontSize=18, leading=23, spaceAfter=4
        ),
        "h2": ParagraphStyle(
            "h2", base, fontName=FONT_BOLD, fontSize=12, leading=16, spaceBefore=10, spaceAfter=5
        ),
        "small": ParagraphStyle("small", base, fontSize=8, leading=10),
        "right": ParagraphStyle("right", base, fontSize=8, leading=10, alignment=TA_RIGHT),
        "muted": ParagraphStyle("muted", base, fontSize=8.5, textColor=colors.HexColor("#555555")),
    }


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _tiles(f: Figures, width: float) -> Table:
    rows = figure_rows(f)
    cells: list[list[Any]] = []
    number = ParagraphStyle(
        "n", fontName=FONT_BOLD, fontSize=15, leading=19, textColor=colors.HexColor(PALETTE[0])
    )
    caption = ParagraphStyle(
        "c", fontName=FONT, fontSize=7.5, leading=9.5, textColor=colors.HexColor("#555555")
    )
    line: list[Any] = []
    for label, text, _raw in rows:
        line.append([Paragraph(_esc(text), number), Paragraph(_esc(label), caption)])
        if len(line) == 4:
            cells.append(line)
            line = []
    table = Table(cells, colWidths=[width / 4] * 4)
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), FONT),  # cells set a font even for Paragraphs
                ("BOX", (0, 0), (-1, -1), 0.5, colors.HexColor("#dddddd")),
                ("INNERGRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#dddddd")),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 6),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
            ]
        )
    )
    return table


class _TextTable(Table):
    """A Table that writes a plain text cell as one PDF text object (one line per row of the
    cell) where reportlab starts a new one for every line: the annex has tens of thousands."""

    _curcellstyle: CellStyle | None  # Table.draw's current style (internal, not in the stubs)

    def _drawCell(self, cellval: Any, cellstyle: Any, pos: Any, size: Any) -> None:
        plain = (
            isinstance(cellval, str)
            and cellstyle.alignment == "LEFT"
            and cellstyle.valign == "TOP"
            and not (cellstyle.direction or cellstyle.shaping)
            and not (cellstyle.href or cellstyle.destination)
        )
        if not plain or "\n" not in cellval:
            super()._drawCell(cellval, cellstyle, pos, size)  # type: ignore[misc]  # not in the stubs
            return
        if self._curcellstyle is not cellstyle:  # as Table._drawCell
            cur = self._curcellstyle
            if cur is None or cellstyle.color != cur.color:
                self.canv.setFillColor(cellstyle.color)
            if (
                cur is None
                or cellstyle.leading != cur.leading
                or cellstyle.fontname != cur.fontname
                or cellstyle.fontsize != cur.fontsize
            ):
                self.canv.setFont(cellstyle.fontname, cellstyle.fontsize, cellstyle.leading)
            self._curcellstyle = cellstyle
        (colpos, rowpos), (_w, rowheight) = pos, size
        text = self.canv.beginText(
            colpos + cellstyle.leftPadding,
            rowpos + rowheight - cellstyle.topPadding - cellstyle.fontsize,
        )
        text.setLeading(cellstyle.leading)
        for line in cellval.split("\n"):
            text.textLine(line)
        self.canv.drawText(text)


def _grid_table(
    header: Sequence[str],
    rows: Sequence[Sequence[Any]],
    widths: Sequence[float],
    numeric_from: int = 1,
) -> Table:
    table = _TextTable(
        [list(header), *[list(r) for r in rows]], colWidths=list(widths), repeatRows=1
    )
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), FONT, 8),
                ("FONT", (0, 0), (-1, 0), FONT_BOLD, 7.5),
                ("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.HexColor("#888888")),
                ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#f4f7f8")]),
                ("ALIGN", (numeric_from, 0), (-1, -1), "RIGHT"),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ]
        )
    )
    return table


def funding_report_pdf(report: FundingReport) -> bytes:
    """The report as PDF bytes: letterhead, figures, charts, tables and the evidence annex."""
    register_fonts()
    f = report.figures
    st = _styles()
    buffer = io.BytesIO()
    doc = _Doc(buffer, report)
    width = doc.width
    story: list[Any] = [
        Paragraph("Förderbericht", st["title"]),
        Paragraph(
            f"Zeitraum {f.period.label()} · erstellt am {report.created:%d.%m.%Y}"
            + (f" von {_esc(report.author)}" if report.author else ""),
            st["muted"],
        ),
    ]
    for line in report.filter_lines:
        story.append(Paragraph(_esc(line), st["muted"]))
    if report.visible_to:
        story.append(Paragraph(_esc(visibility_note(report)), st["muted"]))
    story += [Spacer(1, 6 * mm), _tiles(f, width)]
    story += [
        KeepTogether([Paragraph("Vom Bedarf zur Kooperation", st["h2"]), funnel_chart(f, width)]),
        Paragraph(
            "Bedarfe, die im Zeitraum erfasst wurden, und wie weit sie bisher gekommen sind.",
            st["small"],
        ),
        KeepTogether([Paragraph("Verlauf je Monat", st["h2"]), timeline_chart(f, width)]),
    ]
    muni = [
        (g.label or "ohne Angabe", g.visits, format_number(g.visits))
        for g in f.by_municipality
        if g.visits
    ]
    story.append(
        KeepTogether(
            [
                Paragraph("Unternehmensbesuche nach Kommune", st["h2"]),
                bar_chart(muni, width, PALETTE[0]),
            ]
        )
    )
    stage_items = [(german(s), n, format_number(n)) for s, n in f.referrals_by_stage.items()]
    story.append(
        KeepTogether(
            [
                Paragraph("Vermittlungen nach Stand", st["h2"]),
                bar_chart(stage_items, width, PALETTE[1]),
            ]
        )
    )
    story.append(
        KeepTogether([Paragraph("Wer an wen vermittelt wurde", st["h2"]), network_chart(f, width)])
    )
    story.append(
        KeepTogether(
            [
                Paragraph("Veranstaltungen des Netzwerks", st["h2"]),
                _grid_table(
                    ["", "Anzahl"],
                    [[label, format_number(n)] for label, n in event_rows(f)],
                    [width * 0.7, width * 0.3],
                ),
            ]
        )
    )
    header = ["", "Besuche", "Bedarfe", "Vermittlungen", "Kooperationen", "Wert"]
    widths = [width * 0.24] + [width * 0.14] * 4 + [width * 0.2]

    def group_rows(groups: Any, none: str) -> list[list[str]]:
        return [
            [
                g.label or none,
                format_number(g.visits),
                format_number(g.needs),
                format_number(g.referrals),
                format_number(g.cooperations),
                format_money(g.value),
            ]
            for g in groups
        ]

    story += [
        Paragraph("Nach Institution", st["h2"]),
        _grid_table(
            ["Institution", *header[1:]], group_rows(f.by_institution, "ohne Angabe"), widths
        ),
        Paragraph("Nach Kommune", st["h2"]),
        _grid_table(["Kommune", *header[1:]], group_rows(f.by_municipality, "ohne Angabe"), widths),
        PageBreak(),
        Paragraph("Anhang: Nachweise der Kooperationen", st["h2"]),
        Paragraph(
            f"{format_number(len(report.evidence))} Kooperationen mit Beginn im Zeitraum"
            + (
                f"; {format_number(report.hidden)} weitere sind institutionsintern bei anderen "
                "Institutionen erfasst: in den Zahlen enthalten, hier nicht einzeln aufgeführt."
                if report.hidden
                else "."
            ),
            st["small"],
        ),
        Spacer(1, 3 * mm),
    ]
    story += annex_tables(report, width)
    total = sum((e.value or Decimal(0) for e in report.evidence), Decimal(0))
    story.append(Spacer(1, 2 * mm))
    story.append(
        Paragraph(f"Summe der aufgeführten Kooperationen: {format_money(total)}", st["right"])
    )
    doc.build(story, canvasmaker=_numbered_canvas(A4))
    return buffer.getvalue()


ANNEX_CHUNK = 25  # rows per table: reportlab splits a long table again and again per page


def _wrap(text: str, width: float, font: str = FONT, size: float = 7.5) -> str:
    """Lines of at most `width` points joined by newlines: plain table cells wrap fast,
    where a Paragraph per cell made a year's annex (thousands of rows) take half a minute."""
    return "\n".join(simpleSplit(text, font, size, width)) if text else ""


def annex_tables(report: FundingReport, width: float) -> list[Any]:
    """The evidence annex as tables of ANNEX_CHUNK rows, each with the column heads."""
    widths = [w * width for w in (0.045, 0.11, 0.265, 0.21, 0.23, 0.14)]
    inner = [w - 13 for w in widths]  # minus the cell padding (6 pt each side)
    rows = []
    for i, e in enumerate(report.evidence, start=1):
        kind = german(e.kind)
        what = kind + (f" · {e.funding_programme}" if e.funding_programme else "")
        referral = (f"{e.referred_on:%d.%m.%Y}: " if e.referred_on else "") + e.referral
        if e.institution:
            referral += f" ({e.institution})"
        rows.append(
            [
                str(i),
                e.starts_on.strftime("%d.%m.%Y") if e.starts_on else "",
                _wrap(e.title, inner[2], FONT_BOLD) + "\n" + _wrap(what, inner[2]),
                _wrap(", ".join(e.partners), inner[3]),
                _wrap(referral, inner[4]),
                format_money(e.value),
            ]
        )
    header = ["Nr.", "Beginn", "Kooperation", "Partner", "Vermittlung", "Wert"]
    tables: list[Any] = []
    for start in range(0, max(len(rows), 1), ANNEX_CHUNK):
        table = _grid_table(header, rows[start : start + ANNEX_CHUNK], widths, numeric_from=5)
        table.setStyle(
            TableStyle([("ALIGN", (0, 0), (1, -1), "LEFT"), ("LEADING", (0, 1), (-1, -1), 9)])
        )
        tables.append(table)
    return tables


# --- XLSX -----------------------------------------------------------------------------------

MONEY_FORMAT = '#,##0.00 "€"'
DATE_FORMAT = "DD.MM.YYYY"


def funding_report_xlsx(report: FundingReport) -> bytes:
    """The same figures, tables and annex as worksheets, numbers as numbers."""
    from openpyxl import Workbook
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.worksheet import Worksheet

    f = report.figures
    wb = Workbook()
    bold = Font(bold=True)

    def sheet(
        title: str,
        header: Sequence[str],
        rows: Sequence[Sequence[Any]],
        money_cols: Sequence[int] = (),
        date_cols: Sequence[int] = (),
    ) -> Worksheet:
        ws: Worksheet = wb.create_sheet(title)
        ws.append(list(header))
        for c in ws[1]:
            c.font = bold
        for row in rows:
            ws.append(list(row))
        for col in money_cols:
            for (c,) in ws.iter_rows(min_row=2, min_col=col, max_col=col):
                c.number_format = MONEY_FORMAT
        for col in date_cols:
            for (c,) in ws.iter_rows(min_row=2, min_col=col, max_col=col):
                c.number_format = DATE_FORMAT
        for i, h in enumerate(header, start=1):
            ws.column_dimensions[get_column_letter(i)].width = max(12, min(50, len(h) + 4))
        ws.freeze_panes = "A2"
        return ws

    ws = wb.active
    assert isinstance(ws, Worksheet)  # a new workbook starts with one worksheet
    ws.title = "Kennzahlen"
    ws.append(["Förderbericht", report.sender.name])
    ws["A1"].font = Font(bold=True, size=14)
    ws.append(["Zeitraum von", f.period.start])
    ws.append(["Zeitraum bis", f.period.end])
    ws["B2"].number_format = ws["B3"].number_format = DATE_FORMAT
    ws.append(["Erstellt am", report.created.date()])
    ws["B4"].number_format = DATE_FORMAT
    for line in report.filter_lines:
        ws.append(["Filter", line])
    if report.visible_to:
        ws.append(["Umfang", visibility_note(report)])
    ws.append([])
    start = ws.max_row + 1
    for label, _text, raw in figure_rows(f):
        ws.append([label, raw])
    ws.cell(start + 5, 2).number_format = MONEY_FORMAT
    ws.append([])
    ws.append(["Vermittlungen nach Stand"])
    ws.cell(ws.max_row, 1).font = bold
    for stage, n in f.referrals_by_stage.items():
        ws.append([german(stage), n])
    ws.append([])
    ws.append(["Trichter (Bedarfe des Zeitraums)"])
    ws.cell(ws.max_row, 1).font = bold
    for step, n in f.funnel:
        ws.append([FUNNEL[step], n])
    ws.append([])
    ws.append(["Veranstaltungen des Netzwerks"])
    ws.cell(ws.max_row, 1).font = bold
    for label, n in event_rows(f):
        ws.append([label.strip(), n])
    ws.column_dimensions["A"].width = 40
    ws.column_dimensions["B"].width = 22
    header = ["Besuche", "Bedarfe", "Vermittlungen", "Kooperationen", "Wert (EUR)"]

    def groups(rows: Any) -> list[list[Any]]:
        return [
            [g.label or "ohne Angabe", g.visits, g.needs, g.referrals, g.cooperations, g.value]
            for g in rows
        ]

    sheet("Kommunen", ["Kommune", *header], groups(f.by_municipality), money_cols=[6])
    sheet("Institutionen", ["Institution", *header], groups(f.by_institution), money_cols=[6])
    sheet(
        "Monate",
        ["Monat", "Besuche", "Bedarfe", "Vermittlungen", "Kooperationen"],
        [[t.month, t.visits, t.needs, t.referrals, t.cooperations] for t in f.timeline],
    )
    sheet(
        "Netzwerk",
        ["Vermittelte Organisation", "Partner", "Vermittlungen"],
        [[kind_plural(e.source), kind_plural(e.target), e.count] for e in f.network],
    )
    annex = sheet(
        "Nachweise",
        [
            "Nr.",
            "Beginn",
            "Kooperation",
            "Art",
            "Partner",
            "Wert (EUR)",
            "Förderprogramm",
            "Vermittelt am",
            "Vermittlung",
            "Institution",
        ],
        [
            [
                i,
                e.starts_on,
                e.title,
                german(e.kind),
                ", ".join(e.partners),
                e.value,
                e.funding_programme,
                e.referred_on,
                e.referral,
                e.institution,
            ]
            for i, e in enumerate(report.evidence, start=1)
        ],
        money_cols=[6],
        date_cols=[2, 8],
    )
    if report.hidden:
        annex.append([])
        annex.append(
            [
                None,
                None,
                f"{report.hidden} weitere Kooperationen sind institutionsintern bei anderen "
                "Institutionen erfasst: in den Kennzahlen enthalten, "
                "hier nicht einzeln aufgeführt.",
            ]
        )
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def visibility_note(report: FundingReport) -> str:
    """What the figures of a staff member on the shared server cover."""
    return (
        "Die Zahlen umfassen die netzwerkweit sichtbaren Datensätze und die institutionsinternen "
        f"der {report.visible_to}; institutionsinterne Datensätze anderer Institutionen sind "
        "nicht enthalten."
    )


def write_funding_report(report: FundingReport, path: Any) -> None:
    """Write PDF or XLSX by the file's suffix."""
    from pathlib import Path

    target = Path(path)
    suffix = target.suffix.lower()
    if suffix == ".pdf":
        data = funding_report_pdf(report)
    elif suffix == ".xlsx":
        data = funding_report_xlsx(report)
    else:
        raise ValueError(f"unknown report format {suffix or '(none)'}: use .pdf or .xlsx")
    target.write_bytes(data)
