"""Mails onto the record: an e-mail activity linked to the known people and organisations,
with the original mail and its attachments kept; the same mail twice recognised."""

from __future__ import annotations

import uuid
from pathlib import Path

from sqlalchemy import select, update

from indie_desktop.domain.enums import ActivityKind
from indie_desktop.domain.models import Activity, ActivityOrganisation, ActivityPerson, Staff
from indie_desktop.interchange.mail import read_mail_file
from indie_desktop.services.contacts.people import AffiliationDraft, PersonDraft
from indie_desktop.services.directory.organisations import OrganisationDraft
from indie_desktop.services.directory.timeline import EntryKind
from indie_desktop.services.mail.filing import Direction, MailTarget
from indie_desktop.services.work.needs import NeedDraft
from indie_desktop.services.workspace import Workspace

MAIL = Path(__file__).parents[1] / "files" / "mail"
RECEIVED = MAIL / "poi-example_received_unicode.msg"  # from mike.farman@alfresco.com


def _company_with_contact(ws: Workspace, name: str, email: str) -> tuple[uuid.UUID, uuid.UUID]:
    org = ws.organisations.create(OrganisationDraft(name=name, city="Dortmund"))
    person = ws.people.create(
        PersonDraft(
            first_name="Łukasz",
            last_name="Wiśniewski",
            email=email,
            affiliations=[AffiliationDraft(organisation_id=org, is_primary=True)],
        )
    )
    return org, person


def test_mail_from_a_known_contact_is_filed_on_the_person_and_company_with_attachments(
    local_workspace: Workspace,
) -> None:
    ws = local_workspace
    org, person = _company_with_contact(ws, "Stahlbau Ruhr GmbH", "Mike.Farman@alfresco.com")
    match = ws.mail.match(read_mail_file(RECEIVED))
    assert match.sure and list(match.organisations) == [org]
    filed = ws.mail.file(read_mail_file(RECEIVED))
    assert not filed.duplicate and filed.organisation_ids == [org] and filed.person_ids == [person]
    with ws.db.session() as s:
        a = s.get(Activity, filed.activity_id)
        assert a is not None
        assert a.kind == ActivityKind.EMAIL and a.mail_direction == Direction.INCOMING
        assert a.subject == "This is a test message please ignore"
        assert a.mail_from == "Mike Farman <mike.farman@alfresco.com>"
        assert a.mail_to is not None and a.mail_to.count("@") == 6
        assert a.report is not None and "quick brown fox" in a.report
    files = [r.filename for r in ws.attachments.list_for("activity", filed.activity_id)]
    assert files == ["poi-example_received_unicode.msg", "alfresco.gif"]
    timeline = ws.timeline.for_organisation(org, kinds=[EntryKind.ACTIVITY]).entries
    assert [(e.title, e.subkind) for e in timeline] == [
        ("This is a test message please ignore", "email")
    ]


def test_the_same_mail_dropped_twice_is_recognised_by_its_message_id(
    local_workspace: Workspace,
) -> None:
    ws = local_workspace
    org = ws.organisations.create(OrganisationDraft(name="Zoë Ñúñez Feinmechanik"))
    first = ws.mail.file(read_mail_file(RECEIVED), MailTarget("organisation", org))
    again = ws.mail.file(read_mail_file(RECEIVED), MailTarget("organisation", org))
    assert again.duplicate and again.activity_id == first.activity_id
    with ws.db.session() as s:
        assert len(s.scalars(select(Activity.id)).all()) == 1


def test_a_mail_without_message_id_is_recognised_by_its_file(local_workspace: Workspace) -> None:
    ws = local_workspace
    org = ws.organisations.create(OrganisationDraft(name="Yıldız Logistik"))
    draft = read_mail_file(MAIL / "poi-attachment_test_msg.msg")
    assert draft.message_id == ""
    first = ws.mail.file(draft, MailTarget("organisation", org))
    assert ws.mail.file(draft, MailTarget("organisation", org)).activity_id == first.activity_id


def test_a_mail_sent_by_a_staff_member_is_outgoing(local_workspace: Workspace) -> None:
    ws = local_workspace
    with ws.db.session() as s:
        s.execute(
            update(Staff)
            .where(Staff.id == ws.actor.staff_id)
            .values(email="mike.farman@alfresco.com")
        )
    org, _ = _company_with_contact(ws, "Gießerei Hagen KG", "Nick.Burch@alfresco.com")
    m = read_mail_file(RECEIVED)
    assert "nick.burch@alfresco.com" in [a.key for a in m.recipients]
    filed = ws.mail.file(m)
    with ws.db.session() as s:
        a = s.get(Activity, filed.activity_id)
        assert a is not None and a.mail_direction == Direction.OUTGOING
    assert filed.organisation_ids == [org]


def test_dropped_on_a_need_the_mail_is_filed_on_its_company_and_kept_with_the_need(
    local_workspace: Workspace,
) -> None:
    ws = local_workspace
    org = ws.organisations.create(OrganisationDraft(name="Bochumer Drahtwerk"))
    need = ws.needs.create(NeedDraft(organisation_id=org, topic="Laserschweißen"))
    filed = ws.mail.file(read_mail_file(MAIL / "poi-bug66335.msg"), MailTarget("need", need))
    assert filed.organisation_ids == [org]
    assert [r.filename for r in ws.attachments.list_for("need", need)] == ["poi-bug66335.msg"]
    with ws.db.session() as s:
        a = s.get(Activity, filed.activity_id)
        assert a is not None and a.subject == "Deine Bestellbestätigung vom 13-09-2018"


def test_addresses_of_two_companies_leave_the_choice_to_the_user(
    local_workspace: Workspace,
) -> None:
    ws = local_workspace
    first, _ = _company_with_contact(ws, "Alpha GmbH", "mike.farman@alfresco.com")
    second, _ = _company_with_contact(ws, "Beta AG", "nick.burch@alfresco.com")
    m = read_mail_file(RECEIVED)
    match = ws.mail.match(m)
    assert not match.sure and set(match.organisations) == {first, second}
    filed = ws.mail.file(m, organisation_ids=[second])
    with ws.db.session() as s:
        orgs = s.scalars(
            select(ActivityOrganisation.organisation_id).where(
                ActivityOrganisation.activity_id == filed.activity_id
            )
        ).all()
        people = s.scalars(
            select(ActivityPerson.person_id).where(ActivityPerson.activity_id == filed.activity_id)
        ).all()
    assert orgs == [second] and len(people) == 2
