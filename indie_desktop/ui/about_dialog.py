"""Help → About: the version, the database in use, and the licences of what is bundled.

The LGPL asks that users learn that Qt/PySide6 and psycopg are inside and where to get their
sources; the fonts' licence (DejaVu: Bitstream Vera/Arev terms) must travel with the fonts.
"""

from __future__ import annotations

import html
import platform

from PySide6.QtCore import Qt, qVersion
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from indie_desktop import APP_NAME, __version__
from indie_desktop.licences import COMPONENTS, bundled_fonts, font_licences
from indie_desktop.ui.window_sizes import fit_window


class AboutDialog(QDialog):
    def __init__(self, database: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About In|Die Desktop"))
        fit_window(self, 620, 480, "about")
        layout = QVBoxLayout(self)
        heading = QLabel(
            self.tr(
                "<h3>{app} {version}</h3><p>Contacts, visits, needs and referrals of the "
                "In|Die RegionRuhr network.</p>"
            ).format(app=html.escape(APP_NAME), version=__version__)
        )
        heading.setWordWrap(True)
        layout.addWidget(heading)
        self.version_label = heading
        if database:
            db_label = QLabel(self.tr("Database: {database}").format(database=database))
            db_label.setWordWrap(True)
            db_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            layout.addWidget(db_label)
        self.tabs = QTabWidget()
        self.libraries = QTextBrowser()
        self.libraries.setOpenExternalLinks(True)
        self.libraries.setHtml(self._libraries_html())
        self.tabs.addTab(self.libraries, self.tr("&Libraries"))
        self.fonts = QTextBrowser()
        self.fonts.setHtml(self._fonts_html())
        self.tabs.addTab(self.fonts, self.tr("&Fonts"))
        layout.addWidget(self.tabs, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("&Close"))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _libraries_html(self) -> str:
        rows = []
        runtime = {"Qt 6": qVersion(), "Python": platform.python_version()}
        for c in COMPONENTS:
            version = c.version() or runtime.get(c.name, "")
            name = html.escape(f"{c.name} {version}".strip())
            link = f'<a href="{html.escape(c.url, quote=True)}">{html.escape(c.url)}</a>'
            rows.append(f"<tr><td>{name}</td><td>{html.escape(c.licence)}</td><td>{link}</td></tr>")
        lead = self.tr(
            "{app} is built with these components. Qt, PySide6 and psycopg are used under the "
            "GNU Lesser General Public License (LGPL) 3.0: their sources are available at the "
            "addresses given, and their libraries can be replaced in the installation folder."
        ).format(app=html.escape(APP_NAME))
        head = (
            f"<tr><th align='left'>{self.tr('Component')}</th>"
            f"<th align='left'>{self.tr('Licence')}</th>"
            f"<th align='left'>{self.tr('Source')}</th></tr>"
        )
        return f"<p>{lead}</p><table cellspacing='0' cellpadding='3'>{head}{''.join(rows)}</table>"

    def _fonts_html(self) -> str:
        fonts = bundled_fonts()
        licences = font_licences()
        if not fonts and not licences:
            return "<p>" + self.tr("Printing uses the fonts built into PDF readers.") + "</p>"
        parts = [
            "<p>"
            + self.tr("Fonts bundled for printing: {fonts}").format(
                fonts=html.escape(", ".join(fonts))
            )
            + "</p>"
        ]
        for name, text in licences:
            parts.append(
                f"<h4>{html.escape(name)}</h4>"
                f"<pre style='white-space: pre-wrap'>{html.escape(text)}</pre>"
            )
        return "".join(parts)
