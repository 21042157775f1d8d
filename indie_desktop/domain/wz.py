"""WZ 2008 (German classification of economic activities) lookups for pickers and validation.

The classification comes from the ``wz-code`` package (1,835 codes on five levels:
section letter A..U, division ``25``, group ``25.6``, class ``25.62``, subclass ``25.62.0``).
``wz_code`` is imported only inside the functions below and the index is built once on first
use, so importing this module costs nothing at application start.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

WZ_VERSION = "2008"

# Levels of the classification as the Federal Statistical Office names them.
LEVEL_SECTION = 1  # Abschnitt, e.g. "C"
LEVEL_DIVISION = 2  # Abteilung, e.g. "25"
LEVEL_GROUP = 3  # Gruppe, e.g. "25.6"
LEVEL_CLASS = 4  # Klasse, e.g. "25.62"
LEVEL_SUBCLASS = 5  # Unterklasse, e.g. "25.62.0"


@dataclass(frozen=True)
class WzEntry:
    """One WZ 2008 code with its German title, level (1 = section .. 5 = subclass) and section."""

    code: str
    title: str
    level: int
    section: str

    @property
    def label(self) -> str:
        """Text for a picker or a printout: '25.62.0 Mechanik a. n. g.'."""
        return f"{self.code} {self.title}"


@lru_cache(maxsize=1)
def _index() -> dict[str, WzEntry]:
    """All entries by code, inserted in tree order (section, then its divisions, ...).

    Read from the package's raw data table (~20 ms) rather than through its `WZ` class, whose
    set-up costs ~70 ms; the first detail pane shown at start-up needs a title from here.
    """
    from wz_code.data.wz2008 import WZ_2008_DATA as data

    index: dict[str, WzEntry] = {}

    def visit(code: str, section: str) -> None:
        node = data[code]
        index[code] = WzEntry(code=code, title=node["t"], level=node["l"], section=section)
        # Child codes are listed in the classification's own (ascending) order.
        for child in sorted(node["c"] or ()):
            visit(child, section)

    for top in sorted(code for code, node in data.items() if node["l"] == 1):
        visit(top, top)
    return index


@lru_cache(maxsize=8)
def _entries(min_level: int, max_level: int) -> tuple[WzEntry, ...]:
    """Cached, immutable selection behind ``wz_entries``."""
    return tuple(e for e in _index().values() if min_level <= e.level <= max_level)


def wz_entries(min_level: int = LEVEL_SECTION, max_level: int = LEVEL_SUBCLASS) -> list[WzEntry]:
    """WZ 2008 entries with min_level <= level <= max_level in tree order (A, 01, 01.1, ...)."""
    return list(_entries(min_level, max_level))


def _lookup(code: str | None) -> WzEntry | None:
    """The entry for an official code (surrounding whitespace ignored), or None."""
    if code is None:
        return None
    return _index().get(code.strip())


def wz_title(code: str | None) -> str | None:
    """German title of a WZ 2008 code ('25.62.0' -> 'Mechanik a. n. g.'), None if unknown."""
    entry = _lookup(code)
    return entry.title if entry else None


def wz_section(code: str) -> str | None:
    """Section letter of a WZ 2008 code ('25.62.0' -> 'C'), None if unknown."""
    entry = _lookup(code)
    return entry.section if entry else None


def is_wz_code(code: str) -> bool:
    """True if code is an official WZ 2008 code as written in the list ('25.62.0', 'C')."""
    return _lookup(code) is not None


def canonical_wz_code(value: str) -> str | None:
    """Official spelling of a typed code ('25 62 0', '25620', 'c' -> '25.62.0', 'C'), or None."""
    text = "".join(value.split())
    if not text:
        return None
    if len(text) == 1 and text.isalpha():
        text = text.upper()
    elif text.isdigit() and 2 <= len(text) <= 5:
        # Digits without dots map to exactly one level: 25 / 25.6 / 25.62 / 25.62.0
        text = ".".join(part for part in (text[:2], text[2:4], text[4:]) if part)
    return text if text in _index() else None
