"""The storage layer's base error (its own module, so that the connection-error wording in
connection_errors.py and the database code in database.py do not import each other)."""

from __future__ import annotations


class StorageError(Exception):
    """The database cannot be opened or used; the message is meant for the user."""
