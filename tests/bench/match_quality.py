"""Quality of the partner suggestions (issue 24): precision@5 and recall@10 on the evaluation
set (tests/evaluation/partner_set.py), beside a plain LIKE baseline and the substring ranking
the suggestions had before, on the same set.

    python tests/bench/match_quality.py [--markdown FILE]

Target: precision@5 >= 0.6 and at least twice the LIKE baseline.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:  # works from a clean clone without PYTHONPATH
    sys.path.insert(0, str(ROOT))

import argparse  # noqa: E402

from tests.evaluation.metrics import run_all, table  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--markdown", type=Path, help="also write the table to this file")
    args = p.parse_args(argv)
    with tempfile.TemporaryDirectory() as folder:
        figures = run_all(Path(folder) / "judged") + run_all(Path(folder) / "listed", "listed")
    text = table(figures)
    print(text)
    if args.markdown:
        args.markdown.write_text(text + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
