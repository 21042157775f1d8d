from __future__ import annotations

import pytest
from sqlalchemy import inspect

from indie_desktop.domain.errors import ConflictError
from indie_desktop.domain.models import Base
from indie_desktop.services.contacts.people import AffiliationDraft, PersonDraft
from indie_desktop.services.directory.organisations import OrganisationDraft
from indie_desktop.services.directory.staff import DirectoryService
from indie_desktop.services.listing import ListQuery
from indie_desktop.services.workspace import Workspace
from indie_desktop.store.database import current_revision, head_revision, open_url

pytestmark = pytest.mark.postgres


def test_empty_postgresql_database_migrates_up_to_newest_schema(pg_url: str) -> None:
    db = open_url(pg_url, run_migrations=True)
    try:
        assert current_revision(db.engine) == head_revision()
        tables = set(inspect(db.engine).get_table_names())
        assert set(Base.metadata.tables) <= tables
        # Running the migration again is harmless (the admin command relies on it).
        open_url(pg_url, run_migrations=True).dispose()
    finally:
        db.dispose()


def test_shared_database_stores_and_finds_unicode_names(pg_url: str) -> None:
    db = open_url(pg_url, run_migrations=True)
    try:
        directory = DirectoryService(db)
        actor = directory.register_local_user(
            directory.institution_choices()[0], "Zoë", "Ñúñez", ""
        )
        ws = Workspace(db, actor)
        org = ws.organisations.create(
            OrganisationDraft(name="Yıldız Metallbau GmbH", postcode="58095", city="Hagen")
        )
        ws.people.create(
            PersonDraft(
                first_name="Łukasz",
                last_name="Wiśniewski",
                affiliations=[AffiliationDraft(organisation_id=org, is_primary=True)],
            )
        )
        assert [r.name for r in ws.organisations.page(ListQuery(text="yildiz"), 0, 5)] == [
            "Yıldız Metallbau GmbH"
        ]
        person = ws.people.page(ListQuery(text="lukasz"), 0, 5)[0]
        assert (person.name, person.organisation) == ("Wiśniewski, Łukasz", "Yıldız Metallbau GmbH")
        stale = ws.organisations.detail(org)
        fresh = ws.organisations.detail(org)
        ws.organisations.update(org, fresh.draft, fresh.version)
        fresh2 = ws.organisations.detail(org)
        fresh2.draft.city = "Hagen-Haspe"
        ws.organisations.update(org, fresh2.draft, fresh2.version)
        with pytest.raises(ConflictError):
            ws.organisations.update(org, stale.draft, stale.version)
    finally:
        db.dispose()
