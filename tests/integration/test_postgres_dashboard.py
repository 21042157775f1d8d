"""The dashboard and the funding report on PostgreSQL: the same numbers as on SQLite for the
same demo network (month keys, day differences and money sums are dialect-specific SQL)."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

from sqlalchemy import select

from indie_desktop.domain.enums import ActivityKind
from indie_desktop.domain.models import Activity, ActivityOrganisation, Need, Organisation
from indie_desktop.domain.outcomes import Drill, Filters, Metric, Period
from indie_desktop.printing.report_funding import funding_report_pdf, funding_report_xlsx
from indie_desktop.services.context import Actor
from indie_desktop.services.demo.generator import DemoSize, generate_demo
from indie_desktop.services.outcomes.dashboard import DashboardService
from indie_desktop.services.outcomes.funding_report import FundingReportService
from indie_desktop.services.records import create
from indie_desktop.store.database import open_local, open_url

TODAY = date(2026, 11, 1)
SIZE = DemoSize(120, 300, 1200)


def test_postgres_figures_equal_sqlite_figures_for_the_same_demo(
    pg_url: str, tmp_path: Path
) -> None:
    # A server in Berlin time: the service sets its own (Berlin) boundaries, as on SQLite.
    berlin = pg_url + ("&" if "?" in pg_url else "?") + "options=-c%20TimeZone%3DEurope/Berlin"
    pg = open_url(berlin, run_migrations=True)
    lite = open_local(tmp_path)
    try:
        for db in (pg, lite):
            generate_demo(db, SIZE, seed=7, today=TODAY)
        period = Period(date(2025, 1, 1), TODAY)
        actor = Actor.system()
        for filters in (Filters(), Filters(municipality="Dortmund"), Filters(wz_section="C")):
            a = DashboardService(pg, actor).figures(period, filters)
            b = DashboardService(lite, actor).figures(period, filters)
            assert a.visits > 0 and a.referrals > 0
            assert (a.visits, a.needs, a.referrals, a.cooperations) == (
                b.visits,
                b.needs,
                b.referrals,
                b.cooperations,
            )
            assert a.organisations_reached == b.organisations_reached
            assert a.cooperation_value == b.cooperation_value
            assert a.referrals_by_stage == b.referrals_by_stage
            assert a.funnel == b.funnel
            assert a.median_days_need_to_referral == b.median_days_need_to_referral
            assert a.median_days_referral_to_cooperation == b.median_days_referral_to_cooperation
            assert [(t.month, t.visits, t.referrals) for t in a.timeline] == [
                (t.month, t.visits, t.referrals) for t in b.timeline
            ]
            assert {(g.key, g.visits, g.value) for g in a.by_municipality} == {
                (g.key, g.visits, g.value) for g in b.by_municipality
            }
            assert {(e.source, e.target, e.count) for e in a.network} == {
                (e.source, e.target, e.count) for e in b.network
            }
        with pg.engine.connect() as conn:
            assert conn.exec_driver_sql("SHOW TimeZone").scalar() == "Europe/Berlin"
        drill = DashboardService(pg, actor).records(period, Filters(), Drill(Metric.NEEDS))
        assert drill.total == DashboardService(pg, actor).figures(period).needs
        service = DashboardService(pg, actor)
        report = FundingReportService(pg, actor, service).build(period)
        assert len(report.evidence) == report.figures.cooperations
        assert funding_report_pdf(report).startswith(b"%PDF")
        assert funding_report_xlsx(report)[:2] == b"PK"
    finally:
        pg.dispose()
        lite.dispose()


def test_postgres_counts_visits_on_their_berlin_day_whatever_the_server_time_zone(
    pg_url: str,
) -> None:
    utc = pg_url + ("&" if "?" in pg_url else "?") + "options=-c%20TimeZone%3DUTC"
    pg = open_url(utc, run_migrations=True)
    try:
        generate_demo(pg, DemoSize(20, 40, 100), seed=3, today=TODAY)
        service = DashboardService(pg, Actor.system())
        periods = {
            "2025": Period.year(2025),
            "2026": Period.year(2026),
            "12/2025": Period.month(2025, 12),
            "1/2026": Period.month(2026, 1),
            "6/2026": Period.month(2026, 6),
            "7/2026": Period.month(2026, 7),
        }

        def counts() -> dict[str, tuple[int, int]]:
            return {
                k: (f.visits, f.needs)
                for k, f in ((k, service.figures(p)) for k, p in periods.items())
            }

        before = counts()
        with pg.session() as s:
            org = s.scalars(select(Organisation.id).limit(1)).one()
            for when in (
                datetime(2025, 12, 31, 22, 30, tzinfo=UTC),  # 23:30 on 31.12. in Berlin
                datetime(2025, 12, 31, 23, 30, tzinfo=UTC),  # 00:30 on 1.1. in Berlin
                datetime(2026, 6, 30, 22, 30, tzinfo=UTC),  # 00:30 on 1.7. in Berlin
            ):
                visit = create(
                    s,
                    Actor.system(),
                    Activity(kind=ActivityKind.COMPANY_VISIT, occurred_at=when, subject="Besuch"),
                )
                create(
                    s,
                    Actor.system(),
                    ActivityOrganisation(activity_id=visit.id, organisation_id=org),
                )
                if when.month == 12 and when.hour == 23:
                    create(
                        s,
                        Actor.system(),
                        Need(organisation_id=org, topic="Prüfstand", found_in_activity_id=visit.id),
                    )
        after = counts()
        added = {k: (after[k][0] - before[k][0], after[k][1] - before[k][1]) for k in periods}
        assert added == {
            "2025": (1, 0),
            "2026": (2, 1),
            "12/2025": (1, 0),
            "1/2026": (1, 1),
            "6/2026": (0, 0),
            "7/2026": (1, 0),
        }
    finally:
        pg.dispose()
