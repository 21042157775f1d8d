"""Output of the command line that never dies of a character: `search "Yıldız" > file` on a
German Windows, where Python writes redirected output in the ANSI code page (cp1252), which has
no 'ı', 'Ł' or 'ś'.

Redirected output (a file, a pipe, a scheduled task's log) is written as UTF-8; a console keeps
its encoding and shows '?' for what it cannot show instead of raising UnicodeEncodeError.
"""

from __future__ import annotations

import io
import sys
from typing import TextIO


def configure_output(streams: tuple[TextIO | None, ...] | None = None) -> None:
    """Make stdout and stderr safe for any name; only the process's real streams are touched
    (tests that capture output keep theirs)."""
    for stream in streams if streams is not None else (sys.stdout, sys.stderr):
        if not isinstance(stream, io.TextIOWrapper):
            continue
        if stream not in (sys.__stdout__, sys.__stderr__) and streams is None:
            continue
        try:
            interactive = stream.isatty()
        except (OSError, ValueError):
            interactive = False
        try:
            if interactive:
                stream.reconfigure(errors="replace")
            else:
                stream.reconfigure(encoding="utf-8", errors="replace")
        except (OSError, ValueError, io.UnsupportedOperation):
            continue  # a closed or detached stream: nothing to write to anyway
