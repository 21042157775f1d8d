"""events: event details on projects, participant status and history, target groups,
institutions' own letter texts, the event a cooperation came from

Revision ID: 0015_i22_events
Revises: 0015_i23_outlook_word
Create Date: 2026-12-07 03:00:00

An event is a project of an event kind (domain/events.py says why). Plain ADD COLUMN and
CREATE INDEX: a batch table copy would drop the search triggers of project and cooperation.
"""

import warnings
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0015_i22_events"
down_revision: str | None = "0015_i23_outlook_word"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

PROJECT_COLUMNS = (
    ("starts_at", sa.DateTime(timezone=True)),
    ("ends_at", sa.DateTime(timezone=True)),
    ("place", sa.String(length=300)),
    ("capacity", sa.Integer()),
    ("registration_deadline", sa.Date()),
    ("registration_link", sa.String(length=500)),
    ("cost_eur", sa.Numeric(precision=14, scale=2)),
    ("funding", sa.String(length=200)),
    ("co_organisers", sa.String(length=300)),
    ("fair_name", sa.String(length=200)),
    ("hall_stand", sa.String(length=100)),
    ("destination", sa.String(length=200)),
)
STATUS = sa.Enum(
    "invited",
    "registered",
    "waitlisted",
    "cancelled",
    "attended",
    "no_show",
    name="participantstatus",
    native_enum=False,
    length=18,
    create_constraint=False,
)
PARTICIPANT_COLUMNS = (
    ("status", STATUS),
    (
        "event_role",
        sa.Enum(
            "participant",
            "speaker",
            "exhibitor",
            "companion",
            name="participantrole",
            native_enum=False,
            length=19,
            create_constraint=False,
        ),
    ),
    ("notes", sa.Text()),
    ("cost_share_eur", sa.Numeric(precision=14, scale=2)),
    ("status_changed_at", sa.DateTime(timezone=True)),
)


def _syncable_columns() -> list[sa.Column]:  # type: ignore[type-arg]
    return [
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("visibility", sa.String(length=12), nullable=False),
        sa.Column("owner_institution_id", sa.Uuid(), nullable=True),
    ]


def _create(table: str, *items: sa.Column | sa.ForeignKeyConstraint) -> None:  # type: ignore[type-arg]
    op.create_table(
        table,
        *items,
        *_syncable_columns(),
        sa.ForeignKeyConstraint(
            ["owner_institution_id"],
            ["institution.id"],
            name=op.f(f"fk_{table}_owner_institution_id_institution"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f(f"pk_{table}")),
    )
    op.create_index(
        op.f(f"ix_{table}_owner_institution_id"), table, ["owner_institution_id"], unique=False
    )


def upgrade() -> None:
    for name, type_ in PROJECT_COLUMNS:
        op.add_column("project", sa.Column(name, type_, nullable=True))
    for name, type_ in PARTICIPANT_COLUMNS:
        op.add_column("project_participant", sa.Column(name, type_, nullable=True))
    if op.get_bind().dialect.name == "sqlite":
        # SQLite adds a column with its reference inline (Alembic would need a table copy).
        op.execute(
            "ALTER TABLE cooperation ADD COLUMN event_id CHAR(32) "
            "CONSTRAINT fk_cooperation_event_id_project REFERENCES project (id)"
        )
    else:
        op.add_column(
            "cooperation",
            sa.Column(
                "event_id",
                sa.Uuid(),
                sa.ForeignKey("project.id", name="fk_cooperation_event_id_project"),
                nullable=True,
            ),
        )
    op.create_index("ix_cooperation_event_id", "cooperation", ["event_id"])
    # Target groups of people select through the organisations they work at: index-only.
    op.create_index(
        "ix_affiliation_target_group",
        "affiliation",
        ["organisation_id", "deleted_at", "until", "person_id"],
    )
    _create(
        "participant_status_change",
        sa.Column("participant_id", sa.Uuid(), nullable=False),
        sa.Column("status", STATUS, nullable=False),
        sa.Column("changed_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("staff_id", sa.Uuid(), nullable=True),
        sa.ForeignKeyConstraint(
            ["participant_id"],
            ["project_participant.id"],
            name="fk_participant_status_change_participant_id_project_participant",
        ),
        sa.ForeignKeyConstraint(
            ["staff_id"], ["staff.id"], name="fk_participant_status_change_staff_id_staff"
        ),
    )
    op.create_index(
        "ix_participant_status_change_when",
        "participant_status_change",
        ["participant_id", "changed_at"],
    )
    _create(
        "target_group",
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column(
            "subject",
            sa.Enum(
                "organisation",
                "person",
                name="targetsubject",
                native_enum=False,
                length=20,
                create_constraint=False,
            ),
            nullable=False,
        ),
        sa.Column("criteria", sa.Text(), nullable=False),
        sa.Column("staff_id", sa.Uuid(), nullable=True),
        sa.Column("shared", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(["staff_id"], ["staff.id"], name="fk_target_group_staff_id_staff"),
    )
    _create(
        "institution_template",
        sa.Column("name", sa.String(length=80), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("purpose", sa.String(length=40), nullable=False),
        sa.Column("subject", sa.String(length=300), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
    )


def downgrade() -> None:
    for table in ("institution_template", "target_group", "participant_status_change"):
        op.drop_table(table)
    op.drop_index("ix_affiliation_target_group", table_name="affiliation")
    op.drop_index("ix_cooperation_event_id", table_name="cooperation")
    # The batch copy of cooperation reflects the tables its foreign keys name; organisation's
    # index on lower(email) (0015_i23) cannot be reflected and need not be: organisation is not
    # copied, so SQLAlchemy's warning about it says nothing here.
    with warnings.catch_warnings():
        warnings.filterwarnings(
            "ignore", message="Skipped unsupported reflection of expression-based index"
        )
        with op.batch_alter_table("cooperation") as batch_op:
            batch_op.drop_column("event_id")
    # Plain DROP COLUMN: a batch copy of project would drop its search triggers.
    for name, _type in PARTICIPANT_COLUMNS:
        op.drop_column("project_participant", name)
    for name, _type in PROJECT_COLUMNS:
        op.drop_column("project", name)
