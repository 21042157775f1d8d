"""Attacks on the office server through psql, as a staff member of another institution.

The server is set up as the README says (`admin init-shared`, `admin add-staff`). WF Dortmund
keeps private records (an organisation, a visit naming a network firm, its contact and the
staff member who went) and network records; Bernd Yılmaz of SIHK Hagen tries, in psql (a
client the project did not write), to read, change or wipe them: directly, after `SET ROLE` to
every role his login is a member of, after setting whatever a policy might read, through every
function of the schema, by creating objects, and by writing the audit trail. Each attempt is a
test of its own; each must fail or change nothing (the whole database is compared, as the
administrator sees it, before and after).
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from dataclasses import dataclass

import psycopg
import pytest
from sqlalchemy.engine import make_url

from indie_desktop.domain.enums import ContactKind, ContactLabel, Visibility
from indie_desktop.services.contacts.contact_points import ContactPointDraft
from indie_desktop.services.contacts.people import PersonDraft
from indie_desktop.services.directory.organisations import OrganisationDraft
from indie_desktop.services.work.activities import VisitDraft
from indie_desktop.services.work.visit_parts import PersonMet
from tests.integration.shared_fixtures import SharedServer, shared, shared_server
from tests.pg_databases import drop_database

pytestmark = pytest.mark.postgres
__all__ = ["shared"]


@dataclass
class Scene:
    server: SharedServer
    private_org: uuid.UUID
    network_org: uuid.UUID
    person: uuid.UUID
    visit: uuid.UUID
    dortmund_inst: uuid.UUID
    hagen_inst: uuid.UUID
    replica: uuid.UUID

    def admin(self) -> psycopg.Connection[tuple[object, ...]]:
        url = make_url(self.server.admin_url).set(drivername="postgresql")
        return psycopg.connect(url.render_as_string(hide_password=False), autocommit=True)

    def fingerprint(self) -> dict[str, str]:
        """Every table's content as the administrator sees it (all rows)."""
        with self.admin() as conn:
            tables = [
                str(r[0])
                for r in conn.execute(
                    "SELECT relname FROM pg_class WHERE relkind = 'r' "
                    "AND relnamespace = 'public'::regnamespace ORDER BY relname"
                )
            ]
            out = {}
            for t in tables:
                row = conn.execute(
                    "SELECT count(*), md5(coalesce(string_agg(t::text, ',' ORDER BY t::text), "
                    f"'')) FROM \"{t}\" t"
                ).fetchone()
                assert row is not None
                out[t] = f"{row[0]}:{row[1]}"
            objects = conn.execute(
                "SELECT count(*) FROM pg_class WHERE relnamespace = 'public'::regnamespace"
            ).fetchone()
            functions = conn.execute(
                "SELECT string_agg(p.oid::regprocedure::text || md5(p.prosrc) || "
                "coalesce(p.proacl::text, ''), ',' ORDER BY p.oid) FROM pg_proc p "
                "WHERE p.pronamespace = 'public'::regnamespace"
            ).fetchone()
            policies = conn.execute(
                "SELECT count(*), string_agg(polname || polrelid::regclass::text, ',' "
                "ORDER BY polname, polrelid) FROM pg_policy"
            ).fetchone()
        out["<objects>"] = str(objects)
        out["<functions>"] = str(functions)
        out["<policies>"] = str(policies)
        return out


def _module_database() -> Iterator[str]:
    base = os.environ.get("INDIE_TEST_PG_URL")
    if not base:
        if os.environ.get("INDIE_REQUIRE_PG") == "1":
            pytest.fail("INDIE_TEST_PG_URL is not set but PostgreSQL tests are required here")
        pytest.skip("set INDIE_TEST_PG_URL to run PostgreSQL tests")
    conninfo = make_url(base).set(drivername="postgresql").render_as_string(hide_password=False)
    name = f"indie_it_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(conninfo, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    try:
        yield make_url(base).set(database=name).render_as_string(hide_password=False)
    finally:
        drop_database(conninfo, name)


@pytest.fixture(scope="module")
def scene() -> Iterator[Scene]:
    """One server for all attempts (each must leave it as it was; the next one checks)."""
    for pg_url in _module_database():
        with shared_server(pg_url) as server:
            ws = server.dortmund.workspace()
            try:
                private_org = ws.organisations.create(
                    OrganisationDraft(
                        name="Geheim Schmiede GmbH",
                        city="Dortmund",
                        visibility=Visibility.INSTITUTION,
                        contact_points=[
                            ContactPointDraft(ContactKind.FAX, ContactLabel.WORK, "0231 4711000"),
                            ContactPointDraft(
                                ContactKind.EMAIL, ContactLabel.OTHER, "geheim@schmiede.de"
                            ),
                        ],
                    )
                )
                network_org = ws.organisations.create(
                    OrganisationDraft(name="Netz Anna GmbH", city="Dortmund")
                )
                person = ws.people.create(PersonDraft(first_name="Anna", last_name="Schmidt"))
                visit = ws.activities.record_visit(
                    VisitDraft(
                        date="07.12.2026",
                        time="01:06",
                        subject="Vertraulicher Besuch",
                        organisation_ids=[network_org],
                        people=[PersonMet(person_id=person)],
                        staff_ids=[ws.actor.staff_id] if ws.actor.staff_id else [],
                        visibility=Visibility.INSTITUTION,
                    )
                )
                dortmund_inst = ws.actor.institution_id
            finally:
                ws.close()
            hagen = server.hagen.workspace()
            hagen_inst = hagen.actor.institution_id
            hagen.close()
            assert dortmund_inst and hagen_inst
            replica = uuid.uuid4()
            done = server.psql(
                server.dortmund,
                f"SELECT indie_sync_seen('{replica}', pg_current_snapshot()::text)",
            )
            assert done.returncode == 0, done.stderr
            yield Scene(
                server,
                private_org,
                network_org,
                person,
                visit,
                dortmund_inst,
                hagen_inst,
                replica,
            )


def _roles(scene: Scene) -> list[str]:
    """Every role Bernd's login is a member of (besides itself)."""
    seen = scene.server.psql(
        scene.server.hagen,
        "SELECT rolname FROM pg_roles WHERE pg_has_role(session_user, oid, 'MEMBER') "
        "AND rolname <> session_user ORDER BY rolname",
    )
    assert seen.returncode == 0, seen.stderr
    roles = seen.stdout.split()
    assert scene.server.staff_role in roles
    return roles


def _attempt(scene: Scene, sql: str, stdin: str | None = None) -> str:
    """Run an attack as Bernd; the database must be as it was. Returns psql's stdout."""
    before = scene.fingerprint()
    done = scene.server.psql(scene.server.hagen, sql, stdin)
    after = scene.fingerprint()
    changed = sorted(k for k in before if before[k] != after.get(k))
    assert changed == [], f"{sql!r} changed {changed}: {done.stdout} {done.stderr}"
    return done.stdout


def _fill(scene: Scene, sql: str) -> str:
    return sql.format(
        priv=scene.private_org,
        net=scene.network_org,
        visit=scene.visit,
        person=scene.person,
        dortmund=scene.dortmund_inst,
        hagen=scene.hagen_inst,
        replica=scene.replica,
    )


# --- reading ------------------------------------------------------------------------------

READS = {
    "select_private_organisation": "SELECT count(*) FROM organisation WHERE id = '{priv}'",
    "select_all_private_rows": "SELECT count(*) FROM organisation WHERE visibility = 'institution'",
    "select_private_visit": "SELECT count(*) FROM activity WHERE id = '{visit}'",
    "select_visit_organisation_links": "SELECT count(*) FROM activity_organisation",
    "select_visit_person_links": "SELECT count(*) FROM activity_person",
    "select_visit_staff_links": "SELECT count(*) FROM activity_staff",
    "select_private_contact_points": "SELECT count(*) FROM contact_point "
    "WHERE organisation_id = '{priv}' OR value LIKE 'geheim%'",
    "select_private_audit_entries": "SELECT count(*) FROM audit_entry WHERE target_id = '{priv}' "
    "OR target_id = '{visit}' OR target_type LIKE 'activity_%'",
    "select_private_ids_in_sync_feed": "SELECT count(*) FROM sync_feed WHERE row_id IN "
    "('{priv}', '{visit}') OR tbl LIKE 'activity%'",
    "select_other_laptops": "SELECT count(*) FROM sync_replica",
    "select_other_receipts": "SELECT count(*) FROM sync_receipt",
    "select_without_row_security": "SET row_security = off; SELECT count(*) FROM organisation "
    "WHERE id = '{priv}'",
    "select_after_set_config_institution": "SELECT set_config('app.institution', '{dortmund}', "
    "false); SET indie.institution = '{dortmund}'; SELECT count(*) FROM organisation "
    "WHERE id = '{priv}'",
    "select_with_shadowing_search_path": "SET search_path = pg_temp, public; "
    "SELECT count(*) FROM organisation WHERE id = '{priv}'",
    "copy_private_rows_out": "COPY (SELECT id FROM organisation WHERE id = '{priv}') TO STDOUT",
}


@pytest.mark.parametrize("name", sorted(READS))
def test_staff_of_another_institution_reads_nothing_private(scene: Scene, name: str) -> None:
    for prefix in ["", *(f"SET ROLE {r}; " for r in _roles(scene))]:
        out = _attempt(scene, prefix + _fill(scene, READS[name]))
        lines = out.strip().splitlines()
        assert not lines or lines[-1] == "0", (prefix, out)
        assert str(scene.private_org) not in out


def test_copy_of_a_whole_table_shows_no_private_row(scene: Scene) -> None:
    out = scene.server.psql(scene.server.hagen, "COPY organisation TO STDOUT")
    assert "Geheim" not in out.stdout
    assert "Netz Anna GmbH" in out.stdout or out.returncode != 0


# --- writing ------------------------------------------------------------------------------

WRITES = {
    "update_private_row": "UPDATE organisation SET name = 'übernommen' WHERE id = '{priv}'",
    "update_all_private_rows": "UPDATE organisation SET name = 'übernommen' "
    "WHERE visibility = 'institution'",
    "update_every_visit": "UPDATE activity SET subject = 'übernommen'",
    "delete_private_row": "DELETE FROM organisation WHERE id = '{priv}'",
    "hard_delete_network_row_of_another_institution": "DELETE FROM organisation WHERE id = '{net}'",
    "soft_delete_network_row_of_another_institution": "UPDATE organisation "
    "SET deleted_at = now() WHERE id = '{net}'",
    "make_network_row_private": "UPDATE organisation SET visibility = 'institution' "
    "WHERE id = '{net}'",
    "move_network_row_to_own_institution": "UPDATE organisation SET owner_institution_id = "
    "'{hagen}' WHERE id = '{net}'",
    "move_and_hide_network_row": "UPDATE organisation SET owner_institution_id = '{hagen}', "
    "visibility = 'institution' WHERE id = '{net}'",
    "unlink_visit_organisations": "DELETE FROM activity_organisation",
    "change_private_contact_points": "UPDATE contact_point SET value = 'übernommen' "
    "WHERE organisation_id = '{priv}'",
    "delete_private_contact_points": "DELETE FROM contact_point WHERE organisation_id = '{priv}'",
    "add_contact_point_to_private_row": "INSERT INTO contact_point (id, created_at, updated_at, "
    "version, visibility, organisation_id, kind, label, value, position) VALUES "
    "(gen_random_uuid(), now(), now(), 1, 'network', '{priv}', 'email', 'work', 'x@y.de', 0)",
    "move_private_contact_point_to_own_row": "UPDATE contact_point SET organisation_id = NULL, "
    "person_id = '{person}' WHERE organisation_id = '{priv}'",
    "make_private_visit_public": "UPDATE activity SET visibility = 'network' WHERE id = '{visit}'",
    "insert_row_for_another_institution": "INSERT INTO organisation (id, created_at, "
    "updated_at, version, visibility, kind, name, sort_name, search_key, chamber, "
    "handwerksrolle, status, owner_institution_id) VALUES (gen_random_uuid(), now(), now(), 1, "
    "'network', 'company', 'Fremd GmbH', 'f', 'f', 'none', false, 'active', '{dortmund}')",
    "link_own_row_to_private_visit": "INSERT INTO activity_organisation (id, created_at, "
    "updated_at, version, visibility, activity_id, organisation_id) VALUES (gen_random_uuid(), "
    "now(), now(), 1, 'network', '{visit}', '{net}')",
    "change_staff_directory": "UPDATE staff SET institution_id = '{dortmund}'",
    "deactivate_colleagues": "UPDATE staff SET active = false",
    "change_institution_record": "UPDATE institution SET name = 'x'",
    "change_settings": "UPDATE app_setting SET value = 'x'",
    "write_a_setting_other_than_an_import_mapping": "INSERT INTO app_setting (key, value) "
    "VALUES ('privacy.retention_years', '0')",
    "rename_a_mapping_into_another_setting": "INSERT INTO app_setting (key, value) VALUES "
    "('import.mapping.x', '{{}}'); UPDATE app_setting SET key = 'shared_staff_role' "
    "WHERE key = 'import.mapping.x'",
    "truncate_organisation": "TRUNCATE organisation CASCADE",
    "truncate_audit_trail": "TRUNCATE audit_entry",
    "truncate_sync_feed": "TRUNCATE sync_feed",
    "truncate_staff": "TRUNCATE staff CASCADE",
    "delete_sync_feed": "DELETE FROM sync_feed",
    "delete_other_laptops": "DELETE FROM sync_replica",
    "forge_upload_receipt_for_another": "INSERT INTO sync_receipt (op_id, staff_id, result) "
    "SELECT gen_random_uuid(), id, 'x' FROM staff WHERE institution_id = '{dortmund}'",
    "write_sync_horizon": "INSERT INTO sync_horizon (id, txid) VALUES (1, '999999')",
    "insert_audit_entry": "INSERT INTO audit_entry (id, at, action, target_type, target_id) "
    "VALUES (gen_random_uuid(), now(), 'update', 'organisation', '{net}')",
    "insert_audit_entry_in_own_name": "INSERT INTO audit_entry (id, at, staff_id, action, "
    "target_type, target_id) VALUES (gen_random_uuid(), now(), indie_current_staff(), "
    "'update', 'organisation', '{net}')",
    "update_audit_entries": "UPDATE audit_entry SET summary = 'x', staff_id = NULL",
    "delete_audit_entries": "DELETE FROM audit_entry",
    "alter_schema_version": "UPDATE alembic_version SET version_num = 'x'",
}


@pytest.mark.parametrize("name", sorted(WRITES))
def test_staff_of_another_institution_changes_nothing(scene: Scene, name: str) -> None:
    for prefix in ["", *(f"SET ROLE {r}; " for r in _roles(scene))]:
        _attempt(scene, prefix + _fill(scene, WRITES[name]))


@pytest.mark.parametrize("name", sorted(WRITES))
def test_settings_a_policy_might_read_change_nothing(scene: Scene, name: str) -> None:
    settings = _fill(
        scene,
        "SELECT set_config('app.institution', '{dortmund}', false); "
        "SELECT set_config('indie.institution', '{dortmund}', false); "
        "SELECT set_config('app.staff', '{dortmund}', false); "
        "SET search_path = pg_temp, public; SET application_name = 'indie-desktop'; ",
    )
    _attempt(scene, settings + _fill(scene, WRITES[name]))


def test_copy_into_a_table_is_refused(scene: Scene) -> None:
    row = _fill(
        scene,
        "{net}\t2026-12-07\t2026-12-07\t1\tnetwork\tcompany\tKopie GmbH\tk\tk\tnone\tf\tactive\n",
    )
    _attempt(
        scene,
        "COPY organisation (id, created_at, updated_at, version, visibility, kind, name, "
        "sort_name, search_key, chamber, handwerksrolle, status) FROM STDIN",
        stdin=row + "\\.\n",
    )
    _attempt(
        scene,
        "COPY audit_entry (id, at, action, target_type, target_id) FROM STDIN",
        stdin=_fill(scene, "{visit}\t2026-12-07\tupdate\torganisation\t{net}\n\\.\n"),
    )


def test_set_role_or_session_authorization_to_another_login_is_refused(scene: Scene) -> None:
    for sql in (
        f"SET ROLE {scene.server.dortmund.login}",
        f"SET SESSION AUTHORIZATION {scene.server.dortmund.login}",
        "SET ROLE postgres",
    ):
        done = scene.server.psql(scene.server.hagen, sql + "; SELECT 1")
        assert done.returncode != 0, sql


# --- creating objects ---------------------------------------------------------------------

CREATES = {
    "create_table": "CREATE TABLE public.evil (a int)",
    "create_temp_table": "CREATE TEMP TABLE organisation (id uuid)",
    "create_schema": "CREATE SCHEMA evil",
    "replace_institution_function": "CREATE OR REPLACE FUNCTION public."
    "indie_current_institution() RETURNS uuid LANGUAGE sql AS $$ SELECT '{dortmund}'::uuid $$",
    "create_shadowing_function": "CREATE FUNCTION public.indie_current_institution(x int) "
    "RETURNS uuid LANGUAGE sql AS $$ SELECT '{dortmund}'::uuid $$",
    "create_policy": "CREATE POLICY evil ON organisation FOR ALL USING (true)",
    "drop_policy": "DROP POLICY indie_read ON organisation",
    "disable_row_security": "ALTER TABLE organisation DISABLE ROW LEVEL SECURITY",
    "no_force_row_security": "ALTER TABLE organisation NO FORCE ROW LEVEL SECURITY",
    "create_trigger": "CREATE TRIGGER evil BEFORE UPDATE ON organisation FOR EACH ROW "
    "EXECUTE FUNCTION indie_guard_row()",
    "drop_trigger": "DROP TRIGGER indie_guard_update ON organisation",
    "create_view": "CREATE VIEW public.evil AS SELECT * FROM organisation",
    "grant_to_public": "GRANT SELECT ON organisation TO PUBLIC",
    "create_role": "CREATE ROLE evil LOGIN",
    "grant_membership": "GRANT {staff} TO PUBLIC",
}


@pytest.mark.parametrize("name", sorted(CREATES))
def test_staff_cannot_create_or_change_objects(scene: Scene, name: str) -> None:
    sql = _fill(scene, CREATES[name].replace("{staff}", scene.server.staff_role))
    for prefix in ["", *(f"SET ROLE {r}; " for r in _roles(scene))]:
        done = scene.server.psql(scene.server.hagen, prefix + sql)
        refused = done.returncode != 0 or "no privileges were granted" in done.stderr
        assert refused, (prefix + sql, done.stdout)
        _attempt(scene, prefix + sql)


# --- functions ----------------------------------------------------------------------------

# Crafted calls per function of the schema (those of extensions aside). A function added to
# the schema without attacks here fails test_every_function_of_the_schema_is_attacked.
CALLS: dict[str, list[str]] = {
    "indie_current_staff": ["SELECT indie_current_staff()"],
    "indie_current_institution": ["SELECT indie_current_institution()"],
    "indie_is_administrator": ["SELECT indie_is_administrator()"],
    "indie_guard_row": ["SELECT indie_guard_row()"],
    "indie_audit_row": ["SELECT indie_audit_row()"],
    "indie_feed_rows": ["SELECT indie_feed_rows()"],
    "indie_inherit_visibility": ["SELECT indie_inherit_visibility()"],
    "indie_pass_visibility": ["SELECT indie_pass_visibility()"],
    "indie_audit_event": [
        "SELECT indie_audit_event(NULL, 'create', 'organisation', '{priv}', NULL, 'x')",
        "SELECT indie_audit_event(NULL, 'access_export', 'person', NULL, NULL, 'x')",
        "SELECT indie_audit_event(NULL, 'erasure', 'erasure', '{priv}', NULL, 'x')",
        "SELECT indie_audit_event(NULL, NULL, 'organisation', '{priv}', NULL, 'x')",
        "SELECT indie_audit_event((SELECT id FROM audit_entry LIMIT 1), 'merge', "
        "'organisation', '{net}', NULL, 'x')",
    ],
    "indie_sync_prune": [
        "SELECT indie_sync_prune(0, '0 seconds', '0 seconds')",
        "SELECT indie_sync_prune(keep_days => 0, margin => '0', every => '0')",
        "SELECT indie_sync_prune(-1, '-1 day', '-1 day')",
    ],
    "indie_sync_seen": [
        "SELECT indie_sync_seen('{replica}', '1:1:')",
        "SELECT indie_sync_seen('{replica}', pg_current_snapshot()::text)",
        "SELECT indie_sync_seen(NULL, '1:1:')",
    ],
    "indie_time_uuid": ["SELECT indie_time_uuid()"],
    "indie_sync_horizon": ["SELECT indie_sync_horizon()"],
    "indie_sync_check": ["SELECT indie_sync_check(NULL)", "SELECT indie_sync_check('x')"],
    "indie_fold": ["SELECT indie_fold(NULL)", "SELECT indie_fold(repeat('Ä', 1000))"],
}


def test_every_function_of_the_schema_is_attacked(scene: Scene) -> None:
    with scene.admin() as conn:
        names = {
            str(r[0])
            for r in conn.execute(
                "SELECT p.proname FROM pg_proc p WHERE p.pronamespace = 'public'::regnamespace "
                "AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = "
                "'pg_proc'::regclass AND d.objid = p.oid AND d.deptype = 'e')"
            )
        }
    assert names == set(CALLS)


@pytest.mark.parametrize("function", sorted(CALLS))
def test_calling_a_function_with_crafted_arguments_changes_nothing(
    scene: Scene, function: str
) -> None:
    for call in CALLS[function]:
        for prefix in ["", *(f"SET ROLE {r}; " for r in _roles(scene))]:
            _attempt(scene, prefix + _fill(scene, call))


def test_staff_cannot_wipe_the_sync_feed_through_prune(scene: Scene) -> None:
    refused = scene.server.psql(
        scene.server.hagen, "SELECT indie_sync_prune(0, '0 seconds', '0 seconds')"
    )
    assert refused.returncode != 0 and "permission denied" in refused.stderr


def test_the_login_is_the_institution_whatever_role_is_set(scene: Scene) -> None:
    for prefix in ["", *(f"SET ROLE {r}; " for r in _roles(scene))]:
        out = scene.server.psql(scene.server.hagen, prefix + "SELECT indie_current_institution()")
        assert out.stdout.strip() == str(scene.hagen_inst), (prefix, out.stderr)


def test_a_private_organisations_contact_details_are_its_institutions_alone(
    scene: Scene,
) -> None:
    """The rows the attempts above cannot read exist: WF Dortmund sees them, as private."""
    sql = _fill(
        scene,
        "SELECT count(*) FROM contact_point WHERE organisation_id = '{priv}' "
        "AND visibility = 'institution' AND owner_institution_id = '{dortmund}'",
    )
    seen = scene.server.psql(scene.server.dortmund, sql)
    assert seen.returncode == 0, seen.stderr
    assert seen.stdout.strip().splitlines()[-1] == "2"
    hidden = scene.server.psql(scene.server.hagen, sql)
    assert hidden.stdout.strip().splitlines()[-1] == "0"


# --- the app's own audit events (indie_audit_event) ---------------------------------------
# Decided (README, "Security model"): staff add import, merge, access-export and undo events
# through this one function; the author is the login and the time the server's; only those
# events, each about its own kind of record; every record an event names must be readable by
# the caller; an undo mark only once the undo happened; existing entries are never changed.

BATCH = "0190a000-0000-7000-8000-00000000b001"
HAGEN_ORG = "0190a000-0000-7000-8000-00000000c001"
_OWN_ORG = (
    "INSERT INTO organisation (id, created_at, updated_at, version, visibility, kind, name, "
    "sort_name, search_key, chamber, handwerksrolle, status) VALUES ('" + HAGEN_ORG + "', now(), "
    "now(), 1, 'network', 'company', 'Eigen GmbH', 'e', 'e', 'none', false, 'active'); "
)
_OWN_IMPORT = (
    _OWN_ORG + f"SELECT indie_audit_event('{BATCH}', 'import', 'import_batch', '{BATCH}', "
    f'\'{{{{"created": [["organisation", "{HAGEN_ORG}"]]}}}}\', \'x\'); '
)

AUDIT_EVENTS = {
    "event_about_another_institutions_private_record": "SELECT indie_audit_event(NULL, "
    "'merge', 'organisation', '{priv}', '{{\"loser\": [\"{net}\"]}}', 'x')",
    "event_of_an_action_not_on_the_list": "SELECT indie_audit_event(NULL, 'delete', "
    "'organisation', '{net}', NULL, 'x')",
    "event_about_the_wrong_kind_of_record": "SELECT indie_audit_event(NULL, 'access_export', "
    "'organisation', '{priv}', NULL, 'x')",
    "event_overwriting_an_existing_entry": "SELECT indie_audit_event((SELECT id FROM "
    "audit_entry WHERE action = 'create' LIMIT 1), 'access_export', 'person', '{person}', "
    "NULL, 'x')",
    "import_batch_claiming_another_institutions_records": "SELECT indie_audit_event("
    f"'{BATCH}', 'import', 'import_batch', '{BATCH}', "
    '\'{{"created": [["organisation", "{net}"]]}}\', \'x\')',
    "import_batch_naming_a_private_record_as_filled_in": "SELECT indie_audit_event("
    f"'{BATCH}', 'import', 'import_batch', '{BATCH}', "
    '\'{{"created": [], "updated": [["organisation", "{priv}", {{}}]]}}\', \'x\')',
    "import_batch_naming_another_id_as_itself": "SELECT indie_audit_event(NULL, 'import', "
    "'import_batch', '{visit}', NULL, 'x')",
    "undo_mark_for_an_import_that_is_not_undone": _OWN_IMPORT + "SELECT indie_audit_event("
    f"NULL, 'undo-import', 'import_batch', '{BATCH}', NULL, '{BATCH}')",
    "undo_mark_for_an_import_that_never_was": "SELECT indie_audit_event(NULL, 'undo-import', "
    "'import_batch', '{visit}', NULL, '{visit}')",
    "undo_mark_for_a_merge_that_never_was": "SELECT indie_audit_event(NULL, 'undo-merge', "
    "'organisation', '{net}', NULL, '{visit}')",
    "merge_mark_whose_merged_record_is_still_there": "SELECT indie_audit_event(NULL, 'merge', "
    "'organisation', '{net}', '{{\"loser\": [\"{net}\"]}}', 'x')",
    "erasure_mark_by_staff": "SELECT indie_audit_event(NULL, 'erasure', 'erasure', "
    "gen_random_uuid(), NULL, 'Art. 17')",
}


@pytest.mark.parametrize("name", sorted(AUDIT_EVENTS))
def test_staff_cannot_write_a_false_audit_event(scene: Scene, name: str) -> None:
    sql = _fill(scene, AUDIT_EVENTS[name])
    done = scene.server.psql(scene.server.hagen, sql)
    assert done.returncode != 0, (name, done.stdout)
    for prefix in ["", *(f"SET ROLE {r}; " for r in _roles(scene))]:
        _attempt(scene, prefix + sql)


def test_an_undo_mark_needs_the_undo_itself(scene: Scene) -> None:
    """The import is the caller's own and readable: only the missing undo refuses the mark."""
    done = scene.server.psql(
        scene.server.hagen,
        _fill(scene, _OWN_IMPORT)
        + f"SELECT indie_audit_event(NULL, 'undo-import', 'import_batch', '{BATCH}', NULL, "
        f"'{BATCH}')",
    )
    assert "the import is not undone" in done.stderr
    undone = scene.server.psql(
        scene.server.hagen,
        "BEGIN; "
        + _fill(scene, _OWN_IMPORT)
        + f"UPDATE organisation SET deleted_at = now() WHERE id = '{HAGEN_ORG}'; "
        f"SELECT indie_audit_event(NULL, 'undo-import', 'import_batch', '{BATCH}', NULL, "
        f"'{BATCH}'); SELECT count(*) FROM audit_entry WHERE action = 'undo-import'; ROLLBACK",
    )
    assert undone.returncode == 0, undone.stderr


def test_an_audit_event_written_by_staff_names_the_login_and_the_servers_time(
    scene: Scene,
) -> None:
    done = scene.server.psql(
        scene.server.hagen,
        "BEGIN; SELECT indie_audit_event(NULL, 'access_export', 'person', "
        f"'{scene.person}', NULL, 'Art. 15'); SELECT s.db_role, s.institution_id, "
        "a.at > now() - interval '1 minute' FROM audit_entry a JOIN staff s ON s.id = "
        "a.staff_id WHERE a.action = 'access_export'; ROLLBACK",
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == [f"{scene.server.hagen.login}|{scene.hagen_inst}|t"]


# --- made-up laptops (indie_sync_seen) -----------------------------------------------------


def _admin_sql(server: SharedServer, sql: str) -> list[tuple[object, ...]]:
    url = make_url(server.admin_url).set(drivername="postgresql")
    with psycopg.connect(url.render_as_string(hide_password=False), autocommit=True) as conn:
        cur = conn.execute(sql)
        return cur.fetchall() if cur.description else []


def test_a_made_up_laptop_with_an_ancient_cursor_does_not_hold_the_feed_back(
    shared: SharedServer,
) -> None:
    """A laptop reporting that it has read nothing since the server began counts as having read
    as far as a real laptop registered at the same moment (its cursor is the feed's last day,
    which pruning keeps anyway). Compared in one statement: the cluster's own horizon, which
    other work on the server moves, is the same for both."""
    ws = shared.dortmund.workspace()
    try:
        ws.organisations.create(OrganisationDraft(name="Netz Feed GmbH"))
    finally:
        ws.close()
    _admin_sql(shared, "UPDATE sync_feed SET at = now() - interval '3 days'")  # read long ago
    fake, real = str(uuid.uuid4()), str(uuid.uuid4())
    done = shared.psql(
        shared.hagen,
        f"SELECT indie_sync_seen('{real}', pg_current_snapshot()::text), "
        f"indie_sync_seen('{fake}', '1:1:')",  # the fake one second: never the older moment
    )
    assert done.returncode == 0, done.stderr
    cursors = dict(
        _admin_sql(
            shared,
            "SELECT replica_id::text, cursor_xmin::text::numeric FROM sync_replica "
            f"WHERE replica_id IN ('{fake}', '{real}')",
        )
    )
    assert cursors[fake] >= cursors[real] > 1


def test_a_login_registers_at_most_five_laptops_and_only_its_own(shared: SharedServer) -> None:
    mine = [str(uuid.uuid4()) for _ in range(7)]
    for replica in mine:
        done = shared.psql(
            shared.hagen, f"SELECT indie_sync_seen('{replica}', pg_current_snapshot()::text)"
        )
        assert done.returncode == 0, done.stderr
    kept = _admin_sql(
        shared,
        "SELECT r.replica_id::text FROM sync_replica r JOIN staff s ON s.id = r.staff_id "
        f"WHERE s.db_role = '{shared.hagen.login}'",
    )
    assert sorted(str(r[0]) for r in kept) == sorted(mine[2:])  # the two seen longest ago go
    dortmunds = str(uuid.uuid4())
    shared.psql(shared.dortmund, f"SELECT indie_sync_seen('{dortmunds}', '1:1:')")
    taken = shared.psql(
        shared.hagen, f"SELECT indie_sync_seen('{dortmunds}', pg_current_snapshot()::text)"
    )
    assert taken.returncode != 0 and "another login" in taken.stderr
    owner = _admin_sql(
        shared,
        "SELECT s.db_role FROM sync_replica r JOIN staff s ON s.id = r.staff_id "
        f"WHERE r.replica_id = '{dortmunds}'",
    )
    assert owner == [(shared.dortmund.login,)]


def test_a_laptop_not_seen_for_180_days_no_longer_holds_the_feed_back(
    shared: SharedServer,
) -> None:
    laptop = str(uuid.uuid4())
    shared.psql(shared.dortmund, f"SELECT indie_sync_seen('{laptop}', pg_current_snapshot()::text)")
    prune = "SELECT indie_sync_prune(180, interval '1 day', interval '0')"
    _admin_sql(shared, "UPDATE sync_replica SET seen_at = now() - interval '179 days'")
    _admin_sql(shared, prune)
    assert _admin_sql(shared, "SELECT count(*) FROM sync_replica") == [(1,)]  # still counts
    _admin_sql(shared, "UPDATE sync_replica SET seen_at = now() - interval '181 days'")
    _admin_sql(shared, prune)
    assert _admin_sql(shared, "SELECT count(*) FROM sync_replica") == [(0,)]  # forgotten


def test_listening_for_changes_tells_no_ids_of_private_records(scene: Scene) -> None:
    """Any staff login may LISTEN on the change channel (windows refresh by it): the notices
    name the table only, never which record changed."""
    from dataclasses import replace

    u = make_url(scene.server.hagen.url)
    listener = psycopg.connect(
        host="127.0.0.1",
        port=u.port or 5432,
        dbname=str(u.database),
        user=scene.server.hagen.login,
        password=scene.server.hagen.password,
        autocommit=True,
    )
    try:
        listener.execute("LISTEN indie_changes")
        ws = scene.server.dortmund.workspace()
        try:
            detail = ws.organisations.detail(scene.private_org)
            notes = f"Besuch geplant {uuid.uuid4().hex[:6]}"
            ws.organisations.update(
                scene.private_org, replace(detail.draft, notes=notes), detail.version
            )
        finally:
            ws.close()
        heard = [n.payload for n in listener.notifies(timeout=3)]
    finally:
        listener.close()
    assert "organisation" in heard
    assert all(":" not in p and str(scene.private_org) not in p for p in heard), heard
