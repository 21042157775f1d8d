"""Money on PostgreSQL: NUMERIC(14, 2), exact sums, Decimal back."""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy import func, select, text

from indie_desktop.domain import models as m
from indie_desktop.store.database import open_url


def test_postgres_keeps_euros_as_exact_numeric(pg_url: str) -> None:
    db = open_url(pg_url, run_migrations=True)
    try:
        with db.session() as s:
            for i in range(1000):
                s.add(m.Cooperation(title=f"K{i}", value_eur=Decimal("0.10")))
            s.add(m.Cooperation(title="Groß", value_eur=Decimal("1234567.89")))
        with db.session() as s:
            total = s.execute(select(func.sum(m.Cooperation.value_eur))).scalar_one()
            raw = s.execute(text("SELECT sum(value_eur)::text FROM cooperation")).scalar_one()
        assert total == Decimal("1234667.89")
        assert raw == "1234667.89"  # euros in the column, readable by reporting tools
    finally:
        db.dispose()
