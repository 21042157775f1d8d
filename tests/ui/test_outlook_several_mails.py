"""Several mails from Outlook at once (issue 23). Qt hands a drop only the first FileContents,
so the app reads the OLE data object itself, index by index: tested here with a stand-in for
Outlook's IDataObject serving real FILEGROUPDESCRIPTORW bytes and three real .msg files, one
each as HGLOBAL, IStream and IStorage (the media Outlook uses); the Windows calls themselves
are checked on a real PC (BUILDING.md)."""

from __future__ import annotations

import io
import struct
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from indie_desktop.interchange.mail.outlook_drag import file_group_descriptor, file_names
from indie_desktop.interchange.mail.virtual_files import (
    ALL_FILES,
    CONTENT_TYMEDS,
    CONTENTS,
    DESCRIPTOR,
    TYMED_HGLOBAL,
    TYMED_ISTORAGE,
    TYMED_ISTREAM,
    DataObjectError,
    Medium,
    VirtualFiles,
    read_virtual_files,
)
from indie_desktop.services.directory.organisations import OrganisationDraft
from indie_desktop.services.workspace import Workspace
from indie_desktop.ui.widgets.attachments_panel import AttachmentsPanel
from tests.ui.test_mail_drop import MAIL, drop, outlook_mime

FILES = [
    MAIL / "poi-example_received_unicode.msg",
    MAIL / "msgreader-EmailWithSpecialCharsInSubject.msg",
    MAIL / "poi-58214_with_attachment.msg",
]
NAMES = ["Angebot Şükrü Yıldız.msg", "Rückfrage Łukasz.msg", "Anhang Zoë Ñúñez.msg"]


class OutlookDataObject:
    """What IDataObject::GetData answers for an Outlook selection: the descriptor as HGLOBAL,
    each mail's contents in the medium Outlook chose (here: one of each kind)."""

    def __init__(self, failing: int | None = None) -> None:
        self.contents = [f.read_bytes() for f in FILES]
        self.descriptor = file_group_descriptor(NAMES, [len(c) for c in self.contents])
        self.media = [TYMED_HGLOBAL, TYMED_ISTREAM, TYMED_ISTORAGE]
        self.failing = failing
        self.asked: list[tuple[str, int, int]] = []
        self.held: set[int] = set()
        self.released: list[int] = []

    def get_data(self, name: str, index: int, tymeds: int) -> Medium:
        self.asked.append((name, index, tymeds))
        if name == DESCRIPTOR and index == ALL_FILES:
            medium = Medium(TYMED_HGLOBAL, ("hglobal", self.descriptor))
        elif name == CONTENTS and index == self.failing:
            raise DataObjectError("GetData FileContents 1 failed (HRESULT 0x80040064)")
        elif name == CONTENTS and 0 <= index < len(self.contents):
            kind = self.media[index]
            assert kind & tymeds, "asked for a medium Outlook does not offer"
            data = self.contents[index]
            handle = {
                TYMED_HGLOBAL: ("hglobal", data),
                TYMED_ISTREAM: ("stream", io.BytesIO(data)),
                TYMED_ISTORAGE: ("storage", data),
            }[kind]
            medium = Medium(kind, handle)
        else:
            raise DataObjectError(f"GetData {name} {index} failed (DV_E_LINDEX)")
        self.held.add(id(medium))
        return medium

    def release(self, medium: Medium) -> None:
        self.held.discard(id(medium))
        self.released.append(medium.tymed)


def _readers() -> dict[int, object]:
    def hglobal(handle: tuple[str, bytes]) -> bytes:
        assert handle[0] == "hglobal"
        return handle[1]

    def stream(handle: tuple[str, io.BytesIO]) -> bytes:  # Read in chunks until 0 bytes
        chunks = []
        while chunk := handle[1].read(4096):
            chunks.append(chunk)
        return b"".join(chunks)

    def storage(handle: tuple[str, bytes]) -> bytes:  # CopyTo a docfile on memory
        return handle[1]

    return {TYMED_HGLOBAL: hglobal, TYMED_ISTREAM: stream, TYMED_ISTORAGE: storage}


def test_the_descriptor_is_outlooks_filegroupdescriptorw_layout() -> None:
    raw = file_group_descriptor(NAMES, [10, 20, 30])
    assert struct.unpack_from("<I", raw)[0] == 3
    assert len(raw) == 4 + 3 * 592  # cItems, then FILEDESCRIPTORW of 592 bytes each
    name_at = 4 + 592 + 72  # the second descriptor's cFileName, WCHAR[260]
    assert raw[name_at : name_at + 40].decode("utf-16-le").startswith("Rückfrage Łukasz.msg")
    assert file_names(raw) == NAMES


def test_every_mail_of_the_data_object_is_read_by_its_index() -> None:
    outlook = OutlookDataObject()
    found = read_virtual_files(outlook.get_data, outlook.release, _readers())  # type: ignore[arg-type]
    assert [name for name, _ in found.mails] == NAMES
    assert [data for _, data in found.mails] == outlook.contents
    assert found.not_read == []
    assert outlook.asked == [
        (DESCRIPTOR, ALL_FILES, TYMED_HGLOBAL),
        (CONTENTS, 0, CONTENT_TYMEDS),
        (CONTENTS, 1, CONTENT_TYMEDS),
        (CONTENTS, 2, CONTENT_TYMEDS),
    ]
    assert outlook.held == set()  # every medium released (ReleaseStgMedium)
    assert sorted(outlook.released) == [1, 1, 4, 8]


def test_one_mail_outlook_refuses_is_named_and_the_others_still_come() -> None:
    outlook = OutlookDataObject(failing=1)
    found = read_virtual_files(outlook.get_data, outlook.release, _readers())  # type: ignore[arg-type]
    assert [name for name, _ in found.mails] == [NAMES[0], NAMES[2]]
    assert found.not_read == [(NAMES[1], "GetData FileContents 1 failed (HRESULT 0x80040064)")]


def test_an_unknown_medium_is_named_not_crashed_on() -> None:
    outlook = OutlookDataObject()
    readers = _readers()
    del readers[TYMED_ISTORAGE]
    found = read_virtual_files(outlook.get_data, outlook.release, readers)  # type: ignore[arg-type]
    assert found.not_read == [(NAMES[2], "unsupported medium 8")]
    assert outlook.held == set()


def test_three_mails_copied_in_outlook_are_pasted_onto_a_company(
    qtbot: QtBot, local_workspace: Workspace, german: None
) -> None:
    ws = local_workspace
    org = ws.organisations.create(OrganisationDraft(name="Stahlbau Şükrü GmbH"))
    panel = AttachmentsPanel(ws, "organisation")
    qtbot.addWidget(panel)
    panel.set_target(org)
    outlook = OutlookDataObject()

    def clipboard() -> VirtualFiles:
        return read_virtual_files(outlook.get_data, outlook.release, _readers())  # type: ignore[arg-type]

    filed = panel.paste(clipboard)
    assert len(filed) == 3 and not any(f.duplicate for f in filed)
    assert panel.mail_note.text().startswith("3 E-Mails als Aktivität abgelegt")
    timeline = ws.timeline.for_organisation(org).entries
    assert len([e for e in timeline if e.subkind == "email"]) == 3
    assert panel.paste(clipboard) and panel.mail_note.text() == "3 E-Mails waren schon abgelegt."


def test_a_drag_of_several_mails_files_the_first_and_says_how_to_bring_the_rest(
    qtbot: QtBot, local_workspace: Workspace, german: None
) -> None:
    ws = local_workspace
    org = ws.organisations.create(OrganisationDraft(name="Gießerei Hagen KG"))
    panel = AttachmentsPanel(ws, "organisation")
    qtbot.addWidget(panel)
    panel.set_target(org)
    drop(panel, outlook_mime(FILES))
    note = panel.mail_note.text()
    assert note.startswith("1 E-Mail als Aktivität abgelegt")
    assert "kopieren Sie sie in Outlook (Strg+C) und fügen Sie sie hier ein (Strg+V)" in note


@pytest.mark.parametrize("platform", ["linux", "darwin"])
def test_away_from_windows_the_outlook_clipboard_reader_finds_nothing(
    platform: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from indie_desktop.interchange.mail import windows_ole

    monkeypatch.setattr(windows_ole.sys, "platform", platform)
    assert windows_ole.clipboard_mails() is None
    assert not windows_ole.available()


def test_paste_without_outlook_data_takes_mail_files_copied_in_the_explorer(
    qtbot: QtBot, local_workspace: Workspace, german: None, tmp_path: Path
) -> None:
    from PySide6.QtCore import QMimeData, QUrl
    from PySide6.QtWidgets import QApplication

    ws = local_workspace
    org = ws.organisations.create(OrganisationDraft(name="Zoë Ñúñez Feinmechanik"))
    panel = AttachmentsPanel(ws, "organisation")
    qtbot.addWidget(panel)
    panel.set_target(org)
    copied = QMimeData()
    copied.setUrls([QUrl.fromLocalFile(str(FILES[0]))])
    QApplication.clipboard().setMimeData(copied)
    try:
        filed = panel.paste(lambda: None)
    finally:
        # The clipboard owns the QMimeData made here; left there, Qt deletes it in its exit
        # handlers after Python has shut down, and the process ends in a segfault.
        QApplication.clipboard().clear()
    assert len(filed) == 1


def test_mails_pasted_on_the_main_window_go_where_their_addresses_point(
    qtbot: QtBot, local_workspace: Workspace, german: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    from indie_desktop.ui.mail.file_mails import ChooseOrganisationDialog
    from indie_desktop.ui.main_window import MainWindow
    from indie_desktop.ui.tasks import SynchronousRunner

    ws = local_workspace
    window = MainWindow(ws, runner=SynchronousRunner())
    qtbot.addWidget(window)
    assert window.paste_mails_action.text() == "E-&Mails aus Outlook einfügen"
    assert window.paste_mails_action.shortcut().toString() == "Ctrl+Shift+V"
    outlook = OutlookDataObject()
    asked: list[str] = []

    def choose(dialog: ChooseOrganisationDialog) -> int:  # nobody known: file on no org
        asked.append(dialog.windowTitle())
        dialog.candidates.setCurrentRow(dialog.candidates.count() - 1)
        return 1

    monkeypatch.setattr(ChooseOrganisationDialog, "exec", choose)
    filed = window.paste_mails(
        lambda: read_virtual_files(outlook.get_data, outlook.release, _readers())  # type: ignore[arg-type]
    )
    assert len(filed) == 3 and len(asked) == 3
    assert window.statusBar().currentMessage().startswith("3 E-Mails als Aktivität abgelegt")


class SelectedMail:
    """An item of Outlook's selection as COM shows it: its subject, and SaveAs writing the
    mail as .msg where it is told (here: a real .msg of the corpus)."""

    def __init__(self, subject: str, source: Path) -> None:
        self.Subject = subject
        self.source = source
        self.saved_as: list[tuple[str, int]] = []

    def SaveAs(self, Path: str, Type: int) -> None:  # Outlook's names
        self.saved_as.append((Path, Type))
        with open(Path, "wb") as out:
            out.write(self.source.read_bytes())


def _dragged_subjects() -> list[str]:
    """The subjects Outlook named the dragged files after (outlook_mime's names)."""
    return [f.stem.replace("poi-", "") for f in FILES]


def test_a_drag_of_several_mails_files_every_one_through_outlooks_selection(
    qtbot: QtBot, local_workspace: Workspace, german: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    """On Windows the mails Qt does not hand over come from the running Outlook: its
    selection is what was dragged, and Outlook saves each as .msg (olMSGUnicode)."""
    from indie_desktop.interchange.mail import outlook_selection

    selection = [SelectedMail(s, f) for s, f in zip(_dragged_subjects(), FILES, strict=True)]
    monkeypatch.setattr(outlook_selection, "selection_items", lambda: selection)
    ws = local_workspace
    org = ws.organisations.create(OrganisationDraft(name="Gießerei Hagen KG"))
    panel = AttachmentsPanel(ws, "organisation")
    qtbot.addWidget(panel)
    panel.set_target(org)
    drop(panel, outlook_mime(FILES))
    assert panel.mail_note.text().startswith("3 E-Mails als Aktivität abgelegt")
    assert "Strg+V" not in panel.mail_note.text()
    assert all(item.saved_as[0][1] == outlook_selection.OL_MSG_UNICODE for item in selection)
    timeline = ws.timeline.for_organisation(org).entries
    assert len([e for e in timeline if e.subkind == "email"]) == 3


def test_a_selection_that_is_not_the_dragged_mails_is_never_filed(
    qtbot: QtBot, local_workspace: Workspace, german: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The user clicked elsewhere in Outlook before dropping: other subjects (or another
    number of mails) in the selection. Only the mail Qt handed over is filed, the others are
    named as before; nothing is saved out of Outlook."""
    from indie_desktop.interchange.mail import outlook_selection

    others = [SelectedMail("Newsletter Dezember", f) for f in FILES]
    monkeypatch.setattr(outlook_selection, "selection_items", lambda: others)
    ws = local_workspace
    org = ws.organisations.create(OrganisationDraft(name="Gießerei Hagen KG"))
    panel = AttachmentsPanel(ws, "organisation")
    qtbot.addWidget(panel)
    panel.set_target(org)
    drop(panel, outlook_mime(FILES))
    assert panel.mail_note.text().startswith("1 E-Mail als Aktivität abgelegt")
    assert "(Strg+V)" in panel.mail_note.text()
    assert not any(item.saved_as for item in others)
    names = [f"{s}.msg" for s in _dragged_subjects()]
    assert outlook_selection.is_the_dragged_selection(names, others[:2]) is False  # too few


class _Selection:
    def __init__(self, items: list[SelectedMail]) -> None:
        self.items = items
        self.Count = len(items)

    def Item(self, index: int) -> SelectedMail:  # COM collections count from 1
        assert index >= 1
        return self.items[index - 1]


def test_the_selection_is_read_from_the_running_outlook_over_com(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """What selection_items asks of Windows, with a stand-in for pywin32's win32com.client:
    the running Outlook (GetActiveObject, never a new one), its explorer's selection, items
    1..Count. Without Windows, or when Outlook is not running, it answers None."""
    import sys
    import types

    from indie_desktop.interchange.mail import outlook_selection

    items = [SelectedMail(s, f) for s, f in zip(_dragged_subjects(), FILES, strict=True)]
    asked: list[str] = []

    class Explorer:
        Selection = _Selection(items)

    class Outlook:
        def ActiveExplorer(self) -> Explorer:
            return Explorer()

    def get_active_object(prog_id: str) -> Outlook:
        asked.append(prog_id)
        if prog_id != "Outlook.Application":
            raise OSError("Operation unavailable")
        return Outlook()

    client = types.ModuleType("win32com.client")
    client.GetActiveObject = get_active_object  # type: ignore[attr-defined]
    package = types.ModuleType("win32com")
    package.client = client  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "win32com", package)
    monkeypatch.setitem(sys.modules, "win32com.client", client)
    monkeypatch.setattr(outlook_selection.sys, "platform", "win32")
    assert outlook_selection.selection_items() == items
    assert asked == ["Outlook.Application"]

    def not_running(prog_id: str) -> Outlook:
        raise OSError("Operation unavailable")  # pywintypes.com_error is an Exception too

    client.GetActiveObject = not_running  # type: ignore[attr-defined]
    assert outlook_selection.selection_items() is None
    monkeypatch.setattr(outlook_selection.sys, "platform", "linux")
    assert outlook_selection.selection_items() is None
