"""The print preview: pages and zoom, printing into a printer, saving, opening; the background
job dialog with progress and cancel."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QImage
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from indie_desktop.services.printing.spooling import Route
from indie_desktop.ui.printing.job import PrintJobDialog
from indie_desktop.ui.printing.preview import PrintPreviewDialog, safe_file_name
from indie_desktop.ui.tasks import SynchronousRunner

NAMES = "Łukasz Wiśniewski, Şükrü Yıldız, Zoë Ñúñez, Müller & Söhne GmbH & Co. KG"


def three_pages(count: int = 3) -> bytes:
    """A small PDF as the PrintService makes them (three A4 pages, one line each)."""
    out = io.BytesIO()
    pdf = canvas.Canvas(out, pagesize=A4)
    for page in range(1, count + 1):
        pdf.drawString(72, 760, f"Seite {page} von {count}")
        pdf.showPage()
    pdf.save()
    return out.getvalue()


def read_pdf(path: Path) -> QPdfDocument:
    document = QPdfDocument()
    assert document.load(str(path)) == QPdfDocument.Error.None_
    return document


@pytest.fixture
def preview(qtbot, german) -> PrintPreviewDialog:
    dialog = PrintPreviewDialog(three_pages(), "Kontaktblatt Müller & Söhne", "Kontaktblatt")
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_preview_shows_the_page_count_and_moves_between_pages(qtbot, preview) -> None:
    assert preview.page_count() == 3
    assert preview.page_count_label.text() == "von 3"
    assert not preview.previous_button.isEnabled()
    qtbot.mouseClick(preview.next_button, Qt.MouseButton.LeftButton)
    assert preview.current_page() == 1
    assert preview.page_spin.value() == 2
    preview.page_spin.setValue(3)
    assert preview.current_page() == 2
    assert not preview.next_button.isEnabled()


def test_preview_zooms_in_steps_and_fits_the_width_again(preview) -> None:
    preview.zoom_combo.setCurrentIndex(preview.zoom_combo.findData(1.0))
    preview.zoom_step(1)
    assert preview.zoom_factor() == pytest.approx(1.25)
    preview.zoom_step(-1)
    preview.zoom_step(-1)
    assert preview.zoom_factor() == pytest.approx(0.75)
    assert preview.zoom_combo.itemText(0) == "Seitenbreite"


def test_saved_pdf_is_the_document_and_text_reads_back(preview, tmp_path: Path) -> None:
    saved: list[str] = []
    preview.saved.connect(saved.append)
    target = tmp_path / "Kontaktblatt.pdf"
    assert preview.save_to(target)
    assert saved == [str(target)]
    reader = PdfReader(target)  # as any other program reads it
    assert len(reader.pages) == 3
    assert reader.pages[1].extract_text().strip() == "Seite 2 von 3"


def test_save_button_suggests_a_file_name_and_adds_the_pdf_suffix(
    qtbot, preview, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []

    def choose(_parent, _title, suggested, _filter):
        asked.append(suggested)
        return str(tmp_path / "Besuch morgen"), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(choose))
    with qtbot.waitSignal(preview.delivered):
        preview.save_button.click()
    assert Path(asked[0]).name == "Kontaktblatt.pdf"
    assert read_pdf(tmp_path / "Besuch morgen.pdf").pageCount() == 3


def test_a_file_that_cannot_be_written_is_reported_not_crashed(
    preview, tmp_path: Path, message_boxes
) -> None:
    assert not preview.save_to(tmp_path / "missing folder" / "x.pdf")
    assert message_boxes[-1].title == "Speichern nicht möglich"


def test_printing_to_a_file_writes_the_pages_as_text_not_pictures(preview, tmp_path: Path) -> None:
    printed: list[bool] = []
    preview.printed.connect(lambda: printed.append(True))
    printer = preview.make_printer()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert printer.pageLayout().pageSize().id().name == "A4"
    assert preview.print_to(printer)
    assert printed == [True]
    document = read_pdf(tmp_path / "printed.pdf")
    assert document.pageCount() == 3
    size = document.pagePointSize(0)
    assert (round(size.width()), round(size.height())) == (595, 842)
    pages = PdfReader(tmp_path / "printed.pdf").pages
    assert pages[1].extract_text().strip() == "Seite 2 von 3"  # vector text, not a bitmap
    assert (tmp_path / "printed.pdf").stat().st_size < 20_000


def coloured_and_gray() -> bytes:
    """Page 1 black text only, page 2 with a red rule (a logo's colour)."""
    out = io.BytesIO()
    pdf = canvas.Canvas(out, pagesize=A4)
    pdf.drawString(72, 760, "Sehr geehrte Frau Yıldız,")
    pdf.showPage()
    pdf.setFillColorRGB(0.8, 0.1, 0.1)
    pdf.rect(72, 700, 300, 40, fill=1)
    pdf.showPage()
    pdf.save()
    return out.getvalue()


def test_the_raster_fallback_sends_gray_strips_for_black_pages_and_never_argb(
    qtbot, german
) -> None:
    from indie_desktop.ui.printing.preview import STRIP_HEIGHT

    preview = PrintPreviewDialog(coloured_and_gray(), "Brief", "Brief")
    qtbot.addWidget(preview)
    gray = preview.page_strips(0, 600)
    colour = preview.page_strips(1, 600)
    assert {image.format() for _place, image in gray} == {QImage.Format.Format_Grayscale8}
    assert {image.format() for _place, image in colour} == {QImage.Format.Format_RGB888}
    assert sum(image.height() for _place, image in gray) == round(A4[1] / 72 * 600)  # 600 dpi
    assert max(image.height() for _place, image in gray) <= STRIP_HEIGHT
    assert preview.page_strips(0, 1200)[0][1].width() == round(A4[0] / 72 * 600)  # capped


def test_the_raster_fallback_still_prints_every_page(preview, tmp_path: Path) -> None:
    printer = preview.make_printer()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "raster.pdf"))
    printer.setResolution(150)
    assert preview.print_to(printer, route=Route.RASTER)
    assert read_pdf(tmp_path / "raster.pdf").pageCount() == 3


def test_the_print_button_sends_the_pdf_itself_to_the_cups_queue(
    qtbot, preview, cups, monkeypatch: pytest.MonkeyPatch
) -> None:
    def choose(dialog: QPrintDialog) -> int:
        printer = dialog.printer()
        printer.setPrinterName(cups.queue)
        printer.setCopyCount(2)  # (cups-pdf offers no duplex; the command line test sets it)
        printer.setFromTo(2, 3)
        return int(QDialog.DialogCode.Accepted.value)

    monkeypatch.setattr(QPrintDialog, "exec", choose)
    with qtbot.waitSignal(preview.delivered):
        preview.print_button.click()
    assert preview.last_print is not None and preview.last_print.route == Route.CUPS_FILE
    job = preview.last_print.job
    assert cups.spooled_bytes(job) == len(preview.pdf)  # the PDF itself, a few KB
    attributes = cups.control_file(job)
    assert b"copies\x00\x04\x00\x00\x00\x02" in attributes  # IPP integer 2
    assert b"page-ranges\x00\x08\x00\x00\x00\x02\x00\x00\x00\x03" in attributes  # 2-3
    printed = PdfReader(cups.printed_pdf(job))
    assert [p.extract_text().strip() for p in printed.pages][:2] == [
        "Seite 2 von 3",
        "Seite 3 von 3",
    ]


def test_print_button_prints_the_range_chosen_in_the_print_dialog(
    qtbot, preview, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    output = tmp_path / "pages-2-3.pdf"

    def accept(dialog: QPrintDialog) -> int:
        printer = dialog.printer()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(output))
        printer.setFromTo(2, 3)
        return int(QDialog.DialogCode.Accepted.value)

    monkeypatch.setattr(QPrintDialog, "exec", accept)
    with qtbot.waitSignal(preview.delivered):
        preview.print_button.click()
    assert read_pdf(output).pageCount() == 2


def test_a_long_print_job_shows_its_pages_and_can_be_cancelled(
    qtbot, german, tmp_path: Path
) -> None:
    preview = PrintPreviewDialog(three_pages(8), "Serienbrief", "Serienbrief")
    qtbot.addWidget(preview)
    delivered: list[bool] = []
    preview.delivered.connect(lambda: delivered.append(True))
    labels: list[str] = []

    def cancel_after_two(done: int, total: int) -> None:
        assert preview.print_progress is not None
        labels.append(preview.print_progress.labelText())
        if done == 2:
            preview.print_progress.cancel()

    preview.page_printed.connect(cancel_after_two)
    printer = preview.make_printer()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "abgebrochen.pdf"))
    printer.setResolution(72)
    assert not preview.print_to(printer, route=Route.RASTER)
    assert labels == ["Seite 1 von 8 wird gedruckt…", "Seite 2 von 8 wird gedruckt…"]
    assert delivered == []


def test_cancelling_the_print_dialog_prints_nothing(
    preview, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QPrintDialog, "exec", lambda _d: int(QDialog.DialogCode.Rejected.value))
    delivered: list[bool] = []
    preview.delivered.connect(lambda: delivered.append(True))
    assert not preview.print_document()
    assert delivered == []


def test_open_in_viewer_hands_a_temporary_copy_to_the_system(
    preview, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    assert preview.open_in_viewer()
    path = Path(opened[0].toLocalFile())
    assert path.name == "Kontaktblatt.pdf"
    assert path.read_bytes() == preview.pdf


def test_file_names_lose_characters_windows_refuses_but_keep_names() -> None:
    assert (
        safe_file_name("Brief an Müller/Söhne: 24.11.2026")
        == "Brief an Müller Söhne 24.11.2026.pdf"
    )
    assert safe_file_name(NAMES).startswith("Łukasz Wiśniewski, Şükrü Yıldız")
    assert safe_file_name("  ") == "Dokument.pdf"


# --- background job -------------------------------------------------------------------------


def letters(count: int):
    def work(progress, cancelled) -> list[int]:
        done = []
        for n in range(count):
            if cancelled():
                raise RuntimeError("cancelled by the user")
            done.append(n)
            progress(n + 1, count)
        return done

    return work


def test_job_dialog_reports_progress_and_hands_back_the_result(qtbot, german) -> None:
    dialog = PrintJobDialog(SynchronousRunner(), "Serienbrief", letters(30), "Brief %1 von %2")
    qtbot.addWidget(dialog)
    seen: list[tuple[int, int]] = []
    dialog.progressed.connect(lambda d, t: seen.append((d, t)))
    with qtbot.waitSignal(dialog.finished_with) as finished:
        dialog.start()
    assert finished.args == [list(range(30))]
    assert seen[-1] == (30, 30)
    assert dialog.bar.maximum() == 30
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_cancel_makes_the_work_stop_and_ends_the_dialog_cancelled(qtbot, german) -> None:
    dialog = PrintJobDialog(SynchronousRunner(), "Serienbrief", letters(500), "Brief %1 von %2")
    qtbot.addWidget(dialog)
    stopped_at: list[int] = []

    def press_cancel(done: int, _total: int) -> None:  # at the first report the user sees
        if not dialog.is_cancelled():
            dialog.cancel_button.click()
            stopped_at.append(done)

    dialog.progressed.connect(press_cancel)
    failures: list[object] = []
    dialog.failed_with.connect(failures.append)
    dialog.start()
    assert stopped_at == [1]
    assert dialog.was_cancelled
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert failures == []
    assert dialog.message.text() == "Wird abgebrochen…"
