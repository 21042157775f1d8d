"""Visits, timeline and attachments on the shared PostgreSQL database."""

from __future__ import annotations

from pathlib import Path

from indie_desktop.services.directory.organisations import OrganisationDraft
from indie_desktop.services.directory.timeline import EntryKind
from indie_desktop.services.listing import ListQuery
from indie_desktop.services.work.activities import VisitDraft
from indie_desktop.services.work.tasks import TaskFilter
from indie_desktop.services.work.visit_parts import NeedFound, NextStep
from tests.integration.shared_fixtures import SharedServer, shared

__all__ = ["shared"]


def test_visit_timeline_and_attachment_in_the_database(
    shared: SharedServer, tmp_path: Path
) -> None:
    ws = shared.dortmund.workspace()
    actor = ws.actor
    try:
        org = ws.organisations.create(OrganisationDraft(name="Hagener Feinguss GmbH"))
        ws.activities.record_visit(
            VisitDraft(
                date="03.02.2026",
                time="09:30",
                subject="Besuch",
                organisation_ids=[org],
                staff_ids=[actor.staff_id] if actor.staff_id else [],
                needs=[NeedFound("Prüfstand"), NeedFound("Fachkräfte")],
                next_steps=[NextStep("Rückruf", "04.02.2026", actor.staff_id)],
            )
        )
        kinds = [e.kind for e in ws.timeline.for_organisation(org).entries]
        assert kinds.count(EntryKind.NEED) == 2 and EntryKind.ACTIVITY in kinds
        assert EntryKind.TASK in kinds
        open_tasks = ws.tasks.page(ListQuery(filters=(("due", TaskFilter.OVERDUE),)), 0, 10)
        assert [t.title for t in open_tasks] == ["Rückruf"]

        source = tmp_path / "Foto.jpg"
        source.write_bytes(b"\xff\xd8 photo")
        attachment_id = ws.attachments.add("organisation", org, source)
        assert not (tmp_path / "attachments").exists()
        assert ws.attachments.open_path(attachment_id).read_bytes() == source.read_bytes()
    finally:
        ws.close()
