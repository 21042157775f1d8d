"""Global search: the best matches of what was typed, grouped by kind of record.

Every word is a prefix and all words must match (`metall hagen`); umlauts and their
transliterations meet (store/search_index.py folds both sides the same way). Ranked by bm25
(SQLite) or ts_rank (PostgreSQL) within each kind.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import ColumnClause, Date, Uuid, column, text
from sqlalchemy.orm import Session
from sqlalchemy.types import TypeEngine

from indie_desktop.domain.base import UtcDateTime
from indie_desktop.domain.formatting import format_date
from indie_desktop.services.contacts import contact_points as cp
from indie_desktop.services.search.hits import SearchHit as SearchHit
from indie_desktop.store import search_index as si
from indie_desktop.store.database import Database

KINDS = tuple(s.kind for s in si.SOURCES)

_ORG_OF_PERSON = (
    "(SELECT o.name FROM affiliation a JOIN organisation o ON o.id = a.organisation_id "
    "WHERE a.person_id = t.id AND a.deleted_at IS NULL AND o.deleted_at IS NULL "
    "ORDER BY a.is_primary DESC LIMIT 1)"
)
_FIRST_ORG_OF_ACTIVITY = (
    "(SELECT ao.organisation_id FROM activity_organisation ao WHERE ao.activity_id = t.id "
    "AND ao.deleted_at IS NULL ORDER BY ao.created_at LIMIT 1)"
)


def _org_name(id_sql: str) -> str:
    return f"(SELECT o.name FROM organisation o WHERE o.id = {id_sql})"


# Per kind: title, detail, organisation name and id (where Enter leads for kinds without a
# view of their own), a date or time to show. Columns are over the record's alias `t`.
_COLUMNS: dict[str, str] = {
    "organisation": "t.name, coalesce(t.postcode || ' ', '') || coalesce(t.city, ''), "
    "NULL, NULL, NULL, NULL, NULL",
    "person": "trim(coalesce(t.title || ' ', '') || t.first_name || ' ' || t.last_name), "
    f"t.function, {_ORG_OF_PERSON}, NULL, NULL, NULL, NULL",
    "project": "t.name, NULL, NULL, NULL, t.starts_on, NULL, NULL",
    "need": f"t.topic, NULL, {_org_name('t.organisation_id')}, t.organisation_id, NULL, NULL, NULL",
    "referral": f"{_org_name('t.organisation_id')} || coalesce(' → ' || "
    f"{_org_name('t.partner_organisation_id')}, ''), substr(t.note, 1, 80), NULL, "
    "t.organisation_id, t.referred_on, NULL, NULL",
    "activity": f"t.subject, t.place, {_org_name(_FIRST_ORG_OF_ACTIVITY)}, "
    f"{_FIRST_ORG_OF_ACTIVITY}, NULL, t.occurred_at, t.project_id",
}
_TYPES: dict[str, TypeEngine[Any]] = {
    "id": Uuid(),
    "org_id": Uuid(),
    "day": Date(),
    "at": UtcDateTime(),
    "project": Uuid(),
}
_NAMES = "id, title, detail, org, org_id, day, at, project"


@dataclass(frozen=True)
class SearchResults:
    text: str
    groups: tuple[tuple[str, tuple[SearchHit, ...]], ...]

    @property
    def hits(self) -> list[SearchHit]:
        return [h for _kind, hits in self.groups for h in hits]


def _sqlite_sql(source: si.SearchSource) -> str:
    return (
        f"SELECT t.id, {_COLUMNS[source.kind]} FROM (SELECT r, rank FROM (SELECT rowid AS r, "
        f"rank FROM {source.fts} WHERE {source.fts} MATCH :q LIMIT {si.RANK_WINDOW}) "
        f"ORDER BY rank LIMIT :n) f "
        f"JOIN {source.table} t ON t.rowid = f.r ORDER BY f.rank"
    )


def _sqlite_infix_sql(source: si.SearchSource) -> str:
    """Inside-word matches come after the word-start ones, unranked: the first few the trigram
    index yields (ranking every 'dort' inside 'Dortmund' would cost more than the keystroke)."""
    return (
        f"SELECT t.id, {_COLUMNS[source.kind]} FROM (SELECT rowid AS r FROM {source.fts} "
        f"WHERE {source.fts} MATCH :q LIMIT :n) f JOIN {source.table} t ON t.rowid = f.r"
    )


def _pg_infix_sql(source: si.SearchSource, words: int) -> str:
    """PostgreSQL has no trigram index here (pg_trgm may be missing): the folded search key,
    scanned with LIKE, finds organisations with the words inside (20,000 rows: a few ms)."""
    likes = " AND ".join(f"t.search_key LIKE :w{i}" for i in range(words))
    return (
        f"SELECT t.id, {_COLUMNS[source.kind]} FROM {source.table} t "
        f"WHERE t.deleted_at IS NULL AND {likes} ORDER BY t.sort_name, t.id LIMIT :n"
    )


def _pg_sql(source: si.SearchSource) -> str:
    doc = source.pg_document("m")
    query = "to_tsquery('simple'::regconfig, :q)"
    return (
        f"SELECT t.id, {_COLUMNS[source.kind]} FROM (SELECT id, rank FROM (SELECT m.id, "
        f"ts_rank({doc}, {query}) AS rank FROM {source.table} m WHERE m.deleted_at IS NULL "
        f"AND {doc} @@ {query} LIMIT {si.RANK_WINDOW}) w ORDER BY rank DESC, id LIMIT :n) f "
        f"JOIN {source.table} t ON t.id = f.id ORDER BY f.rank DESC, f.id"
    )


def _subtitle(detail: str | None, org: str | None, moment: date | datetime | None) -> str:
    return " · ".join(p for p in (detail, org, format_date(moment) if moment else None) if p)


def _hit(kind: str, row: tuple[object, ...]) -> SearchHit | None:
    rid, title, detail, org, org_id, day, at, project = row
    assert isinstance(rid, uuid.UUID)
    open_kind, open_id = kind, rid
    if kind in ("need", "referral", "activity"):
        if isinstance(org_id, uuid.UUID):
            open_kind, open_id = "organisation", org_id
        elif isinstance(project, uuid.UUID):
            open_kind, open_id = "project", project
        else:
            return None  # nothing to open it in (yet)
    subtitle = _subtitle(str(detail or ""), str(org or ""), day or at)  # type: ignore[arg-type]
    return SearchHit(kind, rid, str(title or ""), subtitle, open_kind, open_id)


class SearchService:
    def __init__(self, db: Database) -> None:
        self.db = db
        sql = _sqlite_sql if db.is_sqlite else _pg_sql
        names = [n.strip() for n in _NAMES.split(",")]
        columns = [_column(n) for n in names]
        self._columns = columns
        self._statements = {s.kind: text(sql(s)).columns(*columns) for s in si.SOURCES}
        self._infix = {
            s.kind: text(_sqlite_infix_sql(s)).columns(*columns) for s in si.INFIX_SOURCES
        }
        self._tags = (
            {s.kind: text(_sqlite_infix_sql(s)).columns(*columns) for s in si.TAG_SOURCES}
            if db.is_sqlite
            else {}  # PostgreSQL's document holds the tags
        )

    def search(self, typed: str, limit_per_kind: int = 5) -> SearchResults:
        """The best `limit_per_kind` matches of each kind; kinds without a match are left out."""
        words = si.query_words(typed)
        if not words:
            return SearchResults(typed, ())
        q = si.fts5_query(words) if self.db.is_sqlite else si.tsquery(words)
        groups: list[tuple[str, tuple[SearchHit, ...]]] = []
        reach = cp.contact_prefix(typed)
        with self.db.session() as s:
            for kind in KINDS:
                hits = self._kind(s, kind, q, limit_per_kind)
                if kind in self._tags and len(hits) < limit_per_kind:
                    hits = self._with_tags(s, kind, words, hits, limit_per_kind)
                if reach is not None and kind in _CONTACT_SQL and len(hits) < limit_per_kind:
                    hits = self._with_contacts(s, kind, reach, hits, limit_per_kind)
                if kind in self._infix and len(hits) < limit_per_kind:
                    hits = self._with_infix(s, kind, words, hits, limit_per_kind)
                if hits:
                    groups.append((kind, hits))
        return SearchResults(typed, tuple(groups))

    def _kind(self, s: Session, kind: str, q: str, limit: int) -> tuple[SearchHit, ...]:
        rows = s.execute(self._statements[kind], {"q": q, "n": limit}).all()
        found = (_hit(kind, tuple(r)) for r in rows)
        return tuple(h for h in found if h is not None)

    def _with_infix(
        self, s: Session, kind: str, words: list[str], hits: tuple[SearchHit, ...], limit: int
    ) -> tuple[SearchHit, ...]:
        """Word-start matches first, then those with the words inside ('bau' -> 'Metallbau')."""
        query = si.infix_query(words)
        if query is None:
            return hits
        if self.db.is_sqlite:
            rows = s.execute(self._infix[kind], {"q": query, "n": limit + len(hits)}).all()
        else:
            statement = text(_pg_infix_sql(si.BY_KIND[kind], len(words))).columns(*self._columns)
            params: dict[str, object] = {f"w{i}": f"%{w}%" for i, w in enumerate(words)}
            rows = s.execute(statement, {**params, "n": limit + len(hits)}).all()
        seen = {h.id for h in hits}
        more = [h for h in (_hit(kind, tuple(r)) for r in rows) if h is not None]
        return (*hits, *[h for h in more if h.id not in seen])[:limit]

    def _with_tags(
        self, s: Session, kind: str, words: list[str], hits: tuple[SearchHit, ...], limit: int
    ) -> tuple[SearchHit, ...]:
        """Organisations whose tags hold the words, after those found by name (SQLite keeps
        the tags in an index of their own)."""
        query = si.fts5_query(words)
        rows = s.execute(self._tags[kind], {"q": query, "n": limit + len(hits)}).all()
        seen = {h.id for h in hits}
        more = [h for h in (_hit(kind, tuple(r)) for r in rows) if h is not None]
        return (*hits, *[h for h in more if h.id not in seen])[:limit]

    def _with_contacts(
        self, s: Session, kind: str, prefix: str, hits: tuple[SearchHit, ...], limit: int
    ) -> tuple[SearchHit, ...]:
        """People and organisations with an e-mail or number starting with what was typed:
        their own or a further one (a private address, a second phone, a fax)."""
        statement = text(_CONTACT_SQL[kind]).columns(*self._columns)
        rows = s.execute(statement, {"p": prefix + "%", "n": limit + len(hits)}).all()
        seen = {h.id for h in hits}
        more = [h for h in (_hit(kind, tuple(r)) for r in rows) if h is not None]
        unique = {h.id: h for h in more if h.id not in seen}
        return (*hits, *unique.values())[:limit]

    def rebuild(self) -> None:
        """Recreate the index from the records (after VACUUM or a damaged index)."""
        with self.db.session() as s:
            si.install(s.connection())


_OWN_CONTACT_COLUMNS = {
    "person": ("email", "phone", "mobile"),
    "organisation": ("email", "phone", "website"),
}
# The records whose own or further e-mail/number starts with :p (lower case, E.164).
_CONTACT_SQL = {
    kind: (
        f"SELECT t.id, {_COLUMNS[kind]} FROM {kind} t WHERE t.deleted_at IS NULL AND (t.id IN "
        f"(SELECT c.{kind}_id FROM contact_point c WHERE c.deleted_at IS NULL AND "
        f"lower(c.value) LIKE :p) OR "
        + " OR ".join(f"lower(t.{c}) LIKE :p" for c in columns)
        + ") ORDER BY t.sort_name, t.id LIMIT :n"
    )
    for kind, columns in _OWN_CONTACT_COLUMNS.items()
}


def _column(name: str) -> ColumnClause[object]:
    return column(name, _TYPES.get(name))
