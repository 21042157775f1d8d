"""Reading the files staff bring: German Excel CSV, Outlook and Google exports, vCards."""

from __future__ import annotations

import io
import quopri
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import Workbook

from indie_desktop.interchange.csv_reader import parse_csv
from indie_desktop.interchange.fields import automatic_mapping
from indie_desktop.interchange.import_table import MAX_FILE_BYTES, ImportFileError
from indie_desktop.interchange.reading import ReadOptions, read_table
from indie_desktop.interchange.vcard_reader import parse_vcard
from indie_desktop.interchange.xlsx_reader import parse_xlsx
from indie_desktop.services.importing.row_cells import split_full_name
from tests.unit import import_files as f


def _mapped(headers: list[str]) -> dict[str, str]:
    return {headers[i]: t for i, t in automatic_mapping(headers).items()}


def test_german_excel_csv_is_read_as_cp1252_with_semicolons_and_multiline_notes() -> None:
    table = parse_csv(f.CP1252_CSV)
    assert (table.encoding, table.delimiter, table.decimal_comma) == ("cp1252", ";", True)
    assert table.rows[0][0] == "Müller Präzisionstechnik GmbH"
    assert table.rows[0][9] == "Besuch am 12.03.\r\nRückruf erbeten"
    # The note's line break does not shift row numbers: Excel shows the second firm in row 3.
    assert table.row_numbers == [2, 3]
    assert table.rows[1][6:8] == ["Zoë", "Ñúñez"]


def test_utf8_csv_with_bom_keeps_turkish_and_polish_names() -> None:
    table = parse_csv(f.UTF8_BOM_CSV)
    assert table.encoding == "utf-8-sig" and table.delimiter == ","
    assert table.headers[0] == "Firma"
    assert table.rows[0][3:5] == ["Şükrü", "Yıldız"]
    assert table.rows[1][3:5] == ["Łukasz", "Wiśniewski"]


def test_detected_encoding_and_delimiter_can_be_overridden() -> None:
    table = parse_csv(f.CP1252_CSV, encoding="iso-8859-1", delimiter=",")
    assert table.delimiter == "," and len(table.headers) == 1


def test_tab_separated_file_is_detected() -> None:
    table = parse_csv(b"Firma\tOrt\nA GmbH\tHagen\n")
    assert table.delimiter == "\t" and table.rows == [["A GmbH", "Hagen"]]


def test_german_outlook_export_maps_itself() -> None:
    table = parse_csv(f.OUTLOOK_DE_CSV)
    mapped = _mapped(table.headers)
    assert mapped["Firma"] == "organisation.name"
    assert mapped["Straße geschäftlich"] == "organisation.street"
    assert mapped["Postleitzahl geschäftlich"] == "organisation.postcode"
    assert mapped["Ort geschäftlich"] == "organisation.city"
    assert mapped["Telefon geschäftlich"] == "person.phone"
    assert mapped["E-Mail-Adresse"] == "person.email"
    assert mapped["Position"] == "person.function"


def test_google_export_maps_itself() -> None:
    mapped = _mapped(parse_csv(f.GOOGLE_CSV).headers)
    assert mapped["Given Name"] == "person.first_name"
    assert mapped["Family Name"] == "person.last_name"
    assert mapped["Organization 1 - Name"] == "organisation.name"
    assert mapped["E-mail 1 - Value"] == "person.email"


def test_plain_firm_list_puts_phone_and_email_on_the_organisation() -> None:
    mapped = _mapped(["Firma", "Straße", "PLZ", "Ort", "Telefon", "E-Mail", "Website"])
    assert mapped["Telefon"] == "organisation.phone"
    assert mapped["E-Mail"] == "organisation.email"
    assert mapped["Website"] == "organisation.website"


def test_outlook_vcard_21_with_quoted_printable_and_charset() -> None:
    table = parse_vcard(f.VCARD_21)
    card = dict(zip(table.headers, table.rows[0], strict=True))
    assert card["Vorname"] == "Jürgen" and card["Nachname"] == "Müller"
    assert card["Anrede"] == "Herr"
    assert card["Firma"] == "Müller Präzisionstechnik GmbH"
    assert card["Straße"] == "Hauptstraße 12" and card["PLZ"] == "44135"
    assert card["Mobiltelefon"] == "0172 9876543"
    assert card["Notiz"] == "Erste Zeile\r\nZweite Zeile mit Überlauf"


def test_vcard_30_and_40_in_one_file_with_folded_lines_and_ablabel_groups() -> None:
    table = parse_vcard(f.VCARD_30_AND_40)
    first, second = (dict(zip(table.headers, r, strict=True)) for r in table.rows)
    assert table.row_numbers == [1, 12]  # the line of each card's BEGIN:VCARD
    assert first["Nachname"] == "Wiśniewski"
    assert first["Notiz"] == "Lange Notiz, die über zwei Zeilen gefaltet ist"
    assert second["Vorname"] == "Şükrü"
    assert second["Mobiltelefon"] == "+49 2331 123456"  # item1.X-ABLabel: Mobil
    assert second["E-Mail"] == "sukru@yildiz-metall.de"
    assert second["Website"] == "https://www.yildiz-metall.de"


def test_xlsx_reads_first_or_chosen_sheet_with_excel_row_numbers() -> None:
    book = Workbook()
    first = book.active
    first.title = "Firmen"
    first.append(["Firma", "PLZ", "Gründungsjahr"])
    first.append([None, None, None])
    first.append(["Yıldız Metallbau GmbH", "58095", 1998])
    other = book.create_sheet("Kontakte")
    other.append(["Vorname", "Nachname"])
    other.append(["Łukasz", "Wiśniewski"])
    buffer = io.BytesIO()
    book.save(buffer)
    table = parse_xlsx(buffer.getvalue())
    assert table.sheets == ["Firmen", "Kontakte"] and table.sheet == "Firmen"
    assert table.rows == [["Yıldız Metallbau GmbH", "58095", "1998"]]
    assert table.row_numbers == [3]
    chosen = parse_xlsx(buffer.getvalue(), "Kontakte")
    assert chosen.rows == [["Łukasz", "Wiśniewski"]]


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("bild.csv", b"\x89PNG\r\n\x1a\n\x00\x00\x00", "binary"),
        ("kaputt.csv", b'Firma;Ort\n"Offen;Hagen\n', "cut off"),
        ("leer.csv", b"", "empty"),
        ("alt.xls", b"\xd0\xcf\x11\xe0", ".xls"),
        ("kaputt.xlsx", b"PK\x03\x04 not really", "not a readable Excel"),
        ("fremd.vcf", b"Hallo Welt\r\n", "holds no vCard"),
    ],
)
def test_bad_files_get_a_clear_message(
    tmp_path: Path, name: str, data: bytes, message: str
) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(ImportFileError, match=message):
        read_table(path)


def test_wrong_encoding_chosen_by_the_user_is_reported() -> None:
    with pytest.raises(ImportFileError, match="cannot be read as utf-8"):
        parse_csv(f.CP1252_CSV, encoding="utf-8")


def test_huge_file_is_refused_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "riesig.csv"
    with path.open("wb") as out:
        out.truncate(MAX_FILE_BYTES + 1)
    with pytest.raises(ImportFileError, match="too large"):
        read_table(path, ReadOptions())


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(st.binary(max_size=2000))
def test_random_bytes_never_crash_the_csv_reader(data: bytes) -> None:
    try:
        parse_csv(data)
    except ImportFileError as exc:
        assert str(exc)


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(
    st.one_of(
        st.binary(max_size=2000),
        st.lists(
            st.sampled_from(
                [
                    b"BEGIN:VCARD",
                    b"END:VCARD",
                    b"VERSION:2.1",
                    b"N;ENCODING=QUOTED-PRINTABLE;CHARSET=foo:=C3=",
                    b"N:;;;;;;",
                    b"ADR;WORK:;",
                    b"item1.TEL:1",
                    b"item1.X-ABLabel:",
                    b" folded",
                    b"TEL;CHARSET=windows-1252:\xff\xfe",
                    b"=",
                    b"",
                ]
            ),
            max_size=30,
        ).map(b"\r\n".join),
    )
)
def test_random_bytes_never_crash_the_vcard_reader(data: bytes) -> None:
    try:
        parse_vcard(data)
    except ImportFileError as exc:
        assert str(exc)


def test_a_cut_off_card_arrives_and_the_report_names_its_line() -> None:
    table = parse_vcard(b"BEGIN:VCARD\r\nVERSION:3.0\r\nN:A;B\r\n")
    assert [r[3] for r in table.rows] == ["A"]
    assert [line for line, _ in table.warnings] == [1]


def test_a_broken_line_is_skipped_with_its_line_and_the_rest_of_the_file_comes_in() -> None:
    data = (
        b"BEGIN:VCARD\r\nVERSION:2.1\r\nN:Eins;A\r\nkaputte Zeile ohne Doppelpunkt\r\n"
        b"END:VCARD\r\n# Kommentar\r\nBEGIN:VCARD\r\nVERSION:2.1\r\nN:Zwei;B\r\nEND:VCARD\r\n"
    )
    table = parse_vcard(data)
    assert [r[3] for r in table.rows] == ["Eins", "Zwei"]
    assert [line for line, _ in table.warnings] == [4]


def test_quoted_printable_without_charset_is_read_as_latin2_or_cp1252_by_its_letters() -> None:
    polish = "Łukasz Wiśniewski, ul. Żółta 5".encode("iso-8859-2")
    german = "Jürgen Müller, Hauptstraße 12".encode("cp1252")
    for text, raw in (("Łukasz Wiśniewski", polish), ("Jürgen Müller", german)):
        qp = quopri.encodestring(raw)
        data = b"BEGIN:VCARD\r\nVERSION:2.1\r\nN:X\r\nNOTE;ENCODING=QUOTED-PRINTABLE:" + qp
        table = parse_vcard(data + b"\r\nEND:VCARD\r\n")
        assert text in table.rows[0][-1]


def test_utf16_vcard_without_bom_and_iphone_line_ends() -> None:
    card = "BEGIN:VCARD\r\r\nVERSION:3.0\r\r\nN:Yıldız;Şükrü\r\r\nEND:VCARD\r\r\n"
    for encoding in ("utf-16-le", "utf-16-be"):
        table = parse_vcard(card.encode(encoding))
        assert (table.rows[0][2], table.rows[0][3]) == ("Şükrü", "Yıldız")


def test_csv_excel_sep_line_pipe_and_utf16_tab_and_a_field_of_several_mb() -> None:
    sep = parse_csv(b"sep=,\r\nFirma,PLZ\r\nA GmbH,44135\r\n")
    assert (sep.headers, sep.rows, sep.row_numbers) == (
        ["Firma", "PLZ"],
        [["A GmbH", "44135"]],
        [3],
    )
    pipe = parse_csv("Firma|Ort\r\nWeiß KG|Hagen\r\n".encode())
    assert pipe.rows == [["Weiß KG", "Hagen"]]
    unicode_text = "Firma\tOrt\r\nŁukasz Elektro\tHerne\r\n".encode("utf-16-le")  # no BOM
    assert parse_csv(unicode_text).rows == [["Łukasz Elektro", "Herne"]]
    big = "x" * 3_000_000
    assert len(parse_csv(f'Firma;Notiz\r\nA;"{big}"\r\n'.encode()).rows[0][1]) == 3_000_000


@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        (  # Outlook (German)
            [
                "Anrede",
                "Vorname",
                "Nachname",
                "Firma",
                "Straße geschäftlich",
                "Postleitzahl geschäftlich",
                "Land/Region geschäftlich",
                "E-Mail-Adresse",
                "E-Mail 2: Adresse",
                "Telefon privat",
                "Fax geschäftlich",
            ],
            [
                "person.salutation",
                "person.first_name",
                "person.last_name",
                "organisation.name",
                "organisation.street",
                "organisation.postcode",
                "organisation.country",
                "person.email",
                "person.more",
                "person.more",
                "person.more",
            ],
        ),
        (  # Thunderbird
            [
                "First Name",
                "Last Name",
                "Display Name",
                "Primary Email",
                "Secondary Email",
                "Work Phone",
                "Mobile Number",
                "Work Address",
                "Work ZipCode",
                "Web Page 1",
            ],
            [
                "person.first_name",
                "person.last_name",
                "person.full_name",
                "person.email",
                "person.more",
                "person.phone",
                "person.mobile",
                "organisation.street",
                "organisation.postcode",
                "organisation.website",
            ],
        ),
        (  # LinkedIn: the URL is the person's profile, not the firm's website
            [
                "First Name",
                "Last Name",
                "URL",
                "Email Address",
                "Company",
                "Position",
                "Connected On",
            ],
            [
                "person.first_name",
                "person.last_name",
                "person.more",
                "person.email",
                "organisation.name",
                "person.function",
                "person.more",
            ],
        ),
        (  # a German list with one column for the contact person
            ["Firma", "Ansprechpartner", "Telefon"],
            ["organisation.name", "person.full_name", "person.phone"],
        ),
    ],
)
def test_automatic_mapping_knows_the_headers_of_common_address_books(
    headers: list[str], expected: list[str]
) -> None:
    mapping = automatic_mapping(headers)
    assert [mapping.get(i, "") for i in range(len(headers))] == expected


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        ("Frau Jutta Schröder", ("Frau", "", "Jutta", "Schröder")),
        ("Herr Prof. Dr. Łukasz Wiśniewski", ("Herr", "Prof. Dr.", "Łukasz", "Wiśniewski")),
        ("Schröder, Jutta", ("", "", "Jutta", "Schröder")),
        ("Zoë Ñúñez", ("", "", "Zoë", "Ñúñez")),
    ],
)
def test_a_full_name_is_split_into_salutation_title_first_and_last_name(
    text: str, parts: tuple[str, str, str, str]
) -> None:
    assert split_full_name(text) == parts


SPREADSHEETS = Path(__file__).parents[1] / "files" / "spreadsheets"


@pytest.mark.parametrize("suffix", ["xlsx", "xls", "xlsb", "ods"])
def test_old_excel_binary_and_opendocument_workbooks_are_read(suffix: str) -> None:
    """python-calamine's own test workbooks, written by Excel and LibreOffice."""
    table = read_table(SPREADSHEETS / f"calamine-base.{suffix}")
    assert table.headers[:5] == ["String", "1", "1,1", "ja", "nein"]
    assert table.headers[5] == "10.10.2010"
    assert "Merged Cells" in table.sheets


def test_a_workbook_that_unpacks_to_gigabytes_is_refused_before_reading() -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("xl/worksheets/sheet1.xml", b"\0" * 30_000_000)
    data = buffer.getvalue()
    assert len(data) < 100_000
    with pytest.raises(ImportFileError, match="unpack"):
        parse_xlsx(data)
