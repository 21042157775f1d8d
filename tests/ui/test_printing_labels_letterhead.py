"""Address labels (sheet, first free label, recipients) and the letterhead settings dialog
(validation at the field, the logo, the sample page, saving)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QFileDialog

from indie_desktop.ui.main_window import PEOPLE, MainWindow
from indie_desktop.ui.printing.labels_dialog import LabelsDialog
from indie_desktop.ui.printing.letterhead_dialog import LetterheadDialog
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
    return w


# --- labels ---------------------------------------------------------------------------------


def open_labels(window: MainWindow) -> LabelsDialog:
    window.printing.labels_action.trigger()
    dialog = window.printing.last_dialog
    assert isinstance(dialog, LabelsDialog)
    return dialog


def test_labels_for_the_people_list_start_at_the_chosen_free_label(qtbot, window) -> None:
    window.show_view(PEOPLE)
    dialog = open_labels(window)
    assert dialog.sheet().layout == "3474"
    assert dialog.picker.group.buttons()[0].isChecked()
    qtbot.mouseClick(dialog.picker.group.button(7), Qt.MouseButton.LeftButton)
    assert dialog.start_spin.value() == 8
    assert dialog.picker.group.button(3).property("used") == "true"
    dialog.create_labels()
    preview = dialog.preview
    assert preview is not None
    text = pdf_text(preview.pdf)
    assert "Herrn Dr. Łukasz Wiśniewski" in text
    assert "Frau Zoë Ñúñez" in text
    assert "Ohneort" not in text  # no postal address: no label
    assert preview.zoom_combo.currentText() == "Ganze Seite"
    preview.close()


def test_switching_to_l7163_offers_its_fourteen_labels(window) -> None:
    window.show_view(PEOPLE)
    dialog = open_labels(window)
    dialog.start_spin.setValue(20)
    dialog.layout_combo.setCurrentIndex(1)
    assert dialog.sheet().layout == "L7163"
    assert len(dialog.picker.group.buttons()) == 14
    assert dialog.start_spin.maximum() == 14
    assert dialog.start_spin.value() == 14
    dialog.start_spin.setValue(3)
    assert dialog.start_cell() == 2
    assert dialog.picker.group.button(2).isChecked()


def test_several_selected_organisations_get_their_labels_only(window, network) -> None:
    view = window.organisations_view
    view.select_record(network.mueller)
    view.table.selectionModel().select(
        view.model.index(view.model.row_of(network.nowhere), 0),
        view.table.selectionModel().SelectionFlag.Select
        | view.table.selectionModel().SelectionFlag.Rows,
    )
    dialog = open_labels(window)
    assert dialog.selected_radio.isChecked()
    assert dialog.selected_radio.text() == "nur die 2 ausgewählten Organisationen"
    dialog.create_labels()
    text = pdf_text(dialog.preview.pdf)
    assert "Müller & Söhne GmbH & Co. KG" in text
    assert "Yıldız" not in text
    dialog.preview.close()


def test_labels_for_nobody_with_an_address_say_so_in_the_dialog(window, network) -> None:
    view = window.organisations_view
    view.select_record(network.nowhere)
    view.filter_edit.setText("Ohne Anschrift")
    view.apply_filter()
    dialog = open_labels(window)
    dialog.create_labels()
    assert dialog.preview is None
    assert dialog.error.isVisibleTo(dialog)
    assert dialog.error.text() == "Keiner der gewählten Datensätze hat eine Postanschrift"


# --- letterhead -----------------------------------------------------------------------------


@pytest.fixture
def letterhead(qtbot, window) -> LetterheadDialog:
    window.printing.letterhead_action.trigger()
    dialog = window.printing.last_dialog
    assert isinstance(dialog, LetterheadDialog)
    return dialog


def test_letterhead_shows_the_own_institution(letterhead) -> None:
    assert letterhead.edits["name"].text() == "Wirtschaftsförderung Dortmund"
    assert letterhead.windowTitle() == "Briefkopf – Wirtschaftsförderung Dortmund"


def test_letterhead_errors_appear_at_their_fields_and_keep_what_was_typed(
    qtbot, letterhead, network
) -> None:
    email, postcode = letterhead.edits["email"], letterhead.edits["postcode"]
    email.clear()
    type_text(qtbot, email, "info at wf-dortmund")
    postcode.clear()
    type_text(qtbot, postcode, "441")
    letterhead.edits["name"].clear()
    letterhead.save_button.click()
    assert letterhead.isVisible()
    assert letterhead.errors["email"].text() == "Eine E-Mail-Adresse hat genau ein @"
    assert letterhead.errors["postcode"].text() == "Eine deutsche Postleitzahl hat genau 5 Ziffern"
    assert letterhead.errors["name"].text() == "Pflichtfeld"
    assert email.text() == "info at wf-dortmund"
    assert network.ws.printing.letterhead_draft().postcode == "44147"


def test_letterhead_saved_with_a_logo_prints_on_documents(
    qtbot, letterhead, network, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    logo = tmp_path / "logo.png"
    image = QImage(240, 80, QImage.Format.Format_RGB32)
    image.fill(QColor("#1c4f8c"))
    assert image.save(str(logo))
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *_a: (str(logo), "Bilder"))
    )
    letterhead.choose_logo_button.click()
    assert not letterhead.logo_preview.pixmap().isNull()
    letterhead.footer_edit.setPlainText("Sparkasse Dortmund · IBAN DE12 4405 0199 0000 0000 00")
    sample = letterhead.show_sample()
    assert sample is not None
    assert "Sparkasse Dortmund" in pdf_text(sample.pdf)
    sample.close()
    with qtbot.waitSignal(letterhead.saved):
        letterhead.save_button.click()
    draft = network.ws.printing.letterhead_draft()
    assert draft.logo_path == str(logo)
    assert "Sparkasse Dortmund" in pdf_text(network.ws.printing.contact_sheets([network.yildiz]))


def test_a_file_that_is_no_image_is_refused_at_the_logo_field(letterhead, tmp_path: Path) -> None:
    not_an_image = tmp_path / "logo.png"
    not_an_image.write_text("kein Bild", encoding="utf-8")
    assert not letterhead.set_logo(str(not_an_image))
    assert letterhead.errors["logo_path"].text() == "Diese Datei lässt sich nicht als Bild lesen."
    letterhead.save_button.click()
    assert letterhead.isVisible()
