"""Mail on events and target groups (issue 23): a mail dropped onto an event is filed on the
event; invitations by e-mail go to a saved target group through a real local SMTP server,
the consents honoured, and whoever got one becomes an invited participant (German UI)."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select, update

from indie_desktop.domain.enums import ParticipantStatus
from indie_desktop.domain.models import Activity, Attachment, Person, Staff
from indie_desktop.domain.privacy import Purpose
from indie_desktop.interchange.mail import read_mail
from indie_desktop.services.workspace import Workspace
from indie_desktop.ui.events.events_view import EventsView
from indie_desktop.ui.mail.invitation_dialog import InvitationDialog
from tests.events_scenario import Network, branchentreff, org
from tests.smtp_server import SmtpServer, smtp_server
from tests.ui.test_mail_drop import MAIL, drop, outlook_mime

__all__ = ["smtp_server"]


@pytest.fixture
def net(workspace: Workspace) -> Network:
    network = Network(workspace)
    with workspace.db.session() as s:
        s.execute(update(Staff).values(email="s.yildiz@wf-dortmund.de"))
        s.execute(
            update(Person).where(Person.id == network.lukasz).values(email="lw@wisniewski.de")
        )
    workspace.privacy.add_objection(network.lukasz, Purpose.EVENT_INVITATIONS, "01.11.2026")
    org(workspace, "Schmiede Ohnekontakt OHG", "Hagen")  # metal, nobody to write to
    workspace.target_groups.save("Metall Hagen/EN", network.metal_group())
    return network


@pytest.fixture
def view(qtbot, workspace: Workspace, net: Network, german) -> EventsView:
    v = EventsView(workspace)
    qtbot.addWidget(v)
    v.resize(1300, 800)
    v.show()
    qtbot.waitExposed(v)
    return v


def test_a_mail_dragged_onto_an_event_is_filed_on_the_event(
    qtbot, workspace: Workspace, view: EventsView
) -> None:
    event = branchentreff(workspace)
    view.model.reload()
    view.select_record(event)
    assert view.attachments.target_id == event and view.attachments.isEnabled()
    drop(view.attachments, outlook_mime([MAIL / "poi-example_received_unicode.msg"]))
    assert view.attachments.mail_note.text().startswith("1 E-Mail als Aktivität abgelegt")
    with workspace.db.session() as s:
        (activity,) = s.scalars(select(Activity).where(Activity.project_id == event)).all()
        kept = s.scalars(
            select(Attachment.filename).where(
                Attachment.target_type == "project", Attachment.target_id == event
            )
        ).all()
    assert activity.subject == "This is a test message please ignore"
    assert kept == ["example_received_unicode.msg"]
    assert view.attachments.list.count() == 1


def test_event_invitations_by_email_go_to_a_target_group_consents_honoured(
    qtbot, workspace: Workspace, net: Network, view: EventsView, smtp_server: SmtpServer
) -> None:
    event = branchentreff(workspace)
    view.model.reload()
    view.select_record(event)
    assert view.panel.buttons["invite_mail"].text() == "&Per E-Mail einladen…"
    dialog = view.invite_by_email()
    assert isinstance(dialog, InvitationDialog)
    qtbot.addWidget(dialog)
    assert dialog.recipients_combo.currentText() == "Zielgruppe „Metall Hagen/EN“"
    dialog.smtp_radio.setChecked(True)
    dialog.host_edit.setText(smtp_server.host)
    dialog.port_spin.setValue(smtp_server.port)
    dialog.security_combo.setCurrentIndex(dialog.security_combo.findData("none"))
    dialog.send_button.click()
    assert dialog.report is not None and dialog.report.sent == 1
    assert [a.recipients for a in smtp_server.arrived] == [["sy@yildiz.de"]]
    text = read_mail(smtp_server.arrived[0].data).text
    assert text.startswith("Sehr geehrter Herr Yıldız,")
    assert "SIHK Hagen, Bahnhofstraße 18" in text  # the event's place in the invitation
    reasons = {
        dialog.skipped_table.item(r, 0).text(): dialog.skipped_table.item(r, 1).text()
        for r in range(dialog.skipped_table.rowCount())
    }
    assert reasons["Łukasz Wiśniewski"].startswith("Widerspruch seit 01.11.2026")
    assert reasons["Schmiede Ohnekontakt OHG"] == "keine Hauptansprechperson"
    invited = workspace.participants.person_ids(event, [ParticipantStatus.INVITED])
    assert invited == [net.sukru]
    dialog.close()


def test_email_to_a_target_group_from_the_mail_merge_of_a_selection(
    qtbot, workspace: Workspace, net: Network, tmp_path: Path, german
) -> None:
    """Without an event, the same dialog offers the chosen people and every saved group."""
    dialog = InvitationDialog(workspace, None, [net.zoe], template_name="einladung_branchentreff")  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    assert [
        dialog.recipients_combo.itemText(i) for i in range(dialog.recipients_combo.count())
    ] == [
        "die 1 ausgewählte Person",
        "Zielgruppe „Metall Hagen/EN“",
    ]
    dialog.folder_edit.setText(str(tmp_path / "Entwürfe"))
    dialog.recipients_combo.setCurrentIndex(1)
    dialog.send_button.click()
    (draft,) = sorted((tmp_path / "Entwürfe").iterdir())
    assert read_mail(draft.read_bytes()).to[0].email == "sy@yildiz.de"
