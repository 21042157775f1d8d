"""`indie-desktop import MAIL.eml MAIL.msg …`: e-mails onto the record from the command line.

Each mail becomes an e-mail activity on the people and organisations its addresses name (or
on --organisation). Exit status: 0 all filed (or already there), 3 some files were no mail
or found no organisation, 2 an argument is wrong, 1 the database could not be opened.
"""

from __future__ import annotations

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
