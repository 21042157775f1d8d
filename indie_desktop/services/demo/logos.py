"""The demo institutions' logos: bundled PNGs in resources/logos (drawn by
tools/make_demo_logos.py), referred to by a path relative to the resources folder."""

from __future__ import annotations

import re

from indie_desktop.domain.text import fold

COLOURS: tuple[tuple[int, int, int], ...] = (
    (29, 79, 140),
    (0, 122, 94),
    (176, 58, 46),
    (118, 68, 138),
    (211, 84, 0),
    (20, 90, 120),
    (40, 116, 166),
    (125, 102, 8),
    (160, 30, 60),
)


def initials(short_name: str) -> str:
    """'WF Dortmund' -> 'WF', 'IHK Bochum' -> 'IHK', 'EN-Agentur' -> 'EN'."""
    first = re.split(r"[\s-]+", short_name.strip())[0]
    return first.upper()[:3]


def logo_name(short_name: str) -> str:
    """The logo's path relative to the resources folder: 'logos/wf-dortmund.png'."""
    slug = re.sub(r"[^a-z0-9]+", "-", fold(short_name)).strip("-")
    return f"logos/{slug}.png"
