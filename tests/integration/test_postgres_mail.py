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
