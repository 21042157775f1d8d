"""German wording of stored values on printouts (printouts are always German).

The words are the app's own labels (domain/enum_labels.py) as the shipped German catalogue
translates them (resources/catalogue.py): a printout says what the screen says.
"""

from __future__ import annotations

from enum import StrEnum

from indie_desktop.domain import enum_labels
from indie_desktop.domain.enums import Chamber, OrganisationKind
from indie_desktop.resources.catalogue import translate


def label(value: StrEnum | None, lang: str = "de") -> str:
    """The word for an enum value in `lang`, as the UI shows it; '' for None."""
    if value is None:
        return ""
    return translate(lang, enum_labels.CONTEXT, enum_labels.source(value))


def de(value: StrEnum | None) -> str:
    """The German word for a stored value; '' for None and for "no chamber"."""
    if isinstance(value, Chamber) and value == Chamber.NONE:
        return ""
    return label(value)


def kind_plural(kind: OrganisationKind) -> str:
    """'Unternehmen', 'Handwerksbetriebe', ...: the kind as a group, as the navigation says."""
    return translate("de", enum_labels.CONTEXT, enum_labels.KIND_PLURALS[kind])


def value_label(raw: str) -> str | None:
    """The German word for a stored enum value given as plain text (a row of an access
    export), or None when no enum has this value."""
    for (_enum, value), source in enum_labels.LABELS.items():
        if value == raw:
            return translate("de", enum_labels.CONTEXT, source)
    return None
