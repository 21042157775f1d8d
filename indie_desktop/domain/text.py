"""Text folding for filtering and sorting names the way German users expect."""

from __future__ import annotations

import unicodedata

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


def fold(text: str | None) -> str:
    """Lower-case, accent-free form: 'Şükrü Yıldız' -> 'sukru yildiz', 'Straße' -> 'strasse'."""
    if not text:
        return ""
    text = text.translate(_SPECIAL)
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(stripped.casefold().translate(_SPECIAL).split())


def search_key(*parts: str | None) -> str:
    """One folded string over several fields, used by the list filter boxes."""
    return " ".join(p for p in (fold(part) for part in parts) if p)
