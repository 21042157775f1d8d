"""The shortcuts an import of thousands of rows takes give exactly what the slow paths give."""

from __future__ import annotations

import random
import uuid

import phonenumbers
from email_validator import validate_email

from indie_desktop.domain.base import uuid7
from indie_desktop.domain.duplicate_index import SAME_NAME_ORG, PersonIndex
from indie_desktop.domain.matching import person_keys
from indie_desktop.domain.validation import (
    FieldError,
    _valid_german_number,
    normalize_email,
    normalize_phone,
)


def test_german_numbers_are_judged_as_phonenumbers_judges_them() -> None:
    rng = random.Random(6)
    for _ in range(20_000):
        size = rng.randint(3, 16)
        national = str(rng.randint(1, 9)) + "".join(str(rng.randint(0, 9)) for _ in range(size - 1))
        number = phonenumbers.PhoneNumber(country_code=49, national_number=int(national))
        assert _valid_german_number(national) == phonenumbers.is_valid_number(number), national


def test_plainly_written_german_numbers_normalise_as_the_parser_does() -> None:
    for text in (
        "0231 123456",
        "+49 231 123456-12",
        "0231/123456",
        "0170 1234567",
        "0049 89 12345",
    ):
        parsed = phonenumbers.parse(text, "DE")
        expected = phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)
        assert normalize_phone(text) == expected


def test_numbers_excel_kept_as_digits_normalise_as_the_parser_does() -> None:
    # A German number typed into Excel without quotes loses its 0: '231123456'.
    rng = random.Random(19)
    for _ in range(20_000):
        size = rng.randint(1, 18)
        text = str(rng.randint(1, 9)) + "".join(str(rng.randint(0, 9)) for _ in range(size - 1))
        try:
            parsed = phonenumbers.parse(text, "DE")
            expected: str | None = (
                phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)
                if phonenumbers.is_valid_number(parsed) and not parsed.extension
                else None
            )
        except phonenumbers.NumberParseException:
            expected = None
        try:
            got: str | None = normalize_phone(text)
        except FieldError:
            got = None
        assert got == expected, text


def test_addresses_with_any_rfc_5322_character_keep_their_local_part() -> None:
    # '?' is what 'ş' or 'ł' become in a CSV file saved as Windows-1252.
    for local in ("?.5", "o'neil", "a+b", "x!#$%&*/=^_`{|}~-y", "şükrü"):
        text = f"{local}@Beispiel-5.DE"
        expected = validate_email(text, check_deliverability=False).normalized
        assert normalize_email(text) == expected


def test_time_ordered_ids_behave_as_ordinary_uuids() -> None:
    first, second = uuid7(), uuid7()
    assert first < second
    assert first.version == 7
    copy = uuid.UUID(str(first))
    assert copy == first and hash(copy) == hash(first)
    assert uuid.UUID(int=first.int).is_safe == first.is_safe


def test_a_namesake_is_a_duplicate_only_at_a_shared_organisation() -> None:
    at_firm = person_keys("p1", "Anna", "Müller", organisations=frozenset({"firm"}))
    elsewhere = person_keys("p2", "Anna", "Müller", organisations=frozenset({"other"}))
    index = PersonIndex([at_firm, elsewhere])
    row = person_keys(None, "Anna", "Müller", organisations=frozenset({"firm"}))
    assert [(m.other, m.reasons) for m in index.matches(row)] == [("p1", (SAME_NAME_ORG,))]
    both = person_keys(None, "Anna", "Müller", organisations=frozenset({"firm", "other"}))
    assert {m.other for m in index.matches(both)} == {"p1", "p2"}
    nowhere = person_keys(None, "Anna", "Müller")
    assert index.matches(nowhere) == []
