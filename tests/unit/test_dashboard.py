"""Every dashboard figure equals an independent plain-SQL count on the demo network."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import date
from decimal import Decimal

import pytest

from indie_desktop.domain.enums import OrganisationKind, ReferralStage
from indie_desktop.domain.outcomes import Drill, Filters, FunnelStep, Metric, Period
from indie_desktop.services.context import Actor
from indie_desktop.services.outcomes.dashboard import DashboardService, wz_divisions
from tests.dashboard_demo import TODAY, Demo, make_demo
from tests.dashboard_sql import RawFilter, figures, visible_cooperations


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Demo]:
    made = make_demo(tmp_path_factory.mktemp("dash"))
    yield made
    made.close()


def _check(demo: Demo, period: Period, filters: Filters) -> None:
    service = DashboardService(demo.db, demo.actor)
    got = service.figures(period, filters)
    raw = figures(
        demo.raw,
        period.start,
        period.end,
        RawFilter(
            institution=filters.institution_id.hex if filters.institution_id else None,
            municipality=filters.municipality,
            divisions=wz_divisions(filters.wz_section) if filters.wz_section else None,
            staff=filters.staff_id.hex if filters.staff_id else None,
        ),
    )
    assert got.organisations_reached == raw["organisations_reached"]
    assert got.visits == raw["visits"]
    assert got.needs == raw["needs"]
    assert got.referrals == raw["referrals"]
    assert {k.value: v for k, v in got.referrals_by_stage.items() if v} == raw["referrals_by_stage"]
    assert got.cooperations == raw["cooperations"]
    assert got.cooperation_value == raw["cooperation_value"]
    assert got.median_days_need_to_referral == raw["median_days_need_to_referral"]
    assert got.median_days_referral_to_cooperation == raw["median_days_referral_to_cooperation"]
    assert [n for _step, n in got.funnel] == raw["funnel"]
    assert {g.key: g.visits for g in got.by_municipality if g.visits} == raw[
        "visits_by_municipality"
    ]
    assert {g.key: g.referrals for g in got.by_municipality if g.referrals} == raw[
        "referrals_by_municipality"
    ]
    assert {g.key: g.needs for g in got.by_institution if g.needs} == raw["needs_by_institution"]
    assert {g.key: (g.cooperations, g.value) for g in got.by_institution if g.cooperations} == raw[
        "cooperations_by_institution"
    ]
    assert {t.month: t.visits for t in got.timeline if t.visits} == raw["visits_by_month"]
    assert {t.month: t.needs for t in got.timeline if t.needs} == raw["needs_by_month"]
    assert {(e.source.value, e.target.value): e.count for e in got.network} == raw["network"]


def test_year_figures_equal_independent_sql_counts(demo: Demo) -> None:
    _check(demo, Period.year(2026), Filters())
    figures_ = DashboardService(demo.db, demo.actor).figures(Period.year(2026))
    assert figures_.visits > 50 and figures_.cooperations > 3  # the demo has real content


@pytest.mark.parametrize(
    "period", [Period.month(2026, 3), Period.quarter(2025, 4), Period(date(2024, 2, 29), TODAY)]
)
def test_month_quarter_and_custom_periods_equal_sql_counts(demo: Demo, period: Period) -> None:
    _check(demo, period, Filters())


def test_filters_each_equal_sql_counts(demo: Demo) -> None:
    period = Period(date(2024, 1, 1), TODAY)
    service = DashboardService(demo.db, demo.actor)
    staff = service.staff(demo.actor.institution_id)
    for filters in (
        Filters(institution_id=demo.actor.institution_id),
        Filters(municipality="Dortmund"),
        Filters(wz_section="C"),
        Filters(staff_id=staff[0][0]),
        Filters(institution_id=demo.other, municipality="Bochum", wz_section="C"),
    ):
        _check(demo, period, filters)


def test_funnel_narrows_from_need_to_cooperation(demo: Demo) -> None:
    funnel = DashboardService(demo.db, demo.actor).figures(Period.year(2026)).funnel
    counts = [n for _step, n in funnel]
    assert [s for s, _n in funnel] == list(FunnelStep)
    assert counts == sorted(counts, reverse=True) and counts[-1] > 0


def test_private_cooperation_of_another_institution_is_counted_but_not_itemised(
    demo: Demo,
) -> None:
    period = Period.year(2026)
    service = DashboardService(demo.db, demo.actor)
    result = service.records(period, Filters(), Drill(Metric.COOPERATIONS))
    assert result.total == service.figures(period).cooperations
    assert demo.private_coop not in {r.id for r in result.rows}
    assert result.hidden >= 1
    assert len(result.rows) == visible_cooperations(
        demo.raw,
        period.start,
        period.end,
        demo.actor.institution_id.hex,  # type: ignore[union-attr]
    )
    everything = DashboardService(demo.db, Actor.system()).records(
        period, Filters(), Drill(Metric.COOPERATIONS)
    )
    assert demo.private_coop in {r.id for r in everything.rows} and everything.hidden == 0


def test_drill_down_lists_the_records_behind_a_bar(demo: Demo) -> None:
    period = Period.year(2026)
    service = DashboardService(demo.db, Actor.system())
    fig = service.figures(period)
    dortmund = next(g for g in fig.by_municipality if g.key == "Dortmund")
    visits = service.records(period, Filters(), Drill(Metric.VISITS, municipality="Dortmund"))
    assert visits.kind == "activity" and visits.total == dortmund.visits == len(visits.rows)
    month = next(t for t in fig.timeline if t.referrals)
    refs = service.records(period, Filters(), Drill(Metric.REFERRALS, month=month.month))
    assert len(refs.rows) == month.referrals
    assert all(r.day is not None and r.day.strftime("%Y-%m") == month.month for r in refs.rows)
    stage = service.records(
        period, Filters(), Drill(Metric.REFERRALS, stage=ReferralStage.DECLINED)
    )
    assert stage.total == fig.referrals_by_stage[ReferralStage.DECLINED]
    edge = fig.network[0]
    by_edge = service.records(
        period, Filters(), Drill(Metric.REFERRALS, edge=(edge.source, edge.target))
    )
    assert by_edge.total == edge.count
    coop = service.records(
        period, Filters(), Drill(Metric.NEEDS, funnel_step=FunnelStep.COOPERATION)
    )
    assert coop.total == fig.funnel[-1][1]
    reached = service.records(period, Filters(), Drill(Metric.ORGANISATIONS))
    assert reached.total == fig.organisations_reached
    inst = fig.by_institution[0]
    coops = service.records(
        period, Filters(), Drill(Metric.COOPERATIONS, institution_id=uuid.UUID(hex=inst.key))
    )
    assert coops.total == inst.cooperations
    assert sum((r.value or Decimal(0)) for r in coops.rows) == inst.value


def test_periods_cover_whole_months() -> None:
    assert Period.quarter(2026, 1).end == date(2026, 3, 31)
    assert Period.month(2024, 2).end == date(2024, 2, 29)
    assert Period.year(2026).months()[0] == "2026-01" and len(Period.year(2026).months()) == 12
    assert Period.month(2026, 11).label() == "01.11.2026 – 30.11.2026"
    with pytest.raises(ValueError):
        Period(date(2026, 2, 1), date(2026, 1, 1))
    assert OrganisationKind.COMPANY in OrganisationKind


def test_figures_are_the_same_whether_queries_run_side_by_side_or_one_after_another(
    demo: Demo, monkeypatch: pytest.MonkeyPatch
) -> None:
    from indie_desktop.services.outcomes import dashboard

    service = DashboardService(demo.db, demo.actor)
    side_by_side = service.figures(Period.year(2026))
    assert side_by_side.visits and side_by_side.needs and side_by_side.referrals
    monkeypatch.setattr(dashboard, "PARALLEL_QUERIES", 1)
    assert service.figures(Period.year(2026)) == side_by_side


def test_dashboard_looks_organisations_up_from_its_covering_index(demo: Demo) -> None:
    """The dashboard keeps SQLite's statistics of `organisation`, without which the planner
    reads each record's wide organisation row instead of ix_organisation_dashboard."""
    DashboardService(demo.db, demo.actor).figures(Period.year(2026))
    stat = demo.raw.execute(
        "SELECT stat FROM sqlite_stat1 WHERE tbl = 'organisation' AND idx = ?",
        ("ix_organisation_dashboard",),
    ).fetchone()
    organisations = demo.raw.execute("SELECT count(*) FROM organisation").fetchone()[0]
    assert stat is not None and int(stat[0].split()[0]) == organisations
    plan = " ".join(
        row[3]
        for row in demo.raw.execute(
            "EXPLAIN QUERY PLAN SELECT o.municipality, count(*) FROM referral r"
            " JOIN organisation o ON o.id = r.organisation_id GROUP BY 1"
        )
    )
    assert "COVERING INDEX ix_organisation_dashboard" in plan


def test_dashboard_counts_read_its_covering_indexes(demo: Demo) -> None:
    """The costliest figures read index pages, not wide rows: organisations reached per
    organisation from ix_activity_organisation_reach without de-duplicating links, the
    funnel's steps from ix_referral_funnel and its companions (0014_dashagg). (Which index
    counts needs and referrals the planner decides by the table sizes: on this small demo it
    may start from the 200 organisations.)"""
    service = DashboardService(demo.db, demo.actor)
    service.figures(Period.year(2026))  # keeps the organisation statistics current
    period, f = Period.year(2026), Filters()

    def plan(stmt: object) -> str:
        sql = str(stmt.compile(demo.db.engine, compile_kwargs={"literal_binds": True}))  # type: ignore[attr-defined]
        return " | ".join(row[3] for row in demo.raw.execute("EXPLAIN QUERY PLAN " + sql))

    reached = plan(service._reached_query(period, f))
    assert "COVERING INDEX ix_activity_organisation_reach" in reached
    assert "DISTINCT" not in reached
    funnel = plan(service._funnel_query(period, f))
    for index in ("ix_need_dashboard", "ix_referral_funnel", "ix_referral_stage_change_funnel"):
        assert f"COVERING INDEX {index}" in funnel
    assert "COVERING INDEX ix_cooperation_funnel" in funnel


def test_staff_filter_asks_once_per_activity_whether_the_staff_member_was_there(
    demo: Demo,
) -> None:
    """With the staff member filter, each activity of the period is one look-up in
    ix_activity_staff_dashboard: choosing the staff_id index instead walked all of that staff
    member's activities for every activity, minutes for a year of the network."""
    service = DashboardService(demo.db, demo.actor)
    staff = service.staff(demo.actor.institution_id)[0][0]
    stmt = service._visit_query(Period.year(2026), Filters(staff_id=staff))
    sql = str(stmt.compile(demo.db.engine, compile_kwargs={"literal_binds": True}))
    plan = " | ".join(row[3] for row in demo.raw.execute("EXPLAIN QUERY PLAN " + sql))
    assert "COVERING INDEX ix_activity_staff_dashboard (activity_id=? AND staff_id=?" in plan
