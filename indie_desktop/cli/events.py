"""The `events` command: the network's events, their participants and invitations.

    indie-desktop events list
    indie-desktop events show ID
    indie-desktop events status --event ID --person ID --set teilgenommen
    indie-desktop events invite --event ID --target-group NAME [--format docx] --out invitations.pdf
    indie-desktop events invite --event ID --target-group NAME --drafts FOLDER   (e-mails)
    indie-desktop events attendance-list --event ID --out list.pdf
    indie-desktop events badges --event ID [--layout L4785|3321] --out badges.pdf
    indie-desktop events follow-up --event ID [--thank-you thanks.pdf]
    indie-desktop events target-groups
    indie-desktop import registrations.csv --event ID [--no-create]

Statuses may be given in German or English: eingeladen/invited, angemeldet/registered,
warteliste/waitlisted, abgesagt/cancelled, teilgenommen/attended, nicht-erschienen/no_show.
Exit status: 0 done, 1 database or file problem, 2 bad input.
"""

from __future__ import annotations

import argparse
import sys
import uuid
from pathlib import Path
from typing import TYPE_CHECKING

from indie_desktop.domain.enums import ParticipantStatus

if TYPE_CHECKING:
    from indie_desktop.interchange.import_table import ImportTable
    from indie_desktop.services.workspace import Workspace

EXIT_OK, EXIT_DB, EXIT_INPUT = 0, 1, 2
STATUS_WORDS: dict[str, ParticipantStatus] = {
    "eingeladen": ParticipantStatus.INVITED,
    "angemeldet": ParticipantStatus.REGISTERED,
    "warteliste": ParticipantStatus.WAITLISTED,
    "abgesagt": ParticipantStatus.CANCELLED,
    "teilgenommen": ParticipantStatus.ATTENDED,
    "nicht-erschienen": ParticipantStatus.NO_SHOW,
    "nicht_erschienen": ParticipantStatus.NO_SHOW,
    **{s.value: s for s in ParticipantStatus},
}
STATUS_DE = {
    ParticipantStatus.INVITED: "eingeladen",
    ParticipantStatus.REGISTERED: "angemeldet",
    ParticipantStatus.WAITLISTED: "Warteliste",
    ParticipantStatus.CANCELLED: "abgesagt",
    ParticipantStatus.ATTENDED: "teilgenommen",
    ParticipantStatus.NO_SHOW: "nicht erschienen",
}


def _uuid(text: str) -> uuid.UUID:
    try:
        return uuid.UUID(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a record id: {text}") from None


def _status(text: str) -> ParticipantStatus:
    try:
        return STATUS_WORDS[text.strip().casefold()]
    except KeyError:
        known = ", ".join(sorted(k for k in STATUS_WORDS if "_" not in k))
        raise argparse.ArgumentTypeError(f"unknown status {text!r}; known: {known}") from None


def add_commands(
    sub: argparse._SubParsersAction[argparse.ArgumentParser], database_help: str
) -> None:
    p = sub.add_parser("events", help="events: list, participants, invitations, attendance")
    cmds = p.add_subparsers(dest="events_command", required=True)

    def cmd(name: str, help_text: str) -> argparse.ArgumentParser:
        c = cmds.add_parser(name, help=help_text)
        c.add_argument("--data-dir", type=Path, dest="sub_data_dir")
        c.add_argument("--database", dest="sub_database", help=database_help)
        return c

    cmd("list", "the events, newest first")
    c = cmd("show", "an event with its participants")
    c.add_argument("id", type=_uuid)
    c = cmd("status", "set a participant's status (e.g. teilgenommen)")
    c.add_argument("--event", type=_uuid, required=True)
    c.add_argument("--person", type=_uuid, required=True)
    c.add_argument("--set", type=_status, required=True, dest="status")
    c = cmd("invite", "invite a saved target group: participants + invitation letters")
    c.add_argument("--event", type=_uuid, required=True)
    c.add_argument("--target-group", required=True)
    c.add_argument("--template", default="einladung_veranstaltung")
    out = c.add_mutually_exclusive_group(required=True)
    out.add_argument("--out", type=Path, help="PDF of the letters (or .docx with --format docx)")
    out.add_argument(
        "--drafts", type=Path, metavar="FOLDER", help="e-mail drafts (.eml) instead of letters"
    )
    c.add_argument(
        "--format", choices=("pdf", "docx"), default="pdf", help="docx: the letters for Word"
    )
    c = cmd("attendance-list", "the attendance list of the registered, to sign")
    c.add_argument("--event", type=_uuid, required=True)
    c.add_argument("--out", type=Path, required=True)
    c = cmd("badges", "name badges of the registered")
    c.add_argument("--event", type=_uuid, required=True)
    c.add_argument("--layout", choices=("L4785", "3321"), default="L4785")
    c.add_argument("--out", type=Path, required=True)
    c = cmd("follow-up", "after the event: no-shows, tasks, thank-you letters")
    c.add_argument("--event", type=_uuid, required=True)
    c.add_argument("--thank-you", type=Path, help="write the thank-you letters to this PDF")
    cmd("target-groups", "the saved target groups with their current size")


def run(data_dir: Path | None, database: str | None, args: argparse.Namespace) -> int:
    from indie_desktop.cli.common import open_workspace
    from indie_desktop.domain.errors import ServiceError, ValidationError
    from indie_desktop.store.database import StorageError

    try:
        ws = open_workspace(data_dir, database)
    except StorageError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_DB
    try:
        return _run(ws, args)
    except ValidationError as exc:
        for field, message in exc.errors.items():
            print(f"error: {field}: {message}", file=sys.stderr)
        return EXIT_INPUT
    except ServiceError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_INPUT
    except OSError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_DB
    finally:
        ws.close()


def _write(path: Path, pdf: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(pdf)


def _run(ws: Workspace, args: argparse.Namespace) -> int:
    from decimal import Decimal

    from indie_desktop.domain.formatting import format_datetime, format_money
    from indie_desktop.printing import labels_de as de

    command = args.events_command
    if command == "list":
        for e in ws.events.all():
            places = f"{e.registered}/{e.capacity}" if e.capacity else str(e.registered)
            print(
                f"{e.id}  {format_datetime(e.starts_at):17}  {de.de(e.kind):26}  "
                f"{e.name}  ({e.place}; angemeldet {places}, teilgenommen {e.attended})"
            )
        return EXIT_OK
    if command == "show":
        d = ws.events.detail(args.id)
        x = d.draft
        print(f"{x.name} – {de.de(x.kind)}")
        print(f"Termin: {x.date} {x.start_time}".rstrip())
        for label, value in (
            ("Ort", x.place),
            ("Veranstalter", d.lead_name),
            ("Mitveranstalter", d.co_organisers_text),
            ("Plätze", x.capacity),
            ("Anmeldeschluss", x.registration_deadline),
            ("Anmeldung", x.registration_link),
            ("Messe", x.fair_name),
            ("Halle/Stand", x.hall_stand),
            ("Reiseziel", x.destination),
            ("Kosten", x.cost_eur and format_money(Decimal(x.cost_eur.replace(",", ".")))),
            ("Förderung", x.funding),
        ):
            if value:
                print(f"{label}: {value}")
        counts = ", ".join(f"{STATUS_DE[s]} {n}" for s, n in sorted(d.counts.items()))
        print(f"Teilnehmende: {counts or 'keine'}")
        for r in ws.participants.participants(args.id):
            who = f"{r.name or '–'}, {r.organisation}"
            print(f"  {r.person_id or r.organisation_id}  {STATUS_DE[r.status]:16} {who}")
        return EXIT_OK
    if command == "status":
        got = ws.participants.set_status_of_person(args.event, args.person, args.status)
        note = " (event full: waiting list)" if got != args.status else ""
        print(f"Status set to {STATUS_DE[got]}{note}")
        return EXIT_OK
    if command == "invite" and args.drafts is not None:
        mails = ws.event_invitations.email_drafts(
            args.event, args.drafts, target_group=args.target_group, template=args.template
        )
        for pid, name, reason in mails.skipped:
            print(f"skipped {pid} {name}: {reason}", file=sys.stderr)
        print(
            f"{mails.added.added} invited ({mails.added.already} already taking part), "
            f"{len(mails.drafts)} e-mail draft(s) written to {args.drafts}, "
            f"{len(mails.skipped)} skipped"
        )
        return EXIT_OK
    if command == "invite":
        result = ws.event_invitations.invite(
            args.event, target_group=args.target_group, template=args.template
        )
        if args.format == "docx" and result.word is not None:
            _write(args.out, result.word())
        else:
            _write(args.out, result.pdf)
        for pid, name, reason in result.skipped:
            print(f"skipped {pid} {name}: {reason}", file=sys.stderr)
        print(
            f"{result.added.added} invited ({result.added.already} already taking part), "
            f"{result.letters} letter(s) written to {args.out}, {len(result.skipped)} skipped"
        )
        return EXIT_OK
    if command == "attendance-list":
        _write(args.out, ws.printing.attendance_list(project_id=args.event))
        print(f"Attendance list written to {args.out}")
        return EXIT_OK
    if command == "badges":
        _write(args.out, ws.printing.badges(args.event, args.layout))
        print(f"Badges written to {args.out}")
        return EXIT_OK
    if command == "follow-up":
        no_shows = ws.participants.close_attendance(args.event)
        tasks = ws.participants.follow_up_tasks(args.event)
        print(f"{no_shows} registered but not ticked off: not attended; {tasks} task(s) made")
        if args.thank_you:
            merge = ws.event_invitations.thank_you(args.event)
            _write(args.thank_you, merge.pdf)
            print(f"{merge.letters} thank-you letter(s) written to {args.thank_you}")
        return EXIT_OK
    if command == "target-groups":
        for g in ws.target_groups.groups():
            kind = "people" if g.subject.value == "person" else "organisations"
            shared = "shared" if g.shared else "private"
            print(f"{g.name:40} {ws.target_groups.count(g.criteria):6} {kind} ({shared})")
        return EXIT_OK
    raise AssertionError(command)


def import_registrations(
    data_dir: Path | None, database: str | None, args: argparse.Namespace, table: ImportTable
) -> int:
    """`import FILE --event ID`: registrations for an event."""
    from indie_desktop.cli.common import open_workspace
    from indie_desktop.domain.errors import ServiceError, ValidationError
    from indie_desktop.store.database import StorageError

    try:
        event_id = uuid.UUID(args.event)
    except ValueError:
        print(f"error: not an event id: {args.event}", file=sys.stderr)
        return EXIT_INPUT
    try:
        ws = open_workspace(data_dir, database)
    except StorageError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_DB
    try:
        result = ws.registrations.run_table(event_id, table, create_new=not args.no_create)
    except ValidationError as exc:
        for field, message in exc.errors.items():
            print(f"error: {field}: {message}", file=sys.stderr)
        return EXIT_INPUT
    except ServiceError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_INPUT
    finally:
        ws.close()
    for row in result.unused:
        print(f"row {row.row}: {row.reason}: {row.text}", file=sys.stderr)
    print(
        f"{result.registered} registered, {result.waitlisted} on the waiting list, "
        f"{result.already} already registered; {result.people_created} people and "
        f"{result.organisations_created} organisations created; {len(result.unused)} row(s) "
        "not used"
    )
    return EXIT_OK
