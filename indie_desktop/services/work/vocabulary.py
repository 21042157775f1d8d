"""The vocabulary of technology terms the partner suggestions match with: the shipped list
(resources/vocabulary/technology_terms.txt) and, on top, the terms staff add."""

from __future__ import annotations

from functools import lru_cache

from indie_desktop.domain.terms import Vocabulary
from indie_desktop.resources import resource_path

SHIPPED = ("vocabulary", "technology_terms.txt")


@lru_cache(maxsize=1)
def shipped_lines() -> tuple[str, ...]:
    return tuple(resource_path(*SHIPPED).read_text(encoding="utf-8").splitlines())


@lru_cache(maxsize=4)
def vocabulary(extra: tuple[str, ...] = ()) -> Vocabulary:
    """The shipped vocabulary with extra lines (same format) added; built once per set."""
    return Vocabulary((*shipped_lines(), *extra))
