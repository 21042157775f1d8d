"""Issue 21: the dashboard refreshes itself when records it counts change (a colleague's visit
recorded in another process, one's own edits, a sync), recomputes a hidden dashboard only when
it is shown again, and each figure says what it counts, over which period and institutions."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from datetime import date
from pathlib import Path

import pytest

from indie_desktop.services.directory.organisations import OrganisationDraft
from indie_desktop.services.workspace import Workspace
from indie_desktop.ui.main_window import DASHBOARD, ORGANISATIONS, MainWindow
from indie_desktop.ui.tasks import SynchronousRunner

ROOT = Path(__file__).resolve().parents[2]
TODAY = date.today().strftime("%d.%m.%Y")


@pytest.fixture(autouse=True)
def _today() -> None:
    """Today as the test runs (a suite that runs past midnight: not as it was collected)."""
    global TODAY
    TODAY = date.today().strftime("%d.%m.%Y")


# A colleague's process on the same data folder records a company visit at the first firm.
RECORD_VISIT = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from indie_desktop.services.context import Actor
    from indie_desktop.services.listing import ListQuery
    from indie_desktop.services.workspace import Workspace
    from indie_desktop.store.database import open_local

    db = open_local(Path(sys.argv[1]))
    actor = Workspace(db, Actor.system()).directory.acting_user()
    ws = Workspace(db, actor)
    firm = ws.organisations.page(ListQuery(sort="name"), 0, 1)[0].id
    draft = ws.activities.new_draft(firm)
    draft.date = sys.argv[2]
    draft.subject = "Besuch aus dem zweiten Programm"
    ws.activities.record_visit(draft)
    db.dispose()
    """
)


def _record_visit_in_another_process(data_dir: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    subprocess.run(
        [sys.executable, "-c", RECORD_VISIT, str(data_dir), TODAY],
        check=True,
        env=env,
        cwd=ROOT,
        timeout=120,
    )


@pytest.fixture
def window(qtbot, workspace: Workspace) -> MainWindow:
    workspace.organisations.create(OrganisationDraft(name="Müller Präzisionstechnik GmbH"))
    w = MainWindow(workspace, runner=SynchronousRunner())
    qtbot.addWidget(w)
    w.show()
    w.show_view(DASHBOARD)
    return w


def test_a_visit_recorded_in_another_process_appears_on_the_shown_dashboard_without_f5(
    qtbot, window: MainWindow, data_dir: Path
) -> None:
    tile = window.dashboard.tiles["visits"]
    assert tile.number.text() == "0"
    _record_visit_in_another_process(data_dir)
    window.live.check()  # what the poll timer runs every few seconds
    qtbot.waitUntil(lambda: tile.number.text() == "1", timeout=5000)


def test_a_hidden_dashboard_is_recomputed_once_when_shown_again_not_while_hidden(
    qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    service = window.workspace.dashboard
    computed: list[object] = []
    original = service.figures

    def counting(*args: object, **kwargs: object) -> object:
        computed.append(args)
        return original(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(service, "figures", counting)
    window.show_view(ORGANISATIONS)
    firm = window.organisations_view.model.row_id(0)
    draft = window.workspace.activities.new_draft(firm)
    draft.date = TODAY
    draft.subject = "Werksbesuch"
    window.workspace.activities.record_visit(draft)
    window.refresh_changed({"activity"})  # as the change feed reports it
    window.refresh_changed({"activity_organisation"})
    assert computed == []  # nothing computed for a dashboard nobody sees
    window.show_view(DASHBOARD)
    assert len(computed) == 1
    assert window.dashboard.tiles["visits"].number.text() == "1"
    window.show_view(ORGANISATIONS)
    window.show_view(DASHBOARD)
    assert len(computed) == 1  # nothing changed: the figures shown are current


def test_own_changes_from_a_list_refresh_the_dashboard_too(
    qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    window.show_view(ORGANISATIONS)
    firm = window.organisations_view.model.row_id(0)
    draft = window.workspace.activities.new_draft(firm)
    draft.date = TODAY
    draft.subject = "Werksbesuch"
    window.workspace.activities.record_visit(draft)
    window.organisations_view.records_changed.emit()  # a list saved or restored something
    window.show_view(DASHBOARD)
    assert window.dashboard.tiles["visits"].number.text() == "1"


def test_each_figure_says_what_it_counts_over_which_period_and_institutions(
    qtbot, window: MainWindow, german
) -> None:
    view = window.dashboard
    view.reload()
    year = date.today().year
    period = f"Zeitraum: 01.01.{year} – 31.12.{year}."
    for key, tile in view.tiles.items():
        assert period in tile.toolTip(), key
        assert "Institutionen: alle" in tile.toolTip(), key
    referrals = view.tiles["referrals"].toolTip()
    cooperations = view.tiles["cooperations"].toolTip()
    assert "mehrere Partner" in referrals  # why referrals exceed needs referred
    assert "Vom Bedarf zur Kooperation" in cooperations
    assert view.funnel.title.toolTip().startswith("Die im Zeitraum erfassten Bedarfe")
    # one institution chosen: the explanations name it
    view.institution.setCurrentIndex(1)
    assert f"Institution: {view.institution.currentText()}." in view.tiles["visits"].toolTip()
