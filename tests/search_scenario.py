"""A small network that search tests run against, on SQLite and on PostgreSQL alike."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime

from indie_desktop.domain.models import Activity, ActivityOrganisation, Need, Referral
from indie_desktop.services.contacts.people import AffiliationDraft, PersonDraft
from indie_desktop.services.directory.organisations import OrganisationDraft
from indie_desktop.services.work.projects import ProjectDraft
from indie_desktop.services.workspace import Workspace


@dataclass
class Seeded:
    mueller: uuid.UUID
    hagen_metall: uuid.UUID
    bochum_metall: uuid.UUID
    yildiz: uuid.UUID
    lukasz: uuid.UUID
    zoe: uuid.UUID
    project: uuid.UUID
    need: uuid.UUID
    referral: uuid.UUID
    activity: uuid.UUID


def seed(ws: Workspace) -> Seeded:
    org = ws.organisations.create
    mueller = org(
        OrganisationDraft(
            name="Müller Präzisionstechnik GmbH",
            city="Dortmund",
            street="Märkische Straße 5",
            postcode="44147",
        )
    )
    hagen = org(OrganisationDraft(name="Kemper Metallbau GmbH", city="Hagen", postcode="58095"))
    bochum = org(OrganisationDraft(name="Ruhr Metallguss AG", city="Bochum", postcode="44787"))
    person = ws.people.create
    yildiz = person(
        PersonDraft(
            first_name="Şükrü",
            last_name="Yıldız",
            function="Einkauf",
            affiliations=[AffiliationDraft(hagen, is_primary=True)],
        )
    )
    lukasz = person(PersonDraft(first_name="Łukasz", last_name="Wiśniewski"))
    zoe = person(PersonDraft(first_name="Zoë", last_name="Ñúñez", email="zoe@example.org"))
    project = ws.projects.create(ProjectDraft(name="Branchentreff Oberflächentechnik"))
    with ws.db.session() as s:
        need = Need(organisation_id=hagen, topic="Partner für Laserschweißen gesucht")
        s.add(need)
        s.flush()
        referral = Referral(
            organisation_id=hagen,
            partner_organisation_id=mueller,
            need_id=need.id,
            referred_on=date(2026, 3, 2),
            note="Kontakt über Herrn Grünewald hergestellt",
        )
        activity = Activity(
            subject="Betriebsbesichtigung Kemper",
            occurred_at=datetime(2026, 2, 1, 9, tzinfo=UTC),
            report="Neue Pulverbeschichtungsanlage geplant",
        )
        s.add_all([referral, activity])
        s.flush()
        s.add(ActivityOrganisation(activity_id=activity.id, organisation_id=hagen))
    return Seeded(
        mueller, hagen, bochum, yildiz, lukasz, zoe, project, need.id, referral.id, activity.id
    )


def found(ws: Workspace, text: str, kind: str) -> list[uuid.UUID]:
    groups = dict(ws.search.search(text).groups)
    return [h.id for h in groups.get(kind, ())]
