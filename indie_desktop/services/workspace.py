"""Everything a user can do on one open database, as the UI and the CLI see it."""

from __future__ import annotations

from indie_desktop.config import OPTIONS
from indie_desktop.services.context import Actor
from indie_desktop.services.cooperations import CooperationService
from indie_desktop.services.directory import DirectoryService
from indie_desktop.services.needs import NeedService
from indie_desktop.services.organisations import OrganisationService
from indie_desktop.services.people import PersonService
from indie_desktop.services.projects import ProjectService
from indie_desktop.services.referral_list import ReferralList
from indie_desktop.services.referrals import ReferralService
from indie_desktop.services.suggestions import SuggestionService
from indie_desktop.store.database import Database


class Workspace:
    """The services for one database and one acting user. Widgets hold this, never a Session."""

    def __init__(
        self,
        db: Database,
        actor: Actor,
        follow_up_weeks: int = OPTIONS["referral_follow_up_weeks"].default,
    ) -> None:
        self.db = db
        self.actor = actor
        self.directory = DirectoryService(db)
        self.organisations = OrganisationService(db, actor)
        self.people = PersonService(db, actor)
        self.projects = ProjectService(db, actor)
        self.needs = NeedService(db, actor)
        self.suggestions = SuggestionService(db, actor)
        self.referrals = ReferralService(db, actor, follow_up_weeks)
        self.referral_list = ReferralList(db, actor, self.referrals)
        self.cooperations = CooperationService(db, actor)

    @property
    def description(self) -> str:
        return self.db.description

    def close(self) -> None:
        self.db.dispose()
