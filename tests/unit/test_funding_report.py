"""The funding report shows the dashboard's numbers, itemises only what the user may see, and
keeps German formats and names with accents intact in PDF, XLSX and on the command line."""

from __future__ import annotations

import io
import shutil
import subprocess
from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook

from indie_desktop.cli import main
from indie_desktop.domain.formatting import format_money, format_number
from indie_desktop.domain.outcomes import Filters, Period
from indie_desktop.printing.report_funding import (
    funding_report_pdf,
    funding_report_xlsx,
    write_funding_report,
)
from indie_desktop.services.context import Actor
from indie_desktop.services.outcomes.dashboard import DashboardService
from indie_desktop.services.outcomes.funding_report import FundingReportService
from tests.dashboard_demo import UNICODE_PARTNER, Demo, make_demo

YEAR = Period.year(2026)


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Demo]:
    made = make_demo(tmp_path_factory.mktemp("report"))
    yield made
    made.close()


def _service(demo: Demo, actor: Actor | None = None) -> FundingReportService:
    who = actor or demo.actor
    return FundingReportService(demo.db, who, DashboardService(demo.db, who))


def _pdf_text(data: bytes, tmp_path: Path) -> str:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    path = tmp_path / "report.pdf"
    path.write_bytes(data)
    text = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    return text.replace("\u00a0", " ")


def test_report_figures_equal_the_dashboard_for_the_same_period_and_filters(demo: Demo) -> None:
    for filters in (Filters(), Filters(municipality="Dortmund", wz_section="C")):
        report = _service(demo).build(YEAR, filters)
        assert report.figures == DashboardService(demo.db, demo.actor).figures(YEAR, filters)


def test_private_cooperation_of_another_institution_is_counted_but_not_itemised(
    demo: Demo,
) -> None:
    report = _service(demo).build(YEAR)
    ids = {e.id for e in report.evidence}
    assert demo.private_coop not in ids
    assert report.hidden == 1
    assert report.figures.cooperations == len(report.evidence) + 1
    everything = _service(demo, Actor.system()).build(YEAR)
    assert demo.private_coop in {e.id for e in everything.evidence} and everything.hidden == 0


def test_xlsx_holds_the_figures_and_the_evidence_as_numbers_and_dates(demo: Demo) -> None:
    report = _service(demo).build(YEAR)
    book = load_workbook(io.BytesIO(funding_report_xlsx(report)))
    figures = {row[0]: row[1] for row in book["Kennzahlen"].iter_rows(values_only=True) if row}
    f = report.figures
    assert figures["Unternehmensbesuche"] == f.visits
    assert figures["Vermittlungen"] == f.referrals
    assert figures["Begonnene Kooperationen"] == f.cooperations
    assert Decimal(str(figures["Wert der Kooperationen"])) == f.cooperation_value
    annex = list(book["Nachweise"].iter_rows(min_row=2, values_only=True))
    listed = [r for r in annex if isinstance(r[0], int)]
    assert len(listed) == len(report.evidence)
    assert any(UNICODE_PARTNER in (r[4] or "") for r in listed)
    assert demo.private_title not in {r[2] for r in listed}
    assert all(r[1].year == 2026 for r in listed)  # real dates for the spreadsheet
    assert "weitere Kooperationen" in str(annex[-1][2])
    assert book["Nachweise"]["F2"].number_format == '#,##0.00 "€"'
    by_place = {r[0]: r[1] for r in book["Kommunen"].iter_rows(min_row=2, values_only=True)}
    assert by_place == {g.label or "ohne Angabe": g.visits for g in f.by_municipality}


def test_pdf_shows_letterhead_figures_and_annex_in_german_formats(
    demo: Demo, tmp_path: Path
) -> None:
    report = _service(demo).build(YEAR)
    data = funding_report_pdf(report)
    assert data.startswith(b"%PDF")
    text = _pdf_text(data, tmp_path)
    f = report.figures
    assert "Förderbericht" in text and "Wirtschaftsförderung Dortmund" in text
    assert "Zeitraum 01.01.2026 – 31.12.2026" in text
    assert format_number(f.visits) in text
    assert f"{format_number(f.cooperation_value)} €" in text  # e.g. 7.099.200 €
    first = report.evidence[0]
    money = format_money(first.value).replace("\u00a0", " ")  # e.g. 778.600,00 €
    assert f"{first.starts_on:%d.%m.%Y}" in text and money in text
    assert "Şükrü Yıldız" in text and "Łukasz Wiśniewski" in text
    assert "1 weitere sind institutionsintern" in " ".join(text.split())


def test_command_line_writes_pdf_and_xlsx_and_refuses_bad_input(
    demo: Demo, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pdf, xlsx = tmp_path / "bericht.pdf", tmp_path / "bericht.xlsx"
    args = ["report", "funding", "--data-dir", str(demo.path), "--from", "01.01.2026"]
    assert main([*args, "--to", "31.12.2026", "--out", str(pdf)]) == 0
    assert main([*args, "--to", "2026-12-31", "--out", str(xlsx)]) == 0
    assert pdf.read_bytes().startswith(b"%PDF") and xlsx.stat().st_size > 0
    assert "cooperations" in capsys.readouterr().out
    assert main([*args, "--to", "31.12.2025", "--out", str(pdf)]) == 2
    assert main([*args, "--to", "31.12.2026", "--out", str(tmp_path / "x.doc")]) == 2
    with pytest.raises(SystemExit):
        main([*args, "--to", "31.13.2026", "--out", str(pdf)])


def test_unknown_file_type_is_refused(demo: Demo, tmp_path: Path) -> None:
    report = _service(demo).build(Period(date(2026, 3, 1), date(2026, 3, 31)))
    with pytest.raises(ValueError, match=r"\.pdf or \.xlsx"):
        write_funding_report(report, tmp_path / "bericht.docx")
