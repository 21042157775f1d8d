"""`indie-desktop radar`: the Bedarfsradar of a university from the command line.

indie-desktop radar digest --university ID --out FILE.pdf|FILE.docx [--since DD.MM.YYYY]
    [--topic TEXT] [--carry] --data-dir DIR
indie-desktop radar answer --carried ID --answer interesting|unit_named|declined|no_answer
    [--unit ID] --data-dir DIR
"""

from __future__ import annotations

import argparse
import sys
import uuid
from pathlib import Path
from typing import Any

from indie_desktop.domain.enums import CarriedAnswer


def add_commands(sub: Any, database_help: str) -> None:
    radar = sub.add_parser("radar", help="needs digest of a university, its answers (Bedarfsradar)")
    kinds = radar.add_subparsers(dest="radar", required=True)
    digest = kinds.add_parser(
        "digest", help="the open needs fitting a university's units, PDF or Word"
    )
    digest.add_argument("--university", required=True, help="the university's id")
    digest.add_argument("--out", type=Path, required=True, help="FILE.pdf or FILE.docx")
    digest.add_argument("--since", help="only needs found since this day (DD.MM.YYYY)")
    digest.add_argument("--topic", default="", help="only needs naming this term")
    digest.add_argument("--carry", action="store_true", help="record the needs as carried")
    answer = kinds.add_parser("answer", help="record a university's answer to a carried need")
    answer.add_argument("--carried", required=True, help="the carried need's id")
    answer.add_argument("--answer", required=True, choices=[a.value for a in CarriedAnswer])
    answer.add_argument("--unit", help="the unit that takes it up (with unit_named)")
    for p in (digest, answer):
        p.add_argument("--data-dir", type=Path, dest="sub_data_dir")
        p.add_argument("--database", dest="sub_database", help=database_help)


def _uuid(text: str | None, what: str) -> uuid.UUID | None:
    if text is None:
        return None
    try:
        return uuid.UUID(text.strip())
    except ValueError:
        print(f"Fehler: {text!r} ist keine gültige ID ({what})", file=sys.stderr)
        raise SystemExit(2) from None


def run(data_dir: Path | None, database: str | None, args: argparse.Namespace) -> int:
    from indie_desktop.cli.common import open_workspace
    from indie_desktop.domain.errors import NotFound, ValidationError
    from indie_desktop.domain.validation import FieldError, parse_date_de
    from indie_desktop.printing.needs_digest import write_needs_digest, write_needs_digest_docx
    from indie_desktop.store.database import StorageError

    since = None
    if args.radar == "digest":
        if args.out.suffix.lower() not in (".pdf", ".docx"):
            print("Fehler: --out muss auf .pdf oder .docx enden", file=sys.stderr)
            return 2
        try:
            since = parse_date_de(args.since)
        except FieldError:
            print(f"Fehler: --since {args.since!r} ist kein Datum (TT.MM.JJJJ)", file=sys.stderr)
            return 2
    try:
        ws = open_workspace(data_dir, database)
    except StorageError as exc:
        print(f"Fehler: {exc}", file=sys.stderr)
        return 1
    try:
        if args.radar == "digest":
            university = _uuid(args.university, "--university")
            assert university is not None
            digest = ws.radar.digest(university, found_since=since, topic=args.topic)
            sender = ws.actor.display_name
            if args.out.suffix.lower() == ".docx":
                write_needs_digest_docx(digest, args.out, sender)
            else:
                write_needs_digest(digest, args.out, sender)
            carried = ws.radar.carry(digest) if args.carry else []
            print(
                f"{args.out}: {len(digest.items)} Bedarfe für {digest.university}"
                + (f", {len(carried)} neu als übermittelt erfasst" if args.carry else "")
            )
            return 0
        carried_id = _uuid(args.carried, "--carried")
        assert carried_id is not None
        referral = ws.radar.record_answer(
            carried_id, CarriedAnswer(args.answer), _uuid(args.unit, "--unit")
        )
        print(f"Antwort erfasst{f', Vermittlung {referral}' if referral else ''}")
        return 0
    except NotFound as exc:
        print(f"Fehler: {exc}", file=sys.stderr)
        return 1
    except ValidationError as exc:
        print("Fehler: " + "; ".join(exc.errors.values()), file=sys.stderr)
        return 2
    except OSError as exc:
        print(f"Fehler: {exc}", file=sys.stderr)
        return 1
    finally:
        ws.close()
