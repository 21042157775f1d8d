"""Issue 21, keyboard: every dialog is walked with Tab and must visit its fields in the order
it declares (the order they are read in), so typing never lands in a field above."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QTabWidget, QWidget

from indie_desktop.services.workspace import Workspace

Factory = Callable[[Workspace], QDialog]


def _record(cls_name: str) -> Factory:
    def make(ws: Workspace) -> QDialog:
        from indie_desktop.ui import dialogs

        return getattr(dialogs, cls_name)(ws, None)

    return make


def _visit(ws: Workspace) -> QDialog:
    from indie_desktop.ui.dialogs.visit_dialog import VisitDialog

    return VisitDialog(ws)


def _need(ws: Workspace) -> QDialog:
    from indie_desktop.ui.dialogs.need_dialog import NeedDialog

    return NeedDialog(ws, None)


def _task(ws: Workspace) -> QDialog:
    from indie_desktop.ui.dialogs.task_dialog import TaskDialog

    return TaskDialog(ws, None)


def _referral_world(ws: Workspace) -> tuple:
    from indie_desktop.services.directory.organisations import OrganisationDraft
    from indie_desktop.services.work.needs import NeedDraft
    from indie_desktop.services.work.referrals import PartnerChoice, ReferralDraft

    firm = ws.organisations.create(OrganisationDraft(name="Suchend GmbH", city="Dortmund"))
    partner = ws.organisations.create(
        OrganisationDraft(name="Laserwerk Hagen", city="Hagen", competences="Lasersintern")
    )
    need = ws.needs.create(
        NeedDraft(organisation_id=firm, topic="Lasersintern", wanted_competence="Lasersintern")
    )
    (rid,) = ws.referrals.create(ReferralDraft(need, [PartnerChoice(partner)]))
    return need, rid


def _cooperation(ws: Workspace) -> QDialog:
    from indie_desktop.ui.dialogs.cooperation_dialog import CooperationDialog

    _need_id, rid = _referral_world(ws)
    return CooperationDialog(ws, None, referral_id=rid)


def _stage(ws: Workspace) -> QDialog:
    from indie_desktop.ui.dialogs.stage_change_dialog import StageChangeDialog

    _need_id, rid = _referral_world(ws)
    return StageChangeDialog(ws, rid)


def _refer(ws: Workspace) -> QDialog:
    from indie_desktop.ui.dialogs.referral_dialog import ReferralDialog

    need, _rid = _referral_world(ws)
    return ReferralDialog(ws, need)


DIALOGS: dict[str, Factory] = {
    "visit": _visit,
    "organisation": _record("OrganisationDialog"),
    "person": _record("PersonDialog"),
    "project": _record("ProjectDialog"),
    "need": _need,
    "task": _task,
    "cooperation": _cooperation,
    "stage change": _stage,
    "referral": _refer,
}


def _reachable(widget: QWidget) -> bool:
    return (
        widget.isVisible()
        and widget.isEnabled()
        and bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)
    )


def _focus_target(widget: QWidget) -> QWidget:
    while widget.focusProxy() is not None:
        widget = widget.focusProxy()
    if isinstance(widget, QTabWidget):
        return widget.tabBar()
    return widget


def walk(qtbot, dialog: QDialog, steps: int) -> list[QWidget]:
    """The widgets Tab visits, from the one with the focus now."""
    seen = [dialog.focusWidget()]
    for _ in range(steps):
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
        seen.append(dialog.focusWidget())
    return seen


def name(widget: QWidget | None) -> str:
    if widget is None:
        return "None"
    return widget.objectName() or type(widget).__name__


@pytest.mark.parametrize("key", sorted(DIALOGS))
def test_tab_walks_every_dialog_in_its_declared_order(qtbot, sample: Workspace, key: str) -> None:
    dialog = DIALOGS[key](sample)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    tabs = dialog.findChild(QTabWidget, "tabs")
    for page in range(tabs.count() if tabs is not None else 1):
        if tabs is not None:
            tabs.setCurrentIndex(page)
        declared = [_focus_target(w) for w in dialog.tab_order() if _reachable(w)]
        declared[0].setFocus(Qt.FocusReason.TabFocusReason)
        visited = walk(qtbot, dialog, len(declared))
        assert [name(w) for w in visited] == [name(w) for w in [*declared, declared[0]]]


def test_tab_from_the_people_met_goes_on_and_reaches_their_list(qtbot, sample: Workspace) -> None:
    """Besuch erfassen: Tab after Gesprächspartner never jumps back to the visit's kind."""
    dialog = _visit(sample)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.person_picker.setFocus()
    visited = walk(qtbot, dialog, 2)
    assert visited[1] is dialog.ui.people_list
    assert dialog.ui.kind_combo not in visited


def test_the_unsaved_changes_question_has_an_alt_key_for_each_answer(
    qtbot, sample: Workspace, german, monkeypatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    from tests.ui.test_mnemonics import mnemonic

    seen: list[str] = []

    def answer(box: QMessageBox) -> int:
        seen.extend(b.text() for b in box.buttons())
        return int(QMessageBox.StandardButton.Discard.value)

    monkeypatch.setattr(QMessageBox, "exec", answer)
    dialog = _task(sample)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.ui.title_edit.setText("Angebot nachfassen")
    dialog.reject()
    assert not dialog.isVisible()
    assert sorted(seen) == ["&Speichern", "&Verwerfen", "Abbrechen"]
    letters = [mnemonic(t) for t in seen if mnemonic(t)]
    assert len(letters) == len(set(letters)) == 2
