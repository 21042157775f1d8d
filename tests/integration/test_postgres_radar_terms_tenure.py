"""Issue 24 on the office server as the README sets it up (`admin init-shared`, `admin
add-staff`), through two staff logins of different institutions, never the owner: a term one
adds changes the other's suggestions; a digest's schedule and answers are shared; the tenure
steps each records are counted per institution."""

from __future__ import annotations

from datetime import date, timedelta

from indie_desktop.domain.enums import CarriedAnswer
from indie_desktop.domain.enums import MembershipStatus as M
from indie_desktop.services.directory.organisations import OrganisationDraft
from indie_desktop.services.work.needs import NeedDraft
from indie_desktop.services.work.vocabulary import TermDraft
from tests.evaluation.partner_set import load
from tests.integration.shared_fixtures import SharedServer, shared
from tests.unit.test_partner_matching import MES_TOPIC

__all__ = ["shared"]


def test_a_term_of_one_institution_serves_the_other_on_the_office_server(
    shared: SharedServer,
) -> None:
    dortmund = shared.dortmund.workspace()
    hagen = shared.hagen.workspace()
    try:
        seeker = hagen.organisations.create(OrganisationDraft(name="Präzisionstechnik Lenne"))
        finisher = dortmund.organisations.create(
            OrganisationDraft(
                name="Oberflächentechnik Şükrü Yıldız GmbH",
                competences="Gleitschleifen, Trowalisieren",
            )
        )
        need = hagen.needs.create(
            NeedDraft(organisation_id=seeker, topic="Entgraten", wanted_competence="Entgraten")
        )
        assert finisher not in [s.organisation_id for s in hagen.suggestions.for_need(need)]
        dortmund.vocabulary.save(TermDraft("Entgraten", ("Gleitschleifen",)))
        top = hagen.suggestions.for_need(need, limit=3)
        assert top[0].organisation_id == finisher
        row = next(r for r in hagen.vocabulary.concepts() if r.label == "Entgraten")
        assert row.staff_synonyms == ("Gleitschleifen",) and not row.shipped
    finally:
        dortmund.close()
        hagen.close()


def test_radar_schedule_answers_and_tenure_as_staff_of_two_institutions(
    shared: SharedServer,
) -> None:
    dortmund = shared.dortmund.workspace()
    hagen = shared.hagen.workspace()
    try:
        ids, _needs = load(dortmund)
        dortmund.radar.set_schedule(ids["tud"], 1, date.today() - timedelta(days=1))
        assert [x.university for x in hagen.radar.due()] == ["Technische Universität Dortmund"]
        digest = hagen.radar.digest(ids["tud"])
        assert MES_TOPIC in {i.topic for i in digest.items}
        hagen.radar.carry(digest)
        assert dortmund.radar.due() == []  # the Hagen colleague carried it: moved on
        mes = next(r for r in dortmund.radar.carried(ids["tud"]) if r.topic == MES_TOPIC)
        referral = dortmund.radar.record_answer(
            mes.id, CarriedAnswer.UNIT_NAMED, unit_id=ids["tud_ips"]
        )
        assert referral is not None
        assert hagen.radar.figures(date.today(), date.today()).referred == 1

        dortmund.membership.record(ids["c_cnc1"], M.PARTICIPATING, date(2026, 3, 1))
        hagen.membership.record(ids["c_cnc2"], M.INTERESTED, date(2026, 2, 1))
        hagen.membership.record(ids["c_cnc2"], M.PARTNER, date(2026, 4, 1))
        hagen.membership.record(ids["c_cnc1"], M.PARTNER, date(2026, 5, 1))
        figures = dortmund.membership.figures(date(2026, 1, 1), date(2026, 12, 31))
        by = {g.institution: (g.in_network, g.joined) for g in figures.by_institution}
        assert len(by) == 2 and sorted(by.values()) == [(1, 1), (1, 1)]
        assert hagen.membership.tenure(ids["c_cnc1"]).status == M.PARTNER
    finally:
        dortmund.close()
        hagen.close()
