"""Finding records: the global search (its hits, and the service that queries the index), and the
lists' filter boxes through the same word index."""
