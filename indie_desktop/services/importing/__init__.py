"""Importing organisations and people from files as undoable batches."""
