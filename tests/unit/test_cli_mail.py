"""`indie-desktop import MAIL.eml MAIL.msg …` files e-mails as the drop onto the window does."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from indie_desktop.cli import main
from indie_desktop.services.contacts.people import AffiliationDraft, PersonDraft
from indie_desktop.services.directory.organisations import OrganisationDraft
from indie_desktop.services.directory.staff import DirectoryService
from indie_desktop.services.directory.timeline import EntryKind
from indie_desktop.services.workspace import Workspace
from indie_desktop.store.database import open_local

MAIL = Path(__file__).parents[1] / "files" / "mail"


def test_import_of_mail_files_files_them_on_the_company_of_the_sender(
    tmp_path: Path, capsys: object
) -> None:
    data = tmp_path / "data"
    db = open_local(data)
    directory = DirectoryService(db)
    choice = next(c for c in directory.institution_choices() if c.short_name == "WF Dortmund")
    actor = directory.register_local_user(choice, "Şükrü", "Yıldız", "s.yildiz@example.de")
    ws = Workspace(db, actor)
    org = ws.organisations.create(OrganisationDraft(name="Müller Präzisionsteile GmbH"))
    ws.people.create(
        PersonDraft(
            first_name="Peter",
            last_name="Müller",
            email="peter.mueller@domain.ch",
            affiliations=[AffiliationDraft(organisation_id=org, is_primary=True)],
        )
    )
    db.dispose()
    eml = MAIL / "msgreader-TestWithAttachmentsAndInlines.eml"
    unknown = MAIL / "poi-quick.msg"  # nobody known: filed, but on no organisation
    # A second process, as a user's script would run it.
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "indie_desktop",
            "import",
            str(eml),
            str(unknown),
            "--data-dir",
            str(data),
        ],
        capture_output=True,
        text=True,
        timeout=300,
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
    )
    assert done.returncode == 3, done.stderr
    assert "on Müller Präzisionsteile GmbH, 1 people" in done.stdout
    assert "poi-quick.msg: filed as activity" in done.stdout and "no organisation" in done.stdout
    assert main(["import", str(eml), "--data-dir", str(data)]) == 0
    assert "already filed (Object - subject)" in capsys.readouterr().out  # type: ignore[attr-defined]
    db = open_local(data)
    entries = Workspace(db, actor).timeline.for_organisation(org, kinds=[EntryKind.ACTIVITY])
    assert [e.title for e in entries.entries] == ["Object - subject"]
    db.dispose()


def test_import_names_a_file_that_is_no_mail(tmp_path: Path, capsys: object) -> None:
    data = tmp_path / "data"
    open_local(data).dispose()
    fake = tmp_path / "Rechnung.msg"
    fake.write_bytes(b"kein Outlook")
    assert main(["import", str(fake), "--data-dir", str(data)]) == 3
    assert "Rechnung.msg: not filed: This .msg file is not an Outlook message" in (
        capsys.readouterr().out  # type: ignore[attr-defined]
    )
