"""Paged, SQL-sorted, SQL-filtered list queries shared by the list services."""

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TypeAlias

from sqlalchemy import ColumnElement, Select, and_, func, select, tuple_

from indie_desktop.domain.text import search_fold

if TYPE_CHECKING:  # the UI imports ListQuery at start, before the ORM is needed
    from sqlalchemy.orm import Session

# A SELECT of any columns (SQLAlchemy 2.1 types a Select by the types of its columns).
AnySelect: TypeAlias = Select[*tuple[Any, ...]]


@dataclass(frozen=True)
class ListQuery:
    """What a list shows: filter text, sort column (a key of the list's columns), direction."""

    text: str = ""
    sort: str = "name"
    descending: bool = False
    filters: tuple[tuple[str, Any], ...] = ()

    def filter_value(self, name: str) -> Any:
        return dict(self.filters).get(name)


def text_condition(column: Any, text: str) -> ColumnElement[bool] | None:
    """Every word typed must occur in the folded search key: 'metall hagen' narrows down."""
    words = search_fold(text).split()
    if not words:
        return None
    return and_(*(column.like(f"%{_escape(w)}%", escape="\\") for w in words))


def like_word(column: Any, word: str) -> ColumnElement[bool]:
    """The folded word anywhere in the column (the filters' fallback for one-letter words)."""
    return column.like(f"%{_escape(word)}%", escape="\\")  # type: ignore[no-any-return]


def _escape(word: str) -> str:
    return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def sort_column(query: ListQuery, sort_columns: Mapping[str, Any]) -> Any:
    return sort_columns.get(query.sort, next(iter(sort_columns.values())))


def ordered(
    stmt: AnySelect, query: ListQuery, sort_columns: Mapping[str, Any], tiebreak: Any
) -> AnySelect:
    column = sort_column(query, sort_columns)
    if query.descending:
        return stmt.order_by(column.desc(), tiebreak.desc())
    return stmt.order_by(column.asc(), tiebreak.asc())


def after_row(
    stmt: AnySelect,
    query: ListQuery,
    keyset_columns: Mapping[str, Any],
    table: Any,
    after: uuid.UUID,
) -> AnySelect | None:
    """Keyset paging: rows after the given one in the list's order, found through the index.

    OFFSET makes SQLite walk every skipped row, so scrolling far gets slower page by page;
    this costs the same anywhere. Only for sort columns of the list's own table that are
    never NULL (`keyset_columns`); None means the caller falls back to OFFSET.
    """
    name = query.sort if query.sort in keyset_columns else None
    if name is None:
        return None
    from sqlalchemy.orm import aliased

    column = keyset_columns[name]
    other = aliased(table)  # not correlated with the outer query's row
    anchor = select(getattr(other, column.key)).where(other.id == after).scalar_subquery()
    key = tuple_(column, table.id)
    bound = tuple_(anchor, after)
    return stmt.where(key < bound if query.descending else key > bound)


def count(session: Session, stmt: AnySelect) -> int:
    return int(
        session.scalar(select(func.count()).select_from(stmt.order_by(None).subquery())) or 0
    )


def page(
    session: Session,
    stmt: AnySelect,
    offset: int,
    limit: int,
    keyset: AnySelect | None = None,
) -> Sequence[Any]:
    """One page: by keyset when the caller could build one, else by OFFSET."""
    if keyset is not None:
        return session.execute(keyset.limit(limit)).all()
    return session.execute(stmt.offset(offset).limit(limit)).all()
