"""The referral letter from the Referrals list: the draft is edited, printed into a file, and
the referral then shows the letter's date; the mirror letter goes to the company."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog

from indie_desktop.domain.formatting import format_date
from indie_desktop.ui.main_window import REFERRALS, MainWindow
from indie_desktop.ui.printing.referral_letter import ReferralLetterDialog
from indie_desktop.ui.tasks import SynchronousRunner
from tests.ui.dialog_fixtures import type_text
from tests.ui.printing_fixtures import PrintNetwork, build_print_network, pdf_text


@pytest.fixture
def network(workspace) -> PrintNetwork:
    return build_print_network(workspace)


@pytest.fixture
def window(qtbot, network, german) -> MainWindow:
    w = MainWindow(network.ws, runner=SynchronousRunner())
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    w.show_view(REFERRALS)
    w.views[REFERRALS].select_record(network.referral)
    return w


def print_into(path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The system print dialog, answered with 'print to this PDF file'."""

    def accept(dialog: QPrintDialog) -> int:
        dialog.printer().setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        dialog.printer().setOutputFileName(str(path))
        return int(QDialog.DialogCode.Accepted.value)

    monkeypatch.setattr(QPrintDialog, "exec", accept)


def test_edited_letter_printed_to_a_file_is_recorded_on_the_referral(
    qtbot, window, network, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window.printing.referral_letter_action.trigger()
    dialog = window.printing.last_dialog
    assert isinstance(dialog, ReferralLetterDialog)
    assert dialog.recipient_edit.toPlainText().splitlines()[:2] == [
        "Müller & Söhne GmbH & Co. KG",
        "Herrn Dr. Łukasz Wiśniewski",
    ]
    assert dialog.salutation_edit.text() == "Sehr geehrter Herr Dr. Wiśniewski,"
    assert not dialog.sent_label.isVisible()

    dialog.body_edit.moveCursor(dialog.body_edit.textCursor().MoveOperation.End)
    qtbot.keyClick(dialog.body_edit, Qt.Key.Key_Return)
    type_text(qtbot, dialog.body_edit, "PS: Frau Ñúñez erwartet Ihren Anruf.")
    preview = dialog.show_preview()
    assert preview is not None
    assert "PS: Frau Ñúñez erwartet Ihren Anruf." in pdf_text(preview.pdf)

    printed = tmp_path / "brief.pdf"
    print_into(printed, monkeypatch)
    with qtbot.waitSignal(dialog.letter_recorded):
        preview.print_button.click()
    assert printed.is_file()

    today = format_date(date.today())
    assert dialog.sent_label.text() == f"<b>Schreiben versandt am {today}</b>"
    detail = network.ws.referral_list.detail(network.referral)
    assert detail.letter_sent_on == date.today()
    assert detail.letter_attachment_id is not None
    view = window.views[REFERRALS]
    assert f"Schreiben versandt am {today}" in view.detail.toPlainText()

    # Saving the same letter as PDF as well does not record it twice.
    assert preview.save_to(tmp_path / "kopie.pdf")
    attachments = network.ws.attachments.list_for("referral", network.referral)
    assert len(attachments) == 1
    preview.close()


def test_closing_the_preview_without_printing_records_nothing(window, network) -> None:
    window.printing.referral_letter_action.trigger()
    dialog = window.printing.last_dialog
    preview = dialog.show_preview()
    preview.close()
    assert network.ws.referral_list.detail(network.referral).letter_sent_on is None


def test_mirror_letter_goes_to_the_company_and_keeps_the_partner_letter_edits(
    qtbot, window, network
) -> None:
    window.printing.referral_letter_action.trigger()
    dialog = window.printing.last_dialog
    dialog.subject_edit.setText("Vorstellung: Müller & Söhne")
    dialog.set_mirror(True)
    assert dialog.recipient_edit.toPlainText().startswith("Yıldız Metallbau GmbH")
    assert "Zoë Ñúñez" in dialog.recipient_edit.toPlainText()
    assert dialog.template_combo.currentData() == "referral_company"
    dialog.set_mirror(False)
    assert dialog.subject_edit.text() == "Vorstellung: Müller & Söhne"


def test_braces_typed_into_the_body_print_as_typed(window, message_boxes) -> None:
    """The body is final text: nothing in it is filled in or run."""
    window.printing.referral_letter_action.trigger()
    dialog = window.printing.last_dialog
    dialog.body_edit.setPlainText("Guten Tag, {company.__class__} bleibt {so}.")
    preview = dialog.show_preview()
    assert "{company.__class__} bleibt {so}." in pdf_text(preview.pdf)
    assert message_boxes == []
    preview.close()


def test_the_referral_detail_offers_the_letter_as_a_link(window, network) -> None:
    view = window.views[REFERRALS]
    assert "Vermittlungsschreiben drucken…" in view.detail.toPlainText()
    view._link_clicked(QUrl(f"referral-letter:{network.referral}"))
    dialog = window.printing.last_dialog
    assert isinstance(dialog, ReferralLetterDialog)
    assert dialog.referral_id == network.referral
    dialog.close()


def test_the_user_chooses_whom_at_the_company_the_letters_name(qtbot, window, network) -> None:
    from indie_desktop.domain.enums import Salutation
    from indie_desktop.services.contacts.people import AffiliationDraft, PersonDraft

    network.ws.people.create(
        PersonDraft(
            salutation=Salutation.FRAU,
            first_name="Julia",
            last_name="Langern",
            function="Konstrukteurin",
            affiliations=[AffiliationDraft(organisation_id=network.yildiz)],
        )
    )
    window.printing.referral_letter_action.trigger()
    dialog = window.printing.last_dialog
    combo = dialog.contact_combo
    texts = [combo.itemText(i) for i in range(combo.count())]
    assert "Julia Langern (Konstrukteurin)" in texts
    assert combo.currentText().startswith("Zoë Ñúñez")
    combo.setCurrentIndex(texts.index("Julia Langern (Konstrukteurin)"))
    combo.activated.emit(combo.currentIndex())
    assert "Frau Julia Langern (Konstrukteurin" in dialog.body_edit.toPlainText()
    dialog.set_mirror(True)
    assert "Frau Julia Langern" in dialog.recipient_edit.toPlainText()
    assert dialog.salutation_edit.text() == "Sehr geehrte Frau Langern,"


def test_the_edited_letter_opens_as_word_document_from_the_preview(
    qtbot, window, network, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtGui import QDesktopServices

    from indie_desktop.interchange.docx_template import document_text

    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    window.printing.referral_letter_action.trigger()
    dialog = window.printing.last_dialog
    dialog.body_edit.moveCursor(dialog.body_edit.textCursor().MoveOperation.End)
    qtbot.keyClick(dialog.body_edit, Qt.Key.Key_Return)
    type_text(qtbot, dialog.body_edit, "PS: Frau Ñúñez erwartet Ihren Anruf.")
    preview = dialog.show_preview()
    assert preview.word_button.text() == "Als &Word-Dokument öffnen"
    preview.word_button.click()
    assert preview.word_path is not None and preview.word_path.suffix == ".docx"
    assert [u.toLocalFile() for u in opened] == [str(preview.word_path)]
    text = document_text(preview.word_path.read_bytes())
    assert "Sehr geehrter Herr Dr. Wiśniewski," in text
    assert "PS: Frau Ñúñez erwartet Ihren Anruf." in text
    preview.close()
