"""The PostgreSQL side of sync, run under the user's own login (row-level security applies).

- snapshot: every visible row (or a visit pack) in one REPEATABLE READ snapshot, in storage
  form, streamed through server-side cursors; the cursor is that snapshot (pg_snapshot text).
- pull: the change-feed entries of transactions the new snapshot sees and the cursor's did
  not (committed in between; xid8 never wraps); the rows are read in that same snapshot.
- push: one transaction per batch; per operation a savepoint, a three-way merge against the
  base the laptop saw, and a receipt; an operation with a receipt is not applied again.
"""

from __future__ import annotations

import json
import logging
from collections import defaultdict
from collections.abc import Callable, Iterator, Sequence
from typing import Any

import psycopg

from indie_desktop.sync.columns import DERIVED, TableInfo, dumps, same, tables
from indie_desktop.sync.replica import Op, OpResult, Row

Hook = Callable[[str, psycopg.Connection[Any]], None]
log = logging.getLogger(__name__)


def _noop(step: str, conn: psycopg.Connection[Any]) -> None:
    return None


def check_schema(conn: psycopg.Connection[Any], client_schema: str) -> str:
    """The server's schema revision; raises psycopg.errors.FeatureNotSupported on mismatch."""
    row = conn.execute("SELECT indie_sync_check(%s)", (client_schema,)).fetchone()
    assert row is not None
    return str(row[0])


def server_time_ms(conn: psycopg.Connection[Any]) -> int:
    row = conn.execute("SELECT (extract(epoch FROM clock_timestamp()) * 1000)::bigint").fetchone()
    assert row is not None
    return int(row[0])


def current_staff(conn: psycopg.Connection[Any]) -> str | None:
    row = conn.execute("SELECT indie_current_staff()").fetchone()
    return None if row is None or row[0] is None else str(row[0])


# --- laptop cursors and pruning (store/shared_sync_sql.py) --------------------------------------

KEEP_DAYS = 180  # a laptop not seen for half a year no longer holds the feed back


def _optional(conn: psycopg.Connection[Any], sql: str, params: Sequence[Any]) -> Any:
    """Run one of the pruning functions in a savepoint; None on a server whose administrator
    has not yet re-run `admin init-shared` since they came (it keeps working unpruned)."""
    try:
        with conn.transaction():
            row = conn.execute(sql, params).fetchone()
    except psycopg.errors.UndefinedFunction:
        log.warning("sync pruning functions missing on the server: run admin init-shared")
        return None
    return None if row is None else row[0]


def report_cursor(conn: psycopg.Connection[Any], replica_id: str, cursor: str) -> None:
    """Tell the server which snapshot this laptop has read: the feed is kept back to it. A
    laptop registered to another login (its copy made by a colleague) is refused by the server;
    that costs the sync nothing, the laptop just does not hold the feed back for this login."""
    try:
        _optional(conn, "SELECT indie_sync_seen(%s, %s)", (replica_id, as_snapshot(cursor)))
    except psycopg.errors.InsufficientPrivilege as exc:
        log.warning("laptop cursor not reported: %s", exc)


def prune(conn: psycopg.Connection[Any]) -> int:
    """Prune feed entries every laptop seen in KEEP_DAYS has read, and older receipts (the
    server function does it at most hourly and never touches the last day's entries; its
    arguments are fixed on the server, so that no staff member can empty the feed)."""
    return int(_optional(conn, "SELECT indie_sync_prune()", ()) or 0)


def too_old(conn: psycopg.Connection[Any], cursor: str) -> bool:
    """Whether changes this cursor has not read were pruned from the feed."""
    return bool(
        _optional(
            conn,
            "SELECT pg_snapshot_xmin(CAST(%s AS pg_snapshot)) <= indie_sync_horizon()",
            (as_snapshot(cursor),),
        )
    )


# --- snapshot ------------------------------------------------------------------------------


def _pack_filters(info: TableInfo) -> str | None:
    """Visit pack: the chosen organisations (%(orgs)s), their people, open needs and
    referrals, the partners those referrals name, the user's open tasks; the directory."""
    orgs = "CAST(%(orgs)s AS uuid[])"
    open_refs = (
        f"SELECT id FROM referral WHERE organisation_id = ANY({orgs}) AND deleted_at IS NULL "
        "AND stage NOT IN ('cooperation_agreed', 'declined', 'no_response')"
    )
    partners = (
        f"SELECT partner_organisation_id FROM referral WHERE id IN ({open_refs}) "
        "AND partner_organisation_id IS NOT NULL"
    )
    people = (
        f"SELECT person_id FROM affiliation WHERE organisation_id = ANY({orgs}) "
        f"UNION SELECT partner_person_id FROM referral WHERE id IN ({open_refs})"
    )
    acts = f"SELECT activity_id FROM activity_organisation WHERE organisation_id = ANY({orgs})"
    return {
        "institution": "true",
        "staff": "true",
        "tag": "true",
        "organisation": f"id = ANY({orgs}) OR id IN ({partners})",
        "affiliation": f"organisation_id = ANY({orgs})",
        "person": f"id IN ({people})",
        "consent": f"person_id IN ({people})",
        "need": f"organisation_id = ANY({orgs}) AND status IN ('open', 'in_referral')",
        "referral": f"id IN ({open_refs})",
        "referral_stage_change": f"referral_id IN ({open_refs})",
        "task": "assignee_id = indie_current_staff() AND NOT done",
        "activity": f"id IN ({acts})",
        "activity_organisation": f"activity_id IN ({acts})",
        "activity_person": f"activity_id IN ({acts})",
        "activity_staff": f"activity_id IN ({acts})",
    }.get(info.name)


def snapshot(
    conn: psycopg.Connection[Any],
    pack: Sequence[str] | None,
    fetch: int = 20000,
) -> tuple[str, Iterator[tuple[TableInfo, list[tuple[Any, ...]]]]]:
    """(cursor, chunks of rows per table). Call inside a REPEATABLE READ transaction."""
    row = conn.execute("SELECT pg_current_snapshot()::text").fetchone()
    assert row is not None
    cursor = str(row[0])

    def chunks() -> Iterator[tuple[TableInfo, list[tuple[Any, ...]]]]:
        for info in tables().values():
            where = "true"
            params: dict[str, Any] = {}
            if pack is not None:
                found = _pack_filters(info)
                if found is None:
                    continue
                where = found
                params = {"orgs": list(pack)} if "%(orgs)s" in found else {}
            with conn.cursor(name=f"snap_{info.name}") as cur:
                cur.itersize = fetch
                cur.execute(f"SELECT {info.pg_select()} FROM {info.name} WHERE {where}", params)
                while rows := cur.fetchmany(fetch):
                    yield info, rows

    return cursor, chunks()


def find_organisations(conn: psycopg.Connection[Any], keys: Sequence[str]) -> list[str]:
    """Organisation ids for the pack: each key an id or an exact name (visible rows only)."""
    found: list[str] = []
    for key in keys:
        row = conn.execute(
            "SELECT id::text FROM organisation WHERE deleted_at IS NULL AND "
            "(id::text = lower(%s) OR replace(id::text, '-', '') = lower(%s) "
            "OR lower(name) = lower(%s)) LIMIT 1",
            (key.strip(), key.strip(), key.strip()),
        ).fetchone()
        if row is None:
            raise LookupError(key)
        found.append(str(row[0]))
    return found


# --- pull ----------------------------------------------------------------------------------


def as_snapshot(cursor: str) -> str:
    """A cursor is the text of the snapshot the replica last read ('xmin:xmax:xip,...')."""
    return cursor if ":" in cursor else f"{cursor}:{cursor}:"


def pull(
    conn: psycopg.Connection[Any], cursor: str, chunk: int = 2000
) -> tuple[str, Iterator[list[tuple[str, str, Row | None]]]]:
    """(new cursor, chunks of (table, id, row or None)) changed since `cursor`.

    Run inside a REPEATABLE READ transaction. The cursor is the previous snapshot: the
    entries wanted are those this snapshot sees and that one did not, i.e. of transactions
    that committed in between. A transaction still running then is picked up when it has
    committed, however long it took; nothing committed is skipped, nothing waits for
    unrelated long transactions elsewhere on the server.
    """
    row = conn.execute("SELECT pg_current_snapshot()::text").fetchone()
    assert row is not None
    snapshot_now = str(row[0])
    before = as_snapshot(cursor)
    entries = conn.execute(
        "SELECT tbl, replace(row_id::text, '-', '') FROM sync_feed "
        "WHERE txid >= pg_snapshot_xmin(CAST(%(b)s AS pg_snapshot)) "
        "AND NOT pg_visible_in_snapshot(txid, CAST(%(b)s AS pg_snapshot)) "
        "GROUP BY tbl, row_id ORDER BY min(seq)",
        {"b": before},
    ).fetchall()
    known = tables()

    def chunks() -> Iterator[list[tuple[str, str, Row | None]]]:
        for start in range(0, len(entries), chunk):
            part = [(t, i) for t, i in entries[start : start + chunk] if t in known]
            rows = read_rows(conn, part)
            yield [(t, i, rows.get((t, i))) for t, i in part]

    return snapshot_now, chunks()


def erased_persons(
    conn: psycopg.Connection[Any], cursor: str, ids: Sequence[str], anonymous: str
) -> dict[str, bool]:
    """Persons erased under Art. 17 (the emptied person row is the marker: `anonymous` as last
    name, no first name, e-mail or phone) that changed since `cursor` or are among `ids`:
    id -> whether the erasure is new since `cursor`."""
    rows = conn.execute(
        "WITH fresh AS (SELECT DISTINCT row_id FROM sync_feed WHERE tbl = 'person' "
        "AND txid >= pg_snapshot_xmin(CAST(%(b)s AS pg_snapshot)) "
        "AND NOT pg_visible_in_snapshot(txid, CAST(%(b)s AS pg_snapshot))) "
        "SELECT replace(p.id::text, '-', ''), p.id IN (SELECT row_id FROM fresh) FROM person p "
        "WHERE p.id IN (SELECT unnest(CAST(%(ids)s AS uuid[])) UNION SELECT row_id FROM fresh) "
        "AND p.last_name = %(anon)s AND p.first_name = '' AND p.email IS NULL "
        "AND p.phone IS NULL AND p.mobile IS NULL",
        {"anon": anonymous, "ids": list(ids), "b": as_snapshot(cursor)},
    ).fetchall()
    return {str(r[0]): bool(r[1]) for r in rows}


def read_rows(
    conn: psycopg.Connection[Any], keys: Sequence[tuple[str, str]], lock: bool = False
) -> dict[tuple[str, str], Row]:
    """Visible rows in storage form by (table, id)."""
    by_table: dict[str, list[str]] = defaultdict(list)
    for tbl, row_id in keys:
        by_table[tbl].append(row_id)
    out: dict[tuple[str, str], Row] = {}
    for tbl, ids in by_table.items():
        info = tables()[tbl]
        sql = f"SELECT {info.pg_select()} FROM {tbl} WHERE id = ANY(CAST(%s AS uuid[]))" + (
            " FOR UPDATE" if lock else ""
        )
        for r in conn.execute(sql, (ids,)).fetchall():
            row = dict(zip(info.columns, r, strict=True))
            out[(tbl, row["id"])] = row
    return out


# --- push ----------------------------------------------------------------------------------


def _conflict(fields: Sequence[str], base: Row, mine: Row, theirs: Row) -> dict[str, Any]:
    """Base / mine / theirs per field. Derived columns (sort and search keys) ride along
    unshown, so that a decision for "mine" can take them with it."""
    return {f: {"base": base.get(f), "mine": mine.get(f), "theirs": theirs.get(f)} for f in fields}


def merge(info: TableInfo, op: Op, theirs: Row | None, now: str) -> tuple[dict[str, Any], OpResult]:
    """(values to write on the server, outcome). `{"__insert__": True, ...}` inserts."""
    mine, base = op.mine, op.base
    if theirs is None:
        if base is None and mine is not None:
            return {"__insert__": True, **mine}, OpResult(None)
        if mine is None or mine.get("deleted_at") is not None:
            return {}, OpResult(None)  # deleted here, gone there: nothing lost
        gone = {
            f: {"base": (base or {}).get(f), "mine": mine.get(f), "theirs": None}
            for f in info.fields()
            if f not in DERIVED
        }
        return {}, OpResult(None, "gone", gone)
    if mine is None:  # purged here: a tombstone there (the server keeps history)
        mine = dict(base or theirs)
        mine["deleted_at"] = now
    base = base or {}
    fields = info.fields()
    changed_mine = [f for f in fields if not same(mine.get(f), base.get(f))]
    changed_theirs = [f for f in fields if base and not same(theirs.get(f), base.get(f))]
    if not base:  # no common base: every differing field is for a person to decide
        changed_theirs = [f for f in changed_mine if not same(mine.get(f), theirs.get(f))]
    mine_del = base.get("deleted_at") is None and mine.get("deleted_at") is not None
    theirs_del = base.get("deleted_at") is None and theirs.get("deleted_at") is not None
    edits_theirs = [f for f in changed_theirs if f != "deleted_at" and f not in DERIVED]
    edits_mine = [f for f in changed_mine if f != "deleted_at" and f not in DERIVED]
    if (mine_del and not theirs_del and edits_theirs) or (
        theirs_del and not mine_del and edits_mine
    ):
        # Nothing of the record is written: every field either side changed goes to the
        # conflict, so no edit made here is lost with the decision.
        involved = [f for f in fields if f in changed_mine or f in edits_theirs]
        kind = "delete_edit" if mine_del else "edit_delete"
        return {}, OpResult(theirs, kind, _conflict(involved, base, mine, theirs))
    clashes = [
        f
        for f in changed_mine
        if f in changed_theirs
        and not same(mine.get(f), theirs.get(f))
        and not (f == "deleted_at" and mine_del and theirs_del)
    ]
    updates = {
        f: mine.get(f)
        for f in changed_mine
        if f not in clashes and not same(mine.get(f), theirs.get(f))
    }
    shown = [f for f in clashes if f not in DERIVED]
    if not shown:  # only derived columns clash: they follow the fields that were merged
        updates.update({f: mine.get(f) for f in clashes})
    result = OpResult(
        theirs,
        "fields" if shown else None,
        _conflict(
            [*shown, *(f for f in clashes if f in DERIVED)] if shown else [], base, mine, theirs
        ),
        merged=bool(updates) and bool(changed_theirs),
    )
    if updates:
        updates["updated_at"] = mine.get("updated_at")
    return updates, result


class _WriteFailed(Exception):
    """A write of the fast path failed: the batch is done again, one savepoint per write."""


def _statement(info: TableInfo, values: Row) -> tuple[str, list[Any]]:
    """(SQL, parameters) writing `values` ({"__insert__": True, ...} inserts)."""
    clamp = "LEAST({}, now())"
    values = dict(values)
    if values.pop("__insert__", False):
        cols = list(info.columns)
        marks = []
        for c in cols:
            mark = info.pg_param(c)
            marks.append(clamp.format(mark) if c in ("created_at", "updated_at") else mark)
        sql = f"INSERT INTO {info.name} ({', '.join(cols)}) VALUES ({', '.join(marks)})"
        return sql, [values.get(c) for c in cols]
    row_id = values.pop("__id__")
    sets, params = [], []
    for col, value in values.items():
        mark = info.pg_param(col)
        sets.append(f"{col} = {clamp.format(mark) if col == 'updated_at' else mark}")
        params.append(value)
    sets.append("version = version + 1")
    sql = f"UPDATE {info.name} SET {', '.join(sets)} WHERE id = CAST(%s AS uuid)"
    return sql, [*params, row_id]


def _write_one(conn: psycopg.Connection[Any], info: TableInfo, values: Row) -> None:
    sql, params = _statement(info, values)
    cur = conn.execute(sql, params)
    if cur.rowcount != 1:
        raise PermissionError("the row cannot be changed with this login")


def _write_all(conn: psycopg.Connection[Any], writes: Sequence[tuple[TableInfo, Row]]) -> None:
    """Consecutive writes of the same shape in one executemany (order kept: parents first)."""
    i = 0
    while i < len(writes):
        sql, params = _statement(*writes[i])
        group = [params]
        j = i + 1
        while j < len(writes):
            next_sql, next_params = _statement(*writes[j])
            if next_sql != sql:
                break
            group.append(next_params)
            j += 1
        try:
            with conn.cursor() as cur:
                cur.executemany(sql, group)
                if cur.rowcount != len(group):
                    raise _WriteFailed(sql)
        except psycopg.OperationalError:
            raise
        except psycopg.Error as exc:
            raise _WriteFailed(str(exc)) from exc
        i = j


def _rejected(op: Op, info: TableInfo, theirs: Row | None, exc: BaseException) -> OpResult:
    return OpResult(
        theirs,
        "rejected",
        {
            f: {
                "base": (op.base or {}).get(f),
                "mine": (op.mine or {}).get(f),
                "theirs": (theirs or {}).get(f),
            }
            for f in info.fields()
            if f not in DERIVED and not same((op.mine or {}).get(f), (theirs or {}).get(f))
        },
        message=str(exc).strip().splitlines()[0] if str(exc) else "",
    )


def push(
    conn: psycopg.Connection[Any],
    ops: Sequence[Op],
    client_schema: str,
    hook: Hook = _noop,
) -> list[OpResult]:
    """Apply one batch in one transaction (receipts make a repeated batch apply once).

    Fast path: all writes in a few executemany calls. If one fails (row-level security,
    a constraint), the transaction is rolled back and the batch done again with a savepoint
    per write, so only the refused writes become "rejected" conflicts.
    """
    try:
        return _push(conn, ops, client_schema, hook, careful=False)
    except _WriteFailed:
        return _push(conn, ops, client_schema, hook, careful=True)


def _push(
    conn: psycopg.Connection[Any],
    ops: Sequence[Op],
    client_schema: str,
    hook: Hook,
    careful: bool,
) -> list[OpResult]:
    known = tables()
    with conn.transaction():
        check_schema(conn, client_schema)
        now_row = conn.execute(
            "SELECT to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS.US')"
        ).fetchone()
        assert now_row is not None
        now = str(now_row[0])
        done = {
            str(r[0]).replace("-", ""): json.loads(r[1])
            for r in conn.execute(
                "SELECT op_id, result FROM sync_receipt WHERE op_id = ANY(CAST(%s AS uuid[]))",
                ([op.op_id for op in ops],),
            ).fetchall()
        }
        theirs_rows = read_rows(conn, [(op.tbl, op.row_id) for op in ops], lock=True)
        outcomes: list[OpResult] = []
        receipts: list[tuple[str, str]] = []
        writes: list[tuple[TableInfo, Row]] = []
        for op in ops:
            if op.op_id.replace("-", "") in done:
                stored = done[op.op_id.replace("-", "")]
                stored_theirs = theirs_rows.get((op.tbl, op.row_id)) or {}
                fields = {
                    f: {
                        "base": (op.base or {}).get(f),
                        "mine": (op.mine or {}).get(f),
                        "theirs": stored_theirs.get(f),
                    }
                    for f in stored["fields"]
                }
                outcomes.append(OpResult(None, stored["kind"], fields, stored["merged"]))
                continue
            info = known[op.tbl]
            theirs = theirs_rows.get((op.tbl, op.row_id))
            values, outcome = merge(info, op, theirs, now)
            if values:
                if not values.get("__insert__"):
                    values["__id__"] = op.row_id
                if careful:
                    try:
                        with conn.transaction():
                            _write_one(conn, info, values)
                    except psycopg.OperationalError:
                        raise
                    except (psycopg.Error, PermissionError) as exc:
                        outcome = _rejected(op, info, theirs, exc)
                else:
                    writes.append((info, values))
            outcomes.append(outcome)
            receipts.append(
                (
                    op.op_id,
                    dumps(
                        {
                            # Field names only: receipts keep no personal data (an Art. 17
                            # erasure leaves nothing here); the values come from the upload.
                            "kind": outcome.kind,
                            "fields": sorted(outcome.fields),
                            "merged": outcome.merged,
                        }
                    ),
                )
            )
        _write_all(conn, writes)
        hook("mid_upload", conn)
        if receipts:
            with conn.cursor() as cur:
                cur.executemany(
                    "INSERT INTO sync_receipt (op_id, staff_id, result) "
                    "VALUES (CAST(%s AS uuid), indie_current_staff(), %s)",
                    receipts,
                )
        after = read_rows(conn, [(op.tbl, op.row_id) for op in ops])
        for op, outcome in zip(ops, outcomes, strict=True):
            outcome.row = after.get((op.tbl, op.row_id))
        hook("before_commit", conn)
    hook("after_commit", conn)
    return outcomes
