"""The full-text search index: what is indexed, and the SQL that builds and keeps it current.

SQLite: one contentless FTS5 table per searched table (`<table>_fts`, rowid = the record's
rowid), filled by triggers with the folded text of the record's searchable fields. Triggers
cannot run Python, so the fold is the user function `indie_fold`, registered on every
connection (store.database._sqlite_pragmas). Decision: the fold lives in one place (the
database) instead of in folded columns every writer must remember to fill (services, the demo
generator's bulk writer, the coming importer, sync). The price: a plain `sqlite3` shell
cannot write to the searched tables (the triggers would call an unknown function); reading
works. Only live records (deleted_at IS NULL) are in the index.

Rowids of tables without an INTEGER PRIMARY KEY are not guaranteed across VACUUM or an
Alembic batch migration (which copies the table); `rebuild` recreates triggers and index and
runs after every migration (store.database.open_local).

PostgreSQL: an expression GIN index per table over
`to_tsvector('simple', indie_fold(fields))` for live rows; `indie_fold` is an SQL function
over `unaccent` (the extension must exist: the migration creates it when the role may, the
shared-database admin command must otherwise). No triggers: the index follows the rows.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from indie_desktop.domain.text import search_fold

FOLD_FUNCTION = "indie_fold"
TOKENIZER = "unicode61 remove_diacritics 2"
MIN_WORD = 2
# Ranking is computed for every match; a frequent word (`gmbh`, `dortmund`) matches tens of
# thousands of activities. The best matches are taken from the first RANK_WINDOW rows (by
# rowid) of each kind, so a keystroke costs the same however common the word is. Matches of
# a specific name are far fewer and are ranked in full.
RANK_WINDOW = 1000


@dataclass(frozen=True)
class SearchSource:
    kind: str
    table: str
    fields: tuple[str, ...]
    tokenizer: str = TOKENIZER
    suffix: str = "fts"
    pg_fields: tuple[str, ...] = ()  # PostgreSQL's one document, if other than `fields`

    @property
    def fts(self) -> str:
        return f"{self.table}_{self.suffix}"

    def sqlite_fold(self, row: str) -> str:
        return f"{FOLD_FUNCTION}({', '.join(f'{row}.{f}' for f in self.fields)})"

    def pg_document(self, alias: str = "") -> str:
        """The indexed tsvector expression; queries must use exactly this to hit the index."""
        prefix = f"{alias}." if alias else ""
        fields = self.pg_fields or self.fields
        parts = " || ' ' || ".join(f"coalesce({prefix}{f}::text, '')" for f in fields)
        return f"to_tsvector('simple'::regconfig, {FOLD_FUNCTION}({parts}))"


# An organisation's tags have an index of their own on SQLite (TAG_SOURCES below): tagging or
# untagging many firms then changes that small index only, not every word of their names and
# addresses (a bulk tag of 10,000 organisations: issue 22 asks 3 s). PostgreSQL keeps one
# document with the tags (its GIN index follows the rows without triggers).
_ORGANISATION_TEXT = (
    "name",
    "legal_form",
    "street",
    "postcode",
    "city",
    "email",
    "website",
    "competences",
)
SOURCES: tuple[SearchSource, ...] = (
    SearchSource(
        "organisation",
        "organisation",
        _ORGANISATION_TEXT,
        pg_fields=(*_ORGANISATION_TEXT, "tags_text"),
    ),
    SearchSource(
        "person", "person", ("title", "first_name", "last_name", "email", "function", "department")
    ),
    SearchSource("project", "project", ("name", "description")),
    SearchSource("need", "need", ("topic", "description", "wanted_competence")),
    SearchSource("referral", "referral", ("note",)),
    SearchSource(
        "activity",
        "activity",
        ("subject", "place", "report", "situation", "needs_found", "next_steps"),
    ),
)
BY_KIND = {s.kind: s for s in SOURCES}

# Compound words: German firm names glue their parts together ('Metallbau', 'Medizintechnik'),
# and a user typing 'bau' or 'technik' expects those firms. Words of three letters or more
# are therefore also looked for inside words of organisations, through a trigram index over
# the same folded text (SQLite FTS5 `trigram`; PostgreSQL: LIKE on the folded search key).
# Hyphenated parts ('Metallbau-Technik') are words of their own in every index anyway.
# People, activity reports etc. match at word starts only: inside-word hits there ('mann' in
# every 'Hoffmann', 'bau' in every 'Anbau' of a report) would bury what was meant.
INFIX_MIN = 3
INFIX_SOURCES: tuple[SearchSource, ...] = (
    SearchSource("organisation", "organisation", _ORGANISATION_TEXT, "trigram", "tri"),
)
# The organisations' tags, found by their word starts ('leicht' finds 'Leichtbau'). The list
# filter and the search look here too (services/search/text_filter.py and service.py). Before,
# every word and trigram of 10,000 firms was taken out of the index and put back for one tag:
# 10 s of a bulk tag; now only the tags' few words move.
TAG_SOURCES: tuple[SearchSource, ...] = (
    SearchSource("organisation", "organisation", ("tags_text",), TOKENIZER, "tags_fts"),
)
SQLITE_SOURCES = SOURCES + INFIX_SOURCES + TAG_SOURCES
TAGS_OF_KIND = {s.kind: s for s in TAG_SOURCES}

_TOKEN = re.compile(r"\w+")


def query_words(text: str) -> list[str]:
    """The folded words of what was typed, as the index holds them, punctuation dropped.

    One-letter words are left out: `m*` or `d*` matches most of the database and ranking that
    many rows takes a quarter of a second at network scale; one more letter narrows it (the
    list filter boxes still match single letters).
    """
    return [w for w in _TOKEN.findall(search_fold(text)) if len(w) >= MIN_WORD]


def fts5_query(words: list[str]) -> str:
    """Every word as a prefix, all required: `metall hagen` -> `"metall"* "hagen"*`."""
    return " ".join(f'"{w}"*' for w in words)


def infix_query(words: list[str]) -> str | None:
    """Every word anywhere inside (trigram index), all required; None if a word is too short."""
    if not words or any(len(w) < INFIX_MIN for w in words):
        return None
    return " AND ".join(f'"{w}"' for w in words)


def tsquery(words: list[str]) -> str:
    return " & ".join(f"{w}:*" for w in words)


@lru_cache(maxsize=16384)
def fold_parts(*parts: Any) -> str:
    """The SQLite user function: fold and join the non-empty fields.

    Cached: a row's fields are folded for the word index and again, the same, for the
    organisations' trigram index (its trigger or bulk fill follows right after). Short
    values repeat a lot (cities, legal forms, first names): `search_fold` caches each value's
    fold, which halves the time of a bulk index build (sync's initial replica, rebuilds)."""
    out = []
    for x in parts:
        if x is None:
            continue
        text = str(x)
        folded = search_fold(text)  # itself cached
        if folded:
            out.append(folded)
    return " ".join(out)


# --- SQLite --------------------------------------------------------------------------------


def sqlite_ddl(source: SearchSource) -> list[str]:
    fts, table = source.fts, source.table
    new, old = source.sqlite_fold("new"), source.sqlite_fold("old")
    watched = ", ".join((*source.fields, "deleted_at"))
    options = "prefix='2 3', " if source.tokenizer == TOKENIZER else ""
    return [
        f"CREATE VIRTUAL TABLE IF NOT EXISTS {fts} USING fts5(body, content='', "
        f"{options}tokenize='{source.tokenizer}')",
        f"CREATE TRIGGER IF NOT EXISTS {fts}_ai AFTER INSERT ON {table} "
        f"WHEN new.deleted_at IS NULL BEGIN "
        f"INSERT INTO {fts}(rowid, body) VALUES (new.rowid, {new}); END",
        f"CREATE TRIGGER IF NOT EXISTS {fts}_ad AFTER DELETE ON {table} "
        f"WHEN old.deleted_at IS NULL BEGIN "
        f"INSERT INTO {fts}({fts}, rowid, body) VALUES ('delete', old.rowid, {old}); END",
        f"CREATE TRIGGER IF NOT EXISTS {fts}_au AFTER UPDATE OF {watched} ON {table} BEGIN "
        f"INSERT INTO {fts}({fts}, rowid, body) SELECT 'delete', old.rowid, {old} "
        f"WHERE old.deleted_at IS NULL; "
        f"INSERT INTO {fts}(rowid, body) SELECT new.rowid, {new} WHERE new.deleted_at IS NULL; "
        f"END",
    ]


def sqlite_drop(source: SearchSource) -> list[str]:
    fts = source.fts
    return [f"DROP TRIGGER IF EXISTS {fts}_{t}" for t in ("ai", "ad", "au")] + [
        f"DROP TABLE IF EXISTS {fts}"
    ]


def sqlite_drop_triggers() -> list[str]:
    """For bulk loads: without the triggers, then `rebuild_sqlite` once (same transaction)."""
    return [
        f"DROP TRIGGER IF EXISTS {s.fts}_{t}" for s in SQLITE_SOURCES for t in ("ai", "ad", "au")
    ]


def sqlite_index_after(source: SearchSource) -> str:
    """Index the live rows added after rowid `:after` (a bulk insert without the triggers)."""
    return (
        f"INSERT INTO {source.fts}(rowid, body) SELECT rowid, {source.sqlite_fold(source.table)} "
        f"FROM {source.table} WHERE rowid > :after AND deleted_at IS NULL"
    )


def open_sqlite_transaction(connection: Any) -> None:
    """Python's sqlite3 runs DDL that comes first outside any transaction (it only opens one
    before INSERT/UPDATE/DELETE); dropping triggers must be undone by a rollback, so open it."""
    if not connection.connection.driver_connection.in_transaction:
        connection.exec_driver_sql("BEGIN")


class SqliteBulkInsert:
    """Insert many rows into searched tables without folding each one through the triggers.

    `begin` drops the insert triggers of `tables` (inside the caller's transaction, which it
    opens if the driver has not yet) and notes the highest rowid; `finish` indexes the rows
    added since and recreates the triggers. Updates and deletes stay indexed by their own
    triggers meanwhile. SQLite DDL is transactional: a rollback restores the triggers and
    forgets the new index entries along with the rows.
    """

    def __init__(self, connection: Any, tables: tuple[str, ...]) -> None:
        self.connection = connection
        # A table's indexes one after the other: the trigram index then finds each row's
        # folded text in fold_parts' cache, where the word index has just put it.
        self.sources = sorted(
            (s for s in SQLITE_SOURCES if s.table in tables), key=lambda s: tables.index(s.table)
        )
        self.after: dict[str, int] = {}

    def begin(self) -> None:
        open_sqlite_transaction(self.connection)
        for source in self.sources:
            self.after[source.fts] = self.connection.exec_driver_sql(
                f"SELECT coalesce(max(rowid), 0) FROM {source.table}"
            ).scalar_one()
            self.connection.exec_driver_sql(f"DROP TRIGGER IF EXISTS {source.fts}_ai")

    def finish(self) -> None:
        for source in self.sources:
            self.connection.exec_driver_sql(
                sqlite_index_after(source), {"after": self.after[source.fts]}
            )
            self.connection.exec_driver_sql(sqlite_ddl(source)[1])


class SqliteBulkUpdate:
    """Change one indexed column of many rows and keep the word index right, set-based.

    A per-row update trigger deletes and re-adds every word of the row, one statement per row,
    folding the row's whole text twice through the SQL function. For many rows at once:
    `begin` drops the table's update triggers (inside the caller's transaction); the caller
    updates the rows and hands each changed row to `note` with its indexed fields, old and new
    value; the text is folded here once per row (the unchanged fields once for both bodies);
    `finish` takes the old bodies out of the index and puts the new ones in, one statement
    each, and recreates the triggers. A rollback restores everything.
    """

    TEMP = "temp.indie_bulk_refold"

    def __init__(self, connection: Any, table: str, column: str) -> None:
        self.connection = connection
        self.column = column
        self.sources = [s for s in SQLITE_SOURCES if s.table == table and column in s.fields]
        # The indexed fields `note` needs of each row (besides the changed column).
        self.fields: tuple[str, ...] = tuple(
            dict.fromkeys(f for s in self.sources for f in s.fields if f != column)
        )

    def begin(self) -> None:
        open_sqlite_transaction(self.connection)
        self.connection.exec_driver_sql(
            "CREATE TEMP TABLE IF NOT EXISTS indie_bulk_refold "
            "(n INTEGER PRIMARY KEY, fts TEXT, rid INTEGER, old TEXT, new TEXT)"
        )
        self.connection.exec_driver_sql(f"DELETE FROM {self.TEMP}")
        for source in self.sources:
            self.connection.exec_driver_sql(f"DROP TRIGGER IF EXISTS {source.fts}_au")

    def note(self, rows: list[tuple[int, dict[str, Any], Any, Any]]) -> None:
        """(rowid, the row's other indexed fields, old value, new value) of changed live rows."""
        out = []
        for source in self.sources:
            at = source.fields.index(self.column)
            before, after = source.fields[:at], source.fields[at + 1 :]
            for rid, values, old, new in rows:
                head = fold_parts(*(values[f] for f in before))
                tail = fold_parts(*(values[f] for f in after))
                out.append(
                    (
                        source.fts,
                        rid,
                        " ".join(x for x in (head, fold_parts(old), tail) if x),
                        " ".join(x for x in (head, fold_parts(new), tail) if x),
                    )
                )
        if out:
            self.connection.exec_driver_sql(
                f"INSERT INTO {self.TEMP} (fts, rid, old, new) VALUES (?, ?, ?, ?)", out
            )

    def finish(self) -> None:
        for source in self.sources:
            fts = source.fts
            rows = f"FROM {self.TEMP} WHERE fts = '{fts}' ORDER BY rid"
            self.connection.exec_driver_sql(
                f"INSERT INTO {fts}({fts}, rowid, body) SELECT 'delete', rid, old {rows}"
            )
            self.connection.exec_driver_sql(
                f"INSERT INTO {fts}(rowid, body) SELECT rid, new {rows}"
            )
            self.connection.exec_driver_sql(sqlite_ddl(source)[3])
        self.connection.exec_driver_sql(f"DELETE FROM {self.TEMP}")


def sqlite_fill(source: SearchSource) -> str:
    return (
        f"INSERT INTO {source.fts}(rowid, body) SELECT rowid, {source.sqlite_fold(source.table)} "
        f"FROM {source.table} WHERE deleted_at IS NULL"
    )


# --- PostgreSQL ----------------------------------------------------------------------------

PG_FOLD_FUNCTION = """
CREATE OR REPLACE FUNCTION {fold}(t text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT AS $$
  SELECT regexp_replace(lower({schema}.unaccent('{schema}.unaccent'::regdictionary, t)),
                        '([aou])e|(s)s', '\\1\\2', 'g')
$$
"""


def pg_index_name(source: SearchSource) -> str:
    return f"ix_{source.table}_search"


def pg_ddl(source: SearchSource) -> str:
    return (
        f"CREATE INDEX IF NOT EXISTS {pg_index_name(source)} ON {source.table} "
        f"USING gin ({source.pg_document()}) WHERE deleted_at IS NULL"
    )


# --- both ----------------------------------------------------------------------------------


def install(connection: Any) -> None:
    """Create (or recreate) the index on an open SQLAlchemy connection, filled from the rows."""
    if connection.dialect.name == "sqlite":
        rebuild_sqlite(connection)
    else:
        install_postgresql(connection)


def rebuild_sqlite(connection: Any) -> None:
    for source in SQLITE_SOURCES:
        for sql in (*sqlite_drop(source), *sqlite_ddl(source), sqlite_fill(source)):
            connection.exec_driver_sql(sql)


def install_postgresql(connection: Any) -> None:
    schema = connection.exec_driver_sql(
        "SELECT extnamespace::regnamespace::text FROM pg_extension WHERE extname = 'unaccent'"
    ).scalar()
    if schema is None:
        try:
            with connection.begin_nested():
                connection.exec_driver_sql("CREATE EXTENSION IF NOT EXISTS unaccent")
        except Exception as exc:  # the role may not create extensions: say who must
            raise RuntimeError(
                "The PostgreSQL extension 'unaccent' is missing and this role may not create "
                "it; a database administrator must run CREATE EXTENSION unaccent "
                "(indie-desktop admin init-shared does)."
            ) from exc
        schema = connection.exec_driver_sql(
            "SELECT extnamespace::regnamespace::text FROM pg_extension WHERE extname = 'unaccent'"
        ).scalar()
    connection.exec_driver_sql(PG_FOLD_FUNCTION.format(fold=FOLD_FUNCTION, schema=schema))
    for source in SOURCES:
        connection.exec_driver_sql(pg_ddl(source))


def uninstall(connection: Any) -> None:
    if connection.dialect.name == "sqlite":
        for source in SQLITE_SOURCES:
            for sql in sqlite_drop(source):
                connection.exec_driver_sql(sql)
        return
    for source in SOURCES:
        connection.exec_driver_sql(f"DROP INDEX IF EXISTS {pg_index_name(source)}")
    connection.exec_driver_sql(f"DROP FUNCTION IF EXISTS {FOLD_FUNCTION}(text)")
