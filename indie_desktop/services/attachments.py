"""Files kept with any record: photos from a visit, a brochure, a signed agreement.

On the local SQLite database a file is copied into the data folder under its SHA-256
(`attachments/ab/ab12…`, so the same file added twice is stored once); on the shared
PostgreSQL database it goes into the database (`content`), where every office PC can reach it.
"""

from __future__ import annotations

import hashlib
import mimetypes
import shutil
import uuid
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session, undefer

from indie_desktop.domain.errors import NotFound, ValidationError
from indie_desktop.domain.formatting import format_number
from indie_desktop.domain.models import Attachment
from indie_desktop.services import records
from indie_desktop.services.context import Actor
from indie_desktop.services.desktop.viewer_copies import attachment_copy
from indie_desktop.services.visibility import visible_to
from indie_desktop.store import file_retry
from indie_desktop.store.database import Database

DEFAULT_LIMIT_BYTES = 25 * 1024 * 1024
TARGET_TYPES = (
    "organisation",
    "person",
    "activity",
    "need",
    "referral",
    "cooperation",
    "task",
    "project",
    "consent",  # evidence of a consent (services/privacy/protection.py)
)


@dataclass(frozen=True)
class AttachmentRow:
    id: uuid.UUID
    filename: str
    size: int
    media_type: str
    sha256: str
    added_at: datetime


def too_large_message(size: int, limit: int) -> str:
    return (
        f"The file is {format_number(size / 1024 / 1024, 1)} MB; attachments may be at most "
        f"{format_number(limit / 1024 / 1024, 0)} MB. Store a smaller version (e.g. a "
        "compressed PDF or a scaled-down photo)."
    )


class AttachmentTooLarge(ValidationError):
    """The file exceeds the size limit; size and limit in bytes for the user's message."""

    def __init__(self, size: int, limit: int) -> None:
        super().__init__({"file": too_large_message(size, limit)})
        self.size = size
        self.limit = limit


class AttachmentService:
    def __init__(self, db: Database, actor: Actor, limit_bytes: int = DEFAULT_LIMIT_BYTES) -> None:
        self.db = db
        self.actor = actor
        self.limit_bytes = limit_bytes

    @property
    def _store_dir(self) -> Path | None:
        """Where files go on a local database; None: into the database itself."""
        return store_dir(self.db)

    def add(self, target_type: str, target_id: uuid.UUID, source: Path) -> uuid.UUID:
        """Keep a copy of the file with the record; refuses files over the size limit."""
        if target_type not in TARGET_TYPES:
            raise ValueError(f"unknown target type {target_type}")
        source = Path(source)
        try:
            size = source.stat().st_size
        except OSError as exc:
            raise ValidationError({"file": f"The file cannot be read: {exc}"}) from exc
        if not source.is_file():
            raise ValidationError({"file": "Only files can be attached, not folders"})
        if size > self.limit_bytes:
            raise AttachmentTooLarge(size, self.limit_bytes)
        digest = hashlib.sha256()
        with source.open("rb") as f:
            for chunk in iter(lambda: f.read(1 << 20), b""):
                digest.update(chunk)
        sha = digest.hexdigest()
        media_type = mimetypes.guess_type(source.name)[0] or "application/octet-stream"
        record = Attachment(
            target_type=target_type,
            target_id=target_id,
            filename=source.name[:255],
            media_type=media_type,
            sha256=sha,
            size=size,
        )
        store = self._store_dir
        if store is not None:
            relative = Path("attachments") / sha[:2] / sha
            target = store / sha[:2] / sha
            if not target.exists():
                target.parent.mkdir(parents=True, exist_ok=True)
                partial = target.with_suffix(".part")
                shutil.copyfile(source, partial)
                file_retry.replace(partial, target)  # never a half-copied file under the final name
            record.stored_path = relative.as_posix()
        else:
            record.content = source.read_bytes()
        with self.db.session() as s:
            return records.create(s, self.actor, record, summary=record.filename).id

    def add_content(
        self,
        session: Session,
        target_type: str,
        target_id: uuid.UUID,
        filename: str,
        content: bytes,
        media_type: str | None = None,
        visibility: str = "network",
        record_id: uuid.UUID | None = None,
    ) -> Attachment:
        """Keep generated content (e.g. a printed letter) with a record, in the caller's
        transaction; the same size limit and storage rules as a file added by the user.
        `record_id`: the attachment's id when the caller derives it (a filed mail's files)."""
        if target_type not in TARGET_TYPES:
            raise ValueError(f"unknown target type {target_type}")
        if len(content) > self.limit_bytes:
            raise AttachmentTooLarge(len(content), self.limit_bytes)
        sha = hashlib.sha256(content).hexdigest()
        record = Attachment(
            target_type=target_type,
            target_id=target_id,
            filename=filename[:255],
            media_type=media_type
            or mimetypes.guess_type(filename)[0]
            or "application/octet-stream",
            sha256=sha,
            size=len(content),
            visibility=visibility,
        )
        if record_id is not None:
            record.id = record_id
        store = self._store_dir
        if store is not None:
            target = store / sha[:2] / sha
            if not target.exists():
                target.parent.mkdir(parents=True, exist_ok=True)
                partial = target.with_suffix(".part")
                partial.write_bytes(content)
                file_retry.replace(partial, target)
            record.stored_path = (Path("attachments") / sha[:2] / sha).as_posix()
            # Set, not left unloaded: the audit of the new row would read the deferred
            # column back from the database (a query per file of a dropped mail).
            record.content = None
        else:
            record.content = content
        return records.create(session, self.actor, record, summary=record.filename)

    def list_for(self, target_type: str, target_id: uuid.UUID) -> list[AttachmentRow]:
        stmt = (
            select(Attachment)
            .where(
                Attachment.target_type == target_type,
                Attachment.target_id == target_id,
                Attachment.deleted_at.is_(None),
                visible_to(Attachment, self.actor),
            )
            .order_by(Attachment.created_at, Attachment.id)
        )
        with self.db.session() as s:
            return [
                AttachmentRow(a.id, a.filename, a.size, a.media_type or "", a.sha256, a.created_at)
                for a in s.scalars(stmt)
            ]

    def open_path(self, attachment_id: uuid.UUID) -> Path:
        """A local file with the attachment's content, for the system viewer."""
        with self.db.session() as s:
            a = s.scalars(
                select(Attachment)
                .options(undefer(Attachment.content))
                .where(Attachment.id == attachment_id, Attachment.deleted_at.is_(None))
            ).first()
            if a is None:
                raise NotFound("The attachment was removed meanwhile.")
            if a.stored_path and self.db.path is not None:
                path = self.db.path.parent / a.stored_path
                if not path.is_file():
                    raise NotFound(f"The file {a.filename} is missing from the data folder.")
                # The stored copy is named by its hash; viewers pick the program by extension.
                return attachment_copy(path.read_bytes(), a.sha256, a.filename)
            if a.content is None:
                raise NotFound(f"The content of {a.filename} is not stored here.")
            return attachment_copy(a.content, a.sha256, a.filename)

    def remove(self, attachment_id: uuid.UUID) -> None:
        """Soft delete: the file stays stored (sync and audit may still need it)."""
        with self.db.session() as s:
            records.soft_delete(s, self.actor, records.load(s, Attachment, attachment_id))

    def restore(self, attachment_id: uuid.UUID) -> None:
        with self.db.session() as s:
            records.restore(s, self.actor, Attachment, attachment_id)


def store_dir(db: Database) -> Path | None:
    """Where attachment files go on a local database; None: into the database itself."""
    return db.path.parent / "attachments" if db.is_sqlite and db.path else None


def attachment_from_bytes(
    db: Database, target_type: str, target_id: uuid.UUID, filename: str, content: bytes
) -> Attachment:
    """A new (not yet added) attachment holding `content`, stored as add() stores files: in
    the data folder under its hash (local) or in the database (shared). For callers that
    write it in their own transaction, such as an import keeping vCard photos."""
    if target_type not in TARGET_TYPES:
        raise ValueError(f"unknown target type {target_type}")
    sha = hashlib.sha256(content).hexdigest()
    record = Attachment(
        target_type=target_type,
        target_id=target_id,
        filename=filename[:255],
        media_type=mimetypes.guess_type(filename)[0] or "application/octet-stream",
        sha256=sha,
        size=len(content),
    )
    store = store_dir(db)
    if store is None:
        record.content = content
        return record
    target = store / sha[:2] / sha
    if not target.exists():
        target.parent.mkdir(parents=True, exist_ok=True)
        partial = target.with_suffix(".part")
        partial.write_bytes(content)
        file_retry.replace(partial, target)
    record.stored_path = (Path("attachments") / sha[:2] / sha).as_posix()
    return record
