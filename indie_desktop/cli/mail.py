"""`indie-desktop import MAIL.eml MAIL.msg …`: e-mails onto the record from the command line.

Each mail becomes an e-mail activity on the people and organisations its addresses name (or
on --organisation). Exit status: 0 all filed (or already there), 3 some files were no mail
or found no organisation, 2 an argument is wrong, 1 the database could not be opened.
"""

from __future__ import annotations

import argparse
import sys
import uuid
from pathlib import Path

from indie_desktop.cli.common import open_workspace

EXIT_OK, EXIT_DB, EXIT_ARGUMENT, EXIT_SKIPPED = 0, 1, 2, 3


def run_mail_import(
    data_dir: Path | None, database: str | None, files: list[Path], organisation: str | None
) -> int:
    from indie_desktop.domain.errors import NotFound
    from indie_desktop.interchange.mail import MailFileError, read_mail_file
    from indie_desktop.services.mail.filing import MailTarget
    from indie_desktop.store.database import StorageError

    target: MailTarget | None = None
    if organisation:
        try:
            target = MailTarget("organisation", uuid.UUID(organisation))
        except ValueError:
            print(f"error: {organisation!r} is not an organisation id", file=sys.stderr)
            return EXIT_ARGUMENT
    try:
        ws = open_workspace(data_dir, database)
    except StorageError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_DB
    status = EXIT_OK
    try:
        for path in files:
            try:
                message = read_mail_file(path)
                filed = ws.mail.file(message, target)
            except MailFileError as exc:
                print(f"{path}: not filed: {exc}")
                status = EXIT_SKIPPED
                continue
            except NotFound as exc:
                print(f"error: {exc}", file=sys.stderr)
                return EXIT_ARGUMENT
            if filed.duplicate:
                print(f"{path}: already filed ({filed.subject})")
                continue
            where = ", ".join(ws.organisations.detail(o).draft.name for o in filed.organisation_ids)
            print(
                f"{path}: filed as activity {filed.activity_id} ({filed.subject}) on "
                f"{where or 'no organisation'}, {len(filed.person_ids)} people"
            )
            for name in filed.attachments_skipped:
                print(f"{path}: attachment {name} too large, not kept")
            if not filed.organisation_ids:
                status = EXIT_SKIPPED
    finally:
        ws.close()
    return status


def add_commands(
    sub: argparse._SubParsersAction[argparse.ArgumentParser], database_help: str
) -> None:
    """`indie-desktop mail invite|resume`: invitations and newsletters by e-mail."""
    mail = sub.add_parser("mail", help="invitations and newsletters by e-mail (drafts or SMTP)")
    actions = mail.add_subparsers(dest="mail_action", required=True)

    def smtp_options(p: argparse.ArgumentParser) -> None:
        p.add_argument("--data-dir", type=Path, dest="sub_data_dir")
        p.add_argument("--database", dest="sub_database", help=database_help)
        p.add_argument("--smtp-host", help="the institution's mail server")
        p.add_argument("--smtp-port", type=int, default=587)
        p.add_argument("--security", choices=("starttls", "ssl", "none"), default="starttls")
        p.add_argument("--smtp-user", default="", help="login (password from the OS keyring)")
        p.add_argument("--per-minute", type=int, default=0, help="rate limit (0: none)")

    invite = actions.add_parser("invite", help="one mail per person from a letter template")
    smtp_options(invite)
    invite.add_argument("--template", required=True, help="e.g. einladung_branchentreff")
    invite.add_argument("--person", action="append", default=[], required=True)
    invite.add_argument("--purpose", choices=("event_invitations", "newsletter"))
    invite.add_argument("--drafts", type=Path, help="write .eml drafts to this folder instead")
    resume = actions.add_parser("resume", help="send the rest of an interrupted run")
    smtp_options(resume)
    resume.add_argument("--run", help="the run id (default: the newest unfinished run)")


def run_mail(data_dir: Path | None, database: str | None, args: argparse.Namespace) -> int:
    from indie_desktop.domain.errors import Cancelled, ServiceError, ValidationError
    from indie_desktop.services.mail.invitations import SmtpSettings, keyring_account
    from indie_desktop.store.credentials import CredentialStore
    from indie_desktop.store.database import StorageError

    try:
        ws = open_workspace(data_dir, database)
    except StorageError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_DB
    try:
        service = ws.invitations
        if service.queue_path is None:
            from indie_desktop.config import Paths
            from indie_desktop.services.mail.queue import QUEUE_FILE

            service.queue_path = Paths.resolve(data_dir).data_dir / QUEUE_FILE
        if args.mail_action == "invite":
            try:
                people = [uuid.UUID(p) for p in args.person]
            except ValueError:
                print("error: --person takes a person id", file=sys.stderr)
                return EXIT_ARGUMENT
            plan = service.plan(people, args.template, args.purpose)
            for pid, name, reason in plan.skipped:
                print(f"skipped {name or pid}: {reason}")
            if args.drafts:
                written = service.write_drafts(plan, args.drafts)
                print(f"{len(written)} draft(s) written to {args.drafts}")
                return EXIT_OK
            run_id = service.queue(plan)
            print(f"run {run_id}: {len(plan.recipients)} mail(s) queued", flush=True)
        else:
            runs = service.open_runs()
            run_id = args.run or (runs[0] if runs else "")
            if not run_id:
                print("nothing to resume")
                return EXIT_OK
        if not args.smtp_host:
            print("error: --smtp-host (or --drafts) is required", file=sys.stderr)
            return EXIT_ARGUMENT
        smtp = SmtpSettings(
            args.smtp_host, args.smtp_port, args.security, args.smtp_user, args.per_minute
        )
        password = (
            CredentialStore().get(keyring_account(args.smtp_host, args.smtp_user))
            if args.smtp_user
            else None
        )

        def progress(done: int, total: int) -> None:
            print(f"sent {done}/{total}", flush=True)

        report = service.send(run_id, smtp, password, progress=progress)
        print(f"{report.sent} mail(s) sent")
        for address in report.uncertain:
            print(f"uncertain, not sent again: {address}")
        for address, reason in report.failed:
            print(f"failed: {address}: {reason}")
        return EXIT_OK if not (report.failed or report.uncertain) else EXIT_SKIPPED
    except (ValidationError, Cancelled) as exc:
        details = getattr(exc, "errors", None) or {"": str(exc)}
        for field, message in details.items():
            print(f"error: {field}: {message}" if field else f"error: {message}", file=sys.stderr)
        return EXIT_ARGUMENT
    except ServiceError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_ARGUMENT
    finally:
        ws.close()
