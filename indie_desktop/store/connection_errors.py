"""What went wrong when connecting to the shared server, in words a user can act on.

libpq reports everything as one OperationalError; the kind is read from its message (libpq's
messages are English regardless of locale on the client side; the server's FATAL lines follow
lc_messages, which Debian and Windows installers leave in English for the postmaster).
"""

from __future__ import annotations

from indie_desktop.store.errors import StorageError

WRONG_PASSWORD = "wrong_password"
NO_PASSWORD = "no_password"
UNREACHABLE = "unreachable"
TLS = "tls"
NO_DATABASE = "no_database"
NOT_STAFF = "not_staff"
DISABLED = "disabled"
OTHER = "other"

_PATTERNS: tuple[tuple[str, tuple[str, ...]], ...] = (
    # `admin disable-staff` locks the login (NOLOGIN) and ends its open sessions.
    (DISABLED, ("is not permitted to log in",)),
    (WRONG_PASSWORD, ("password authentication failed", 'role "')),
    (NO_PASSWORD, ("no password supplied",)),
    (TLS, ("ssl", "no encryption", "tls")),
    (NO_DATABASE, ('database "',)),
    (
        UNREACHABLE,
        (
            "connection refused",
            "could not translate host name",
            "failed to resolve host",
            "timeout expired",
            "no route to host",
            "network is unreachable",
            "could not connect",
            "server closed the connection",
        ),
    ),
)

MESSAGES = {
    WRONG_PASSWORD: "The server refused the login: wrong password, unknown or locked login.",
    NO_PASSWORD: "The server needs a password for this login.",
    UNREACHABLE: "The server cannot be reached. Check the server name and port and whether "
    "you are connected to the office network.",
    TLS: "The server and the app disagree about encryption (TLS). Ask the administrator for "
    "the right setting of 'Encryption' (sslmode).",
    NO_DATABASE: "The server has no database of that name.",
    NOT_STAFF: "This login is not registered as a staff member of the network.",
    DISABLED: "Your access has been disabled. Ask your administrator.",
    OTHER: "The shared database cannot be opened.",
}


class ConnectionFailed(StorageError):
    """Connecting to the shared server failed; `kind` says why (one of the constants above)."""

    def __init__(self, kind: str, detail: str = "") -> None:
        self.kind = kind
        self.detail = detail
        super().__init__(MESSAGES[kind] + (f"\n\n{detail}" if kind == OTHER and detail else ""))


def classify(exc: BaseException) -> str:
    """The kind of a connection failure from the driver's exception."""
    message = str(exc).lower()
    for kind, needles in _PATTERNS:
        if any(n in message for n in needles):
            return kind
    return OTHER


def connection_failed(exc: BaseException) -> ConnectionFailed:
    return ConnectionFailed(classify(exc), str(exc).strip())
