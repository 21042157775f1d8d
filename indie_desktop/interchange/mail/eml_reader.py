"""RFC 5322 mails (.eml, and the transport headers kept inside an Outlook .msg)."""

from __future__ import annotations

from datetime import UTC, datetime
from email import policy
from email.message import Message
from email.parser import BytesParser, HeaderParser
from email.utils import getaddresses, parsedate_to_datetime

from indie_desktop.interchange.mail.html_text import html_to_text, tidy_text
from indie_desktop.interchange.mail.message import (
    MailAddress,
    MailAttachment,
    MailFileError,
    MailMessage,
    normalise_message_id,
)
from indie_desktop.interchange.mail.rtf_text import rtf_to_text


def addresses(values: list[str]) -> list[MailAddress]:
    """'Müller, Peter <p@x.de>, b@y.de' -> the addresses; decoded (RFC 2047) names."""
    from email.header import decode_header, make_header

    found: list[MailAddress] = []
    for name, email in getaddresses([str(make_header(decode_header(v))) for v in values if v]):
        if email or name:
            found.append(MailAddress(name.strip().strip('"'), email.strip()))
    return found


def sent_at(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        when = parsedate_to_datetime(str(value))
    except (TypeError, ValueError, IndexError):
        return None
    return when if when.tzinfo else when.replace(tzinfo=UTC)


def header_fields(headers: str) -> dict[str, list[str]]:
    """Transport headers (PR_TRANSPORT_MESSAGE_HEADERS) -> the fields a mail is filed by."""
    msg = HeaderParser().parsestr(headers)
    return {
        k: [str(v) for v in msg.get_all(k) or []]
        for k in ("from", "to", "cc", "date", "message-id", "subject")
    }


def read_eml(data: bytes) -> MailMessage:
    try:
        msg = BytesParser(policy=policy.compat32).parsebytes(data)
    except Exception as exc:  # the parser is lenient; a failure here means no mail at all
        raise MailFileError(f"The file is not an e-mail: {exc}") from exc
    if not any(msg.get(h) for h in ("from", "to", "subject", "date", "message-id")):
        raise MailFileError("The file is not an e-mail (no sender, recipient, subject or date)")
    # compat32 throughout: the modern policy parses every header into objects, ten times
    # slower (a drop of a hundred mails).
    text, body = _body(msg)
    attachments: list[MailAttachment] = []
    for part in msg.walk():
        if part.is_multipart() or part is body:
            continue
        filename = _decoded(part.get_filename()) if part.get_filename() else ""
        disposition = (part.get("content-disposition") or "").split(";")[0].strip().lower()
        if not filename and disposition != "attachment":
            if part.get_content_type() == "text/rtf" and not text:
                raw = part.get_payload(decode=True)
                text = rtf_to_text(raw) if isinstance(raw, bytes) else ""
            continue
        payload = part.get_payload(decode=True)
        if part.get_content_type() == "message/rfc822":
            inner = part.get_payload()
            if isinstance(inner, list) and inner and isinstance(inner[0], Message):
                payload = inner[0].as_bytes()
            filename = filename or "weitergeleitet.eml"
        if not isinstance(payload, bytes):
            continue
        attachments.append(
            MailAttachment(
                filename or _unnamed(part, len(attachments) + 1), payload, part.get_content_type()
            )
        )
    return MailMessage(
        subject=_decoded(msg.get("subject")),
        sender=next(iter(addresses(msg.get_all("from") or [])), None),
        to=addresses(msg.get_all("to") or []),
        cc=addresses(msg.get_all("cc") or []),
        sent_at=sent_at(msg.get("date")),
        text=text,
        message_id=normalise_message_id(msg.get("message-id")),
        attachments=attachments,
    )


def _part_text(part: Message) -> str:
    payload = part.get_payload(decode=True)
    if not isinstance(payload, bytes):
        return ""
    charset = part.get_content_charset() or "us-ascii"
    try:
        return payload.decode(charset)
    except (LookupError, UnicodeDecodeError):
        return payload.decode("cp1252", errors="replace")


def _body(msg: Message) -> tuple[str, Message | None]:
    """The mail's text (plain preferred, else HTML's text) and the part it came from."""
    html: Message | None = None
    for part in msg.walk():
        if part.is_multipart():
            continue
        disposition = (part.get("content-disposition") or "").split(";")[0].strip().lower()
        if disposition == "attachment":
            continue
        kind = part.get_content_type()
        if kind == "text/plain":
            return tidy_text(_part_text(part)), part
        if kind == "text/html" and html is None:
            html = part
    if html is not None:
        return html_to_text(_part_text(html)), html
    return "", None


def _unnamed(part: Message, number: int) -> str:
    """A name for an attachment sent without one: its type's name or description."""
    import mimetypes

    name = str(part.get_param("name") or "") or " ".join(
        str(part.get("content-description", "")).split()
    )
    name = (name or f"anhang-{number}").replace("/", "-")[:120]
    if "." not in name:
        name += mimetypes.guess_extension(part.get_content_type()) or ".bin"
    return name


def _decoded(value: object) -> str:
    from email.header import decode_header, make_header

    if value is None:
        return ""
    try:
        return " ".join(str(make_header(decode_header(str(value)))).split())
    except (LookupError, ValueError):
        return " ".join(str(value).split())
