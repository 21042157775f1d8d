"""The dashboard shows the period's numbers; a click on a number or bar lists the records behind
it and opens one in its list; Report → Funding report writes the file."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QFontMetrics

from indie_desktop.domain.formatting import format_number
from indie_desktop.domain.outcomes import Filters, Period
from indie_desktop.services.workspace import Workspace
from indie_desktop.ui.funding_report_dialog import FundingReportDialog
from indie_desktop.ui.main_window import ACTIVITIES, DASHBOARD, REFERRALS, MainWindow
from indie_desktop.ui.tasks import SynchronousRunner
from indie_desktop.ui.views.dashboard_view import DashboardView
from indie_desktop.ui.widgets.charts import BarChart, Tile
from tests.dashboard_demo import Demo, make_demo


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Demo]:
    made = make_demo(tmp_path_factory.mktemp("dashui"))
    yield made
    made.close()


@pytest.fixture
def window(qtbot, demo: Demo) -> MainWindow:  # type: ignore[no-untyped-def]
    w = MainWindow(Workspace(demo.db, demo.actor), runner=SynchronousRunner())
    qtbot.addWidget(w)
    w.resize(1400, 1000)
    w.show()
    w.show_view(DASHBOARD)
    w.dashboard.year.setValue(2026)
    return w


def _expected(demo: Demo) -> object:
    return Workspace(demo.db, demo.actor).dashboard.figures(Period.year(2026), Filters())


def test_dashboard_shows_the_year_in_number_tiles(window: MainWindow, demo: Demo) -> None:
    f = _expected(demo)
    tiles = window.dashboard.tiles
    assert tiles["visits"].number.text() == format_number(f.visits)  # type: ignore[attr-defined]
    assert tiles["referrals"].number.text() == format_number(f.referrals)  # type: ignore[attr-defined]
    value = tiles["value"].number.text()
    assert value.endswith("\u00a0€") and "." in value  # German grouping: 7.099.200 €
    assert window.dashboard.status.text().endswith("01.01.2026 – 31.12.2026")
    assert not window.new_action.isEnabled()  # no list to add to on the dashboard


def test_filter_by_municipality_changes_the_numbers(window: MainWindow, demo: Demo) -> None:
    view = window.dashboard
    view.municipality.setCurrentIndex(view.municipality.findData("Dortmund"))
    expected = Workspace(demo.db, demo.actor).dashboard.figures(
        Period.year(2026), Filters(municipality="Dortmund")
    )
    assert view.tiles["visits"].number.text() == format_number(expected.visits)
    assert view.figures is not None and view.figures.filters.municipality == "Dortmund"


def test_click_on_a_municipality_bar_lists_the_visits_and_opens_one(
    qtbot, window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    view: DashboardView = window.dashboard
    card = view.municipalities
    chart = card.chart
    assert isinstance(chart, BarChart)
    chart.grab()  # paints: the bars know where they are
    first = chart.bars[0]
    rect = next(r for r, key in chart._hits if key == first.key)
    qtbot.mouseClick(chart, Qt.MouseButton.LeftButton, pos=rect.center().toPoint())
    dialog = view.last_drill
    assert dialog is not None and dialog.isVisible()
    assert dialog.drill_result.total == int(first.value)  # the bar's count
    # other institutions' private visits are counted, not listed
    assert dialog.table.rowCount() == dialog.drill_result.total - dialog.drill_result.hidden
    assert first.label in dialog.windowTitle()
    day = dialog.table.item(0, 0).text()
    assert len(day) == 10 and day[2] == "." and day[5] == "."  # 24.11.2026
    dialog.table.setCurrentCell(0, 1)
    expected = dialog.drill_result.rows[0].id
    qtbot.keyClick(dialog.table, Qt.Key.Key_Return)
    assert window.stack.currentWidget() is window.views[ACTIVITIES]
    assert window.views[ACTIVITIES].selected_id() == expected


def test_the_value_tile_shows_euros_and_a_narrow_tile_still_shows_the_whole_number(
    qtbot, window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    assert window.dashboard.tiles["value"].number.text().endswith("\u00a0€")
    tile = Tile("Wert der Kooperationen", "#3a9d5d")
    qtbot.addWidget(tile)
    tile.set_value("17.540.500\u00a0€")
    tile.setFixedWidth(170)  # as narrow as a tile on a 1100 px window
    tile.show()
    qtbot.waitExposed(tile)
    needed = QFontMetrics(tile.number.font()).horizontalAdvance(tile.number.text())
    assert needed <= tile.number.width()
    assert tile.number.font().pointSizeF() > tile.caption.font().pointSizeF()  # still big


def test_keyboard_reaches_a_bar_with_the_arrow_keys_and_return_lists_its_records(
    qtbot, window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    view: DashboardView = window.dashboard
    chart = view.municipalities.chart
    assert isinstance(chart, BarChart) and len(chart.bars) >= 2
    chart.setFocus(Qt.FocusReason.TabFocusReason)
    assert chart.hasFocus()
    qtbot.keyClick(chart, Qt.Key.Key_Down)  # the first bar
    assert chart.current_key() == chart.bars[0].key
    qtbot.keyClick(chart, Qt.Key.Key_Down)
    qtbot.keyClick(chart, Qt.Key.Key_Down)
    qtbot.keyClick(chart, Qt.Key.Key_Up)
    assert chart.current_key() == chart.bars[1].key
    qtbot.keyClick(chart, Qt.Key.Key_End)
    assert chart.current_key() == chart.bars[-1].key
    qtbot.keyClick(chart, Qt.Key.Key_Home)
    qtbot.keyClick(chart, Qt.Key.Key_Down)
    qtbot.keyClick(chart, Qt.Key.Key_Return)
    dialog = view.last_drill
    assert dialog is not None and dialog.isVisible()
    assert dialog.drill_result.total == int(chart.bars[1].value)
    assert chart.bars[1].label in dialog.windowTitle()


def test_chart_as_table_and_a_click_on_a_stage_row(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    card = window.dashboard.stages
    qtbot.mouseClick(card.toggle, Qt.MouseButton.LeftButton)
    assert card.stack.currentWidget() is card.table
    assert card.table.rowCount() == 6
    card.table.setCurrentCell(0, 0)
    card.table.itemActivated.emit(card.table.item(0, 0))
    dialog = window.dashboard.last_drill
    assert dialog is not None
    assert dialog.drill_result.total == int(card.table.item(0, 1).text().replace(".", ""))


def test_private_cooperation_is_counted_but_not_listed(
    qtbot, window: MainWindow, demo: Demo
) -> None:  # type: ignore[no-untyped-def]
    tile = window.dashboard.tiles["cooperations"]
    qtbot.mouseClick(tile, Qt.MouseButton.LeftButton, pos=QPoint(10, 10))
    dialog = window.dashboard.last_drill
    assert dialog is not None
    ids = {r.id for r in dialog.drill_result.rows}
    assert demo.private_coop not in ids
    assert (
        dialog.drill_result.hidden == 1 and dialog.table.rowCount() == dialog.drill_result.total - 1
    )
    assert "1" in dialog.summary.text()
    money = dialog.table.item(0, 3).text()
    assert money.endswith(",00\u00a0€")
    dialog.table.setCurrentCell(0, 0)
    qtbot.keyClick(dialog.table, Qt.Key.Key_Return)
    assert window.stack.currentWidget() is window.views[REFERRALS]  # its originating referral


def test_funding_report_dialog_writes_the_pdf(qtbot, window: MainWindow, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    dialog = FundingReportDialog(window.workspace, SynchronousRunner(), window.dashboard, window)
    qtbot.addWidget(dialog)
    dialog.path.setText(str(tmp_path / "nope.txt"))
    dialog.write()
    assert ".pdf" in dialog.message.text() and dialog.written is None
    target = tmp_path / "Förderbericht 2026.pdf"
    dialog.path.setText(str(target))
    dialog.write()
    assert dialog.written == target and target.read_bytes().startswith(b"%PDF")


def test_dashboard_has_its_shortcut_and_report_menu(window: MainWindow) -> None:
    window.show_view(REFERRALS)
    window.dashboard_action.trigger()
    assert window.stack.currentWidget() is window.dashboard
    assert window.dashboard_action.shortcut().toString() == "Ctrl+8"
    menus = [a.text() for a in window.menuBar().actions()]
    assert any("Report" in m or "Bericht" in m for m in menus)
    assert uuid.UUID  # ids in drill-down are UUIDs
