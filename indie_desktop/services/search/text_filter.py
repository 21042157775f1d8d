"""The list views' filter boxes through the search index: folded words (Müller finds Mueller),
word starts, several words narrowing down, and for organisations parts of compound names.

A filter is a WHERE condition on the list's own query, so sorting and keyset paging stay as
they are. SQLite: `rowid IN (SELECT rowid FROM <table>_fts WHERE ... MATCH ...)`, answered by
the FTS5 index instead of a LIKE over every row. PostgreSQL: the GIN-indexed tsvector
expression `@@` a prefix tsquery; organisations: LIKE on the folded search key (inside words).
One-letter words cannot use the index (FTS5 keeps 2- and 3-letter prefixes); they fall back
to the caller's LIKE condition.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable

from sqlalchemy import ColumnElement, and_, or_, text

from indie_desktop.domain.text import search_fold
from indie_desktop.store import search_index as si

_names = itertools.count()
Fallback = Callable[[str], ColumnElement[bool]]


def words_of(typed: str) -> list[str]:
    """The folded words as the index holds them (punctuation dropped), one letter included."""
    return si._TOKEN.findall(search_fold(typed))


def _param() -> str:
    return f"tf{next(_names)}"


def _sqlite_match(table: str, fts: str, query: str) -> ColumnElement[bool]:
    name = _param()
    clause = text(f"{table}.rowid IN (SELECT rowid FROM {fts} WHERE {fts} MATCH :{name})")
    return clause.bindparams(**{name: query})  # type: ignore[return-value]


def _pg_match(source: si.SearchSource, table: str, query: str) -> ColumnElement[bool]:
    name = _param()
    clause = text(f"{source.pg_document(table)} @@ to_tsquery('simple'::regconfig, :{name})")
    return clause.bindparams(**{name: query})  # type: ignore[return-value]


def _pg_like(table: str, word: str) -> ColumnElement[bool]:
    name = _param()
    escaped = word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    clause = text(f"{table}.search_key LIKE :{name} ESCAPE '\\'")
    return clause.bindparams(**{name: f"%{escaped}%"})  # type: ignore[return-value]


def word_conditions(
    kind: str, typed: str, *, sqlite: bool, table: str | None = None, fallback: Fallback
) -> list[ColumnElement[bool]]:
    """One condition per typed word (all must hold) on the records of `kind` (a search
    source), whose table appears in the query as `table` (default: its own name)."""
    source = si.BY_KIND[kind]
    table = table or source.table
    words = words_of(typed)
    conditions = [fallback(w) for w in words if len(w) < si.MIN_WORD]
    indexed = [w for w in words if len(w) >= si.MIN_WORD]
    if not indexed:
        return conditions
    infix = next((s for s in si.INFIX_SOURCES if s.kind == kind), None)
    tags = si.TAGS_OF_KIND.get(kind)
    if infix is not None and not sqlite:
        return conditions + [_pg_like(table, w) for w in indexed]
    if not sqlite:
        return [*conditions, _pg_match(source, table, si.tsquery(indexed))]
    if infix is not None or tags is not None:
        # Each word somewhere: inside the name's words, at a word start, or in the tags
        # (an index of their own: "metall messe" finds Metallbau tagged Messe).
        for w in indexed:
            places = [_sqlite_match(table, source.fts, si.fts5_query([w]))]
            if tags is not None:
                places.append(_sqlite_match(table, tags.fts, si.fts5_query([w])))
            if infix is not None and len(w) >= si.INFIX_MIN:
                places.append(_sqlite_match(table, infix.fts, si.infix_query([w]) or ""))
            conditions.append(or_(*places))
        return conditions
    return [*conditions, _sqlite_match(table, source.fts, si.fts5_query(indexed))]


def any_of(*alternatives: list[ColumnElement[bool]]) -> ColumnElement[bool] | None:
    """Records matching all words in one of several places (a need's text or its firm)."""
    present = [and_(*a) for a in alternatives if a]
    return or_(*present) if present else None
