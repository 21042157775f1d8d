"""The dashboard and the funding report on PostgreSQL: the same numbers as on SQLite for the
same demo network (month keys, day differences and money sums are dialect-specific SQL)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from indie_desktop.printing.report_funding import funding_report_pdf, funding_report_xlsx
from indie_desktop.services.context import Actor
from indie_desktop.services.dashboard import DashboardService, Drill, Filters, Metric, Period
from indie_desktop.services.demo import DemoSize, generate_demo
from indie_desktop.services.funding_report import FundingReportService
from indie_desktop.store.database import open_local, open_url

TODAY = date(2026, 11, 1)
SIZE = DemoSize(120, 300, 1200)


def test_postgres_figures_equal_sqlite_figures_for_the_same_demo(
    pg_url: str, tmp_path: Path
) -> None:
    # A server in Berlin time: months and days must still be counted in UTC as on SQLite.
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
