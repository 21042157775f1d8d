"""The demo network's people: the contacts at each organisation, their current and earlier jobs
(affiliations) and, where that is their legal basis, their consents."""

from __future__ import annotations

import uuid
from datetime import date, timedelta

from indie_desktop.domain import models as m
from indie_desktop.domain.text import search_key
from indie_desktop.services.demo import data as d
from indie_desktop.services.demo.context import (
    Context,
    Step,
    counted,
    fold_cached,
    key,
    part_key,
    pick,
)
from indie_desktop.services.demo.directory import Contact, Org
from indie_desktop.services.demo.names import SPECIAL_PEOPLE, Names

OWNER_FORMS = {"e.K.", "Einzelunternehmen", "GbR"}
BOSS_LINE = ("Geschäftsführer", "Geschäftsführerin", "Geschäftsleitung")
OWNER_LINE = ("Inhaber", "Inhaberin", "Geschäftsleitung")
LEGAL_BASES = {"legitimate_interest": 75, "consent": 18, "contract": 7}
CHANNELS = {"email": 60, "phone": 25, "post": 5, "in_person": 10}
CONSENT_SCOPES = {"newsletter": 50, "event_invitations": 40, "pass_to_partners": 10}


class People:
    def __init__(self, ctx: Context, names: Names, orgs: list[Org]) -> None:
        self.ctx, self.names, self.orgs = ctx, names, orgs

    def people(self, n: int, step: Step) -> None:
        """`n` people: first every organisation's boss, then staff by the size of the firm."""
        rng, orgs = self.ctx.rng, self.orgs
        if n and not orgs:
            raise ValueError("demo people need at least one organisation to work at")
        first_pass = min(len(orgs), n)  # every organisation gets its boss first
        weights = [
            6 if o.group == "academia" else d.CONTACTS_PER_BAND[o.row["employee_band"]]
            for o in orgs
        ]
        slots = list(range(first_pass))
        slots += rng.choices(range(len(orgs)), weights=weights, k=n - first_pass)
        for k, oi in counted(slots, step):
            self.add_person(k, oi, boss=k < first_pass)

    def add_person(self, k: int, oi: int, boss: bool) -> None:
        rng, org = self.ctx.rng, self.orgs[oi]
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
        email = self.names.email(first, last, org.domain)
        big = org.group in ("academia", "chamber_agency")
        extension = rng.randint(100, 999) if big else rng.randint(10, 99)
        mobile = None
        if rng.random() < 0.35:
            prefix = rng.choice(d.MOBILE_PREFIXES)
            digits = 8 if prefix.startswith("15") or prefix >= "176" else 7
            mobile = f"+49{prefix}{rng.randint(10 ** (digits - 1), 10**digits - 1)}"
        legal = pick(rng, LEGAL_BASES)
        art14 = (
            self.ctx.past_day() if legal == "legitimate_interest" and rng.random() < 0.7 else None
        )
        owner = org.row["owner_institution_id"]
        visibility = "institution" if rng.random() < 0.03 else "network"
        fields = {
            "salutation": "herr" if male else "frau",
            "title": title,
            "first_name": first,
            "last_name": last,
            "function": function,
            "department": dept,
            "phone": f"{org.phone_base}{extension}",
            "mobile": mobile,
            "email": email,
            "preferred_channel": pick(rng, CHANNELS),
            "notes": None,
            "legal_basis": legal,
            "data_source": rng.choice(d.DATA_SOURCES),
            "art14_info_sent_on": art14,
            "sort_name": f"{fold_cached(last)} {fold_cached(first)}",
            "search_key": f"{key(first, last)} {search_key(email)} {part_key(function)}",
        }
        pid = self.ctx.add(m.Person, owner, fields, visibility)["id"]
        org.persons.append(Contact(pid, f"{'Herrn' if male else 'Frau'} {last}"))
        since = self.ctx.today - timedelta(days=rng.randint(30, 15 * 365))
        self.affiliation(pid, org, function, since, None)
        if rng.random() < 0.1 and len(self.orgs) > 1:  # an earlier job elsewhere
            other = self.orgs[(oi + rng.randint(1, len(self.orgs) - 1)) % len(self.orgs)]
            until = since - timedelta(days=rng.randint(1, 90))
            role = rng.choice(d.FUNCTIONS[other.row["kind"]][1:])[0 if male else 1]
            self.affiliation(
                pid, other, role, until - timedelta(days=rng.randint(365, 3650)), until
            )
        if legal == "consent":
            self.consent(pid, owner)

    def affiliation(
        self, person_id: uuid.UUID, org: Org, role: str, since: date, until: date | None
    ) -> None:
        fields = {
            "person_id": person_id,
            "organisation_id": org.row["id"],
            "role": role,
            "since": since,
            "until": until,
            "is_primary": until is None,
        }
        self.ctx.add(m.Affiliation, org.row["owner_institution_id"], fields)

    def consent(self, person_id: uuid.UUID, owner: uuid.UUID) -> None:
        rng = self.ctx.rng
        given = self.ctx.past_day()
        channel = rng.choice(("Anmeldeformular", "E-Mail", "Visitenkarte mit Vermerk"))
        fields = {
            "person_id": person_id,
            "scope": pick(rng, CONSENT_SCOPES),
            "given_on": given,
            "channel": channel,
            "evidence": f"Einwilligung vom {given:%d.%m.%Y} ({channel})",
            "withdrawn_on": None,
        }
        self.ctx.add(m.Consent, owner, fields)
