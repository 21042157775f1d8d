"""Issue 21: a detail pane never shows a record the list's filter has hidden. Typing in the
filter box, choosing a kind or status, a colleague's change that moves the record out of the
filter: the pane shows the record still listed or nothing. A link to a record the filter hides
clears the filter, so the list shows what the pane shows. Every list is walked."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

import pytest

from indie_desktop.domain.enums import OrganisationKind, ProjectKind
from indie_desktop.services.contacts.people import PersonDraft
from indie_desktop.services.directory.organisations import OrganisationDraft
from indie_desktop.services.events.events import EventDraft
from indie_desktop.services.work.needs import NeedDraft
from indie_desktop.services.work.projects import ProjectDraft
from indie_desktop.services.work.referrals import PartnerChoice, ReferralDraft
from indie_desktop.services.work.tasks import TaskDraft
from indie_desktop.services.workspace import Workspace
from indie_desktop.ui.main_window import (
    ACTIVITIES,
    EVENTS,
    NEEDS,
    ORGANISATIONS,
    PEOPLE,
    PROJECTS,
    REFERRALS,
    TASKS,
    MainWindow,
)
from indie_desktop.ui.tasks import SynchronousRunner
from indie_desktop.ui.views.record_list_view import RecordListView
from tests.ui.dialog_fixtures import type_text

TODAY = date.today().strftime("%d.%m.%Y")


@pytest.fixture(autouse=True)
def _today() -> None:
    """Today as the test runs (a suite that runs past midnight: not as it was collected)."""
    global TODAY
    TODAY = date.today().strftime("%d.%m.%Y")


@dataclass(frozen=True)
class Pair:
    """Record A (selected first, its text in the pane) and the filter that lists only B."""

    a: uuid.UUID
    a_text: str
    filter_text: str


@pytest.fixture
def pairs(workspace: Workspace) -> dict[str, Pair]:
    ws = workspace
    mueller = ws.organisations.create(
        OrganisationDraft(name="Müller Präzisionstechnik GmbH", kind=OrganisationKind.COMPANY)
    )
    yildiz = ws.organisations.create(
        OrganisationDraft(name="Yıldız Metallbau GmbH", kind=OrganisationKind.CRAFT_BUSINESS)
    )
    partner = ws.organisations.create(
        OrganisationDraft(name="Aachener Stahl AG", kind=OrganisationKind.SERVICE_PROVIDER)
    )
    zoe = ws.people.create(PersonDraft(first_name="Zoë", last_name="Ñúñez"))
    ws.people.create(PersonDraft(first_name="Łukasz", last_name="Wiśniewski"))
    project = ws.projects.create(
        ProjectDraft(name="Netzwerkprojekt Metall", kind=ProjectKind.NETWORK_PROJECT)
    )
    ws.projects.create(ProjectDraft(name="Transferprojekt Logistik"))
    event = ws.events.create(EventDraft(name="Branchentreff Metall", date=TODAY))
    ws.events.create(EventDraft(name="Werkstofftag Ruhr", date=TODAY))
    visits = {}
    for firm, subject in ((mueller, "Werksbesuch Präzision"), (yildiz, "Werksbesuch Metallbau")):
        draft = ws.activities.new_draft(firm)
        draft.date, draft.subject = TODAY, subject
        visits[firm] = ws.activities.record_visit(draft)
    need_a = ws.needs.create(NeedDraft(organisation_id=mueller, topic="Laserschweißen"))
    need_b = ws.needs.create(NeedDraft(organisation_id=yildiz, topic="Pulverbeschichtung"))
    (referral,) = ws.referrals.create(ReferralDraft(need_a, [PartnerChoice(partner)]))
    ws.referrals.create(ReferralDraft(need_b, [PartnerChoice(partner)]))
    task = ws.tasks.create(TaskDraft(title="Angebot Präzision nachfassen", due_on=TODAY))
    ws.tasks.create(TaskDraft(title="Metallbau anrufen", due_on=TODAY))
    return {
        ORGANISATIONS: Pair(mueller, "Müller Präzisionstechnik", "Yıldız"),
        PEOPLE: Pair(zoe, "Ñúñez", "Wiśniewski"),
        PROJECTS: Pair(project, "Netzwerkprojekt Metall", "Transferprojekt"),
        EVENTS: Pair(event, "Branchentreff Metall", "Werkstofftag"),
        ACTIVITIES: Pair(visits[mueller], "Werksbesuch Präzision", "Yıldız"),
        NEEDS: Pair(need_a, "Laserschweißen", "Yıldız"),
        REFERRALS: Pair(referral, "Müller", "Yıldız"),
        TASKS: Pair(task, "Angebot Präzision", "Metallbau"),
    }


@pytest.fixture
def window(qtbot, workspace: Workspace, pairs: dict[str, Pair]) -> MainWindow:
    w = MainWindow(workspace, runner=SynchronousRunner())
    qtbot.addWidget(w)
    w.resize(1400, 900)
    w.show()
    return w


def _shows(view: RecordListView, text: str) -> bool:
    return text in view.detail.toPlainText()


def _pane_matches_selection(view: RecordListView) -> None:
    """The pane shows the selected row, or no record at all."""
    if view._shown_id is not None:
        assert view.selected_id() == view._shown_id


@pytest.mark.parametrize(
    "key", [ORGANISATIONS, PEOPLE, PROJECTS, EVENTS, ACTIVITIES, NEEDS, REFERRALS, TASKS]
)
def test_typing_a_filter_that_hides_the_record_shown_clears_its_detail_pane(
    qtbot, window: MainWindow, pairs: dict[str, Pair], key: str
) -> None:
    pair = pairs[key]
    window.show_view(key)
    view = window.views[key]
    assert view.select_record(pair.a)
    assert _shows(view, pair.a_text)
    type_text(qtbot, view.filter_edit, pair.filter_text)
    qtbot.waitUntil(lambda: view.model.query.text == pair.filter_text, timeout=3000)
    assert view.model.row_of(pair.a) is None
    assert view.model.rowCount() >= 1  # the other record is listed
    assert not _shows(view, pair.a_text)
    _pane_matches_selection(view)
    # Esc empties the filter: the list is whole again, nothing hidden is shown
    view.filter_edit.clear()
    view.apply_filter()
    assert view.model.row_of(pair.a) is not None
    _pane_matches_selection(view)


def test_a_filter_the_record_shown_still_matches_keeps_it_selected_and_shown(
    qtbot, window: MainWindow, pairs: dict[str, Pair]
) -> None:
    view = window.organisations_view
    view.select_record(pairs[ORGANISATIONS].a)
    type_text(qtbot, view.filter_edit, "Müller")
    view.apply_filter()
    assert view.selected_id() == pairs[ORGANISATIONS].a
    assert _shows(view, "Müller Präzisionstechnik")


def test_choosing_a_kind_in_the_navigation_clears_an_organisation_of_another_kind(
    qtbot, window: MainWindow, pairs: dict[str, Pair]
) -> None:
    view = window.organisations_view
    view.select_record(pairs[ORGANISATIONS].a)  # a company
    window.show_view(ORGANISATIONS, OrganisationKind.CRAFT_BUSINESS)
    assert not _shows(view, "Müller Präzisionstechnik")
    _pane_matches_selection(view)


def test_a_colleagues_change_that_moves_the_record_out_of_the_filter_clears_the_pane(
    qtbot, window: MainWindow, workspace: Workspace, pairs: dict[str, Pair]
) -> None:
    view = window.organisations_view
    window.show_view(ORGANISATIONS, OrganisationKind.COMPANY)
    mueller = pairs[ORGANISATIONS].a
    view.select_record(mueller)
    assert _shows(view, "Müller Präzisionstechnik")
    detail = workspace.organisations.detail(mueller)
    detail.draft.kind = OrganisationKind.CRAFT_BUSINESS
    workspace.organisations.update(mueller, detail.draft, detail.version)
    window.refresh_changed({"organisation"})  # as the change feed reports it
    assert view.model.row_of(mueller) is None
    assert not _shows(view, "Müller Präzisionstechnik")


def test_a_link_to_a_record_the_filter_hides_clears_the_filter_and_selects_it(
    qtbot, window: MainWindow, workspace: Workspace, pairs: dict[str, Pair]
) -> None:
    view = window.organisations_view
    type_text(qtbot, view.filter_edit, "Yıldız")
    view.apply_filter()
    window.show_view(NEEDS)
    window.open_record("organisation", pairs[ORGANISATIONS].a)  # e.g. from a need's detail
    assert window.current_view_key() == ORGANISATIONS
    assert view.filter_edit.text() == ""
    assert view.selected_id() == pairs[ORGANISATIONS].a
    assert _shows(view, "Müller Präzisionstechnik")


def test_a_new_task_that_the_tasks_filter_would_hide_is_listed_and_shown(
    qtbot, window: MainWindow, workspace: Workspace, pairs: dict[str, Pair]
) -> None:
    """Saved for a colleague while "my open tasks" is shown: the list widens to show it."""
    from indie_desktop.domain.models import Staff

    with workspace.db.session() as s:
        colleague = Staff(
            institution_id=workspace.actor.institution_id, first_name="Zoë", last_name="Ñúñez"
        )
        s.add(colleague)
        s.flush()
        colleague_id = colleague.id
    window.show_view(TASKS)
    view = window.views[TASKS]
    task = workspace.tasks.create(
        TaskDraft(title="Für die Kollegin", due_on=TODAY, assignee_id=colleague_id)
    )
    view._after_save(task)
    assert view.selected_id() == task
    assert _shows(view, "Für die Kollegin")
