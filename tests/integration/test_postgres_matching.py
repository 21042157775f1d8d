"""Partner suggestions on the office server (issue 24), as the README sets it up: `admin
init-shared`, `admin add-staff`, two staff of different institutions, never the owner."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from indie_desktop.domain.enums import OrganisationKind
from tests.evaluation.partner_set import load
from tests.integration.shared_fixtures import SharedServer, shared
from tests.unit.test_partner_matching import MES_TOPIC, assert_mes_need_gets_academic_partners

__all__ = ["shared"]


def test_mes_need_on_the_office_server_suggests_units_with_their_contacts_as_staff(
    shared: SharedServer, tmp_path: Path
) -> None:
    dortmund = shared.dortmund.workspace()
    try:
        ids, needs = load(dortmund)  # Anna Schmidt (WF Dortmund) records the network
    finally:
        dortmund.close()
    mes = next(n for n in needs if n.topic == MES_TOPIC)
    hagen = shared.hagen.workspace()  # Bernd Yılmaz (SIHK Hagen) looks for partners
    try:
        top = hagen.suggestions.for_need(mes.need_id, limit=5)
    finally:
        hagen.close()
    assert_mes_need_gets_academic_partners(top)
    first = top[0]
    assert (
        first.organisation_id == ids["iml_pl"] and first.kind == OrganisationKind.RESEARCH_INSTITUTE
    )
    assert first.contact == "Dr. Marco Becker (Abteilungsleiter)"
    # the command line, a second process logged in as staff with libpq's PGPASSWORD
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "indie_desktop",
            "suggest",
            "--need",
            str(mes.need_id),
            "--limit",
            "3",
            "--database",
            shared.hagen.url,
            "--data-dir",
            str(tmp_path / "d"),
        ],
        capture_output=True,
        text=True,
        env=dict(os.environ, PGPASSWORD=shared.hagen.password),
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("1. Abteilung Produktionslogistik und IT, Fraunhofer IML")
    assert "Kompetenzen „Fertigungsplanung“, „MES“, „ERP“" in result.stdout


def test_typed_relations_on_the_office_server_show_on_both_organisations_for_other_staff(
    shared: SharedServer,
) -> None:
    from indie_desktop.domain.enums import RelationKind
    from indie_desktop.services.directory.organisations import OrganisationDraft

    dortmund = shared.dortmund.workspace()
    try:
        child = dortmund.organisations.create(OrganisationDraft(name="Ruhrtec Antriebe GmbH"))
        mother = dortmund.organisations.create(OrganisationDraft(name="Ruhrtec Holding AG"))
        dortmund.relations.add(child, RelationKind.SUBSIDIARY_OF, mother)
    finally:
        dortmund.close()
    hagen = shared.hagen.workspace()
    try:
        (up,) = hagen.organisations.detail(child).relations
        (down,) = hagen.organisations.detail(mother).relations
    finally:
        hagen.close()
    assert (up.kind, up.outgoing, up.other_name) == (
        RelationKind.SUBSIDIARY_OF,
        True,
        "Ruhrtec Holding AG",
    )
    assert (down.outgoing, down.other_name) == (False, "Ruhrtec Antriebe GmbH")


def test_bedarfsradar_on_the_office_server_digest_answer_and_referral_as_staff(
    shared: SharedServer, tmp_path: Path
) -> None:
    from indie_desktop.domain.enums import CarriedAnswer, ReferralStage

    dortmund = shared.dortmund.workspace()
    try:
        ids, _needs = load(dortmund)
    finally:
        dortmund.close()
    out = tmp_path / "Bedarfsradar RUB.pdf"
    env = dict(os.environ, PGPASSWORD=shared.hagen.password)
    result = subprocess.run(  # Bernd Yılmaz (SIHK Hagen) prints and carries the RUB's digest
        [
            sys.executable,
            "-m",
            "indie_desktop",
            "radar",
            "digest",
            "--university",
            str(ids["rub"]),
            "--out",
            str(out),
            "--carry",
            "--database",
            shared.hagen.url,
            "--data-dir",
            str(tmp_path / "d"),
        ],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    assert "Bedarfe für Ruhr-Universität Bochum" in result.stdout
    assert out.read_bytes().startswith(b"%PDF")
    hagen = shared.hagen.workspace()
    try:
        rows = {r.topic: r for r in hagen.radar.carried(ids["rub"])}
        mes = rows[MES_TOPIC]
        referral = hagen.radar.record_answer(
            mes.id, CarriedAnswer.UNIT_NAMED, unit_id=ids["rub_lps"]
        )
        assert referral is not None
        assert hagen.referral_list.detail(referral).stage == ReferralStage.PROPOSED
    finally:
        hagen.close()
    dortmund = shared.dortmund.workspace()  # the other institution's staff sees the answer
    try:
        (after,) = [r for r in dortmund.radar.carried(ids["rub"]) if r.topic == MES_TOPIC]
    finally:
        dortmund.close()
    assert (after.answer, after.unit) == (
        CarriedAnswer.UNIT_NAMED,
        "Lehrstuhl für Produktionssysteme (LPS)",
    )
