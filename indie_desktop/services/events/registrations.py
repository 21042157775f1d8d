"""Registrations in bulk: the CSV (or Excel) file a registration web form or a colleague's list
produces. Each row is matched to a person (e-mail, then name at the same organisation) and an
organisation (the duplicate check's keys); new ones are created unless told otherwise; the
person is set "registered" for the event. Rows that cannot be used are listed with the reason.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select

from indie_desktop.domain.duplicate_index import OrganisationIndex, PersonIndex
from indie_desktop.domain.enums import ParticipantStatus, Salutation
from indie_desktop.domain.errors import Cancelled, ValidationError
from indie_desktop.domain.matching import organisation_keys, person_keys
from indie_desktop.domain.models import Organisation
from indie_desktop.domain.text import fold
from indie_desktop.interchange.import_table import ImportTable
from indie_desktop.interchange.reading import read_table
from indie_desktop.services.contacts.people import AffiliationDraft, PersonDraft, PersonService
from indie_desktop.services.context import Actor
from indie_desktop.services.directory.organisations import OrganisationDraft, OrganisationService
from indie_desktop.services.duplicates.finder import (
    PersonCandidates,
    id_key,
    load_organisation_keys,
    load_person_keys,
    record_id,
)
from indie_desktop.services.events.participants import ParticipantService
from indie_desktop.services.visibility import visible_to
from indie_desktop.store.database import Database

MATCH_SCORE = 90  # the duplicate check's "same person/organisation" threshold
Progress = Callable[[int, int], None]

# Header words of registration forms and lists (folded: lower case, no umlauts).
# Header words of registration forms, Excel lists and Outlook/Google exports (folded), best
# first: "Family Name" is taken before a "Name" column that holds the full name.
COLUMNS: dict[str, tuple[str, ...]] = {
    "email": ("e-mail", "email", "e-mail-adresse", "e-mail 1 - value", "mail", "emailadresse"),
    "first_name": ("vorname", "first name", "given name", "firstname"),
    "last_name": ("nachname", "last name", "family name", "surname", "familienname", "name"),
    "organisation": (
        "firma",
        "unternehmen",
        "organisation",
        "organization",
        "organization 1 - name",
        "company",
        "institution",
        "hochschule",
    ),
    "salutation": ("anrede", "salutation"),
    "title": ("titel", "title", "akad. titel"),
    "function": ("funktion", "position", "function", "job title", "organization 1 - title"),
    "street": ("strasse", "street", "adresse", "anschrift"),
    "postcode": ("plz", "postleitzahl", "postcode", "zip"),
    "city": ("ort", "stadt", "city"),
    "phone": ("telefon", "phone", "tel", "tel."),
    "notes": ("bemerkung", "bemerkungen", "anmerkung", "hinweise", "notizen", "notes", "kommentar"),
}
SALUTATIONS = {"frau": Salutation.FRAU, "herr": Salutation.HERR, "divers": Salutation.DIVERS}


@dataclass(frozen=True)
class UnusedRow:
    row: int  # as the spreadsheet numbers it (header = 1)
    text: str  # what the row said
    reason: str


@dataclass(frozen=True)
class RowOutcome:
    """What became of one row of the file (the wizard lists every row)."""

    row: int
    text: str
    outcome: str  # "found" (an existing person), "created", "unused"
    who: str = ""  # the person registered
    message: str = ""  # English; for "unused" the reason


FOUND, CREATED, UNUSED = "found", "created", "unused"


@dataclass
class RegistrationResult:
    registered: int = 0  # set "registered" (new or from invited)
    waitlisted: int = 0  # the event was full
    already: int = 0  # were registered or attended already
    people_created: int = 0
    organisations_created: int = 0
    unused: list[UnusedRow] = field(default_factory=list)
    rows: list[RowOutcome] = field(default_factory=list)

    def not_used(self, row: int, text: str, reason: str) -> None:
        self.unused.append(UnusedRow(row, text, reason))
        self.rows.append(RowOutcome(row, text, UNUSED, "", reason))


def column_map(headers: list[str]) -> dict[str, int]:
    """Which column holds what: the exact header words first, then the first word of a header
    ("Postleitzahl geschäftlich" of an Outlook export is the postcode)."""
    keys = [fold(h).strip().rstrip(":*").strip() for h in headers]
    found: dict[str, int] = {}
    for candidates in (keys, [k.split(" ")[0] if k else "" for k in keys]):
        for name, words in COLUMNS.items():
            if name in found:
                continue
            for word in words:
                if word in candidates and candidates.index(word) not in found.values():
                    found[name] = candidates.index(word)
                    break
    return found


class RegistrationImport:
    def __init__(self, db: Database, actor: Actor, participants: ParticipantService) -> None:
        self.db = db
        self.actor = actor
        self.participants = participants

    def read(self, path: Path) -> ImportTable:
        return read_table(path)

    def run(
        self,
        event_id: uuid.UUID,
        path: Path,
        *,
        create_new: bool = True,
        progress: Progress | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> RegistrationResult:
        """Import the file's registrations for the event (see the module's docstring)."""
        return self.run_table(
            event_id, self.read(path), create_new=create_new, progress=progress, cancelled=cancelled
        )

    def run_table(
        self,
        event_id: uuid.UUID,
        table: ImportTable,
        *,
        create_new: bool = True,
        progress: Progress | None = None,
        cancelled: Callable[[], bool] | None = None,
        columns: dict[str, int] | None = None,
    ) -> RegistrationResult:
        """`columns`: which column holds what (COLUMNS' keys -> column index) as the user
        assigned them in the wizard; by default read from the header words."""
        cols = dict(columns) if columns is not None else column_map(table.headers)
        if "last_name" not in cols and "email" not in cols:
            raise ValidationError(
                {
                    "file": "The file has no column for the name (Nachname) or the e-mail address; "
                    "columns found: " + ", ".join(h for h in table.headers if h)
                }
            )
        self.participants.events.detail(event_id)  # the event exists and is visible
        result = RegistrationResult()
        people = PersonService(self.db, self.actor)
        orgs = OrganisationService(self.db, self.actor)

        def cell(i: int, name: str) -> str:
            return table.cell(i, cols[name]).strip() if name in cols else ""

        candidates = PersonCandidates()
        for i in range(len(table.rows)):
            email = cell(i, "email").lower()
            candidates.add(
                {
                    "email": email,
                    "sort_name": fold(f"{cell(i, 'last_name')} {cell(i, 'first_name')}"),
                }
            )
        with self.db.session() as s:
            org_index = OrganisationIndex(load_organisation_keys(s))
            person_index = PersonIndex(load_person_keys(s, candidates))
        chosen: list[tuple[uuid.UUID, str]] = []  # (person, notes)
        total = len(table.rows)
        for i in range(total):
            if cancelled is not None and cancelled():
                raise Cancelled("The import of registrations was cancelled; nothing was changed.")
            number = table.row_numbers[i] if i < len(table.row_numbers) else i + 2
            text = "; ".join(c for c in table.rows[i] if c.strip())
            if not text:
                continue
            last, first, email = cell(i, "last_name"), cell(i, "first_name"), cell(i, "email")
            org_name = cell(i, "organisation")
            org_id: uuid.UUID | None = None
            if org_name:
                keys = organisation_keys(
                    None, org_name, postcode=cell(i, "postcode"), city=cell(i, "city")
                )
                best = org_index.matches(keys, 1)
                if best and best[0].score >= MATCH_SCORE:
                    org_id = record_id(best[0].other)
                else:  # a form gives the name only: the one organisation of that name
                    org_id = self._only_of_name(org_name)
            pkeys = person_keys(
                None,
                first,
                last,
                email=email,
                organisations=frozenset({id_key(org_id)}) if org_id else frozenset(),
            )
            match = person_index.matches(pkeys, 1)
            who = " ".join(x for x in (first, last) if x) or email
            if match and match[0].score >= MATCH_SCORE:
                chosen.append((record_id(match[0].other), cell(i, "notes")))
                result.rows.append(RowOutcome(number, text, FOUND, who))
            elif not create_new:
                result.not_used(number, text, "nobody of this name or e-mail found")
            elif not last:
                result.not_used(number, text, "no last name to create the person")
            else:
                try:
                    if org_id is None and org_name:
                        org_id = orgs.create(
                            OrganisationDraft(
                                name=org_name,
                                street=cell(i, "street"),
                                postcode=cell(i, "postcode"),
                                city=cell(i, "city"),
                                source="Anmeldung zu einer Veranstaltung",
                            )
                        )
                        result.organisations_created += 1
                        org_index.add(
                            organisation_keys(
                                id_key(org_id),
                                org_name,
                                postcode=cell(i, "postcode"),
                                city=cell(i, "city"),
                            )
                        )
                    pid = people.create(
                        PersonDraft(
                            salutation=SALUTATIONS.get(
                                fold(cell(i, "salutation")), Salutation.NONE
                            ),
                            title=cell(i, "title"),
                            first_name=first,
                            last_name=last,
                            function=cell(i, "function"),
                            phone=cell(i, "phone"),
                            email=email,
                            data_source="Anmeldung zu einer Veranstaltung",
                            affiliations=[AffiliationDraft(organisation_id=org_id, is_primary=True)]
                            if org_id
                            else [],
                        )
                    )
                except ValidationError as exc:
                    reasons = "; ".join(f"{k}: {v}" for k, v in exc.errors.items())
                    result.not_used(number, text, reasons)
                    continue
                result.people_created += 1
                result.rows.append(RowOutcome(number, text, CREATED, who))
                person_index.add(
                    person_keys(
                        id_key(pid),
                        first,
                        last,
                        email=email,
                        organisations=frozenset({id_key(org_id)}) if org_id else frozenset(),
                    )
                )
                chosen.append((pid, cell(i, "notes")))
            if progress is not None:
                progress(i + 1, total)
        self._register(event_id, chosen, result)
        return result

    def _only_of_name(self, name: str) -> uuid.UUID | None:
        with self.db.session() as s:
            found = list(
                s.scalars(
                    select(Organisation.id)
                    .where(
                        Organisation.deleted_at.is_(None),
                        Organisation.sort_name == fold(name),
                        visible_to(Organisation, self.actor),
                    )
                    .limit(2)
                )
            )
        return found[0] if len(found) == 1 else None

    def _register(
        self, event_id: uuid.UUID, chosen: list[tuple[uuid.UUID, str]], result: RegistrationResult
    ) -> None:
        current = {r.person_id: r for r in self.participants.participants(event_id) if r.person_id}
        first: dict[uuid.UUID, str] = {}
        for pid, notes in chosen:  # file order: the earlier registration gets the place
            first.setdefault(pid, notes)
        for pid, notes in first.items():
            row = current.get(pid)
            if row is None:
                added = self.participants.add(
                    event_id, [pid], status=ParticipantStatus.REGISTERED, notes=notes
                )
                result.waitlisted += added.waitlisted
                result.registered += added.added - added.waitlisted
            elif row.status in (ParticipantStatus.REGISTERED, ParticipantStatus.ATTENDED):
                result.already += 1
            else:
                got = self.participants.set_status(row.id, ParticipantStatus.REGISTERED)
                if got == ParticipantStatus.WAITLISTED:
                    result.waitlisted += 1
                else:
                    result.registered += 1
                if notes and not row.notes:
                    self.participants.update(row.id, row.role, notes)
