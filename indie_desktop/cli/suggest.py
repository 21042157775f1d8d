"""`indie-desktop suggest`: ranked partners for a need (or a text) with their reasons, in German.

indie-desktop suggest --need ID | --text "…" [--partner-kind university|institute|service|
    supplier|any] [--sought-wz CODE] [--municipality M] [--limit N] --data-dir DIR
"""

from __future__ import annotations

import argparse
import sys
import uuid
from pathlib import Path
from typing import TYPE_CHECKING, Any

from indie_desktop.domain.enums import OrganisationKind, SoughtPartner
from indie_desktop.domain.formatting import format_number
from indie_desktop.domain.region import CENTRES, municipality_names

if TYPE_CHECKING:  # the suggestions service loads the ORM: only when the command runs
    from indie_desktop.services.work.suggestions import PartnerSuggestion

KIND_DE = {
    OrganisationKind.COMPANY: "Unternehmen",
    OrganisationKind.CRAFT_BUSINESS: "Handwerksbetrieb",
    OrganisationKind.SERVICE_PROVIDER: "Dienstleister",
    OrganisationKind.UNIVERSITY: "Hochschule",
    OrganisationKind.RESEARCH_INSTITUTE: "Forschungsinstitut",
    OrganisationKind.CHAMBER_AGENCY: "Kammer/Agentur",
    OrganisationKind.OTHER: "Sonstige",
}
LEVEL_DE = {
    5: "gleiche Unterklasse",
    4: "gleiche Klasse",
    3: "gleiche Gruppe",
    2: "gleiche Abteilung",
}


def add_commands(sub: Any, database_help: str) -> None:
    p = sub.add_parser("suggest", help="ranked partners for a need or a text, with reasons")
    what = p.add_mutually_exclusive_group(required=True)
    what.add_argument("--need", help="the need's id")
    what.add_argument("--text", help="what is needed, in words")
    p.add_argument("--partner-kind", choices=[k.value for k in SoughtPartner])
    p.add_argument("--sought-wz", help="WZ 2008 code of the sector sought")
    p.add_argument("--municipality", help="the seeking company's municipality")
    p.add_argument("--limit", type=int, default=10)
    p.add_argument("--data-dir", type=Path, dest="sub_data_dir")
    p.add_argument("--database", dest="sub_database", help=database_help)


def reasons_de(s: PartnerSuggestion) -> str:
    """The reasons as one German line: terms as the vocabulary names them, never a substring."""
    parts: list[str] = []
    if s.competences:
        quoted = ", ".join(f"„{c}“" for c in s.competences)
        parts.append(("Kompetenzen " if len(s.competences) > 1 else "Kompetenz ") + quoted)
    if s.words:
        parts.append("Stichwort " + ", ".join(f"„{w}“" for w in s.words))
    if s.wz_level is not None and s.wz_code:
        parts.append(f"WZ {s.wz_code} {LEVEL_DE.get(s.wz_level, 'gleicher Abschnitt')}")
    if s.kind_fits:
        parts.append(f"gesuchte Art: {KIND_DE[s.kind]}")
    if s.connection is not None:
        how, via = s.connection
        parts.append(
            {
                "member_of": f"ebenfalls Mitglied in {via}",
                "supplier_of": f"beliefert ebenfalls {via}",
            }.get(how, "bereits Kooperationspartner")
        )
    if s.same_town:
        parts.append("gleicher Ort")
    elif s.distance_km is not None:
        parts.append(f"{format_number(round(s.distance_km))} km")
    if s.successes:
        n = s.successes
        parts.append(f"{n} erfolgreiche Vermittlung{'en' if n != 1 else ''}")
    return "; ".join(parts)


def run(data_dir: Path | None, database: str | None, args: argparse.Namespace) -> int:
    from indie_desktop.cli.common import open_workspace
    from indie_desktop.domain.errors import NotFound
    from indie_desktop.services.work.suggestions import NeedQuery
    from indie_desktop.store.database import StorageError

    towns = list(dict.fromkeys([*municipality_names(), *CENTRES]))
    if args.municipality and args.municipality not in towns:
        known = ", ".join(towns)
        print(f"Fehler: unbekannte Gemeinde {args.municipality!r} ({known})", file=sys.stderr)
        return 2
    if args.limit < 1:
        print("Fehler: --limit muss mindestens 1 sein", file=sys.stderr)
        return 2
    need_id: uuid.UUID | None = None
    if args.need:
        try:
            need_id = uuid.UUID(args.need.strip())
        except ValueError:
            print(f"Fehler: {args.need!r} ist keine Bedarfs-ID", file=sys.stderr)
            return 2
    try:
        ws = open_workspace(data_dir, database)
    except StorageError as exc:
        print(f"Fehler: {exc}", file=sys.stderr)
        return 1
    sought = SoughtPartner(args.partner_kind) if args.partner_kind else None
    try:
        if need_id is not None:
            try:
                found = ws.suggestions.for_need(
                    need_id,
                    limit=args.limit,
                    sought_partner=sought,
                    sought_wz=args.sought_wz,
                )
            except NotFound:
                print(f"Fehler: kein Bedarf mit der ID {need_id}", file=sys.stderr)
                return 1
        else:
            query = NeedQuery(
                topic=args.text,
                competence=args.text,
                sought_wz=args.sought_wz or None,
                sought_partner=sought,
                municipality=args.municipality,
            )
            found = ws.suggestions.suggest(query, limit=args.limit)
    finally:
        ws.close()
    if not found:
        print("Keine Vorschläge: Der Bedarf nennt keine Kompetenz, keinen Bereich und keine Art.")
        return 0
    for rank, s in enumerate(found, 1):
        where = f" ({s.municipality})" if s.municipality else ""
        contact = f" · {s.contact}" if s.contact else ""
        print(f"{rank}. {s.display_name}{where}{contact}")
        print(f"   {reasons_de(s)}")
    return 0
