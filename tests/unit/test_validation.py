"""What users rely on when they type values into forms: accepted, normalised, or a clear error."""

from __future__ import annotations

import datetime
import os
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest

from indie_desktop.domain.enums import LEGAL_FORMS
from indie_desktop.domain.validation import (
    FieldError,
    format_phone,
    normalize_email,
    normalize_legal_form,
    normalize_phone,
    normalize_postcode,
    normalize_vat_id,
    normalize_website,
    normalize_wz_code,
    normalize_year,
    optional_text,
    parse_date_de,
    parse_money_de,
    require_text,
    split_legal_form,
)

EMPTY = [None, "", "   ", "\t\n"]


def test_field_error_is_a_value_error_carrying_the_message():
    with pytest.raises(ValueError, match=r"^Required$"):
        require_text("", 10)


# --- free text ---------------------------------------------------------------------------------


def test_required_name_is_stripped_and_keeps_unicode():
    assert require_text("  Şükrü Yıldız  ", 100) == "Şükrü Yıldız"


def test_required_name_typed_with_combining_accents_is_stored_composed():
    decomposed = "S\u0327u\u0308kru\u0308 Yıldız"
    assert require_text(decomposed, 100) == "Şükrü Yıldız"
    assert len(require_text(decomposed, 12)) == 12


@pytest.mark.parametrize("value", EMPTY)
def test_required_field_left_empty_is_rejected(value):
    with pytest.raises(FieldError, match=r"^Required$"):
        require_text(value, 100)


def test_text_longer_than_the_column_is_rejected_with_the_limit():
    with pytest.raises(FieldError, match=r"^At most 5 characters$"):
        require_text("Müller", 5)
    with pytest.raises(FieldError, match=r"^At most 5 characters$"):
        optional_text("Müller", 5)


def test_text_exactly_at_the_limit_is_accepted():
    assert require_text("Müll", 4) == "Müll"


@pytest.mark.parametrize("value", EMPTY)
def test_optional_text_left_empty_is_stored_as_none(value):
    assert optional_text(value, 100) is None


def test_optional_text_keeps_inner_line_breaks():
    assert optional_text("  Zeile 1\nZeile 2  ", 100) == "Zeile 1\nZeile 2"


# --- e-mail ------------------------------------------------------------------------------------


def test_plain_german_email_is_accepted():
    assert normalize_email(" max.mustermann@beispiel.de ") == "max.mustermann@beispiel.de"


def test_email_domain_is_lower_cased_but_the_mailbox_is_kept():
    assert normalize_email("Max.Mustermann@Beispiel.DE") == "Max.Mustermann@beispiel.de"


def test_email_with_turkish_letters_is_accepted():
    assert normalize_email("şükrü.yıldız@beispiel.de") == "şükrü.yıldız@beispiel.de"


@pytest.mark.parametrize("value", ["max@", "max.beispiel.de", "max@beispiel", "max @beispiel.de"])
def test_incomplete_email_is_rejected_with_reason(value):
    with pytest.raises(FieldError, match=r"e-mail address") as caught:
        normalize_email(value)
    assert "@-sign" not in str(caught.value)  # our own words, translatable, not the library's


@pytest.mark.parametrize("value", EMPTY)
def test_empty_email_is_stored_as_none(value):
    assert normalize_email(value) is None


# --- phone -------------------------------------------------------------------------------------


def test_phone_number_typed_nationally_is_stored_as_e164():
    assert normalize_phone("0231 123456") == "+49231123456"


@pytest.mark.parametrize(
    "value",
    ["+49 231 123456", "+49 (0)231 123456", "0049 231 123456", "(0231) 12 34 56", "0231/123456"],
)
def test_phone_number_in_common_german_spellings_is_stored_as_e164(value):
    assert normalize_phone(value) == "+49231123456"


def test_mobile_number_is_stored_as_e164():
    assert normalize_phone("0171 1234567") == "+491711234567"


def test_extension_written_with_hyphen_becomes_part_of_the_number():
    assert normalize_phone("0231 123456-12") == "+4923112345612"


def test_foreign_number_typed_internationally_is_kept_foreign():
    assert normalize_phone("+44 20 7946 0958") == "+442079460958"
    assert normalize_phone("0031 20 123 4567") == "+31201234567"


def test_national_number_of_another_region_is_read_in_that_region():
    assert normalize_phone("020 7946 0958", region="GB") == "+442079460958"


@pytest.mark.parametrize("value", ["12", "abc", "+49 1", "0231 12345678901234567"])
def test_impossible_phone_number_is_rejected(value):
    with pytest.raises(FieldError, match=r"^Not a valid phone number$"):
        normalize_phone(value)


@pytest.mark.parametrize("value", EMPTY)
def test_empty_phone_is_stored_as_none(value):
    assert normalize_phone(value) is None


def test_stored_phone_number_is_shown_in_international_format():
    assert format_phone("+49231123456") == "+49 231 123456"
    assert format_phone("+491711234567") == "+49 171 1234567"
    assert format_phone("+442079460958") == "+44 20 7946 0958"


def test_missing_phone_is_shown_as_empty_text():
    assert format_phone(None) == ""
    assert format_phone("") == ""


def test_unparseable_legacy_phone_is_shown_as_stored():
    assert format_phone("bitte nachfragen") == "bitte nachfragen"


def test_phone_round_trip_from_typed_to_shown():
    assert format_phone(normalize_phone("02302 9876-0")) == "+49 2302 98760"


# --- postcode ----------------------------------------------------------------------------------


def test_postcode_with_spaces_is_stored_as_five_digits():
    assert normalize_postcode(" 44 135 ") == "44135"


def test_postcode_with_leading_zero_keeps_it():
    assert normalize_postcode("01067") == "01067"


@pytest.mark.parametrize("value", ["4413", "441350", "44I35", "D-44135", "00123", "４４１３５"])
def test_postcode_that_is_not_five_german_digits_is_rejected(value):
    with pytest.raises(FieldError, match=r"^A German postcode has exactly 5 digits$"):
        normalize_postcode(value)


@pytest.mark.parametrize("value", EMPTY)
def test_empty_postcode_is_stored_as_none(value):
    assert normalize_postcode(value) is None


# --- VAT ID ------------------------------------------------------------------------------------


def test_valid_german_vat_id_is_accepted():
    assert normalize_vat_id("DE136695976") == "DE136695976"


def test_vat_id_typed_with_spaces_and_lower_case_is_stored_compact():
    assert normalize_vat_id(" de 136 695 976 ") == "DE136695976"


def test_vat_id_of_another_eu_country_is_accepted():
    assert normalize_vat_id("ATU13585627") == "ATU13585627"


def test_vat_id_with_wrong_check_digit_is_rejected_with_reason():
    with pytest.raises(FieldError, match=r"^Not a valid VAT ID \(USt-IdNr\.\): .*check"):
        normalize_vat_id("DE136695977")


@pytest.mark.parametrize("value", ["136695976", "DE12345", "XX123456789", "Steuernummer"])
def test_malformed_vat_id_is_rejected(value):
    with pytest.raises(FieldError, match=r"^Not a valid VAT ID \(USt-IdNr\.\): "):
        normalize_vat_id(value)


@pytest.mark.parametrize("value", EMPTY)
def test_empty_vat_id_is_stored_as_none(value):
    assert normalize_vat_id(value) is None


# --- website -----------------------------------------------------------------------------------


def test_website_without_scheme_gets_https():
    assert normalize_website("www.beispiel.de") == "https://www.beispiel.de"


def test_website_with_http_keeps_it_and_its_path():
    assert normalize_website("http://beispiel.de/kontakt?x=1") == "http://beispiel.de/kontakt?x=1"


def test_website_host_is_lower_cased_path_is_not():
    assert (
        normalize_website("HTTPS://WWW.Beispiel.DE/Impressum")
        == "https://www.beispiel.de/Impressum"
    )


def test_website_with_umlaut_domain_is_accepted():
    assert normalize_website("müller-stahlbau.de") == "https://müller-stahlbau.de"


def test_website_with_port_is_accepted():
    assert (
        normalize_website("intranet.beispiel.de:8080/crm")
        == "https://intranet.beispiel.de:8080/crm"
    )


@pytest.mark.parametrize(
    "value",
    [
        "beispiel",
        "www.beispiel .de",
        "ftp://beispiel.de",
        "https://",
        "https://.de",
        "beispiel..de",
        "-beispiel.de",
        "beispiel.de:port",
        "https://user:geheim@beispiel.de",
        "bei_spiel.de",
    ],
)
def test_implausible_website_is_rejected(value):
    with pytest.raises(FieldError):
        normalize_website(value)


@pytest.mark.parametrize("value", EMPTY)
def test_empty_website_is_stored_as_none(value):
    assert normalize_website(value) is None


# --- legal form --------------------------------------------------------------------------------


@pytest.mark.parametrize("form", LEGAL_FORMS)
def test_every_listed_legal_form_is_accepted_as_written(form):
    assert normalize_legal_form(form) == form


@pytest.mark.parametrize(
    ("typed", "canonical"),
    [
        ("gmbh", "GmbH"),
        (" GMBH & co. kg ", "GmbH & Co. KG"),
        ("GmbH & Co KG", "GmbH & Co. KG"),
        ("e. V.", "e.V."),
        ("ug (Haftungsbeschränkt)", "UG (haftungsbeschränkt)"),
        ("partg mbb", "PartG mbB"),
    ],
)
def test_legal_form_typed_loosely_is_stored_in_canonical_spelling(typed, canonical):
    assert normalize_legal_form(typed) == canonical


def test_legal_forms_stay_distinguishable_when_matched_loosely():
    assert len(
        {normalize_legal_form(form.lower().replace(".", "")) for form in LEGAL_FORMS}
    ) == len(LEGAL_FORMS)


@pytest.mark.parametrize("value", ["Ltd.", "GmbH & Co", "Verein"])
def test_unknown_legal_form_is_rejected(value):
    with pytest.raises(FieldError, match=r"^Unknown legal form$"):
        normalize_legal_form(value)


@pytest.mark.parametrize("value", EMPTY)
def test_empty_legal_form_is_stored_as_none(value):
    assert normalize_legal_form(value) is None


# --- WZ code -----------------------------------------------------------------------------------


def test_official_wz_subclass_is_accepted():
    assert normalize_wz_code("25.62.0") == "25.62.0"


@pytest.mark.parametrize(
    ("typed", "official"),
    [(" 25.62.0 ", "25.62.0"), ("25. 62. 0", "25.62.0"), ("25620", "25.62.0"), ("2562", "25.62")],
)
def test_wz_code_typed_with_spaces_or_without_dots_is_stored_officially(typed, official):
    assert normalize_wz_code(typed) == official


def test_wz_section_letter_is_accepted_in_either_case():
    assert normalize_wz_code("c") == "C"


@pytest.mark.parametrize("value", ["25.62.9", "99.99", "Z", "25-62", "Mechanik"])
def test_unknown_wz_code_is_rejected(value):
    with pytest.raises(FieldError, match=r"^Unknown WZ 2008 code$"):
        normalize_wz_code(value)


@pytest.mark.parametrize("value", EMPTY)
def test_empty_wz_code_is_stored_as_none(value):
    assert normalize_wz_code(value) is None


# --- year --------------------------------------------------------------------------------------


def test_founding_year_typed_as_text_is_stored_as_number():
    assert normalize_year(" 1998 ") == 1998


def test_founding_year_as_number_is_accepted():
    assert normalize_year(1871) == 1871


def test_current_year_is_accepted_as_founding_year():
    this_year = datetime.date.today().year
    assert normalize_year(str(this_year)) == this_year


def test_founding_year_in_the_future_is_rejected():
    with pytest.raises(FieldError, match="future"):
        normalize_year(datetime.date.today().year + 1)


def test_year_before_the_earliest_allowed_is_rejected_with_the_limit():
    with pytest.raises(FieldError, match=r"^The year must be 1600 or later$"):
        normalize_year("1599")
    with pytest.raises(FieldError, match=r"^The year must be 1900 or later$"):
        normalize_year(1899, earliest=1900)


@pytest.mark.parametrize("value", ["98", "neunzehn", "1998.5", "-1998", True])
def test_year_that_is_not_a_year_is_rejected(value):
    with pytest.raises(FieldError):
        normalize_year(value)


@pytest.mark.parametrize("value", EMPTY)
def test_empty_year_is_stored_as_none(value):
    assert normalize_year(value) is None


# --- dates -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("24.11.2026", datetime.date(2026, 11, 24)),
        ("24.11.26", datetime.date(2026, 11, 24)),
        ("1.2.2026", datetime.date(2026, 2, 1)),
        ("01.02.2026", datetime.date(2026, 2, 1)),
        (" 24. 11. 2026 ", datetime.date(2026, 11, 24)),
        ("2026-11-24", datetime.date(2026, 11, 24)),
        ("29.02.2028", datetime.date(2028, 2, 29)),
    ],
)
def test_date_typed_the_german_way_or_iso_is_understood(typed, expected):
    assert parse_date_de(typed) == expected


def test_two_digit_year_far_in_the_future_means_last_century():
    assert parse_date_de("03.10.90") == datetime.date(1990, 10, 3)


def test_date_without_year_means_this_year():
    assert parse_date_de("24.11.") == datetime.date(datetime.date.today().year, 11, 24)


@pytest.mark.parametrize("value", ["24/11/2026", "11/24/2026", "morgen", "24.11.202"])
def test_unreadable_date_is_rejected_with_the_form_to_use(value):
    with pytest.raises(FieldError, match=r"^Enter a date as DD\.MM\.YYYY$"):
        parse_date_de(value)


@pytest.mark.parametrize("value", ["31.02.2026", "29.02.2027", "31.04.2026"])
def test_a_day_that_does_not_exist_is_named_as_such(value):
    with pytest.raises(FieldError, match=r"^This day does not exist in that month$"):
        parse_date_de(value)


def test_a_month_that_does_not_exist_is_named_as_such():
    with pytest.raises(FieldError, match=r"month goes from 1 to 12"):
        parse_date_de("24.13.2026")


@pytest.mark.parametrize("value", EMPTY)
def test_empty_date_is_stored_as_none(value):
    assert parse_date_de(value) is None


# --- money -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("1.234,50", "1234.50"),
        ("1234,5", "1234.50"),
        ("1234.50 €", "1234.50"),
        ("-12,00", "-12.00"),
        ("1.234.567,89 EUR", "1234567.89"),
        ("1.234", "1234.00"),
        ("20.000 €", "20000.00"),
        ("1\u00a0234,50\u00a0€", "1234.50"),
        ("€ 99", "99.00"),
        ("0,5", "0.50"),
        (",99", "0.99"),
        ("12,-", "12.00"),
        ("1,234.50", "1234.50"),
        ("−3,50", "-3.50"),
        ("-0,00", "0.00"),
    ],
)
def test_amount_typed_the_german_way_is_understood_to_the_cent(typed, expected):
    amount = parse_money_de(typed)
    assert amount == Decimal(expected)
    assert amount.as_tuple().exponent == -2
    assert str(amount) == expected


@pytest.mark.parametrize(
    "value",
    ["abc", "1,234", "12,345", "1.23.4", "1,2,3", "12,50,00", "1.2345,00", "€", "--5", "5 Dollar"],
)
def test_amount_that_is_ambiguous_or_unreadable_is_rejected(value):
    with pytest.raises(FieldError, match=r"^Enter an amount like 1\.234,50$"):
        parse_money_de(value)


def test_absurdly_long_amount_is_rejected_not_crashing():
    with pytest.raises(FieldError):
        parse_money_de("9" * 40)


@pytest.mark.parametrize("value", EMPTY)
def test_empty_amount_is_stored_as_none(value):
    assert parse_money_de(value) is None


def test_importing_validation_does_not_load_the_validator_libraries():
    # App start must stay fast: the libraries are imported on first use.
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    code = (
        "import sys, indie_desktop.domain.validation\n"
        "loaded = {'phonenumbers', 'email_validator', 'stdnum', 'wz_code'} & set(sys.modules)\n"
        "assert not loaded, loaded"
    )
    subprocess.run([sys.executable, "-c", code], check=True, env=env, timeout=60)


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Müller & Söhne GmbH & Co. KG", ("Müller & Söhne", "GmbH & Co. KG")),
        ("Beispiel GmbH u. Co. KG", ("Beispiel", "GmbH & Co. KG")),
        ("Schulz Gesellschaft mit beschränkter Haftung", ("Schulz", "GmbH")),
        ("Förderverein Ruhr e. V.", ("Förderverein Ruhr", "e.V.")),
        ("Acme UG (haftungsbeschraenkt)", ("Acme", "UG (haftungsbeschränkt)")),
        ("Metall, GmbH", ("Metall", "GmbH")),
        ("Bertelsmann Stiftung", ("Bertelsmann Stiftung", None)),
        ("GmbH", ("GmbH", None)),
        ("Stadtwerke Bochum", ("Stadtwerke Bochum", None)),
    ],
)
def test_legal_form_is_recognised_at_the_end_of_a_firm_name(
    name: str, expected: tuple[str, str | None]
) -> None:
    assert split_legal_form(name) == expected


def test_every_normaliser_the_form_skips_for_empty_input_reads_empty_as_none() -> None:
    """services/fields.py does not call these for an empty field (import speed): each must
    give None for empty and blank text, as it would if called."""
    from indie_desktop.services.fields import EMPTY_IS_NONE

    for normalise in EMPTY_IS_NONE:
        extra = (10,) if normalise.__name__ == "optional_text" else ()
        for empty in ("", "   ", None):
            assert normalise(empty, *extra) is None, normalise.__name__
