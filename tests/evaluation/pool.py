"""The judging pool of the evaluation set (TREC-style pooling): for each need, the union of the
first ten of the suggestions, the first ten of the LIKE baseline and the first ten of a plain
keyword search (any word of the need's topic or wanted competence, stemmed, in a partner's name
or competences; most words first). The pool is listed per need in key order, without ranks or
the ranker that found a candidate, so that each candidate is judged on what it offers.

    python tests/evaluation/pool.py > pool.txt

The judgments made on it are in tests/evaluation/judgments.py (see README.md for the criteria).
"""

from __future__ import annotations

import re
import sys
import tempfile
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from sqlalchemy import select  # noqa: E402

from indie_desktop.domain.models import Need, Organisation  # noqa: E402
from indie_desktop.domain.terms import STOPWORDS, stem  # noqa: E402
from indie_desktop.domain.text import search_fold  # noqa: E402
from indie_desktop.services.workspace import Workspace  # noqa: E402
from tests.evaluation.metrics import like_baseline, suggestions, workspace  # noqa: E402
from tests.evaluation.partner_set import organisation_rows  # noqa: E402

POOL_DEPTH = 10


def keyword_search(ws: Workspace, need_id: uuid.UUID) -> list[uuid.UUID]:
    with ws.db.session() as s:
        need = s.get(Need, need_id)
        assert need is not None
        text = f"{need.topic} {need.wanted_competence or ''}"
        rows = s.execute(
            select(Organisation.id, Organisation.name, Organisation.competences).where(
                Organisation.deleted_at.is_(None), Organisation.id != need.organisation_id
            )
        ).all()
    words = {
        stem(search_fold(w))
        for w in re.findall(r"[\w-]+", text)
        if len(w) >= 3 and stem(search_fold(w)) not in STOPWORDS
    }
    scored = []
    for oid, name, competences in rows:
        hay = search_fold(f"{name} {competences or ''}")
        hits = sum(1 for w in words if w in hay)
        if hits:
            scored.append((-hits, name, oid))
    return [oid for _h, _n, oid in sorted(scored)[:POOL_DEPTH]]


def pools(ws: Workspace, needs_ids: list[uuid.UUID]) -> list[set[uuid.UUID]]:
    out = []
    for need_id in needs_ids:
        pool: set[uuid.UUID] = set()
        for ranker in (suggestions, like_baseline, keyword_search):
            pool.update(ranker(ws, need_id)[:POOL_DEPTH])
        out.append(pool)
    return out


def main() -> int:
    with tempfile.TemporaryDirectory() as folder:
        ws, ids, needs = workspace(Path(folder) / "data")
        keys = {v: k for k, v in ids.items()}
        rows = {r[0]: r for r in organisation_rows()}
        for n, (need, pool) in enumerate(
            zip(needs, pools(ws, [x.need_id for x in needs]), strict=True)
        ):
            with ws.db.session() as s:
                rec = s.get(Need, need.need_id)
                assert rec is not None
                seeker = rows[need.seeker]
                print(f"\n## {n} seeker={need.seeker} ({seeker[2]}, {seeker[3]}, {seeker[4]})")
                print(
                    f"   topic: {rec.topic} | competence: {rec.wanted_competence} "
                    f"| sought: {rec.sought_partner or '-'}"
                )
            for key in sorted({keys[o] for o in pool} | set(need.expected)):
                r = rows[key]
                print(f"   {key:10} {r[1]} {r[3]:12} {r[4]:8} {r[5]}")
        ws.db.dispose()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
