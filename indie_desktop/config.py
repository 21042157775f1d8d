"""Where things live (platformdirs, or one folder given with --data-dir) and typed settings.

Settings are an INI file declared once here with type and default; no Qt involved, so the CLI and
the services can read them too.
"""

from __future__ import annotations

import configparser
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import platformdirs

from indie_desktop import APP_ID


@dataclass(frozen=True)
class Paths:
    data_dir: Path
    config_dir: Path
    log_dir: Path

    @classmethod
    def resolve(cls, data_dir: str | Path | None = None) -> Paths:
        """--data-dir puts database, settings and logs into one folder (portable use, tests)."""
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


@dataclass(frozen=True)
class Option:
    key: str
    type: type
    default: Any
    choices: tuple[Any, ...] = ()


OPTIONS: dict[str, Option] = {
    o.key: o
    for o in (
        Option("language", str, "de", ("de", "en")),
        Option("page_size", int, 200),
        Option("attachment_limit_mb", int, 25),
        Option("main_window_geometry", str, ""),
        Option("main_window_state", str, ""),
        # Connection profile: the local file or a shared server. Never a password here: those
        # live only in the OS keyring (store/credentials.py).
        Option("connection_mode", str, "local", ("local", "shared")),
        Option("server_host", str, ""),
        Option("server_port", int, 5432),
        Option("server_database", str, "indie"),
        Option("server_login", str, ""),
        Option(
            "server_sslmode",
            str,
            "prefer",
            ("disable", "allow", "prefer", "require", "verify-ca", "verify-full"),
        ),
        # Ask both sides of a referral how it goes this many weeks after each stage change.
        Option("referral_follow_up_weeks", int, 4),
    )
}

SSL_MODES = OPTIONS["server_sslmode"].choices


@dataclass(frozen=True)
class ServerProfile:
    """Where the shared database is and who logs in (no password)."""

    host: str
    port: int = 5432
    database: str = "indie"
    login: str = ""
    sslmode: str = "prefer"

    def url(self) -> str:
        from urllib.parse import quote

        return (
            f"postgresql://{quote(self.login, safe='')}@{self.host}:{self.port}/"
            f"{quote(self.database, safe='')}?sslmode={self.sslmode}"
        )

    @classmethod
    def from_settings(cls, settings: Settings) -> ServerProfile:
        return cls(
            settings.get("server_host"),
            settings.get("server_port"),
            settings.get("server_database"),
            settings.get("server_login"),
            settings.get("server_sslmode"),
        )

    def save_to(self, settings: Settings) -> None:
        settings.set("server_host", self.host)
        settings.set("server_port", self.port)
        settings.set("server_database", self.database)
        settings.set("server_login", self.login)
        settings.set("server_sslmode", self.sslmode)


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
            value = option.type(raw)
        except ValueError:
            return option.default
        if option.choices and value not in option.choices:
            return option.default
        return value

    def set(self, key: str, value: Any) -> None:
        option = OPTIONS[key]
        self._parser.set(self.SECTION, key, str(option.type(value)))

    def save(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with self.path.open("w", encoding="utf-8") as fh:
            self._parser.write(fh)
