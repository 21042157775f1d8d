"""The network's work: activities (visits), needs, referrals, cooperations, tasks."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, String, Text, false
from sqlalchemy.orm import Mapped, mapped_column, relationship

from indie_desktop.domain.base import Base, Syncable, UtcDateTime
from indie_desktop.domain.columns import Money, enum_column
from indie_desktop.domain.enums import (
    ActivityKind,
    CarriedAnswer,
    CooperationKind,
    NeedStatus,
    ReferralStage,
    SoughtPartner,
    Urgency,
)


class Activity(Syncable, Base):
    """A contact with the outside world: visit, call, meeting, fair, ... with its report."""

    __tablename__ = "activity"
    __table_args__ = (
        Index("ix_activity_occurred_at", "occurred_at"),
        # Covering "was there a live contact since ...?" per participation (retention review).
        Index("ix_activity_contact", "id", "occurred_at", "deleted_at"),
        # Covering indexes of the dashboard (issue 9): its counts read no table rows.
        Index(
            "ix_activity_kind_occurred",
            "kind",
            "occurred_at",
            "deleted_at",
            "owner_institution_id",
            "id",
        ),
        Index("ix_activity_occurred_cover", "occurred_at", "deleted_at", "id"),
        Index("ix_activity_id_occurred", "id", "occurred_at"),
        # The same e-mail filed twice is recognised by its Message-ID (issue 23), once per
        # institution (0016: two institutions on the office server each keep their copy).
        Index("ux_activity_message_id", "message_id", "owner_institution_id", unique=True),
    )

    kind: Mapped[ActivityKind] = enum_column(ActivityKind, ActivityKind.COMPANY_VISIT)
    occurred_at: Mapped[datetime] = mapped_column(UtcDateTime)
    # None: the default of its kind (default_duration_minutes), for a calendar entry's end.
    duration_minutes: Mapped[int | None] = mapped_column(Integer)
    place: Mapped[str | None] = mapped_column(String(200))
    subject: Mapped[str] = mapped_column(String(300), default="")
    report: Mapped[str | None] = mapped_column(Text)
    # Structured parts of a visit report.
    situation: Mapped[str | None] = mapped_column(Text)
    needs_found: Mapped[str | None] = mapped_column(Text)
    next_steps: Mapped[str | None] = mapped_column(Text)
    project_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("project.id"), index=True)
    # E-mails filed from Outlook or a file (services/mail/filing.py): the Message-ID (or the
    # file's digest for a mail that has none), in or out, and who wrote to whom as written.
    message_id: Mapped[str | None] = mapped_column(String(300))
    mail_direction: Mapped[str | None] = mapped_column(String(8))
    mail_from: Mapped[str | None] = mapped_column(String(300))
    mail_to: Mapped[str | None] = mapped_column(Text)
    # Appointments (issue 23): planned until it happened, then the visit report is written;
    # start and end from occurred_at and duration_minutes.
    planned: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())

    staff_links: Mapped[list[ActivityStaff]] = relationship(back_populates="activity")
    person_links: Mapped[list[ActivityPerson]] = relationship(back_populates="activity")
    organisation_links: Mapped[list[ActivityOrganisation]] = relationship(back_populates="activity")


# How long an activity of each kind lasts when its own duration is not recorded (minutes).
DEFAULT_DURATION_MINUTES: dict[ActivityKind, int] = {
    ActivityKind.COMPANY_VISIT: 90,
    ActivityKind.CALL: 15,
    ActivityKind.EMAIL: 5,
    ActivityKind.MEETING: 60,
    ActivityKind.EVENT: 180,
    ActivityKind.TRADE_FAIR: 480,
    ActivityKind.BUSINESS_TRIP: 480,
    ActivityKind.SECTOR_MEETING: 120,
}


def default_duration_minutes(kind: ActivityKind, recorded: int | None = None) -> int:
    """The activity's duration: as recorded, else the default of its kind."""
    if recorded is not None and recorded > 0:
        return recorded
    return DEFAULT_DURATION_MINUTES.get(kind, 60)


class ActivityStaff(Syncable, Base):
    __tablename__ = "activity_staff"
    __table_args__ = (
        # Dashboard's staff filter (0014_dashagg): "was this staff member at this activity?"
        # in one look-up; with the two single-column indexes SQLite walks all of the staff
        # member's activities for every activity of the period.
        Index("ix_activity_staff_dashboard", "activity_id", "staff_id", "deleted_at"),
    )

    activity_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("activity.id"), index=True)
    staff_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("staff.id"), index=True)

    activity: Mapped[Activity] = relationship(back_populates="staff_links")


class ActivityPerson(Syncable, Base):
    __tablename__ = "activity_person"
    __table_args__ = (
        Index("ix_activity_person_contact", "person_id", "activity_id", "deleted_at"),
    )

    activity_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("activity.id"), index=True)
    person_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("person.id"), index=True)

    activity: Mapped[Activity] = relationship(back_populates="person_links")


class ActivityOrganisation(Syncable, Base):
    __tablename__ = "activity_organisation"
    __table_args__ = (
        Index("ix_activity_organisation_cover", "activity_id", "deleted_at", "organisation_id"),
        # Dashboard (0014_dashagg): "was this organisation reached in the period?"
        Index("ix_activity_organisation_reach", "organisation_id", "deleted_at", "activity_id"),
    )

    activity_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("activity.id"), index=True)
    organisation_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("organisation.id"), index=True)

    activity: Mapped[Activity] = relationship(back_populates="organisation_links")


class Need(Syncable, Base):
    """What a company needs (Bedarf), found in an activity, to be referred to a partner."""

    __tablename__ = "need"
    __table_args__ = (
        Index("ix_need_status_created_at", "status", "created_at"),
        Index("ix_need_created_at", "created_at"),
        Index("ix_need_found_on", "found_on", "id"),
        Index("ix_need_status_found_on", "status", "found_on", "id"),
        # Covering indexes of the dashboard (0014_dashagg): its need counts read no table rows.
        Index(
            "ix_need_dashboard",
            "found_on",
            "deleted_at",
            "owner_institution_id",
            "organisation_id",
            "found_in_activity_id",
            "id",
        ),
    )

    organisation_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("organisation.id"), index=True)
    topic: Mapped[str] = mapped_column(String(300))
    description: Mapped[str | None] = mapped_column(Text)
    wanted_competence: Mapped[str | None] = mapped_column(String(300))
    wanted_wz_code: Mapped[str | None] = mapped_column(String(10))  # the sector *sought*
    # The kind of partner looked for (0015); None: read from the need's words.
    sought_partner: Mapped[SoughtPartner | None] = enum_column(SoughtPartner)
    urgency: Mapped[Urgency] = enum_column(Urgency, Urgency.NORMAL)
    status: Mapped[NeedStatus] = enum_column(NeedStatus, NeedStatus.OPEN)
    found_in_activity_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("activity.id"), index=True
    )
    # A need can arise from a referral (A referred to B, B's need referred on to C). No foreign
    # key: need and referral would reference each other, which SQLite cannot create in order.
    from_referral_id: Mapped[uuid.UUID | None] = mapped_column(index=True)
    # The day it was found (Berlin): the day of the visit in found_in_activity_id, else the day
    # it was recorded. Stored for the Needs list's order; services/work/need_dates.py keeps it.
    found_on: Mapped[date | None] = mapped_column(Date)


class Referral(Syncable, Base):
    """A referral (Vermittlung) of a need or an organisation to a partner."""

    __tablename__ = "referral"
    __table_args__ = (
        Index("ix_referral_stage_referred_on", "stage", "referred_on"),
        Index("ix_referral_referred_on", "referred_on"),
        # Covering indexes of the dashboard (0014_dashagg): its counts and funnel read no rows.
        Index(
            "ix_referral_dashboard",
            "referred_on",
            "deleted_at",
            "stage",
            "owner_institution_id",
            "organisation_id",
            "partner_organisation_id",
            "need_id",
            "referring_staff_id",
            "id",
        ),
        Index("ix_referral_funnel", "need_id", "deleted_at", "stage", "id"),
    )

    need_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("need.id"), index=True)
    organisation_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("organisation.id"), index=True)
    partner_organisation_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("organisation.id"), index=True
    )
    partner_person_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("person.id"), index=True)
    referring_staff_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff.id"))
    stage: Mapped[ReferralStage] = enum_column(ReferralStage, ReferralStage.PROPOSED)
    referred_on: Mapped[date] = mapped_column(Date)
    note: Mapped[str | None] = mapped_column(Text)
    letter_sent_on: Mapped[date | None] = mapped_column(Date)
    letter_attachment_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("attachment.id"))
    next_follow_up_on: Mapped[date | None] = mapped_column(Date)

    history: Mapped[list[ReferralStageChange]] = relationship(
        back_populates="referral", order_by="ReferralStageChange.changed_on"
    )


class ReferralStageChange(Syncable, Base):
    """One dated step in a referral's history, with who and a note."""

    __tablename__ = "referral_stage_change"
    __table_args__ = (
        Index("ix_referral_stage_change_funnel", "referral_id", "stage", "deleted_at"),
    )

    referral_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("referral.id"), index=True)
    stage: Mapped[ReferralStage] = enum_column(ReferralStage, ReferralStage.PROPOSED)
    changed_on: Mapped[date] = mapped_column(Date)
    staff_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff.id"))
    note: Mapped[str | None] = mapped_column(Text)

    referral: Mapped[Referral] = relationship(back_populates="history")


class Cooperation(Syncable, Base):
    """The outcome: a cooperation that came out of a referral."""

    __tablename__ = "cooperation"
    __table_args__ = (
        # Dashboard (0014_dashagg): the funnel's "cooperation of this referral?" and the
        # cooperations started in a period, without reading the wide rows.
        Index("ix_cooperation_funnel", "referral_id", "deleted_at"),
        Index(
            "ix_cooperation_dashboard",
            "starts_on",
            "deleted_at",
            "owner_institution_id",
            "referral_id",
            "value_eur",
            "id",
        ),
    )

    kind: Mapped[CooperationKind] = enum_column(CooperationKind, CooperationKind.OTHER)
    title: Mapped[str] = mapped_column(String(300))
    starts_on: Mapped[date | None] = mapped_column(Date)
    ends_on: Mapped[date | None] = mapped_column(Date)
    value_eur: Mapped[Decimal | None] = mapped_column(Money())
    funding_programme: Mapped[str | None] = mapped_column(String(200))
    evidence: Mapped[str | None] = mapped_column(Text)
    referral_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("referral.id"), index=True)
    # The event it came from (a project of an event kind), if any (issue 22).
    event_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("project.id"), index=True)

    partners: Mapped[list[CooperationPartner]] = relationship(back_populates="cooperation")


class CooperationPartner(Syncable, Base):
    __tablename__ = "cooperation_partner"

    cooperation_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("cooperation.id"), index=True)
    organisation_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("organisation.id"), index=True
    )
    person_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("person.id"), index=True)
    role: Mapped[str | None] = mapped_column(String(150))

    cooperation: Mapped[Cooperation] = relationship(back_populates="partners")


class Task(Syncable, Base):
    """A follow-up: due date, assignee, linked to any record."""

    __tablename__ = "task"
    __table_args__ = (Index("ix_task_due", "done", "due_on"),)

    title: Mapped[str] = mapped_column(String(300))
    description: Mapped[str | None] = mapped_column(Text)
    due_on: Mapped[date | None] = mapped_column(Date)
    # Optional time of day ("HH:MM"): a task with one is an appointment in Outlook's calendar.
    due_time: Mapped[str | None] = mapped_column(String(5))
    assignee_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff.id"), index=True)
    done: Mapped[bool] = mapped_column(Boolean, default=False)
    done_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    linked_type: Mapped[str | None] = mapped_column(String(40))
    linked_id: Mapped[uuid.UUID | None] = mapped_column(index=True)


class NeedCarried(Syncable, Base):
    """A need carried to a university in its needs digest (Bedarfsradar, issue 24), with the
    university's answer; a unit that takes it up becomes a referral to that unit."""

    __tablename__ = "need_carried"

    need_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("need.id"), index=True)
    university_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("organisation.id"), index=True)
    carried_on: Mapped[date] = mapped_column(Date)
    named: Mapped[bool] = mapped_column(Boolean, default=False)  # company named, by consent
    answer: Mapped[CarriedAnswer] = enum_column(CarriedAnswer, CarriedAnswer.PENDING)
    answered_on: Mapped[date | None] = mapped_column(Date)
    unit_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("organisation.id"))
    referral_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("referral.id"))
    note: Mapped[str | None] = mapped_column(String(300))


class RadarSchedule(Syncable, Base):
    """When a university's needs digest (Bedarfsradar) is due: every `every_months` months,
    next on `next_due`; carrying a digest moves `next_due` on (issue 24)."""

    __tablename__ = "radar_schedule"

    university_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("organisation.id"), index=True)
    every_months: Mapped[int] = mapped_column(Integer, default=1)
    next_due: Mapped[date] = mapped_column(Date)
