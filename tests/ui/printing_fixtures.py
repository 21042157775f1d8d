"""A small network to print from: companies with postal addresses (and one without), people
with the names that must survive printing, a need referred to a partner, an event."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtPdf import QPdfDocument

from indie_desktop.domain.enums import ActivityKind, OrganisationKind, Salutation
from indie_desktop.services.contacts.people import AffiliationDraft, PersonDraft
from indie_desktop.services.directory.organisations import OrganisationDraft
from indie_desktop.services.work.activities import VisitDraft
from indie_desktop.services.work.needs import NeedDraft
from indie_desktop.services.work.referrals import PartnerChoice, ReferralDraft
from indie_desktop.services.work.visit_parts import PersonMet
from indie_desktop.services.workspace import Workspace


@dataclass
class PrintNetwork:
    ws: Workspace
    mueller: uuid.UUID  # Müller & Söhne GmbH & Co. KG, Hagen
    yildiz: uuid.UUID  # Yıldız Metallbau GmbH, Dortmund
    nowhere: uuid.UUID  # an organisation without a postal address
    lukasz: uuid.UUID  # Łukasz Wiśniewski at Müller & Söhne (primary)
    zoe: uuid.UUID  # Zoë Ñúñez at Yıldız (primary)
    homeless: uuid.UUID  # Jan Ohneort: at the organisation without an address
    referral: uuid.UUID  # Yıldız's need referred to Müller & Söhne (contact: Łukasz)
    event: uuid.UUID  # a sector meeting Łukasz and Zoë attended


def build_print_network(ws: Workspace) -> PrintNetwork:
    orgs = ws.organisations
    mueller = orgs.create(
        OrganisationDraft(
            name="Müller & Söhne",
            legal_form="GmbH & Co. KG",
            street="Eilper Straße 12",
            postcode="58091",
            city="Hagen",
            municipality="Hagen",
            competences="Lasersintern, Prototypenbau",
        )
    )
    yildiz = orgs.create(
        OrganisationDraft(
            name="Yıldız Metallbau",
            legal_form="GmbH",
            street="Hafenstraße 3",
            postcode="44147",
            city="Dortmund",
            municipality="Dortmund",
        )
    )
    nowhere = orgs.create(
        OrganisationDraft(name="Ohne Anschrift e.K.", kind=OrganisationKind.CRAFT_BUSINESS)
    )
    people = ws.people
    lukasz = people.create(
        PersonDraft(
            salutation=Salutation.HERR,
            title="Dr.",
            first_name="Łukasz",
            last_name="Wiśniewski",
            function="Technischer Leiter",
            affiliations=[AffiliationDraft(organisation_id=mueller, is_primary=True)],
        )
    )
    zoe = people.create(
        PersonDraft(
            salutation=Salutation.FRAU,
            first_name="Zoë",
            last_name="Ñúñez",
            affiliations=[AffiliationDraft(organisation_id=yildiz, is_primary=True)],
        )
    )
    homeless = people.create(
        PersonDraft(
            first_name="Jan",
            last_name="Ohneort",
            affiliations=[AffiliationDraft(organisation_id=nowhere, is_primary=True)],
        )
    )
    need = ws.needs.create(
        NeedDraft(organisation_id=yildiz, topic="Partner für Lasersintern gesucht")
    )
    (referral,) = ws.referrals.create(
        ReferralDraft(need, [PartnerChoice(mueller, person_id=lukasz)])
    )
    event = ws.activities.record_visit(
        VisitDraft(
            kind=ActivityKind.SECTOR_MEETING,
            date=date.today().strftime("%d.%m.%Y"),
            time="10:00",
            subject="Branchentreff Metall",
            people=[PersonMet(person_id=lukasz), PersonMet(person_id=zoe)],
            organisation_ids=[mueller, yildiz],
        )
    )
    return PrintNetwork(ws, mueller, yildiz, nowhere, lukasz, zoe, homeless, referral, event)


def pdf_text(pdf: bytes | Path) -> str:
    """All text of a PDF (QtPdf reads it as a reader would), pages joined by form feeds."""
    document = QPdfDocument()
    if isinstance(pdf, Path):
        assert document.load(str(pdf)) == QPdfDocument.Error.None_
    else:
        from PySide6.QtCore import QBuffer, QByteArray, QIODevice

        buffer = QBuffer()
        buffer.setData(QByteArray(pdf))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        document.load(buffer)
    return "\f".join(document.getAllText(page).text() for page in range(document.pageCount()))


def pdf_pages(pdf: bytes | Path) -> int:
    return pdf_text(pdf).count("\f") + 1
