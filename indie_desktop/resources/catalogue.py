"""The shipped German catalogue (resources/translations/indie_de.ts) read without Qt.

The one source of German wording: the UI translates through Qt (the .qm made from this file);
the command line's exports and every printout (always German) read the same translations
here, so an enum value reads the same on screen, in a CSV and on a contact sheet (the labels'
English sources are in domain/enum_labels.py; printing/labels_de.py puts the two together).
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from functools import cache

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
