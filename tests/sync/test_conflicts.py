"""Both sides changed the same record: merge what can merge, keep every edit, ask a person."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from indie_desktop.services.workspace import Workspace
from tests.integration.shared_fixtures import SharedServer
from tests.sync.helpers import Laptop, create_org, edit_org


@pytest.fixture
def office(shared: SharedServer) -> Iterator[Workspace]:
    ws = shared.dortmund.workspace()
    yield ws
    ws.db.dispose()


@pytest.fixture
def laptop(shared: SharedServer, office: Workspace, tmp_path: Path) -> Iterator[Laptop]:
    create_org(office, "Hagener Gießerei Łukasz Wiśniewski KG", city="Hagen")
    lap, _ = Laptop.take_offline(tmp_path / "laptop", shared.dortmund)
    yield lap
    lap.close()


def _server(shared: SharedServer, sql: str) -> str:
    out = shared.psql(shared.dortmund, sql)
    assert out.returncode == 0, out.stderr
    return out.stdout.strip()


def test_same_field_changed_on_both_sides_becomes_a_conflict_and_keeps_both_values(
    shared: SharedServer, office: Workspace, laptop: Laptop
) -> None:
    org_id = _single_org(office)
    edit_org(laptop.workspace(), org_id, city="Hagen-Haspe", phone="02331 1234")
    edit_org(office, org_id, city="Hagen-Hohenlimburg")

    summary = laptop.sync()

    assert (summary.sent, summary.conflicts) == (1, 1)
    # The server's value stays until somebody decides; the phone (only changed here) merged.
    draft = office.organisations.detail(org_id).draft
    assert (draft.city, draft.phone) == ("Hagen-Hohenlimburg", "+4923311234")
    [(row_id, kind, fields)] = laptop.conflicts()
    assert (row_id, kind) == (org_id.hex, "fields")
    decided = json.loads(fields)
    assert decided.pop("city") == {
        "base": "Hagen",
        "mine": "Hagen-Haspe",
        "theirs": "Hagen-Hohenlimburg",
    }
    assert set(decided) <= {"search_key", "sort_name", "match_key"}  # derived, carried unshown
    assert laptop.workspace().organisations.detail(org_id).draft.city == "Hagen-Hohenlimburg"


def test_an_edit_against_a_delete_is_a_conflict_and_nothing_is_resurrected(
    shared: SharedServer, office: Workspace, laptop: Laptop
) -> None:
    org_id = _single_org(office)
    edit_org(laptop.workspace(), org_id, notes="Besuch am 24.11.2026: Bedarf Lasersintern")
    office.organisations.delete(org_id)

    assert laptop.sync().conflicts == 1

    assert _server(shared, "SELECT deleted_at IS NOT NULL FROM organisation") == "t"
    [(_, kind, fields)] = laptop.conflicts()
    assert kind == "edit_delete"
    assert json.loads(fields)["notes"]["mine"] == "Besuch am 24.11.2026: Bedarf Lasersintern"
    assert laptop.sql("SELECT deleted_at IS NOT NULL FROM organisation") == [(1,)]


def test_a_delete_against_an_edit_is_a_conflict_and_the_edit_stays(
    shared: SharedServer, office: Workspace, laptop: Laptop
) -> None:
    org_id = _single_org(office)
    laptop.workspace().organisations.delete(org_id)
    edit_org(office, org_id, website="https://giesserei-hagen.de")

    assert laptop.sync().conflicts == 1

    assert _server(shared, "SELECT deleted_at IS NULL, website FROM organisation") == (
        "t|https://giesserei-hagen.de"
    )
    [(_, kind, fields)] = laptop.conflicts()
    assert kind == "delete_edit" and json.loads(fields)["deleted_at"]["mine"] is not None
    assert laptop.workspace().organisations.detail(org_id).draft.website == (
        "https://giesserei-hagen.de"
    )


def test_a_laptop_whose_clock_runs_a_week_ahead_does_not_win_conflicts(
    shared: SharedServer, office: Workspace, laptop: Laptop, tmp_path: Path
) -> None:
    org_id = _single_org(office)
    other, _ = Laptop.take_offline(tmp_path / "other", shared.dortmund)
    week_ahead = datetime.now(UTC) + timedelta(days=7)
    stamp = week_ahead.strftime("%Y-%m-%d %H:%M:%S.%f")
    # The skewed laptop writes its (future) time into the record, as its app would.
    laptop.sql("UPDATE organisation SET city = 'Schwelm', updated_at = ?", (stamp,))
    edit_org(other.workspace(), org_id, city="Witten")

    assert other.sync().conflicts == 0
    skewed = laptop.sync(clock=lambda: week_ahead.timestamp())

    assert skewed.conflicts == 1 and skewed.clock_warning
    assert _server(shared, "SELECT city FROM organisation") == "Witten"
    assert _server(shared, "SELECT updated_at <= now() FROM organisation") == "t"
    # The other way round: the skewed laptop first; the normal one is not overruled either.
    laptop.sql("UPDATE organisation SET phone = '+492302111', updated_at = ?", (stamp,))
    edit_org(other.workspace(), org_id, phone="+492302222")
    laptop.sync(clock=lambda: week_ahead.timestamp())
    assert other.sync().conflicts == 1
    assert _server(shared, "SELECT phone FROM organisation") == "+492302111"
    other.close()


def _single_org(office: Workspace):  # type: ignore[no-untyped-def]
    import uuid

    with office.db.engine.connect() as conn:
        return uuid.UUID(str(conn.exec_driver_sql("SELECT id FROM organisation").scalar()))


def test_an_edited_name_decided_in_a_conflict_sorts_and_filters_as_it_now_reads(
    shared: SharedServer, office: Workspace, laptop: Laptop
) -> None:
    """The sort and search keys follow the decided value (they are not shown in the dialog)."""
    from indie_desktop.domain.text import fold
    from indie_desktop.sync.service import EDITED, ReplicaService

    org_id = _single_org(office)
    edit_org(laptop.workspace(), org_id, name="Gießerei Wiśniewski Hagen KG")
    edit_org(office, org_id, name="Hagener Gießerei Wiśniewski GmbH")
    assert laptop.sync().conflicts == 1

    service = ReplicaService(laptop.data_dir)
    [conflict] = service.conflicts()
    service.resolve(conflict.id, {"name": (EDITED, "Zoë Ñúñez Gießtechnik GmbH")})

    [(sort_name, search_key)] = laptop.sql(
        "SELECT sort_name, search_key FROM organisation WHERE id = ?", (org_id.hex,)
    )
    assert sort_name == fold("Zoë Ñúñez Gießtechnik GmbH")
    assert "nunez" in search_key and "giesserei" not in search_key
    # ... and so do the duplicate-matching keys: the firm is recognised by its decided name.
    from indie_desktop.domain.matching import decode_organisation_keys, split_name

    [(match_key,)] = laptop.sql("SELECT match_key FROM organisation WHERE id = ?", (org_id.hex,))
    keys = decode_organisation_keys(None, None, None, match_key, None)
    assert keys is not None and keys.core == split_name("Zoë Ñúñez Gießtechnik GmbH")[0]
