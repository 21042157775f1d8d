"""The data of printed documents: contact sheets, letters, mail merge, labels,
attendance lists, and the institutions' letterheads."""
