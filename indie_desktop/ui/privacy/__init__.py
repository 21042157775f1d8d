"""Data protection in the UI: the person's Datenschutz panel and dialog, access export,
erasure (asks twice), the retention review queue."""
