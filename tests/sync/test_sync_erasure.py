"""An Art. 17 erasure done on the server reaches the laptops completely: no byte of the person
stays in the replica file, a pending laptop edit cannot bring the data back (not by upload,
not through a conflict's "mine"), and the dashboard counts stay as they were."""

from __future__ import annotations

import json
import uuid
from dataclasses import replace
from pathlib import Path

from sqlalchemy import text

from indie_desktop.services.context import Actor
from indie_desktop.services.workspace import Workspace
from indie_desktop.store.database import open_url
from indie_desktop.store.sqlite_residue import unallocated_residue
from tests import privacy_scenario as scenario
from tests.integration.shared_fixtures import SharedServer
from tests.sync.helpers import Laptop

# What the laptop typed before the erasure reached it: must be gone too.
LAPTOP_MOBILE = "0171 5550123"
LAPTOP_TRACES = (*scenario.TRACES, "5550123")
ADDENDUM = "Nachtrag vom Laptop: Angebot für Laserschneidanlage geschickt."


def _traces_in(data: bytes, traces: tuple[str, ...] = LAPTOP_TRACES) -> list[str]:
    found = []
    for trace in traces:
        for form in {trace, trace.lower(), trace.upper(), json.dumps(trace)[1:-1]}:
            if form.encode("utf-8") in data or form.encode("utf-16-le") in data:
                found.append(form)
    return found


def _laptop_bytes(laptop: Laptop) -> bytes:
    path = laptop.data_dir / "indie.sqlite3"
    files = [path, *path.parent.glob(path.name + "-*")]  # -wal, -shm, -journal
    return b"".join(f.read_bytes() for f in files if f.is_file())


def _erase_on_server(
    shared: SharedServer, person_id: uuid.UUID, *, anonymise_only: bool = False
) -> None:
    """The administrator erases, confirming every mention the app finds."""
    db = open_url(shared.admin_url)
    try:
        admin = Workspace(db, Actor.system())
        mentions = admin.privacy.erasure_mentions(person_id)
        admin.privacy.erase(person_id, mentions, anonymise_only=anonymise_only)
    finally:
        db.dispose()


def _server_tables_holding(shared: SharedServer, needles: tuple[str, ...]) -> dict[str, list[str]]:
    db = open_url(shared.admin_url)
    found: dict[str, list[str]] = {}
    try:
        with db.engine.connect() as conn:
            tables = list(
                conn.execute(
                    text("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")
                ).scalars()
            )
            for table in tables:
                for row in conn.execute(text(f'SELECT t::text FROM "{table}" t')).scalars():
                    hits = [n for n in needles if n.lower() in row.lower()]
                    if hits:
                        found.setdefault(table, []).extend(hits)
    finally:
        db.dispose()
    return found


def test_a_server_erasure_leaves_no_byte_of_the_person_in_the_laptop_file(
    shared: SharedServer, tmp_path: Path
) -> None:
    office = shared.dortmund.workspace()
    (tmp_path / "files").mkdir()
    sc = scenario.build(office, tmp_path / "files")
    laptop, _ = Laptop.take_offline(tmp_path / "laptop", shared.dortmund)
    try:
        ws = laptop.workspace()
        assert ws.search.search("Yıldız").groups
        before = scenario.dashboard_counts(ws)
        assert _traces_in(_laptop_bytes(laptop))  # the replica did hold the person

        _erase_on_server(shared, sc.person_id)
        summary = laptop.sync()

        assert (summary.sent, summary.conflicts, summary.discarded) == (0, 0, 0)
        assert _traces_in(_laptop_bytes(laptop)) == []
        assert unallocated_residue(laptop.data_dir / "indie.sqlite3") is None
        # Statistics on the laptop stay as they were: visits and referrals kept, anonymised.
        assert scenario.dashboard_counts(ws) == before
        assert not ws.search.search("Yıldız").groups
        assert not ws.search.search(scenario.EMAIL).groups
        other = ws.people.detail(sc.other_person_id).draft
        assert other.notes == "Vertritt [entfernt] im Urlaub."
        assert laptop.sync().received == 0  # nothing left to do
    finally:
        laptop.close()
        office.db.dispose()


def test_a_pulled_erasure_wins_over_pending_laptop_edits_of_the_person_and_their_mentions(
    shared: SharedServer, tmp_path: Path
) -> None:
    office = shared.dortmund.workspace()
    (tmp_path / "files").mkdir()
    sc = scenario.build(office, tmp_path / "files")
    laptop, _ = Laptop.take_offline(tmp_path / "laptop", shared.dortmund)
    try:
        ws = laptop.workspace()
        before = scenario.dashboard_counts(ws)
        # Offline: the person gets a new mobile number, the visit report an addendum that
        # names the person again.
        person = ws.people.detail(sc.person_id)
        ws.people.update(sc.person_id, replace(person.draft, mobile=LAPTOP_MOBILE), person.version)
        visit = ws.activities.detail(sc.activity_id)
        ws.activities.update(
            sc.activity_id,
            replace(
                visit.draft,
                report=f"{visit.draft.report} {ADDENDUM} Şükrü Yıldız mobil: {LAPTOP_MOBILE}",
            ),
            visit.version,
        )
        assert laptop.unsynced() >= 2

        _erase_on_server(shared, sc.person_id)
        summary = laptop.sync()

        # The user is told; the erasure won.
        assert summary.discarded == 1
        assert summary.redacted == 1
        assert summary.erased_persons == 1
        assert summary.conflicts == 0
        assert laptop.unsynced() == 0
        for table in ("sync_conflict", "sync_outbox", "sync_base", "sync_change"):
            assert laptop.sql(f"SELECT count(*) FROM {table}") == [(0,)], table
        # Nothing of the person re-appeared on the server (audit trail and receipts included);
        # the addendum itself did go up.
        needles = (*LAPTOP_TRACES, "Şükrü", "Yıldız")
        assert _server_tables_holding(shared, needles) == {}
        report = office.activities.detail(sc.activity_id).draft.report
        assert ADDENDUM in report and "[entfernt] mobil: [entfernt]" in report
        assert ws.activities.detail(sc.activity_id).draft.report == report
        assert laptop.sql(
            "SELECT last_name, mobile, phone, deleted_at IS NOT NULL FROM person WHERE id = ?",
            (sc.person_id.hex,),
        ) == [("Anonymisiert", None, None, 1)]
        # ...nor on the laptop, in any byte of its file.
        assert _traces_in(_laptop_bytes(laptop)) == []
        assert unallocated_residue(laptop.data_dir / "indie.sqlite3") is None
        assert scenario.dashboard_counts(ws) == before
        again = laptop.sync()
        assert (again.sent, again.discarded, again.conflicts) == (0, 0, 0)
    finally:
        laptop.close()
        office.db.dispose()


def test_a_conflict_left_by_an_erasure_during_the_upload_is_dropped_by_the_pull(
    shared: SharedServer, tmp_path: Path
) -> None:
    """The administrator erases after the laptop looked for erasures and before its upload:
    the upload meets the tombstone (an edit/delete conflict holding the laptop's values), and
    the pull that brings the erasure drops that conflict, so its "mine" cannot restore it."""
    from indie_desktop.sync import erasure

    office = shared.dortmund.workspace()
    (tmp_path / "files").mkdir()
    sc = scenario.build(office, tmp_path / "files")
    laptop, _ = Laptop.take_offline(tmp_path / "laptop", shared.dortmund)
    try:
        ws = laptop.workspace()
        person = ws.people.detail(sc.person_id)
        ws.people.update(sc.person_id, replace(person.draft, mobile=LAPTOP_MOBILE), person.version)
        look = erasure.erasures_before_push

        def look_then_erase(*args, **kw):  # type: ignore[no-untyped-def]
            found = look(*args, **kw)
            _erase_on_server(shared, sc.person_id)
            return found

        erasure.erasures_before_push = look_then_erase  # type: ignore[assignment]
        try:
            summary = laptop.sync()
        finally:
            erasure.erasures_before_push = look
        assert summary.conflicts == 1  # the upload met the tombstone...
        assert summary.discarded == 1  # ...and the pulled erasure dropped the conflict
        assert laptop.conflicts() == []
        assert laptop.sql("SELECT count(*) FROM sync_conflict") == [(0,)]
        assert _traces_in(_laptop_bytes(laptop)) == []
    finally:
        laptop.close()
        office.db.dispose()


def test_the_status_bar_tells_the_user_that_an_erasure_discarded_a_local_change(
    qtbot, shared: SharedServer, tmp_path: Path, german: None
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication, QMainWindow

    from indie_desktop.ui.sync.status_widget import SyncStatusWidget
    from indie_desktop.ui.tasks import SynchronousRunner
    from tests.sync.test_sync_ui import PasswordService

    office = shared.dortmund.workspace()
    (tmp_path / "files").mkdir()
    sc = scenario.build(office, tmp_path / "files")
    laptop, _ = Laptop.take_offline(tmp_path / "laptop", shared.dortmund)
    try:
        ws = laptop.workspace()
        person = ws.people.detail(sc.person_id)
        ws.people.update(sc.person_id, replace(person.draft, mobile=LAPTOP_MOBILE), person.version)
        _erase_on_server(shared, sc.person_id)
        window = QMainWindow()
        qtbot.addWidget(window)
        window.resize(1400, 120)
        service = PasswordService(laptop.data_dir, shared.dortmund.password)
        widget = SyncStatusWidget(service, SynchronousRunner(window), window)
        window.statusBar().addPermanentWidget(widget)
        window.show()
        assert "1 nicht synchronisierte Änderung" in widget.state_label.text()

        qtbot.mouseClick(widget.sync_button, Qt.MouseButton.LeftButton)

        message = window.statusBar().currentMessage()
        assert message.startswith(
            "1 lokale Änderung an einer gelöschten Person verworfen (Löschung nach Art. 17). "
            "Synchronisiert:"
        )
        assert "alles synchronisiert" in widget.state_label.text()
        assert widget.conflict_button.isHidden()
        qtbot.waitUntil(lambda: window.statusBar().currentMessage() == message)
        QApplication.processEvents()
        window.grab().save(str(tmp_path / "erasure-notice.png"))
    finally:
        laptop.close()
        office.db.dispose()


def test_a_program_reading_the_file_during_the_sync_delays_the_scrub_to_the_next_sync(
    shared: SharedServer, tmp_path: Path
) -> None:
    """Another program in the middle of a read keeps the write-ahead log from being emptied:
    the sync still succeeds, and the next one finishes cleaning the file."""
    import sqlite3

    office = shared.dortmund.workspace()
    (tmp_path / "files").mkdir()
    sc = scenario.build(office, tmp_path / "files")
    laptop, _ = Laptop.take_offline(tmp_path / "laptop", shared.dortmund)
    reader = sqlite3.connect(laptop.data_dir / "indie.sqlite3", isolation_level=None)
    try:
        _erase_on_server(shared, sc.person_id)
        reader.execute("BEGIN")
        assert reader.execute("SELECT count(*) FROM person").fetchone()[0] == 2
        summary = laptop.sync()
        assert summary.erased_persons == 1
        assert laptop.sql("SELECT value FROM sync_meta WHERE key = 'erasure_compact'") == [
            ("pending",)
        ]
        reader.execute("COMMIT")
        reader.close()
        assert laptop.sync().received == 0
        assert laptop.sql("SELECT value FROM sync_meta WHERE key = 'erasure_compact'") == []
        assert _traces_in(_laptop_bytes(laptop)) == []
    finally:
        reader.close()
        laptop.close()
        office.db.dispose()


def test_anonymising_on_the_server_also_wins_and_keeps_the_contact_live_on_the_laptop(
    shared: SharedServer, tmp_path: Path
) -> None:
    office = shared.dortmund.workspace()
    (tmp_path / "files").mkdir()
    sc = scenario.build(office, tmp_path / "files")
    laptop, _ = Laptop.take_offline(tmp_path / "laptop", shared.dortmund)
    try:
        ws = laptop.workspace()
        person = ws.people.detail(sc.person_id)
        ws.people.update(sc.person_id, replace(person.draft, mobile=LAPTOP_MOBILE), person.version)
        _erase_on_server(shared, sc.person_id, anonymise_only=True)
        summary = laptop.sync()
        assert (summary.discarded, summary.conflicts) == (1, 0)
        kept = ws.people.detail(sc.person_id).draft
        assert (kept.last_name, kept.first_name, kept.mobile) == ("Anonymisiert", "", "")
        assert [a.organisation_id for a in kept.affiliations] == [sc.organisation_id]
        assert _traces_in(_laptop_bytes(laptop)) == []
        # Later work on the anonymous contact is the laptop's own and travels as usual.
        person = ws.people.detail(sc.person_id)
        ws.people.update(sc.person_id, replace(person.draft, function="Einkauf"), person.version)
        again = laptop.sync()
        assert (again.sent, again.discarded, again.conflicts) == (1, 0, 0)
        assert office.people.detail(sc.person_id).draft.function == "Einkauf"
    finally:
        laptop.close()
        office.db.dispose()


def test_a_conflict_record_still_holding_an_erased_person_is_dropped_at_the_next_sync(
    shared: SharedServer, tmp_path: Path
) -> None:
    """A conflict kept from before (an older version of the app let the pull pass it by): the
    next sync finds the server's erasure of that person and drops it."""
    from indie_desktop.sync.columns import dumps

    office = shared.dortmund.workspace()
    (tmp_path / "files").mkdir()
    sc = scenario.build(office, tmp_path / "files")
    laptop, _ = Laptop.take_offline(tmp_path / "laptop", shared.dortmund)
    try:
        _erase_on_server(shared, sc.person_id)
        assert laptop.sync().conflicts == 0
        fields = {
            "first_name": {"base": scenario.FIRST, "mine": scenario.FIRST, "theirs": ""},
            "email": {"base": scenario.EMAIL, "mine": scenario.EMAIL, "theirs": None},
        }
        laptop.sql(
            "INSERT INTO sync_conflict (tbl, row_id, kind, fields, detected_at) "
            "VALUES ('person', ?, 'edit_delete', ?, '2026-11-20 10:00:00')",
            (sc.person_id.hex, dumps(fields)),
        )
        assert len(laptop.conflicts()) == 1
        summary = laptop.sync()
        assert summary.discarded == 1
        assert laptop.conflicts() == []
        assert _traces_in(_laptop_bytes(laptop)) == []
    finally:
        laptop.close()
        office.db.dispose()


def test_the_sync_names_the_laptops_backups_that_still_hold_the_erased_person(
    shared: SharedServer, tmp_path: Path
) -> None:
    from indie_desktop.config import Paths
    from indie_desktop.store import backup

    office = shared.dortmund.workspace()
    (tmp_path / "files").mkdir()
    sc = scenario.build(office, tmp_path / "files")
    laptop, _ = Laptop.take_offline(tmp_path / "laptop", shared.dortmund)
    try:
        # The app's daily copy, taken before the erasure, holds the person.
        policy = Paths.resolve(laptop.data_dir).backup_policy()
        daily = backup.take_backup(laptop.data_dir / "indie.sqlite3", policy, backup.DAILY)
        _erase_on_server(shared, sc.person_id)

        summary = laptop.sync()

        assert summary.backups_with_erased == [daily]
        assert _traces_in(_laptop_bytes(laptop)) == []  # the file itself is clean
        assert _traces_in(daily.read_bytes())  # the copy is not touched, only named
        # The next sync has nothing new to say about it.
        assert laptop.sync().backups_with_erased == []
    finally:
        laptop.close()
        office.db.dispose()


def test_the_status_bar_names_how_many_backups_still_hold_an_erased_person(
    qtbot, tmp_path: Path, german: None
) -> None:  # type: ignore[no-untyped-def]
    from indie_desktop.sync.engine import SyncSummary
    from indie_desktop.sync.service import ReplicaService
    from indie_desktop.ui.sync.status_widget import SyncStatusWidget
    from indie_desktop.ui.tasks import SynchronousRunner

    widget = SyncStatusWidget(ReplicaService(tmp_path), SynchronousRunner())
    qtbot.addWidget(widget)
    copies = [
        tmp_path / "daily-20261124-080000.sqlite3",
        tmp_path / "daily-20261125-080000.sqlite3",
    ]
    notices = widget.erasure_notices(SyncSummary(backups_with_erased=copies))
    assert notices == [
        "2 Sicherungskopien dieses Laptops enthalten die gelöschte Person noch; sie werden beim "
        "Wechsel der Sicherungen gelöscht (Ordner: Einstellungen, Sicherung)."
    ]
