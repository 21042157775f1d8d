from __future__ import annotations

import csv
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtWidgets import QFileDialog

from indie_desktop.services.workspace import Workspace
from indie_desktop.ui.main_window import PEOPLE, MainWindow
from indie_desktop.ui.tasks import SynchronousRunner
from tests.search_scenario import seed


@pytest.fixture
def window(qtbot, workspace: Workspace, runner: SynchronousRunner) -> MainWindow:
    seed(workspace)
    w = MainWindow(workspace, runner=runner)
    qtbot.addWidget(w)
    return w


def _export(monkeypatch: pytest.MonkeyPatch, window: MainWindow, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(path), ""))
    window.export_action.trigger()


def test_people_list_exports_its_filter_order_and_visible_columns_to_csv(
    monkeypatch: pytest.MonkeyPatch, window: MainWindow, tmp_path: Path
) -> None:
    window.show_view(PEOPLE)
    view = window.views[PEOPLE]
    view.filter_edit.setText("s")
    view.apply_filter()
    view.table.horizontalHeader().hideSection(3)  # phone
    _export(monkeypatch, window, tmp_path / "people.csv")
    with open(tmp_path / "people.csv", encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f, delimiter=";"))
    assert rows[0] == ["Name", "Function", "Organisation", "E-mail"]
    assert [r[0] for r in rows[1:]] == ["Wiśniewski, Łukasz", "Yıldız, Şükrü"]
    assert rows[2][2] == "Kemper Metallbau GmbH"
    assert window.statusBar().currentMessage() == "2 entries written to people.csv."


def test_organisation_list_exports_to_xlsx(
    monkeypatch: pytest.MonkeyPatch, window: MainWindow, tmp_path: Path
) -> None:
    _export(monkeypatch, window, tmp_path / "orgs.xlsx")
    sheet = load_workbook(tmp_path / "orgs.xlsx").active
    assert sheet is not None
    names = [r[0].value for r in sheet.iter_rows(min_row=2)]
    assert names == ["Kemper Metallbau GmbH", "Müller Präzisionstechnik GmbH", "Ruhr Metallguss AG"]


def test_people_list_exports_vcards(
    monkeypatch: pytest.MonkeyPatch, window: MainWindow, tmp_path: Path
) -> None:
    window.show_view(PEOPLE)
    _export(monkeypatch, window, tmp_path / "people.vcf")
    text = (tmp_path / "people.vcf").read_bytes().decode()
    assert text.count("BEGIN:VCARD") == 3
    assert "FN:Zoë Ñúñez" in text


def test_the_export_takes_the_selected_rows_and_the_whole_list_after_select_all(
    monkeypatch: pytest.MonkeyPatch, window: MainWindow, tmp_path: Path
) -> None:
    from PySide6.QtCore import QItemSelectionModel

    from indie_desktop.ui.main_window import ORGANISATIONS

    window.show_view(ORGANISATIONS)
    view = window.views[ORGANISATIONS]
    selection = view.table.selectionModel()
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    view.table.selectRow(0)
    selection.select(view.model.index(2, 0), flags)  # Ctrl+click: the first and the third
    _export(monkeypatch, window, tmp_path / "chosen.csv")
    with open(tmp_path / "chosen.csv", encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f, delimiter=";"))
    assert [r[0] for r in rows[1:]] == ["Kemper Metallbau GmbH", "Ruhr Metallguss AG"]
    assert window.statusBar().currentMessage() == "2 selected entries written to chosen.csv."
    view.bulk.select_whole_list()
    _export(monkeypatch, window, tmp_path / "all.csv")
    with open(tmp_path / "all.csv", encoding="utf-8-sig", newline="") as f:
        assert len(list(csv.reader(f, delimiter=";"))) == 4


def test_task_list_exports_a_calendar_outlook_imports(
    monkeypatch: pytest.MonkeyPatch, window: MainWindow, tmp_path: Path
) -> None:
    """Tasks as Outlook events from the window (issue 23): the tasks of the list with a due
    time at that time, the others all day."""
    import icalendar as ical

    from indie_desktop.services.work.tasks import TaskDraft
    from indie_desktop.ui.main_window import TASKS

    ws = window.workspace
    ws.tasks.create(TaskDraft(title="Rückruf Şükrü", due_on="09.12.2026", due_time="09:30"))
    ws.tasks.create(TaskDraft(title="Bericht Łukasz", due_on="10.12.2026"))
    window.show_view(TASKS)
    view = window.views[TASKS]
    view.due_filter.setCurrentIndex(view.due_filter.findData("all"))
    view.reload()
    offered: list[str] = []

    def save_as(*args: object, **_kw: object) -> tuple[str, str]:
        offered.append(str(args[3]))
        return str(tmp_path / "Aufgaben.ics"), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    window.export_action.trigger()
    assert "(*.ics)" in offered[0]
    calendar = ical.Calendar.from_ical((tmp_path / "Aufgaben.ics").read_bytes())
    events = {str(e["SUMMARY"]): e for e in calendar.walk("VEVENT")}
    assert events["Aufgabe: Rückruf Şükrü"]["DTSTART"].dt.strftime("%H:%M") == "09:30"
    assert str(events["Aufgabe: Bericht Łukasz"]["DTSTART"].dt) == "2026-12-10"
