"""Every form and main view, walked widget by widget: no English left in the German interface,
no German in the English one, and room for longer texts (a pseudo-translation 40 % longer must
not push anything out of a dialog or clip a label).

What a user sees is collected from the widget tree: window titles, labels, buttons, check and
radio boxes, group boxes, tab titles, list headers, combo box entries, placeholders, tool tips,
menu and toolbar actions, wizard pages. Compared against the .ts file: a text that is an English
source string whose German translation differs is an untranslated string.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, QTranslator
from PySide6.QtGui import QTextDocumentFragment
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QPlainTextEdit,
    QScrollArea,
    QTabWidget,
    QTextEdit,
    QWidget,
    QWizard,
)

from indie_desktop.config import Paths, Settings
from indie_desktop.services.context import Actor
from indie_desktop.services.workspace import Workspace
from indie_desktop.ui.tasks import SynchronousRunner

TS_FILE = Path(__file__).resolve().parents[2] / "indie_desktop/resources/translations/indie_de.ts"
PLACEHOLDER = re.compile(r"\{[a-z_]*\}|%n|%\d")
# Screen of a small office laptop; dialogs must fit on it.
SCREEN = (1366, 768)


def _messages() -> list[tuple[str, str]]:
    """(English source, German translation) of every active, translated message."""
    found = []
    for message in ET.parse(TS_FILE).getroot().iter("message"):
        translation = message.find("translation")
        assert translation is not None
        if translation.get("type") in ("vanished", "obsolete"):
            continue
        forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
        found.append((message.findtext("source") or "", forms[0]))
    return found


def _plain(text: str) -> str:
    if re.search(r"<[a-zA-Z/][^>]*>", text):
        text = QTextDocumentFragment.fromHtml(text).toPlainText()
    return " ".join(text.replace("&&", "\0").replace("&", "").replace("\0", "&").split())


def _pattern(text: str) -> re.Pattern[str] | None:
    """A template ('Database: {database}') as a pattern; None when it has too little text."""
    parts = PLACEHOLDER.split(_plain(text))
    if sum(len(p.strip()) for p in parts) < 8:
        return None
    return re.compile("^" + ".+".join(re.escape(p) for p in parts) + "$", re.DOTALL)


class Foreign:
    """Texts of one language that must not appear in the other's interface."""

    def __init__(self, texts: set[str]) -> None:
        self.exact = {_plain(t) for t in texts if _plain(t)}
        self.patterns = [p for t in texts if PLACEHOLDER.search(t) if (p := _pattern(t))]

    def matches(self, text: str) -> bool:
        plain = _plain(text)
        if not plain:
            return False
        return plain in self.exact or any(p.match(plain) for p in self.patterns)


MESSAGES = _messages()
# English texts whose German differs, and German texts whose English differs.
# A word the same in both ("Import", "Name") is fine in either.
_SOURCES = {_plain(s) for s, _t in MESSAGES}
_GERMAN = {_plain(t) for _s, t in MESSAGES}
ENGLISH = Foreign({s for s, t in MESSAGES if _plain(s) != _plain(t) and _plain(s) not in _GERMAN})
GERMAN = Foreign({t for s, t in MESSAGES if _plain(s) != _plain(t) and _plain(t) not in _SOURCES})


def visible_texts(root: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) of everything in root a user can read."""
    widgets = [root, *root.findChildren(QWidget)]
    for w in widgets:
        name = f"{type(w).__name__}:{w.objectName()}"
        if w.isWindow():
            yield name, w.windowTitle()
        if w.toolTip():
            yield name + ".toolTip", w.toolTip()
        if isinstance(w, QLabel):
            yield name, w.text()
        elif isinstance(w, QAbstractButton):
            yield name, w.text()
        elif isinstance(w, QGroupBox):
            yield name, w.title()
        elif isinstance(w, QLineEdit):
            yield name + ".placeholder", w.placeholderText()
        elif isinstance(w, QTextEdit | QPlainTextEdit):
            yield name + ".placeholder", w.placeholderText()
        elif isinstance(w, QComboBox):
            for i in range(w.count()):
                yield f"{name}[{i}]", w.itemText(i)
        if isinstance(w, QTabWidget):
            for i in range(w.count()):
                yield f"{name}.tab{i}", w.tabText(i)
                yield f"{name}.tab{i}.toolTip", w.tabToolTip(i)
        if isinstance(w, QAbstractItemView) and w.model() is not None:
            model = w.model()
            try:
                columns = model.columnCount(QModelIndex())
            except TypeError:  # a list model: no header to read
                columns = 0
            for c in range(columns):
                yield f"{name}.header{c}", str(model.headerData(c, Qt.Orientation.Horizontal) or "")
        if isinstance(w, QWizard):
            for page_id in w.pageIds():
                page = w.page(page_id)
                yield f"{name}.page{page_id}", page.title()
                yield f"{name}.page{page_id}.sub", page.subTitle()
        for action in w.actions():
            yield name + ".action", action.text()
            yield name + ".action.toolTip", action.toolTip()
            menu = action.menu()
            if isinstance(menu, QMenu):
                for sub in menu.actions():
                    yield name + ".menu", sub.text()


def untranslated(root: QWidget, foreign: Foreign) -> list[tuple[str, str]]:
    return sorted({(where, text) for where, text in visible_texts(root) if foreign.matches(text)})


# --- what to look at ---------------------------------------------------------------------------

Factory = Callable[[Workspace, Path], QWidget]


def _main_window(ws: Workspace, data_dir: Path) -> QWidget:
    from indie_desktop.ui.main_window import MainWindow

    window = MainWindow(ws, Settings(Paths.resolve(data_dir).settings_file), SynchronousRunner())
    for key in window.views:  # every list, loaded and with its detail pane
        window.show_view(key)
        view = window.views[key]
        if view.model.rowCount():
            view.select_row(0)
    return window


def _record(name: str) -> Factory:
    def make(ws: Workspace, _data_dir: Path) -> QWidget:
        import importlib

        module, cls = name.rsplit(".", 1)
        return getattr(importlib.import_module(f"indie_desktop.ui.{module}"), cls)(ws, None)

    return make


def _with_runner(name: str) -> Factory:
    def make(ws: Workspace, _data_dir: Path) -> QWidget:
        import importlib

        module, cls = name.rsplit(".", 1)
        cls_ = getattr(importlib.import_module(f"indie_desktop.ui.{module}"), cls)
        return cls_(ws, SynchronousRunner())

    return make


def _first_run(ws: Workspace, data_dir: Path) -> QWidget:
    from indie_desktop.ui.first_run import FirstRunDialog

    settings = Settings(Paths.resolve(data_dir).settings_file)
    return FirstRunDialog(Workspace(ws.db, Actor.system()), SynchronousRunner(), settings=settings)


def _settings(ws: Workspace, data_dir: Path) -> QWidget:
    from indie_desktop.ui.settings_dialog import SettingsDialog

    return SettingsDialog(Settings(Paths.resolve(data_dir).settings_file), ws)


def _restore(ws: Workspace, _data_dir: Path) -> QWidget:
    from indie_desktop.store import backup as b
    from indie_desktop.ui.backup_dialogs import RestoreDialog

    assert ws.db.path is not None and ws.db.backups is not None
    b.take_backup(ws.db.path, ws.db.backups, b.DAILY)
    return RestoreDialog(ws.db.backups, SynchronousRunner(), damage=b.Health(False, "x"))


def _about(_ws: Workspace, _data_dir: Path) -> QWidget:
    from indie_desktop.ui.about_dialog import AboutDialog

    return AboutDialog("indie.sqlite3")


def _connection(_ws: Workspace, data_dir: Path) -> QWidget:
    from indie_desktop.ui.connection_dialog import ConnectionDialog

    return ConnectionDialog(Settings(Paths.resolve(data_dir).settings_file))


def _visit(ws: Workspace, _data_dir: Path) -> QWidget:
    from indie_desktop.ui.dialogs.visit_dialog import VisitDialog

    return VisitDialog(ws)


SCREENS: dict[str, Factory] = {
    "main window": _main_window,
    "organisation": _record("dialogs.organisation_dialog.OrganisationDialog"),
    "person": _record("dialogs.person_dialog.PersonDialog"),
    "project": _record("dialogs.project_dialog.ProjectDialog"),
    "need": _record("dialogs.need_dialog.NeedDialog"),
    "task": _record("dialogs.task_dialog.TaskDialog"),
    "visit": _visit,
    "import wizard": _with_runner("importing.wizard.ImportWizard"),
    "imports": _with_runner("importing.batches_dialog.ImportBatchesDialog"),
    "duplicates": _with_runner("duplicates.finder.DuplicateFinder"),
    "first run": _first_run,
    "settings": _settings,
    "restore": _restore,
    "about": _about,
    "connection": _connection,
}


@pytest.fixture
def build(qtbot, sample: Workspace, data_dir: Path) -> Callable[[str], QWidget]:
    def make(screen: str) -> QWidget:
        widget = SCREENS[screen](sample, data_dir)
        qtbot.addWidget(widget)
        widget.show()
        qtbot.waitExposed(widget)
        return widget

    return make


# --- the languages -------------------------------------------------------------------------------


@pytest.mark.parametrize("screen", sorted(SCREENS))
def test_no_english_is_left_in_the_german_interface(german, build, screen: str) -> None:
    widget = build(screen)
    pages = [widget]
    if isinstance(widget, QWizard):  # each page in turn, as the user goes through them
        pages = [widget.page(i) for i in widget.pageIds()]
    found = [t for page in pages for t in untranslated(page, ENGLISH)]
    found += untranslated(widget, ENGLISH)
    assert found == [], f"English in the German {screen}: {found}"


@pytest.mark.parametrize("screen", sorted(SCREENS))
def test_every_label_with_an_alt_key_leads_to_its_field(german, build, screen: str) -> None:
    """A label "&Datei:" without a buddy shows its ampersand and its Alt key goes nowhere."""
    widget = build(screen)

    def reaches_a_field(label: QLabel) -> bool:
        target = label.buddy()
        while target is not None and target.focusProxy() is not None:
            target = target.focusProxy()
        return target is not None and target.focusPolicy() != Qt.FocusPolicy.NoFocus

    orphans = [
        label.text()
        for label in widget.findChildren(QLabel)
        if "&" in label.text().replace("&&", "")
        and label.textFormat() != Qt.TextFormat.RichText
        and not label.text().lstrip().startswith("<")
        and not reaches_a_field(label)
    ]
    assert orphans == []


@pytest.mark.parametrize("screen", sorted(SCREENS))
def test_no_german_is_left_in_the_english_interface(english, build, screen: str) -> None:
    widget = build(screen)
    found = untranslated(widget, GERMAN)
    assert found == [], f"German in the English {screen}: {found}"


def test_the_walk_finds_an_untranslated_text(qtbot, german) -> None:
    """The check itself: an English source text shown as is is found."""
    dialog = QDialog()
    qtbot.addWidget(dialog)
    label = QLabel("Restore backup", dialog)
    assert untranslated(dialog, ENGLISH) == [("QLabel:", "Restore backup")]
    label.setText(QCoreApplication.translate("backup", "Restore backup"))
    assert untranslated(dialog, ENGLISH) == []


# --- stretched texts -----------------------------------------------------------------------------

_WORD = re.compile(r"(\{[a-z_]*\}|%n|%\d|<[^>]*>|&[a-z]+;)|([^\W\d_]+)")


def stretch(text: str) -> str:
    """Every word about 40 % longer, placeholders, tags and entities untouched."""

    def longer(match: re.Match[str]) -> str:
        if match[1]:
            return match[1]
        word = match[2]
        return word + "x" * max(1, round(len(word) * 0.4))

    return _WORD.sub(longer, text)


class StretchingTranslator(QTranslator):
    """A pseudo-translation: every text of the application, 40 % longer."""

    def translate(  # type: ignore[override]
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        if not source or context.startswith("Q"):  # Qt's own widgets keep their texts
            return ""
        return stretch(source)


@pytest.fixture
def stretched(qapp: QApplication) -> Iterator[None]:
    translator = StretchingTranslator()
    qapp.installTranslator(translator)
    yield
    qapp.removeTranslator(translator)


def test_stretching_lengthens_words_and_keeps_placeholders() -> None:
    assert stretch("&Save") == "&Savexx"
    assert stretch("Backup of {when}: {people} people") == (
        "Backupxx ofx {when}: {people} peoplexx"
    )


def _clipped(widget: QWidget) -> list[str]:
    """Labels and buttons narrower than their text needs."""
    problems = []
    for w in widget.findChildren(QWidget):
        if not w.isVisible() or any(isinstance(a, QScrollArea) for a in _ancestors(w, widget)):
            continue
        if isinstance(w, QLabel) and not w.wordWrap() and w.text() and w.pixmap().isNull():
            if w.width() < w.minimumSizeHint().width() - 1:
                problems.append(f"label {_plain(w.text())!r}: {w.width()} < {w.sizeHint().width()}")
        elif isinstance(w, QAbstractButton) and w.text():
            if w.width() < w.minimumSizeHint().width() - 1:
                problems.append(f"button {_plain(w.text())!r}")
        elif isinstance(w, QHeaderView) and w.orientation() == Qt.Orientation.Horizontal:
            model = w.model()
            for section in range(w.count()):
                title = str(model.headerData(section, Qt.Orientation.Horizontal) or "")
                if w.isSectionHidden(section) or not title:
                    continue
                if w.sectionSize(section) < w.fontMetrics().horizontalAdvance(title) + 8:
                    problems.append(f"column {title!r}")
    return problems


def _ancestors(w: QWidget, stop: QWidget) -> Iterator[QWidget]:
    parent = w.parentWidget()
    while parent is not None and parent is not stop:
        yield parent
        parent = parent.parentWidget()


@pytest.mark.parametrize("screen", sorted(SCREENS))
def test_longer_texts_fit_on_a_laptop_screen_without_clipping(
    stretched, build, qtbot, screen: str
) -> None:
    widget = build(screen)
    assert any("xx" in text for _where, text in visible_texts(widget)), "not stretched"
    hint = widget.minimumSizeHint()
    assert hint.width() <= SCREEN[0] and hint.height() <= SCREEN[1], (
        f"{screen} needs {hint.width()}×{hint.height()} with longer texts"
    )
    if not isinstance(widget, QMainWindow):
        widget.resize(widget.sizeHint().expandedTo(widget.minimumSizeHint()))
    qtbot.wait(10)
    tabs = widget.findChildren(QTabWidget)
    pages = [(t, i) for t in tabs for i in range(t.count())] or [(None, 0)]
    problems: list[str] = []
    for tab_widget, index in pages:
        if tab_widget is not None:
            tab_widget.setCurrentIndex(index)
            qtbot.wait(1)
        problems += _clipped(widget)
    assert sorted(set(problems)) == [], f"{screen} clips text: {sorted(set(problems))}"


def test_the_settings_dialog_in_stretched_texts_looks_right(stretched, build, tmp_path) -> None:
    """A picture for people to look at (tests/ui writes it; the assertion is the one above)."""
    widget = build("settings")
    widget.grab().save(str(tmp_path / "settings-stretched.png"))
    assert (tmp_path / "settings-stretched.png").stat().st_size > 0
