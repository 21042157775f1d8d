"""Figures of the referral work (issue 4): partner suggestions for a need, and the referral
list filtered by stage; each beside raw sqlite3 doing the same queries."""

from __future__ import annotations

import random
import sqlite3
import uuid
from typing import Any

from context import BenchRun
from figures import rounds
from harness import PENDING, NotMeasurable, Target, figure

PENDING.pop("partner suggestions", None)  # measured below as partner_suggestions

STAGES = ("proposed", "introduced", "first_meeting", "cooperation_agreed", "declined")
LIST_PAGE = 200


def need_ids(run: BenchRun) -> list[str]:
    """20 needs with a wanted competence or WZ code, a fixed random sample (hex ids)."""
    if "need_ids" not in run.memo:
        ids = [
            r[0]
            for r in run.raw.execute(
                "SELECT id FROM need WHERE deleted_at IS NULL AND "
                "(wanted_competence IS NOT NULL OR wanted_wz_code IS NOT NULL) ORDER BY id"
            )
        ]
        if not ids:
            raise NotMeasurable("the data set has no needs")
        run.memo["need_ids"] = random.Random(11).sample(ids, min(20, len(ids)))
    return list(run.memo["need_ids"])


def suggestions_raw(con: sqlite3.Connection, need_hex: str) -> int:
    """The same pre-filter (competence words, WZ division, bounded) and success counts."""
    from indie_desktop.domain.text import search_fold
    from indie_desktop.services.suggestions import CANDIDATE_LIMIT, competence_terms

    org_id, competence, wz = con.execute(
        "SELECT organisation_id, wanted_competence, wanted_wz_code FROM need WHERE id = ?",
        (need_hex,),
    ).fetchone()
    con.execute("SELECT municipality FROM organisation WHERE id = ?", (org_id,)).fetchone()
    likes = [f"%{search_fold(t)}%" for t in competence_terms(competence)]
    where = ["search_key LIKE ?" for _ in likes]
    params: list[Any] = list(likes)
    if wz and wz[:2].isdigit():
        where.append("wz_code LIKE ?")
        params.append(f"{wz[:2]}%")
    if not where:
        return 0
    rows = con.execute(
        "SELECT id, name, kind, municipality, wz_code, competences FROM organisation "
        f"WHERE deleted_at IS NULL AND id != ? AND ({' OR '.join(where)}) "
        "ORDER BY sort_name LIMIT ?",
        [org_id, *params, CANDIDATE_LIMIT],
    ).fetchall()
    ids = [r[0] for r in rows]
    if ids:
        marks = ",".join("?" * len(ids))
        con.execute(
            "SELECT partner_organisation_id, count(*) FROM referral "
            f"WHERE partner_organisation_id IN ({marks}) AND stage = 'cooperation_agreed' "
            "AND deleted_at IS NULL GROUP BY partner_organisation_id",
            ids,
        ).fetchall()
    return len(rows)


def partner_suggestions_raw(run: BenchRun) -> list[float]:
    return rounds(run, 5, 1, lambda n: suggestions_raw(run.raw, n), need_ids(run))


@figure(
    "partner_suggestions",
    target=Target(limit=200, source="issue 4"),
    baseline=partner_suggestions_raw,
    baseline_label="raw sqlite3: the same candidate pre-filter + success counts, no ranking",
    note="workspace.suggestions.for_need for 20 random needs: SQL pre-filter, Python ranking",
)
def partner_suggestions(run: BenchRun) -> list[float]:
    service = run.workspace.suggestions
    found: list[int] = []
    samples = rounds(
        run, 5, 1, lambda n: found.append(len(service.for_need(uuid.UUID(hex=n)))), need_ids(run)
    )
    run.extras["partner_suggestions"] = {"mean_suggestions": sum(found) / max(1, len(found))}
    return samples


REFERRAL_FROM = """
FROM referral r
JOIN organisation o ON o.id = r.organisation_id
LEFT JOIN organisation p ON p.id = r.partner_organisation_id
LEFT JOIN need n ON n.id = r.need_id
LEFT JOIN staff s ON s.id = r.referring_staff_id
WHERE r.deleted_at IS NULL AND r.stage = ?
  AND (r.visibility = 'network' OR r.owner_institution_id = ?)
"""


def referral_page_raw(con: sqlite3.Connection, stage: str, institution: str) -> int:
    (total,) = con.execute(
        "SELECT count(*) FROM referral r WHERE r.deleted_at IS NULL AND r.stage = ? "
        "AND (r.visibility = 'network' OR r.owner_institution_id = ?)",
        (stage, institution),
    ).fetchone()
    rows = con.execute(
        "SELECT r.id, r.referred_on, o.name, n.topic, p.name, r.stage, s.first_name, "
        f"s.last_name, r.next_follow_up_on {REFERRAL_FROM} "
        "ORDER BY r.referred_on DESC, r.id DESC LIMIT ?",
        (stage, institution, LIST_PAGE),
    ).fetchall()
    return int(total) + len(rows)


def referral_list_raw(run: BenchRun) -> list[float]:
    institution = run.workspace.actor.institution_id.hex
    return rounds(run, 10, 2, lambda st: referral_page_raw(run.raw, st, institution), STAGES)


@figure(
    "referral_list_by_stage",
    target=Target(limit=100, source="issue 4"),
    baseline=referral_list_raw,
    baseline_label="raw sqlite3 count + first 200 rows, same joins, stage filter and order",
    note="referral list filtered by each stage, newest first: service count + first page of 200",
)
def referral_list_by_stage(run: BenchRun) -> list[float]:
    from indie_desktop.services.listing import ListQuery

    service = run.workspace.referral_list
    totals: dict[str, int] = {}

    def one(stage: str) -> None:
        query = ListQuery(sort="referred_on", descending=True, filters=(("stages", (stage,)),))
        totals[stage] = service.count(query)
        service.page(query, 0, LIST_PAGE)

    samples = rounds(run, 10, 2, one, STAGES)
    run.extras["referral_list_by_stage"] = {"rows_per_stage": totals}
    return samples
