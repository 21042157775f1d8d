"""Raw-library baselines: the same work as a figure, done with sqlite3 (or reportlab) directly.

The SQL is written by hand against the schema (UUIDs are 32-character hex text in SQLite,
booleans 0/1), with the joins, filters and order the services use, so a ratio near 1 means
the layers above the database cost little.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

PEOPLE_FROM = """
FROM person p
LEFT JOIN affiliation a
       ON a.person_id = p.id AND a.is_primary = 1 AND a.deleted_at IS NULL
LEFT JOIN organisation o
       ON o.id = a.organisation_id AND o.deleted_at IS NULL
WHERE p.deleted_at IS NULL
"""
PEOPLE_COLUMNS = "p.id, p.last_name, p.first_name, p.title, p.function, o.name, p.phone, p.email"
PEOPLE_ORDER = "ORDER BY p.sort_name, p.id"


def connect(path: Path) -> sqlite3.Connection:
    con = sqlite3.connect(path)
    con.execute("PRAGMA busy_timeout=5000")
    return con


def like_words(text: str) -> tuple[str, list[str]]:
    """The filter box's condition: every folded word somewhere in search_key."""
    from indie_desktop.domain import text as folding

    fold = getattr(folding, "search_fold", folding.fold)  # the same folding as the service
    words = fold(text).split()
    escaped = [w.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") for w in words]
    sql = "".join(" AND p.search_key LIKE ? ESCAPE '\\'" for _ in escaped)
    return sql, [f"%{w}%" for w in escaped]


def people_count_and_page(
    con: sqlite3.Connection, text: str = "", offset: int = 0, limit: int = 200
) -> tuple[int, list[tuple[object, ...]]]:
    where, params = like_words(text)
    (total,) = con.execute(f"SELECT count(*) {PEOPLE_FROM}{where}", params).fetchone()
    rows = con.execute(
        f"SELECT {PEOPLE_COLUMNS} {PEOPLE_FROM}{where} {PEOPLE_ORDER} LIMIT ? OFFSET ?",
        [*params, limit, offset],
    ).fetchall()
    return int(total), rows


def people_all(con: sqlite3.Connection) -> int:
    """Iterate the whole people list in one query; the number of rows."""
    n = 0
    for _ in con.execute(f"SELECT {PEOPLE_COLUMNS} {PEOPLE_FROM} {PEOPLE_ORDER}"):
        n += 1
    return n


def organisation_detail(con: sqlite3.Connection, org_hex: str) -> int:
    """The organisation's row, its responsible staff member and its affiliated people."""
    org = con.execute(
        "SELECT * FROM organisation WHERE id = ? AND deleted_at IS NULL", (org_hex,)
    ).fetchone()
    con.execute(
        "SELECT s.first_name, s.last_name FROM organisation o "
        "JOIN staff s ON s.id = o.responsible_staff_id WHERE o.id = ?",
        (org_hex,),
    ).fetchone()
    people = con.execute(
        "SELECT a.*, p.* FROM affiliation a JOIN person p ON p.id = a.person_id "
        "WHERE a.organisation_id = ? AND a.deleted_at IS NULL AND p.deleted_at IS NULL "
        "ORDER BY a.until IS NOT NULL, p.sort_name",
        (org_hex,),
    ).fetchall()
    return len(people) + (org is not None)


def reportlab_page() -> int:
    """One A4 page with a heading and 40 lines of text into memory: the floor for printing.

    Kept for the contact-sheet figure (issue 5); not a figure on its own.
    """
    from io import BytesIO

    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas

    buffer = BytesIO()
    canvas = Canvas(buffer, pagesize=A4)
    canvas.setFont("Helvetica-Bold", 14)
    canvas.drawString(72, 780, "Kontaktblatt")
    canvas.setFont("Helvetica", 10)
    for i in range(40):
        canvas.drawString(72, 750 - 16 * i, f"Zeile {i + 1}: Müller Metallbau GmbH, 44147 Dortmund")
    canvas.showPage()
    canvas.save()
    return len(buffer.getvalue())


def fts_top(con: sqlite3.Connection, text: str, limit: int = 5) -> int:
    """Raw FTS5: the best `limit` rowids per searched table for the typed text; rows found."""
    from indie_desktop.store import search_index as si

    words = si.query_words(text)
    if not words:
        return 0
    query = si.fts5_query(words)
    n = 0
    for source in si.SOURCES:
        n += len(
            con.execute(
                f"SELECT r FROM (SELECT rowid AS r, rank FROM {source.fts} WHERE {source.fts} "
                f"MATCH ? LIMIT {si.RANK_WINDOW}) ORDER BY rank LIMIT ?",
                (query, limit),
            ).fetchall()
        )
    return n
