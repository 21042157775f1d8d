"""Partner suggestions for a need, ranked by fit, each with the reasons it was suggested.

Fit is, first, the need's technology terms found among a partner's competences as terms (not
as substrings: 'MES' is not in 'Messeauftritte'), with synonyms and broader/narrower terms
from the vocabulary (domain/terms.py); then the kind of partner the need looks for (a need for
a 'Hochschulpartner' wants a university, institute or one of their units), the sector sought
(WZ 2008, the deeper the shared level the better), distance, and referrals to that partner that
ended in a cooperation. Firms of the seeking company's own WZ division rank lower unless that
division is what the need seeks: they are more often its competitors than its partners. The
name of a university, an institute or a unit counts as a weaker competence ('Fachbereich
Maschinenbau'); a match only through a generic broader term ('Simulation' for 'FEM') weighs
less; and a university or institute steps behind its own units that fit: the unit is the address.

Candidates are pre-filtered and bounded in SQL (folded word stems of the terms and their
synonyms in the search key); the ranking is done in Python on those few.
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass, field, replace
from typing import Any

from sqlalchemy import ColumnElement, case, func, literal, or_, select
from sqlalchemy.orm import aliased

from indie_desktop.domain.directory import Affiliation, Person
from indie_desktop.domain.enums import (
    OrganisationKind,
    ReferralStage,
    RelationKind,
    SoughtPartner,
)
from indie_desktop.domain.models import Need, Organisation, OrganisationRelation, Referral
from indie_desktop.domain.region import distance_km
from indie_desktop.domain.terms import EXACT, GENERIC_WEIGHT, Analysis, ConceptMatch, Vocabulary
from indie_desktop.domain.text import search_fold
from indie_desktop.domain.wz import wz_section
from indie_desktop.services import records
from indie_desktop.services.context import Actor
from indie_desktop.services.visibility import visible_to
from indie_desktop.services.work.vocabulary import current_vocabulary
from indie_desktop.store.database import Database

CANDIDATE_LIMIT = 1500  # rows the SQL pre-filter hands to the Python ranking

# Points per reason; the weights say what matters most when staff look for a partner.
COMPETENCE_FIRST, COMPETENCE_MORE, COMPETENCE_TERMS = 40.0, 15.0, 4
TOPIC_ONLY = 0.7  # a term only in the topic, not in the wanted competence, weighs less
NAME_ONLY = 0.5  # a term only in the partner's name, not among its competences, weighs less
WORD_POINTS, WORD_CAP = 6.0, 2  # other words the need and the partner share
WZ_POINTS = {5: 35.0, 4: 30.0, 3: 22.0, 2: 15.0, 1: 5.0}  # subclass .. section
KIND_FITS = 20.0
KIND_MISSES = 10.0  # a service provider when a supplier was asked for, ...
ACADEMIC_MISS = 0.35  # a firm when a university was asked for keeps a third of its points
NOT_A_PARTNER_KIND = -5.0  # chambers/agencies and 'other' rarely are the partner themselves
# The seeker's own WZ class (its trade: its competitors), more so in its own town.
OWN_SECTOR, OWN_SECTOR_TOWN = -25.0, -10.0
PARENT_OF_UNIT = 0.6  # a university whose unit fits keeps this share: the unit is the address
NO_TERM_MATCHED = 0.5  # the right sector or kind, but none of the need's terms
UNIT_POINTS = 4.0  # a named unit with its people beats the whole university
RELATION_POINTS = 6.0  # same cluster, supplier of the seeker's customer, earlier partner
DISTANCE_POINTS, DISTANCE_ZERO_KM = 10.0, 60.0
SUCCESS_POINTS, SUCCESS_CAP = 8.0, 3

# WZ levels by the length of a code's prefix: '25.62.0' subclass, '25.62' class, '25.6', '25'.
WZ_PREFIXES = ((5, 7), (4, 5), (3, 4), (2, 2))

ACADEMIC = frozenset({OrganisationKind.UNIVERSITY, OrganisationKind.RESEARCH_INSTITUTE})
ACADEMIC_WORDS = (
    "hochschul",
    "universit",
    "forschung",
    "abschlussarbeit",
    "wissenschaft",
    "lehrstuhl",
    "fraunhofer",
    "institut",
    "studierend",
    "bachelorarbeit",
    "masterarbeit",
    "werkstudent",
)
SUPPLIER_WORDS = ("lohnfertig", "lohnarbeit", "auftragsfertig", "zulieferer", "lieferant")
SOUGHT_KINDS: dict[SoughtPartner, frozenset[str]] = {
    SoughtPartner.ANY: frozenset(),
    SoughtPartner.UNIVERSITY: frozenset(ACADEMIC),
    SoughtPartner.INSTITUTE: frozenset({OrganisationKind.RESEARCH_INSTITUTE}),
    SoughtPartner.SERVICE: frozenset({OrganisationKind.SERVICE_PROVIDER}),
    SoughtPartner.SUPPLIER: frozenset({OrganisationKind.COMPANY, OrganisationKind.CRAFT_BUSINESS}),
}
SERVICE_DIVISIONS = frozenset({"62", "63", "69", "70", "71", "73", "74"})
CRAFT_DIVISIONS = frozenset({"33", "43", "45"})
ACADEMIC_DIVISIONS = frozenset({"72", "85"})


@dataclass(frozen=True)
class PartnerSuggestion:
    """One suggested partner and why: the UI turns the reasons into one line."""

    organisation_id: uuid.UUID
    name: str
    kind: OrganisationKind
    municipality: str
    score: float
    competences: tuple[str, ...]  # the need's terms the partner offers ('Zerspanung: Fräsen')
    wz_level: int | None  # deepest shared WZ level: 5 subclass, 4 class, 3 group, 2, 1 section
    wz_code: str | None  # the shared code at that level ('25.62'; section letter for 1)
    kind_fits: bool  # the partner is of the kind the need calls for
    distance_km: float | None  # between the municipalities' centres; None if unknown
    same_town: bool
    successes: int  # earlier referrals to this partner that reached 'cooperation agreed'
    words: tuple[str, ...] = ()  # other whole words need and partner share
    parent_name: str = ""  # the university or institute a unit belongs to
    contact: str = ""  # the unit's first contact person
    own_sector: bool = False  # same WZ class as the seeking company, not asked for
    # How it is connected with the seeker: ('member_of', 'Cluster X'): a member of the same
    # cluster; ('supplier_of', 'Kunde GmbH'): supplies the seeker's customer too;
    # ('partner_of', ''): already a cooperation partner of the seeker.
    connection: tuple[str, str] | None = None

    @property
    def display_name(self) -> str:
        """'Lehrstuhl für Fördertechnik – TU Dortmund' for a unit, else the name."""
        return f"{self.name} – {self.parent_name}" if self.parent_name else self.name


@dataclass(frozen=True)
class NeedQuery:
    """What to find partners for: a stored need's words, or words typed on the command line."""

    topic: str = ""
    competence: str = ""
    description: str = ""
    sought_wz: str | None = None
    sought_partner: SoughtPartner | None = None
    municipality: str | None = None  # of the seeking company
    own_wz: str | None = None  # of the seeking company
    exclude: frozenset[uuid.UUID] = field(default_factory=frozenset)
    # Organisations the seeker is connected with (typed relations): id -> (how, via whom)
    related: dict[uuid.UUID, tuple[str, str]] = field(default_factory=dict)


def competence_terms(text: str | None) -> list[str]:
    """'Leichtbau, Werkstofftechnik' -> ['Leichtbau', 'Werkstofftechnik'] (as written)."""
    parts = re.split(r"[,;/]| und ", text or "")
    return [p.strip() for p in parts if len(search_fold(p.strip())) >= 3]


def shared_wz(wanted: str | None, offered: str | None) -> tuple[int, str] | None:
    """The deepest WZ level two codes share, with the shared code; None if not even a section."""
    if not wanted or not offered:
        return None
    for level, length in WZ_PREFIXES:
        if len(wanted) >= length and len(offered) >= length and wanted[:length] == offered[:length]:
            return level, wanted[:length]
    section = wz_section(wanted) if wanted[0].isdigit() else wanted
    if section and section == wz_section(offered):
        return 1, section
    return None


def wanted_kinds(
    topic: str, competence: str | None, wz: str | None, sought: SoughtPartner | None = None
) -> frozenset[str]:
    """The kinds of partner a need calls for: as it says, else from its words and WZ division."""
    if sought is not None and sought != SoughtPartner.ANY:
        return SOUGHT_KINDS[sought]
    words = search_fold(f"{topic} {competence or ''}")
    division = wz[:2] if wz and wz[:2].isdigit() else ""
    if any(w in words for w in ACADEMIC_WORDS) or division in ACADEMIC_DIVISIONS:
        return frozenset(ACADEMIC)
    if sought == SoughtPartner.ANY:
        return frozenset()
    if any(w in words for w in SUPPLIER_WORDS):
        return SOUGHT_KINDS[SoughtPartner.SUPPLIER]
    if division in SERVICE_DIVISIONS:
        return frozenset({OrganisationKind.SERVICE_PROVIDER})
    if division in CRAFT_DIVISIONS:
        return frozenset({OrganisationKind.CRAFT_BUSINESS})
    if division:
        return frozenset({OrganisationKind.COMPANY, OrganisationKind.CRAFT_BUSINESS})
    return frozenset()


@dataclass(frozen=True)
class _Wanted:
    query: NeedQuery
    vocabulary: Vocabulary
    competence: Analysis
    topic: Analysis
    kinds: frozenset[str]
    asks_own_sector: bool
    kind_said: bool  # the kind was chosen on the need (or the command line), not read

    @property
    def has_terms(self) -> bool:
        return bool(
            self.competence.concepts
            or self.topic.concepts
            or self.competence.words
            or self.topic.words
        )


class SuggestionService:
    def __init__(self, db: Database, actor: Actor) -> None:
        self.db = db
        self.actor = actor

    def vocabulary(self) -> Vocabulary:
        """The shipped vocabulary with the staff's terms (read each time: they may change)."""
        with self.db.session() as s:
            return current_vocabulary(s, self.actor)

    def for_need(
        self,
        need_id: uuid.UUID,
        limit: int = 20,
        sought_partner: SoughtPartner | None = None,
        sought_wz: str | None = None,
    ) -> list[PartnerSuggestion]:
        """The best partners for a need, best first; never the need's own organisation.
        `sought_partner` and `sought_wz` override what the need says (command line)."""
        with self.db.session() as s:
            need = records.load(s, Need, need_id)
            home = s.execute(
                select(Organisation.municipality, Organisation.wz_code).where(
                    Organisation.id == need.organisation_id
                )
            ).first()
            query = NeedQuery(
                topic=need.topic,
                competence=need.wanted_competence or "",
                description=need.description or "",
                sought_wz=sought_wz or need.wanted_wz_code,
                sought_partner=sought_partner or need.sought_partner,
                municipality=home[0] if home else None,
                own_wz=home[1] if home else None,
                exclude=frozenset({need.organisation_id}),
                related=_connections(s, need.organisation_id, self.actor),
            )
        return self.suggest(query, limit)

    def suggest(self, query: NeedQuery, limit: int = 20) -> list[PartnerSuggestion]:
        """The best partners for what a query describes, best first."""
        vocab = self.vocabulary()
        competence = vocab.analyse(query.competence)
        topic = vocab.analyse(f"{query.topic}\n{query.description}")
        wz = query.sought_wz or None
        own = query.own_wz or ""
        wanted = _Wanted(
            query=query,
            vocabulary=vocab,
            competence=competence,
            topic=topic,
            kinds=wanted_kinds(query.topic, query.competence, wz, query.sought_partner),
            asks_own_sector=bool(wz and own and wz[:2] == own[:2]),
            kind_said=query.sought_partner not in (None, SoughtPartner.ANY),
        )
        stems = vocab.surface_stems(competence) | vocab.surface_stems(topic)
        with self.db.session() as s:
            rows = self._candidates(s, wanted, stems)
            ids = [r[0] for r in rows]
            successes = self._successes(s, ids)
            parents = self._parents(s, {r[6] for r in rows if r[6] is not None})
            contacts = self._contacts(s, [r[0] for r in rows if r[6] is not None])
        ranked = [
            _score(r, wanted, successes.get(r[0], 0), parents, contacts.get(r[0], "")) for r in rows
        ]
        ranked = _units_before_parents(ranked, {r[0]: r[6] for r in rows})
        ranked.sort(key=lambda x: (-x.score, search_fold(x.display_name)))
        return [x for x in ranked if x.score > 0][:limit]

    def _candidates(self, s: Any, wanted: _Wanted, stems: set[str]) -> list[Any]:
        wz = wanted.query.sought_wz
        term_matches = [
            Organisation.search_key.like(f"%{_escape(t)}%", escape="\\") for t in sorted(stems)
        ]
        prefilter: list[ColumnElement[bool]] = list(term_matches)
        sql_score: Any = literal(0.0)
        for t, match in zip(sorted(stems), term_matches, strict=True):
            sql_score = sql_score + case((match, float(len(t))), else_=0.0)
        if wz and wz[:2].isdigit():
            prefilter.append(Organisation.wz_code.like(f"{wz[:2]}%"))
            for level, length in WZ_PREFIXES:
                if len(wz) >= length:
                    sql_score = sql_score + case(
                        (Organisation.wz_code.like(f"{wz[:length]}%"), WZ_POINTS[level] / 4),
                        else_=0.0,
                    )
        if wanted.kinds:
            sql_score = sql_score + case(
                (Organisation.kind.in_(sorted(wanted.kinds)), 10.0), else_=0.0
            )
            if wanted.kinds <= ACADEMIC:
                prefilter.append(Organisation.kind.in_(sorted(wanted.kinds)))
        if not prefilter:
            return []  # nothing in the need to match on
        return list(
            s.execute(
                select(
                    Organisation.id,
                    Organisation.name,
                    Organisation.kind,
                    Organisation.municipality,
                    Organisation.wz_code,
                    Organisation.competences,
                    Organisation.parent_id,
                )
                .where(
                    Organisation.deleted_at.is_(None),
                    Organisation.id.not_in(sorted(wanted.query.exclude))
                    if wanted.query.exclude
                    else literal(True),
                    visible_to(Organisation, self.actor),
                    or_(*prefilter),
                )
                .order_by(sql_score.desc(), Organisation.sort_name)
                .limit(CANDIDATE_LIMIT)
            ).all()
        )

    def _successes(self, s: Any, ids: list[uuid.UUID]) -> dict[uuid.UUID, int]:
        if not ids:
            return {}
        rows = s.execute(
            select(Referral.partner_organisation_id, func.count())
            .where(
                Referral.partner_organisation_id.in_(ids),
                Referral.stage == ReferralStage.COOPERATION_AGREED,
                Referral.deleted_at.is_(None),
            )
            .group_by(Referral.partner_organisation_id)
        ).all()
        return {r[0]: int(r[1]) for r in rows}

    def _parents(self, s: Any, ids: set[uuid.UUID]) -> dict[uuid.UUID, str]:
        if not ids:
            return {}
        rows = s.execute(
            select(Organisation.id, Organisation.name).where(Organisation.id.in_(sorted(ids)))
        ).all()
        return {r[0]: r[1] for r in rows}

    def _contacts(self, s: Any, unit_ids: list[uuid.UUID]) -> dict[uuid.UUID, str]:
        """A unit's contact: its primary affiliation first, then the first by name."""
        if not unit_ids:
            return {}
        rows = s.execute(
            select(
                Affiliation.organisation_id,
                Person.title,
                Person.first_name,
                Person.last_name,
                Affiliation.role,
            )
            .join(Person, Person.id == Affiliation.person_id)
            .where(
                Affiliation.organisation_id.in_(unit_ids),
                Affiliation.deleted_at.is_(None),
                Person.deleted_at.is_(None),
                visible_to(Person, self.actor),
            )
            .order_by(Affiliation.is_primary.desc(), Person.sort_name)
        ).all()
        out: dict[uuid.UUID, str] = {}
        for org_id, title, first, last, role in rows:
            if org_id not in out:
                name = " ".join(p for p in (title, first, last) if p)
                out[org_id] = f"{name} ({role})" if role else name
        return out


def _score(
    row: Any,
    wanted: _Wanted,
    successes: int,
    parents: dict[uuid.UUID, str],
    contact: str,
) -> PartnerSuggestion:
    org_id, name, kind, town, code, competences, parent_id = row
    vocab, query = wanted.vocabulary, wanted.query
    offered = vocab.analyse(competences)
    # Competences first, the topic's terms at a lower weight. Then the name of a university, an
    # institute or one of their units, which says its field ('Fachbereich Maschinenbau',
    # 'Institut für Arbeitsforschung'): a term found only there counts, lower still. Firms'
    # names are left out: 'Cluster Additive Fertigung' does no additive work.
    sources = [
        (wanted.competence, offered, 1.0),
        (wanted.topic, offered, TOPIC_ONLY),
    ]
    if kind in ACADEMIC:
        titled = vocab.analyse(name)
        sources += [
            (wanted.competence, titled, NAME_ONLY),
            (wanted.topic, titled, TOPIC_ONLY * NAME_ONLY),
        ]
    weighted: list[tuple[float, ConceptMatch]] = []
    seen: set[int] = set()
    for analysis, found_in, factor in sources:
        for m in vocab.matches(analysis, found_in):
            if m.wanted.index not in seen:
                seen.add(m.wanted.index)
                weighted.append((factor * m.quality * m.wanted.weight * _via(m), m))
    weighted.sort(key=lambda x: -x[0])
    offered_once: set[int] = set()  # 'MES' for 'MES' and again for 'Fertigungsplanung': once
    distinct: list[tuple[float, ConceptMatch]] = []
    for x in weighted:
        if x[1].offered.index not in offered_once:
            offered_once.add(x[1].offered.index)
            distinct.append(x)
    weighted = distinct[:COMPETENCE_TERMS]
    score = 0.0
    for i, (weight, _m) in enumerate(weighted):
        score += weight * (COMPETENCE_FIRST if i == 0 else COMPETENCE_MORE)
    wanted_words = {**wanted.topic.words, **wanted.competence.words}
    shared_words = tuple(
        dict.fromkeys(offered.words[w] for w in wanted_words if w in offered.words)
    )[:WORD_CAP]
    score += WORD_POINTS * len(shared_words)
    matched = bool(weighted or shared_words)
    wz = query.sought_wz or None
    shared = shared_wz(wz, code)
    if shared:
        score += WZ_POINTS[shared[0]]
    kind_fits = kind in wanted.kinds
    if kind_fits:
        score += KIND_FITS
    elif wanted.kinds and wanted.kinds <= ACADEMIC:
        score *= ACADEMIC_MISS
    elif wanted.kinds:
        score -= KIND_MISSES
    if kind in (OrganisationKind.CHAMBER_AGENCY, OrganisationKind.OTHER):
        score += NOT_A_PARTNER_KIND
    home = query.municipality
    same_town = bool(town) and town == home
    own = query.own_wz or ""
    own_division = (
        kind not in ACADEMIC
        and bool(own[:2].isdigit() and code and code[:2] == own[:2])
        and not wanted.asks_own_sector
    )
    own_sector = own_division and bool(code and len(own) >= 5 and code[:5] == own[:5])
    km = distance_km(home, town)
    if own_sector:
        score += OWN_SECTOR + (OWN_SECTOR_TOWN if same_town else 0.0)
    if not own_sector and km is not None:
        score += DISTANCE_POINTS * max(0.0, 1 - km / DISTANCE_ZERO_KM)
    if parent_id is not None and matched:
        score += UNIT_POINTS
    connection = query.related.get(org_id)
    if connection is not None and matched:
        score += RELATION_POINTS
    score += SUCCESS_POINTS * min(successes, SUCCESS_CAP)
    if wanted.has_terms and not matched:
        score *= NO_TERM_MATCHED
    relevant = matched or (shared is not None and shared[0] >= 2) or kind_fits
    if wanted.kind_said and not kind_fits:
        relevant = False  # the need names the kind it seeks: only that kind
    if not relevant or (not matched and wanted.has_terms and not shared and not kind_fits):
        score = 0.0  # near and successful elsewhere, but nothing to do with this need
    return PartnerSuggestion(
        organisation_id=org_id,
        name=name,
        kind=OrganisationKind(kind),
        municipality=town or "",
        score=round(score, 2),
        competences=tuple(m.reason for _w, m in weighted),
        wz_level=shared[0] if shared else None,
        wz_code=shared[1] if shared else None,
        kind_fits=kind_fits,
        distance_km=km,
        same_town=same_town,
        successes=successes,
        words=shared_words,
        parent_name=parents.get(parent_id, "") if parent_id else "",
        contact=contact,
        own_sector=own_sector,
        connection=connection,
    )


def _via(m: ConceptMatch) -> float:
    """A match through a broader concept that is generic ('FEM' found as 'Prozesssimulation',
    which only says 'Simulation') is weak evidence: it weighs as little as the generic term."""
    if m.quality >= EXACT or not m.offered.generic:
        return 1.0
    return GENERIC_WEIGHT


def _connections(s: Any, seeker: uuid.UUID, actor: Actor) -> dict[uuid.UUID, tuple[str, str]]:
    """Organisations connected with the seeker through typed relations: members of a cluster
    it belongs to, suppliers of its customers, its cooperation partners."""
    r, other = OrganisationRelation, aliased(OrganisationRelation)
    live = (r.deleted_at.is_(None), visible_to(r, actor))
    out: dict[uuid.UUID, tuple[str, str]] = {}
    names = dict(
        s.execute(
            select(Organisation.id, Organisation.name).where(
                Organisation.id.in_(select(r.related_id).where(r.organisation_id == seeker, *live))
            )
        ).all()
    )
    for kind, how in (
        (RelationKind.MEMBER_OF, "member_of"),
        (RelationKind.SUPPLIER_OF, "supplier_of"),
    ):
        rows = s.execute(
            select(other.organisation_id, r.related_id)
            .join(other, (other.related_id == r.related_id) & (other.kind == kind))
            .where(
                r.organisation_id == seeker,
                r.kind == kind,
                other.organisation_id != seeker,
                other.deleted_at.is_(None),
                visible_to(other, actor),
                *live,
            )
        ).all()
        for oid, via in rows:
            out.setdefault(oid, (how, names.get(via, "")))
    partners = s.execute(
        select(r.organisation_id, r.related_id).where(
            r.kind == RelationKind.PARTNER_OF,
            (r.organisation_id == seeker) | (r.related_id == seeker),
            *live,
        )
    ).all()
    for a, b in partners:
        out[b if a == seeker else a] = ("partner_of", "")
    return out


def _units_before_parents(
    ranked: list[PartnerSuggestion], parent_of: dict[uuid.UUID, uuid.UUID | None]
) -> list[PartnerSuggestion]:
    """A university or institute one of whose units fits the need steps behind its units:
    the staff member wants the Lehrstuhl and its professor, not the switchboard."""
    fitting_parents = {
        parent_of[x.organisation_id]
        for x in ranked
        if parent_of.get(x.organisation_id) and (x.competences or x.words) and x.score > 0
    }
    return [
        replace(x, score=round(x.score * PARENT_OF_UNIT, 2))
        if x.organisation_id in fitting_parents
        else x
        for x in ranked
    ]


def _escape(word: str) -> str:
    return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
