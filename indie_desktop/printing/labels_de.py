"""German wording of stored values on printouts (printouts are always German).

The words are the app's own labels (domain/enum_labels.py) as the shipped German catalogue
translates them (resources/catalogue.py): a printout says what the screen says.
"""

from __future__ import annotations

from enum import StrEnum

from indie_desktop.domain.enums import Chamber
from indie_desktop.resources.catalogue import label


def de(value: StrEnum | None) -> str:
    """The German word for a stored value; '' for None and for "no chamber"."""
    if value is None or (value == Chamber.NONE and isinstance(value, Chamber)):
        return ""
    return label(value, "de")
