"""CSV, XLSX, vCard and iCalendar files: pure Python readers and writers. No Qt."""
