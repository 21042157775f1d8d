"""Referring a need from a suggestion, moving the referral through its stages and recording
the cooperation, all through the main window's lists and dialogs."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from indie_desktop.domain.enums import NeedStatus, OrganisationKind, ReferralStage
from indie_desktop.services.directory.organisations import OrganisationDraft
from indie_desktop.services.directory.timeline import EntryKind, Role
from indie_desktop.services.listing import ListQuery
from indie_desktop.services.work.needs import NeedDraft
from indie_desktop.services.work.referrals import PartnerChoice, ReferralDraft
from indie_desktop.ui.dialogs.cooperation_dialog import CooperationDialog
from indie_desktop.ui.dialogs.referral_dialog import ReferralDialog
from indie_desktop.ui.dialogs.stage_change_dialog import StageChangeDialog
from indie_desktop.ui.main_window import NEEDS, ORGANISATIONS, REFERRALS, MainWindow
from indie_desktop.ui.tasks import SynchronousRunner
from tests.ui.dialog_fixtures import type_text


def when_dialog(kind: type, act: Callable[[object], None], tries: int = 200) -> None:
    """Run act(dialog) once a modal dialog of this kind is open (dialogs run their own loop)."""

    def poll(left: int) -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, kind) and dialog.isVisible():
            act(dialog)
        elif left:
            QTimer.singleShot(10, lambda: poll(left - 1))
        else:
            pytest.fail(f"{kind.__name__} did not open")

    QTimer.singleShot(0, lambda: poll(tries))


@pytest.fixture
def firm_need(workspace):
    ws = workspace
    firm = ws.organisations.create(
        OrganisationDraft(
            name="Suchend GmbH", city="Dortmund", municipality="Dortmund", wz_code="25.62.0"
        )
    )
    ws.organisations.create(
        OrganisationDraft(
            name="Laserwerk Hagen GmbH",
            city="Hagen",
            municipality="Hagen",
            wz_code="25.62.0",
            competences="Lasersintern, Prototypenbau",
        )
    )
    ws.organisations.create(
        OrganisationDraft(
            name="Bäckerei Korn",
            kind=OrganisationKind.CRAFT_BUSINESS,
            city="Bochum",
            wz_code="10.71.0",
        )
    )
    need = ws.needs.create(
        NeedDraft(
            organisation_id=firm,
            topic="Partner für Lasersintern",
            wanted_competence="Lasersintern",
            wanted_wz_code="25.62",
        )
    )
    return ws, need


def test_refer_a_need_from_a_suggestion_follow_it_through_all_stages_and_record_the_cooperation(
    qtbot, firm_need, german
) -> None:
    ws, need = firm_need
    window = MainWindow(ws, runner=SynchronousRunner())
    qtbot.addWidget(window)
    window.show()
    window.show_view(NEEDS)
    needs = window.views[NEEDS]
    needs.select_record(need)
    seen: dict[str, str] = {}

    def refer(dialog: ReferralDialog) -> None:
        table = dialog.ui.suggestions_table
        seen["first"] = table.item(0, 0).text()
        seen["why"] = table.item(0, 3).text()
        table.setFocus()
        table.setCurrentCell(0, 0)
        qtbot.keyClick(table, Qt.Key.Key_Space)  # ticks the best suggestion
        type_text(qtbot, dialog.ui.note_edit, "Passt gut für Kleinserien")
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    when_dialog(ReferralDialog, refer)
    needs.refer_action.trigger()

    assert seen["first"] == "Laserwerk Hagen GmbH"
    assert seen["why"] == "Kompetenz „Lasersintern“ passt, WZ 25.62 gleiche Klasse, 16 km"
    (row,) = ws.referral_list.page(ListQuery(), 0, 10)
    assert (row.partner, row.stage) == ("Laserwerk Hagen GmbH", ReferralStage.PROPOSED)
    (follow_up,) = ws.referrals.follow_ups(row.id)
    assert follow_up.due_on == date.today() + timedelta(weeks=4)
    assert follow_up.title == "Beide Seiten nachfragen: Suchend GmbH → Laserwerk Hagen GmbH"

    window.show_view(REFERRALS)
    referrals = window.views[REFERRALS]
    referrals.select_record(row.id)
    cooperation: dict[str, object] = {}

    def record(dialog: CooperationDialog) -> None:
        cooperation["partners"] = dialog.ui.partners_label.text()
        dialog.ui.title_edit.setFocus()
        type_text(qtbot, dialog.ui.title_edit, "Lasersinter-Kleinserie")
        type_text(qtbot, dialog.ui.starts_on_edit, "01.01.2027")
        type_text(qtbot, dialog.ui.ends_on_edit, "31.12.2027")
        type_text(qtbot, dialog.ui.value_eur_edit, "48000")
        type_text(qtbot, dialog.ui.funding_programme_edit, "ZIM")
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    for stage in (
        ReferralStage.INTRODUCED,
        ReferralStage.FIRST_MEETING,
        ReferralStage.COOPERATION_AGREED,
    ):

        def move(dialog: StageChangeDialog, stage: ReferralStage = stage) -> None:
            dialog.select_stage(stage)
            type_text(qtbot, dialog.ui.note_edit, f"Schritt {stage.value}")
            if stage == ReferralStage.COOPERATION_AGREED:
                when_dialog(CooperationDialog, record)  # offered right after agreeing
            qtbot.keyClick(dialog.ui.changed_on_edit, Qt.Key.Key_Return)

        when_dialog(StageChangeDialog, move)
        referrals.stage_action.trigger()
        assert ws.referral_list.detail(row.id).stage == stage

    detail = ws.referral_list.detail(row.id)
    assert [h.stage for h in detail.history] == [
        ReferralStage.PROPOSED,
        ReferralStage.INTRODUCED,
        ReferralStage.FIRST_MEETING,
        ReferralStage.COOPERATION_AGREED,
    ]
    assert cooperation["partners"] == "Partner: Suchend GmbH · Laserwerk Hagen GmbH"
    (coop,) = detail.cooperations
    assert (coop.title, str(coop.value_eur)) == ("Lasersinter-Kleinserie", "48000.00")
    assert ws.needs.detail(need).draft.status == NeedStatus.SATISFIED
    assert ws.referrals.follow_ups(row.id) == []
    pane = referrals.detail.toPlainText()
    assert "Verlauf" in pane and "Lasersinter-Kleinserie" in pane and "48.000,00 €" in pane

    # All of it on both organisations' timelines: the firm as the one referred, the partner
    # as the partner, each with the stages and the cooperation, in German.
    organisations = window.organisations_view
    window.show_view(ORGANISATIONS)
    organisations.reload()
    for name, role in (("Suchend GmbH", Role.REFERRED), ("Laserwerk Hagen GmbH", Role.PARTNER)):
        org_id = next(i for i, text in ws.organisations.choices(name))
        organisations.select_record(org_id)
        entries = organisations.timeline.entries()
        kinds = [e.kind for e in entries]
        assert kinds.count(EntryKind.STAGE_CHANGE) == 3, name
        assert EntryKind.COOPERATION in kinds, name
        (referral,) = [e for e in entries if e.kind == EntryKind.REFERRAL]
        assert referral.role == role
        lines = [
            organisations.timeline.tree.topLevelItem(i).text(1)
            for i in range(organisations.timeline.tree.topLevelItemCount())
        ]
        assert any("Lasersinter-Kleinserie" in line for line in lines), lines
        assert any("Kooperation vereinbart" in line for line in lines), lines
    organisations.select_record(next(i for i, _t in ws.organisations.choices("Suchend")))
    assert EntryKind.NEED in [e.kind for e in organisations.timeline.entries()]


def test_referring_without_a_partner_says_so_and_keeps_the_note(qtbot, firm_need) -> None:
    ws, need = firm_need
    dialog = ReferralDialog(ws, need)
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(qtbot, dialog.ui.note_edit, "Notiz")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.ui.partners_error.isVisible()
    assert dialog.ui.partners_error.text() == "Choose at least one partner"
    assert dialog.ui.note_edit.toPlainText() == "Notiz"
    assert ws.referral_list.count(ListQuery()) == 0


def test_cooperation_with_negative_value_is_refused_next_to_the_field(
    qtbot, firm_need, monkeypatch
) -> None:
    ws, need = firm_need
    discard = QMessageBox.StandardButton.Discard  # closing at the end of the test
    monkeypatch.setattr(QMessageBox, "exec", lambda _box: int(discard.value))
    partner = ws.organisations.choices("Laserwerk")[0][0]
    (rid,) = ws.referrals.create(ReferralDraft(need, [PartnerChoice(partner)]))
    dialog = CooperationDialog(ws, None, referral_id=rid)
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(qtbot, dialog.ui.title_edit, "Auftrag")
    type_text(qtbot, dialog.ui.value_eur_edit, "-100")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.ui.value_eur_error.isVisible()
    assert dialog.ui.value_eur_error.text() == "The value cannot be negative"
    assert ws.cooperations.for_referral(rid) == []


def test_new_in_the_referral_list_points_to_the_needs(qtbot, workspace, monkeypatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, title, _t: shown.append(title))
    window = MainWindow(workspace, runner=SynchronousRunner())
    qtbot.addWidget(window)
    window.show_view(REFERRALS)
    window.new_action.trigger()
    assert shown == ["Referrals start from a need"]


def test_deleting_an_organisation_with_referrals_asks_with_the_count_and_keeps_them(
    qtbot, firm_need, monkeypatch
) -> None:
    ws, need = firm_need
    partner = ws.organisations.choices("Laserwerk")[0][0]
    (rid,) = ws.referrals.create(ReferralDraft(need, [PartnerChoice(partner)]))
    asked: list[str] = []

    def question(_parent, _title, text, *_args):
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", question)
    window = MainWindow(ws, runner=SynchronousRunner())
    qtbot.addWidget(window)
    view = window.organisations_view
    view.select_record(partner)
    view.delete_selected()
    assert "0 need(s), 1 referral(s) and 0 cooperation(s)" in asked[0]
    assert ws.referral_list.detail(rid).partner == "Laserwerk Hagen GmbH"


@pytest.fixture
def agreed_referral(firm_need):
    ws, need = firm_need
    partner = ws.organisations.choices("Laserwerk")[0][0]
    (rid,) = ws.referrals.create(ReferralDraft(need, [PartnerChoice(partner)]))
    return ws, rid, partner


def test_follow_up_need_of_the_partner_is_recorded_from_the_referral_and_joins_its_chain(
    qtbot, agreed_referral, german
) -> None:
    ws, rid, partner = agreed_referral
    window = MainWindow(ws, runner=SynchronousRunner())
    qtbot.addWidget(window)
    window.show()
    window.show_view(REFERRALS)
    referrals = window.views[REFERRALS]
    referrals.select_record(rid)
    assert referrals.follow_up_need_action.text() == "&Folgebedarf erfassen…"
    seen: dict[str, str] = {}

    def record(dialog) -> None:
        seen["title"] = dialog.windowTitle()
        seen["organisation"] = dialog.organisation_picker.text()
        dialog.ui.topic_edit.setFocus()
        type_text(qtbot, dialog.ui.topic_edit, "Prüfstand für Sinterteile")
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    from indie_desktop.ui.dialogs.need_dialog import NeedDialog

    when_dialog(NeedDialog, record)
    referrals.follow_up_need_action.trigger()

    assert seen == {"title": "Neuer Folgebedarf", "organisation": "Laserwerk Hagen GmbH"}
    (row,) = ws.needs.page(ListQuery(filters=(("organisation_id", partner),)), 0, 10)
    follow_up = ws.needs.detail(row.id).draft
    assert (follow_up.topic, follow_up.from_referral_id) == ("Prüfstand für Sinterteile", rid)


def test_existing_cooperation_is_edited_from_the_referral_detail_pane(
    qtbot, agreed_referral, german
) -> None:
    from indie_desktop.services.work.cooperations import CooperationDraft

    ws, rid, _partner = agreed_referral
    draft: CooperationDraft = ws.cooperations.draft_for_referral(rid)
    draft.title = "Kleinserie"
    coop = ws.cooperations.create(draft)
    window = MainWindow(ws, runner=SynchronousRunner())
    qtbot.addWidget(window)
    window.show()
    window.show_view(REFERRALS)
    referrals = window.views[REFERRALS]
    referrals.select_record(rid)
    assert "Kooperation bearbeiten…" in referrals.detail.toPlainText()
    seen: dict[str, str] = {}

    def edit(dialog: CooperationDialog) -> None:
        seen["title"] = dialog.ui.title_edit.text()
        dialog.ui.value_eur_edit.setFocus()
        type_text(qtbot, dialog.ui.value_eur_edit, "12500")
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    when_dialog(CooperationDialog, edit)
    from PySide6.QtCore import QUrl

    referrals.detail.anchorClicked.emit(QUrl(f"cooperation:{coop}"))

    assert seen["title"] == "Kleinserie"
    (summary,) = ws.referral_list.detail(rid).cooperations
    assert (summary.id, str(summary.value_eur)) == (coop, "12500.00")
    assert "12.500,00 €" in referrals.detail.toPlainText()


def test_editing_an_existing_need_saves_the_change(qtbot, firm_need) -> None:
    from indie_desktop.ui.dialogs.need_dialog import NeedDialog

    ws, need = firm_need
    dialog = NeedDialog(ws, need)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.ui.topic_edit.selectAll()
    type_text(qtbot, dialog.ui.topic_edit, "Partner für Metall-3D-Druck")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert ws.needs.detail(need).draft.topic == "Partner für Metall-3D-Druck"


def test_evidence_is_attached_to_a_need_and_to_a_referral_in_their_detail_panes(
    qtbot, agreed_referral, tmp_path
) -> None:
    ws, rid, _partner = agreed_referral
    need = ws.referral_list.detail(rid).need_id
    window = MainWindow(ws, runner=SynchronousRunner())
    qtbot.addWidget(window)
    window.show()
    for view_name, record_id, file_name in (
        (NEEDS, need, "Anfrage.pdf"),
        (REFERRALS, rid, "Vereinbarung.pdf"),
    ):
        window.show_view(view_name)
        view = window.views[view_name]
        view.select_record(record_id)
        document = tmp_path / file_name
        document.write_bytes(b"%PDF-1.4")
        view.attachments.add_files([document])
        assert view.attachments.list.count() == 1
        assert file_name in view.attachments.list.item(0).text()
    assert [a.filename for a in ws.attachments.list_for("referral", rid)] == ["Vereinbarung.pdf"]
    assert [a.filename for a in ws.attachments.list_for("need", need)] == ["Anfrage.pdf"]
