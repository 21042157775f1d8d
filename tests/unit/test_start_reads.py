"""The window's first page is read without the ORM (services.start) and must list exactly what the
organisations service lists: the same rows, in the same order, with the same cells."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import uuid
from pathlib import Path

from indie_desktop.domain.enums import OrganisationKind
from indie_desktop.services import start
from indie_desktop.services.directory.organisations import OrganisationDraft
from indie_desktop.services.listing import ListQuery
from indie_desktop.services.workspace import Workspace


def fill_network(ws: Workspace) -> None:
    """Organisations with and without a Betreuer/in, city, phone or WZ code, of every kind,
    names that sort alike (the id decides), umlauts, and a deleted one."""
    orgs = ws.organisations
    kinds = list(OrganisationKind)
    names = ["Zeta AG", "Ärztehaus Witten", "Abel GmbH", "Bau GmbH", "bau gmbh", "Öko eG"]
    for i in range(40):
        orgs.create(
            OrganisationDraft(
                name=f"{names[i % len(names)]} {i // 12}" if i % 5 else names[i % len(names)],
                kind=kinds[i % len(kinds)],
                postcode="58095" if i % 3 == 0 else "",
                city="Hagen" if i % 3 == 0 else "",
                phone="02331 123456" if i % 4 == 0 else "",
                wz_code="25.62" if i % 6 == 0 else "",
                responsible_staff_id=ws.actor.staff_id if i % 2 == 0 else None,
            )
        )
    gone = orgs.create(OrganisationDraft(name="Aaa gelöscht GmbH"))
    orgs.delete(gone)


def assert_first_page_as_the_service(ws: Workspace) -> None:
    service = ws.organisations
    query = ListQuery(sort="name")
    assert start.is_first_page(query)
    assert start.organisation_count(ws.db) == service.count(query)
    for limit in (1, 7, 200):
        for descending in (False, True):
            q = ListQuery(sort="name", descending=descending)
            assert start.organisation_page(ws.db, limit, descending) == service.page(q, 0, limit)


def test_the_window_opens_with_the_organisations_the_service_lists(
    local_workspace: Workspace,
) -> None:
    fill_network(local_workspace)
    assert_first_page_as_the_service(local_workspace)


def test_the_window_opens_on_an_empty_list_like_the_service(local_workspace: Workspace) -> None:
    assert start.organisation_count(local_workspace.db) == 0
    assert start.organisation_page(local_workspace.db, 200) == []


def test_the_app_opens_as_the_user_of_the_local_file(local_workspace: Workspace) -> None:
    assert start.local_actor(local_workspace.db) == local_workspace.directory.local_actor()
    assert start.local_actor(local_workspace.db) == local_workspace.actor


def test_a_new_local_file_asks_for_its_user_first(local_db: object) -> None:
    assert start.local_actor(local_db) is None  # type: ignore[arg-type]


def test_only_the_first_load_of_the_list_as_it_opens_is_read_without_the_service() -> None:
    """Filtering, sorting, scrolling and every later reload ask the service."""
    calls: list[str] = []

    class Service:
        def count(self, query: ListQuery) -> int:
            calls.append("count")
            return 0

        def page(
            self, query: ListQuery, offset: int, limit: int, after: uuid.UUID | None = None
        ) -> list[object]:
            calls.append("page")
            return []

    class Db:  # any use of the database would fail: the first load is not asked for here
        pass

    source = start.StartingOrganisations(Db(), Service)  # type: ignore[arg-type]
    source.count(ListQuery(text="metall"))
    source.page(ListQuery(text="metall"), 0, 200)
    source.count(ListQuery(sort="name"))
    assert calls == ["count", "page", "count"]


def _python(*args: str, **env: object) -> subprocess.CompletedProcess[str]:
    """This checkout's Python in a process of its own (offscreen Qt); it must succeed."""
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    environment.update({key: str(value) for key, value in env.items()})
    root = Path(__file__).resolve().parents[2]
    environment["PYTHONPATH"] = os.pathsep.join([str(root), os.environ.get("PYTHONPATH", "")])
    done = subprocess.run(
        [sys.executable, *args],
        capture_output=True,
        text=True,
        env=environment,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return done


STARTS_WINDOW = """
import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication

app = QApplication(sys.argv[:1])
from indie_desktop.app import compose_window
from indie_desktop.services import start
from indie_desktop.store.database import open_local
from indie_desktop.ui.tasks import TaskRunner

db = open_local(Path(sys.argv[1]))
actor = start.local_actor(db)
window = compose_window(db, actor, None, TaskRunner(), None)
rows = window.organisations_view.model.rowCount()
late = ("sqlalchemy.orm", "indie_desktop.domain.models")
print(rows, sorted(m for m in late if m in sys.modules))
"""


def test_the_window_is_built_with_its_first_page_before_the_orm_is_loaded(
    local_workspace: Workspace, tmp_path: Path
) -> None:
    """The ORM and the mapped classes (about half a second) load after the first paint."""
    fill_network(local_workspace)
    data_dir = local_workspace.db.path
    assert data_dir is not None
    done = _python("-c", STARTS_WINDOW, str(data_dir.parent))
    assert done.stdout.split("\n")[-2] == "40 []"


def test_right_after_the_first_paint_the_lists_service_is_ready(
    local_workspace: Workspace,
) -> None:
    from indie_desktop.services.directory.organisations import OrganisationService

    service = start.warm_up(local_workspace)
    assert isinstance(service, OrganisationService)
    assert service is local_workspace.organisations


def test_started_from_the_command_line_the_window_paints_its_list_before_the_orm_is_loaded(
    local_workspace: Workspace, tmp_path: Path
) -> None:
    """The user's way in (`indie-desktop --data-dir DIR`, as the installed shortcut does) goes
    through the command line's parser: none of its commands may pull the ORM into the start
    (`suggest` once did, half a second before every first paint)."""
    fill_network(local_workspace)
    data_dir = local_workspace.db.path
    assert data_dir is not None
    report = tmp_path / "start.json"
    _python("-m", "indie_desktop", "--data-dir", str(data_dir.parent), INDIE_START_PROBE=report)
    shown = json.loads(report.read_text(encoding="utf-8"))
    assert shown["rows"] == 40
    assert shown["orm_loaded"] is False
