"""Einstellungen → Vorlagen: a Word letterhead registered with its fields checked, used for a
mail merge; the text of a built-in letter edited in the app and printed."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from indie_desktop.config import Settings
from indie_desktop.interchange.docx_template import document_text
from indie_desktop.services.workspace import Workspace
from indie_desktop.ui.printing.templates_page import TemplatesPage
from indie_desktop.ui.settings_dialog import SettingsDialog
from tests.print.world import World, page_text, world

__all__ = ["world"]
WORD = Path(__file__).parents[1] / "files" / "word"


def test_word_template_added_in_settings_lists_unknown_fields_and_fills_letters(
    qtbot: QtBot, world: World, german: None, monkeypatch, tmp_path: Path
) -> None:
    dialog = SettingsDialog(Settings(tmp_path / "settings.json"), world.ws)
    qtbot.addWidget(dialog)
    page = dialog.templates_page
    assert isinstance(page, TemplatesPage)
    assert dialog.tabs.tabText(dialog.tabs.indexOf(page)) == "Vorlage&n"
    source = WORD / "docx-mailmerge-winword2010.docx"
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(source), ""))
    page.add_word_button.click()
    assert page.word_list.count() == 1
    assert page.word_list.item(0).text().startswith("docx-mailmerge-winword2010.docx: Titel")
    assert "Diese Felder sind unbekannt und bleiben leer: «Voornaam»" in page.word_message.text()
    merged = world.ws.word_templates.merge("docx-mailmerge-winword2010.docx", [world.zoe])
    assert "Prof. Dr." in document_text(merged.documents[0][1]).splitlines()[0]
    page.word_list.setCurrentRow(0)
    page.remove_word_button.click()
    assert page.word_list.count() == 0


def test_a_file_that_is_no_word_document_is_refused_at_the_list(
    qtbot: QtBot, world: World, german: None, tmp_path: Path
) -> None:
    page = TemplatesPage(world.ws)
    qtbot.addWidget(page)
    fake = tmp_path / "Briefkopf.docx"
    fake.write_bytes(b"kein Word")
    page.add_word_template(fake)
    assert page.word_message.text() == "Die Datei ist kein Word-Dokument (.docx oder .dotx)"
    assert page.word_list.count() == 0


def test_built_in_letter_text_edited_in_the_app_is_printed_and_can_be_reset(
    qtbot: QtBot, world: World, german: None
) -> None:
    ws: Workspace = world.ws
    page = TemplatesPage(ws)
    qtbot.addWidget(page)
    page.template_combo.setCurrentIndex(page.template_combo.findData("netzwerk_information"))
    assert page.text_state.text() == "Originaltext"
    page.text_edit.setPlainText(
        page.text_edit.toPlainText().replace("---\n", "---\nGanz neu: {organisation} im Netz.\n")
    )
    assert page.save_text()
    pdf = ws.printing.mail_merge("netzwerk_information", [world.lukasz]).pdf
    assert "Ganz neu: Müller & Söhne GmbH & Co. KG im Netz." in page_text(pdf)[0]
    page.text_edit.setPlainText(page.text_edit.toPlainText() + "\n{gibtsnicht}")
    assert not page.save_text()
    assert "{gibtsnicht}" in page.text_error.text()
    page.reset_text_button.click()
    assert page.text_state.text() == "Originaltext"
    assert "Ganz neu" not in page.text_edit.toPlainText()
