"""Precision@5 and recall@10 of partner suggestions on the evaluation set, beside two baselines
on the same set. Relevant are the partners judged relevant in tests/evaluation/judgments.py
(pooled judging, criteria in tests/evaluation/README.md); `truth="listed"` measures against the
partners the set listed per need before the judging, for comparison with earlier figures.

The baselines:

- 'LIKE': what a plain SQL filter gives: organisations whose folded text contains any of the
  need's wanted competence terms as a substring (LIKE '%term%'), most terms first, then by name;
- 'substring ranking': the suggestions as they were before issue 24 (competence terms as
  substrings, same WZ division scores, kind from the need's words), kept in
  tests/evaluation/substring_ranking.py.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from indie_desktop.domain.models import Need, Organisation
from indie_desktop.domain.text import search_fold
from indie_desktop.services.directory.staff import DirectoryService
from indie_desktop.services.workspace import Workspace
from indie_desktop.store.database import open_local
from tests.evaluation.judgments import judgments
from tests.evaluation.partner_set import EvalNeed, load
from tests.evaluation.substring_ranking import substring_suggestions

Ranker = Callable[[Workspace, uuid.UUID], list[uuid.UUID]]


@dataclass(frozen=True)
class Figures:
    name: str
    precision_at_5: float
    recall_at_10: float
    attainable_at_5: float  # hits in the first five / min(5, expected): 1.0 is perfect
    needs: int
    ceiling_at_5: float  # the best precision@5 the set allows (needs with < 5 relevant)
    unjudged_at_5: int = 0  # candidates in the first five nobody judged (counted not relevant)
    truth: str = "judged"


def suggestions(ws: Workspace, need_id: uuid.UUID) -> list[uuid.UUID]:
    return [s.organisation_id for s in ws.suggestions.for_need(need_id, limit=10)]


def like_baseline(ws: Workspace, need_id: uuid.UUID) -> list[uuid.UUID]:
    with ws.db.session() as s:
        need = s.get(Need, need_id)
        assert need is not None
        terms = [
            search_fold(t.strip())
            for t in re.split(r"[,;/]", need.wanted_competence or "")
            if len(t.strip()) >= 2
        ]
        rows = s.execute(
            select(Organisation.id, Organisation.search_key, Organisation.sort_name).where(
                Organisation.deleted_at.is_(None), Organisation.id != need.organisation_id
            )
        ).all()
    scored = [(sum(t in key for t in terms), name, oid) for oid, key, name in rows]
    return [oid for hits, _name, oid in sorted(scored, key=lambda x: (-x[0], x[1])) if hits][:10]


def substring_baseline(ws: Workspace, need_id: uuid.UUID) -> list[uuid.UUID]:
    return substring_suggestions(ws, need_id)[:10]


RANKERS: dict[str, Ranker] = {
    "suggestions (terms)": suggestions,
    "baseline: LIKE": like_baseline,
    "baseline: substring ranking (before)": substring_baseline,
}


def relevant_keys(needs: list[EvalNeed], truth: str = "judged") -> list[frozenset[str]]:
    """Per need, the keys of its relevant partners: judged (default) or as listed."""
    if truth == "listed":
        return [n.expected for n in needs]
    found = judgments()
    assert len(found) == len(needs), "one judgment line per need"
    for need, j in zip(needs, found, strict=True):
        assert need.seeker == j.seeker, f"judgment for {j.seeker} beside need of {need.seeker}"
    return [j.relevant for j in found]


def evaluate(
    ws: Workspace,
    ids: dict[str, uuid.UUID],
    needs: list[EvalNeed],
    name: str,
    ranker: Ranker,
    truth: str = "judged",
) -> Figures:
    precision = recall = attainable = ceiling = 0.0
    unjudged = 0
    judged = [j.judged for j in judgments()] if truth == "judged" else None
    for number, (need, keys) in enumerate(zip(needs, relevant_keys(needs, truth), strict=True)):
        expected = {ids[k] for k in keys}
        ranked = ranker(ws, need.need_id)
        hits5 = len(expected & set(ranked[:5]))
        precision += hits5 / 5
        attainable += hits5 / min(5, len(expected))
        ceiling += min(5, len(expected)) / 5
        recall += len(expected & set(ranked[:10])) / len(expected)
        if judged is not None:
            known = {ids[k] for k in judged[number]}
            unjudged += sum(1 for oid in ranked[:5] if oid not in known)
    n = len(needs)
    return Figures(name, precision / n, recall / n, attainable / n, n, ceiling / n, unjudged, truth)


def workspace(folder: Path) -> tuple[Workspace, dict[str, uuid.UUID], list[EvalNeed]]:
    db = open_local(folder)
    directory = DirectoryService(db)
    choice = next(c for c in directory.institution_choices() if c.short_name == "EN-Agentur")
    actor = directory.register_local_user(choice, "Zoë", "Ñúñez", "z.nunez@example.de")
    ws = Workspace(db, actor)
    ids, needs = load(ws)
    return ws, ids, needs


def run_all(folder: Path, truth: str = "judged") -> list[Figures]:
    ws, ids, needs = workspace(folder)
    try:
        return [evaluate(ws, ids, needs, name, r, truth) for name, r in RANKERS.items()]
    finally:
        ws.db.dispose()


def table(figures: list[Figures]) -> str:
    lines = [
        "| ranking | relevant | needs | precision@5 (ceiling) | recall@10 "
        "| hits@5 of attainable | unjudged in top 5 |",
        "|---|---|---:|---:|---:|---:|---:|",
    ]
    for f in figures:
        unjudged = str(f.unjudged_at_5) if f.truth == "judged" else "–"
        lines.append(
            f"| {f.name} | {f.truth} | {f.needs} | {f.precision_at_5:.2f} ({f.ceiling_at_5:.2f}) "
            f"| {f.recall_at_10:.2f} "
            f"| {f.attainable_at_5:.2f} | {unjudged} |"
        )
    return "\n".join(lines)
