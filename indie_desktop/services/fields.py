"""Collecting per-field validation errors so a form can show every message at once."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from indie_desktop.domain import validation as v
from indie_desktop.domain.countries import country_for_storage
from indie_desktop.domain.errors import ValidationError
from indie_desktop.domain.validation import FieldError

T = TypeVar("T")


# Normalisers that read an empty or blank value as None (tests/unit/test_validation.py).
EMPTY_IS_NONE: frozenset[Callable[..., Any]] = frozenset(
    {
        v.optional_text,
        v.normalize_email,
        v.normalize_phone,
        v.normalize_website,
        v.normalize_postcode,
        v.normalize_vat_id,
        v.normalize_wz_code,
        v.normalize_legal_form,
        v.normalize_year,
        v.parse_date_de,
        country_for_storage,
    }
)


class FieldCollector:
    """Runs one normaliser per field; remembers each failure under the field's name."""

    def __init__(self) -> None:
        self.errors: dict[str, str] = {}
        self.values: dict[str, Any] = {}

    def take(self, field: str, normalise: Callable[..., T], *args: Any, **kw: Any) -> T | None:
        if normalise in EMPTY_IS_NONE and (not args[0] or not str(args[0]).strip()):
            # Most fields of an imported row are empty: no call for them (a 10,000-row
            # import checks 280,000 fields).
            self.values[field] = None
            return None
        try:
            value = normalise(*args, **kw)
        except FieldError as exc:
            self.errors[field] = str(exc)
            return None
        self.values[field] = value
        return value

    def fail(self, field: str, message: str) -> None:
        self.errors.setdefault(field, message)

    def raise_if_any(self) -> None:
        if self.errors:
            raise ValidationError(self.errors)
