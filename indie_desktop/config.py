"""Where things live (platformdirs, one folder given with --data-dir, or portable) and settings.

Settings are one INI file (`settings.ini` in the user config folder, section `[indie]`) whose
options are all declared here with key, type, default, limits and a description; no Qt involved,
so the CLI and the services read them too, and the settings dialog edits them through the same
class (one way in, one way out). The format is plain INI that QSettings(IniFormat) also reads.

Portable use (USB stick): a folder `data` or a file `portable.ini` next to the executable makes
that folder (`data`, or the executable's folder for `portable.ini`) the data folder, as if
`--data-dir` had been given.
"""

from __future__ import annotations

import configparser
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import platformdirs

from indie_desktop import APP_ID

if TYPE_CHECKING:
    from indie_desktop.store.backup import BackupPolicy


@dataclass(frozen=True)
class Paths:
    data_dir: Path
    config_dir: Path
    log_dir: Path

    @classmethod
    def resolve(cls, data_dir: str | Path | None = None) -> Paths:
        """--data-dir puts database, settings and logs into one folder (portable use, tests).

        Without it, a portable installation's folder (see portable_data_dir) is used.
        """
        if data_dir is None:
            data_dir = portable_data_dir()
        if data_dir is not None:
            root = Path(data_dir).expanduser().resolve()
            return cls(root, root, root / "logs")
        return cls(
            Path(platformdirs.user_data_dir(APP_ID, appauthor=False)),
            Path(platformdirs.user_config_dir(APP_ID, appauthor=False)),
            Path(platformdirs.user_log_dir(APP_ID, appauthor=False)),
        )

    @property
    def settings_file(self) -> Path:
        return self.config_dir / "settings.ini"

    def backup_policy(self, settings: Settings | None = None) -> BackupPolicy:
        """Where the local database's backups go and how many are kept (from the settings)."""
        from indie_desktop.store.backup import BackupPolicy

        settings = settings or Settings(self.settings_file)
        return BackupPolicy.for_data_dir(
            self.data_dir, settings.get("backup_folder"), settings.get("backup_keep")
        )


PORTABLE_MARKER = "portable.ini"
PORTABLE_DATA = "data"


def portable_data_dir(executable: str | Path | None = None) -> Path | None:
    """The data folder of a portable installation, or None.

    Only a frozen build is portable (a Python in a virtual environment has its own folder
    next to the interpreter): `data/` next to the executable, else the executable's folder if a
    `portable.ini` marks it.
    """
    if executable is None:
        if not getattr(sys, "frozen", False):
            return None
        executable = sys.executable
    folder = Path(executable).resolve().parent
    if (folder / PORTABLE_DATA).is_dir():
        return folder / PORTABLE_DATA
    if (folder / PORTABLE_MARKER).is_file():
        return folder
    return None


@dataclass(frozen=True)
class Option:
    key: str
    type: type
    default: Any
    choices: tuple[Any, ...] = ()
    description: str = ""
    minimum: int | None = None
    maximum: int | None = None

    def convert(self, raw: Any) -> Any:
        """The typed value of `raw` (text from the file or a widget); ValueError if unusable."""
        if self.type is bool:
            if isinstance(raw, bool):
                return raw
            text = str(raw).strip().lower()
            if text in ("1", "true", "yes", "on"):
                return True
            if text in ("0", "false", "no", "off"):
                return False
            raise ValueError(f"{self.key}: not true or false: {raw!r}")
        value = self.type(str(raw).strip() if self.type is int else raw)
        if self.choices and value not in self.choices:
            raise ValueError(f"{self.key}: not one of {self.choices}: {raw!r}")
        if self.minimum is not None and value < self.minimum:
            raise ValueError(f"{self.key}: below {self.minimum}: {raw!r}")
        if self.maximum is not None and value > self.maximum:
            raise ValueError(f"{self.key}: above {self.maximum}: {raw!r}")
        return value


OPTIONS: dict[str, Option] = {
    o.key: o
    for o in (
        Option("language", str, "de", ("de", "en"), "User interface language (after a restart)"),
        Option("page_size", int, 200, (), "Rows fetched at a time by lists", 50, 5000),
        Option("attachment_limit_mb", int, 25, (), "Largest attachment in MB", 1, 2000),
        Option("main_window_geometry", str, "", (), "Window position (saved on quit)"),
        Option("main_window_state", str, "", (), "Toolbars and docks (saved on quit)"),
        # The letterhead printed by default: an institution's short name; "" = the user's own.
        Option("default_letterhead", str, "", (), "Letterhead used for printing by default"),
        # This computer's printer puts labels this far off (calibration sheet), in mm.
        Option("label_offset_right_mm", float, 0.0, (), "Labels: offset to the right", -5, 5),
        Option("label_offset_down_mm", float, 0.0, (), "Labels: offset downwards", -5, 5),
        # Connection profile: the local file or a shared server. Never a password here: those
        # live only in the OS keyring (store/credentials.py).
        Option("connection_mode", str, "local", ("local", "shared"), "Local file or server"),
        Option("server_host", str, "", (), "Shared server: host name"),
        Option("server_port", int, 5432, (), "Shared server: port", 1, 65535),
        Option("server_database", str, "indie", (), "Shared server: database name"),
        Option("server_login", str, "", (), "Shared server: own login"),
        Option(
            "server_sslmode",
            str,
            "prefer",
            ("disable", "allow", "prefer", "require", "verify-ca", "verify-full"),
            "Shared server: encryption",
        ),
        # A CA certificate file for verify-ca/verify-full, passed to libpq as sslrootcert; ""
        # = libpq's own default (%APPDATA%\postgresql\root.crt on Windows).
        Option("server_sslrootcert", str, "", (), "Shared server: CA certificate file"),
        # Ask both sides of a referral how it goes this many weeks after each stage change.
        Option(
            "referral_follow_up_weeks", int, 4, (), "Weeks until a referral is followed up", 1, 52
        ),
        # Backups of the local file (store/backup.py); "" = DATA_DIR/backups.
        Option("backup_folder", str, "", (), "Folder for backups of the local database"),
        Option("backup_keep", int, 10, (), "Number of backups kept", 1, 365),
        Option("backup_daily", bool, True, (), "Back up the local database at start, daily"),
        # The institution's mail server for invitations and appointments (issue 23); the
        # password lives only in the OS keyring (services/mail/invitations.keyring_account).
        Option("smtp_host", str, "", (), "Mail server (SMTP): host name"),
        Option("smtp_port", int, 587, (), "Mail server: port", 1, 65535),
        Option(
            "smtp_security",
            str,
            "starttls",
            ("starttls", "ssl", "none"),
            "Mail server: encryption",
        ),
        Option("smtp_user", str, "", (), "Mail server: login"),
        Option("smtp_sender", str, "", (), "Sender address (empty: the staff member's own)"),
        Option("smtp_per_minute", int, 0, (), "Mails per minute at most (0: no limit)", 0, 10000),
    )
}

SSL_MODES = OPTIONS["server_sslmode"].choices


def workspace_options(settings: Settings | None) -> dict[str, Any]:
    """The Workspace's keyword arguments that come from the settings (follow-ups, limits)."""
    if settings is None:
        return {}
    return {
        "follow_up_weeks": settings.get("referral_follow_up_weeks"),
        "attachment_limit_bytes": settings.get("attachment_limit_mb") * 1024 * 1024,
    }


def apply_settings(workspace: Any, settings: Settings | None) -> Any:
    """What the settings say beyond the Workspace's arguments (letterhead, label offset)."""
    if settings is not None:
        workspace.default_letterhead = settings.get("default_letterhead")
        workspace.label_offset_mm = (
            settings.get("label_offset_right_mm"),
            settings.get("label_offset_down_mm"),
        )
        if "printing" in vars(workspace):  # already in use: change it there too
            workspace.printing.default_letterhead = workspace.default_letterhead
            workspace.printing.label_offset_mm = workspace.label_offset_mm
    return workspace


@dataclass(frozen=True)
class ServerProfile:
    """Where the shared database is and who logs in (no password)."""

    host: str
    port: int = 5432
    database: str = "indie"
    login: str = ""
    sslmode: str = "prefer"
    sslrootcert: str = ""  # CA file; "" = libpq's default place

    def url(self) -> str:
        from urllib.parse import quote

        url = (
            f"postgresql://{quote(self.login, safe='')}@{self.host}:{self.port}/"
            f"{quote(self.database, safe='')}?sslmode={self.sslmode}"
        )
        if self.sslrootcert:
            url += f"&sslrootcert={quote(self.sslrootcert, safe='')}"
        return url

    @classmethod
    def from_settings(cls, settings: Settings) -> ServerProfile:
        return cls(
            settings.get("server_host"),
            settings.get("server_port"),
            settings.get("server_database"),
            settings.get("server_login"),
            settings.get("server_sslmode"),
            settings.get("server_sslrootcert"),
        )

    def save_to(self, settings: Settings) -> None:
        settings.set("server_host", self.host)
        settings.set("server_port", self.port)
        settings.set("server_database", self.database)
        settings.set("server_login", self.login)
        settings.set("server_sslmode", self.sslmode)
        settings.set("server_sslrootcert", self.sslrootcert)


class Settings:
    """Typed access to settings.ini; unknown keys are refused, bad values fall back to defaults."""

    SECTION = "indie"

    def __init__(self, path: Path) -> None:
        self.path = path
        self._parser = configparser.ConfigParser(interpolation=None)
        try:
            self._parser.read(path, encoding="utf-8")
        except (configparser.Error, OSError, UnicodeDecodeError):
            self._parser = configparser.ConfigParser(interpolation=None)
        if not self._parser.has_section(self.SECTION):
            self._parser.add_section(self.SECTION)

    def get(self, key: str) -> Any:
        option = OPTIONS[key]
        raw = self._parser.get(self.SECTION, key, fallback=None)
        if raw is None:
            return option.default
        try:
            return option.convert(raw)
        except ValueError:
            return option.default

    def set(self, key: str, value: Any) -> None:
        """Store a value; ValueError (naming the key) if it does not fit the option."""
        option = OPTIONS[key]
        typed = option.convert(value)
        text = ("true" if typed else "false") if option.type is bool else str(typed)
        self._parser.set(self.SECTION, key, text)

    def reset(self, key: str) -> None:
        """Back to the declared default."""
        if key not in OPTIONS:
            raise KeyError(key)
        self._parser.remove_option(self.SECTION, key)

    def save(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with self.path.open("w", encoding="utf-8") as fh:
            self._parser.write(fh)
