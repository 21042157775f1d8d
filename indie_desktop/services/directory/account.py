"""The acting user's own login: changing its password on the shared server."""

from __future__ import annotations

from indie_desktop.domain.errors import PermissionDenied, ValidationError
from indie_desktop.services.fields import FieldCollector
from indie_desktop.store.database import Database

MIN_PASSWORD_LENGTH = 10


class AccountService:
    """What a staff member may do with their own database login."""

    def __init__(self, db: Database) -> None:
        self.db = db

    @property
    def has_password(self) -> bool:
        """True for a login on the shared server (the local file has no login)."""
        return self.db.is_shared

    def change_password(self, current: str, new: str, repeated: str) -> str:
        """Check the current password, then set the new one; returns the login.

        Only the current user's own role is changed (ALTER ROLE CURRENT_USER); the new
        password is sent as a SCRAM verifier, never in clear text.
        """
        if not self.has_password:
            raise PermissionDenied("Only a login on the shared server has a password.")
        c = FieldCollector()
        if not current:
            c.fail("current_password", "Required")
        if len(new) < MIN_PASSWORD_LENGTH:
            c.fail("new_password", "The new password needs at least 10 characters.")
        elif new == current:
            c.fail("new_password", "The new password must differ from the current one.")
        elif new != repeated:
            c.fail("repeated_password", "The two new passwords differ.")
        c.raise_if_any()
        from indie_desktop.store import shared_account

        try:
            shared_account.check_password(self.db, current)
        except shared_account.WrongPassword:
            raise ValidationError(
                {"current_password": "The current password is not correct."}
            ) from None
        return shared_account.change_own_password(self.db, new)
