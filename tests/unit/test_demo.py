"""The demo network generator: what a user sees after "create demo data"."""

from __future__ import annotations

import itertools
import os
import random
import re
import uuid
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import phonenumbers
import psycopg
import pytest
from email_validator import validate_email
from sqlalchemy import func, select, text
from sqlalchemy.engine import make_url
from stdnum import iban
from stdnum.de import vat
from wz_code import WZ

from indie_desktop.domain.enums import LEGAL_FORMS
from indie_desktop.domain.errors import Cancelled
from indie_desktop.domain.models import (
    Activity,
    Affiliation,
    Cooperation,
    Institution,
    Need,
    Organisation,
    Person,
    Project,
    Referral,
    ReferralStageChange,
    Staff,
    Task,
)
from indie_desktop.domain.network_members import NETWORK_MEMBERS
from indie_desktop.domain.region import MUNICIPALITIES, municipality_for_postcode
from indie_desktop.domain.text import fold, search_key
from indie_desktop.services.demo import data as demo_data
from indie_desktop.services.demo.generator import DemoResult, DemoSize, generate_demo
from indie_desktop.services.demo.names import Names
from indie_desktop.store.database import Database, open_local, open_url
from tests.pg_databases import drop_database

TODAY = date(2026, 11, 24)
SIZE = DemoSize(organisations=80, people=300, activities=400)
SPECIAL = {("Şükrü", "Yıldız"), ("Łukasz", "Wiśniewski"), ("Zoë", "Ñúñez")}
SHORT_NAMES = [member.short_name for member in NETWORK_MEMBERS]
COURT_TOWNS = ("Dortmund", "Bochum", "Hagen", "Essen")


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Database, DemoResult]]:
    db = open_local(tmp_path_factory.mktemp("demo"))
    result = generate_demo(db, SIZE, seed=2026, today=TODAY)
    yield db, result
    db.dispose()


def _count(db: Database, model: type) -> int:
    with db.session() as s:
        return s.scalar(select(func.count()).select_from(model)) or 0


def test_counts_match_the_requested_size_and_the_database(demo):
    db, result = demo
    assert (result.organisations, result.people, result.activities) == (80, 300, 400)
    assert result.projects == SIZE.project_count == 5
    assert result.needs == 100  # one per four activities
    assert result.referrals == 60  # 60 % of the needs
    assert result.affiliations >= result.people
    assert 0 < result.cooperations <= result.referrals
    assert result.tasks > 0 and result.consents > 0 and result.seconds > 0
    for model, expected in (
        (Institution, 9),
        (Organisation, 80),
        (Person, 300),
        (Affiliation, result.affiliations),
        (Project, 5),
        (Activity, 400),
        (Need, 100),
        (Referral, 60),
        (Cooperation, result.cooperations),
        (Task, result.tasks),
        (Staff, result.staff),
    ):
        assert _count(db, model) == expected, model


def test_the_network_institutions_have_letterheads_and_two_to_four_staff(demo):
    db, result = demo
    with db.session() as s:
        institutions = s.scalars(select(Institution)).all()
        assert sorted(i.short_name for i in institutions) == sorted(SHORT_NAMES)
        assert result.institutions == 9
        for inst in institutions:
            assert inst.sender_line == f"{inst.name} · {inst.street} · {inst.postcode} {inst.city}"
            assert municipality_for_postcode(inst.postcode) == inst.city
            assert inst.owner_institution_id == inst.id
            iban_text = re.search(r"IBAN (DE\d{20})", inst.footer or "")
            assert iban_text and iban.is_valid(iban_text.group(1))
            assert vat.is_valid(re.search(r"USt-IdNr\. (DE\d{9})", inst.footer or "").group(1))
            assert 2 <= len(inst.staff) <= 4
            for member in inst.staff:
                assert member.email.endswith("@" + demo_data.INSTITUTIONS[inst.short_name][0])
                assert member.owner_institution_id == inst.id
        dortmund = next(i for i in institutions if i.short_name == "WF Dortmund")
        assert dortmund.sender_line == (
            "Wirtschaftsförderung Dortmund · Grüne Straße 2-8 · 44147 Dortmund"
        )


def test_organisations_lie_in_region_municipalities_with_valid_postcodes(demo):
    db, _ = demo
    towns = {m.name for m in MUNICIPALITIES}
    with db.session() as s:
        for org in s.scalars(select(Organisation)):
            assert org.municipality in towns
            assert municipality_for_postcode(org.postcode) == org.municipality == org.city
            assert org.street and re.search(r"\d", org.street)


def test_organisations_look_like_real_firms(demo):
    db, _ = demo
    with db.session() as s:
        orgs = s.scalars(select(Organisation)).all()
    names = [o.name for o in orgs]
    assert "Yıldız Metallbau GmbH & Co. KG" in names
    assert "Wiśniewski Elektrotechnik e.K." in names
    assert "Müller Präzisionstechnik GmbH" in names
    assert "Technische Universität Dortmund" in names and "Ruhr-Universität Bochum" in names
    assert len(set(names)) == len(names)
    kinds = [o.kind for o in orgs]
    assert kinds.count("company") > kinds.count("craft_business") > 0
    assert {"service_provider", "university", "research_institute"} <= set(kinds)
    assert sum(o.legal_form == "GmbH" for o in orgs) > len(orgs) / 4
    assert 0 < sum(o.visibility == "institution" for o in orgs) < len(orgs) / 4
    with db.session() as s:
        staff_institution = {k: v for k, v in s.execute(select(Staff.id, Staff.institution_id))}
    for org in orgs:
        assert org.legal_form in LEGAL_FORMS
        assert org.owner_institution_id == staff_institution[org.responsible_staff_id]
        if org.kind == "craft_business":
            assert org.chamber == "hwk" and org.handwerksrolle
        if org.register_number and org.register_number.startswith("HRB"):
            assert org.register_court in {f"Amtsgericht {t}" for t in COURT_TOWNS}
        if org.vat_id:
            assert vat.is_valid(org.vat_id)
        assert org.email and validate_email(org.email, check_deliverability=False)


def test_wz_codes_exist_in_the_official_2008_classification(demo):
    db, _ = demo
    wz = WZ(version="2008")
    with db.session() as s:
        used = set(s.scalars(select(Organisation.wz_code)))
        used |= {c for c in s.scalars(select(Need.wanted_wz_code)) if c}
    listed = {c for row in demo_data.SECTORS for c in row[3].split(",")}
    listed |= {row[8] for row in (*demo_data.ACADEMIA, *demo_data.AGENCIES)}
    listed |= {row[2] for row in demo_data.NEEDS if row[2]}
    for code in used | listed:
        assert wz.get(code).code == code
    with db.session() as s:
        firms = s.scalars(select(Organisation.wz_code).where(Organisation.kind == "company"))
        assert sum(code[0:2] < "34" for code in firms) > 0  # section C, manufacturing


def test_people_with_special_names_survive_the_round_trip(demo):
    db, _ = demo
    with db.session() as s:
        everybody = s.scalars(select(Person)).all()
        people = {(p.first_name, p.last_name): p for p in everybody}
        assert set(people) >= SPECIAL
        names = [(p.first_name, p.last_name) for p in everybody]
        assert all(names.count(special) == 1 for special in SPECIAL)
        sukru = people["Şükrü", "Yıldız"]
        assert sukru.salutation == "herr" and people["Zoë", "Ñúñez"].salutation == "frau"
        assert sukru.search_key.startswith("sukru yildiz ")
        assert sukru.email == "suekrue.yildiz@yildiz-metallbau.de"
        assert people["Zoë", "Ñúñez"].sort_name == "nunez zoe"
        employer = s.scalars(
            select(Organisation.name)
            .join(Affiliation, Affiliation.organisation_id == Organisation.id)
            .where(Affiliation.person_id == sukru.id, Affiliation.is_primary)
        ).one()
        assert employer == "Yıldız Metallbau GmbH & Co. KG"


def test_same_seed_gives_the_same_network_and_another_seed_another(tmp_path, demo):
    db, _ = demo
    small = DemoSize(organisations=80, people=300, activities=400)
    again = open_local(tmp_path / "again")
    other = open_local(tmp_path / "other")
    try:
        generate_demo(again, small, seed=2026, today=TODAY)
        generate_demo(other, small, seed=7, today=TODAY)

        def content(database: Database) -> tuple[list[tuple[object, ...]], ...]:
            with database.session() as s:
                return (
                    s.execute(select(Organisation.name, Organisation.street,
                                     Organisation.postcode, Organisation.phone,
                                     Organisation.wz_code).order_by(Organisation.name)).all(),
                    s.execute(select(Person.first_name, Person.last_name, Person.email,
                                     Person.function).order_by(Person.email)).all(),
                    s.execute(select(Activity.kind, Activity.occurred_at, Activity.subject)
                              .order_by(Activity.occurred_at, Activity.subject)).all(),
                    s.execute(select(Referral.stage, Referral.referred_on)
                              .order_by(Referral.referred_on, Referral.stage)).all(),
                )  # fmt: skip

        assert content(again) == content(db)
        assert content(other)[0] != content(db)[0]
    finally:
        again.dispose()
        other.dispose()


def test_every_link_references_an_existing_row(demo):
    db, _ = demo
    with db.session() as s:
        assert s.execute(text("PRAGMA foreign_key_check")).all() == []
        orphans = s.scalar(
            select(func.count())
            .select_from(Affiliation)
            .outerjoin(Person, Person.id == Affiliation.person_id)
            .outerjoin(Organisation, Organisation.id == Affiliation.organisation_id)
            .where((Person.id.is_(None)) | (Organisation.id.is_(None)))
        )
        assert orphans == 0
        for task in s.scalars(select(Task)):
            target = {"referral": Referral, "activity": Activity}[task.linked_type or ""]
            assert s.get(target, task.linked_id) is not None
        people = s.scalars(select(Person.id)).all()
        primaries = s.scalars(select(Affiliation.person_id).where(Affiliation.is_primary)).all()
        assert sorted(primaries) == sorted(people)  # exactly one current job each
        for earlier in s.scalars(select(Affiliation).where(Affiliation.until.is_not(None))):
            assert not earlier.is_primary and earlier.since < earlier.until


def test_sort_name_and_search_key_follow_the_text_folding(demo):
    db, _ = demo
    with db.session() as s:
        for org in s.scalars(select(Organisation)):
            assert org.sort_name == fold(org.name)
            assert org.search_key == search_key(org.name, org.city, org.postcode, org.competences)
        for p in s.scalars(select(Person)):
            assert p.sort_name == fold(f"{p.last_name} {p.first_name}")
            assert p.search_key == search_key(p.first_name, p.last_name, p.email, p.function)
        for project in s.scalars(select(Project)):
            assert project.sort_name == fold(project.name)


def test_salutation_fits_the_first_name_and_contacts_are_valid(demo):
    db, _ = demo
    pools = Names(random.Random(2026), 2026).pools
    male = {n for (_origin, part, _c), names in pools.items() if part == 0 for n in names}
    female = {n for (_origin, part, _c), names in pools.items() if part == 1 for n in names}
    with db.session() as s:
        people = s.scalars(select(Person)).all()
    for p in people:
        if p.first_name in male - female:
            assert p.salutation == "herr", p.first_name
        if p.first_name in female - male:
            assert p.salutation == "frau", p.first_name
        assert p.email and validate_email(p.email, check_deliverability=False)
        assert p.email.isascii() and p.legal_basis and p.data_source
        for number in (p.phone, p.mobile):
            if number:
                assert number.startswith("+49")
                assert phonenumbers.is_valid_number(phonenumbers.parse(number)), number
    professors = [p for p in people if p.title and p.title.startswith("Prof.")]
    assert professors and all(p.function for p in professors)


def test_times_are_utc_aware_and_within_the_last_three_years(demo):
    db, _ = demo
    earliest = datetime.combine(TODAY - timedelta(days=3 * 365 + 1), datetime.min.time(), UTC)
    latest = datetime.combine(TODAY, datetime.min.time(), UTC)
    with db.session() as s:
        for when in s.scalars(select(Activity.occurred_at)):
            assert when.tzinfo is not None and when.utcoffset() == timedelta(0)
            assert earliest <= when < latest
        for task in s.scalars(select(Task).where(Task.done)):
            assert task.done_at is not None and task.done_at.tzinfo is not None
        for needed in s.scalars(select(Need)):
            assert needed.found_in_activity_id is not None


def test_referrals_carry_a_dated_history_and_cooperations_their_value(demo):
    db, _ = demo
    with db.session() as s:
        for referral in s.scalars(select(Referral)):
            history = s.scalars(
                select(ReferralStageChange)
                .where(ReferralStageChange.referral_id == referral.id)
                .order_by(ReferralStageChange.changed_on)
            ).all()
            assert history[0].stage == "proposed"
            assert history[0].changed_on == referral.referred_on
            assert history[-1].stage == referral.stage
            assert all(a.changed_on <= b.changed_on for a, b in itertools.pairwise(history))
            assert referral.partner_organisation_id != referral.organisation_id
            need = s.get(Need, referral.need_id)
            assert need is not None and need.organisation_id == referral.organisation_id
            agreed = referral.stage == "cooperation_agreed"
            assert (need.status == "satisfied") == agreed
            cooperations = s.scalars(
                select(Cooperation).where(Cooperation.referral_id == referral.id)
            ).all()
            assert len(cooperations) == (1 if agreed else 0)
            for cooperation in cooperations:
                assert isinstance(cooperation.value_eur, Decimal)
                assert len(cooperation.partners) == 2


def test_existing_institutions_and_staff_are_reused_not_duplicated(tmp_path):
    db = open_local(tmp_path)
    try:
        with db.session() as s:
            own = Institution(name="Wirtschaftsförderung Dortmund", short_name="WF Dortmund")
            s.add(own)
            s.flush()
            s.add(Staff(institution_id=own.id, first_name="Anna", last_name="Nutzerin"))
        result = generate_demo(db, DemoSize(20, 40, 40), today=TODAY)
        assert result.institutions == 8
        with db.session() as s:
            short_names = s.scalars(select(Institution.short_name)).all()
            assert sorted(short_names) == sorted(SHORT_NAMES)
            colleagues = s.scalars(select(Staff).where(Staff.institution_id == own.id)).all()
            assert "Nutzerin" in [c.last_name for c in colleagues]
            assert 2 <= len(colleagues) <= 4
    finally:
        db.dispose()


def test_cancel_rolls_back_everything_and_progress_names_each_phase(tmp_path):
    db = open_local(tmp_path)
    phases: list[str] = []
    last: dict[str, tuple[int, int]] = {}

    def progress(phase: str, done: int, total: int) -> None:
        assert 0 <= done <= total
        phases.append(phase)
        last[phase] = (done, total)

    try:
        with pytest.raises(Cancelled):
            cancel = lambda: "People" in phases  # noqa: E731
            generate_demo(db, DemoSize(30, 60, 80), progress=progress, cancel=cancel, today=TODAY)
        assert _count(db, Institution) == _count(db, Organisation) == _count(db, Staff) == 0
        phases.clear()
        generate_demo(db, DemoSize(30, 60, 80), progress=progress, today=TODAY)
        assert list(dict.fromkeys(phases)) == [
            "Institutions and staff",
            "Organisations",
            "People",
            "Projects",
            "Activities and needs",
            "Referrals and cooperations",
            "Companies in the network",
            "Search index",
        ]
        # every phase ends at its total: the progress display never stops at "0/9"
        assert all(done == total for done, total in last.values()), last
    finally:
        db.dispose()


def test_generated_rows_are_stored_exactly_like_orm_rows(tmp_path):
    """The bulk path writes values in the same storage format as the ORM (ids, timestamps)."""
    db = open_local(tmp_path)
    try:
        generate_demo(db, DemoSize(5, 5, 8), today=TODAY)
        with db.session() as s:
            s.add(Organisation(name="Per Hand GmbH", city="Hagen"))
        with db.session() as s:
            rows = s.execute(
                text("SELECT name, id, created_at, updated_at, typeof(version) FROM organisation")
            ).all()
        by_hand = next(r for r in rows if r[0] == "Per Hand GmbH")
        shape = [re.sub(r"[0-9a-f]", "x", str(v)) for v in by_hand[1:]]
        for row in rows:
            assert [re.sub(r"[0-9a-f]", "x", str(v)) for v in row[1:]] == shape, row
        with db.session() as s:
            org = s.scalars(
                select(Organisation).where(Organisation.name != "Per Hand GmbH")
            ).first()
            assert org is not None and isinstance(org.id, uuid.UUID) and org.version == 1
            org.notes = "edited"  # optimistic locking works on generated rows
        with db.session() as s:
            assert s.get(Organisation, org.id).version == 2
    finally:
        db.dispose()


@pytest.mark.postgres
def test_demo_on_postgresql_in_a_throwaway_database():
    url = os.environ.get("INDIE_TEST_PG_URL")
    if not url:
        pytest.skip("INDIE_TEST_PG_URL is not set")
    name = f"demo_test_{uuid.uuid4().hex[:12]}"
    admin = make_url(url).set(drivername="postgresql")
    conninfo = admin.render_as_string(hide_password=False)
    with psycopg.connect(conninfo, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    db = None
    try:
        db = open_url(make_url(url).set(database=name), run_migrations=True)
        result = generate_demo(db, SIZE, today=TODAY)
        assert (result.organisations, result.people, result.activities) == (80, 300, 400)
        assert _count(db, Organisation) == 80 and _count(db, Activity) == 400
        with db.session() as s:
            names = {
                (f, last) for f, last in s.execute(select(Person.first_name, Person.last_name))
            }
            assert names >= SPECIAL
            when = s.scalars(select(Activity.occurred_at)).first()
            assert when is not None and when.utcoffset() == timedelta(0)
            value = s.scalars(select(Cooperation.value_eur)).first()
            assert isinstance(value, Decimal)
    finally:
        if db is not None:
            db.dispose()
        drop_database(conninfo, name)


def test_cancelled_demo_leaves_the_search_triggers_in_place(tmp_path):
    from sqlalchemy import text

    db = open_local(tmp_path)
    try:
        with db.engine.connect() as conn:
            before = conn.execute(text("SELECT count(*) FROM sqlite_master WHERE type='trigger'"))
            triggers = before.scalar_one()
        assert triggers > 0
        with pytest.raises(Cancelled):
            generate_demo(db, DemoSize(30, 60, 80), cancel=lambda: True, today=TODAY)
        with db.engine.connect() as conn:
            after = conn.execute(text("SELECT count(*) FROM sqlite_master WHERE type='trigger'"))
            assert after.scalar_one() == triggers
    finally:
        db.dispose()


def test_the_demo_brings_companies_into_the_network_step_by_step(tmp_path) -> None:
    """Issue 24: the demo's companies have dated steps in the network, so the dashboard's
    tenure figures show something; a step never lies in the future."""
    from datetime import date

    from sqlalchemy import func, select

    from indie_desktop.domain.enums import MembershipStatus
    from indie_desktop.domain.models import NetworkMembership
    from indie_desktop.services.demo.generator import DemoSize, generate_demo
    from indie_desktop.store.database import open_local

    db = open_local(tmp_path / "d")
    try:
        generate_demo(db, DemoSize(organisations=200, people=300, activities=400), seed=7)
        with db.session() as s:
            by_status = dict(
                s.execute(
                    select(NetworkMembership.status, func.count()).group_by(
                        NetworkMembership.status
                    )
                ).all()
            )
            latest = s.scalar(select(func.max(NetworkMembership.since)))
    finally:
        db.dispose()
    assert by_status[MembershipStatus.INTERESTED] > by_status[MembershipStatus.PARTICIPATING]
    assert by_status[MembershipStatus.PARTNER] > 0
    assert latest is not None and latest <= date.today()
