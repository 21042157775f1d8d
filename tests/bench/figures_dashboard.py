"""Figures of the outcomes dashboard and the funding report (issue 9), each beside plain
sqlite3 / reportlab doing the same work in the same run."""

from __future__ import annotations

import statistics
import time
from datetime import date

from context import BenchRun
from dataset import TODAY
from figures import rounds
from harness import PENDING, Target, figure

from tests.dashboard_sql import RawFilter, figures

PENDING.pop("dashboard", None)  # measured below as dashboard_year

YEAR = (date(TODAY.year - 1, TODAY.month, 1), date(TODAY.year, TODAY.month, 1))


def dashboard_raw(run: BenchRun) -> list[float]:
    start, end = YEAR
    run.raw.execute("PRAGMA cache_size=-65536")  # as the service's connection
    return rounds(run, 10, 2, lambda _x: figures(run.raw, start, end, RawFilter()), [None])


@figure(
    "dashboard_year",
    target=Target(limit=300, source="issue 9"),
    baseline=dashboard_raw,
    baseline_label="raw sqlite3: the same counts, sums, medians, groups (tests/dashboard_sql.py)",
    note="workspace.dashboard.figures for the last 12 months, no filter: all tiles and charts",
)
def dashboard_year(run: BenchRun) -> list[float]:
    from indie_desktop.domain.outcomes import Period

    start, end = YEAR
    service = run.workspace.dashboard
    found: dict[str, int] = {}

    cpu: list[float] = []

    def one(_x: object) -> None:
        started = time.process_time()
        f = service.figures(Period(start, end))
        cpu.append((time.process_time() - started) * 1000)
        found.update(visits=f.visits, referrals=f.referrals, cooperations=f.cooperations)

    samples = rounds(run, 10, 2, one, [None])
    # CPU time of this process: what the figure costs without the machine's other load
    run.extras["dashboard_year"] = {**found, "cpu_ms_median": round(statistics.median(cpu))}
    return samples


def _raw_pdf(rows: list[tuple[str, ...]]) -> bytes:
    """Plain reportlab: a title and the annex rows as one table, built-in font, no charts."""
    import io

    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import LongTable, Paragraph, SimpleDocTemplate

    out = io.BytesIO()
    styles = getSampleStyleSheet()
    doc = SimpleDocTemplate(out, pagesize=A4)
    doc.build([Paragraph("Report", styles["Title"]), LongTable(rows or [("",)], repeatRows=1)])
    return out.getvalue()


def funding_pdf_raw(run: BenchRun) -> list[float]:
    start, end = YEAR
    rows = [
        tuple(str(v) for v in r)
        for r in run.raw.execute(
            "SELECT c.starts_on, substr(c.title, 1, 40), c.value_eur, r.referred_on "
            "FROM cooperation c LEFT JOIN referral r ON r.id = c.referral_id "
            "WHERE c.deleted_at IS NULL AND c.starts_on BETWEEN ? AND ? ORDER BY c.starts_on",
            (f"{start:%Y-%m-%d}", f"{end:%Y-%m-%d}"),
        )
    ]
    return rounds(run, 3, 1, lambda _x: _raw_pdf(rows), [None])


@figure(
    "funding_report_pdf",
    unit="ms",
    target=Target(limit=3000, source="issue 9"),
    baseline=funding_pdf_raw,
    baseline_label="raw reportlab: the annex rows (4 columns) as one LongTable, no charts",
    note="workspace.funding_report.build (figures + evidence) + PDF with charts, last 12 months",
)
def funding_report_pdf(run: BenchRun) -> list[float]:
    from indie_desktop.domain.outcomes import Period
    from indie_desktop.printing.report_funding import funding_report_pdf as pdf

    start, end = YEAR
    found: dict[str, int] = {}

    cpu: list[float] = []

    def one(_x: object) -> None:
        started = time.process_time()
        report = run.workspace.funding_report.build(Period(start, end))
        data = pdf(report)
        cpu.append((time.process_time() - started) * 1000)
        found.update(evidence=len(report.evidence), pdf_bytes=len(data))

    samples = rounds(run, 3, 1, one, [None])
    run.extras["funding_report_pdf"] = {**found, "cpu_ms_median": round(statistics.median(cpu))}
    return samples
