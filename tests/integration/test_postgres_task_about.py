"""Issue 21 on the office server, as two institutions' staff: a task names the record it is
about; a Hagen task about a Dortmund need private to Dortmund names only "need" (row-level
security hides the need), and the Dortmund staff member sees its topic."""

from __future__ import annotations

from datetime import date

import pytest

from indie_desktop.domain.enums import LinkedKind, Visibility
from indie_desktop.services.directory.organisations import OrganisationDraft
from indie_desktop.services.listing import ListQuery
from indie_desktop.services.work.needs import NeedDraft
from indie_desktop.services.work.tasks import TaskDraft, TaskFilter
from tests.integration.shared_fixtures import SharedServer, shared

__all__ = ["shared"]

TODAY = date.today().strftime("%d.%m.%Y")


@pytest.fixture(autouse=True)
def _today() -> None:
    """Today as the test runs (a suite that runs past midnight: not as it was collected)."""
    global TODAY
    TODAY = date.today().strftime("%d.%m.%Y")


ALL = ListQuery(filters=(("due", TaskFilter.ALL),))


def test_a_task_names_its_record_only_to_staff_who_may_see_it(shared: SharedServer) -> None:
    dortmund = shared.dortmund.workspace()
    hagen = shared.hagen.workspace()
    try:
        firm = dortmund.organisations.create(OrganisationDraft(name="Yıldız Metallbau GmbH"))
        private = dortmund.needs.create(
            NeedDraft(
                organisation_id=firm,
                topic="Vertrauliche Nachfolgeplanung",
                visibility=Visibility.INSTITUTION,
            )
        )
        dortmund.tasks.create(
            TaskDraft(
                title="Nachfolge besprechen", due_on=TODAY, linked_type="need", linked_id=private
            )
        )
        hagen.tasks.create(
            TaskDraft(title="Yıldız anrufen", due_on=TODAY, linked_type="need", linked_id=private)
        )
        (own,) = [t for t in dortmund.tasks.page(ALL, 0, 10) if t.title == "Nachfolge besprechen"]
        assert own.about is not None and own.about.can_open
        assert own.about.name == "Vertrauliche Nachfolgeplanung (Yıldız Metallbau GmbH)"
        (theirs,) = [t for t in hagen.tasks.page(ALL, 0, 10) if t.title == "Yıldız anrufen"]
        assert theirs.about is not None
        assert theirs.about.kind == LinkedKind.NEED
        assert theirs.about.name == "" and not theirs.about.can_open
        assert hagen.tasks.detail(theirs.id).about == theirs.about
    finally:
        dortmund.close()
        hagen.close()
