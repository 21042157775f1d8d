"""A small network for the printing tests: names with every special character the issue
names, an open need referred to a partner, a visit with agreed next steps, a project."""

from __future__ import annotations

import io
import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime

import pdfplumber
import pytest

from indie_desktop.domain.enums import OrganisationKind, Salutation
from indie_desktop.domain.models import (
    Activity,
    ActivityOrganisation,
    ActivityPerson,
    Project,
    ProjectParticipant,
)
from indie_desktop.services import records
from indie_desktop.services.contacts.people import AffiliationDraft, PersonDraft
from indie_desktop.services.directory.organisations import OrganisationDraft
from indie_desktop.services.work.needs import NeedDraft
from indie_desktop.services.work.referrals import PartnerChoice, ReferralDraft
from indie_desktop.services.workspace import Workspace

MM = 72 / 25.4  # points per millimetre


@dataclass
class World:
    ws: Workspace
    company: uuid.UUID  # Müller & Söhne GmbH & Co. KG, Hagen
    partner: uuid.UUID  # Hochschule Bochum
    nowhere: uuid.UUID  # an organisation without street
    lukasz: uuid.UUID  # Herr Łukasz Wiśniewski at the company (primary)
    zoe: uuid.UUID  # Frau Prof. Dr. Zoë Ñúñez at the partner
    alex: uuid.UUID  # Alex Schmidt (divers) at the company
    homeless: uuid.UUID  # a person without any organisation
    street_less: uuid.UUID  # a person at the organisation without street
    need: uuid.UUID
    referral: uuid.UUID
    project: uuid.UUID
    activity: uuid.UUID


def _person(
    ws: Workspace,
    salutation: Salutation,
    title: str,
    first: str,
    last: str,
    org: uuid.UUID | None,
    role: str = "",
    phone: str = "",
) -> uuid.UUID:
    affiliations = (
        [AffiliationDraft(organisation_id=org, role=role, is_primary=True)] if org else []
    )
    return ws.people.create(
        PersonDraft(
            salutation=salutation,
            title=title,
            first_name=first,
            last_name=last,
            function=role,
            phone=phone,
            email=f"{last.lower()}@example.de".replace("ñúñez", "nunez").replace("ś", "s"),
            affiliations=affiliations,
        )
    )


@pytest.fixture
def world(local_workspace: Workspace) -> World:
    ws = local_workspace
    company = ws.organisations.create(
        OrganisationDraft(
            name="Müller & Söhne",
            legal_form="GmbH & Co. KG",
            street="Körnerstraße 12",
            postcode="58095",
            city="Hagen",
            phone="02331 123456",
            wz_code="25.62.0",
            competences="Zerspanung, Blechbearbeitung – Aufträge ab 5.000 €",
            responsible_staff_id=ws.actor.staff_id,
        )
    )
    partner = ws.organisations.create(
        OrganisationDraft(
            name="Hochschule Bochum",
            kind=OrganisationKind.UNIVERSITY,
            street="Am Hochschulcampus 1",
            postcode="44801",
            city="Bochum",
        )
    )
    nowhere = ws.organisations.create(OrganisationDraft(name="Ohne Anschrift GmbH", city="Herne"))
    lukasz = _person(
        ws, Salutation.HERR, "", "Łukasz", "Wiśniewski", company, "Geschäftsführer", "02331 123457"
    )
    zoe = _person(ws, Salutation.FRAU, "Prof. Dr.", "Zoë", "Ñúñez", partner, "Institutsleiterin")
    alex = _person(ws, Salutation.DIVERS, "", "Alex", "Schmidt", company, "Einkauf")
    homeless = _person(ws, Salutation.HERR, "", "Ohne", "Firma", None)
    street_less = _person(ws, Salutation.FRAU, "", "Erika", "Straßenlos", nowhere)
    need = ws.needs.create(
        NeedDraft(
            organisation_id=company,
            topic="Prüfstand für Hydraulikventile",
            description="Budget bis 20.000 € für die erste Ausbaustufe.",
            wanted_competence="Messtechnik, Hydraulik",
        )
    )
    referral = ws.referrals.create(
        ReferralDraft(need, [PartnerChoice(organisation_id=partner, person_id=zoe)])
    )[0]
    with ws.db.session() as s:
        project = records.create(
            s,
            ws.actor,
            Project(name="Branchentreff Metall 2026", starts_on=date(2026, 12, 3)),
        )
        for pid in (lukasz, zoe, alex):
            records.create(s, ws.actor, ProjectParticipant(project_id=project.id, person_id=pid))
        activity = records.create(
            s,
            ws.actor,
            Activity(
                occurred_at=datetime(2026, 11, 2, 9, 0, tzinfo=UTC),
                subject="Firmenbesuch bei Müller & Söhne",
                next_steps="Angebot für Prüfstand einholen; Kontakt zur Hochschule herstellen",
                place="Hagen",
            ),
        )
        records.create(
            s, ws.actor, ActivityOrganisation(activity_id=activity.id, organisation_id=company)
        )
        records.create(s, ws.actor, ActivityPerson(activity_id=activity.id, person_id=lukasz))
        project_id, activity_id = project.id, activity.id
    return World(
        ws,
        company,
        partner,
        nowhere,
        lukasz,
        zoe,
        alex,
        homeless,
        street_less,
        need,
        referral,
        project_id,
        activity_id,
    )


def pdf_pages(data: bytes) -> list[pdfplumber.page.Page]:
    pdf = pdfplumber.open(io.BytesIO(data))
    return list(pdf.pages)


def page_text(data: bytes) -> list[str]:
    return [p.extract_text() or "" for p in pdf_pages(data)]


def words_between(page: pdfplumber.page.Page, top_mm: float, bottom_mm: float) -> list[dict]:
    return [
        w for w in page.extract_words() if top_mm * MM <= w["top"] and w["bottom"] <= bottom_mm * MM
    ]
