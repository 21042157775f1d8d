"""What the command line's modules share: opening the workspace a command works on."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from indie_desktop.services.workspace import Workspace

DATABASE_HELP = "shared database postgresql://LOGIN@HOST:PORT/DB instead of the local file"


def open_workspace(data_dir: Path | None, database: str | None = None) -> Workspace:
    """The local file in `data_dir` (default: the user data folder) or, with `database`, the
    shared server as the logged-in staff member; raises StorageError when it cannot open."""
    from indie_desktop.config import Paths
    from indie_desktop.services.context import Actor
    from indie_desktop.services.workspace import Workspace
    from indie_desktop.store.shared_open import open_database

    db = open_database(Paths.resolve(data_dir).data_dir, database)
    actor = Workspace(db, Actor.system()).directory.acting_user() or Actor.system()
    return Workspace(db, actor)
