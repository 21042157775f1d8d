"""Finding and merging duplicate organisations and people."""
