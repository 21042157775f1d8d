"""Data protection on the shared PostgreSQL database: erasure is the administrator's, and it
leaves no trace of the person in any table (audit trail and search included)."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text

from indie_desktop.domain.errors import PermissionDenied
from indie_desktop.services.context import Actor
from indie_desktop.services.workspace import Workspace
from indie_desktop.store.database import open_url
from tests import privacy_scenario as scenario
from tests.integration.shared_fixtures import SharedServer, shared  # noqa: F401


def _tables_holding(ws: Workspace, needles: tuple[str, ...]) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    with ws.db.engine.connect() as conn:
        tables = conn.execute(
            text("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")
        ).scalars()
        for table in list(tables):
            rows = conn.execute(text(f'SELECT t::text FROM "{table}" t')).scalars()
            for row in rows:
                low = row.lower()
                hits = [n for n in needles if n.lower() in low]
                if hits:
                    found.setdefault(table, []).extend(hits)
    return found


def test_shared_erasure_is_refused_to_staff_and_leaves_no_trace_for_the_admin(
    shared: SharedServer,  # noqa: F811
    tmp_path: Path,
) -> None:
    staff = shared.dortmund.workspace()
    sc = scenario.build(staff, tmp_path)
    needles = (*scenario.TRACES, "Şükrü", "Yıldız")
    assert _tables_holding(staff, needles)  # the scenario did store it
    before = scenario.dashboard_counts(staff)
    export = staff.privacy.export_access(sc.person_id, tmp_path / "auskunft")
    assert "Şükrü Yıldız" in export.json.read_text(encoding="utf-8")
    with staff.db.engine.connect() as conn:
        who = conn.execute(
            text("SELECT staff_id FROM audit_entry WHERE action = 'access_export'")
        ).scalar_one()
    assert who == staff.actor.staff_id
    mail = staff.printing.mail_merge("einladung_branchentreff", [sc.person_id])
    assert mail.skipped == [(sc.person_id, "Objection since 01.09.2026")]
    assert not staff.privacy.can_erase()
    with pytest.raises(PermissionDenied):
        staff.privacy.erase(sc.person_id)
    assert staff.people.detail(sc.person_id).draft.last_name == "Yıldız"

    admin_db = open_url(shared.admin_url)
    admin = Workspace(admin_db, Actor.system())
    try:
        assert admin.privacy.can_erase()
        mentions = admin.privacy.erasure_mentions(sc.person_id)
        receipt = admin.privacy.erase(sc.person_id, mentions)
        assert _tables_holding(admin, needles) == {}
        assert scenario.dashboard_counts(admin) == before
        with admin_db.engine.connect() as conn:
            summary = conn.execute(
                text("SELECT summary FROM audit_entry WHERE action = 'erasure'")
            ).scalar_one()
        assert summary.startswith(f"Art. 17 {receipt.reference} (")  # + the admin's login
    finally:
        admin_db.dispose()
    assert scenario.dashboard_counts(staff) == before
    assert not staff.search.search("Yıldız").groups
    assert not staff.search.search(scenario.EMAIL).groups
    staff.close()
