"""Mails onto the record on the office server, as staff of two institutions (set up by the
admin command): filed with attachments in the database, private to the institution, and the
same mail recognised again even where the other institution cannot see it."""

from __future__ import annotations

from pathlib import Path

import pytest

from indie_desktop.interchange.mail import read_mail_file
from indie_desktop.services.contacts.people import AffiliationDraft, PersonDraft
from indie_desktop.services.directory.organisations import OrganisationDraft
from indie_desktop.services.directory.timeline import EntryKind
from tests.integration.shared_fixtures import SharedServer, shared

pytestmark = pytest.mark.postgres
__all__ = ["shared"]

MAIL = Path(__file__).parents[1] / "files" / "mail"
RECEIVED = MAIL / "poi-example_received_unicode.msg"


def test_staff_file_a_mail_on_the_office_server_and_the_other_institution_does_not_see_it(
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
        # ... and dropping the same mail is recognised, without revealing Dortmund's record.
        again = hagen.mail.file(read_mail_file(RECEIVED))
        assert again.duplicate and again.activity_id is None
        assert dortmund.mail.file(read_mail_file(RECEIVED)).activity_id == filed.activity_id
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
