from __future__ import annotations

import pytest

from indie_desktop.services.contacts.people import PersonDraft
from indie_desktop.services.directory.organisations import OrganisationDraft
from indie_desktop.services.workspace import Workspace
from tests.search_scenario import found, seed


@pytest.mark.parametrize("typed", ["Müller", "Mueller", "Muller", "müller", "MUELLER"])
def test_umlaut_and_transliteration_find_each_other(local_workspace: Workspace, typed: str) -> None:
    s = seed(local_workspace)
    assert found(local_workspace, typed, "organisation") == [s.mueller]


def test_strasse_finds_strasse_with_sharp_s_and_back(local_workspace: Workspace) -> None:
    ws = local_workspace
    s = seed(ws)
    oid = ws.organisations.create(OrganisationDraft(name="Strasse & Co KG"))
    assert set(found(ws, "Straße", "organisation")) == {s.mueller, oid}
    assert set(found(ws, "strasse", "organisation")) == {s.mueller, oid}


def test_prefix_finds_whole_word(local_workspace: Workspace) -> None:
    s = seed(local_workspace)
    assert found(local_workspace, "dort", "organisation") == [s.mueller]


def test_several_words_narrow_down(local_workspace: Workspace) -> None:
    s = seed(local_workspace)
    assert set(found(local_workspace, "metall", "organisation")) == {
        s.hagen_metall,
        s.bochum_metall,
    }
    assert found(local_workspace, "metall hagen", "organisation") == [s.hagen_metall]


@pytest.mark.parametrize(
    ("typed", "who"),
    [
        ("sukru yildiz", "yildiz"),
        ("Şükrü", "yildiz"),
        ("Yıldız", "yildiz"),
        ("lukasz wisn", "lukasz"),
        ("Łukasz Wiśniewski", "lukasz"),
        ("zoe nunez", "zoe"),
        ("Zoë Ñúñez", "zoe"),
    ],
)
def test_foreign_names_found_with_and_without_accents(
    local_workspace: Workspace, typed: str, who: str
) -> None:
    s = seed(local_workspace)
    assert found(local_workspace, typed, "person") == [getattr(s, who)]


def test_needs_referrals_and_activities_are_found_and_open_their_organisation(
    local_workspace: Workspace,
) -> None:
    ws = local_workspace
    s = seed(ws)
    hits = {h.kind: h for h in ws.search.search("laserschweissen").hits}
    assert hits["need"].id == s.need
    assert (hits["need"].open_kind, hits["need"].open_id) == ("organisation", s.hagen_metall)
    referral = ws.search.search("grunewald").hits
    assert [(h.kind, h.open_id) for h in referral] == [("referral", s.hagen_metall)]
    activity = ws.search.search("pulverbeschichtung").hits
    assert [(h.kind, h.id, h.open_id) for h in activity] == [
        ("activity", s.activity, s.hagen_metall)
    ]
    assert "Kemper Metallbau GmbH" in activity[0].subtitle


def test_person_hit_shows_function_and_organisation(local_workspace: Workspace) -> None:
    seed(local_workspace)
    (hit,) = local_workspace.search.search("yildiz").hits
    assert hit.title == "Şükrü Yıldız"
    assert hit.subtitle == "Einkauf · Kemper Metallbau GmbH"


def test_edited_record_is_found_by_its_new_name_only(local_workspace: Workspace) -> None:
    ws = local_workspace
    s = seed(ws)
    detail = ws.organisations.detail(s.mueller)
    detail.draft.name = "Schäfer Präzisionstechnik GmbH"
    ws.organisations.update(s.mueller, detail.draft, detail.version)
    assert found(ws, "mueller", "organisation") == []
    assert found(ws, "schaefer", "organisation") == [s.mueller]


def test_deleted_record_is_not_found_and_restored_one_is(local_workspace: Workspace) -> None:
    ws = local_workspace
    s = seed(ws)
    ws.people.delete(s.zoe)
    assert found(ws, "nunez", "person") == []
    ws.people.restore(s.zoe)
    assert found(ws, "nunez", "person") == [s.zoe]


def test_hard_deleted_row_leaves_the_index(local_workspace: Workspace) -> None:
    ws = local_workspace
    pid = ws.people.create(PersonDraft(first_name="Ida", last_name="Quast"))
    from sqlalchemy import text

    with ws.db.session() as s:
        s.execute(text("DELETE FROM person WHERE last_name = 'Quast'"))
        assert (
            s.execute(
                text("SELECT count(*) FROM person_fts WHERE person_fts MATCH 'quast'")
            ).scalar()
            == 0
        )
    assert found(ws, "quast", "person") == []
    assert pid


def test_search_text_that_looks_like_syntax_is_harmless(local_workspace: Workspace) -> None:
    seed(local_workspace)
    for typed in ['"', "NEAR(", "a OR b", "'; DROP TABLE person; --", "*", "-", "^x", "(){}"]:
        local_workspace.search.search(typed)
    assert local_workspace.search.search("   ").groups == ()


def test_rebuilt_index_finds_the_same(local_workspace: Workspace) -> None:
    s = seed(local_workspace)
    local_workspace.search.rebuild()
    assert found(local_workspace, "mueller", "organisation") == [s.mueller]


def test_bulk_demo_rows_are_searchable(local_workspace: Workspace) -> None:
    from indie_desktop.services.demo.generator import DemoSize, generate_demo

    generate_demo(local_workspace.db, DemoSize(organisations=40, people=80, activities=60), seed=1)
    assert local_workspace.search.search("gmbh").groups


def test_parts_of_compound_firm_names_are_found_word_starts_first(
    local_workspace: Workspace,
) -> None:
    """German firms glue words together: 'bau' finds Metallbau, 'technik' Medizintechnik;
    firms whose word starts with it come first."""
    ws = local_workspace
    s = seed(ws)
    hyphen = ws.organisations.create(OrganisationDraft(name="Metallbau-Technik Ruhr GmbH"))
    bauer = ws.organisations.create(OrganisationDraft(name="Bauer Holzbau KG"))
    medizin = ws.organisations.create(OrganisationDraft(name="Ruhr Medizintechnik GmbH"))
    first, *inside = found(ws, "bau", "organisation")
    assert first == bauer and set(inside) == {s.hagen_metall, hyphen}
    assert set(found(ws, "technik", "organisation")) == {hyphen, medizin, s.mueller}
    assert found(ws, "technik", "organisation")[0] == hyphen  # a word of its own first
    assert found(ws, "metallbau technik", "organisation") == [hyphen]
    assert found(ws, "Metallbau-Technik", "organisation") == [hyphen]
    assert found(ws, "bau hagen", "organisation") == [s.hagen_metall]
    # People are matched at word starts only: 'mann' is not every Hoffmann.
    ws.people.create(PersonDraft(first_name="Jens", last_name="Hoffmann"))
    assert found(ws, "mann", "person") == []
