"""Word mail merge from the window: the institution's registered Word template (Einstellungen →
Vorlagen) filled for the recipients of the mail merge (the list, its selection or a saved
target group), written as one document with page breaks or one document per person, and as
PDF too when LibreOffice is installed. Who was left out is listed with the reason."""

from __future__ import annotations

import itertools
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from indie_desktop.domain.errors import NotFound, ServiceError, ValidationError
from indie_desktop.services.printing.word import WordMergeResult, docx_to_pdf, libreoffice
from indie_desktop.services.workspace import Workspace
from indie_desktop.ui.errors import translate_error
from indie_desktop.ui.printing.job import PrintJobDialog
from indie_desktop.ui.tasks import Runner
from indie_desktop.ui.widgets.field_error import error_label
from indie_desktop.ui.widgets.recipients import LeftOutTable, RecipientsChoice
from indie_desktop.ui.window_sizes import fit_window


class WordMergeDialog(QDialog):
    """Choose the Word template, the recipients and the folder; write the documents."""

    def __init__(
        self,
        workspace: Workspace,
        runner: Runner,
        person_ids: list[uuid.UUID],
        parent: QWidget | None = None,
        translate_reason: Callable[[str], str] = str,
        left_out: list[tuple[str, str]] | None = None,
    ) -> None:
        """`person_ids` the chosen people (from the list or its selection); `left_out` the
        organisations already left out of them (no primary contact)."""
        super().__init__(parent)
        self.workspace = workspace
        self.runner = runner
        self.person_ids = person_ids
        self.translate_reason = translate_reason
        self.left_out_before = list(left_out or [])
        self.written: list[Path] = []
        self.result_: WordMergeResult | None = None
        self.job: PrintJobDialog | None = None
        self.setWindowTitle(self.tr("Mail merge with a Word template"))
        self.setObjectName("word_merge")

        self.template_combo = QComboBox()
        self.template_combo.setAccessibleName(self.tr("Word template"))
        for info in workspace.word_templates.list():
            self.template_combo.addItem(info.name, info.name)
        self.template_note = QLabel()
        self.template_note.setWordWrap(True)
        self.template_combo.currentIndexChanged.connect(self._template_changed)
        self.recipients_combo = RecipientsChoice(workspace, person_ids)
        self.combined_radio = QRadioButton(self.tr("&One document with a page per letter"))
        self.each_radio = QRadioButton(self.tr("One document &per person"))
        self.combined_radio.setChecked(True)
        self.pdf_check = QCheckBox(self.tr("Also as P&DF (LibreOffice)"))
        if libreoffice() is None:
            self.pdf_check.setEnabled(False)
            self.pdf_check.setToolTip(self.tr("LibreOffice is not installed on this computer."))
        self.folder_edit = QLineEdit(str(Path.home() / "Serienbriefe"))
        self.folder_edit.setAccessibleName(self.tr("Folder for the documents"))
        self.folder_button = QPushButton(self.tr("Choose…"))
        self.folder_button.clicked.connect(self._choose_folder)
        self.error = error_label()
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.skipped_table = LeftOutTable()

        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_edit, 1)
        folder_row.addWidget(self.folder_button)
        form = QFormLayout()
        form.addRow(self.tr("&Word template:"), self.template_combo)
        form.addRow("", self.template_note)
        form.addRow(self.tr("Re&cipients:"), self.recipients_combo)
        form.addRow(self.combined_radio)
        form.addRow(self.each_radio)
        form.addRow(self.pdf_check)
        folder_label = QLabel(self.tr("&Folder:"))
        folder_label.setBuddy(self.folder_edit)
        form.addRow(folder_label, folder_row)
        self.create_button = QPushButton(self.tr("C&reate documents"))
        self.create_button.setDefault(True)
        self.create_button.clicked.connect(self.start)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.create_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.summary)
        layout.addWidget(self.skipped_table, 1)
        layout.addLayout(buttons)
        order = self.tab_order()
        for first, second in itertools.pairwise(order):
            self.setTabOrder(first, second)
        if not self.template_combo.count():
            self._show_error(
                self.tr(
                    "No Word template is registered yet. Add the institution's letterhead under "
                    "Settings → Templates."
                )
            )
            self.create_button.setEnabled(False)
        elif not self.recipients_combo.count():
            self.create_button.setEnabled(False)
        self._template_changed()
        fit_window(self, 560, 420, "word_merge")

    def tab_order(self) -> list[QWidget]:
        """The declared Tab order (tests/ui/test_keyboard_walk.py walks it)."""
        return [
            self.template_combo,
            self.recipients_combo,
            self.combined_radio,
            self.each_radio,
            self.pdf_check,
            self.folder_edit,
            self.folder_button,
            self.create_button,
            self.close_button,
        ]

    def _template_changed(self) -> None:
        name = self.template_combo.currentData()
        info = next((i for i in self.workspace.word_templates.list() if i.name == name), None)
        if info is None:
            self.template_note.hide()
            return
        text = self.tr("Fields: %1").replace("%1", ", ".join(info.fields) or "–")
        if info.unknown:
            text += "\n" + self.tr("Unknown, they stay empty: %1").replace(
                "%1", ", ".join(info.unknown)
            )
        self.template_note.setText(text)
        self.template_note.show()

    def _choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Folder for the documents"))
        if folder:
            self.folder_edit.setText(folder)

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def recipients(self) -> tuple[list[uuid.UUID], list[tuple[str, str]]]:
        """The people to write to, and who is left out before the merge (name, reason)."""
        group_id = self.recipients_combo.currentData()
        if not isinstance(group_id, uuid.UUID):
            return list(self.person_ids), list(self.left_out_before)
        people, without = self.workspace.target_groups.people(group_id)
        names = []
        for oid in without:
            try:
                names.append((self.workspace.organisations.detail(oid).draft.name, ""))
            except NotFound:
                continue
        return people, [(n, "no primary contact") for n, _ in names]

    def start(self) -> PrintJobDialog | None:
        self.error.hide()
        name = self.template_combo.currentData()
        folder_text = self.folder_edit.text().strip()
        if not folder_text:
            self._show_error(self.tr("Choose the folder for the documents."))
            return None
        folder = Path(folder_text).expanduser()
        each = self.each_radio.isChecked()
        as_pdf = self.pdf_check.isChecked() and self.pdf_check.isEnabled()
        try:
            people, before = self.recipients()
        except ServiceError as exc:
            self._refused(exc)
            return None
        word = self.workspace.word_templates

        def work(progress: Callable[[int, int], None], cancelled: Callable[[], bool]) -> Any:
            result = word.merge(
                str(name), people, each=each, progress=progress, cancelled=cancelled
            )
            written: list[Path] = []
            folder.mkdir(parents=True, exist_ok=True)
            for filename, docx in result.documents:
                target = folder / filename
                target.write_bytes(docx)
                written.append(target)
                if as_pdf:
                    pdf = docx_to_pdf(docx)
                    if pdf is not None:
                        target.with_suffix(".pdf").write_bytes(pdf)
                        written.append(target.with_suffix(".pdf"))
            return result, written, before

        self.job = PrintJobDialog(
            self.runner,
            self.tr("Mail merge with a Word template"),
            work,
            self.tr("Letter %1 of %2"),
            self,
            report_failures=False,
        )
        self.job.finished_with.connect(self._done)
        self.job.failed_with.connect(self._failed)
        self.job.start()
        return self.job

    def _done(self, outcome: tuple[WordMergeResult, list[Path], list[tuple[str, str]]]) -> None:
        result, written, before = outcome
        self.result_ = result
        self.written = written
        text = (
            self.tr("%1 letters in %2 file(s) written to %3.")
            .replace("%1", str(result.letters))
            .replace("%2", str(len(written)))
            .replace("%3", self.folder_edit.text().strip())
        )
        if result.unknown:
            text += " " + self.tr("Unknown, they stay empty: %1").replace(
                "%1", ", ".join(result.unknown)
            )
        self.summary.setText(text)
        left_out = before + [(self._person_name(pid), reason) for pid, reason in result.skipped]
        self.skipped_table.show_left_out(left_out, self.translate_reason)

    def _person_name(self, person_id: uuid.UUID) -> str:
        try:
            return str(self.workspace.people.detail(person_id).display_name)
        except NotFound:
            return str(person_id)

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, ServiceError | OSError):
            self._refused(error)
        else:
            from indie_desktop.ui.tasks import show_failure

            show_failure(error, self)

    def _refused(self, exc: BaseException) -> None:
        if isinstance(exc, ValidationError):
            text = " ".join(translate_error(m)[0] for m in exc.errors.values())
        elif isinstance(exc, OSError):
            text = self.tr("The documents cannot be written: %1").replace(
                "%1", exc.strerror or str(exc)
            )
        else:
            text = translate_error(str(exc))[0]
        self._show_error(text)
