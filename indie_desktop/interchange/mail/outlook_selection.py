"""The rest of a drag of several mails from Outlook, read through Outlook itself (Windows).

Qt hands a drop only the first of Outlook's virtual files (ui/mail/dropped_mail.py). The mails a
user drags out of Outlook are the current selection of Outlook's explorer window, so the app
asks the running Outlook for it over COM (`Outlook.Application` → `ActiveExplorer().Selection`)
and has Outlook save each selected mail as a `.msg` (`MailItem.SaveAs(path, olMSGUnicode)`), the
way Outlook add-ins and CRM connectors do. The selection is used only when it is exactly the
dragged mails: as many items as the drag named files, in the same order, each file name made
from its item's subject. Otherwise nothing is taken from it and the drop names the mails it
could not read, as before; a wrong mail is never filed.

`selection_items` is the only part that talks to Windows; everything else is tested on Linux
with stand-in items (BUILDING.md lists the check on a real PC).
"""

from __future__ import annotations

import logging
import sys
import tempfile
import unicodedata
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, Protocol

from indie_desktop.interchange.mail.message import is_mail_name

log = logging.getLogger(__name__)

OL_MSG_UNICODE = 9  # OlSaveAsType.olMSGUnicode: the .msg Outlook itself writes on a drag


class OutlookItem(Protocol):
    """What the app uses of an item of Outlook's selection (a MailItem over COM)."""

    @property
    def Subject(self) -> str: ...  # Outlook's own names

    def SaveAs(self, Path: str, Type: int) -> None: ...


def _key(text: str) -> str:
    """Letters and digits only, case-folded: Outlook drops or replaces the characters a file
    name may not hold (`:` `/` `?` …) and cuts long subjects when it names a dragged mail."""
    folded = unicodedata.normalize("NFC", text).casefold()
    return "".join(ch for ch in folded if ch.isalnum())


def is_the_dragged_selection(names: Sequence[str], items: Sequence[OutlookItem]) -> bool:
    """The selection is the drag: one item per dragged file, each file named after it."""
    if len(items) != len(names) or not names:
        return False
    for name, item in zip(names, items, strict=True):
        stem = _key(Path(name).stem)
        subject = _key(str(getattr(item, "Subject", "") or ""))
        if stem and not subject.startswith(stem):
            return False
    return True


def save_selection(
    names: Sequence[str], items: Sequence[OutlookItem], folder: Path
) -> list[tuple[str, bytes]]:
    """Each item saved by Outlook as .msg into `folder`, read back as (file name, bytes)."""
    mails: list[tuple[str, bytes]] = []
    for index, (name, item) in enumerate(zip(names, items, strict=True)):
        target = folder / f"mail-{index + 1}.msg"
        item.SaveAs(str(target), OL_MSG_UNICODE)
        mails.append((name if is_mail_name(name) else f"{name}.msg", target.read_bytes()))
    return mails


def selection_items() -> list[Any] | None:
    """The items selected in the running Outlook's explorer window (Windows, Outlook open),
    else None. Attaches to the running Outlook; never starts one."""
    if sys.platform != "win32":
        return None
    try:
        import win32com.client  # pywin32, installed on Windows only (pyproject.toml)

        outlook = win32com.client.GetActiveObject("Outlook.Application")
        explorer = outlook.ActiveExplorer()
        if explorer is None:
            return None
        selection = explorer.Selection
        return [selection.Item(i) for i in range(1, int(selection.Count) + 1)]  # 1-based
    except Exception as exc:  # COM errors: Outlook closed, busy, a dialog open, no pywin32
        log.info("Outlook's selection not readable: %s", exc)
        return None


def read_dragged(
    names: Sequence[str], provider: Callable[[], Sequence[OutlookItem] | None] | None = None
) -> list[tuple[str, bytes]] | None:
    """Every mail of a drag of several from Outlook, or None when Outlook cannot say which
    they are (not on Windows, Outlook gone, its selection changed since the drag)."""
    items = (provider or selection_items)()
    if not items or not is_the_dragged_selection(names, items):
        return None
    with tempfile.TemporaryDirectory(prefix="indie-outlook-") as folder:
        try:
            return save_selection(names, items, Path(folder))
        except Exception as exc:  # Outlook refused to save one (a COM error) or no file came
            log.warning("Outlook did not save the dragged mails: %s", exc)
            return None
