"""Offline replica <-> shared database (DESIGN.md §5).

- `columns`: per table, the columns and their SQLite storage form (the common currency: the
  server converts to it in SQL, so rows compare directly with the replica's and with bases).
- `replica`: the laptop's side: capture triggers, change log, bases, outbox, conflicts.
- `server`: the PostgreSQL side: snapshot, change feed pull, merge-on-upload with receipts.
- `engine`: `offline_init` and `synchronise` (push, then pull) put together.
"""
