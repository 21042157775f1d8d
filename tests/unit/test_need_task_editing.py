"""Needs and tasks save like every other form: concurrent edits of different fields merge."""

from __future__ import annotations

import dataclasses

import pytest

from indie_desktop.domain.enums import NeedStatus, Urgency
from indie_desktop.domain.errors import ValidationError
from indie_desktop.services.directory.organisations import OrganisationDraft
from indie_desktop.services.work.needs import NeedDraft
from indie_desktop.services.work.tasks import TaskDraft
from indie_desktop.services.workspace import Workspace


def _need(ws: Workspace) -> object:
    org = ws.organisations.create(OrganisationDraft(name="Yıldız Metallbau GmbH"))
    return ws.needs.create(NeedDraft(organisation_id=org, topic="Laserschweißen"))


def test_edits_of_different_need_fields_by_two_people_both_stay(local_workspace) -> None:
    ws = local_workspace
    need_id = _need(ws)
    mine = ws.needs.detail(need_id)
    theirs = ws.needs.detail(need_id)
    ws.needs.update(
        need_id, dataclasses.replace(theirs.draft, urgency=Urgency.HIGH), theirs.version
    )
    ws.needs.update(
        need_id,
        dataclasses.replace(mine.draft, description="Dünnbleche bis 2 mm"),
        mine.version,
        base_draft=mine.draft,
    )
    saved = ws.needs.detail(need_id).draft
    assert (saved.urgency, saved.description) == (Urgency.HIGH, "Dünnbleche bis 2 mm")


def test_need_status_cannot_jump_back_through_the_form(local_workspace) -> None:
    ws = local_workspace
    need_id = _need(ws)
    detail = ws.needs.detail(need_id)
    with pytest.raises(ValidationError) as err:
        ws.needs.update(
            need_id, dataclasses.replace(detail.draft, status=NeedStatus.SATISFIED), detail.version
        )
    assert set(err.value.errors) == {"status"}


def test_task_marked_done_in_its_form_records_when(local_workspace) -> None:
    ws = local_workspace
    task_id = ws.tasks.create(TaskDraft(title="Beide Seiten nachfragen", due_on="01.12.2026"))
    detail = ws.tasks.detail(task_id)
    ws.tasks.update(task_id, dataclasses.replace(detail.draft, done=True), detail.version)
    assert ws.tasks.detail(task_id).draft.done
