"""Login passwords live only in the OS keyring; without one nothing is stored anywhere."""

from __future__ import annotations

from collections.abc import Iterator

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail

from indie_desktop.store.connection_errors import (
    NO_PASSWORD,
    TLS,
    UNREACHABLE,
    WRONG_PASSWORD,
    classify,
)
from indie_desktop.store.credentials import CredentialStore, NoKeyring, account_name


class MemoryKeyring(KeyringBackend):
    """An in-memory keyring backend for tests."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.entries: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.entries.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.entries[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.entries.pop((service, username), None)


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


def test_remembered_password_goes_to_the_keyring_and_says_where(
    memory_keyring: MemoryKeyring,
) -> None:
    store = CredentialStore()
    account = account_name("anna", "db.office", 5432, "indie")
    where = store.remember(account, "geheim-123")
    assert where == MemoryKeyring.name
    assert store.get(account) == "geheim-123"
    store.forget(account)
    assert store.get(account) is None


def test_without_a_keyring_nothing_is_stored_and_the_user_is_told() -> None:
    store = CredentialStore(fail.Keyring())
    assert store.status().available is False
    with pytest.raises(NoKeyring):
        store.remember("anna@db:5432/indie", "geheim-123")
    assert store.get("anna@db:5432/indie") is None


@pytest.mark.parametrize(
    ("message", "kind"),
    [
        ('FATAL:  password authentication failed for user "anna"', WRONG_PASSWORD),
        ("fe_sendauth: no password supplied", NO_PASSWORD),
        ("Connection refused\n\tIs the server running on that host", UNREACHABLE),
        ("failed to resolve host 'db.invalid'", UNREACHABLE),
        ("server does not support SSL, but SSL was required", TLS),
        (
            'no pg_hba.conf entry for host "10.0.0.5", user "anna", database "indie", no '
            "encryption",
            TLS,
        ),
    ],
)
def test_connection_failures_are_told_apart(message: str, kind: str) -> None:
    assert classify(Exception(message)) == kind
