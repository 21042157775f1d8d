"""A German user reads why a file cannot be imported in German, with its line numbers."""

from __future__ import annotations

from pathlib import Path

import pytest

from indie_desktop.services.workspace import Workspace
from indie_desktop.ui.importing.wizard import ImportWizard
from indie_desktop.ui.tasks import SynchronousRunner


@pytest.mark.parametrize(
    ("name", "data", "german_text"),
    [
        ("leer.csv", b"", "Die Datei ist leer."),
        ("karte.vcf", b"Hallo Welt\r\n", "Die Datei enthält keine vCard"),
        ("bild.png", b"\x89PNG", ".png"),
    ],
)
def test_german_user_sees_why_a_file_cannot_be_read_in_german(
    qtbot: object,
    german: None,
    workspace: Workspace,
    runner: SynchronousRunner,
    tmp_path: Path,
    name: str,
    data: bytes,
    german_text: str,
) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    wizard = ImportWizard(workspace, runner)
    qtbot.addWidget(wizard)  # type: ignore[attr-defined]
    wizard.file_page.path_edit.setText(str(path))
    wizard.file_page.load()
    shown = wizard.file_page.error.text()
    assert german_text in shown
    assert not any(word in shown for word in ("The file", "Line", "cannot"))
