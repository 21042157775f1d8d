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
    NETWORK_PROJECT = "network_project"


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
