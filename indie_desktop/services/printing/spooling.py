"""Printing a finished PDF the way office programs do: as vector pages, never a bitmap per page.

One path for the GUI (after the system's print dialog) and the command line (`--printer`):

- Linux/macOS (CUPS): the PDF file itself goes to the queue with `lp` (copies, duplex and page
  range as CUPS options); CUPS and the driver make what the printer speaks. A letter page costs
  a few KB in the spool, not the 35 MB of a 300-dpi ARGB image.
- Windows: PDFium draws each page into the printer's device context (FPDF_RenderPage with
  FPDF_PRINTING, as Chromium and Edge print PDFs): text and lines stay vectors in the spool
  (services/printing/windows_spool.py).
- Fallback where neither is possible (no PDFium device rendering): the caller rasterises page
  by page at the printer's resolution, in grayscale for pages without colour (`raster_plan`).

Which of these applies is decided by `choose_route`, a small function tested on Linux.
"""

from __future__ import annotations

import logging
import re
import shutil
import subprocess
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from indie_desktop.domain.errors import ServiceError

log = logging.getLogger(__name__)

# A rasterised page never goes above this: 600 dpi grayscale A4 is 35 MB in memory, 1200 dpi
# would be 140 MB per page, and no office printer resolves finer toner dots than 600 dpi.
MAX_RASTER_DPI = 600


class Route(StrEnum):
    CUPS_FILE = "cups-file"  # the PDF itself to a CUPS queue (lp)
    PDFIUM_DEVICE = "pdfium-device"  # PDFium draws vectors into the Windows printer's DC
    RASTER = "raster"  # fallback: page by page at printer resolution, gray where possible


class Duplex(StrEnum):
    NONE = "none"  # one-sided
    LONG = "long"  # two-sided, turned on the long edge (letters)
    SHORT = "short"  # two-sided, turned on the short edge


# CUPS' `sides` values (RFC 8011) for each duplex choice
CUPS_SIDES = {
    Duplex.NONE: "one-sided",
    Duplex.LONG: "two-sided-long-edge",
    Duplex.SHORT: "two-sided-short-edge",
}


class PrintError(ServiceError):
    """The document did not reach the printer (unknown queue, spooler refused, no printing)."""


@dataclass(frozen=True)
class PrintRequest:
    """What the print dialog or the command line asked for."""

    printer: str  # queue name (CUPS) or printer name (Windows)
    title: str = "In|Die Desktop"
    copies: int = 1
    duplex: Duplex = Duplex.NONE
    first_page: int | None = None  # 1-based, inclusive; None = from the first
    last_page: int | None = None  # None = to the last

    def page_range(self) -> tuple[int, int] | None:
        if self.first_page is None and self.last_page is None:
            return None
        return (self.first_page or 1, self.last_page or 10**6)


@dataclass(frozen=True)
class PrintResult:
    route: Route
    job: str  # the spooler's job id (CUPS "queue-12"), or the document name on Windows
    pages: int  # pages sent (one copy)


@dataclass(frozen=True)
class RasterPlan:
    dpi: int
    grayscale: bool


def choose_route(system: str, *, has_lp: bool, pdfium_device: bool) -> Route:
    """How a PDF reaches the printer on this system (`platform.system()`'s name)."""
    if system == "Windows":
        return Route.PDFIUM_DEVICE if pdfium_device else Route.RASTER
    return Route.CUPS_FILE if has_lp else Route.RASTER


def raster_plan(printer_dpi: int, page_in_colour: bool) -> RasterPlan:
    """Fallback rasterising: the printer's own resolution (capped), gray unless the page has
    colour; 8-bit gray is a quarter of ARGB, and the driver need not dither colour to black."""
    dpi = max(72, min(printer_dpi or 300, MAX_RASTER_DPI))
    return RasterPlan(dpi=dpi, grayscale=not page_in_colour)


def lp_command(path: Path, request: PrintRequest, lp: str = "lp") -> list[str]:
    """The `lp` call that queues the PDF file with the request's options."""
    command = [lp, "-d", request.printer, "-t", request.title or "In|Die Desktop"]
    command += ["-n", str(max(1, request.copies))]
    command += ["-o", f"sides={CUPS_SIDES[request.duplex]}"]
    command += ["-o", "print-scaling=none"]  # the PDF is A4 at actual size, as laid out
    pages = request.page_range()
    if pages is not None:
        command += ["-o", f"page-ranges={pages[0]}-{pages[1]}"]
    command += ["--", str(path)]
    return command


_JOB = re.compile(r"request id is (\S+)")


def send_to_cups(
    pdf: bytes,
    request: PrintRequest,
    *,
    run: Callable[..., subprocess.CompletedProcess[str]] = subprocess.run,
    lp: str | None = None,
) -> str:
    """Queue the PDF with `lp`; the job id. `lp` copies the file into the spool before it
    returns, so the temporary file is removed right after."""
    lp = lp or shutil.which("lp") or "lp"
    folder = Path(tempfile.mkdtemp(prefix="indie-desktop-print-"))
    try:
        path = folder / "document.pdf"
        path.write_bytes(pdf)
        try:
            done = run(
                lp_command(path, request, lp),
                capture_output=True,
                text=True,
                timeout=120,
                check=False,
            )
        except (OSError, subprocess.TimeoutExpired) as exc:
            raise PrintError(f"The print system (lp) could not be run: {exc}") from exc
        if done.returncode != 0:
            message = (done.stderr or done.stdout or "").strip() or f"lp exit {done.returncode}"
            raise PrintError(f"Printer {request.printer!r}: {message}")
        found = _JOB.search(done.stdout or "")
        return found.group(1) if found else ""
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def cups_printers(
    run: Callable[..., subprocess.CompletedProcess[str]] = subprocess.run,
) -> list[str]:
    """The CUPS queues this computer knows (`lpstat -e`), for messages and `--printer` help."""
    try:
        done = run(["lpstat", "-e"], capture_output=True, text=True, timeout=20, check=False)
    except (OSError, subprocess.TimeoutExpired):
        return []
    return [line.strip() for line in (done.stdout or "").splitlines() if line.strip()]
