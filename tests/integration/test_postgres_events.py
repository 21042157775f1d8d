"""Events on the office server, as staff of two institutions (set up as the README says):
the Branchentreff from target group to funding report, and what each institution may see."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import text

from indie_desktop.domain.enums import ParticipantStatus, Visibility
from indie_desktop.domain.errors import NotFound, ValidationError
from indie_desktop.domain.outcomes import Filters, Period
from indie_desktop.services.events.events import EventDraft
from tests.events_scenario import Network, branchentreff, cli, pdf_text
from tests.integration.shared_fixtures import SharedServer, shared  # noqa: F401
from tests.unit.import_files import OUTLOOK_DE_CSV

pytestmark = pytest.mark.postgres


def test_a_branchentreff_on_the_office_server_as_staff(
    shared: SharedServer,  # noqa: F811
    tmp_path: Path,
) -> None:
    dortmund = shared.dortmund.workspace()
    hagen = shared.hagen.workspace()
    net = Network(dortmund)
    event = branchentreff(dortmund, capacity="30")
    dortmund.target_groups.save("Metall Hagen + EN", net.metal_group())
    dortmund.event_invitations.save_template(
        "einladung_veranstaltung", "Einladung: {event_name}", "Wir treffen uns in {event_place}."
    )
    invited = dortmund.event_invitations.invite(event, target_group="Metall Hagen + EN")
    assert invited.letters == 2 and "Wir treffen uns in SIHK Hagen" in pdf_text(invited.pdf)
    # Hagen sees neither Dortmund's target group nor its own letter text.
    assert hagen.target_groups.groups() == []
    with pytest.raises(NotFound):
        hagen.target_groups.by_name("Metall Hagen + EN")
    shipped = hagen.event_invitations.template_text()
    assert not shipped.own and "Ort: {event_place}" in shipped.body
    # Registrations from a colleague's Outlook export: Anna Schröder is new.
    path = tmp_path / "outlook.csv"
    path.write_bytes(OUTLOOK_DE_CSV)
    registered = dortmund.registrations.run(event, path)
    assert (registered.registered, registered.people_created) == (1, 1)
    # Hagen's colleague at the door ticks off Şükrü from the command line (own process,
    # own login, password from libpq's PGPASSWORD as on an office PC without the keyring).
    rows = {r.name: r for r in dortmund.participants.participants(event)}
    dortmund.participants.set_status(rows["Şükrü Yıldız"].id, ParticipantStatus.REGISTERED)
    ticked = cli(
        "events",
        "status",
        "--event",
        str(event),
        "--person",
        str(net.sukru),
        "--set",
        "teilgenommen",
        "--database",
        shared.hagen.url,
        cwd=tmp_path,
        env={"PGPASSWORD": shared.hagen.password},
    )
    assert ticked.returncode == 0, ticked.stderr
    steps = dortmund.participants.history(rows["Şükrü Yıldız"].id)
    assert [s.status for s in steps][-1] == ParticipantStatus.ATTENDED
    assert steps[-1].by == "Bernd Yılmaz" and steps[0].by == "Anna Schmidt"
    attendance = pdf_text(dortmund.printing.attendance_list(project_id=event))
    assert "Şükrü Yıldız" in attendance and "Anna Schröder" in attendance
    assert "Zoë" not in attendance
    assert "Şükrü Yıldız" in pdf_text(dortmund.printing.badges(event))
    assert dortmund.participants.close_attendance(event) == 1
    assert dortmund.participants.follow_up_tasks(event) == 2
    assert dortmund.event_invitations.thank_you(event).letters == 1
    period = Period(date.today() - timedelta(days=1), date.today() + timedelta(days=60))
    for ws in (dortmund, hagen):
        figures = ws.dashboard.figures(period, Filters()).events
        assert (figures.events, figures.participants, figures.first_contacts) == (1, 1, 1)
    from indie_desktop.printing.report_funding import funding_report_pdf

    report = pdf_text(funding_report_pdf(dortmund.funding_report.build(period)))
    assert "Teilnehmende 1" in report
    # The audit trail of the server names who changed the status.
    with dortmund.db.engine.connect() as conn:
        who = conn.execute(
            text("SELECT count(*) FROM audit_entry WHERE target_type = 'participant_status_change'")
        ).scalar_one()
    assert who >= 5
    dortmund.close()
    hagen.close()


def test_an_institution_only_event_and_its_participants_stay_with_the_institution(
    shared: SharedServer,  # noqa: F811
) -> None:
    dortmund = shared.dortmund.workspace()
    hagen = shared.hagen.workspace()
    net = Network(dortmund)
    day = (date.today() + timedelta(days=10)).strftime("%d.%m.%Y")
    internal = dortmund.events.create(
        EventDraft(name="Interner Workshop", date=day, visibility=Visibility.INSTITUTION)
    )
    dortmund.participants.add(internal, [net.sukru], status=ParticipantStatus.REGISTERED)
    assert [e.name for e in hagen.events.all()] == []
    with pytest.raises(NotFound):
        hagen.events.detail(internal)
    # Through psql as Hagen's staff: the rows are not there.
    out = shared.psql(shared.hagen, "SELECT count(*) FROM project_participant")
    assert out.returncode == 0 and out.stdout.strip() == "0"
    out = shared.psql(shared.hagen, "SELECT count(*) FROM participant_status_change")
    assert out.stdout.strip() == "0"
    dortmund.close()
    hagen.close()


def test_a_private_target_group_is_the_staff_members_own_not_the_colleagues(
    shared: SharedServer,  # noqa: F811
) -> None:
    """Issue 22: a saved group is "private or shared with the institution". Two staff logins
    of the same institution: the colleague sees the shared group but not the private one,
    neither in the app nor through her own SQL, and cannot change or delete it."""
    colleague_login = shared.add_staff("dortmund2", "WF Dortmund", "Zoë Ñúñez")
    anna = shared.dortmund.workspace()
    colleague = colleague_login.workspace()
    net = Network(anna)
    anna.target_groups.save("Metall (alle)", net.metal_group(), shared=True)
    anna.target_groups.save("Meine Anrufliste", net.metal_group(), shared=False)
    assert [g.name for g in anna.target_groups.groups()] == ["Meine Anrufliste", "Metall (alle)"]
    assert [g.name for g in colleague.target_groups.groups()] == ["Metall (alle)"]
    with pytest.raises(NotFound):
        colleague.target_groups.by_name("Meine Anrufliste")
    # Her own SQL on the server: the row is not there, and writing it changes nothing.
    out = shared.psql(colleague_login, "SELECT name FROM target_group ORDER BY name")
    assert out.returncode == 0, out.stderr
    assert out.stdout.split("\n")[0:1] == ["Metall (alle)"] and "Anrufliste" not in out.stdout
    out = shared.psql(
        colleague_login,
        "UPDATE target_group SET shared = true WHERE name = 'Meine Anrufliste' RETURNING id",
    )
    assert out.returncode == 0 and out.stdout.strip() == ""
    # Nor may she save a private group in Anna's name, or make Anna's shared one private.
    anna_id = anna.actor.staff_id
    out = shared.psql(
        colleague_login,
        "INSERT INTO target_group (id, name, subject, criteria, staff_id, shared, visibility, "
        "version, created_at, updated_at) VALUES (gen_random_uuid(), 'Untergeschoben', "
        f"'organisation', '{{}}', '{anna_id}', false, 'institution', 1, now(), now())",
    )
    assert out.returncode != 0 and "row-level security" in out.stderr
    with pytest.raises(ValidationError):
        colleague.target_groups.save("Metall (alle)", net.metal_group(), shared=False)
    # Anna's private list still works for her (an invitation uses it) after all of this.
    assert anna.target_groups.by_name("Meine Anrufliste").shared is False
    assert anna.target_groups.count(anna.target_groups.by_name("Meine Anrufliste").criteria) == 2
    anna.close()
    colleague.close()


def test_staff_of_another_institution_tag_the_networks_people_at_once_and_undo_it(
    shared: SharedServer,  # noqa: F811
) -> None:
    from indie_desktop.domain.enums import TargetSubject
    from indie_desktop.services.events.criteria import Criteria

    dortmund = shared.dortmund.workspace()
    hagen = shared.hagen.workspace()
    net = Network(dortmund)  # Dortmund's records, visible to the network
    change = hagen.people_tags.tag([net.sukru, net.zoe], "Messe Hannover")
    assert change.changed == 2
    assert dortmund.people_tags.tags_of(net.sukru) == ["Messe Hannover"]
    tagged = Criteria(subject=TargetSubject.PERSON, tags=("Messe Hannover",))
    assert set(dortmund.target_groups.ids(tagged)) == {net.sukru, net.zoe}
    # The server's own trail names Hagen's login for each link.
    out = shared.psql(
        shared.hagen, "SELECT count(*) FROM audit_entry WHERE target_type = 'tag_link'"
    )
    assert out.returncode == 0 and out.stdout.strip() == "2"
    hagen.people_tags.undo(change)
    assert dortmund.people_tags.tags_of(net.sukru) == []
    dortmund.close()
    hagen.close()
