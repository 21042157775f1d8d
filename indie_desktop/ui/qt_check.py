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
    return problems
