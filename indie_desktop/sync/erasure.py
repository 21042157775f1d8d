"""Art. 17 erasures that reach an offline replica: the erasure wins over what the laptop holds.

The administrator erases on the server (services/privacy/erasure.py): the person row stays as an
emptied tombstone ("Anonymisiert", no first name, e-mail or phone; the retention queue's
"anonymise" leaves it live in the same state), the person's own records (affiliations,
consents, objections, retention decisions, tasks, tag links, attachments, project and
cooperation roles) are emptied, and the confirmed mentions in other records' texts become
`[entfernt]`. Such a person row is the erasure's marker here.

An ordinary pull would leave a laptop with the person's data wherever it is not a plain row:
a pending edit waits for its upload (and would meet the tombstone as an edit/delete conflict,
whose "mine" brings the data back), a merge base and a conflict record keep old values. So,
for every erased person that the laptop still holds data of:

- every local change of the person's own records is discarded: its change-log entry, upload,
  merge base and conflict records (open or decided) are deleted, and the rows become what the
  server has (a record made here and never uploaded goes); the user is told how many;
- pending changes of other records' free texts (the fields an erasure redacts) keep the user's
  other work, but every form of the person's name, e-mail and phone in them becomes
  `[entfernt]`: in the local row, the upload, the merge base and the conflict records. The
  server redacted the confirmed mentions the same way, so an edit of such a text merges cleanly
  (base and server agree again) and the name is never uploaded; an unconfirmed mention in a
  text the laptop changed is redacted too: a pending text is the laptop's, not yet seen by the
  administrator, and an upload naming the person would undo the erasure;
- the file is then scrubbed as the local erasure scrubs it (secure_delete is on for every sync
  write, full-text indexes merged, WAL truncated, VACUUM if old bytes are left in free space).

This runs before the upload (for erasures since the last pull, and for persons the laptop's
pending state or conflicts still name) and again for every erased person row the pull brings
(an erasure committed while the upload ran).

Limits: an edit of another record's text uploaded in the moment between the check and the
upload, while the administrator erases, reaches the server with the name (the erasure's own
search for mentions is the administrator's to repeat); edits made on the laptop after it
received an erasure are the laptop's own (an anonymised contact may be worked on again);
backup copies of the laptop file made before the sync keep the person until they rotate out,
as after a local erasure.
"""

from __future__ import annotations

import json
import logging
import re
import sqlite3
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import psycopg

from indie_desktop.domain.redaction import (
    ANONYMOUS,
    MENTION_FIELDS,
    REDACTED,
    identifying_terms_of,
    pattern_of,
    redact_search_key,
    redact_value,
)
from indie_desktop.store import search_index
from indie_desktop.store.erasure_files import backups_with_person, scrub_sqlite_file
from indie_desktop.sync import server
from indie_desktop.sync.columns import dumps, loads
from indie_desktop.sync.replica import BUSY_MS, Replica, Row

log = logging.getLogger(__name__)

SCRUB_BUSY_MS = 2000
COMPACT_KEY = "erasure_compact"  # sync_meta: an applied erasure still needs the file scrubbed
# The person's own records: table -> the column naming the person.
OWNED_BY_PERSON_ID = (
    "affiliation",
    "consent",
    "contact_point",
    "objection",
    "retention_decision",
    "project_participant",
    "cooperation_partner",
)
SYNC_TABLES = ("sync_change", "sync_outbox", "sync_base", "sync_conflict")


@dataclass
class ErasureOutcome:
    discarded: int = 0  # local changes and conflicts of their records dropped
    redacted: int = 0  # pending texts of other records with a mention replaced
    person_ids: set[str] = field(default_factory=set)  # erased persons this laptop still held

    @property
    def persons(self) -> int:
        return len(self.person_ids)

    def add(self, other: ErasureOutcome) -> None:
        self.discarded += other.discarded
        self.redacted += other.redacted
        self.person_ids |= other.person_ids


def is_erased(row: Row | None) -> bool:
    """The erasure's marker on a person row (tombstone or anonymised)."""
    return (
        row is not None
        and row.get("last_name") == ANONYMOUS
        and not row.get("first_name")
        and not row.get("email")
        and not row.get("phone")
        and not row.get("mobile")
    )


# --- what the laptop holds ------------------------------------------------------------------


def _pending_keys(replica: Replica) -> set[tuple[str, str]]:
    """Records with local state beside their row: changes, uploads, bases, conflicts."""
    keys: set[tuple[str, str]] = set()
    for table in SYNC_TABLES:
        keys.update(
            (str(t), str(r))
            for t, r in replica.conn.execute(f"SELECT DISTINCT tbl, row_id FROM {table}")
        )
    return {k for k in keys if k[0] in replica.tables}


def _conflict_sides(fields: dict[str, dict[str, Any]]) -> list[Row]:
    return [{f: v.get(side) for f, v in fields.items()} for side in ("base", "mine", "theirs")]


def _versions(replica: Replica, tbl: str, row_id: str) -> list[Row]:
    """Every version of the record the laptop keeps: row, base, uploads, conflict sides."""
    out: list[Row] = []
    for row in (replica.read_row(tbl, row_id), replica.base(tbl, row_id)):
        if row is not None:
            out.append(row)
    for mine, base in replica.conn.execute(
        "SELECT mine, base FROM sync_outbox WHERE tbl = ? AND row_id = ?", (tbl, row_id)
    ):
        out += [r for r in (loads(mine), loads(base)) if r is not None]
    for (fields,) in replica.conn.execute(
        "SELECT fields FROM sync_conflict WHERE tbl = ? AND row_id = ?", (tbl, row_id)
    ):
        out += _conflict_sides(loads(fields) or {})
    return out


def _owner(tbl: str, row: Row, consents: dict[str, str]) -> str | None:
    """The person whose own record this is, if it is one."""
    if tbl == "person":
        return row.get("id")
    if tbl in OWNED_BY_PERSON_ID:
        return row.get("person_id")
    if tbl == "task" and row.get("linked_type") == "person":
        return row.get("linked_id")
    if tbl == "tag_link" and row.get("target_type") == "person":
        return row.get("target_id")
    if tbl == "attachment":
        if row.get("target_type") == "person":
            return row.get("target_id")
        if row.get("target_type") == "consent":
            return consents.get(str(row.get("target_id")))
    return None


def _consent_owners(replica: Replica, pending: Iterable[tuple[str, str]]) -> dict[str, str]:
    owners = {
        str(cid): str(pid)
        for cid, pid in replica.conn.execute("SELECT id, person_id FROM consent")
        if pid is not None
    }
    for tbl, row_id in pending:
        if tbl == "consent":
            for v in _versions(replica, tbl, row_id):
                if v.get("person_id"):
                    owners.setdefault(row_id, str(v["person_id"]))
    return owners


def persons_named_by_pending(replica: Replica) -> set[str]:
    """Persons whose own records have local changes, uploads, bases or conflicts here."""
    pending = _pending_keys(replica)
    found = {row_id for tbl, row_id in pending if tbl == "person"}
    owned = {*OWNED_BY_PERSON_ID, "task", "tag_link", "attachment"}
    pending = {k for k in pending if k[0] in owned}
    consents = _consent_owners(replica, pending) if pending else {}
    for tbl, row_id in pending:
        for v in _versions(replica, tbl, row_id):
            owner = _owner(tbl, v, consents)
            if owner:
                found.add(str(owner))
    return found


def _owned_keys(
    replica: Replica, person_id: str, pending: set[tuple[str, str]], consents: dict[str, str]
) -> set[tuple[str, str]]:
    keys = {("person", person_id)}
    conn = replica.conn
    for tbl in OWNED_BY_PERSON_ID:
        keys.update(
            (tbl, str(r))
            for (r,) in conn.execute(f"SELECT id FROM {tbl} WHERE person_id = ?", (person_id,))
        )
    keys.update(
        ("task", str(r))
        for (r,) in conn.execute(
            "SELECT id FROM task WHERE linked_type = 'person' AND linked_id = ?", (person_id,)
        )
    )
    keys.update(
        ("tag_link", str(r))
        for (r,) in conn.execute(
            "SELECT id FROM tag_link WHERE target_type = 'person' AND target_id = ?", (person_id,)
        )
    )
    own_consents = [c for c, p in consents.items() if p == person_id]
    for target_type, ids in (("person", [person_id]), ("consent", own_consents)):
        for target in ids:
            keys.update(
                ("attachment", str(r))
                for (r,) in conn.execute(
                    "SELECT id FROM attachment WHERE target_type = ? AND target_id = ?",
                    (target_type, target),
                )
            )
    for tbl, row_id in pending:
        if any(_owner(tbl, v, consents) == person_id for v in _versions(replica, tbl, row_id)):
            keys.add((tbl, row_id))
    return keys


def _terms(replica: Replica, versions: Iterable[Row], person_id: str) -> list[str]:
    """Every form of the name, e-mail and phone of every not yet erased version."""
    terms: set[str] = set()
    for v in versions:
        if is_erased(v):
            continue
        shared = replica.conn.execute(
            "SELECT 1 FROM person WHERE last_name = ? AND id != ? LIMIT 1",
            (v.get("last_name"), person_id),
        ).fetchone()
        terms.update(
            identifying_terms_of(
                v.get("first_name"),
                v.get("last_name"),
                v.get("salutation"),
                v.get("title"),
                v.get("email"),
                (v.get("phone"), v.get("mobile")),
                last_name_shared=shared is not None,
            )
        )
    return sorted(terms, key=lambda t: (-len(t), t))


# --- applying an erasure --------------------------------------------------------------------


def _redact_row(
    row: Row | None, fields: Iterable[str], pattern: re.Pattern[str], terms: list[str]
) -> Row | None:
    if row is None:
        return None
    out = dict(row)
    for f in fields:
        if isinstance(out.get(f), str):
            out[f] = pattern.sub(REDACTED, out[f])
    if isinstance(out.get("search_key"), str) and out != row:
        out["search_key"] = redact_search_key(out["search_key"], terms)
    return out


def _redact_mentions(
    replica: Replica, pending: set[tuple[str, str]], terms: list[str], skip: set[tuple[str, str]]
) -> int:
    """Replace the mentions in the free texts of every record with local state."""
    pattern = pattern_of(terms)
    if pattern is None:
        return 0
    conn = replica.conn
    count = 0
    for tbl, row_id in sorted(pending - skip):
        if tbl not in MENTION_FIELDS:
            continue
        fields = MENTION_FIELDS[tbl][1]
        changed = False
        local = replica.read_row(tbl, row_id)
        new = _redact_row(local, fields, pattern, terms)
        if local is not None and new != local:
            replica.write_row(tbl, new or {}, local)
            changed = True
        base = replica.base(tbl, row_id)
        new = _redact_row(base, fields, pattern, terms)
        if base is not None and new != base:
            replica.set_base(tbl, row_id, new or {})
            changed = True
        for seq, mine, old_base in conn.execute(
            "SELECT seq, mine, base FROM sync_outbox WHERE tbl = ? AND row_id = ?", (tbl, row_id)
        ).fetchall():
            m, b = loads(mine), loads(old_base)
            m2, b2 = _redact_row(m, fields, pattern, terms), _redact_row(b, fields, pattern, terms)
            if m2 != m or b2 != b:
                conn.execute(
                    "UPDATE sync_outbox SET mine = ?, base = ? WHERE seq = ?",
                    (None if m2 is None else dumps(m2), None if b2 is None else dumps(b2), seq),
                )
                changed = True
        for cid, text in conn.execute(
            "SELECT id, fields FROM sync_conflict WHERE tbl = ? AND row_id = ?", (tbl, row_id)
        ).fetchall():
            sides = loads(text) or {}
            redacted = {
                f: {
                    k: pattern.sub(REDACTED, v) if isinstance(v, str) else v
                    for k, v in values.items()
                }
                for f, values in sides.items()
            }
            for f in redacted:
                if f == "search_key":
                    redacted[f] = {
                        k: redact_search_key(v, terms) if isinstance(v, str) else v
                        for k, v in redacted[f].items()
                    }
            if redacted != sides:
                conn.execute(
                    "UPDATE sync_conflict SET fields = ? WHERE id = ?", (dumps(redacted), cid)
                )
                changed = True
        count += int(changed)
    return count


def _scrub_audit(replica: Replica, record_ids: Iterable[str], terms: list[str]) -> None:
    """The laptop's own audit trail (never synced) as the local erasure leaves it: entries of
    the person's records lose their old/new values, others the identifying strings."""
    conn = replica.conn
    ids = sorted(set(record_ids))
    for start in range(0, len(ids), 500):
        part = ids[start : start + 500]
        marks = ", ".join("?" for _ in part)
        conn.execute(
            f"UPDATE audit_entry SET changes = NULL, summary = NULL WHERE target_id IN ({marks})",
            part,
        )
    pattern = pattern_of(terms)
    if pattern is None:
        return
    # JSON text holds the strings \u-escaped (Python's json) or as they are.
    forms = sorted({*terms, *(json.dumps(t)[1:-1] for t in terms)})
    where = " OR ".join(
        "instr(lower(changes), lower(?)) OR instr(lower(summary), lower(?))" for _ in forms
    )
    rows = conn.execute(
        f"SELECT id, changes, summary FROM audit_entry WHERE {where}",
        [f for form in forms for f in (form, form)],
    ).fetchall()
    for entry_id, changes, summary in rows:
        new_changes = changes if changes is None else dumps(redact_value(loads(changes), pattern))
        new_summary = summary if summary is None else pattern.sub(REDACTED, summary)
        if new_changes != changes or new_summary != summary:
            conn.execute(
                "UPDATE audit_entry SET changes = ?, summary = ? WHERE id = ?",
                (new_changes, new_summary, entry_id),
            )


def apply_erasures(
    replica: Replica,
    conn: psycopg.Connection[Any],
    erased: dict[str, bool],
    known_terms: dict[str, list[str]] | None = None,
) -> ErasureOutcome:
    """Make the laptop hold of each erased person only what the server holds (see the module
    docstring); `erased`: person id -> whether the laptop learns of the erasure only now;
    `known_terms`: the forms of a person's data read before a pull overwrote its row.
    A known erasure (pulled before) leaves later changes of the person's records alone unless
    a version of the person with its data is still here (in a base, upload or conflict).
    Call with the server connection inside a transaction."""
    outcome = ErasureOutcome()
    ids = sorted(erased)
    if not ids:
        return outcome
    with replica.transaction(capture=False):
        pending = _pending_keys(replica)
        consents = _consent_owners(replica, pending)
        for person_id in ids:
            owned = _owned_keys(replica, person_id, pending, consents)
            terms = _terms(replica, _versions(replica, "person", person_id), person_id)
            terms = sorted(
                {*terms, *(known_terms or {}).get(person_id, [])}, key=lambda t: (-len(t), t)
            )
            held = bool(terms) or (erased[person_id] and any(k in pending for k in owned))
            if not held:
                continue
            outcome.person_ids.add(person_id)
            for tbl, row_id in sorted(owned):
                if (tbl, row_id) in pending:
                    local_state = replica.conn.execute(
                        "SELECT (SELECT count(*) FROM sync_change WHERE tbl = ?1 AND row_id = ?2)"
                        " + (SELECT count(*) FROM sync_outbox WHERE tbl = ?1 AND row_id = ?2)"
                        " + (SELECT count(*) FROM sync_conflict WHERE tbl = ?1 AND row_id = ?2 "
                        "AND resolved_at IS NULL)",
                        (tbl, row_id),
                    ).fetchone()[0]
                    outcome.discarded += int(local_state > 0)
                    for table in SYNC_TABLES:
                        replica.conn.execute(
                            f"DELETE FROM {table} WHERE tbl = ? AND row_id = ?", (tbl, row_id)
                        )
            theirs = server.read_rows(conn, sorted(owned))
            for tbl, row_id in sorted(owned):
                row = theirs.get((tbl, row_id))
                local = replica.read_row(tbl, row_id)
                if row is None:
                    if local is not None:
                        replica.delete_row(tbl, row_id)
                else:
                    replica.write_row(tbl, row, local)
            pending -= owned
            outcome.redacted += _redact_mentions(replica, pending, terms, owned)
            _scrub_audit(replica, (row_id for _tbl, row_id in owned), terms)
        if outcome.persons:
            replica.set_meta(COMPACT_KEY, "pending")
    return outcome


def erasures_before_push(
    replica: Replica, conn: psycopg.Connection[Any], cursor: str
) -> ErasureOutcome:
    """Erasures since the last pull, and of persons the laptop's pending state names, applied
    before anything is uploaded."""
    named = persons_named_by_pending(replica)
    with conn.transaction():
        erased = server.erased_persons(conn, cursor, sorted(named), ANONYMOUS)
        return apply_erasures(replica, conn, erased) if erased else ErasureOutcome()


def note_pulled(
    replica: Replica, rows: Iterable[tuple[str, str, Row | None]]
) -> dict[str, list[str]]:
    """The erased person rows in a pulled chunk, with the forms of the person's data the
    laptop's row still has (read before the pull overwrites it)."""
    found: dict[str, list[str]] = {}
    for tbl, row_id, row in rows:
        if tbl == "person" and is_erased(row):
            local = replica.read_row(tbl, row_id)
            found[row_id] = _terms(replica, [local] if local else [], row_id)
            if found[row_id]:
                with replica.transaction(capture=False):
                    replica.set_meta(COMPACT_KEY, "pending")
    return found


def backups_holding(data_dir: Path, person_ids: Iterable[str]) -> list[Path]:
    """This laptop's backup copies (the folder its settings name) that still hold one of the
    persons: read only, nothing in them is changed."""
    from indie_desktop.config import Paths

    folder = Paths.resolve(data_dir).backup_policy().folder
    found: set[Path] = set()
    for person_id in person_ids:
        found.update(backups_with_person(folder, uuid.UUID(person_id)))
    return sorted(found)


def scrub_if_needed(replica: Replica) -> bool:
    """Scrub the file after an applied erasure (also one a broken-off sync left): True if the
    file is clean now; False while another program keeps the log busy (tried again next sync)."""
    if replica.meta(COMPACT_KEY) is None:
        return True
    fts = [source.fts for source in search_index.SQLITE_SOURCES]
    # A reader elsewhere (the app in the middle of a query) keeps the log busy: wait briefly,
    # not the sync connection's half minute, and try again at the next sync.
    replica.conn.execute(f"PRAGMA busy_timeout={SCRUB_BUSY_MS}")
    try:
        compacted, vacuumed = scrub_sqlite_file(replica.conn, replica.path, fts, lambda _p: None)
    except sqlite3.OperationalError as exc:  # locked by another program: the sync still counts
        log.warning("pulled erasure: the file could not be scrubbed yet: %s", exc)
        return False
    finally:
        replica.conn.execute(f"PRAGMA busy_timeout={BUSY_MS}")
    log.info("pulled erasure: file scrubbed (vacuum: %s, compacted: %s)", vacuumed, compacted)
    if compacted:
        with replica.transaction(capture=False):
            replica.conn.execute("DELETE FROM sync_meta WHERE key = ?", (COMPACT_KEY,))
        replica.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return compacted
