"""Benchmarks at network scale, each figure beside its raw-library baseline (issue 3).

    python tests/bench/run.py [--quick] [--only NAME[,NAME]] [--json FILE] [--markdown FILE]

Generates (once, then cached in tests/bench/.cache/) a demo network of 20,000 organisations,
100,000 people and 200,000 activities, measures every registered figure and its baseline in
the same run, and prints one table: median and p95 over repeated runs, baseline median, ratio,
target and verdict. `--quick` uses a small set and few repetitions (CI runs it so the harness
cannot rot). No figure fails the run; an error in the harness or the app does (exit code 1).
"""

from __future__ import annotations

import sys
from pathlib import Path

BENCH_DIR = Path(__file__).resolve().parent
ROOT = BENCH_DIR.parents[1]
for entry in (str(BENCH_DIR), str(ROOT)):  # works from a clean clone without PYTHONPATH
    if entry not in sys.path:
        sys.path.insert(0, entry)

import argparse  # noqa: E402
import json  # noqa: E402
import os  # noqa: E402
import time  # noqa: E402
from datetime import datetime  # noqa: E402
from typing import Any  # noqa: E402

import dataset  # noqa: E402
import figures  # noqa: E402, F401  # registers the figures
import figures_backup  # noqa: E402, F401  # backups and damage checks (issue 11)
import figures_dashboard  # noqa: E402, F401  # issue 9
import figures_events  # noqa: E402, F401  # issue 22
import figures_frozen  # noqa: E402, F401  # issue 18: the frozen build's start
import figures_mail  # noqa: E402, F401  # issue 23: mails onto the record
import figures_print  # noqa: E402, F401  # issue 5
import figures_privacy  # noqa: E402, F401  # issue 10
import figures_referrals  # noqa: E402, F401
import figures_smtp  # noqa: E402, F401  # issue 23: invitations by e-mail
import figures_spool  # noqa: E402, F401  # issue 20: print spool
import figures_sync  # noqa: E402, F401  # issue 8: offline replica and sync
import figures_word  # noqa: E402, F401  # issue 23: Word templates
import pg_figures  # noqa: E402, F401  # registers the PostgreSQL figures (issue 7)
import pg_figures_import  # noqa: E402, F401  # issue 17: the import as staff on the server
from context import BenchRun  # noqa: E402
from harness import (  # noqa: E402
    FIGURES,
    PENDING,
    Result,
    markdown_table,
    notes,
    pending_line,
    run_figure,
    text_table,
)


def log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def parse(argv: list[str] | None) -> argparse.Namespace:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--quick", action="store_true", help="small data set, few repetitions")
    p.add_argument(
        "--only",
        action="append",
        default=[],
        metavar="NAME",
        help="measure only these figures (repeat or comma-separate); see --list",
    )
    p.add_argument("--json", type=Path, metavar="FILE", help="also write the results as JSON")
    p.add_argument("--markdown", type=Path, metavar="FILE", help="also write a Markdown table")
    p.add_argument("--regenerate", action="store_true", help="throw the cached data set away")
    p.add_argument("--list", action="store_true", help="list the figures and exit")
    return p.parse_args(argv)


def selected(only: set[str]) -> list[str]:
    unknown = only - FIGURES.keys()
    if unknown:
        raise SystemExit(
            f"unknown figure(s): {', '.join(sorted(unknown))}; known: {', '.join(FIGURES)}"
        )
    if only:
        return [name for name in FIGURES if name in only]
    return [name for name, fig in FIGURES.items() if fig.default]


def header(run: BenchRun, started: datetime) -> list[str]:
    machine = dataset.machine()
    qt = os.environ.get("QT_QPA_PLATFORM", "offscreen")
    lines = [
        f"In|Die Desktop benchmarks, {started:%Y-%m-%d %H:%M}",
        f"machine: {machine['cpus']} cores, {machine.get('memory_gb', '?')} GB, "
        f"{machine['processor']}, {machine['platform']}; Python {machine['python']}, "
        f"SQLite {machine['sqlite']}; Qt platform {qt}",
        f"data set: {run.data.spec.describe()}"
        + ("" if run.data.generated_now else f" (cached: {run.data.data_dir.name})"),
    ]
    if run.quick:
        lines.append("QUICK run: small data set; targets are for the network-scale set")
    return lines


def write_json(path: Path, run: BenchRun, started: datetime, results: list[Result]) -> None:
    doc: dict[str, Any] = {
        "date": started.isoformat(timespec="seconds"),
        "quick": run.quick,
        "machine": dataset.machine(),
        "qt_platform": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
        "data_set": {
            **vars(run.data.spec),
            "cache": run.data.data_dir.name,
            "counts": run.data.meta.get("counts", {}),
        },
        "figures": [r.as_json() for r in results],
        "not_yet_measurable": list(PENDING),
    }
    path.write_text(json.dumps(doc, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    args = parse(argv)
    if args.list:
        for name, fig in FIGURES.items():
            target = fig.target.describe(fig.unit) if fig.target else "no target"
            print(f"{name:28} {target:22} {fig.note}")
        print(pending_line())
        return 0
    only = {n.strip() for group in args.only for n in group.split(",") if n.strip()}
    names = selected(only)
    spec = dataset.QUICK if args.quick else dataset.NETWORK
    started = datetime.now().astimezone()
    t0 = time.perf_counter()
    data = dataset.prepare(spec, log, regenerate=args.regenerate)
    run = BenchRun(data, quick=args.quick, only=only, log=log)
    results: list[Result] = []
    try:
        for name in names:
            log(f"measuring {name} ...")
            results.append(run_figure(FIGURES[name], run))
            log(f"  {results[-1].verdict} ({results[-1].seconds:.1f} s)")
    finally:
        run.close()
    out = [
        *header(run, started),
        "",
        text_table(results),
        "",
        *notes(results),
        *[f"{r.name}: {json.dumps(r.extra, ensure_ascii=False)}" for r in results if r.extra],
        "",
        pending_line(),
        f"(harness took {time.perf_counter() - t0:.0f} s)",
    ]
    print("\n".join(out))
    if args.json:
        write_json(args.json, run, started, results)
    if args.markdown:
        md = [
            *[f"{line}  " for line in header(run, started)],
            "",
            markdown_table(results),
            "",
            *[f"- {line}" for line in notes(results)],
            "",
            pending_line(),
        ]
        args.markdown.write_text("\n".join(md) + "\n", encoding="utf-8")
    return 1 if any(r.verdict.startswith("ERROR") for r in results) else 0


if __name__ == "__main__":
    sys.exit(main())
