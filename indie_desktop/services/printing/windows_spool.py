"""Windows: PDFium draws each PDF page straight into the printer's device context.

This is how Chromium and Edge print PDFs (FPDF_RenderPage with FPDF_PRINTING on a printer
HDC): text and lines reach the spooler as GDI vector records (EMF), so a letter page is a few
KB in the spool and crisp on any printer, instead of a 300-dpi ARGB bitmap (34.8 MB) per page.
Copies and duplex go into the printer's DEVMODE, the page range is applied here.

Only Windows has FPDF_RenderPage and gdi32; both are reached through small objects (`Gdi`,
`Pdfium`) that the tests replace with recording stand-ins, so the call sequence, the page
geometry and the DEVMODE bytes are checked on Linux. A person checks the real thing once
before a release (BUILDING.md: print-server queue).
"""

from __future__ import annotations

import ctypes
import logging
import struct
from dataclasses import dataclass
from typing import Any, Protocol

from indie_desktop.services.printing.spooling import Duplex, PrintError, PrintRequest

log = logging.getLogger(__name__)

# GetDeviceCaps indexes (wingdi.h)
LOGPIXELSX, LOGPIXELSY = 88, 90
PHYSICALWIDTH, PHYSICALHEIGHT, PHYSICALOFFSETX, PHYSICALOFFSETY = 110, 111, 112, 113
# DEVMODEW: fields and their byte offsets (dmDeviceName is WCHAR[32])
DM_COPIES, DM_DUPLEX = 0x00000100, 0x00001000
DMDUP_SIMPLEX, DMDUP_VERTICAL, DMDUP_HORIZONTAL = 1, 2, 3
DEVMODE_FIELDS_AT, DEVMODE_COPIES_AT, DEVMODE_DUPLEX_AT = 72, 86, 94
DM_IN_BUFFER, DM_OUT_BUFFER = 8, 2
# FPDF_RenderPage flags (fpdfview.h)
FPDF_ANNOT, FPDF_PRINTING = 0x01, 0x800

DUPLEX_MODES = {
    Duplex.NONE: DMDUP_SIMPLEX,
    Duplex.LONG: DMDUP_VERTICAL,  # "vertical": turned on the long edge of a portrait page
    Duplex.SHORT: DMDUP_HORIZONTAL,
}


def devmode_with(devmode: bytes, copies: int, duplex: Duplex) -> bytes:
    """The printer's DEVMODEW with copies and duplex set (and flagged in dmFields)."""
    if len(devmode) < DEVMODE_DUPLEX_AT + 2:
        raise PrintError("The printer driver returned no usable settings (DEVMODE).")
    buffer = bytearray(devmode)
    (fields,) = struct.unpack_from("<I", buffer, DEVMODE_FIELDS_AT)
    struct.pack_into("<I", buffer, DEVMODE_FIELDS_AT, fields | DM_COPIES | DM_DUPLEX)
    struct.pack_into("<h", buffer, DEVMODE_COPIES_AT, max(1, min(copies, 999)))
    struct.pack_into("<h", buffer, DEVMODE_DUPLEX_AT, DUPLEX_MODES[duplex])
    return bytes(buffer)


@dataclass(frozen=True)
class PagePlacement:
    """Where a page goes in device pixels, relative to the printable area's corner."""

    x: int
    y: int
    width: int
    height: int


def place_page(
    width_pt: float, height_pt: float, dpi_x: int, dpi_y: int, offset_x: int, offset_y: int
) -> PagePlacement:
    """At actual size from the paper's corner: the printable area starts `offset` pixels in,
    so the page starts that far before it (DIN 5008's window stays where it belongs)."""
    return PagePlacement(
        x=-offset_x,
        y=-offset_y,
        width=round(width_pt / 72 * dpi_x),
        height=round(height_pt / 72 * dpi_y),
    )


class Gdi(Protocol):
    """What printing needs of gdi32/winspool (ctypes on Windows, a recorder in tests)."""

    def printer_devmode(self, printer: str) -> bytes: ...
    def create_dc(self, printer: str, devmode: bytes) -> int: ...
    def start_doc(self, dc: int, title: str) -> int: ...
    def start_page(self, dc: int) -> int: ...
    def end_page(self, dc: int) -> int: ...
    def end_doc(self, dc: int) -> int: ...
    def abort_doc(self, dc: int) -> int: ...
    def delete_dc(self, dc: int) -> None: ...
    def device_caps(self, dc: int, index: int) -> int: ...


class Pdfium(Protocol):
    """PDFium's document access and its Windows-only FPDF_RenderPage."""

    def open(self, pdf: bytes) -> Any: ...
    def page_count(self, document: Any) -> int: ...
    def page_size(self, document: Any, index: int) -> tuple[float, float]: ...
    def render_page(self, dc: int, document: Any, index: int, place: PagePlacement) -> None: ...
    def close(self, document: Any) -> None: ...


class WindowsSpooler:
    """Prints PDFs as vectors through PDFium into a Windows printer's device context."""

    def __init__(self, gdi: Gdi, pdfium: Pdfium) -> None:
        self.gdi = gdi
        self.pdfium = pdfium

    @classmethod
    def load(cls) -> WindowsSpooler | None:
        """The real one on Windows, or None if PDFium or gdi32 lack what it needs."""
        try:
            return cls(_CtypesGdi(), _PypdfiumPdfium())
        except (OSError, AttributeError, ImportError) as exc:
            log.warning("PDFium device printing not available: %s", exc)
            return None

    def print_pdf(self, pdf: bytes, request: PrintRequest) -> int:
        """Print the requested pages; the number of pages sent (one copy)."""
        gdi, pdfium = self.gdi, self.pdfium
        devmode = devmode_with(gdi.printer_devmode(request.printer), request.copies, request.duplex)
        dc = gdi.create_dc(request.printer, devmode)
        if not dc:
            raise PrintError(f"Printer {request.printer!r} could not be opened.")
        document = pdfium.open(pdf)
        started = False
        try:
            count = pdfium.page_count(document)
            first, last = request.page_range() or (1, count)
            pages = range(max(first, 1) - 1, min(last, count))
            if gdi.start_doc(dc, request.title) <= 0:
                raise PrintError(f"Printer {request.printer!r} refused the print job.")
            started = True
            dpi_x, dpi_y = gdi.device_caps(dc, LOGPIXELSX), gdi.device_caps(dc, LOGPIXELSY)
            offset_x = gdi.device_caps(dc, PHYSICALOFFSETX)
            offset_y = gdi.device_caps(dc, PHYSICALOFFSETY)
            for index in pages:
                width, height = pdfium.page_size(document, index)
                if gdi.start_page(dc) <= 0:
                    raise PrintError("The printer refused a new page.")
                place = place_page(width, height, dpi_x, dpi_y, offset_x, offset_y)
                pdfium.render_page(dc, document, index, place)
                if gdi.end_page(dc) <= 0:
                    raise PrintError("The printer refused a page.")
            gdi.end_doc(dc)
            started = False
            return len(pages)
        finally:
            if started:
                gdi.abort_doc(dc)
            pdfium.close(document)
            gdi.delete_dc(dc)


class _CtypesGdi:
    """gdi32 and winspool.drv through ctypes (Windows only)."""

    def __init__(self) -> None:
        windll = ctypes.windll  # type: ignore[attr-defined]  # AttributeError off Windows
        self.gdi32 = windll.gdi32
        self.winspool = windll.winspool

    def printer_devmode(self, printer: str) -> bytes:
        handle = ctypes.c_void_p()
        if not self.winspool.OpenPrinterW(ctypes.c_wchar_p(printer), ctypes.byref(handle), None):
            raise PrintError(f"There is no printer named {printer!r}.")
        try:
            size = self.winspool.DocumentPropertiesW(None, handle, printer, None, None, 0)
            if size <= 0:
                raise PrintError(f"The driver of {printer!r} returned no settings.")
            buffer = ctypes.create_string_buffer(size)
            self.winspool.DocumentPropertiesW(None, handle, printer, buffer, None, DM_OUT_BUFFER)
            return buffer.raw
        finally:
            self.winspool.ClosePrinter(handle)

    def create_dc(self, printer: str, devmode: bytes) -> int:
        buffer = ctypes.create_string_buffer(devmode, len(devmode))
        return int(self.gdi32.CreateDCW("WINSPOOL", printer, None, buffer) or 0)

    def start_doc(self, dc: int, title: str) -> int:
        class DOCINFOW(ctypes.Structure):
            _fields_ = [
                ("cbSize", ctypes.c_int),
                ("lpszDocName", ctypes.c_wchar_p),
                ("lpszOutput", ctypes.c_wchar_p),
                ("lpszDatatype", ctypes.c_wchar_p),
                ("fwType", ctypes.c_uint32),
            ]

        info = DOCINFOW(ctypes.sizeof(DOCINFOW), title, None, None, 0)
        return int(self.gdi32.StartDocW(ctypes.c_void_p(dc), ctypes.byref(info)))

    def start_page(self, dc: int) -> int:
        return int(self.gdi32.StartPage(ctypes.c_void_p(dc)))

    def end_page(self, dc: int) -> int:
        return int(self.gdi32.EndPage(ctypes.c_void_p(dc)))

    def end_doc(self, dc: int) -> int:
        return int(self.gdi32.EndDoc(ctypes.c_void_p(dc)))

    def abort_doc(self, dc: int) -> int:
        return int(self.gdi32.AbortDoc(ctypes.c_void_p(dc)))

    def delete_dc(self, dc: int) -> None:
        self.gdi32.DeleteDC(ctypes.c_void_p(dc))

    def device_caps(self, dc: int, index: int) -> int:
        return int(self.gdi32.GetDeviceCaps(ctypes.c_void_p(dc), index))


class _PypdfiumPdfium:
    """pypdfium2's PDFium; FPDF_RenderPage is exported by its Windows build only."""

    def __init__(self) -> None:
        import pypdfium2
        import pypdfium2.raw as raw
        import pypdfium2_raw.bindings as bindings

        self.pdfium = pypdfium2
        self.raw = raw
        render = getattr(raw, "FPDF_RenderPage", None)
        if render is None:
            render = bindings._libs["pdfium"].FPDF_RenderPage  # AttributeError if absent
        render.argtypes = [ctypes.c_void_p, ctypes.c_void_p] + [ctypes.c_int] * 6
        render.restype = None
        self.render = render

    def open(self, pdf: bytes) -> Any:
        return self.pdfium.PdfDocument(pdf)

    def page_count(self, document: Any) -> int:
        return len(document)

    def page_size(self, document: Any, index: int) -> tuple[float, float]:
        page = document[index]
        try:
            width, height = page.get_size()
            return float(width), float(height)
        finally:
            page.close()

    def render_page(self, dc: int, document: Any, index: int, place: PagePlacement) -> None:
        page = document[index]
        try:
            handle = ctypes.cast(page.raw, ctypes.c_void_p)
            self.render(
                dc, handle, place.x, place.y, place.width, place.height, 0,
                FPDF_ANNOT | FPDF_PRINTING,
            )  # fmt: skip
        finally:
            page.close()

    def close(self, document: Any) -> None:
        document.close()
