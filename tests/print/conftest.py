"""The printing tests' network (see world.py), offered as the `world` fixture."""

from tests.print.world import world

__all__ = ["world"]
