"""Figures of the outcomes dashboard and the funding report (issue 9), each beside plain
sqlite3 / reportlab doing the same work in the same run."""

from __future__ import annotations

from datetime import date

from context import BenchRun
from dataset import TODAY
from figures import rounds
from harness import PENDING, Target, figure

from tests.dashboard_sql import RawFilter, figures

PENDING.pop("dashboard", None)  # measured below as dashboard_year

YEAR = (date(TODAY.year - 1, TODAY.month, 1), date(TODAY.year, TODAY.month, 1))


def dashboard_raw(run: BenchRun) -> list[float]:
    start, end = YEAR
    run.raw.execute("PRAGMA cache_size=-65536")  # as the service's connection
    return rounds(run, 10, 2, lambda _x: figures(run.raw, start, end, RawFilter()), [None])


@figure(
    "dashboard_year",
    target=Target(limit=300, source="issue 9"),
    baseline=dashboard_raw,
    baseline_label="raw sqlite3: the same counts, sums, medians, groups (tests/dashboard_sql.py)",
    note="workspace.dashboard.figures for the last 12 months, no filter: all tiles and charts",
)
def dashboard_year(run: BenchRun) -> list[float]:
    from indie_desktop.services.dashboard import Period

    start, end = YEAR
    service = run.workspace.dashboard
    found: dict[str, int] = {}

    def one(_x: object) -> None:
        f = service.figures(Period(start, end))
        found.update(visits=f.visits, referrals=f.referrals, cooperations=f.cooperations)

    samples = rounds(run, 10, 2, one, [None])
    run.extras["dashboard_year"] = found
    return samples
