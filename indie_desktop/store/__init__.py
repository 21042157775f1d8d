"""Engines, sessions, migrations and backups for the local SQLite file and shared PostgreSQL."""
