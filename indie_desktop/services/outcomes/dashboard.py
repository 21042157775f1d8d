"""Outcomes of the network's work for a period: the figures behind the dashboard and the
funding report (issue 9). Headless; every figure is aggregated in SQL (GROUP BY), no rows are
loaded into Python, and each can name the records behind it (`records`, for drill-down).

Which date puts a record into a period: its calendar day in Europe/Berlin, for every record
kind and for every boundary (period, month of the timeline, drill-down month), because that is
the day the network's staff see on screen and in the funding report (DESIGN.md §2: times are
stored in UTC and shown in Berlin time):
- activity (visit, organisations reached): `occurred_at`, stored in UTC, compared with the UTC
  instants of Berlin midnights (`Period.bounds`): a visit at 00:30 on 1 January in Berlin
  (23:30 UTC on 31 December) belongs to January and to the new year, one at 23:30 on
  31 December in Berlin to December;
- need: `found_on`, the (Berlin) day of the visit it was found in, else of its recording, as
  the Needs list shows it (stored and indexed, kept current by services/work/need_dates.py), so a
  need always falls into the same month as the visit it was found in;
- referral: `referred_on`; cooperation: `starts_on` ("cooperations started") — plain dates.

Filters: institution = the record's owning institution; municipality and WZ section = the
organisation the record is about (for a visit any of its organisations, for a referral the
referred company, for a cooperation the company of its originating referral); staff member =
a participant of the visit (for a need: of the visit it was found in), the referring staff
member of a referral (and of a cooperation's referral).

Visibility: figures count every record the database lets the user read (the shared server's
row-level security hides more); institution-private records of other institutions are
counted but never itemised: `records` lists only what `visible_to` allows and says how many
it left out.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from datetime import date, datetime
from decimal import Decimal
from functools import lru_cache
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Integer,
    case,
    cast,
    false,
    func,
    literal,
    or_,
    select,
    text,
    true,
)
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, aliased
from sqlalchemy.pool import SingletonThreadPool, StaticPool

from indie_desktop.domain.enums import ActivityKind, OrganisationKind, ReferralStage
from indie_desktop.domain.formatting import to_berlin
from indie_desktop.domain.models import (
    Activity,
    ActivityOrganisation,
    ActivityStaff,
    Cooperation,
    Institution,
    Need,
    Organisation,
    Referral,
    ReferralStageChange,
)
from indie_desktop.domain.outcomes import (
    NO_MUNICIPALITY,
    Drill,
    DrillResult,
    DrillRow,
    Edge,
    Figures,
    Filters,
    FunnelStep,
    GroupRow,
    Metric,
    MonthRow,
    Period,
    month_bounds,
)
from indie_desktop.services.context import Actor
from indie_desktop.services.events.outcomes import event_figures
from indie_desktop.services.listing import AnySelect
from indie_desktop.services.visibility import visible_to
from indie_desktop.store.database import Database

log = logging.getLogger(__name__)

SQLITE_CACHE_KIB = 64 * 1024  # page cache of the connection computing the figures
DRILL_LIMIT = 2000  # rows a drill-down lists at most (the count above it stays exact)
PARALLEL_QUERIES = 2  # connections computing the figures side by side
ORGANISATION_INDEX = "ix_organisation_dashboard"  # (id, municipality, kind, wz_code)


@lru_cache(maxsize=32)
def wz_divisions(section: str) -> tuple[str, ...]:
    """Two-digit WZ divisions of a section ('C' -> '10'..'33')."""
    from indie_desktop.domain.wz import LEVEL_SECTION, wz_entries

    return tuple(
        e.code for e in wz_entries(LEVEL_SECTION + 1, LEVEL_SECTION + 1) if e.section == section
    )


RECORD_KIND = {
    Metric.ORGANISATIONS: "organisation",
    Metric.VISITS: "activity",
    Metric.NEEDS: "need",
    Metric.REFERRALS: "referral",
    Metric.COOPERATIONS: "cooperation",
}


def _exists(*conds: ColumnElement[bool]) -> ColumnElement[bool]:
    """EXISTS (SELECT 1 ...): SQLite reads only the index for it, where `exists()`'s
    SELECT * makes it fetch each table row, covering index or not."""
    return select(literal(1)).where(*conds).exists()


class DashboardService:
    def __init__(self, db: Database, actor: Actor) -> None:
        self.db = db
        self.actor = actor
        self._statistics_checked = False

    # --- shared conditions -------------------------------------------------------------------

    @property
    def _sqlite(self) -> bool:
        return self.db.engine.dialect.name == "sqlite"

    def _month_of(self, column: Any) -> ColumnElement[str]:
        """'YYYY-MM' of a date column (the dates are Berlin days already)."""
        if self._sqlite:
            return func.strftime("%Y-%m", column)
        return func.to_char(column, "YYYY-MM")

    @staticmethod
    def _berlin_month(column: Any, period: Period) -> ColumnElement[str]:
        """'YYYY-MM' of the Berlin day of a UTC timestamp inside `period`: compared with the
        UTC instants at which the period's months begin in Berlin, the same in SQLite (which
        knows no time zones) and PostgreSQL, and cheaper than formatting every row's time."""
        starts = period.month_starts()
        whens = [(column < begins, starts[i][0]) for i, (_m, begins) in enumerate(starts[1:])]
        if not whens:
            return literal(starts[0][0])
        return case(*whens, else_=starts[-1][0])

    def _days(self, later: Any, earlier: Any) -> ColumnElement[Any]:
        if self._sqlite:
            return cast(func.julianday(later) - func.julianday(earlier), Integer)
        difference: ColumnElement[Any] = later - earlier
        return difference

    @staticmethod
    def _org_matches(org: Any, filters: Filters) -> list[ColumnElement[bool]]:
        conds: list[ColumnElement[bool]] = []
        if filters.municipality is not None:
            conds.append(org.municipality == filters.municipality)
        if filters.wz_section:
            divisions = wz_divisions(filters.wz_section)
            conds.append(func.substr(org.wz_code, 1, 2).in_(divisions) if divisions else false())
        return conds

    @staticmethod
    def _group_municipality(org: Any, value: str) -> ColumnElement[bool]:
        if value == NO_MUNICIPALITY:
            return or_(org.municipality.is_(None), org.municipality == "")
        return org.municipality == value  # type: ignore[no-any-return]

    def _activity_where(
        self, period: Period, filters: Filters, visits_only: bool
    ) -> list[ColumnElement[bool]]:
        t0, t1 = period.bounds()
        a = Activity
        conds = [a.deleted_at.is_(None), a.occurred_at >= t0, a.occurred_at < t1]
        if visits_only:
            conds.append(a.kind == ActivityKind.COMPANY_VISIT)
        if filters.institution_id is not None:
            conds.append(a.owner_institution_id == filters.institution_id)
        if filters.staff_id is not None:
            conds.append(
                _exists(
                    ActivityStaff.activity_id == a.id,
                    ActivityStaff.staff_id == filters.staff_id,
                    ActivityStaff.deleted_at.is_(None),
                )
            )
        org_conds = self._org_matches(Organisation, filters)
        if org_conds:
            conds.append(self._activity_has_org(org_conds))
        return conds

    @staticmethod
    def _activity_has_org(org_conds: list[ColumnElement[bool]]) -> ColumnElement[bool]:
        return (
            select(literal(1))
            .where(
                ActivityOrganisation.activity_id == Activity.id,
                ActivityOrganisation.deleted_at.is_(None),
                Organisation.id == ActivityOrganisation.organisation_id,
                *org_conds,
            )
            .correlate(Activity)
            .exists()
        )

    def _org_needed(self, filters: Filters) -> bool:
        """Whether a figure that shows nothing of the organisation must still join it: for the
        municipality and WZ filters, and on PostgreSQL, where row-level security may hide a
        record's organisation and the join then leaves the record out (as in every other
        figure). In SQLite the NOT NULL foreign key (enforced) guarantees the row."""
        return not self._sqlite or filters.municipality is not None or bool(filters.wz_section)

    def _needs(self, period: Period, filters: Filters, org: bool = True) -> AnySelect:
        """FROM need JOIN organisation WHERE ... (the need's day: `found_on`); without the
        join if `org` is false (then the filters must not need it, see `_org_needed`)."""
        conds = [
            Need.deleted_at.is_(None),
            Need.found_on >= period.start,
            Need.found_on <= period.end,
        ]
        if filters.institution_id is not None:
            conds.append(Need.owner_institution_id == filters.institution_id)
        if filters.staff_id is not None:
            conds.append(
                _exists(
                    ActivityStaff.activity_id == Need.found_in_activity_id,
                    ActivityStaff.staff_id == filters.staff_id,
                    ActivityStaff.deleted_at.is_(None),
                )
            )
        stmt = select().select_from(Need)
        if org:
            stmt = stmt.join(Organisation, Organisation.id == Need.organisation_id)
            conds += self._org_matches(Organisation, filters)
        return stmt.where(*conds)

    def _referral_where(
        self, period: Period, filters: Filters, org: bool = True
    ) -> list[ColumnElement[bool]]:
        r = Referral
        conds = [r.deleted_at.is_(None), r.referred_on >= period.start, r.referred_on <= period.end]
        if filters.institution_id is not None:
            conds.append(r.owner_institution_id == filters.institution_id)
        if filters.staff_id is not None:
            conds.append(r.referring_staff_id == filters.staff_id)
        return conds + (self._org_matches(Organisation, filters) if org else [])

    def _referrals(self, period: Period, filters: Filters, org: bool = True) -> AnySelect:
        """FROM referral JOIN organisation (the referred company) WHERE ...; see `_needs`."""
        stmt = select().select_from(Referral)
        if org:
            stmt = stmt.join(Organisation, Organisation.id == Referral.organisation_id)
        return stmt.where(*self._referral_where(period, filters, org))

    def _cooperations(self, period: Period, filters: Filters) -> AnySelect:
        """Cooperations started in the period; LEFT JOIN their referral and its company."""
        c = Cooperation
        conds = [c.deleted_at.is_(None), c.starts_on >= period.start, c.starts_on <= period.end]
        if filters.institution_id is not None:
            conds.append(c.owner_institution_id == filters.institution_id)
        if filters.staff_id is not None:
            conds.append(Referral.referring_staff_id == filters.staff_id)
        conds += self._org_matches(Organisation, filters)
        return (
            select()
            .select_from(c)
            .outerjoin(Referral, Referral.id == c.referral_id)
            .outerjoin(Organisation, Organisation.id == Referral.organisation_id)
            .where(*conds)
        )

    # --- figures -----------------------------------------------------------------------------

    def figures(self, period: Period, filters: Filters | None = None) -> Figures:
        """All figures of the dashboard. Few queries: each record kind is grouped once by
        (municipality, institution, month, ...) and totals, bars and timeline are summed up
        from those groups (a few hundred rows at most, never the records). The queries are
        independent and run side by side, each on its own connection (SQLite in WAL mode and
        PostgreSQL both serve concurrent readers); their results are combined here."""
        filters = filters or Filters()
        out = Figures(period, filters)
        groups = _Groups(period)
        f = filters
        self._organisation_statistics()
        jobs: dict[str, Callable[[Session], Any]] = {  # the costliest first
            "reached": lambda s: s.execute(self._reached_query(period, f)).scalar_one(),
            "visit_places": lambda s: s.execute(self._visit_place_query(period, f)).all(),
            "needs": lambda s: s.execute(self._need_query(period, f)).all(),
            "funnel": lambda s: s.execute(self._funnel_query(period, f)).one(),
            "referrals": lambda s: s.execute(self._referral_query(period, f)).all(),
            "need_days": lambda s: self._median(s, self._need_days_query(period, f)),
            "network": lambda s: self._network(s, period, f),
            "visits": lambda s: s.execute(self._visit_query(period, f)).all(),
            "cooperations": lambda s: s.execute(self._cooperation_query(period, f)).all(),
            "cooperation_days": lambda s: self._median(s, self._cooperation_days_query(period, f)),
            "names": lambda s: s.execute(select(Institution.id, Institution.short_name)).all(),
            "events": lambda s: event_figures(s, self.actor, period, f),
            "topics": lambda s: self._topics(s, period, f),
            "sectors": lambda s: self._sectors(s, period, f),
        }
        r = self._run(jobs)
        out.needs_by_topic = r["topics"]
        out.needs_by_sector = r["sectors"]
        self._outreach(out, period, f)
        out.organisations_reached = int(r["reached"])
        for owner, m, n in r["visits"]:
            groups.add("visits", None, owner, m, n)
        for place, n in r["visit_places"]:  # a visit to two municipalities counts in each
            groups.municipality_visits[place or NO_MUNICIPALITY] = int(n)
        self._add_needs(r["needs"], r["funnel"], out, groups)
        stages: dict[ReferralStage, int] = dict.fromkeys(ReferralStage, 0)
        for place, owner, m, n, *per_stage in r["referrals"]:
            for stage, k in zip(ReferralStage, per_stage, strict=True):
                stages[stage] += int(k or 0)
            groups.add("referrals", place, owner, m, n)
        out.referrals_by_stage = stages
        out.referrals = sum(stages.values())
        for place, owner, m, n, value in r["cooperations"]:
            groups.add("cooperations", place, owner, m, n, value)
        out.median_days_need_to_referral = r["need_days"]
        out.median_days_referral_to_cooperation = r["cooperation_days"]
        out.network = r["network"]
        out.events = r["events"]
        groups.finish(out, dict(r["names"]))
        return out

    def _topics(self, s: Session, period: Period, filters: Filters) -> list[tuple[str, int]]:
        """The technology terms the period's needs name, most named first (top ten); generic
        terms ('Digitalisierung') say little and are left out."""
        from collections import Counter

        from indie_desktop.services.work.vocabulary import current_vocabulary

        stmt = self._needs(period, filters, self._org_needed(filters)).add_columns(
            Need.topic, Need.wanted_competence
        )
        vocab = current_vocabulary(s, self.actor)
        counts: Counter[str] = Counter()
        for topic, competence in s.execute(stmt).all():
            found = vocab.analyse(f"{topic}\n{competence or ''}").concepts.values()
            counts.update({x.concept.label for x in found if not x.concept.generic})
        return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:10]

    def _sectors(self, s: Session, period: Period, filters: Filters) -> list[tuple[str, int]]:
        """The seeking companies' WZ divisions ('25 Herstellung von Metallerzeugnissen'),
        most needs first (top ten)."""
        from indie_desktop.domain.wz import wz_title

        division = func.substr(Organisation.wz_code, 1, 2)
        stmt = (
            self._needs(period, filters, True)
            .add_columns(division, func.count())
            .where(Organisation.wz_code.is_not(None), Organisation.wz_code != "")
            .group_by(division)
        )
        rows = [(str(d), int(n)) for d, n in s.execute(stmt).all() if d]
        named = [(f"{d} {wz_title(d) or ''}".strip(), n) for d, n in rows]
        return sorted(named, key=lambda kv: (-kv[1], kv[0]))[:10]

    def _outreach(self, out: Figures, period: Period, filters: Filters) -> None:
        """Needs carried to universities, companies in the network, digests due (issue 24)."""
        from indie_desktop.services.directory.membership import MembershipService
        from indie_desktop.services.outreach.radar import RadarService
        from indie_desktop.services.work.referrals import ReferralService

        radar = RadarService(self.db, self.actor, ReferralService(self.db, self.actor))
        carried = radar.figures(period.start, period.end, filters.institution_id)
        out.carried = carried.carried
        out.carried_answered = carried.answered
        out.carried_referred = carried.referred
        out.carried_cooperations = carried.cooperations
        tenure = MembershipService(self.db, self.actor).figures(
            period.start, period.end, filters.institution_id
        )
        out.in_network = tenure.in_network
        out.joined_network = tenure.joined
        out.left_network = tenure.left
        out.interested = tenure.interested
        out.network_by_institution = [
            (g.institution, g.in_network, g.joined) for g in tenure.by_institution
        ]
        out.radar_due = [(x.university_id, x.university, x.next_due) for x in radar.due()]

    def _organisation_statistics(self) -> None:
        """SQLite: keep the statistics of `organisation` current (once per service, and only
        when they are missing or the table has grown or shrunk by half since): with them the
        planner looks a record's organisation up in ix_organisation_dashboard (0012_dash)
        alone; without, it reads the wide table row for every record."""
        if not self._sqlite or self._statistics_checked:
            return
        self._statistics_checked = True
        stat = "SELECT stat FROM sqlite_stat1 WHERE tbl = 'organisation' AND idx = :idx"
        try:
            with self.db.session() as s:
                has_table = s.execute(
                    text("SELECT 1 FROM sqlite_master WHERE name = 'sqlite_stat1'")
                ).first()
                row = (
                    s.execute(text(stat), {"idx": ORGANISATION_INDEX}).first()
                    if has_table
                    else None
                )
                counted = int(row[0].split()[0]) if row else -1
                rows = int(s.execute(select(func.count()).select_from(Organisation)).scalar_one())
                if counted < 0 or not (counted / 2 <= rows <= counted * 2):
                    s.execute(text("ANALYZE organisation"))
        except OperationalError as exc:  # locked by a writer, read-only file: plans stay
            log.info("organisation statistics not refreshed: %s", exc)

    def _parallel(self) -> bool:
        """Several connections at once: not for a single shared in-memory connection."""
        return PARALLEL_QUERIES > 1 and not isinstance(
            self.db.engine.pool, (StaticPool, SingletonThreadPool)
        )

    def _run(self, jobs: dict[str, Callable[[Session], Any]]) -> dict[str, Any]:
        """Each job on a session of its own; side by side where the database allows."""

        def one(job: Callable[[Session], Any]) -> Any:
            with self.db.session() as s:
                if self._sqlite:  # a year of the network touches ~40 MB of index pages;
                    # the default 2 MB page cache would re-read them for every query
                    s.execute(text(f"PRAGMA cache_size=-{SQLITE_CACHE_KIB}"))
                return job(s)

        if not self._parallel():
            return {name: one(job) for name, job in jobs.items()}
        with ThreadPoolExecutor(PARALLEL_QUERIES, thread_name_prefix="dashboard") as pool:
            futures = {name: pool.submit(one, job) for name, job in jobs.items()}
            return {name: future.result() for name, future in futures.items()}

    def _reached_query(self, period: Period, filters: Filters) -> AnySelect:
        """Organisations linked to an activity of the period. SQLite without filters: per
        organisation, does one of its links (ix_activity_organisation_reach) lead to such an
        activity (ix_activity_contact)? That stops at the first one found and needs no
        de-duplication, where counting the distinct organisations of a year's ~84,000 links
        costs nearly twice as much. A filter leaves fewer activities (institution, staff) or
        makes each check dearer (municipality, WZ: any organisation of the activity), and
        then the links of the matching activities are counted. PostgreSQL de-duplicates the
        links by hashing, and there row-level security may hide an organisation whose link is
        readable: it always counts the links' organisations."""
        acts = self._activity_where(period, filters, visits_only=False)
        if self._sqlite and filters == Filters():
            org = aliased(Organisation, name="reached")
            link = aliased(ActivityOrganisation, name="reach_link")
            linked = _exists(
                link.organisation_id == org.id,
                link.deleted_at.is_(None),
                Activity.id == link.activity_id,
                *acts,
            )
            return select(func.count()).select_from(org).where(linked)
        return (
            select(func.count(func.distinct(ActivityOrganisation.organisation_id)))
            .select_from(Activity)
            .join(ActivityOrganisation, ActivityOrganisation.activity_id == Activity.id)
            .where(*acts, ActivityOrganisation.deleted_at.is_(None))
        )

    def _visit_query(self, period: Period, filters: Filters) -> AnySelect:
        visits = self._activity_where(period, filters, visits_only=True)
        month = self._berlin_month(Activity.occurred_at, period)
        inst = Activity.owner_institution_id
        return select(inst, month, func.count()).where(*visits).group_by(inst, month)

    def _visit_place_query(self, period: Period, filters: Filters) -> AnySelect:
        """Visits per municipality of their organisations (a visit to two municipalities
        counts in each, once). The visits' links are found by `activity_id IN (the period's
        visits)`, which SQLite answers from a set of ids built once: a fifth cheaper than
        joining each visit to its links."""
        visits = select(Activity.id).where(*self._activity_where(period, filters, True))
        key = func.coalesce(Organisation.municipality, "")
        link = ActivityOrganisation
        return (
            select(key, func.count(func.distinct(link.activity_id)))
            .select_from(link)
            .join(Organisation, Organisation.id == link.organisation_id)
            .where(link.deleted_at.is_(None), link.activity_id.in_(visits))
            .group_by(key)
        )

    FUNNEL_STEPS = tuple(FunnelStep)[1:]  # the steps after the need itself

    def _need_query(self, period: Period, filters: Filters) -> AnySelect:
        """Needs by municipality, institution and month."""
        needs = self._needs(period, filters)
        key = func.coalesce(Organisation.municipality, "")
        month = self._month_of(Need.found_on)
        inst = Need.owner_institution_id
        return needs.add_columns(key, inst, month, func.count()).group_by(key, inst, month)

    def _funnel_query(self, period: Period, filters: Filters) -> AnySelect:
        """How many needs of the period reached each step after the need: one pass over their
        referrals (ix_referral_funnel), grouped per need, a flag per step that one of its
        referrals reached (the same conditions as `_step_condition`, which the drill-down
        uses); needs without a referral reach no step and are not visited twice."""
        r = aliased(Referral, name="fr")
        flags = [
            func.max(case((self._referral_reached(st, r), 1), else_=0)).label(st.value)
            for st in self.FUNNEL_STEPS[1:]
        ]
        per_need = (
            self._needs(period, filters, org=self._org_needed(filters))
            .join(r, r.need_id == Need.id)
            .where(r.deleted_at.is_(None))
            .add_columns(*flags)
            .group_by(r.need_id)
            .subquery("per_need")
        )
        return select(func.count(), *(func.sum(c) for c in per_need.c))

    def _add_needs(self, rows: list[Any], funnel_row: Any, out: Figures, groups: _Groups) -> None:
        needs = 0
        for place, owner, m, n in rows:
            groups.add("needs", place, owner, m, n)
            needs += int(n)
        out.funnel = [(FunnelStep.NEED, needs)] + [
            (st, int(k or 0)) for st, k in zip(self.FUNNEL_STEPS, funnel_row, strict=True)
        ]

    def _referral_query(self, period: Period, filters: Filters) -> AnySelect:
        """Referrals by municipality, institution and month, with a count per stage in each
        (columns rather than a grouping key: a third of the rows to hand to Python)."""
        key = func.coalesce(Organisation.municipality, "")
        month = self._month_of(Referral.referred_on)
        inst = Referral.owner_institution_id
        per_stage = [
            func.sum(case((Referral.stage == stage, 1), else_=0)) for stage in ReferralStage
        ]
        return (
            self._referrals(period, filters)
            .add_columns(key, inst, month, func.count(), *per_stage)
            .group_by(key, inst, month)
        )

    def _cooperation_query(self, period: Period, filters: Filters) -> AnySelect:
        key = func.coalesce(Organisation.municipality, "")
        month = self._month_of(Cooperation.starts_on)
        inst = Cooperation.owner_institution_id
        return (
            self._cooperations(period, filters)
            .add_columns(key, inst, month, func.count(), func.sum(Cooperation.value_eur))
            .group_by(key, inst, month)
        )

    @staticmethod
    def _median(s: Session, days: AnySelect) -> float | None:
        """Median of a one-column select, from its histogram (GROUP BY value) in SQL."""
        sub = days.subquery()
        col = next(iter(sub.c))
        histogram = [
            (value, int(n))
            for value, n in s.execute(select(col, func.count()).group_by(col).order_by(col))
            if value is not None
        ]
        total = sum(n for _v, n in histogram)
        if not total:
            return None
        wanted = [(total - 1) // 2, total // 2]  # the middle position(s), 0-based
        found: list[float] = []
        seen = 0
        for value, n in histogram:
            while wanted and wanted[0] < seen + n:
                found.append(float(value))
                wanted.pop(0)
            seen += n
        return sum(found) / len(found)

    def _need_days_query(self, period: Period, filters: Filters) -> AnySelect:
        return (
            self._referrals(period, filters, org=self._org_needed(filters))
            .join(Need, Need.id == Referral.need_id)
            .add_columns(self._days(Referral.referred_on, Need.found_on).label("days"))
        )

    def _cooperation_days_query(self, period: Period, filters: Filters) -> AnySelect:
        return (
            self._cooperations(period, filters)
            .where(Referral.id.is_not(None))
            .add_columns(self._days(Cooperation.starts_on, Referral.referred_on).label("days"))
        )

    @staticmethod
    def _referral_reached(step: FunnelStep, r: Any) -> ColumnElement[bool]:
        """Referral `r` (not deleted) of a need got as far as this step: a first meeting when
        it stands at or after it or its history has one; a cooperation when agreed or one
        names it as its origin."""
        if step in (FunnelStep.NEED, FunnelStep.REFERRAL):
            return true()
        if step is FunnelStep.FIRST_MEETING:
            met = _exists(
                ReferralStageChange.referral_id == r.id,
                ReferralStageChange.stage == ReferralStage.FIRST_MEETING,
                ReferralStageChange.deleted_at.is_(None),
            )
            later = (ReferralStage.FIRST_MEETING, ReferralStage.COOPERATION_AGREED)
            return or_(r.stage.in_(later), met)
        coop = _exists(Cooperation.referral_id == r.id, Cooperation.deleted_at.is_(None))
        return or_(r.stage == ReferralStage.COOPERATION_AGREED, coop)

    def _step_condition(self, step: FunnelStep) -> ColumnElement[bool]:
        """A need (of the cohort) reached this step of the funnel."""
        r = aliased(Referral, name="fr")
        base = [r.need_id == Need.id, r.deleted_at.is_(None)]
        if step is FunnelStep.NEED:
            return literal(True)
        if step is FunnelStep.REFERRAL:
            return _exists(*base)
        return _exists(*base, self._referral_reached(step, r))

    def _network(self, s: Session, period: Period, filters: Filters) -> list[Edge]:
        partner = aliased(Organisation, name="partner")
        stmt = (
            self._referrals(period, filters)
            .join(partner, partner.id == Referral.partner_organisation_id)
            .add_columns(Organisation.kind, partner.kind, func.count())
            .group_by(Organisation.kind, partner.kind)
        )
        edges = [
            Edge(OrganisationKind(a), OrganisationKind(b), int(n)) for a, b, n in s.execute(stmt)
        ]
        return sorted(edges, key=lambda e: -e.count)

    # --- drill-down --------------------------------------------------------------------------

    def record_query(self, period: Period, filters: Filters, drill: Drill) -> tuple[AnySelect, Any]:
        """(select FROM ... WHERE ... without columns, the model whose ids it yields)."""
        m = drill.metric
        if m in (Metric.ORGANISATIONS, Metric.VISITS):
            acts = self._activity_where(period, filters, visits_only=m is Metric.VISITS)
            if drill.institution_id is not None:
                acts.append(Activity.owner_institution_id == drill.institution_id)
            if drill.month is not None:  # the Berlin month, as the timeline groups it
                t0, t1 = month_bounds(drill.month)
                acts += [Activity.occurred_at >= t0, Activity.occurred_at < t1]
            if drill.municipality is not None:
                acts.append(
                    self._activity_has_org(
                        [self._group_municipality(Organisation, drill.municipality)]
                    )
                )
            if m is Metric.VISITS:
                return select().select_from(Activity).where(*acts), Activity
            reached = (
                select(ActivityOrganisation.organisation_id)
                .join(Activity, Activity.id == ActivityOrganisation.activity_id)
                .where(*acts, ActivityOrganisation.deleted_at.is_(None))
            )
            return select().select_from(Organisation).where(
                Organisation.id.in_(reached)
            ), Organisation
        if m is Metric.NEEDS:
            stmt = self._needs(period, filters)
            if drill.funnel_step is not None:
                stmt = stmt.where(self._step_condition(drill.funnel_step))
            if drill.month is not None:
                stmt = stmt.where(self._month_of(Need.found_on) == drill.month)
            return self._narrow(stmt, Need, drill), Need
        if m is Metric.REFERRALS:
            stmt = self._referrals(period, filters)
            if drill.stage is not None:
                stmt = stmt.where(Referral.stage == drill.stage)
            if drill.month is not None:
                stmt = stmt.where(self._month_of(Referral.referred_on) == drill.month)
            if drill.edge is not None:
                partner = aliased(Organisation, name="partner")
                stmt = stmt.join(partner, partner.id == Referral.partner_organisation_id).where(
                    Organisation.kind == drill.edge[0], partner.kind == drill.edge[1]
                )
            return self._narrow(stmt, Referral, drill), Referral
        stmt = self._cooperations(period, filters)
        if drill.month is not None:
            stmt = stmt.where(self._month_of(Cooperation.starts_on) == drill.month)
        return self._narrow(stmt, Cooperation, drill), Cooperation

    def _narrow(self, stmt: AnySelect, model: Any, drill: Drill) -> AnySelect:
        if drill.institution_id is not None:
            stmt = stmt.where(model.owner_institution_id == drill.institution_id)
        if drill.municipality is not None:
            stmt = stmt.where(self._group_municipality(Organisation, drill.municipality))
        return stmt

    def record_ids(self, period: Period, filters: Filters, drill: Drill) -> list[uuid.UUID]:
        """Ids of the visible records behind a figure (at most DRILL_LIMIT)."""
        stmt, model = self.record_query(period, filters, drill)
        with self.db.session() as s:
            q = stmt.add_columns(model.id).where(visible_to(model, self.actor)).limit(DRILL_LIMIT)
            return list(s.execute(q).scalars())

    def records(self, period: Period, filters: Filters, drill: Drill) -> DrillResult:
        """The records behind a figure: those the user may see, newest first, and the count of
        the institution-private ones of other institutions it counts but does not list."""
        stmt, model = self.record_query(period, filters, drill)
        visible = visible_to(model, self.actor)
        with self.db.session() as s:
            total = int(
                s.execute(
                    select(func.count()).select_from(stmt.add_columns(model.id).subquery())
                ).scalar_one()
            )
            shown = int(
                s.execute(
                    select(func.count()).select_from(
                        stmt.add_columns(model.id).where(visible).subquery()
                    )
                ).scalar_one()
            )
            rows = self._rows(s, stmt.where(visible), model)
        return DrillResult(RECORD_KIND[drill.metric], total, rows, total - shown)

    def _rows(self, s: Session, stmt: AnySelect, model: Any) -> list[DrillRow]:
        if model is Organisation:
            q = stmt.add_columns(
                Organisation.id, Organisation.name, Organisation.city, Organisation.kind
            ).order_by(Organisation.sort_name)
            return [
                DrillRow(i, None, name, city or "")
                for i, name, city, _k in s.execute(q.limit(DRILL_LIMIT))
            ]
        if model is Activity:
            q = stmt.add_columns(
                Activity.id, Activity.occurred_at, Activity.subject, Activity.place
            )
            q = q.order_by(Activity.occurred_at.desc())
            return [
                DrillRow(i, to_berlin(when).date(), subject, place or "")
                for i, when, subject, place in s.execute(q.limit(DRILL_LIMIT))
            ]
        if model is Need:
            q = stmt.add_columns(Need.id, Need.found_on, Need.topic, Organisation.name)
            q = q.order_by(Need.found_on.desc())
            return [
                DrillRow(i, _day(day), topic, org)
                for i, day, topic, org in s.execute(q.limit(DRILL_LIMIT))
            ]
        if model is Referral:
            partner = aliased(Organisation, name="p_name")
            q = (
                stmt.outerjoin(partner, partner.id == Referral.partner_organisation_id)
                .add_columns(
                    Referral.id,
                    Referral.referred_on,
                    Organisation.name,
                    partner.name,
                    Referral.stage,
                )
                .order_by(Referral.referred_on.desc())
            )
            return [
                DrillRow(i, day, f"{org} → {p or ''}", str(stage))
                for i, day, org, p, stage in s.execute(q.limit(DRILL_LIMIT))
            ]
        q = stmt.add_columns(
            Cooperation.id,
            Cooperation.starts_on,
            Cooperation.title,
            Organisation.name,
            Cooperation.value_eur,
            Cooperation.referral_id,
        ).order_by(Cooperation.starts_on.desc())
        return [
            DrillRow(i, day, title, org or "", value, ("referral", ref) if ref else None)
            for i, day, title, org, value, ref in s.execute(q.limit(DRILL_LIMIT))
        ]

    # --- choices for the filters --------------------------------------------------------------

    def private_scope(self) -> str:
        """On the shared server, for a staff member: the institution whose private records the
        figures include besides the network's (row-level security hides other institutions'
        private records); "" where the figures cover every record (the local file)."""
        if not self.db.is_shared or self.actor.institution_id is None:
            return ""
        with self.db.session() as s:
            name = s.scalar(
                select(Institution.short_name).where(Institution.id == self.actor.institution_id)
            )
        return str(name or "")

    def institutions(self) -> list[tuple[uuid.UUID, str]]:
        with self.db.session() as s:
            q = select(Institution.id, Institution.short_name).where(
                Institution.deleted_at.is_(None)
            )
            return sorted(((i, n) for i, n in s.execute(q)), key=lambda r: r[1].casefold())

    def staff(self, institution_id: uuid.UUID | None = None) -> list[tuple[uuid.UUID, str]]:
        from indie_desktop.domain.models import Staff

        with self.db.session() as s:
            q = select(Staff.id, Staff.first_name, Staff.last_name).where(
                Staff.deleted_at.is_(None)
            )
            if institution_id is not None:
                q = q.where(Staff.institution_id == institution_id)
            rows = [(i, f"{f} {last}".strip()) for i, f, last in s.execute(q)]
        return sorted(rows, key=lambda r: r[1].casefold())


class _Groups:
    """Counts per (record kind, municipality, institution, month), summed into the figures."""

    KINDS = ("visits", "needs", "referrals", "cooperations")

    def __init__(self, period: Period) -> None:
        self.months: dict[str, dict[str, int]] = {m: {} for m in period.months()}
        self.places: dict[str, dict[str, Any]] = {}
        self.institutions: dict[uuid.UUID | None, dict[str, Any]] = {}
        self.totals: dict[str, int] = dict.fromkeys(self.KINDS, 0)
        self.value = Decimal("0.00")
        self.municipality_visits: dict[str, int] = {}

    def add(
        self,
        kind: str,
        place: str | None,
        owner: uuid.UUID | None,
        month: str | None,
        n: int,
        value: Decimal | None = None,
    ) -> None:
        n = int(n)
        self.totals[kind] += n
        if month in self.months:
            row = self.months[month]
            row[kind] = row.get(kind, 0) + n
        targets = [self.institutions.setdefault(owner, {})]
        if place is not None:  # visits count per municipality separately
            targets.append(self.places.setdefault(place or NO_MUNICIPALITY, {}))
        for target in targets:
            target[kind] = target.get(kind, 0) + n
            if value is not None:
                target["value"] = target.get("value", Decimal("0.00")) + value
        if value is not None:
            self.value += value

    def finish(self, out: Figures, names: dict[uuid.UUID, str]) -> None:
        out.visits = self.totals["visits"]
        out.needs = self.totals["needs"]
        out.cooperations = self.totals["cooperations"]
        out.cooperation_value = self.value
        for place, n in self.municipality_visits.items():
            self.places.setdefault(place, {})["visits"] = n
        out.by_municipality = sorted(
            (_group_row(k, k, v) for k, v in self.places.items()),
            key=lambda g: (g.key == NO_MUNICIPALITY, -g.visits, -g.needs, g.label),
        )
        out.by_institution = sorted(
            (
                _group_row(k.hex if k else "", names.get(k, "") if k else "", v)
                for k, v in self.institutions.items()
            ),
            key=lambda g: (g.key == "", -g.visits, -g.needs, g.label),
        )
        out.timeline = [MonthRow(month=m, **v) for m, v in self.months.items()]


def _group_row(key: str, label: str, v: dict[str, Any]) -> GroupRow:
    return GroupRow(
        key=key,
        label=label,
        visits=int(v.get("visits", 0)),
        needs=int(v.get("needs", 0)),
        referrals=int(v.get("referrals", 0)),
        cooperations=int(v.get("cooperations", 0)),
        value=v.get("value", Decimal("0.00")),
    )


def _day(value: Any) -> date | None:
    """A date from a coalesced timestamp (SQLite hands the text back, PostgreSQL a datetime)."""
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    return datetime.fromisoformat(str(value)).date()
