"""Issue 21, keyboard: one Alt+letter, one target. Every window is looked at as the user sees
it (each tab page, each list of the main window with its detail pane), in German and English;
two visible texts with the same mnemonic fail the test."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QDialog,
    QGroupBox,
    QLabel,
    QMainWindow,
    QTabBar,
    QTabWidget,
    QWidget,
)

from indie_desktop.config import Paths, Settings
from indie_desktop.services.workspace import Workspace
from indie_desktop.ui.tasks import SynchronousRunner
from tests.ui.test_keyboard_walk import DIALOGS


def mnemonic(text: str) -> str | None:
    match = re.search(r"&([^&\s])", text.replace("&&", ""))
    return match[1].casefold() if match else None


def _texts(window: QWidget) -> Iterator[str]:
    """The texts whose Alt+letter works now: visible labels with a buddy, buttons, checkable
    group boxes, tab titles, and the menu bar of a main window."""
    for w in window.findChildren(QWidget):
        if not w.isVisibleTo(window) or w.window() is not window:
            continue
        if isinstance(w, QLabel) and w.buddy() is not None:
            yield w.text()
        elif isinstance(w, QAbstractButton):
            yield w.text()
        elif isinstance(w, QGroupBox) and w.isCheckable():
            yield w.title()
        elif isinstance(w, QTabBar):
            yield from (w.tabText(i) for i in range(w.count()))
    if isinstance(window, QMainWindow):
        yield from (a.text() for a in window.menuBar().actions() if a.isVisible())


def clashes(window: QWidget) -> list[tuple[str, list[str]]]:
    texts = [t for t in _texts(window) if mnemonic(t)]
    letters = [mnemonic(t) for t in texts]
    return sorted(
        {
            (letter, tuple(sorted(t for t in texts if mnemonic(t) == letter)))
            for letter in letters
            if letters.count(letter) > 1
        }
    )


def states(window: QWidget) -> Iterator[str]:
    """Each state of the window a user sees: every page of every tab widget."""
    tabs = [t for t in window.findChildren(QTabWidget) if t.window() is window]
    yield "start"
    for tab in tabs:
        for i in range(tab.count()):
            tab.setCurrentIndex(i)
            yield f"{tab.objectName()}:{i}"


def _main_window_states(window: QMainWindow) -> Iterator[str]:
    for key in window.views:
        window.show_view(key)
        view = window.views[key]
        if view.model.rowCount():
            view.select_row(0)
        yield key


def _settings(ws: Workspace, data_dir: Path) -> QWidget:
    from indie_desktop.ui.settings_dialog import SettingsDialog

    return SettingsDialog(Settings(Paths.resolve(data_dir).settings_file), ws)


def _main(ws: Workspace, data_dir: Path) -> QWidget:
    from indie_desktop.ui.main_window import MainWindow

    return MainWindow(ws, Settings(Paths.resolve(data_dir).settings_file), SynchronousRunner())


def _referral_letter(ws: Workspace, _data_dir: Path) -> QWidget:
    from indie_desktop.ui.printing.referral_letter import ReferralLetterDialog
    from tests.ui.test_keyboard_walk import _referral_world

    _need, rid = _referral_world(ws)
    return ReferralLetterDialog(ws, rid)


WINDOWS: dict[str, Callable[[Workspace, Path], QWidget]] = {
    **{key: (lambda ws, _d, f=factory: f(ws)) for key, factory in DIALOGS.items()},
    "main window": _main,
}


def _check(qtbot, sample: Workspace, data_dir: Path, key: str) -> None:
    window = WINDOWS[key](sample, data_dir)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    after_show = getattr(window, "after_show", None)
    if after_show is not None:  # a wizard moved to its page
        after_show()
    found: dict[str, list] = {}
    walk = _main_window_states(window) if isinstance(window, QMainWindow) else states(window)
    for state in walk:
        if c := clashes(window):
            found[state] = c
    assert found == {}, f"{key}: {found}"
    if isinstance(window, QDialog):
        window.reject()


@pytest.mark.parametrize("key", sorted(WINDOWS))
def test_no_two_mnemonics_clash_in_the_german_interface(
    qtbot, sample, data_dir, german, key: str
) -> None:
    _check(qtbot, sample, data_dir, key)


@pytest.mark.parametrize("key", sorted(WINDOWS))
def test_no_two_mnemonics_clash_in_the_english_interface(
    qtbot, sample, data_dir, english, key: str
) -> None:
    _check(qtbot, sample, data_dir, key)


def test_the_finder_sees_a_clash(qtbot) -> None:
    dialog = QDialog()
    qtbot.addWidget(dialog)
    from PySide6.QtWidgets import QLineEdit, QPushButton, QVBoxLayout

    layout = QVBoxLayout(dialog)
    label = QLabel("&Vorgeschlagene Partner")
    edit = QLineEdit()
    label.setBuddy(edit)
    for w in (label, edit, QPushButton("&Vermitteln")):
        layout.addWidget(w)
    dialog.show()
    assert clashes(dialog) == [("v", ("&Vermitteln", "&Vorgeschlagene Partner"))]
