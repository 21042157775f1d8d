"""Recording visits: the activity, its people, the needs found and the agreed next steps."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

import pytest
from sqlalchemy import select

from indie_desktop.domain.enums import ActivityKind, Urgency, Visibility
from indie_desktop.domain.errors import ValidationError
from indie_desktop.domain.models import Activity, Institution, Need, Person, Task
from indie_desktop.services.directory.organisations import OrganisationDraft
from indie_desktop.services.listing import ListQuery
from indie_desktop.services.work.activities import VisitDraft
from indie_desktop.services.work.visit_parts import NeedFound, NextStep, PersonMet
from indie_desktop.services.workspace import Workspace


@pytest.fixture
def org(local_workspace: Workspace) -> uuid.UUID:
    return local_workspace.organisations.create(
        OrganisationDraft(name="Yıldız Metallbau GmbH", city="Dortmund")
    )


def visit(org: uuid.UUID | None, **kw: object) -> VisitDraft:
    draft = VisitDraft(
        date="24.11.2026",
        time="14:05",
        subject="Erstbesuch",
        organisation_ids=[org] if org else [],
    )
    for key, value in kw.items():
        setattr(draft, key, value)
    return draft


def test_visit_turns_needs_into_need_records_and_steps_into_tasks(
    local_workspace: Workspace, org: uuid.UUID
) -> None:
    ws = local_workspace
    staff = ws.actor.staff_id
    draft = visit(
        org,
        situation="Neue Halle in Planung",
        needs=[
            NeedFound("Laserschweißen", "Dünnbleche", "Fügetechnik", "25.62", Urgency.HIGH),
            NeedFound("Förderung", wanted_competence="ZIM-Antrag"),
        ],
        next_steps=[NextStep("Kontakt zur FH herstellen", "01.12.2026", staff)],
    )
    activity_id = ws.activities.record_visit(draft)
    with ws.db.session() as s:
        activity = s.get(Activity, activity_id)
        assert activity is not None
        assert activity.occurred_at == datetime(2026, 11, 24, 13, 5, tzinfo=UTC)  # CET = UTC+1
        assert "Laserschweißen" in (activity.needs_found or "")
        needs = s.scalars(select(Need).order_by(Need.topic)).all()
        assert [n.topic for n in needs] == ["Förderung", "Laserschweißen"]
        assert all(
            n.found_in_activity_id == activity_id and n.organisation_id == org for n in needs
        )
        assert needs[1].wanted_wz_code == "25.62" and needs[1].urgency == Urgency.HIGH
        task = s.scalars(select(Task)).one()
        assert task.title == "Kontakt zur FH herstellen"
        assert task.assignee_id == staff and task.linked_id == activity_id
    detail = ws.activities.detail(activity_id)
    assert detail.draft.date == "24.11.2026" and detail.draft.time == "14:05"
    assert detail.draft.staff_ids == [] and len(detail.draft.needs) == 2


def test_visit_without_organisation_is_refused_with_a_field_message(
    local_workspace: Workspace,
) -> None:
    with pytest.raises(ValidationError) as err:
        local_workspace.activities.record_visit(visit(None, needs=[NeedFound("x")]))
    assert "organisations" in err.value.errors
    with local_workspace.db.session() as s:
        assert s.scalars(select(Activity)).first() is None
        assert s.scalars(select(Need)).first() is None


def test_event_needs_no_organisation(local_workspace: Workspace) -> None:
    local_workspace.activities.record_visit(visit(None, kind=ActivityKind.EVENT))


def test_every_bad_field_is_reported_at_once(local_workspace: Workspace, org: uuid.UUID) -> None:
    draft = visit(
        org,
        date="31.02.2026",
        time="25:00",
        subject="",
        needs=[NeedFound(""), NeedFound("ok", wanted_wz_code="99.99.9")],
        next_steps=[NextStep("Anruf", "morgen")],
    )
    with pytest.raises(ValidationError) as err:
        local_workspace.activities.record_visit(draft)
    assert set(err.value.errors) == {
        "date",
        "time",
        "subject",
        "needs.0.topic",
        "needs.1.wanted_wz_code",
        "next_steps.0.due_on",
    }


def test_new_visit_defaults_to_now_with_the_user_present(
    local_workspace: Workspace, org: uuid.UUID
) -> None:
    draft = local_workspace.activities.new_draft(org)
    assert draft.staff_ids == [local_workspace.actor.staff_id]
    assert draft.organisation_ids == [org]
    assert draft.organisation_labels == ["Yıldız Metallbau GmbH"]
    assert len(draft.date) == 10 and len(draft.time) == 5


def test_person_met_for_the_first_time_is_created_at_the_organisation(
    local_workspace: Workspace, org: uuid.UUID
) -> None:
    ws = local_workspace
    activity_id = ws.activities.record_visit(
        visit(org, people=[PersonMet(first_name="Ayşe", last_name="Kaya")])
    )
    with ws.db.session() as s:
        person = s.scalars(select(Person)).one()
        assert person.full_name.endswith("Ayşe Kaya")
    assert [p.person_id for p in ws.activities.detail(activity_id).draft.people] == [person.id]
    assert ws.people.detail(person.id).draft.affiliations[0].organisation_id == org
    (choice,) = ws.activities.people_choices("kaya")
    assert choice[0] == person.id and choice[1].startswith(person.full_name + " (")


def test_editing_a_visit_updates_removes_and_adds_needs_and_tasks(
    local_workspace: Workspace, org: uuid.UUID
) -> None:
    ws = local_workspace
    activity_id = ws.activities.record_visit(
        visit(org, needs=[NeedFound("A"), NeedFound("B")], next_steps=[NextStep("T1")])
    )
    detail = ws.activities.detail(activity_id)
    draft = detail.draft
    draft.needs[0].topic = "A2"
    del draft.needs[1]
    draft.needs.append(NeedFound("C"))
    draft.next_steps = []
    draft.subject = "Folgebesuch"
    ws.activities.update(activity_id, draft, detail.version)
    after = ws.activities.detail(activity_id).draft
    assert [n.topic for n in after.needs] == ["A2", "C"]
    assert after.next_steps == [] and after.subject == "Folgebesuch"


def test_deleted_visit_leaves_the_list_and_comes_back_on_restore(
    local_workspace: Workspace, org: uuid.UUID
) -> None:
    ws = local_workspace
    activity_id = ws.activities.record_visit(visit(org))
    query = ListQuery(sort="occurred_at", descending=True)
    assert [r.id for r in ws.activities.page(query, 0, 10)] == [activity_id]
    assert ws.activities.page(query, 0, 10)[0].organisation == "Yıldız Metallbau GmbH"
    ws.activities.delete(activity_id)
    assert ws.activities.count(query) == 0
    ws.activities.restore(activity_id)
    assert ws.activities.count(query) == 1


def test_activity_list_filters_by_organisation_name_and_kind(
    local_workspace: Workspace, org: uuid.UUID
) -> None:
    ws = local_workspace
    ws.activities.record_visit(visit(org))
    ws.activities.record_visit(visit(None, kind=ActivityKind.EVENT, subject="Branchentreff"))
    assert ws.activities.count(ListQuery(text="yildiz")) == 1
    assert ws.activities.count(ListQuery(filters=(("kinds", (ActivityKind.EVENT,)),))) == 1


def test_private_visits_of_another_institution_are_hidden(
    local_workspace: Workspace, org: uuid.UUID
) -> None:
    ws = local_workspace
    mine = ws.activities.record_visit(visit(org, visibility=Visibility.INSTITUTION))
    other = ws.activities.record_visit(visit(org, visibility=Visibility.INSTITUTION))
    with ws.db.session() as s:
        foreign = Institution(name="IHK zu Dortmund", short_name="IHK Do")
        s.add(foreign)
        s.flush()
        s.get(Activity, other).owner_institution_id = foreign.id  # type: ignore[union-attr]
    ids = [r.id for r in ws.activities.page(ListQuery(sort="occurred_at"), 0, 10)]
    assert ids == [mine]


def test_needs_list_is_ordered_by_the_day_found_and_follows_a_moved_visit(
    local_workspace: Workspace, org: uuid.UUID
) -> None:
    from datetime import date

    from indie_desktop.domain.formatting import to_berlin
    from indie_desktop.services.work.needs import NeedDraft

    ws = local_workspace
    early = ws.activities.record_visit(visit(org, date="02.03.2026", needs=[NeedFound("Fräsen")]))
    ws.activities.record_visit(visit(org, date="10.06.2026", needs=[NeedFound("Beschichten")]))
    typed = ws.needs.create(NeedDraft(organisation_id=org, topic="Förderung"))
    today = to_berlin(datetime.now(UTC)).date()

    def listed() -> list[tuple[str, date]]:
        rows = ws.needs.page(ListQuery(sort="found_on", descending=True), 0, 10)
        return [(r.topic, r.found_on) for r in rows]

    assert listed() == [
        ("Förderung", today),
        ("Beschichten", date(2026, 6, 10)),
        ("Fräsen", date(2026, 3, 2)),
    ]
    detail = ws.activities.detail(early)
    draft = detail.draft
    draft.date = "20.07.2026"
    ws.activities.update(early, draft, detail.version)
    assert listed()[1] == ("Fräsen", date(2026, 7, 20))
    assert ws.needs.detail(typed).found_on == today
    # Scrolling on (keyset paging from the last row shown) continues in the same order.
    first = ws.needs.page(ListQuery(sort="found_on", descending=True), 0, 2)
    rest = ws.needs.page(ListQuery(sort="found_on", descending=True), 2, 2, after=first[-1].id)
    assert [r.topic for r in rest] == ["Beschichten"]
