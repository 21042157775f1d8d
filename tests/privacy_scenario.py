"""A person linked to every kind of record, for the data protection tests (SQLite and PG)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path

from sqlalchemy import func, select

from indie_desktop.domain.enums import (
    ActivityKind,
    ConsentScope,
    ContactKind,
    ContactLabel,
    CooperationKind,
    LegalBasis,
    ReferralStage,
    Salutation,
)
from indie_desktop.domain.models import (
    Activity,
    ActivityOrganisation,
    ActivityPerson,
    Cooperation,
    CooperationPartner,
    Need,
    Project,
    ProjectParticipant,
    Referral,
    Tag,
    TagLink,
    Task,
)
from indie_desktop.domain.privacy import Purpose
from indie_desktop.services import records
from indie_desktop.services.contacts.contact_points import ContactPointDraft
from indie_desktop.services.contacts.people import AffiliationDraft, PersonDraft
from indie_desktop.services.directory.organisations import OrganisationDraft
from indie_desktop.services.privacy.protection import ConsentDraft
from indie_desktop.services.workspace import Workspace

FIRST, LAST = "Şükrü", "Yıldız"
EMAIL = "sukru.yildiz@metallbau-ruhr.de"
PHONE_TYPED = "0231 9876543"
PHONE_E164 = "+492319876543"
# What must be gone from every byte of the database after the erasure.
PRIVATE_EMAIL = "s.privat@kz-mail.de"
TRACES = (FIRST, LAST, "sukru", "yildiz", EMAIL, "9876543", PRIVATE_EMAIL)


@dataclass
class Scenario:
    person_id: uuid.UUID
    other_person_id: uuid.UUID
    organisation_id: uuid.UUID
    activity_id: uuid.UUID
    need_id: uuid.UUID
    referral_id: uuid.UUID
    cooperation_id: uuid.UUID
    task_id: uuid.UUID
    consent_id: uuid.UUID
    objection_id: uuid.UUID


def build(ws: Workspace, tmp: Path) -> Scenario:
    org = ws.organisations.create(
        OrganisationDraft(
            name="Metallbau Ruhr GmbH", street="Hafenstraße 1", postcode="44147", city="Dortmund"
        )
    )
    partner = ws.organisations.create(OrganisationDraft(name="Hochschule Bochum"))
    person = ws.people.create(
        PersonDraft(
            salutation=Salutation.HERR,
            first_name=FIRST,
            last_name=LAST,
            function="Leiter Fertigung",
            phone=PHONE_TYPED,
            email=EMAIL,
            notes="Spricht gern über Laserschneiden.",
            legal_basis=LegalBasis.CONSENT,
            data_source="trade_fair",
            # further contact details (issue 19): exported and erased with the person
            contact_points=[
                ContactPointDraft(ContactKind.EMAIL, ContactLabel.HOME, PRIVATE_EMAIL),
                ContactPointDraft(
                    ContactKind.ADDRESS,
                    ContactLabel.HOME,
                    street="Yıldızweg 3",
                    postcode="44139",
                    city="Dortmund",
                ),
            ],
            affiliations=[
                AffiliationDraft(organisation_id=org, role="Werkleiter", is_primary=True)
            ],
        )
    )
    other = ws.people.create(
        PersonDraft(
            first_name="Zoë",
            last_name="Ñúñez",
            notes=f"Vertritt {FIRST} {LAST} im Urlaub.",
            affiliations=[AffiliationDraft(organisation_id=org, is_primary=True)],
        )
    )
    actor = ws.actor
    with ws.db.session() as s:
        activity = records.create(
            s,
            actor,
            Activity(
                kind=ActivityKind.COMPANY_VISIT,
                occurred_at=datetime(2026, 10, 1, 9, 0, tzinfo=UTC),
                subject=f"Besuch bei {LAST}",
                report=f"Gespräch mit {FIRST} {LAST}; Rückruf unter {PHONE_TYPED} oder {EMAIL}.",
            ),
        )
        records.create(s, actor, ActivityPerson(activity_id=activity.id, person_id=person))
        records.create(s, actor, ActivityOrganisation(activity_id=activity.id, organisation_id=org))
        need = records.create(
            s,
            actor,
            Need(
                organisation_id=org,
                topic="Laserschneiden",
                description=f"{LAST} wünscht Kontakt zu einer Hochschule.",
                found_in_activity_id=activity.id,
            ),
        )
        referral = records.create(
            s,
            actor,
            Referral(
                need_id=need.id,
                organisation_id=org,
                partner_organisation_id=partner,
                partner_person_id=person,
                stage=ReferralStage.INTRODUCED,
                referred_on=date(2026, 10, 2),
                note=f"{LAST} ist informiert.",
            ),
        )
        coop = records.create(
            s,
            actor,
            Cooperation(
                kind=CooperationKind.RD_PROJECT,
                title="Laserschneiden im Verbund",
                value_eur=Decimal("12500.00"),
                referral_id=referral.id,
            ),
        )
        records.create(
            s,
            actor,
            CooperationPartner(cooperation_id=coop.id, person_id=person, role="Ansprechpartner"),
        )
        task = records.create(
            s,
            actor,
            Task(title=f"{LAST} zurückrufen", linked_type="person", linked_id=person),
        )
        project = records.create(s, actor, Project(name="Branchentreff Metall 2026"))
        records.create(s, actor, ProjectParticipant(project_id=project.id, person_id=person))
        tag = records.create(s, actor, Tag(name="Messe 2026"))
        records.create(s, actor, TagLink(tag_id=tag.id, target_type="person", target_id=person))
    consent = ws.privacy.add_consent(
        person,
        ConsentDraft(
            scope=ConsentScope.NEWSLETTER,
            given_on="15.03.2026",
            channel="Messe, Formular",
            evidence=f"Unterschrift {FIRST} {LAST}",
        ),
    )
    evidence = tmp / "einwilligung-yildiz.txt"
    evidence.write_text(f"Ich, {FIRST} {LAST}, willige ein. {EMAIL}", encoding="utf-8")
    ws.privacy.attach_consent_evidence(consent, evidence)
    card = tmp / "visitenkarte.txt"
    card.write_text(f"{FIRST} {LAST} · Leiter Fertigung · {PHONE_TYPED}", encoding="utf-8")
    ws.attachments.add("person", person, card)
    objection = ws.privacy.add_objection(
        person, Purpose.EVENT_INVITATIONS, "01.09.2026", "per Telefon"
    )
    return Scenario(
        person, other, org, activity.id, need.id, referral.id, coop.id, task.id, consent, objection
    )


def dashboard_counts(ws: Workspace) -> dict[str, int]:
    """What a dashboard counts, straight in SQL."""
    with ws.db.session() as s:
        return {
            "visits": s.scalar(
                select(func.count())
                .select_from(Activity)
                .where(Activity.kind == ActivityKind.COMPANY_VISIT, Activity.deleted_at.is_(None))
            ),
            "visit_people": s.scalar(select(func.count()).select_from(ActivityPerson)),
            "referrals": s.scalar(
                select(func.count()).select_from(Referral).where(Referral.deleted_at.is_(None))
            ),
            "referrals_to_people": s.scalar(
                select(func.count())
                .select_from(Referral)
                .where(Referral.partner_person_id.is_not(None), Referral.deleted_at.is_(None))
            ),
            "cooperations": s.scalar(
                select(func.count())
                .select_from(Cooperation)
                .where(Cooperation.deleted_at.is_(None))
            ),
            "cooperation_partners": s.scalar(select(func.count()).select_from(CooperationPartner)),
        }
