"""The English source texts of the data model's closed value lists (enums).

They are marked with QT_TRANSLATE_NOOP (context "labels") so lupdate finds them here
(tools/update_translations.py reads this module); ui/labels.py translates them with Qt, the
command line's exports (cli/records.py) with the shipped .ts catalogue, without Qt.
"""

from __future__ import annotations

from enum import StrEnum

from indie_desktop.domain.enums import (
    ActivityKind,
    CarriedAnswer,
    Chamber,
    ConsentScope,
    ContactKind,
    ContactLabel,
    CooperationKind,
    EmployeeBand,
    LegalBasis,
    LinkedKind,
    MembershipStatus,
    NeedStatus,
    OrganisationKind,
    OrganisationStatus,
    ParticipantRole,
    ParticipantStatus,
    PreferredChannel,
    ProjectKind,
    ProjectStatus,
    ReferralStage,
    RelationKind,
    Salutation,
    SoughtPartner,
    TargetSubject,
    Urgency,
    Visibility,
)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks a text for translation (lupdate reads the call); returns it unchanged."""
    return text


CONTEXT = "labels"

# Keyed by member *and* class: StrEnum members of different enums with the same value
# ('other', 'email') are equal and would overwrite each other in a plain dict.
SOURCES: tuple[tuple[StrEnum, str], ...] = (
    (ContactKind.EMAIL, QT_TRANSLATE_NOOP("labels", "E-mail")),
    (ContactKind.PHONE, QT_TRANSLATE_NOOP("labels", "Phone")),
    (ContactKind.MOBILE, QT_TRANSLATE_NOOP("labels", "Mobile")),
    (ContactKind.FAX, QT_TRANSLATE_NOOP("labels", "Fax")),
    (ContactKind.WEB, QT_TRANSLATE_NOOP("labels", "Website")),
    (ContactKind.ADDRESS, QT_TRANSLATE_NOOP("labels", "Address")),
    (ContactLabel.WORK, QT_TRANSLATE_NOOP("labels", "Work")),
    (ContactLabel.HOME, QT_TRANSLATE_NOOP("labels", "Home")),
    (ContactLabel.OTHER, QT_TRANSLATE_NOOP("labels", "Other")),
    (Visibility.NETWORK, QT_TRANSLATE_NOOP("labels", "Whole network")),
    (Visibility.INSTITUTION, QT_TRANSLATE_NOOP("labels", "My institution only")),
    (OrganisationKind.COMPANY, QT_TRANSLATE_NOOP("labels", "Company")),
    (OrganisationKind.CRAFT_BUSINESS, QT_TRANSLATE_NOOP("labels", "Craft business")),
    (OrganisationKind.SERVICE_PROVIDER, QT_TRANSLATE_NOOP("labels", "Service provider")),
    (OrganisationKind.UNIVERSITY, QT_TRANSLATE_NOOP("labels", "University")),
    (OrganisationKind.RESEARCH_INSTITUTE, QT_TRANSLATE_NOOP("labels", "Research institute")),
    (OrganisationKind.CHAMBER_AGENCY, QT_TRANSLATE_NOOP("labels", "Chamber/agency")),
    (OrganisationKind.OTHER, QT_TRANSLATE_NOOP("labels", "Other")),
    (OrganisationStatus.ACTIVE, QT_TRANSLATE_NOOP("labels", "Active")),
    (OrganisationStatus.PROSPECT, QT_TRANSLATE_NOOP("labels", "Prospect")),
    (OrganisationStatus.INACTIVE, QT_TRANSLATE_NOOP("labels", "Inactive")),
    (Chamber.NONE, QT_TRANSLATE_NOOP("labels", "None")),
    (Chamber.IHK, QT_TRANSLATE_NOOP("labels", "IHK (chamber of commerce)")),
    (Chamber.HWK, QT_TRANSLATE_NOOP("labels", "HWK (chamber of crafts)")),
    (EmployeeBand.MICRO, QT_TRANSLATE_NOOP("labels", "1–9 employees")),
    (EmployeeBand.SMALL, QT_TRANSLATE_NOOP("labels", "10–49 employees")),
    (EmployeeBand.MEDIUM, QT_TRANSLATE_NOOP("labels", "50–249 employees")),
    (EmployeeBand.LARGE, QT_TRANSLATE_NOOP("labels", "250–499 employees")),
    (EmployeeBand.VERY_LARGE, QT_TRANSLATE_NOOP("labels", "500 or more employees")),
    (Salutation.FRAU, QT_TRANSLATE_NOOP("labels", "Ms")),
    (Salutation.HERR, QT_TRANSLATE_NOOP("labels", "Mr")),
    (Salutation.DIVERS, QT_TRANSLATE_NOOP("labels", "Diverse")),
    (Salutation.NONE, QT_TRANSLATE_NOOP("labels", "No salutation")),
    (PreferredChannel.EMAIL, QT_TRANSLATE_NOOP("labels", "E-mail")),
    (PreferredChannel.PHONE, QT_TRANSLATE_NOOP("labels", "Phone")),
    (PreferredChannel.POST, QT_TRANSLATE_NOOP("labels", "Post")),
    (PreferredChannel.IN_PERSON, QT_TRANSLATE_NOOP("labels", "In person")),
    (LegalBasis.CONSENT, QT_TRANSLATE_NOOP("labels", "Consent")),
    (LegalBasis.LEGITIMATE_INTEREST, QT_TRANSLATE_NOOP("labels", "Legitimate interest")),
    (LegalBasis.CONTRACT, QT_TRANSLATE_NOOP("labels", "Contract")),
    (LegalBasis.PUBLIC_TASK, QT_TRANSLATE_NOOP("labels", "Public task")),
    (ConsentScope.NEWSLETTER, QT_TRANSLATE_NOOP("labels", "Newsletter")),
    (ConsentScope.EVENT_INVITATIONS, QT_TRANSLATE_NOOP("labels", "Event invitations")),
    (ConsentScope.PASS_TO_PARTNERS, QT_TRANSLATE_NOOP("labels", "Passing on to partners")),
    (
        ConsentScope.NAMED_TO_UNIVERSITIES,
        QT_TRANSLATE_NOOP("labels", "Company named to universities"),
    ),
    (CarriedAnswer.PENDING, QT_TRANSLATE_NOOP("labels", "Awaiting answer")),
    (CarriedAnswer.INTERESTING, QT_TRANSLATE_NOOP("labels", "Interesting")),
    (CarriedAnswer.UNIT_NAMED, QT_TRANSLATE_NOOP("labels", "Unit named")),
    (CarriedAnswer.DECLINED, QT_TRANSLATE_NOOP("labels", "Declined")),
    (CarriedAnswer.NO_ANSWER, QT_TRANSLATE_NOOP("labels", "No answer")),
    (MembershipStatus.INTERESTED, QT_TRANSLATE_NOOP("labels", "Interested")),
    (MembershipStatus.PARTICIPATING, QT_TRANSLATE_NOOP("labels", "Participating")),
    (MembershipStatus.PARTNER, QT_TRANSLATE_NOOP("labels", "Network partner")),
    (MembershipStatus.LEFT, QT_TRANSLATE_NOOP("labels", "Left the network")),
    (ActivityKind.COMPANY_VISIT, QT_TRANSLATE_NOOP("labels", "Company visit")),
    (ActivityKind.CALL, QT_TRANSLATE_NOOP("labels", "Call")),
    (ActivityKind.EMAIL, QT_TRANSLATE_NOOP("labels", "E-mail")),
    (ActivityKind.MEETING, QT_TRANSLATE_NOOP("labels", "Meeting")),
    (ActivityKind.EVENT, QT_TRANSLATE_NOOP("labels", "Event")),
    (ActivityKind.TRADE_FAIR, QT_TRANSLATE_NOOP("labels", "Trade fair")),
    (ActivityKind.BUSINESS_TRIP, QT_TRANSLATE_NOOP("labels", "Business trip")),
    (ActivityKind.SECTOR_MEETING, QT_TRANSLATE_NOOP("labels", "Sector meeting")),
    (Urgency.LOW, QT_TRANSLATE_NOOP("labels", "Low")),
    (Urgency.NORMAL, QT_TRANSLATE_NOOP("labels", "Normal")),
    (Urgency.HIGH, QT_TRANSLATE_NOOP("labels", "High")),
    (RelationKind.SUBSIDIARY_OF, QT_TRANSLATE_NOOP("labels", "Subsidiary of")),
    (RelationKind.SUPPLIER_OF, QT_TRANSLATE_NOOP("labels", "Supplier of")),
    (RelationKind.MEMBER_OF, QT_TRANSLATE_NOOP("labels", "Member of")),
    (RelationKind.PARTNER_OF, QT_TRANSLATE_NOOP("labels", "Cooperation partner of")),
    (RelationKind.SPIN_OFF_OF, QT_TRANSLATE_NOOP("labels", "Spin-off of")),
    (SoughtPartner.ANY, QT_TRANSLATE_NOOP("labels", "Any partner")),
    (SoughtPartner.UNIVERSITY, QT_TRANSLATE_NOOP("labels", "University or research institute")),
    (SoughtPartner.INSTITUTE, QT_TRANSLATE_NOOP("labels", "Research institute")),
    (SoughtPartner.SERVICE, QT_TRANSLATE_NOOP("labels", "Service provider")),
    (SoughtPartner.SUPPLIER, QT_TRANSLATE_NOOP("labels", "Supplier or craft business")),
    (NeedStatus.OPEN, QT_TRANSLATE_NOOP("labels", "Open")),
    (NeedStatus.IN_REFERRAL, QT_TRANSLATE_NOOP("labels", "In referral")),
    (NeedStatus.SATISFIED, QT_TRANSLATE_NOOP("labels", "Satisfied")),
    (NeedStatus.DROPPED, QT_TRANSLATE_NOOP("labels", "Dropped")),
    (ReferralStage.PROPOSED, QT_TRANSLATE_NOOP("labels", "Proposed")),
    (ReferralStage.INTRODUCED, QT_TRANSLATE_NOOP("labels", "Introduced")),
    (ReferralStage.FIRST_MEETING, QT_TRANSLATE_NOOP("labels", "First meeting")),
    (ReferralStage.COOPERATION_AGREED, QT_TRANSLATE_NOOP("labels", "Cooperation agreed")),
    (ReferralStage.DECLINED, QT_TRANSLATE_NOOP("labels", "Declined")),
    (ReferralStage.NO_RESPONSE, QT_TRANSLATE_NOOP("labels", "No response")),
    (CooperationKind.RD_PROJECT, QT_TRANSLATE_NOOP("labels", "R&D project")),
    (CooperationKind.CONTRACT_RESEARCH, QT_TRANSLATE_NOOP("labels", "Contract research")),
    (CooperationKind.THESIS, QT_TRANSLATE_NOOP("labels", "Thesis")),
    (CooperationKind.FUNDING_APPLICATION, QT_TRANSLATE_NOOP("labels", "Funding application")),
    (CooperationKind.SUPPLIER_RELATION, QT_TRANSLATE_NOOP("labels", "Supplier relation")),
    (CooperationKind.JOINT_TRADE_FAIR, QT_TRANSLATE_NOOP("labels", "Joint trade fair stand")),
    (CooperationKind.OTHER, QT_TRANSLATE_NOOP("labels", "Other")),
    (LinkedKind.ORGANISATION, QT_TRANSLATE_NOOP("labels", "Organisation")),
    (LinkedKind.PERSON, QT_TRANSLATE_NOOP("labels", "Person")),
    (LinkedKind.ACTIVITY, QT_TRANSLATE_NOOP("labels", "Activity")),
    (LinkedKind.NEED, QT_TRANSLATE_NOOP("labels", "Need")),
    (LinkedKind.REFERRAL, QT_TRANSLATE_NOOP("labels", "Referral")),
    (LinkedKind.PROJECT, QT_TRANSLATE_NOOP("labels", "Project")),
    (ProjectKind.SECTOR_MEETING, QT_TRANSLATE_NOOP("labels", "Sector meeting")),
    (ProjectKind.JOINT_TRADE_FAIR, QT_TRANSLATE_NOOP("labels", "Joint trade fair stand")),
    (ProjectKind.BUSINESS_TRIP, QT_TRANSLATE_NOOP("labels", "Business trip")),
    (ProjectKind.EVENT, QT_TRANSLATE_NOOP("labels", "Event")),
    (ProjectKind.WORKSHOP, QT_TRANSLATE_NOOP("labels", "Workshop / transfer day")),
    (ProjectKind.NETWORK_PROJECT, QT_TRANSLATE_NOOP("labels", "Network project")),
    (ParticipantStatus.INVITED, QT_TRANSLATE_NOOP("labels", "Invited")),
    (ParticipantStatus.REGISTERED, QT_TRANSLATE_NOOP("labels", "Registered")),
    (ParticipantStatus.WAITLISTED, QT_TRANSLATE_NOOP("labels", "Waiting list")),
    (ParticipantStatus.CANCELLED, QT_TRANSLATE_NOOP("labels", "Cancelled")),
    (ParticipantStatus.ATTENDED, QT_TRANSLATE_NOOP("labels", "Attended")),
    (ParticipantStatus.NO_SHOW, QT_TRANSLATE_NOOP("labels", "No-show")),
    (ParticipantRole.PARTICIPANT, QT_TRANSLATE_NOOP("labels", "Participant")),
    (ParticipantRole.SPEAKER, QT_TRANSLATE_NOOP("labels", "Speaker")),
    (ParticipantRole.EXHIBITOR, QT_TRANSLATE_NOOP("labels", "Exhibitor")),
    (ParticipantRole.COMPANION, QT_TRANSLATE_NOOP("labels", "Companion")),
    (TargetSubject.ORGANISATION, QT_TRANSLATE_NOOP("labels", "Organisations")),
    (TargetSubject.PERSON, QT_TRANSLATE_NOOP("labels", "People")),
    (ProjectStatus.PLANNED, QT_TRANSLATE_NOOP("labels", "Planned")),
    (ProjectStatus.RUNNING, QT_TRANSLATE_NOOP("labels", "Running")),
    (ProjectStatus.COMPLETED, QT_TRANSLATE_NOOP("labels", "Completed")),
    (ProjectStatus.CANCELLED, QT_TRANSLATE_NOOP("labels", "Cancelled")),
)
LABELS: dict[tuple[type[StrEnum], str], str] = {(type(m), m.value): src for m, src in SOURCES}

# Organisation kinds in the plural, for navigation and the list's kind filter.
KIND_PLURALS: dict[OrganisationKind, str] = {
    OrganisationKind.COMPANY: QT_TRANSLATE_NOOP("labels", "Companies"),
    OrganisationKind.CRAFT_BUSINESS: QT_TRANSLATE_NOOP("labels", "Craft businesses"),
    OrganisationKind.SERVICE_PROVIDER: QT_TRANSLATE_NOOP("labels", "Service providers"),
    OrganisationKind.UNIVERSITY: QT_TRANSLATE_NOOP("labels", "Universities"),
    OrganisationKind.RESEARCH_INSTITUTE: QT_TRANSLATE_NOOP("labels", "Research institutes"),
    OrganisationKind.CHAMBER_AGENCY: QT_TRANSLATE_NOOP("labels", "Chambers & agencies"),
    OrganisationKind.OTHER: QT_TRANSLATE_NOOP("labels", "Other organisations"),
}


def source(value: StrEnum | None) -> str:
    """The English label of an enum value ('' for None, the raw value if none is declared)."""
    if value is None:
        return ""
    return LABELS.get((type(value), value.value), str(value))
