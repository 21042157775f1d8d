"""Staff extend the matching vocabulary (issue 24): a synonym or a new concept, stored in the
database, changes the partner suggestions and the needs digest at once; refused entries say
why at their field."""

from __future__ import annotations

import pytest

from indie_desktop.domain.enums import OrganisationKind
from indie_desktop.domain.errors import ValidationError
from indie_desktop.services.directory.organisations import OrganisationDraft
from indie_desktop.services.work.needs import NeedDraft
from indie_desktop.services.work.vocabulary import TermDraft
from indie_desktop.services.workspace import Workspace


def _deburring_world(ws: Workspace) -> tuple:
    seeker = ws.organisations.create(
        OrganisationDraft(name="Präzisionstechnik Lenne GmbH", municipality="Hagen")
    )
    finisher = ws.organisations.create(
        OrganisationDraft(
            name="Oberflächentechnik Şükrü Yıldız GmbH",
            municipality="Witten",
            kind=OrganisationKind.SERVICE_PROVIDER,
            competences="Gleitschleifen, Trowalisieren, Oberflächenfinish",
        )
    )
    ws.organisations.create(
        OrganisationDraft(
            name="Ruhrwerbung Kommunikation GmbH",
            municipality="Bochum",
            kind=OrganisationKind.SERVICE_PROVIDER,
            competences="Messeauftritte, Kampagnen",
        )
    )
    need = ws.needs.create(
        NeedDraft(
            organisation_id=seeker,
            topic="Frästeile maschinell entgraten lassen",
            wanted_competence="Entgraten",
        )
    )
    return need, finisher


def test_a_synonym_added_by_staff_changes_the_suggestions(local_workspace: Workspace) -> None:
    ws = local_workspace
    need, finisher = _deburring_world(ws)
    before = ws.suggestions.for_need(need, limit=5)
    assert finisher not in [s.organisation_id for s in before]  # 'entgraten' names nothing

    entry = ws.vocabulary.save(TermDraft("Entgraten", ("Gleitschleifen", "Trowalisieren")))
    after = ws.suggestions.for_need(need, limit=5)
    assert after[0].organisation_id == finisher
    assert after[0].competences == ("Entgraten",)  # the reason names the term, whole
    assert ws.vocabulary.terms_in("Entgraten von Frästeilen") == ["CNC-Fräsen", "Entgraten"]

    ws.vocabulary.remove(entry)
    assert finisher not in [s.organisation_id for s in ws.suggestions.for_need(need, limit=5)]


def test_synonyms_added_to_a_shipped_term_and_listed_beside_its_own(
    local_workspace: Workspace,
) -> None:
    ws = local_workspace
    shipped = next(r for r in ws.vocabulary.concepts() if r.label == "Additive Fertigung")
    assert shipped.shipped and "3D-Druck" in shipped.synonyms and not shipped.staff_synonyms
    assert ws.vocabulary.terms_in("Druckteile im Pulverauftrag") == []
    entry = ws.vocabulary.save(TermDraft("Additive Fertigung", ("Pulverauftrag",)))
    row = next(r for r in ws.vocabulary.concepts() if r.label == "Additive Fertigung")
    assert row.entry_id == entry and row.staff_synonyms == ("Pulverauftrag",)
    assert ws.vocabulary.terms_in("Druckteile im Pulverauftrag") == ["Additive Fertigung"]
    # a new concept under a broader one is found by a need for the broader term
    ws.vocabulary.save(TermDraft("Kaltgasspritzen", ("Cold Spray",), broader="Additive Fertigung"))
    assert ws.vocabulary.terms_in("Cold Spray") == ["Kaltgasspritzen"]
    own = next(r for r in ws.vocabulary.concepts() if r.label == "Kaltgasspritzen")
    assert not own.shipped and own.broader == "Additive Fertigung"


@pytest.mark.parametrize(
    ("draft", "field", "message"),
    [
        (TermDraft(""), "label", "Enter the term"),
        (TermDraft("MES > ERP"), "label", "At most 120 characters, without ';' or '>'"),
        (TermDraft("Entgraten", broader="Gibt es nicht"), "broader", "not in the vocabulary"),
        (TermDraft("Additive Fertigung"), "synonyms", "Enter at least one synonym"),
    ],
)
def test_a_refused_term_says_why_at_its_field(
    local_workspace: Workspace, draft: TermDraft, field: str, message: str
) -> None:
    with pytest.raises(ValidationError) as err:
        local_workspace.vocabulary.save(draft)
    assert message in err.value.errors[field]


def test_a_term_entered_twice_is_refused(local_workspace: Workspace) -> None:
    ws = local_workspace
    ws.vocabulary.save(TermDraft("Entgraten", ("Gleitschleifen",)))
    with pytest.raises(ValidationError) as err:
        ws.vocabulary.save(TermDraft("entgraten", ("Trowalisieren",)))
    assert "already in the vocabulary" in err.value.errors["label"]
