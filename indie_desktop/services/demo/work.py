"""The demo network's work: projects, activities with the needs found in company visits, the
referrals of needs to partners with their history, cooperations, and follow-up tasks."""

from __future__ import annotations

import random
import uuid
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from indie_desktop.domain import models as m
from indie_desktop.domain.enums import MembershipStatus
from indie_desktop.domain.network_members import NETWORK_MEMBERS
from indie_desktop.domain.text import fold
from indie_desktop.services.demo import data as d
from indie_desktop.services.demo.context import (
    Context,
    Step,
    counted,
    key,
    money,
    office_hours,
    pick,
)
from indie_desktop.services.demo.directory import Contact, Directory, Org
from indie_desktop.services.demo.events import (
    EVENT_ROLES,
    PARTICIPANT_NOTES,
    event_fields,
    participation,
)

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


@dataclass(slots=True)
class Project:
    id: uuid.UUID
    kind: str
    name: str
    place: str
    starts: date
    ends: date
    orgs: list[int]


@dataclass(slots=True)
class Plan:
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


class Work:
    def __init__(self, ctx: Context, directory: Directory) -> None:
        self.ctx, self.dir, self.orgs = ctx, directory, directory.orgs
        self.projects: list[Project] = []
        self.plans: list[Plan] = []
        self.referred: set[int] = set()  # indexes of the needs that get referred
        self.need_index = 0

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
        fields = {
            "title": title[:300],
            "description": description,
            "due_on": due,
            "assignee_id": assignee,
            "done": done,
            "done_at": office_hours(due, self.ctx.rng) if done else None,
            "linked_type": link[0],
            "linked_id": link[1],
        }
        self.ctx.add(m.Task, owner, fields)

    # -- projects -----------------------------------------------------------------------------
    def make_projects(self, total: int, step: Step) -> None:
        rng, today = self.ctx.rng, self.ctx.today
        step(0, total)
        drafts = [
            (today + timedelta(days=rng.randint(-3 * 365, 365)), rng.choice(d.PROJECTS))
            for _ in range(total)
        ]
        drafts.sort(key=lambda draft: draft[0])  # editions count up in time
        editions: dict[str, int] = {}
        used: set[str] = set()
        groups = ("company", "craft_business", "service_provider")
        pool = [i for group in groups for i in self.dir.by_group.get(group, [])]
        for starts, (template, kind, place) in drafts:
            editions[template] = (
                editions[template] + 1 if template in editions else rng.randint(1, 12)
            )
            lead = rng.randrange(len(self.dir.inst_ids))
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
            owner = self.dir.inst_ids[lead]
            description = description.format(place=place)
            fields = {
                "name": name,
                "kind": kind,
                "status": status,
                "starts_on": starts,
                "ends_on": ends,
                "lead_institution_id": owner,
                "budget_eur": money(rng, budget),
                "description": description,
                "sort_name": fold(name),
                "search_key": key(name, place, description),
            }
            # The event's details and participation come from an own random stream, so the
            # rest of the demo network stays as it was before events had them.
            erng = random.Random(f"event {name}")
            fields.update(event_fields(erng, kind, place, starts, ends))
            pid = self.ctx.add(m.Project, owner, fields)["id"]
            members = rng.sample(pool, min(len(pool), rng.randint(5, 20)))
            for oi in members:
                org = self.orgs[oi]
                steps = participation(erng, kind, starts, today)
                participant = {
                    "project_id": pid,
                    "organisation_id": org.row["id"],
                    "person_id": org.contact,
                    "role": role,
                    "status": steps[-1][0] if steps else None,
                    "event_role": EVENT_ROLES.get(kind) if steps else None,
                    "notes": erng.choice(PARTICIPANT_NOTES) if steps else None,
                    "cost_share_eur": money(erng, "1500-6000")
                    if kind == "joint_trade_fair"
                    else None,
                    "status_changed_at": steps[-1][1] if steps else None,
                }
                row = self.ctx.add(m.ProjectParticipant, owner, participant)
                for status, at in steps:
                    self.ctx.add(
                        m.ParticipantStatusChange,
                        owner,
                        {
                            "participant_id": row["id"],
                            "status": status,
                            "changed_at": at,
                            "staff_id": None,
                        },
                    )
            self.projects.append(Project(pid, kind, name, place, starts, ends, members))
        step(total, total)

    # -- activities and the needs found in visits ---------------------------------------------
    def activities(self, n: int, step: Step) -> None:
        rng, today, orgs = self.ctx.rng, self.ctx.today, self.orgs
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
            kind: [p for p in self.projects if p.kind in project_kinds and p.starts < today]
            for kind, project_kinds in PROJECT_KINDS_FOR.items()
        }
        for i, kind in counted(kinds, step):
            linked = [targets[i]]
            candidates = past.get(kind)
            project = rng.choice(candidates) if candidates and rng.random() < 0.8 else None
            if project is not None:
                last = min(project.ends, today - timedelta(days=1))
                day = project.starts + timedelta(days=rng.randint(0, (last - project.starts).days))
                linked = (
                    rng.sample(project.orgs, min(len(project.orgs), rng.randint(1, 4))) or linked
                )
            else:
                day = self.ctx.past_day()
                if kind in PROJECT_KINDS_FOR:
                    linked += [rng.randrange(len(orgs)) for _ in range(rng.randint(0, 3))]
                    linked = list(dict.fromkeys(linked))
            self.activity(kind, day, linked, project, need_counts.get(i, 0))

    def activity(
        self, kind: str, day: date, linked: list[int], project: Project | None, n_needs: int
    ) -> None:
        rng, all_staff = self.ctx.rng, self.dir.all_staff
        org = self.orgs[linked[0]]
        name = org.row["name"]
        staff = org.row["responsible_staff_id"] if rng.random() < 0.65 else rng.choice(all_staff)
        owner = self.dir.staff_inst[staff]
        staff_ids = [staff]
        if rng.random() < 0.2 and (other := rng.choice(all_staff)) != staff:
            staff_ids.append(other)
        persons: list[Contact] = [
            rng.choice(self.orgs[oi].persons)
            for oi in linked
            if self.orgs[oi].persons and rng.random() < 0.85
        ]
        person = persons[0].label if persons else "der Geschäftsleitung"
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
            place = address if rng.random() < 0.5 else self.dir.inst_address[owner]
            report = f"Abstimmung zu {topic}; nächster Schritt: {rng.choice(d.NEXT_STEPS)}."
        elif kind in PROJECT_KINDS_FOR:
            place = project.place if project is not None else org.row["city"]
        elif rng.random() < 0.5:
            report = f"{topic}: {rng.choice(d.NEXT_STEPS)}."
        visibility = "institution" if rng.random() < 0.06 else "network"
        fields = {
            "kind": kind,
            "occurred_at": office_hours(day, rng),
            "place": place,
            "subject": subject[:300],
            "report": report,
            "situation": situation,
            "needs_found": needs_found,
            "next_steps": next_steps,
            "project_id": project.id if project is not None else None,
            "planned": False,  # the demo's visits happened
        }
        aid = self.ctx.add(m.Activity, owner, fields, visibility)["id"]

        def link(model: type[m.Base], column: str, target: uuid.UUID) -> None:
            self.ctx.add(model, owner, {"activity_id": aid, column: target}, visibility)

        for sid in staff_ids:
            link(m.ActivityStaff, "staff_id", sid)
        for oi in linked:
            link(m.ActivityOrganisation, "organisation_id", self.orgs[oi].row["id"])
        for contact in persons:
            link(m.ActivityPerson, "person_id", contact.id)
        for topic, competence, wz, group in needs:
            self.need(aid, linked[0], staff, owner, day, (topic, competence, wz, group))
        if kind == "company_visit" and rng.random() < 0.1:
            due = day + timedelta(days=rng.randint(7, 21))
            done = due < self.ctx.today and rng.random() < 0.9
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
        rng, today = self.ctx.rng, self.ctx.today
        topic, competence, wz, group = wanted
        need_id = m.uuid7()  # the plan refers to it
        if self.need_index in self.referred:
            path = STAGE_PATHS[pick(rng, d.STAGE_FINALS)]
            when = min(day + timedelta(days=rng.randint(2, 21)), today)
            dates: list[date] = []
            for _stage in path:  # the path ends where its next step would lie after today
                if when > today:
                    break
                dates.append(when)
                when += timedelta(days=rng.randint(5, 40))
            path = path[: len(dates)]
            self.plans.append(Plan(need_id, oi, topic, wz, group, staff, owner, path, dates))
            if path[-1] == "cooperation_agreed":
                status = "satisfied"
            elif path[-1] in OPEN_STAGES:
                status = "in_referral"
            else:
                status = rng.choice(("open", "dropped"))
        else:
            status = pick(rng, UNREFERRED_NEEDS)
        self.need_index += 1
        fields = {
            "organisation_id": self.orgs[oi].row["id"],
            "topic": topic,
            "description": f"Beim Unternehmensbesuch am {day:%d.%m.%Y} festgestellt.",
            "wanted_competence": competence or None,
            "wanted_wz_code": wz or None,
            "urgency": pick(rng, URGENCIES),
            "status": status,
            "found_in_activity_id": activity_id,
            "found_on": day,  # the visit's (Berlin) day; the bulk writer skips need_dates.py
            "from_referral_id": None,
        }
        self.ctx.add(m.Need, owner, fields, record_id=need_id)

    # -- referrals, their history, cooperations, follow-ups -----------------------------------
    def referrals(self, step: Step) -> None:
        """One referral per plan, with its stage history, cooperation and follow-up task."""
        rng, today = self.ctx.rng, self.ctx.today
        for _k, plan in counted(self.plans, step):
            org, partner = self.orgs[plan.org], self.orgs[self.partner_for(plan)]
            stage = plan.path[-1]
            follow = None
            if stage in OPEN_STAGES:
                follow = plan.dates[-1] + timedelta(days=rng.randint(14, 42))
            letter = plan.dates[1] if len(plan.dates) > 1 and rng.random() < 0.6 else None
            partner_name = partner.row["name"]
            fields = {
                "need_id": plan.need_id,
                "organisation_id": org.row["id"],
                "partner_organisation_id": partner.row["id"],
                "partner_person_id": rng.choice(partner.persons).id if partner.persons else None,
                "referring_staff_id": plan.staff_id,
                "stage": stage,
                "referred_on": plan.dates[0],
                "note": f"Bedarf „{plan.topic}“ an {partner_name} vermittelt.",
                "letter_sent_on": letter,
                "letter_attachment_id": None,
                "next_follow_up_on": follow,
            }
            rid = self.ctx.add(m.Referral, plan.owner, fields)["id"]
            for stage_then, when in zip(plan.path, plan.dates, strict=True):
                change = {
                    "referral_id": rid,
                    "stage": stage_then,
                    "changed_on": when,
                    "staff_id": plan.staff_id,
                    "note": d.STAGE_NOTES[stage_then],
                }
                self.ctx.add(m.ReferralStageChange, plan.owner, change)
            if stage == "cooperation_agreed":
                self.cooperation(plan, rid, org, partner)
            if follow is not None:
                done = follow < today and rng.random() < 0.5
                title = f"Nachfassen: {org.row['name']} → {partner_name}"
                text = f"Stand der Vermittlung „{plan.topic}“ erfragen."
                self.task(plan.owner, title, text, follow, plan.staff_id, done, ("referral", rid))

    def partner_for(self, plan: Plan) -> int:
        """A partner of the wanted kind, preferably of the wanted WZ class; not the firm itself."""
        rng = self.ctx.rng
        same_wz = self.dir.by_wz.get(plan.wz) if plan.wz else None
        if same_wz and rng.random() < 0.7:
            pool: Sequence[int] = same_wz
        else:
            pool = self.dir.by_group.get(plan.group) or range(len(self.orgs))
        for _ in range(8):
            if (choice := rng.choice(pool)) != plan.org:
                return choice
        return (plan.org + 1) % len(self.orgs)

    def cooperation(self, plan: Plan, referral_id: uuid.UUID, org: Org, partner: Org) -> None:
        rng = self.ctx.rng
        group = partner.group if partner.group in d.COOPERATION_KINDS else "other"
        kind = pick(rng, d.COOPERATION_KINDS[group])
        title, values, role = d.COOPERATION_TEXT[kind]
        agreed = plan.dates[-1]
        starts = agreed + timedelta(days=rng.randint(0, 60))
        funded = kind in ("rd_project", "funding_application") or rng.random() < 0.1
        between = f"{org.row['name']} und {partner.row['name']}"
        fields = {
            "kind": kind,
            "title": f"{title}: {plan.topic}",
            "starts_on": starts,
            "ends_on": starts + timedelta(days=rng.randint(90, 1095)),
            "value_eur": money(rng, values),
            "funding_programme": rng.choice(d.FUNDING) if funded else None,
            "evidence": f"Kooperationsvereinbarung vom {agreed:%d.%m.%Y} zwischen {between}",
            "referral_id": referral_id,
        }
        cid = self.ctx.add(m.Cooperation, plan.owner, fields)["id"]
        for member, member_role in ((org, "Unternehmen"), (partner, role)):
            link = {
                "cooperation_id": cid,
                "organisation_id": member.row["id"],
                "person_id": member.contact,
                "role": member_role,
            }
            self.ctx.add(m.CooperationPartner, plan.owner, link)

    def tenure(self, step: Step) -> None:
        """Companies' steps in the network (issue 24): about half the companies and craft
        firms became interested at some point, most of them took part later, some became
        partners, a few left; each step recorded by the institution of the firm's Betreuer."""
        rng, today = self.ctx.rng, self.ctx.today
        firms = [o for o in self.orgs if o.group in ("company", "craft_business")]
        for _i, org in counted(firms, step):
            if rng.random() >= 0.5:
                continue
            owner = org.row["owner_institution_id"]
            day = self.ctx.past_day(3 * 365)
            steps = [MembershipStatus.INTERESTED]
            if rng.random() < 0.75:
                steps.append(MembershipStatus.PARTICIPATING)
                if rng.random() < 0.4:
                    steps.append(MembershipStatus.PARTNER)
                if rng.random() < 0.1:
                    steps.append(MembershipStatus.LEFT)
            for status in steps:
                fields = {
                    "organisation_id": org.row["id"],
                    "status": status,
                    "since": day,
                    "note": None,
                }
                self.ctx.add(m.NetworkMembership, owner, fields)
                gap = rng.randint(30, 240)
                if (today - day).days <= gap:
                    break
                day += timedelta(days=gap)
