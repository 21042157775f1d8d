"""How a PDF reaches the printer on each system, decided by small functions tested here: the
PDF file to CUPS, PDFium into the Windows printer's device context (simulated with a recording
GDI), and the raster fallback's resolution and colour."""

from __future__ import annotations

import io
import struct
from pathlib import Path
from typing import Any

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from indie_desktop.services.printing.print_path import print_pdf
from indie_desktop.services.printing.spooling import (
    Duplex,
    PrintError,
    PrintRequest,
    Route,
    choose_route,
    lp_command,
    raster_plan,
)
from indie_desktop.services.printing.windows_spool import (
    DEVMODE_COPIES_AT,
    DEVMODE_DUPLEX_AT,
    DEVMODE_FIELDS_AT,
    DM_COPIES,
    DM_DUPLEX,
    DMDUP_VERTICAL,
    LOGPIXELSX,
    LOGPIXELSY,
    PHYSICALOFFSETX,
    PHYSICALOFFSETY,
    PagePlacement,
    WindowsSpooler,
    devmode_with,
)


def letters(pages: int = 3) -> bytes:
    out = io.BytesIO()
    pdf = canvas.Canvas(out, pagesize=A4)
    for n in range(pages):
        pdf.drawString(72, 760, f"Sehr geehrter Herr Yıldız, Seite {n + 1}")
        pdf.showPage()
    pdf.save()
    return out.getvalue()


def test_the_route_is_vector_on_every_system_that_offers_it() -> None:
    assert choose_route("Linux", has_lp=True, pdfium_device=False) is Route.CUPS_FILE
    assert choose_route("Darwin", has_lp=True, pdfium_device=False) is Route.CUPS_FILE
    assert choose_route("Windows", has_lp=False, pdfium_device=True) is Route.PDFIUM_DEVICE
    assert choose_route("Windows", has_lp=True, pdfium_device=False) is Route.RASTER
    assert choose_route("Linux", has_lp=False, pdfium_device=False) is Route.RASTER


def test_the_raster_fallback_uses_the_printers_resolution_and_gray_for_black_pages() -> None:
    assert raster_plan(600, page_in_colour=False) == raster_plan(600, False)
    assert raster_plan(600, page_in_colour=False).dpi == 600
    assert raster_plan(600, page_in_colour=False).grayscale
    assert not raster_plan(300, page_in_colour=True).grayscale
    assert raster_plan(1200, page_in_colour=False).dpi == 600  # capped: 140 MB per page else


def test_lp_gets_printer_copies_duplex_range_and_actual_size(tmp_path: Path) -> None:
    request = PrintRequest("Buero-2.OG", "Serienbrief", 3, Duplex.LONG, 2, 5)
    command = lp_command(tmp_path / "d.pdf", request)
    assert command[:3] == ["lp", "-d", "Buero-2.OG"]
    options = " ".join(command)
    for part in ("-n 3", "sides=two-sided-long-edge", "page-ranges=2-5", "print-scaling=none"):
        assert part in options
    assert command[-2:] == ["--", str(tmp_path / "d.pdf")]


class RecordingGdi:
    """A Windows printer as gdi32 shows it: 600 dpi, the printable area 100 px in."""

    def __init__(self) -> None:
        self.calls: list[tuple[Any, ...]] = []
        self.devmode_given = b""

    def printer_devmode(self, printer: str) -> bytes:
        self.calls.append(("devmode", printer))
        return bytes(220)

    def create_dc(self, printer: str, devmode: bytes) -> int:
        self.devmode_given = devmode
        self.calls.append(("create_dc", printer))
        return 4711

    def start_doc(self, dc: int, title: str) -> int:
        self.calls.append(("start_doc", title))
        return 1

    def start_page(self, dc: int) -> int:
        self.calls.append(("start_page",))
        return 1

    def end_page(self, dc: int) -> int:
        self.calls.append(("end_page",))
        return 1

    def end_doc(self, dc: int) -> int:
        self.calls.append(("end_doc",))
        return 1

    def abort_doc(self, dc: int) -> int:
        self.calls.append(("abort_doc",))
        return 1

    def delete_dc(self, dc: int) -> None:
        self.calls.append(("delete_dc",))

    def device_caps(self, dc: int, index: int) -> int:
        return {LOGPIXELSX: 600, LOGPIXELSY: 600, PHYSICALOFFSETX: 100, PHYSICALOFFSETY: 100}[index]


class RecordingPdfium:
    """PDFium's document access (real pypdfium2) with FPDF_RenderPage recorded."""

    def __init__(self) -> None:
        import pypdfium2

        self.pdfium = pypdfium2
        self.rendered: list[tuple[int, PagePlacement]] = []

    def open(self, pdf: bytes) -> Any:
        return self.pdfium.PdfDocument(pdf)

    def page_count(self, document: Any) -> int:
        return len(document)

    def page_size(self, document: Any, index: int) -> tuple[float, float]:
        width, height = document[index].get_size()
        return float(width), float(height)

    def render_page(self, dc: int, document: Any, index: int, place: PagePlacement) -> None:
        assert dc == 4711
        self.rendered.append((index, place))

    def close(self, document: Any) -> None:
        document.close()


def test_windows_prints_each_page_as_vectors_into_the_printer_device_context() -> None:
    gdi, pdfium = RecordingGdi(), RecordingPdfium()
    request = PrintRequest("\\\\druckserver\\Buero-2.OG", "Serienbrief", 2, Duplex.LONG, 2, 3)
    result = print_pdf(letters(3), request, system="Windows", windows=WindowsSpooler(gdi, pdfium))
    assert result.route is Route.PDFIUM_DEVICE and result.pages == 2
    names = [call[0] for call in gdi.calls]
    assert names == [
        "devmode",
        "create_dc",
        "start_doc",
        *["start_page", "end_page"] * 2,
        "end_doc",
        "delete_dc",
    ]
    assert gdi.calls[0] == ("devmode", "\\\\druckserver\\Buero-2.OG")  # a print-server queue
    # pages 2 and 3 at actual size from the paper's corner: A4 at 600 dpi
    assert [index for index, _ in pdfium.rendered] == [1, 2]
    assert pdfium.rendered[0][1] == PagePlacement(-100, -100, 4961, 7016)
    (fields,) = struct.unpack_from("<I", gdi.devmode_given, DEVMODE_FIELDS_AT)
    assert fields & DM_COPIES and fields & DM_DUPLEX
    assert struct.unpack_from("<h", gdi.devmode_given, DEVMODE_COPIES_AT) == (2,)
    assert struct.unpack_from("<h", gdi.devmode_given, DEVMODE_DUPLEX_AT) == (DMDUP_VERTICAL,)


def test_a_printer_that_refuses_a_page_aborts_the_job_and_says_so() -> None:
    gdi, pdfium = RecordingGdi(), RecordingPdfium()
    gdi.end_page = lambda dc: 0  # type: ignore[method-assign]
    spooler = WindowsSpooler(gdi, pdfium)
    with pytest.raises(PrintError):
        print_pdf(letters(2), PrintRequest("Buero"), system="Windows", windows=spooler)
    assert [c[0] for c in gdi.calls][-2:] == ["abort_doc", "delete_dc"]


def test_a_driver_without_settings_is_a_print_error_not_a_crash() -> None:
    with pytest.raises(PrintError):
        devmode_with(b"", 1, Duplex.NONE)


def test_without_a_vector_route_the_command_line_says_so() -> None:
    with pytest.raises(PrintError):
        print_pdf(letters(1), PrintRequest("x"), system="Linux", has_lp=False)
