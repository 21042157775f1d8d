"""The referral list loads its next page when the user scrolls past the first one."""

from __future__ import annotations

from indie_desktop.services.directory.organisations import OrganisationDraft
from indie_desktop.services.work.needs import NeedDraft
from indie_desktop.services.work.referrals import PartnerChoice, ReferralDraft
from indie_desktop.ui.models.paged_table_model import PAGE_SIZE, ROW_ID_ROLE
from indie_desktop.ui.views.referrals_view import ReferralsView


def test_scrolling_the_referral_list_past_its_first_page_shows_every_referral(
    qtbot, workspace
) -> None:
    ws = workspace
    firm = ws.organisations.create(OrganisationDraft(name="Suchend GmbH", city="Dortmund"))
    need = ws.needs.create(NeedDraft(organisation_id=firm, topic="Partner für Lasersintern"))
    partners = [
        ws.organisations.create(OrganisationDraft(name=f"Łukasz Wiśniewski Werk {i:03d}"))
        for i in range(PAGE_SIZE + 5)
    ]
    created = ws.referrals.create(
        ReferralDraft(need_id=need, partners=[PartnerChoice(organisation_id=p) for p in partners])
    )

    view = ReferralsView(ws)
    qtbot.addWidget(view)
    view.resize(1100, 600)
    view.show()
    model = view.model
    assert model.rowCount() == PAGE_SIZE
    view.table.scrollToBottom()  # the view asks the model for more as the user scrolls
    qtbot.waitUntil(lambda: model.rowCount() == len(created))

    shown = {model.index(r, 0).data(ROW_ID_ROLE) for r in range(model.rowCount())}
    assert shown == set(created)
