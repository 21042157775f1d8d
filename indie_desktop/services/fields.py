"""Collecting per-field validation errors so a form can show every message at once."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from indie_desktop.domain.errors import ValidationError
from indie_desktop.domain.validation import FieldError

T = TypeVar("T")


class FieldCollector:
    """Runs one normaliser per field; remembers each failure under the field's name."""

    def __init__(self) -> None:
        self.errors: dict[str, str] = {}
        self.values: dict[str, Any] = {}

    def take(self, field: str, normalise: Callable[..., T], *args: Any, **kw: Any) -> T | None:
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
