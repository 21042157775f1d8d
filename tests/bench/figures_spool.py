"""Figures of issue 20: a 100-letter mail merge from "Drucken" to spooled on a real CUPS queue
(cups-pdf), and the spool size per letter page, beside printing the same PDF with `lp`.

Inside the benchmark run (`python tests/bench/run.py`) the letters go to the data set's people;
standalone (`python tests/bench/figures_spool.py`, as root with cups and cups-pdf installed) it
makes a small demo network and prints the figures for the README. The private cupsd of the
tests (tests/cups_queue.py) is started and stopped around the measurement.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from harness import NotMeasurable, Target, figure  # noqa: E402

from tests import cups_queue  # noqa: E402

LETTERS = 100
TEMPLATE = "netzwerk_information"


def _spooled(queue: cups_queue.CupsQueue, job: str) -> int:
    return queue.spooled_bytes(job)


def measure(workspace: Any, people: list[uuid.UUID], reps: int) -> dict[str, Any]:
    """Merge + print through the app's print path, and `lp` of the same PDF, `reps` times."""
    from indie_desktop.services.printing.print_path import print_pdf
    from indie_desktop.services.printing.spooling import PrintRequest

    queue = cups_queue.start()
    if queue is None:
        raise NotMeasurable("needs root, cupsd and the cups-pdf backend (see .ci/run)")
    try:
        app_ms: list[float] = []
        lp_ms: list[float] = []
        send_ms: list[float] = []
        spool: list[int] = []
        pages = 0
        for _ in range(reps):
            started = time.perf_counter()
            result = workspace.printing.mail_merge(TEMPLATE, people)
            merged = time.perf_counter()
            printed = print_pdf(result.pdf, PrintRequest(queue.queue, "Serienbrief"))
            app_ms.append((time.perf_counter() - started) * 1000)
            send_ms.append((time.perf_counter() - merged) * 1000)
            spool.append(_spooled(queue, printed.job))
            pages = printed.pages
            with tempfile.NamedTemporaryFile(suffix=".pdf") as file:
                file.write(result.pdf)
                file.flush()
                started = time.perf_counter()
                lp = ["lp", "-d", queue.queue, file.name]
                subprocess.run(lp, check=True, capture_output=True)
                lp_ms.append((time.perf_counter() - started) * 1000)
        return {
            "letters": result.letters,
            "pages": pages,
            "app_ms": app_ms,
            "lp_ms": lp_ms,
            "send_ms": send_ms,
            "spool_bytes": spool[-1],
            "spool_bytes_per_page": spool[-1] // max(pages, 1),
        }
    finally:
        cups_queue.stop(queue)


def _lp_baseline(run: Any) -> list[float]:
    return list(run.memo["spool"]["lp_ms"])


@figure(
    "print_merge_100_spooled",
    target=Target(limit=None, source="issue 20: ≤ 200 KB per letter page in the spool"),
    baseline=_lp_baseline,
    baseline_label="lp of the same PDF file (system tools)",
    note="mail merge of 100 letters, then print_pdf to a CUPS queue (cups-pdf) until spooled",
)
def print_merge_100_spooled(run: Any) -> list[float]:
    from figures_print import person_ids

    figures = measure(run.workspace, person_ids(run)[:LETTERS], run.reps(full=3, quick=1))
    run.memo["spool"] = figures
    run.extras["print_merge_100_spooled"] = {
        "spool_bytes_per_page": figures["spool_bytes_per_page"],
        "pages": figures["pages"],
    }
    return list(figures["app_ms"])


def main() -> int:
    from indie_desktop.services.demo.generator import DemoSize, generate_demo
    from indie_desktop.services.directory.staff import DirectoryService
    from indie_desktop.services.workspace import Workspace
    from indie_desktop.store.database import open_local

    folder = Path(tempfile.mkdtemp(prefix="indie-bench-spool-"))
    db = open_local(folder / "indie.sqlite")
    generate_demo(db, DemoSize(organisations=200, people=600, activities=100), seed=2026)
    directory = DirectoryService(db)
    choice = next(c for c in directory.institution_choices() if c.short_name == "WF Dortmund")
    actor = directory.register_local_user(choice, "Şükrü", "Yıldız", "s.yildiz@example.de")
    workspace = Workspace(db, actor)
    people = _people(workspace)
    figures = measure(workspace, people, reps=3)
    workspace.close()
    app = statistics.median(figures["app_ms"])
    lp = statistics.median(figures["lp_ms"])
    print(f"{figures['letters']} letters, {figures['pages']} pages")
    print(f"mail merge + print_pdf until spooled: {app:.0f} ms (median of 3)")
    send = statistics.median(figures["send_ms"])
    print(f"  of which print_pdf (to spooled):    {send:.0f} ms")
    print(f"lp of the same PDF:                   {lp:.0f} ms (median of 3)")
    per_page = figures["spool_bytes_per_page"] / 1024
    print(f"spool: {figures['spool_bytes'] / 1024:.0f} KB, {per_page:.1f} KB per page")
    return 0


def _people(workspace: Any) -> list[uuid.UUID]:
    from indie_desktop.services.printing.documents import RecipientFilter

    found: list[uuid.UUID] = []
    for town in ("Dortmund", "Bochum", "Hagen", "Herne", "Witten", "Schwelm"):
        found += workspace.printing.people_for(RecipientFilter(town, "", "", ""))
    if len(found) < LETTERS:
        raise SystemExit(f"only {len(found)} people with an address")
    return found[:LETTERS]


if __name__ == "__main__":
    sys.exit(main())
