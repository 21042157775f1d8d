"""All models in one import: `from indie_desktop.domain.models import Organisation, ...`."""

from indie_desktop.domain.base import Base, Syncable, utcnow, uuid7
from indie_desktop.domain.directory import (
    Affiliation,
    Consent,
    Institution,
    Organisation,
    OrganisationRelation,
    Person,
    Staff,
)
from indie_desktop.domain.events import (
    InstitutionTemplate,
    ParticipantStatusChange,
    TargetGroup,
)
from indie_desktop.domain.network import (
    Attachment,
    AuditEntry,
    Project,
    ProjectParticipant,
    Setting,
    Tag,
    TagLink,
)
from indie_desktop.domain.privacy import Objection, RetentionDecision
from indie_desktop.domain.replica import SyncBase, SyncChange, SyncConflict, SyncMeta, SyncOutbox
from indie_desktop.domain.work import (
    Activity,
    ActivityOrganisation,
    ActivityPerson,
    ActivityStaff,
    Cooperation,
    CooperationPartner,
    Need,
    NeedCarried,
    Referral,
    ReferralStageChange,
    Task,
)

__all__ = [
    "Activity",
    "ActivityOrganisation",
    "ActivityPerson",
    "ActivityStaff",
    "Affiliation",
    "Attachment",
    "AuditEntry",
    "Base",
    "Consent",
    "Cooperation",
    "CooperationPartner",
    "Institution",
    "InstitutionTemplate",
    "Need",
    "NeedCarried",
    "Objection",
    "Organisation",
    "OrganisationRelation",
    "ParticipantStatusChange",
    "Person",
    "Project",
    "ProjectParticipant",
    "Referral",
    "ReferralStageChange",
    "RetentionDecision",
    "Setting",
    "Staff",
    "SyncBase",
    "SyncChange",
    "SyncConflict",
    "SyncMeta",
    "SyncOutbox",
    "Syncable",
    "Tag",
    "TagLink",
    "TargetGroup",
    "Task",
    "utcnow",
    "uuid7",
]
