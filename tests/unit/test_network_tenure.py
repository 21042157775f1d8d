"""A company's tenure in the network (issue 24, 'im Netzwerk'): dated steps (interested,
participating, partner, left), shown on the company and counted per institution and period."""

from __future__ import annotations

from datetime import date

import pytest

from indie_desktop.domain.enums import MembershipStatus as M
from indie_desktop.domain.errors import ValidationError
from indie_desktop.services.directory.organisations import OrganisationDraft
from indie_desktop.services.workspace import Workspace


def test_steps_make_the_tenure_and_the_period_figures(local_workspace: Workspace) -> None:
    ws = local_workspace
    lenne = ws.organisations.create(OrganisationDraft(name="Präzisionstechnik Lenne GmbH"))
    volme = ws.organisations.create(OrganisationDraft(name="Feinmechanik Volme GmbH"))
    ardey = ws.organisations.create(OrganisationDraft(name="Sensorik Ardey GmbH"))
    ws.membership.record(lenne, M.INTERESTED, date(2025, 3, 1))
    ws.membership.record(lenne, M.PARTICIPATING, date(2025, 9, 15), "Branchentreff Metall")
    ws.membership.record(lenne, M.PARTNER, date(2026, 2, 1))
    ws.membership.record(volme, M.PARTICIPATING, date(2026, 1, 10))
    ws.membership.record(volme, M.LEFT, date(2026, 6, 30))
    ws.membership.record(ardey, M.INTERESTED, date(2026, 5, 5))

    tenure = ws.membership.tenure(lenne, today=date(2026, 12, 7))
    assert (tenure.status, tenure.since) == (M.PARTNER, date(2026, 2, 1))
    assert tenure.in_network_since == date(2025, 9, 15)
    assert [s.until for s in tenure.steps] == [date(2025, 9, 14), date(2026, 1, 31), None]
    assert tenure.steps[1].note == "Branchentreff Metall"
    shown = ws.organisations.detail(lenne).tenure
    assert shown is not None and shown.status == M.PARTNER and len(shown.steps) == 3

    year = ws.membership.figures(date(2026, 1, 1), date(2026, 12, 31))
    assert (year.in_network, year.joined, year.left, year.interested) == (1, 1, 1, 1)
    (row,) = year.by_institution
    assert (row.in_network, row.joined, row.left) == (1, 1, 1)
    before = ws.membership.figures(date(2025, 1, 1), date(2025, 12, 31))
    assert (before.in_network, before.joined, before.interested) == (1, 1, 0)


def test_a_step_on_the_same_day_or_the_same_status_again_is_refused(
    local_workspace: Workspace,
) -> None:
    ws = local_workspace
    firm = ws.organisations.create(OrganisationDraft(name="Gießerei Hagen GmbH"))
    ws.membership.record(firm, M.INTERESTED, date(2026, 3, 1))
    with pytest.raises(ValidationError) as err:
        ws.membership.record(firm, M.PARTNER, date(2026, 3, 1))
    assert err.value.errors["since"] == "There is already a step on this day"
    with pytest.raises(ValidationError) as err:
        ws.membership.record(firm, M.INTERESTED, date(2026, 4, 1))
    assert err.value.errors["status"] == "The company already has this status then"
    with pytest.raises(ValidationError) as err:
        ws.membership.record(firm, M.PARTNER, date(2999, 1, 1))
    assert err.value.errors["since"] == "The date lies in the future"
    with pytest.raises(ValidationError) as err:
        ws.membership.record(firm, M.PARTNER, None)
    assert err.value.errors["since"] == "Enter the date"
