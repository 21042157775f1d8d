"""Everything a user can do on one open database, as the UI and the CLI see it."""

from __future__ import annotations

from indie_desktop.services.change_feed import ChangeFeed
from indie_desktop.services.context import Actor
from indie_desktop.services.directory import DirectoryService
from indie_desktop.services.duplicates import DuplicateService
from indie_desktop.services.exports import ExportService
from indie_desktop.services.history import HistoryService
from indie_desktop.services.importing import ImportService
from indie_desktop.services.merging import MergeService
from indie_desktop.services.organisations import OrganisationService
from indie_desktop.services.people import PersonService
from indie_desktop.services.projects import ProjectService
from indie_desktop.services.search import SearchService
from indie_desktop.store.database import Database


class Workspace:
    """The services for one database and one acting user. Widgets hold this, never a Session."""

    def __init__(self, db: Database, actor: Actor) -> None:
        self.db = db
        self.actor = actor
        self.directory = DirectoryService(db)
        self.history = HistoryService(db)
        self.organisations = OrganisationService(db, actor)
        self.people = PersonService(db, actor)
        self.projects = ProjectService(db, actor)
        self.search = SearchService(db)
        self.exports = ExportService(db)
        self.imports = ImportService(db, actor)
        self.duplicates = DuplicateService(db)
        self.merging = MergeService(db, actor)

    def change_feed(self) -> ChangeFeed:
        """A feed of other users' changes (call start(), then changed_tables()/poll())."""
        return ChangeFeed(self.db)

    @property
    def description(self) -> str:
        return self.db.description

    def close(self) -> None:
        self.db.dispose()
