"""Self-test of the Qt parts: widgets, the offscreen platform, the German translation loads."""

from __future__ import annotations

import os


def check_qt() -> list[str]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QTranslator
    from PySide6.QtWidgets import QApplication

    from indie_desktop.resources import resource_path

    app = QApplication.instance() or QApplication([])
    problems: list[str] = []
    translator = QTranslator(app)
    if not translator.load(str(resource_path("translations", "indie_de.qm"))):
        problems.append("German translation cannot be loaded by Qt")
    # SVG icons need Qt's svg image format and icon engine plugins (shipped in the build).
    from PySide6.QtCore import QSize
    from PySide6.QtGui import QIcon

    pixmap = QIcon(str(resource_path("icons", "app.svg"))).pixmap(QSize(32, 32), 2.0)
    if pixmap.isNull() or pixmap.width() != 64:
        problems.append("SVG icons cannot be drawn (Qt svg plugins missing)")
    problems += _check_pdf_preview()
    return problems


def _check_pdf_preview() -> list[str]:
    """The print preview needs QtPdf (its own wheel since Qt 6.12): a PDF must load."""
    import io

    from reportlab.pdfgen.canvas import Canvas

    try:
        from PySide6.QtCore import QBuffer, QByteArray, QIODevice
        from PySide6.QtPdf import QPdfDocument
    except ImportError as exc:
        return [f"QtPdf (print preview) is missing: {exc}"]
    out = io.BytesIO()
    pdf = Canvas(out)
    pdf.drawString(72, 720, "In|Die")
    pdf.save()
    buffer = QBuffer()
    buffer.setData(QByteArray(out.getvalue()))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(buffer)
    if document.pageCount() != 1:
        return ["QtPdf cannot read a PDF (print preview)"]
    return []
