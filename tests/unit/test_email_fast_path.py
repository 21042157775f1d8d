"""The fast path for plain e-mail addresses agrees with email-validator."""

from __future__ import annotations

import unicodedata

from email_validator import EmailNotValidError, validate_email
from hypothesis import given, settings
from hypothesis import strategies as st

from indie_desktop.domain.validation import FieldError, normalize_email

_local = st.text("abcXYZ09._%+-", min_size=1, max_size=12)
_label = st.text("abcDE09-", min_size=1, max_size=8)
_domain = st.lists(_label, min_size=1, max_size=3).map(".".join)


def _library_and_ours(text: str) -> tuple[str | None, str | None]:
    """What email-validator and our normaliser make of the address (None: refused)."""
    try:
        expected: str | None = validate_email(text, check_deliverability=False).normalized
    except EmailNotValidError:
        expected = None
    try:
        got: str | None = normalize_email(text)
    except FieldError:
        got = None
    return expected, got


@settings(max_examples=2000, deadline=None)
@given(_local, _domain)
def test_plain_addresses_normalise_as_email_validator_does(local: str, domain: str) -> None:
    text = f"{local}@{domain}"
    expected, got = _library_and_ours(text)
    assert got == expected


# Letters beyond ASCII as vCards and workbooks keep them, marks, spaces and controls the library
# refuses, and the mailbox names it writes in lower case.
_intl_local = st.text(
    "aZ9._+-şłöÅ€¹\u0301\u00a0\u200b\u2028\u0378\U0001f600", min_size=1, max_size=10
)
_mailbox = st.sampled_from(["Info", "POSTMASTER", "www", "Sales", "infos", "wWw"])


@settings(max_examples=3000, deadline=None)
@given(st.one_of(_intl_local, _mailbox, st.text(min_size=1, max_size=6)), _domain)
def test_addresses_beyond_ascii_normalise_as_email_validator_does(local: str, domain: str) -> None:
    # What the library is given on the slow path: the address as typed, NFC, stripped.
    text = unicodedata.normalize("NFC", f"{local}@{domain}").strip()
    expected, got = _library_and_ours(text)
    assert got == expected, text


def test_a_long_address_beyond_ascii_is_measured_in_bytes_as_the_library_does() -> None:
    domain = "b" * 60 + "." + "c" * 60 + "." + "d" * 60 + ".de"
    for local in ("ş" * 30, "s" * 30, "ş" * 64):
        text = f"{local}@{domain}"
        expected, got = _library_and_ours(text)
        assert got == expected, text
