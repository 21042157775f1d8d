"""People and their affiliations."""
