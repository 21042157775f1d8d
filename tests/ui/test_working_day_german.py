"""Issue 21, German: titles without doubled legal forms, dates that cannot exist named as
such, plurals through Qt's %n, Berlin time in the import and backup lists."""

from __future__ import annotations

from PySide6.QtCore import Qt

from indie_desktop.services.directory.organisations import OrganisationDraft
from indie_desktop.services.workspace import Workspace
from indie_desktop.ui.main_window import MainWindow
from indie_desktop.ui.tasks import SynchronousRunner
from tests.ui.dialog_fixtures import type_text


def test_a_name_that_ends_with_its_legal_form_is_titled_once(
    qtbot, workspace: Workspace, german
) -> None:
    from indie_desktop.ui.printing.preview import PrintPreviewDialog

    org = workspace.organisations.create(
        OrganisationDraft(name="Müller Formenbau GmbH", legal_form="GmbH", city="Hagen")
    )
    window = MainWindow(workspace, runner=SynchronousRunner())
    qtbot.addWidget(window)
    window.show()
    window.organisations_view.select_record(org)
    window.printing.print_contact_sheets()
    preview = window.printing.last_dialog
    assert isinstance(preview, PrintPreviewDialog)
    assert "Müller Formenbau GmbH" in preview.windowTitle()
    assert "GmbH GmbH" not in preview.windowTitle()
    assert "GmbH GmbH" not in preview.file_name
    preview.close()


def test_the_31st_of_february_is_called_a_day_that_does_not_exist(
    qtbot, workspace: Workspace, german
) -> None:
    from indie_desktop.ui.dialogs.task_dialog import TaskDialog

    dialog = TaskDialog(workspace, None)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.ui.title_edit.setText("Angebot nachfassen")
    dialog.ui.due_on_edit.setFocus()
    type_text(qtbot, dialog.ui.due_on_edit, "31.02.2026")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog._error_labels["due_on"].text() == "Diesen Tag gibt es in diesem Monat nicht"
    dialog.ui.due_on_edit.setText("28.02.2026")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()


def _report(rows: int, orgs: int, people: int, updated: int, skipped: int):
    from indie_desktop.services.importing.batches import ImportReport

    return ImportReport(
        rows=rows,
        created_organisations=orgs,
        created_people=people,
        updated=updated,
        imported_rows=list(range(rows - skipped)),
        skipped=list(range(skipped)),
        errors=[],
        duplicates=[],
        dry_run=True,
    )


def test_import_summaries_use_the_singular_for_one(qtbot, workspace: Workspace, german) -> None:
    from indie_desktop.ui.importing.check_page import CheckPage
    from indie_desktop.ui.importing.run_page import RunPage

    check = CheckPage.__new__(CheckPage)  # the texts only: no wizard behind them
    run = RunPage.__new__(RunPage)
    for page in (check, run):
        type(page).__mro__[1].__init__(page)
        qtbot.addWidget(page)
    assert check.summary_text(_report(1, 0, 1, 1, 0)) == (
        "1 Zeile: 0 Organisationen und 1 Person würden angelegt, 1 vorhandener Datensatz "
        "ergänzt, 0 Zeilen übersprungen."
    )
    assert run.done_text(_report(3, 1, 2, 0, 1)) == (
        "Fertig: 1 Organisation und 2 Personen angelegt, 0 vorhandene Datensätze ergänzt, "
        "1 von 3 Zeilen übersprungen."
    )


def test_labels_for_one_organisation_say_so_in_the_singular(
    qtbot, workspace: Workspace, german
) -> None:
    from indie_desktop.ui.printing.mail_merge import counted

    assert counted(_tr("all %n organisation(s) of the list", 1), 1) == (
        "die 1 Organisation der Liste"
    )
    assert counted(_tr("all %n organisation(s) of the list", 20000), 20000) == (
        "alle 20.000 Organisationen der Liste"
    )


def _tr(text: str, n: int) -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("LabelsDialog", text, None, n)


def test_a_wrong_email_address_is_explained_in_german_only(
    qtbot, workspace: Workspace, german
) -> None:
    from indie_desktop.ui.dialogs.person_dialog import PersonDialog

    for typed, expected in (
        ("fischer(at)example.de", "Eine E-Mail-Adresse hat genau ein @"),
        (
            "fischer@example",
            "Keine gültige E-Mail-Adresse: der Teil nach dem @ ist keine gültige Domain",
        ),
    ):
        dialog = PersonDialog(workspace, None)
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.ui.last_name_edit.setText("Fischer")
        dialog.ui.email_edit.setText(typed)
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        assert dialog.ui.email_error.text() == expected
        assert "sign" not in dialog.ui.email_error.toolTip()
        dialog.ui.email_edit.clear()
        dialog.reject()


def test_import_and_backup_lists_show_berlin_time_on_a_laptop_set_to_new_york(
    qtbot, workspace: Workspace, tmp_path, monkeypatch, runner
) -> None:
    import time
    from datetime import datetime

    from indie_desktop.domain.formatting import format_datetime
    from indie_desktop.ui.backup_dialogs import when_text
    from indie_desktop.ui.importing.batches_dialog import ImportBatchesDialog
    from tests.ui.test_import_batches_dialog import _import

    monkeypatch.setenv("TZ", "America/New_York")
    time.tzset()
    try:
        _import(workspace, tmp_path / "messe.csv", "Firma;PLZ\r\nA GmbH;44135\r\n")
        dialog = ImportBatchesDialog(workspace, runner)
        qtbot.addWidget(dialog)
        (batch,) = dialog.batches
        assert dialog.table.item(0, 0).text() == format_datetime(batch.at)
        # A backup named 07:30 by the New York laptop was taken at 13:30 in Berlin.
        assert when_text(datetime(2026, 11, 24, 7, 30)) == "24.11.2026 13:30"
    finally:
        monkeypatch.delenv("TZ")
        time.tzset()
