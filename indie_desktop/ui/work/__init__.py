"""The work with companies in the window: appointments and their calendar."""
