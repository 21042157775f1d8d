"""The vocabulary of technology terms the partner suggestions match with: the shipped list
(resources/vocabulary/technology_terms.txt) and, on top, the concepts and synonyms staff add in
the app (Extras > Technology terms), stored in the database (vocabulary_term) so that every
staff member of the office server and every laptop after a sync matches with the same terms.

A staff entry with the label of a shipped concept adds synonyms to it; any other label is a new
concept, optionally under a broader one."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from functools import lru_cache

from sqlalchemy import select
from sqlalchemy.orm import Session

from indie_desktop.domain.errors import ValidationError
from indie_desktop.domain.models import VocabularyTerm
from indie_desktop.domain.terms import Vocabulary
from indie_desktop.domain.text import search_fold
from indie_desktop.resources import resource_path
from indie_desktop.services import records
from indie_desktop.services.context import Actor
from indie_desktop.services.visibility import visible_to
from indie_desktop.store.database import Database

SHIPPED = ("vocabulary", "technology_terms.txt")
LABEL_MAX = 120
_FORBIDDEN = (";", ">", "\n", "\r")


@lru_cache(maxsize=1)
def shipped_lines() -> tuple[str, ...]:
    return tuple(resource_path(*SHIPPED).read_text(encoding="utf-8").splitlines())


@lru_cache(maxsize=4)
def vocabulary(extra: tuple[str, ...] = ()) -> Vocabulary:
    """The shipped vocabulary with extra lines (same format) added; built once per set."""
    return Vocabulary((*shipped_lines(), *extra))


def staff_lines(s: Session, actor: Actor | None = None) -> tuple[str, ...]:
    """The staff's entries as vocabulary lines ('Label; Synonym; ... > Broader')."""
    stmt = select(VocabularyTerm.label, VocabularyTerm.synonyms, VocabularyTerm.broader).where(
        VocabularyTerm.deleted_at.is_(None)
    )
    if actor is not None:
        stmt = stmt.where(visible_to(VocabularyTerm, actor))
    rows = s.execute(stmt.order_by(VocabularyTerm.created_at, VocabularyTerm.id)).all()
    return tuple(_line(label, synonyms, broader) for label, synonyms, broader in rows)


def current_vocabulary(s: Session, actor: Actor | None = None) -> Vocabulary:
    """The vocabulary the suggestions, the needs digest and the dashboard match with now."""
    return vocabulary(staff_lines(s, actor))


def _line(label: str, synonyms: str, broader: str | None) -> str:
    names = [label, *(x.strip() for x in synonyms.split(";") if x.strip())]
    return "; ".join(names) + (f" > {broader}" if broader else "")


@dataclass(frozen=True)
class ConceptRow:
    """One concept as the editor lists it: shipped (with staff additions) or added by staff."""

    label: str
    synonyms: tuple[str, ...]  # the shipped ones
    broader: str
    staff_synonyms: tuple[str, ...] = ()  # added by staff
    entry_id: uuid.UUID | None = None  # the staff entry (None: shipped only)
    shipped: bool = True


@dataclass(frozen=True)
class TermDraft:
    label: str
    synonyms: tuple[str, ...] = ()
    broader: str = ""


def _shipped_concepts() -> list[tuple[str, tuple[str, ...], str]]:
    out: list[tuple[str, tuple[str, ...], str]] = []
    for raw in shipped_lines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        body, _, broader = line.lstrip("~").strip().partition(">")
        names = [n.strip() for n in body.split(";") if n.strip()]
        if names:
            out.append((names[0], tuple(names[1:]), broader.strip()))
    return out


class VocabularyService:
    def __init__(self, db: Database, actor: Actor) -> None:
        self.db = db
        self.actor = actor

    def concepts(self) -> list[ConceptRow]:
        """Every concept, shipped first in the list's order, then the staff's, by label."""
        with self.db.session() as s:
            entries = s.scalars(
                select(VocabularyTerm)
                .where(VocabularyTerm.deleted_at.is_(None), visible_to(VocabularyTerm, self.actor))
                .order_by(VocabularyTerm.created_at, VocabularyTerm.id)
            ).all()
            staff = [(e.id, e.label, _split(e.synonyms), e.broader or "") for e in entries]
        by_label = {search_fold(label): (eid, syn) for eid, label, syn, _b in staff}
        rows: list[ConceptRow] = []
        shipped_keys: set[str] = set()
        for label, synonyms, broader in _shipped_concepts():
            key = search_fold(label)
            shipped_keys.add(key)
            eid, extra = by_label.get(key, (None, ()))
            rows.append(ConceptRow(label, synonyms, broader, extra, eid, True))
        own = [
            ConceptRow(label, (), broader, syn, eid, False)
            for eid, label, syn, broader in staff
            if search_fold(label) not in shipped_keys
        ]
        return rows + sorted(own, key=lambda r: search_fold(r.label))

    def labels(self) -> list[str]:
        return [r.label for r in self.concepts()]

    def save(self, draft: TermDraft, entry_id: uuid.UUID | None = None) -> uuid.UUID:
        """Add a concept or synonyms of a shipped one (entry_id None), or change an entry."""
        label = draft.label.strip()
        synonyms = tuple(dict.fromkeys(x.strip() for x in draft.synonyms if x.strip()))
        broader = draft.broader.strip()
        errors: dict[str, str] = {}
        if not label:
            errors["label"] = "Enter the term"
        elif len(label) > LABEL_MAX or any(c in label for c in _FORBIDDEN):
            errors["label"] = "At most 120 characters, without ';' or '>'"
        bad = [x for x in synonyms if len(x) > LABEL_MAX or any(c in x for c in _FORBIDDEN)]
        if bad:
            errors["synonyms"] = f"Synonym too long or with '>': {bad[0][:40]}"
        rows = self.concepts()
        known = {search_fold(r.label): r for r in rows}
        same = known.get(search_fold(label))
        if same is not None and same.entry_id is not None and same.entry_id != entry_id:
            errors["label"] = "This term is already in the vocabulary: edit it there"
        is_shipped = same is not None and same.shipped
        if broader and not is_shipped:
            if search_fold(broader) not in known:
                errors["broader"] = "The broader term is not in the vocabulary"
            elif search_fold(broader) == search_fold(label):
                errors["broader"] = "A term cannot be broader than itself"
        if is_shipped and not synonyms:
            errors["synonyms"] = "Enter at least one synonym to add to this term"
        if errors:
            raise ValidationError(errors)
        values = {
            "label": label,
            "synonyms": "; ".join(synonyms),
            "broader": None if is_shipped else (broader or None),
        }
        with self.db.session() as s:
            if entry_id is None:
                row = VocabularyTerm(**values)
                return records.create(s, self.actor, row, summary=label).id
            row = records.load(s, VocabularyTerm, entry_id, for_update=True)
            records.apply_changes(s, self.actor, row, values)
            records.flush(s)
            return row.id

    def remove(self, entry_id: uuid.UUID) -> None:
        with self.db.session() as s:
            records.soft_delete(s, self.actor, records.load(s, VocabularyTerm, entry_id))

    def terms_in(self, text: str) -> list[str]:
        """The concepts a text names (for trying a term out in the editor)."""
        with self.db.session() as s:
            vocab = current_vocabulary(s, self.actor)
        found = vocab.analyse(text).concepts.values()
        return sorted({f.concept.label for f in found}, key=search_fold)


def _split(synonyms: str) -> tuple[str, ...]:
    return tuple(x.strip() for x in synonyms.split(";") if x.strip())
