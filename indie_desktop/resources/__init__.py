"""Bundled resources (icons, fonts, translations, templates), found the same way when frozen."""

from __future__ import annotations

import sys
from pathlib import Path


def resource_path(*parts: str) -> Path:
    """Path of a bundled resource; inside a PyInstaller build it lives under sys._MEIPASS."""
    base = getattr(sys, "_MEIPASS", None)
    root = Path(base) / "indie_desktop" / "resources" if base else Path(__file__).resolve().parent
    return root.joinpath(*parts)
