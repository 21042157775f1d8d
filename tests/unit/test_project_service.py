from __future__ import annotations

from decimal import Decimal

import pytest

from indie_desktop.domain.errors import ValidationError
from indie_desktop.domain.models import Project
from indie_desktop.services.listing import ListQuery
from indie_desktop.services.work.projects import ProjectDraft
from indie_desktop.services.workspace import Workspace


def test_project_budget_typed_with_decimal_comma_is_exact(local_workspace: Workspace) -> None:
    ws = local_workspace
    pid = ws.projects.create(
        ProjectDraft(
            name="Gemeinschaftsstand Hannover Messe",
            budget_eur="12.345,67",
            starts_on="20.04.2026",
            ends_on="24.04.2026",
        )
    )
    with ws.db.session() as s:
        project = s.get(Project, pid)
        assert project is not None
        assert project.budget_eur == Decimal("12345.67")
    draft = ws.projects.detail(pid).draft
    assert (draft.budget_eur, draft.starts_on) == ("12345,67", "20.04.2026")


def test_project_ending_before_it_starts_is_refused(local_workspace: Workspace) -> None:
    with pytest.raises(ValidationError) as err:
        local_workspace.projects.create(
            ProjectDraft(name="Branchentreff", starts_on="24.11.2026", ends_on="1.11.2026")
        )
    assert set(err.value.errors) == {"ends_on"}


def test_projects_are_listed_by_start_date(local_workspace: Workspace) -> None:
    ws = local_workspace
    ws.projects.create(ProjectDraft(name="B", starts_on="01.03.2026"))
    ws.projects.create(ProjectDraft(name="A", starts_on="01.05.2026"))
    rows = ws.projects.page(ListQuery(sort="starts_on", descending=True), 0, 10)
    assert [r.name for r in rows] == ["A", "B"]
