"""Needs, partner suggestions, referrals through their stages, follow-ups and cooperations."""

from __future__ import annotations

import uuid
from datetime import date, timedelta
from decimal import Decimal

import pytest

from indie_desktop.domain.enums import (
    CooperationKind,
    NeedStatus,
    OrganisationKind,
    ReferralStage,
    Visibility,
)
from indie_desktop.domain.errors import ValidationError
from indie_desktop.services.context import Actor
from indie_desktop.services.directory.organisations import OrganisationDraft
from indie_desktop.services.listing import ListQuery
from indie_desktop.services.work.cooperations import CooperationDraft
from indie_desktop.services.work.needs import NeedDraft
from indie_desktop.services.work.referrals import PartnerChoice, ReferralDraft
from indie_desktop.services.workspace import Workspace

TODAY = date.today()


@pytest.fixture(autouse=True)
def _today() -> None:
    """Today as the test runs (a suite that runs past midnight: not as it was collected)."""
    global TODAY
    TODAY = date.today()


def org(
    ws: Workspace,
    name: str,
    kind: OrganisationKind = OrganisationKind.COMPANY,
    town: str = "Dortmund",
    wz: str = "",
    competences: str = "",
) -> uuid.UUID:
    return ws.organisations.create(
        OrganisationDraft(
            name=name, kind=kind, city=town, municipality=town, wz_code=wz, competences=competences
        )
    )


def need(ws: Workspace, organisation_id: uuid.UUID, **kw: object) -> uuid.UUID:
    draft = NeedDraft(organisation_id=organisation_id, topic="Lasersintern für Kleinserien")
    for key, value in kw.items():
        setattr(draft, key, value)
    return ws.needs.create(draft)


def refer(ws: Workspace, need_id: uuid.UUID, *partners: uuid.UUID, on: date = TODAY) -> list:
    choices = [PartnerChoice(organisation_id=p) for p in partners]
    return ws.referrals.create(ReferralDraft(need_id, choices, referred_on=on))


def agree(ws: Workspace, referral_id: uuid.UUID, on: date = TODAY) -> None:
    for stage in (
        ReferralStage.INTRODUCED,
        ReferralStage.FIRST_MEETING,
        ReferralStage.COOPERATION_AGREED,
    ):
        ws.referrals.change_stage(referral_id, stage, on)


# --- needs ---------------------------------------------------------------------------------------


def test_need_without_organisation_or_topic_is_refused(local_workspace: Workspace) -> None:
    with pytest.raises(ValidationError) as err:
        local_workspace.needs.create(NeedDraft(topic=""))
    assert set(err.value.errors) == {"organisation_id", "topic"}


def test_needs_list_filters_by_status_and_organisation(local_workspace: Workspace) -> None:
    ws = local_workspace
    a, b = org(ws, "Alpha GmbH"), org(ws, "Beta GmbH")
    need(ws, a)
    dropped = need(ws, b, status=NeedStatus.DROPPED)
    only_dropped = ListQuery(filters=(("statuses", (NeedStatus.DROPPED,)),))
    assert [r.id for r in ws.needs.page(only_dropped, 0, 50)] == [dropped]
    assert ws.needs.count(ListQuery(filters=(("organisation_id", a),))) == 1


def test_need_status_cannot_jump_from_open_to_satisfied(local_workspace: Workspace) -> None:
    ws = local_workspace
    n = need(ws, org(ws, "Alpha GmbH"))
    detail = ws.needs.detail(n)
    detail.draft.status = NeedStatus.SATISFIED
    with pytest.raises(ValidationError) as err:
        ws.needs.update(n, detail.draft, detail.version)
    assert "status" in err.value.errors


# --- suggestions ---------------------------------------------------------------------------------


@pytest.fixture
def network(local_workspace: Workspace) -> tuple[Workspace, dict[str, uuid.UUID]]:
    """A hand-built set around a Dortmund firm that needs laser sintering (WZ 25.62.0)."""
    ws = local_workspace
    ids = {
        "firm": org(ws, "Suchend GmbH", wz="25.62.0", competences="Lasersintern"),
        "class_near": org(ws, "Nahe Klasse GmbH", wz="25.62.0", competences="Lasersintern"),
        "class_far": org(
            ws, "Ferne Klasse GmbH", town="Breckerfeld", wz="25.62.0", competences="Lasersintern"
        ),
        "group": org(ws, "Gruppe GmbH", wz="25.61.0", competences="Lasersintern, Galvanik"),
        "division": org(ws, "Abteilung GmbH", wz="25.11.0"),
        "competence_only": org(ws, "Kunststoff GmbH", wz="22.29.0", competences="Lasersintern"),
        "unrelated": org(ws, "Bäckerei Korn", wz="10.71.0", competences="Backwaren"),
        "agency": org(
            ws, "Agentur", kind=OrganisationKind.CHAMBER_AGENCY, competences="Lasersintern"
        ),
    }
    return ws, ids


def test_suggestions_rank_competence_wz_level_and_distance(
    network: tuple[Workspace, dict[str, uuid.UUID]],
) -> None:
    ws, ids = network
    n = need(ws, ids["firm"], wanted_competence="Lasersintern", wanted_wz_code="25.62.0")
    ranked = [s.organisation_id for s in ws.suggestions.for_need(n)]
    names = {v: k for k, v in ids.items()}
    assert [names[i] for i in ranked] == [
        "class_near",
        "class_far",
        "group",
        "competence_only",
        "agency",
        "division",
    ]


def test_suggestions_never_include_the_needs_own_organisation(
    network: tuple[Workspace, dict[str, uuid.UUID]],
) -> None:
    ws, ids = network
    n = need(ws, ids["firm"], wanted_competence="Lasersintern", wanted_wz_code="25.62.0")
    assert ids["firm"] not in {s.organisation_id for s in ws.suggestions.for_need(n)}


def test_suggestion_reasons_name_competence_wz_class_distance_and_successes(
    network: tuple[Workspace, dict[str, uuid.UUID]],
) -> None:
    ws, ids = network
    earlier = need(ws, org(ws, "Früher GmbH", town="Hagen"), wanted_competence="Lasersintern")
    (rid,) = refer(ws, earlier, ids["class_far"], on=TODAY - timedelta(days=30))
    agree(ws, rid)
    n = need(ws, ids["firm"], wanted_competence="Lasersintern", wanted_wz_code="25.62.0")
    far = next(s for s in ws.suggestions.for_need(n) if s.organisation_id == ids["class_far"])
    assert far.competences == ("Lasersintern",)
    assert (far.wz_level, far.wz_code) == (5, "25.62.0")
    assert far.distance_km is not None and 25 < far.distance_km < 32
    assert far.successes == 1
    near = next(s for s in ws.suggestions.for_need(n) if s.organisation_id == ids["class_near"])
    assert near.same_town


def test_past_successful_referrals_raise_a_partner(
    network: tuple[Workspace, dict[str, uuid.UUID]],
) -> None:
    ws, ids = network
    n = need(ws, ids["firm"], wanted_competence="Lasersintern", wanted_wz_code="25.62.0")
    before = [s.organisation_id for s in ws.suggestions.for_need(n)]
    assert before.index(ids["class_far"]) == 1
    for k in range(3):
        other = need(ws, org(ws, f"Kunde {k}"), wanted_competence="Lasersintern")
        (rid,) = refer(ws, other, ids["class_far"], on=TODAY - timedelta(days=10))
        agree(ws, rid)
    after = [s.organisation_id for s in ws.suggestions.for_need(n)]
    assert after.index(ids["class_far"]) == 0


def test_academic_needs_prefer_universities(local_workspace: Workspace) -> None:
    ws = local_workspace
    firm = org(ws, "Suchend GmbH", wz="25.62.0")
    uni = org(ws, "Technische Universität", kind=OrganisationKind.UNIVERSITY, town="Dortmund")
    n = need(ws, firm, topic="Hochschulkooperation für eine Abschlussarbeit")
    (first,) = ws.suggestions.for_need(n)
    assert first.organisation_id == uni and first.kind_fits


def test_suggestions_hide_other_institutions_private_organisations(
    local_workspace: Workspace,
) -> None:
    ws = local_workspace
    firm = org(ws, "Suchend GmbH")
    hidden = org(ws, "Privat GmbH", competences="Lasersintern")
    other = Workspace(ws.db, Actor(None, uuid.uuid4(), "andere"))
    n = need(ws, firm, wanted_competence="Lasersintern")
    detail = ws.organisations.detail(hidden)
    detail.draft.visibility = Visibility.INSTITUTION
    ws.organisations.update(hidden, detail.draft, detail.version)
    assert [s.organisation_id for s in ws.suggestions.for_need(n)] == [hidden]
    assert other.suggestions.for_need(n) == []


# --- referrals -----------------------------------------------------------------------------------


def test_referral_to_the_needs_own_organisation_is_refused(local_workspace: Workspace) -> None:
    ws = local_workspace
    firm = org(ws, "Suchend GmbH")
    n = need(ws, firm)
    with pytest.raises(ValidationError) as err:
        refer(ws, n, firm)
    assert err.value.errors == {"partners": "A need cannot be referred to its own organisation"}
    assert ws.referral_list.count(ListQuery()) == 0


def test_referral_without_partner_is_refused(local_workspace: Workspace) -> None:
    ws = local_workspace
    n = need(ws, org(ws, "Suchend GmbH"))
    with pytest.raises(ValidationError) as err:
        ws.referrals.create(ReferralDraft(n, []))
    assert "partners" in err.value.errors


def test_referring_to_two_partners_makes_two_proposed_referrals_with_follow_ups(
    local_workspace: Workspace,
) -> None:
    ws = local_workspace
    n = need(ws, org(ws, "Suchend GmbH"))
    ids = refer(ws, n, org(ws, "Partner A"), org(ws, "Partner B"))
    assert len(ids) == 2
    assert ws.needs.detail(n).draft.status == NeedStatus.IN_REFERRAL
    for rid in ids:
        detail = ws.referral_list.detail(rid)
        assert detail.stage == ReferralStage.PROPOSED
        assert [h.stage for h in detail.history] == [ReferralStage.PROPOSED]
        (follow_up,) = ws.referrals.follow_ups(rid)
        assert follow_up.due_on == TODAY + timedelta(weeks=4)
        assert follow_up.title.startswith("Beide Seiten nachfragen: Suchend GmbH → Partner")
        assert follow_up.assignee_id == ws.actor.staff_id


def test_follow_up_interval_is_configurable(local_workspace: Workspace) -> None:
    ws = Workspace(local_workspace.db, local_workspace.actor, follow_up_weeks=2)
    n = need(ws, org(ws, "Suchend GmbH"))
    (rid,) = refer(ws, n, org(ws, "Partner"))
    assert ws.referrals.follow_ups(rid)[0].due_on == TODAY + timedelta(weeks=2)


def test_referral_moves_through_all_stages_with_dated_history(local_workspace: Workspace) -> None:
    ws = local_workspace
    n = need(ws, org(ws, "Suchend GmbH"))
    (rid,) = refer(ws, n, org(ws, "Partner"), on=TODAY - timedelta(days=20))
    ws.referrals.change_stage(rid, ReferralStage.INTRODUCED, TODAY - timedelta(days=15), "Mail")
    ws.referrals.change_stage(rid, ReferralStage.FIRST_MEETING, TODAY - timedelta(days=5))
    ws.referrals.change_stage(rid, ReferralStage.COOPERATION_AGREED, TODAY, "Vertrag")
    detail = ws.referral_list.detail(rid)
    assert [h.stage for h in detail.history] == [
        ReferralStage.PROPOSED,
        ReferralStage.INTRODUCED,
        ReferralStage.FIRST_MEETING,
        ReferralStage.COOPERATION_AGREED,
    ]
    assert detail.history[1].note == "Mail" and detail.history[1].staff == "Şükrü Yıldız"
    assert ws.needs.detail(n).draft.status == NeedStatus.SATISFIED
    assert ws.referrals.follow_ups(rid) == []  # closed: nothing left to ask
    assert detail.next_follow_up_on is None


def test_each_open_stage_replaces_the_follow_up(local_workspace: Workspace) -> None:
    ws = local_workspace
    n = need(ws, org(ws, "Suchend GmbH"))
    (rid,) = refer(ws, n, org(ws, "Partner"), on=TODAY - timedelta(days=3))
    ws.referrals.change_stage(rid, ReferralStage.INTRODUCED, TODAY)
    (follow_up,) = ws.referrals.follow_ups(rid)
    assert follow_up.due_on == TODAY + timedelta(weeks=4)


def test_stage_changes_refused_backwards_after_closing_and_before_last_date(
    local_workspace: Workspace,
) -> None:
    ws = local_workspace
    n = need(ws, org(ws, "Suchend GmbH"))
    (rid,) = refer(ws, n, org(ws, "Partner"))
    ws.referrals.change_stage(rid, ReferralStage.FIRST_MEETING, TODAY)
    with pytest.raises(ValidationError, match="cannot follow"):
        ws.referrals.change_stage(rid, ReferralStage.INTRODUCED, TODAY)
    with pytest.raises(ValidationError, match="before the previous"):
        ws.referrals.change_stage(rid, ReferralStage.DECLINED, TODAY - timedelta(days=1))
    with pytest.raises(ValidationError, match="future"):
        ws.referrals.change_stage(rid, ReferralStage.DECLINED, TODAY + timedelta(days=1))
    ws.referrals.change_stage(rid, ReferralStage.DECLINED, TODAY)
    with pytest.raises(ValidationError, match="closed"):
        ws.referrals.change_stage(rid, ReferralStage.COOPERATION_AGREED, TODAY)


def test_declined_referral_reopens_the_need(local_workspace: Workspace) -> None:
    ws = local_workspace
    n = need(ws, org(ws, "Suchend GmbH"))
    (rid,) = refer(ws, n, org(ws, "Partner"))
    ws.referrals.change_stage(rid, ReferralStage.DECLINED, TODAY, "Keine Kapazität")
    assert ws.needs.detail(n).draft.status == NeedStatus.OPEN


def test_overdue_follow_ups_are_listed(local_workspace: Workspace) -> None:
    ws = local_workspace
    n = need(ws, org(ws, "Suchend GmbH"))
    (old,) = refer(ws, n, org(ws, "Partner A"), on=TODAY - timedelta(days=40))
    refer(ws, n, org(ws, "Partner B"))
    assert [f.referral_id for f in ws.referrals.overdue_follow_ups()] == [old]


def test_referral_list_filters_by_stage(local_workspace: Workspace) -> None:
    ws = local_workspace
    n = need(ws, org(ws, "Suchend GmbH"))
    a, b = refer(ws, n, org(ws, "Partner A"), org(ws, "Partner B"))
    ws.referrals.change_stage(b, ReferralStage.INTRODUCED, TODAY)
    query = ListQuery(filters=(("stages", (ReferralStage.INTRODUCED,)),))
    assert ws.referral_list.count(query) == 1
    assert [r.id for r in ws.referral_list.page(query, 0, 10)] == [b]
    assert ws.referral_list.page(ListQuery(text="partner a"), 0, 10)[0].id == a


def test_institution_only_referrals_are_hidden_from_other_institutions(
    local_workspace: Workspace,
) -> None:
    ws = local_workspace
    n = need(ws, org(ws, "Suchend GmbH"))
    ws.referrals.create(
        ReferralDraft(n, [PartnerChoice(org(ws, "Partner"))], visibility=Visibility.INSTITUTION)
    )
    other = Workspace(ws.db, Actor(None, uuid.uuid4(), "andere"))
    assert ws.referral_list.count(ListQuery()) == 1
    assert other.referral_list.count(ListQuery()) == 0
    assert other.referrals.overdue_follow_ups(TODAY + timedelta(weeks=5)) == []


def test_referral_chain_is_traceable_from_any_link(local_workspace: Workspace) -> None:
    ws = local_workspace
    a, b, c = org(ws, "A GmbH"), org(ws, "B GmbH"), org(ws, "C GmbH")
    (ab,) = refer(ws, need(ws, a), b)
    b_need = need(ws, b, topic="Folgebedarf von B", from_referral_id=ab)
    (bc,) = refer(ws, b_need, c)
    for start in (ab, bc):
        chain = ws.referral_list.chain(start)
        assert [(link.organisation, link.partner, link.depth) for link in chain] == [
            ("A GmbH", "B GmbH", 0),
            ("B GmbH", "C GmbH", 1),
        ]


def test_organisation_with_referrals_reports_its_dependants(local_workspace: Workspace) -> None:
    ws = local_workspace
    firm, partner = org(ws, "Suchend GmbH"), org(ws, "Partner")
    (rid,) = refer(ws, need(ws, firm), partner)
    agree(ws, rid)
    ws.cooperations.create(
        CooperationDraft(title="FuE", **_partners(ws.cooperations.draft_for_referral(rid)))
    )
    deps = ws.referrals.dependants(partner)
    assert (deps.needs, deps.referrals, deps.cooperations) == (0, 1, 1)
    ws.organisations.delete(partner)  # soft: the referral keeps pointing at it
    assert ws.referral_list.detail(rid).partner == "Partner"


def _partners(draft: CooperationDraft) -> dict[str, object]:
    return {"referral_id": draft.referral_id, "partners": draft.partners}


# --- cooperations --------------------------------------------------------------------------------


def test_cooperation_is_recorded_with_value_and_partners(local_workspace: Workspace) -> None:
    ws = local_workspace
    (rid,) = refer(ws, need(ws, org(ws, "Suchend GmbH")), org(ws, "Partner"))
    agree(ws, rid)
    draft = ws.cooperations.draft_for_referral(rid)
    draft.kind = CooperationKind.FUNDING_APPLICATION
    draft.title = "ZIM-Kooperationsprojekt"
    draft.starts_on, draft.ends_on = "01.01.2027", "31.12.2028"
    draft.value_eur = "250.000,00"
    draft.funding_programme = "ZIM"
    cid = ws.cooperations.create(draft)
    detail = ws.cooperations.detail(cid)
    assert detail.partner_names == ["Suchend GmbH", "Partner"]
    assert detail.draft.value_eur == "250000,00"
    assert ws.referral_list.detail(rid).cooperations[0].value_eur == Decimal("250000.00")


def test_cooperation_ending_before_start_or_negative_value_is_refused(
    local_workspace: Workspace,
) -> None:
    draft = CooperationDraft(
        title="FuE", starts_on="01.02.2027", ends_on="01.01.2027", value_eur="-5,00"
    )
    with pytest.raises(ValidationError) as err:
        local_workspace.cooperations.create(draft)
    assert err.value.errors == {
        "ends_on": "Ends before it begins",
        "value_eur": "The value cannot be negative",
    }
