"""Dropping a throw-away test database on a server where the test login is no superuser."""

from __future__ import annotations

import time

import psycopg


def drop_database(conninfo: str, name: str, attempts: int = 20) -> None:
    """DROP DATABASE ... WITH (FORCE), retried while an autovacuum worker is on it.

    FORCE terminates the other sessions of the database, and for a login that is no superuser
    PostgreSQL refuses to terminate an autovacuum worker that happens to analyse the freshly
    written tables ("must be a member of the role whose process is being terminated"). The
    worker finishes within moments; CI also grants pg_signal_backend to its login."""
    for attempt in range(attempts):
        try:
            with psycopg.connect(conninfo, autocommit=True) as conn:
                conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            return
        except psycopg.errors.InsufficientPrivilege:
            if attempt == attempts - 1:
                raise
            time.sleep(0.25)
