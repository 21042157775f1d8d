from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from indie_desktop.services.workspace import Workspace
from indie_desktop.ui.main_window import ORGANISATIONS, PEOPLE, MainWindow
from indie_desktop.ui.tasks import SynchronousRunner
from tests.search_scenario import Seeded, seed
from tests.ui.dialog_fixtures import type_text


@pytest.fixture
def seeded(workspace: Workspace) -> Seeded:
    return seed(workspace)


@pytest.fixture
def window(
    qtbot, workspace: Workspace, seeded: Seeded, runner: SynchronousRunner
) -> Iterator[MainWindow]:
    w = MainWindow(workspace, runner=runner)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    yield w
    w.search_box.popup.hide()


def _search(qtbot, window: MainWindow, text: str) -> None:
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is window.search_box
    type_text(qtbot, window.search_box, text)
    qtbot.waitUntil(lambda: window.search_box.popup.isVisible())


def test_ctrl_k_type_enter_opens_the_person(qtbot, window: MainWindow, seeded: Seeded) -> None:
    _search(qtbot, window, "Wiśniewski")
    hit = window.search_box.current_hit()
    assert hit is not None and hit.title == "Łukasz Wiśniewski"
    qtbot.keyClick(window.search_box, Qt.Key.Key_Return)
    assert window.current_view_key() == PEOPLE
    assert window.views[PEOPLE].selected_id() == seeded.lukasz
    assert not window.search_box.popup.isVisible()


def test_results_are_grouped_by_kind_with_headings(qtbot, window: MainWindow) -> None:
    _search(qtbot, window, "kemper")
    lst = window.search_box.popup.list
    texts = [lst.item(i).text().strip() for i in range(lst.count())]
    assert texts[0] == "Organisations"
    assert texts[1].startswith("Kemper Metallbau GmbH")
    assert "Activities" in texts
    # headings cannot be chosen: the first choosable row is selected
    assert lst.currentRow() == 1
    qtbot.keyClick(window.search_box, Qt.Key.Key_Down)
    hit = window.search_box.current_hit()
    assert hit is not None and hit.kind == "activity"  # skipped the "Activities" heading


def test_enter_on_a_need_opens_the_organisation_it_belongs_to(
    qtbot,
    window: MainWindow,
    seeded: Seeded,
) -> None:
    window.show_view(PEOPLE)
    _search(qtbot, window, "laser")
    hit = window.search_box.current_hit()
    assert hit is not None and hit.kind == "need"
    qtbot.keyClick(window.search_box, Qt.Key.Key_Return)
    assert window.current_view_key() == ORGANISATIONS
    assert window.views[ORGANISATIONS].selected_id() == seeded.hagen_metall


def test_escape_closes_the_results_and_nothing_found_says_so(qtbot, window: MainWindow) -> None:
    _search(qtbot, window, "xyzzy")
    lst = window.search_box.popup.list
    assert [lst.item(i).text() for i in range(lst.count())] == ["No matches"]
    qtbot.keyClick(window.search_box, Qt.Key.Key_Escape)
    assert not window.search_box.popup.isVisible()
