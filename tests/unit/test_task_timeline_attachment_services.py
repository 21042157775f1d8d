"""Tasks by due date, the timeline of an organisation/person, attachments on records."""

from __future__ import annotations

import uuid
from datetime import date, timedelta
from pathlib import Path

import pytest

from indie_desktop.domain.enums import CooperationKind, ReferralStage
from indie_desktop.domain.errors import ValidationError
from indie_desktop.domain.models import (
    Cooperation,
    CooperationPartner,
    Referral,
    ReferralStageChange,
)
from indie_desktop.services.contacts.people import PersonDraft
from indie_desktop.services.directory.organisations import OrganisationDraft
from indie_desktop.services.directory.timeline import EntryKind, Role
from indie_desktop.services.listing import ListQuery
from indie_desktop.services.work import tasks as task_module
from indie_desktop.services.work.activities import VisitDraft
from indie_desktop.services.work.tasks import TaskDraft, TaskFilter
from indie_desktop.services.work.visit_parts import NeedFound, NextStep, PersonMet
from indie_desktop.services.workspace import Workspace

TODAY = date(2026, 11, 25)  # a Wednesday


@pytest.fixture
def today(monkeypatch: pytest.MonkeyPatch) -> date:
    monkeypatch.setattr(task_module, "today_in_berlin", lambda: TODAY)
    return TODAY


def _de(d: date) -> str:
    return d.strftime("%d.%m.%Y")


def _titles(ws: Workspace, which: TaskFilter) -> list[str]:
    query = ListQuery(sort="due_on", filters=(("due", which),))
    return [r.title for r in ws.tasks.page(query, 0, 50)]


def test_task_filters_due_today_overdue_this_week_mine(
    local_workspace: Workspace, today: date
) -> None:
    ws = local_workspace
    for title, due in (
        ("heute", today),
        ("gestern", today - timedelta(days=1)),
        ("sonntag", today + timedelta(days=4)),
        ("naechste woche", today + timedelta(days=7)),
    ):
        ws.tasks.create(TaskDraft(title=title, due_on=_de(due)))
    foreign = ws.tasks.create(TaskDraft(title="ohne mich", due_on=_de(today)))
    with ws.db.session() as s:
        from indie_desktop.domain.models import Task

        s.get(Task, foreign).assignee_id = None  # type: ignore[union-attr]
    assert sorted(_titles(ws, TaskFilter.DUE_TODAY)) == ["heute", "ohne mich"]
    assert _titles(ws, TaskFilter.OVERDUE) == ["gestern"]
    assert set(_titles(ws, TaskFilter.THIS_WEEK)) == {"heute", "gestern", "sonntag", "ohne mich"}
    assert "ohne mich" not in _titles(ws, TaskFilter.MINE)
    assert len(_titles(ws, TaskFilter.OPEN)) == 5
    assert [t.title for t in ws.tasks.due_for_me()] == ["gestern", "heute"]


def test_done_tasks_leave_the_open_lists(local_workspace: Workspace, today: date) -> None:
    ws = local_workspace
    task_id = ws.tasks.create(TaskDraft(title="Anrufen", due_on=_de(today)))
    ws.tasks.mark_done(task_id)
    assert _titles(ws, TaskFilter.DUE_TODAY) == []
    assert _titles(ws, TaskFilter.ALL) == ["Anrufen"]
    assert ws.tasks.detail(task_id).done_at is not None
    ws.tasks.mark_done(task_id, False)
    assert _titles(ws, TaskFilter.DUE_TODAY) == ["Anrufen"]


def test_task_edit_keeps_input_rules(local_workspace: Workspace) -> None:
    ws = local_workspace
    task_id = ws.tasks.create(TaskDraft(title="Angebot prüfen"))
    detail = ws.tasks.detail(task_id)
    detail.draft.due_on = "32.13.2026"
    detail.draft.title = ""
    with pytest.raises(ValidationError) as err:
        ws.tasks.update(task_id, detail.draft, detail.version)
    assert set(err.value.errors) == {"title", "due_on"}
    detail.draft.title, detail.draft.due_on, detail.draft.done = "Angebot senden", "1.12.2026", True
    ws.tasks.update(task_id, detail.draft, detail.version)
    assert ws.tasks.detail(task_id).draft.title == "Angebot senden"
    assert ws.tasks.detail(task_id).draft.done


# --- timeline ------------------------------------------------------------------------------------


def _referral_world(ws: Workspace) -> tuple[uuid.UUID, uuid.UUID, uuid.UUID]:
    """A visited company, a university it was referred to, a cooperation that came out."""
    company = ws.organisations.create(OrganisationDraft(name="Müller Präzisionstechnik"))
    uni = ws.organisations.create(OrganisationDraft(name="TU Dortmund"))
    prof = ws.people.create(PersonDraft(first_name="Lena", last_name="Wolf"))
    ws.activities.record_visit(
        VisitDraft(
            date="02.03.2026",
            time="10:00",
            subject="Besuch Produktion",
            organisation_ids=[company],
            people=[PersonMet(prof)],
            needs=[NeedFound("Sensorik")],
            next_steps=[NextStep("Unterlagen senden", "10.03.2026")],
        )
    )
    with ws.db.session() as s:
        referral = Referral(
            organisation_id=company,
            partner_organisation_id=uni,
            partner_person_id=prof,
            referred_on=date(2026, 3, 5),
            owner_institution_id=ws.actor.institution_id,
        )
        s.add(referral)
        s.flush()
        for stage, day in (
            (ReferralStage.PROPOSED, date(2026, 3, 5)),
            (ReferralStage.INTRODUCED, date(2026, 3, 9)),
        ):
            s.add(ReferralStageChange(referral_id=referral.id, stage=stage, changed_on=day))
        coop = Cooperation(
            kind=CooperationKind.RD_PROJECT,
            title="ZIM-Projekt Sensorik",
            starts_on=date(2026, 6, 1),
            referral_id=referral.id,
        )
        s.add(coop)
        s.flush()
        s.add(CooperationPartner(cooperation_id=coop.id, organisation_id=uni, person_id=prof))
    return company, uni, prof


def test_organisation_timeline_shows_everything_newest_first(local_workspace: Workspace) -> None:
    ws = local_workspace
    company, uni, _prof = _referral_world(ws)
    entries = ws.timeline.for_organisation(company).entries
    assert [e.kind for e in entries][:4] == [
        EntryKind.COOPERATION,
        EntryKind.TASK,
        EntryKind.STAGE_CHANGE,
        EntryKind.REFERRAL,
    ]
    assert {e.kind for e in entries[4:]} == {EntryKind.ACTIVITY, EntryKind.NEED}
    referral = next(e for e in entries if e.kind == EntryKind.REFERRAL)
    assert referral.role == Role.REFERRED and referral.title == "TU Dortmund"
    partner_side = ws.timeline.for_organisation(uni).entries
    assert {e.kind for e in partner_side} == {
        EntryKind.COOPERATION,
        EntryKind.STAGE_CHANGE,
        EntryKind.REFERRAL,
    }
    assert next(e for e in partner_side if e.kind == EntryKind.REFERRAL).role == Role.PARTNER


def test_timeline_filters_by_kind_and_institution_and_pages(local_workspace: Workspace) -> None:
    ws = local_workspace
    company, _uni, prof = _referral_world(ws)
    only = ws.timeline.for_organisation(company, kinds=[EntryKind.NEED]).entries
    assert [e.title for e in only] == ["Sensorik"]
    assert ws.timeline.for_organisation(company, institution_id=uuid.uuid4()).entries == []
    first = ws.timeline.for_organisation(company, limit=2)
    second = ws.timeline.for_organisation(company, offset=2, limit=10)
    assert first.has_more and not second.has_more
    assert len(first.entries) + len(second.entries) == 6
    person = ws.timeline.for_person(prof).entries
    assert {e.kind for e in person} >= {
        EntryKind.ACTIVITY,
        EntryKind.REFERRAL,
        EntryKind.COOPERATION,
    }


# --- attachments ---------------------------------------------------------------------------------


def test_attachment_is_stored_by_hash_and_opens(local_workspace: Workspace, tmp_path: Path) -> None:
    ws = local_workspace
    org = ws.organisations.create(OrganisationDraft(name="Becker Elektro"))
    source = tmp_path / "Prospekt.pdf"
    source.write_bytes(b"%PDF-1.4 brochure")
    attachment_id = ws.attachments.add("organisation", org, source)
    (row,) = ws.attachments.list_for("organisation", org)
    assert row.filename == "Prospekt.pdf" and row.size == 17 and row.media_type == "application/pdf"
    stored = ws.db.path.parent / "attachments" / row.sha256[:2] / row.sha256  # type: ignore[union-attr]
    assert stored.read_bytes() == source.read_bytes()
    opened = ws.attachments.open_path(attachment_id)
    assert opened.name == "Prospekt.pdf" and opened.read_bytes() == source.read_bytes()
    ws.attachments.remove(attachment_id)
    assert ws.attachments.list_for("organisation", org) == []
    assert stored.exists()  # soft: the file stays


def test_attachment_over_the_limit_is_refused_with_a_clear_message(
    local_workspace: Workspace, tmp_path: Path
) -> None:
    ws = local_workspace
    ws.attachments.limit_bytes = 1024 * 1024
    org = ws.organisations.create(OrganisationDraft(name="Becker Elektro"))
    big = tmp_path / "video.mp4"
    big.write_bytes(b"\0" * (2 * 1024 * 1024))
    with pytest.raises(ValidationError) as err:
        ws.attachments.add("organisation", org, big)
    assert "2,0 MB" in err.value.errors["file"] and "at most 1 MB" in err.value.errors["file"]
    assert ws.attachments.list_for("organisation", org) == []
