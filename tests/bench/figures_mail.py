"""Figures of issue 23: dropping 100 mails onto the record (≤ 5 s).

The mails are the real samples of tests/files/mail: the Exchange .eml with three attachments
in 100 copies that differ in their Message-ID, filed on a throw-away copy of the
network-scale database (20,000 organisations, 100,000 people), each matched by its addresses.
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from context import BenchRun
from figures_import import _fresh_copy
from harness import Target, figure, time_ms

MAIL = Path(__file__).parents[1] / "files" / "mail"
SAMPLE = MAIL / "msgreader-TestWithAttachmentsAndInlines.eml"


def _mails(count: int, run_no: int) -> list[tuple[str, bytes]]:
    raw = SAMPLE.read_bytes()
    old = b"GVAP278MB0198D05D58CEAFAF320C57649EF12@"
    return [
        (f"mail-{i}.eml", raw.replace(old, f"bench-{run_no}-{i}@".encode())) for i in range(count)
    ]


def drop_raw(run: BenchRun) -> list[float]:
    from email import policy
    from email.parser import BytesParser

    mails = _mails(100, 0)

    def work() -> None:
        con = sqlite3.connect(":memory:")
        con.execute("CREATE TABLE t (id, subject, body, files)")
        for _name, data in mails:
            m = BytesParser(policy=policy.default).parsebytes(data)
            body = m.get_body(preferencelist=("plain",))
            files = [p.get_content() for p in m.iter_attachments()]
            con.execute(
                "INSERT INTO t VALUES (?, ?, ?, ?)",
                (m["message-id"], m["subject"], body.get_content() if body else "", len(files)),
            )
        con.commit()

    return time_ms(work, run.reps(full=5, quick=2))


@figure(
    "mail_drop_100",
    target=Target(limit=5000, stat="median", source="issue 23"),
    baseline=drop_raw,
    baseline_label="email package parsing the same 100 mails + raw sqlite3 insert",
    note=(
        "100 real .eml mails (three attachments each) read, matched by address against 100,000 "
        "people and 20,000 organisations, filed as e-mail activities with links, audit and "
        "four attachments each (original + three), one transaction per mail"
    ),
)
def mail_drop_100(run: BenchRun) -> list[float]:
    from indie_desktop.interchange.mail import read_mail
    from indie_desktop.services.context import Actor
    from indie_desktop.services.workspace import Workspace
    from indie_desktop.store.database import open_local

    samples: list[float] = []
    for run_no in range(run.reps(full=3, quick=1)):
        folder = _fresh_copy(run)
        db = open_local(folder)
        ws = Workspace(db, Actor.system())
        mails = _mails(100, run_no)

        def work(ws: Workspace = ws, mails: list[tuple[str, bytes]] = mails) -> None:
            for name, data in mails:
                ws.mail.file(read_mail(data, name))

        samples += time_ms(work, 1, warmup=0)
        db.dispose()
        shutil.rmtree(folder, ignore_errors=True)
    return samples
