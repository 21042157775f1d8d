"""Issue 24 offline: a technology term a colleague adds on the office server reaches the
laptop with the next sync and the laptop's suggestions use it; a step in the network recorded
on the laptop reaches the office."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from indie_desktop.domain.enums import MembershipStatus
from indie_desktop.services.directory.organisations import OrganisationDraft
from indie_desktop.services.work.needs import NeedDraft
from indie_desktop.services.work.vocabulary import TermDraft
from tests.integration.shared_fixtures import SharedServer
from tests.sync.helpers import Laptop


def test_a_term_reaches_the_laptop_and_a_network_step_the_office(
    shared: SharedServer, tmp_path: Path
) -> None:
    office = shared.dortmund.workspace()
    seeker = office.organisations.create(OrganisationDraft(name="Präzisionstechnik Lenne"))
    finisher = office.organisations.create(
        OrganisationDraft(name="Oberflächentechnik Şükrü Yıldız GmbH", competences="Gleitschleifen")
    )
    need = office.needs.create(
        NeedDraft(organisation_id=seeker, topic="Entgraten", wanted_competence="Entgraten")
    )
    laptop, _init = Laptop.take_offline(tmp_path / "laptop", shared.dortmund)
    ws = laptop.workspace()
    assert finisher not in [s.organisation_id for s in ws.suggestions.for_need(need)]

    hagen = shared.hagen.workspace()  # a colleague of another institution adds the term
    hagen.vocabulary.save(TermDraft("Entgraten", ("Gleitschleifen",)))
    ws.membership.record(seeker, MembershipStatus.PARTICIPATING, date(2026, 11, 2), "Besuch")
    laptop.sync()

    assert ws.suggestions.for_need(need)[0].organisation_id == finisher
    tenure = office.membership.tenure(seeker)
    assert (tenure.status, tenure.since) == (MembershipStatus.PARTICIPATING, date(2026, 11, 2))
    laptop.close()
    hagen.close()
    office.db.dispose()
