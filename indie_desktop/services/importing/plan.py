"""Turning import rows into validated records and decisions, without touching the database.

The plan is what a dry run shows and what the import then writes in one transaction.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from indie_desktop.domain import enum_labels
from indie_desktop.domain.base import uuid7
from indie_desktop.domain.duplicate_index import OrganisationIndex, PersonIndex
from indie_desktop.domain.enums import (
    Chamber,
    ContactKind,
    EmployeeBand,
    OrganisationKind,
    Salutation,
)
from indie_desktop.domain.errors import ValidationError
from indie_desktop.domain.matching import (
    PersonKeys,
    decode_organisation_keys,
    organisation_keys,
    person_keys,
)
from indie_desktop.domain.text import search_fold
from indie_desktop.domain.validation import FieldError, format_phone, split_legal_form
from indie_desktop.interchange.contact_columns import ContactColumn, contact_column
from indie_desktop.interchange.import_table import ImportTable
from indie_desktop.resources.catalogue import translate
from indie_desktop.services.contacts.contact_points import ContactPointDraft
from indie_desktop.services.contacts.contact_points import check as check_points
from indie_desktop.services.contacts.people import PersonDraft
from indie_desktop.services.contacts.people import _values as person_values
from indie_desktop.services.directory.organisations import OrganisationDraft
from indie_desktop.services.directory.organisations import _values as organisation_values
from indie_desktop.services.duplicates.finder import PersonCandidates, id_key, record_id
from indie_desktop.services.importing.row_cells import (
    FIELD_LABELS,
    KEPT_IN_NOTES,
    RowCells,
    join_notes,
    repair_phone,
    why_not,
)

_SALUTATIONS = {
    "herr": Salutation.HERR,
    "hr": Salutation.HERR,
    "mr": Salutation.HERR,
    "frau": Salutation.FRAU,
    "fr": Salutation.FRAU,
    "mrs": Salutation.FRAU,
    "ms": Salutation.FRAU,
    "divers": Salutation.DIVERS,
}


Progress = Callable[[str, int, int], None]
_FIELD_OF_KIND = {ContactKind.EMAIL: "email", ContactKind.WEB: "website"}
_OWN_COLUMN_OF_KIND = {"email": "email", "phone": "phone", "mobile": "mobile", "web": "website"}
# Organisation fields read from a label ('Handwerksbetrieb', 'IHK (Industrie- und
# Handelskammer)', '10–49 Beschäftigte') or a value; the German name for the report.
_CHOICES: dict[str, type[StrEnum]] = {
    "kind": OrganisationKind,
    "employee_band": EmployeeBand,
    "chamber": Chamber,
    "handwerksrolle": Chamber,  # not an enum: read as yes/no (_choice)
    "responsible": Chamber,  # a staff member's name (_choice)
}
_CHOICE_LABELS = {
    "kind": "Art",
    "employee_band": "Beschäftigte",
    "chamber": "Kammer",
    "handwerksrolle": "Handwerksrolle",
    "responsible_staff_id": "Betreuer",
}


def _label_key(text: str) -> str:
    return " ".join(search_fold(text.replace("–", "-")).split())


def enum_from_text(enum: type[StrEnum], text: str) -> StrEnum | None:
    """The member whose value, English label or German label the text is; None if none."""
    key = _label_key(text)
    for member in enum:
        source = enum_labels.source(member)
        names = (member.value, source, translate("de", enum_labels.CONTEXT, source))
        if key in {_label_key(n) for n in names}:
            return member
    return None


# Cells read as numbers in the file's decimal notation (detected or chosen).
NUMBER_TARGETS = frozenset({"organisation.wz_code", "organisation.founded_year"})


class DuplicatePolicy(StrEnum):
    IMPORT = "import"  # create a new record anyway (and list the likely duplicate)
    SKIP = "skip"  # leave the row out
    MERGE = "merge"  # fill the existing record's empty fields from the row


@dataclass(frozen=True)
class ImportSettings:
    mapping: dict[int, str]  # column index -> "organisation.<field>" / "person.<field>"
    on_duplicate: DuplicatePolicy = DuplicatePolicy.IMPORT
    skip_rows: frozenset[int] = frozenset()  # row numbers (as Excel shows them) to leave out
    fixes: dict[tuple[int, int], str] = field(default_factory=dict)  # (row, column) -> text
    row_policies: dict[int, DuplicatePolicy] = field(default_factory=dict)  # row -> choice
    source: str = ""
    keep_photos: bool = False  # vCard photos become attachments of the people (else ignored)
    # A 100 % duplicate (same e-mail, name and organisation) fills the existing record unless
    # the row has its own choice: importing the same file twice changes nothing.
    exact_merge: bool = True


@dataclass(frozen=True)
class RowProblem:
    row: int
    column: str
    message: str
    # True: the row was imported, the value kept in the notes (or repaired); False: the row
    # (or this part of it) could not be imported.
    kept: bool = False


@dataclass(frozen=True)
class RowDuplicate:
    row: int
    kind: str
    name: str
    existing_id: uuid.UUID
    existing_name: str
    score: int
    reasons: tuple[str, ...]


@dataclass
class Plan:
    """Records to create and existing records to fill, with what the user must know."""

    rows: int = 0
    organisations: list[dict[str, Any]] = field(default_factory=list)
    people: list[dict[str, Any]] = field(default_factory=list)
    affiliations: list[dict[str, Any]] = field(default_factory=list)
    # Further e-mails, phones, faxes, websites, addresses: rows of contact_point with their
    # owner (person_id or organisation_id; an existing owner is checked for them on write).
    contact_points: list[dict[str, Any]] = field(default_factory=list)
    fills: dict[tuple[str, uuid.UUID], dict[str, Any]] = field(default_factory=dict)
    imported_rows: list[int] = field(default_factory=list)
    skipped: list[int] = field(default_factory=list)
    errors: list[RowProblem] = field(default_factory=list)
    duplicates: list[RowDuplicate] = field(default_factory=list)
    # (person id, file name, content): vCard photos to keep as the people's attachments.
    photos: list[tuple[uuid.UUID, str, bytes]] = field(default_factory=list)
    fills_applied: int = 0  # existing records that the write really changed


def _salutation(text: str) -> tuple[Salutation, str]:
    """'Herr' -> HERR; anything else (e.g. 'Dr.' in Outlook's 'Anrede') is taken as a title."""
    key = text.strip().rstrip(".").casefold()
    if not key:
        return Salutation.NONE, ""
    if key in _SALUTATIONS:
        return _SALUTATIONS[key], ""
    return Salutation.NONE, text.strip()


def _legal_form_from_name(draft: OrganisationDraft) -> None:
    """'Müller & Söhne GmbH & Co. KG' with no legal form column -> legal form 'GmbH & Co. KG'.

    The name stays the full firm name, as the demo data and typed records keep it: letters
    are addressed with it, and a firm's name includes its legal form by law (§ 19 HGB)."""
    if draft.legal_form.strip():
        return
    form = split_legal_form(draft.name)[1]
    if form is not None:
        draft.legal_form = form


def _same_name(a: str, b: str) -> bool:
    """'Jürgen Müller' and 'Müller, Jürgen' are one name."""
    return sorted(search_fold(a).replace(",", " ").split()) == sorted(
        search_fold(b).replace(",", " ").split()
    )


class Planner:
    def __init__(
        self,
        table: ImportTable,
        settings: ImportSettings,
        orgs: OrganisationIndex,
        load_people: Callable[[PersonCandidates], PersonIndex],
        institution_id: uuid.UUID | None,
        staff: dict[str, uuid.UUID] | None = None,
    ) -> None:
        self.table = table
        self.staff = staff or {}  # folded full name -> id: a Betreuer named in the file
        self.settings = settings
        self.orgs = orgs
        self.load_people = load_people
        self.people = PersonIndex(())
        self.institution_id = institution_id
        self.plan = Plan(rows=len(table.rows))
        self._columns = {target: index for index, target in settings.mapping.items()}
        # Per record kind: (column, field, read as a number), worked out once, not per row.
        self._targets: dict[str, list[tuple[int, str, bool]]] = {}
        for index, target in settings.mapping.items():
            kind, _, name = target.partition(".")
            self._targets.setdefault(kind, []).append((index, name, target in NUMBER_TARGETS))
        self._batch_orgs: dict[tuple[str, str], uuid.UUID] = {}
        self._names: dict[object, str] = orgs.names()
        self._new_people: dict[uuid.UUID, dict[str, Any]] = {}
        self._links: set[tuple[uuid.UUID, uuid.UUID]] = set()
        # Columns of further contact details ("E-Mail 2: Adresse", "Home Phone", "Fax" ...)
        self._contact_columns: dict[int, ContactColumn] = {}
        for index, target in settings.mapping.items():
            found = contact_column(table.headers[index]) if target == "person.more" else None
            if found is not None and index < len(table.headers):
                self._contact_columns[index] = found
        self._row_points: list[tuple[int, ContactColumn, str]] = []
        self._point_keys: set[tuple[uuid.UUID, str, str]] = set()

    def run(self, cancelled: Callable[[], bool], progress: Progress) -> Plan:
        """Validate every row, then decide per row: new record, fill an existing one, skip."""
        total = len(self.table.rows)
        valid: list[
            tuple[int, int, dict[str, Any] | None, dict[str, Any] | None, list[dict[str, Any]]]
        ] = []
        for i in range(total):
            if i % 500 == 0:
                if cancelled():
                    raise InterruptedError
                progress("Checking rows", i, total)
            row = self._validate(i)
            if row is not None:
                valid.append((i, *row))
        # Only the people that could match rows of this file are loaded, not the whole table.
        candidates = PersonCandidates()
        for _, _, _, person, _ in valid:
            if person is not None:
                candidates.add(person)
        self.people = self.load_people(candidates)
        self._names.update(self.people.names())
        for n, (index, number, org_values, person_values_, points) in enumerate(valid):
            if n % 500 == 0:
                if cancelled():
                    raise InterruptedError
                progress("Checking for duplicates", n, len(valid))
            self._decide_row(index, number, org_values, person_values_, points)
        progress("Checking for duplicates", len(valid), len(valid))
        self.plan.skipped.sort()
        return self.plan

    def _cells(self, i: int, number: int, prefix: str) -> dict[str, str]:
        out: dict[str, str] = {}
        row = self.table.rows[i]
        size = len(row)
        fixes = self.settings.fixes
        more: list[str] = []
        for index, name, is_number in self._targets.get(prefix, ()):
            text = row[index] if index < size else ""
            if fixes:
                text = fixes.get((number, index), text)
            if text[:1] == "'" and text[1:2] in ("=", "+", "-", "@"):
                text = text[1:]  # the apostrophe our CSV export puts before '+49 ...'
            if is_number:
                text = self.table.number_text(text)
            if name == "more":
                contact = self._contact_columns.get(index)
                if contact is not None and text.strip():
                    self._row_points.append((index, contact, text.strip()))
                elif text.strip():
                    more.append(f"{self.table.headers[index]}: {text.strip()}")
                continue
            out[name] = text.strip()
        if more:
            out["more"] = "\n".join(more)
        return out

    def _column(self, kind: str, name: str) -> str:
        index = self._columns.get(f"{kind}.{name}")
        if index is None:
            index = self._columns.get(f"{kind}.last_name" if kind == "person" else f"{kind}.name")
        return self.table.headers[index] if index is not None else ""

    def _problems(self, number: int, kind: str, error: ValidationError) -> None:
        for name, message in error.errors.items():
            self.plan.errors.append(RowProblem(number, self._column(kind, name), message))

    def _validate(
        self, i: int
    ) -> tuple[int, dict[str, Any] | None, dict[str, Any] | None, list[dict[str, Any]]] | None:
        """(row number, organisation values, person values, further contact details), or None
        when the row fails.

        A value that fails its check never costs the contact: it is kept out of its field,
        written into the notes and reported per row and column (RowProblem.kept)."""
        number = self.table.row_numbers[i]
        if number in self.settings.skip_rows:
            self.plan.skipped.append(number)
            return None
        self._row_points = []
        org_cells = self._cells(i, number, "organisation")
        person_cells = self._cells(i, number, "person")
        if not any(org_cells.values()) and not any(person_cells.values()):
            empty = str(FieldError("No mapped column has a value"))
            self.plan.errors.append(RowProblem(number, "", empty))
            self.plan.skipped.append(number)
            return None
        rows = RowCells(org_cells, person_cells)
        region = rows.region()
        rows.settle_people(lambda column, text: self._note(number, column, text))
        if not rows.org_named() and not rows.person_named():
            kind = "organisation" if "organisation.name" in self._columns else "person"
            column = self._column(kind, "name" if kind == "organisation" else "last_name")
            self.plan.errors.append(RowProblem(number, column, str(FieldError("Required"))))
            self.plan.skipped.append(number)
            return None
        org_values = person_values_ = None
        points = self._points(number, rows, region) if self._row_points else []
        if rows.org_named():
            draft = OrganisationDraft(source=self.settings.source[:200])
            for name, text in rows.org.items():
                if name in _CHOICES:
                    self._choice(number, draft, name, text)
                else:
                    setattr(draft, name, text)
            _legal_form_from_name(draft)
            self._phones(number, "organisation", draft, ("phone",), region)
            org_values = self._checked(number, "organisation", draft, organisation_values, region)
            if org_values is None:
                self.plan.skipped.append(number)
                return None
        if rows.person_named():
            pdraft = PersonDraft(data_source=self.settings.source[:200])
            for name, text in rows.person.items():
                if name == "salutation":
                    pdraft.salutation, title = _salutation(text)
                    pdraft.title = pdraft.title or title
                elif name == "title":
                    salutation, title = _salutation(text)
                    if salutation is not Salutation.NONE:
                        pdraft.salutation = salutation
                    else:
                        pdraft.title = text or pdraft.title
                else:
                    setattr(pdraft, name, text)
            self._phones(number, "person", pdraft, ("phone", "mobile"), region)
            person_values_ = self._checked(number, "person", pdraft, person_values, region)
            if person_values_ is None:
                self.plan.skipped.append(number)
                return None
        return number, org_values, person_values_, points

    def _choice(self, number: int, draft: OrganisationDraft, name: str, text: str) -> None:
        """Kind, employee band, chamber, Handwerksrolle and Betreuer as our export writes them
        (German labels) or as the values read; what is not known is kept in the notes."""
        text = text.strip()
        if not text:
            return
        value: object = None
        if name == "responsible":
            value = self.staff.get(search_fold(text))
            name = "responsible_staff_id"
        elif name == "handwerksrolle":
            value = {"ja": True, "yes": True, "x": True, "1": True, "true": True}.get(
                text.casefold(), False if text.casefold() in ("nein", "no", "0", "false") else None
            )
        else:
            value = enum_from_text(_CHOICES[name], text)
        if value is None:
            label = _CHOICE_LABELS[name]
            self._note(
                number,
                self._column(
                    "organisation", name if name != "responsible_staff_id" else "responsible"
                ),
                f"{text} ist kein bekannter Wert für {label} – als Notiz übernommen",
            )
            draft.notes = join_notes(draft.notes, f"{label}: {text}")
            return
        setattr(draft, name, value)

    def _points(self, number: int, rows: RowCells, region: str | None) -> list[dict[str, Any]]:
        """The row's further contact details, checked one by one: a value that fails goes into
        the notes of its owner (the person, else the firm) with a line in the report."""
        drafts: list[tuple[str, ContactPointDraft]] = []
        addresses: dict[tuple[str, str, str], ContactPointDraft] = {}
        for index, column, text in self._row_points:
            header = self.table.headers[index]
            if column.part == "value":
                drafts.append((header, ContactPointDraft(column.kind, column.label, text)))
                continue
            slot = (str(column.kind), str(column.label), column.slot)
            draft = addresses.get(slot)
            if draft is None:
                draft = addresses[slot] = ContactPointDraft(column.kind, column.label)
                drafts.append((header, draft))
            if column.part in ("line2", "formatted"):
                if column.part == "formatted" and draft.street:
                    continue
                draft.street = ", ".join(x for x in (draft.street, text) if x)
            else:
                setattr(draft, column.part, text)
        owner = rows.person if rows.person_named() else rows.org
        out: list[dict[str, Any]] = []
        lines: list[str] = []
        for header, draft in drafts:
            if draft.kind in (ContactKind.PHONE, ContactKind.MOBILE, ContactKind.FAX):
                fixed = repair_phone(draft.value, region)
                draft.value = fixed or draft.value
            try:
                out += check_points([draft])
            except ValidationError as exc:
                raw = draft.value or ", ".join(
                    x for x in (draft.street, draft.postcode, draft.city, draft.country) if x
                )
                key, message = next(iter(exc.errors.items()))
                part = key.rpartition(".")[2]
                name = _FIELD_OF_KIND.get(draft.kind, "phone") if part == "value" else part
                why = why_not(name, message, region)
                self._note(number, header, f"{raw} {why} – als Notiz übernommen")
                lines.append(f"{header}: {raw}")
        if lines:
            owner["notes"] = join_notes(
                owner.get("notes", ""), "Nicht übernommene Angaben:\n" + "\n".join(lines)
            )
        return out

    def _note(self, number: int, column: str, text: str) -> None:
        self.plan.errors.append(RowProblem(number, column, text, kept=True))

    def _phones(
        self, number: int, kind: str, draft: Any, names: tuple[str, ...], region: str | None
    ) -> None:
        """Numbers of a foreign address in E.164 with their own country; a German number that
        Excel stored as a number (its leading 0 lost: 2317654321) gets the 0 back."""
        for name in names:
            text = str(getattr(draft, name) or "").strip()
            if not text or (region == "DE" and not text.isdigit()):
                continue  # a German number as typed: the validation reads it
            fixed = repair_phone(text, region)
            if fixed is not None and fixed != text:
                setattr(draft, name, fixed)
                if text.isdigit() and not text.startswith("0"):  # '0231…' lost nothing
                    self._note(
                        number,
                        self._column(kind, name),
                        f"{text}: führende 0 ergänzt (Excel hatte die Nummer als Zahl "
                        f"gespeichert) – als {format_phone(fixed)} übernommen",
                    )

    def _checked(
        self,
        number: int,
        kind: str,
        draft: Any,
        validate: Callable[[Any], dict[str, Any]],
        region: str | None,
    ) -> dict[str, Any] | None:
        """The draft's values; fields that fail are emptied into the notes and reported."""
        for _ in range(3):
            try:
                return validate(draft)
            except ValidationError as exc:
                kept = {n: m for n, m in exc.errors.items() if n in KEPT_IN_NOTES}
                if len(kept) < len(exc.errors):
                    self._problems(number, kind, exc)
                    return None
                lines: list[str] = []
                for name, message in kept.items():
                    raw = str(getattr(draft, name) or "").strip()
                    setattr(draft, name, "")
                    label = FIELD_LABELS.get(name, name)
                    lines.append(f"{label}: {raw}")
                    self._note(
                        number,
                        self._column(kind, name),
                        f"{raw} {why_not(name, message, region)} – als Notiz übernommen",
                    )
                draft.notes = join_notes(
                    draft.notes, "Nicht übernommene Angaben:\n" + "\n".join(lines)
                )
        return None

    def _decide_row(
        self,
        index: int,
        number: int,
        org_values: dict[str, Any] | None,
        person_values_: dict[str, Any] | None,
        points: list[dict[str, Any]],
    ) -> None:
        org_id: uuid.UUID | None = None
        if org_values is not None:
            org_id = self._organisation(number, org_values)
            if org_id is None:
                self.plan.skipped.append(number)
                return
        if person_values_ is not None:
            person_id = self._person(number, person_values_, org_id)
            if person_id is None:
                self.plan.skipped.append(number)
                return
            photo = self.table.photos.get(index) if self.settings.keep_photos else None
            if photo is not None:
                name = " ".join(
                    str(person_values_[k])
                    for k in ("first_name", "last_name")
                    if person_values_.get(k)
                )
                self.plan.photos.append((person_id, f"Foto {name}.{photo[1]}", photo[0]))
            self._add_points(points, "person_id", person_id, person_values_)
        elif org_id is not None and org_values is not None:
            self._add_points(points, "organisation_id", org_id, org_values)
        self.plan.imported_rows.append(number)

    def _add_points(
        self, points: list[dict[str, Any]], column: str, owner: uuid.UUID, own: dict[str, Any]
    ) -> None:
        for point in points:
            key = (owner, str(point["kind"]), str(point.get("value") or "").casefold())
            mine = own.get(_OWN_COLUMN_OF_KIND.get(str(point["kind"]), ""))
            if key in self._point_keys or (mine and str(mine).casefold() == key[2]):
                continue  # the same person twice in the file, or the record's own value
            self._point_keys.add(key)
            self.plan.contact_points.append(
                {
                    # every row with every column: the bulk writer's INSERT takes the first's
                    "street": None,
                    "postcode": None,
                    "city": None,
                    "country": None,
                    "person_id": None,
                    "organisation_id": None,
                    **point,
                    "id": uuid7(),
                    column: owner,
                    "position": len(self.plan.contact_points),
                    "owner_institution_id": self.institution_id,
                }
            )

    def _decide(
        self, number: int, kind: str, name: str, matches: list[Any]
    ) -> tuple[str, uuid.UUID | None]:
        """'new', 'skip' or 'fill' (with the existing id) by the duplicate policy."""
        if not matches:
            return "new", None
        best = matches[0]
        existing = record_id(best.other)
        existing_name = self._names.get(best.other, "")
        # 100 %: the same person (e-mail and name, with the same organisation or none), the
        # same organisation (its very name and a shared e-mail, web domain, phone, register
        # or address), as a second import of the same file finds them.
        exact = best.score >= 100 or (
            kind == "person"
            and "email" in best.reasons
            and ("name_organisation" in best.reasons or _same_name(name, existing_name))
        )
        exact = exact or (
            kind == "organisation" and best.score >= 90 and _same_name(name, existing_name)
        )
        self.plan.duplicates.append(
            RowDuplicate(
                number,
                kind,
                name,
                existing,
                existing_name,
                100 if exact else best.score,
                best.reasons,
            )
        )
        chosen = self.settings.row_policies.get(number)
        if (
            chosen is None
            and exact
            and self.settings.exact_merge
            and self.settings.on_duplicate is DuplicatePolicy.IMPORT
        ):  # the default policy; a chosen "skip" or "merge" stands
            chosen = DuplicatePolicy.MERGE
        policy = DuplicatePolicy(chosen or self.settings.on_duplicate)
        if policy is DuplicatePolicy.SKIP:
            return "skip", None
        if policy is DuplicatePolicy.MERGE:
            return "fill", existing
        return "new", None

    def _fill(self, kind: str, record_id: uuid.UUID, values: dict[str, Any]) -> None:
        fill = self.plan.fills.setdefault((kind, record_id), {})
        for key, value in values.items():
            if value not in (None, "") and key not in fill:
                fill[key] = value

    def _organisation(self, number: int, values: dict[str, Any]) -> uuid.UUID | None:
        # The keys the validation just computed from these values (record_keys' one rule).
        keys = decode_organisation_keys(
            None, values["name"], values.get("postcode"), values["match_key"], None
        ) or organisation_keys(
            None,
            values["name"],
            postcode=values.get("postcode"),
            street=values.get("street"),
            city=values.get("city"),
            vat_id=values.get("vat_id"),
            register_court=values.get("register_court"),
            register_number=values.get("register_number"),
            email=values.get("email"),
            website=values.get("website"),
            phone=values.get("phone"),
            sort_name=values["sort_name"],
        )
        # The same firm on several rows (one per contact person) is one organisation.
        same = self._batch_orgs.get((keys.core, keys.postcode))
        if same is not None:
            return same
        action, existing = self._decide(
            number, "organisation", values["name"], self.orgs.matches(keys)
        )
        if action == "skip":
            return None
        if action == "fill" and existing is not None:
            self._fill("organisation", existing, values)
            self._batch_orgs[(keys.core, keys.postcode)] = existing
            return existing
        record_id = uuid7()
        values = dict(values, id=record_id, owner_institution_id=self.institution_id)
        self.plan.organisations.append(values)
        self._batch_orgs[(keys.core, keys.postcode)] = record_id
        return record_id

    def _person(
        self, number: int, values: dict[str, Any], org_id: uuid.UUID | None
    ) -> uuid.UUID | None:
        """The person's id (new or the existing one filled in); None when the row is skipped."""
        orgs: frozenset[object] = frozenset([id_key(org_id)]) if org_id else frozenset()
        keys = person_keys(
            None,
            values.get("first_name"),
            values.get("last_name"),
            email=values.get("email"),
            phones=(values.get("phone"), values.get("mobile")),
            organisations=orgs,
            sort_name=values["sort_name"],
        )
        name = " ".join(str(values[k]) for k in ("first_name", "last_name") if values.get(k))
        action, existing = self._decide(number, "person", name, self.people.matches(keys))
        if action == "skip":
            return None
        if action == "fill" and existing is not None and existing in self._new_people:
            planned = self._new_people[existing]  # the same person twice in this file
            for key, value in values.items():
                if value not in (None, "") and planned.get(key) in (None, ""):
                    planned[key] = value
            person_id = existing
        elif action == "fill" and existing is not None:
            self._fill("person", existing, values)
            person_id = existing
        else:
            person_id = uuid7()
            planned = dict(values, id=person_id, owner_institution_id=self.institution_id)
            self.plan.people.append(planned)
            self._new_people[person_id] = planned
            self.people.add(PersonKeys(id_key(person_id), *keys[1:]))  # _replace is slow
        if org_id is not None and (person_id, org_id) not in self._links:
            self._links.add((person_id, org_id))
            self.plan.affiliations.append(
                {
                    "id": uuid7(),
                    "person_id": person_id,
                    "organisation_id": org_id,
                    "role": values.get("function"),
                    "is_primary": True,
                    "owner_institution_id": self.institution_id,
                }
            )
        return person_id
