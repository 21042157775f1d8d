"""The outbox of an invitation or newsletter run: one row per recipient with its state, in a
small SQLite file of its own in the data folder (beside, never inside, the database file).

The state is written and committed before and after each send: pending -> sending -> sent.
A run that was killed leaves at most one row in `sending`: that mail may or may not have
left, so a resumed run never sends it again (it counts as uncertain, for the user to check);
every `pending` row is sent. So nobody gets two mails, whatever happens.
"""

from __future__ import annotations

import sqlite3
import uuid
from dataclasses import dataclass
from pathlib import Path

PENDING, SENDING, SENT, FAILED, UNCERTAIN = "pending", "sending", "sent", "failed", "uncertain"
QUEUE_FILE = "mail-queue.sqlite3"


@dataclass(frozen=True)
class QueuedMail:
    run_id: str
    position: int
    person_id: uuid.UUID
    address: str
    subject: str
    message_id: str
    message: bytes
    state: str
    error: str


class MailQueue:
    def __init__(self, path: Path) -> None:
        self.path = path
        path.parent.mkdir(parents=True, exist_ok=True)
        self.con = sqlite3.connect(path, isolation_level=None, timeout=10)
        self.con.execute("PRAGMA journal_mode=WAL")
        # WAL + NORMAL: a committed state survives the process being killed (it is in the
        # OS's hands); FULL would add a disk flush per mark, twice per mail.
        self.con.execute("PRAGMA synchronous=NORMAL")
        self.con.execute(
            "CREATE TABLE IF NOT EXISTS outbox (run_id TEXT, position INTEGER, person_id TEXT,"
            " address TEXT, subject TEXT, message_id TEXT, message BLOB, state TEXT,"
            " error TEXT DEFAULT '', PRIMARY KEY (run_id, position))"
        )
        self.con.execute(
            "CREATE TABLE IF NOT EXISTS run (run_id TEXT PRIMARY KEY, title TEXT, purpose TEXT,"
            " created_at TEXT DEFAULT CURRENT_TIMESTAMP)"
        )

    def close(self) -> None:
        self.con.close()

    def create(
        self, title: str, purpose: str, mails: list[tuple[uuid.UUID, str, str, str, bytes]]
    ) -> str:
        """A new run of (person, address, subject, Message-ID, message); returns its id."""
        run_id = uuid.uuid4().hex
        with self.con:
            self.con.execute("BEGIN")
            self.con.execute(
                "INSERT INTO run (run_id, title, purpose) VALUES (?, ?, ?)",
                (run_id, title, purpose),
            )
            self.con.executemany(
                "INSERT INTO outbox VALUES (?, ?, ?, ?, ?, ?, ?, ?, '')",
                [
                    (run_id, i, str(pid), address, subject, mid, message, PENDING)
                    for i, (pid, address, subject, mid, message) in enumerate(mails)
                ],
            )
        return run_id

    def purpose(self, run_id: str) -> str:
        row = self.con.execute("SELECT purpose FROM run WHERE run_id = ?", (run_id,)).fetchone()
        return str(row[0]) if row else ""

    def mails(self, run_id: str, state: str | None = None) -> list[QueuedMail]:
        sql = "SELECT * FROM outbox WHERE run_id = ?" + (" AND state = ?" if state else "")
        args: tuple[str, ...] = (run_id, state) if state else (run_id,)
        return [
            QueuedMail(r[0], r[1], uuid.UUID(r[2]), r[3], r[4], r[5], bytes(r[6]), r[7], r[8])
            for r in self.con.execute(sql + " ORDER BY position", args)
        ]

    def mark(self, run_id: str, position: int, state: str, error: str = "") -> None:
        self.con.execute(
            "UPDATE outbox SET state = ?, error = ? WHERE run_id = ? AND position = ?",
            (state, error, run_id, position),
        )

    def open_runs(self) -> list[str]:
        """Runs with mails not yet sent (pending), newest first: to be resumed."""
        return [
            r[0]
            for r in self.con.execute(
                "SELECT run.run_id FROM run JOIN outbox USING (run_id) WHERE outbox.state = ? "
                "GROUP BY run.run_id ORDER BY run.created_at DESC",
                (PENDING,),
            )
        ]
