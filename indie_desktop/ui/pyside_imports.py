"""Our own modules imported after PySide without PySide reading their source.

Once PySide6.QtCore is imported, PySide checks every module imported after it for whether it
uses PySide (for its opt-in `from __feature__ import snake_case`): it reads the module's whole
source text and looks for "PySide6" in it. For the hundred and fifty modules of ours that a
start imports after Qt that cost 40-80 ms of every start, and more in the frozen build, whose
loader has to dig each source out of its archive (napari/napari#8584 found the same).

For our own modules the answer is known without reading them: only the user interface
(`indie_desktop.ui`, and `indie_desktop.app` that starts it) may import PySide, which
tests/unit/test_layers.py enforces. A module loaded before PySide (the standard library,
SQLAlchemy: the command line imports them first) cannot have chosen a PySide feature, so it
is not read again when a later import statement names it. Every module first loaded after
PySide that is not ours is still checked by PySide itself.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from types import ModuleType

OURS = "indie_desktop."


def may_use_pyside(name: str) -> bool:
    """Whether our module `name` may import PySide (the layer rule)."""
    return name in ("indie_desktop.ui", "indie_desktop.app") or name.startswith("indie_desktop.ui.")


def skip_source_reads() -> bool:
    """Answer PySide's check for our modules from the layer rule; False when this PySide has
    no such check (then nothing is changed)."""
    feature = sys.modules.get("shibokensupport.feature")
    check: Callable[[ModuleType], bool] | None = getattr(feature, "_mod_uses_pyside", None)
    if feature is None or check is None or getattr(check, "indie_rule", False):
        return False
    read_source = check

    def uses_pyside(module: ModuleType) -> bool:
        name = getattr(module, "__name__", "")
        if name.startswith(OURS):
            return may_use_pyside(name)
        return read_source(module)

    uses_pyside.indie_rule = True  # type: ignore[attr-defined]
    verdicts = getattr(feature, "pyside_feature_dict", None)
    if isinstance(verdicts, dict):
        for name in list(sys.modules):
            if not name.startswith(("PySide6", "shiboken", "__feature__")):
                verdicts.setdefault(name, 0 if may_use_pyside(name) else -1)
    setattr(feature, "_mod_uses_pyside", uses_pyside)  # noqa: B010  # a private name of PySide
    return True
