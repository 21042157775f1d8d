"""The dashboard's figures written again by hand in plain SQLite SQL (sqlite3, no SQLAlchemy).

Used twice: the correctness tests compare every figure of services/outcomes/dashboard.py with these
independent counts, and the benchmark runs them as the raw-library baseline. Conventions of the
SQLite file: ids are 32 hex digits, timestamps 'YYYY-MM-DD HH:MM:SS[.ffffff]' in UTC, dates
'YYYY-MM-DD', money in integer cents.

Days and months are Berlin calendar days (DESIGN.md §2: times are shown in Berlin): a period's
bounds are the UTC instants of Berlin midnight (zoneinfo), and a visit's month is that of its
time plus Berlin's offset, which `BERLIN_MONTH` works out from the EU rule in SQL (summer time
from 01:00 UTC on the last Sunday of March to 01:00 UTC on the last Sunday of October) — a
second way to the same answer than the service's, which compares with month boundaries.
"""

from __future__ import annotations

import sqlite3
import zoneinfo
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from typing import Any


@dataclass(frozen=True)
class RawFilter:
    institution: str | None = None  # hex id
    municipality: str | None = None
    divisions: tuple[str, ...] | None = None  # WZ divisions of the chosen section
    staff: str | None = None  # hex id


_BERLIN = zoneinfo.ZoneInfo("Europe/Berlin")


def _utc_midnight(day: date) -> str:
    """The UTC time at which `day` begins in Berlin, as the file stores times."""
    return f"{datetime.combine(day, time(), _BERLIN).astimezone(UTC):%Y-%m-%d %H:%M:%S}"


def _bounds(start: date, end: date) -> tuple[str, str]:
    return _utc_midnight(start), _utc_midnight(end + timedelta(days=1))


def _summer_time_starts(year_of: str) -> str:
    """01:00 UTC on the last Sunday of March of the year of the timestamp `year_of`."""
    return (
        f"datetime(date(strftime('%Y', {year_of}) || '-03-31', '-6 days', 'weekday 0'), '+1 hours')"
    )


def _summer_time_ends(year_of: str) -> str:
    return (
        f"datetime(date(strftime('%Y', {year_of}) || '-10-31', '-6 days', 'weekday 0'), '+1 hours')"
    )


# 'YYYY-MM' of a UTC timestamp column `a.occurred_at` in Berlin.
BERLIN_MONTH = (
    "strftime('%Y-%m', a.occurred_at, CASE WHEN a.occurred_at >= "
    + _summer_time_starts("a.occurred_at")
    + " AND a.occurred_at < "
    + _summer_time_ends("a.occurred_at")
    + " THEN '+2 hours' ELSE '+1 hours' END)"
)


def _org_sql(alias: str, f: RawFilter, params: list[Any]) -> str:
    sql = ""
    if f.municipality is not None:
        sql += f" AND {alias}.municipality = ?"
        params.append(f.municipality)
    if f.divisions is not None:
        marks = ",".join("?" * len(f.divisions)) or "NULL"
        sql += f" AND substr({alias}.wz_code, 1, 2) IN ({marks})"
        params.extend(f.divisions)
    return sql


def _activities(start: date, end: date, f: RawFilter, visits: bool) -> tuple[str, list[Any]]:
    t0, t1 = _bounds(start, end)
    params: list[Any] = [t0, t1]
    sql = "a.deleted_at IS NULL AND a.occurred_at >= ? AND a.occurred_at < ?"
    if visits:
        sql += " AND a.kind = 'company_visit'"
    if f.institution:
        sql += " AND a.owner_institution_id = ?"
        params.append(f.institution)
    if f.staff:
        sql += (
            " AND EXISTS (SELECT 1 FROM activity_staff x WHERE x.activity_id = a.id"
            " AND x.staff_id = ? AND x.deleted_at IS NULL)"
        )
        params.append(f.staff)
    if f.municipality is not None or f.divisions is not None:
        org_params: list[Any] = []
        cond = _org_sql("o2", f, org_params)
        sql += (
            " AND EXISTS (SELECT 1 FROM activity_organisation y JOIN organisation o2"
            f" ON o2.id = y.organisation_id WHERE y.activity_id = a.id AND y.deleted_at IS NULL"
            f"{cond})"
        )
        params += org_params
    return sql, params


NEED_DAY = "n.found_on"  # the Berlin day of its visit, else of its recording (need_dates.py)


def _needs(start: date, end: date, f: RawFilter) -> tuple[str, list[Any]]:
    params: list[Any] = [f"{start:%Y-%m-%d}", f"{end:%Y-%m-%d}"]
    sql = (
        "FROM need n JOIN organisation o ON o.id = n.organisation_id "
        f"WHERE n.deleted_at IS NULL AND {NEED_DAY} BETWEEN ? AND ?"
    )
    if f.institution:
        sql += " AND n.owner_institution_id = ?"
        params.append(f.institution)
    if f.staff:
        sql += (
            " AND EXISTS (SELECT 1 FROM activity_staff x WHERE x.activity_id ="
            " n.found_in_activity_id AND x.staff_id = ? AND x.deleted_at IS NULL)"
        )
        params.append(f.staff)
    sql += _org_sql("o", f, params)
    return sql, params


def _referrals(start: date, end: date, f: RawFilter) -> tuple[str, list[Any]]:
    params: list[Any] = [f"{start:%Y-%m-%d}", f"{end:%Y-%m-%d}"]
    sql = (
        "FROM referral r JOIN organisation o ON o.id = r.organisation_id "
        "WHERE r.deleted_at IS NULL AND r.referred_on BETWEEN ? AND ?"
    )
    if f.institution:
        sql += " AND r.owner_institution_id = ?"
        params.append(f.institution)
    if f.staff:
        sql += " AND r.referring_staff_id = ?"
        params.append(f.staff)
    sql += _org_sql("o", f, params)
    return sql, params


def _cooperations(start: date, end: date, f: RawFilter) -> tuple[str, list[Any]]:
    params: list[Any] = [f"{start:%Y-%m-%d}", f"{end:%Y-%m-%d}"]
    sql = (
        "FROM cooperation c LEFT JOIN referral r ON r.id = c.referral_id "
        "LEFT JOIN organisation o ON o.id = r.organisation_id "
        "WHERE c.deleted_at IS NULL AND c.starts_on BETWEEN ? AND ?"
    )
    if f.institution:
        sql += " AND c.owner_institution_id = ?"
        params.append(f.institution)
    if f.staff:
        sql += " AND r.referring_staff_id = ?"
        params.append(f.staff)
    sql += _org_sql("o", f, params)
    return sql, params


def _one(con: sqlite3.Connection, sql: str, params: list[Any]) -> Any:
    return con.execute(sql, params).fetchone()[0]


def _median(con: sqlite3.Connection, sql: str, params: list[Any]) -> float | None:
    values = [r[0] for r in con.execute(f"SELECT d FROM ({sql}) ORDER BY d", params)]
    if not values:
        return None
    mid = len(values) // 2
    return float(values[mid]) if len(values) % 2 else (values[mid - 1] + values[mid]) / 2


def figures(con: sqlite3.Connection, start: date, end: date, f: RawFilter) -> dict[str, Any]:
    """Every dashboard figure, by plain SQL; money as Decimal euros."""
    out: dict[str, Any] = {}
    acts, ap = _activities(start, end, f, visits=False)
    out["organisations_reached"] = _one(
        con,
        "SELECT count(DISTINCT ao.organisation_id) FROM activity a JOIN activity_organisation ao"
        f" ON ao.activity_id = a.id AND ao.deleted_at IS NULL WHERE {acts}",
        ap,
    )
    visits, vp = _activities(start, end, f, visits=True)
    out["visits"] = _one(con, f"SELECT count(*) FROM activity a WHERE {visits}", vp)
    needs, np_ = _needs(start, end, f)
    out["needs"] = _one(con, f"SELECT count(*) {needs}", np_)
    refs, rp = _referrals(start, end, f)
    out["referrals_by_stage"] = dict(
        con.execute(f"SELECT r.stage, count(*) {refs} GROUP BY r.stage", rp).fetchall()
    )
    out["referrals"] = _one(con, f"SELECT count(*) {refs}", rp)
    coops, cp = _cooperations(start, end, f)
    count, cents = con.execute(f"SELECT count(*), sum(c.value_eur) {coops}", cp).fetchone()
    out["cooperations"] = count
    out["cooperation_value"] = Decimal(cents or 0) / 100
    out["median_days_need_to_referral"] = _median(
        con,
        "SELECT CAST(julianday(r.referred_on) - julianday(nn.found_on) AS INTEGER) AS d "
        + refs.replace("WHERE", "JOIN need nn ON nn.id = r.need_id WHERE", 1),
        rp,
    )
    out["median_days_referral_to_cooperation"] = _median(
        con,
        "SELECT CAST(julianday(c.starts_on) - julianday(r.referred_on) AS INTEGER) AS d "
        f"{coops} AND r.id IS NOT NULL",
        cp,
    )
    referred = "EXISTS (SELECT 1 FROM referral x WHERE x.need_id = n.id AND x.deleted_at IS NULL"
    out["funnel"] = list(
        con.execute(
            f"SELECT count(*), "
            f"sum({referred})), "
            f"sum({referred} AND (x.stage IN ('first_meeting', 'cooperation_agreed') OR EXISTS"
            " (SELECT 1 FROM referral_stage_change h WHERE h.referral_id = x.id AND"
            " h.stage = 'first_meeting' AND h.deleted_at IS NULL)))), "
            f"sum({referred} AND (x.stage = 'cooperation_agreed' OR EXISTS (SELECT 1 FROM"
            " cooperation k WHERE k.referral_id = x.id AND k.deleted_at IS NULL)))) "
            f"{needs}",
            np_,
        ).fetchone()
    )
    out["funnel"] = [int(v or 0) for v in out["funnel"]]
    out["visits_by_municipality"] = dict(
        con.execute(
            "SELECT coalesce(o.municipality, ''), count(DISTINCT a.id) FROM activity a"
            " JOIN activity_organisation ao ON ao.activity_id = a.id AND ao.deleted_at IS NULL"
            f" JOIN organisation o ON o.id = ao.organisation_id WHERE {visits}"
            " GROUP BY coalesce(o.municipality, '')",
            vp,
        ).fetchall()
    )
    out["referrals_by_municipality"] = dict(
        con.execute(
            f"SELECT coalesce(o.municipality, ''), count(*) {refs}"
            " GROUP BY coalesce(o.municipality, '')",
            rp,
        ).fetchall()
    )
    out["needs_by_institution"] = dict(
        con.execute(
            f"SELECT n.owner_institution_id, count(*) {needs} GROUP BY n.owner_institution_id",
            np_,
        ).fetchall()
    )
    out["cooperations_by_institution"] = {
        k: (n, Decimal(v or 0) / 100)
        for k, n, v in con.execute(
            f"SELECT c.owner_institution_id, count(*), sum(c.value_eur) {coops}"
            " GROUP BY c.owner_institution_id",
            cp,
        )
    }
    out["visits_by_month"] = dict(
        con.execute(
            f"SELECT {BERLIN_MONTH}, count(*) FROM activity a WHERE {visits} GROUP BY 1",
            vp,
        ).fetchall()
    )
    out["needs_by_month"] = dict(
        con.execute(
            f"SELECT strftime('%Y-%m', {NEED_DAY}), count(*) {needs} GROUP BY 1", np_
        ).fetchall()
    )
    out["network"] = {
        (a, b): n
        for a, b, n in con.execute(
            "SELECT o.kind, p.kind, count(*) "
            + refs.replace(
                "WHERE", "JOIN organisation p ON p.id = r.partner_organisation_id WHERE", 1
            )
            + " GROUP BY o.kind, p.kind",
            rp,
        )
    }
    return out


def visible_cooperations(con: sqlite3.Connection, start: date, end: date, institution: str) -> int:
    """Cooperations started in the period that staff of `institution` may see itemised."""
    return int(
        _one(
            con,
            "SELECT count(*) FROM cooperation WHERE deleted_at IS NULL"
            " AND starts_on BETWEEN ? AND ?"
            " AND (visibility = 'network' OR owner_institution_id = ?)",
            [f"{start:%Y-%m-%d}", f"{end:%Y-%m-%d}", institution],
        )
    )
