"""Windows' Credential Manager fails in more ways than "not found" (pywintypes.error under runas,
a GPO that forbids stored credentials): every failure is the "no keyring" path with a message,
never the crash dialog."""

from __future__ import annotations

import pytest
from keyring.backend import KeyringBackend

from indie_desktop.store.credentials import CredentialStore, NoKeyring


class error(Exception):  # named and placed like pywin32's exception
    """Stands in for pywintypes.error, which is no KeyringError."""


error.__module__ = "pywintypes"


class RefusingCredentialManager(KeyringBackend):
    """A backend that answers every call with a pywintypes-like error (1312: no logon session)."""

    priority = 1  # type: ignore[assignment]

    def get_password(self, service: str, username: str) -> str | None:
        raise error(1312, "CredRead", "A specified logon session does not exist.")

    def set_password(self, service: str, username: str, password: str) -> None:
        raise error(1312, "CredWrite", "A specified logon session does not exist.")

    def delete_password(self, service: str, username: str) -> None:
        raise error(1168, "CredDelete", "Element not found.")


def test_credential_manager_errors_read_as_no_remembered_password() -> None:
    store = CredentialStore(RefusingCredentialManager())
    assert store.get("anna@db.office:5432/indie") is None
    store.forget("anna@db.office:5432/indie")  # nothing raised


def test_credential_manager_refusing_to_store_says_so_in_german() -> None:
    store = CredentialStore(RefusingCredentialManager())
    with pytest.raises(NoKeyring) as refused:
        store.remember("anna@db.office:5432/indie", "geheim-123")
    assert "Schlüsselbund" in str(refused.value)
    assert "jedes Mal abgefragt" in str(refused.value)
