"""The print preview: a PDF from the PrintService shown with QtPdf, then printed, saved or opened.

Printing goes the way office programs print (services/printing/print_path.py, the same path as
`indie-desktop print … --printer`): after the system's print dialog the PDF itself goes to the
CUPS queue, or PDFium draws its pages as vectors into the Windows printer; printer, copies,
duplex and page range come from the dialog. "Print to file" writes the PDF pages themselves.
Only where neither route exists are pages rasterised, one at a time, at the printer's
resolution and in grayscale for pages without colour (never an ARGB image per page).
"""

from __future__ import annotations

import logging
import re
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QIODevice,
    QPointF,
    QRect,
    QRectF,
    QSize,
    Qt,
    QUrl,
    Signal,
)
from PySide6.QtGui import (
    QDesktopServices,
    QImage,
    QKeySequence,
    QPageLayout,
    QPageSize,
    QPainter,
)
from PySide6.QtPdf import QPdfDocument, QPdfDocumentRenderOptions
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from indie_desktop.services.desktop.viewer_copies import preview_copy
from indie_desktop.services.printing.print_path import available_route, pages_of, print_pdf
from indie_desktop.services.printing.spooling import (
    Duplex,
    PrintError,
    PrintRequest,
    PrintResult,
    Route,
    raster_plan,
)
from indie_desktop.ui.widgets.tab_order import apply_tab_order
from indie_desktop.ui.window_sizes import fit_window

log = logging.getLogger(__name__)

PROGRESS_FROM_PAGES = 3  # longer print jobs show their progress and can be cancelled
COLOUR_PROBE_DPI = 24  # a thumbnail is enough to tell a page with colour from a gray one
STRIP_HEIGHT = 512  # raster fallback: pixels per strip (600 dpi gray: 2.5 MB)
ZOOM_STEPS = (0.5, 0.75, 1.0, 1.25, 1.5, 2.0, 3.0)
_FIT_WIDTH = "width"
_FIT_PAGE = "page"
_UNSAFE_IN_NAMES = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')


def safe_file_name(name: str, suffix: str = ".pdf") -> str:
    """A file name from a document title: no characters Windows or Linux refuse, not empty."""
    cleaned = _UNSAFE_IN_NAMES.sub(" ", name)
    cleaned = " ".join(cleaned.split()).strip(" .") or "Dokument"
    if len(cleaned) > 120:
        cleaned = cleaned[:120].rstrip(" .")
    return cleaned if cleaned.lower().endswith(suffix) else cleaned + suffix


def default_save_folder() -> Path:
    """Where "Save as PDF" starts: the user's documents folder if there is one."""
    from PySide6.QtCore import QStandardPaths

    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(folder) if folder else Path.home()


class PrintPreviewDialog(QDialog):
    """Shows PDF bytes page by page; prints, saves or opens them in the system's viewer.

    `delivered` is emitted once the document went to a printer or into a saved file: a
    referral letter counts as sent then.
    """

    printed = Signal()
    page_printed = Signal(int, int)  # pages done, pages to print
    saved = Signal(str)  # the path written
    delivered = Signal()

    def __init__(
        self,
        pdf: bytes,
        title: str,
        file_name: str,
        parent: QWidget | None = None,
        *,
        whole_page: bool = False,
        word: Callable[[], bytes] | None = None,
    ) -> None:
        """`whole_page` starts with the whole page in view (label sheets), else page width;
        `word` makes the same document as a Word file (offered as a button when given)."""
        super().__init__(parent)
        self.pdf = pdf
        self.word = word
        self.word_path: Path | None = None  # the Word document last opened
        self.title = title
        self.file_name = safe_file_name(file_name)
        self.setWindowTitle(self.tr("Print preview – %1").replace("%1", title))
        self.setObjectName("print_preview")
        self._buffer = QBuffer(self)
        self._buffer.setData(QByteArray(pdf))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document = QPdfDocument(self)
        self.document.load(self._buffer)
        self.print_progress: QProgressDialog | None = None
        self.last_print: PrintResult | None = None  # the spooler's answer to the last print
        self._build()
        if whole_page:
            self.zoom_combo.setCurrentIndex(self.zoom_combo.findData(_FIT_PAGE))
        self._page_changed(0)
        # A4 page width at a readable zoom; never taller than the screen (1280×688 at 150 %)
        fit_window(self, 860, 980, "print_preview")

    # --- building ----------------------------------------------------------------------------

    def _build(self) -> None:
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setPageSpacing(12)
        self.view.setAccessibleName(self.tr("Pages"))
        self.view.pageNavigator().currentPageChanged.connect(self._page_changed)

        pages = max(self.document.pageCount(), 1)
        self.previous_button = self._tool_button("◀", self.tr("Previous page (Page Up)"))
        self.previous_button.clicked.connect(lambda: self.go_to_page(self.current_page() - 1))
        self.next_button = self._tool_button("▶", self.tr("Next page (Page Down)"))
        self.next_button.clicked.connect(lambda: self.go_to_page(self.current_page() + 1))
        self.page_spin = QSpinBox()
        self.page_spin.setRange(1, pages)
        self.page_spin.setAccessibleName(self.tr("Page"))
        self.page_spin.setKeyboardTracking(False)
        self.page_spin.valueChanged.connect(lambda value: self.go_to_page(value - 1))
        self.page_count_label = QLabel()
        self.zoom_out_button = self._tool_button("−", self.tr("Zoom out (Ctrl+-)"))
        self.zoom_out_button.clicked.connect(lambda: self.zoom_step(-1))
        self.zoom_in_button = self._tool_button("+", self.tr("Zoom in (Ctrl++)"))
        self.zoom_in_button.clicked.connect(lambda: self.zoom_step(1))
        self.zoom_combo = QComboBox()
        self.zoom_combo.setAccessibleName(self.tr("Zoom"))
        self.zoom_combo.addItem(self.tr("Page width"), _FIT_WIDTH)
        self.zoom_combo.addItem(self.tr("Whole page"), _FIT_PAGE)
        for factor in ZOOM_STEPS:
            self.zoom_combo.addItem(f"{round(factor * 100)} %", factor)
        self.zoom_combo.currentIndexChanged.connect(self._zoom_chosen)

        navigation = QHBoxLayout()
        navigation.addWidget(self.previous_button)
        navigation.addWidget(QLabel(self.tr("Page")))
        navigation.addWidget(self.page_spin)
        navigation.addWidget(self.page_count_label)
        navigation.addWidget(self.next_button)
        navigation.addStretch(1)
        navigation.addWidget(self.zoom_out_button)
        navigation.addWidget(self.zoom_combo)
        navigation.addWidget(self.zoom_in_button)

        self.print_button = QPushButton(self.tr("&Print…"))
        self.print_button.setToolTip(self.tr("Print with the system's print dialog (Ctrl+P)"))
        self.print_button.clicked.connect(self.print_document)
        self.save_button = QPushButton(self.tr("&Save as PDF…"))
        self.save_button.setToolTip(self.tr("Save the document as a PDF file (Ctrl+S)"))
        self.save_button.clicked.connect(self.save_document)
        self.open_button = QPushButton(self.tr("&Open in PDF viewer"))
        self.open_button.setToolTip(self.tr("Open the document in the system's PDF viewer"))
        self.open_button.clicked.connect(self.open_in_viewer)
        self.word_button = QPushButton(self.tr("Open as &Word document"))
        self.word_button.setToolTip(
            self.tr("The same letter as a Word document, to change a sentence in Word")
        )
        self.word_button.clicked.connect(self.open_as_word)
        self.word_button.setVisible(self.word is not None)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.clicked.connect(self.reject)
        self.print_button.setDefault(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.word_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.addLayout(navigation)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)

        self._shortcut(QKeySequence.StandardKey.Print, self.print_document)
        self._shortcut(QKeySequence.StandardKey.Save, self.save_document)
        self._shortcut(QKeySequence.StandardKey.ZoomIn, lambda: self.zoom_step(1))
        self._shortcut("Ctrl+=", lambda: self.zoom_step(1))
        self._shortcut(QKeySequence.StandardKey.ZoomOut, lambda: self.zoom_step(-1))
        self._shortcut(Qt.Key.Key_PageDown, lambda: self.go_to_page(self.current_page() + 1))
        self._shortcut(Qt.Key.Key_PageUp, lambda: self.go_to_page(self.current_page() - 1))
        apply_tab_order(self.tab_order())
        self.view.setFocus()

    def tab_order(self) -> list[QWidget]:
        """The pages first (arrows and Page Up/Down scroll them), then the bar above them and
        the buttons below, as they are read."""
        return [
            self.view,
            self.previous_button,
            self.page_spin,
            self.next_button,
            self.zoom_out_button,
            self.zoom_combo,
            self.zoom_in_button,
            self.print_button,
            self.save_button,
            self.open_button,
            self.word_button,
            self.close_button,
        ]

    def _tool_button(self, text: str, tip: str) -> QToolButton:
        button = QToolButton()
        button.setText(text)
        button.setToolTip(tip)
        button.setAccessibleName(tip)
        button.setAutoRaise(True)
        return button

    def _shortcut(self, key: object, slot: object) -> None:
        from PySide6.QtGui import QShortcut

        QShortcut(QKeySequence(key), self, slot)  # type: ignore[call-overload]

    # --- pages and zoom ----------------------------------------------------------------------

    def page_count(self) -> int:
        return self.document.pageCount()

    def current_page(self) -> int:
        """The page shown, counted from 0."""
        return self.view.pageNavigator().currentPage()

    def go_to_page(self, page: int) -> None:
        if not 0 <= page < self.page_count():
            return
        navigator = self.view.pageNavigator()
        if page != navigator.currentPage():
            navigator.jump(page, QPointF(), navigator.currentZoom())
        self._page_changed(page)

    def _page_changed(self, page: int) -> None:
        count = self.page_count()
        self.page_spin.blockSignals(True)
        self.page_spin.setValue(page + 1)
        self.page_spin.blockSignals(False)
        self.page_count_label.setText(self.tr("of %1").replace("%1", str(count)))
        self.previous_button.setEnabled(page > 0)
        self.next_button.setEnabled(page + 1 < count)

    def zoom_factor(self) -> float:
        return float(self.view.zoomFactor())

    def _zoom_chosen(self, _index: int) -> None:
        choice = self.zoom_combo.currentData()
        if choice == _FIT_WIDTH:
            self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        elif choice == _FIT_PAGE:
            self.view.setZoomMode(QPdfView.ZoomMode.FitInView)
        else:
            self.view.setZoomMode(QPdfView.ZoomMode.Custom)
            self.view.setZoomFactor(float(choice))

    def zoom_step(self, direction: int) -> None:
        """The next larger (1) or smaller (-1) fixed zoom step from the zoom shown now."""
        now = self.zoom_factor()
        if direction > 0:
            factor = next((f for f in ZOOM_STEPS if f > now + 0.01), ZOOM_STEPS[-1])
        else:
            factor = next((f for f in reversed(ZOOM_STEPS) if f < now - 0.01), ZOOM_STEPS[0])
        self.zoom_combo.setCurrentIndex(self.zoom_combo.findData(factor))

    # --- printing ----------------------------------------------------------------------------

    def make_printer(self) -> QPrinter:
        """A printer set up for this document: its name, its paper size, the full page."""
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.title)
        printer.setFullPage(True)  # the PDF has its own margins
        if self.page_count():
            size = self.document.pagePointSize(0)
            page_size = QPageSize(
                size, QPageSize.Unit.Point, "", QPageSize.SizeMatchPolicy.FuzzyMatch
            )
            orientation = (
                QPageLayout.Orientation.Landscape
                if size.width() > size.height()
                else QPageLayout.Orientation.Portrait
            )
            printer.setPageSize(page_size)
            printer.setPageOrientation(orientation)
        printer.setFromTo(0, 0)
        return printer

    def print_document(self) -> bool:
        """The system print dialog, then print; True if the document was printed."""
        printer = self.make_printer()
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print %1").replace("%1", self.title))
        dialog.setMinMax(1, max(self.page_count(), 1))
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintPageRange, True)
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintToFile, True)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return False
        finally:
            dialog.deleteLater()
        return self.print_to(printer)

    def print_to(self, printer: QPrinter, route: Route | None = None) -> bool:
        """Print the pages (or the range chosen in the print dialog) on `printer`.

        "Print to file" writes the PDF's own pages; a printer gets the PDF as vectors (CUPS
        file, PDFium into the Windows printer); `route` forces one (tests, the fallback).
        """
        if not self.page_count():
            self._warn(self.tr("Could not print"), self.tr("The document has no pages."))
            return False
        if route is None and printer.outputFormat() == QPrinter.OutputFormat.PdfFormat:
            return self._print_to_file(printer)
        route = route or available_route()
        if route is Route.RASTER:
            return self._print_rasterised(printer)
        try:
            result = print_pdf(self.pdf, self.request_for(printer))
        except PrintError as exc:
            log.warning("printing %s failed: %s", self.title, exc)
            self._warn(self.tr("Could not print"), str(exc))
            return False
        log.info("%s: %d pages sent by %s (%s)", self.title, result.pages, result.route, result.job)
        self.last_print = result
        self.page_printed.emit(result.pages, result.pages)
        self.printed.emit()
        self.delivered.emit()
        return True

    def _pages_chosen(self, printer: QPrinter) -> range:
        count = self.page_count()
        first, last = printer.fromPage(), printer.toPage()
        if first <= 0 or last <= 0:
            first, last = 1, count
        return range(max(first, 1) - 1, min(last, count))

    def request_for(self, printer: QPrinter) -> PrintRequest:
        """What the print dialog chose, for the print path shared with the command line."""
        duplex = {
            QPrinter.DuplexMode.DuplexLongSide: Duplex.LONG,
            QPrinter.DuplexMode.DuplexShortSide: Duplex.SHORT,
            QPrinter.DuplexMode.DuplexAuto: Duplex.LONG,
        }.get(printer.duplex(), Duplex.NONE)
        first, last = printer.fromPage(), printer.toPage()
        chosen = first > 0 and last > 0
        return PrintRequest(
            printer=printer.printerName(),
            title=self.title,
            copies=max(printer.copyCount(), 1),
            duplex=duplex,
            first_page=first if chosen else None,
            last_page=last if chosen else None,
        )

    def _print_to_file(self, printer: QPrinter) -> bool:
        """The system dialog's "print to file": the PDF's own pages, as vectors."""
        pages = self._pages_chosen(printer)
        try:
            data = self.pdf if len(pages) == self.page_count() else pages_of(self.pdf, pages)
            Path(printer.outputFileName()).write_bytes(data)
        except OSError as exc:
            self._warn(self.tr("Could not print"), exc.strerror or str(exc))
            return False
        self.page_printed.emit(len(pages), len(pages))
        self.printed.emit()
        self.delivered.emit()
        return True

    def _print_rasterised(self, printer: QPrinter) -> bool:
        """The fallback: each page as an image at the printer's resolution (gray unless it has
        colour), one page in memory at a time. Long documents show their progress and can be
        cancelled; a cancelled job is aborted and does not count as delivered."""
        pages = self._pages_chosen(printer)
        painter = QPainter()
        if not painter.begin(printer):
            self._warn(
                self.tr("Could not print"),
                self.tr("The printer could not be started. Check that it is ready and try again."),
            )
            return False
        self.print_progress = None
        if len(pages) > PROGRESS_FROM_PAGES:
            self.print_progress = QProgressDialog(
                self.tr("Printing…"), self.tr("Cancel"), 0, len(pages), self
            )
            self.print_progress.setWindowTitle(self.tr("Print %1").replace("%1", self.title))
            self.print_progress.setWindowModality(Qt.WindowModality.WindowModal)
            self.print_progress.setMinimumDuration(300)
        try:
            paper = QRectF(printer.pageLayout().fullRectPixels(printer.resolution()))
            for n, page in enumerate(pages):
                if self.print_progress is not None:
                    if self.print_progress.wasCanceled():
                        printer.abort()
                        painter.end()
                        return False
                    self.print_progress.setLabelText(
                        self.tr("Printing page %1 of %2…")
                        .replace("%1", str(n + 1))
                        .replace("%2", str(len(pages)))
                    )
                if n and not printer.newPage():
                    raise OSError("the printer refused a new page")
                points = self.document.pagePointSize(page)
                target = _fit(paper, points.width(), points.height())
                for place, strip in self.page_strips(page, printer.resolution()):
                    painter.drawImage(
                        QRectF(
                            target.x(),
                            target.y() + place.y() * target.height(),
                            target.width(),
                            place.height() * target.height(),
                        ),
                        strip,
                    )
                self.page_printed.emit(n + 1, len(pages))
                if self.print_progress is not None:
                    self.print_progress.setValue(n + 1)
        except OSError as exc:
            log.warning("printing %s failed: %s", self.title, exc)
            painter.end()
            self._warn(self.tr("Could not print"), str(exc))
            return False
        finally:
            if self.print_progress is not None:
                self.print_progress.close()
                self.print_progress.deleteLater()
        painter.end()
        self.printed.emit()
        self.delivered.emit()
        return True

    def page_strips(self, page: int, printer_dpi: int) -> list[tuple[QRectF, QImage]]:
        """One page for the raster fallback, in horizontal strips (so a 600 dpi page never
        sits in memory as one ARGB image): 8-bit gray for pages without colour, else RGB.
        Each strip comes with its place as a fraction of the page (0..1)."""
        points = self.document.pagePointSize(page)

        def size_at(dpi: int) -> QSize:
            return QSize(
                max(round(points.width() / 72 * dpi), 1),
                max(round(points.height() / 72 * dpi), 1),
            )

        probe = self.document.render(page, size_at(COLOUR_PROBE_DPI))
        plan = raster_plan(printer_dpi, page_in_colour=not probe.allGray())
        wanted = QImage.Format.Format_Grayscale8 if plan.grayscale else QImage.Format.Format_RGB888
        full = size_at(plan.dpi)
        strips: list[tuple[QRectF, QImage]] = []
        for top in range(0, full.height(), STRIP_HEIGHT):
            height = min(STRIP_HEIGHT, full.height() - top)
            options = QPdfDocumentRenderOptions()
            options.setScaledSize(full)
            options.setScaledClipRect(QRect(0, top, full.width(), height))
            image = self.document.render(page, QSize(full.width(), height), options)
            place = QRectF(0, top / full.height(), 1, height / full.height())
            strips.append((place, image.convertToFormat(wanted)))
        return strips

    # --- saving and opening ------------------------------------------------------------------

    def save_document(self) -> Path | None:
        """Ask where, then save the PDF there; the path written, or None."""
        name, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save as PDF"),
            str(default_save_folder() / self.file_name),
            self.tr("PDF documents (*.pdf)"),
        )
        if not name:
            return None
        path = Path(name)
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        return path if self.save_to(path) else None

    def save_to(self, path: Path) -> bool:
        try:
            path.write_bytes(self.pdf)
        except OSError as exc:
            log.warning("saving %s failed: %s", path, exc)
            self._warn(
                self.tr("Could not save"),
                self.tr("The file could not be written:\n%1\n\n%2")
                .replace("%1", str(path))
                .replace("%2", exc.strerror or str(exc)),
            )
            return False
        self.saved.emit(str(path))
        self.delivered.emit()
        return True

    def temporary_copy(self) -> Path:
        """The PDF in a fresh temporary folder (kept while the app runs: the viewer reads it
        after we return; removed when the app closes, services/desktop/viewer_copies.py)."""
        return preview_copy(self.pdf, self.file_name)

    def open_in_viewer(self) -> bool:
        try:
            path = self.temporary_copy()
        except OSError as exc:
            self._warn(self.tr("Could not open"), exc.strerror or str(exc))
            return False
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
            self._warn(
                self.tr("Could not open"),
                self.tr("No PDF viewer could be started. The document was saved here:\n%1").replace(
                    "%1", str(path)
                ),
            )
            return False
        return True

    def open_as_word(self) -> bool:
        """Write the Word document to a fresh temporary folder and open it in Word (or
        whatever program opens .docx); the user saves it where they like from there."""
        if self.word is None:
            return False
        try:
            folder = Path(tempfile.mkdtemp(prefix="indie-desktop-"))
            path = folder / (Path(self.file_name).stem + ".docx")
            path.write_bytes(self.word())
        except OSError as exc:
            self._warn(self.tr("Could not open"), exc.strerror or str(exc))
            return False
        self.word_path = path
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
            self._warn(
                self.tr("Could not open"),
                self.tr(
                    "No program for Word documents could be started. The document was "
                    "saved here:\n%1"
                ).replace("%1", str(path)),
            )
            return False
        return True

    def _warn(self, title: str, text: str) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, self
        )
        box.exec()
        box.deleteLater()


def _fit(paper: QRectF, width: float, height: float) -> QRectF:
    """The largest rectangle of the page's proportions centred on the paper."""
    scale = min(paper.width() / width, paper.height() / height)
    w, h = width * scale, height * scale
    return QRectF(paper.x() + (paper.width() - w) / 2, paper.y() + (paper.height() - h) / 2, w, h)
