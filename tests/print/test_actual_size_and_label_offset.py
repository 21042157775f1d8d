"""Printing exactly: every PDF asks viewers to print at actual size (/PrintScaling /None), and
labels move by this computer's x/y offset, found with a calibration sheet."""

from __future__ import annotations

import io
from pathlib import Path

import pdfplumber
from pypdf import PdfReader

from indie_desktop.cli import main
from indie_desktop.config import Paths, Settings, apply_settings
from indie_desktop.printing.privacy_letters import access_report_pdf
from indie_desktop.printing.report_funding import funding_report_pdf
from indie_desktop.services.outcomes.funding_report import Period
from indie_desktop.services.privacy.access import build
from tests.print.world import World

MM = 72 / 25.4


def print_scaling(pdf: bytes) -> object:
    root = PdfReader(io.BytesIO(pdf)).trailer["/Root"]
    return root.get("/ViewerPreferences", {}).get("/PrintScaling")


def test_every_document_asks_the_pdf_viewer_to_print_at_actual_size(world: World) -> None:
    from datetime import date

    printing = world.ws.printing
    people = [world.lukasz, world.zoe]
    documents = {
        "contact sheet": printing.contact_sheets([world.company]),
        "person sheet": printing.person_sheets([world.zoe]),
        "referral letter": printing.referral_letter(printing.referral_letter_draft(world.referral)),
        "mail merge": printing.mail_merge("netzwerk_information", people).pdf,
        "labels": printing.labels(people),
        "calibration sheet": printing.label_calibration("L7163"),
        "attendance list": printing.attendance_list(project_id=world.project),
        "funding report": funding_report_pdf(
            world.ws.funding_report.build(Period(date(2026, 1, 1), date(2026, 12, 31)))
        ),
        "access report": access_report_pdf(
            ["WF Dortmund"], build(world.ws.db, world.ws.actor, world.zoe)
        ),
    }
    for name, pdf in documents.items():
        assert print_scaling(pdf) == "/None", name


def _first_label_text_x_top(pdf: bytes) -> tuple[float, float]:
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        words = document.pages[0].extract_words()
    first = min(words, key=lambda w: (round(w["top"]), w["x0"]))
    return first["x0"], first["top"]


def test_labels_move_by_the_offset_set_for_this_printer(world: World) -> None:
    printing = world.ws.printing
    people = [world.lukasz, world.zoe]
    x0, top0 = _first_label_text_x_top(printing.labels(people, layout="L7163"))
    printing.label_offset_mm = (1.5, -0.8)
    x1, top1 = _first_label_text_x_top(printing.labels(people, layout="L7163"))
    assert round((x1 - x0) / MM, 1) == 1.5
    assert round((top1 - top0) / MM, 1) == -0.8


def test_the_offset_comes_from_the_settings_for_the_command_line_too(
    world: World, tmp_path: Path
) -> None:
    data = world.ws.db.path.parent  # type: ignore[union-attr]
    settings = Settings(Paths.resolve(data).settings_file)
    args = ["print", "labels", "--layout", "3474", "--query", "müller", "--data-dir", str(data)]
    assert main([*args, "--out", str(tmp_path / "a.pdf")]) == 0
    settings.set("label_offset_right_mm", 2.0)
    settings.save()
    assert main([*args, "--out", str(tmp_path / "b.pdf")]) == 0
    xa, _ = _first_label_text_x_top((tmp_path / "a.pdf").read_bytes())
    xb, _ = _first_label_text_x_top((tmp_path / "b.pdf").read_bytes())
    assert round((xb - xa) / MM, 1) == 2.0
    assert apply_settings(world.ws, settings).label_offset_mm == (2.0, 0.0)


def test_the_calibration_sheet_draws_every_label_where_it_will_print(world: World) -> None:
    printing = world.ws.printing
    printing.label_offset_mm = (1.0, 0.5)
    with pdfplumber.open(io.BytesIO(printing.label_calibration("3474"))) as document:
        page = document.pages[0]
        text = page.extract_text()
        outlines = [r for r in page.rects if round(r["width"] / MM) == 70]
    assert len(outlines) == 24  # 3 × 8 labels of 70 × 37 mm
    first = min(outlines, key=lambda r: (r["top"], r["x0"]))
    assert round(first["x0"] / MM, 1) == 1.0  # 0 mm margin + 1 mm offset
    assert round(first["top"] / MM, 1) == 1.0  # 0.5 mm margin + 0.5 mm offset
    assert "Versatz jetzt: +1,0 mm nach rechts, +0,5 mm nach unten" in text
    assert "Einstellungen → Drucken" in text
