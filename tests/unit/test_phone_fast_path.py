"""The fast path for plainly written German phone numbers agrees with phonenumbers."""

from __future__ import annotations

import phonenumbers
from hypothesis import given, settings
from hypothesis import strategies as st

from indie_desktop.domain.validation import FieldError, normalize_phone

_prefix = st.sampled_from(["0", "+49", "+49 ", "0049", "0049 ", "0 ", "00", "+490", "01", ""])
_body = st.text("0123456789 /-", min_size=1, max_size=16)


def _library(text: str) -> str | None:
    try:
        number = phonenumbers.parse(text, "DE")
    except phonenumbers.NumberParseException:
        return None
    if number.extension or not phonenumbers.is_valid_number(number):
        return None
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def _ours(text: str) -> str | None:
    try:
        return normalize_phone(text)
    except FieldError:
        return None


@settings(max_examples=3000, deadline=None)
@given(_prefix, _body)
def test_plain_german_numbers_normalise_as_phonenumbers_does(prefix: str, body: str) -> None:
    text = (prefix + body).strip()
    if text:
        assert _ours(text) == _library(text)


def test_typical_office_numbers() -> None:
    for text in (
        "0231 123456",
        "0231/123456",
        "+49 231 123456-12",
        "0049 231 123456",
        "0171 2345678",
    ):
        assert _ours(text) == _library(text) is not None
