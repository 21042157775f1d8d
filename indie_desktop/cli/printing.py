"""The `print` command: contact sheets, referral letters, mail merge, labels and attendance
lists as PDF files from the command line.

    indie-desktop print contact-sheet --data-dir DIR --organisation ID [--organisation ID] OUT
    indie-desktop print person-sheet --data-dir DIR --person ID [--person ID] OUT
    indie-desktop print referral-letter --data-dir DIR --referral ID [--mirror] [--record] OUT
    indie-desktop print mail-merge --data-dir DIR --template NAME [filters] OUT
    indie-desktop print labels --layout 3474|L7163 [--start-cell N] [filters] OUT
    indie-desktop print attendance-list --project ID | --activity ID OUT
    indie-desktop print templates
    indie-desktop print word-merge --template NAME|FILE.docx [--each] [--pdf] [filters] --out F
    indie-desktop print word-templates

Letters (referral-letter, mail-merge) also as Word documents: --format docx.

OUT is `--out FILE.pdf` and/or `--printer NAME [--copies N] [--duplex none|long|short]`.
Filters (mail merge and labels): --municipality, --wz (code prefix), --kind, --query,
--target-group NAME (a saved target group: its people, or its organisations' contacts); the
letters and labels go to the current contacts of the matching organisations (--organisations
makes labels for the organisations themselves).

Every document command prints instead of (or besides) writing a file with `--printer NAME`
[--copies N] [--duplex none|long|short]: the same print path as the GUI's print button
(services/printing/print_path.py: the PDF itself to CUPS, PDFium into the Windows printer),
so a scripted mail merge prints unattended. Exit status: 0 written/printed, 1 database, file or
printer problem, 2 bad input (unknown id, template, filter without a match).
"""

from __future__ import annotations

import argparse
import sys
import uuid
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from indie_desktop.services.workspace import Workspace

EXIT_OK, EXIT_DB, EXIT_INPUT = 0, 1, 2
KINDS = (
    "company",
    "craft_business",
    "service_provider",
    "university",
    "research_institute",
    "chamber_agency",
    "other",
)


def _uuid(text: str) -> uuid.UUID:
    try:
        return uuid.UUID(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a record id: {text}") from None


def _copies(text: str) -> int:
    try:
        copies = int(text)
    except ValueError:
        copies = 0
    if not 1 <= copies <= 999:
        raise argparse.ArgumentTypeError(f"copies must be 1 to 999: {text}")
    return copies


def add_commands(
    sub: argparse._SubParsersAction[argparse.ArgumentParser], database_help: str
) -> None:
    p = sub.add_parser("print", help="print documents to PDF (sheets, letters, labels, lists)")
    docs = p.add_subparsers(dest="document", required=True)

    def doc(name: str, help_text: str, out: bool = True) -> argparse.ArgumentParser:
        d = docs.add_parser(name, help=help_text)
        d.add_argument("--data-dir", type=Path, dest="sub_data_dir")
        d.add_argument("--database", dest="sub_database", help=database_help)
        if out:
            d.add_argument("--out", type=Path, help="PDF file to write")
            d.add_argument(
                "--printer", help="print on this printer (CUPS queue or Windows printer name)"
            )
            d.add_argument("--copies", type=_copies, default=1, help="copies (with --printer)")
            d.add_argument(
                "--duplex",
                choices=("none", "long", "short"),
                default="none",
                help="two-sided on the long or short edge (with --printer)",
            )
        return d

    def filters(d: argparse.ArgumentParser) -> None:
        d.add_argument("--municipality", default="", help="e.g. Hagen")
        d.add_argument("--wz", default="", help="WZ 2008 code prefix, e.g. 25")
        d.add_argument("--kind", default="", choices=("", *KINDS))
        d.add_argument("--query", default="", help="words the organisation must match")
        d.add_argument("--person", type=_uuid, action="append", default=[], help="person id")
        d.add_argument(
            "--target-group", default="", help="a saved target group (Zielgruppe) by name"
        )

    d = doc("contact-sheet", "contact sheets of organisations, one PDF")
    d.add_argument("--organisation", type=_uuid, action="append", required=True)
    d = doc("person-sheet", "contact sheets of people, one PDF")
    d.add_argument("--person", type=_uuid, action="append", required=True)

    def word_format(d: argparse.ArgumentParser) -> None:
        d.add_argument(
            "--format", choices=("pdf", "docx"), default="pdf", help="docx: a Word document"
        )

    d = doc("referral-letter", "DIN 5008 referral letter to the partner (or the company)")
    word_format(d)
    d.add_argument("--referral", type=_uuid, required=True)
    d.add_argument("--mirror", action="store_true", help="the letter to the company instead")
    d.add_argument("--template", help="another letter template (see `print templates`)")
    d.add_argument(
        "--record", action="store_true", help="keep the letter with the referral as sent today"
    )
    d = doc("mail-merge", "one letter per person from a template")
    d.add_argument("--template", required=True)
    word_format(d)
    filters(d)
    d = doc("word-merge", "the institution's Word template filled for each person")
    d.add_argument(
        "--template", required=True, help="a registered Word template, or a .docx/.dotx to register"
    )
    d.add_argument("--each", action="store_true", help="one document per person (--out: folder)")
    d.add_argument("--pdf", action="store_true", help="also as PDF (needs LibreOffice)")
    filters(d)
    doc("word-templates", "list the registered Word templates and their fields", out=False)
    d = doc("labels", "address labels (Avery Zweckform 3474 or L7163)")
    d.add_argument("--layout", choices=("3474", "L7163"), default="3474")
    d.add_argument("--start-cell", type=int, default=1, help="first free label (1 = top left)")
    d.add_argument(
        "--organisations", action="store_true", help="label the organisations, not their people"
    )
    filters(d)
    d = doc("attendance-list", "attendance list with a signature column")
    d.add_argument("--project", type=_uuid)
    d.add_argument("--activity", type=_uuid)
    doc("templates", "list the letter templates", out=False)


def run_print(data_dir: Path | None, database: str | None, args: argparse.Namespace) -> int:
    from indie_desktop.cli.common import open_workspace
    from indie_desktop.domain.errors import ServiceError, ValidationError
    from indie_desktop.store.database import StorageError

    listing = args.document in ("templates", "word-templates")  # no document, no --out
    if not listing and args.out is None and not getattr(args, "printer", None):
        print("error: name a file (--out FILE.pdf) or a printer (--printer NAME)", file=sys.stderr)
        return EXIT_INPUT
    try:
        ws: Workspace = open_workspace(data_dir, database)
    except StorageError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_DB
    from indie_desktop.config import Paths, Settings, apply_settings

    # the data folder's settings: default letterhead, this computer's label offset
    apply_settings(ws, Settings(Paths.resolve(data_dir).settings_file))
    try:
        if args.document == "templates":
            for t in ws.printing.templates():
                print(f"{t.name:28} {t.purpose:18} {t.title}")
            return EXIT_OK
        if args.document == "word-templates":
            for w in ws.word_templates.list():
                unknown = f"  (unknown, stay empty: {', '.join(w.unknown)})" if w.unknown else ""
                print(f"{w.name}: {', '.join(w.fields)}{unknown}")
            return EXIT_OK
        if args.document == "word-merge":
            return _word_merge(ws, args)
        pdf, summary = _document(ws, args)
    except ValidationError as exc:
        for field, message in exc.errors.items():
            print(f"error: {field}: {message}", file=sys.stderr)
        return EXIT_INPUT
    except ServiceError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_INPUT
    finally:
        ws.close()
    out: Path | None = args.out
    if out is not None:
        try:
            out.parent.mkdir(parents=True, exist_ok=True)
            out.write_bytes(pdf)
        except OSError as exc:
            print(f"error: {out} cannot be written: {exc}", file=sys.stderr)
            return EXIT_DB
        print(f"{summary} written to {out}")
    if args.printer:
        return _print(pdf, summary, args)
    return EXIT_OK


def _print(pdf: bytes, summary: str, args: argparse.Namespace) -> int:
    """The GUI's print path (after its print dialog), with the dialog's choices as options."""
    from indie_desktop.services.printing.print_path import print_pdf
    from indie_desktop.services.printing.spooling import Duplex, PrintError, PrintRequest

    request = PrintRequest(
        printer=args.printer,
        title=f"In|Die Desktop – {args.document}",
        copies=args.copies,
        duplex=Duplex(args.duplex),
    )
    try:
        result = print_pdf(pdf, request)
    except PrintError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_DB
    job = f" as job {result.job}" if result.job else ""
    print(f"{summary} sent to printer {args.printer}{job}: {result.pages} page(s)")
    return EXIT_OK


def _document(ws: Workspace, args: argparse.Namespace) -> tuple[bytes, str]:
    from indie_desktop.domain.errors import ValidationError
    from indie_desktop.services.printing.documents import RecipientFilter

    printing = ws.printing
    if args.document == "contact-sheet":
        ids = args.organisation
        return printing.contact_sheets(ids), f"{len(ids)} contact sheet(s)"
    if args.document == "person-sheet":
        return printing.person_sheets(args.person), f"{len(args.person)} contact sheet(s)"
    if args.document == "referral-letter":
        draft = printing.referral_letter_draft(args.referral, args.mirror, args.template)
        if args.format == "docx":
            return printing.letter_docx(draft), "Referral letter (Word)"
        pdf = printing.referral_letter(draft)
        if args.record:
            printing.record_letter_sent(args.referral, pdf)
        return pdf, "Referral letter" + (" (recorded as sent)" if args.record else "")
    if args.document == "attendance-list":
        if args.project is None and args.activity is None:
            raise ValidationError({"project": "Name a --project or an --activity"})
        pdf = printing.attendance_list(project_id=args.project, activity_id=args.activity)
        return pdf, "Attendance list"
    chosen = RecipientFilter(args.municipality, args.wz, args.kind, args.query)
    filtered = any((args.municipality, args.wz, args.kind, args.query))
    group_people, group_orgs = _target_group(ws, args.target_group)
    if not filtered and not args.person and not args.target_group:
        raise ValidationError(
            {
                "filters": "Choose recipients: --municipality, --wz, --kind, --query, "
                "--target-group or --person"
            }
        )
    if args.document == "labels" and args.organisations:
        org_ids = printing.organisations_for(chosen) if filtered else []
        org_ids += group_orgs
        start = args.start_cell - 1
        return printing.labels(organisation_ids=org_ids, layout=args.layout, start_cell=start), (
            f"{len(org_ids)} label(s)"
        )
    people = list(args.person) + group_people
    if group_orgs:
        people += printing.primary_contacts(group_orgs)
    if filtered:
        people += printing.people_for(chosen)
    if not people:
        raise ValidationError({"filters": "No person matches the filters"})
    if args.document == "labels":
        pdf = printing.labels(people, layout=args.layout, start_cell=args.start_cell - 1)
        return pdf, f"Labels for {len(people)} people"
    as_docx = args.format == "docx"
    result = printing.mail_merge(args.template, people, progress=_progress, as_docx=as_docx)
    print(file=sys.stderr)
    for person_id, reason in result.skipped:
        print(f"skipped {person_id}: {reason}", file=sys.stderr)
    document = result.docx if as_docx else result.pdf
    return document, f"{result.letters} letter(s), {len(result.skipped)} skipped,"


def _people(ws: Workspace, args: argparse.Namespace) -> list[uuid.UUID]:
    from indie_desktop.domain.errors import ValidationError
    from indie_desktop.services.printing.documents import RecipientFilter

    chosen = RecipientFilter(args.municipality, args.wz, args.kind, args.query)
    filtered = any((args.municipality, args.wz, args.kind, args.query))
    people = list(args.person) + (ws.printing.people_for(chosen) if filtered else [])
    if not people:
        raise ValidationError(
            {"filters": "No person matches: --municipality, --wz, --kind, --query or --person"}
        )
    return people


def _word_merge(ws: Workspace, args: argparse.Namespace) -> int:
    """The Word template filled; --each writes one file per person into the --out folder."""
    from indie_desktop.services.printing.word import docx_to_pdf

    name = args.template
    source = Path(name)
    if source.suffix.lower() in (".docx", ".dotx") and source.is_file():
        info = ws.word_templates.register(source)
        name = info.name
        print(f"registered Word template {name}")
    result = ws.word_templates.merge(name, _people(ws, args), each=args.each, progress=_progress)
    print(file=sys.stderr)
    for field in result.unknown:
        print(f"warning: the field «{field}» is unknown and stays empty", file=sys.stderr)
    for person_id, reason in result.skipped:
        print(f"skipped {person_id}: {reason}", file=sys.stderr)
    out: Path = args.out
    try:
        for filename, docx in result.documents:
            target = out / filename if args.each else out
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(docx)
            if args.pdf:
                pdf = docx_to_pdf(docx)
                if pdf is None:
                    print("LibreOffice is not installed: the Word document stays", file=sys.stderr)
                else:
                    target.with_suffix(".pdf").write_bytes(pdf)
    except OSError as exc:
        print(f"error: {out} cannot be written: {exc}", file=sys.stderr)
        return EXIT_DB
    print(f"{result.letters} letter(s), {len(result.skipped)} skipped, written to {out}")
    return EXIT_OK


def _target_group(ws: Workspace, name: str) -> tuple[list[uuid.UUID], list[uuid.UUID]]:
    """(people, organisations) of a saved target group; ([], []) without a name."""
    if not name:
        return [], []
    from indie_desktop.domain.enums import TargetSubject

    group = ws.target_groups.by_name(name)
    ids = ws.target_groups.ids(group.criteria)
    return (ids, []) if group.subject == TargetSubject.PERSON else ([], ids)


def _progress(done: int, total: int) -> None:
    if done == total or done % 50 == 0:
        print(f"\rLetters: {done}/{total}   ", end="", file=sys.stderr, flush=True)
