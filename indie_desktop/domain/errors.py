"""Typed errors the services raise; their messages are meant for the user."""

from __future__ import annotations


class ServiceError(Exception):
    """Base of all errors a service reports to its caller."""


class ValidationError(ServiceError):
    """Some fields hold values that cannot be stored; `errors` maps field name -> message."""

    def __init__(self, errors: dict[str, str]) -> None:
        self.errors = dict(errors)
        super().__init__("; ".join(f"{k}: {v}" for k, v in self.errors.items()))


class NotFound(ServiceError):
    """The record does not exist (any more) or is not visible to the user."""


class ConflictError(ServiceError):
    """Somebody else changed or deleted the record since it was opened."""


class PermissionDenied(ServiceError):
    """The user may not do this."""


class Cancelled(ServiceError):
    """The user cancelled a long-running operation: the one cancellation type of the app.

    Raised by services (mail merge, access export, demo generation: nothing was produced), by
    the sync (what was committed stays, the rest resumes next time) and by background work
    that noticed `Task.is_cancelled()` (ui/tasks.py)."""
