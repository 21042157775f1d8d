"""What the application bundles and under which licence (shown in Help → About).

Every run-time dependency of pyproject.toml is listed (a test keeps the two in step), plus Qt
itself and the Python runtime that a frozen build carries. Bundled fonts bring their licence
text along in resources/fonts; `font_licences()` reads those files so the About dialog shows
exactly what ships.
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

from indie_desktop.resources import resource_path


@dataclass(frozen=True)
class Component:
    name: str
    distribution: str  # the pip name ("" for Qt and Python themselves)
    licence: str
    url: str

    def version(self) -> str:
        """The installed version ('' where the build did not keep the metadata)."""
        if not self.distribution:
            return ""
        try:
            return metadata.version(self.distribution)
        except metadata.PackageNotFoundError:
            return ""


COMPONENTS: tuple[Component, ...] = (
    Component("Qt 6", "", "LGPL-3.0", "https://www.qt.io/licensing/open-source-lgpl-obligations"),
    Component("PySide6 (Qt for Python)", "PySide6-Essentials", "LGPL-3.0", "https://pyside.org"),
    Component("Qt PDF (PySide6-Pdf)", "PySide6-Pdf", "LGPL-3.0", "https://pyside.org"),
    Component("Python", "", "PSF-2.0", "https://docs.python.org/3/license.html"),
    Component("SQLAlchemy", "SQLAlchemy", "MIT", "https://www.sqlalchemy.org"),
    Component("Alembic", "alembic", "MIT", "https://alembic.sqlalchemy.org"),
    Component("ReportLab", "reportlab", "BSD-3-Clause", "https://www.reportlab.com"),
    Component(
        "pypdfium2 (PDFium)",
        "pypdfium2",
        "Apache-2.0 OR BSD-3-Clause; PDFium: BSD-3-Clause",
        "https://github.com/pypdfium2-team/pypdfium2",
    ),
    Component("keyring", "keyring", "MIT", "https://github.com/jaraco/keyring"),
    Component("platformdirs", "platformdirs", "MIT", "https://github.com/tox-dev/platformdirs"),
    Component(
        "phonenumbers",
        "phonenumbers",
        "Apache-2.0",
        "https://github.com/daviddrysdale/python-phonenumbers",
    ),
    Component(
        "python-stdnum",
        "python-stdnum",
        "LGPL-2.1-or-later",
        "https://arthurdejong.org/python-stdnum/",
    ),
    Component(
        "email-validator",
        "email-validator",
        "Unlicense",
        "https://github.com/JoshData/python-email-validator",
    ),
    Component("wz-code (WZ 2008)", "wz-code", "MIT", "https://pypi.org/project/wz-code/"),
    Component("tzdata", "tzdata", "Apache-2.0", "https://github.com/python/tzdata"),
    Component("Faker", "Faker", "MIT", "https://github.com/joke2k/faker"),
    Component("psycopg 3", "psycopg", "LGPL-3.0", "https://www.psycopg.org"),
    Component("openpyxl", "openpyxl", "MIT", "https://openpyxl.readthedocs.io"),
    Component(
        "python-calamine", "python-calamine", "MIT", "https://github.com/dimastbk/python-calamine"
    ),
    Component("RapidFuzz", "rapidfuzz", "MIT", "https://github.com/rapidfuzz/RapidFuzz"),
    Component("olefile", "olefile", "BSD-2-Clause", "https://github.com/decalage2/olefile"),
    Component("lxml", "lxml", "BSD-3-Clause", "https://lxml.de"),
    Component("pywin32 (Windows)", "pywin32", "PSF-2.0", "https://github.com/mhammond/pywin32"),
)

FONT_LICENCE_NAMES = ("LICENSE", "LICENCE", "COPYING", "OFL")


def font_licences() -> list[tuple[str, str]]:
    """(file name, text) of every licence file in the bundled fonts folder."""
    folder = resource_path("fonts")
    if not folder.is_dir():
        return []
    found: list[tuple[str, str]] = []
    for path in sorted(folder.iterdir()):
        if path.is_file() and path.stem.upper().startswith(FONT_LICENCE_NAMES):
            found.append((path.name, _read(path)))
    return found


def bundled_fonts() -> list[str]:
    folder = resource_path("fonts")
    if not folder.is_dir():
        return []
    return sorted(p.name for p in folder.iterdir() if p.suffix.lower() in (".ttf", ".otf"))


def _read(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return ""
