from __future__ import annotations

import csv
import uuid
from datetime import UTC, date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import icalendar
import pytest
from openpyxl import load_workbook

from indie_desktop.cli import main
from indie_desktop.interchange.icalendar import EventEntry, TodoEntry, write_calendar
from indie_desktop.interchange.table import write_csv, write_xlsx
from indie_desktop.interchange.vcard import Card, write_vcards
from indie_desktop.services.workspace import Workspace
from tests.search_scenario import seed

NAMES = ["Şükrü Yıldız", "Łukasz Wiśniewski", "Zoë Ñúñez"]


def _unfold(text: str) -> list[str]:
    """Content lines of a vCard/iCalendar file: CRLF, continuation lines start with a space."""
    assert "\n" not in text.replace("\r\n", "")
    return text.replace("\r\n ", "").split("\r\n")[:-1]


def _unescape(value: str) -> str:
    return value.replace("\\n", "\n").replace("\\,", ",").replace("\\;", ";").replace("\\\\", "\\")


def test_csv_opens_in_german_excel_with_bom_and_semicolons(tmp_path: Path) -> None:
    out = tmp_path / "x.csv"
    write_csv(out, ["Name", "Ort"], [[NAMES[0], "Hagen; Westf."], [NAMES[1], "Zeile 1\nZeile 2"]])
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbfName;Ort\r\n")
    with open(out, encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f, delimiter=";"))
    assert rows == [["Name", "Ort"], [NAMES[0], "Hagen; Westf."], [NAMES[1], "Zeile 1\nZeile 2"]]


@pytest.mark.parametrize(
    "cell",
    [
        '=HYPERLINK("http://evil.example","klick")',
        "+1+cmd|' /C calc'!A0",
        "-2+3",
        "@SUM(A1)",
        "\t=1",
        "\r=1",
    ],
)
def test_csv_cells_that_look_like_formulas_are_written_as_text(tmp_path: Path, cell: str) -> None:
    out = tmp_path / "x.csv"
    write_csv(out, ["Notiz"], [[cell]])
    with open(out, encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f, delimiter=";"))
    assert rows[1] == ["'" + cell]


def test_xlsx_reads_back_as_text_never_as_formula(tmp_path: Path) -> None:
    out = tmp_path / "x.xlsx"
    write_xlsx(out, ["Name", "Notiz"], [[NAMES[2], '=HYPERLINK("http://x")'], [NAMES[1], "a\x01b"]])
    sheet = load_workbook(out).active
    assert sheet is not None
    rows = [[c.value for c in r] for r in sheet.iter_rows()]
    assert rows == [["Name", "Notiz"], [NAMES[2], '=HYPERLINK("http://x")'], [NAMES[1], "ab"]]
    assert sheet["B2"].data_type == "s"


def test_vcard_has_the_fields_outlook_and_thunderbird_read(tmp_path: Path) -> None:
    out = tmp_path / "x.vcf"
    cid = uuid.uuid4()
    card = Card(
        cid,
        "Şükrü",
        "Yıldız",
        "Dr.",
        "Kemper Metallbau GmbH, Hagen",
        "Einkauf; Technik",
        "",
        "+49 2331 123456",
        "",
        "s.yildiz@example.de",
        "Märkische Straße 5",
        "58095",
        "Hagen",
    )
    write_vcards(out, [card, Card(uuid.uuid4(), "Zoë", "Ñúñez")])
    lines = _unfold(out.read_bytes().decode())
    assert lines[:2] == ["BEGIN:VCARD", "VERSION:4.0"]
    assert "N:Yıldız;Şükrü;;Dr.;" in lines
    assert "FN:Dr. Şükrü Yıldız" in lines
    assert "ORG:Kemper Metallbau GmbH\\, Hagen" in lines
    assert _unescape("TITLE:Einkauf\\; Technik") in [_unescape(x) for x in lines]
    assert "TEL;TYPE=work,voice;VALUE=text:+49 2331 123456" in lines
    assert "EMAIL;TYPE=work:s.yildiz@example.de" in lines
    assert "ADR;TYPE=work:;;Märkische Straße 5;Hagen;;58095;Deutschland" in lines
    assert lines.count("BEGIN:VCARD") == lines.count("END:VCARD") == 2
    assert all(len(x.encode()) <= 75 for x in out.read_bytes().decode().split("\r\n"))


def test_icalendar_tasks_and_visits_in_berlin_time(tmp_path: Path) -> None:
    out = tmp_path / "x.ics"
    visit = datetime(2026, 11, 24, 9, 30, tzinfo=UTC)
    write_calendar(
        out,
        todos=[TodoEntry(uuid.uuid4(), "Angebot an Łukasz Wiśniewski", "", date(2026, 11, 24))],
        events=[
            EventEntry(
                uuid.uuid4(),
                "Besuch bei Zoë Ñúñez",
                visit,
                "Hagen, Markt 1",
                "Bericht\nZeile 2; mehr",
            )
        ],
    )
    lines = _unfold(out.read_bytes().decode())
    assert lines[0] == "BEGIN:VCALENDAR" and lines[-1] == "END:VCALENDAR"
    assert "SUMMARY:Angebot an Łukasz Wiśniewski" in lines
    assert "DUE;VALUE=DATE:20261124" in lines
    assert "STATUS:NEEDS-ACTION" in lines
    assert "DTSTART;TZID=Europe/Berlin:20261124T103000" in lines
    assert "TZID:Europe/Berlin" in lines
    assert "LOCATION:Hagen\\, Markt 1" in lines
    desc = next(x for x in lines if x.startswith("DESCRIPTION:"))
    assert _unescape(desc.removeprefix("DESCRIPTION:")) == "Bericht\nZeile 2; mehr"


def test_calendar_shows_visits_at_their_berlin_time_in_summer_and_winter(tmp_path: Path) -> None:
    """An independent reader (icalendar) resolves the file's zone: a 10:00 visit stays 10:00
    on both sides of the clock change, and the instants are the ones stored."""
    out = tmp_path / "visits.ics"
    berlin = ZoneInfo("Europe/Berlin")
    times = [
        datetime(2026, 3, 28, 9, 0, tzinfo=UTC),  # Saturday before the change: CET
        datetime(2026, 3, 29, 8, 0, tzinfo=UTC),  # Sunday after 02:00: CEST
        datetime(2026, 7, 1, 8, 0, tzinfo=UTC),
        datetime(2026, 10, 25, 9, 0, tzinfo=UTC),  # back to CET
        datetime(2026, 12, 31, 22, 30, tzinfo=UTC),  # New Year's Eve, 23:30 local
    ]
    events = [EventEntry(uuid.uuid4(), f"Besuch {i}", t) for i, t in enumerate(times)]
    write_calendar(out, events=events)
    calendar = icalendar.Calendar.from_ical(out.read_bytes())
    starts = [e.decoded("DTSTART") for e in calendar.walk("VEVENT")]
    assert [(s.hour, s.minute) for s in starts] == [(10, 0), (10, 0), (10, 0), (10, 0), (23, 30)]
    assert [s.astimezone(UTC) for s in starts] == times
    assert all(
        s.utcoffset() == t.astimezone(berlin).utcoffset()
        for s, t in zip(starts, times, strict=True)
    )
    [zone] = calendar.walk("VTIMEZONE")
    assert str(zone["TZID"]) == "Europe/Berlin"


def test_export_command_writes_every_format_with_foreign_names(
    local_workspace: Workspace, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    seed(local_workspace)
    data = local_workspace.db.path
    assert data is not None
    local_workspace.close()
    args = ["export", "--data-dir", str(data.parent)]
    assert (
        main([*args, "--what", "people", "--format", "csv", "--out", str(tmp_path / "p.csv")]) == 0
    )
    text = (tmp_path / "p.csv").read_text(encoding="utf-8-sig")
    assert ";Şükrü;Yıldız;" in text and ";Łukasz;Wiśniewski;" in text and ";Zoë;Ñúñez;" in text
    assert (
        main([*args, "--what", "people", "--format", "xlsx", "--out", str(tmp_path / "p.xlsx")])
        == 0
    )
    sheet = load_workbook(tmp_path / "p.xlsx").active
    assert sheet is not None
    names = {(r[2].value, r[3].value) for r in sheet.iter_rows()}
    assert {("Şükrü", "Yıldız"), ("Zoë", "Ñúñez")} <= names
    assert (
        main([*args, "--what", "people", "--format", "vcard", "--out", str(tmp_path / "p.vcf")])
        == 0
    )
    cards = _unfold((tmp_path / "p.vcf").read_bytes().decode())
    assert {"FN:Şükrü Yıldız", "FN:Łukasz Wiśniewski", "FN:Zoë Ñúñez"} <= set(cards)
    assert "ORG:Kemper Metallbau GmbH" in cards
    assert (
        main([*args, "--what", "activities", "--format", "ics", "--out", str(tmp_path / "a.ics")])
        == 0
    )
    assert "SUMMARY:Betriebsbesichtigung Kemper" in _unfold(
        (tmp_path / "a.ics").read_bytes().decode()
    )
    assert (
        main([*args, "--what", "organisations", "--format", "vcard", "--out", str(tmp_path / "o")])
        == 2
    )
    assert "not vcard" in capsys.readouterr().err


def test_export_command_writes_german_headers_and_labels_unless_asked_for_english(
    local_workspace: Workspace, tmp_path: Path
) -> None:
    seed(local_workspace)
    data = local_workspace.db.path
    assert data is not None
    local_workspace.close()
    args = ["export", "--data-dir", str(data.parent), "--format", "csv"]

    def rows(name: str) -> list[list[str]]:
        with open(tmp_path / name, encoding="utf-8-sig", newline="") as f:
            return list(csv.reader(f, delimiter=";"))

    assert main([*args, "--what", "organisations", "--out", str(tmp_path / "o.csv")]) == 0
    german = rows("o.csv")
    # Every field, under the headers the import maps back (test_export_round_trip.py).
    assert german[0][:6] == ["Firma", "Rechtsform", "Straße", "PLZ", "Ort", "Land"]
    assert main([*args, "--what", "activities", "--out", str(tmp_path / "a.csv")]) == 0
    assert rows("a.csv")[0][:3] == ["Datum", "Art", "Betreff"]
    assert rows("a.csv")[1][0] == "01.02.2026 10:00"

    english = ["--lang", "en", "--what", "organisations", "--out", str(tmp_path / "e.csv")]
    assert main([*args, *english]) == 0
    assert rows("e.csv")[0][:3] == ["Name", "Kind", "City"]
    assert {r[1] for r in rows("e.csv")[1:]} == {"Company"}


def test_search_command_prints_matches_by_kind(
    local_workspace: Workspace, capsys: pytest.CaptureFixture[str]
) -> None:
    seed(local_workspace)
    data = local_workspace.db.path
    assert data is not None
    local_workspace.close()
    capsys.readouterr()
    assert main(["search", "Mueller", "--data-dir", str(data.parent)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Organisations:\n  Müller Präzisionstechnik GmbH  (44147 Dortmund)")
    assert main(["search", "grunewald", "--data-dir", str(data.parent)]) == 0
    assert capsys.readouterr().out.startswith(
        "Referrals:\n  Kemper Metallbau GmbH → Müller Präzisionstechnik GmbH  (Kontakt über"
    )
