"""Institution letterheads (name, address, sender line, logo, footer): read for the settings
form, validated field by field, saved with optimistic locking and an audit entry, and shown
as a sample letter before saving."""

from __future__ import annotations

import io
import uuid
from dataclasses import dataclass
from datetime import date

from indie_desktop.domain import validation as v
from indie_desktop.domain.errors import NotFound, ValidationError
from indie_desktop.domain.formatting import format_date
from indie_desktop.domain.models import Institution
from indie_desktop.printing.letter import Letter, LetterWriter, new_canvas
from indie_desktop.printing.letterhead import Letterhead, logo_image
from indie_desktop.services import records
from indie_desktop.services.context import Actor
from indie_desktop.services.fields import FieldCollector
from indie_desktop.store.database import Database


@dataclass
class LetterheadDraft:
    institution_id: uuid.UUID | None = None
    name: str = ""
    sender_line: str = ""
    street: str = ""
    postcode: str = ""
    city: str = ""
    phone: str = ""
    email: str = ""
    website: str = ""
    logo_path: str = ""
    footer: str = ""
    version: int = 0


class LetterheadService:
    def __init__(self, db: Database, actor: Actor) -> None:
        self.db = db
        self.actor = actor

    def draft(self, institution_id: uuid.UUID | None) -> LetterheadDraft:
        """The institution's letterhead data for the settings form."""
        with self.db.session() as s:
            iid = institution_id
            if iid is None:
                raise NotFound("No institution is set up for this user yet.")
            inst = records.load(s, Institution, iid)
            return LetterheadDraft(
                institution_id=inst.id,
                name=inst.name,
                sender_line=inst.sender_line or "",
                street=inst.street or "",
                postcode=inst.postcode or "",
                city=inst.city or "",
                phone=inst.phone or "",
                email=inst.email or "",
                website=inst.website or "",
                logo_path=inst.logo_path or "",
                footer=inst.footer or "",
                version=inst.version,
            )

    @staticmethod
    def values(draft: LetterheadDraft) -> dict[str, object]:
        c = FieldCollector()
        c.take("name", v.require_text, draft.name, 200)
        c.take("sender_line", v.optional_text, draft.sender_line, 200)
        c.take("street", v.optional_text, draft.street, 200)
        c.take("postcode", v.normalize_postcode, draft.postcode)
        c.take("city", v.optional_text, draft.city, 100)
        c.take("phone", v.normalize_phone, draft.phone)
        c.take("email", v.normalize_email, draft.email)
        c.take("website", v.normalize_website, draft.website)
        c.take("footer", v.optional_text, draft.footer, 2000)
        logo = draft.logo_path.strip()
        if logo:
            if len(logo) > 300:
                c.fail("logo_path", "The path is too long (at most 300 characters)")
            elif logo_image(Letterhead(name="", logo_path=logo)) is None:
                c.fail(
                    "logo_path",
                    "The logo cannot be read: choose a PNG or JPEG file that exists",
                )
        c.raise_if_any()
        values = dict(c.values)
        values["logo_path"] = logo or None
        return values

    def save(self, draft: LetterheadDraft) -> int:
        """Validate and store; ValidationError per field, ConflictError on a stale version.
        Returns the new version."""
        values = self.values(draft)
        if draft.institution_id is None:
            raise ValidationError({"name": "No institution chosen"})
        with self.db.session() as s:
            inst = records.load(s, Institution, draft.institution_id, for_update=True)
            records.check_version(inst, draft.version or None)
            records.apply_changes(s, self.actor, inst, values)
            return int(inst.version)

    def sample(self, draft: LetterheadDraft) -> bytes:
        """A one-page sample letter on the (unsaved) letterhead, for a live preview."""
        values = self.values(draft)
        inst = Institution(**values, short_name="")
        lh = Letterhead.from_institution(inst)
        buffer = io.BytesIO()
        canvas = new_canvas(buffer, "Briefkopf – Vorschau")
        LetterWriter(canvas).draw(
            Letter(
                letterhead=lh,
                recipient_lines=[
                    "Muster GmbH",
                    "Frau Erika Mustermann",
                    "Musterstraße 1",
                    "44137 Dortmund",
                ],
                subject="Vorschau des Briefkopfs",
                salutation="Sehr geehrte Frau Mustermann,",
                body="so sehen Briefe, Kontaktblätter und Listen mit diesem Briefkopf aus.",
                info=[("Datum", format_date(date.today()))],
                signature=[self.actor.display_name or lh.name],
            )
        )
        canvas.save()
        return buffer.getvalue()
