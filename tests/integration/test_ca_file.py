"""The CA-file setting reaches libpq as sslrootcert on a real connection of a staff login (so
`verify-full` works without IT copying root.crt into every profile)."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy.engine import make_url

from indie_desktop.config import ServerProfile, Settings
from indie_desktop.store.shared_open import open_shared
from tests.integration.shared_fixtures import SharedServer, shared

__all__ = ["shared"]


def test_the_ca_file_setting_is_handed_to_libpq_as_sslrootcert(
    shared: SharedServer, tmp_path: Path
) -> None:
    who = shared.dortmund
    u = make_url(who.url)
    certificate = tmp_path / "Zertifikate Büro" / "root.crt"
    settings = Settings(tmp_path / "settings.ini")
    settings.set("server_sslrootcert", str(certificate))
    ServerProfile(
        "127.0.0.1", u.port or 5432, str(u.database), who.login, "prefer", str(certificate)
    ).save_to(settings)
    profile = ServerProfile.from_settings(settings)
    db = open_shared(profile.url(), password=who.password)
    try:
        with db.engine.connect() as connection:
            dsn = connection.connection.dbapi_connection.info.dsn  # type: ignore[union-attr]
    finally:
        db.dispose()
    assert f"sslrootcert='{certificate}'" in dsn
