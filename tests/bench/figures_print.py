"""Figures of printing (issue 5): one contact sheet, and a mail merge of 1,000 letters; each
beside raw reportlab drawing comparable pages (the same embedded TrueType font, the same
amount of text and rules, a logo) in the same run."""

from __future__ import annotations

import io
import random
import time
import uuid
from typing import Any

from context import BenchRun
from figures import rounds
from harness import PENDING, NotMeasurable, Target, figure, time_ms

PENDING.pop("contact sheet", None)  # measured below as contact_sheet
PENDING.pop("mail merge", None)  # measured below as mail_merge_1000

SHEETS = 20
LETTERS = 1_000
LINE = "Müller & Söhne GmbH & Co. KG · Körnerstraße 12 · 58095 Hagen · Łukasz Wiśniewski · 5.000 €"


def organisation_ids(run: BenchRun) -> list[str]:
    """20 companies with open needs (so the sheets have every section), a fixed sample; network
    records, which every institution's staff (the bench user included) may print."""
    if "print_orgs" not in run.memo:
        ids = [
            r[0]
            for r in run.raw.execute(
                "SELECT DISTINCT n.organisation_id FROM need n JOIN organisation o "
                "ON o.id = n.organisation_id WHERE n.deleted_at IS NULL "
                "AND o.deleted_at IS NULL AND o.visibility = 'network' "
                "AND n.status IN ('open', 'in_referral') ORDER BY n.organisation_id"
            )
        ]
        if not ids:
            raise NotMeasurable("the data set has no open needs")
        run.memo["print_orgs"] = random.Random(5).sample(ids, min(SHEETS, len(ids)))
    return list(run.memo["print_orgs"])


def person_ids(run: BenchRun) -> list[uuid.UUID]:
    """1,000 people with a postal address (primary organisation with street and town)."""
    if "print_people" not in run.memo:
        rows = [
            r[0]
            for r in run.raw.execute(
                "SELECT a.person_id FROM affiliation a "
                "JOIN organisation o ON o.id = a.organisation_id "
                "JOIN person p ON p.id = a.person_id "
                "WHERE a.is_primary AND a.deleted_at IS NULL AND a.until IS NULL "
                "AND o.street IS NOT NULL AND o.postcode IS NOT NULL "
                "AND o.city IS NOT NULL AND o.deleted_at IS NULL AND p.deleted_at IS NULL "
                "AND o.visibility = 'network' AND p.visibility = 'network' ORDER BY a.person_id"
            )
        ]
        if len(rows) < LETTERS:
            raise NotMeasurable(f"fewer than {LETTERS} people with a postal address")
        run.memo["print_people"] = random.Random(9).sample(rows, LETTERS)
    return [uuid.UUID(hex=h) for h in run.memo["print_people"]]


def raw_head(canvas: Any, logo: Any) -> None:
    """What every page repeats, drawn once as a form: logo, heading, fold and hole marks."""
    from reportlab.lib.units import mm

    from indie_desktop.printing.fonts import FONT_BOLD

    c = canvas
    c.beginForm("head")
    c.drawImage(logo, 140 * mm, 265 * mm, 45 * mm, 12 * mm, mask="auto")
    c.setFont(FONT_BOLD, 15)
    c.drawString(25 * mm, 280 * mm, "Wirtschaftsförderung Dortmund")
    c.setLineWidth(0.5)
    for top in (105, 148.5, 210):
        c.line(4 * mm, (297 - top) * mm, 9 * mm, (297 - top) * mm)
    c.line(25 * mm, 23 * mm, 190 * mm, 23 * mm)
    c.endForm()


def raw_page(canvas: Any, lines: int) -> None:
    """A page like a letter or a sheet: the form, `lines` lines of text, a small footer."""
    from reportlab.lib.units import mm

    from indie_desktop.printing.fonts import FONT

    c = canvas
    c.doForm("head")
    c.setFont(FONT, 10)
    y = 240 * mm
    for i in range(lines):
        c.drawString(25 * mm, y, f"{i + 1}: {LINE}")
        y -= 4.6 * mm
    c.setFont(FONT, 7)
    for i in range(3):
        c.drawString(25 * mm, (19 - 3 * i) * mm, LINE)
    c.showPage()


def raw_document(pages: int, lines: int) -> int:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen.canvas import Canvas

    from indie_desktop.printing.fonts import register_fonts
    from indie_desktop.resources import resource_path

    register_fonts()
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4, pageCompression=1)
    raw_head(canvas, ImageReader(str(resource_path("logos", "wf-dortmund.png"))))
    for _ in range(pages):
        raw_page(canvas, lines)
    canvas.save()
    return len(buffer.getvalue())


def contact_sheet_raw(run: BenchRun) -> list[float]:
    return rounds(run, 5, 1, lambda _o: raw_document(1, 45), organisation_ids(run))


@figure(
    "contact_sheet",
    target=Target(limit=50, source="issue 5"),
    baseline=contact_sheet_raw,
    baseline_label="raw reportlab: one A4 page, same TTF font, logo, 45 lines of text, rules",
    note="workspace.printing.contact_sheets([id]) for 20 companies with open needs: "
    "queries, layout, PDF bytes",
)
def contact_sheet(run: BenchRun) -> list[float]:
    printing = run.workspace.printing
    sizes: list[int] = []
    cpu_started = time.process_time()
    samples = rounds(
        run,
        5,
        1,
        lambda o: sizes.append(len(printing.contact_sheets([uuid.UUID(hex=o)]))),
        organisation_ids(run),
    )
    cpu_ms = (time.process_time() - cpu_started) * 1000 / max(1, len(sizes))
    run.extras["contact_sheet"] = {
        "mean_pdf_bytes": sum(sizes) // max(1, len(sizes)),
        # CPU time of this process per sheet: on a shared machine wall time adds the waiting.
        "cpu_ms_per_sheet": round(cpu_ms, 1),
    }
    return samples


def mail_merge_raw(run: BenchRun) -> list[float]:
    return time_ms(lambda: raw_document(LETTERS, 30), run.reps(full=3, quick=1))


@figure(
    "mail_merge_1000",
    target=Target(ratio=3, source="issue 5"),
    baseline=mail_merge_raw,
    baseline_label="raw reportlab: 1,000 A4 pages, same TTF font, logo, 30 lines, marks, rules",
    note="workspace.printing.mail_merge of 1,000 people: addresses, template, DIN 5008 layout",
)
def mail_merge_1000(run: BenchRun) -> list[float]:
    printing = run.workspace.printing
    people = person_ids(run)
    results: list[int] = []

    def merge() -> None:
        results.append(printing.mail_merge("netzwerk_information", people).letters)

    samples = time_ms(merge, run.reps(full=3, quick=1))
    run.extras["mail_merge_1000"] = {"letters": results[-1]}
    return samples
