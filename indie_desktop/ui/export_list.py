"""File > Export list…: what the current list shows (filter, order, visible columns) to a file;
when several rows are selected, those rows only.

The format follows the file name's extension: .csv, .xlsx, for people .vcf (vCard), and for
tasks .ics: the open tasks of the list as calendar events for Outlook (at their due time, else
all day; Outlook's import ignores VTODO). The rows are read and written in the background
runner with a cancellable progress dialog.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog, QWidget

from indie_desktop.interchange import icalendar, table, vcard
from indie_desktop.services.exports import all_rows
from indie_desktop.ui.tasks import Cancelled, Runner, Task, show_failure
from indie_desktop.ui.views.people_view import PeopleView
from indie_desktop.ui.views.record_list_view import RecordListView
from indie_desktop.ui.views.tasks_view import TasksView


def ask_target(view: RecordListView, parent: QWidget) -> Path | None:
    """The file to write, chosen in a save dialog; the filter picks the format."""
    filters = [
        QCoreApplication.translate("export_list", "CSV for Excel (*.csv)"),
        QCoreApplication.translate("export_list", "Excel workbook (*.xlsx)"),
    ]
    if isinstance(view, PeopleView):
        filters.append(QCoreApplication.translate("export_list", "vCard address cards (*.vcf)"))
    if isinstance(view, TasksView):
        filters.append(QCoreApplication.translate("export_list", "Calendar for Outlook (*.ics)"))
    name, chosen = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("export_list", "Export list"),
        f"{view.title()}.csv",
        ";;".join(filters),
    )
    if not name:
        return None
    path = Path(name)
    if not path.suffix:  # no extension typed: the one of the chosen filter
        path = path.with_suffix(chosen[chosen.rfind("*.") + 1 : -1] if "*." in chosen else ".csv")
    return path


def selected_rows(view: RecordListView) -> list[Any] | None:
    """The rows to export when the user selected several (in the list's order); None: the
    whole filtered list (also after "select the whole list", which reaches past the loaded
    page)."""
    bulk = getattr(view, "bulk", None)
    if bulk is not None and bulk.whole_list:
        return None
    ids = view.selected_ids()
    if len(ids) < 2:
        return None
    rows = [view.model.row_of(i) for i in ids]
    return [view.model.row_at(r) for r in sorted(r for r in rows if r is not None)]


def export_view(view: RecordListView, path: Path, runner: Runner, parent: QWidget) -> None:
    """Write the list as it is shown to `path`; a message says how many rows were written."""
    suffix = path.suffix.lower()
    if (
        suffix not in (".csv", ".xlsx")
        and not (suffix == ".vcf" and isinstance(view, PeopleView))
        and not (suffix == ".ics" and isinstance(view, TasksView))
    ):
        QMessageBox.warning(
            parent,
            QCoreApplication.translate("export_list", "Export list"),
            QCoreApplication.translate(
                "export_list", "Choose a file ending in .csv, .xlsx or .vcf."
            ),
        )
        return
    header = view.table.horizontalHeader()
    columns = [c for i, c in enumerate(view.model.columns) if not header.isSectionHidden(i)]
    query, service, total = view.model.query, view.service, view.model.total
    chosen = selected_rows(view)
    if chosen is not None:
        total = len(chosen)
    exports = view.workspace.exports

    progress = QProgressDialog(
        QCoreApplication.translate("export_list", "Exporting…"),
        QCoreApplication.translate("export_list", "Cancel"),
        0,
        max(total, 1),
        parent,
    )
    progress.setWindowTitle(QCoreApplication.translate("export_list", "Export list"))
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(400)
    progress.setAutoClose(False)
    progress.setAutoReset(False)

    def work(task: Task) -> int:
        def rows() -> Any:
            source = chosen if chosen is not None else all_rows(service, query, task.is_cancelled)
            for n, row in enumerate(source, start=1):
                if task.is_cancelled():
                    raise Cancelled
                task.report("export", n, total)
                yield row

        if suffix == ".vcf":
            return vcard.write_vcards(path, exports.person_cards([r.id for r in rows()]))
        if suffix == ".ics":  # the listed tasks as events Outlook imports
            listed = {r.id for r in rows()}
            todos = [t for t in exports.tasks() if t.id in listed]
            return icalendar.write_calendar(path, task_events=todos)
        headers = [c.title for c in columns]
        cells = ([c.display(r) for c in columns] for r in rows())
        if suffix == ".csv":
            return table.write_csv(path, headers, cells)
        return table.write_xlsx(path, headers, cells, sheet_title=view.title())

    def on_progress(_phase: str, done: int, _total: int) -> None:
        progress.setValue(min(done, max(total, 1)))

    def done(written: object) -> None:
        progress.close()
        progress.deleteLater()
        message = (
            QCoreApplication.translate("export_list", "{count} selected entries written to {file}.")
            if chosen is not None
            else QCoreApplication.translate("export_list", "{count} entries written to {file}.")
        )
        parent_status = getattr(parent, "statusBar", None)
        text = message.format(count=written, file=path.name)
        if parent_status is not None:
            parent_status().showMessage(text, 10_000)

    def failed(error: BaseException) -> None:
        progress.close()
        progress.deleteLater()
        if isinstance(error, Cancelled):
            path.unlink(missing_ok=True)  # no half-written file is left behind
            return
        show_failure(error, parent)

    task = runner.run(work, on_success=done, on_failure=failed, on_progress=on_progress)
    progress.canceled.connect(task.cancel)
