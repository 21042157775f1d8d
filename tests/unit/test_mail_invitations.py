"""Invitations by e-mail: consent and objections honoured, a personal salutation, drafts for
Outlook or SMTP through a real local server; a run killed mid-way never sends one person two
mails; the unsubscribe reply records the objection; every sent mail is an activity."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import uuid
from email.header import decode_header, make_header
from pathlib import Path

from sqlalchemy import select, update

from indie_desktop.domain.enums import ActivityKind, LegalBasis, Salutation
from indie_desktop.domain.models import Activity, ActivityPerson, Staff
from indie_desktop.domain.privacy import Purpose
from indie_desktop.interchange.mail import read_mail, read_mail_file
from indie_desktop.services.contacts.people import AffiliationDraft, PersonDraft
from indie_desktop.services.directory.organisations import OrganisationDraft
from indie_desktop.services.mail.invitations import SmtpSettings
from indie_desktop.services.privacy.protection import ConsentDraft
from indie_desktop.services.workspace import Workspace
from tests.smtp_server import SmtpServer, smtp_server

__all__ = ["smtp_server"]
TEMPLATE = "einladung_branchentreff"


def _network(ws: Workspace, extra: int = 0) -> dict[str, uuid.UUID]:
    with ws.db.session() as s:
        s.execute(update(Staff).values(email="s.yildiz@wf-dortmund.de"))
    org = ws.organisations.create(
        OrganisationDraft(
            name="Gießerei Hagen KG", street="Eisenstraße 1", postcode="58095", city="Hagen"
        )
    )

    def person(first: str, last: str, email: str, **kw: object) -> uuid.UUID:
        return ws.people.create(
            PersonDraft(
                first_name=first,
                last_name=last,
                email=email,
                affiliations=[AffiliationDraft(organisation_id=org, is_primary=True)],
                **kw,
            )  # type: ignore[arg-type]
        )

    people = {
        "lukasz": person(
            "Łukasz", "Wiśniewski", "l.wisniewski@giesserei.de", salutation=Salutation.HERR
        ),
        "zoe": person(
            "Zoë",
            "Ñúñez",
            "zoe@giesserei.de",
            salutation=Salutation.FRAU,
            legal_basis=LegalBasis.CONSENT,
        ),
        "no_consent": person("Ben", "Kaya", "ben@giesserei.de", legal_basis=LegalBasis.CONSENT),
        "objected": person("Petra", "Weiß", "petra@giesserei.de"),
        "no_email": person("Murat", "Yılmaz", ""),
    }
    for i in range(extra):
        people[f"extra{i}"] = person("Anna", f"Becker {i}", f"anna{i}@giesserei.de")
    ws.privacy.add_consent(
        people["zoe"], ConsentDraft(scope="event_invitations", given_on="01.10.2026")
    )
    ws.privacy.add_objection(people["objected"], Purpose.EVENT_INVITATIONS, "01.11.2026")
    return people


def _subject(m: object) -> str:
    return str(make_header(decode_header(m["Subject"])))  # type: ignore[index]


def test_invitations_go_to_those_who_may_get_them_with_a_personal_salutation(
    local_workspace: Workspace, smtp_server: SmtpServer
) -> None:
    ws = local_workspace
    people = _network(ws)
    plan = ws.invitations.plan(list(people.values()), TEMPLATE)
    assert plan.purpose == Purpose.EVENT_INVITATIONS
    assert {r.person_id for r in plan.recipients} == {people["lukasz"], people["zoe"]}
    skipped = {pid: reason for pid, _name, reason in plan.skipped}
    assert skipped[people["no_email"]] == "no e-mail address"
    assert skipped[people["objected"]].startswith("Objection since")
    assert people["no_consent"] in skipped
    run = ws.invitations.queue(plan)
    smtp = SmtpSettings(smtp_server.host, smtp_server.port, security="none")
    report = ws.invitations.send(run, smtp)
    assert report.sent == 2 and not report.failed and not report.uncertain
    by_rcpt = {a.recipients[0]: a.message for a in smtp_server.arrived}
    lukasz = by_rcpt["l.wisniewski@giesserei.de"]
    assert _subject(lukasz) == "Einladung zum Branchentreff In|Die RegionRuhr"
    text = read_mail(smtp_server.arrived[0].data).text
    body = read_mail(
        next(a.data for a in smtp_server.arrived if a.recipients == ["l.wisniewski@giesserei.de"])
    ).text
    assert body.startswith("Sehr geehrter Herr Wiśniewski,")
    assert "Gießerei Hagen KG" in body and "Abmelden event_invitations-" in text
    assert lukasz["List-Unsubscribe"] == (
        f"<mailto:s.yildiz@wf-dortmund.de?subject=Abmelden%20event_invitations-"
        f"{people['lukasz'].hex}>"
    )
    assert "Sehr geehrte Frau Ñúñez," in read_mail(by_rcpt["zoe@giesserei.de"].as_bytes()).text
    with ws.db.session() as s:
        sent = s.execute(
            select(Activity.kind, Activity.mail_direction, ActivityPerson.person_id).join(
                ActivityPerson, ActivityPerson.activity_id == Activity.id
            )
        ).all()
    assert sorted(sent) == sorted(
        [(ActivityKind.EMAIL, "out", people["lukasz"]), (ActivityKind.EMAIL, "out", people["zoe"])]
    )


def test_drafts_open_in_outlook_ready_to_send(local_workspace: Workspace, tmp_path: Path) -> None:
    ws = local_workspace
    people = _network(ws)
    plan = ws.invitations.plan([people["lukasz"], people["zoe"]], TEMPLATE)
    written = ws.invitations.write_drafts(plan, tmp_path / "Entwürfe")
    assert [p.name for p in written] == ["0001 Łukasz Wiśniewski.eml", "0002 Zoë Ñúñez.eml"]
    raw = written[0].read_bytes()
    assert b"\r\nX-Unsent: 1\r\n" in raw
    mail = read_mail_file(written[0])
    assert mail.to[0].email == "l.wisniewski@giesserei.de"
    assert mail.text.startswith("Sehr geehrter Herr Wiśniewski,")


def test_a_run_killed_while_sending_never_sends_anyone_two_mails(
    local_workspace: Workspace, smtp_server: SmtpServer
) -> None:
    ws = local_workspace
    people = _network(ws, extra=6)
    run = ws.invitations.queue(ws.invitations.plan(list(people.values()), TEMPLATE))
    data = ws.db.path.parent  # type: ignore[union-attr]
    smtp_server.handler.hold_at = 3
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    sender = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "indie_desktop",
            "mail",
            "resume",
            "--run",
            run,
            "--smtp-host",
            smtp_server.host,
            "--smtp-port",
            str(smtp_server.port),
            "--security",
            "none",
            "--data-dir",
            str(data),
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
    )
    try:
        assert smtp_server.handler.holding.wait(120), "the third mail never arrived"
        sender.send_signal(signal.SIGKILL)  # the crash: mid-send of the third mail
        sender.communicate(timeout=30)
    finally:
        if sender.poll() is None:
            sender.kill()
            sender.communicate(timeout=30)
    smtp_server.handler.hold_at = 0
    smtp_server.handler.release.set()
    report = ws.invitations.send(
        run, SmtpSettings(smtp_server.host, smtp_server.port, security="none")
    )
    third = smtp_server.arrived[2].recipients[0]
    assert report.uncertain == [third]
    recipients = [a.recipients[0] for a in smtp_server.arrived]
    assert len(recipients) == len(set(recipients)) == 8  # each once, nobody twice
    assert report.sent == 5
    again = ws.invitations.send(
        run, SmtpSettings(smtp_server.host, smtp_server.port, security="none")
    )
    assert again.sent == 0 and len(smtp_server.arrived) == 8


def test_the_unsubscribe_reply_records_the_objection(
    local_workspace: Workspace, smtp_server: SmtpServer
) -> None:
    ws = local_workspace
    people = _network(ws)
    plan = ws.invitations.plan([people["lukasz"]], TEMPLATE)
    smtp = SmtpSettings(smtp_server.host, smtp_server.port, security="none")
    ws.invitations.send(ws.invitations.queue(plan), smtp)
    invitation = smtp_server.arrived[0].message
    unsubscribe = invitation["List-Unsubscribe"]
    subject = unsubscribe.split("subject=")[1].rstrip(">").replace("%20", " ")
    # What Outlook sends when the link is clicked, dropped back into the CRM.
    reply = (
        "From: =?utf-8?q?=C5=81ukasz_Wi=C5=9Bniewski?= <l.wisniewski@giesserei.de>\r\n"
        "To: s.yildiz@wf-dortmund.de\r\n"
        f"Subject: {subject}\r\nMessage-ID: <abmelden-1@giesserei.de>\r\n"
        "Date: Tue, 24 Nov 2026 10:00:00 +0100\r\n\r\n\r\n"
    ).encode()
    ws.mail.file(read_mail(reply, "Abmelden.eml"))
    again = ws.invitations.plan([people["lukasz"]], TEMPLATE)
    assert again.recipients == []
    assert again.skipped[0][2].startswith("Objection since")
