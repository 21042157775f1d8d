"""Alembic environment: runs on the connection the app hands over (config.attributes)."""

from __future__ import annotations

from typing import Any

from alembic import context
from sqlalchemy import Connection, create_engine

from indie_desktop.domain.base import UtcDateTime
from indie_desktop.domain.models import Base

config = context.config
target_metadata = Base.metadata


def _render_item(type_: str, obj: Any, autogen_context: Any) -> str | bool:
    """Migrations stay free of app types: UtcDateTime is rendered as a plain zoned DateTime."""
    if type_ == "type" and isinstance(obj, UtcDateTime):
        return "sa.DateTime(timezone=True)"
    return False


def _run(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
        render_item=_render_item,
    )
    with context.begin_transaction():
        context.run_migrations()


connection = config.attributes.get("connection")
if connection is not None:
    _run(connection)
else:  # command-line use by developers: `alembic -x url=sqlite:///x.db revision --autogenerate`
    url = context.get_x_argument(as_dictionary=True).get("url", "sqlite:///dev.db")
    with create_engine(url).connect() as conn:
        _run(conn)
        conn.commit()
