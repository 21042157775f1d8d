"""Fixtures for the Qt tests: offscreen Qt, no modal error windows, a synchronous runner,
and workspaces on a fresh local database (one with a few organisations, people, projects)."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before anything imports Qt

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from indie_desktop.domain.enums import OrganisationKind, ProjectKind, Salutation
from indie_desktop.services.contacts.people import AffiliationDraft, PersonDraft
from indie_desktop.services.directory.organisations import OrganisationDraft
from indie_desktop.services.work.projects import ProjectDraft
from indie_desktop.services.workspace import Workspace
from indie_desktop.store.database import Database, open_local
from indie_desktop.ui import crash
from indie_desktop.ui.tasks import SynchronousRunner


@dataclass(frozen=True)
class ShownBox:
    title: str
    text: str
    detail: str


@pytest.fixture(autouse=True)
def message_boxes(monkeypatch: pytest.MonkeyPatch) -> list[ShownBox]:
    """Message boxes opened with exec() (errors.show_error) are recorded, not waited for."""
    shown: list[ShownBox] = []

    def record(box: QMessageBox) -> int:
        shown.append(ShownBox(box.windowTitle(), box.text(), box.detailedText()))
        return int(QMessageBox.StandardButton.Ok.value)

    monkeypatch.setattr(QMessageBox, "exec", record)
    return shown


@pytest.fixture(autouse=True)
def no_error_dialogs(monkeypatch: pytest.MonkeyPatch) -> None:
    """An unexpected error must fail the test, not wait for somebody to close a window."""
    monkeypatch.setattr(crash, "DIALOGS_ENABLED", False)


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def db(data_dir: Path) -> Iterator[Database]:
    database = open_local(data_dir)
    yield database
    database.dispose()


@pytest.fixture
def workspace(db: Database) -> Workspace:
    """A database with its user registered (WF Dortmund), still without any records."""
    from indie_desktop.services.context import Actor

    directory = Workspace(db, Actor.system()).directory
    choice = next(c for c in directory.institution_choices() if c.short_name == "WF Dortmund")
    actor = directory.register_local_user(choice, "Şükrü", "Yıldız", "s.yildiz@example.de")
    return Workspace(db, actor)


ORGANISATION_NAMES = (
    "Yıldız Metallbau GmbH",
    "Müller Präzisionstechnik",
    "Fachhochschule Südwestfalen",
    "Becker Elektro",
    "Fraunhofer-Institut für Materialfluss und Logistik",
)


@pytest.fixture
def sample(workspace: Workspace) -> Workspace:
    """A few organisations (kinds and cities differ), two people, one project."""
    kinds = (
        OrganisationKind.CRAFT_BUSINESS,
        OrganisationKind.COMPANY,
        OrganisationKind.UNIVERSITY,
        OrganisationKind.CRAFT_BUSINESS,
        OrganisationKind.RESEARCH_INSTITUTE,
    )
    cities = ("Dortmund", "Bochum", "Hagen", "Herne", "Dortmund")
    ids = [
        workspace.organisations.create(OrganisationDraft(name=name, kind=kind, city=city))
        for name, kind, city in zip(ORGANISATION_NAMES, kinds, cities, strict=True)
    ]
    workspace.people.create(
        PersonDraft(
            salutation=Salutation.FRAU,
            first_name="Ayşe",
            last_name="Kaya",
            function="Geschäftsführerin",
            email="a.kaya@example.de",
            affiliations=[AffiliationDraft(organisation_id=ids[0], role="CEO", is_primary=True)],
        )
    )
    workspace.people.create(PersonDraft(first_name="Jan", last_name="Becker"))
    workspace.projects.create(
        ProjectDraft(name="Branchentreff Metall", kind=ProjectKind.SECTOR_MEETING)
    )
    return workspace


@pytest.fixture
def runner() -> SynchronousRunner:
    return SynchronousRunner()


@pytest.fixture
def english(qapp: object) -> Iterator[None]:
    """The English user interface as `--lang en` starts it (numbers and dates stay German)."""
    from PySide6.QtCore import QLocale
    from PySide6.QtWidgets import QApplication

    from indie_desktop.ui.i18n import install_translator

    assert isinstance(qapp, QApplication)
    locale = QLocale()
    install_translator(qapp, "en")
    yield
    QLocale.setDefault(locale)
