"""User interface language: German by default (shipped .qm), English = the source strings."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from indie_desktop.resources import resource_path

log = logging.getLogger(__name__)

LANGUAGES = ("de", "en")
DEFAULT_LANGUAGE = "de"

_installed: list[QTranslator] = []


def install_translator(app: QCoreApplication, lang: str | None = None) -> list[QTranslator]:
    """Load our and Qt's own translations for `lang` ('de' when None/unknown); returns them.

    Replaces translators installed by an earlier call, so switching languages (or tests that
    install German and then English) does not stack them.
    """
    remove_translators(app)
    lang = lang if lang in LANGUAGES else DEFAULT_LANGUAGE
    # Dates, numbers and the first day of the week stay German whatever the UI language:
    # the network works in Germany (en_DE exists in CLDR).
    language = QLocale.Language.German if lang == "de" else QLocale.Language.English
    QLocale.setDefault(QLocale(language, QLocale.Country.Germany))
    if lang == "en":
        return []
    ours = QTranslator(app)
    qm = resource_path("translations", f"indie_{lang}.qm")
    if ours.load(str(qm)):
        _install(app, ours)
    else:
        log.warning("translation %s cannot be loaded; the interface stays English", qm)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qtbase = QTranslator(app)
    if qtbase.load(f"qtbase_{lang}", qt_dir):
        _install(app, qtbase)
    else:
        log.info("Qt's own translation qtbase_%s not found in %s", lang, qt_dir)
    return list(_installed)


def remove_translators(app: QCoreApplication) -> None:
    """Back to the English source strings."""
    while _installed:
        app.removeTranslator(_installed.pop())


def _install(app: QCoreApplication, translator: QTranslator) -> None:
    app.installTranslator(translator)
    _installed.append(translator)
