"""The one print path of the GUI and the command line: a finished PDF to a named printer.

`print_pdf` picks the route (services/printing/spooling.py: `choose_route`) and sends the PDF
as vectors: the file itself to CUPS, or PDFium into the Windows printer's device context. The
GUI falls back to rasterising (ui/printing/preview.py) only where neither exists.
"""

from __future__ import annotations

import io
import logging
import platform
import shutil
import subprocess
from collections.abc import Callable, Sequence

from indie_desktop.services.printing.spooling import (
    PrintError,
    PrintRequest,
    PrintResult,
    Route,
    choose_route,
    send_to_cups,
)
from indie_desktop.services.printing.windows_spool import WindowsSpooler

log = logging.getLogger(__name__)


def page_count(pdf: bytes) -> int:
    """Pages of a PDF (PDFium, the same engine that prints it on Windows)."""
    import pypdfium2

    document = pypdfium2.PdfDocument(pdf)
    try:
        return len(document)
    finally:
        document.close()


def available_route(system: str | None = None, has_lp: bool | None = None) -> Route:
    """The route this computer offers (the GUI asks before choosing its fallback)."""
    system = system or platform.system()
    if has_lp is None:
        has_lp = shutil.which("lp") is not None
    spool = WindowsSpooler.load() if system == "Windows" else None
    return choose_route(system, has_lp=has_lp, pdfium_device=spool is not None)


def print_pdf(
    pdf: bytes,
    request: PrintRequest,
    *,
    system: str | None = None,
    has_lp: bool | None = None,
    run: Callable[..., subprocess.CompletedProcess[str]] = subprocess.run,
    windows: WindowsSpooler | None = None,
) -> PrintResult:
    """Send the PDF to `request.printer` the vector way this system allows.

    Raises PrintError when it cannot be printed without rasterising (then the GUI's fallback
    takes over; the command line reports it).
    """
    system = system or platform.system()
    if has_lp is None:
        has_lp = shutil.which("lp") is not None
    spool: WindowsSpooler | None = None
    if system == "Windows":
        spool = windows or WindowsSpooler.load()
    route = choose_route(system, has_lp=has_lp, pdfium_device=spool is not None)
    pages = page_count(pdf)
    if route is Route.CUPS_FILE:
        job = send_to_cups(pdf, request, run=run)
        log.info("printed %s to %s as %s (%d pages)", request.title, request.printer, job, pages)
        return PrintResult(route, job, _pages_in_range(pages, request))
    if route is Route.PDFIUM_DEVICE and spool is not None:
        printed = spool.print_pdf(pdf, request)
        return PrintResult(route, request.title, printed)
    raise PrintError("This computer offers no way to print a PDF as vectors.")


def _pages_in_range(pages: int, request: PrintRequest) -> int:
    chosen = request.page_range()
    if chosen is None:
        return pages
    return max(0, min(chosen[1], pages) - max(chosen[0], 1) + 1)


def pages_of(pdf: bytes, pages: Sequence[int]) -> bytes:
    """A PDF of some pages (0-based) of another: "print to file" with a page range."""
    import pypdfium2

    source = pypdfium2.PdfDocument(pdf)
    target = pypdfium2.PdfDocument.new()
    try:
        target.import_pages(source, list(pages))
        out = io.BytesIO()
        target.save(out)
        return out.getvalue()
    finally:
        target.close()
        source.close()
