"""Word mail merge from the window (issue 23): from the people list's mail merge, the
institution's registered Word template filled for each person into a folder (one document
each, or one with page breaks, and a PDF through LibreOffice), the objection honoured and
who was left out listed (German UI)."""

from __future__ import annotations

import io
import shutil
from pathlib import Path

import pdfplumber
import pytest

from indie_desktop.domain.privacy import Purpose
from indie_desktop.interchange.docx_template import document_text
from indie_desktop.ui.main_window import PEOPLE, MainWindow
from indie_desktop.ui.printing.mail_merge import MailMergeDialog
from indie_desktop.ui.printing.word_merge import WordMergeDialog
from indie_desktop.ui.tasks import SynchronousRunner
from tests.ui.printing_fixtures import PrintNetwork, build_print_network

WORD = Path(__file__).parents[1] / "files" / "word"
TEMPLATE = "docx-mailmerge-winword2010.docx"


@pytest.fixture
def network(workspace) -> PrintNetwork:
    net = build_print_network(workspace)
    net.ws.word_templates.register(WORD / TEMPLATE)
    net.ws.privacy.add_objection(net.zoe, Purpose.LETTER, "01.11.2026")
    return net


@pytest.fixture
def word(qtbot, network: PrintNetwork, german) -> WordMergeDialog:
    window = MainWindow(network.ws, runner=SynchronousRunner())
    qtbot.addWidget(window)
    window.show_view(PEOPLE)
    window.printing.mail_merge_action.trigger()
    merge = window.printing.last_dialog
    assert isinstance(merge, MailMergeDialog)
    assert merge.word_button.text() == "&Word-Vorlage…"
    dialog = merge.by_word_template()
    assert isinstance(dialog, WordMergeDialog)
    return dialog


def test_word_template_filled_for_each_person_of_the_list_into_a_folder(
    word: WordMergeDialog, tmp_path: Path
) -> None:
    assert word.template_combo.currentText() == TEMPLATE
    assert "Unbekannt, sie bleiben leer: Voornaam" in word.template_note.text()
    word.each_radio.setChecked(True)
    word.folder_edit.setText(str(tmp_path / "Serienbriefe Hagen"))
    word.create_button.click()
    written = sorted(p.name for p in (tmp_path / "Serienbriefe Hagen").iterdir())
    assert written == [
        "docx-mailmerge-winword2010 - Dr. Łukasz Wiśniewski.docx",
    ]
    text = document_text((tmp_path / "Serienbriefe Hagen" / written[0]).read_bytes())
    assert text.split()[:2] == ["Dr.", "58091"]  # his title, Müller & Söhne's postcode
    reasons = {
        word.skipped_table.item(r, 0).text(): word.skipped_table.item(r, 1).text()
        for r in range(word.skipped_table.rowCount())
    }
    assert reasons["Zoë Ñúñez"].startswith("Widerspruch seit 01.11.2026")
    assert "Jan Ohneort" in reasons
    assert word.summary.text().startswith("1 Briefe in 1 Datei(en) geschrieben nach")


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_one_combined_word_document_and_its_pdf_through_libreoffice(
    word: WordMergeDialog, network: PrintNetwork, tmp_path: Path
) -> None:
    word.pdf_check.setChecked(True)
    word.folder_edit.setText(str(tmp_path))
    word.create_button.click()
    names = sorted(p.name for p in word.written)
    assert names == [
        "docx-mailmerge-winword2010 - Serienbrief.docx",
        "docx-mailmerge-winword2010 - Serienbrief.pdf",
    ]
    with pdfplumber.open(io.BytesIO((tmp_path / names[1]).read_bytes())) as pdf:
        assert pdf.pages[0].extract_text().split()[:2] == ["Dr.", "58091"]


def test_without_a_registered_template_the_dialog_says_where_to_add_one(
    qtbot, workspace, german
) -> None:
    dialog = WordMergeDialog(workspace, SynchronousRunner(), [])
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.create_button.isEnabled()
    assert dialog.error.text().startswith("Noch keine Word-Vorlage")
