"""Partner suggestions for a need, ranked by fit, each with the reasons it was suggested.

Fit is competences named in the need found in a partner's competences, the WZ 2008 code
(the deeper the shared level, the better), the kind of partner the need calls for, distance
between the municipalities, and referrals to that partner that ended in a cooperation.
Candidates are pre-filtered and bounded in SQL; the ranking is done in Python on those few.
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, case, func, literal, or_, select

from indie_desktop.domain.enums import OrganisationKind, ReferralStage
from indie_desktop.domain.models import Need, Organisation, Referral
from indie_desktop.domain.region import distance_km
from indie_desktop.domain.text import search_fold
from indie_desktop.domain.wz import wz_section
from indie_desktop.services import records
from indie_desktop.services.context import Actor
from indie_desktop.services.visibility import visible_to
from indie_desktop.store.database import Database

CANDIDATE_LIMIT = 400  # rows the SQL pre-filter hands to the Python ranking

# Points per reason; the weights say what matters most when staff look for a partner.
COMPETENCE_FIRST, COMPETENCE_MORE = 40.0, 15.0
WZ_POINTS = {5: 35.0, 4: 30.0, 3: 22.0, 2: 15.0, 1: 5.0}  # subclass .. section
KIND_FITS = 12.0
NOT_A_PARTNER_KIND = -5.0  # chambers/agencies and 'other' rarely are the partner themselves
DISTANCE_POINTS, DISTANCE_ZERO_KM = 10.0, 60.0
SUCCESS_POINTS, SUCCESS_CAP = 8.0, 3

# WZ levels by the length of a code's prefix: '25.62.0' subclass, '25.62' class, '25.6', '25'.
WZ_PREFIXES = ((5, 7), (4, 5), (3, 4), (2, 2))

ACADEMIC = frozenset({OrganisationKind.UNIVERSITY, OrganisationKind.RESEARCH_INSTITUTE})
ACADEMIC_WORDS = ("hochschul", "universit", "forschung", "abschlussarbeit", "wissenschaft")
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
    competences: tuple[str, ...]  # the need's wanted competences the partner offers
    wz_level: int | None  # deepest shared WZ level: 5 subclass, 4 class, 3 group, 2, 1 section
    wz_code: str | None  # the shared code at that level ('25.62'; section letter for 1)
    kind_fits: bool  # the partner is of the kind the need calls for
    distance_km: float | None  # between the municipalities' centres; None if unknown
    same_town: bool
    successes: int  # earlier referrals to this partner that reached 'cooperation agreed'


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


def wanted_kinds(topic: str, competence: str | None, wz: str | None) -> frozenset[str]:
    """The kinds of partner a need calls for, from its words and its WZ division."""
    words = search_fold(f"{topic} {competence or ''}")
    division = wz[:2] if wz and wz[:2].isdigit() else ""
    if any(w in words for w in ACADEMIC_WORDS) or division in ACADEMIC_DIVISIONS:
        return frozenset(ACADEMIC)
    if division in SERVICE_DIVISIONS:
        return frozenset({OrganisationKind.SERVICE_PROVIDER})
    if division in CRAFT_DIVISIONS:
        return frozenset({OrganisationKind.CRAFT_BUSINESS})
    if division:
        return frozenset({OrganisationKind.COMPANY, OrganisationKind.CRAFT_BUSINESS})
    return frozenset()


class SuggestionService:
    def __init__(self, db: Database, actor: Actor) -> None:
        self.db = db
        self.actor = actor

    def for_need(self, need_id: uuid.UUID, limit: int = 20) -> list[PartnerSuggestion]:
        """The best partners for a need, best first; never the need's own organisation."""
        with self.db.session() as s:
            need = records.load(s, Need, need_id)
            home = s.scalar(
                select(Organisation.municipality).where(Organisation.id == need.organisation_id)
            )
            terms = competence_terms(need.wanted_competence)
            wz = need.wanted_wz_code
            kinds = wanted_kinds(need.topic, need.wanted_competence, wz)
            term_matches = [
                Organisation.search_key.like(f"%{_escape(search_fold(t))}%", escape="\\")
                for t in terms
            ]
            prefilter: list[ColumnElement[bool]] = list(term_matches)
            sql_score: Any = literal(0.0)
            if term_matches:
                sql_score = sql_score + case((or_(*term_matches), COMPETENCE_FIRST), else_=0.0)
            if wz and wz[:2].isdigit():
                prefilter.append(Organisation.wz_code.like(f"{wz[:2]}%"))
                for level, length in WZ_PREFIXES:
                    if len(wz) >= length:
                        sql_score = sql_score + case(
                            (Organisation.wz_code.like(f"{wz[:length]}%"), WZ_POINTS[level] / 4),
                            else_=0.0,
                        )
            if kinds & ACADEMIC:
                prefilter.append(Organisation.kind.in_(sorted(kinds)))
            if not prefilter:
                return []  # nothing in the need to match on
            rows = s.execute(
                select(
                    Organisation.id,
                    Organisation.name,
                    Organisation.kind,
                    Organisation.municipality,
                    Organisation.wz_code,
                    Organisation.competences,
                )
                .where(
                    Organisation.deleted_at.is_(None),
                    Organisation.id != need.organisation_id,
                    visible_to(Organisation, self.actor),
                    or_(*prefilter),
                )
                .order_by(sql_score.desc(), Organisation.sort_name)
                .limit(CANDIDATE_LIMIT)
            ).all()
            successes = self._successes(s, [r[0] for r in rows])
        ranked = [_score(r, terms, wz, kinds, home, successes.get(r[0], 0)) for r in rows]
        ranked.sort(key=lambda x: (-x.score, search_fold(x.name)))
        return [x for x in ranked if x.score > 0][:limit]

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


def _score(
    row: Any,
    terms: list[str],
    wz: str | None,
    kinds: frozenset[str],
    home: str | None,
    successes: int,
) -> PartnerSuggestion:
    org_id, name, kind, town, code, competences = row
    offered = search_fold(competences)
    matched = tuple(t for t in terms if search_fold(t) in offered)
    score = COMPETENCE_FIRST + COMPETENCE_MORE * (len(matched) - 1) if matched else 0.0
    shared = shared_wz(wz, code)
    if shared:
        score += WZ_POINTS[shared[0]]
    kind_fits = kind in kinds
    if kind_fits:
        score += KIND_FITS
    elif kind in (OrganisationKind.CHAMBER_AGENCY, OrganisationKind.OTHER):
        score += NOT_A_PARTNER_KIND
    km = distance_km(home, town)
    if km is not None:
        score += DISTANCE_POINTS * max(0.0, 1 - km / DISTANCE_ZERO_KM)
    score += SUCCESS_POINTS * min(successes, SUCCESS_CAP)
    if not matched and not shared and not kind_fits:
        score = 0.0  # near and successful elsewhere, but nothing to do with this need
    return PartnerSuggestion(
        organisation_id=org_id,
        name=name,
        kind=OrganisationKind(kind),
        municipality=town or "",
        score=round(score, 2),
        competences=matched,
        wz_level=shared[0] if shared else None,
        wz_code=shared[1] if shared else None,
        kind_fits=kind_fits,
        distance_km=km,
        same_town=bool(town) and town == home,
        successes=successes,
    )


def _escape(word: str) -> str:
    return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
