"""The filter panel of a target group (Zielgruppe): criteria over organisations or people, the
number they select updating as the filter is built, saved under a name (private or shared with
the institution). Chosen values of one criterion are alternatives; the criteria all apply."""

from __future__ import annotations

import uuid
from datetime import date

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from indie_desktop.domain.enums import (
    ConsentScope,
    EmployeeBand,
    OrganisationKind,
    OrganisationStatus,
    TargetSubject,
)
from indie_desktop.domain.errors import ServiceError, ValidationError
from indie_desktop.domain.formatting import format_number
from indie_desktop.domain.region import municipality_names
from indie_desktop.domain.validation import FieldError, parse_date_de
from indie_desktop.services.events.criteria import Criteria
from indie_desktop.services.workspace import Workspace
from indie_desktop.ui.errors import show_error, translate_error
from indie_desktop.ui.labels import label

COUNT_DELAY_MS = 250  # wait for a pause in building the filter before counting


def _checklist(items: list[tuple[str, str]], rows: int = 4) -> QListWidget:
    box = QListWidget()
    for value, text in items:
        item = QListWidgetItem(text)
        item.setData(Qt.ItemDataRole.UserRole, value)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Unchecked)
        box.addItem(item)
    box.setMaximumHeight(box.sizeHintForRow(0) * rows + 2 * box.frameWidth() + 4)
    return box


def _checked(box: QListWidget) -> tuple[str, ...]:
    return tuple(
        str(box.item(i).data(Qt.ItemDataRole.UserRole))
        for i in range(box.count())
        if box.item(i).checkState() == Qt.CheckState.Checked
    )


def _check(box: QListWidget, values: tuple[str, ...]) -> None:
    for i in range(box.count()):
        item = box.item(i)
        on = str(item.data(Qt.ItemDataRole.UserRole)) in values
        item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)


class TargetGroupDialog(QDialog):
    """Build a target group, see how many it selects, save it; `saved_name` after Save."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None, name: str = "") -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.saved_name: str | None = None
        self.setWindowTitle(self.tr("Target group"))
        self.setSizeGripEnabled(True)
        ws = workspace
        form = QFormLayout()
        self.subject_combo = QComboBox()
        self.subject_combo.addItem(self.tr("Organisations"), TargetSubject.ORGANISATION.value)
        self.subject_combo.addItem(self.tr("People"), TargetSubject.PERSON.value)
        self.kinds = _checklist([(k.value, label(k)) for k in OrganisationKind])
        self.municipalities = _checklist([(m, m) for m in municipality_names()])
        self.wz_edit = QLineEdit()
        self.wz_edit.setPlaceholderText(self.tr("e.g. C, 25, 28.41 (several with commas)"))
        self.bands = _checklist([(b.value, label(b)) for b in EmployeeBand], rows=3)
        self.tags_edit = QLineEdit()
        self.tags_edit.setPlaceholderText(self.tr("e.g. Leichtbau, Wasserstoff"))
        self.staff_combo = QComboBox()
        self.staff_combo.addItem(self.tr("anyone"), None)
        for s in ws.directory.staff_choices():
            self.staff_combo.addItem(f"{s.name} ({s.institution})", s.id)
        self.institution_combo = QComboBox()
        self.institution_combo.addItem(self.tr("any"), None)
        for c in ws.directory.institution_choices():
            if c.id is not None:
                self.institution_combo.addItem(c.name, c.id)
        self.statuses = _checklist([(s.value, label(s)) for s in OrganisationStatus], rows=3)
        self.consent_combo = QComboBox()
        self.consent_combo.addItem(self.tr("not asked"), "")
        for scope in ConsentScope:
            self.consent_combo.addItem(label(scope), scope.value)
        self.after_edit = QLineEdit()
        self.after_edit.setPlaceholderText("TT.MM.JJJJ")
        self.before_edit = QLineEdit()
        self.before_edit.setPlaceholderText("TT.MM.JJJJ")
        self.needs_combo = QComboBox()
        self.needs_combo.addItem(self.tr("not asked"), None)
        self.needs_combo.addItem(self.tr("with open needs"), True)
        self.needs_combo.addItem(self.tr("without open needs"), False)
        self.event_combo = QComboBox()
        self.event_combo.addItem(self.tr("not asked"), None)
        for e in ws.events.all():
            self.event_combo.addItem(e.name, e.id)
        self.text_edit = QLineEdit()
        self.error_label = QLabel()
        self.error_label.setStyleSheet("color: #b00020;")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        for text, widget in (
            (self.tr("&Select:"), self.subject_combo),
            (self.tr("&Kind:"), self.kinds),
            (self.tr("&Municipality:"), self.municipalities),
            (self.tr("&WZ 2008:"), self.wz_edit),
            (self.tr("&Employees:"), self.bands),
            (self.tr("&Tags:"), self.tags_edit),
            (self.tr("&Betreuer/in:"), self.staff_combo),
            (self.tr("&Institution:"), self.institution_combo),
            (self.tr("Stat&us:"), self.statuses),
            (self.tr("&Consent for:"), self.consent_combo),
            (self.tr("Contact &since:"), self.after_edit),
            (self.tr("No contact si&nce:"), self.before_edit),
            (self.tr("&Open needs:"), self.needs_combo),
            (self.tr("&Attended event:"), self.event_combo),
            (self.tr("&Words:"), self.text_edit),
        ):
            lbl = QLabel(text)
            lbl.setBuddy(widget)
            form.addRow(lbl, widget)
        self.count_label = QLabel()
        self.count_label.setObjectName("count")
        font = self.count_label.font()
        font.setBold(True)
        self.count_label.setFont(font)
        self.name_edit = QLineEdit(name)
        self.name_edit.setPlaceholderText(self.tr("Name of the target group"))
        self.name_edit.setAccessibleName(self.tr("Name of the target group"))
        self.shared_check = QCheckBox(self.tr("Share with my &institution"))
        self.shared_check.setChecked(True)
        save_row = QHBoxLayout()
        save_row.addWidget(self.name_edit, 1)
        save_row.addWidget(self.shared_check)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("&Save"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.count_label)
        layout.addLayout(save_row)
        layout.addWidget(self.buttons)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(COUNT_DELAY_MS)
        self._timer.timeout.connect(self.update_count)
        for box in (self.kinds, self.municipalities, self.bands, self.statuses):
            box.itemChanged.connect(lambda _i: self._timer.start())
        for edit in (self.wz_edit, self.tags_edit, self.after_edit, self.before_edit):
            edit.textChanged.connect(lambda _t: self._timer.start())
        self.text_edit.textChanged.connect(lambda _t: self._timer.start())
        for combo in (
            self.subject_combo,
            self.staff_combo,
            self.institution_combo,
            self.consent_combo,
            self.needs_combo,
            self.event_combo,
        ):
            combo.currentIndexChanged.connect(lambda _i: self._timer.start())
        if name:
            self.load(name)
        self.update_count()

    def load(self, name: str) -> None:
        g = self.workspace.target_groups.by_name(name)
        c = g.criteria
        self.subject_combo.setCurrentIndex(self.subject_combo.findData(c.subject.value))
        _check(self.kinds, c.kinds)
        _check(self.municipalities, c.municipalities)
        self.wz_edit.setText(", ".join(c.wz))
        _check(self.bands, c.employee_bands)
        self.tags_edit.setText(", ".join(c.tags))
        if c.staff_ids:
            self.staff_combo.setCurrentIndex(max(0, self.staff_combo.findData(c.staff_ids[0])))
        if c.institution_ids:
            index = self.institution_combo.findData(c.institution_ids[0])
            self.institution_combo.setCurrentIndex(max(0, index))
        _check(self.statuses, c.statuses)
        self.consent_combo.setCurrentIndex(max(0, self.consent_combo.findData(c.consent)))
        self.after_edit.setText(c.contact_after.strftime("%d.%m.%Y") if c.contact_after else "")
        self.before_edit.setText(c.contact_before.strftime("%d.%m.%Y") if c.contact_before else "")
        self.needs_combo.setCurrentIndex(max(0, self.needs_combo.findData(c.open_needs)))
        if c.attended_event_id:
            self.event_combo.setCurrentIndex(max(0, self.event_combo.findData(c.attended_event_id)))
        self.text_edit.setText(c.text)
        self.shared_check.setChecked(g.shared)

    def criteria(self) -> Criteria:
        """The filter as built; ValidationError names a field that cannot be read."""
        errors: dict[str, str] = {}

        def day(edit: QLineEdit, key: str) -> date | None:
            try:
                return parse_date_de(edit.text())
            except FieldError as exc:
                errors[key] = str(exc)
                return None

        after, before = (
            day(self.after_edit, "contact_after"),
            day(self.before_edit, "contact_before"),
        )
        if errors:
            raise ValidationError(errors)
        staff = self.staff_combo.currentData()
        institution = self.institution_combo.currentData()
        return Criteria(
            subject=TargetSubject(self.subject_combo.currentData()),
            kinds=_checked(self.kinds),
            municipalities=_checked(self.municipalities),
            wz=tuple(w.strip() for w in self.wz_edit.text().split(",") if w.strip()),
            employee_bands=_checked(self.bands),
            tags=tuple(t.strip() for t in self.tags_edit.text().split(",") if t.strip()),
            staff_ids=(staff,) if isinstance(staff, uuid.UUID) else (),
            institution_ids=(institution,) if isinstance(institution, uuid.UUID) else (),
            statuses=_checked(self.statuses),
            consent=str(self.consent_combo.currentData() or ""),
            contact_after=after,
            contact_before=before,
            open_needs=self.needs_combo.currentData(),
            attended_event_id=self.event_combo.currentData(),
            text=self.text_edit.text().strip(),
        )

    def update_count(self) -> None:
        self._timer.stop()
        try:
            criteria = self.criteria()
        except ValidationError as exc:
            self.error_label.setText("\n".join(translate_error(m)[0] for m in exc.errors.values()))
            self.error_label.show()
            return
        self.error_label.hide()
        n = self.workspace.target_groups.count(criteria)
        text = (
            self.tr("%n organisation(s) selected", "", n)
            if criteria.subject == TargetSubject.ORGANISATION
            else self.tr("%n person(s) selected", "", n)
        )
        self.count_label.setText(text.replace(str(n), format_number(n), 1))

    def accept(self) -> None:
        try:
            criteria = self.criteria()
            name = self.name_edit.text().strip()
            self.workspace.target_groups.save(name, criteria, shared=self.shared_check.isChecked())
        except ValidationError as exc:
            self.error_label.setText("\n".join(translate_error(m)[0] for m in exc.errors.values()))
            self.error_label.show()
            self.name_edit.setFocus()
            return
        except ServiceError as exc:
            show_error(self, self.tr("Cannot save the target group"), exc)
            return
        self.saved_name = name
        super().accept()
