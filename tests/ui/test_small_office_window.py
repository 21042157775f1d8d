"""Issue 21: the working day's stories in a 1100×700 window (the small office screen) and
full screen, in German and English. Every list with a record selected and its detail pane,
the dashboard, and every dialog: nothing cut off at the window's edge, each button on screen,
the filter box and the detail pane wide enough to use, long content in scroll areas."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect, QSize
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QWidget,
)

from indie_desktop.ui import window_sizes
from indie_desktop.ui.main_window import DASHBOARD, MainWindow
from indie_desktop.ui.tasks import SynchronousRunner
from indie_desktop.ui.views.record_list_view import RecordListView
from indie_desktop.ui.widgets.charts import TimelineChart
from tests.ui.test_window_sizes import DIALOGS, World, _scrolled
from tests.ui.test_window_sizes import world as world  # the fixture

SMALL = QSize(1100, 700)
CONTROLS = (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox)


def cut_off(window: QWidget) -> list[str]:
    """Visible buttons and fields (outside scrolled content) not wholly inside the window."""
    area = QRect(QPoint(0, 0), window.size())
    found = []
    for widget in window.findChildren(QWidget):
        if not isinstance(widget, CONTROLS) or widget.window() is not window:
            continue
        if not widget.isVisibleTo(window) or widget.width() <= 0 or _scrolled(widget, window):
            continue
        rect = QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())
        if not area.contains(rect):
            text = widget.text() if isinstance(widget, QAbstractButton | QLineEdit) else ""
            found.append(
                f"{type(widget).__name__} {text or widget.objectName()!r} {rect.getRect()}"
            )
    return found


@pytest.fixture(params=["german", "english"])
def language(request) -> str:
    request.getfixturevalue(request.param)
    return str(request.param)


FULL_SCREEN = QSize(1920, 1040)  # a full-HD screen less the Windows taskbar


@pytest.mark.parametrize("size", [SMALL, FULL_SCREEN], ids=["1100x700", "full-screen"])
def test_every_list_and_the_dashboard_fit_a_1100_by_700_window_and_full_screen(
    qtbot, world: World, language: str, monkeypatch: pytest.MonkeyPatch, size: QSize
) -> None:
    monkeypatch.setattr(window_sizes, "available_size", lambda _w: QSize(FULL_SCREEN))
    window = MainWindow(world.ws, runner=SynchronousRunner())
    qtbot.addWidget(window)
    window.show()
    window.resize(size)
    QApplication.processEvents()
    assert window.size() == size
    smallest = window.minimumSizeHint().expandedTo(window.minimumSize())
    assert smallest.width() <= SMALL.width() and smallest.height() <= SMALL.height()
    problems: dict[str, list[str]] = {}
    for key in [*window.views, DASHBOARD]:
        window.show_view(key)
        if key != DASHBOARD:
            view = window.views[key]
            assert isinstance(view, RecordListView)
            if view.model.rowCount():
                view.select_row(0)
        QApplication.processEvents()
        found = cut_off(window)
        if key != DASHBOARD:
            list_side, detail_side = (view.splitter.widget(i) for i in (0, 1))
            if detail_side.width() < 300:
                found.append(f"detail pane {detail_side.width()} px")
            if list_side.width() < 400:
                found.append(f"list {list_side.width()} px")
            if view.filter_edit.width() < 12 * view.filter_edit.fontMetrics().averageCharWidth():
                found.append(f"filter box {view.filter_edit.width()} px")
        if found:
            problems[key] = found
    assert problems == {}
    assert window.search_box.isVisible()


def test_the_dashboards_legend_wraps_instead_of_running_off_a_narrow_chart(qtbot) -> None:
    chart = TimelineChart()
    qtbot.addWidget(chart)
    months = ["2026-01", "2026-02"]
    series = [
        ("visits", "Unternehmensbesuche", [1, 2]),
        ("needs", "Bedarfe", [1, 0]),
        ("referrals", "Vermittlungen", [0, 1]),
        ("cooperations", "Kooperationen", [0, 1]),
    ]
    chart.set_data(months, ["Jan 26", "Feb 26"], series)
    chart.resize(380, 260)  # a chart card of the dashboard in a 1100 px window
    placed = chart.legend(chart.fontMetrics())
    assert [label for _rect, label in placed] == [s[1] for s in series]
    assert all(rect.right() <= chart.width() - 8 for rect, _label in placed)
    assert len({rect.y() for rect, _label in placed}) >= 2  # on two lines
    chart.grab()  # paints without error with the legend on two lines


@pytest.mark.parametrize("name", [n for n in DIALOGS if n != "main window"])
def test_every_dialog_opens_whole_on_a_1100_by_700_screen(
    qtbot, world: World, german, monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    monkeypatch.setattr(window_sizes, "available_size", lambda _w: QSize(SMALL))
    monkeypatch.setattr(window_sizes, "STORE", window_sizes.SizeStore())
    dialog = DIALOGS[name](world)
    qtbot.addWidget(dialog)
    dialog.show()
    QApplication.processEvents()
    framed = dialog.size() + window_sizes.FRAME
    assert framed.width() <= SMALL.width() and framed.height() <= SMALL.height(), (
        f"{name} opens at {dialog.width()}×{dialog.height()}"
    )
    assert cut_off(dialog) == []


def test_the_timelines_what_column_gives_its_whole_text_when_cut_off(
    qtbot, world: World, german
) -> None:
    from indie_desktop.services.work.needs import NeedDraft

    topic = "Partner für das Laserschweißen von Dünnblechen aus Edelstahl mit Serienfertigung"
    world.ws.needs.create(NeedDraft(organisation_id=world.org, topic=topic))
    window = MainWindow(world.ws, runner=SynchronousRunner())
    qtbot.addWidget(window)
    window.show()
    window.resize(SMALL)
    view = window.organisations_view
    view.select_record(world.org)
    QApplication.processEvents()
    tree = view.timeline.tree
    items = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
    shown = next(item for item in items if topic in item.text(1))
    assert tree.columnWidth(1) < tree.fontMetrics().horizontalAdvance(shown.text(1))  # cut off
    assert shown.toolTip(1) == shown.text(1)  # whole in the tooltip
