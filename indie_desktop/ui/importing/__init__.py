"""The import wizard (Datei → Importieren…) and what it shows."""
