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

log = logging.getLogger(__name__)

SERVICE = "In|Die Desktop"


# Shown to the user (German first): what any keyring failure means for them.
REFUSED_DE = (
    "Der Schlüsselbund des Systems (unter Windows die Anmeldeinformationsverwaltung) hat das "
    "Passwort abgelehnt; es wird jedes Mal abgefragt und nie in eine Datei geschrieben."
)


class NoKeyring(Exception):
    """No keyring is available, or it refused: the password cannot be remembered."""

    def __init__(self, detail: str = "") -> None:
        super().__init__(REFUSED_DE + (f" ({detail})" if detail else ""))
        self.detail = detail


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
        try:
            backend = self.backend
        except Exception as exc:  # a broken backend is no keyring
            log.warning("keyring not usable: %s", type(exc).__name__)
            return KeyringStatus(False, "")
        if not _usable(backend):
            return KeyringStatus(False, "")
        return KeyringStatus(True, str(getattr(backend, "name", type(backend).__name__)))

    def get(self, account: str) -> str | None:
        if not self.status().available:
            return None
        try:
            return self.backend.get_password(SERVICE, account)  # type: ignore[no-any-return]
        except Exception as exc:
            # Not only KeyringError: Windows' Credential Manager raises pywintypes.error (under
            # runas, or when a GPO forbids stored credentials); any failure means "no keyring".
            log.warning("keyring not readable: %s", type(exc).__name__)
            return None

    def remember(self, account: str, password: str) -> str:
        """Store the password; returns where it went. NoKeyring if it cannot be stored."""
        status = self.status()
        if not status.available:
            raise NoKeyring("no keyring on this computer")
        try:
            self.backend.set_password(SERVICE, account, password)
        except Exception as exc:  # see get()
            log.warning("keyring refused to store: %s", type(exc).__name__)
            raise NoKeyring(type(exc).__name__) from exc
        log.info("password for %s stored in the keyring (%s)", account, status.where)
        return status.where

    def forget(self, account: str) -> None:
        if not self.status().available:
            return
        try:
            self.backend.delete_password(SERVICE, account)
        except Exception as exc:  # see get(); "not found" lands here too
            log.info("keyring entry not removed: %s", type(exc).__name__)
