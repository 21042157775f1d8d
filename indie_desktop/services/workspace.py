"""Everything a user can do on one open database, as the UI and the CLI see it."""

from __future__ import annotations

from indie_desktop.services.activities import ActivityService
from indie_desktop.services.attachments import DEFAULT_LIMIT_BYTES, AttachmentService
from indie_desktop.services.context import Actor
from indie_desktop.services.directory import DirectoryService
from indie_desktop.services.organisations import OrganisationService
from indie_desktop.services.people import PersonService
from indie_desktop.services.projects import ProjectService
from indie_desktop.services.tasks import TaskService
from indie_desktop.services.timeline import TimelineService
from indie_desktop.store.database import Database


class Workspace:
    """The services for one database and one acting user. Widgets hold this, never a Session."""

    def __init__(
        self, db: Database, actor: Actor, attachment_limit_bytes: int | None = None
    ) -> None:
        self.db = db
        self.actor = actor
        self.directory = DirectoryService(db)
        self.organisations = OrganisationService(db, actor)
        self.people = PersonService(db, actor)
        self.projects = ProjectService(db, actor)
        self.activities = ActivityService(db, actor)
        self.tasks = TaskService(db, actor)
        self.timeline = TimelineService(db, actor)
        self.attachments = AttachmentService(
            db, actor, attachment_limit_bytes or DEFAULT_LIMIT_BYTES
        )

    @property
    def description(self) -> str:
        return self.db.description

    def close(self) -> None:
        self.db.dispose()
