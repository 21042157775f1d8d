"""Datei → Importieren…: file, column mapping, dry run, import in the background, undo."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget, QWizard

from indie_desktop.services.workspace import Workspace
from indie_desktop.ui.importing.check_page import CheckPage
from indie_desktop.ui.importing.file_page import FilePage
from indie_desktop.ui.importing.mapping_page import MappingPage
from indie_desktop.ui.importing.run_page import RunPage
from indie_desktop.ui.tasks import Runner
from indie_desktop.ui.widgets.tab_order import apply_tab_order
from indie_desktop.ui.window_sizes import fit_window


class ImportWizard(QWizard):
    """Import organisations and people from a CSV, Excel or vCard file."""

    imported = Signal()

    def __init__(self, workspace: Workspace, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.file_page = FilePage(workspace)
        self.mapping_page = MappingPage(workspace, self.file_page)
        self.check_page = CheckPage(workspace, runner, self.file_page, self.mapping_page)
        self.run_page = RunPage(workspace, runner, self.check_page)
        for page in (self.file_page, self.mapping_page, self.check_page, self.run_page):
            self.addPage(page)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Import"))
        self.check_page.setCommitPage(True)
        self.finished.connect(lambda _result: self.imported.emit())
        fit_window(self, 900, 640, "import_wizard")
        # Each page's fields, then Back, Next (or Import, Finish) and Cancel, as they are read.
        self.currentIdChanged.connect(lambda _id: apply_tab_order(self.tab_order()))

    def tab_order(self) -> list[QWidget]:
        page = self.currentPage()
        fields: list[QWidget] = page.tab_order() if page is not None else []  # type: ignore[attr-defined]
        b = QWizard.WizardButton
        wizard_buttons = (
            b.BackButton,
            b.NextButton,
            b.CommitButton,
            b.FinishButton,
            b.CancelButton,
        )
        return [*fields, *(self.button(which) for which in wizard_buttons)]
