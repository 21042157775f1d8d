"""Moving a referral to its next stage: which stage, when, and a note."""

from __future__ import annotations

import uuid
from datetime import date

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QMessageBox, QWidget

from indie_desktop.domain.enums import ReferralStage
from indie_desktop.domain.errors import ConflictError, NotFound, ValidationError
from indie_desktop.domain.formatting import format_date
from indie_desktop.domain.validation import FieldError, parse_date_de
from indie_desktop.services.work.referrals import NEXT_STAGES
from indie_desktop.services.workspace import Workspace
from indie_desktop.ui.dialogs.record_dialog import enum_value, fill_combo
from indie_desktop.ui.errors import translate_error
from indie_desktop.ui.forms.ui_stage_change_dialog import Ui_StageChangeDialog
from indie_desktop.ui.labels import label
from indie_desktop.ui.widgets.tab_order import apply_tab_order, buttons
from indie_desktop.ui.window_sizes import fit_window


class StageChangeDialog(QDialog):
    """Offers only the stages that may follow the current one; after Accepted, `stage` is set."""

    def __init__(
        self, workspace: Workspace, referral_id: uuid.UUID, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.referral_id = referral_id
        self.stage: ReferralStage | None = None
        self.ui = Ui_StageChangeDialog()
        self.ui.setupUi(self)
        fit_window(self, self.width(), self.height(), "stage_change")
        ui = self.ui
        detail = workspace.referral_list.detail(referral_id)
        self._version = detail.version
        self.setWindowTitle(self.tr("Change stage – %1").replace("%1", detail.partner))
        ui.current_label.setText(
            self.tr("%1 → %2, now: %3 (since %4)")
            .replace("%1", detail.organisation)
            .replace("%2", detail.partner)
            .replace("%3", label(detail.stage))
            .replace("%4", format_date(detail.history[-1].changed_on if detail.history else None))
        )
        fill_combo(ui.stage_combo, [(s, label(s)) for s in NEXT_STAGES[detail.stage]])
        ui.changed_on_edit.setText(date.today().strftime("%d.%m.%Y"))
        for error in (ui.stage_error, ui.changed_on_error, ui.general_error):
            error.hide()
        ui.button_box.accepted.connect(self.accept)
        ui.button_box.rejected.connect(self.reject)
        ok = ui.button_box.button(QDialogButtonBox.StandardButton.Save)
        ok.setText(self.tr("&Save"))
        QShortcut(QKeySequence.StandardKey.Save, self, self.accept)
        if not NEXT_STAGES[detail.stage]:
            ok.setEnabled(False)
            self._show(ui.general_error, "This referral is closed")
        apply_tab_order(self.tab_order())

    def tab_order(self) -> list[QWidget]:
        """The order Tab visits the fields in (a test walks it)."""
        ui = self.ui
        box = QDialogButtonBox.StandardButton
        return [
            ui.stage_combo,
            ui.changed_on_edit,
            ui.note_edit,
            *buttons(ui.button_box, box.Save, box.Cancel),
        ]

    def select_stage(self, stage: ReferralStage) -> None:
        self.ui.stage_combo.setCurrentIndex(self.ui.stage_combo.findData(stage))

    def accept(self) -> None:
        ui = self.ui
        for error in (ui.stage_error, ui.changed_on_error, ui.general_error):
            error.hide()
        stage = enum_value(ui.stage_combo, ReferralStage)
        if stage is None:
            self._show(ui.general_error, "This referral is closed")
            return
        try:
            changed_on = parse_date_de(ui.changed_on_edit.text())
        except FieldError as exc:
            self._show(ui.changed_on_error, str(exc))
            ui.changed_on_edit.setFocus()
            return
        try:
            self.workspace.referrals.change_stage(
                self.referral_id, stage, changed_on, ui.note_edit.toPlainText(), self._version
            )
        except ValidationError as exc:
            targets = {"stage": ui.stage_error, "changed_on": ui.changed_on_error}
            for key, message in exc.errors.items():
                self._show(targets.get(key, ui.general_error), message)
            return
        except (ConflictError, NotFound):
            QMessageBox.warning(
                self,
                self.tr("Changed meanwhile"),
                self.tr(
                    "Somebody else changed or deleted this referral after you opened it. "
                    "Close the dialog and look at its current stage."
                ),
            )
            return
        self.stage = stage
        super().accept()

    @staticmethod
    def _show(error_label: QLabel, message: str) -> None:
        error_label.setText(translate_error(message)[0])
        error_label.show()
