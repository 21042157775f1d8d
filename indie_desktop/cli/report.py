"""`indie-desktop report funding`: the funding report (Förderbericht) as PDF or XLSX."""

from __future__ import annotations

import argparse
import sys
from datetime import date, datetime
from pathlib import Path
from typing import Any


def add_commands(sub: Any, database_help: str) -> None:
    report = sub.add_parser("report", help="write a report (funding report as PDF or XLSX)")
    kinds = report.add_subparsers(dest="report", required=True)
    funding = kinds.add_parser(
        "funding", help="figures, charts and evidence of a period for the funder"
    )
    funding.add_argument("--data-dir", type=Path, dest="sub_data_dir")
    funding.add_argument("--database", dest="sub_database", help=database_help)
    funding.add_argument("--from", dest="date_from", required=True, type=_date, metavar="DATE")
    funding.add_argument("--to", dest="date_to", required=True, type=_date, metavar="DATE")
    funding.add_argument("--out", type=Path, required=True, help="FILE.pdf or FILE.xlsx")


def _date(text: str) -> date:
    """24.11.2026 (German) or 2026-11-24 (ISO)."""
    for fmt in ("%d.%m.%Y", "%Y-%m-%d"):
        try:
            return datetime.strptime(text.strip(), fmt).date()
        except ValueError:
            continue
    raise argparse.ArgumentTypeError(f"not a date: {text!r} (use 24.11.2026 or 2026-11-24)")


def run_report(data_dir: Path | None, database: str | None, args: argparse.Namespace) -> int:
    from indie_desktop.cli.common import open_workspace
    from indie_desktop.domain.outcomes import Period
    from indie_desktop.printing.report_funding import write_funding_report
    from indie_desktop.store.database import StorageError

    if args.date_to < args.date_from:
        print("error: --to is before --from", file=sys.stderr)
        return 2
    if args.out.suffix.lower() not in (".pdf", ".xlsx"):
        print("error: --out must end in .pdf or .xlsx", file=sys.stderr)
        return 2
    try:
        ws = open_workspace(data_dir, database)
    except StorageError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    try:
        report = ws.funding_report.build(Period(args.date_from, args.date_to))
        write_funding_report(report, args.out)
    except OSError as exc:
        print(f"error: cannot write {args.out}: {exc}", file=sys.stderr)
        return 1
    finally:
        ws.close()
    f = report.figures
    print(
        f"{args.out}: {f.period.label()}, {f.visits} visits, {f.referrals} referrals, "
        f"{f.cooperations} cooperations ({len(report.evidence)} itemised)"
    )
    return 0
