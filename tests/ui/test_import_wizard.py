"""The import wizard and the duplicate finder, driven like a user would."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QComboBox, QDialog, QInputDialog, QWizard

from indie_desktop.services.directory.organisations import OrganisationDraft
from indie_desktop.services.listing import ListQuery
from indie_desktop.services.workspace import Workspace
from indie_desktop.ui.duplicates.finder import DuplicateFinder
from indie_desktop.ui.duplicates.merge_dialog import MergeDialog
from indie_desktop.ui.importing.wizard import ImportWizard
from indie_desktop.ui.tasks import SynchronousRunner

CSV = (
    "Firma;Straße;PLZ;Ort;Vorname;Nachname;E-Mail\r\n"
    "Yıldız Metallbau GmbH;Eilper Str. 5;58091;Hagen;Şükrü;Yıldız;sukru@yildiz-metall.de\r\n"
    "Wiśniewski Elektro e.K.;Bahnhofstr. 1;44623;Herne;Łukasz;Wiśniewski;kein-at\r\n"
).encode("utf-8-sig")


def _names(ws: Workspace) -> list[str]:
    return sorted(r.name for r in ws.organisations.page(ListQuery(), 0, 50))


def test_wizard_imports_a_csv_end_to_end_and_can_undo(
    qtbot: object,
    workspace: Workspace,
    runner: SynchronousRunner,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    path = tmp_path / "kontakte.csv"
    path.write_bytes(CSV)
    wizard = ImportWizard(workspace, runner)
    qtbot.addWidget(wizard)  # type: ignore[attr-defined]
    wizard.show()
    wizard.file_page.path_edit.setText(str(path))
    wizard.file_page.load()
    assert "utf-8-sig" in wizard.file_page.detected.text()
    assert "semicolon" in wizard.file_page.detected.text()
    wizard.next()
    mapping = wizard.mapping_page.mapping()
    assert mapping[0] == "organisation.name" and mapping[6] == "person.email"
    wizard.next()
    check = wizard.check_page
    assert check.report is not None and check.report.dry_run
    assert [(e.row, e.column) for e in check.report.errors] == [(3, "E-Mail")]
    assert _names(workspace) == []  # the dry run changed nothing
    # The user corrects the e-mail address in the error list; the check runs again.
    monkeypatch.setattr(
        QInputDialog, "getText", lambda *a, **k: ("lukasz@wisniewski-elektro.de", True)
    )
    check.fix_error(0, 0)
    assert check.report.errors == []
    wizard.next()
    run = wizard.run_page
    assert run.finished and run.report is not None and run.report.complete
    assert _names(workspace) == ["Wiśniewski Elektro e.K.", "Yıldız Metallbau GmbH"]
    assert wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
    run.undo_button.click()
    assert _names(workspace) == []


def test_wizard_lets_the_user_skip_a_likely_duplicate(
    qtbot: object, workspace: Workspace, runner: SynchronousRunner, tmp_path: Path
) -> None:
    workspace.organisations.create(
        OrganisationDraft(name="Yildiz Metallbau GmbH", postcode="58091")
    )
    path = tmp_path / "kontakte.csv"
    path.write_bytes(CSV)
    wizard = ImportWizard(workspace, runner)
    qtbot.addWidget(wizard)  # type: ignore[attr-defined]
    wizard.show()
    wizard.file_page.path_edit.setText(str(path))
    wizard.file_page.load()
    wizard.next()
    wizard.next()
    table = wizard.check_page.duplicates
    assert table.rowCount() == 1 and table.item(0, 0).text() == "2"
    combo = table.cellWidget(0, 5)
    assert isinstance(combo, QComboBox)
    combo.setCurrentIndex(1)  # Skip
    wizard.next()
    assert wizard.run_page.report is not None
    report = wizard.run_page.report
    assert report.skipped == [2]  # the duplicate; the bad e-mail of row 3 costs no firm
    assert [(e.row, e.kept) for e in report.errors] == [(3, True)]
    assert _names(workspace) == ["Wiśniewski Elektro e.K.", "Yildiz Metallbau GmbH"]


def test_duplicate_finder_lists_pairs_merges_and_undoes(
    qtbot: object,
    workspace: Workspace,
    runner: SynchronousRunner,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    keep = workspace.organisations.create(
        OrganisationDraft(name="Müller Präzisionstechnik GmbH", postcode="44135")
    )
    workspace.organisations.create(
        OrganisationDraft(
            name="Mueller Praezisionstechnik Gesellschaft mit beschränkter Haftung",
            postcode="44135",
            street="Hauptstraße 12",
        )
    )
    finder = DuplicateFinder(workspace, runner)
    qtbot.addWidget(finder)  # type: ignore[attr-defined]
    finder.scan()
    assert finder.table.rowCount() == 1
    assert "same postcode" in finder.table.item(0, 4).text()

    def merge_taking_street(dialog: MergeDialog) -> int:
        assert dialog.choices["street"].isChecked()  # the kept record's street is empty
        dialog.accept()
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(MergeDialog, "exec", merge_taking_street)
    finder.merge_row(0)
    assert finder.table.rowCount() == 0 and finder.undo_button.isEnabled()
    assert workspace.organisations.detail(keep).draft.street == "Hauptstraße 12"
    assert len(_names(workspace)) == 1
    finder.undo_button.click()
    assert len(_names(workspace)) == 2
    assert finder.table.rowCount() == 1


def test_wizard_decimal_separator_can_be_overridden_and_reads_wz_codes_excel_made_numbers(
    qtbot: object, workspace: Workspace, runner: SynchronousRunner, tmp_path: Path
) -> None:
    """German Excel writes the WZ code 25.62 it took for a number as 25,62."""
    path = tmp_path / "firmen.csv"
    path.write_bytes("Firma;WZ\r\nKemper Metallbau GmbH;25,62\r\n".encode("cp1252"))
    wizard = ImportWizard(workspace, runner)
    qtbot.addWidget(wizard)  # type: ignore[attr-defined]
    wizard.show()
    page = wizard.file_page
    page.path_edit.setText(str(path))
    page.load()
    assert "decimal comma" in page.detected.text()
    page.decimal.setCurrentIndex(page.decimal.findData(False))  # the user says: points
    assert page.table is not None and not page.table.decimal_comma
    assert "decimal point" in page.detected.text()
    wizard.next()
    wizard.next()
    check = wizard.check_page
    assert check.report is not None
    assert [(e.row, e.column) for e in check.report.errors] == [(2, "WZ")]
    wizard.back()
    wizard.back()
    page.decimal.setCurrentIndex(page.decimal.findData(True))
    wizard.next()
    wizard.next()
    assert check.report is not None and check.report.errors == []
    wizard.next()
    [row] = workspace.organisations.page(ListQuery(), 0, 5)
    assert row.wz_code == "25.62"


def test_wizard_keeps_vcard_photos_when_the_user_ticks_the_box(
    qtbot: object, workspace: Workspace, runner: SynchronousRunner, tmp_path: Path
) -> None:
    from tests.unit.test_import_service import _photo_cards

    csv_path = tmp_path / "firmen.csv"
    csv_path.write_bytes(CSV)
    path = tmp_path / "kontakte.vcf"
    path.write_bytes(_photo_cards())
    wizard = ImportWizard(workspace, runner)
    qtbot.addWidget(wizard)  # type: ignore[attr-defined]
    wizard.show()
    page = wizard.file_page
    page.path_edit.setText(str(csv_path))
    page.load()
    assert not page.keep_photos.isEnabled()  # a CSV has no photos
    page.path_edit.setText(str(path))
    page.load()
    assert page.keep_photos.isEnabled() and not page.keep_photos.isChecked()
    assert "2 photo(s)" in page.detected.text()  # English sources; German: "2 Fotos"
    page.keep_photos.setChecked(True)
    wizard.next()
    wizard.next()
    wizard.next()
    assert wizard.run_page.report is not None and wizard.run_page.report.complete
    zoe = workspace.people.page(ListQuery(text="zoe"), 0, 1)[0]
    assert [a.filename for a in workspace.attachments.list_for("person", zoe.id)] == [
        "Foto Zoë Ñúñez.png"
    ]


CORPUS = Path(__file__).parents[1] / "files" / "contacts"


def test_wizard_lists_what_will_not_arrive_and_merges_a_second_import_of_the_same_book(
    qtbot: object, workspace: Workspace, runner: SynchronousRunner
) -> None:
    """Google's CSV export (Roundcube's fixture): its type columns fill no field and are listed
    before importing; the same file again is preselected to merge and changes nothing."""
    path = CORPUS / "roundcube-csv-gmail.csv"
    for attempt in (1, 2):
        wizard = ImportWizard(workspace, runner)
        qtbot.addWidget(wizard)  # type: ignore[attr-defined]
        wizard.show()
        wizard.file_page.path_edit.setText(str(path))
        wizard.file_page.load()
        wizard.next()
        shown = wizard.mapping_page.message.text()
        assert "E-mail 1 - Type" in shown and "Phone 1 - Type" in shown
        wizard.next()
        table = wizard.check_page.duplicates
        if attempt == 2:
            rows = range(table.rowCount())
            combos = [table.cellWidget(r, 5) for r in rows]
            assert combos and all(
                isinstance(c, QComboBox) and c.currentData() == "merge" for c in combos
            )
        wizard.next()
        report = wizard.run_page.report
        assert report is not None and report.complete
        assert (report.created_people, report.created_organisations) == (
            (1, 1) if attempt == 1 else (0, 0)
        )
    assert _names(workspace) == ["company"]
