"""Closed value lists of the data model. Stored as their string values (portable, sync-friendly)."""

from __future__ import annotations

from enum import StrEnum


class Visibility(StrEnum):
    NETWORK = "network"  # all institutions of the network see it
    INSTITUTION = "institution"  # only the owning institution's staff


class OrganisationKind(StrEnum):
    COMPANY = "company"
    CRAFT_BUSINESS = "craft_business"
    SERVICE_PROVIDER = "service_provider"
    UNIVERSITY = "university"
    RESEARCH_INSTITUTE = "research_institute"
    CHAMBER_AGENCY = "chamber_agency"
    OTHER = "other"


class SoughtPartner(StrEnum):
    """The kind of partner a need looks for (issue 24)."""

    ANY = "any"
    UNIVERSITY = "university"  # a university or research institute, or one of their units
    INSTITUTE = "institute"  # a research institute (Fraunhofer, Leibniz, Max Planck, ...)
    SERVICE = "service"  # a service provider: engineering office, software house, laboratory
    SUPPLIER = "supplier"  # a company or craft business that makes or does it


class RelationKind(StrEnum):
    """How one organisation hangs together with another (issue 24); read 'A <kind> B'."""

    SUBSIDIARY_OF = "subsidiary_of"  # Tochter von (B: Mutter)
    SUPPLIER_OF = "supplier_of"  # Zulieferer von (B: Abnehmer)
    MEMBER_OF = "member_of"  # Mitglied in (a cluster, a Verband, the network itself)
    PARTNER_OF = "partner_of"  # Kooperationspartner von (both ways)
    SPIN_OFF_OF = "spin_off_of"  # Ausgründung von (of a university)


class MembershipStatus(StrEnum):
    """A company's standing in the network ('im Netzwerk', issue 24), dated by its changes."""

    INTERESTED = "interested"  # interessiert
    PARTICIPATING = "participating"  # nimmt teil (Veranstaltungen, Vermittlungen)
    PARTNER = "partner"  # Netzwerkpartner
    LEFT = "left"  # ausgeschieden


IN_NETWORK = frozenset({MembershipStatus.PARTICIPATING, MembershipStatus.PARTNER})


class ContactKind(StrEnum):
    """What a further contact detail of a person or organisation is (issue 19)."""

    EMAIL = "email"
    PHONE = "phone"
    MOBILE = "mobile"
    FAX = "fax"
    WEB = "web"
    ADDRESS = "address"


class ContactLabel(StrEnum):
    """Where a contact detail reaches the contact, as address books label it."""

    WORK = "work"
    HOME = "home"
    OTHER = "other"


class OrganisationStatus(StrEnum):
    ACTIVE = "active"
    PROSPECT = "prospect"
    INACTIVE = "inactive"


class Chamber(StrEnum):
    NONE = "none"
    IHK = "ihk"
    HWK = "hwk"


class EmployeeBand(StrEnum):
    MICRO = "1-9"
    SMALL = "10-49"
    MEDIUM = "50-249"
    LARGE = "250-499"
    VERY_LARGE = "500+"


class Salutation(StrEnum):
    FRAU = "frau"
    HERR = "herr"
    DIVERS = "divers"
    NONE = "none"


class PreferredChannel(StrEnum):
    EMAIL = "email"
    PHONE = "phone"
    POST = "post"
    IN_PERSON = "in_person"


class LegalBasis(StrEnum):
    CONSENT = "consent"
    LEGITIMATE_INTEREST = "legitimate_interest"
    CONTRACT = "contract"
    PUBLIC_TASK = "public_task"


class ConsentScope(StrEnum):
    NEWSLETTER = "newsletter"
    EVENT_INVITATIONS = "event_invitations"
    PASS_TO_PARTNERS = "pass_to_partners"
    # the company may be named when its needs are carried to the universities (issue 24)
    NAMED_TO_UNIVERSITIES = "university_named"  # fits the column (VARCHAR 25)


class CarriedAnswer(StrEnum):
    """A university's answer to a need carried to it (Bedarfsradar, issue 24)."""

    PENDING = "pending"  # carried, no answer yet
    INTERESTING = "interesting"
    UNIT_NAMED = "unit_named"  # a unit takes it up: becomes a referral to that unit
    DECLINED = "declined"
    NO_ANSWER = "no_answer"


class ActivityKind(StrEnum):
    COMPANY_VISIT = "company_visit"
    CALL = "call"
    EMAIL = "email"
    MEETING = "meeting"
    EVENT = "event"
    TRADE_FAIR = "trade_fair"
    BUSINESS_TRIP = "business_trip"
    SECTOR_MEETING = "sector_meeting"


class Urgency(StrEnum):
    LOW = "low"
    NORMAL = "normal"
    HIGH = "high"


class NeedStatus(StrEnum):
    OPEN = "open"
    IN_REFERRAL = "in_referral"
    SATISFIED = "satisfied"
    DROPPED = "dropped"


class ReferralStage(StrEnum):
    PROPOSED = "proposed"
    INTRODUCED = "introduced"
    FIRST_MEETING = "first_meeting"
    COOPERATION_AGREED = "cooperation_agreed"
    DECLINED = "declined"
    NO_RESPONSE = "no_response"


class CooperationKind(StrEnum):
    RD_PROJECT = "rd_project"
    CONTRACT_RESEARCH = "contract_research"
    THESIS = "thesis"
    FUNDING_APPLICATION = "funding_application"
    SUPPLIER_RELATION = "supplier_relation"
    JOINT_TRADE_FAIR = "joint_trade_fair"
    OTHER = "other"


class ProjectKind(StrEnum):
    SECTOR_MEETING = "sector_meeting"
    JOINT_TRADE_FAIR = "joint_trade_fair"
    BUSINESS_TRIP = "business_trip"
    EVENT = "event"
    WORKSHOP = "workshop"  # workshop / Transfertag at a university
    NETWORK_PROJECT = "network_project"


# The kinds that are events (with date, place, participants and invitations).
EVENT_KINDS: tuple[ProjectKind, ...] = (
    ProjectKind.SECTOR_MEETING,
    ProjectKind.JOINT_TRADE_FAIR,
    ProjectKind.BUSINESS_TRIP,
    ProjectKind.WORKSHOP,
    ProjectKind.EVENT,
)


class ParticipantStatus(StrEnum):
    """Where a participant of an event stands: invited -> registered -> attended / no-show,
    or cancelled; waitlisted when the event is full."""

    INVITED = "invited"
    REGISTERED = "registered"
    WAITLISTED = "waitlisted"
    CANCELLED = "cancelled"
    ATTENDED = "attended"
    NO_SHOW = "no_show"


class ParticipantRole(StrEnum):
    PARTICIPANT = "participant"
    SPEAKER = "speaker"
    EXHIBITOR = "exhibitor"
    COMPANION = "companion"


class TargetSubject(StrEnum):
    """What a target group selects."""

    ORGANISATION = "organisation"
    PERSON = "person"


class LinkedKind(StrEnum):
    """What kind of record a task (Task.linked_type) is about."""

    ORGANISATION = "organisation"
    PERSON = "person"
    ACTIVITY = "activity"
    NEED = "need"
    REFERRAL = "referral"
    PROJECT = "project"


class ProjectStatus(StrEnum):
    PLANNED = "planned"
    RUNNING = "running"
    COMPLETED = "completed"
    CANCELLED = "cancelled"


LEGAL_FORMS: tuple[str, ...] = (
    "GmbH",
    "GmbH & Co. KG",
    "AG",
    "SE",
    "KGaA",
    "e.K.",
    "KG",
    "OHG",
    "GbR",
    "PartG",
    "PartG mbB",
    "UG (haftungsbeschränkt)",
    "UG (haftungsbeschränkt) & Co. KG",
    "e.V.",
    "eG",
    "Einzelunternehmen",
    "Stiftung",
    "KdöR",
    "AöR",
    "gGmbH",
)

# Legal forms of public bodies: they belong in registers, never in an address line or a
# letter's text ("Technische Universität Dortmund", not "… KdöR").
PUBLIC_BODY_FORMS: frozenset[str] = frozenset(
    {
        "KdöR",
        "KöR",
        "AöR",
        "SdöR",
        "Körperschaft des öffentlichen Rechts",
        "Anstalt des öffentlichen Rechts",
        "Stiftung des öffentlichen Rechts",
    }
)

ACADEMIC_TITLES: tuple[str, ...] = (
    "Dr.",
    "Dr.-Ing.",
    "Prof.",
    "Prof. Dr.",
    "Prof. Dr.-Ing.",
    "Dipl.-Ing.",
    "Dipl.-Kfm.",
    "Dipl.-Kffr.",
)
