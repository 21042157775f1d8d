"""Figure of issue 23: 500 invitations sent to a local SMTP server (≤ 30 s, rate limit off),
beside smtplib sending the same 500 composed messages over one connection."""

from __future__ import annotations

import shutil
import smtplib
import socket
import sys
from pathlib import Path

from context import BenchRun
from figures_import import _fresh_copy
from harness import Target, figure, time_ms

sys.path.insert(0, str(Path(__file__).parents[2]))
COUNT = 500


class _Sink:
    async def handle_DATA(self, server: object, session: object, envelope: object) -> str:
        return "250 OK"


def _server() -> object:
    from aiosmtpd.controller import Controller

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    controller = Controller(_Sink(), hostname="127.0.0.1", port=port)
    controller.start()
    return controller


def _setup(run: BenchRun, tag: str) -> tuple[object, object, Path, list]:
    """A copy of the network with 500 people given an address and staff with one."""
    from indie_desktop.services.context import Actor
    from indie_desktop.services.workspace import Workspace
    from indie_desktop.store.database import open_local

    folder = _fresh_copy(run)
    db = open_local(folder)
    with db.engine.begin() as conn:
        from sqlalchemy import text

        conn.execute(text("UPDATE staff SET email = 'team@wf-dortmund.de'"))
        ids = [
            r[0]
            for r in conn.execute(
                text("SELECT id FROM person WHERE deleted_at IS NULL ORDER BY id LIMIT :n"),
                {"n": COUNT},
            )
        ]
        for i, pid in enumerate(ids):
            conn.execute(
                text("UPDATE person SET email = :e, legal_basis = NULL WHERE id = :id"),
                {"e": f"bench{tag}{i}@example.de", "id": pid},
            )
    import uuid

    ws = Workspace(db, Actor.system())
    staff = ws.directory.acting_user()
    if staff is not None:
        ws = Workspace(db, staff)
    return db, ws, folder, [uuid.UUID(str(i)) if not isinstance(i, uuid.UUID) else i for i in ids]


def send_raw(run: BenchRun) -> list[float]:
    from indie_desktop.interchange.mail.compose import OutgoingMail, compose
    from indie_desktop.interchange.mail.message import MailAddress

    messages = [
        compose(
            OutgoingMail(
                MailAddress("Team", "team@wf-dortmund.de"),
                MailAddress(f"Anna Becker {i}", f"raw{i}@example.de"),
                "Einladung zum Branchentreff",
                "Sehr geehrte Frau Becker,\n" * 20,
            )
        )
        for i in range(COUNT)
    ]
    controller = _server()

    def work() -> None:
        with smtplib.SMTP(controller.hostname, controller.port) as smtp:  # type: ignore[attr-defined]
            for i, m in enumerate(messages):
                smtp.sendmail("team@wf-dortmund.de", [f"raw{i}@example.de"], m)

    try:
        return time_ms(work, run.reps(full=3, quick=1))
    finally:
        controller.stop()  # type: ignore[attr-defined]


@figure(
    "invitations_smtp_500",
    target=Target(limit=30_000, stat="median", source="issue 23"),
    baseline=send_raw,
    baseline_label="smtplib sending 500 composed messages over one connection",
    note=(
        "500 invitations from the shipped template: consent/objection check, personal text, "
        "composed and queued, sent to a local aiosmtpd server with the rate limit off, each "
        "recorded as an e-mail activity with the mail kept (one transaction per mail)"
    ),
)
def invitations_smtp_500(run: BenchRun) -> list[float]:
    from indie_desktop.services.mail.invitations import SmtpSettings

    samples: list[float] = []
    for n in range(run.reps(full=3, quick=1)):
        db, ws, folder, people = _setup(run, str(n))
        controller = _server()
        smtp = SmtpSettings(controller.hostname, controller.port, security="none")  # type: ignore[attr-defined]
        sent: list[int] = []

        def work(
            ws: object = ws, people: list = people, smtp: SmtpSettings = smtp, sent: list = sent
        ) -> None:
            service = ws.invitations  # type: ignore[attr-defined]
            plan = service.plan(people, "einladung_branchentreff")
            sent.append(service.send(service.queue(plan), smtp).sent)

        try:
            samples += time_ms(work, 1, warmup=0)
        finally:
            controller.stop()  # type: ignore[attr-defined]
            db.dispose()  # type: ignore[attr-defined]
            shutil.rmtree(folder, ignore_errors=True)
        run.extras["invitations_smtp_500"] = {"sent": sent[-1]}
    return samples
