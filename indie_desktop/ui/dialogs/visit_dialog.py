"""Recording a visit (or call, meeting, fair, ...) with its report, keyboard only.

Kind, date and time (now), the organisation it was started from and the user are filled in.
People are picked by typing part of the name (Return takes the match; "Add as new person"
creates one with the visit). Needs found and agreed next steps are typed into their fields and
added as rows with Return; Del removes a row, Return on a row takes it back for editing.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Sequence

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QListWidget,
    QListWidgetItem,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from indie_desktop.domain.enums import ActivityKind, Urgency, Visibility
from indie_desktop.services.work.activities import VisitDraft
from indie_desktop.services.work.visit_parts import NeedFound, NextStep, PersonMet
from indie_desktop.services.workspace import Workspace
from indie_desktop.ui import qt_items
from indie_desktop.ui.dialogs.record_dialog import (
    RecordDialog,
    enum_items,
    enum_value,
    fill_combo,
    select_value,
    uuid_value,
)
from indie_desktop.ui.errors import translate_error
from indie_desktop.ui.forms.ui_visit_dialog import Ui_VisitDialog
from indie_desktop.ui.labels import label
from indie_desktop.ui.widgets.organisation_picker import OrganisationPicker

DATA = Qt.ItemDataRole.UserRole
_ROW_KEY = re.compile(r"^(needs|next_steps|people)\.(\d+)\.")
_RETURN = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class VisitDialog(RecordDialog[VisitDraft]):
    """Create or edit an activity; `organisation_id` pre-selects the visited organisation."""

    def __init__(
        self,
        workspace: Workspace,
        record_id: uuid.UUID | None = None,
        parent: QWidget | None = None,
        organisation_id: uuid.UUID | None = None,
    ) -> None:
        self._start_organisation = organisation_id
        self._needs: list[NeedFound] = []
        self._steps: list[NextStep] = []
        self._row_errors: list[str] = []
        super().__init__(workspace, record_id, parent)
        # Started from an organisation, the subject is what remains to be typed first;
        # otherwise the organisation visited is.
        first = self.ui.subject_edit if organisation_id else self.organisation_picker
        first.setFocus()

    # --- form --------------------------------------------------------------------------------

    def _setup_form(self) -> None:
        self.ui = Ui_VisitDialog()
        self.ui.setupUi(self)
        ui = self.ui
        fill_combo(ui.kind_combo, enum_items(ActivityKind))
        fill_combo(ui.visibility_combo, enum_items(Visibility))
        fill_combo(ui.need_urgency_combo, enum_items(Urgency))
        select_value(ui.need_urgency_combo, Urgency.NORMAL)
        staff = self.workspace.directory.staff_choices()
        fill_combo(
            ui.step_assignee_combo,
            [(None, self.tr("Nobody yet"))] + [(s.id, s.name) for s in staff],
        )
        for s in staff:
            item = QListWidgetItem(f"{s.name} ({s.institution})", ui.staff_list)
            item.setData(DATA, s.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
        self.organisation_picker = OrganisationPicker(self.workspace.organisations.choices)
        self.organisation_picker.setPlaceholderText(self.tr("Type part of the name, then Return"))
        ui.organisations_box.insertWidget(0, self.organisation_picker)
        ui.organisations_label.setBuddy(self.organisation_picker)
        # People of the organisations visited first, each with their firm.
        self.person_picker = OrganisationPicker(
            lambda text: self.workspace.activities.people_choices(
                text, organisations=self._visited()
            )
        )
        self.person_picker.setPlaceholderText(self.tr("Type part of the name, then Return"))
        ui.people_box.insertWidget(0, self.person_picker)
        ui.people_label.setBuddy(self.person_picker)
        self.organisation_picker.organisationChanged.connect(self._organisation_chosen)
        self.person_picker.organisationChanged.connect(self._person_chosen)
        ui.new_person_button.clicked.connect(self._add_new_person)
        ui.add_need_button.clicked.connect(self._add_need)
        ui.add_step_button.clicked.connect(self._add_step)
        self._need_fields = (
            ui.need_topic_edit,
            ui.need_description_edit,
            ui.need_competence_edit,
            ui.need_wz_edit,
            ui.need_urgency_combo,
        )
        self._step_fields = (ui.step_title_edit, ui.step_due_edit, ui.step_assignee_combo)
        for widget in (
            *self._need_fields,
            *self._step_fields,
            self.organisation_picker,
            self.person_picker,
            ui.organisations_list,
            ui.people_list,
            ui.needs_table,
            ui.steps_table,
        ):
            widget.installEventFilter(self)
        # Room for the typical entry, and at least for the header (long translations).
        chars = self.fontMetrics().averageCharWidth()
        for table, widths in ((ui.needs_table, (28, 28, 18, 7)), (ui.steps_table, (40, 10))):
            header = table.horizontalHeader()
            header.setStretchLastSection(True)
            for column, width in enumerate(widths):
                title = qt_items.header(table, column).text()
                table.setColumnWidth(
                    column, max(width * chars, header.fontMetrics().horizontalAdvance(title) + 16)
                )
        self.resize(1180, 640)  # RecordDialog fits it to the screen and remembers it

    # --- keys --------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress:
            return super().eventFilter(watched, event)
        assert isinstance(event, QKeyEvent)
        key = event.key()
        ui = self.ui
        if key in _RETURN:
            if watched in (self.organisation_picker, self.person_picker):
                assert isinstance(watched, OrganisationPicker)
                self._pick(watched)
                return True
            if watched in self._need_fields:
                self._add_need()
                return True
            if watched in self._step_fields:
                self._add_step()
                return True
            if watched is ui.needs_table:
                self._take_back_need()
                return True
            if watched is ui.steps_table:
                self._take_back_step()
                return True
        if key == Qt.Key.Key_Delete:
            if watched in (ui.organisations_list, ui.people_list):
                assert isinstance(watched, QListWidget)
                watched.takeItem(watched.currentRow())
                return True
            if watched is ui.needs_table:
                self._remove_row(self._needs, ui.needs_table)
                return True
            if watched is ui.steps_table:
                self._remove_row(self._steps, ui.steps_table)
                return True
        return super().eventFilter(watched, event)

    # --- organisations and people --------------------------------------------------------------

    @staticmethod
    def _pick(picker: OrganisationPicker) -> None:
        """Return in a picker: the highlighted suggestion, else the only one matching."""
        completer = picker.completer()
        popup = completer.popup()
        assert popup is not None  # a QCompleter makes its popup on first use
        index = popup.currentIndex() if popup.isVisible() else None
        popup.hide()
        if index is not None and index.isValid():
            # PySide6's stubs type an overloaded signal's instance as not subscriptable.
            completer.activated[QModelIndex].emit(index)  # type: ignore[index]
        else:
            picker.resolve()

    def _visited(self) -> list[uuid.UUID]:
        items = self.ui.organisations_list
        return [items.item(row).data(DATA) for row in range(items.count())]

    def _organisation_chosen(self, organisation_id: uuid.UUID | None) -> None:
        if organisation_id is None:
            return
        self._add_list_item(
            self.ui.organisations_list, self.organisation_picker.text(), organisation_id
        )
        self.organisation_picker.set_organisation(None, "")
        QTimer.singleShot(0, self.organisation_picker.clear)  # after the completer wrote

    def _person_chosen(self, person_id: uuid.UUID | None) -> None:
        if person_id is None:
            return
        text = self.person_picker.text()
        self._add_list_item(self.ui.people_list, text, PersonMet(person_id, label=text))
        self.person_picker.set_organisation(None, "")
        # The completer writes its choice into the field after this signal: empty it after.
        QTimer.singleShot(0, self.person_picker.clear)

    def _add_new_person(self) -> None:
        name = self.person_picker.text().strip()
        if not name:
            self.person_picker.setFocus()
            return
        first, _, last = name.rpartition(" ")
        met = PersonMet(None, first.strip(), last.strip(), name)
        self._add_list_item(self.ui.people_list, self.tr("{name} (new)").format(name=name), met)
        self.person_picker.set_organisation(None, "")
        self.person_picker.setFocus()

    @staticmethod
    def _add_list_item(widget: QListWidget, text: str, data: object) -> None:
        for row in range(widget.count()):
            if widget.item(row).data(DATA) == data:
                return
        item = QListWidgetItem(text, widget)
        item.setData(DATA, data)

    # --- needs and next steps ------------------------------------------------------------------

    def _add_need(self) -> None:
        ui = self.ui
        if not ui.need_topic_edit.text().strip():
            ui.need_topic_edit.setFocus()
            return
        self._needs.append(
            NeedFound(
                ui.need_topic_edit.text(),
                ui.need_description_edit.text(),
                ui.need_competence_edit.text(),
                ui.need_wz_edit.text(),
                enum_value(ui.need_urgency_combo, Urgency) or Urgency.NORMAL,
                ui.need_topic_edit.property("need_id"),
            )
        )
        for edit in (
            ui.need_topic_edit,
            ui.need_description_edit,
            ui.need_competence_edit,
            ui.need_wz_edit,
        ):
            edit.clear()
        ui.need_topic_edit.setProperty("need_id", None)
        select_value(ui.need_urgency_combo, Urgency.NORMAL)
        self._show_needs()
        ui.need_topic_edit.setFocus()

    def _take_back_need(self) -> None:
        row = self.ui.needs_table.currentRow()
        if not 0 <= row < len(self._needs):
            return
        need = self._needs.pop(row)
        ui = self.ui
        ui.need_topic_edit.setText(need.topic)
        ui.need_topic_edit.setProperty("need_id", need.id)
        ui.need_description_edit.setText(need.description)
        ui.need_competence_edit.setText(need.wanted_competence)
        ui.need_wz_edit.setText(need.wanted_wz_code)
        select_value(ui.need_urgency_combo, need.urgency)
        self._show_needs()
        ui.need_topic_edit.setFocus()

    def _add_step(self) -> None:
        ui = self.ui
        if not ui.step_title_edit.text().strip():
            ui.step_title_edit.setFocus()
            return
        self._steps.append(
            NextStep(
                ui.step_title_edit.text(),
                ui.step_due_edit.text(),
                uuid_value(ui.step_assignee_combo),
                ui.step_title_edit.property("task_id"),
            )
        )
        ui.step_title_edit.clear()
        ui.step_title_edit.setProperty("task_id", None)
        ui.step_due_edit.clear()
        self._select_me(ui.step_assignee_combo)
        self._show_steps()
        ui.step_title_edit.setFocus()

    def _take_back_step(self) -> None:
        row = self.ui.steps_table.currentRow()
        if not 0 <= row < len(self._steps):
            return
        step = self._steps.pop(row)
        ui = self.ui
        ui.step_title_edit.setText(step.title)
        ui.step_title_edit.setProperty("task_id", step.id)
        ui.step_due_edit.setText(step.due_on)
        select_value(ui.step_assignee_combo, step.assignee_id)
        self._show_steps()
        ui.step_title_edit.setFocus()

    def _remove_row(self, rows: list[NeedFound] | list[NextStep], table: QTableWidget) -> None:
        row = table.currentRow()
        if 0 <= row < len(rows):
            del rows[row]
            self._show_needs()
            self._show_steps()

    def _show_needs(self) -> None:
        rows = [
            (n.topic, n.description, n.wanted_competence, n.wanted_wz_code, label(n.urgency))
            for n in self._needs
        ]
        _fill_table(self.ui.needs_table, rows)

    def _show_steps(self) -> None:
        combo = self.ui.step_assignee_combo
        names = {combo.itemData(i): combo.itemText(i) for i in range(combo.count())}
        rows = [(t.title, t.due_on, names.get(t.assignee_id, "")) for t in self._steps]
        _fill_table(self.ui.steps_table, rows)

    def _select_me(self, combo: object) -> None:
        select_value(self.ui.step_assignee_combo, self.workspace.actor.staff_id)

    # --- RecordDialog ----------------------------------------------------------------------------

    def _new_draft(self) -> VisitDraft:
        return self.workspace.activities.new_draft(self._start_organisation)

    def _load(self, record_id: uuid.UUID) -> tuple[int, VisitDraft, str]:
        detail = self.workspace.activities.detail(record_id)
        return detail.version, detail.draft, detail.draft.subject

    def _fill(self, draft: VisitDraft) -> None:
        ui = self.ui
        select_value(ui.kind_combo, draft.kind)
        ui.date_edit.setText(draft.date)
        ui.time_edit.setText(draft.time)
        ui.subject_edit.setText(draft.subject)
        ui.place_edit.setText(draft.place)
        ui.situation_edit.setPlainText(draft.situation)
        select_value(ui.visibility_combo, draft.visibility)
        ui.organisations_list.clear()
        for org_id, text in zip(draft.organisation_ids, draft.organisation_labels, strict=False):
            self._add_list_item(ui.organisations_list, text, org_id)
        ui.people_list.clear()
        for p in draft.people:
            self._add_list_item(ui.people_list, p.label or p.last_name, p)
        for row in range(ui.staff_list.count()):
            item = ui.staff_list.item(row)
            checked = item.data(DATA) in draft.staff_ids
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self._report = draft.report  # not edited here; kept as it was
        self._needs = list(draft.needs)
        self._steps = list(draft.next_steps)
        self._select_me(ui.step_assignee_combo)
        self._show_needs()
        self._show_steps()

    def _collect(self) -> VisitDraft:
        ui = self.ui
        return VisitDraft(
            kind=enum_value(ui.kind_combo, ActivityKind) or ActivityKind.COMPANY_VISIT,
            date=ui.date_edit.text(),
            time=ui.time_edit.text(),
            place=ui.place_edit.text(),
            subject=ui.subject_edit.text(),
            situation=ui.situation_edit.toPlainText(),
            report=self._report,
            staff_ids=[
                ui.staff_list.item(r).data(DATA)
                for r in range(ui.staff_list.count())
                if ui.staff_list.item(r).checkState() == Qt.CheckState.Checked
            ],
            organisation_ids=[
                ui.organisations_list.item(r).data(DATA)
                for r in range(ui.organisations_list.count())
            ],
            organisation_labels=[
                ui.organisations_list.item(r).text() for r in range(ui.organisations_list.count())
            ],
            people=[ui.people_list.item(r).data(DATA) for r in range(ui.people_list.count())],
            needs=list(self._needs),
            next_steps=list(self._steps),
            visibility=enum_value(ui.visibility_combo, Visibility) or Visibility.NETWORK,
        )

    def _commit_pending_edits(self) -> None:
        """A need or step typed but not yet added with Return is kept, not lost."""
        if self.ui.need_topic_edit.text().strip():
            self._add_need()
        if self.ui.step_title_edit.text().strip():
            self._add_step()

    def _create(self, draft: VisitDraft) -> uuid.UUID:
        return self.workspace.activities.record_visit(draft)

    def _update(
        self,
        record_id: uuid.UUID,
        draft: VisitDraft,
        expected_version: int | None,
        base: VisitDraft | None,
    ) -> int:
        """Saved whole with the version check (a visit's parts are not merged field by field)."""
        return self.workspace.activities.update(record_id, draft, expected_version or 0)

    def _field_widgets(self) -> dict[str, QWidget]:
        ui = self.ui
        return {
            "date": ui.date_edit,
            "time": ui.time_edit,
            "organisations": self.organisation_picker,
            "subject": ui.subject_edit,
            "place": ui.place_edit,
            "situation": ui.situation_edit,
        }

    def _show_error(self, key: str, message: str) -> QWidget | None:
        match = _ROW_KEY.match(key)
        if match is None:
            return super()._show_error(key, message)
        part, index = match[1], int(match[2]) + 1
        where = {
            "needs": self.tr("Need {n}"),
            "next_steps": self.tr("Next step {n}"),
            "people": self.tr("Person met {n}"),
        }[part].format(n=index)
        self._row_errors.append(f"{where}: {translate_error(message)[0]}")
        general = self._error_labels["general"]
        general.setText("\n".join(self._row_errors))
        general.show()
        ui = self.ui
        return {"needs": ui.needs_table, "next_steps": ui.steps_table}.get(part, ui.people_list)

    def _clear_field_errors(self) -> None:
        self._row_errors = []

    def tab_order(self) -> list[QWidget]:
        ui = self.ui
        return [
            ui.kind_combo,
            ui.date_edit,
            ui.time_edit,
            self.organisation_picker,
            ui.organisations_list,
            self.person_picker,
            ui.people_list,
            ui.new_person_button,
            ui.staff_list,
            ui.subject_edit,
            ui.place_edit,
            ui.visibility_combo,
            ui.situation_edit,
            ui.need_topic_edit,
            ui.need_description_edit,
            ui.need_competence_edit,
            ui.need_wz_edit,
            ui.need_urgency_combo,
            ui.add_need_button,
            ui.needs_table,
            ui.step_title_edit,
            ui.step_due_edit,
            ui.step_assignee_combo,
            ui.add_step_button,
            ui.steps_table,
            *self._save_cancel(),
        ]

    def _title_new(self) -> str:
        return self.tr("Record visit")

    def _title_edit(self, name: str) -> str:
        return self.tr("Activity: {subject}").format(subject=name)


def _fill_table(table: QTableWidget, rows: Sequence[tuple[str, ...]]) -> None:
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.setItem(r, c, QTableWidgetItem(text))
