"""Bedarfsradar (issue 24): a staff member produces a university's needs digest (PDF), carries
it, records the university's answer and turns a named unit into a referral; companies are named
only with their consent; the figures count carried needs, referrals and cooperations."""

from __future__ import annotations

import subprocess
from datetime import date
from pathlib import Path

from indie_desktop.domain.enums import CarriedAnswer, ConsentScope, ReferralStage
from indie_desktop.printing.needs_digest import write_needs_digest
from indie_desktop.services.contacts.people import AffiliationDraft, PersonDraft
from indie_desktop.services.listing import ListQuery
from indie_desktop.services.privacy.protection import ConsentDraft
from indie_desktop.services.workspace import Workspace
from tests.evaluation.partner_set import load
from tests.unit.test_partner_matching import MES_TOPIC


def pdf_text(path: Path) -> str:
    """The PDF's words, wrapped lines and table cells joined by single spaces."""
    raw = subprocess.run(
        ["pdftotext", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    return " ".join(raw.split())


def test_digest_carried_answered_and_turned_into_a_referral(
    local_workspace: Workspace, tmp_path: Path
) -> None:
    ws = local_workspace
    ids, _needs = load(ws)
    # The MES need's company (Präzisionstechnik Lenne) agreed to be named; the others did not.
    boss = ws.people.create(
        PersonDraft(
            first_name="Şükrü",
            last_name="Yıldız",
            affiliations=[AffiliationDraft(organisation_id=ids["c_cnc1"], role="Geschäftsführer")],
        )
    )
    ws.privacy.add_consent(
        boss, ConsentDraft(scope=ConsentScope.NAMED_TO_UNIVERSITIES, given_on="01.12.2026")
    )
    digest = ws.radar.digest(ids["tud"], today=date(2026, 12, 7))
    topics = {i.topic: i for i in digest.items}
    mes = topics[MES_TOPIC]
    assert mes.named and mes.company == "Präzisionstechnik Lenne GmbH"
    assert [u.name for u in mes.units] == ["Institut für Produktionssysteme (IPS)"]
    assert set(mes.units[0].terms) >= {"Fertigungsplanung", "MES"}
    wear = topics["Werkzeugverschleiß beim Fräsen verstehen, Standzeiten verlängern"]
    assert not wear.named
    assert wear.company == "Unternehmen aus Schwelm (WZ 25.50.2 Herstellung von Stanzteilen)" or (
        wear.company.startswith("Unternehmen aus Schwelm (WZ 25.50.2")
    )
    assert "Institut für Spanende Fertigung (ISF)" in [u.name for u in wear.units]
    assert "HACCP-Konzept überarbeiten, Hygieneaudit" not in topics  # fits no unit
    out = tmp_path / "Bedarfsradar TU Dortmund.pdf"
    write_needs_digest(digest, out, sender="Wirtschaftsförderung Dortmund")
    text = pdf_text(out)
    assert "Bedarfsradar für Technische Universität Dortmund" in text
    assert "Stand 07.12.2026" in text
    assert "Präzisionstechnik Lenne GmbH" in text
    assert "Stanztechnik Schwelm" not in text  # not named without consent
    assert "Unternehmen aus Schwelm" in text

    carried = ws.radar.carry(digest)
    assert len(carried) == len(digest.items)
    assert ws.radar.carry(digest) == []  # carried once per need and university
    rows = {r.topic: r for r in ws.radar.carried(ids["tud"])}
    assert rows[MES_TOPIC].answer == CarriedAnswer.PENDING
    referral = ws.radar.record_answer(
        rows[MES_TOPIC].id, CarriedAnswer.UNIT_NAMED, unit_id=ids["tud_ips"], on=date.today()
    )
    assert referral is not None
    detail = ws.referral_list.detail(referral)
    assert detail.stage == ReferralStage.PROPOSED
    (row,) = [r for r in ws.referral_list.page(ListQuery(), 0, 50) if r.id == referral]
    assert row.partner == "Institut für Produktionssysteme (IPS)"
    ws.radar.record_answer(rows[wear.topic].id, CarriedAnswer.DECLINED)
    after = {r.topic: r for r in ws.radar.carried(ids["tud"])}
    assert after[MES_TOPIC].answer == CarriedAnswer.UNIT_NAMED
    assert after[MES_TOPIC].unit == "Institut für Produktionssysteme (IPS)"
    assert after[MES_TOPIC].referral_id == referral
    for stage in (
        ReferralStage.INTRODUCED,
        ReferralStage.FIRST_MEETING,
        ReferralStage.COOPERATION_AGREED,
    ):
        ws.referrals.change_stage(referral, stage, date.today())
    figures = ws.radar.figures(date(2026, 1, 1), date(2026, 12, 31))
    assert figures.carried == len(digest.items)
    assert (figures.answered, figures.referred, figures.cooperations) == (2, 1, 1)


def test_a_unit_named_without_a_unit_is_refused(local_workspace: Workspace) -> None:
    import pytest

    from indie_desktop.domain.errors import ValidationError

    ws = local_workspace
    ids, _needs = load(ws)
    digest = ws.radar.digest(ids["rub"])
    (first, *_rest) = ws.radar.carry(digest)
    with pytest.raises(ValidationError) as err:
        ws.radar.record_answer(first, CarriedAnswer.UNIT_NAMED)
    assert "unit_id" in err.value.errors


def test_the_digest_as_a_word_document_names_only_consenting_companies(
    local_workspace: Workspace, tmp_path: Path
) -> None:
    import zipfile

    from indie_desktop.interchange.docx_template import document_text
    from indie_desktop.printing.needs_digest import needs_digest_docx

    ws = local_workspace
    ids, _needs = load(ws)
    boss = ws.people.create(
        PersonDraft(
            first_name="Zoë",
            last_name="Ñúñez",
            affiliations=[AffiliationDraft(organisation_id=ids["c_cnc1"], role="Inhaberin")],
        )
    )
    ws.privacy.add_consent(
        boss, ConsentDraft(scope=ConsentScope.NAMED_TO_UNIVERSITIES, given_on="01.12.2026")
    )
    digest = ws.radar.digest(ids["tud"], today=date(2026, 12, 7))
    data = needs_digest_docx(digest, sender="Łukasz Wiśniewski")
    with zipfile.ZipFile(__import__("io").BytesIO(data)) as z:
        assert z.testzip() is None and "word/document.xml" in z.namelist()
    text = " ".join(document_text(data).split())
    assert "Bedarfsradar für Technische Universität Dortmund" in text
    assert "Stand 07.12.2026, zusammengestellt von Łukasz Wiśniewski" in text
    assert MES_TOPIC in text and "Präzisionstechnik Lenne GmbH" in text
    assert "Stanztechnik Schwelm" not in text and "Unternehmen aus Schwelm" in text
    assert "Institut für Produktionssysteme (IPS) (Fertigungsplanung, MES" in text
    # LibreOffice, where installed, opens it as a Word document and finds the same table
    out = tmp_path / "radar.docx"
    out.write_bytes(data)
    import shutil

    office = shutil.which("soffice") or shutil.which("libreoffice")
    if office:
        subprocess.run(
            [office, "--headless", "--convert-to", "pdf", "--outdir", str(tmp_path), str(out)],
            capture_output=True,
            timeout=180,
            check=True,
        )
        converted = pdf_text(tmp_path / "radar.pdf")
        assert "Bedarfsradar für Technische Universität Dortmund" in converted
        assert "Präzisionstechnik Lenne GmbH" in converted


def test_the_digest_for_a_period_and_a_topic(local_workspace: Workspace) -> None:
    from sqlalchemy import update

    from indie_desktop.domain.models import Need

    ws = local_workspace
    ids, needs = load(ws)
    additive = {i.topic for i in ws.radar.digest(ids["fhdo"], topic="Additive Fertigung").items}
    assert additive == {
        "Ersatzteile per 3D-Druck statt Lagerhaltung",
        "Funktionsprototypen im Lasersinter-Verfahren für Gehäuse",
        "Metallische Bauteile additiv herstellen, Partner für Pulverbett-Laserschmelzen",
        "Spritzgießwerkzeuge mit konturnaher Kühlung",
    }
    # a topic the vocabulary does not know is looked for as words
    assert {i.topic for i in ws.radar.digest(ids["tud"], topic="Schmiedepresse").items} <= {
        "Alte Schmiedepresse modernisieren, neue Steuerung und Sicherheitstechnik"
    }
    # the period: a need found before it is left out
    mes = next(n for n in needs if n.topic == MES_TOPIC)
    with ws.db.session() as s:
        s.execute(update(Need).where(Need.id == mes.need_id).values(found_on=date(2026, 1, 5)))
    recent = {i.topic for i in ws.radar.digest(ids["tud"], found_since=date(2026, 2, 1)).items}
    assert MES_TOPIC not in recent and recent
    assert MES_TOPIC in {
        i.topic for i in ws.radar.digest(ids["tud"], found_since=date(2026, 1, 1)).items
    }


def test_a_schedule_falls_due_and_carrying_the_digest_moves_it_on(
    local_workspace: Workspace,
) -> None:
    import pytest

    from indie_desktop.domain.errors import ValidationError

    ws = local_workspace
    ids, _needs = load(ws)
    ws.radar.set_schedule(ids["tud"], 3, date(2026, 11, 30))
    (due,) = ws.radar.due(today=date(2026, 12, 7))
    assert (due.university, due.every_months) == ("Technische Universität Dortmund", 3)
    assert ws.radar.due(today=date(2026, 11, 29)) == []
    ws.radar.carry(ws.radar.digest(ids["tud"]), on=date(2026, 12, 7))
    plan = ws.radar.schedule(ids["tud"])
    assert plan is not None and plan.next_due == date(2027, 2, 28)
    assert ws.radar.due(today=date(2026, 12, 7)) == []
    with pytest.raises(ValidationError) as err:
        ws.radar.set_schedule(ids["tud"], 5, date(2026, 12, 1))
    assert "every_months" in err.value.errors
    ws.radar.set_schedule(ids["tud"], None)
    assert ws.radar.schedule(ids["tud"]) is None


def test_radar_command_writes_a_word_digest_of_a_topic(tmp_path: Path) -> None:
    import os
    import sys

    from indie_desktop.interchange.docx_template import document_text
    from tests.evaluation.metrics import workspace

    ws, ids, _needs = workspace(tmp_path / "data")
    ws.db.dispose()
    out = tmp_path / "Bedarfsradar FH Dortmund.docx"
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "indie_desktop",
            "radar",
            "digest",
            "--university",
            str(ids["fhdo"]),
            "--topic",
            "Additive Fertigung",
            "--out",
            str(out),
            "--data-dir",
            str(tmp_path / "data"),
        ],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=dict(os.environ),
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(f"{out}: 4 Bedarfe für Fachhochschule Dortmund")
    text = " ".join(document_text(out.read_bytes()).split())
    assert "Ersatzteile per 3D-Druck statt Lagerhaltung" in text
    assert MES_TOPIC not in text
    bad = subprocess.run(
        [sys.executable, "-m", "indie_desktop", "radar", "digest", "--university",
         str(ids["fhdo"]), "--since", "31.02.2026", "--out", str(out),
         "--data-dir", str(tmp_path / "data")],
        capture_output=True, text=True, cwd=tmp_path, timeout=300,
    )  # fmt: skip
    assert bad.returncode == 2 and "--since '31.02.2026' ist kein Datum" in bad.stderr
