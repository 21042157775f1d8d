"""Use cases: one method per user intention. The only layer that opens transactions."""
