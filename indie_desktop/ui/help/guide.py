"""Hilfe → Kurzanleitung (F1): the everyday tasks in German and the window's shortcuts.

The guide text ships as a German page (resources/help/kurzanleitung.html); the table of
shortcuts is read from the window's own actions when the guide opens, so it never names a
key the window does not have.
"""

from __future__ import annotations

import html

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from indie_desktop.resources import resource_path

GUIDE = resource_path("help", "kurzanleitung.html")


def shortcut_rows(actions: list[QAction]) -> list[tuple[str, str]]:
    """(what, keys) of every action with a shortcut, in the order given, without '&'."""
    rows = []
    for action in actions:
        keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        if keys:
            what = action.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
            rows.append((what.rstrip("…").strip(), keys))
    return rows


class HelpDialog(QDialog):
    """The guide with the shortcuts of `actions`, non-modal beside the main window."""

    def __init__(self, actions: list[QAction], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("help_guide")
        self.setWindowTitle(self.tr("Quick guide"))
        self.browser = QTextBrowser()
        self.browser.setOpenExternalLinks(False)
        table = "".join(
            f"<tr><td>{html.escape(what)}</td><td><b>{html.escape(keys)}</b></td></tr>"
            for what, keys in shortcut_rows(actions)
        )
        self.browser.setHtml(GUIDE.read_text(encoding="utf-8") + f"<table>{table}</table>")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("&Close"))
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        self.resize(640, 600)


__all__ = ["HelpDialog", "shortcut_rows"]
