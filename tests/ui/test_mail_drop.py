"""Mails dragged from Outlook (virtual files) or dropped as files onto a record's
attachments panel become e-mail activities in its timeline, with their attachments."""

from __future__ import annotations

import uuid
import warnings
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QDialog, QWidget
from pytestqt.qtbot import QtBot

from indie_desktop.interchange.mail.outlook_drag import file_group_descriptor
from indie_desktop.services.contacts.people import AffiliationDraft, PersonDraft
from indie_desktop.services.directory.organisations import OrganisationDraft
from indie_desktop.services.directory.timeline import EntryKind
from indie_desktop.services.workspace import Workspace
from indie_desktop.ui.mail.dropped_mail import CONTENTS, DESCRIPTOR, windows_format
from indie_desktop.ui.mail.file_mails import ChooseOrganisationDialog
from indie_desktop.ui.main_window import MainWindow
from indie_desktop.ui.tasks import SynchronousRunner
from indie_desktop.ui.widgets.attachments_panel import AttachmentsPanel

MAIL = Path(__file__).parents[1] / "files" / "mail"


def outlook_mime(files: list[Path]) -> QMimeData:
    """What Outlook puts on a drag of mails, as Qt on Windows names its formats: the names in
    a FILEGROUPDESCRIPTORW, the bytes of the first mail under FileContents."""
    mime = QMimeData()
    contents = [f.read_bytes() for f in files]
    names = [f"{f.stem.replace('poi-', '')}.msg" for f in files]
    mime.setData(
        windows_format(DESCRIPTOR), file_group_descriptor(names, [len(c) for c in contents])
    )
    mime.setData(windows_format(CONTENTS), contents[0])
    mime.setData(windows_format("RenPrivateMessages"), b"\x00" * 16)
    return mime


def drop(widget: QWidget, mime: QMimeData) -> None:
    """As a drag ends over the widget: it enters (and accepts), then the drop."""
    with warnings.catch_warnings():  # Qt 6 offers this constructor only, marked deprecated
        warnings.simplefilter("ignore", DeprecationWarning)
        enter = QDragEnterEvent(
            QPoint(5, 5),
            Qt.DropAction.CopyAction,
            mime,
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
        )
    QApplication.sendEvent(widget, enter)
    assert enter.isAccepted()
    event = QDropEvent(
        QPointF(5, 5),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(widget, event)


def test_mail_dragged_from_outlook_onto_a_company_is_in_its_timeline_with_attachments(
    qtbot: QtBot, local_workspace: Workspace, german: None
) -> None:
    ws = local_workspace
    org = ws.organisations.create(OrganisationDraft(name="Stahlbau Şükrü GmbH"))
    from indie_desktop.ui.views.organisations_view import OrganisationsView

    view = OrganisationsView(ws)
    qtbot.addWidget(view)
    view.on_detail_shown(org)
    drop(view.attachments, outlook_mime([MAIL / "poi-example_received_unicode.msg"]))
    entries = view.timeline.entries()
    assert [(e.title, e.subkind) for e in entries] == [
        ("This is a test message please ignore", "email")
    ]
    files = [r.filename for r in ws.attachments.list_for("activity", entries[0].record_id)]
    assert files == ["example_received_unicode.msg", "alfresco.gif"]
    assert view.attachments.mail_note.text() == "1 E-Mail als Aktivität abgelegt."
    # The same mail again: recognised, nothing new.
    drop(view.attachments, outlook_mime([MAIL / "poi-example_received_unicode.msg"]))
    assert len(view.timeline.entries()) == 1
    assert view.attachments.mail_note.text() == "1 E-Mail war schon abgelegt."


def test_several_mails_from_outlook_file_the_first_and_name_the_others(
    qtbot: QtBot, local_workspace: Workspace, german: None
) -> None:
    ws = local_workspace
    org = ws.organisations.create(OrganisationDraft(name="Gießerei Hagen KG"))
    panel = AttachmentsPanel(ws, "organisation")
    qtbot.addWidget(panel)
    panel.set_target(org)
    drop(panel, outlook_mime([MAIL / "poi-bug66335.msg", MAIL / "poi-quick.msg"]))
    page = ws.timeline.for_organisation(org, kinds=[EntryKind.ACTIVITY])
    assert [e.title for e in page.entries] == ["Deine Bestellbestätigung vom 13-09-2018"]
    assert "quick.msg" in panel.mail_note.text() and "(Strg+V)" in panel.mail_note.text()


def test_msg_and_eml_files_dropped_on_a_person_are_filed_other_files_attached(
    qtbot: QtBot, local_workspace: Workspace, tmp_path: Path
) -> None:
    ws = local_workspace
    org = ws.organisations.create(OrganisationDraft(name="Wiśniewski Antriebe"))
    person = ws.people.create(
        PersonDraft(
            first_name="Zoë",
            last_name="Ñúñez",
            affiliations=[AffiliationDraft(organisation_id=org, is_primary=True)],
        )
    )
    brochure = tmp_path / "Broschüre.pdf"
    brochure.write_bytes(b"%PDF-1.4 brochure")
    panel = AttachmentsPanel(ws, "person")
    qtbot.addWidget(panel)
    panel.set_target(person)
    with qtbot.waitSignal(panel.mailsFiled) as filed:
        mime = QMimeData()
        mime.setUrls(
            [
                QUrl.fromLocalFile(str(p))
                for p in (
                    MAIL / "msgreader-TestWithAttachmentsAndInlines.eml",
                    MAIL / "poi-attachment_test_msg.msg",
                    brochure,
                )
            ]
        )
        drop(panel, mime)
    assert len(filed.args[0]) == 2
    assert [r.filename for r in ws.attachments.list_for("person", person)] == ["Broschüre.pdf"]
    titles = {e.title for e in ws.timeline.for_organisation(org).entries}
    assert {"Object - subject", "test pièce jointe 1"} <= titles


def _contact(ws: Workspace, company: str, email: str) -> uuid.UUID:
    org = ws.organisations.create(OrganisationDraft(name=company))
    ws.people.create(
        PersonDraft(
            first_name="Peter",
            last_name="Müller",
            email=email,
            affiliations=[AffiliationDraft(organisation_id=org, is_primary=True)],
        )
    )
    return org


def test_mail_dropped_on_the_main_window_goes_to_the_company_of_its_sender(
    qtbot: QtBot, local_workspace: Workspace, german: None
) -> None:
    ws = local_workspace
    org = _contact(ws, "Müller Präzisionsteile GmbH", "Peter.Mueller@domain.ch")
    window = MainWindow(ws, runner=SynchronousRunner())
    qtbot.addWidget(window)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(MAIL / "msgreader-TestWithAttachmentsAndInlines.eml"))])
    drop(window, mime)
    assert [e.title for e in ws.timeline.for_organisation(org).entries] == ["Object - subject"]
    assert window.statusBar().currentMessage() == "1 E-Mail als Aktivität abgelegt."


def test_main_window_asks_which_company_when_the_addresses_name_two(
    qtbot: QtBot, local_workspace: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    ws = local_workspace
    _contact(ws, "Alpha GmbH", "mike.farman@alfresco.com")
    beta = _contact(ws, "Beta AG", "nick.burch@alfresco.com")
    asked: list[list[str]] = []

    def choose_beta(dialog: ChooseOrganisationDialog) -> int:
        names = [dialog.candidates.item(i).text() for i in range(dialog.candidates.count())]
        asked.append(names)
        dialog.candidates.setCurrentRow(names.index("Beta AG"))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ChooseOrganisationDialog, "exec", choose_beta)
    window = MainWindow(ws, runner=SynchronousRunner())
    qtbot.addWidget(window)
    drop(window, outlook_mime([MAIL / "poi-example_received_unicode.msg"]))
    assert asked and set(asked[0][:2]) == {"Alpha GmbH", "Beta AG"}
    entries = ws.timeline.for_organisation(beta).entries
    assert [e.title for e in entries] == ["This is a test message please ignore"]
