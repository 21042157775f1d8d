"""Paged, SQL-sorted, SQL-filtered list queries shared by the list services."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, func, select
from sqlalchemy.orm import Session

from indie_desktop.domain.text import search_fold


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


def _escape(word: str) -> str:
    return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def ordered(
    stmt: Select[Any], query: ListQuery, sort_columns: Mapping[str, Any], tiebreak: Any
) -> Select[Any]:
    column = sort_columns.get(query.sort, next(iter(sort_columns.values())))
    if query.descending:
        return stmt.order_by(column.desc(), tiebreak.desc())
    return stmt.order_by(column.asc(), tiebreak.asc())


def count(session: Session, stmt: Select[Any]) -> int:
    return int(
        session.scalar(select(func.count()).select_from(stmt.order_by(None).subquery())) or 0
    )


def page(session: Session, stmt: Select[Any], offset: int, limit: int) -> Sequence[Any]:
    return session.execute(stmt.offset(offset).limit(limit)).all()
