"""The dashboard puts every record into the Berlin calendar day it happened on: periods,
timeline months and drill-down months begin at midnight in Berlin, not in UTC, for visits
(stored in UTC) as for the needs found in them (stored as their Berlin day)."""

from __future__ import annotations

import sqlite3
import uuid
from datetime import UTC, date, datetime

from indie_desktop.domain.enums import ActivityKind
from indie_desktop.domain.models import Activity, ActivityOrganisation, Need
from indie_desktop.domain.outcomes import Drill, Filters, Metric, Period
from indie_desktop.services import records
from indie_desktop.services.directory.organisations import OrganisationDraft
from indie_desktop.services.workspace import Workspace
from tests.dashboard_sql import RawFilter, figures

# 23:30 on New Year's Eve in Berlin (CET, UTC+1): still December.
NEW_YEARS_EVE = datetime(2025, 12, 31, 22, 30, tzinfo=UTC)
# 00:30 on New Year's Day in Berlin: January, though UTC still says 31 December.
NEW_YEARS_NIGHT = datetime(2025, 12, 31, 23, 30, tzinfo=UTC)
# 00:30 on 1 July in Berlin (CEST, UTC+2): July, though UTC still says 30 June.
JULY_NIGHT = datetime(2026, 6, 30, 22, 30, tzinfo=UTC)


def _visit(ws: Workspace, org: uuid.UUID, when: datetime, need: bool = False) -> uuid.UUID:
    with ws.db.session() as s:
        a = records.create(
            s,
            ws.actor,
            Activity(kind=ActivityKind.COMPANY_VISIT, occurred_at=when, subject="Betriebsbesuch"),
        )
        records.create(s, ws.actor, ActivityOrganisation(activity_id=a.id, organisation_id=org))
        if need:
            records.create(
                s, ws.actor, Need(organisation_id=org, topic="Prüfstand", found_in_activity_id=a.id)
            )
        return a.id


def _org(ws: Workspace, name: str) -> uuid.UUID:
    return ws.organisations.create(
        OrganisationDraft(name=name, city="Dortmund", municipality="Dortmund")
    )


def test_a_visit_after_midnight_in_berlin_counts_in_the_new_year_and_month(
    local_workspace: Workspace,
) -> None:
    ws = local_workspace
    eve = _visit(ws, _org(ws, "Silvester GmbH"), NEW_YEARS_EVE)
    night = _visit(ws, _org(ws, "Neujahr GmbH"), NEW_YEARS_NIGHT, need=True)
    july = _visit(ws, _org(ws, "Sommer GmbH"), JULY_NIGHT)
    dashboard = ws.dashboard

    old_year = dashboard.figures(Period.year(2025))
    assert (old_year.visits, old_year.organisations_reached, old_year.needs) == (1, 1, 0)
    assert {t.month: t.visits for t in old_year.timeline if t.visits} == {"2025-12": 1}

    new_year = dashboard.figures(Period.year(2026))
    assert (new_year.visits, new_year.organisations_reached, new_year.needs) == (2, 2, 1)
    timeline = {t.month: (t.visits, t.needs) for t in new_year.timeline}
    # The need found in the night's visit falls into the same month as the visit.
    assert timeline["2026-01"] == (1, 1)
    assert timeline["2026-06"] == (0, 0) and timeline["2026-07"] == (1, 0)

    assert dashboard.figures(Period.month(2025, 12)).visits == 1
    assert dashboard.figures(Period(date(2026, 1, 1), date(2026, 1, 1))).visits == 1
    assert dashboard.figures(Period.month(2026, 6)).visits == 0

    # Clicking January's bar lists the night's visit, dated as Berlin saw it.
    january = dashboard.records(Period.year(2026), Filters(), Drill(Metric.VISITS, month="2026-01"))
    assert [(r.id, r.day) for r in january.rows] == [(night, date(2026, 1, 1))]
    december = dashboard.records(
        Period.year(2025), Filters(), Drill(Metric.VISITS, month="2025-12")
    )
    assert [(r.id, r.day) for r in december.rows] == [(eve, date(2025, 12, 31))]
    july_rows = dashboard.records(
        Period.year(2026), Filters(), Drill(Metric.VISITS, month="2026-07")
    ).rows
    assert [r.id for r in july_rows] == [july]


def test_the_independent_sql_counts_agree_on_berlin_months(local_workspace: Workspace) -> None:
    ws = local_workspace
    for when in (NEW_YEARS_EVE, NEW_YEARS_NIGHT, JULY_NIGHT):
        _visit(ws, _org(ws, f"Firma {when:%H%M%d%m}"), when, need=True)
    raw = sqlite3.connect(ws.db.engine.url.database or "")
    try:
        for period in (Period.year(2025), Period.year(2026), Period.quarter(2026, 3)):
            got = ws.dashboard.figures(period)
            counted = figures(raw, period.start, period.end, RawFilter())
            assert {t.month: t.visits for t in got.timeline if t.visits} == counted[
                "visits_by_month"
            ]
            assert {t.month: t.needs for t in got.timeline if t.needs} == counted["needs_by_month"]
            assert got.visits == counted["visits"] and got.needs == counted["needs"]
    finally:
        raw.close()


def test_period_bounds_are_berlin_midnights_in_utc() -> None:
    assert Period.year(2026).bounds() == (
        datetime(2025, 12, 31, 23, tzinfo=UTC),
        datetime(2026, 12, 31, 23, tzinfo=UTC),
    )
    assert Period.month(2026, 7).bounds() == (
        datetime(2026, 6, 30, 22, tzinfo=UTC),
        datetime(2026, 7, 31, 22, tzinfo=UTC),
    )
    # The month in which summer time starts: 1 March in winter time, 1 April in summer time.
    assert [b for _m, b in Period.month(2026, 3).month_starts()] == [
        datetime(2026, 2, 28, 23, tzinfo=UTC)
    ]
    assert Period.month(2026, 3).bounds()[1] == datetime(2026, 3, 31, 22, tzinfo=UTC)
