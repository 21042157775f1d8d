"""The SQL that makes a PostgreSQL database safe to share: roles, row-level security, audit.

Applied by `indie-desktop admin init-shared` as the role that owns the tables; every statement
is idempotent so the command can run again after an update. The rules, in the database so that
psql users meet them as well as the app:

- The institution of the logged-in user comes from `current_user` (staff.db_role), never from a
  session variable a user could set: `indie_current_institution()`.
- Records marked `institution` are visible and editable only by staff of the owner institution;
  `network` records are visible to and editable by all staff.
- Only staff of the owner institution may change visibility or owner, or (soft) delete.
- New rows belong to the user's institution.
- Every change is written to audit_entry by a trigger (append-only for staff) and announced on
  the `indie_changes` channel (LISTEN/NOTIFY) so open windows refresh.
"""

from __future__ import annotations

CHANGE_CHANNEL = "indie_changes"
STAFF_ROLE_SETTING = "shared_staff_role"

# Staff directory and institutions: readable by all staff, maintained by the administrator.
DIRECTORY_TABLES = ("institution", "staff")

FUNCTIONS = r"""
CREATE OR REPLACE FUNCTION indie_current_staff() RETURNS uuid
LANGUAGE sql STABLE AS $$
    SELECT id FROM public.staff
    WHERE db_role = current_user AND active AND deleted_at IS NULL
$$;

CREATE OR REPLACE FUNCTION indie_current_institution() RETURNS uuid
LANGUAGE sql STABLE AS $$
    SELECT institution_id FROM public.staff
    WHERE db_role = current_user AND active AND deleted_at IS NULL
$$;

-- Before insert/update: stamp the owner, and keep visibility, owner and deletion to the
-- owner institution's staff. The table owner (administrator) is not staff: no institution.
CREATE OR REPLACE FUNCTION indie_guard_row() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
    mine uuid := public.indie_current_institution();
BEGIN
    IF mine IS NULL THEN
        RETURN NEW;
    END IF;
    IF TG_OP = 'INSERT' THEN
        IF NEW.owner_institution_id IS NULL THEN
            NEW.owner_institution_id := mine;
        END IF;
        RETURN NEW;
    END IF;
    IF OLD.owner_institution_id IS DISTINCT FROM mine AND (
        NEW.visibility IS DISTINCT FROM OLD.visibility
        OR NEW.owner_institution_id IS DISTINCT FROM OLD.owner_institution_id
        OR NEW.deleted_at IS DISTINCT FROM OLD.deleted_at
    ) THEN
        RAISE EXCEPTION 'only staff of the owner institution may change visibility or delete'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NEW;
END
$$;

-- After every row change: one audit entry (who, what, old -> new per field) and a notice.
CREATE OR REPLACE FUNCTION indie_audit_row() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
    old_row jsonb := CASE WHEN TG_OP = 'INSERT' THEN '{}'::jsonb ELSE to_jsonb(OLD) END;
    new_row jsonb := CASE WHEN TG_OP = 'DELETE' THEN '{}'::jsonb ELSE to_jsonb(NEW) END;
    row jsonb := CASE WHEN TG_OP = 'DELETE' THEN old_row ELSE new_row END;
    diff jsonb := '{}'::jsonb;
    k text;
    act text;
BEGIN
    FOR k IN SELECT jsonb_object_keys(old_row || new_row) LOOP
        CONTINUE WHEN k IN ('version', 'updated_at', 'created_at', 'search_key', 'sort_name',
                         'match_key');
        IF (old_row -> k) IS DISTINCT FROM (new_row -> k)
           AND NOT (TG_OP = 'INSERT' AND coalesce(new_row ->> k, '') = '') THEN
            diff := diff || jsonb_build_object(
                k, jsonb_build_array(old_row -> k, new_row -> k));
        END IF;
    END LOOP;
    IF TG_OP = 'INSERT' THEN
        act := 'create';
    ELSIF TG_OP = 'DELETE' THEN
        act := 'purge';
    ELSIF OLD.deleted_at IS NULL AND NEW.deleted_at IS NOT NULL THEN
        act := 'delete';
    ELSIF OLD.deleted_at IS NOT NULL AND NEW.deleted_at IS NULL THEN
        act := 'restore';
    ELSIF diff = '{}'::jsonb THEN
        RETURN NULL;
    ELSE
        act := 'update';
    END IF;
    INSERT INTO public.audit_entry
        (id, at, staff_id, institution_id, action, target_type, target_id, changes, summary,
         private_to)
    VALUES (
        gen_random_uuid(), clock_timestamp(), public.indie_current_staff(),
        public.indie_current_institution(), act, TG_TABLE_NAME, (row ->> 'id')::uuid,
        CASE WHEN act IN ('create', 'update') THEN diff::json END,
        row ->> 'name',
        CASE WHEN row ->> 'visibility' = 'institution'
             THEN (row ->> 'owner_institution_id')::uuid END
    );
    PERFORM pg_notify('indie_changes', TG_TABLE_NAME || ':' || (row ->> 'id'));
    RETURN NULL;
END
$$;
"""


def quote_ident(name: str) -> str:
    """A role or table name as a quoted SQL identifier."""
    return '"' + name.replace('"', '""') + '"'


def table_statements(table: str, staff_role: str, owner_role: str) -> list[str]:
    """Grants, policies and triggers of one syncable table (idempotent)."""
    t = quote_ident(table)
    staff = quote_ident(staff_role)
    owner = quote_ident(owner_role)
    mine = "(SELECT public.indie_current_institution())"
    visible = f"(visibility = 'network' OR owner_institution_id = {mine})"
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
            f"CREATE POLICY indie_read ON {t} FOR SELECT TO {staff} USING (true)",
        ]
    else:
        stmts += [
            f"GRANT SELECT, INSERT, UPDATE, DELETE ON {t} TO {staff}",
            f"CREATE POLICY indie_read ON {t} FOR SELECT TO {staff} USING {visible}",
            f"CREATE POLICY indie_insert ON {t} FOR INSERT TO {staff} "
            f"WITH CHECK (owner_institution_id = {mine})",
            f"CREATE POLICY indie_update ON {t} FOR UPDATE TO {staff} "
            f"USING {visible} WITH CHECK {visible}",
            f"CREATE POLICY indie_purge ON {t} FOR DELETE TO {staff} "
            f"USING (owner_institution_id = {mine})",
            f"DROP TRIGGER IF EXISTS indie_guard ON {t}",
            f"CREATE TRIGGER indie_guard BEFORE INSERT OR UPDATE ON {t} "
            "FOR EACH ROW EXECUTE FUNCTION public.indie_guard_row()",
        ]
    stmts += [
        f"DROP TRIGGER IF EXISTS indie_audit ON {t}",
        f"CREATE TRIGGER indie_audit AFTER INSERT OR UPDATE OR DELETE ON {t} "
        "FOR EACH ROW EXECUTE FUNCTION public.indie_audit_row()",
    ]
    return stmts


def audit_statements(staff_role: str, owner_role: str) -> list[str]:
    """audit_entry: append-only for staff, private entries only for their institution."""
    staff = quote_ident(staff_role)
    owner = quote_ident(owner_role)
    mine = "(SELECT public.indie_current_institution())"
    stmts = [
        "ALTER TABLE audit_entry ENABLE ROW LEVEL SECURITY",
        "ALTER TABLE audit_entry FORCE ROW LEVEL SECURITY",
        "REVOKE ALL ON audit_entry FROM " + staff,
        f"GRANT SELECT, INSERT ON audit_entry TO {staff}",
    ]
    for policy in ("indie_owner_all", "indie_read", "indie_insert"):
        stmts.append(f"DROP POLICY IF EXISTS {policy} ON audit_entry")
    stmts += [
        f"CREATE POLICY indie_owner_all ON audit_entry FOR ALL TO {owner} "
        "USING (true) WITH CHECK (true)",
        f"CREATE POLICY indie_read ON audit_entry FOR SELECT TO {staff} "
        f"USING (private_to IS NULL OR private_to = {mine})",
        # Entries come from the trigger running as the user: they may only name themselves.
        f"CREATE POLICY indie_insert ON audit_entry FOR INSERT TO {staff} "
        "WITH CHECK (staff_id IS NOT DISTINCT FROM (SELECT public.indie_current_staff()))",
        "ALTER TABLE app_setting ENABLE ROW LEVEL SECURITY",
        "REVOKE ALL ON app_setting FROM " + staff,
        f"GRANT SELECT ON app_setting TO {staff}",
        "DROP POLICY IF EXISTS indie_read ON app_setting",
        f"CREATE POLICY indie_read ON app_setting FOR SELECT TO {staff} USING (true)",
        f"GRANT SELECT ON alembic_version TO {staff}",
    ]
    return stmts


# --- Offline replicas (indie_desktop/sync) -------------------------------------------------
# The change feed: every row change leaves (table, id, transaction id). A replica's cursor is
# the snapshot it last read; it pulls the entries its new snapshot sees and the old one did
# not, so a transaction still running when the cursor moved cannot be skipped. The entries name
# rows only; the rows themselves are read under the user's role, so row-level security
# decides what a laptop receives. Receipts make every upload apply once.
SYNC_SQL = r"""
CREATE TABLE IF NOT EXISTS public.sync_feed (
    seq bigserial PRIMARY KEY,
    txid xid8 NOT NULL DEFAULT pg_current_xact_id(),
    tbl text NOT NULL,
    row_id uuid NOT NULL
);
CREATE INDEX IF NOT EXISTS ix_sync_feed_txid ON public.sync_feed (txid);
-- When the entry was written: pruning leaves the last day alone, so a laptop whose offline
-- copy is being made (its snapshot taken, its registration not yet committed) loses nothing.
ALTER TABLE public.sync_feed ADD COLUMN IF NOT EXISTS at timestamptz NOT NULL DEFAULT now();

-- The laptops' cursors (the oldest transaction each may still need), so the feed is kept as
-- far back as the oldest laptop seen lately needs it, and no further; and the horizon below
-- which it was pruned, so a laptop older than that is told instead of silently missing rows.
CREATE TABLE IF NOT EXISTS public.sync_replica (
    replica_id uuid PRIMARY KEY,
    staff_id uuid,
    cursor_xmin xid8 NOT NULL,
    seen_at timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE IF NOT EXISTS public.sync_horizon (
    id int PRIMARY KEY DEFAULT 1 CHECK (id = 1),
    txid xid8 NOT NULL,
    pruned_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE IF NOT EXISTS public.sync_receipt (
    op_id uuid PRIMARY KEY,
    staff_id uuid,
    at timestamptz NOT NULL DEFAULT now(),
    result text NOT NULL
);

CREATE OR REPLACE FUNCTION indie_feed_rows() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        INSERT INTO public.sync_feed (tbl, row_id) SELECT TG_TABLE_NAME, id FROM old_rows;
    ELSE
        INSERT INTO public.sync_feed (tbl, row_id) SELECT TG_TABLE_NAME, id FROM new_rows;
    END IF;
    RETURN NULL;
END
$$;

-- A laptop reports the snapshot it read last (at offline init and after every pull).
CREATE OR REPLACE FUNCTION indie_sync_seen(replica uuid, cursor text) RETURNS void
LANGUAGE sql SECURITY DEFINER SET search_path = public AS $$
    INSERT INTO public.sync_replica AS r (replica_id, staff_id, cursor_xmin, seen_at)
    VALUES (replica, public.indie_current_staff(),
            pg_snapshot_xmin(CAST(cursor AS pg_snapshot)), now())
    ON CONFLICT (replica_id) DO UPDATE
        SET cursor_xmin = EXCLUDED.cursor_xmin, seen_at = EXCLUDED.seen_at
        WHERE r.staff_id IS NOT DISTINCT FROM EXCLUDED.staff_id;
$$;

-- The newest transaction whose feed entries were pruned ('0' before the first pruning): a
-- laptop whose cursor reaches no further back than that may have missed changes.
CREATE OR REPLACE FUNCTION indie_sync_horizon() RETURNS xid8
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
    SELECT coalesce((SELECT txid FROM public.sync_horizon WHERE id = 1), '0'::xid8);
$$;

-- Forget laptops not seen for keep_days, prune the feed below the oldest cursor of the
-- others (entries younger than `margin` never), and receipts older than keep_days.
-- Runs at most once per `every`; returns the feed entries removed.
CREATE OR REPLACE FUNCTION indie_sync_prune(
    keep_days int DEFAULT 180,
    margin interval DEFAULT '1 day',
    every interval DEFAULT '1 hour'
) RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
DECLARE
    below xid8;
    newest xid8;
    removed bigint;
BEGIN
    IF (SELECT pruned_at FROM public.sync_horizon WHERE id = 1) > now() - every THEN
        RETURN 0;
    END IF;
    DELETE FROM public.sync_replica WHERE seen_at < now() - make_interval(days => keep_days);
    below := LEAST(
        coalesce((SELECT min(cursor_xmin) FROM public.sync_replica),
                 pg_snapshot_xmin(pg_current_snapshot())),
        pg_snapshot_xmin(pg_current_snapshot()));
    WITH gone AS (
        DELETE FROM public.sync_feed WHERE txid < below AND at < now() - margin RETURNING txid
    )
    SELECT count(*), max(txid) INTO removed, newest FROM gone;
    INSERT INTO public.sync_horizon AS h (id, txid, pruned_at)
        VALUES (1, coalesce(newest, '0'::xid8), now())
        ON CONFLICT (id) DO UPDATE
        SET txid = GREATEST(h.txid, EXCLUDED.txid), pruned_at = EXCLUDED.pruned_at;
    DELETE FROM public.sync_receipt WHERE at < now() - make_interval(days => keep_days);
    RETURN removed;
END
$$;

-- Both sides check the schema: a replica on another revision may not sync.
CREATE OR REPLACE FUNCTION indie_sync_check(client_schema text) RETURNS text
LANGUAGE plpgsql STABLE AS $$
DECLARE
    server_schema text := (SELECT version_num FROM public.alembic_version LIMIT 1);
BEGIN
    IF server_schema IS DISTINCT FROM client_schema THEN
        RAISE EXCEPTION USING ERRCODE = 'feature_not_supported',
            MESSAGE = 'schema mismatch: server ' || coalesce(server_schema, '?')
                      || ', replica ' || coalesce(client_schema, '?');
    END IF;
    RETURN server_schema;
END
$$;
"""


def sync_table_statements(table: str) -> list[str]:
    """The change-feed triggers of one syncable table (statement-level, transition tables)."""
    t = quote_ident(table)
    stmts = []
    for event, ref in (("INSERT", "NEW"), ("UPDATE", "NEW"), ("DELETE", "OLD")):
        name = f"indie_feed_{event.lower()}"
        alias = "new_rows" if ref == "NEW" else "old_rows"
        stmts += [
            f"DROP TRIGGER IF EXISTS {name} ON {t}",
            f"CREATE TRIGGER {name} AFTER {event} ON {t} REFERENCING {ref} TABLE AS {alias} "
            "FOR EACH STATEMENT EXECUTE FUNCTION public.indie_feed_rows()",
        ]
    return stmts


REPLICA_TABLES = ("sync_meta", "sync_change", "sync_base", "sync_outbox", "sync_conflict")


def sync_grant_statements(staff_role: str, owner_role: str) -> list[str]:
    """Staff read the feed (ids only) and keep their own receipts."""
    staff = quote_ident(staff_role)
    owner = quote_ident(owner_role)
    me = "(SELECT public.indie_current_staff())"
    stmts = []
    # A laptop's own bookkeeping tables exist on the server too (one migration chain) but
    # stay empty there: nobody but the administrator may touch them.
    for table in REPLICA_TABLES:
        stmts += [
            f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY",
            f"ALTER TABLE {table} FORCE ROW LEVEL SECURITY",
            f"REVOKE ALL ON {table} FROM {staff}",
            # Readable (no policy for staff: zero rows), so a scan of every table works.
            f"GRANT SELECT ON {table} TO {staff}",
            f"DROP POLICY IF EXISTS indie_owner_all ON {table}",
            f"CREATE POLICY indie_owner_all ON {table} FOR ALL TO {owner} "
            "USING (true) WITH CHECK (true)",
        ]
    stmts += [
        "ALTER TABLE sync_feed ENABLE ROW LEVEL SECURITY",
        "ALTER TABLE sync_feed FORCE ROW LEVEL SECURITY",
        f"REVOKE ALL ON sync_feed FROM {staff}",
        f"GRANT SELECT ON sync_feed TO {staff}",
        "DROP POLICY IF EXISTS indie_owner_all ON sync_feed",
        "DROP POLICY IF EXISTS indie_read ON sync_feed",
        f"CREATE POLICY indie_owner_all ON sync_feed FOR ALL TO {owner} "
        "USING (true) WITH CHECK (true)",
        # Entries name a table and an id, nothing of the row; the row is read under RLS.
        f"CREATE POLICY indie_read ON sync_feed FOR SELECT TO {staff} USING (true)",
        # Laptop cursors and the prune horizon: only through the functions above.
        "ALTER TABLE sync_replica ENABLE ROW LEVEL SECURITY",
        "ALTER TABLE sync_replica FORCE ROW LEVEL SECURITY",
        f"REVOKE ALL ON sync_replica FROM {staff}",
        f"GRANT SELECT ON sync_replica TO {staff}",  # no policy for staff: zero rows
        "DROP POLICY IF EXISTS indie_owner_all ON sync_replica",
        f"CREATE POLICY indie_owner_all ON sync_replica FOR ALL TO {owner} "
        "USING (true) WITH CHECK (true)",
        "ALTER TABLE sync_horizon ENABLE ROW LEVEL SECURITY",
        "ALTER TABLE sync_horizon FORCE ROW LEVEL SECURITY",
        f"REVOKE ALL ON sync_horizon FROM {staff}",
        f"GRANT SELECT ON sync_horizon TO {staff}",  # no policy for staff: zero rows
        "DROP POLICY IF EXISTS indie_owner_all ON sync_horizon",
        f"CREATE POLICY indie_owner_all ON sync_horizon FOR ALL TO {owner} "
        "USING (true) WITH CHECK (true)",
        "ALTER TABLE sync_receipt ENABLE ROW LEVEL SECURITY",
        "ALTER TABLE sync_receipt FORCE ROW LEVEL SECURITY",
        f"REVOKE ALL ON sync_receipt FROM {staff}",
        f"GRANT SELECT, INSERT ON sync_receipt TO {staff}",
    ]
    for policy in ("indie_owner_all", "indie_own"):
        stmts.append(f"DROP POLICY IF EXISTS {policy} ON sync_receipt")
    stmts += [
        f"CREATE POLICY indie_owner_all ON sync_receipt FOR ALL TO {owner} "
        "USING (true) WITH CHECK (true)",
        f"CREATE POLICY indie_own ON sync_receipt FOR ALL TO {staff} "
        f"USING (staff_id = {me}) WITH CHECK (staff_id = {me})",
    ]
    return stmts
