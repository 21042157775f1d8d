"""Mails onto the record on the office server, as staff of two institutions (set up by the
admin command): filed with attachments in the database, private to the institution, the same
mail recognised again; another institution files its own copy (unique per institution)."""

from __future__ import annotations

from pathlib import Path

import pytest

from indie_desktop.interchange.mail import read_mail_file
from indie_desktop.services.contacts.people import AffiliationDraft, PersonDraft
from indie_desktop.services.directory.organisations import OrganisationDraft
from indie_desktop.services.directory.timeline import EntryKind
from tests.integration.shared_fixtures import SharedServer, shared
from tests.smtp_server import SmtpServer, smtp_server

pytestmark = pytest.mark.postgres
__all__ = ["shared", "smtp_server"]

MAIL = Path(__file__).parents[1] / "files" / "mail"
RECEIVED = MAIL / "poi-example_received_unicode.msg"


def test_staff_file_a_mail_on_the_office_server_and_the_other_institution_keeps_its_own(
    shared: SharedServer,
) -> None:
    dortmund = shared.dortmund.workspace()
    hagen = shared.hagen.workspace()
    try:
        org = dortmund.organisations.create(OrganisationDraft(name="Ruhr Stahl Şükrü GmbH"))
        person = dortmund.people.create(
            PersonDraft(
                first_name="Mike",
                last_name="Farman",
                email="Mike.Farman@alfresco.com",
                affiliations=[AffiliationDraft(organisation_id=org, is_primary=True)],
            )
        )
        filed = dortmund.mail.file(read_mail_file(RECEIVED))
        assert filed.organisation_ids == [org] and filed.person_ids == [person]
        assert filed.activity_id is not None
        files = dortmund.attachments.list_for("activity", filed.activity_id)
        assert [f.filename for f in files] == ["poi-example_received_unicode.msg", "alfresco.gif"]
        gif = read_mail_file(RECEIVED).attachments[0].content
        assert dortmund.attachments.open_path(files[1].id).read_bytes() == gif
        entries = dortmund.timeline.for_organisation(org, kinds=[EntryKind.ACTIVITY]).entries
        assert [e.subkind for e in entries] == ["email"]
        # Hagen sees the network's company but not Dortmund's mail ...
        assert hagen.timeline.for_organisation(org, kinds=[EntryKind.ACTIVITY]).entries == []
        # ... and files the same mail as its own activity, private to Hagen (before issue 23's
        # finish the database-wide Message-ID refused it: Hagen's record lacked the mail).
        theirs = hagen.mail.file(read_mail_file(RECEIVED))
        assert not theirs.duplicate and theirs.activity_id not in (None, filed.activity_id)
        assert hagen.mail.file(read_mail_file(RECEIVED)).duplicate  # Hagen's copy recognised
        assert dortmund.mail.file(read_mail_file(RECEIVED)).activity_id == filed.activity_id
        mine = dortmund.timeline.for_organisation(org, kinds=[EntryKind.ACTIVITY]).entries
        assert [e.record_id for e in mine] == [filed.activity_id]  # Hagen's copy stays Hagen's
    finally:
        dortmund.close()
        hagen.close()


def test_staff_send_invitations_and_an_appointment_from_the_office_server(
    shared: SharedServer, tmp_path: Path
) -> None:
    from sqlalchemy import update

    from indie_desktop.domain.models import Staff
    from indie_desktop.domain.privacy import Purpose
    from indie_desktop.services.mail.invitations import SmtpSettings
    from indie_desktop.services.work.appointments import AppointmentDraft
    from indie_desktop.store.database import open_url
    from tests.smtp_server import Handler

    dortmund = shared.dortmund.workspace()
    hagen = shared.hagen.workspace()
    import socket

    from aiosmtpd.controller import Controller

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    handler = Handler()
    controller = Controller(handler, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        # The address the admin gives with `admin add-staff --email` (the fixture gave none).
        admin = open_url(shared.admin_url)
        with admin.session() as s:
            s.execute(
                update(Staff)
                .where(Staff.id == dortmund.actor.staff_id)
                .values(email="a.schmidt@wf-dortmund.de")
            )
        admin.dispose()
        org = dortmund.organisations.create(OrganisationDraft(name="Gießerei Hagen KG"))
        people = [
            dortmund.people.create(
                PersonDraft(
                    first_name=first,
                    last_name=last,
                    email=email,
                    affiliations=[AffiliationDraft(organisation_id=org, is_primary=True)],
                )
            )
            for first, last, email in (
                ("Łukasz", "Wiśniewski", "lw@giesserei.de"),
                ("Zoë", "Ñúñez", "zoe@giesserei.de"),
            )
        ]
        dortmund.privacy.add_objection(people[1], Purpose.EVENT_INVITATIONS, "01.11.2026")
        service = dortmund.invitations
        service.queue_path = tmp_path / "mail-queue.sqlite3"  # the PC's data folder
        plan = service.plan(people, "einladung_branchentreff")
        assert [r.person_id for r in plan.recipients] == [people[0]]
        smtp = SmtpSettings("127.0.0.1", port, security="none")
        assert service.send(service.queue(plan), smtp).sent == 1
        visit = dortmund.appointments.plan(
            AppointmentDraft(
                subject="Besuch",
                date="08.12.2026",
                time="10:00",
                duration="90",
                organisation_ids=[org],
                person_ids=[people[0]],
            )
        )
        mail, _ = dortmund.appointments.invitation(visit)
        assert service.send(service.queue_mail(mail.subject, people[0], mail), smtp).sent == 1
        assert [a.recipients for a in handler.arrived] == [["lw@giesserei.de"]] * 2
        entries = dortmund.timeline.for_person(people[0], kinds=[EntryKind.ACTIVITY]).entries
        assert sorted(e.subkind for e in entries) == ["company_visit", "email", "email"]
        # The sent mails are Dortmund's; Hagen sees the network's visit only.
        seen = hagen.timeline.for_person(people[0], kinds=[EntryKind.ACTIVITY]).entries
        assert [e.subkind for e in seen] == ["company_visit"]
    finally:
        controller.stop()
        dortmund.close()
        hagen.close()


def test_staff_invite_a_target_group_to_an_event_by_email_on_the_office_server(
    shared: SharedServer, tmp_path: Path, smtp_server: SmtpServer
) -> None:
    """Issue 23's "done when" as staff: event invitations by e-mail to a saved target group,
    the objection honoured, who got one invited; Hagen's private company is not reached."""
    from sqlalchemy import update

    from indie_desktop.domain.enums import ParticipantStatus, Visibility
    from indie_desktop.domain.models import Staff
    from indie_desktop.domain.privacy import Purpose
    from indie_desktop.interchange.mail import read_mail
    from indie_desktop.services.events.invitations import INVITATION_TEMPLATE, event_values
    from indie_desktop.services.mail.invitations import SmtpSettings
    from indie_desktop.store.database import open_url
    from tests.events_scenario import Network, branchentreff, org, person

    dortmund = shared.dortmund.workspace()
    hagen = shared.hagen.workspace()
    try:
        admin = open_url(shared.admin_url)
        with admin.session() as s:
            s.execute(
                update(Staff)
                .where(Staff.id == dortmund.actor.staff_id)
                .values(email="a.schmidt@wf-dortmund.de")
            )
        admin.dispose()
        net = Network(dortmund)
        dortmund.privacy.add_objection(net.lukasz, Purpose.EVENT_INVITATIONS, "01.11.2026")
        private = org(
            hagen, "Hagener Schmiede (privat)", "Hagen", visibility=Visibility.INSTITUTION
        )
        person(hagen, "Paula", "Privat", private, email="pp@schmiede.de")
        event = branchentreff(dortmund)
        group = dortmund.target_groups.save("Metall Hagen + EN", net.metal_group())
        people, without = dortmund.target_groups.people(group)
        assert set(people) == {net.sukru, net.lukasz} and without == []
        service = dortmund.invitations
        service.queue_path = tmp_path / "mail-queue.sqlite3"
        plan = service.plan(
            people,
            INVITATION_TEMPLATE,
            Purpose.EVENT_INVITATIONS,
            extra=event_values(dortmund.events.detail(event)),
        )
        assert [r.person_id for r in plan.recipients] == [net.sukru]
        assert [p for p, _n, _r in plan.skipped] == [net.lukasz]
        smtp = SmtpSettings(smtp_server.host, smtp_server.port, security="none")
        assert service.send(service.queue(plan), smtp).sent == 1
        dortmund.participants.add(event, [r.person_id for r in plan.recipients])
        assert [a.recipients for a in smtp_server.arrived] == [["sy@yildiz.de"]]
        text = read_mail(smtp_server.arrived[0].data).text
        assert "SIHK Hagen, Bahnhofstraße 18" in text and "Yıldız" in text
        invited = dortmund.participants.person_ids(event, [ParticipantStatus.INVITED])
        assert invited == [net.sukru]
    finally:
        dortmund.close()
        hagen.close()
