"""CSV, XLSX, vCard and iCalendar files: pure Python writers (and, later, readers). No Qt."""
