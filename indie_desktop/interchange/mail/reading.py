"""Reading a mail file: Outlook's .msg (by its OLE signature) or an .eml."""

from __future__ import annotations

from pathlib import Path

from indie_desktop.interchange.mail.eml_reader import read_eml
from indie_desktop.interchange.mail.message import MailFileError, MailMessage
from indie_desktop.interchange.mail.msg_reader import OLE_SIGNATURE, read_msg


def read_mail(data: bytes, filename: str = "") -> MailMessage:
    """A .msg (by its OLE signature) or an .eml (anything else that parses as one)."""
    if data.startswith(OLE_SIGNATURE):
        message = read_msg(data)
    elif filename.lower().endswith(".msg"):
        raise MailFileError("This .msg file is not an Outlook message (no OLE compound file)")
    else:
        message = read_eml(data)
    message.raw = data
    message.filename = filename or ("mail.msg" if data.startswith(OLE_SIGNATURE) else "mail.eml")
    return message


def read_mail_file(path: Path) -> MailMessage:
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise MailFileError(f"The file cannot be read: {exc.strerror or exc}") from exc
    return read_mail(data, Path(path).name)
