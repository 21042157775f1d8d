"""From the mail merge of the people list: the invitation as a personal e-mail to each
recipient, through a real local SMTP server, with the ones left out listed (German UI)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog
from sqlalchemy import update

from indie_desktop.domain.models import Person, Staff
from indie_desktop.domain.privacy import Purpose
from indie_desktop.interchange.mail import read_mail, read_mail_file
from indie_desktop.ui.mail.invitation_dialog import InvitationDialog
from indie_desktop.ui.main_window import PEOPLE, MainWindow
from indie_desktop.ui.printing.mail_merge import MailMergeDialog
from indie_desktop.ui.tasks import SynchronousRunner
from tests.smtp_server import SmtpServer, smtp_server
from tests.ui.printing_fixtures import PrintNetwork, build_print_network

__all__ = ["smtp_server"]


@pytest.fixture
def network(workspace) -> PrintNetwork:
    net = build_print_network(workspace)
    with net.ws.db.session() as s:
        s.execute(update(Staff).values(email="s.yildiz@wf-dortmund.de"))
        s.execute(update(Person).where(Person.id == net.lukasz).values(email="lw@mueller.de"))
        s.execute(update(Person).where(Person.id == net.zoe).values(email="zoe@yildiz.de"))
    net.ws.privacy.add_objection(net.zoe, Purpose.EVENT_INVITATIONS, "01.11.2026")
    return net


@pytest.fixture
def merge(qtbot, network, german) -> MailMergeDialog:
    window = MainWindow(network.ws, runner=SynchronousRunner())
    qtbot.addWidget(window)
    window.show_view(PEOPLE)
    window.printing.mail_merge_action.trigger()
    dialog = window.printing.last_dialog
    assert isinstance(dialog, MailMergeDialog)
    dialog.select_template("einladung_branchentreff")
    return dialog


def test_invitation_sent_by_email_from_the_mail_merge_honours_the_objection(
    qtbot, merge: MailMergeDialog, network: PrintNetwork, smtp_server: SmtpServer
) -> None:
    assert merge.email_button.text() == "Per E-&Mail…"
    dialog = merge.by_email()
    assert isinstance(dialog, InvitationDialog)
    dialog.smtp_radio.setChecked(True)
    dialog.host_edit.setText(smtp_server.host)
    dialog.port_spin.setValue(smtp_server.port)
    dialog.security_combo.setCurrentIndex(dialog.security_combo.findData("none"))
    dialog.send_button.click()
    assert dialog.report is not None and dialog.report.sent == 1
    assert dialog.summary.text() == "1 E-Mails gesendet."
    assert [a.recipients for a in smtp_server.arrived] == [["lw@mueller.de"]]
    text = read_mail(smtp_server.arrived[0].data).text
    assert text.startswith("Sehr geehrter Herr Dr. Wiśniewski,")
    reasons = {
        dialog.skipped_table.item(r, 0).text(): dialog.skipped_table.item(r, 1).text()
        for r in range(dialog.skipped_table.rowCount())
    }
    assert reasons["Zoë Ñúñez"].startswith("Widerspruch seit 01.11.2026")
    assert reasons["Jan Ohneort"] == "keine E-Mail-Adresse"
    dialog.close()


def test_invitation_drafts_written_for_outlook(
    qtbot, merge: MailMergeDialog, tmp_path: Path
) -> None:
    dialog = merge.by_email()
    assert isinstance(dialog, InvitationDialog)
    dialog.folder_edit.setText(str(tmp_path / "Entwürfe"))
    dialog.send_button.click()
    (draft,) = sorted((tmp_path / "Entwürfe").iterdir())
    assert b"X-Unsent: 1" in draft.read_bytes()
    assert read_mail_file(draft).to[0].email == "lw@mueller.de"
    assert dialog.summary.text().startswith("1 Entwürfe geschrieben nach")
    assert dialog.result() != QDialog.DialogCode.Accepted
    dialog.close()
