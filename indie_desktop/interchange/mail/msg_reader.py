"""Outlook's .msg (MS-OXMSG): an OLE compound file of MAPI properties, read with olefile.

Strings are `__substg1.0_IIIITTTT` streams (type 001F UTF-16, 001E in the message's code page,
0102 binary); fixed-size values (times, numbers) sit in `__properties_version1.0`. Recipients
and attachments are storages of their own. Where Outlook kept the internet headers (received
mails), sender, recipients, date and Message-ID come from them as sent.
"""

from __future__ import annotations

import email.message
import struct
from datetime import UTC, datetime, timedelta
from io import BytesIO

import olefile

from indie_desktop.interchange.mail.eml_reader import addresses, header_fields, sent_at
from indie_desktop.interchange.mail.html_text import html_to_text, tidy_text
from indie_desktop.interchange.mail.message import (
    MailAddress,
    MailAttachment,
    MailFileError,
    MailMessage,
    normalise_message_id,
)
from indie_desktop.interchange.mail.rtf_text import RtfError, decompress_rtf, rtf_to_text

OLE_SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_PT_LONG, _PT_SYSTIME = 0x0003, 0x0040
_FILETIME_EPOCH = datetime(1601, 1, 1, tzinfo=UTC)
_RECIPIENT_KIND = {1: "to", 2: "cc", 3: "bcc"}


_CODECS = {
    20127: "ascii",
    65001: "utf-8",
    1200: "utf-16-le",
    20866: "koi8_r",
    21866: "koi8_u",
    50220: "iso2022_jp",
    51932: "euc_jp",
    936: "gbk",
    54936: "gb18030",
}


def codec_of(codepage: int | None) -> str:
    """A Windows code page number -> Python's codec; Windows-1252 when unknown."""
    if not codepage:
        return "cp1252"
    name = _CODECS.get(codepage)
    if name is None and 28591 <= codepage <= 28606:
        name = f"iso8859_{codepage - 28590}"
    name = name or f"cp{codepage}"
    try:
        b"".decode(name)
    except LookupError:
        return "cp1252"
    return name


class _Props:
    """The properties of one object (message, recipient, attachment) under a storage prefix."""

    def __init__(self, ole: olefile.OleFileIO, prefix: str, header_size: int) -> None:
        self.ole = ole
        self.prefix = prefix
        self.codepage = "cp1252"
        self.fixed: dict[int, bytes] = {}
        name = prefix + "__properties_version1.0"
        if ole.exists(name):
            raw = ole.openstream(name).read()
            for pos in range(header_size, len(raw) - 15, 16):
                tag, _flags = struct.unpack_from("<II", raw, pos)
                self.fixed[tag] = raw[pos + 8 : pos + 16]
        self.codepage = codec_of(self.long(0x3FFD) or self.long(0x3FDE))

    def decode(self, raw: bytes) -> str:
        """8-bit text in the message's code page; Outlook sometimes declares UTF-8 for text it
        wrote in Windows-1252 (the Apache POI sample ASCII_UTF-8_CP1252_LCID1031.msg)."""
        try:
            return raw.decode(self.codepage)
        except UnicodeDecodeError:
            return raw.decode("cp1252", errors="replace")

    def _stream(self, prop: int, kind: int) -> bytes | None:
        name = f"{self.prefix}__substg1.0_{prop:04X}{kind:04X}"
        return self.ole.openstream(name).read() if self.ole.exists(name) else None

    def text(self, prop: int) -> str:
        raw = self._stream(prop, 0x001F)
        if raw is not None:
            return raw.decode("utf-16-le", errors="replace").split("\x00")[0]
        raw = self._stream(prop, 0x001E)
        if raw is not None:
            return self.decode(raw).split("\x00")[0]
        return ""

    def binary(self, prop: int) -> bytes | None:
        return self._stream(prop, 0x0102)

    def long(self, prop: int) -> int | None:
        raw = self.fixed.get((prop << 16) | _PT_LONG)
        return struct.unpack_from("<i", raw)[0] if raw else None

    def time(self, prop: int) -> datetime | None:
        raw = self.fixed.get((prop << 16) | _PT_SYSTIME)
        if not raw:
            return None
        ticks = struct.unpack_from("<Q", raw)[0]
        if not ticks:
            return None
        try:
            return _FILETIME_EPOCH + timedelta(microseconds=ticks // 10)
        except OverflowError:
            return None


def _storages(ole: olefile.OleFileIO, prefix: str, kind: str) -> list[str]:
    depth = prefix.count("/")
    names = {
        "/".join(entry[: depth + 1]) + "/"
        for entry in ole.listdir(streams=True, storages=True)
        if len(entry) > depth
        and entry[depth].startswith(kind)
        and "/".join(entry[:depth]) + ("/" if depth else "") == prefix
    }
    return sorted(names)


def _body(p: _Props) -> str:
    body = p.text(0x1000)
    if body.strip():
        return tidy_text(body)
    html = p.binary(0x1013)
    if html is not None:
        return html_to_text(p.decode(html))
    html_text = p.text(0x1013)
    if html_text:
        return html_to_text(html_text)
    rtf = p.binary(0x1009)
    if rtf:
        try:
            return rtf_to_text(decompress_rtf(rtf))
        except RtfError:
            return ""
    return ""


def _sender(p: _Props) -> MailAddress | None:
    email_address = p.text(0x5D01) or p.text(0x5D02)
    if not email_address and p.text(0x0C1E).upper() != "EX":
        email_address = p.text(0x0C1F)
    if not email_address and p.text(0x0064).upper() != "EX":
        email_address = p.text(0x0065)
    name = p.text(0x0C1A) or p.text(0x0042)
    return MailAddress(name, email_address) if name or email_address else None


def _recipients(ole: olefile.OleFileIO, prefix: str) -> dict[str, list[MailAddress]]:
    found: dict[str, list[MailAddress]] = {"to": [], "cc": [], "bcc": []}
    for storage in _storages(ole, prefix, "__recip_version1.0_"):
        r = _Props(ole, storage, 8)
        smtp = r.text(0x39FE)
        if not smtp and r.text(0x3002).upper() != "EX":
            smtp = r.text(0x3003)
        kind = _RECIPIENT_KIND.get(r.long(0x0C15) or 1, "to")
        found[kind].append(MailAddress(r.text(0x3001), smtp))
    return found


def _attachments(ole: olefile.OleFileIO, prefix: str) -> list[MailAttachment]:
    files: list[MailAttachment] = []
    for storage in _storages(ole, prefix, "__attach_version1.0_"):
        a = _Props(ole, storage, 8)
        name = a.text(0x3707) or a.text(0x3704) or a.text(0x3001)
        data = a.binary(0x3701)
        if data is not None:
            files.append(
                MailAttachment(name or "anhang", data, a.text(0x370E) or "application/octet-stream")
            )
            continue
        inner = storage + "__substg1.0_3701000D/"
        if ole.exists(inner.rstrip("/")):
            message = _message(ole, inner, 24)
            title = (message.subject or name or "mail").replace("/", "-")[:120]
            files.append(MailAttachment(f"{title}.eml", as_eml(message), "message/rfc822"))
    return files


def _message(ole: olefile.OleFileIO, prefix: str, header_size: int) -> MailMessage:
    p = _Props(ole, prefix, header_size)
    recipients = _recipients(ole, prefix)
    headers = header_fields(p.text(0x007D)) if p.text(0x007D) else {}
    sender = next(iter(addresses(headers.get("from", []))), None) or _sender(p)
    to = addresses(headers["to"]) if headers.get("to") else recipients["to"]
    cc = addresses(headers["cc"]) if headers.get("cc") else recipients["cc"]
    when = sent_at(next(iter(headers.get("date", [])), None)) or p.time(0x0039) or p.time(0x0E06)
    message_id = p.text(0x1035) or next(iter(headers.get("message-id", [])), "")
    return MailMessage(
        subject=" ".join(p.text(0x0037).split()),
        sender=sender,
        to=to,
        cc=cc,
        sent_at=when,
        text=_body(p),
        message_id=normalise_message_id(message_id),
        attachments=_attachments(ole, prefix),
    )


def read_msg(data: bytes) -> MailMessage:
    try:
        ole = olefile.OleFileIO(BytesIO(data))
    except (OSError, ValueError, struct.error) as exc:
        raise MailFileError(f"The Outlook message cannot be read: {exc}") from exc
    try:
        if not ole.exists("__properties_version1.0") and not ole.exists("__substg1.0_0037001F"):
            if not ole.exists("__substg1.0_0037001E"):
                raise MailFileError("The file is an Office document, not an Outlook message")
        return _message(ole, "", 32)
    except (OSError, ValueError, struct.error, IndexError) as exc:
        raise MailFileError(f"The Outlook message is damaged: {exc}") from exc
    finally:
        ole.close()


def as_eml(message: MailMessage) -> bytes:
    """A mail attached to a mail, kept as an .eml (readable by any mail program)."""
    out = email.message.EmailMessage()
    out["Subject"] = message.subject
    if message.sender:
        out["From"] = message.sender.label()
    if message.to:
        out["To"] = ", ".join(a.label() for a in message.to)
    if message.sent_at:
        from email.utils import format_datetime

        out["Date"] = format_datetime(message.sent_at)
    out.set_content(message.text or "")
    for a in message.attachments:
        main, _, sub = a.media_type.partition("/")
        out.add_attachment(
            a.content,
            maintype=main or "application",
            subtype=sub or "octet-stream",
            filename=a.filename,
        )
    return out.as_bytes()
