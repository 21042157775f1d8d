"""The service scenarios of tests/unit, run again as staff on the office server.

Each test here is the local-mode test of the same name, given a workspace of Anna Schmidt (WF
Dortmund, the local tests' institution) logged in with her own staff login on a server set up by
`admin init-shared` and `admin add-staff`: row-level security, the guard and audit triggers
apply, nothing runs as owner or superuser. Chosen: one or more scenarios per feature a staff
member uses (import and undo, duplicates and merge with undo, needs, referrals, cooperations,
projects, tasks, timeline, merge on save, access export, consents, review queue, mail merge,
labels, the first page of the main window, read without the ORM). Not here:
erasure (the administrator's: test_postgres_privacy), the command-line exports and search of a
local data folder, attachments kept as files in the data folder (the server keeps them in the
database: test_postgres_work).
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from indie_desktop.services.workspace import Workspace
from tests.integration.shared_fixtures import SharedServer, shared
from tests.print.test_documents import (
    test_labels_land_in_their_cells,
    test_mail_merge_writes_one_letter_each_and_skips_people_without_address,
)
from tests.print.world import world
from tests.unit.test_duplicates_and_merge import (
    test_fuzzy_name_at_same_postcode_is_a_likely_duplicate,
    test_merge_moves_every_link_to_the_survivor_and_undo_restores,
    test_merging_people_moves_affiliations,
    test_people_with_the_same_email_are_duplicates,
)
from tests.unit.test_import_service import (
    test_kept_vcard_photos_are_attachments_of_the_people_and_undone_with_the_batch,
    test_likely_duplicates_are_reported_and_policy_decides,
    test_saved_mapping_applies_to_the_next_file_by_header,
    test_undo_removes_the_whole_batch_and_only_once,
    test_vcards_import_people_with_their_firms,
)
from tests.unit.test_merge_on_save import (
    test_fields_changed_on_one_side_only_merge_without_asking,
    test_same_field_changed_on_both_sides_reports_each_conflicting_field,
)
from tests.unit.test_need_task_editing import (
    test_edits_of_different_need_fields_by_two_people_both_stay,
    test_task_marked_done_in_its_form_records_when,
)
from tests.unit.test_privacy import (
    test_access_export_holds_every_kind_of_linked_record_for_the_person,
    test_consent_input_errors_are_reported_per_field,
    test_making_the_access_export_is_in_the_audit_trail_with_who,
    test_review_queue_lists_exactly_the_people_the_retention_rule_selects,
)
from tests.unit.test_project_service import (
    test_project_budget_typed_with_decimal_comma_is_exact,
)
from tests.unit.test_referral_services import (
    test_cooperation_is_recorded_with_value_and_partners,
    test_declined_referral_reopens_the_need,
    test_referral_chain_is_traceable_from_any_link,
    test_referring_to_two_partners_makes_two_proposed_referrals_with_follow_ups,
)
from tests.unit.test_start_reads import (
    test_the_window_opens_with_the_organisations_the_service_lists,
)
from tests.unit.test_task_timeline_attachment_services import (
    test_organisation_timeline_shows_everything_newest_first,
    test_task_edit_keeps_input_rules,
)

pytestmark = pytest.mark.postgres
__all__ = [
    "shared",
    "test_access_export_holds_every_kind_of_linked_record_for_the_person",
    "test_consent_input_errors_are_reported_per_field",
    "test_cooperation_is_recorded_with_value_and_partners",
    "test_declined_referral_reopens_the_need",
    "test_edits_of_different_need_fields_by_two_people_both_stay",
    "test_fields_changed_on_one_side_only_merge_without_asking",
    "test_fuzzy_name_at_same_postcode_is_a_likely_duplicate",
    "test_kept_vcard_photos_are_attachments_of_the_people_and_undone_with_the_batch",
    "test_labels_land_in_their_cells",
    "test_likely_duplicates_are_reported_and_policy_decides",
    "test_mail_merge_writes_one_letter_each_and_skips_people_without_address",
    "test_making_the_access_export_is_in_the_audit_trail_with_who",
    "test_merge_moves_every_link_to_the_survivor_and_undo_restores",
    "test_merging_people_moves_affiliations",
    "test_organisation_timeline_shows_everything_newest_first",
    "test_people_with_the_same_email_are_duplicates",
    "test_project_budget_typed_with_decimal_comma_is_exact",
    "test_referral_chain_is_traceable_from_any_link",
    "test_referring_to_two_partners_makes_two_proposed_referrals_with_follow_ups",
    "test_review_queue_lists_exactly_the_people_the_retention_rule_selects",
    "test_same_field_changed_on_both_sides_reports_each_conflicting_field",
    "test_saved_mapping_applies_to_the_next_file_by_header",
    "test_task_edit_keeps_input_rules",
    "test_task_marked_done_in_its_form_records_when",
    "test_the_window_opens_with_the_organisations_the_service_lists",
    "test_undo_removes_the_whole_batch_and_only_once",
    "test_vcards_import_people_with_their_firms",
    "world",
]


@pytest.fixture
def local_workspace(shared: SharedServer) -> Iterator[Workspace]:
    """In place of the local file: Anna Schmidt's workspace through her staff login."""
    ws = shared.dortmund.workspace()
    yield ws
    ws.close()
