"""Data protection in the window: the person's panel and dialog, erasure asks twice, the
retention review queue from the menu."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox
from sqlalchemy import select

from indie_desktop.domain.models import Activity, ActivityPerson, AuditEntry, Person
from indie_desktop.services import records
from indie_desktop.services.contacts.people import PersonDraft
from indie_desktop.services.directory.staff import DirectoryService
from indie_desktop.services.workspace import Workspace
from indie_desktop.store.database import Database
from indie_desktop.ui.main_window import PEOPLE, MainWindow
from indie_desktop.ui.privacy.erase_dialog import EraseDialog
from indie_desktop.ui.privacy.forms import ConsentDialog
from indie_desktop.ui.privacy.privacy_dialog import PrivacyDialog
from indie_desktop.ui.privacy.progress import PrivacyJobDialog
from indie_desktop.ui.privacy.review_dialog import ReviewQueueDialog
from indie_desktop.ui.tasks import SynchronousRunner
from indie_desktop.ui.views.people_view import PeopleView
from tests import privacy_scenario as scenario
from tests.ui.dialog_fixtures import type_text


@pytest.fixture
def ws(db: Database) -> Workspace:
    directory = DirectoryService(db)
    choice = next(c for c in directory.institution_choices() if c.short_name == "WF Dortmund")
    actor = directory.register_local_user(choice, "Anna", "Schmidt", "a.schmidt@example.de")
    return Workspace(db, actor)


def test_people_detail_shows_the_data_protection_summary(
    qtbot, ws: Workspace, tmp_path: Path
) -> None:
    sc = scenario.build(ws, tmp_path)
    window = MainWindow(ws, runner=SynchronousRunner())
    qtbot.addWidget(window)
    window.show()
    window.show_view(PEOPLE)
    view = window.current_view()
    assert isinstance(view, PeopleView)
    assert view.select_record(sc.person_id)
    text = view.privacy.summary.text()
    assert "Consent" in text and "Newsletter" in text
    assert "Event invitations" in text  # the objection
    assert "01.10.2026" in text  # last contact, from the visit
    window.resize(1200, 800)
    window.grab().save(str(tmp_path / "people_privacy.png"))


def test_consent_form_shows_errors_at_the_fields_and_keeps_the_input(
    qtbot, ws: Workspace, tmp_path: Path
) -> None:
    pid = ws.people.create(PersonDraft(first_name="Zoë", last_name="Ñúñez"))
    dialog = PrivacyDialog(ws, pid)
    qtbot.addWidget(dialog)
    form = ConsentDialog(lambda d: ws.privacy.add_consent(pid, d), parent=dialog)
    qtbot.addWidget(form)
    form.given_on.setText("32.13.2026")
    type_text(qtbot, form.channel, "Messe – Formular Ñúñez")
    form.buttons.accepted.emit()
    assert form.result() != QDialog.DialogCode.Accepted
    assert not form.errors["given_on"].isHidden()
    assert form.errors["channel"].isHidden()
    assert form.channel.text() == "Messe – Formular Ñúñez"
    form.given_on.setText("01.03.2026")
    form.buttons.accepted.emit()
    assert form.result() == QDialog.DialogCode.Accepted
    dialog.reload()
    assert dialog.consents.rowCount() == 1
    assert dialog.consents.item(0, 2).text() == "Messe – Formular Ñúñez"
    dialog.resize(760, 640)
    dialog.grab().save(str(tmp_path / "privacy_dialog.png"))


def test_erasure_asks_twice_and_needs_the_name_typed(
    qtbot, ws: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    sc = scenario.build(ws, tmp_path)
    shown: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "information", lambda _p, _t, text, *a: shown.append(text) or 0
    )
    dialog = EraseDialog(ws, sc.person_id, "Şükrü Yıldız", runner=SynchronousRunner())
    qtbot.addWidget(dialog)
    assert dialog.mentions.count() >= 4
    dialog.mentions.item(0).setCheckState(Qt.CheckState.Unchecked)  # keep one mention
    dialog.grab().save(str(tmp_path / "erase_1.png"))
    assert not dialog.erase_button.isVisible()
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    assert dialog.pages.currentIndex() == 1
    type_text(qtbot, dialog.confirm_edit, "Şükrü")
    assert not dialog.erase_button.isEnabled()
    type_text(qtbot, dialog.confirm_edit, " Yıldız")
    assert dialog.erase_button.isEnabled()
    dialog.grab().save(str(tmp_path / "erase_2.png"))
    qtbot.mouseClick(dialog.erase_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.receipt is not None and dialog.receipt.reference in shown[0]
    assert dialog.receipt.redacted_fields == len(dialog.confirmed_mentions())
    with ws.db.session() as s:
        person = s.get(Person, sc.person_id)
        assert person is not None and person.deleted_at is not None
        assert person.last_name == "Anonymisiert"


def test_erasure_is_refused_without_the_role(
    qtbot, ws: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    sc = scenario.build(ws, tmp_path)
    monkeypatch.setattr(type(ws.privacy), "can_erase", lambda self: False)
    dialog = EraseDialog(ws, sc.person_id, "Şükrü Yıldız", runner=SynchronousRunner())
    qtbot.addWidget(dialog)
    assert not dialog.denied.isHidden()
    assert not dialog.next_button.isEnabled()


def test_review_queue_from_the_menu_lists_and_keeps_with_a_reason(
    qtbot, ws: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    old = datetime(2020, 5, 4, tzinfo=UTC)
    pid = ws.people.create(PersonDraft(first_name="Łukasz", last_name="Wiśniewski"))
    ws.people.create(PersonDraft(first_name="Neu", last_name="Kontakt"))
    with ws.db.session() as s:
        s.get(Person, pid).created_at = old  # type: ignore[union-attr]
        a = records.create(s, ws.actor, Activity(occurred_at=old, subject="Telefonat"))
        records.create(s, ws.actor, ActivityPerson(activity_id=a.id, person_id=pid))
    window = MainWindow(ws, runner=SynchronousRunner())
    qtbot.addWidget(window)
    window.privacy_review_action.trigger()
    dialog = window.findChild(ReviewQueueDialog)
    assert dialog is not None
    assert dialog.table.rowCount() == 1
    assert dialog.table.item(0, 0).text() == "Wiśniewski, Łukasz"
    assert dialog.table.item(0, 2).text() == "04.05.2020"
    dialog.select_person(pid)

    def fill_keep() -> None:
        from indie_desktop.ui.privacy.forms import KeepDialog

        keep = dialog.findChild(KeepDialog)
        keep.reason.setText("Beirat")
        keep.until.setText("31.12.2099")
        keep.buttons.accepted.emit()

    from PySide6.QtCore import QTimer

    QTimer.singleShot(0, fill_keep)
    dialog.keep()
    assert dialog.table.rowCount() == 0
    dialog.years.setValue(10)
    assert ws.privacy.retention_years() == 10
    dialog.close()


def test_access_export_from_the_panel_writes_the_folder(
    qtbot, ws: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    sc = scenario.build(ws, tmp_path)
    out = tmp_path / "exports"
    out.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(out))
    monkeypatch.setattr(
        QMessageBox, "information", lambda *a, **k: QMessageBox.StandardButton.Close
    )
    from indie_desktop.ui.privacy.panel import PrivacyPanel

    panel = PrivacyPanel(ws, runner=SynchronousRunner())
    qtbot.addWidget(panel)
    panel.set_target(sc.person_id)
    panel.export_access()
    folders = list(out.iterdir())
    assert len(folders) == 1 and folders[0].name.startswith("Auskunft Şükrü Yıldız")
    assert len(list(folders[0].glob("*.pdf"))) == 1


def test_erasure_runs_behind_a_busy_dialog_that_cannot_be_cancelled_and_names_the_backups(
    qtbot, ws: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    sc = scenario.build(ws, tmp_path)
    assert ws.db.path is not None
    backups = ws.db.path.parent / "backups"
    backups.mkdir()
    holding = backups / "daily-20261120-080000.sqlite3"
    raw = sqlite3.connect(ws.db.path)
    raw.execute(f"VACUUM INTO '{holding}'")  # a copy from before the erasure
    raw.close()
    shown: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "information", lambda _p, _t, text, *a: shown.append(text) or 0
    )
    dialog = EraseDialog(ws, sc.person_id, "Şükrü Yıldız", runner=SynchronousRunner())
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    # The confirmation says that backups keep the data and names the file that holds it.
    assert "Backups made before the erasure" in dialog.backup_note.text()
    assert str(holding) in dialog.backup_note.text()
    dialog.resize(560, 300)
    dialog.grab().save(str(tmp_path / "erase_confirm_backups.png"))
    steps: list[str] = []
    seen: list[PrivacyJobDialog] = []

    def watch(job: PrivacyJobDialog) -> None:
        seen.append(job)
        assert job.cancel_button is None  # nothing to press: the erasure cannot stop
        job.reject()  # Escape / the window's close button change nothing
        assert job.running
        dialog.reject()  # nor can the erase dialog be closed meanwhile
        assert dialog.isVisible()
        job.grab().save(str(tmp_path / "erase_busy.png"))
        job.stepped.connect(steps.append)

    type_text(qtbot, dialog.confirm_edit, "Şükrü Yıldız")
    original_open = PrivacyJobDialog.open

    def open_and_watch(job: PrivacyJobDialog) -> None:
        original_open(job)
        watch(job)

    monkeypatch.setattr(PrivacyJobDialog, "open", open_and_watch)
    qtbot.mouseClick(dialog.erase_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert seen and not seen[0].was_cancelled
    assert steps[0] == "Erasing the personal data"
    assert "Looking for backups that still hold the person" in steps
    receipt = dialog.receipt
    assert receipt is not None and receipt.backups == [holding]
    assert receipt.reference in shown[0] and str(holding) in shown[0]
    with ws.db.session() as s:
        person = s.get(Person, sc.person_id)
        assert person is not None and person.last_name == "Anonymisiert"
    # The backup is only named, never changed: the person is still in it.
    con = sqlite3.connect(holding)
    assert con.execute("SELECT count(*) FROM person WHERE last_name = 'Yıldız'").fetchone()[0]
    con.close()


def test_access_export_can_be_cancelled_and_leaves_nothing_behind(
    qtbot, ws: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    sc = scenario.build(ws, tmp_path)
    out = tmp_path / "exports"
    out.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(out))
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: shown.append("info"))
    from indie_desktop.ui.privacy.panel import PrivacyPanel

    panel = PrivacyPanel(ws, runner=SynchronousRunner())
    qtbot.addWidget(panel)
    panel.set_target(sc.person_id)
    original_open = PrivacyJobDialog.open
    jobs: list[PrivacyJobDialog] = []

    def open_and_cancel_at_the_pdf(job: PrivacyJobDialog) -> None:
        original_open(job)
        jobs.append(job)

        def on_step(name: str) -> None:
            if name == "Writing JSON and CSV" and job.cancel_button is not None:
                job.grab().save(str(tmp_path / "export_busy.png"))
                qtbot.mouseClick(job.cancel_button, Qt.MouseButton.LeftButton)

        job.stepped.connect(on_step)

    monkeypatch.setattr(PrivacyJobDialog, "open", open_and_cancel_at_the_pdf)
    panel.export_access()
    assert jobs and jobs[0].was_cancelled
    assert list(out.iterdir()) == []  # the half-written folder is gone
    assert shown == []
    with ws.db.session() as s:
        audited = s.scalars(select(AuditEntry).where(AuditEntry.action == "access_export")).all()
    assert audited == []


def test_mail_merge_shows_why_objectors_were_left_out_in_german(
    qtbot, ws: Workspace, tmp_path: Path, german
) -> None:
    from indie_desktop.services.privacy.protection import BLOCK_REASONS
    from indie_desktop.ui.printing.mail_merge import translate_reason

    sc = scenario.build(ws, tmp_path)
    people = [sc.person_id, sc.other_person_id]
    objection = ws.privacy.blocked_people(people, "event_invitations")[sc.person_id]
    assert translate_reason(objection) == "Widerspruch seit 01.09.2026"
    ws.privacy.withdraw_consent(sc.consent_id, "01.11.2026")
    withdrawn = ws.privacy.blocked_people(people, "newsletter")[sc.person_id]
    assert translate_reason(withdrawn) == "Einwilligung widerrufen am 01.11.2026"
    assert translate_reason("Consent expired on 31.12.2025") == (
        "Einwilligung abgelaufen am 31.12.2025"
    )
    ws.privacy.withdraw_objection(sc.objection_id)
    none = ws.privacy.blocked_people(people, "event_invitations")[sc.person_id]
    assert translate_reason(none) == "Keine Einwilligung für diesen Zweck"
    ws.privacy.erase(sc.person_id)
    assert translate_reason(ws.privacy.blocked_people(people, "letter")[sc.person_id]) == (
        "Gelöscht"
    )
    for template in BLOCK_REASONS:  # every reason the service can give has a German text
        assert translate_reason(template.replace("%1", "01.01.2026")) != template.replace(
            "%1", "01.01.2026"
        )


def test_anonymising_from_the_review_queue_runs_behind_the_busy_dialog(
    qtbot, ws: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    old = datetime(2020, 5, 4, tzinfo=UTC)
    pid = ws.people.create(PersonDraft(first_name="Łukasz", last_name="Wiśniewski"))
    with ws.db.session() as s:
        s.get(Person, pid).created_at = old  # type: ignore[union-attr]
    window = MainWindow(ws, runner=SynchronousRunner())
    qtbot.addWidget(window)
    window.privacy_review_action.trigger()
    dialog = window.findChild(ReviewQueueDialog)
    assert dialog is not None and dialog.table.rowCount() == 1
    dialog.select_person(pid)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    dialog.anonymise()  # the main window's (synchronous) runner does the work
    assert dialog.job is not None and dialog.job.cancel_button is None
    assert not dialog.job.running and dialog.job.outcome is not None
    assert dialog.table.rowCount() == 0
    with ws.db.session() as s:
        person = s.get(Person, pid)
        assert person is not None and person.last_name == "Anonymisiert"
        assert person.deleted_at is None
    dialog.close()


def test_the_art14_letter_is_saved_as_word_to_adjust_before_it_goes_out(
    qtbot, ws: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Art. 14 as Word (issue 23): the save dialog offers Word; the .docx holds the letter to
    the person, and it is still recorded as sent with the PDF kept."""
    from PySide6.QtGui import QDesktopServices

    from indie_desktop.interchange.docx_template import document_text
    from indie_desktop.ui.privacy.actions import print_art14

    sc = scenario.build(ws, tmp_path)
    target = tmp_path / "Art14-Information Şükrü Yıldız.docx"
    offered: list[str] = []

    def save_as(_parent, _title, _name, filters):
        offered.append(filters)
        return str(target), "Word"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda _url: True)
    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.Yes)
    assert print_art14(None, ws, sc.person_id, "Şükrü Yıldız")  # type: ignore[arg-type]
    assert "(*.docx)" in offered[0]
    text = document_text(target.read_bytes())
    assert "Yıldız" in text and "Art. 14" in text
    assert ws.privacy.profile(sc.person_id).art14_sent_on is not None
