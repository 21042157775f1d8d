"""Every window and dialog fits the office laptops' screens: 1280×688 logical pixels (1920×1080
at 150 %, taskbar excluded) and 1366×728 (1366×768 at 100 %), in German (the longer texts).

Each one is opened on a simulated screen of that size (ui/window_sizes.available_size), must
come up with its frame on the screen, and then at the smallest size its layout allows must
still show every button inside its window. Windows remember the size the user gave them.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, QSize
from PySide6.QtWidgets import QAbstractButton, QAbstractScrollArea, QApplication, QWidget

from indie_desktop.services.listing import ListQuery
from indie_desktop.services.work.needs import NeedDraft
from indie_desktop.services.work.referrals import PartnerChoice, ReferralDraft
from indie_desktop.services.workspace import Workspace
from indie_desktop.ui import window_sizes
from indie_desktop.ui.tasks import SynchronousRunner
from tests.ui.test_printing_preview import three_pages


@dataclass
class World:
    ws: Workspace
    org: uuid.UUID
    partner: uuid.UUID
    person: uuid.UUID
    need: uuid.UUID
    referral: uuid.UUID
    project: uuid.UUID
    tmp: Path


def _main_window(w: World) -> QWidget:
    from indie_desktop.ui.main_window import MainWindow

    return MainWindow(w.ws, runner=SynchronousRunner())


def _source(w: World, kind: str):
    from indie_desktop.ui.printing.mail_merge import RecipientSource

    service = w.ws.people if kind == "people" else w.ws.organisations
    return RecipientSource(kind, "Personen", service, ListQuery(), 2)


def _dialogs() -> dict[str, Callable[[World], QWidget]]:
    from indie_desktop.config import Settings
    from indie_desktop.ui.about_dialog import AboutDialog
    from indie_desktop.ui.connection_dialog import ConnectionDialog
    from indie_desktop.ui.crash import ErrorDetailsDialog
    from indie_desktop.ui.dialogs.cooperation_dialog import CooperationDialog
    from indie_desktop.ui.dialogs.need_dialog import NeedDialog
    from indie_desktop.ui.dialogs.organisation_dialog import OrganisationDialog
    from indie_desktop.ui.dialogs.person_dialog import PersonDialog
    from indie_desktop.ui.dialogs.project_dialog import ProjectDialog
    from indie_desktop.ui.dialogs.referral_dialog import ReferralDialog
    from indie_desktop.ui.dialogs.stage_change_dialog import StageChangeDialog
    from indie_desktop.ui.dialogs.task_dialog import TaskDialog
    from indie_desktop.ui.dialogs.visit_dialog import VisitDialog
    from indie_desktop.ui.duplicates.finder import DuplicateFinder
    from indie_desktop.ui.duplicates.merge_dialog import MergeDialog
    from indie_desktop.ui.first_run import FirstRunDialog
    from indie_desktop.ui.importing.batches_dialog import ImportBatchesDialog
    from indie_desktop.ui.importing.wizard import ImportWizard
    from indie_desktop.ui.password_dialog import PasswordDialog
    from indie_desktop.ui.printing.labels_dialog import LabelsDialog
    from indie_desktop.ui.printing.letterhead_dialog import LetterheadDialog
    from indie_desktop.ui.printing.mail_merge import MailMergeDialog
    from indie_desktop.ui.printing.preview import PrintPreviewDialog
    from indie_desktop.ui.printing.referral_letter import ReferralLetterDialog
    from indie_desktop.ui.privacy.erase_dialog import EraseDialog
    from indie_desktop.ui.privacy.privacy_dialog import PrivacyDialog
    from indie_desktop.ui.privacy.review_dialog import ReviewQueueDialog
    from indie_desktop.ui.settings_dialog import SettingsDialog
    from indie_desktop.ui.widgets.due_tasks_panel import DueTasksPanel

    run = SynchronousRunner()
    return {
        "main window": _main_window,
        "print preview": lambda w: PrintPreviewDialog(three_pages(), "Serienbrief", "Brief"),
        "visit": lambda w: VisitDialog(w.ws, None, organisation_id=w.org),
        "organisation": lambda w: OrganisationDialog(w.ws, w.org),
        "person": lambda w: PersonDialog(w.ws, w.person),
        "project": lambda w: ProjectDialog(w.ws, w.project),
        "need": lambda w: NeedDialog(w.ws, w.need),
        "task": lambda w: TaskDialog(w.ws, None),
        "referral": lambda w: ReferralDialog(w.ws, w.need),
        "stage change": lambda w: StageChangeDialog(w.ws, w.referral),
        "cooperation": lambda w: CooperationDialog(w.ws, None, referral_id=w.referral),
        "connection": lambda w: ConnectionDialog(Settings(w.tmp / "c.ini")),
        "password": lambda w: PasswordDialog(w.ws, run),
        "settings": lambda w: SettingsDialog(Settings(w.tmp / "s.ini"), w.ws),
        "first run": lambda w: FirstRunDialog(w.ws, run),
        "about": lambda w: AboutDialog("C:/Users/ayildiz/AppData/Local/indie-desktop/x.sqlite3"),
        "import wizard": lambda w: ImportWizard(w.ws, run),
        "import batches": lambda w: ImportBatchesDialog(w.ws, run),
        "duplicates": lambda w: DuplicateFinder(w.ws, run),
        "merge": lambda w: MergeDialog(w.ws, "organisation", w.org, w.partner),
        "labels": lambda w: LabelsDialog(w.ws, run, _source(w, "people")),
        "letterhead": lambda w: LetterheadDialog(w.ws),
        "mail merge": lambda w: MailMergeDialog(w.ws, run, _source(w, "people")),
        "referral letter": lambda w: ReferralLetterDialog(w.ws, w.referral),
        "privacy": lambda w: PrivacyDialog(w.ws, w.person),
        "privacy review": lambda w: ReviewQueueDialog(w.ws),
        "erase": lambda w: EraseDialog(w.ws, w.person, "Ayşe Kaya", runner=run),
        "due tasks": lambda w: DueTasksPanel([]),
        "error details": lambda w: ErrorDetailsDialog("Fehler", "Traceback …\n" * 40),
    }


DIALOGS = _dialogs()


@pytest.fixture
def world(sample: Workspace, tmp_path: Path) -> World:
    from indie_desktop.services.directory.organisations import OrganisationDraft

    ws = sample
    orgs = [r.id for r in ws.organisations.page(ListQuery(), 0, 10)]
    person = next(r.id for r in ws.people.page(ListQuery(), 0, 10) if "Kaya" in r.name)
    partner = ws.organisations.create(OrganisationDraft(name="Lasertechnik Wiśniewski GmbH"))
    need = ws.needs.create(NeedDraft(organisation_id=orgs[0], topic="Partner für Lasersintern"))
    (referral,) = ws.referrals.create(ReferralDraft(need, [PartnerChoice(partner)]))
    project = next(r.id for r in ws.projects.page(ListQuery(), 0, 10))
    return World(ws, orgs[0], partner, person, need, referral, project, tmp_path)


@pytest.fixture(autouse=True)
def sizes_in_memory(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(window_sizes, "STORE", window_sizes.SizeStore())


def _scrolled(button: QWidget, top: QWidget) -> bool:
    """Inside a scroll area's content: reached by scrolling, not by the window's size."""
    parent = button.parentWidget()
    while parent is not None and parent is not top:
        if isinstance(parent.parentWidget(), QAbstractScrollArea):
            return True
        parent = parent.parentWidget()
    return False


def _outside(widget: QWidget) -> list[str]:
    """Visible buttons (outside scrolled content) not fully inside the widget's rectangle."""
    area = QRect(QPoint(0, 0), widget.size())
    found = []
    for button in widget.findChildren(QAbstractButton):
        if not button.isVisibleTo(widget) or button.width() <= 0 or _scrolled(button, widget):
            continue
        rect = QRect(button.mapTo(widget, QPoint(0, 0)), button.size())
        if not area.contains(rect):
            found.append(f"{button.text() or button.objectName()!r} at {rect.getRect()}")
    return found


@pytest.mark.parametrize("screen", window_sizes.SMALLEST_SCREENS, ids=["1280x688", "1366x728"])
@pytest.mark.parametrize("name", list(DIALOGS))
def test_every_window_fits_the_office_laptop_screen_with_its_buttons_on_it(
    qtbot, world: World, german, monkeypatch: pytest.MonkeyPatch, name: str, screen: QSize
) -> None:
    monkeypatch.setattr(window_sizes, "available_size", lambda _w: QSize(screen))
    widget = DIALOGS[name](world)
    qtbot.addWidget(widget)
    widget.show()
    framed = widget.size() + window_sizes.FRAME
    assert framed.width() <= screen.width() and framed.height() <= screen.height(), (
        f"{name} opens at {widget.width()}×{widget.height()}"
    )
    if name == "main window":  # the search box (Ctrl+K) stays in the toolbar, not its overflow
        QApplication.processEvents()
        assert widget.search_box.isVisible()  # type: ignore[attr-defined]
    smallest = widget.minimumSizeHint().expandedTo(widget.minimumSize())
    assert smallest.width() + window_sizes.FRAME.width() <= screen.width(), name
    assert smallest.height() + window_sizes.FRAME.height() <= screen.height(), (
        f"{name} needs at least {smallest.width()}×{smallest.height()}"
    )
    widget.resize(smallest)
    QApplication.processEvents()
    assert _outside(widget) == []


def test_a_window_opens_again_at_the_size_the_user_gave_it(
    qtbot, world: World, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(window_sizes, "available_size", lambda _w: QSize(1366, 728))
    window_sizes.STORE.use_file(tmp_path / "window-sizes.ini")
    from indie_desktop.ui.printing.preview import PrintPreviewDialog

    first = PrintPreviewDialog(three_pages(), "Brief", "Brief")
    qtbot.addWidget(first)
    first.show()
    first.resize(700, 600)
    first.close()
    again = window_sizes.SizeStore()
    again.use_file(tmp_path / "window-sizes.ini")  # the next start reads the file
    monkeypatch.setattr(window_sizes, "STORE", again)
    second = PrintPreviewDialog(three_pages(), "Brief", "Brief")
    qtbot.addWidget(second)
    assert (second.width(), second.height()) == (700, 600)
    # a size remembered on a bigger monitor still fits the laptop
    again.set("print_preview", QSize(1800, 1100))
    third = PrintPreviewDialog(three_pages(), "Brief", "Brief")
    qtbot.addWidget(third)
    assert third.height() + window_sizes.FRAME.height() <= 728
