"""Attachment copies and preview PDFs handed to Windows programs: the Mark-of-the-Web stream
(simulated with PureWindowsPath and a recording opener), the list of types that need a
question, and the temp copies (personal data) removed at close, at start, and after an erasure
even when a viewer still held them open."""

from __future__ import annotations

import io
import os
import tempfile
import time
from pathlib import Path, PureWindowsPath

import pytest

from indie_desktop.services.desktop import viewer_copies as vc


@pytest.fixture(autouse=True)
def own_temp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    monkeypatch.setattr(vc, "_made", set())
    return tmp_path


class Recorder(io.StringIO):
    def __init__(self, opened: dict[str, str], name: str) -> None:
        super().__init__()
        self.opened, self.name = opened, name

    def close(self) -> None:
        self.opened[self.name] = self.getvalue()
        super().close()


def test_the_copy_gets_a_zone_identifier_stream_on_windows() -> None:
    path = PureWindowsPath(
        r"C:\Users\ŞYıldız\AppData\Local\Temp\indie-desktop-viewer\attachments\0a1b\Angebot.docm"
    )
    opened: dict[str, str] = {}
    assert vc.mark_of_the_web(path, system="Windows", opener=lambda n: Recorder(opened, n))
    stream = str(path) + ":Zone.Identifier"
    assert list(opened) == [stream]
    assert opened[stream] == "[ZoneTransfer]\r\nZoneId=3\r\nHostUrl=about:internet\r\n"


def test_no_stream_off_windows_and_a_fat_stick_refusing_it_is_no_crash() -> None:
    opened: dict[str, str] = {}
    path = PureWindowsPath(r"E:\Anhang.pdf")
    assert not vc.mark_of_the_web(path, system="Linux", opener=lambda n: Recorder(opened, n))
    assert opened == {}

    def refuse(name: str) -> io.StringIO:
        raise OSError(22, "Invalid argument", name)

    assert not vc.mark_of_the_web(path, system="Windows", opener=refuse)


def test_every_opened_attachment_copy_is_marked(monkeypatch: pytest.MonkeyPatch) -> None:
    marked: list[Path] = []
    monkeypatch.setattr(vc, "mark_of_the_web", lambda p, system=None: marked.append(p) or True)
    path = vc.attachment_copy(b"MZ\x90\x00", "ab" * 32, "Rechnung.pdf.exe")
    assert marked == [path] and path.read_bytes() == b"MZ\x90\x00"


@pytest.mark.parametrize(
    "name",
    ["setup.exe", "Rechnung.pdf.exe", "RECHNUNG.EXE", "trick.exe.", "Skript.js", "a.jse",
     "b.vbs", "c.vbe", "d.wsf", "e.hta", "Verknüpfung.lnk", "f.scr", "g.ps1", "h.msi",
     "i.bat", "j.cmd", "k.com", "Kalkulation.xlsm", "Vorlage.docm", "image.iso"],
)  # fmt: skip
def test_programs_scripts_and_macro_documents_need_a_question(name: str) -> None:
    assert vc.is_risky(name)


@pytest.mark.parametrize("name", ["Angebot.pdf", "Foto.JPG", "Brief.docx", "Liste.xlsx", "a.txt"])
def test_documents_without_macros_open_directly(name: str) -> None:
    assert not vc.is_risky(name)


def busy_once(busy: set[Path]):
    """rmtree as Windows does it while a viewer holds a file open: refused, later allowed."""
    import shutil

    def rmtree(folder: Path) -> None:
        if folder in busy:
            busy.discard(folder)
            raise PermissionError(32, "The process cannot access the file", str(folder))
        shutil.rmtree(folder)

    return rmtree


def test_this_sessions_copies_go_at_close_and_a_busy_one_at_the_next_start() -> None:
    attachment = vc.attachment_copy(b"Angebot", "cd" * 32, "Angebot Müller.pdf")
    preview = vc.preview_copy(b"%PDF-1.7", "Serienbrief.pdf")
    left = vc.remove_session_copies(busy_once({preview.parent}))
    assert not attachment.exists()
    assert left == [preview.parent] and preview.exists()  # Acrobat still has it open
    assert vc.remove_stale() == []  # the next start
    assert not preview.exists()


def test_at_start_an_earlier_sessions_copies_go_but_a_running_ones_stay() -> None:
    old = vc.attachment_copy(b"alt", "ef" * 32, "alt.pdf")
    vc._made.clear()  # an earlier session made it
    stamp = time.time() - vc.STALE_AFTER_S - 60
    os.utime(old.parent, (stamp, stamp))
    fresh = vc.preview_copy(b"%PDF", "neu.pdf")
    vc._made.clear()  # another instance (another data folder) made it a minute ago
    assert vc.remove_stale() == []
    assert not old.exists() and fresh.exists()


def test_an_erasure_removes_copies_a_viewer_holds_at_the_next_start() -> None:
    sha = "12" * 32
    copy = vc.attachment_copy(b"Lebenslauf", sha, "Lebenslauf Yıldız.pdf")
    assert vc.remove_for_erasure([sha[:16]], busy_once({copy.parent})) == [copy.parent]
    assert copy.exists()
    vc._made.clear()  # the app closed; the copy stayed because it was open
    assert vc.remove_stale() == []
    assert not copy.exists()
