"""Real PostgreSQL for shared-mode tests: INDIE_TEST_PG_URL names a role that may create databases.

Each test gets a throw-away database. Without the variable the tests skip locally; in CI
(INDIE_REQUIRE_PG=1) a missing server is a failure, never a silent skip.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator

import psycopg
import pytest
from sqlalchemy.engine import make_url

from tests.pg_databases import drop_database

PG_URL = os.environ.get("INDIE_TEST_PG_URL")


def _admin_conninfo() -> str:
    assert PG_URL
    url = make_url(PG_URL)
    return url.set(drivername="postgresql").render_as_string(hide_password=False)


@pytest.fixture
def pg_url() -> Iterator[str]:
    """URL of a fresh, empty database; dropped after the test."""
    if not PG_URL:
        if os.environ.get("INDIE_REQUIRE_PG") == "1":
            pytest.fail("INDIE_TEST_PG_URL is not set but PostgreSQL tests are required here")
        pytest.skip("set INDIE_TEST_PG_URL to run PostgreSQL tests")
    name = f"indie_it_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(_admin_conninfo(), autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    url = make_url(PG_URL).set(database=name)
    try:
        yield url.render_as_string(hide_password=False)
    finally:
        drop_database(_admin_conninfo(), name)
