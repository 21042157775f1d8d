"""Rules the shared database enforces itself: shown through the app and through raw psql."""

from __future__ import annotations

import uuid

import psycopg
import pytest
from sqlalchemy.engine import make_url

from indie_desktop.domain.enums import Visibility
from indie_desktop.domain.errors import NotFound, PermissionDenied
from indie_desktop.services.contacts.people import AffiliationDraft, PersonDraft
from indie_desktop.services.directory.organisations import OrganisationDraft
from indie_desktop.services.draft_merge import MergeConflict
from indie_desktop.services.listing import ListQuery
from indie_desktop.store import shared_admin
from indie_desktop.store.database import open_url
from tests.integration.shared_fixtures import SharedServer, shared

pytestmark = pytest.mark.postgres
__all__ = ["shared"]


def _private_org(server: SharedServer) -> object:
    ws = server.dortmund.workspace()
    try:
        return ws.organisations.create(
            OrganisationDraft(
                name="Geheimprojekt Schmiede GmbH",
                city="Dortmund",
                visibility=Visibility.INSTITUTION,
            )
        )
    finally:
        ws.close()


def test_institution_only_records_are_invisible_to_other_institutions_in_the_app(
    shared: SharedServer,
) -> None:
    org_id = _private_org(shared)
    hagen = shared.hagen.workspace()
    dortmund = shared.dortmund.workspace()
    try:
        assert hagen.organisations.page(ListQuery(text="Geheimprojekt"), 0, 10) == []
        assert hagen.organisations.count(ListQuery()) == 0
        with pytest.raises(NotFound):
            hagen.organisations.detail(org_id)  # type: ignore[arg-type]
        assert [r.name for r in dortmund.organisations.page(ListQuery(), 0, 10)] == [
            "Geheimprojekt Schmiede GmbH"
        ]
    finally:
        hagen.close()
        dortmund.close()


def test_institution_only_records_are_invisible_to_other_institutions_in_psql(
    shared: SharedServer,
) -> None:
    _private_org(shared)
    seen = shared.psql(shared.hagen, "SELECT count(*) FROM organisation")
    assert seen.returncode == 0, seen.stderr
    assert seen.stdout.strip() == "0"
    # Setting a session variable does not help: the institution comes from current_user.
    sneaky = shared.psql(
        shared.hagen,
        "SET app.institution = 'x'; UPDATE organisation SET name = 'übernommen' RETURNING id",
    )
    assert sneaky.returncode == 0 and sneaky.stdout.strip() == ""
    mine = shared.psql(shared.dortmund, "SELECT name FROM organisation")
    assert mine.stdout.strip() == "Geheimprojekt Schmiede GmbH"


def test_staff_edit_network_records_but_only_the_owner_changes_visibility_or_deletes(
    shared: SharedServer,
) -> None:
    dortmund = shared.dortmund.workspace()
    hagen = shared.hagen.workspace()
    try:
        org_id = dortmund.organisations.create(OrganisationDraft(name="Netzwerk AG", city="Bochum"))
        detail = hagen.organisations.detail(org_id)
        detail.draft.phone = "0231 123456"
        hagen.organisations.update(org_id, detail.draft, detail.version)
        detail = hagen.organisations.detail(org_id)
        detail.draft.visibility = Visibility.INSTITUTION
        with pytest.raises(PermissionDenied):
            hagen.organisations.update(org_id, detail.draft, detail.version)
        with pytest.raises(PermissionDenied):
            hagen.organisations.delete(org_id)
        # The owner may.
        dortmund.organisations.delete(org_id)
    finally:
        dortmund.close()
        hagen.close()
    for sql in (
        "UPDATE organisation SET visibility = 'institution'",
        "UPDATE organisation SET deleted_at = now()",
        "UPDATE organisation SET owner_institution_id = NULL",
    ):
        refused = shared.psql(shared.hagen, sql)
        assert refused.returncode != 0
        assert "owner institution" in refused.stderr
    assert shared.psql(shared.hagen, "DELETE FROM organisation RETURNING id").stdout.strip() == ""
    edited = shared.psql(shared.hagen, "UPDATE organisation SET city = 'Herne' RETURNING city")
    assert edited.stdout.strip() == "Herne", edited.stderr


def test_new_rows_belong_to_the_users_institution(shared: SharedServer) -> None:
    inserted = shared.psql(
        shared.hagen,
        "INSERT INTO organisation (id, created_at, updated_at, version, visibility, kind, name, "
        "sort_name, search_key, chamber, handwerksrolle, status) VALUES (gen_random_uuid(), "
        "now(), now(), 1, 'network', 'company', 'Neu GmbH', 'neu gmbh', 'neu gmbh', 'none', "
        "false, 'active') RETURNING owner_institution_id = indie_current_institution()",
    )
    assert inserted.stdout.strip() == "t", inserted.stderr
    foreign = shared.psql(
        shared.hagen,
        "INSERT INTO organisation (id, created_at, updated_at, version, visibility, kind, name, "
        "sort_name, search_key, chamber, handwerksrolle, status, owner_institution_id) VALUES "
        "(gen_random_uuid(), now(), now(), 1, 'network', 'company', 'Fremd GmbH', 'f', 'f', "
        "'none', false, 'active', (SELECT id FROM institution WHERE short_name = 'WF Dortmund'))",
    )
    assert foreign.returncode != 0 and "row-level security" in foreign.stderr


def test_audit_rows_are_written_by_the_database_and_stay_append_only(
    shared: SharedServer,
) -> None:
    dortmund = shared.dortmund.workspace()
    try:
        org_id = dortmund.organisations.create(OrganisationDraft(name="Audit KG", city="Hagen"))
        detail = dortmund.organisations.detail(org_id)
        detail.draft.city = "Herne"
        dortmund.organisations.update(org_id, detail.draft, detail.version)
        history = dortmund.history.history("organisation", org_id)
    finally:
        dortmund.close()
    assert [h.action for h in history] == ["update", "create"]
    assert history[0].who == "Anna Schmidt"
    assert [(c.field, c.old, c.new) for c in history[0].changes] == [("city", "Hagen", "Herne")]
    # Exactly one entry per change: the services do not write a second one.
    rows = shared.psql(
        shared.dortmund,
        f"SELECT action, staff_id = indie_current_staff() FROM audit_entry "
        f"WHERE target_id = '{org_id}' ORDER BY at",
    )
    assert rows.stdout.split() == ["create|t", "update|t"]
    for sql in ("DELETE FROM audit_entry", "UPDATE audit_entry SET summary = 'x'"):
        assert "permission denied" in shared.psql(shared.dortmund, sql).stderr


# The rule a create entry follows ("every field that says something, as [null, value]"),
# written the plain way: the row taken apart with to_jsonb. The trigger builds it faster.
_CREATED_FIELDS = (
    "(SELECT coalesce(jsonb_object_agg(key, jsonb_build_array(NULL::jsonb, value)), '{}') "
    "FROM jsonb_each(jsonb_strip_nulls(to_jsonb(t)) - ARRAY['version', 'updated_at', "
    "'created_at', 'search_key', 'sort_name', 'match_key']) WHERE value <> '\"\"'::jsonb)"
)


def test_the_history_of_a_new_record_lists_every_field_it_was_created_with(
    shared: SharedServer,
) -> None:
    dortmund = shared.dortmund.workspace()
    try:
        org_id = dortmund.organisations.create(
            OrganisationDraft(name='Anlage O\'Brien "Süd" GmbH', city="Hagen", phone="")
        )
        private_id = _private_org(shared)
        person_id = dortmund.people.create(
            PersonDraft(
                first_name="Jürgen",
                last_name="Müller",
                email="j.mueller@example.org",
                affiliations=[AffiliationDraft(organisation_id=org_id, role="Leitung")],
            )
        )
        history = dortmund.history.history("organisation", org_id)
        person_history = dortmund.history.history("person", person_id)
    finally:
        dortmund.close()
    assert [h.action for h in history] == ["create"]
    assert [(c.field, c.old, c.new) for c in history[0].changes] == [
        ("chamber", None, "none"),
        ("city", None, "Hagen"),
        ("handwerksrolle", None, False),
        ("kind", None, "company"),
        ("name", None, 'Anlage O\'Brien "Süd" GmbH'),
        ("owner_institution_id", None, history[0].changes[5].new),
        ("status", None, "active"),
        ("visibility", None, "network"),
    ]
    assert ("email", None, "j.mueller@example.org") in [
        (c.field, c.old, c.new) for c in person_history[0].changes
    ]
    # Several rows in one statement through psql, of a table without a name (contact
    # details): each entry as the rule says, bookkeeping columns and empty fields left out.
    added = shared.psql(
        shared.hagen,
        "INSERT INTO contact_point (id, created_at, updated_at, version, visibility, "
        "organisation_id, kind, label, value, street, position) VALUES "
        f"(gen_random_uuid(), now(), now(), 1, 'network', '{org_id}', 'phone', 'work', "
        "'0231 1', '', 0), "
        f"(gen_random_uuid(), now(), now(), 1, 'network', '{org_id}', 'email', 'work', "
        "'a@b.de', NULL, 1)",
    )
    assert added.returncode == 0, added.stderr
    with psycopg.connect(shared.admin_url) as conn:
        for table in ("organisation", "person", "affiliation", "contact_point"):
            rows = conn.execute(
                f"SELECT a.changes::jsonb = {_CREATED_FIELDS}, a.summary IS NOT DISTINCT FROM "
                f"{'t.name' if table == 'organisation' else 'NULL'}, a.private_to "
                f"IS NOT DISTINCT FROM CASE WHEN t.visibility = 'institution' THEN "
                f"t.owner_institution_id END FROM audit_entry a JOIN {table} t ON t.id = "
                f"a.target_id WHERE a.action = 'create' AND a.target_type = '{table}'"
            ).fetchall()
            assert rows and all(row == (True, True, True) for row in rows), (table, rows)
        private = conn.execute(
            "SELECT private_to IS NOT NULL FROM audit_entry WHERE target_id = %s", (private_id,)
        ).fetchall()
        assert private == [(True,)]


def test_private_audit_entries_stay_with_their_institution(shared: SharedServer) -> None:
    org_id = _private_org(shared)
    count = f"SELECT count(*) FROM audit_entry WHERE target_id = '{org_id}'"
    assert shared.psql(shared.dortmund, count).stdout.strip() == "1"
    assert shared.psql(shared.hagen, count).stdout.strip() == "0"


def test_no_application_role_bypasses_security_or_owns_tables(shared: SharedServer) -> None:
    roles = [shared.staff_role, shared.dortmund.login, shared.hagen.login]
    with psycopg.connect(shared.dortmund.url, password=shared.dortmund.password) as conn:
        flags = conn.execute(
            "SELECT rolname, rolbypassrls, rolsuper, rolcreaterole, rolcreatedb FROM pg_roles "
            "WHERE rolname = ANY(%s)",
            (roles,),
        ).fetchall()
        owned = conn.execute(
            "SELECT c.relname FROM pg_class c JOIN pg_roles r ON r.oid = c.relowner "
            "WHERE r.rolname = ANY(%s)",
            (roles,),
        ).fetchall()
        forced = conn.execute(
            "SELECT relname FROM pg_class WHERE relkind = 'r' AND relnamespace = "
            "'public'::regnamespace AND NOT (relrowsecurity AND relforcerowsecurity) "
            "AND relname NOT IN ('alembic_version', 'app_setting')"
        ).fetchall()
    assert sorted(f[0] for f in flags) == sorted(roles)
    assert all(not any(f[1:]) for f in flags)
    assert owned == []
    assert forced == []


def test_init_shared_runs_again_safely(shared: SharedServer) -> None:
    db = open_url(shared.admin_url)
    try:
        again = shared_admin.init_shared(db)
    finally:
        db.dispose()
    assert again.staff_role == shared.staff_role
    assert "pg_trgm" in again.extensions
    # Staff still log in and see their data afterwards.
    assert shared.psql(shared.dortmund, "SELECT 1").stdout.strip() == "1"


def test_disabled_staff_cannot_log_in_and_keep_their_history(shared: SharedServer) -> None:
    _private_org(shared)
    db = open_url(shared.admin_url)
    try:
        shared_admin.disable_staff(db, shared.dortmund.login)
        names = {i.short_name: i.staff for i in shared_admin.list_institutions(db)}
    finally:
        db.dispose()
    assert names["WF Dortmund"] == 0
    refused = shared.psql(shared.dortmund, "SELECT 1")
    assert refused.returncode != 0 and "not permitted to log in" in refused.stderr
    url = make_url(shared.admin_url)
    with psycopg.connect(
        url.set(drivername="postgresql").render_as_string(hide_password=False)
    ) as conn:
        kept = conn.execute("SELECT count(*) FROM audit_entry WHERE staff_id IS NOT NULL")
        assert kept.fetchone() == (1,)


def test_two_staff_editing_one_record_merge_different_fields_and_conflict_on_the_same(
    shared: SharedServer,
) -> None:
    dortmund = shared.dortmund.workspace()
    hagen = shared.hagen.workspace()
    try:
        org_id = dortmund.organisations.create(OrganisationDraft(name="Guss AG", city="Hagen"))
        anna = dortmund.organisations.detail(org_id)
        anna_base = dortmund.organisations.detail(org_id).draft
        bernd = hagen.organisations.detail(org_id)
        bernd.draft.city = "Herne"
        bernd.draft.notes = "Besuch vereinbart"
        hagen.organisations.update(org_id, bernd.draft, bernd.version)
        anna.draft.competences = "Sandguss"
        dortmund.organisations.update(org_id, anna.draft, anna.version, base_draft=anna_base)
        stored = dortmund.organisations.detail(org_id)
        assert (stored.draft.city, stored.draft.notes, stored.draft.competences) == (
            "Herne",
            "Besuch vereinbart",
            "Sandguss",
        )
        stored.draft.city = "Witten"
        bernd = hagen.organisations.detail(org_id)
        bernd_base = hagen.organisations.detail(org_id).draft
        dortmund.organisations.update(org_id, stored.draft, stored.version)
        bernd.draft.city = "Bochum"
        with pytest.raises(MergeConflict) as caught:
            hagen.organisations.update(org_id, bernd.draft, bernd.version, base_draft=bernd_base)
        assert [(c.field, c.mine, c.theirs) for c in caught.value.conflicts] == [
            ("city", "Bochum", "Witten")
        ]
    finally:
        dortmund.close()
        hagen.close()


def test_an_import_batch_lists_only_records_of_the_importers_institution(
    shared: SharedServer,
) -> None:
    org, person = str(uuid.uuid4()), str(uuid.uuid4())
    own = (
        "INSERT INTO organisation (id, created_at, updated_at, version, visibility, kind, name, "
        f"sort_name, search_key, chamber, handwerksrolle, status) VALUES ('{org}', now(), now(), "
        "1, 'network', 'company', 'Eigen GmbH', 'e', 'e', 'none', false, 'active'); "
        "INSERT INTO person (id, created_at, updated_at, version, visibility, salutation, "
        f"first_name, last_name, sort_name, search_key) VALUES ('{person}', now(), now(), 1, "
        "'network', 'none', 'Eva', 'Eigen', 'eigen eva', 'eigen eva'); "
    )

    def event(created: list[tuple[str, object]]) -> str:
        batch = str(uuid.uuid4())
        listed = ", ".join(f'["{kind}", "{record}"]' for kind, record in created)
        return (
            f"SELECT indie_audit_event('{batch}', 'import', 'import_batch', '{batch}', "
            f"'{{\"created\": [{listed}], \"updated\": []}}', 'x')"
        )

    accepted = shared.psql(shared.hagen, own + event([("organisation", org), ("person", person)]))
    assert accepted.returncode == 0, accepted.stderr
    refused = shared.psql(
        shared.hagen, event([("person", person), ("organisation", _private_org(shared))])
    )
    assert "an import lists records it did not create" in refused.stderr
