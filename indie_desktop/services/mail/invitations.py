"""Invitations and newsletters by e-mail: one personal mail per recipient from a letter
template, the consent for the purpose checked and objections honoured (skipped ones listed
with the reason, as in the mail merge). Two ways out: .eml drafts with `X-Unsent: 1` written
to a folder, or the institution's SMTP server through a resumable queue (services/mail/
queue.py) with a rate limit, progress and cancel. Every sent mail becomes an e-mail activity
on the person, the mail kept with it. Recipients are a list of person ids (a selection, or a
target group's members).
"""

from __future__ import annotations

import re
import smtplib
import ssl
import time
import uuid
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import select

from indie_desktop.domain.errors import Cancelled, ValidationError
from indie_desktop.domain.models import Activity
from indie_desktop.domain.privacy import Purpose
from indie_desktop.interchange.mail import read_mail
from indie_desktop.interchange.mail.compose import Attachment, OutgoingMail, compose, new_message_id
from indie_desktop.interchange.mail.message import MailAddress
from indie_desktop.printing.templates import CompiledTemplate, tidy
from indie_desktop.services.context import Actor
from indie_desktop.services.mail.filing import Direction, MailFiling, MailTarget
from indie_desktop.services.mail.queue import (
    FAILED,
    PENDING,
    QUEUE_FILE,
    SENDING,
    SENT,
    UNCERTAIN,
    MailQueue,
    QueuedMail,
)
from indie_desktop.services.mail.unsubscribe import unsubscribe_subject
from indie_desktop.services.printing.documents import MERGE_VALUES, PrintService
from indie_desktop.services.printing.recipients import chunks, postal_addresses
from indie_desktop.store.database import Database

if TYPE_CHECKING:
    from indie_desktop.config import Settings

NO_EMAIL = "no e-mail address"
EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")
SECURITY = ("starttls", "ssl", "none")


def keyring_account(host: str, user: str) -> str:
    """Where the SMTP password lives in the OS keyring."""
    return f"smtp:{user}@{host}"


@dataclass(frozen=True)
class SmtpSettings:
    host: str
    port: int = 587
    security: str = "starttls"  # starttls | ssl | none
    user: str = ""
    per_minute: int = 0  # 0: no rate limit
    timeout: float = 30.0
    sender: str = ""  # the From address; "" = the writing staff member's own

    @classmethod
    def from_settings(cls, settings: Settings) -> SmtpSettings:
        """The mail server saved under Settings → E-mail (the password is in the keyring)."""
        return cls(
            settings.get("smtp_host"),
            settings.get("smtp_port"),
            settings.get("smtp_security"),
            settings.get("smtp_user"),
            settings.get("smtp_per_minute"),
            sender=settings.get("smtp_sender"),
        )

    def check(self) -> None:
        errors = {}
        if not self.host.strip():
            errors["host"] = "Required"
        if not 0 < self.port < 65536:
            errors["port"] = "Enter a port between 1 and 65535"
        if self.security not in SECURITY:
            errors["security"] = "Choose STARTTLS, SSL or none"
        if self.per_minute < 0:
            errors["per_minute"] = "Enter 0 (no limit) or more mails per minute"
        if self.sender.strip() and not EMAIL.fullmatch(self.sender.strip()):
            errors["sender"] = "Enter an e-mail address such as name@example.de"
        if errors:
            raise ValidationError(errors)


@dataclass(frozen=True)
class Recipient:
    person_id: uuid.UUID
    name: str
    address: str
    subject: str
    text: str


@dataclass
class InvitationPlan:
    title: str
    purpose: Purpose
    recipients: list[Recipient]
    skipped: list[tuple[uuid.UUID, str, str]]  # (person, name, reason in English)
    attachments: list[Attachment] = field(default_factory=list)  # e.g. an appointment .ics


@dataclass
class SendReport:
    run_id: str
    sent: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)  # (address, reason)
    uncertain: list[str] = field(default_factory=list)  # addresses: maybe sent, never again
    remaining: int = 0  # pending after a cancel or a lost connection


class InvitationService:
    def __init__(
        self,
        db: Database,
        actor: Actor,
        printing: PrintService,
        filing: MailFiling,
        queue_path: Path | None = None,
    ) -> None:
        self.db = db
        self.actor = actor
        self.printing = printing
        self.filing = filing
        if queue_path is None and db.path is not None:
            queue_path = db.path.parent / QUEUE_FILE
        self.queue_path = queue_path

    def _queue(self) -> MailQueue:
        if self.queue_path is None:
            raise ValidationError({"queue": "No data folder for the mail queue"})
        return MailQueue(self.queue_path)

    # --- who gets what ----------------------------------------------------------------------

    def plan(
        self,
        person_ids: Sequence[uuid.UUID],
        template_name: str,
        purpose: Purpose | str | None = None,
        attachments: Sequence[Attachment] = (),
        extra: Mapping[str, str] | None = None,
    ) -> InvitationPlan:
        """Each person's mail from the template; the people who must not or cannot get one
        in `skipped` with the reason (objection, consent missing or withdrawn, no address).
        `extra` adds placeholders the same for every mail (an event's date and place)."""
        from indie_desktop.services.privacy.protection import PrivacyService, merge_purpose

        template = self.printing.template(template_name)  # the institution's own text first
        chosen = merge_purpose(str(purpose or ""), template.info.purpose)
        if chosen == Purpose.LETTER:
            chosen = Purpose.NEWSLETTER  # a mail to many is a newsletter unless it invites
        known = MERGE_VALUES | frozenset(extra or {})
        subject_t = CompiledTemplate(template.subject, known)
        body_t = CompiledTemplate(template.body, known)
        ids = list(dict.fromkeys(person_ids))
        blocked = PrivacyService(self.db, self.actor).blocked_people(ids, chosen)
        plan = InvitationPlan(template.info.title, chosen, [], [], list(attachments))
        with self.db.session() as s:
            p = self.printing
            staff = p._writer(s)
            lh = p._letterhead(s, p._print_institution(s))
            base = p._writer_values(staff, lh)
            signature = "\n".join(x for x in (base["staff_name"], lh.name) if x)
            base = {**base, **(extra or {})}
            for chunk in chunks(ids):
                postal = postal_addresses(s, self.actor, chunk)
                for pid in chunk:
                    entry = postal.get(pid)
                    if entry is None:
                        plan.skipped.append((pid, "", blocked.get(pid, "not found or deleted")))
                        continue
                    values = p._merge_values(entry, base)
                    values.update(extra or {})
                    name = values["full_name"] or values["last_name"]
                    address = (entry.person.email or "").strip()
                    if pid in blocked:
                        plan.skipped.append((pid, name, blocked[pid]))
                    elif not address:
                        plan.skipped.append((pid, name, NO_EMAIL))
                    else:
                        text = "\n\n".join(
                            (
                                values["salutation"],
                                tidy(body_t.fill(values)),
                                "Mit freundlichen Grüßen\n" + signature,
                                _unsubscribe_line(chosen, pid),
                            )
                        )
                        plan.recipients.append(
                            Recipient(pid, name, address, tidy(subject_t.fill(values)), text)
                        )
        return plan

    def sender(self, address: str = "") -> MailAddress:
        """The writing staff member's name and address (From of every mail); `address` the
        sender address of the settings, when the institution sends from one address."""
        with self.db.session() as s:
            staff = self.printing._writer(s)
        if address.strip():
            return MailAddress(staff.full_name if staff else "", address.strip())
        if staff is None or not (staff.email or "").strip():
            raise ValidationError(
                {"sender": "Enter your e-mail address in your staff record to send mails"}
            )
        return MailAddress(staff.full_name, staff.email or "")

    def _outgoing(self, plan: InvitationPlan, r: Recipient, sender: MailAddress) -> OutgoingMail:
        return OutgoingMail(
            sender=sender,
            to=MailAddress(r.name, r.address),
            subject=r.subject,
            text=r.text,
            message_id=new_message_id(sender.email.rpartition("@")[2]),
            unsubscribe_subject=unsubscribe_subject(plan.purpose, r.person_id),
            attachments=list(plan.attachments),
            date=datetime.now(UTC),
        )

    # --- way out 1: drafts ------------------------------------------------------------------

    def write_drafts(
        self, plan: InvitationPlan, folder: Path, sender: MailAddress | None = None
    ) -> list[Path]:
        """One .eml per recipient (X-Unsent: 1: Outlook opens each ready to send)."""
        sender = sender or self.sender()
        folder.mkdir(parents=True, exist_ok=True)
        written: list[Path] = []
        for i, r in enumerate(plan.recipients, start=1):
            name = re.sub(r"[^\w .,-]+", "_", r.name)[:80] or "Empfänger"
            path = folder / f"{i:04d} {name}.eml"
            path.write_bytes(compose(self._outgoing(plan, r, sender), draft=True))
            written.append(path)
        return written

    # --- way out 2: SMTP --------------------------------------------------------------------

    def queue(self, plan: InvitationPlan, sender: MailAddress | None = None) -> str:
        """The mails of the plan into the outbox (composed once: a resumed run sends the
        same message); returns the run's id for send()."""
        sender = sender or self.sender()
        rows = []
        for r in plan.recipients:
            mail = self._outgoing(plan, r, sender)
            rows.append((r.person_id, r.address, r.subject, mail.message_id, compose(mail)))
        queue = self._queue()
        try:
            return queue.create(plan.title, plan.purpose.value, rows)
        finally:
            queue.close()

    def queue_mail(self, title: str, person_id: uuid.UUID, mail: OutgoingMail) -> str:
        """One composed mail (an appointment's invitation) into the outbox, for send()."""
        queue = self._queue()
        try:
            row = (person_id, mail.to.email, mail.subject, mail.message_id, compose(mail))
            return queue.create(title, "appointment", [row])
        finally:
            queue.close()

    def open_runs(self) -> list[str]:
        queue = self._queue()
        try:
            return queue.open_runs()
        finally:
            queue.close()

    def send(
        self,
        run_id: str,
        smtp: SmtpSettings,
        password: str | None = None,
        *,
        progress: Callable[[int, int], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
        sleep: Callable[[float], None] = time.sleep,
    ) -> SendReport:
        """Send the pending mails of a run; a mail whose send may have been cut (state
        `sending` from a crash) is never sent again. Raises Cancelled after the mail in
        progress when `cancelled()` turns true (the rest stays pending, to resume)."""
        smtp.check()
        queue = self._queue()
        report = SendReport(run_id)
        try:
            self._settle_interrupted(queue, run_id, report)
            pending = queue.mails(run_id, PENDING)
            total = len(pending)
            if not pending:
                return report
            envelope_from = self._envelope_from(pending[0])  # one sender per run
            server = self._connect(smtp, password)
            try:
                for done, mail in enumerate(pending):
                    if cancelled is not None and cancelled():
                        report.remaining = total - done
                        raise Cancelled("Sending was cancelled; the rest can be sent later.")
                    if done and smtp.per_minute:
                        sleep(60.0 / smtp.per_minute)
                    queue.mark(run_id, mail.position, SENDING)
                    try:
                        server.sendmail(envelope_from, [mail.address], mail.message)
                    except (
                        smtplib.SMTPRecipientsRefused,
                        smtplib.SMTPDataError,
                        smtplib.SMTPSenderRefused,
                    ) as exc:
                        queue.mark(run_id, mail.position, FAILED, _reason(exc))
                        report.failed.append((mail.address, _reason(exc)))
                        continue
                    except (smtplib.SMTPException, OSError) as exc:
                        queue.mark(run_id, mail.position, UNCERTAIN, _reason(exc))
                        report.uncertain.append(mail.address)
                        report.remaining = total - done - 1
                        raise ValidationError(
                            {"smtp": f"The connection to the mail server broke off: {_reason(exc)}"}
                        ) from exc
                    self._record(mail.person_id, mail.message)
                    queue.mark(run_id, mail.position, SENT)
                    report.sent += 1
                    if progress is not None:
                        progress(done + 1, total)
            finally:
                try:
                    server.quit()
                except (smtplib.SMTPException, OSError):
                    pass
        finally:
            queue.close()
        return report

    def send_test(self, smtp: SmtpSettings, password: str | None, to: str = "") -> str:
        """A short test mail through the server (Settings → E-mail → Send test mail) to `to`,
        else to the sender; returns the address it went to. ValidationError says what failed
        (server not reached, login refused, address refused)."""
        smtp.check()
        sender = self.sender(smtp.sender)
        to = to.strip() or sender.email
        mail = OutgoingMail(
            sender=sender,
            to=MailAddress(sender.name, to),
            subject="Test-Mail von In|Die Desktop",
            text=(
                "Diese Test-Mail zeigt, dass In|Die Desktop über den Mailserver "
                f"{smtp.host}:{smtp.port} senden kann.\n\nEs ist nichts weiter zu tun."
            ),
            message_id=new_message_id(sender.email.rpartition("@")[2]),
            date=datetime.now(UTC),
        )
        server = self._connect(smtp, password)
        try:
            server.sendmail(sender.email, [to], compose(mail))
        except (smtplib.SMTPException, OSError) as exc:
            raise ValidationError(
                {"smtp": f"The mail server did not take the test mail: {_reason(exc)}"}
            ) from exc
        finally:
            try:
                server.quit()
            except (smtplib.SMTPException, OSError):
                pass
        return to

    def _settle_interrupted(self, queue: MailQueue, run_id: str, report: SendReport) -> None:
        for mail in queue.mails(run_id, SENDING):
            with self.db.session() as s:
                filed = s.scalars(
                    select(Activity.id).where(Activity.message_id == mail.message_id)
                ).first()
            if filed is not None:  # sent and recorded; only the last mark was lost
                queue.mark(run_id, mail.position, SENT)
            else:
                queue.mark(run_id, mail.position, UNCERTAIN, "cut off while sending")
                report.uncertain.append(mail.address)

    @staticmethod
    def _envelope_from(mail: QueuedMail) -> str:
        message = read_mail(mail.message)
        return message.sender.email if message.sender else ""

    @staticmethod
    def _connect(smtp: SmtpSettings, password: str | None) -> smtplib.SMTP:
        try:
            if smtp.security == "ssl":
                server: smtplib.SMTP = smtplib.SMTP_SSL(
                    smtp.host,
                    smtp.port,
                    timeout=smtp.timeout,
                    context=ssl.create_default_context(),
                )
            else:
                server = smtplib.SMTP(smtp.host, smtp.port, timeout=smtp.timeout)
                if smtp.security == "starttls":
                    server.starttls(context=ssl.create_default_context())
            if smtp.user:
                server.login(smtp.user, password or "")
        except smtplib.SMTPAuthenticationError as exc:
            raise ValidationError({"password": "The mail server refused the login"}) from exc
        except (smtplib.SMTPException, OSError) as exc:
            raise ValidationError(
                {"smtp": f"The mail server cannot be reached: {_reason(exc)}"}
            ) from exc
        return server

    def _record(self, person_id: uuid.UUID, message: bytes) -> None:
        """The sent mail as an e-mail activity on the person (and their organisation)."""
        mail = read_mail(message, "gesendet.eml")
        self.filing.file(mail, MailTarget("person", person_id), direction=Direction.OUTGOING)


def _unsubscribe_line(purpose: Purpose, person_id: uuid.UUID) -> str:
    what = "Einladungen" if purpose == Purpose.EVENT_INVITATIONS else "Newsletter"
    return (
        f"-- \nSie möchten keine {what} mehr von uns erhalten? Antworten Sie auf diese E-Mail "
        f"mit dem Betreff „{unsubscribe_subject(purpose, person_id)}“; wir tragen Ihren "
        "Widerspruch ein."
    )


def _reason(exc: BaseException) -> str:
    if isinstance(exc, smtplib.SMTPResponseException):
        text = (
            exc.smtp_error.decode("utf-8", "replace")
            if isinstance(exc.smtp_error, bytes)
            else str(exc.smtp_error)
        )
        return f"{exc.smtp_code} {text}"
    if isinstance(exc, smtplib.SMTPRecipientsRefused):
        return "; ".join(f"{code} {msg!r}" for code, msg in exc.recipients.values())
    return str(exc) or type(exc).__name__
