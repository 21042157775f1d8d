"""What the work led to, as values: periods, filters, the dashboard's figures and drill-downs,
and the funding report (Förderbericht). Computed by services/outcomes/, drawn by the dashboard
view and printing/report_funding.py.
"""

from __future__ import annotations

import calendar
import math
import uuid
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from enum import StrEnum

from indie_desktop.domain.enums import CooperationKind, OrganisationKind, ReferralStage
from indie_desktop.domain.formatting import BERLIN

NO_MUNICIPALITY = ""  # group key of records whose organisation has no municipality


class Metric(StrEnum):
    ORGANISATIONS = "organisations"  # organisations reached by any activity
    VISITS = "visits"  # company visits
    NEEDS = "needs"
    REFERRALS = "referrals"
    COOPERATIONS = "cooperations"


class FunnelStep(StrEnum):
    NEED = "need"
    REFERRAL = "referral"
    FIRST_MEETING = "first_meeting"
    COOPERATION = "cooperation"


class PeriodKind(StrEnum):
    MONTH = "month"
    QUARTER = "quarter"
    YEAR = "year"
    CUSTOM = "custom"


@dataclass(frozen=True)
class Period:
    """Calendar days `start`..`end`, both included."""

    start: date
    end: date
    kind: PeriodKind = PeriodKind.CUSTOM

    def __post_init__(self) -> None:
        if self.end < self.start:
            raise ValueError("the period ends before it starts")

    @classmethod
    def month(cls, year: int, month: int) -> Period:
        last = calendar.monthrange(year, month)[1]
        return cls(date(year, month, 1), date(year, month, last), PeriodKind.MONTH)

    @classmethod
    def quarter(cls, year: int, quarter: int) -> Period:
        first = 3 * (quarter - 1) + 1
        last = calendar.monthrange(year, first + 2)[1]
        return cls(date(year, first, 1), date(year, first + 2, last), PeriodKind.QUARTER)

    @classmethod
    def year(cls, year: int) -> Period:
        return cls(date(year, 1, 1), date(year, 12, 31), PeriodKind.YEAR)

    def bounds(self) -> tuple[datetime, datetime]:
        """[from, to) as UTC instants, for columns holding a time: Berlin midnight at the
        start of `start` and at the end of `end`."""
        return berlin_midnight(self.start), berlin_midnight(self.end + timedelta(days=1))

    def month_starts(self) -> list[tuple[str, datetime]]:
        """('YYYY-MM', UTC instant of Berlin midnight on its first day) of every month the
        period touches, in order."""
        return [(m, berlin_midnight(date(int(m[:4]), int(m[5:]), 1))) for m in self.months()]

    def months(self) -> list[str]:
        """'YYYY-MM' of every month the period touches, in order."""
        out: list[str] = []
        y, m = self.start.year, self.start.month
        while (y, m) <= (self.end.year, self.end.month):
            out.append(f"{y:04d}-{m:02d}")
            y, m = (y + 1, 1) if m == 12 else (y, m + 1)
        return out

    def label(self) -> str:
        return f"{self.start:%d.%m.%Y} – {self.end:%d.%m.%Y}"


def berlin_midnight(day: date) -> datetime:
    """The UTC instant at which `day` begins in Berlin (never ambiguous: clocks change at
    2 or 3 o'clock)."""
    return datetime.combine(day, time(), BERLIN).astimezone(UTC)


def month_bounds(month: str) -> tuple[datetime, datetime]:
    """[from, to) of a 'YYYY-MM' month in Berlin, as UTC instants."""
    y, m = int(month[:4]), int(month[5:])
    after = date(y + 1, 1, 1) if m == 12 else date(y, m + 1, 1)
    return berlin_midnight(date(y, m, 1)), berlin_midnight(after)


@dataclass(frozen=True)
class Filters:
    institution_id: uuid.UUID | None = None
    municipality: str | None = None
    wz_section: str | None = None  # WZ 2008 section letter, e.g. "C"
    staff_id: uuid.UUID | None = None


@dataclass(frozen=True)
class Drill:
    """Which records one figure, bar or cell stands for."""

    metric: Metric
    stage: ReferralStage | None = None  # referrals in this (current) stage
    municipality: str | None = None  # NO_MUNICIPALITY for "none"
    institution_id: uuid.UUID | None = None
    month: str | None = None  # 'YYYY-MM'
    edge: tuple[OrganisationKind, OrganisationKind] | None = None  # referral from kind to kind
    funnel_step: FunnelStep | None = None  # needs of the funnel that reached this step


@dataclass(frozen=True)
class GroupRow:
    key: str  # municipality name or institution id (hex); "" = none
    label: str
    visits: int = 0
    needs: int = 0
    referrals: int = 0
    cooperations: int = 0
    value: Decimal = Decimal("0.00")


@dataclass(frozen=True)
class MonthRow:
    month: str  # 'YYYY-MM'
    visits: int = 0
    needs: int = 0
    referrals: int = 0
    cooperations: int = 0


@dataclass(frozen=True)
class Edge:
    source: OrganisationKind  # kind of the referred organisation
    target: OrganisationKind  # kind of the partner
    count: int


@dataclass
class EventFigures:
    """The network's events in a period: how many of each kind, who took part, whom they
    reached, and the organisations met for the first time at an event."""

    events: int = 0
    by_kind: dict[str, int] = field(default_factory=dict)  # ProjectKind value -> events
    registered: int = 0  # registrations (registered or attended)
    participants: int = 0  # attended
    organisations: int = 0  # distinct organisations that attended
    first_contacts: int = 0  # of those: no contact with the network before the event
    cooperations: int = 0  # cooperations naming an event of the period as their origin


@dataclass
class Figures:
    period: Period
    filters: Filters
    organisations_reached: int = 0
    visits: int = 0
    needs: int = 0
    referrals: int = 0
    referrals_by_stage: dict[ReferralStage, int] = field(default_factory=dict)
    cooperations: int = 0
    cooperation_value: Decimal = Decimal("0.00")
    median_days_need_to_referral: float | None = None
    median_days_referral_to_cooperation: float | None = None
    funnel: list[tuple[FunnelStep, int]] = field(default_factory=list)
    by_municipality: list[GroupRow] = field(default_factory=list)
    by_institution: list[GroupRow] = field(default_factory=list)
    timeline: list[MonthRow] = field(default_factory=list)
    network: list[Edge] = field(default_factory=list)
    events: EventFigures = field(default_factory=EventFigures)
    # Issue 24: the needs' technology terms (most named first), needs carried to universities
    # (Bedarfsradar) and what became of them, companies' tenure in the network, digests due.
    needs_by_topic: list[tuple[str, int]] = field(default_factory=list)
    needs_by_sector: list[tuple[str, int]] = field(default_factory=list)  # WZ division
    carried: int = 0
    carried_answered: int = 0
    carried_referred: int = 0
    carried_cooperations: int = 0
    in_network: int = 0  # companies participating or partner at the period's end
    joined_network: int = 0  # in the period
    left_network: int = 0  # in the period
    interested: int = 0  # at the period's end
    # (institution, in the network at the end, joined in the period)
    network_by_institution: list[tuple[str, int, int]] = field(default_factory=list)
    radar_due: list[tuple[uuid.UUID, str, date]] = field(default_factory=list)  # as of today


@dataclass(frozen=True)
class DrillRow:
    id: uuid.UUID
    day: date | None
    title: str
    detail: str
    value: Decimal | None = None
    # What double-click opens: (record kind, id); a cooperation opens its referral.
    link: tuple[str, uuid.UUID] | None = None


@dataclass
class DrillResult:
    """The records behind a figure that the user may see, and how many others it counts."""

    kind: str  # record kind as in links: organisation, activity, need, referral, cooperation
    total: int  # records the figure counts
    rows: list[DrillRow]  # the visible ones (at most DRILL_LIMIT)
    hidden: int  # institution-private records of other institutions: counted, not itemised


def nice_scale(top: float) -> float:
    """The axis maximum for charts: `top` rounded up to 1, 2, 2.5 or 5 times a power of ten,
    so the quarter lines fall on round numbers (39 -> 40, 230 -> 250)."""
    if top <= 0:
        return 1.0
    power = 10.0 ** math.floor(math.log10(top))
    for factor in (1.0, 2.0, 2.5, 4.0, 5.0, 10.0):
        if top <= factor * power:
            return factor * power
    return 10 * power


NETWORK_NAME = "In|Die RegionRuhr"


@dataclass(frozen=True)
class Sender:
    """Letterhead data of the institution issuing the report (or the network)."""

    name: str
    short_name: str = ""
    address_lines: tuple[str, ...] = ()
    phone: str = ""
    email: str = ""
    website: str = ""
    footer: str = ""
    logo_path: str | None = None


@dataclass(frozen=True)
class Evidence:
    """One cooperation of the annex."""

    id: uuid.UUID
    title: str
    kind: CooperationKind
    starts_on: date | None
    value: Decimal | None
    funding_programme: str
    partners: tuple[str, ...]
    referred_on: date | None
    referral: str  # "Company → Partner" of the originating referral, "" if none
    institution: str  # owning institution (short name)


@dataclass
class FundingReport:
    figures: Figures
    sender: Sender
    evidence: list[Evidence]
    hidden: int  # cooperations counted in the figures but private to other institutions
    # On the shared server the database shows a staff member network records and their own
    # institution's private ones only: the figures cannot count other institutions' private
    # records, and the report says so. The short name of the user's institution, else "".
    visible_to: str = ""
    filter_lines: list[str] = field(default_factory=list)  # the filters in words
    author: str = ""
    created: datetime = field(default_factory=datetime.now)
