"""Typed relations in the organisations list (issue 24): added from the list's context action,
shown in German on both organisations' details, a refused one explained at the field."""

from __future__ import annotations

from PySide6.QtCore import Qt

from indie_desktop.domain.enums import OrganisationKind
from indie_desktop.services.directory.organisations import OrganisationDraft
from indie_desktop.ui.dialogs.relation_dialog import RelationDialog
from indie_desktop.ui.main_window import ORGANISATIONS, MainWindow
from indie_desktop.ui.tasks import SynchronousRunner
from tests.ui.dialog_fixtures import type_text
from tests.ui.test_referral_flow import when_dialog


def test_add_a_relation_and_see_it_on_both_organisations(qtbot, workspace, german) -> None:
    ws = workspace
    spin_off = ws.organisations.create(
        OrganisationDraft(name="Łukasz Wiśniewski Sensorik GmbH", city="Dortmund")
    )
    uni = ws.organisations.create(
        OrganisationDraft(name="Technische Universität Dortmund", kind=OrganisationKind.UNIVERSITY)
    )
    window = MainWindow(ws, runner=SynchronousRunner())
    qtbot.addWidget(window)
    window.show()
    window.show_view(ORGANISATIONS)
    view = window.views[ORGANISATIONS]
    view.select_record(spin_off)
    seen: dict[str, str] = {}

    def relate(dialog: RelationDialog) -> None:
        seen["title"] = dialog.windowTitle()
        dialog.kind_combo.setFocus()
        qtbot.keyClicks(dialog.kind_combo, "Ausgr")  # type-ahead (ASCII: QTest)
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)  # no partner yet
        seen["error"] = dialog.error_label.text()
        type_text(qtbot, dialog.other_picker, "Technische Universität")
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    when_dialog(RelationDialog, relate)
    view.add_relation_action.trigger()
    assert seen["title"] == "Beziehung hinzufügen – Łukasz Wiśniewski Sensorik GmbH"
    assert seen["error"] == "Wählen Sie die andere Organisation"
    text = view.detail.toPlainText()
    assert "Beziehungen" in text and "Ausgründung von Technische Universität Dortmund" in text
    view.select_record(uni)
    assert "Hat als Ausgründung Łukasz Wiśniewski Sensorik GmbH" in view.detail.toPlainText()
