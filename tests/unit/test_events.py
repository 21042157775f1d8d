"""Events of the network: a Branchentreff from the target group to the funding report, on the
local file, with the command line run as a second process where a user would use it."""

from __future__ import annotations

import io
from datetime import date, timedelta
from pathlib import Path

import pdfplumber
import pytest

from indie_desktop.domain.enums import (
    ConsentScope,
    EmployeeBand,
    LegalBasis,
    ParticipantStatus,
    Salutation,
    TargetSubject,
)
from indie_desktop.domain.errors import NotFound
from indie_desktop.domain.outcomes import Filters, Period
from indie_desktop.domain.privacy import Purpose
from indie_desktop.printing.templates import TemplateError
from indie_desktop.services.directory.timeline import EntryKind
from indie_desktop.services.events.criteria import Criteria
from indie_desktop.services.privacy.protection import ConsentDraft
from indie_desktop.services.work.activities import VisitDraft
from indie_desktop.services.work.needs import NeedDraft
from indie_desktop.services.workspace import Workspace
from tests.events_scenario import MM, Network, branchentreff, cli, org, pdf_text, person
from tests.unit.import_files import CP1252_CSV, OUTLOOK_DE_CSV


def test_a_branchentreff_from_target_group_to_funding_report_on_the_local_file(
    local_workspace: Workspace, tmp_path: Path
) -> None:
    ws = local_workspace
    net = Network(ws)
    event = branchentreff(ws)
    # A saved target group: metalworking companies in Hagen and the EN-Kreis.
    assert ws.target_groups.count(net.metal_group()) == 2
    ws.target_groups.save("Metall Hagen + EN", net.metal_group())
    # Invitations: letters with the event's date, place and deadline; both are invited.
    invited = ws.event_invitations.invite(event, target_group="Metall Hagen + EN")
    assert invited.letters == 2 and invited.added.added == 2 and not invited.skipped
    letters = pdf_text(invited.pdf)
    detail = ws.events.detail(event)
    assert detail.draft.date in letters and "SIHK Hagen, Bahnhofstraße 18" in letters
    assert detail.draft.registration_deadline in letters and "Sehr geehrter Herr Yıldız" in letters
    # The registrations come as the German Excel list of a colleague (cp1252, semicolons):
    # Jürgen Müller is new (created, with his company), Zoë Ñúñez is matched by name.
    (tmp_path / "anmeldungen.csv").write_bytes(
        CP1252_CSV.replace(b"Wei\xdf & S\xf6hne KG", b"Hochschule Bochum")
    )
    data_dir = Path(ws.db.path).parent  # type: ignore[arg-type]
    done = cli(
        "import",
        str(tmp_path / "anmeldungen.csv"),
        "--event",
        str(event),
        "--data-dir",
        str(data_dir),
        cwd=tmp_path,
    )
    assert done.returncode == 0, done.stderr
    assert "2 registered" in done.stdout and "1 people" in done.stdout
    rows = {r.name: r for r in ws.participants.participants(event)}
    assert rows["Zoë Ñúñez"].status == ParticipantStatus.REGISTERED
    assert rows["Jürgen Müller"].organisation == "Müller Präzisionstechnik GmbH"
    assert rows["Şükrü Yıldız"].status == ParticipantStatus.INVITED
    # Şükrü registers by phone; the attendance list and the badges show the registered only.
    ws.participants.set_status(rows["Şükrü Yıldız"].id, ParticipantStatus.REGISTERED)
    attendance = pdf_text(ws.printing.attendance_list(project_id=event))
    assert "Unterschrift" in attendance and "Teilnehmende (3)" in attendance
    assert "Wiśniewski" not in attendance  # invited, not registered
    badges = cli(
        "events",
        "badges",
        "--event",
        str(event),
        "--out",
        str(tmp_path / "badges.pdf"),
        "--data-dir",
        str(data_dir),
        cwd=tmp_path,
    )
    assert badges.returncode == 0, badges.stderr
    badge_text = pdf_text((tmp_path / "badges.pdf").read_bytes())
    assert "Şükrü Yıldız" in badge_text and "Zoë Ñúñez" in badge_text
    # On the day: ticked off from the command line (a second process) and in the app.
    ticked = cli(
        "events",
        "status",
        "--event",
        str(event),
        "--person",
        str(net.sukru),
        "--set",
        "teilgenommen",
        "--data-dir",
        str(data_dir),
        cwd=tmp_path,
    )
    assert ticked.returncode == 0, ticked.stderr
    ws.participants.set_status(rows["Zoë Ñúñez"].id, ParticipantStatus.ATTENDED)
    # After: Jürgen Müller did not come; follow-up tasks and thank-you letters.
    assert ws.participants.close_attendance(event) == 1
    assert ws.participants.follow_up_tasks(event) == 3  # the event + two organisations
    assert ws.participants.follow_up_tasks(event) == 0  # not made twice
    thanks = ws.event_invitations.thank_you(event)
    assert thanks.letters == 2 and "Vielen Dank für Ihre Teilnahme" in pdf_text(thanks.pdf)
    # The dashboard and the funding report count the event.
    period = Period(date.today() - timedelta(days=1), date.today() + timedelta(days=60))
    figures = ws.dashboard.figures(period, Filters()).events
    assert (figures.events, figures.participants, figures.organisations) == (1, 2, 2)
    assert figures.registered == 2 and figures.by_kind == {"sector_meeting": 1}
    assert figures.first_contacts == 2  # nobody had met them before
    from indie_desktop.printing.report_funding import funding_report_pdf

    report = pdf_text(funding_report_pdf(ws.funding_report.build(period)))
    assert "Veranstaltungen des Netzwerks" in report
    assert "Über Veranstaltungen erreichte Organisationen 2" in report


def test_invitations_skip_who_objected_or_lacks_consent_and_list_them(
    local_workspace: Workspace,
) -> None:
    ws = local_workspace
    net = Network(ws)
    consent_only = person(
        ws, "Ohne", "Einwilligung", net.yildiz_gmbh, legal_basis=LegalBasis.CONSENT
    )
    with_consent = person(
        ws, "Mit", "Einwilligung", net.wisniewski_kg, legal_basis=LegalBasis.CONSENT
    )
    ws.privacy.add_consent(
        with_consent,
        ConsentDraft(scope=ConsentScope.EVENT_INVITATIONS, given_on="01.01.2026"),
    )
    ws.privacy.add_objection(net.sukru, Purpose.EVENT_INVITATIONS, "01.09.2026")
    event = branchentreff(ws)
    result = ws.event_invitations.invite(
        event, person_ids=[net.sukru, consent_only, with_consent, net.lukasz]
    )
    skipped = {name: reason for _pid, name, reason in result.skipped}
    assert skipped == {
        "Şükrü Yıldız": "Objection since 01.09.2026",
        "Ohne Einwilligung": "No consent for this purpose",
    }
    invited = {r.name for r in ws.participants.participants(event)}
    assert invited == {"Mit Einwilligung", "Łukasz Wiśniewski"}
    assert result.letters == 2


def test_a_full_event_puts_registrations_on_the_waiting_list_and_moves_them_up(
    local_workspace: Workspace,
) -> None:
    ws = local_workspace
    net = Network(ws)
    event = branchentreff(ws, capacity="2")
    added = ws.participants.add(
        event, [net.sukru, net.lukasz, net.zoe], status=ParticipantStatus.REGISTERED
    )
    assert (added.added, added.waitlisted) == (3, 1)
    rows = {r.name: r for r in ws.participants.participants(event)}
    assert rows["Zoë Ñúñez"].status == ParticipantStatus.WAITLISTED
    ws.participants.set_status(rows["Łukasz Wiśniewski"].id, ParticipantStatus.CANCELLED)
    rows = {r.name: r for r in ws.participants.participants(event)}
    assert rows["Zoë Ñúñez"].status == ParticipantStatus.REGISTERED
    steps = ws.participants.history(rows["Zoë Ñúñez"].id)
    assert [s.status for s in steps] == [ParticipantStatus.WAITLISTED, ParticipantStatus.REGISTERED]
    assert {s.by for s in steps} == {"Şükrü Yıldız"}  # the registered user of the fixture
    assert steps[0].changed_at <= steps[1].changed_at
    # Adding someone twice leaves them as they are.
    again = ws.participants.add(event, [net.zoe])
    assert (again.added, again.already) == (0, 1)


def test_registrations_from_an_outlook_export_match_people_and_list_unknown_rows(
    local_workspace: Workspace, tmp_path: Path
) -> None:
    ws = local_workspace
    event = branchentreff(ws)
    sensorik = org(ws, "Ruhr Sensorik GmbH", "Bochum")
    anna = person(ws, "Anna", "Schröder", sensorik, salutation=Salutation.FRAU)
    path = tmp_path / "outlook.csv"
    path.write_bytes(OUTLOOK_DE_CSV)
    result = ws.registrations.run(event, path)
    assert (result.registered, result.people_created, result.organisations_created) == (1, 0, 0)
    (row,) = ws.participants.participants(event)
    assert row.person_id == anna and row.notes == "Kontakt über Messe"
    # Unknown people are listed instead of created when told so.
    other = tmp_path / "google.csv"
    other.write_bytes(b"Vorname;Nachname;Firma\r\nZo\xc3\xab;\xc3\x91\xc3\xba\xc3\xb1ez;X AG\r\n")
    listed = ws.registrations.run(event, other, create_new=False)
    assert listed.registered == 0 and [u.row for u in listed.unused] == [2]
    assert "nobody" in listed.unused[0].reason


def test_target_group_criteria_select_what_the_filter_panel_says(
    local_workspace: Workspace,
) -> None:
    ws = local_workspace
    net = Network(ws)
    tg = ws.target_groups
    base = net.metal_group()
    from dataclasses import replace

    assert set(tg.ids(base)) == {net.yildiz_gmbh, net.wisniewski_kg}
    assert tg.ids(replace(base, employee_bands=(EmployeeBand.SMALL.value,))) == [net.yildiz_gmbh]
    assert tg.count(replace(base, wz=("25.6",))) == 2 and tg.count(replace(base, wz=("22",))) == 1
    assert tg.count(replace(base, wz=("C",))) == 3  # the section: plastics are manufacturing
    ws.needs.create(NeedDraft(organisation_id=net.wisniewski_kg, topic="Prüfstand"))
    assert tg.ids(replace(base, open_needs=True)) == [net.wisniewski_kg]
    ws.activities.record_visit(
        VisitDraft(
            date=date.today().strftime("%d.%m.%Y"),
            time="10:00",
            subject="Besuch",
            organisation_ids=[net.yildiz_gmbh],
        )
    )
    last_year = date.today() - timedelta(days=365)
    assert tg.ids(replace(base, contact_after=last_year)) == [net.yildiz_gmbh]
    assert tg.ids(replace(base, contact_before=last_year)) == [net.wisniewski_kg]
    people = replace(base, subject=TargetSubject.PERSON)
    assert set(tg.ids(people)) == {net.sukru, net.lukasz}
    event = branchentreff(ws)
    ws.participants.add(event, [net.lukasz], status=ParticipantStatus.ATTENDED)
    assert tg.ids(replace(people, attended_event_id=event)) == [net.lukasz]
    assert tg.ids(replace(base, attended_event_id=event)) == [net.wisniewski_kg]
    # Saved: private ones only for their author; the criteria come back as saved.
    tg.save("Meine Liste", replace(base, tags=("Leichtbau",)), shared=False)
    assert [g.name for g in tg.groups()] == ["Meine Liste"]
    assert tg.by_name("meine liste").criteria.tags == ("Leichtbau",)
    with pytest.raises(NotFound):
        tg.by_name("Gibt es nicht")


def test_the_institution_saves_its_own_invitation_text(local_workspace: Workspace) -> None:
    ws = local_workspace
    net = Network(ws)
    event = branchentreff(ws)
    shipped = ws.event_invitations.template_text()
    assert not shipped.own and "{event_place}" in shipped.body
    with pytest.raises(TemplateError):
        ws.event_invitations.save_template(shipped.name, shipped.subject, "am {event_datum}")
    ws.event_invitations.save_template(
        shipped.name, "Einladung: {event_name}", "Treffpunkt {event_place}, {event_time} Uhr."
    )
    own = ws.event_invitations.template_text()
    assert own.own and own.subject == "Einladung: {event_name}"
    text = pdf_text(ws.event_invitations.invite(event, person_ids=[net.zoe]).pdf)
    assert "Treffpunkt SIHK Hagen, Bahnhofstraße 18, 17:30 Uhr." in text


def test_badges_fill_the_l4785_sheet_two_across_five_down(local_workspace: Workspace) -> None:
    ws = local_workspace
    net = Network(ws)
    event = branchentreff(ws)
    ws.participants.add(
        event, [net.sukru, net.lukasz, net.zoe], status=ParticipantStatus.REGISTERED
    )
    with pdfplumber.open(io.BytesIO(ws.printing.badges(event, "L4785"))) as pdf:
        page = pdf.pages[0]
        words = {w["text"]: w for w in page.extract_words()}

    # Name centred in its 80 mm badge: first column 17-97 mm, second 113-193 mm.
    def centre(word: str) -> float:
        return (words[word]["x0"] + words[word]["x1"]) / 2 / MM

    assert 20 < centre("Ñúñez") < 95  # first badge (by last name: Ñúñez, Wiśniewski, Yıldız)
    assert 116 < centre("Wiśniewski") < 190


def test_taking_part_shows_on_the_timeline_of_person_and_organisation(
    local_workspace: Workspace,
) -> None:
    ws = local_workspace
    net = Network(ws)
    event = branchentreff(ws)
    ws.participants.add(event, [net.sukru], status=ParticipantStatus.REGISTERED)
    (entry,) = ws.timeline.for_person(net.sukru, kinds=[EntryKind.EVENT]).entries
    assert entry.title == "Branchentreff Metall Südwestfalen" and entry.subkind == "registered"
    (org_entry,) = ws.timeline.for_organisation(net.yildiz_gmbh, kinds=[EntryKind.EVENT]).entries
    assert org_entry.record_id == entry.record_id


def test_print_labels_mail_merge_and_export_take_a_target_group(
    local_workspace: Workspace, tmp_path: Path
) -> None:
    ws = local_workspace
    net = Network(ws)
    ws.target_groups.save("Metall", net.metal_group())
    data_dir = str(Path(ws.db.path).parent)  # type: ignore[arg-type]
    labels = cli(
        "print",
        "labels",
        "--target-group",
        "Metall",
        "--out",
        str(tmp_path / "l.pdf"),
        "--data-dir",
        data_dir,
        cwd=tmp_path,
    )
    assert labels.returncode == 0, labels.stderr
    text = pdf_text((tmp_path / "l.pdf").read_bytes())
    assert "Yıldız Metallbau GmbH" in text and "Kunststoff" not in text
    export = cli(
        "export",
        "--what",
        "organisations",
        "--format",
        "csv",
        "--target-group",
        "Metall",
        "--out",
        str(tmp_path / "o.csv"),
        "--data-dir",
        data_dir,
        cwd=tmp_path,
    )
    assert export.returncode == 0, export.stderr
    csv_text = (tmp_path / "o.csv").read_text("utf-8-sig")
    assert "Wiśniewski Stahlbau KG" in csv_text and "Hochschule Bochum" not in csv_text
    unknown = cli(
        "print",
        "mail-merge",
        "--template",
        "netzwerk_information",
        "--target-group",
        "Nix",
        "--out",
        str(tmp_path / "m.pdf"),
        "--data-dir",
        data_dir,
        cwd=tmp_path,
    )
    assert unknown.returncode == 2 and "no target group named “Nix”" in unknown.stderr


def test_events_list_and_show_in_german(local_workspace: Workspace, tmp_path: Path) -> None:
    ws = local_workspace
    net = Network(ws)
    event = branchentreff(ws, capacity="40")
    ws.participants.add(event, [net.zoe], status=ParticipantStatus.REGISTERED)
    data_dir = str(Path(ws.db.path).parent)  # type: ignore[arg-type]
    listed = cli("events", "list", "--data-dir", data_dir, cwd=tmp_path)
    assert listed.returncode == 0 and "Branchentreff Metall Südwestfalen" in listed.stdout
    assert "angemeldet 1/40" in listed.stdout
    shown = cli("events", "show", str(event), "--data-dir", data_dir, cwd=tmp_path)
    assert "Kosten: 1.250,50\u00a0€" in shown.stdout and "Zoë Ñúñez" in shown.stdout
    assert "Anmeldeschluss: " + ws.events.detail(event).draft.registration_deadline in shown.stdout


def test_tagging_a_whole_target_group_is_audited_and_undone_as_one_step(
    local_workspace: Workspace,
) -> None:
    from indie_desktop.domain.errors import Cancelled
    from indie_desktop.services.history import HistoryService

    ws = local_workspace
    net = Network(ws)
    ids = ws.target_groups.ids(net.metal_group())
    change = ws.bulk.tag(ids, "Leichtbau")
    assert change.changed == 2
    assert ws.organisations.detail(net.yildiz_gmbh).draft.tags_text == "Leichtbau"
    again = ws.bulk.tag(ids, "leichtbau")  # already tagged: nothing changes
    assert again.changed == 0
    history = HistoryService(ws.db).history("organisation", net.wisniewski_kg)
    assert history[0].who == "Şükrü Yıldız" and history[0].changes[0].field == "tags_text"
    assert ws.target_groups.count(replace_tags(net.metal_group(), "Leichtbau")) == 2
    # The search index took the tag along (set-based, not through the row triggers): the
    # list filter finds the firms by the tag's word start, beside their names' inner words.
    from indie_desktop.services.listing import ListQuery

    assert ws.organisations.count(ListQuery(text="leichtb")) == 2
    assert ws.organisations.count(ListQuery(text="stahlbau leichtbau")) == 1
    assert ws.organisations.count(ListQuery(text="metallbau")) == 1  # inside "Yıldız Metallbau"
    found = {h.id for h in ws.search.search("Leichtbau").hits}
    assert found == {net.yildiz_gmbh, net.wisniewski_kg}
    ws.bulk.undo(change)
    assert ws.organisations.detail(net.yildiz_gmbh).draft.tags_text == ""
    assert ws.organisations.count(ListQuery(text="leichtb")) == 0
    assert not ws.search.search("Leichtbau").hits
    plastics = ws.organisations.detail(net.plastics)
    ws.organisations.update(  # a single edit afterwards still reaches the index (trigger back)
        net.plastics, replace_draft(plastics.draft, tags_text="Leichtbau"), plastics.version
    )
    assert ws.organisations.count(ListQuery(text="leichtb")) == 1
    with pytest.raises(Cancelled):
        ws.bulk.tag(ids, "Wasserstoff", cancelled=lambda: True)
    assert ws.organisations.detail(net.yildiz_gmbh).draft.tags_text == ""


def replace_draft(draft: object, **changes: object) -> object:
    from dataclasses import replace

    return replace(draft, **changes)  # type: ignore[type-var]


def replace_tags(c: Criteria, tag: str) -> Criteria:
    from dataclasses import replace

    return replace(c, tags=(tag,))


def test_erasing_a_person_empties_the_notes_of_their_participations(
    local_workspace: Workspace,
) -> None:
    ws = local_workspace
    net = Network(ws)
    event = branchentreff(ws)
    ws.participants.add(
        event, [net.lukasz], status=ParticipantStatus.REGISTERED, notes="Rollstuhl, glutenfrei"
    )
    ws.privacy.erase(net.lukasz, ws.privacy.erasure_mentions(net.lukasz))
    with ws.db.session() as s:
        from sqlalchemy import select

        from indie_desktop.domain.models import ProjectParticipant

        (notes,) = s.scalars(
            select(ProjectParticipant.notes).where(ProjectParticipant.project_id == event)
        ).all()
    assert notes is None


def test_co_organisers_are_the_networks_institutions_and_the_migration_keeps_the_old_text(
    tmp_path: Path,
) -> None:
    """Before 0016 co-organisers were free text. Upgrading turns the names of network
    institutions into the institutions and keeps the rest as text; the event form's draft
    carries them; the list shows both."""
    from alembic import command
    from sqlalchemy import text

    from indie_desktop.services.directory.staff import DirectoryService
    from indie_desktop.services.events.events import EventDraft
    from indie_desktop.store.database import alembic_config, open_local

    db = open_local(tmp_path)
    directory = DirectoryService(db)
    directory.register_local_user(directory.institution_choices()[0], "Şükrü", "Yıldız")
    for choice in directory.institution_choices():  # the network's members, as in the form
        if choice.short_name in ("SIHK Hagen", "HWK Dortmund"):
            directory.ensure_institution(choice)
    choices = {c.short_name: c.id for c in directory.institution_choices() if c.id}
    ws = Workspace(db, directory.local_actor())
    day = (date.today() + timedelta(days=30)).strftime("%d.%m.%Y")
    old = ws.events.create(EventDraft(name="Messe Hannover 2027", date=day))
    with db.engine.begin() as conn:
        command.downgrade(alembic_config(conn), "0015_i24_universities")
        conn.execute(
            text("UPDATE project SET co_organisers = :t WHERE id = :id"),
            {"t": "SIHK Hagen und Handwerkskammer Dortmund; Łódź Business Club", "id": old.hex},
        )
        command.upgrade(alembic_config(conn), "head")
    detail = ws.events.detail(old)
    assert detail.draft.co_organiser_ids == (choices["SIHK Hagen"], choices["HWK Dortmund"])
    assert detail.draft.co_organisers == "Łódź Business Club"
    assert detail.co_organisers_text == "SIHK Hagen, HWK Dortmund, Łódź Business Club"
    # A new event names institutions picked from the list; the lead is not its own co-organiser.
    lead = directory.local_actor().institution_id
    new = ws.events.create(
        EventDraft(
            name="Branchentreff",
            date=day,
            lead_institution_id=lead,
            co_organiser_ids=(choices["SIHK Hagen"], lead),  # type: ignore[arg-type]
        )
    )
    assert ws.events.detail(new).draft.co_organiser_ids == (choices["SIHK Hagen"],)
    shown = cli("events", "show", str(new), "--data-dir", str(tmp_path), cwd=tmp_path)
    assert "Mitveranstalter: SIHK Hagen" in shown.stdout
    db.dispose()


def test_invitations_go_out_as_email_drafts_from_the_command_line_with_the_events_details(
    local_workspace: Workspace, tmp_path: Path
) -> None:
    from indie_desktop.interchange.mail import read_mail_file

    ws = local_workspace
    net = Network(ws)
    event = branchentreff(ws)
    ws.target_groups.save("Metall Hagen + EN", net.metal_group())
    ws.event_invitations.save_template(
        "einladung_veranstaltung",
        "Einladung: {event_name} am {event_date}",
        "wir laden Sie herzlich ein: {event_place}, Anmeldung bis {registration_deadline}.",
    )
    data_dir = str(Path(ws.db.path).parent)  # type: ignore[arg-type]
    drafts = tmp_path / "Entwürfe"
    done = cli(
        "events",
        "invite",
        "--event",
        str(event),
        "--target-group",
        "Metall Hagen + EN",
        "--drafts",
        str(drafts),
        "--data-dir",
        data_dir,
        cwd=tmp_path,
    )
    assert done.returncode == 0, done.stderr
    assert "1 e-mail draft(s)" in done.stdout
    assert "Łukasz" in done.stderr  # no e-mail address: listed, not invited
    files = sorted(drafts.glob("*.eml"))
    assert len(files) == 1 and b"\r\nX-Unsent: 1\r\n" in files[0].read_bytes()
    mail = read_mail_file(files[0])
    detail = ws.events.detail(event).draft
    assert mail.subject == f"Einladung: Branchentreff Metall Südwestfalen am {detail.date}"
    assert "SIHK Hagen, Bahnhofstraße 18" in mail.text
    assert f"Anmeldung bis {detail.registration_deadline}" in mail.text
    invited = {r.name: r.status for r in ws.participants.participants(event)}
    assert invited == {"Şükrü Yıldız": ParticipantStatus.INVITED}


def test_invitation_letters_of_an_event_as_word_from_the_command_line(
    local_workspace: Workspace, tmp_path: Path
) -> None:
    """`events invite --format docx` (issue 23): the invitations of a target group as one Word
    document with the event's details, to adjust in Word."""
    from indie_desktop.interchange.docx_template import document_text

    ws = local_workspace
    net = Network(ws)
    event = branchentreff(ws)
    ws.target_groups.save("Metall Hagen + EN", net.metal_group())
    data_dir = Path(ws.db.path).parent  # type: ignore[arg-type]
    out = tmp_path / "Einladungen Branchentreff.docx"
    done = cli(
        "events",
        "invite",
        "--event",
        str(event),
        "--target-group",
        "Metall Hagen + EN",
        "--format",
        "docx",
        "--out",
        str(out),
        "--data-dir",
        str(data_dir),
        cwd=tmp_path,
    )
    assert done.returncode == 0, done.stderr
    text = document_text(out.read_bytes())
    assert "Sehr geehrter Herr Yıldız" in text and "SIHK Hagen, Bahnhofstraße 18" in text
    assert text.count("Sehr geehrter Herr") == 2  # a letter to each of the two
