"""The shipped German catalogue (resources/translations/indie_de.ts) read without Qt.

The one source of German wording: the UI translates through Qt (the .qm made from this file);
the command line's exports and every printout (always German) read the same translations
here, so an enum value reads the same on screen, in a CSV and on a contact sheet.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from enum import StrEnum
from functools import cache

from indie_desktop.domain import enum_labels
from indie_desktop.domain.enums import OrganisationKind
from indie_desktop.resources import resource_path

CATALOGUES = {"de": ("translations", "indie_de.ts")}


@cache
def catalogue(lang: str) -> dict[tuple[str, str], str]:
    """(context, source) -> finished translation; empty for English (the source language)."""
    parts = CATALOGUES.get(lang)
    if parts is None:
        return {}
    out: dict[tuple[str, str], str] = {}
    for context in ET.parse(resource_path(*parts)).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("unfinished", "vanished"):
                continue
            text = translation.text or "".join(
                n.text or "" for n in translation.iter("numerusform")
            )
            if text:
                out[(name, message.findtext("source") or "")] = text
    return out


def translate(lang: str, context: str, source: str) -> str:
    return catalogue(lang).get((context, source), source)


def label(value: StrEnum | None, lang: str = "de") -> str:
    """The word for an enum value in `lang`, as the UI shows it; '' for None."""
    if value is None:
        return ""
    return translate(lang, enum_labels.CONTEXT, enum_labels.source(value))


def kind_plural(kind: OrganisationKind, lang: str = "de") -> str:
    """'Unternehmen', 'Handwerksbetriebe', ...: the kind as a group, as the navigation says."""
    return translate(lang, enum_labels.CONTEXT, enum_labels.KIND_PLURALS[kind])


def value_label(raw: str, lang: str = "de") -> str | None:
    """The word for a stored enum value given as plain text (a row of an access export), or
    None when no enum has this value."""
    for (_enum, value), source in enum_labels.LABELS.items():
        if value == raw:
            return translate(lang, enum_labels.CONTEXT, source)
    return None
