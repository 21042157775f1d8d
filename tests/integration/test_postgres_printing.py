"""Printing on the shared PostgreSQL database: letters on the staff member's letterhead, the
sent letter kept in the database and audited there, other institutions' private records not
printable."""

from __future__ import annotations

import io

import pdfplumber
import pytest
from sqlalchemy import select

from indie_desktop.domain.enums import OrganisationKind, Salutation, Visibility
from indie_desktop.domain.errors import NotFound
from indie_desktop.domain.models import Attachment, AuditEntry, Referral
from indie_desktop.services.contacts.people import AffiliationDraft, PersonDraft
from indie_desktop.services.directory.organisations import OrganisationDraft
from indie_desktop.services.work.needs import NeedDraft
from indie_desktop.services.work.referrals import PartnerChoice, ReferralDraft
from tests.integration.shared_fixtures import SharedServer, shared

__all__ = ["shared"]


def text_of(pdf: bytes) -> str:
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        return "\n".join(p.extract_text() or "" for p in doc.pages)


def test_referral_letter_is_printed_kept_and_audited_in_the_shared_database(
    shared: SharedServer,
) -> None:
    ws = shared.dortmund.workspace()
    try:
        company = ws.organisations.create(
            OrganisationDraft(
                name="Yıldız Metallbau",
                legal_form="GmbH & Co. KG",
                street="Westring 12",
                postcode="44629",
                city="Herne",
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
        person = ws.people.create(
            PersonDraft(
                salutation=Salutation.HERR,
                first_name="Łukasz",
                last_name="Wiśniewski",
                affiliations=[AffiliationDraft(organisation_id=partner, is_primary=True)],
            )
        )
        need = ws.needs.create(NeedDraft(organisation_id=company, topic="Prüfstand"))
        referral = ws.referrals.create(
            ReferralDraft(need, [PartnerChoice(organisation_id=partner, person_id=person)])
        )[0]
        draft = ws.printing.referral_letter_draft(referral)
        pdf = ws.printing.referral_letter(draft)
        text = text_of(pdf)
        assert "Wirtschaftsförderung Dortmund" in text
        assert "Sehr geehrter Herr Wiśniewski," in text
        attachment_id = ws.printing.record_letter_sent(referral, pdf)
        assert ws.attachments.open_path(attachment_id).read_bytes() == pdf
        with ws.db.session() as s:
            stored = s.get(Referral, referral)
            assert stored is not None and stored.letter_attachment_id == attachment_id
            assert s.get(Attachment, attachment_id) is not None
            actions = s.scalars(
                select(AuditEntry.action).where(AuditEntry.target_id == referral)
            ).all()
            assert "update" in actions
        assert "Yıldız Metallbau GmbH & Co. KG" in text_of(ws.printing.contact_sheets([company]))
    finally:
        ws.close()


def test_another_institutions_private_organisation_cannot_be_printed(
    shared: SharedServer,
) -> None:
    hagen = shared.hagen.workspace()
    dortmund = shared.dortmund.workspace()
    try:
        private = hagen.organisations.create(
            OrganisationDraft(name="Geheim GmbH", city="Hagen", visibility=Visibility.INSTITUTION)
        )
        assert "Geheim GmbH" in text_of(hagen.printing.contact_sheets([private]))
        with pytest.raises(NotFound):
            dortmund.printing.contact_sheets([private])
    finally:
        hagen.close()
        dortmund.close()
