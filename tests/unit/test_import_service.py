"""Importing a file as one batch: errors by Excel row, dry run, duplicates, undo."""

from __future__ import annotations

from pathlib import Path

import pytest

from indie_desktop.domain.errors import ConflictError
from indie_desktop.services.directory.organisations import OrganisationDraft
from indie_desktop.services.importing.plan import DuplicatePolicy, ImportSettings
from indie_desktop.services.listing import ListQuery
from indie_desktop.services.workspace import Workspace
from tests.unit import import_files as f


def _file(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def _names(ws: Workspace) -> list[str]:
    return sorted(r.name for r in ws.organisations.page(ListQuery(), 0, 100))


def _people(ws: Workspace) -> list[str]:
    return sorted(r.name for r in ws.people.page(ListQuery(), 0, 100))


def _run(ws: Workspace, path: Path, **kw: object):  # type: ignore[no-untyped-def]
    table = ws.imports.read(path)
    settings = ImportSettings(mapping=ws.imports.automatic_mapping(table), source=path.name)
    for key, value in kw.items():
        settings = ImportSettings(**{**settings.__dict__, key: value})  # type: ignore[arg-type]
    return ws.imports.run(table, settings)


def test_csv_row_creates_organisation_and_affiliated_person(
    local_workspace: Workspace, tmp_path: Path
) -> None:
    report = _run(local_workspace, _file(tmp_path, "kontakte.csv", f.CP1252_CSV))
    assert report.complete and report.errors == []
    assert (report.created_organisations, report.created_people) == (2, 2)
    assert _names(local_workspace) == ["Müller Präzisionstechnik GmbH", "Weiß & Söhne KG"]
    assert _people(local_workspace) == ["Müller, Jürgen", "Ñúñez, Zoë"]
    org = local_workspace.organisations.page(ListQuery(text="muller"), 0, 1)[0]
    detail = local_workspace.organisations.detail(org.id)
    assert detail.draft.street == "Hauptstraße 12" and detail.draft.municipality == "Dortmund"
    assert [p.name for p in detail.people] == ["Jürgen Müller"]


def test_names_from_other_alphabets_survive_import(
    local_workspace: Workspace, tmp_path: Path
) -> None:
    _run(local_workspace, _file(tmp_path, "bom.csv", f.UTF8_BOM_CSV))
    _run(local_workspace, _file(tmp_path, "google.csv", f.GOOGLE_CSV))
    assert _people(local_workspace) == ["Wiśniewski, Łukasz", "Yıldız, Şükrü", "Ñúñez, Zoë"]


def test_vcards_import_people_with_their_firms(local_workspace: Workspace, tmp_path: Path) -> None:
    report = _run(local_workspace, _file(tmp_path, "karten.vcf", f.VCARD_30_AND_40))
    assert report.complete, report.errors
    assert _names(local_workspace) == ["Wiśniewski Elektro e.K.", "Yıldız Metallbau GmbH"]


def test_a_value_that_fails_its_check_goes_to_the_notes_and_the_contact_still_arrives(
    local_workspace: Workspace, tmp_path: Path
) -> None:
    data = (
        "Firma;PLZ;E-Mail;Website\r\n"
        "Gute GmbH;44135;info@gute.de;gute.de\r\n"
        '"Schlechte\r\nGmbH";4413;kein-at-zeichen;gute.de\r\n'
        ";44135;;\r\n"
        "Auch Gute GmbH;58095;;\r\n"
    ).encode("cp1252")
    report = _run(local_workspace, _file(tmp_path, "liste.csv", data))
    assert report.imported_rows == [2, 3, 5]
    assert report.skipped == [4]  # no name at all: nothing to import it as
    problems = {(e.row, e.column, e.kept) for e in report.errors}
    assert problems == {(3, "PLZ", True), (3, "E-Mail", True), (4, "Firma", False)}
    messages = [e.message for e in report.errors if e.row == 3]
    assert "4413 ist keine gültige deutsche Postleitzahl – als Notiz übernommen" in messages
    assert _names(local_workspace) == ["Auch Gute GmbH", "Gute GmbH", "Schlechte\r\nGmbH"]
    row = local_workspace.organisations.page(ListQuery(text="schlechte"), 0, 1)[0]
    draft = local_workspace.organisations.detail(row.id).draft
    assert draft.postcode == "" and draft.email == "" and draft.website == "https://gute.de"
    assert "PLZ: 4413" in draft.notes and "E-Mail: kein-at-zeichen" in draft.notes


def test_fixing_a_cell_in_the_wizard_lets_the_row_in(
    local_workspace: Workspace, tmp_path: Path
) -> None:
    data = b"Firma;PLZ\r\nA GmbH;4413\r\n"
    report = _run(local_workspace, _file(tmp_path, "a.csv", data), fixes={(2, 1): "44135"})
    assert report.complete and _names(local_workspace) == ["A GmbH"]


def test_dry_run_changes_nothing(local_workspace: Workspace, tmp_path: Path) -> None:
    path = _file(tmp_path, "kontakte.csv", f.CP1252_CSV)
    table = local_workspace.imports.read(path)
    settings = ImportSettings(mapping=local_workspace.imports.automatic_mapping(table))
    report = local_workspace.imports.run(table, settings, dry_run=True)
    assert report.dry_run and report.created_organisations == 2 and report.batch_id is None
    assert _names(local_workspace) == [] and local_workspace.imports.batches() == []


def test_undo_removes_the_whole_batch_and_only_once(
    local_workspace: Workspace, tmp_path: Path
) -> None:
    local_workspace.organisations.create(OrganisationDraft(name="Schon da GmbH"))
    report = _run(local_workspace, _file(tmp_path, "kontakte.csv", f.CP1252_CSV))
    assert report.batch_id is not None
    [batch] = local_workspace.imports.batches()
    assert "kontakte.csv" in batch.summary and not batch.undone
    local_workspace.imports.undo(report.batch_id)
    assert _names(local_workspace) == ["Schon da GmbH"] and _people(local_workspace) == []
    assert local_workspace.imports.batches()[0].undone
    with pytest.raises(ConflictError):
        local_workspace.imports.undo(report.batch_id)


def test_likely_duplicates_are_reported_and_policy_decides(
    local_workspace: Workspace, tmp_path: Path
) -> None:
    existing = local_workspace.organisations.create(
        OrganisationDraft(name="Mueller Praezisionstechnik GmbH", postcode="44135")
    )
    path = _file(tmp_path, "kontakte.csv", f.CP1252_CSV)
    skipped = _run(local_workspace, path, on_duplicate=DuplicatePolicy.SKIP, skip_rows=frozenset())
    [dup] = skipped.duplicates
    assert (dup.row, dup.existing_id, dup.kind) == (2, existing, "organisation")
    assert skipped.skipped == [2] and len(_names(local_workspace)) == 2

    merged = _run(local_workspace, path, on_duplicate=DuplicatePolicy.MERGE)
    assert merged.updated >= 1
    detail = local_workspace.organisations.detail(existing)
    assert detail.draft.street == "Hauptstraße 12"  # empty field filled from the file
    assert detail.draft.name == "Mueller Praezisionstechnik GmbH"  # filled, never overwritten
    assert merged.batch_id is not None
    local_workspace.imports.undo(merged.batch_id)
    assert local_workspace.organisations.detail(existing).draft.street == ""


def test_several_rows_of_one_firm_make_one_organisation(
    local_workspace: Workspace, tmp_path: Path
) -> None:
    data = (
        "Firma;PLZ;Vorname;Nachname\r\n"
        "Ruhr Sensorik GmbH;44799;Anna;Schröder\r\n"
        "Ruhr Sensorik GmbH;44799;Ben;Kaya\r\n"
    ).encode()
    report = _run(local_workspace, _file(tmp_path, "s.csv", data))
    assert (report.created_organisations, report.created_people) == (1, 2)
    assert report.duplicates == []


def test_saved_mapping_applies_to_the_next_file_by_header(
    local_workspace: Workspace, tmp_path: Path
) -> None:
    table = local_workspace.imports.read(
        _file(tmp_path, "a.csv", b"Kunde;Stadt\r\nA GmbH;Hagen\r\n")
    )
    local_workspace.imports.save_mapping(
        "Kundenliste", table, {0: "organisation.name", 1: "organisation.city"}
    )
    other = local_workspace.imports.read(
        _file(tmp_path, "b.csv", b"Stadt;Kunde\r\nBochum;B AG\r\n")
    )
    assert local_workspace.imports.mapping_names() == ["Kundenliste"]
    assert local_workspace.imports.load_mapping("Kundenliste", other) == {
        0: "organisation.city",
        1: "organisation.name",
    }


def test_legal_form_at_the_end_of_a_firm_name_fills_the_legal_form_field(
    local_workspace: Workspace, tmp_path: Path
) -> None:
    data = (
        "Firma;Rechtsform;PLZ\r\n"
        "Müller & Söhne GmbH & Co. KG;;44139\r\n"
        "Weiß Technik Aktiengesellschaft;;44787\r\n"
        "Schulz Bau GmbH;KG;58095\r\n"
        "Bertelsmann Stiftung;;44135\r\n"
    ).encode()
    report = _run(local_workspace, _file(tmp_path, "firmen.csv", data))
    assert report.complete and report.errors == []
    forms = {}
    for row in local_workspace.organisations.page(ListQuery(), 0, 10):
        forms[row.name] = local_workspace.organisations.detail(row.id).draft.legal_form
    # The name stays the full firm name (letters use it); the file's own column wins.
    assert forms == {
        "Müller & Söhne GmbH & Co. KG": "GmbH & Co. KG",
        "Weiß Technik Aktiengesellschaft": "AG",
        "Schulz Bau GmbH": "KG",
        "Bertelsmann Stiftung": "",
    }


def test_import_command_decimal_separator_overrides_the_detection(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from indie_desktop.cli import main

    path = _file(tmp_path, "wz.csv", "Firma;WZ;Gegründet\r\nA GmbH;25,62;1998\r\n".encode())
    data = str(tmp_path / "data")
    assert main(["import", str(path), "--data-dir", data, "--dry-run", "--decimal-point"]) == 0
    # read with decimal points, "25,62" is no WZ code: the firm comes in, the code in its notes
    assert "Zeile 2, WZ: 25,62 ist kein WZ-2008-Code" in capsys.readouterr().out
    assert main(["import", str(path), "--data-dir", data, "--dry-run", "--decimal-comma"]) == 0
    assert "WZ-2008" not in capsys.readouterr().out
    assert main(["import", str(path), "--data-dir", data]) == 0  # detected: decimal comma
    assert "WZ-2008" not in capsys.readouterr().out


@pytest.mark.parametrize(
    ("text", "comma", "expected"),
    [
        ("25,62", True, "25.62"),
        ("1.998", True, "1998"),
        ("25.62.0", True, "25.62.0"),
        ("25,62", False, "25,62"),
        ("1,998", False, "1998"),
        ("25.62", False, "25.62"),
        ("Hagen", True, "Hagen"),
    ],
)
def test_number_cells_are_read_in_the_files_decimal_notation(
    text: str, comma: bool, expected: str
) -> None:
    from indie_desktop.interchange.import_table import ImportTable

    table = ImportTable([], [], [], "csv", decimal_comma=comma)
    assert table.number_text(text) == expected


_PNG = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d49444154789c6360000002000001e221bc330000000049454e44ae426082"
)


def _photo_cards() -> bytes:
    import base64

    b64 = base64.b64encode(_PNG).decode()
    return (
        "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Yıldız;Şükrü;;;\r\nORG:Yıldız Metallbau GmbH\r\n"
        f"PHOTO;ENCODING=b;TYPE=PNG:{b64[:40]}\r\n {b64[40:]}\r\nEND:VCARD\r\n"
        "BEGIN:VCARD\r\nVERSION:4.0\r\nN:Ñúñez;Zoë;;;\r\n"
        f"PHOTO:data:image/png;base64,{b64}\r\nEND:VCARD\r\n"
        "BEGIN:VCARD\r\nVERSION:4.0\r\nN:Wiśniewski;Łukasz;;;\r\n"
        "PHOTO:https://example.org/lukasz.jpg\r\nEND:VCARD\r\n"
    ).encode()


def _photos_of(ws: Workspace) -> dict[str, list[str]]:
    return {
        r.name: [a.filename for a in ws.attachments.list_for("person", r.id)]
        for r in ws.people.page(ListQuery(), 0, 10)
    }


def test_vcard_photos_are_ignored_unless_kept_as_attachments(
    local_workspace: Workspace, tmp_path: Path
) -> None:
    ws = local_workspace
    path = _file(tmp_path, "kontakte.vcf", _photo_cards())
    assert sorted(ws.imports.read(path).photos) == [0, 1]  # the linked photo is not read
    _run(ws, path)
    assert all(files == [] for files in _photos_of(ws).values())


def test_kept_vcard_photos_are_attachments_of_the_people_and_undone_with_the_batch(
    local_workspace: Workspace, tmp_path: Path
) -> None:
    ws = local_workspace
    report = _run(ws, _file(tmp_path, "kontakte.vcf", _photo_cards()), keep_photos=True)
    assert report.complete
    assert _photos_of(ws) == {
        "Yıldız, Şükrü": ["Foto Şükrü Yıldız.png"],
        "Ñúñez, Zoë": ["Foto Zoë Ñúñez.png"],
        "Wiśniewski, Łukasz": [],
    }
    person = ws.people.page(ListQuery(text="yildiz"), 0, 1)[0]
    [photo] = ws.attachments.list_for("person", person.id)
    assert (
        photo.media_type == "image/png" and ws.attachments.open_path(photo.id).read_bytes() == _PNG
    )
    assert report.batch_id is not None
    ws.imports.undo(report.batch_id)
    assert ws.attachments.list_for("person", person.id) == []


def test_import_command_keeps_photos_when_asked(tmp_path: Path) -> None:
    from indie_desktop.cli import main
    from indie_desktop.services.context import Actor
    from indie_desktop.store.database import open_local

    path = _file(tmp_path, "kontakte.vcf", _photo_cards())
    data = tmp_path / "data"
    assert main(["import", str(path), "--data-dir", str(data), "--photos", "keep"]) == 0
    db = open_local(data)
    try:
        photos = _photos_of(Workspace(db, Actor.system()))
    finally:
        db.dispose()
    assert photos["Ñúñez, Zoë"] == ["Foto Zoë Ñúñez.png"]


def test_checking_then_importing_builds_the_duplicate_index_once_until_firms_change(
    local_workspace: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import indie_desktop.services.importing.batches as importing

    ws = local_workspace
    ws.organisations.create(OrganisationDraft(name="Kemper Metallbau GmbH", postcode="58095"))
    builds: list[int] = []
    real = importing.load_organisation_keys

    def counted(s):  # type: ignore[no-untyped-def]
        builds.append(1)
        return real(s)

    monkeypatch.setattr(importing, "load_organisation_keys", counted)
    data = b"Firma;PLZ\r\nKemper Metallbau GmbH;58095\r\nRuhr Sensorik GmbH;44799\r\n"
    path = _file(tmp_path, "f.csv", data)
    table = ws.imports.read(path)
    settings = ImportSettings(mapping=ws.imports.automatic_mapping(table))
    assert len(ws.imports.run(table, settings, dry_run=True).duplicates) == 1
    assert len(ws.imports.run(table, settings, dry_run=True).duplicates) == 1
    assert builds == [1]  # the second check reused it
    ws.imports.run(table, settings)  # imports Ruhr Sensorik (and Kemper again, as asked)
    assert len(ws.imports.run(table, settings, dry_run=True).duplicates) == 2
    assert builds == [1, 1]  # the firms changed: built anew, the new firm is known


def test_a_german_number_excel_stored_as_a_number_gets_its_leading_zero_back(
    local_workspace: Workspace, tmp_path: Path
) -> None:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Firma", "Vorname", "Nachname", "Telefon"])
    sheet.append(["Weiß & Söhne KG", "Jutta", "Schröder", 2317654321])
    sheet.append(["Swiss AG", "Zoë", "Ñúñez", 12])
    path = tmp_path / "liste.xlsx"
    book.save(path)
    report = _run(local_workspace, path)
    assert report.complete and report.created_people == 2
    person = local_workspace.people.page(ListQuery(text="schroder"), 0, 1)[0]
    assert local_workspace.people.detail(person.id).draft.phone == "+492317654321"
    kept = {(e.row, e.kept): e.message for e in report.errors}
    assert "führende 0 ergänzt" in kept[(2, True)]
    assert kept[(3, True)] == "12 ist keine gültige deutsche Nummer – als Notiz übernommen"


def test_a_number_written_with_its_leading_zero_is_not_reported_as_repaired(
    local_workspace: Workspace, tmp_path: Path
) -> None:
    """A vCard's 'TEL:0231100000' (digits only, as phones export them) lost nothing: no line
    in the report says Excel dropped its 0."""
    card = (
        "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Yıldız;Şükrü;;;\r\nFN:Şükrü Yıldız\r\n"
        "ORG:Ruhr Sensorik GmbH\r\nTEL;TYPE=WORK:0231100000\r\n"
        "ADR;TYPE=WORK:;;Hafenstraße 3;Dortmund;;44147;Deutschland\r\nEND:VCARD\r\n"
    )
    report = _run(local_workspace, _file(tmp_path, "k.vcf", card.encode("utf-8")))
    assert report.complete and report.created_people == 1
    assert [e.message for e in report.errors] == []
    person = local_workspace.people.page(ListQuery(text="yildiz"), 0, 1)[0]
    assert local_workspace.people.detail(person.id).draft.phone == "+49231100000"


def test_a_swiss_address_is_checked_as_swiss_and_keeps_its_country(
    local_workspace: Workspace, tmp_path: Path
) -> None:
    data = (
        "Firma;Straße;PLZ;Ort;Land;Telefon\r\n"
        "Schweizer Präzision AG;Bahnhofstrasse 1;8304;Wallisellen;Schweiz;044 123 45 67\r\n"
        "Ösi GmbH;Hauptplatz 2;4614;Marchtrenk;Österreich;+43 7242 12345\r\n"
    ).encode("utf-8-sig")
    report = _run(local_workspace, _file(tmp_path, "ausland.csv", data))
    assert report.complete and report.errors == []
    org = local_workspace.organisations.page(ListQuery(text="schweizer"), 0, 1)[0]
    draft = local_workspace.organisations.detail(org.id).draft
    assert (draft.postcode, draft.country, draft.phone) == ("8304", "Schweiz", "+41441234567")
