"""E-mails as files: Outlook's .msg (OLE compound file), RFC 5322 .eml, and the virtual files
Outlook drags (FileGroupDescriptorW). Read into one typed MailMessage; no database, no Qt."""

from indie_desktop.interchange.mail.message import (
    MailAddress,
    MailAttachment,
    MailFileError,
    MailMessage,
)
from indie_desktop.interchange.mail.reading import read_mail, read_mail_file

__all__ = [
    "MailAddress",
    "MailAttachment",
    "MailFileError",
    "MailMessage",
    "read_mail",
    "read_mail_file",
]
