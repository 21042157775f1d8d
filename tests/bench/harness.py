"""The benchmark registry: figures with a target and a raw-library baseline, timed and judged.

A figure is one function registered with `@figure(...)`: it returns samples (floats in the
figure's unit) or raises `NotMeasurable`. Its baseline is another such function measuring the
same work with the raw library (sqlite3, a bare Qt window, reportlab), run in the same session.
"""

from __future__ import annotations

import gc
import math
import statistics
import time
import traceback
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from typing import Any


class NotMeasurable(Exception):
    """The figure cannot be measured here (feature missing, data set lacks the records)."""


class Skipped(NotMeasurable):
    """Deliberately not measured in this run (e.g. the data set came from the cache)."""


Measure = Callable[[Any], Sequence[float]]


@dataclass(frozen=True)
class Target:
    """A figure's goal: a limit on one statistic, a ratio of medians to the baseline, or both."""

    limit: float | None = None  # in the figure's unit
    ratio: float | None = None  # figure median / baseline median
    stat: str = "p95"  # "median" or "p95", for `limit`
    source: str = ""  # where the target comes from, e.g. "issue 3"

    def describe(self, unit: str) -> str:
        parts = [f"≤ {self.limit:g} {unit} {self.stat}"] if self.limit is not None else []
        if self.ratio is not None:
            parts.append(f"≤ {self.ratio:g}× baseline")
        return ", ".join(parts)

    def met(self, median: float, p95: float, ratio: float | None) -> bool | None:
        """True/False, or None when the ratio target has no baseline to compare with."""
        within = True
        if self.limit is not None:
            within = (p95 if self.stat == "p95" else median) <= self.limit
        if self.ratio is not None:
            return None if ratio is None else within and ratio <= self.ratio
        return within


@dataclass(frozen=True)
class Figure:
    name: str
    measure: Measure
    unit: str = "ms"
    target: Target | None = None
    baseline: Measure | None = None
    baseline_label: str = ""
    note: str = ""
    default: bool = True  # False: only with --only NAME (or when the harness decides)


FIGURES: dict[str, Figure] = {}

# Figures the capability issues ask for whose features do not exist yet: name -> target text.
# A later issue replaces its entry with a real `@figure` (and its raw baseline).
PENDING: dict[str, str] = {
    "partner suggestions": "(issue 4)",
    "dashboard": "dashboard year (issue 9)",
    "contact sheet": "vs raw reportlab page (issue 5)",
    "mail merge": "1,000 letters (issue 5)",
}


def figure(
    name: str,
    *,
    unit: str = "ms",
    target: Target | None = None,
    baseline: Measure | None = None,
    baseline_label: str = "",
    note: str = "",
    default: bool = True,
) -> Callable[[Measure], Measure]:
    """Register a figure under `name`; the decorated function returns its samples."""

    def register(measure: Measure) -> Measure:
        if name in FIGURES:
            raise ValueError(f"figure {name!r} registered twice")
        FIGURES[name] = Figure(name, measure, unit, target, baseline, baseline_label, note, default)
        PENDING.pop(name, None)
        return measure

    return register


def time_ms(
    work: Callable[[], object], reps: int, warmup: int = 1, budget_s: float | None = None
) -> list[float]:
    """Wall-clock milliseconds of `work()` over `reps` runs after `warmup` unrecorded runs.

    With `budget_s`, stops early once that much time went into the recorded runs (at least
    one run is always recorded), so a slow figure cannot stall the whole benchmark.
    """
    for _ in range(warmup):
        work()
    gc.collect()
    samples: list[float] = []
    spent = 0.0
    for _ in range(reps):
        start = time.perf_counter_ns()
        work()
        samples.append((time.perf_counter_ns() - start) / 1e6)
        spent += samples[-1] / 1000
        if budget_s is not None and spent > budget_s:
            break
    return samples


def percentile(values: Sequence[float], q: float) -> float:
    """Linear-interpolated percentile (q in 0..100); with few samples p95 sits near the max."""
    ordered = sorted(values)
    if len(ordered) == 1:
        return ordered[0]
    pos = (len(ordered) - 1) * q / 100
    lo, hi = math.floor(pos), math.ceil(pos)
    return ordered[lo] + (ordered[hi] - ordered[lo]) * (pos - lo)


@dataclass
class Stats:
    n: int
    median: float
    p95: float
    samples: list[float]

    @classmethod
    def of(cls, samples: Sequence[float]) -> Stats:
        values = [float(s) for s in samples]
        if not values:
            raise NotMeasurable("no samples")
        return cls(len(values), statistics.median(values), percentile(values, 95), values)


@dataclass
class Result:
    name: str
    unit: str
    figure: Stats | None = None
    baseline: Stats | None = None
    baseline_label: str = ""
    ratio: float | None = None
    target: str = ""
    verdict: str = ""
    note: str = ""
    seconds: float = 0.0  # how long measuring took, for the harness's own budget
    extra: dict[str, Any] = field(default_factory=dict)

    def as_json(self) -> dict[str, Any]:
        return asdict(self)


def run_figure(fig: Figure, session: Any) -> Result:
    """Measure a figure and its baseline; a failure becomes the verdict, never a number."""
    started = time.perf_counter()
    result = Result(fig.name, fig.unit, baseline_label=fig.baseline_label, note=fig.note)
    result.target = fig.target.describe(fig.unit) if fig.target else "—"
    try:
        result.figure = Stats.of(fig.measure(session))
        if fig.baseline is not None:
            result.baseline = Stats.of(fig.baseline(session))
    except NotMeasurable as exc:
        result.figure = result.baseline = None
        result.verdict = "skipped" if isinstance(exc, Skipped) else "not measurable"
        result.note = "; ".join(filter(None, [f"{result.verdict}: {exc}", result.note]))
        result.seconds = time.perf_counter() - started
        return result
    except Exception as exc:  # reported in the table and by the exit code, never hidden
        traceback.print_exc()
        result.figure = result.baseline = None
        result.verdict = "ERROR"
        result.note = "; ".join(filter(None, [f"ERROR {type(exc).__name__}: {exc}", result.note]))
        result.seconds = time.perf_counter() - started
        return result
    if result.baseline is not None and result.baseline.median > 0:
        result.ratio = result.figure.median / result.baseline.median
    extra = getattr(session, "extras", {}).pop(fig.name, None)
    if extra:
        result.extra = extra
    if fig.target is None:
        result.verdict = "no target"
    else:
        met = fig.target.met(result.figure.median, result.figure.p95, result.ratio)
        result.verdict = {True: "ok", False: "MISSES target", None: "no baseline"}[met]
    result.seconds = time.perf_counter() - started
    return result


def fmt(value: float | None, unit: str) -> str:
    if value is None:
        return "—"
    if unit == "ms" and value >= 10_000:
        return f"{value / 1000:.1f} s"
    if unit in ("ms", "s"):
        digits = 1 if value >= 10 else 2
        return f"{value:.{digits}f} {unit}"
    return f"{value:.0f} {unit}"


HEADER = ("figure", "n", "median", "p95", "baseline", "ratio", "target", "verdict")


def rows(results: Sequence[Result]) -> list[tuple[str, ...]]:
    out = []
    for r in results:
        fig, base = r.figure, r.baseline
        out.append(
            (
                r.name,
                str(fig.n) if fig else "—",
                fmt(fig.median if fig else None, r.unit),
                fmt(fig.p95 if fig else None, r.unit),
                fmt(base.median if base else None, r.unit),
                f"{r.ratio:.2f}×" if r.ratio is not None else "—",
                r.target,
                r.verdict,
            )
        )
    return out


def text_table(results: Sequence[Result]) -> str:
    table = [HEADER, *rows(results)]
    widths = [max(len(row[i]) for row in table) for i in range(len(HEADER))]
    right = {1, 2, 3, 4, 5}
    lines = []
    for k, row in enumerate(table):
        cells = [
            c.rjust(w) if i in right else c.ljust(w)
            for i, (c, w) in enumerate(zip(row, widths, strict=True))
        ]
        lines.append("  ".join(cells).rstrip())
        if k == 0:
            lines.append("  ".join("-" * w for w in widths))
    return "\n".join(lines)


def markdown_table(results: Sequence[Result]) -> str:
    lines = [
        "| " + " | ".join(HEADER) + " |",
        "|" + "|".join(["---", *["---:"] * 5, "---", "---"]) + "|",
    ]
    lines += ["| " + " | ".join(row) + " |" for row in rows(results)]
    return "\n".join(lines)


def notes(results: Sequence[Result]) -> list[str]:
    """One line per figure: what its baseline is, and anything the reader must know."""
    out = []
    for r in results:
        parts = []
        if r.baseline_label:
            parts.append(f"baseline = {r.baseline_label}")
        if r.note:
            parts.append(r.note)
        if parts:
            out.append(f"{r.name}: " + "; ".join(parts))
    return out


def pending_line() -> str:
    return "not yet measurable (feature missing): " + ", ".join(PENDING)
