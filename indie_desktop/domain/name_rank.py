"""Ranking names for pickers: what the user typed is matched against the words of each name,
and an abbreviation ("TU" for Technische Universität, "FH", "IHK") counts as a strong match.

The database finds the candidates; this orders them so the name the user meant comes first
(typing "TU Dortm" lists "Technische Universität Dortmund" before "Turbinenbau Dortmund").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import TypeVar

from indie_desktop.domain.text import search_fold

T = TypeVar("T")
_WORD = re.compile(r"[\w]+")


def words(text: str) -> list[str]:
    """The folded words of a text ("Müller-Söhne" -> ["muller", "sohne"])."""
    return _WORD.findall(search_fold(text))


def abbreviations(typed: str) -> list[str]:
    """Words typed as an abbreviation: 2 to 5 letters, all capitals ("TU", "IHK", "FH")."""
    return [
        w for w in re.findall(r"\w+", typed) if 2 <= len(w) <= 5 and w.isupper() and w.isalpha()
    ]


def _initials_match(abbreviation: str, name_words: Sequence[str]) -> bool:
    initials = "".join(w[0] for w in name_words if w)
    return abbreviation in initials


def score(typed: str, name: str) -> tuple[int, int]:
    """(how well, how early): each typed word scores 3 as an abbreviation of the name's
    initials, 2 as a whole word, 1 as the start of a word; earlier matches break ties."""
    name_words = words(name)
    typed_upper = {search_fold(a) for a in abbreviations(typed)}
    total, first = 0, len(name_words)
    for word in words(typed):
        best, where = 0, len(name_words)
        if word in typed_upper and _initials_match(word, name_words):
            best, where = 3, 0
        for i, candidate in enumerate(name_words):
            if candidate == word and best < 2:
                best, where = 2, i
            elif candidate.startswith(word) and best < 1:
                best, where = 1, i
        total += best
        first = min(first, where)
    return total, -first


def rank(typed: str, items: Sequence[T], name: Callable[[T], str]) -> list[T]:
    """The items best first by `score`, else in their given order (stable)."""
    return sorted(items, key=lambda item: score(typed, name(item)), reverse=True)


def matches_abbreviation(typed: str, name: str) -> bool:
    """Every abbreviation typed stands for initials of the name's words."""
    name_words = words(name)
    return all(_initials_match(search_fold(a), name_words) for a in abbreviations(typed))


__all__ = ["abbreviations", "matches_abbreviation", "rank", "score", "words"]
