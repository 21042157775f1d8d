"""The reproducible demo network of the region (not a use case: a generator)."""
