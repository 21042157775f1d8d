"""covering indexes of the dashboard: organisations reached, needs, referrals, the funnel

Revision ID: 0014_dashagg
Revises: 0013_matchkeys
Create Date: 2026-11-25 02:00:00

With these the dashboard's counts for a year read index pages only (issue 9, ≤ 300 ms):
- activity_organisation (organisation, deleted, activity): "organisations reached" asks per
  organisation whether one of its links has an activity in the period, instead of collecting
  the ~84,000 links of a year's activities and de-duplicating their organisations;
- need (found_on, ...), referral (referred_on, ...) and cooperation (starts_on, ...): the
  grouped counts, sums, medians and the referral network without reading the wide rows;
- referral (need, ...), referral_stage_change (referral, stage, ...), cooperation (referral,
  ...): the funnel's "did a need's referral reach this step?" from the index alone;
- activity_staff (activity, staff, deleted): the staff member filter. With only the two
  single-column indexes SQLite chose staff_id and walked all of a staff member's activities
  for each activity of the period: minutes for a year of the network.
Plain CREATE INDEX: no batch table copy, the search triggers stay.
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0014_dashagg"
down_revision: str | None = "0013_matchkeys"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

INDEXES: dict[str, tuple[str, list[str]]] = {
    "ix_activity_organisation_reach": (
        "activity_organisation",
        ["organisation_id", "deleted_at", "activity_id"],
    ),
    "ix_activity_staff_dashboard": ("activity_staff", ["activity_id", "staff_id", "deleted_at"]),
    "ix_need_dashboard": (
        "need",
        [
            "found_on",
            "deleted_at",
            "owner_institution_id",
            "organisation_id",
            "found_in_activity_id",
            "id",
        ],
    ),
    "ix_referral_dashboard": (
        "referral",
        [
            "referred_on",
            "deleted_at",
            "stage",
            "owner_institution_id",
            "organisation_id",
            "partner_organisation_id",
            "need_id",
            "referring_staff_id",
            "id",
        ],
    ),
    "ix_referral_funnel": ("referral", ["need_id", "deleted_at", "stage", "id"]),
    "ix_referral_stage_change_funnel": (
        "referral_stage_change",
        ["referral_id", "stage", "deleted_at"],
    ),
    "ix_cooperation_funnel": ("cooperation", ["referral_id", "deleted_at"]),
    "ix_cooperation_dashboard": (
        "cooperation",
        ["starts_on", "deleted_at", "owner_institution_id", "referral_id", "value_eur", "id"],
    ),
}


def upgrade() -> None:
    for name, (table, columns) in INDEXES.items():
        op.create_index(name, table, columns)


def downgrade() -> None:
    for name, (table, _columns) in INDEXES.items():
        op.drop_index(name, table_name=table)
