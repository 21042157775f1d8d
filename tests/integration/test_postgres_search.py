from __future__ import annotations

from collections.abc import Iterator

import pytest

from indie_desktop.services.workspace import Workspace
from tests.integration.shared_fixtures import SharedServer, shared
from tests.search_scenario import found, seed

pytestmark = pytest.mark.postgres
__all__ = ["shared"]


@pytest.fixture
def pg_workspace(shared: SharedServer) -> Iterator[Workspace]:
    """A staff member's workspace on a server set up by the admin commands (RLS applies)."""
    ws = shared.dortmund.workspace()
    yield ws
    ws.close()


def test_shared_database_search_folds_umlauts_prefixes_and_narrows(
    pg_workspace: Workspace,
) -> None:
    ws = pg_workspace
    s = seed(ws)
    for typed in ("Müller", "Mueller", "Muller"):
        assert found(ws, typed, "organisation") == [s.mueller]
    assert found(ws, "Strasse", "organisation") == [s.mueller]
    assert found(ws, "dort", "organisation") == [s.mueller]
    assert found(ws, "metall hagen", "organisation") == [s.hagen_metall]
    assert found(ws, "sukru yildiz", "person") == [s.yildiz]
    assert found(ws, "Łukasz Wiśniewski", "person") == [s.lukasz]
    assert found(ws, "zoe nunez", "person") == [s.zoe]
    assert [h.open_id for h in ws.search.search("grunewald").hits] == [s.hagen_metall]


def test_shared_database_search_forgets_deleted_and_follows_edits(
    pg_workspace: Workspace,
) -> None:
    ws = pg_workspace
    s = seed(ws)
    ws.people.delete(s.zoe)
    assert found(ws, "nunez", "person") == []
    detail = ws.organisations.detail(s.mueller)
    detail.draft.name = "Schäfer Präzisionstechnik GmbH"
    ws.organisations.update(s.mueller, detail.draft, detail.version)
    assert found(ws, "schaefer", "organisation") == [s.mueller]
    assert found(ws, "mueller", "organisation") == []


def test_shared_database_search_uses_the_index(pg_workspace: Workspace) -> None:
    from sqlalchemy import text

    from indie_desktop.store.search_index import BY_KIND

    doc = BY_KIND["person"].pg_document()
    with pg_workspace.db.session() as s:
        s.execute(text("SET LOCAL enable_seqscan = off"))
        plan = "\n".join(
            s.execute(
                text(
                    f"EXPLAIN SELECT id FROM person WHERE deleted_at IS NULL AND "
                    f"{doc} @@ to_tsquery('simple', 'mul:*')"
                )
            ).scalars()
        )
    assert "ix_person_search" in plan


def test_shared_database_search_finds_parts_of_compound_firm_names(
    pg_workspace: Workspace,
) -> None:
    from indie_desktop.services.directory.organisations import OrganisationDraft

    ws = pg_workspace
    s = seed(ws)
    hyphen = ws.organisations.create(OrganisationDraft(name="Metallbau-Technik Ruhr GmbH"))
    bauer = ws.organisations.create(OrganisationDraft(name="Bauer Holzbau KG"))
    first, *inside = found(ws, "bau", "organisation")
    assert first == bauer and set(inside) == {s.hagen_metall, hyphen}
    assert found(ws, "metallbau technik", "organisation") == [hyphen]


def test_shared_database_list_filters_use_the_folded_index(pg_workspace: Workspace) -> None:
    from indie_desktop.services.listing import ListQuery

    ws = pg_workspace
    s = seed(ws)
    people = [r.id for r in ws.people.page(ListQuery(text="sukru yild"), 0, 10)]
    assert people == [s.yildiz]
    assert ws.people.count(ListQuery(text="Łukasz Wiśniewski")) == 1
    orgs = [r.id for r in ws.organisations.page(ListQuery(text="bau hagen"), 0, 10)]
    assert orgs == [s.hagen_metall]
    needs = ws.needs.page(ListQuery(text="laserschweissen"), 0, 10)
    assert [n.organisation for n in needs] == ["Kemper Metallbau GmbH"]
    referrals = ws.referral_list.page(ListQuery(text="mueller"), 0, 10)
    assert [r.partner for r in referrals] == ["Müller Präzisionstechnik GmbH"]
    assert ws.referral_list.count(ListQuery(text="bau hagen")) == 1  # Kemper Metallbau, Hagen
