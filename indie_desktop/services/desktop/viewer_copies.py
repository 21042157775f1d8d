"""Files handed to the system's programs: attachment copies and preview PDFs in the temp folder.

Attachments on the office server come from other staff, who often got them by e-mail. So:

- a copy opened on Windows carries the Mark-of-the-Web (an NTFS stream `path:Zone.Identifier`
  with ZoneId=3, "Internet"), as a browser or Outlook would write it: Office opens it in
  Protected View, SmartScreen checks programs before they run;
- programs, scripts, shortcuts and Office files with macros (`RISKY_SUFFIXES`) are only opened
  after the user confirmed it (the UI asks);
- the copies hold personal data: what a session made is removed when the app closes, what an
  earlier session left (a crash, a file a viewer kept open) when it starts, and copies an
  erasure could not delete at once (a viewer still had them open) are deleted at the next
  start (`schedule_removal`, `remove_scheduled`).

The Windows-only parts (the alternate data stream) go through small functions whose file
opener and platform are parameters, so they are tested on Linux with PureWindowsPath.
"""

from __future__ import annotations

import logging
import platform
import shutil
import tempfile
import time
from collections.abc import Callable, Iterable
from pathlib import Path, PurePath
from typing import IO, Any

log = logging.getLogger(__name__)

ROOT_NAME = "indie-desktop-viewer"
ATTACHMENTS = "attachments"
PREVIEWS = "previews"
PENDING = "remove-at-start.txt"
STALE_AFTER_S = 12 * 3600  # an earlier session's copies (a second instance keeps its own)

# Windows' lists of dangerous types (Outlook's blocked attachments, SmartScreen, macro-enabled
# Office formats, disk images that carry files past the Mark-of-the-Web).
RISKY_SUFFIXES = frozenset(
    """
    .ade .adp .app .appref-ms .application .appx .appxbundle .asp .bas .bat .bgi .cab .chm .cmd
    .cnt .com .cpl .crt .der .diagcab .exe .fxp .gadget .grp .hlp .hpj .hta .htc .img .inf .ins
    .iso .isp .its .jar .jnlp .js .jse .ksh .lnk .mad .maf .mag .mam .maq .mar .mas .mat .mau
    .mav .maw .mcf .mda .mdb .mde .mdt .mdw .mdz .msc .msh .msh1 .msh2 .msi .msix .msixbundle
    .msp .mst .msu .ops .osd .pcd .pif .pl .plg .prf .prg .ps1 .ps1xml .ps2 .ps2xml .psc1 .psc2
    .psd1 .psm1 .py .pyc .pyo .pyw .pyz .pyzw .reg .scf .scr .sct .search-ms .settingcontent-ms
    .shb .shs .sys .theme .udl .url .vb .vbe .vbp .vbs .vhd .vhdx .vsmacros .vsw .website .ws
    .wsb .wsc .wsf .wsh .xbap .xll .xnk
    .docm .dotm .xlsm .xltm .xlsb .xlam .pptm .potm .ppam .ppsm .sldm
    """.split()
)

ZONE_INTERNET = 3
Opener = Callable[[str], IO[str]]


def is_risky(filename: str) -> bool:
    """A program, script, shortcut or macro document: ask before opening it."""
    name = filename.strip().rstrip(". ").lower()  # "x.exe." and "x.exe " run as x.exe
    return any(name.endswith(suffix) for suffix in RISKY_SUFFIXES)


def viewer_root() -> Path:
    return Path(tempfile.gettempdir()) / ROOT_NAME


def zone_identifier_text(host_url: str = "about:internet") -> str:
    """The stream's content, as browsers and Outlook write it."""
    return f"[ZoneTransfer]\r\nZoneId={ZONE_INTERNET}\r\nHostUrl={host_url}\r\n"


def mark_of_the_web(
    path: PurePath,
    *,
    system: str | None = None,
    opener: Opener | None = None,
) -> bool:
    """Write `path:Zone.Identifier` (Windows only; True if written). On NTFS the stream is
    named after a colon; other file systems (FAT USB sticks) refuse it: logged, not fatal."""
    if (system or platform.system()) != "Windows":
        return False
    stream = f"{path}:Zone.Identifier"
    open_stream: Opener = opener or (lambda name: open(name, "w", encoding="ascii", newline=""))
    try:
        with open_stream(stream) as handle:
            handle.write(zone_identifier_text())
    except OSError as exc:
        log.warning("no Mark-of-the-Web on %s: %s", path, exc)
        return False
    return True


def attachment_copy(content: bytes, sha: str, filename: str, *, system: str | None = None) -> Path:
    """The content under its own name in a per-hash folder, marked as from the Internet."""
    folder = viewer_root() / ATTACHMENTS / sha[:16]
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / (Path(filename).name or "Anhang")
    if not path.exists() or path.stat().st_size != len(content):
        path.write_bytes(content)
    mark_of_the_web(path, system=system)
    _made.add(folder)
    return path


def attachment_folder(sha: str) -> Path:
    """Where `attachment_copy` puts the copy of the content with hash `sha`."""
    return viewer_root() / ATTACHMENTS / sha[:16]


def preview_copy(pdf: bytes, file_name: str) -> Path:
    """A document from the print preview for the system's PDF viewer."""
    (viewer_root() / PREVIEWS).mkdir(parents=True, exist_ok=True)
    folder = Path(tempfile.mkdtemp(dir=viewer_root() / PREVIEWS))
    path = folder / file_name
    path.write_bytes(pdf)
    _made.add(folder)
    return path


# the folders this process made (removed when it closes)
_made: set[Path] = set()


def _remove(folder: Path, rmtree: Callable[[Path], Any]) -> bool:
    try:
        rmtree(folder)
    except FileNotFoundError:
        return True
    except OSError as exc:  # Windows: a viewer still has a file open
        log.info("temporary copy not removed yet: %s (%s)", folder, exc)
        return False
    return True


def remove_session_copies(rmtree: Callable[[Path], Any] = shutil.rmtree) -> list[Path]:
    """At close: this session's copies; those still open are left for the next start."""
    left = [folder for folder in sorted(_made) if not _remove(folder, rmtree)]
    _made.clear()
    if left:
        schedule_removal(left)
    return left


def schedule_removal(folders: Iterable[Path]) -> None:
    """Remember folders to delete at the next start (an erasure's copies still open)."""
    pending = viewer_root() / PENDING
    pending.parent.mkdir(parents=True, exist_ok=True)
    with pending.open("a", encoding="utf-8") as handle:
        for folder in folders:
            handle.write(f"{folder}\n")


def remove_scheduled(rmtree: Callable[[Path], Any] = shutil.rmtree) -> list[Path]:
    """At start: what an erasure or an earlier close could not delete; the ones still busy."""
    pending = viewer_root() / PENDING
    try:
        wanted = [Path(line) for line in pending.read_text(encoding="utf-8").splitlines() if line]
    except FileNotFoundError:
        return []
    root = viewer_root()
    left = [
        folder
        for folder in dict.fromkeys(wanted)
        if root in folder.parents and not _remove(folder, rmtree)
    ]
    if left:
        pending.write_text("".join(f"{f}\n" for f in left), encoding="utf-8")
    else:
        pending.unlink(missing_ok=True)
    return left


def remove_stale(
    now: float | None = None, rmtree: Callable[[Path], Any] = shutil.rmtree
) -> list[Path]:
    """At start: copies an earlier session left (older than STALE_AFTER_S), and the scheduled
    ones; returns what is still busy."""
    left = remove_scheduled(rmtree)
    now = time.time() if now is None else now
    for kind in (ATTACHMENTS, PREVIEWS):
        base = viewer_root() / kind
        if not base.is_dir():
            continue
        for folder in base.iterdir():
            try:
                old = now - folder.stat().st_mtime > STALE_AFTER_S
            except OSError:
                continue
            if old and folder not in _made and not _remove(folder, rmtree):
                left.append(folder)
    return left


def remove_for_erasure(
    shas: Iterable[str], rmtree: Callable[[Path], Any] = shutil.rmtree
) -> list[Path]:
    """The viewer copies of erased attachments; what cannot go now goes at the next start."""
    left = [
        folder
        for folder in (viewer_root() / ATTACHMENTS / sha[:16] for sha in shas)
        if not _remove(folder, rmtree)
    ]
    if left:
        schedule_removal(left)
    return left
