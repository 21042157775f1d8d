"""The German translation: complete, current with the sources, compiled, and what users see.

The .ts file is checked as data (every message translated, placeholders and plural forms
intact), against the sources (lupdate finds nothing new), against the shipped .qm (lrelease
makes the same bytes), and through real widgets built with the German translator: menus,
navigation, lists, detail panes, dialogs, error messages, keyboard accelerators.
"""

from __future__ import annotations

import importlib.util
import os
import re
import shutil
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QDialog,
    QLabel,
    QMenu,
    QTabWidget,
    QWidget,
)

from indie_desktop.services.workspace import Workspace
from indie_desktop.ui.main_window import ORGANISATIONS, PEOPLE, PROJECTS, MainWindow
from indie_desktop.ui.tasks import SynchronousRunner

ROOT = Path(__file__).resolve().parents[2]


def _load_tool() -> ModuleType:
    # tools/ is not a package; load the script by path, as `python tools/...` would.
    path = ROOT / "tools" / "update_translations.py"
    spec = importlib.util.spec_from_file_location("update_translations", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("update_translations", module)
    spec.loader.exec_module(module)
    return module


tool = _load_tool()
TS_FILE: Path = tool.TS_FILE
QM_FILE: Path = tool.QM_FILE

# Messages whose German text is deliberately left empty/unfinished. None so far: names and
# codes that stay the same in German ("Name", "WZ 2008") are translated by themselves.
UNTRANSLATED: set[tuple[str, str]] = set()

GERMAN_PLURAL_FORMS = 2
PLACEHOLDER = re.compile(r"%n|%\d|\{[a-z_]*\}")


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    plural: bool
    kind: str  # '' (finished), 'unfinished', 'vanished', 'obsolete'
    translations: tuple[str, ...]

    @property
    def active(self) -> bool:
        return self.kind not in ("vanished", "obsolete")


def read_ts(path: Path) -> list[Message]:
    messages: list[Message] = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            plural = message.get("numerus") == "yes"
            forms = (
                tuple(f.text or "" for f in translation.iter("numerusform"))
                if plural
                else (translation.text or "",)
            )
            messages.append(
                Message(
                    name,
                    message.findtext("source") or "",
                    plural,
                    translation.get("type", ""),
                    forms,
                )
            )
    return messages


@pytest.fixture(scope="module")
def shipped() -> list[Message]:
    return [m for m in read_ts(TS_FILE) if m.active]


def translation(messages: list[Message], context: str, source: str) -> str:
    found = [m for m in messages if m.context == context and m.source == source]
    assert found, f"{context}: {source!r} is not in {TS_FILE.name}"
    return found[0].translations[0]


def mnemonic(text: str) -> str | None:
    """The accelerator letter of a text ('Stamm&daten' -> 'd'); '&&' is a literal '&'."""
    match = re.search(r"&([^&])", text.replace("&&", ""))
    return match[1].casefold() if match else None


# --- the .ts file as data ---------------------------------------------------------------------


def test_the_translation_is_german_for_english_sources() -> None:
    root = ET.parse(TS_FILE).getroot()
    assert root.get("language") == "de_DE"
    assert root.get("sourcelanguage") == "en"


def test_every_message_is_translated(shipped: list[Message]) -> None:
    assert len(shipped) > 300
    missing = [
        (m.context, m.source)
        for m in shipped
        if (m.kind == "unfinished" or not all(t.strip() for t in m.translations))
        and (m.context, m.source) not in UNTRANSLATED
    ]
    assert missing == []


def test_plural_messages_have_both_german_forms(shipped: list[Message]) -> None:
    plurals = [m for m in shipped if m.plural]
    assert ("validation", "At most %n characters") in {(m.context, m.source) for m in plurals}
    for message in plurals:
        assert len(message.translations) == GERMAN_PLURAL_FORMS, message
        assert all("%n" in form for form in message.translations), message


def test_placeholders_and_accelerators_are_kept(shipped: list[Message]) -> None:
    for message in shipped:
        for text in message.translations:
            assert sorted(PLACEHOLDER.findall(text)) == sorted(
                PLACEHOLDER.findall(message.source)
            ), message
            if mnemonic(message.source) and message.context != "labels":
                assert mnemonic(text), f"accelerator lost: {message}"


def test_no_english_quotes_or_date_formats_left(shipped: list[Message]) -> None:
    for message in shipped:
        for text in message.translations:
            assert "“" not in text or "„" in text, f"German quotes „…“: {message}"
            assert "DD.MM.YYYY" not in text and "Ctrl+" not in text, message


def test_messages_lupdate_cannot_see_are_offered(shipped: list[Message]) -> None:
    keys = {(m.context, m.source) for m in shipped}
    for text in (
        "Required",
        "Choose an organisation",
        "Ends before it begins",
        "Only one affiliation can be the primary one",
        "Not a valid e-mail address",
    ):
        assert ("services", text) in keys
        assert ("validation", text) in keys
    assert ("services", "At most 100 characters") in keys  # the first-run dialog's names
    conflict = [m for m in shipped if m.context == "services" and "Somebody else" in m.source]
    assert conflict, "the ConflictError message"
    for phase in tool.demo_phases():
        assert ("first_run", phase) in keys
    assert ("detail_html", "primary") in keys
    assert ("RecordListView", "This entry was deleted meanwhile.") in keys
    assert ("errors", "The database cannot be used.") in keys


# --- the .ts against the sources, the .qm against the .ts --------------------------------------


def test_the_ts_file_is_current_with_the_sources(tmp_path: Path) -> None:
    copy = tmp_path / TS_FILE.name
    shutil.copyfile(TS_FILE, copy)
    tool.update_ts(copy, quiet=True)
    updated = [m for m in read_ts(copy) if m.active]

    def keys(messages: list[Message]) -> set[tuple[str, str, bool]]:
        return {(m.context, m.source, m.plural) for m in messages}

    new = keys(updated) - keys(read_ts(TS_FILE))
    gone = keys(read_ts(TS_FILE)) - keys(updated)
    hint = "run `python tools/update_translations.py`, translate, commit the .ts and .qm"
    assert not new, f"texts missing from the .ts ({hint}): {sorted(new)}"
    assert not gone, f"texts no longer in the sources ({hint}): {sorted(gone)}"
    assert [m for m in updated if m.kind == "unfinished"] == []


def test_the_qm_file_is_compiled_from_the_ts(tmp_path: Path) -> None:
    qm = tmp_path / QM_FILE.name
    tool.release(TS_FILE, qm, quiet=True)
    assert qm.read_bytes() == QM_FILE.read_bytes(), (
        "indie_de.qm is older than indie_de.ts: run `python tools/update_translations.py`"
    )


# --- what German users see -------------------------------------------------------------------


def test_runtime_lookups_find_german_texts(german) -> None:
    from indie_desktop.ui import labels
    from indie_desktop.ui.errors import translate_error

    assert translate_error("At most 1 characters")[0] == "Höchstens 1 Zeichen"
    assert translate_error("At most 200 characters")[0] == "Höchstens 200 Zeichen"
    assert translate_error("The year must be 1600 or later")[0] == (
        "Das Jahr darf nicht vor 1600 liegen"
    )
    text, detail = translate_error("Not a valid e-mail address: There must be something")
    assert (text, detail) == ("Keine gültige E-Mail-Adresse", "There must be something")
    assert QCoreApplication.translate("services", "Ends before it begins") == (
        "Das Ende liegt vor dem Beginn"
    )
    from indie_desktop.domain.enums import LegalBasis, Visibility

    assert labels.label(Visibility.NETWORK) == "Netzwerkweit"
    assert labels.label(Visibility.INSTITUTION) == "Nur eigene Institution"
    assert labels.label(LegalBasis.LEGITIMATE_INTEREST) == "Berechtigtes Interesse"


@pytest.fixture
def german_window(qtbot, sample: Workspace, german) -> MainWindow:
    window = MainWindow(sample, runner=SynchronousRunner())
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def _menu_texts(menu: QMenu) -> list[str]:
    """The entries a user sees (an action hidden in this mode is not among them)."""
    return [a.text() for a in menu.actions() if not a.isSeparator() and a.isVisible()]


def test_main_window_menus_and_navigation_are_german(german_window: MainWindow) -> None:
    w = german_window
    menus = {a.text(): a.menu() for a in w.menuBar().actions()}
    assert list(menus) == ["&Datei", "&Bearbeiten", "&Ansicht", "Be&richt", "E&xtras", "&Hilfe"]
    assert _menu_texts(menus["Be&richt"]) == ["&Förderbericht…"]
    assert _menu_texts(menus["E&xtras"]) == ["Bedarfs&radar…", "&Fachbegriffe…"]
    assert _menu_texts(menus["&Datei"]) == [
        "&Neu…",
        "Bes&uch erfassen …",
        "&Importieren…",
        "Im&porte…",
        "Liste e&xportieren…",
        "D&rucken",
        "&Verbindung…",
        "&Demo-Netzwerk laden…",
        "In Bür&o-Datenbank übernehmen…",
        "Einstellun&gen…",
        "&Jetzt sichern",
        "Sicherung &wiederherstellen…",
        "&Beenden",
    ]
    assert _menu_texts(menus["&Bearbeiten"]) == [
        "Löschen &rückgängig machen",
        "&Bearbeiten…",
        "&Löschen…",
        "Liste &filtern",
        "&Alles durchsuchen",
        "&Dubletten suchen…",
        "Datenschutz-&Prüfung…",
        "E-&Mails aus Outlook einfügen",
    ]
    assert _menu_texts(menus["&Ansicht"])[-1] == "&Aktualisieren"
    top = [w.nav.topLevelItem(i) for i in range(w.nav.topLevelItemCount())]
    assert [item.text(0) for item in top] == [
        "Organisationen",
        "Personen",
        "Veranstaltungen",
        "Projekte",
        "Aktivitäten",
        "Bedarfe",
        "Vermittlungen",
        "Aufgaben",
        "Kalender",
        "Auswertung",
    ]
    assert [top[0].child(i).text(0) for i in range(top[0].childCount())] == [
        "Unternehmen",
        "Handwerksbetriebe",
        "Dienstleister",
        "Hochschulen",
        "Forschungseinrichtungen",
        "Kammern und Agenturen",
        "Sonstige Organisationen",
    ]
    assert w.windowTitle().startswith("Organisationen – ")
    assert w.user_label.text() == "Benutzer: Şükrü Yıldız"


def test_main_window_accelerators_are_unique(german_window: MainWindow) -> None:
    w = german_window
    groups = {"menu bar": [a.text() for a in w.menuBar().actions()]}
    for action in w.menuBar().actions():
        groups[action.text()] = _menu_texts(action.menu())
    for key, view in w.views.items():
        groups[key] = [a.text() for a in (view.new_action, view.edit_action, view.delete_action)]
    for name, texts in groups.items():
        letters = [m for m in map(mnemonic, texts) if m]
        assert len(letters) == len(set(letters)), f"{name}: {texts}"


def test_lists_and_detail_panes_are_german(german_window: MainWindow) -> None:
    w = german_window
    view = w.views[ORGANISATIONS]
    headers = [
        view.model.headerData(c, Qt.Orientation.Horizontal) for c in range(view.model.columnCount())
    ]
    assert headers == ["Name", "Art", "Ort", "Kommune", "Telefon", "WZ-Code", "Betreuung"]
    assert view.count_label.text() == "5 Einträge"
    names = [view.model.row_at(r).name for r in range(view.model.rowCount())]
    view.select_row(names.index("Yıldız Metallbau GmbH"))
    html = view.detail.toHtml()
    assert "Handwerksbetrieb" in html
    assert "CEO" in html and "Hauptzuordnung" not in html  # one organisation: no mark
    assert "Personen" in html
    w.show_view(PEOPLE)
    people = w.views[PEOPLE]
    assert people.filter_edit.placeholderText().startswith("Filtern nach Name")
    w.show_view(PROJECTS)
    projects = w.views[PROJECTS]
    assert projects.model.headerData(0, Qt.Orientation.Horizontal) == "Name"
    assert projects.model.data(projects.model.index(0, 1)) == "Branchentreff"


# --- dialogs -----------------------------------------------------------------------------------


def _accelerator_text(widget: QWidget) -> str | None:
    if isinstance(widget, QLabel) and widget.buddy() is not None:
        return widget.text()
    if isinstance(widget, QAbstractButton):
        return widget.text()
    return None


def accelerator_groups(dialog: QDialog) -> dict[str, list[str]]:
    """What Alt+letter can reach at one time: the widgets outside the tabs, the tab titles
    and the widgets of one tab page (another page's labels are hidden, so inactive)."""
    tabs = dialog.findChild(QTabWidget)
    pages = [tabs.widget(i) for i in range(tabs.count())] if tabs is not None else []
    common = [tabs.tabText(i) for i in range(tabs.count())] if tabs is not None else []
    widgets = dialog.findChildren(QWidget)
    common += [
        text
        for widget in widgets
        if not any(page.isAncestorOf(widget) for page in pages)
        and (text := _accelerator_text(widget))
    ]
    if not pages:
        return {"dialog": common}
    assert tabs is not None
    return {
        tabs.tabText(i): common
        + [text for widget in page.findChildren(QWidget) if (text := _accelerator_text(widget))]
        for i, page in enumerate(pages)
    }


def assert_unique_accelerators(dialog: QDialog) -> None:
    for group, texts in accelerator_groups(dialog).items():
        letters = [m for m in map(mnemonic, texts) if m]
        duplicates = sorted({m for m in letters if letters.count(m) > 1})
        assert not duplicates, f"{type(dialog).__name__} {group}: {duplicates} in {texts}"


@pytest.mark.parametrize("name", ["OrganisationDialog", "PersonDialog", "ProjectDialog"])
def test_record_dialogs_are_german_with_unique_accelerators(
    qtbot, sample: Workspace, german, name: str
) -> None:
    from indie_desktop.ui import dialogs

    dialog = getattr(dialogs, name)(sample, None)
    qtbot.addWidget(dialog)
    assert dialog.save_button.text() == "&Speichern"
    assert dialog.cancel_button.text() == "Abbrechen"
    assert dialog.windowTitle() in ("Neue Organisation", "Neue Person", "Neues Projekt")
    assert_unique_accelerators(dialog)
    texts = [t for group in accelerator_groups(dialog).values() for t in group]
    english = {"&Save", "&Kind:", "&Visibility:", "C&ontact", "&Notes:", "Starts &on:"}
    assert not english & set(texts)


def test_organisation_dialog_shows_german_errors(qtbot, sample: Workspace, german) -> None:
    from indie_desktop.ui.dialogs import OrganisationDialog

    dialog = OrganisationDialog(sample, None)
    qtbot.addWidget(dialog)
    dialog.ui.postcode_edit.setText("123")
    dialog.ui.founded_year_edit.setText("1500")
    assert not dialog._save(dialog._collect())
    errors = {key: label.text() for key, label in dialog._error_labels.items() if label.text()}
    assert errors == {
        "name": "Pflichtfeld",
        "postcode": "Eine deutsche Postleitzahl hat genau 5 Ziffern",
        "founded_year": "Das Jahr darf nicht vor 1600 liegen",
    }
    tabs = dialog.findChild(QTabWidget, "tabs")
    assert [tabs.tabText(i) for i in range(tabs.count())] == [
        "Stamm&daten",
        "K&ontakt",
        "We&itere Kontaktdaten",
        "&Register && Kammer",
        "Ko&mpetenzen && Notizen",
    ]


def test_first_run_dialog_is_german(qtbot, workspace: Workspace, german) -> None:
    from indie_desktop.ui.first_run import FirstRunDialog

    dialog = FirstRunDialog(workspace, SynchronousRunner())
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Willkommen bei In|Die Desktop"
    assert dialog.load_demo.text() == "Mit dem &Demo-Netzwerk"
    assert_unique_accelerators(dialog)
    dialog.show_errors({"first_name": "Required", "last_name": "At most 100 characters"})
    assert dialog.errors["first_name"].text() == "Pflichtfeld"
    assert dialog.errors["last_name"].text() == "Höchstens 100 Zeichen"


def test_error_details_dialog_is_german(qtbot, german) -> None:
    from indie_desktop.ui.crash import ErrorDetailsDialog

    dialog = ErrorDetailsDialog("message", "details")
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Unerwarteter Fehler"
    assert dialog.copy_button.text() == "Details &kopieren"
    assert_unique_accelerators(dialog)


def _menu_mnemonics(window: MainWindow) -> dict[str, list[str]]:
    """Alt letters per menu, counting actions hidden in this mode (the password entry shows
    in shared mode only, and must not share its letter with another entry then)."""
    found: dict[str, list[str]] = {}
    for top in window.menuBar().actions():
        letters = []
        for action in top.menu().actions():
            text = action.text().replace("&&", "")
            if not action.isSeparator() and "&" in text:
                letters.append(text[text.index("&") + 1].lower())
        found[top.text()] = letters
    return found


@pytest.mark.parametrize("language", ["de", "en"])
def test_every_menu_entry_has_its_own_alt_key_in_both_languages(
    qtbot, sample: Workspace, language: str, request: pytest.FixtureRequest
) -> None:
    if language == "de":
        request.getfixturevalue("german")
    window = MainWindow(sample, runner=SynchronousRunner())
    qtbot.addWidget(window)
    for menu, letters in _menu_mnemonics(window).items():
        assert len(letters) == len(set(letters)), (menu, letters)
