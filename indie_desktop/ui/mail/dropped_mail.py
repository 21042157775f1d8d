"""What a drop brings: mails (Outlook's virtual files, .msg/.eml files) and other files.

On Windows Qt names Outlook's clipboard formats `application/x-qt-windows-mime;
value="FileGroupDescriptorW"` and `...value="FileContents"`. Qt hands over the contents of
the first virtual file only (it asks with lindex 0, and PySide6 offers no way to add a
QWindowsMimeConverter), so of a drag of several mails the others are asked of the running
Outlook (its selection is what was dragged); if it cannot say, the first is filed and the
others named. Copied in Outlook (Ctrl+C) and pasted here (Ctrl+V), every mail comes: the
clipboard's IDataObject is read index by index (interchange/mail/windows_ole.py).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QMimeData

from indie_desktop.interchange.mail.message import is_mail_name
from indie_desktop.interchange.mail.outlook_drag import file_names
from indie_desktop.interchange.mail.virtual_files import VirtualFiles

DESCRIPTOR = "FileGroupDescriptorW"
CONTENTS = "FileContents"


def windows_format(name: str) -> str:
    return f'application/x-qt-windows-mime;value="{name}"'


@dataclass
class Dropped:
    mails: list[tuple[str, bytes]] = field(default_factory=list)  # (file name, bytes)
    files: list[Path] = field(default_factory=list)  # other files, to attach as they are
    not_read: list[str] = field(default_factory=list)  # Outlook mails Qt could not hand over
    unreadable: list[str] = field(default_factory=list)  # copied mails Outlook did not give


def _format(mime: QMimeData, name: str) -> str | None:
    for fmt in mime.formats():
        if fmt == name or fmt.endswith(f'value="{name}"'):
            return fmt
    return None


def offers_mail_or_files(mime: QMimeData) -> bool:
    return mime.hasUrls() or _format(mime, DESCRIPTOR) is not None


def read_drop(
    mime: QMimeData,
    outlook_selection: Callable[[list[str]], list[tuple[str, bytes]] | None] | None = None,
) -> Dropped:
    """The mails and files of a drop. Of a drag of several mails from Outlook Qt hands over
    the first only; the others are asked of Outlook itself (its selection, on Windows:
    interchange/mail/outlook_selection.py) and named in `not_read` if it cannot say."""
    found = Dropped()
    descriptor = _format(mime, DESCRIPTOR)
    contents = _format(mime, CONTENTS)
    if descriptor is not None and contents is not None:
        names = file_names(bytes(mime.data(descriptor).data()))
        data = bytes(mime.data(contents).data())
        every = None
        if len(names) > 1 and data:
            if outlook_selection is None:
                from indie_desktop.interchange.mail.outlook_selection import read_dragged

                outlook_selection = read_dragged
            every = outlook_selection(names)
        if every:
            found.mails.extend(every)
        elif names and data:
            first = names[0] if is_mail_name(names[0]) else names[0] + ".msg"
            found.mails.append((first, data))
            found.not_read.extend(names[1:])
    for url in mime.urls() if mime.hasUrls() else []:
        if not url.isLocalFile():
            continue
        path = Path(url.toLocalFile())
        if is_mail_name(path.name) and path.is_file():
            try:
                found.mails.append((path.name, path.read_bytes()))
            except OSError:
                found.files.append(path)  # the attach path explains the unreadable file
        else:
            found.files.append(path)
    return found


def paste_mails(
    clipboard: QMimeData | None,
    read_outlook_clipboard: Callable[[], VirtualFiles | None] | None = None,
) -> Dropped:
    """What Ctrl+V brings: on Windows every mail Outlook copied (its virtual files, read
    index by index); else, as a drop, the .msg/.eml and other files copied in Explorer."""
    if read_outlook_clipboard is None:
        from indie_desktop.interchange.mail.windows_ole import clipboard_mails

        read_outlook_clipboard = clipboard_mails
    copied = read_outlook_clipboard()
    if copied is not None and (copied.mails or copied.not_read):
        return Dropped(
            mails=list(copied.mails),
            unreadable=[f"{name} ({why})" for name, why in copied.not_read],
        )
    return read_drop(clipboard) if clipboard is not None else Dropped()
