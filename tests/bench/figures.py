"""The figures. Adding one: a function taking the BenchRun and returning samples, registered
with `@figure(name, target=..., baseline=..., baseline_label=...)`; its baseline is a function
of the same shape doing the same work with the raw library. Order here is the table's order.
"""

from __future__ import annotations

import gc
import random
import statistics
import time
import uuid
from collections.abc import Callable
from typing import Any

import baselines
import dataset
from context import BenchRun
from harness import NotMeasurable, Skipped, Target, figure, time_ms

PEOPLE_PAGE = 200
KEYSTROKES = ("m", "mu", "mul", "mull", "mulle", "muller")  # typing "Müller" into the filter


# --- cold start and memory (separate processes, see gui_probe.py) ------------------------------


def cold_start_baseline(run: BenchRun) -> list[float]:
    return [p.seconds * 1000 for p in run.probes().baseline]


@figure(
    "cold_start",
    target=Target(ratio=2.0, source="issue 3"),
    baseline=cold_start_baseline,
    baseline_label="bare PySide6 QMainWindow shown + import sqlalchemy, separate process",
    note="launch -> first paint of the default list with its first page; warm file cache",
)
def cold_start(run: BenchRun) -> list[float]:
    return [p.seconds * 1000 for p in run.probes().app]


def _rss(reports: list[dict[str, Any]], key: str = "peak_rss_mb") -> list[float]:
    values = [r[key] for r in reports if r.get(key) is not None]
    if not values:
        raise NotMeasurable("peak RSS not available on this platform (install psutil)")
    return values


def peak_rss_baseline(run: BenchRun) -> list[float]:
    return _rss([p.report for p in run.probes().baseline])


@figure(
    "peak_rss_gui",
    unit="MB",
    target=Target(limit=300, source="issue 3"),
    baseline=peak_rss_baseline,
    baseline_label="peak RSS of the bare-window process",
    note="peak RSS (MiB) of the GUI process when the first page is shown (the cold starts)",
)
def peak_rss_gui(run: BenchRun) -> list[float]:
    return _rss([p.report for p in run.probes().app])


@figure(
    "peak_rss_gui_scrolled",
    unit="MB",
    target=Target(limit=300, source="issue 3"),
    baseline=peak_rss_baseline,
    baseline_label="peak RSS of the bare-window process",
    note="peak RSS (MiB) after every list of the main window was fetched to its end; one run",
)
def peak_rss_gui_scrolled(run: BenchRun) -> list[float]:
    report = run.probe_scrolled()
    run.extras["peak_rss_gui_scrolled"] = {"lists": report.get("scrolled")}
    return _rss([report], "peak_rss_after_scroll_mb")


# --- the people list ---------------------------------------------------------------------------


class _Untranslated:
    """Stands in for the view when borrowing its column definitions: tr() is the identity."""

    def tr(self, text: str) -> str:
        return text


def people_model_factory(run: BenchRun) -> Callable[[], Any] | None:
    """A new PagedTableModel over the people service with the People view's own columns."""
    try:
        from indie_desktop.ui.models.paged_table_model import PagedTableModel
        from indie_desktop.ui.views.people_view import PeopleView
    except ImportError:
        return None
    run.qt()
    columns = PeopleView.make_columns(_Untranslated())  # type: ignore[arg-type]
    people = run.workspace.people
    return lambda: PagedTableModel(people, columns, page_size=PEOPLE_PAGE)


def read_page(model: Any) -> int:
    """What a view asks for to paint the loaded rows: every cell's display text."""
    cells = 0
    for row in range(model.rowCount()):
        for column in range(model.columnCount()):
            model.data(model.index(row, column))
            cells += 1
    return cells


def people_first_page_raw(run: BenchRun) -> list[float]:
    return time_ms(
        lambda: baselines.people_count_and_page(run.raw),
        run.reps(full=30, quick=5),
    )


@figure(
    "people_list_first_page",
    target=Target(limit=150, source="issue 3"),
    baseline=people_first_page_raw,
    baseline_label="raw sqlite3 count + first 200 rows, same joins and order",
    note="count + first page of 200 through the service, in the Qt model, every cell read",
)
def people_list_first_page(run: BenchRun) -> list[float]:
    make = people_model_factory(run)
    if make is None:
        from indie_desktop.services.listing import ListQuery

        people, query = run.workspace.people, ListQuery()
        return time_ms(
            lambda: (people.count(query), people.page(query, 0, PEOPLE_PAGE)),
            run.reps(full=30, quick=5),
        )

    def first_page() -> None:
        model = make()
        model.reload()
        read_page(model)

    return time_ms(first_page, run.reps(full=30, quick=5))


def people_scroll_raw(run: BenchRun) -> list[float]:
    return time_ms(lambda: baselines.people_all(run.raw), run.reps(full=3, quick=2))


@figure(
    "people_list_scroll_to_end",
    baseline=people_scroll_raw,
    baseline_label="raw sqlite3 iterating the whole ordered list in one query",
    note="first page, then fetchMore (pages of 200) until the model has every row",
)
def people_list_scroll_to_end(run: BenchRun) -> list[float]:
    from PySide6.QtCore import QModelIndex

    make = people_model_factory(run)
    if make is None:
        raise NotMeasurable("indie_desktop/ui/models/paged_table_model.py missing")
    counts: list[int] = []

    def scroll() -> None:
        model = make()
        model.reload()
        root = QModelIndex()
        while model.canFetchMore(root):
            model.fetchMore(root)
        counts.append(model.rowCount())

    samples = time_ms(scroll, run.reps(full=3, quick=2), warmup=0, budget_s=120)
    run.extras["people_list_scroll_to_end"] = {"rows": counts[-1], "runs": len(samples)}
    return samples


def rounds(
    run: BenchRun, full: int, quick: int, one: Callable[[Any], object], items: Any
) -> list[float]:
    """Milliseconds of `one(item)` for each item, round after round; round 0 only warms up."""
    samples: list[float] = []
    for i in range(run.reps(full, quick) + 1):
        gc.collect()
        for item in items:
            start = time.perf_counter_ns()
            one(item)
            if i:
                samples.append((time.perf_counter_ns() - start) / 1e6)
    return samples


def filter_keystrokes_raw(run: BenchRun) -> list[float]:
    return rounds(run, 10, 2, lambda t: baselines.people_count_and_page(run.raw, t), KEYSTROKES)


@figure(
    "people_filter_keystroke",
    baseline=filter_keystrokes_raw,
    baseline_label="raw sqlite3 count + first page with the same LIKE conditions",
    note=(
        "filter box typing m, mu, ... muller: model.set_filter_text (count + first page) + "
        "cells read, per keystroke, without the 200 ms typing pause; LIKE '%..%' on "
        "search_key. Target ≤ 16 ms p95 belongs to the FTS5 search (issue 6)"
    ),
)
def people_filter_keystroke(run: BenchRun) -> list[float]:
    make = people_model_factory(run)
    if make is None:
        raise NotMeasurable("indie_desktop/ui/models/paged_table_model.py missing")
    model = make()
    model.reload()
    per_key: dict[str, list[float]] = {t: [] for t in KEYSTROKES}
    matches: dict[str, int] = {}
    for i in range(run.reps(full=10, quick=2) + 1):  # round 0 only warms up
        model.set_filter_text("")
        gc.collect()
        for text in KEYSTROKES:
            start = time.perf_counter_ns()
            model.set_filter_text(text)
            read_page(model)
            if i:
                per_key[text].append((time.perf_counter_ns() - start) / 1e6)
            matches[text] = model.total
    samples = [s for t in KEYSTROKES for s in per_key[t]]
    run.extras["people_filter_keystroke"] = {
        "median_ms_per_keystroke": {t: round(statistics.median(v), 2) for t, v in per_key.items()},
        "matches": matches,
    }
    return samples


# --- global search ------------------------------------------------------------------------------

SEARCH_KEYSTROKES = (*KEYSTROKES, "muller d", "muller do", "muller dor", "muller dort")


def search_keystrokes_raw(run: BenchRun) -> list[float]:
    return rounds(run, 10, 2, lambda t: baselines.fts_top(run.raw, t), SEARCH_KEYSTROKES)


@figure(
    "search_keystroke",
    target=Target(limit=16, ratio=1.5, source="issue 6"),
    baseline=search_keystrokes_raw,
    baseline_label=(
        "raw sqlite3 FTS5 MATCH of the same words, best 5 rowids per searched table "
        "among its first 1000 matches"
    ),
    note=(
        "global search typing m, mu, ... muller dort: workspace.search.search (6 kinds, best 5 "
        "each, titles and subtitles) per keystroke; one-letter words are not searched"
    ),
)
def search_keystroke(run: BenchRun) -> list[float]:
    search = run.workspace.search.search
    found: dict[str, int] = {}

    def one(text: str) -> None:
        found[text] = len(search(text).hits)

    samples = rounds(run, 10, 2, one, SEARCH_KEYSTROKES)
    run.extras["search_keystroke"] = {"hits": found}
    return samples


# --- details -----------------------------------------------------------------------------------


def detail_ids(run: BenchRun) -> list[str]:
    """The organisation with the most people, then a fixed random sample (hex ids)."""
    if "detail_ids" in run.memo:
        return list(run.memo["detail_ids"])
    con = run.raw
    largest = con.execute(
        "SELECT organisation_id FROM affiliation WHERE deleted_at IS NULL "
        "GROUP BY organisation_id ORDER BY count(*) DESC LIMIT 1"
    ).fetchone()
    ids = [r[0] for r in con.execute("SELECT id FROM organisation WHERE deleted_at IS NULL")]
    if not ids:
        raise NotMeasurable("the data set has no organisations")
    chosen = ([largest[0]] if largest else []) + random.Random(7).sample(ids, min(19, len(ids)))
    run.memo["detail_ids"] = chosen
    return chosen


def organisation_detail_raw(run: BenchRun) -> list[float]:
    return rounds(run, 5, 2, lambda o: baselines.organisation_detail(run.raw, o), detail_ids(run))


@figure(
    "organisation_detail",
    baseline=organisation_detail_raw,
    baseline_label="raw sqlite3: the organisation, its responsible staff, its people",
    note="workspace.organisations.detail for the organisation with most people + 19 random ones",
)
def organisation_detail(run: BenchRun) -> list[float]:
    ids = detail_ids(run)
    service = run.workspace.organisations
    samples = rounds(run, 5, 2, lambda o: service.detail(uuid.UUID(hex=o)), ids)
    largest = service.detail(uuid.UUID(hex=ids[0]))
    run.extras["organisation_detail"] = {"largest_people": len(largest.people)}
    return samples


def timeline_ids(run: BenchRun) -> list[str]:
    """The organisation with the most activities, then a fixed random sample (hex ids)."""
    if "timeline_ids" not in run.memo:
        busiest = run.raw.execute(
            "SELECT organisation_id FROM activity_organisation GROUP BY organisation_id "
            "ORDER BY count(*) DESC LIMIT 1"
        ).fetchone()
        rest = detail_ids(run)[1:]
        run.memo["timeline_ids"] = ([busiest[0]] if busiest else []) + rest
    return list(run.memo["timeline_ids"])


def timeline_organisation_raw(run: BenchRun) -> list[float]:
    import baselines_timeline

    return rounds(
        run,
        5,
        2,
        lambda o: baselines_timeline.organisation_timeline(run.raw, o),
        timeline_ids(run),
    )


@figure(
    "timeline_organisation",
    target=Target(limit=50, source="issue 4"),
    baseline=timeline_organisation_raw,
    baseline_label="raw sqlite3: the same eight queries (LIMIT 51 each), merged in Python",
    note="workspace.timeline.for_organisation, first 50 entries, for the organisation with "
    "most activities + 19 random ones",
)
def timeline_organisation(run: BenchRun) -> list[float]:
    ids = timeline_ids(run)
    service = run.workspace.timeline
    samples = rounds(run, 5, 2, lambda o: service.for_organisation(uuid.UUID(hex=o)), ids)
    busiest = service.for_organisation(uuid.UUID(hex=ids[0]), limit=50)
    run.extras["timeline_organisation"] = {"busiest_entries_shown": len(busiest.entries)}
    return samples


# --- generating the data set -------------------------------------------------------------------


GENERATION = ("demo_generation", "demo_generation_orgs_people")


def generation_meta(run: BenchRun) -> dict[str, Any]:
    """Metadata of a generation measured in this run (the cache was missing, or --only asked)."""
    if "generation" not in run.memo:
        if run.data.generated_now:
            run.memo["generation"] = run.data.meta
        elif run.only & set(GENERATION):
            run.memo["generation"] = dataset.generate_fresh(run.data.spec, run.log)
        else:
            meta = run.data.meta
            raise Skipped(
                f"data set from the cache (generated {meta.get('generated_at', '?')} in "
                f"{meta.get('generation_seconds', '?')} s); --only demo_generation measures it"
            )
    meta: dict[str, Any] = run.memo["generation"]
    return meta


@figure(
    "demo_generation",
    unit="s",
    note="generate_demo of the whole set into a new database, one run",
)
def demo_generation(run: BenchRun) -> list[float]:
    meta = generation_meta(run)
    run.extras["demo_generation"] = {
        "phase_starts_s": meta.get("phase_starts"),
        "rows": meta.get("counts"),
    }
    return [float(meta["generation_seconds"])]


@figure(
    "demo_generation_orgs_people",
    unit="s",
    target=Target(limit=60, stat="median", source="issue 2"),
    note=(
        "the same run up to the end of its People phase (phase starts from the progress "
        "callback): issue 2 asks 20,000 organisations / 100,000 people in under a minute"
    ),
)
def demo_generation_orgs_people(run: BenchRun) -> list[float]:
    phases = list((generation_meta(run).get("phase_starts") or {}).items())
    names = [name for name, _ in phases]
    if "People" not in names or names.index("People") + 1 >= len(names):
        raise NotMeasurable("the generator reports no phase after People")
    return [float(phases[names.index("People") + 1][1])]


import figures_address_books  # noqa: E402, F401  # issue 19: XLSX and vCard imports
import figures_import  # noqa: E402, F401  # issue 6: import and duplicate figures
