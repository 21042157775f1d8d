"""The lists as German users read them: entry counts, column widths, affiliations in details."""

from __future__ import annotations

import datetime

import pytest
from PySide6.QtGui import QTextOption

from indie_desktop.domain.enums import ProjectStatus
from indie_desktop.domain.formatting import format_datetime
from indie_desktop.services.contacts.people import AffiliationDraft, PersonDraft
from indie_desktop.services.directory.organisations import OrganisationDraft
from indie_desktop.services.work.projects import ProjectDraft
from indie_desktop.services.workspace import Workspace
from indie_desktop.ui.labels import label
from indie_desktop.ui.main_window import ACTIVITIES, PEOPLE, PROJECTS, REFERRALS, MainWindow
from indie_desktop.ui.tasks import SynchronousRunner
from indie_desktop.ui.views.detail_html import affiliation_item, has_ended
from indie_desktop.ui.views.projects_view import ProjectColumn


@pytest.fixture
def window(qtbot, sample: Workspace) -> MainWindow:
    w = MainWindow(sample, runner=SynchronousRunner())
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    return w


# --- entry counts ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("shown", "total", "text"),
    [
        (1, 1, "1 Eintrag"),
        (5, 5, "5 Einträge"),
        (0, 0, "0 Einträge"),
        (20_000, 20_000, "20.000 Einträge"),
        (200, 300, "200 von 300 Einträgen"),
        (0, 1, "0 von 1 Eintrag"),
        (1_200, 100_000, "1.200 von 100.000 Einträgen"),
    ],
)
def test_entry_count_is_german_with_singular_and_thousands_separators(
    german, window: MainWindow, shown: int, total: int, text: str
) -> None:
    assert window.organisations_view.count_text(shown, total) == text


@pytest.mark.parametrize(
    ("shown", "total", "text"),
    [(1, 1, "1 entry"), (20_000, 20_000, "20.000 entries"), (200, 300, "200 of 300 entries")],
)
def test_entry_count_is_english_with_singular(
    english, window: MainWindow, shown: int, total: int, text: str
) -> None:
    assert window.views[PEOPLE].count_text(shown, total) == text


def test_list_with_one_entry_says_eintrag(german, window: MainWindow) -> None:
    view = window.views[PROJECTS]
    view.reload()
    assert view.model.total == 1
    assert view.count_label.text() == "1 Eintrag"


# --- column widths -----------------------------------------------------------------------------


def test_project_status_column_fits_abgeschlossen(qtbot, sample: Workspace, german) -> None:
    sample.projects.create(ProjectDraft(name="Messe 2019", status=ProjectStatus.COMPLETED))
    w = MainWindow(sample, runner=SynchronousRunner())
    qtbot.addWidget(w)
    view = w.views[PROJECTS]
    status = label(ProjectStatus.COMPLETED)
    assert status == "Abgeschlossen"
    width = view.table.columnWidth(ProjectColumn.STATUS)
    assert width >= view.table.fontMetrics().horizontalAdvance(status) + 12
    header = view.table.horizontalHeader()
    assert width >= header.fontMetrics().horizontalAdvance("Status") + 30  # with sort arrow


def test_activity_date_column_shows_date_and_time_whole(qtbot, sample: Workspace, german) -> None:
    w = MainWindow(sample, runner=SynchronousRunner())
    qtbot.addWidget(w)
    view = w.views[ACTIVITIES]
    widest = format_datetime(datetime.datetime(2026, 8, 28, 20, 48, tzinfo=datetime.UTC))
    assert widest == "28.08.2026 22:48"  # Berlin time
    width = view.table.columnWidth(0)
    assert width >= view.table.fontMetrics().horizontalAdvance(widest) + 12


# --- affiliations in the detail panes --------------------------------------------------------


def test_ended_affiliation_is_greyed_and_says_until_when(german) -> None:
    today = datetime.date(2026, 1, 1)
    ended = affiliation_item("Kaya", "CEO", None, datetime.date(2018, 11, 26), today=today)
    assert ended == '<span class="ended">Kaya – CEO, bis 26.11.2018</span>'
    span = affiliation_item(
        "Kaya", "", datetime.date(2015, 2, 1), datetime.date(2018, 11, 26), today=today
    )
    assert span.endswith("Kaya, 01.02.2015 bis 26.11.2018</span>")
    current = affiliation_item("Kaya", "", datetime.date(2015, 2, 1), None, today=today)
    assert current == "Kaya, seit 01.02.2015"
    planned_end = affiliation_item("Kaya", "", None, datetime.date(2030, 6, 30), today=today)
    assert planned_end == "Kaya, bis 30.06.2030"  # still holds: not greyed
    assert not has_ended(today, today)


@pytest.fixture
def network(sample: Workspace) -> tuple[Workspace, dict[str, object]]:
    """An organisation with a current and a former member; one person at two organisations."""
    orgs = sample.organisations
    werk = orgs.create(OrganisationDraft(name="Werkzeugbau Hagen"))
    guss = orgs.create(OrganisationDraft(name="Gießerei Witten"))
    people = sample.people
    former = people.create(
        PersonDraft(
            first_name="Anna",
            last_name="Alt",
            affiliations=[
                AffiliationDraft(
                    organisation_id=werk, role="Einkauf", until="26.11.2018", is_primary=True
                )
            ],
        )
    )
    both = people.create(
        PersonDraft(
            first_name="Ben",
            last_name="Beide",
            affiliations=[
                AffiliationDraft(organisation_id=werk, role="Leitung", is_primary=True),
                AffiliationDraft(organisation_id=guss, role="Beirat"),
            ],
        )
    )
    return sample, {"werk": werk, "guss": guss, "former": former, "both": both}


def test_organisation_detail_greys_former_staff_and_does_not_mark_primary(
    german, qtbot, network
) -> None:
    workspace, ids = network
    w = MainWindow(workspace, runner=SynchronousRunner())
    qtbot.addWidget(w)
    view = w.organisations_view
    html = view.render_detail(workspace.organisations.detail(ids["werk"]))
    assert "Hauptzuordnung" not in html
    assert '<span class="ended">' in html and "Einkauf, bis 26.11.2018" in html
    assert html.index("Ben Beide") < html.index("Anna Alt")  # current people first
    view.show_detail(ids["werk"])
    shown = view.detail.toHtml()
    from indie_desktop.ui.theme import muted_color

    # The palette's muted grey (light or dark scheme) reached the pane.
    assert "bis 26.11.2018" in shown and muted_color().name() in shown


def test_person_detail_marks_primary_only_among_several_organisations(
    german, qtbot, network
) -> None:
    workspace, ids = network
    w = MainWindow(workspace, runner=SynchronousRunner())
    qtbot.addWidget(w)
    view = w.views[PEOPLE]
    both = view.render_detail(workspace.people.detail(ids["both"]))
    assert both.count("Hauptzuordnung") == 1
    assert both.index("Werkzeugbau Hagen") < both.index("(Hauptzuordnung)")
    assert both.index("(Hauptzuordnung)") < both.index("Gießerei Witten")
    former = view.render_detail(workspace.people.detail(ids["former"]))
    assert "Hauptzuordnung" not in former
    assert '<span class="ended">' in former and "bis 26.11.2018" in former


# --- a laptop-sized window ---------------------------------------------------------------------


def test_on_a_1100_px_window_the_referral_filter_box_has_room_to_type_and_details_read_whole(
    qtbot, sample: Workspace, german
) -> None:
    w = MainWindow(sample, runner=SynchronousRunner())
    qtbot.addWidget(w)
    w.resize(1100, 750)
    w.show()
    qtbot.waitExposed(w)
    assert w.width() == 1100
    w.show_view(REFERRALS)
    view = w.views[REFERRALS]
    qtbot.wait(10)
    char = view.filter_edit.fontMetrics().averageCharWidth()
    assert view.filter_edit.width() >= 16 * char  # "Nach Organisation…" reads, typing fits
    assert view.detail.width() >= 300  # label and value side by side, no word broken
    assert view.count_label.isVisible() and "Eintr" in view.count_label.text()
    assert view.detail.wordWrapMode() == QTextOption.WrapMode.WordWrap
