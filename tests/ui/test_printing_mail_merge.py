"""Mail merge from a list's current filter: background run with progress, cancel, the people
left out with their reason; from the organisations list, to their primary contacts."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtWidgets import QDialog

from indie_desktop.services.contacts.people import AffiliationDraft, PersonDraft
from indie_desktop.services.directory.organisations import OrganisationDraft
from indie_desktop.ui.main_window import PEOPLE, MainWindow
from indie_desktop.ui.printing.mail_merge import MailMergeDialog
from indie_desktop.ui.printing.preview import PrintPreviewDialog
from indie_desktop.ui.tasks import SynchronousRunner
from tests.ui.printing_fixtures import PrintNetwork, build_print_network, pdf_text


@pytest.fixture
def network(workspace) -> PrintNetwork:
    return build_print_network(workspace)


class WatchingRunner(SynchronousRunner):
    """Runs at once like SynchronousRunner; `before_run` lets a test hook into the job dialog
    (connect to its progress, press Cancel) before the work starts."""

    def __init__(self) -> None:
        super().__init__()
        self.before_run: Callable[[], None] | None = None

    def run(self, fn, **kw):  # type: ignore[override]
        if self.before_run is not None:
            self.before_run()
        return super().run(fn, **kw)


@pytest.fixture
def runner() -> WatchingRunner:
    return WatchingRunner()


@pytest.fixture
def window(qtbot, network, runner, german) -> MainWindow:
    w = MainWindow(network.ws, runner=runner)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    return w


def open_merge(window: MainWindow) -> MailMergeDialog:
    window.printing.mail_merge_action.trigger()
    dialog = window.printing.last_dialog
    assert isinstance(dialog, MailMergeDialog)
    return dialog


def test_mail_merge_of_the_filtered_people_runs_with_progress_and_lists_who_was_left_out(
    qtbot, window, network
) -> None:
    window.show_view(PEOPLE)
    dialog = open_merge(window)
    assert dialog.all_radio.text() == "alle 3 Personen der Liste"
    dialog.select_template("einladung_branchentreff")
    job = dialog.start_merge()
    assert job.result() == QDialog.DialogCode.Accepted
    outcome = dialog.outcome
    assert outcome is not None
    assert outcome.letters == 2
    assert job.bar.maximum() == 3
    assert job.bar.value() == 3
    assert dialog.summary.text() == "2 Briefe erstellt. Ausgelassen: 1 (siehe unten)."
    assert dialog.skipped_table.item(0, 0).text() == "Jan Ohneort"
    assert dialog.skipped_table.item(0, 1).text().startswith("keine Postanschrift")
    assert isinstance(dialog.preview, PrintPreviewDialog)
    text = pdf_text(dialog.preview.pdf)
    assert "Łukasz Wiśniewski" in text
    assert "Zoë Ñúñez" in text
    assert dialog.preview.page_count() == 2
    dialog.preview.close()


def test_progress_reaches_the_dialog_while_the_letters_are_made(window, network, runner) -> None:
    window.show_view(PEOPLE)
    dialog = open_merge(window)
    seen: list[tuple[int, int]] = []
    runner.before_run = lambda: dialog.job.progressed.connect(lambda d, t: seen.append((d, t)))
    dialog.start_merge()
    assert seen[0][1] == 3
    assert seen[-1] == (3, 3)


def test_cancel_stops_the_merge_and_nothing_is_shown(window, network, runner) -> None:
    ws = network.ws
    for n in range(40):
        ws.people.create(
            PersonDraft(
                first_name=f"Person{n}",
                last_name="Łęcka",
                affiliations=[AffiliationDraft(organisation_id=network.mueller)],
            )
        )
    window.show_view(PEOPLE)
    window.views[PEOPLE].reload()
    dialog = open_merge(window)
    pressed: list[int] = []

    def cancel_at_first_report(done: int, _total: int) -> None:
        if not pressed:
            pressed.append(done)
            dialog.job.cancel_button.click()

    runner.before_run = lambda: dialog.job.progressed.connect(cancel_at_first_report)
    job = dialog.start_merge()
    assert pressed and pressed[0] < 43
    assert job.was_cancelled
    assert job.result() == QDialog.DialogCode.Rejected
    assert dialog.outcome is None
    assert dialog.preview is None


def test_first_letters_preview_before_the_whole_run(window, network) -> None:
    window.show_view(PEOPLE)
    dialog = open_merge(window)
    preview = dialog.preview_first()
    assert preview is not None
    assert preview.page_count() == 2  # of the first three, one has no address
    preview.close()


def test_from_the_organisations_list_the_primary_contacts_are_written_to(window, network) -> None:
    network.ws.organisations.create(OrganisationDraft(name="Niemand da GmbH", city="Herne"))
    window.organisations_view.reload()
    dialog = open_merge(window)
    assert dialog.all_radio.text().startswith("die Hauptansprechpersonen aller 4 Organisationen")
    dialog.start_merge()
    outcome = dialog.outcome
    assert outcome is not None
    assert outcome.letters == 2
    reasons = dict(outcome.skipped)
    assert reasons["Niemand da GmbH"] == "no primary contact"
    assert reasons["Jan Ohneort"].startswith("no postal address")
    texts = {dialog.skipped_table.item(r, 1).text() for r in range(2)}
    assert "keine Hauptansprechperson" in texts
    dialog.preview.close()


def test_mail_merge_runs_on_a_worker_thread_and_reports_back(qtbot, network, german) -> None:
    """The application's runner (a thread pool), not the synchronous one of the other tests."""
    from indie_desktop.ui.tasks import TaskRunner

    w = MainWindow(network.ws, runner=TaskRunner())
    qtbot.addWidget(w)
    w.show_view(PEOPLE)
    dialog = open_merge(w)
    with qtbot.waitSignal(dialog.merged, timeout=30_000) as merged:
        dialog.start_merge()
    assert merged.args[0].letters == 2
    assert dialog.job.result() == QDialog.DialogCode.Accepted
    dialog.preview.close()
    w.runner.wait()
