"""Sync tests: a shared PostgreSQL database (staff of two institutions) and laptop replicas."""

from __future__ import annotations

from tests.integration.conftest import pg_url  # noqa: F401 - fixture
from tests.integration.shared_fixtures import shared  # noqa: F401 - fixture
