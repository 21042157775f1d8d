"""The data of contact sheets (organisation, person) and attendance lists: a few column
queries per sheet, turned into the plain `Sheet` the printing layout draws; only what the
acting user may see."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import date

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from indie_desktop.domain.enums import (
    NeedStatus,
    ParticipantRole,
    ParticipantStatus,
    ReferralStage,
)
from indie_desktop.domain.errors import NotFound
from indie_desktop.domain.formatting import format_date, format_datetime
from indie_desktop.domain.models import (
    Activity,
    ActivityOrganisation,
    ActivityPerson,
    ActivityStaff,
    Affiliation,
    Institution,
    Need,
    Organisation,
    Person,
    Project,
    ProjectParticipant,
    Referral,
    Staff,
)
from indie_desktop.domain.wz import wz_title
from indie_desktop.printing import labels_de as de
from indie_desktop.printing.badges import Badge
from indie_desktop.printing.flow import Column
from indie_desktop.printing.layout import phone_de
from indie_desktop.printing.sheets import Section, Sheet
from indie_desktop.services import records
from indie_desktop.services.context import Actor
from indie_desktop.services.printing.recipients import (
    COMPANY,
    PARTNER,
    address_one_line,
    current,
    live,
    organisation_name,
    postal_addresses,
)
from indie_desktop.services.visibility import can_see, visible_to

LAST_VISITS = 5


def organisation_sheet(s: Session, actor: Actor, org_id: uuid.UUID) -> Sheet:
    o = records.load(s, Organisation, org_id)
    if not can_see(o, actor):
        raise NotFound(f"Organisation {org_id} does not exist or was deleted.")
    today = date.today()
    # Column queries throughout: loading whole ORM objects cost about half of the time.
    responsible = (
        s.execute(
            select(Staff.first_name, Staff.last_name, Staff.phone, Staff.email, Institution.name)
            .outerjoin(Institution, Institution.id == Staff.institution_id)
            .where(Staff.id == o.responsible_staff_id)
        ).first()
        if o.responsible_staff_id is not None
        else None
    )
    responsible_name = f"{responsible[0]} {responsible[1]}".strip() if responsible else ""
    wz = f"{o.wz_code} {wz_title(o.wz_code) or ''}".strip() if o.wz_code else ""
    register = " ".join(p for p in (o.register_court or "", o.register_number or "") if p)
    chamber = de.de(o.chamber)
    if o.handwerksrolle:
        chamber = ", ".join(p for p in (chamber, "Handwerksrolle") if p)
    pairs = [
        ("Anschrift", address_one_line(o)),
        ("Telefon", phone_de(o.phone)),
        ("E-Mail", o.email or ""),
        ("Internet", (o.website or "").removeprefix("https://").removeprefix("http://")),
        ("Branche (WZ)", wz),
        ("Beschäftigte", o.employee_band or ""),
        ("Gegründet", str(o.founded_year or "")),
        ("Register", register),
        ("USt-IdNr.", o.vat_id or ""),
        ("Kammer", chamber),
        ("Status", de.de(o.status)),
        ("Betreuung", responsible_name),
    ]
    people = s.execute(
        select(
            Person.title,
            Person.first_name,
            Person.last_name,
            Person.function,
            Person.phone,
            Person.mobile,
            Person.email,
            Affiliation.role,
        )
        .join(Affiliation, Affiliation.person_id == Person.id)
        .where(
            Affiliation.organisation_id == org_id,
            live(Affiliation),
            live(Person),
            current(today),
            visible_to(Person, actor),
        )
        .order_by(Affiliation.is_primary.desc(), Person.sort_name)
    ).all()
    people_rows = [
        [
            " ".join(x for x in (title, first, last) if x),
            role or function or "",
            " / ".join(x for x in (phone_de(phone), phone_de(mobile)) if x),
            email or "",
        ]
        for title, first, last, function, phone, mobile, email, role in people
    ]
    needs = s.execute(
        select(Need.topic, Need.wanted_competence, Need.urgency, Need.status, Need.found_on)
        .where(
            Need.organisation_id == org_id,
            live(Need),
            Need.status.in_([NeedStatus.OPEN, NeedStatus.IN_REFERRAL]),
            visible_to(Need, actor),
        )
        .order_by(Need.found_on.desc(), Need.id.desc())
    ).all()
    need_rows = [
        [
            topic + (f"\n{wanted}" if wanted else ""),
            de.de(urgency),
            de.de(status),
            format_date(created),
        ]
        for topic, wanted, urgency, status, created in needs
    ]
    partner, company = PARTNER, COMPANY
    referrals = s.execute(
        select(
            Referral.referred_on,
            Referral.organisation_id,
            Referral.stage,
            Referral.next_follow_up_on,
            Need.topic,
            company.name,
            partner.name,
        )
        .outerjoin(Need, Need.id == Referral.need_id)
        .outerjoin(
            company,
            (company.id == Referral.organisation_id) & visible_to(company, actor),
        )
        .outerjoin(
            partner,
            (partner.id == Referral.partner_organisation_id) & visible_to(partner, actor),
        )
        .where(
            or_(Referral.organisation_id == org_id, Referral.partner_organisation_id == org_id),
            live(Referral),
            Referral.stage.in_(
                [
                    ReferralStage.PROPOSED,
                    ReferralStage.INTRODUCED,
                    ReferralStage.FIRST_MEETING,
                    ReferralStage.NO_RESPONSE,
                ]
            ),
            visible_to(Referral, actor),
        )
        .order_by(Referral.referred_on.desc())
    ).all()
    referral_rows = [
        [
            format_date(referred_on),
            (f"an {partner_name or '–'}" if company_id == org_id else f"von {company_name or '–'}"),
            topic or "",
            de.de(stage),
            format_date(follow_up),
        ]
        for referred_on, company_id, stage, follow_up, topic, company_name, partner_name in (
            referrals
        )
    ]
    visits = s.execute(
        select(
            Activity.id,
            Activity.occurred_at,
            Activity.kind,
            Activity.subject,
            Activity.next_steps,
        )
        .join(ActivityOrganisation, ActivityOrganisation.activity_id == Activity.id)
        .where(
            ActivityOrganisation.organisation_id == org_id,
            live(ActivityOrganisation),
            live(Activity),
            visible_to(Activity, actor),
        )
        .order_by(Activity.occurred_at.desc())
        .limit(LAST_VISITS)
    ).all()
    staff_names = activity_staff(s, [v[0] for v in visits])
    visit_rows = [
        [
            format_date(occurred_at),
            de.de(kind),
            subject or "",
            next_steps or "",
            ", ".join(staff_names.get(activity_id, [])),
        ]
        for activity_id, occurred_at, kind, subject, next_steps in visits
    ]
    staff_pairs: list[tuple[str, str]] = []
    if responsible is not None:
        staff_pairs = [
            ("Betreuer/in", responsible_name),
            ("Institution", responsible[4] or ""),
            ("Telefon", phone_de(responsible[2])),
            ("E-Mail", responsible[3] or ""),
        ]
    subtitle = " · ".join(p for p in (de.de(o.kind), o.municipality or o.city or "") if p)
    sections = [
        Section(
            "Ansprechpersonen",
            [
                Column("Name", 48),
                Column("Funktion", 38),
                Column("Telefon", 38),
                Column("E-Mail", 46),
            ],
            people_rows,
            empty="Keine Ansprechpersonen erfasst.",
        ),
        Section(
            "Offene Bedarfe",
            [
                Column("Thema / gesuchte Kompetenz", 100),
                Column("Dringlichkeit", 24),
                Column("Status", 28),
                Column("seit", 20),
            ],
            need_rows,
            empty="Keine offenen Bedarfe.",
        ),
        Section(
            "Laufende Vermittlungen",
            [
                Column("Datum", 20),
                Column("Partner", 52),
                Column("Thema", 56),
                Column("Stand", 26),
                Column("Nachfassen", 22),
            ],
            referral_rows,
            empty="Keine laufenden Vermittlungen.",
        ),
        Section(
            "Letzte Kontakte und vereinbarte nächste Schritte",
            [
                Column("Datum", 20),
                Column("Art", 24),
                Column("Betreff", 48),
                Column("Nächste Schritte", 54),
                Column("Wer", 30),
            ],
            visit_rows,
            empty="Noch keine Kontakte erfasst.",
        ),
    ]
    if o.competences:
        sections.insert(0, Section("Kompetenzen", text=o.competences.strip()))
    sections.append(Section("Betreuung", pairs=staff_pairs, empty="Keine Betreuung eingetragen."))
    if o.notes:
        sections.append(Section("Notizen", text=o.notes.strip()))
    return Sheet(
        "Kontaktblatt",
        organisation_name(o),
        subtitle,
        format_date(today),
        pairs,
        sections,
    )


def activity_staff(s: Session, activity_ids: list[uuid.UUID]) -> dict[uuid.UUID, list[str]]:
    names: dict[uuid.UUID, list[str]] = {}
    if not activity_ids:
        return names
    for aid, first, last in s.execute(
        select(ActivityStaff.activity_id, Staff.first_name, Staff.last_name)
        .join(Staff, Staff.id == ActivityStaff.staff_id)
        .where(ActivityStaff.activity_id.in_(activity_ids), live(ActivityStaff))
        .order_by(Staff.last_name)
    ):
        names.setdefault(aid, []).append(f"{first} {last}".strip())
    return names


def person_sheet(s: Session, actor: Actor, person_id: uuid.UUID) -> Sheet:
    p = records.load(s, Person, person_id)
    if not can_see(p, actor):
        raise NotFound(f"Person {person_id} does not exist or was deleted.")
    today = date.today()
    affiliations = s.execute(
        select(Affiliation, Organisation)
        .join(Organisation, Organisation.id == Affiliation.organisation_id)
        .where(
            Affiliation.person_id == person_id,
            live(Affiliation),
            live(Organisation),
            visible_to(Organisation, actor),
        )
        .order_by(
            Affiliation.is_primary.desc(),
            Affiliation.until.is_not(None),
            Affiliation.since.desc(),
        )
    ).all()
    current = [(a, o) for a, o in affiliations if a.until is None or a.until >= today]
    main = current[0][1] if current else None
    pairs = [
        ("Funktion", p.function or ""),
        ("Abteilung", p.department or ""),
        ("Telefon", phone_de(p.phone)),
        ("Mobil", phone_de(p.mobile)),
        ("E-Mail", p.email or ""),
        ("Bevorzugt", de.de(p.preferred_channel)),
        ("Postanschrift", address_one_line(main)),
    ]
    aff_rows = [
        [
            organisation_name(o),
            a.role or "",
            format_date(a.since),
            format_date(a.until),
            "ja" if a.is_primary else "",
        ]
        for a, o in affiliations
    ]
    activities = s.scalars(
        select(Activity)
        .join(ActivityPerson, ActivityPerson.activity_id == Activity.id)
        .where(
            ActivityPerson.person_id == person_id,
            live(ActivityPerson),
            live(Activity),
            visible_to(Activity, actor),
        )
        .order_by(Activity.occurred_at.desc())
        .limit(LAST_VISITS)
    ).all()
    staff_names = activity_staff(s, [a.id for a in activities])
    activity_rows = [
        [
            format_date(a.occurred_at),
            de.de(a.kind),
            a.subject or "",
            a.next_steps or "",
            ", ".join(staff_names.get(a.id, [])),
        ]
        for a in activities
    ]
    company = COMPANY
    referrals = s.execute(
        select(Referral, Need.topic, company.name)
        .outerjoin(Need, Need.id == Referral.need_id)
        .outerjoin(
            company,
            (company.id == Referral.organisation_id) & visible_to(company, actor),
        )
        .where(
            Referral.partner_person_id == person_id,
            live(Referral),
            visible_to(Referral, actor),
        )
        .order_by(Referral.referred_on.desc())
        .limit(10)
    ).all()
    referral_rows = [
        [
            format_date(r.referred_on),
            company_name or "–",
            topic or "",
            de.de(r.stage),
        ]
        for r, topic, company_name in referrals
    ]
    privacy = [
        ("Rechtsgrundlage", de.de(p.legal_basis)),
        ("Herkunft der Daten", p.data_source or ""),
        ("Art. 14 informiert", format_date(p.art14_info_sent_on)),
    ]
    sections = [
        Section(
            "Organisationen",
            [
                Column("Organisation", 70),
                Column("Rolle", 46),
                Column("seit", 20),
                Column("bis", 20),
                Column("Haupt", 14),
            ],
            aff_rows,
            empty="Keiner Organisation zugeordnet.",
        ),
        Section(
            "Letzte Kontakte und vereinbarte nächste Schritte",
            [
                Column("Datum", 20),
                Column("Art", 24),
                Column("Betreff", 48),
                Column("Nächste Schritte", 54),
                Column("Wer", 30),
            ],
            activity_rows,
            empty="Noch keine Kontakte erfasst.",
        ),
        Section(
            "Vermittlungen an diese Person",
            [
                Column("Datum", 20),
                Column("Unternehmen", 60),
                Column("Thema", 64),
                Column("Stand", 30),
            ],
            referral_rows,
            empty="Keine Vermittlungen.",
        ),
        Section("Datenschutz", pairs=privacy, empty="Keine Angaben."),
    ]
    if p.notes:
        sections.append(Section("Notizen", text=p.notes.strip()))
    name = " ".join(x for x in (p.title, p.first_name, p.last_name) if x)
    subtitle = organisation_name(main) if main else ""
    return Sheet("Kontaktblatt Person", name, subtitle, format_date(today), pairs, sections)


ON_THE_LIST = (ParticipantStatus.REGISTERED.value, ParticipantStatus.ATTENDED.value)


def event_badges(s: Session, actor: Actor, project_id: uuid.UUID) -> tuple[str, list[Badge]]:
    """The event's name and a badge per registered or attending person, by last name."""
    project = records.load(s, Project, project_id)
    if not can_see(project, actor):
        raise NotFound(f"Project {project_id} does not exist or was deleted.")
    rows = s.execute(
        select(ProjectParticipant.person_id, ProjectParticipant.event_role).where(
            ProjectParticipant.project_id == project_id,
            live(ProjectParticipant),
            ProjectParticipant.person_id.is_not(None),
            or_(ProjectParticipant.status.is_(None), ProjectParticipant.status.in_(ON_THE_LIST)),
        )
    ).all()
    roles = {pid: role for pid, role in rows if pid is not None}
    postal = postal_addresses(s, actor, list(roles))
    people = sorted(postal.values(), key=lambda e: e.person.sort_name or e.person.last_name)
    badges = []
    for e in people:
        role = roles.get(e.person.id)
        shown = de.de(role) if role is not None and role != ParticipantRole.PARTICIPANT else ""
        badges.append(
            Badge(
                " ".join(x for x in (e.person.title, e.person.first_name, e.person.last_name) if x),
                organisation_name(e.organisation) if e.organisation else "",
                shown,
            )
        )
    return project.name, badges


def attendance_sheet(
    s: Session,
    actor: Actor,
    project_id: uuid.UUID | None,
    activity_id: uuid.UUID | None,
    person_ids: Sequence[uuid.UUID],
    blank_rows: int,
) -> Sheet:
    """The attendance list: a project's participants or an activity's people (or the given
    people) with a signature column; `blank_rows` for walk-ins, as many as fit the last page."""
    title, pairs = "Teilnehmerliste", []
    entries: list[tuple[str, str]] = []  # (name, organisation)
    ids = list(person_ids)
    if project_id is not None:
        project = records.load(s, Project, project_id)
        if not can_see(project, actor):
            raise NotFound(f"Project {project_id} does not exist or was deleted.")
        title = project.name
        period = " – ".join(
            x for x in (format_date(project.starts_on), format_date(project.ends_on)) if x
        )
        pairs = [("Art", de.de(project.kind)), ("Zeitraum", period)]
        if project.starts_at is not None:
            pairs[1] = ("Termin", format_datetime(project.starts_at))
        if project.place:
            pairs.append(("Ort", project.place))
        org_only: list[str] = []
        for pid, oid in s.execute(
            select(ProjectParticipant.person_id, ProjectParticipant.organisation_id).where(
                ProjectParticipant.project_id == project_id,
                live(ProjectParticipant),
                # An event lists who registered (and who came), not everyone invited.
                or_(
                    ProjectParticipant.status.is_(None),
                    ProjectParticipant.status.in_(ON_THE_LIST),
                ),
            )
        ):
            if pid is not None:
                ids.append(pid)
            elif oid is not None:
                o = s.get(Organisation, oid)
                if o is not None and o.deleted_at is None and can_see(o, actor):
                    org_only.append(organisation_name(o))
        entries += [("", name) for name in org_only]
    if activity_id is not None:
        activity = records.load(s, Activity, activity_id)
        if not can_see(activity, actor):
            raise NotFound(f"Activity {activity_id} does not exist or was deleted.")
        title = activity.subject or de.de(activity.kind)
        pairs = [
            ("Art", de.de(activity.kind)),
            ("Termin", format_datetime(activity.occurred_at)),
            ("Ort", activity.place or ""),
        ]
        ids += list(
            s.scalars(
                select(ActivityPerson.person_id).where(
                    ActivityPerson.activity_id == activity_id, live(ActivityPerson)
                )
            )
        )
    postal = postal_addresses(s, actor, list(dict.fromkeys(ids)))
    people = sorted(
        postal.values(), key=lambda e: e.person.sort_name or e.person.last_name.casefold()
    )
    entries = [
        (
            " ".join(x for x in (e.person.title, e.person.first_name, e.person.last_name) if x),
            organisation_name(e.organisation) if e.organisation else "",
        )
        for e in people
    ] + sorted(entries, key=lambda e: e[1].casefold())
    rows = [[str(i), name, org, ""] for i, (name, org) in enumerate(entries, start=1)]
    # Blank rows for people who come unannounced, as many as fit on the last page.
    blanks = [[str(len(rows) + i), "", "", ""] for i in range(1, blank_rows + 1)]
    sheet = Sheet(
        "Teilnehmerliste",
        title,
        printed_on=format_date(date.today()),
        pairs=pairs,
        sections=[
            Section(
                f"Teilnehmende ({len(entries)})",
                [
                    Column("Nr.", 9, "right"),
                    Column("Name", 52),
                    Column("Organisation", 58),
                    Column("Unterschrift", 52),
                ],
                rows,
                min_row_height=10.0,
                grid=True,
                optional_rows=blanks,
            )
        ],
    )
    return sheet
