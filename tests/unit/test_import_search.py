"""Imported and merged rows are found by the search box at once; a cancelled import leaves the
index as it was."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text

from indie_desktop.services.contacts.people import PersonDraft
from indie_desktop.services.directory.organisations import OrganisationDraft
from indie_desktop.services.importing.plan import DuplicatePolicy, ImportSettings
from indie_desktop.services.workspace import Workspace
from tests.unit import import_files as f


def _found(ws: Workspace, typed: str, kind: str) -> list[str]:
    return [h.title for h in ws.search.search(typed).hits if h.kind == kind]


def _settings(ws: Workspace, path: Path, **kw: object) -> tuple[object, ImportSettings]:
    table = ws.imports.read(path)
    settings = ImportSettings(mapping=ws.imports.automatic_mapping(table), source=path.name)
    return table, ImportSettings(**{**settings.__dict__, **kw})  # type: ignore[arg-type]


def _triggers(ws: Workspace) -> set[str]:
    with ws.db.session() as s:
        return set(s.scalars(text("SELECT name FROM sqlite_master WHERE type = 'trigger'")).all())


def test_imported_firms_and_people_are_found_by_the_search_box(
    local_workspace: Workspace, tmp_path: Path
) -> None:
    ws = local_workspace
    before = _triggers(ws)
    path = tmp_path / "kontakte.csv"
    path.write_bytes(f.CP1252_CSV)
    table, settings = _settings(ws, path)
    ws.imports.run(table, settings)  # type: ignore[arg-type]
    assert _found(ws, "mueller praez", "organisation") == ["Müller Präzisionstechnik GmbH"]
    assert _found(ws, "nunez", "person") != []
    assert _triggers(ws) == before  # the insert triggers are back
    later = ws.people.create(PersonDraft(first_name="Ida", last_name="Quast"))
    assert later and _found(ws, "quast", "person") != []


def test_field_filled_by_a_merging_import_is_searchable(
    local_workspace: Workspace, tmp_path: Path
) -> None:
    ws = local_workspace
    ws.organisations.create(
        OrganisationDraft(name="Mueller Praezisionstechnik GmbH", postcode="44135")
    )
    assert _found(ws, "hauptstrasse", "organisation") == []
    path = tmp_path / "kontakte.csv"
    path.write_bytes(f.CP1252_CSV)
    table, settings = _settings(ws, path, on_duplicate=DuplicatePolicy.MERGE)
    assert ws.imports.run(table, settings).updated >= 1  # type: ignore[arg-type]
    assert _found(ws, "hauptstrasse", "organisation") == ["Mueller Praezisionstechnik GmbH"]


def test_cancelled_import_leaves_index_and_triggers_as_they_were(
    local_workspace: Workspace, tmp_path: Path
) -> None:
    ws = local_workspace
    before = _triggers(ws)
    path = tmp_path / "kontakte.csv"
    path.write_bytes(f.CP1252_CSV)
    table, settings = _settings(ws, path)
    calls = {"n": 0}

    def cancel_while_writing() -> bool:  # the planner asks first; cancel once writing began
        calls["n"] += 1
        return calls["n"] > 3

    with pytest.raises(InterruptedError):
        ws.imports.run(table, settings, cancelled=cancel_while_writing)  # type: ignore[arg-type]
    assert _triggers(ws) == before
    assert _found(ws, "mueller", "organisation") == []
    with ws.db.session() as s:
        assert s.execute(text("SELECT count(*) FROM organisation_fts")).scalar() == 0


def test_undoing_an_import_that_filled_in_a_person_takes_the_filled_words_out_of_the_picker(
    local_workspace: Workspace, tmp_path: Path
) -> None:
    ws = local_workspace
    ws.people.create(
        PersonDraft(first_name="Zoë", last_name="Ñúñez", email="zoe.nunez@feinmechanik.de")
    )

    def picker(typed: str) -> list[str]:  # the visit dialog's "people met" field
        return [name for _id, name in ws.activities.people_choices(typed)]

    path = tmp_path / "kontakte.csv"
    path.write_bytes(
        "Vorname;Nachname;E-Mail;Funktion\r\n"
        "Zoë;Ñúñez;zoe.nunez@feinmechanik.de;Geschäftsführerin\r\n".encode("utf-8-sig")
    )
    table, settings = _settings(ws, path, on_duplicate=DuplicatePolicy.MERGE)
    report = ws.imports.run(table, settings)  # type: ignore[arg-type]
    assert report.updated == 1 and report.batch_id is not None
    assert picker("geschaeftsfuehrerin") == ["Zoë Ñúñez"]
    ws.imports.undo(report.batch_id)
    assert picker("geschaeftsfuehrerin") == []
    assert picker("nunez") == ["Zoë Ñúñez"]
