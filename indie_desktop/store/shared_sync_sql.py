"""The offline replicas' side of the shared server: change feed, laptop cursors, pruning.

Part of what `admin init-shared` applies (see shared_sql for the security model they follow).
"""

from __future__ import annotations

from collections.abc import Sequence

from indie_desktop.store.shared_sql import quote_ident, sql_literal

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

-- Which institution alone may learn of an entry (NULL: everybody). A change that makes a
-- network record private is announced to all (they knew the record and must drop it).
ALTER TABLE public.sync_feed ADD COLUMN IF NOT EXISTS private_to uuid;

CREATE OR REPLACE FUNCTION public.indie_feed_rows() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        INSERT INTO public.sync_feed (tbl, row_id, private_to)
        SELECT TG_TABLE_NAME, id,
               CASE WHEN visibility = 'institution' THEN owner_institution_id END
        FROM old_rows;
    ELSIF TG_OP = 'INSERT' THEN
        INSERT INTO public.sync_feed (tbl, row_id, private_to)
        SELECT TG_TABLE_NAME, id,
               CASE WHEN visibility = 'institution' THEN owner_institution_id END
        FROM new_rows;
    ELSE
        INSERT INTO public.sync_feed (tbl, row_id, private_to)
        SELECT TG_TABLE_NAME, n.id,
               CASE WHEN n.visibility = 'institution' AND o.visibility = 'institution'
                    AND n.owner_institution_id = o.owner_institution_id
                    THEN n.owner_institution_id END
        FROM new_rows n JOIN old_rows o ON o.id = n.id;
    END IF;
    RETURN NULL;
END
$$;

-- A laptop reports the snapshot it read last (at offline init and after every pull). Bound to
-- the login: a login registers and refreshes only its own laptops, at most 5 (registering
-- another forgets the one seen longest ago), and a cursor counts as no older than the feed's
-- last day (what pruning keeps anyway; a real laptop reports a snapshot it has just read): a
-- made-up laptop with an ancient cursor cannot hold the feed back from pruning.
CREATE INDEX IF NOT EXISTS ix_sync_feed_at ON public.sync_feed (at);
DROP FUNCTION IF EXISTS public.indie_sync_seen(uuid, text);
CREATE FUNCTION public.indie_sync_seen(replica uuid, cursor text) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    me uuid := public.indie_current_staff();
    now_xmin xid8 := pg_snapshot_xmin(pg_current_snapshot());
    reported xid8;
    floor_xmin xid8;
BEGIN
    IF me IS NULL OR replica IS NULL OR cursor IS NULL THEN
        RETURN;
    END IF;
    IF EXISTS (SELECT 1 FROM public.sync_replica WHERE replica_id = replica
               AND staff_id IS DISTINCT FROM me) THEN
        RAISE EXCEPTION 'this laptop is registered to another login'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    reported := pg_snapshot_xmin(CAST(cursor AS pg_snapshot));
    floor_xmin := LEAST(now_xmin, coalesce(
        (SELECT min(txid) FROM public.sync_feed WHERE at >= now() - interval '1 day'), now_xmin));
    INSERT INTO public.sync_replica AS r (replica_id, staff_id, cursor_xmin, seen_at)
    VALUES (replica, me, LEAST(GREATEST(reported, floor_xmin), now_xmin), now())
    ON CONFLICT (replica_id) DO UPDATE
        SET cursor_xmin = GREATEST(r.cursor_xmin, EXCLUDED.cursor_xmin), seen_at = now()
        WHERE r.staff_id = me;
    DELETE FROM public.sync_replica WHERE replica_id IN (
        SELECT replica_id FROM public.sync_replica WHERE staff_id = me
        ORDER BY seen_at DESC, replica_id OFFSET 5);
END
$$;

-- The newest transaction whose feed entries were pruned ('0' before the first pruning): a
-- laptop whose cursor reaches no further back than that may have missed changes.
CREATE OR REPLACE FUNCTION public.indie_sync_horizon() RETURNS xid8
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
    SELECT coalesce((SELECT txid FROM public.sync_horizon WHERE id = 1), '0'::xid8);
$$;

-- Forget laptops not seen for keep_days, prune the feed below the oldest cursor of the
-- others (entries younger than `margin` never), and receipts older than keep_days.
-- Runs at most once per `every`; returns the feed entries removed. The administrator's only:
-- staff (every sync) run indie_sync_prune() below, whose arguments are fixed.
DROP FUNCTION IF EXISTS public.indie_sync_prune(int, interval, interval);
CREATE FUNCTION public.indie_sync_prune(keep_days int, margin interval, every interval)
RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    below xid8;
    newest xid8;
    removed bigint;
BEGIN
    IF keep_days IS NULL OR margin IS NULL OR every IS NULL THEN
        RAISE EXCEPTION 'keep_days, margin and every are needed'
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
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

-- The pruning a sync runs as staff: half a year, one day's margin, at most hourly.
CREATE OR REPLACE FUNCTION public.indie_sync_prune() RETURNS bigint
LANGUAGE sql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
    SELECT public.indie_sync_prune(180, interval '1 day', interval '1 hour')
        WHERE public.indie_current_staff() IS NOT NULL OR public.indie_is_administrator();
$$;

-- Both sides check the schema: a replica on another revision may not sync.
CREATE OR REPLACE FUNCTION public.indie_sync_check(client_schema text) RETURNS text
LANGUAGE plpgsql STABLE SET search_path = pg_catalog, public, pg_temp AS $$
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
    # An update names both: a record turning private is announced to those who knew it.
    for event, refs in (
        ("INSERT", "NEW TABLE AS new_rows"),
        ("UPDATE", "OLD TABLE AS old_rows NEW TABLE AS new_rows"),
        ("DELETE", "OLD TABLE AS old_rows"),
    ):
        name = f"indie_feed_{event.lower()}"
        stmts += [
            f"DROP TRIGGER IF EXISTS {name} ON {t}",
            f"CREATE TRIGGER {name} AFTER {event} ON {t} REFERENCING {refs} "
            "FOR EACH STATEMENT EXECUTE FUNCTION public.indie_feed_rows()",
        ]
    return stmts


REPLICA_TABLES = ("sync_meta", "sync_change", "sync_base", "sync_outbox", "sync_conflict")


def sync_grant_statements(staff_role: str, owner_role: str) -> list[str]:
    """Staff read the feed (ids only) and keep their own receipts."""
    staff = quote_ident(staff_role)
    owner = quote_ident(owner_role)
    me = "(SELECT public.indie_current_staff())"
    mine = "(SELECT public.indie_current_institution())"
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
        # Entries name a table and an id, nothing of the row (read under RLS); even the ids of
        # another institution's private records stay with it.
        f"CREATE POLICY indie_read ON sync_feed FOR SELECT TO {staff} USING ({mine} IS NOT NULL "
        f"AND (private_to IS NULL OR private_to = {mine}))",
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


def feed_repair_statements(tables: Sequence[str]) -> list[str]:
    """Upgrade: feed entries written before they said whose they are (private records)."""
    return [
        f"UPDATE sync_feed f SET private_to = t.owner_institution_id FROM {quote_ident(table)} t "
        f"WHERE f.tbl = {sql_literal(table)} AND f.row_id = t.id AND t.visibility = 'institution' "
        "AND f.private_to IS NULL"
        for table in tables
    ]
