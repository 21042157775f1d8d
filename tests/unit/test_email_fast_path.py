"""The fast path for plain e-mail addresses agrees with email-validator."""

from __future__ import annotations

from email_validator import EmailNotValidError, validate_email
from hypothesis import given, settings
from hypothesis import strategies as st

from indie_desktop.domain.validation import FieldError, normalize_email

_local = st.text("abcXYZ09._%+-", min_size=1, max_size=12)
_label = st.text("abcDE09-", min_size=1, max_size=8)
_domain = st.lists(_label, min_size=1, max_size=3).map(".".join)


@settings(max_examples=2000, deadline=None)
@given(_local, _domain)
def test_plain_addresses_normalise_as_email_validator_does(local: str, domain: str) -> None:
    text = f"{local}@{domain}"
    try:
        expected: str | None = validate_email(text, check_deliverability=False).normalized
    except EmailNotValidError:
        expected = None
    try:
        got: str | None = normalize_email(text)
    except FieldError:
        got = None
    assert got == expected
