"""A reproducible demo network: institutions, staff, firms, people, projects and the work.

The same seed and `today` give the same content; only ids (uuid7) and created_at differ.

Speed: the network-scale set (20,000 organisations, 100,000 people, 200,000 activities, about
1.4 million rows) has to be written in well under a minute. Rows are therefore plain dicts,
never ORM objects, written in chunks inside one transaction by `_Writer`: one compiled INSERT
per table, run as a DB-API executemany (PostgreSQL: COPY) with each value passed through its
column's own bind processor. That is what Core's executemany does, minus its per-row
bookkeeping, which took a third of the run time. Nothing fills defaults on that path, so every
column is set here, including id, created_at/updated_at, version, visibility, owner and the
folded sort_name/search_key.
"""

from __future__ import annotations

import random
import re
import time
import uuid
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from functools import lru_cache
from itertools import accumulate
from operator import itemgetter
from typing import Any
from zoneinfo import ZoneInfo

from faker import Faker
from sqlalchemy import Connection, Table, Uuid, insert, select, text
from sqlalchemy.orm import Session
from stdnum.iso7064 import mod_11_10

from indie_desktop.domain import models as m
from indie_desktop.domain.network_members import NETWORK_MEMBERS
from indie_desktop.domain.region import MUNICIPALITIES
from indie_desktop.domain.text import fold, search_key
from indie_desktop.services import demo_data as d
from indie_desktop.store.database import Database

Progress = Callable[[str, int, int], None]
Row = dict[str, Any]
BERLIN = ZoneInfo("Europe/Berlin")
CHUNK_ROWS = 20_000
SQLITE_BULK_CACHE_KIB = 256 * 1024  # page cache while loading: index inserts stay in memory
ACADEMIA = ("university", "research_institute")
# People whose names must survive every path (folding, search, printing, exports, sync); they
# run the first three organisations below.
SPECIAL_PEOPLE = (("Şükrü", "Yıldız", "m"), ("Łukasz", "Wiśniewski", "m"), ("Zoë", "Ñúñez", "f"))
SPECIAL_ORGS = (  # kind, name, legal form, municipality, trade of its sector, founder's origin
    ("craft_business", "Yıldız Metallbau", "GmbH & Co. KG", "Herne", "Metallbau", "tr"),
    ("craft_business", "Wiśniewski Elektrotechnik", "e.K.", "Bochum", "Elektrotechnik", "pl"),
    ("company", "Müller Präzisionstechnik", "GmbH", "Dortmund", "Präzisionstechnik", "de"),
)
HRB_FORMS = {"GmbH", "AG", "SE", "KGaA", "UG (haftungsbeschränkt)", "gGmbH"}
HRA_FORMS = {"e.K.", "KG", "OHG", "GmbH & Co. KG", "UG (haftungsbeschränkt) & Co. KG"}
OWNER_FORMS = {"e.K.", "Einzelunternehmen", "GbR"}
BOSS_LINE = ("Geschäftsführer", "Geschäftsführerin", "Geschäftsleitung")
OWNER_LINE = ("Inhaber", "Inhaberin", "Geschäftsleitung")
LEGAL_BASES = {"legitimate_interest": 75, "consent": 18, "contract": 7}
CHANNELS = {"email": 60, "phone": 25, "post": 5, "in_person": 10}
CONSENT_SCOPES = {"newsletter": 50, "event_invitations": 40, "pass_to_partners": 10}
URGENCIES = {"low": 25, "normal": 55, "high": 20}
UNREFERRED_NEEDS = {"open": 55, "dropped": 20, "satisfied": 25}
PROJECT_KINDS_FOR = {  # activity kind -> the project kinds it can belong to
    "event": ("event", "network_project"),
    "trade_fair": ("joint_trade_fair",),
    "business_trip": ("business_trip",),
    "sector_meeting": ("sector_meeting",),
}
STAGE_PATHS = {  # final stage -> the stages a referral went through
    "proposed": ("proposed",),
    "introduced": ("proposed", "introduced"),
    "first_meeting": ("proposed", "introduced", "first_meeting"),
    "cooperation_agreed": ("proposed", "introduced", "first_meeting", "cooperation_agreed"),
    "declined": ("proposed", "introduced", "declined"),
    "no_response": ("proposed", "introduced", "no_response"),
}
OPEN_STAGES = ("proposed", "introduced", "first_meeting")
_DE_TRANSLIT = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue"})


class DemoCancelled(Exception):
    """The user cancelled the demo generation; the transaction was rolled back."""


@dataclass(frozen=True)
class DemoSize:
    organisations: int = 300
    people: int = 1200
    activities: int = 2000
    projects: int | None = None  # default: organisations / 20, at least 5

    @property
    def project_count(self) -> int:
        return self.projects if self.projects is not None else max(5, self.organisations // 20)


DEFAULT_SIZE = DemoSize()


@dataclass
class DemoResult:
    """Rows this run inserted (institutions and staff that already existed are reused)."""

    institutions: int
    staff: int
    organisations: int
    people: int
    affiliations: int
    projects: int
    activities: int
    needs: int
    referrals: int
    cooperations: int
    tasks: int
    seconds: float
    consents: int = 0


@lru_cache(maxsize=1 << 14)
def ascii_slug(text: str) -> str:
    """'Müller Präzisionstechnik' -> 'mueller-praezisionstechnik', 'Şükrü' -> 'suekrue'."""
    return re.sub(r"[^a-z0-9]+", "-", fold(text.translate(_DE_TRANSLIT))).strip("-")


# Memoised `text.fold` and one-part `text.search_key`: names, towns and functions repeat a lot.
# search_key(a, b) is the join of the non-empty search_key(a), search_key(b), so building keys
# part by part follows whatever folding `text` does (a test checks that both agree).
_fold = lru_cache(maxsize=1 << 16)(fold)
_part_key = lru_cache(maxsize=1 << 16)(search_key)
_CUMULATIVE: dict[int, tuple[Mapping[str, float], tuple[str, ...], list[float]]] = {}


def _key(*parts: str | None) -> str:
    return " ".join(p for p in map(_part_key, parts) if p)


def _pick(rng: random.Random, weights: Mapping[str, float]) -> str:
    """A key drawn by weight; the cumulative weights are computed once per table."""
    entry = _CUMULATIVE.get(id(weights))
    if entry is None or entry[0] is not weights:
        entry = _CUMULATIVE[id(weights)] = (
            weights,
            tuple(weights),
            [*accumulate(weights.values())],
        )
    return rng.choices(entry[1], cum_weights=entry[2])[0]


def _money(rng: random.Random, span: str) -> Decimal:
    """A round amount in the range 'low-high' (EUR)."""
    low, high = (int(x) // 100 for x in span.split("-"))
    return Decimal(rng.randint(low, high) * 100).quantize(Decimal("0.01"))


def _berlin(day: date, rng: random.Random) -> datetime:
    """A time during German office hours on `day`, as UTC."""
    local = datetime(day.year, day.month, day.day, rng.randint(8, 17), rng.choice((0, 15, 30, 45)))
    return local.replace(tzinfo=BERLIN).astimezone(UTC)


def _memo(process: Callable[[Any], Any] | None) -> Callable[[Any], Any] | None:
    """A bind processor that reuses its last result for the same object (timestamps, enums)."""
    if process is None:
        return None
    last: list[Any] = [object(), None]

    def run(value: Any) -> Any:
        if value is not last[0]:
            last[0], last[1] = value, process(value)
        return last[1]

    return run


class _Writer:
    """Buffers rows per table; writes all buffers in foreign-key order every CHUNK_ROWS rows."""

    def __init__(self, session: Session, cancel: Callable[[], bool] | None) -> None:
        self.session = session
        self.cancel = cancel
        self.order = {t: i for i, t in enumerate(m.Base.metadata.sorted_tables)}
        self.buffers: dict[Table, list[Row]] = {}
        self.statements: dict[Table, tuple[str, list[tuple[str, Any]]]] = {}
        self.pending = 0
        self.counts: Counter[str] = Counter()

    def add(self, model: type[m.Base], row: Row) -> None:
        self.buffers.setdefault(model.__table__, []).append(row)  # type: ignore[arg-type]
        self.pending += 1
        if self.pending >= CHUNK_ROWS:
            self.flush()

    def check(self) -> None:
        if self.cancel is not None and self.cancel():
            raise DemoCancelled("demo generation cancelled")

    def statement(self, table: Table, keys: list[str]) -> tuple[str, list[tuple[str, Any]]]:
        """The compiled INSERT and, per parameter, its column's bind processor."""
        if table not in self.statements:
            dialect = self.session.get_bind().dialect
            compiled = insert(table).compile(dialect=dialect, column_keys=keys)
            columns = []
            for name in compiled.positiontup or keys:
                # dialect_impl gives the processor the dialect really applies (SQLite's DATETIME
                # text format, UUID as hex), exactly as Core's executemany would.
                kind = table.c[name].type
                process = kind.dialect_impl(dialect).bind_processor(dialect)
                columns.append((name, process if isinstance(kind, Uuid) else _memo(process)))
            self.statements[table] = (str(compiled), columns)
        return self.statements[table]

    @staticmethod
    def copy(connection: Connection, table: Table, names: list[str], rows: list[Any]) -> None:
        """PostgreSQL: COPY in the session's transaction, several times faster than INSERTs."""
        quote = connection.dialect.identifier_preparer.quote
        columns = ", ".join(quote(n) for n in names)
        sql = f"COPY {quote(table.name)} ({columns}) FROM STDIN"
        with connection.connection.driver_connection.cursor() as cursor:  # type: ignore[union-attr]
            with cursor.copy(sql) as copy:
                for row in rows:
                    copy.write_row(row)

    def flush(self) -> None:
        self.check()
        connection = self.session.connection()
        for table in sorted(self.buffers, key=self.order.__getitem__):
            rows = self.buffers[table]
            sql, columns = self.statement(table, list(rows[0]))
            # Column by column: map() runs the loops in C, only the processors are Python calls.
            values = [
                list(map(p, map(itemgetter(k), rows)) if p else map(itemgetter(k), rows))
                for k, p in columns
            ]
            params: list[Any] = list(zip(*values, strict=True))
            names = [k for k, _p in columns]
            if connection.dialect.name == "postgresql":
                self.copy(connection, table, names, params)
            elif connection.dialect.positional:
                connection.exec_driver_sql(sql, params)
            else:
                connection.exec_driver_sql(sql, [dict(zip(names, r, strict=True)) for r in params])
            self.counts[table.name] += len(rows)
        self.buffers.clear()
        self.pending = 0


class _Names:
    """Common names of the Ruhr area (German, Turkish, Polish) plus Faker's breadth, seeded."""

    def __init__(self, rng: random.Random, seed: int) -> None:
        self.rng = rng
        self.pools: dict[tuple[str, int, bool], tuple[str, ...]] = {}
        for origin, locale, curated in (
            ("de", "de_DE", (d.DE_MALE, d.DE_FEMALE, d.DE_LAST)),
            ("tr", "tr_TR", (d.TR_MALE, d.TR_FEMALE, d.TR_LAST)),
            ("pl", "pl_PL", (d.PL_MALE, d.PL_FEMALE, d.PL_LAST)),
        ):
            fake = Faker(locale)
            fake.seed_instance(seed)
            last = fake.last_name_male if origin == "pl" else fake.last_name
            drawn = (
                [fake.first_name_male() for _ in range(200)],
                [fake.first_name_female() for _ in range(200)],
                [last() for _ in range(400)],
            )
            for part, (common, extra) in enumerate(zip(curated, drawn, strict=True)):
                self.pools[origin, part, True] = common
                self.pools[origin, part, False] = tuple(dict.fromkeys(x for x in extra if x))

    def _draw(self, origin: str, part: int) -> str:
        return self.rng.choice(self.pools[origin, part, self.rng.random() < 0.6])

    def origin(self) -> str:
        r = self.rng.random()
        return "de" if r < 0.77 else "tr" if r < 0.92 else "pl"

    def last(self, origin: str) -> str:
        return self._draw(origin, 2)

    def person(self, family: tuple[str, str] | None = None) -> tuple[str, str, str]:
        """(first name, last name, 'm' or 'f'), optionally of a given (last name, origin)."""
        last, origin = family or (None, self.origin())
        gender = "m" if self.rng.random() < 0.62 else "f"
        last = last or self.last(origin)
        first = self._draw(origin, 0 if gender == "m" else 1)
        while (first, last, gender) in SPECIAL_PEOPLE:  # keep the special people unique
            first = self._draw(origin, 0 if gender == "m" else 1)
        if origin == "pl" and gender == "f" and last.endswith(("ski", "cki")):
            last = last[:-1] + "a"  # Kowalski -> Kowalska
        return first, last, gender


@dataclass(slots=True)
class _Org:
    row: Row  # the organisation row as written
    domain: str
    group: str  # academia, company, craft_business, service_provider, chamber_agency, other
    phone_base: str  # number without extension
    founder: tuple[str, str] | None  # (last name, origin) of the founding family
    persons: list[int] = field(default_factory=list)  # indexes of its current people


@dataclass(slots=True)
class _Project:
    id: uuid.UUID
    kind: str
    name: str
    place: str
    starts: date
    ends: date
    orgs: list[int]


@dataclass(slots=True)
class _Plan:
    """A need that will be referred, with its stage path decided when the need was found."""

    need_id: uuid.UUID
    org: int
    topic: str
    wz: str
    group: str
    staff_id: uuid.UUID
    owner: uuid.UUID
    path: tuple[str, ...]
    dates: list[date]


class _Demo:
    def __init__(
        self,
        session: Session,
        size: DemoSize,
        seed: int,
        today: date,
        progress: Progress | None,
        cancel: Callable[[], bool] | None,
    ) -> None:
        self.session, self.size, self.today, self.progress = session, size, today, progress
        self.rng = random.Random(seed)
        self.names = _Names(self.rng, seed)
        self.now = datetime.now(UTC)
        self.w = _Writer(session, cancel)
        self.emails: set[str] = set()
        self.org_names: set[str] = set()
        self.orgs: list[_Org] = []
        self.person_ids: list[uuid.UUID] = []
        self.person_labels: list[str] = []  # "Herrn Yıldız", for subjects and reports
        self.projects: list[_Project] = []
        self.plans: list[_Plan] = []

    def run(self) -> None:
        self.institutions()
        self.organisations()
        self.people()
        self.make_projects()
        self.activities()
        self.referrals()
        self.w.flush()

    # -- helpers ------------------------------------------------------------------------------
    def base(self, owner: uuid.UUID | None, visibility: str = "network") -> Row:
        """The columns every syncable row has."""
        return {
            "id": m.uuid7(),
            "created_at": self.now,
            "updated_at": self.now,
            "version": 1,
            "deleted_at": None,
            "visibility": visibility,
            "owner_institution_id": owner,
        }

    def step(self, phase: str, done: int, total: int) -> None:
        self.w.check()
        if self.progress is not None:
            self.progress(phase, done, total)

    def past_day(self, days: int = 3 * 365) -> date:
        return self.today - timedelta(days=self.rng.randint(1, days))

    def email(self, first: str, last: str, domain: str) -> str:
        local = f"{ascii_slug(first)}.{ascii_slug(last)}"
        address, n = f"{local}@{domain}", 1
        while address in self.emails:
            n += 1
            address = f"{local}{n}@{domain}"
        self.emails.add(address)
        return address

    def street(self) -> str:
        rng = self.rng
        if rng.random() < 0.6:
            name = rng.choice(d.STREET_NAMES)
        else:
            name = rng.choice(d.STREET_STEMS) + rng.choice(d.STREET_SUFFIXES)
        return f"{name} {rng.randint(1, 180)}{rng.choice('ab') if rng.random() < 0.1 else ''}"

    def vat_id(self) -> str:
        digits = str(self.rng.randint(10**7, 10**8 - 1))
        return f"DE{digits}{mod_11_10.calc_check_digit(digits)}"

    # -- institutions and staff ---------------------------------------------------------------
    def institutions(self) -> None:
        rng, phase = self.rng, "Institutions and staff"
        self.step(phase, 0, len(NETWORK_MEMBERS))
        live = m.Institution.deleted_at.is_(None)
        query = select(m.Institution.short_name, m.Institution.id).where(live)
        existing: dict[str, uuid.UUID] = {short: iid for short, iid in self.session.execute(query)}
        en_towns = [x.name for x in MUNICIPALITIES if x.district == "Ennepe-Ruhr-Kreis"]
        self.inst_ids: list[uuid.UUID] = []
        self.inst_address: dict[uuid.UUID, str] = {}
        self.staff_by_inst: list[list[uuid.UUID]] = []
        self.local_insts: dict[str, list[int]] = {x.name: [] for x in MUNICIPALITIES}
        self.regional_insts: list[int] = []
        for i, member in enumerate(NETWORK_MEMBERS):
            host = re.sub(r"^(https?://)?(www\.)?", "", member.website).split("/")[0]
            default = (host, "Sparkasse", "44050199", "DORTDE33XXX", "", member.city)
            domain, bank, blz, bic, register, served = d.INSTITUTIONS.get(
                member.short_name, default
            )
            values = member.as_values()
            iid = existing.get(member.short_name)
            if iid is None:  # the first-run dialog may have created the user's own already
                iid = m.uuid7()
                account = f"{blz}{rng.randint(10**9, 10**10 - 1)}"
                check = 98 - int(account + "131400") % 97  # IBAN check digits ("DE" = 13 14)
                footer = (
                    f"{values['sender_line']} · {member.website.split('//')[-1]}\n"
                    f"{bank} · IBAN DE{check:02d}{account} · BIC {bic}\n"
                    f"{register} · USt-IdNr. {self.vat_id()}".replace("\n · ", "\n")
                )
                extra = {"id": iid, "email": f"info@{domain}", "logo_path": None, "footer": footer}
                row = self.base(iid) | values | extra
                self.w.add(m.Institution, row)
                self.w.flush()  # the staff rows below reference it
            self.inst_ids.append(iid)
            self.inst_address[iid] = values["sender_line"].replace(" · ", ", ")
            for town in en_towns if served == "EN" else served.split(","):
                if town == "*":
                    self.regional_insts.append(i)
                elif town in self.local_insts:
                    self.local_insts[town].append(i)
            staff = m.Staff
            have = list(
                self.session.scalars(
                    select(staff.id)
                    .where(staff.institution_id == iid, staff.deleted_at.is_(None))
                    .order_by(staff.last_name, staff.first_name)
                )
            )
            for _ in range(max(0, rng.randint(2, 4) - len(have))):
                first, last, _gender = self.names.person()
                initials = "".join(p[0] for p in re.split(r"[\s-]+", f"{first} {last}") if p)
                row = self.base(iid) | {
                    "institution_id": iid,
                    "first_name": first,
                    "last_name": last,
                    "initials": initials.upper()[:10],
                    "email": self.email(first, last, domain),
                    "phone": f"{member.phone[:-2]}{rng.randint(100, 999)}",
                    "db_role": None,  # demo colleagues are no database logins
                    "active": True,
                }
                self.w.add(m.Staff, row)
                have.append(row["id"])
            self.staff_by_inst.append(have)
        self.staff_inst = {
            s: self.inst_ids[i] for i, ids in enumerate(self.staff_by_inst) for s in ids
        }
        self.all_staff = list(self.staff_inst)
        self.w.flush()

    def pick_staff(self, town: str, kind: str) -> uuid.UUID:
        """The Betreuer: HWK staff for most craft firms, else mostly the local WF or chamber."""
        rng = self.rng
        r = rng.random()
        if kind == "craft_business" and r < 0.6 and self.regional_insts:
            return rng.choice(self.staff_by_inst[rng.choice(self.regional_insts)])
        if r < 0.88 and self.local_insts[town]:
            return rng.choice(self.staff_by_inst[rng.choice(self.local_insts[town])])
        return rng.choice(self.all_staff)

    # -- organisations ------------------------------------------------------------------------
    def organisations(self) -> None:
        n, rng, phase = self.size.organisations, self.rng, "Organisations"
        n_special = min(len(SPECIAL_ORGS), n)
        fixed = d.ACADEMIA[: min(len(d.ACADEMIA), max(1, n // 15)) if n >= 10 else 0]
        fixed += d.AGENCIES[: min(len(d.AGENCIES), n // 50)]
        sector_weights = [float(s[1]) for s in d.SECTORS]
        town_weights = [float(t[3]) for t in d.TOWNS.values()]
        for k in range(n):
            if k % 2000 == 0:
                self.step(phase, k, n)
            if k < n_special:
                kind, base, form, town, trade, origin = SPECIAL_ORGS[k]
                sector = next(s for s in d.SECTORS if trade in s[2].split(","))
                self.add_company(sector, kind, form, town, base, (base.split()[0], origin))
            elif k < n_special + len(fixed):
                record = fixed[k - n_special]
                if record[0] == "university":
                    band = "500+"
                else:
                    band = rng.choice(("50-249", "250-499"))
                self.add_org(record, band, record[7])
            else:
                sector = rng.choices(d.SECTORS, weights=sector_weights)[0]
                town = rng.choices(list(d.TOWNS), weights=town_weights)[0]
                self.add_company(sector, sector[0], _pick(rng, d.LEGAL_FORMS[sector[0]]), town)
        self.step(phase, n, n)
        self.by_group: dict[str, list[int]] = {}
        self.by_wz: dict[str, list[int]] = {}
        for i, org in enumerate(self.orgs):
            self.by_group.setdefault(org.group, []).append(i)
            self.by_wz.setdefault(org.row["wz_code"], []).append(i)

    def company_name(self, sector: Sequence[str], kind: str, town: str) -> tuple[str, Any]:
        """A name like real Ruhr firms have, and the founding family (last name, origin)."""
        rng = self.rng
        trade = rng.choice(sector[2].split(","))
        origin = self.names.origin()
        last = self.names.last(origin)
        family = (last, origin)
        brand = rng.choice(d.BRAND_PREFIXES)
        if rng.random() < 0.4:
            brand = (brand + rng.choice(d.BRAND_SUFFIXES)).capitalize()  # "Emschertec"
        r = rng.random()
        if kind == "other":
            return f"{trade} {rng.choice(('Industrie', 'Mittelstand', 'Technik'))} {town}", None
        if kind == "craft_business":
            return (f"{last} {trade}" if r < 0.7 else f"{trade} {last}"), family
        if trade == "Ingenieurbüro" and r < 0.7:
            return f"Ingenieurbüro {last}", family
        if r < 0.45:
            return f"{last} {trade}", family
        if r < 0.55:
            return f"{last} & {self.names.last('de')} {trade}", family
        if r < 0.8:
            return f"{brand} {trade}", None
        return f"{d.TOWNS[town][1]} {trade}", None

    def add_company(
        self,
        sector: Sequence[str],
        kind: str,
        form: str,
        town: str,
        base: str | None = None,
        founder: tuple[str, str] | None = None,
    ) -> None:
        rng = self.rng
        for _ in range(0 if base else 8):  # a few tries for a name nobody has yet
            base, founder = self.company_name(sector, kind, town)
            if fold(base) not in self.org_names:
                break
        assert base is not None
        self.org_names.add(fold(base))
        area = d.TOWNS[town][0]
        stem = str(rng.randint(10 ** (7 - len(area)), 10 ** (8 - len(area)) - 1))
        year = int(rng.triangular(1880, self.today.year, 1995))
        if form.startswith("UG"):
            year = max(year, 2008)  # the UG exists since 2008
        comps = sector[4].split(",")
        muni = next(x for x in MUNICIPALITIES if x.name == town)
        record = (
            kind,
            base if form == "Einzelunternehmen" else f"{base} {form}",
            form,
            self.street(),
            rng.choice(muni.postcodes),
            town,
            ascii_slug(base) + ".de",
            f"+49{area}{stem}0",  # the switchboard; people get extensions of the stem
            rng.choice(sector[3].split(",")),
            str(year),
            ", ".join(rng.sample(comps, min(len(comps), rng.randint(2, 4)))),
        )
        self.add_org(record, _pick(rng, d.BANDS[kind]), f"+49{area}{stem}", founder)

    def add_org(
        self,
        record: Sequence[str],
        band: str,
        phone_base: str,
        founder: tuple[str, str] | None = None,
    ) -> None:
        """Write one organisation from (kind, name, legal form, street, postcode, town, domain,
        phone, WZ code, founded, competences)."""
        rng = self.rng
        kind, name, form, street, pc, town, domain, phone, wz, year, competences = record
        staff_id = self.pick_staff(town, kind)
        owner = self.staff_inst[staff_id]
        court = number = vat = None
        if form in HRB_FORMS or form in HRA_FORMS:
            court = f"Amtsgericht {d.TOWNS[town][2]}"
            hrb = form in HRB_FORMS
            number = f"HRB {rng.randint(1000, 34999)}" if hrb else f"HRA {rng.randint(1000, 19999)}"
            vat = self.vat_id() if rng.random() < 0.7 else None
        elif form.startswith("PartG"):  # NRW keeps one partnership register, in Essen
            court, number = "Amtsgericht Essen", f"PR {rng.randint(100, 4999)}"
        elif form == "e.V." and kind == "other":
            court, number = f"Amtsgericht {d.TOWNS[town][2]}", f"VR {rng.randint(100, 9999)}"
        if kind == "craft_business":
            chamber = "hwk"
        elif kind in ("company", "service_provider") and not form.startswith("PartG"):
            chamber = "ihk"
        else:
            chamber = "none"
        generated = kind not in (*ACADEMIA, "chamber_agency")
        r = rng.random()
        status = "active" if r < 0.85 or not generated else "prospect" if r < 0.95 else "inactive"
        tags = ", ".join(rng.sample(d.ORG_TAGS, rng.randint(1, 3))) if rng.random() < 0.4 else None
        row = self.base(owner, "institution" if rng.random() < 0.05 else "network") | {
            "kind": kind,
            "name": name,
            "legal_form": form,
            "street": street,
            "postcode": pc,
            "city": town,
            "municipality": town,
            "website": f"https://www.{domain}",
            "phone": phone,
            "email": f"{'kontakt' if kind == 'craft_business' else 'info'}@{domain}",
            "wz_code": wz,
            "employee_band": band,
            "founded_year": int(year),
            "register_court": court,
            "register_number": number,
            "vat_id": vat,
            "chamber": chamber,
            "handwerksrolle": kind == "craft_business",
            "competences": competences,
            "tags_text": tags,
            "responsible_staff_id": staff_id,
            "status": status,
            "source": rng.choice(d.ORG_SOURCES) if generated else None,
            "notes": None,
            "sort_name": fold(name),
            "search_key": _key(name, town, pc, competences),
        }
        self.w.add(m.Organisation, row)
        group = "academia" if kind in ACADEMIA else kind
        self.orgs.append(_Org(row, domain, group, phone_base, founder))

    # -- people -------------------------------------------------------------------------------
    def people(self) -> None:
        n, rng, phase, orgs = self.size.people, self.rng, "People", self.orgs
        if n and not orgs:
            raise ValueError("demo people need at least one organisation to work at")
        first_pass = min(len(orgs), n)  # every organisation gets its boss first
        weights = [
            6 if o.group == "academia" else d.CONTACTS_PER_BAND[o.row["employee_band"]]
            for o in orgs
        ]
        slots = list(range(first_pass))
        slots += rng.choices(range(len(orgs)), weights=weights, k=n - first_pass)
        for k, oi in enumerate(slots):
            if k % 5000 == 0:
                self.step(phase, k, n)
            self.add_person(k, oi, boss=k < first_pass)
        self.step(phase, n, n)

    def add_person(self, k: int, oi: int, boss: bool) -> None:
        rng, org = self.rng, self.orgs[oi]
        kind = org.row["kind"]
        lines = d.FUNCTIONS[kind]
        line = lines[0] if boss else rng.choice(lines[1:])
        if boss and kind in ("company", "craft_business", "service_provider"):
            line = OWNER_LINE if org.row["legal_form"] in OWNER_FORMS else BOSS_LINE
        title = None
        if boss and k < len(SPECIAL_PEOPLE):
            first, last, gender = SPECIAL_PEOPLE[k]
            if k == 2:  # Dr. Zoë Ñúñez leads development at Müller Präzisionstechnik
                title, line = "Dr.", d.FUNCTIONS["company"][1]
        else:
            first, last, gender = self.names.person(org.founder if boss else None)
        male = gender == "m"
        function, dept = line[0 if male else 1], line[2]
        if dept in ("Lehrstuhl", "Abteilung", "Forschungsgruppe"):
            dept = f"{dept} {'für ' if dept == 'Lehrstuhl' else ''}{rng.choice(d.CHAIRS)}"
        r = rng.random()
        if function.startswith(("Lehrstuhlinhaber", "Institutsleiter")):
            title = rng.choice(("Prof. Dr.", "Prof. Dr.-Ing."))
        elif title is None and (r < 0.06 or (org.group == "academia" and r < 0.5)):
            diploma = "Dipl.-Kfm." if male else "Dipl.-Kffr."
            title = rng.choice(("Dr.", "Dr.-Ing.", "Dipl.-Ing.", diploma))
        email = self.email(first, last, org.domain)
        big = org.group in ("academia", "chamber_agency")
        extension = rng.randint(100, 999) if big else rng.randint(10, 99)
        mobile = None
        if rng.random() < 0.35:
            prefix = rng.choice(d.MOBILE_PREFIXES)
            digits = 8 if prefix.startswith("15") or prefix >= "176" else 7
            mobile = f"+49{prefix}{rng.randint(10 ** (digits - 1), 10**digits - 1)}"
        legal = _pick(rng, LEGAL_BASES)
        art14 = self.past_day() if legal == "legitimate_interest" and rng.random() < 0.7 else None
        owner = org.row["owner_institution_id"]
        row = self.base(owner, "institution" if rng.random() < 0.03 else "network") | {
            "salutation": "herr" if male else "frau",
            "title": title,
            "first_name": first,
            "last_name": last,
            "function": function,
            "department": dept,
            "phone": f"{org.phone_base}{extension}",
            "mobile": mobile,
            "email": email,
            "preferred_channel": _pick(rng, CHANNELS),
            "notes": None,
            "legal_basis": legal,
            "data_source": rng.choice(d.DATA_SOURCES),
            "art14_info_sent_on": art14,
            "sort_name": f"{_fold(last)} {_fold(first)}",
            "search_key": f"{_key(first, last)} {search_key(email)} {_part_key(function)}",
        }
        self.w.add(m.Person, row)
        pid = row["id"]
        org.persons.append(len(self.person_ids))
        self.person_ids.append(pid)
        self.person_labels.append(f"{'Herrn' if male else 'Frau'} {last}")
        since = self.today - timedelta(days=rng.randint(30, 15 * 365))
        self.affiliation(pid, org, function, since, None)
        if rng.random() < 0.1 and len(self.orgs) > 1:  # an earlier job elsewhere
            other = self.orgs[(oi + rng.randint(1, len(self.orgs) - 1)) % len(self.orgs)]
            until = since - timedelta(days=rng.randint(1, 90))
            role = rng.choice(d.FUNCTIONS[other.row["kind"]][1:])[0 if male else 1]
            self.affiliation(
                pid, other, role, until - timedelta(days=rng.randint(365, 3650)), until
            )
        if legal == "consent":
            given = self.past_day()
            channel = rng.choice(("Anmeldeformular", "E-Mail", "Visitenkarte mit Vermerk"))
            consent = self.base(owner) | {
                "person_id": pid,
                "scope": _pick(rng, CONSENT_SCOPES),
                "given_on": given,
                "channel": channel,
                "evidence": f"Einwilligung vom {given:%d.%m.%Y} ({channel})",
                "withdrawn_on": None,
            }
            self.w.add(m.Consent, consent)

    def affiliation(
        self, person_id: uuid.UUID, org: _Org, role: str, since: date, until: date | None
    ) -> None:
        row = self.base(org.row["owner_institution_id"]) | {
            "person_id": person_id,
            "organisation_id": org.row["id"],
            "role": role,
            "since": since,
            "until": until,
            "is_primary": until is None,
        }
        self.w.add(m.Affiliation, row)

    # -- projects -----------------------------------------------------------------------------
    def make_projects(self) -> None:
        rng, phase, total, today = self.rng, "Projects", self.size.project_count, self.today
        self.step(phase, 0, total)
        drafts = [
            (today + timedelta(days=rng.randint(-3 * 365, 365)), rng.choice(d.PROJECTS))
            for _ in range(total)
        ]
        drafts.sort(key=lambda draft: draft[0])  # editions count up in time
        editions: dict[str, int] = {}
        used: set[str] = set()
        groups = ("company", "craft_business", "service_provider")
        pool = [i for group in groups for i in self.by_group.get(group, [])]
        for starts, (template, kind, place) in drafts:
            editions[template] = (
                editions[template] + 1 if template in editions else rng.randint(1, 12)
            )
            lead = rng.randrange(len(self.inst_ids))
            name = template.format(year=starts.year, n=editions[template])
            if name in used:
                name = f"{name} ({NETWORK_MEMBERS[lead].short_name})"
            base, extra = name, 2
            while name in used:
                name, extra = f"{base} {extra}", extra + 1
            used.add(name)
            days, budget, role, description = d.PROJECT_TEXT[kind]
            ends = starts + timedelta(days=int(days))
            if ends < today:
                status = "cancelled" if rng.random() < 0.05 else "completed"
            else:
                status = "planned" if starts > today else "running"
            owner = self.inst_ids[lead]
            description = description.format(place=place)
            row = self.base(owner) | {
                "name": name,
                "kind": kind,
                "status": status,
                "starts_on": starts,
                "ends_on": ends,
                "lead_institution_id": owner,
                "budget_eur": _money(rng, budget),
                "description": description,
                "sort_name": fold(name),
                "search_key": _key(name, place, description),
            }
            self.w.add(m.Project, row)
            members = rng.sample(pool, min(len(pool), rng.randint(5, 20)))
            for oi in members:
                org = self.orgs[oi]
                participant = self.base(owner) | {
                    "project_id": row["id"],
                    "organisation_id": org.row["id"],
                    "person_id": self.person_ids[org.persons[0]] if org.persons else None,
                    "role": role,
                }
                self.w.add(m.ProjectParticipant, participant)
            self.projects.append(_Project(row["id"], kind, name, place, starts, ends, members))
        self.step(phase, total, total)

    # -- activities and the needs found in visits ---------------------------------------------
    def activities(self) -> None:
        rng, phase, n, orgs = self.rng, "Activities and needs", self.size.activities, self.orgs
        if not orgs:
            if n:
                raise ValueError("demo activities need at least one organisation")
            return
        kinds = rng.choices(tuple(d.ACTIVITY_KINDS), weights=tuple(d.ACTIVITY_KINDS.values()), k=n)
        visits = [i for i, kind in enumerate(kinds) if kind == "company_visit"]
        n_needs = n // 4 if visits else 0  # about one need per four activities, all from visits
        if len(visits) >= n_needs:
            need_counts = Counter(rng.sample(visits, n_needs))
        else:
            need_counts = Counter(rng.choices(visits, k=n_needs))
        self.referred = set(rng.sample(range(n_needs), round(n_needs * 0.6)))
        self.need_index = 0
        weights = [d.ACTIVITY_TARGETS[o.group] for o in orgs]
        targets = rng.choices(range(len(orgs)), weights=weights, k=n)
        past = {
            kind: [p for p in self.projects if p.kind in project_kinds and p.starts < self.today]
            for kind, project_kinds in PROJECT_KINDS_FOR.items()
        }
        for i, kind in enumerate(kinds):
            if i % 5000 == 0:
                self.step(phase, i, n)
            linked = [targets[i]]
            candidates = past.get(kind)
            project = rng.choice(candidates) if candidates and rng.random() < 0.8 else None
            if project is not None:
                last = min(project.ends, self.today - timedelta(days=1))
                day = project.starts + timedelta(days=rng.randint(0, (last - project.starts).days))
                linked = (
                    rng.sample(project.orgs, min(len(project.orgs), rng.randint(1, 4))) or linked
                )
            else:
                day = self.past_day()
                if kind in PROJECT_KINDS_FOR:
                    linked += [rng.randrange(len(orgs)) for _ in range(rng.randint(0, 3))]
                    linked = list(dict.fromkeys(linked))
            self.activity(kind, day, linked, project, need_counts.get(i, 0))
        self.step(phase, n, n)

    def activity(
        self, kind: str, day: date, linked: list[int], project: _Project | None, n_needs: int
    ) -> None:
        rng = self.rng
        org = self.orgs[linked[0]]
        name = org.row["name"]
        staff = (
            org.row["responsible_staff_id"] if rng.random() < 0.65 else rng.choice(self.all_staff)
        )
        owner = self.staff_inst[staff]
        staff_ids = [staff]
        if rng.random() < 0.2 and (other := rng.choice(self.all_staff)) != staff:
            staff_ids.append(other)
        persons = [
            rng.choice(self.orgs[oi].persons)
            for oi in linked
            if self.orgs[oi].persons and rng.random() < 0.85
        ]
        person = self.person_labels[persons[0]] if persons else "der Geschäftsleitung"
        topic = rng.choice(d.TOPICS)
        needs = [rng.choice(d.NEEDS) for _ in range(n_needs)]
        subject = rng.choice(d.SUBJECTS[kind]).format(org=name, person=person, topic=topic)
        if project is not None and rng.random() < 0.5:
            subject = project.name
        address = f"{org.row['street']}, {org.row['postcode']} {org.row['city']}"
        situation = needs_found = next_steps = report = place = None
        if kind == "company_visit":
            place = address
            band = org.row["employee_band"]
            situation = f"{name}: {band} Beschäftigte, Lage {rng.choice(d.SITUATIONS)}."
            needs_found = "; ".join(need[0] for need in needs) or "Kein akuter Bedarf."
            next_steps = "Passenden Partner vorschlagen" if needs else rng.choice(d.NEXT_STEPS)
            report = f"Besuch bei {name} am {day:%d.%m.%Y}, Gespräch mit {person}. {topic}."
        elif kind == "meeting":
            place = address if rng.random() < 0.5 else self.inst_address[owner]
            report = f"Abstimmung zu {topic}; nächster Schritt: {rng.choice(d.NEXT_STEPS)}."
        elif kind in PROJECT_KINDS_FOR:
            place = project.place if project is not None else org.row["city"]
        elif rng.random() < 0.5:
            report = f"{topic}: {rng.choice(d.NEXT_STEPS)}."
        visibility = "institution" if rng.random() < 0.06 else "network"
        row = self.base(owner, visibility) | {
            "kind": kind,
            "occurred_at": _berlin(day, rng),
            "place": place,
            "subject": subject[:300],
            "report": report,
            "situation": situation,
            "needs_found": needs_found,
            "next_steps": next_steps,
            "project_id": project.id if project is not None else None,
        }
        self.w.add(m.Activity, row)
        aid = row["id"]
        for sid in staff_ids:
            self.w.add(
                m.ActivityStaff,
                self.base(owner, visibility) | {"activity_id": aid, "staff_id": sid},
            )
        for oi in linked:
            link = {"activity_id": aid, "organisation_id": self.orgs[oi].row["id"]}
            self.w.add(m.ActivityOrganisation, self.base(owner, visibility) | link)
        for pi in persons:
            link = {"activity_id": aid, "person_id": self.person_ids[pi]}
            self.w.add(m.ActivityPerson, self.base(owner, visibility) | link)
        for topic, competence, wz, group in needs:
            self.need(aid, linked[0], staff, owner, day, (topic, competence, wz, group))
        if kind == "company_visit" and rng.random() < 0.1:
            due = day + timedelta(days=rng.randint(7, 21))
            done = due < self.today and rng.random() < 0.9
            title = f"Unterlagen an {name} senden"
            self.task(
                owner, title, f"Zugesagt beim Besuch: {topic}", due, staff, done, ("activity", aid)
            )

    def need(
        self,
        activity_id: uuid.UUID,
        oi: int,
        staff: uuid.UUID,
        owner: uuid.UUID,
        day: date,
        wanted: tuple[str, str, str, str],
    ) -> None:
        """A need found in a visit; whether and how far it gets referred is decided now, so
        its status agrees with the referral written later."""
        rng = self.rng
        topic, competence, wz, group = wanted
        row = self.base(owner)
        if self.need_index in self.referred:
            path = STAGE_PATHS[_pick(rng, d.STAGE_FINALS)]
            when = min(day + timedelta(days=rng.randint(2, 21)), self.today)
            dates: list[date] = []
            for _stage in path:  # the path ends where its next step would lie after today
                if when > self.today:
                    break
                dates.append(when)
                when += timedelta(days=rng.randint(5, 40))
            path = path[: len(dates)]
            self.plans.append(_Plan(row["id"], oi, topic, wz, group, staff, owner, path, dates))
            if path[-1] == "cooperation_agreed":
                status = "satisfied"
            elif path[-1] in OPEN_STAGES:
                status = "in_referral"
            else:
                status = rng.choice(("open", "dropped"))
        else:
            status = _pick(rng, UNREFERRED_NEEDS)
        self.need_index += 1
        row |= {
            "organisation_id": self.orgs[oi].row["id"],
            "topic": topic,
            "description": f"Beim Unternehmensbesuch am {day:%d.%m.%Y} festgestellt.",
            "wanted_competence": competence or None,
            "wanted_wz_code": wz or None,
            "urgency": _pick(rng, URGENCIES),
            "status": status,
            "found_in_activity_id": activity_id,
            "from_referral_id": None,
        }
        self.w.add(m.Need, row)

    def task(
        self,
        owner: uuid.UUID,
        title: str,
        description: str,
        due: date,
        assignee: uuid.UUID,
        done: bool,
        link: tuple[str, uuid.UUID],
    ) -> None:
        row = self.base(owner) | {
            "title": title[:300],
            "description": description,
            "due_on": due,
            "assignee_id": assignee,
            "done": done,
            "done_at": _berlin(due, self.rng) if done else None,
            "linked_type": link[0],
            "linked_id": link[1],
        }
        self.w.add(m.Task, row)

    # -- referrals, their history, cooperations, follow-ups -----------------------------------
    def referrals(self) -> None:
        rng, phase, total = self.rng, "Referrals and cooperations", len(self.plans)
        for k, plan in enumerate(self.plans):
            if k % 5000 == 0:
                self.step(phase, k, total)
            org, partner = self.orgs[plan.org], self.orgs[self.partner_for(plan)]
            stage = plan.path[-1]
            follow = None
            if stage in OPEN_STAGES:
                follow = plan.dates[-1] + timedelta(days=rng.randint(14, 42))
            letter = plan.dates[1] if len(plan.dates) > 1 and rng.random() < 0.6 else None
            partner_name = partner.row["name"]
            row = self.base(plan.owner) | {
                "need_id": plan.need_id,
                "organisation_id": org.row["id"],
                "partner_organisation_id": partner.row["id"],
                "partner_person_id": (
                    self.person_ids[rng.choice(partner.persons)] if partner.persons else None
                ),
                "referring_staff_id": plan.staff_id,
                "stage": stage,
                "referred_on": plan.dates[0],
                "note": f"Bedarf „{plan.topic}“ an {partner_name} vermittelt.",
                "letter_sent_on": letter,
                "letter_attachment_id": None,
                "next_follow_up_on": follow,
            }
            self.w.add(m.Referral, row)
            for step, when in zip(plan.path, plan.dates, strict=True):
                change = self.base(plan.owner) | {
                    "referral_id": row["id"],
                    "stage": step,
                    "changed_on": when,
                    "staff_id": plan.staff_id,
                    "note": d.STAGE_NOTES[step],
                }
                self.w.add(m.ReferralStageChange, change)
            if stage == "cooperation_agreed":
                self.cooperation(plan, row["id"], org, partner)
            if follow is not None:
                done = follow < self.today and rng.random() < 0.5
                title = f"Nachfassen: {org.row['name']} → {partner_name}"
                text = f"Stand der Vermittlung „{plan.topic}“ erfragen."
                self.task(
                    plan.owner, title, text, follow, plan.staff_id, done, ("referral", row["id"])
                )
        self.step(phase, total, total)

    def partner_for(self, plan: _Plan) -> int:
        """A partner of the wanted kind, preferably of the wanted WZ class; not the firm itself."""
        rng = self.rng
        same_wz = self.by_wz.get(plan.wz) if plan.wz else None
        if same_wz and rng.random() < 0.7:
            pool: Sequence[int] = same_wz
        else:
            pool = self.by_group.get(plan.group) or range(len(self.orgs))
        for _ in range(8):
            if (pick := rng.choice(pool)) != plan.org:
                return pick
        return (plan.org + 1) % len(self.orgs)

    def cooperation(self, plan: _Plan, referral_id: uuid.UUID, org: _Org, partner: _Org) -> None:
        rng = self.rng
        group = partner.group if partner.group in d.COOPERATION_KINDS else "other"
        kind = _pick(rng, d.COOPERATION_KINDS[group])
        title, values, role = d.COOPERATION_TEXT[kind]
        agreed = plan.dates[-1]
        starts = agreed + timedelta(days=rng.randint(0, 60))
        funded = kind in ("rd_project", "funding_application") or rng.random() < 0.1
        between = f"{org.row['name']} und {partner.row['name']}"
        row = self.base(plan.owner) | {
            "kind": kind,
            "title": f"{title}: {plan.topic}",
            "starts_on": starts,
            "ends_on": starts + timedelta(days=rng.randint(90, 1095)),
            "value_eur": _money(rng, values),
            "funding_programme": rng.choice(d.FUNDING) if funded else None,
            "evidence": f"Kooperationsvereinbarung vom {agreed:%d.%m.%Y} zwischen {between}",
            "referral_id": referral_id,
        }
        self.w.add(m.Cooperation, row)
        for member, member_role in ((org, "Unternehmen"), (partner, role)):
            link = self.base(plan.owner) | {
                "cooperation_id": row["id"],
                "organisation_id": member.row["id"],
                "person_id": self.person_ids[member.persons[0]] if member.persons else None,
                "role": member_role,
            }
            self.w.add(m.CooperationPartner, link)


def generate_demo(
    db: Database,
    size: DemoSize = DEFAULT_SIZE,
    seed: int = 2026,
    progress: Progress | None = None,
    cancel: Callable[[], bool] | None = None,
    *,
    today: date | None = None,
) -> DemoResult:
    """Fill `db` with a demo network in one transaction; all dates are relative to `today`.

    `progress(phase, done, total)` is called per phase and chunk; when `cancel()` returns True
    the run stops with DemoCancelled and nothing is written.
    """
    started = time.perf_counter()
    with db.session() as session:
        previous = None
        if db.is_sqlite:
            previous = session.execute(text("PRAGMA cache_size")).scalar_one()
            session.execute(text(f"PRAGMA cache_size=-{SQLITE_BULK_CACHE_KIB}"))
        try:
            demo = _Demo(session, size, seed, today or date.today(), progress, cancel)
            demo.run()
        finally:
            if previous is not None:
                session.execute(text(f"PRAGMA cache_size={int(previous)}"))
    if db.is_sqlite:  # leave no write-ahead log of the size of the database behind
        with db.engine.connect() as connection:
            connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    c = demo.w.counts
    return DemoResult(
        institutions=c["institution"],
        staff=c["staff"],
        organisations=c["organisation"],
        people=c["person"],
        affiliations=c["affiliation"],
        projects=c["project"],
        activities=c["activity"],
        needs=c["need"],
        referrals=c["referral"],
        cooperations=c["cooperation"],
        tasks=c["task"],
        seconds=round(time.perf_counter() - started, 3),
        consents=c["consent"],
    )


__all__ = ["DEFAULT_SIZE", "DemoCancelled", "DemoResult", "DemoSize", "generate_demo"]
