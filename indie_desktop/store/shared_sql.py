"""The SQL that makes a PostgreSQL database safe to share: roles, row-level security, audit.

Applied by `indie-desktop admin init-shared` as the role that owns the tables; every statement
is idempotent so the command can run again after an update (and so upgrades a server). The
security model, in the database so that psql users meet it as well as the app (README,
"Security model"; tests/integration/test_staff_attacks.py attacks each rule through psql):

- The institution of a connection comes from its login, `session_user` (staff.db_role), which
  SET ROLE cannot change; never from current_user or a setting the client may change. A login
  that is no active staff member has no institution: every policy then shows and allows nothing.
- Records marked `institution` are visible and editable only by staff of the owner institution;
  `network` records are visible to and editable by all staff. Only staff of the owner
  institution may change visibility or owner, or (soft) delete. New rows belong to the user's
  institution.
- Link rows (LINK_PARENTS, EITHER_PARENTS, TARGET_LINKS) take the visibility of the record
  they link, at insert and whenever that record's visibility or owner changes.
- Audit rows are written by the database only (SECURITY DEFINER triggers, indie_audit_event for
  the app's own events) with the login as author; staff have no INSERT/UPDATE/DELETE on them.
- The sync feed names each entry's private owner; staff read only entries of what they may see.
- Our functions are revoked from PUBLIC and the staff role except STAFF_FUNCTIONS; every
  SECURITY DEFINER function has a fixed search_path (pg_temp last) and checks its arguments.
- Every change is announced on the `indie_changes` channel (LISTEN/NOTIFY) so windows refresh:
  the table's name only, once per statement (any staff login may listen).
"""

from __future__ import annotations

from collections.abc import Sequence

CHANGE_CHANNEL = "indie_changes"
STAFF_ROLE_SETTING = "shared_staff_role"

# Staff directory and institutions: readable by all staff, maintained by the administrator.
DIRECTORY_TABLES = ("institution", "staff")

FUNCTIONS = r"""
-- Who is connected: the login (session_user), which SET ROLE cannot change, and only while it
-- belongs to an active staff member. SECURITY DEFINER: the lookup must not depend on the staff
-- table's own policies (which call these functions).
CREATE OR REPLACE FUNCTION public.indie_current_staff() RETURNS uuid
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
    SELECT id FROM public.staff
    WHERE db_role = session_user AND active AND deleted_at IS NULL
$$;

CREATE OR REPLACE FUNCTION public.indie_current_institution() RETURNS uuid
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
    SELECT institution_id FROM public.staff
    WHERE db_role = session_user AND active AND deleted_at IS NULL
$$;

-- Whether the login is the administrator (a member of the role that owns the tables).
CREATE OR REPLACE FUNCTION public.indie_is_administrator() RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
    SELECT pg_has_role(session_user, c.relowner, 'MEMBER')
    FROM pg_class c WHERE c.oid = 'public.audit_entry'::regclass
$$;

-- Before insert/update: stamp the owner, and keep visibility, owner and deletion to the
-- owner institution's staff. The administrator is no staff member (no institution); any other
-- login without an institution may change nothing. Updates made by our own triggers (depth > 1:
-- a record passing its visibility on to its link rows) are derived, not chosen by the user.
-- The login's institution is looked up only where a row needs it: a row that names its owner
-- (an import's) is the insert policy's to check, an update that leaves visibility, owner and
-- deletion alone the update policy's (both allow a login without an institution nothing). The
-- triggers' WHEN clauses leave those rows out; the checks below repeat them for safety.
CREATE OR REPLACE FUNCTION public.indie_guard_row() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    mine uuid;
BEGIN
    IF pg_trigger_depth() > 1 THEN
        RETURN NEW;
    END IF;
    IF TG_OP = 'INSERT' AND NEW.owner_institution_id IS NOT NULL THEN
        RETURN NEW;
    END IF;
    IF TG_OP = 'UPDATE' AND NEW.visibility IS NOT DISTINCT FROM OLD.visibility
       AND NEW.owner_institution_id IS NOT DISTINCT FROM OLD.owner_institution_id
       AND NEW.deleted_at IS NOT DISTINCT FROM OLD.deleted_at THEN
        RETURN NEW;
    END IF;
    mine := public.indie_current_institution();
    IF mine IS NULL THEN
        IF public.indie_is_administrator() THEN
            RETURN NEW;
        END IF;
        RAISE EXCEPTION 'this login is no active staff member'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF TG_OP = 'INSERT' THEN
        NEW.owner_institution_id := mine;
        RETURN NEW;
    END IF;
    IF OLD.owner_institution_id IS DISTINCT FROM mine THEN
        RAISE EXCEPTION 'only staff of the owner institution may change visibility or delete'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NEW;
END
$$;

-- Link rows (an activity's organisations, a referral's stage history, a record's attachments)
-- take the visibility of the record they link, and its owner when that record is private:
-- who may not see the record may not see whom it links either. TG_ARGV: parent table and the
-- column naming it (several pairs: the first column that is set names the parent, as a
-- contact detail of a person or of an organisation); or 'target' and the tables a
-- target_type may name.
CREATE OR REPLACE FUNCTION public.indie_inherit_visibility() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    parent text := TG_ARGV[0];
    parent_id uuid;
    vis text;
    owner uuid;
BEGIN
    IF parent = 'target' THEN
        parent := NEW.target_type;
        parent_id := NEW.target_id;
        IF parent IS NULL OR NOT parent = ANY (TG_ARGV[1:]) THEN
            RETURN NEW;  -- a target without visibility of its own
        END IF;
    ELSE
        FOR i IN 0 .. (TG_NARGS / 2 - 1) LOOP
            parent := TG_ARGV[2 * i];
            parent_id := (to_jsonb(NEW) ->> TG_ARGV[2 * i + 1])::uuid;
            EXIT WHEN parent_id IS NOT NULL;
        END LOOP;
        IF parent_id IS NULL THEN
            RETURN NEW;
        END IF;
    END IF;
    EXECUTE format('SELECT visibility, owner_institution_id FROM public.%I WHERE id = $1',
                   parent) INTO vis, owner USING parent_id;
    IF vis IS NULL THEN
        RETURN NEW;
    END IF;
    NEW.visibility := vis;
    IF vis = 'institution' THEN
        NEW.owner_institution_id := owner;
    END IF;
    RETURN NEW;
END
$$;

-- After a record's visibility or owner changed: pass it on to its link rows. TG_ARGV: link
-- tables as 'table:column', or a bare name for target_type/target_id links.
CREATE OR REPLACE FUNCTION public.indie_pass_visibility() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    spec text;
    change text := 'UPDATE public.%I SET visibility = $1, owner_institution_id = CASE WHEN '
        '$1 = ''institution'' THEN $2 ELSE owner_institution_id END WHERE %s AND ('
        'visibility IS DISTINCT FROM $1 OR ($1 = ''institution'' AND '
        'owner_institution_id IS DISTINCT FROM $2))';
BEGIN
    IF NEW.visibility IS NOT DISTINCT FROM OLD.visibility
       AND NEW.owner_institution_id IS NOT DISTINCT FROM OLD.owner_institution_id THEN
        RETURN NULL;
    END IF;
    FOREACH spec IN ARRAY TG_ARGV LOOP
        IF spec LIKE '%:%' THEN
            EXECUTE format(change, split_part(spec, ':', 1),
                           format('%I = $3', split_part(spec, ':', 2)))
            USING NEW.visibility, NEW.owner_institution_id, NEW.id;
        ELSE
            EXECUTE format(change, spec, 'target_type = $4 AND target_id = $3')
            USING NEW.visibility, NEW.owner_institution_id, NEW.id, TG_TABLE_NAME;
        END IF;
    END LOOP;
    RETURN NULL;
END
$$;

-- After every statement that changed rows: one audit entry per row (who, what, old -> new per
-- field) and one notice per table. SECURITY DEFINER: staff cannot write audit_entry themselves;
-- the author is the login. Set-based over the statement's transition tables, with the author
-- looked up once: a 10,000-row import writes 20,000 entries in two INSERTs, not one by one.
-- OFFSET 0 keeps each row's to_jsonb() computed once (inlined, it ran once per reference).
-- (The name is what the app probes for to learn that the database writes the audit.)
CREATE OR REPLACE FUNCTION public.indie_audit_row() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    me uuid := public.indie_current_staff();
    mine uuid := public.indie_current_institution();
    written bigint;
    fields text;
    named boolean;
BEGIN
    IF TG_OP = 'DELETE' THEN
        INSERT INTO public.audit_entry
            (id, at, staff_id, institution_id, action, target_type, target_id, changes,
             summary, private_to)
        SELECT public.indie_time_uuid(), clock_timestamp(), me, mine, 'purge', TG_TABLE_NAME,
               (r ->> 'id')::uuid, NULL, r ->> 'name',
               CASE WHEN r ->> 'visibility' = 'institution'
                    THEN (r ->> 'owner_institution_id')::uuid END
        FROM (SELECT to_jsonb(o) AS r FROM old_rows o OFFSET 0) AS gone;
    ELSIF TG_OP = 'INSERT' THEN
        -- A new row: every field that says something (not NULL, not ''), as [null, value].
        -- The object is put together as text from the table's own columns, per column
        -- to_json() of the value: a tenth of the time that taking each row apart with
        -- to_jsonb()/jsonb_each() and aggregating it again took (an import writes 30,000 rows
        -- at once). The columns come from the catalogue, so a column added later is recorded.
        SELECT string_agg(format(
                   'CASE WHEN %s IS NOT NULL THEN %L || to_json(n.%I) || '']'' END',
                   CASE WHEN t.typcategory = 'S' THEN format('nullif(n.%I, '''')', a.attname)
                        ELSE format('n.%I', a.attname) END,
                   to_json(a.attname::text)::text || ': [null, ', a.attname), ', '
                   ORDER BY a.attnum),
               bool_or(a.attname = 'name')
        INTO fields, named
        FROM pg_attribute a JOIN pg_type t ON t.oid = a.atttypid
        WHERE a.attrelid = TG_RELID AND a.attnum > 0 AND NOT a.attisdropped
          AND a.attname NOT IN ('version', 'updated_at', 'created_at', 'search_key',
                                'sort_name', 'match_key');
        EXECUTE format(
            'INSERT INTO public.audit_entry (id, at, staff_id, institution_id, action, '
            'target_type, target_id, changes, summary, private_to) '
            'SELECT public.indie_time_uuid(), clock_timestamp(), $1, $2, ''create'', $3, n.id, '
            '(''{'' || array_to_string(ARRAY[%s], '', '') || ''}'')::json, %s, '
            'CASE WHEN n.visibility = ''institution'' THEN n.owner_institution_id END '
            'FROM new_rows n',
            coalesce(fields, 'NULL'), CASE WHEN named THEN 'n.name::text' ELSE 'NULL' END)
        USING me, mine, TG_TABLE_NAME;
    ELSE
        INSERT INTO public.audit_entry
            (id, at, staff_id, institution_id, action, target_type, target_id, changes,
             summary, private_to)
        SELECT public.indie_time_uuid(), clock_timestamp(), me, mine, act, TG_TABLE_NAME,
               (r ->> 'id')::uuid, CASE WHEN act = 'update' THEN diff::json END,
               r ->> 'name',
               CASE WHEN r ->> 'visibility' = 'institution'
                    THEN (r ->> 'owner_institution_id')::uuid END
        FROM (
            SELECT pair.r, d.diff,
                   CASE WHEN pair.was_deleted IS NULL AND pair.is_deleted IS NOT NULL
                             THEN 'delete'
                        WHEN pair.was_deleted IS NOT NULL AND pair.is_deleted IS NULL
                             THEN 'restore'
                        ELSE 'update' END AS act
            FROM (SELECT to_jsonb(n) AS r, to_jsonb(o) AS old_r, o.deleted_at AS was_deleted,
                         n.deleted_at AS is_deleted
                  FROM new_rows n JOIN old_rows o ON o.id = n.id OFFSET 0) AS pair
            CROSS JOIN LATERAL (
                SELECT coalesce(jsonb_object_agg(k, jsonb_build_array(pair.old_r -> k,
                                                                      pair.r -> k)),
                                '{}'::jsonb) AS diff
                FROM jsonb_object_keys(pair.r) AS k
                WHERE k NOT IN ('version', 'updated_at', 'created_at', 'search_key',
                                'sort_name', 'match_key')
                  AND (pair.old_r -> k) IS DISTINCT FROM (pair.r -> k)
            ) AS d
        ) AS changed
        WHERE act <> 'update' OR diff <> '{}'::jsonb;
    END IF;
    GET DIAGNOSTICS written = ROW_COUNT;
    IF written > 0 THEN
        -- The table only: which rows changed is for those who may read them (the feed).
        PERFORM pg_notify('indie_changes', TG_TABLE_NAME);
    END IF;
    RETURN NULL;
END
$$;

-- Time-ordered ids (UUIDv7 layout): random ones would land all over the primary-key index of
-- a large audit table, page by page (an import writes 20,000 at once).
-- No SET clause, so that the planner inlines it (only built-in functions; it runs as the caller).
CREATE OR REPLACE FUNCTION public.indie_time_uuid() RETURNS uuid
LANGUAGE sql VOLATILE AS $$
    SELECT encode(set_bit(set_bit(overlay(uuid_send(gen_random_uuid()) PLACING
        substring(int8send((extract(epoch FROM clock_timestamp()) * 1000)::bigint) FROM 3)
        FROM 1 FOR 6), 52, 1), 53, 1), 'hex')::uuid
$$;

-- What the app records beyond row changes (an import batch and a merge, for their undo; an
-- access export; the administrator's erasure): the one way staff add to the audit trail.
-- Decided (README, "Security model"): the author is the login, the time the server's; only
-- these events, each about the kind of record it names; every record an event names must be
-- one the caller may read (an import's new records and the undo's marks must be the caller's
-- institution's, and an undo is recorded only once the records really are back as they were);
-- an entry is only ever added (an id already there is refused), never changed.
-- Entries about a private record stay with its institution.
CREATE OR REPLACE FUNCTION public.indie_audit_event(
    event_id uuid, act text, kind text, target uuid, details json, note text
) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    me uuid := public.indie_current_staff();
    mine uuid := public.indie_current_institution();
    admin boolean := mine IS NULL AND public.indie_is_administrator();
    vis text;
    owner uuid;
    gone timestamptz;
    private uuid;
    listed text;
    bad bigint;
    created json;
    checks text;
    original public.audit_entry%ROWTYPE;
BEGIN
    IF mine IS NULL AND NOT admin THEN
        RAISE EXCEPTION 'this login is no active staff member'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF act IS NULL OR kind IS NULL OR target IS NULL OR NOT (
        (act IN ('import', 'undo-import') AND kind = 'import_batch')
        OR (act IN ('merge', 'undo-merge') AND kind IN ('organisation', 'person'))
        OR (act = 'access_export' AND kind = 'person')
        OR (act IN ('erasure', 'anonymisation') AND kind = 'erasure')) THEN
        RAISE EXCEPTION 'not an audit event: % about %', act, kind
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF act IN ('erasure', 'anonymisation') AND NOT admin THEN
        RAISE EXCEPTION 'only the administrator erases' USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF kind IN ('organisation', 'person') THEN
        EXECUTE format('SELECT visibility, owner_institution_id, deleted_at FROM public.%I '
                       'WHERE id = $1', kind) INTO vis, owner, gone USING target;
        IF vis IS NULL OR NOT (admin OR vis = 'network' OR owner = mine) THEN
            RAISE EXCEPTION 'no such record: %', target USING ERRCODE = 'insufficient_privilege';
        END IF;
        private := CASE WHEN vis = 'institution' THEN owner END;
    ELSIF act IN ('import', 'undo-import') THEN
        private := mine;  -- the batch lists what it created, private records among them
    END IF;
    IF act = 'import' AND NOT admin THEN
        -- The batch is its own target; what it lists as created is the caller's institution's
        -- (undo soft-deletes it), what it lists as filled in is readable by the caller.
        IF event_id IS DISTINCT FROM target THEN
            RAISE EXCEPTION 'an import batch names itself'
                USING ERRCODE = 'invalid_parameter_value';
        END IF;
        -- The list read once and all kinds checked in one query (an import lists 30,000).
        created := details -> 'created';
        checks := NULL;
        FOR listed IN SELECT DISTINCT e ->> 0 FROM json_array_elements(created) e
        LOOP
            IF listed IS NULL OR listed NOT IN ('organisation', 'person', 'affiliation',
                                                'attachment', 'contact_point') THEN
                RAISE EXCEPTION 'not an imported record: %', listed
                    USING ERRCODE = 'invalid_parameter_value';
            END IF;
            -- A further contact detail takes its owner from its person or firm (issue 19), which
            -- may be another institution's network record: readable is what counts for it.
            checks := concat_ws(' UNION ALL ', checks, format(
                'SELECT 1 FROM listed LEFT JOIN public.%I t ON t.id = listed.id '
                'WHERE listed.kind = %L AND ', listed, listed) ||
                CASE WHEN listed = 'contact_point' THEN
                    'NOT coalesce(t.visibility = ''network'' OR t.owner_institution_id = $2, '
                    'false)'
                ELSE 't.owner_institution_id IS DISTINCT FROM $2' END);
        END LOOP;
        IF checks IS NOT NULL THEN
            EXECUTE 'WITH listed AS MATERIALIZED (SELECT e ->> 0 AS kind, (e ->> 1)::uuid AS id '
                    'FROM json_array_elements($1) e) SELECT count(*) FROM (' || checks || ') b'
                INTO bad USING created, mine;
            IF bad > 0 THEN
                RAISE EXCEPTION 'an import lists records it did not create'
                    USING ERRCODE = 'insufficient_privilege';
            END IF;
        END IF;
        FOR listed IN SELECT DISTINCT e ->> 0 FROM json_array_elements(details -> 'updated') e
        LOOP
            IF listed IS NULL OR listed NOT IN ('organisation', 'person') THEN
                RAISE EXCEPTION 'not an imported record: %', listed
                    USING ERRCODE = 'invalid_parameter_value';
            END IF;
            EXECUTE format('SELECT count(*) FROM json_array_elements($1) e LEFT JOIN '
                           'public.%I t ON t.id = (e ->> 1)::uuid WHERE e ->> 0 = $2 AND NOT '
                           'coalesce(t.visibility = ''network'' OR t.owner_institution_id = $3, '
                           'false)', listed)
                INTO bad USING details -> 'updated', listed, mine;
            IF bad > 0 THEN
                RAISE EXCEPTION 'an import lists records the login cannot read'
                    USING ERRCODE = 'insufficient_privilege';
            END IF;
        END LOOP;
    ELSIF act IN ('undo-import', 'undo-merge') THEN
        -- The mark that an import or a merge was undone (its id in the note): for one the
        -- caller may read, once, and only when the undo really happened (else a mark alone
        -- would keep its author from ever undoing it).
        SELECT * INTO original FROM public.audit_entry
        WHERE id = CASE WHEN act = 'undo-import' THEN target ELSE
                        (CASE WHEN note ~ '^[0-9a-fA-F-]{36}$' THEN note::uuid END) END
          AND action = CASE WHEN act = 'undo-import' THEN 'import' ELSE 'merge' END
          AND (admin OR private_to IS NULL OR private_to = mine);
        IF NOT FOUND OR (act = 'undo-merge' AND original.target_id IS DISTINCT FROM target)
           OR note IS DISTINCT FROM original.id::text THEN
            RAISE EXCEPTION 'no such % to undo', act USING ERRCODE = 'insufficient_privilege';
        END IF;
        IF EXISTS (SELECT 1 FROM public.audit_entry WHERE action = act
                   AND summary = original.id::text) THEN
            RAISE EXCEPTION 'already undone' USING ERRCODE = 'unique_violation';
        END IF;
        IF act = 'undo-import' THEN
            FOR listed IN SELECT DISTINCT e ->> 0
                          FROM json_array_elements(original.changes -> 'created') e LOOP
                EXECUTE format('SELECT count(*) FROM json_array_elements($1) e JOIN '
                               'public.%I t ON t.id = (e ->> 1)::uuid WHERE e ->> 0 = $2 AND '
                               't.deleted_at IS NULL', listed)
                    INTO bad USING original.changes -> 'created', listed;
                IF bad > 0 THEN
                    RAISE EXCEPTION 'the import is not undone: % still there', listed
                        USING ERRCODE = 'invalid_parameter_value';
                END IF;
            END LOOP;
        ELSE
            EXECUTE format('SELECT deleted_at, visibility FROM public.%I WHERE id = $1', kind)
                INTO gone, vis USING (original.changes -> 'loser' ->> 0)::uuid;
            IF vis IS NULL OR gone IS NOT NULL THEN
                RAISE EXCEPTION 'the merge is not undone'
                    USING ERRCODE = 'invalid_parameter_value';
            END IF;
        END IF;
    ELSIF act = 'merge' AND NOT admin THEN
        -- The merged-away record: one the caller may read, deleted by the merge.
        EXECUTE format('SELECT visibility, owner_institution_id, deleted_at FROM public.%I '
                       'WHERE id = $1', kind)
            INTO vis, owner, gone USING (details -> 'loser' ->> 0)::uuid;
        IF vis IS NULL OR gone IS NULL OR NOT (vis = 'network' OR owner = mine) THEN
            RAISE EXCEPTION 'no such merge' USING ERRCODE = 'insufficient_privilege';
        END IF;
    END IF;
    INSERT INTO public.audit_entry
        (id, at, staff_id, institution_id, action, target_type, target_id, changes, summary,
         private_to)
    VALUES (coalesce(event_id, gen_random_uuid()), clock_timestamp(), me, mine, act,
            kind, target, details, left(note, 1000), private);
END
$$;
"""

# Link rows and the record whose visibility they take: table -> (parent table, column).
LINK_PARENTS = {
    "activity_organisation": ("activity", "activity_id"),
    "activity_person": ("activity", "activity_id"),
    "activity_staff": ("activity", "activity_id"),
    "cooperation_partner": ("cooperation", "cooperation_id"),
    "project_participant": ("project", "project_id"),
    "referral_stage_change": ("referral", "referral_id"),
    "consent": ("person", "person_id"),
    "objection": ("person", "person_id"),
    "retention_decision": ("person", "person_id"),
}
# Link rows of one of several records (the first column set names it): table -> pairs.
EITHER_PARENTS = {
    "contact_point": (("person", "person_id"), ("organisation", "organisation_id")),
}


def parent_links() -> list[tuple[str, str, str]]:
    """Every (link table, parent table, column) pair of LINK_PARENTS and EITHER_PARENTS."""
    pairs = [(child, parent, col) for child, (parent, col) in LINK_PARENTS.items()]
    pairs += [(c, p, col) for c, options in EITHER_PARENTS.items() for p, col in options]
    return pairs


# Rows linking any record by target_type/target_id.
TARGET_LINKS = ("attachment", "tag_link")

# Functions staff may call (trigger functions fire without EXECUTE). Every other function of
# ours is the administrator's only.
STAFF_FUNCTIONS = (
    "indie_current_staff()",
    "indie_current_institution()",
    "indie_is_administrator()",
    "indie_audit_event(uuid, text, text, uuid, json, text)",
    "indie_sync_seen(uuid, text)",
    "indie_sync_horizon()",
    "indie_sync_prune()",
    "indie_sync_check(text)",
    "indie_fold(text)",  # search (store.search_index)
)


def quote_ident(name: str) -> str:
    """A role or table name as a quoted SQL identifier."""
    return '"' + name.replace('"', '""') + '"'


def table_statements(
    table: str, staff_role: str, owner_role: str, tables: Sequence[str] = ()
) -> list[str]:
    """Grants, policies and triggers of one syncable table (idempotent); `tables`: all of
    them, the records an attachment or tag may be linked to."""
    t = quote_ident(table)
    staff = quote_ident(staff_role)
    owner = quote_ident(owner_role)
    mine = "(SELECT public.indie_current_institution())"
    # A login that is no active staff member has no institution and sees nothing.
    visible = f"(owner_institution_id = {mine} OR (visibility = 'network' AND {mine} IS NOT NULL))"
    stmts = [
        f"ALTER TABLE {t} ENABLE ROW LEVEL SECURITY",
        f"ALTER TABLE {t} FORCE ROW LEVEL SECURITY",
    ]
    for policy in ("indie_owner_all", "indie_read", "indie_insert", "indie_update", "indie_purge"):
        stmts.append(f"DROP POLICY IF EXISTS {policy} ON {t}")
    # FORCE applies the policies to the table owner too: the administrator may do everything.
    stmts.append(
        f"CREATE POLICY indie_owner_all ON {t} FOR ALL TO {owner} USING (true) WITH CHECK (true)"
    )
    if table in DIRECTORY_TABLES:
        stmts += [
            f"REVOKE ALL ON {t} FROM {staff}",
            f"GRANT SELECT ON {t} TO {staff}",
            f"CREATE POLICY indie_read ON {t} FOR SELECT TO {staff} USING ({mine} IS NOT NULL)",
        ]
    else:
        stmts += [
            f"REVOKE ALL ON {t} FROM {staff}",
            f"GRANT SELECT, INSERT, UPDATE, DELETE ON {t} TO {staff}",
            f"CREATE POLICY indie_read ON {t} FOR SELECT TO {staff} USING {visible}",
            f"CREATE POLICY indie_insert ON {t} FOR INSERT TO {staff} "
            f"WITH CHECK (owner_institution_id = {mine})",
            f"CREATE POLICY indie_update ON {t} FOR UPDATE TO {staff} "
            f"USING {visible} WITH CHECK {visible}",
            f"CREATE POLICY indie_purge ON {t} FOR DELETE TO {staff} "
            f"USING (owner_institution_id = {mine})",
            f"DROP TRIGGER IF EXISTS indie_guard ON {t}",  # the single one of old
            # Only rows the guard has something to decide about reach it (the WHEN clause is
            # evaluated without calling the function): a row naming its owner is the insert
            # policy's to check, an update leaving visibility, owner and deletion alone the
            # update policy's. Named to fire before indie_inherit (name order).
            f"DROP TRIGGER IF EXISTS indie_guard_insert ON {t}",
            f"CREATE TRIGGER indie_guard_insert BEFORE INSERT ON {t} FOR EACH ROW "
            "WHEN (NEW.owner_institution_id IS NULL) EXECUTE FUNCTION public.indie_guard_row()",
            f"DROP TRIGGER IF EXISTS indie_guard_update ON {t}",
            f"CREATE TRIGGER indie_guard_update BEFORE UPDATE ON {t} FOR EACH ROW WHEN ("
            "NEW.visibility IS DISTINCT FROM OLD.visibility OR NEW.owner_institution_id IS "
            "DISTINCT FROM OLD.owner_institution_id OR NEW.deleted_at IS DISTINCT FROM "
            "OLD.deleted_at) EXECUTE FUNCTION public.indie_guard_row()",
        ]
    stmts += link_statements(table, tables)
    stmts += private_statements(table, staff)
    stmts.append(f"DROP TRIGGER IF EXISTS indie_audit ON {t}")  # the per-row one of old
    # One trigger per event: a trigger with transition tables may name only one.
    for event, refs in (
        ("INSERT", "NEW TABLE AS new_rows"),
        ("UPDATE", "OLD TABLE AS old_rows NEW TABLE AS new_rows"),
        ("DELETE", "OLD TABLE AS old_rows"),
    ):
        name = f"indie_audit_{event.lower()}"
        stmts += [
            f"DROP TRIGGER IF EXISTS {name} ON {t}",
            f"CREATE TRIGGER {name} AFTER {event} ON {t} REFERENCING {refs} "
            "FOR EACH STATEMENT EXECUTE FUNCTION public.indie_audit_row()",
        ]
    return stmts


# Records a staff member may keep to themselves inside their institution: a saved target group
# that is not shared is theirs alone (issue 22), not their colleagues'. A restrictive policy on
# top of the institution's: reading, changing and deleting all need both.
PRIVATE_TO_STAFF = {"target_group": "(shared OR staff_id = (SELECT public.indie_current_staff()))"}


def private_statements(table: str, staff_q: str) -> list[str]:
    t = quote_ident(table)
    stmts = [f"DROP POLICY IF EXISTS indie_private ON {t}"]
    rule = PRIVATE_TO_STAFF.get(table)
    if rule is not None:
        stmts.append(
            f"CREATE POLICY indie_private ON {t} AS RESTRICTIVE FOR ALL TO {staff_q} "
            f"USING {rule} WITH CHECK {rule}"
        )
    return stmts


def sql_literal(value: str) -> str:
    """A text as an SQL string literal."""
    return "'" + value.replace("'", "''") + "'"


def _records(tables: Sequence[str]) -> list[str]:
    """Tables whose rows are records of their own (not link rows)."""
    return [
        t
        for t in tables
        if t not in LINK_PARENTS
        and t not in EITHER_PARENTS
        and t not in TARGET_LINKS
        and t not in DIRECTORY_TABLES
    ]


def link_statements(table: str, tables: Sequence[str]) -> list[str]:
    """Triggers that make link rows take the visibility of the record they link (the link row
    at insert, all its link rows when the record's visibility or owner changes)."""
    t = quote_ident(table)
    stmts = [
        f"DROP TRIGGER IF EXISTS indie_inherit ON {t}",
        f"DROP TRIGGER IF EXISTS indie_pass ON {t}",
    ]
    if table in LINK_PARENTS:
        parent, column = LINK_PARENTS[table]
        args = f"{sql_literal(parent)}, {sql_literal(column)}"
    elif table in EITHER_PARENTS:
        args = ", ".join(sql_literal(x) for pair in EITHER_PARENTS[table] for x in pair)
    elif table in TARGET_LINKS:
        args = ", ".join(sql_literal(x) for x in ["target", *_records(tables)])
    else:
        args = ""
    if args:
        # Named to fire after indie_guard_* (triggers fire in name order).
        stmts.append(
            f"CREATE TRIGGER indie_inherit BEFORE INSERT OR UPDATE ON {t} "
            f"FOR EACH ROW EXECUTE FUNCTION public.indie_inherit_visibility({args})"
        )
    children = [f"{child}:{col}" for child, p, col in parent_links() if p == table]
    if table in _records(tables):
        children += list(TARGET_LINKS)
    if children:
        stmts.append(
            f"CREATE TRIGGER indie_pass AFTER UPDATE OF visibility, owner_institution_id ON {t} "
            "FOR EACH ROW EXECUTE FUNCTION public.indie_pass_visibility("
            + ", ".join(sql_literal(c) for c in children)
            + ")"
        )
    return stmts


def link_repair_statements(tables: Sequence[str]) -> list[str]:
    """Upgrade: link rows written before they inherited visibility take their record's now,
    and the audit entries about private link rows stay with that institution."""
    fix = (
        "UPDATE {child} c SET visibility = p.visibility, owner_institution_id = CASE WHEN "
        "p.visibility = 'institution' THEN p.owner_institution_id ELSE c.owner_institution_id "
        "END FROM {parent} p WHERE {join} AND (c.visibility IS DISTINCT FROM p.visibility OR "
        "(p.visibility = 'institution' AND c.owner_institution_id IS DISTINCT FROM "
        "p.owner_institution_id))"
    )
    stmts = [
        fix.format(child=child, parent=parent, join=f"c.{col} = p.id")
        for child, parent, col in parent_links()
    ]
    for child in TARGET_LINKS:
        for parent in _records(tables):
            stmts.append(
                fix.format(
                    child=child,
                    parent=parent,
                    join=f"c.target_type = {sql_literal(parent)} AND c.target_id = p.id",
                )
            )
    for child in [*LINK_PARENTS, *EITHER_PARENTS, *TARGET_LINKS]:
        stmts.append(
            f"UPDATE audit_entry a SET private_to = c.owner_institution_id FROM {child} c "
            f"WHERE a.target_type = {sql_literal(child)} AND a.target_id = c.id "
            "AND c.visibility = 'institution' AND a.private_to IS NULL"
        )
    return stmts


def function_grant_statements(staff_role: str) -> list[str]:
    """Our functions are the administrator's, except the few a staff action needs."""
    staff = quote_ident(staff_role)
    return [
        # Every function of ours, not those of extensions (pg_trgm, unaccent: search needs them).
        "DO $$ DECLARE f regprocedure; BEGIN FOR f IN SELECT p.oid::regprocedure FROM pg_proc p "
        "WHERE p.pronamespace = 'public'::regnamespace AND p.proname LIKE 'indie%' AND NOT "
        "EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_proc'::regclass AND "
        "d.objid = p.oid AND d.deptype = 'e') LOOP "
        f"EXECUTE format('REVOKE ALL ON FUNCTION %s FROM PUBLIC, {staff}', f); "
        "END LOOP; END $$",
        *(f"GRANT EXECUTE ON FUNCTION public.{f} TO {staff}" for f in STAFF_FUNCTIONS),
    ]


def audit_statements(staff_role: str, owner_role: str) -> list[str]:
    """audit_entry: written only by the database (triggers, indie_audit_event); staff read the
    entries of what they may see."""
    staff = quote_ident(staff_role)
    owner = quote_ident(owner_role)
    mine = "(SELECT public.indie_current_institution())"
    mapping = "(key LIKE 'import.mapping.%')"
    stmts = [
        "ALTER TABLE audit_entry ENABLE ROW LEVEL SECURITY",
        "ALTER TABLE audit_entry FORCE ROW LEVEL SECURITY",
        "REVOKE ALL ON audit_entry FROM " + staff,
        f"GRANT SELECT ON audit_entry TO {staff}",
    ]
    for policy in ("indie_owner_all", "indie_read", "indie_insert"):
        stmts.append(f"DROP POLICY IF EXISTS {policy} ON audit_entry")
    stmts += [
        f"CREATE POLICY indie_owner_all ON audit_entry FOR ALL TO {owner} "
        "USING (true) WITH CHECK (true)",
        f"CREATE POLICY indie_read ON audit_entry FOR SELECT TO {staff} "
        f"USING ({mine} IS NOT NULL AND (private_to IS NULL OR private_to = {mine}))",
        "ALTER TABLE app_setting ENABLE ROW LEVEL SECURITY",
        "REVOKE ALL ON app_setting FROM " + staff,
        f"GRANT SELECT ON app_setting TO {staff}",
        "DROP POLICY IF EXISTS indie_read ON app_setting",
        f"CREATE POLICY indie_read ON app_setting FOR SELECT TO {staff} USING (true)",
        # Staff save import mappings (shared by all); no other setting.
        f"GRANT INSERT, UPDATE ON app_setting TO {staff}",
        "DROP POLICY IF EXISTS indie_mapping_insert ON app_setting",
        "DROP POLICY IF EXISTS indie_mapping_update ON app_setting",
        f"CREATE POLICY indie_mapping_insert ON app_setting FOR INSERT TO {staff} "
        f"WITH CHECK ({mapping} AND {mine} IS NOT NULL)",
        f"CREATE POLICY indie_mapping_update ON app_setting FOR UPDATE TO {staff} "
        f"USING ({mapping} AND {mine} IS NOT NULL) WITH CHECK ({mapping})",
        f"REVOKE ALL ON alembic_version FROM {staff}",
        f"GRANT SELECT ON alembic_version TO {staff}",
    ]
    return stmts
