"""One e-mail as the CRM files it: who wrote to whom, when, about what, the text, the files."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import datetime

MAIL_SUFFIXES = (".eml", ".msg")


class MailFileError(Exception):
    """The file is no e-mail this program can read; the message says why, in English."""


@dataclass(frozen=True)
class MailAddress:
    name: str
    email: str  # as written; compare with .key

    @property
    def key(self) -> str:
        return self.email.strip().lower()

    def label(self) -> str:
        return (
            f"{self.name} <{self.email}>" if self.name and self.email else self.name or self.email
        )


@dataclass(frozen=True)
class MailAttachment:
    filename: str
    content: bytes
    media_type: str = "application/octet-stream"


@dataclass
class MailMessage:
    subject: str = ""
    sender: MailAddress | None = None
    to: list[MailAddress] = field(default_factory=list)
    cc: list[MailAddress] = field(default_factory=list)
    sent_at: datetime | None = None  # aware
    text: str = ""
    message_id: str = ""  # without angle brackets; "" when the mail has none (a draft)
    attachments: list[MailAttachment] = field(default_factory=list)
    raw: bytes = b""  # the original file
    filename: str = ""  # the original file's name

    @property
    def recipients(self) -> list[MailAddress]:
        return [*self.to, *self.cc]

    @property
    def addresses(self) -> list[MailAddress]:
        """Sender first, then the recipients; each address once."""
        seen: dict[str, MailAddress] = {}
        for a in ([self.sender] if self.sender else []) + self.recipients:
            if a.key and a.key not in seen:
                seen[a.key] = a
        return list(seen.values())

    @property
    def identity(self) -> str:
        """What recognises the same mail dropped twice: its Message-ID, else the file's digest."""
        if self.message_id:
            return self.message_id[:300]
        return "sha256:" + hashlib.sha256(self.raw).hexdigest()


def normalise_message_id(value: str | None) -> str:
    v = (value or "").strip().split()[0] if (value or "").strip() else ""
    return v.strip("<>").strip()


def is_mail_name(name: str) -> bool:
    return name.lower().endswith(MAIL_SUFFIXES)
