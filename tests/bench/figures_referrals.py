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
    from indie_desktop.services.work.suggestions import CANDIDATE_LIMIT, competence_terms

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


# --- person timeline and the Needs list (issue 4) ----------------------------------------------


def person_ids(run: BenchRun) -> list[str]:
    """The person met in most visits + 19 random people who were met at least once."""
    if "person_ids" not in run.memo:
        busiest = run.raw.execute(
            "SELECT person_id FROM activity_person WHERE deleted_at IS NULL "
            "GROUP BY person_id ORDER BY count(*) DESC LIMIT 1"
        ).fetchone()
        if busiest is None:
            raise NotMeasurable("the data set has no people met in activities")
        met = [
            r[0]
            for r in run.raw.execute(
                "SELECT DISTINCT person_id FROM activity_person WHERE deleted_at IS NULL "
                "ORDER BY person_id LIMIT 5000"
            )
        ]
        run.memo["person_ids"] = [busiest[0], *random.Random(12).sample(met, min(19, len(met)))]
    return list(run.memo["person_ids"])


def timeline_person_raw(run: BenchRun) -> list[float]:
    import baselines_timeline

    return rounds(
        run, 5, 2, lambda p: baselines_timeline.person_timeline(run.raw, p), person_ids(run)
    )


@figure(
    "timeline_person",
    target=Target(limit=50, source="issue 4 (as the organisation timeline)"),
    baseline=timeline_person_raw,
    baseline_label="raw sqlite3: the same six queries (LIMIT 51 each), merged in Python",
    note="workspace.timeline.for_person, first 50 entries, for the person met most + 19 "
    "random people met in visits",
)
def timeline_person(run: BenchRun) -> list[float]:
    ids = person_ids(run)
    service = run.workspace.timeline
    samples = rounds(run, 5, 2, lambda p: service.for_person(uuid.UUID(hex=p)), ids)
    busiest = service.for_person(uuid.UUID(hex=ids[0]), limit=50)
    run.extras["timeline_person"] = {"busiest_entries_shown": len(busiest.entries)}
    return samples


NEED_ORDERS = (
    ("found_on", True, ()),  # the list as it opens: newest first, no filter
    ("found_on", True, ("open",)),  # open needs only
    ("found_on", False, ()),
)


def needs_page_raw(
    con: sqlite3.Connection, institution: str, descending: bool, statuses: tuple[str, ...]
) -> int:
    where = "n.deleted_at IS NULL AND (n.visibility = 'network' OR n.owner_institution_id = ?)"
    params: list[Any] = [institution]
    if statuses:
        where += f" AND n.status IN ({','.join('?' * len(statuses))})"
        params += list(statuses)
    (total,) = con.execute(
        f"SELECT count(*) FROM need n JOIN organisation o ON o.id = n.organisation_id "
        f"WHERE {where}",
        params,
    ).fetchone()
    order = "DESC" if descending else "ASC"
    rows = con.execute(
        "SELECT n.id, n.topic, o.name, n.wanted_competence, n.wanted_wz_code, n.urgency, "
        "n.status, n.found_on FROM need n JOIN organisation o ON o.id = n.organisation_id "
        f"WHERE {where} ORDER BY n.found_on {order}, n.id {order} LIMIT ?",
        [*params, LIST_PAGE],
    ).fetchall()
    return int(total) + len(rows)


def needs_list_raw(run: BenchRun) -> list[float]:
    institution = run.workspace.actor.institution_id.hex
    return rounds(
        run, 10, 2, lambda o: needs_page_raw(run.raw, institution, o[1], o[2]), list(NEED_ORDERS)
    )


@figure(
    "needs_list",
    target=Target(limit=100, source="issue 4 (as the referral list)"),
    baseline=needs_list_raw,
    baseline_label="raw sqlite3 count + first 200 rows, same join, order by found_on",
    note="Needs list by day found (newest first, open only, oldest first): service count + "
    "first page of 200 (ix_need_found_on, migration 0011)",
)
def needs_list(run: BenchRun) -> list[float]:
    from indie_desktop.services.listing import ListQuery

    service = run.workspace.needs
    totals: list[int] = []

    def one(order: tuple[str, bool, tuple[str, ...]]) -> None:
        sort, descending, statuses = order
        filters = (("statuses", statuses),) if statuses else ()
        query = ListQuery(sort=sort, descending=descending, filters=filters)
        totals.append(service.count(query))
        service.page(query, 0, LIST_PAGE)

    samples = rounds(run, 10, 2, one, list(NEED_ORDERS))
    run.extras["needs_list"] = {"rows": totals[: len(NEED_ORDERS)]}
    return samples
