"""The server's change feed and upload receipts do not grow for ever: entries every laptop seen
lately has read are pruned; a laptop away for longer than the server keeps them uploads its
work and is told to make a new offline copy, instead of silently missing changes."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import psycopg
import pytest
from sqlalchemy.engine import make_url

from indie_desktop.sync.engine import TOO_OLD, ReplicaTooOld
from tests.integration.shared_fixtures import SharedServer
from tests.sync.helpers import Laptop, create_org, edit_org


def _admin(shared: SharedServer) -> psycopg.Connection[Any]:
    url = make_url(shared.admin_url).set(drivername="postgresql")
    return psycopg.connect(url.render_as_string(hide_password=False), autocommit=True)


def _prune(shared: SharedServer, keep_days: int = 180) -> int:
    """Pruning as the sync runs it, without its hourly pause and its one-day margin."""
    with _admin(shared) as conn:
        row = conn.execute(
            "SELECT indie_sync_prune(keep_days => %s, margin => '0', every => '0')",
            (keep_days,),
        ).fetchone()
        assert row is not None
        return int(row[0])


def _count(shared: SharedServer, table: str) -> int:
    with _admin(shared) as conn:
        row = conn.execute(f"SELECT count(*) FROM {table}").fetchone()
        assert row is not None
        return int(row[0])


def test_the_feed_is_pruned_to_what_every_laptop_has_read_and_a_lagging_laptop_loses_nothing(
    shared: SharedServer, tmp_path: Path
) -> None:
    office = shared.dortmund.workspace()
    create_org(office, "Stahlbau Şükrü Yıldız GmbH", city="Dortmund")
    quick, _ = Laptop.take_offline(tmp_path / "quick", shared.dortmund)
    slow, _ = Laptop.take_offline(tmp_path / "slow", shared.dortmund)
    assert _count(shared, "sync_replica") == 2  # both copies told the server their cursor

    while_slow_was_away = create_org(office, "Zoë Ñúñez Feinmechanik", city="Hagen")
    quick.sync()
    before = _count(shared, "sync_feed")
    _prune(shared)
    # The slow laptop has not read the new company yet: its entry stays.
    assert _count(shared, "sync_feed") >= 1
    assert slow.sync().received == 1
    assert slow.workspace().organisations.detail(while_slow_was_away).draft.city == "Hagen"

    quick.sync()  # both have read everything now
    _prune(shared)
    assert _count(shared, "sync_feed") < before
    assert _count(shared, "sync_feed") == 0

    # And syncing goes on as before.
    edit_org(office, while_slow_was_away, city="Hagen-Haspe")
    assert quick.sync().received == 1
    assert slow.sync().received == 1
    quick.close()
    slow.close()
    office.db.dispose()


def test_a_laptop_away_longer_than_the_server_keeps_changes_uploads_and_is_told_to_recopy(
    shared: SharedServer, tmp_path: Path
) -> None:
    office = shared.dortmund.workspace()
    org_id = create_org(office, "Łukasz Wiśniewski Drehteile", city="Bochum")
    away, _ = Laptop.take_offline(tmp_path / "away", shared.dortmund)
    edit_org(away.workspace(), org_id, phone="0234 987654")  # work done while away
    unread = create_org(office, "Müller Präzisionsguss GmbH", city="Hagen")  # not read yet
    other = Laptop.take_offline(tmp_path / "other", shared.hagen)[0]
    other.sync()
    assert _count(shared, "sync_replica") == 2

    _prune(shared, keep_days=0)  # every laptop counts as long gone

    with pytest.raises(ReplicaTooOld) as raised:
        away.sync()
    assert str(raised.value) == TOO_OLD
    # Its own work reached the server before it was told.
    assert office.organisations.detail(org_id).draft.phone == "+49234987654"
    assert away.unsynced() == 0
    # A new copy has everything.
    fresh, _ = Laptop.take_offline(tmp_path / "fresh", shared.dortmund)
    on_fresh = fresh.workspace().organisations
    assert on_fresh.detail(org_id).draft.phone == "+49234987654"
    assert on_fresh.detail(unread).draft.name == "Müller Präzisionsguss GmbH"
    away.close()
    other.close()
    fresh.close()
    office.db.dispose()


def test_upload_receipts_older_than_the_keeping_time_are_pruned(
    shared: SharedServer, tmp_path: Path
) -> None:
    office = shared.dortmund.workspace()
    org_id = create_org(office, "Öztürk Kunststofftechnik", city="Herne")
    laptop, _ = Laptop.take_offline(tmp_path / "laptop", shared.dortmund)
    edit_org(laptop.workspace(), org_id, city="Herne-Wanne")
    laptop.sync()
    assert _count(shared, "sync_receipt") == 1
    _prune(shared)  # receipts of today are kept (a retried upload applies once)
    assert _count(shared, "sync_receipt") == 1
    _prune(shared, keep_days=0)
    assert _count(shared, "sync_receipt") == 0
    laptop.close()
    office.db.dispose()


def test_the_sync_itself_prunes_at_most_hourly(shared: SharedServer, tmp_path: Path) -> None:
    office = shared.dortmund.workspace()
    create_org(office, "Kaya Elektrotechnik", city="Witten")
    laptop, _ = Laptop.take_offline(tmp_path / "laptop", shared.dortmund)
    laptop.sync()
    with _admin(shared) as conn:
        row = conn.execute("SELECT pruned_at > now() - interval '1 minute' FROM sync_horizon")
        assert row.fetchone() == (True,)  # the sync ran the pruning
        pruned = conn.execute(
            "SELECT indie_sync_prune(0, '0', '1 hour')"  # hourly: not again yet
        ).fetchone()
    assert pruned == (0,)
    assert _count(shared, "sync_replica") == 1
    laptop.close()
    office.db.dispose()


def test_the_status_bar_stays_online_and_keeps_the_password_when_the_copy_is_too_old(
    qtbot, tmp_path: Path, german: None, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    from indie_desktop.sync.service import ReplicaService
    from indie_desktop.ui.sync.status_widget import SyncStatusWidget
    from indie_desktop.ui.tasks import SynchronousRunner

    class TooOld(ReplicaService):
        def synchronise(self, options: object = None) -> object:
            raise ReplicaTooOld(TOO_OLD)

        def password_needed(self) -> str | None:
            return "aschmidt"

    shown: list[BaseException] = []
    monkeypatch.setattr(
        "indie_desktop.ui.sync.status_widget.show_failure", lambda e, _p=None: shown.append(e)
    )
    monkeypatch.setattr(
        "indie_desktop.ui.sync.status_widget.QInputDialog.getText",
        lambda *a, **k: ("geheim", True),
    )
    widget = SyncStatusWidget(TooOld(tmp_path), SynchronousRunner())
    qtbot.addWidget(widget)
    widget.sync_or_cancel()
    assert [type(e) for e in shown] == [ReplicaTooOld]  # the user reads what to do
    assert widget.online is True
    assert widget._password == "geheim"  # not asked again: the password was right
    assert "Online" in widget.state_label.text()
