"""Three-way merge of a form's draft with what somebody else saved meanwhile.

The dialog keeps the draft it loaded (base). On save, a field only one side changed takes that
side's value; a field both changed to different values is a conflict a person decides.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, fields, is_dataclass
from typing import Any, TypeVar

from indie_desktop.domain.errors import ConflictError

D = TypeVar("D")


@dataclass(frozen=True)
class FieldConflict:
    field: str
    base: Any
    mine: Any
    theirs: Any


class MergeConflict(ConflictError):
    """Both sides changed some fields differently. `merged` holds every other field merged (and
    the user's values in the conflicting ones); `theirs` is the stored draft, the base of the
    next attempt together with `current_version`."""

    def __init__(
        self, conflicts: list[FieldConflict], merged: Any, theirs: Any, current_version: int
    ) -> None:
        self.conflicts = conflicts
        self.merged = merged
        self.theirs = theirs
        self.current_version = current_version
        names = ", ".join(c.field for c in conflicts)
        super().__init__(f"Somebody else changed the same fields meanwhile: {names}.")


def three_way(base: D, mine: D, theirs: D) -> tuple[D, list[FieldConflict]]:
    """Merged draft (starting from theirs) and the fields both sides changed differently."""
    assert is_dataclass(base)
    merged = copy.deepcopy(theirs)
    conflicts: list[FieldConflict] = []
    for f in fields(base):
        b, m, t = getattr(base, f.name), getattr(mine, f.name), getattr(theirs, f.name)
        if m == b or m == t:
            continue
        setattr(merged, f.name, copy.deepcopy(m))
        if t != b:
            conflicts.append(FieldConflict(f.name, b, m, t))
    return merged, conflicts


def reconcile(
    stored_version: int,
    expected_version: int | None,
    mine: D,
    base: D | None,
    stored: D,
) -> D:
    """The draft to save: `mine` if nobody saved meanwhile, else the merge with the stored record.

    Without a base there is nothing to merge against: ConflictError. Conflicting fields:
    MergeConflict for the user to decide.
    """
    if expected_version is None or stored_version == expected_version:
        return mine
    if base is None:
        raise ConflictError(
            "Somebody else changed this record since you opened it. Your input is kept; "
            "reload the record to see the other change, then apply yours again."
        )
    merged, conflicts = three_way(base, mine, stored)
    if conflicts:
        raise MergeConflict(conflicts, merged, stored, stored_version)
    return merged
