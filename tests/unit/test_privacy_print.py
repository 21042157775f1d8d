"""Data protection in printing: mail merge skips objectors, the Art. 14 information letter."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from indie_desktop.services.directory.staff import DirectoryService
from indie_desktop.services.workspace import Workspace
from indie_desktop.store.database import Database
from tests import privacy_scenario as scenario


@pytest.fixture
def ws(local_db: Database) -> Workspace:
    directory = DirectoryService(local_db)
    choice = next(c for c in directory.institution_choices() if c.short_name == "WF Dortmund")
    actor = directory.register_local_user(choice, "Anna", "Schmidt", "a.schmidt@example.de")
    return Workspace(local_db, actor)


def _text(pdf: bytes, tmp: Path) -> str:
    path = tmp / "x.pdf"
    path.write_bytes(pdf)
    return "\n".join(p.extract_text() or "" for p in PdfReader(path).pages)


def test_mail_merge_of_invitations_skips_and_reports_who_objected(
    ws: Workspace, tmp_path: Path
) -> None:
    sc = scenario.build(ws, tmp_path)
    people = [sc.person_id, sc.other_person_id]
    invitations = ws.printing.mail_merge("einladung_branchentreff", people)
    assert invitations.letters == 1
    assert invitations.skipped == [(sc.person_id, "Objection since 01.09.2026")]
    assert "Ñúñez" in _text(invitations.pdf, tmp_path)
    # An objection to invitations does not stop other letters.
    letters = ws.printing.mail_merge("netzwerk_information", people)
    assert (letters.letters, letters.skipped) == (2, [])
    # The caller may name the purpose itself.
    ws.privacy.add_objection(sc.other_person_id, "letter", "01.10.2026")
    letters = ws.printing.mail_merge("netzwerk_information", people, purpose="letter")
    assert letters.skipped == [(sc.other_person_id, "Objection since 01.10.2026")]


def test_art14_letter_names_basis_and_source_and_is_kept_when_sent(
    ws: Workspace, tmp_path: Path
) -> None:
    sc = scenario.build(ws, tmp_path)
    pdf = ws.printing.art14_letter(sc.person_id)
    text = _text(pdf, tmp_path)
    assert "Art. 14 DSGVO" in text
    assert "Şükrü Yıldız" in text
    assert "Einwilligung (Art. 6 Abs. 1 lit. a DSGVO)" in text
    assert "aus einer Messe" in text
    ws.privacy.record_art14_sent(sc.person_id, date(2026, 11, 20), pdf)
    assert ws.privacy.profile(sc.person_id).art14_sent_on == date(2026, 11, 20)
    files = ws.attachments.list_for("person", sc.person_id)
    assert any(f.filename.startswith("Art14-Information") for f in files)
