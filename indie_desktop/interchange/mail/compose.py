"""Mails the CRM writes: invitations and newsletters, as .eml drafts (X-Unsent: 1, so Outlook
opens them ready to send) or for SMTP; an appointment travels as an .ics attachment."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import datetime
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime, formataddr
from urllib.parse import quote

from indie_desktop.interchange.mail.message import MailAddress


@dataclass(frozen=True)
class Attachment:
    filename: str
    content: bytes
    media_type: str  # e.g. 'text/calendar; method=REQUEST'


@dataclass
class OutgoingMail:
    sender: MailAddress
    to: MailAddress
    subject: str
    text: str
    message_id: str = ""  # without brackets; made up when empty
    unsubscribe_subject: str = ""  # "Abmelden ..." : List-Unsubscribe to the sender
    attachments: list[Attachment] = field(default_factory=list)
    date: datetime | None = None


def new_message_id(domain: str) -> str:
    return f"{uuid.uuid4().hex}@{domain or 'indie-desktop.invalid'}"


def compose(mail: OutgoingMail, *, draft: bool = False) -> bytes:
    """The RFC 5322 message (CRLF line ends, UTF-8 text, encoded headers for umlauts)."""
    # Lines up to RFC 5322's 998: the List-Unsubscribe link (no spaces, over 78 characters)
    # must not be folded into encoded words, which mail programs no longer read as a link.
    msg = EmailMessage(policy=SMTP.clone(max_line_length=998))
    msg["From"] = formataddr((mail.sender.name, mail.sender.email))
    msg["To"] = formataddr((mail.to.name, mail.to.email))
    msg["Subject"] = mail.subject
    if mail.date is not None:
        msg["Date"] = format_datetime(mail.date)
    domain = mail.sender.email.rpartition("@")[2]
    msg["Message-ID"] = f"<{mail.message_id or new_message_id(domain)}>"
    if mail.unsubscribe_subject:
        msg["List-Unsubscribe"] = (
            f"<mailto:{mail.sender.email}?subject={quote(mail.unsubscribe_subject)}>"
        )
    if draft:
        msg["X-Unsent"] = "1"  # Outlook opens the .eml as a mail ready to send
    msg.set_content(mail.text, charset="utf-8", cte="quoted-printable")
    for a in mail.attachments:
        main, _, rest = a.media_type.partition("/")
        sub, _, params = rest.partition(";")
        extra: dict[str, str] = {}
        for param in params.split(";"):
            key, _, value = param.strip().partition("=")
            if key:
                extra[key] = value
        msg.add_attachment(
            a.content, maintype=main, subtype=sub.strip(), filename=a.filename, params=extra
        )
    return msg.as_bytes()
