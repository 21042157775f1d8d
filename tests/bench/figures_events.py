"""Events and target groups (issue 22): a target group's count while the filter is built, a
bulk tag of 10,000 organisations, and the invitations of 1,000 participants.

Each beside its raw baseline: the same count as one hand-written SQL query on the raw sqlite3
connection; the same 10,000 updates as a raw executemany; 1,000 A4 pages drawn with raw
reportlab (figures_print.raw_document, the mail merge's baseline). The writing figures work on
a copy of the data set (copying is not timed), so the cached set stays as generated.
"""

from __future__ import annotations

import random
import shutil
import sqlite3
import tempfile
import time
import uuid
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from context import BenchRun
from figures import rounds
from figures_print import LETTERS, person_ids, raw_document
from harness import NotMeasurable, Target, figure, time_ms

TAGGED = 10_000
# What a user builds step by step in the filter panel: each step is counted.
STEPS: list[dict[str, Any]] = [
    {"kinds": ("company",)},
    {"kinds": ("company",), "municipalities": ("Hagen", "Ennepe-Ruhr-Kreis")},
    {"kinds": ("company",), "municipalities": ("Hagen", "Ennepe-Ruhr-Kreis"), "wz": ("24", "25")},
    {
        "kinds": ("company",),
        "municipalities": ("Hagen", "Ennepe-Ruhr-Kreis"),
        "wz": ("24", "25"),
        "contact_after": date(2024, 11, 1),
    },
    {"kinds": ("company",), "open_needs": True, "employee_bands": ("10-49", "50-249")},
    {"subject": "person", "municipalities": ("Dortmund",), "consent": "event_invitations"},
]

RAW_STEPS = [
    "SELECT count(*) FROM organisation o WHERE o.deleted_at IS NULL AND o.kind = 'company'",
    "SELECT count(*) FROM organisation o WHERE o.deleted_at IS NULL AND o.kind = 'company' "
    "AND (o.municipality IN ('Hagen', 'Ennepe-Ruhr-Kreis') OR o.city IN ('Hagen', "
    "'Ennepe-Ruhr-Kreis'))",
    "SELECT count(*) FROM organisation o WHERE o.deleted_at IS NULL AND o.kind = 'company' "
    "AND (o.municipality IN ('Hagen', 'Ennepe-Ruhr-Kreis') OR o.city IN ('Hagen', "
    "'Ennepe-Ruhr-Kreis')) AND (o.wz_code LIKE '24%' OR o.wz_code LIKE '25%')",
    "SELECT count(*) FROM organisation o WHERE o.deleted_at IS NULL AND o.kind = 'company' "
    "AND (o.municipality IN ('Hagen', 'Ennepe-Ruhr-Kreis') OR o.city IN ('Hagen', "
    "'Ennepe-Ruhr-Kreis')) AND (o.wz_code LIKE '24%' OR o.wz_code LIKE '25%') AND EXISTS ("
    "SELECT 1 FROM activity_organisation ao JOIN activity a ON a.id = ao.activity_id "
    "WHERE ao.organisation_id = o.id AND ao.deleted_at IS NULL AND a.deleted_at IS NULL "
    "AND a.occurred_at >= '2024-10-31 23:00:00.000000')",
    "SELECT count(*) FROM organisation o WHERE o.deleted_at IS NULL AND o.kind = 'company' "
    "AND o.employee_band IN ('10-49', '50-249') AND EXISTS (SELECT 1 FROM need n WHERE "
    "n.organisation_id = o.id AND n.deleted_at IS NULL AND n.status IN ('open', 'in_referral'))",
    "SELECT count(*) FROM person p WHERE p.deleted_at IS NULL AND EXISTS (SELECT 1 FROM "
    "affiliation af JOIN organisation o ON o.id = af.organisation_id WHERE af.person_id = p.id "
    "AND af.deleted_at IS NULL AND (af.until IS NULL OR af.until >= date('now')) AND "
    "o.deleted_at IS NULL AND (o.municipality = 'Dortmund' OR o.city = 'Dortmund')) AND EXISTS "
    "(SELECT 1 FROM consent c WHERE c.person_id = p.id AND c.deleted_at IS NULL AND "
    "c.scope = 'event_invitations' AND c.given_on IS NOT NULL AND (c.withdrawn_on IS NULL OR "
    "c.withdrawn_on > date('now')) AND (c.expires_on IS NULL OR c.expires_on >= date('now')))",
]


def _criteria() -> list[Any]:
    from indie_desktop.domain.enums import TargetSubject
    from indie_desktop.services.events.criteria import Criteria

    out = []
    for step in STEPS:
        kw = dict(step)
        kw["subject"] = TargetSubject(kw.get("subject", "organisation"))
        out.append(Criteria(**kw))
    return out


def target_group_count_raw(run: BenchRun) -> list[float]:
    con = run.raw
    return rounds(run, 5, 1, lambda sql: con.execute(sql).fetchone(), RAW_STEPS)


@figure(
    "target_group_count",
    target=Target(limit=300, source="issue 22"),
    baseline=target_group_count_raw,
    baseline_label="raw sqlite3: the same six counts, hand-written SQL",
    note="workspace.target_groups.count() for six steps of building a filter (kind, towns, "
    "WZ, last contact, open needs + size, people with consent in Dortmund)",
)
def target_group_count(run: BenchRun) -> list[float]:
    service = run.workspace.target_groups
    counts: list[int] = []
    samples = rounds(run, 5, 1, lambda c: counts.append(service.count(c)), _criteria())
    run.extras["target_group_count"] = {"last_counts": counts[-len(STEPS) :]}
    return samples


def _copy(run: BenchRun) -> Path:
    """One copy of the data set for the writing figures of this run (the network-scale file
    is several GB: copied once, removed at the end of the run)."""
    if "events_copy" not in run.memo:
        folder = Path(tempfile.mkdtemp(prefix="indie-bench-events-"))
        shutil.copyfile(run.data.db_path, folder / run.data.db_path.name)
        run.memo["events_copy"] = folder
        import atexit

        atexit.register(shutil.rmtree, folder, True)
    return Path(run.memo["events_copy"])


def _organisations(db_file: Path) -> list[str]:
    con = sqlite3.connect(db_file)
    try:
        ids = [
            r[0]
            for r in con.execute(
                "SELECT id FROM organisation WHERE deleted_at IS NULL "
                "AND visibility = 'network' ORDER BY id"
            )
        ]
    finally:
        con.close()
    if len(ids) < TAGGED:
        raise NotMeasurable(f"fewer than {TAGGED} organisations")
    return random.Random(22).sample(ids, TAGGED)


def bulk_tag_raw(run: BenchRun) -> list[float]:
    samples = []
    for _ in range(run.reps(1, 1)):
        folder = _copy(run)
        path = folder / run.data.db_path.name
        ids = _organisations(path)
        con = sqlite3.connect(path)
        # The search index's trigger folds the changed text through the app's function.
        from indie_desktop.store import search_index

        con.create_function(
            search_index.FOLD_FUNCTION, -1, search_index.fold_parts, deterministic=True
        )
        start = time.perf_counter_ns()
        con.executemany(
            "UPDATE organisation SET tags_text = coalesce(tags_text || ', ', '') || 'Messe', "
            "version = version + 1 WHERE id = ?",
            [(i,) for i in ids],
        )
        con.commit()
        samples.append((time.perf_counter_ns() - start) / 1e6)
        con.close()
    return samples


@figure(
    "bulk_tag_10000",
    target=Target(limit=3000, stat="median", source="issue 22"),
    baseline=bulk_tag_raw,
    baseline_label="raw sqlite3: executemany UPDATE of the same 10,000 rows (no audit)",
    note="workspace.bulk.tag(10,000 organisations) with an audit entry each; on a copy",
    default=False,
)
def bulk_tag_10000(run: BenchRun) -> list[float]:
    from indie_desktop.services.directory.staff import DirectoryService
    from indie_desktop.services.workspace import Workspace
    from indie_desktop.store.database import open_local

    samples = []
    for _ in range(run.reps(1, 1)):
        folder = _copy(run)
        ids = [uuid.UUID(hex=h) for h in _organisations(folder / run.data.db_path.name)]
        db = open_local(folder)
        ws = Workspace(db, DirectoryService(db).local_actor())
        start = time.perf_counter_ns()
        change = ws.bulk.tag(ids, "Leichtbau")  # the baseline tagged "Messe" already
        samples.append((time.perf_counter_ns() - start) / 1e6)
        run.extras["bulk_tag_10000"] = {"changed": change.changed}
        db.dispose()
    return samples


def invitations_raw(run: BenchRun) -> list[float]:
    return time_ms(lambda: raw_document(LETTERS, 30), run.reps(full=3, quick=1))


@figure(
    "invitations_1000",
    target=Target(ratio=3, source="issue 22"),
    baseline=invitations_raw,
    baseline_label="raw reportlab: 1,000 A4 pages, same TTF font, logo, 30 lines, marks, rules",
    note="workspace.event_invitations.invite(1,000 people): consent check, participants added with "
    "their history, 1,000 DIN 5008 letters with the event's placeholders; on a copy",
    default=False,
)
def invitations_1000(run: BenchRun) -> list[float]:
    from indie_desktop.services.directory.staff import DirectoryService
    from indie_desktop.services.events.events import EventDraft
    from indie_desktop.services.workspace import Workspace
    from indie_desktop.store.database import open_local

    people = person_ids(run)
    samples = []
    for _ in range(run.reps(3, 1)):
        folder = _copy(run)
        db = open_local(folder)
        ws = Workspace(db, DirectoryService(db).local_actor())
        day = (date.today() + timedelta(days=40)).strftime("%d.%m.%Y")
        event = ws.events.create(
            EventDraft(name="Branchentreff Benchmark", date=day, place="Dortmund")
        )
        start = time.perf_counter_ns()
        result = ws.event_invitations.invite(event, person_ids=people)
        samples.append((time.perf_counter_ns() - start) / 1e6)
        run.extras["invitations_1000"] = {
            "letters": result.letters,
            "skipped": len(result.skipped),
        }
        db.dispose()
    return samples
