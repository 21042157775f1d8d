"""PNG pictures of the main views and dialogs, rendered offscreen (docs, reviews, releases)."""

from __future__ import annotations

import importlib
import logging
import uuid
from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QApplication, QDialog, QWidget

from indie_desktop.services.workspace import Workspace
from indie_desktop.ui.first_run import FirstRunDialog
from indie_desktop.ui.main_window import DASHBOARD, MainWindow
from indie_desktop.ui.tasks import SynchronousRunner
from indie_desktop.ui.views.record_list_view import RecordListView
from indie_desktop.ui.window_host import (
    ACTIVITIES,
    EVENTS,
    NEEDS,
    ORGANISATIONS,
    PEOPLE,
    PROJECTS,
    TASKS,
)

log = logging.getLogger(__name__)

WINDOW_SIZE = (1440, 880)


def _settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def _save(widget: QWidget, path: Path) -> Path:
    _settle()
    if not widget.grab().save(str(path)):
        raise OSError(f"cannot write {path}")
    return path


def _pick_row(view: RecordListView, key: str, workspace: Workspace) -> int:
    """A row whose detail pane has something to show (an organisation with people)."""
    if key != ORGANISATIONS:
        return 0
    for row in range(min(view.model.rowCount(), 60)):
        detail = workspace.organisations.detail(view.model.row_id(row))
        if len(detail.people) >= 2 and detail.draft.competences:
            return row
    return 0


def render_screenshots(workspace: Workspace, out_dir: Path) -> list[Path]:
    """Render each main view with a record selected, the edit dialogs and the first-run dialog."""
    out_dir.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    window = MainWindow(workspace, runner=SynchronousRunner())
    window.resize(*WINDOW_SIZE)
    window.show()
    selected: dict[str, uuid.UUID] = {}
    try:
        # Every list in menu order, the dashboard after the first seven (its number since
        # issue 9), the events list (issue 22) after the dashboard.
        keys = [k for k in window.views if k != EVENTS]
        numbered = [*enumerate(keys, start=1), (len(keys) + 2, EVENTS)]
        for number, key in numbered:
            window.show_view(key)
            view = window.views[key]
            if view.model.rowCount():
                row = _pick_row(view, key, workspace)
                view.select_row(row)
                selected[key] = view.model.row_id(row)
            written.append(_save(window, out_dir / f"{number:02d}-{key}.png"))
        window.show_view(DASHBOARD)  # the dashboard of the current year
        written.append(_save(window, out_dir / f"{len(keys) + 1:02d}-{DASHBOARD}.png"))
        written += _render_dialogs(workspace, window, selected, out_dir)
        first_run = FirstRunDialog(workspace, SynchronousRunner(), window)
        first_run.load_demo.setEnabled(True)  # as on a real first start (an empty database)
        first_run.show()
        written.append(_save(first_run, out_dir / "20-first-run.png"))
        first_run.reject()
        first_run.deleteLater()
    finally:
        window.hide()
        window.deleteLater()
        _settle()
    return written


DIALOGS = (
    (ORGANISATIONS, "organisation_dialog", "OrganisationDialog", "11-organisation-dialog.png"),
    (PEOPLE, "person_dialog", "PersonDialog", "12-person-dialog.png"),
    (PROJECTS, "project_dialog", "ProjectDialog", "13-project-dialog.png"),
    (ACTIVITIES, "visit_dialog", "VisitDialog", "14-visit-dialog.png"),
    (NEEDS, "need_dialog", "NeedDialog", "15-need-dialog.png"),
    (NEEDS, "referral_dialog", "ReferralDialog", "16-referral-dialog.png"),
    (TASKS, "task_dialog", "TaskDialog", "17-task-dialog.png"),
)

NEEDS_A_RECORD = {"ReferralDialog"}


def _render_dialogs(
    workspace: Workspace, parent: QWidget, selected: dict[str, uuid.UUID], out_dir: Path
) -> list[Path]:
    """Each edit dialog opened on the record selected in its list."""
    written: list[Path] = []
    for key, module_name, class_name, file_name in DIALOGS:
        try:
            module = importlib.import_module(f"indie_desktop.ui.dialogs.{module_name}")
        except ImportError as exc:  # a missing dialog must not cost the other pictures
            log.warning("%s not rendered: %s", class_name, exc)
            continue
        if class_name in NEEDS_A_RECORD and selected.get(key) is None:
            continue  # e.g. a referral starts from a need; none in this database
        # Every edit dialog takes (workspace, record id, parent); a ReferralDialog's id is a need's.
        dialog_class: Callable[[Workspace, uuid.UUID | None, QWidget], QDialog] = getattr(
            module, class_name
        )
        dialog = dialog_class(workspace, selected.get(key), parent)
        dialog.show()
        written.append(_save(dialog, out_dir / file_name))
        dialog.reject()
        dialog.deleteLater()
    return written
