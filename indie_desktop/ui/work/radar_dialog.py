"""Bedarfsradar (issue 24): carry the network's open needs to a university.

Choose the university, the period (needs found since) and a topic; the preview lists the needs
that fit its units, companies anonymised unless they consented. Print or save it (PDF or
Word) from the preview, mark it as carried, record each answer: a named unit becomes a
referral to that unit. A schedule says when the next digest is due (the dashboard reminds).
"""

from __future__ import annotations

import uuid
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from indie_desktop.domain.enums import CarriedAnswer
from indie_desktop.domain.errors import ServiceError, ValidationError
from indie_desktop.domain.formatting import format_date
from indie_desktop.domain.outreach import Digest
from indie_desktop.domain.validation import FieldError, parse_date_de
from indie_desktop.services.outreach.radar import SCHEDULE_MONTHS
from indie_desktop.services.workspace import Workspace
from indie_desktop.ui.dialogs.record_dialog import fill_combo, uuid_value
from indie_desktop.ui.errors import show_error, translate_error
from indie_desktop.ui.labels import label
from indie_desktop.ui.widgets.tab_order import apply_tab_order, buttons
from indie_desktop.ui.window_sizes import fit_window

ANSWERS = (
    CarriedAnswer.INTERESTING,
    CarriedAnswer.UNIT_NAMED,
    CarriedAnswer.DECLINED,
    CarriedAnswer.NO_ANSWER,
)


def select_data(combo: QComboBox, value: object) -> bool:
    """Select the entry holding `value` (Qt's findData does not compare Python UUIDs)."""
    for i in range(combo.count()):
        if combo.itemData(i) == value:
            combo.setCurrentIndex(i)
            return True
    return False


def _item(text: str) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
    return item


class RadarDialog(QDialog):
    def __init__(
        self,
        workspace: Workspace,
        parent: QWidget | None = None,
        university_id: uuid.UUID | None = None,
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.digest: Digest | None = None
        self.last_preview: QDialog | None = None
        self.setWindowTitle(self.tr("Needs radar"))
        outer = QVBoxLayout(self)

        choose = QFormLayout()
        self.university_combo = QComboBox(self)
        self.university_combo.setObjectName("university_combo")
        fill_combo(self.university_combo, workspace.radar.universities())
        if university_id is not None:
            select_data(self.university_combo, university_id)
        self.university_combo.currentIndexChanged.connect(self.university_changed)
        choose.addRow(*self._label(self.tr("&University:"), self.university_combo))
        self.since_edit = QLineEdit(self)
        self.since_edit.setObjectName("since_edit")
        self.since_edit.setPlaceholderText(self.tr("all open needs"))
        self.since_edit.returnPressed.connect(self.refresh)
        choose.addRow(*self._label(self.tr("Needs found s&ince:"), self.since_edit))
        self.topic_edit = QLineEdit(self)
        self.topic_edit.setObjectName("topic_edit")
        self.topic_edit.setPlaceholderText(self.tr("all topics, or e.g. Additive Fertigung"))
        self.topic_edit.returnPressed.connect(self.refresh)
        choose.addRow(*self._label(self.tr("T&opic:"), self.topic_edit))
        self.filter_error = self._error()
        choose.addRow("", self.filter_error)
        outer.addLayout(choose)

        digest_box = QGroupBox(self.tr("Digest"), self)
        digest_layout = QVBoxLayout(digest_box)
        self.show_button = QPushButton(self.tr("S&how needs"), self)
        self.show_button.clicked.connect(self.refresh)
        self.summary_label = QLabel(self)
        row = QHBoxLayout()
        row.addWidget(self.show_button)
        row.addWidget(self.summary_label, 1)
        digest_layout.addLayout(row)
        self.preview_table = QTableWidget(0, 4, self)
        self.preview_table.setObjectName("preview_table")
        self.preview_table.setHorizontalHeaderLabels(
            [self.tr("Need"), self.tr("Company"), self.tr("Fitting units"), self.tr("Found")]
        )
        self._stretch(self.preview_table)
        digest_layout.addWidget(self.preview_table, 1)
        self.print_button = QPushButton(self.tr("&Preview, print or save…"), self)
        self.print_button.clicked.connect(self.open_preview)
        self.carry_button = QPushButton(self.tr("&Mark as carried"), self)
        self.carry_button.clicked.connect(self.carry)
        row = QHBoxLayout()
        row.addWidget(self.print_button)
        row.addWidget(self.carry_button)
        row.addStretch(1)
        digest_layout.addLayout(row)
        schedule = QHBoxLayout()
        self.every_combo = QComboBox(self)
        self.every_combo.setObjectName("every_combo")
        self.every_combo.addItem(self.tr("no schedule"), None)
        for months in SCHEDULE_MONTHS:
            self.every_combo.addItem(self.tr("every %n month(s)", "", months), months)
        self.next_due_edit = QLineEdit(self)
        self.next_due_edit.setObjectName("next_due_edit")
        self.next_due_edit.setPlaceholderText("TT.MM.JJJJ")
        self.schedule_button = QPushButton(self.tr("Save sche&dule"), self)
        self.schedule_button.clicked.connect(self.save_schedule)
        schedule.addWidget(self._label(self.tr("Send the digest:"), self.every_combo)[0])
        schedule.addWidget(self.every_combo)
        schedule.addWidget(self._label(self.tr("ne&xt on"), self.next_due_edit)[0])
        schedule.addWidget(self.next_due_edit)
        schedule.addWidget(self.schedule_button)
        schedule.addStretch(1)
        digest_layout.addLayout(schedule)
        self.schedule_error = self._error()
        digest_layout.addWidget(self.schedule_error)
        outer.addWidget(digest_box, 3)

        answers_box = QGroupBox(self.tr("Answers of the university"), self)
        answers_layout = QVBoxLayout(answers_box)
        self.carried_table = QTableWidget(0, 4, self)
        self.carried_table.setObjectName("carried_table")
        self.carried_table.setHorizontalHeaderLabels(
            [self.tr("Need"), self.tr("Carried on"), self.tr("Answer"), self.tr("Unit")]
        )
        self._stretch(self.carried_table)
        self.carried_table.itemSelectionChanged.connect(self._carried_selected)
        answers_layout.addWidget(self.carried_table, 1)
        answer_row = QHBoxLayout()
        self.answer_combo = QComboBox(self)
        self.answer_combo.setObjectName("answer_combo")
        fill_combo(self.answer_combo, [(a, label(a)) for a in ANSWERS])
        self.answer_combo.currentIndexChanged.connect(self._answer_changed)
        self.unit_combo = QComboBox(self)
        self.unit_combo.setObjectName("unit_combo")
        self.answer_button = QPushButton(self.tr("&Record answer"), self)
        self.answer_button.clicked.connect(self.record_answer)
        answer_row.addWidget(self._label(self.tr("&Answer:"), self.answer_combo)[0])
        answer_row.addWidget(self.answer_combo)
        answer_row.addWidget(self._label(self.tr("U&nit:"), self.unit_combo)[0])
        answer_row.addWidget(self.unit_combo, 1)
        answer_row.addWidget(self.answer_button)
        answers_layout.addLayout(answer_row)
        self.answer_message = QLabel(self)
        self.answer_message.setWordWrap(True)
        answers_layout.addWidget(self.answer_message)
        outer.addWidget(answers_box, 2)

        self.button_box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.button_box.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        self.button_box.rejected.connect(self.reject)
        outer.addWidget(self.button_box)
        fit_window(self, 980, 760, "radar")
        apply_tab_order(self.tab_order())
        self.university_changed()

    # --- layout helpers --------------------------------------------------------------------

    def _label(self, text: str, buddy: QWidget) -> tuple[QLabel, QWidget]:
        caption = QLabel(text, self)
        caption.setBuddy(buddy)
        return caption, buddy

    def _error(self) -> QLabel:
        error = QLabel(self)
        error.setStyleSheet("color: #b00020;")
        error.setWordWrap(True)
        error.hide()
        return error

    @staticmethod
    def _stretch(table: QTableWidget) -> None:
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.verticalHeader().hide()
        # rows as high as their wrapped text at the columns' current width
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.setWordWrap(True)
        header = table.horizontalHeader()
        for column in range(table.columnCount()):
            mode = (
                QHeaderView.ResizeMode.Stretch
                if column < 3
                else QHeaderView.ResizeMode.ResizeToContents
            )
            header.setSectionResizeMode(column, mode)

    def tab_order(self) -> list[QWidget]:
        """The order Tab visits the fields in (a test walks it)."""
        return [
            self.university_combo,
            self.since_edit,
            self.topic_edit,
            self.show_button,
            self.preview_table,
            self.print_button,
            self.carry_button,
            self.every_combo,
            self.next_due_edit,
            self.schedule_button,
            self.carried_table,
            self.answer_combo,
            self.unit_combo,
            self.answer_button,
            *buttons(self.button_box, QDialogButtonBox.StandardButton.Close),
        ]

    # --- the digest ------------------------------------------------------------------------

    def university_id(self) -> uuid.UUID | None:
        return uuid_value(self.university_combo)

    def university_changed(self) -> None:
        uid = self.university_id()
        self.unit_combo.clear()
        if uid is not None:
            for unit_id, name in self.workspace.radar.units(uid):
                self.unit_combo.addItem(name, unit_id)
            plan = self.workspace.radar.schedule(uid)
            self.every_combo.setCurrentIndex(
                self.every_combo.findData(plan.every_months) if plan else 0
            )
            self.next_due_edit.setText(format_date(plan.next_due) if plan else "")
        self.schedule_error.hide()
        self.refresh()
        self.load_carried()
        self._answer_changed()

    def refresh(self) -> None:
        """Make the digest for the choices and show it."""
        self.filter_error.hide()
        uid = self.university_id()
        if uid is None:
            self.digest = None
            self._show_digest()
            return
        try:
            since = parse_date_de(self.since_edit.text())
        except FieldError as err:
            self.filter_error.setText(translate_error(str(err))[0])
            self.filter_error.show()
            self.since_edit.setFocus()
            return
        self.digest = self.workspace.radar.digest(
            uid, found_since=since, topic=self.topic_edit.text()
        )
        self._show_digest()

    def _show_digest(self) -> None:
        items = self.digest.items if self.digest else ()
        table = self.preview_table
        table.setRowCount(len(items))
        for row, item in enumerate(items):
            need = item.topic + (f"\n{item.competence}" if item.competence else "")
            units = "\n".join(f"{u.name} ({', '.join(u.terms)})" for u in item.units)
            for column, text in enumerate((need, item.company, units, format_date(item.found_on))):
                table.setItem(row, column, _item(text))
        self.summary_label.setText(self.tr("%n need(s) fit the university's units", "", len(items)))
        self.print_button.setEnabled(bool(items))
        self.carry_button.setEnabled(bool(items))

    def open_preview(self) -> QDialog | None:
        """The preview: print, save as PDF or as Word; delivered means carried."""
        from indie_desktop.printing.needs_digest import needs_digest_docx, needs_digest_pdf
        from indie_desktop.ui.printing.preview import PrintPreviewDialog

        digest = self.digest
        if digest is None or not digest.items:
            return None
        sender = self.workspace.actor.display_name
        title = self.tr("Needs radar %1").replace("%1", digest.university)
        dialog = PrintPreviewDialog(
            needs_digest_pdf(digest, sender),
            title,
            title,
            self,
            word=lambda: needs_digest_docx(digest, sender),
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.delivered.connect(self.carry)
        self.last_preview = dialog
        dialog.open()
        return dialog

    def carry(self) -> None:
        """Record the digest's needs as carried (each once); the next digest falls due later."""
        digest = self.digest
        if digest is None:
            return
        try:
            new = self.workspace.radar.carry(digest)
        except ServiceError as exc:
            show_error(self, self.tr("Cannot record the digest"), exc)
            return
        self.answer_message.setText(
            self.tr("%n need(s) recorded as carried to the university", "", len(new))
        )
        self.load_carried()
        uid = self.university_id()
        plan = self.workspace.radar.schedule(uid) if uid else None
        if plan is not None:
            self.next_due_edit.setText(format_date(plan.next_due))

    def save_schedule(self) -> None:
        self.schedule_error.hide()
        uid = self.university_id()
        if uid is None:
            return
        months = self.every_combo.currentData()
        try:
            due = parse_date_de(self.next_due_edit.text())
            self.workspace.radar.set_schedule(uid, months, due)
        except FieldError as err:
            self._schedule_error(str(err))
            return
        except ValidationError as err:
            self._schedule_error(next(iter(err.errors.values())))
            return
        self.answer_message.setText(
            self.tr("Schedule saved") if months else self.tr("Schedule removed")
        )

    def _schedule_error(self, message: str) -> None:
        self.schedule_error.setText(translate_error(message)[0])
        self.schedule_error.show()
        self.next_due_edit.setFocus()

    # --- answers ---------------------------------------------------------------------------

    def load_carried(self) -> None:
        uid = self.university_id()
        rows = self.workspace.radar.carried(uid) if uid else []
        self.carried = rows
        table = self.carried_table
        table.setRowCount(len(rows))
        for row, c in enumerate(rows):
            for column, text in enumerate(
                (c.topic, format_date(c.carried_on), label(c.answer), c.unit)
            ):
                table.setItem(row, column, _item(text))
        self.answer_button.setEnabled(False)

    def _carried_selected(self) -> None:
        self.answer_button.setEnabled(self.carried_table.currentRow() >= 0)

    def _answer_changed(self) -> None:
        self.unit_combo.setEnabled(self.answer_combo.currentData() == CarriedAnswer.UNIT_NAMED)

    def record_answer(self) -> uuid.UUID | None:
        row = self.carried_table.currentRow()
        if row < 0 or row >= len(self.carried):
            return None
        answer = CarriedAnswer(self.answer_combo.currentData())
        unit = uuid_value(self.unit_combo) if answer == CarriedAnswer.UNIT_NAMED else None
        try:
            referral = self.workspace.radar.record_answer(
                self.carried[row].id, answer, unit_id=unit, on=date.today()
            )
        except ServiceError as exc:
            show_error(self, self.tr("Cannot record the answer"), exc)
            return None
        if referral is not None:
            self.answer_message.setText(
                self.tr("Answer recorded: referred to %1").replace(
                    "%1", self.unit_combo.currentText()
                )
            )
        else:
            self.answer_message.setText(self.tr("Answer recorded"))
        self.load_carried()
        self.carried_table.selectRow(row)
        return referral
