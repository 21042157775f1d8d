"""Text folding for filtering and sorting names the way German users expect."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Letters that Unicode does not decompose into base letter + accent.
_SPECIAL = str.maketrans(
    {
        "ß": "ss",
        "ı": "i",
        "ł": "l",
        "Ł": "l",
        "ø": "o",
        "Ø": "o",
        "đ": "d",
        "Đ": "d",
        "æ": "ae",
        "Æ": "ae",
        "œ": "oe",
        "Œ": "oe",
    }
)


def _fold_char(ch: str) -> str:
    text = ch.translate(_SPECIAL)
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return stripped.casefold().translate(_SPECIAL)


class _FoldTable(dict[int, str]):
    """Code point -> folded text, filled on first sight of each character.

    Folding is a per-character mapping (decomposition, dropping combining marks, case folding),
    so str.translate with this table gives the same result as folding the whole string at once,
    at C speed once the characters of a data set have been seen."""

    def __missing__(self, key: int) -> str:
        value = _fold_char(chr(key))
        self[key] = value
        return value


_FOLD_TABLE = _FoldTable()


def fold(text: str | None) -> str:
    """Lower-case, accent-free form: 'Şükrü Yıldız' -> 'sukru yildiz', 'Straße' -> 'strasse'."""
    if not text:
        return ""
    return " ".join(text.translate(_FOLD_TABLE).split())


# German spellings without umlauts: Mueller/Müller/Muller, Strasse/Straße all meet in one form.
_DIGRAPHS = re.compile(r"ae|oe|ue|ss")


@lru_cache(maxsize=1 << 15)
def search_fold(text: str | None) -> str:
    """Fold for matching: accents and the umlaut transliterations both reduce to the base letter,
    so 'Müller', 'Mueller' and 'Muller' (and 'Straße'/'Strasse') find each other.

    Cached: an import folds each field for the record's search key and again for the search
    index, and cities, first names, legal forms repeat across thousands of rows."""
    return unfold_digraphs(fold(text))


def unfold_digraphs(folded: str) -> str:
    """The second step of search_fold for text already fold()-ed: 'mueller' -> 'muller'.

    Chained str.replace gives what `_DIGRAPHS.sub` (left to right, no overlaps) gives: no
    replacement can create a digraph an earlier pass would have taken (tests/unit/test_text.py
    checks), and it costs a fifth; imports and the search index fold every field."""
    if "e" not in folded and "ss" not in folded:
        return folded
    return folded.replace("ae", "a").replace("oe", "o").replace("ue", "u").replace("ss", "s")


def search_key(*parts: str | None) -> str:
    """One folded string over several fields, used by the list filter boxes."""
    return " ".join(p for p in (search_fold(part) for part in parts) if p)
