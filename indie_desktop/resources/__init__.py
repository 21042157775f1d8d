"""Bundled resources (icons, fonts, translations, templates), found the same way when frozen.

One place knows where the package's files are: in a PyInstaller build (onedir) they live under
`sys._MEIPASS/indie_desktop` (build.spec collects them there), otherwise beside this package.
Everything that reads a file shipped with the app goes through `package_path`/`resource_path`.
"""

from __future__ import annotations

import sys
from pathlib import Path

PACKAGE = "indie_desktop"


def package_root() -> Path:
    """The folder of the indie_desktop package (its data files, not necessarily its code)."""
    base = getattr(sys, "_MEIPASS", None)
    if base:
        return Path(base) / PACKAGE
    return Path(__file__).resolve().parent.parent


def package_path(*parts: str) -> Path:
    """A data file or folder of the package, e.g. package_path("store", "migrations")."""
    return package_root().joinpath(*parts)


def resource_path(*parts: str) -> Path:
    """A bundled resource, e.g. resource_path("icons", "app.svg")."""
    return package_path("resources", *parts)


def is_frozen() -> bool:
    """Running from a PyInstaller build."""
    return bool(getattr(sys, "frozen", False))
