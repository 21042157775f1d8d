"""Everything a user can do on one open database, as the UI and the CLI see it."""

from __future__ import annotations

from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from indie_desktop.config import OPTIONS
from indie_desktop.services.context import Actor

if TYPE_CHECKING:
    from indie_desktop.services.attachments import AttachmentService
    from indie_desktop.services.change_feed import ChangeFeed
    from indie_desktop.services.contacts.people import PersonService
    from indie_desktop.services.directory.account import AccountService
    from indie_desktop.services.directory.bulk import BulkEdit, PeopleTags
    from indie_desktop.services.directory.membership import MembershipService
    from indie_desktop.services.directory.organisations import OrganisationService
    from indie_desktop.services.directory.relations import RelationService
    from indie_desktop.services.directory.staff import DirectoryService
    from indie_desktop.services.directory.timeline import TimelineService
    from indie_desktop.services.duplicates.finder import DuplicateService
    from indie_desktop.services.duplicates.merging import MergeService
    from indie_desktop.services.events.events import EventService
    from indie_desktop.services.events.invitations import (
        InvitationService as EventInvitationService,
    )
    from indie_desktop.services.events.participants import ParticipantService
    from indie_desktop.services.events.registrations import RegistrationImport
    from indie_desktop.services.events.target_groups import TargetGroupService
    from indie_desktop.services.exports import ExportService
    from indie_desktop.services.history import HistoryService
    from indie_desktop.services.importing.batches import ImportService
    from indie_desktop.services.mail.filing import MailFiling
    from indie_desktop.services.mail.invitations import InvitationService
    from indie_desktop.services.outcomes.dashboard import DashboardService
    from indie_desktop.services.outcomes.funding_report import FundingReportService
    from indie_desktop.services.outreach.radar import RadarService
    from indie_desktop.services.printing.documents import PrintService
    from indie_desktop.services.printing.template_texts import TemplateTexts
    from indie_desktop.services.printing.word import WordTemplates
    from indie_desktop.services.privacy.protection import PrivacyService
    from indie_desktop.services.search.service import SearchService
    from indie_desktop.services.work.activities import ActivityService
    from indie_desktop.services.work.appointments import AppointmentService
    from indie_desktop.services.work.cooperations import CooperationService
    from indie_desktop.services.work.needs import NeedService
    from indie_desktop.services.work.projects import ProjectService
    from indie_desktop.services.work.referral_list import ReferralList
    from indie_desktop.services.work.referrals import ReferralService
    from indie_desktop.services.work.suggestions import SuggestionService
    from indie_desktop.services.work.tasks import TaskService
    from indie_desktop.services.work.vocabulary import VocabularyService
    from indie_desktop.store.database import Database


class Workspace:
    """The services for one database and one acting user. Widgets hold this, never a Session.

    Each service is imported when first used: the services import the ORM and the mapped
    classes (~0.5 s), which the main window's first paint does without (services.start), and
    some pull in psycopg, rapidfuzz and friends.
    """

    def __init__(
        self,
        db: Database,
        actor: Actor,
        follow_up_weeks: int = OPTIONS["referral_follow_up_weeks"].default,
        attachment_limit_bytes: int | None = None,
    ) -> None:
        self.db = db
        self.actor = actor
        self.follow_up_weeks = follow_up_weeks
        self.attachment_limit_bytes = attachment_limit_bytes  # None: the service's default
        # Settings → Printing (config option default_letterhead); read when printing starts.
        self.default_letterhead = ""
        self.label_offset_mm: tuple[float, float] = (0.0, 0.0)  # Settings → Printing
        self.mail_folder: Path | None = None  # the PC's data folder (mail outbox on shared DBs)

    @cached_property
    def directory(self) -> DirectoryService:
        from indie_desktop.services.directory.staff import DirectoryService

        return DirectoryService(self.db)

    @cached_property
    def organisations(self) -> OrganisationService:
        from indie_desktop.services.directory.organisations import OrganisationService

        return OrganisationService(self.db, self.actor)

    @cached_property
    def account(self) -> AccountService:
        from indie_desktop.services.directory.account import AccountService

        return AccountService(self.db)

    @cached_property
    def history(self) -> HistoryService:
        from indie_desktop.services.history import HistoryService

        return HistoryService(self.db)

    @cached_property
    def relations(self) -> RelationService:
        from indie_desktop.services.directory.relations import RelationService

        return RelationService(self.db, self.actor)

    @cached_property
    def membership(self) -> MembershipService:
        from indie_desktop.services.directory.membership import MembershipService

        return MembershipService(self.db, self.actor)

    @cached_property
    def vocabulary(self) -> VocabularyService:
        from indie_desktop.services.work.vocabulary import VocabularyService

        return VocabularyService(self.db, self.actor)

    @cached_property
    def people(self) -> PersonService:
        from indie_desktop.services.contacts.people import PersonService

        return PersonService(self.db, self.actor)

    @cached_property
    def projects(self) -> ProjectService:
        from indie_desktop.services.work.projects import ProjectService

        return ProjectService(self.db, self.actor)

    @cached_property
    def needs(self) -> NeedService:
        from indie_desktop.services.work.needs import NeedService

        return NeedService(self.db, self.actor)

    @cached_property
    def suggestions(self) -> SuggestionService:
        from indie_desktop.services.work.suggestions import SuggestionService

        return SuggestionService(self.db, self.actor)

    @cached_property
    def referrals(self) -> ReferralService:
        from indie_desktop.services.work.referrals import ReferralService

        return ReferralService(self.db, self.actor, self.follow_up_weeks)

    @cached_property
    def referral_list(self) -> ReferralList:
        from indie_desktop.services.work.referral_list import ReferralList

        return ReferralList(self.db, self.actor, self.referrals)

    @cached_property
    def radar(self) -> RadarService:
        from indie_desktop.services.outreach.radar import RadarService

        return RadarService(self.db, self.actor, self.referrals)

    @cached_property
    def cooperations(self) -> CooperationService:
        from indie_desktop.services.work.cooperations import CooperationService

        return CooperationService(self.db, self.actor)

    @cached_property
    def activities(self) -> ActivityService:
        from indie_desktop.services.work.activities import ActivityService

        return ActivityService(self.db, self.actor)

    @cached_property
    def tasks(self) -> TaskService:
        from indie_desktop.services.work.tasks import TaskService

        return TaskService(self.db, self.actor)

    @cached_property
    def timeline(self) -> TimelineService:
        from indie_desktop.services.directory.timeline import TimelineService

        return TimelineService(self.db, self.actor)

    @cached_property
    def attachments(self) -> AttachmentService:
        from indie_desktop.services.attachments import DEFAULT_LIMIT_BYTES, AttachmentService

        limit = self.attachment_limit_bytes or DEFAULT_LIMIT_BYTES
        return AttachmentService(self.db, self.actor, limit)

    @cached_property
    def mail(self) -> MailFiling:
        from indie_desktop.services.mail.filing import MailFiling

        return MailFiling(self.db, self.actor, self.attachments)

    @cached_property
    def search(self) -> SearchService:
        from indie_desktop.services.search.service import SearchService

        return SearchService(self.db)

    @cached_property
    def dashboard(self) -> DashboardService:
        from indie_desktop.services.outcomes.dashboard import DashboardService

        return DashboardService(self.db, self.actor)

    @cached_property
    def bulk(self) -> BulkEdit:
        from indie_desktop.services.directory.bulk import BulkEdit

        return BulkEdit(self.db, self.actor)

    @cached_property
    def people_tags(self) -> PeopleTags:
        from indie_desktop.services.directory.bulk import PeopleTags

        return PeopleTags(self.db, self.actor)

    @cached_property
    def events(self) -> EventService:
        from indie_desktop.services.events.events import EventService

        return EventService(self.db, self.actor)

    @cached_property
    def participants(self) -> ParticipantService:
        from indie_desktop.services.events.participants import ParticipantService

        return ParticipantService(self.db, self.actor)

    @cached_property
    def target_groups(self) -> TargetGroupService:
        from indie_desktop.services.events.target_groups import TargetGroupService

        return TargetGroupService(self.db, self.actor)

    @cached_property
    def event_invitations(self) -> EventInvitationService:
        """Invitation letters to an event (mail merge with the event's placeholders)."""
        from indie_desktop.services.events.invitations import InvitationService

        return InvitationService(
            self.printing, self.participants, self.target_groups, mail=self.invitations
        )

    @cached_property
    def registrations(self) -> RegistrationImport:
        from indie_desktop.services.events.registrations import RegistrationImport

        return RegistrationImport(self.db, self.actor, self.participants)

    @cached_property
    def funding_report(self) -> FundingReportService:
        from indie_desktop.services.outcomes.funding_report import FundingReportService

        return FundingReportService(self.db, self.actor, self.dashboard)

    @cached_property
    def exports(self) -> ExportService:
        from indie_desktop.services.exports import ExportService

        return ExportService(self.db)

    @cached_property
    def imports(self) -> ImportService:
        from indie_desktop.services.importing.batches import ImportService

        return ImportService(self.db, self.actor)

    @cached_property
    def duplicates(self) -> DuplicateService:
        from indie_desktop.services.duplicates.finder import DuplicateService

        return DuplicateService(self.db)

    @cached_property
    def merging(self) -> MergeService:
        from indie_desktop.services.duplicates.merging import MergeService

        return MergeService(self.db, self.actor)

    @cached_property
    def printing(self) -> PrintService:
        from indie_desktop.services.printing.documents import PrintService

        limit = self.attachments.limit_bytes
        service = PrintService(self.db, self.actor, attachment_limit_bytes=limit)
        service.default_letterhead = self.default_letterhead
        service.label_offset_mm = self.label_offset_mm
        return service

    @cached_property
    def word_templates(self) -> WordTemplates:
        from indie_desktop.services.printing.word import WordTemplates

        return WordTemplates(self.printing)

    @cached_property
    def appointments(self) -> AppointmentService:
        from indie_desktop.services.work.appointments import AppointmentService

        return AppointmentService(self.db, self.actor)

    @cached_property
    def invitations(self) -> InvitationService:
        from indie_desktop.services.mail.invitations import InvitationService
        from indie_desktop.services.mail.queue import QUEUE_FILE

        # On the shared server the outbox stays on this PC: in its data folder (app.py).
        folder = self.mail_folder
        queue = folder / QUEUE_FILE if folder is not None and self.db.path is None else None
        return InvitationService(self.db, self.actor, self.printing, self.mail, queue)

    @cached_property
    def template_texts(self) -> TemplateTexts:
        from indie_desktop.services.printing.template_texts import TemplateTexts

        return TemplateTexts(self.printing)

    @cached_property
    def privacy(self) -> PrivacyService:
        from indie_desktop.services.privacy.protection import PrivacyService

        return PrivacyService(self.db, self.actor)

    def change_feed(self) -> ChangeFeed:
        """A feed of other users' changes (call start(), then changed_tables()/poll())."""
        from indie_desktop.services.change_feed import ChangeFeed

        return ChangeFeed(self.db)

    @property
    def description(self) -> str:
        return self.db.description

    def close(self) -> None:
        self.db.dispose()
