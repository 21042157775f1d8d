"""Passwords of shared-database logins: only ever in the operating system's keyring.

One small abstraction over `keyring`, so the rest of the app never touches a secret store and
can tell the user where a password went. Without a usable keyring backend nothing is stored:
the app says so and asks for the password each time. There is no file fallback, on purpose.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

import keyring
from keyring.errors import KeyringError

log = logging.getLogger(__name__)

SERVICE = "In|Die Desktop"


class NoKeyring(Exception):
    """No keyring is available: the password cannot be remembered."""


@dataclass(frozen=True)
class KeyringStatus:
    available: bool
    where: str  # the backend's name, e.g. "Windows WinVaultKeyring"; "" if none


def account_name(login: str, host: str, port: int, database: str) -> str:
    """The keyring entry of one login on one server and database."""
    return f"{login}@{host}:{port}/{database}"


def _usable(backend: Any) -> bool:
    from keyring.backends import fail, null

    if isinstance(backend, (fail.Keyring, null.Keyring)):
        return False
    inner = getattr(backend, "backends", None)
    if inner is not None:  # the chainer: usable if it chains anything usable
        return any(_usable(b) for b in inner)
    return True


class CredentialStore:
    """Remember, look up and forget login passwords in the OS keyring."""

    def __init__(self, backend: Any = None) -> None:
        self._backend = backend

    @property
    def backend(self) -> Any:
        return self._backend if self._backend is not None else keyring.get_keyring()

    def status(self) -> KeyringStatus:
        backend = self.backend
        if not _usable(backend):
            return KeyringStatus(False, "")
        return KeyringStatus(True, str(getattr(backend, "name", type(backend).__name__)))

    def get(self, account: str) -> str | None:
        if not self.status().available:
            return None
        try:
            return self.backend.get_password(SERVICE, account)  # type: ignore[no-any-return]
        except KeyringError as exc:
            log.warning("keyring not readable: %s", type(exc).__name__)
            return None

    def remember(self, account: str, password: str) -> str:
        """Store the password; returns where it went. NoKeyring if it cannot be stored."""
        status = self.status()
        if not status.available:
            raise NoKeyring("No keyring is available on this computer.")
        try:
            self.backend.set_password(SERVICE, account, password)
        except KeyringError as exc:
            raise NoKeyring(
                f"The keyring refused to store the password ({type(exc).__name__})."
            ) from exc
        log.info("password for %s stored in the keyring (%s)", account, status.where)
        return status.where

    def forget(self, account: str) -> None:
        if not self.status().available:
            return
        try:
            self.backend.delete_password(SERVICE, account)
        except KeyringError:
            pass
