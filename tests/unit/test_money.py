"""Money is stored exactly: sums in SQL do not drift, old float values are converted."""

from __future__ import annotations

import warnings
from decimal import Decimal
from pathlib import Path

from alembic import command
from sqlalchemy import func, select, text

from indie_desktop.domain import models as m
from indie_desktop.store.database import Database, alembic_config, open_local


def _cooperations(db: Database, values: list[Decimal]) -> None:
    with db.session() as s:
        for i, value in enumerate(values):
            s.add(m.Cooperation(title=f"Kooperation {i}", value_eur=value))


def test_a_thousand_ten_cent_amounts_sum_to_exactly_one_hundred_euros(
    local_db: Database,
) -> None:
    _cooperations(local_db, [Decimal("0.10")] * 1000 + [Decimal("0.20"), Decimal("1234567.89")])
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # no "does not support Decimal natively" warning
        with local_db.session() as s:
            total = s.execute(select(func.sum(m.Cooperation.value_eur))).scalar_one()
            values = s.execute(select(m.Cooperation.value_eur)).scalars().all()
    assert total == Decimal("1234668.09") and isinstance(total, Decimal)
    assert Decimal("0.10") in values and Decimal("1234567.89") in values


def test_sqlite_keeps_whole_cents_as_integers(local_db: Database) -> None:
    _cooperations(local_db, [Decimal("0.30"), Decimal("19.99")])
    with local_db.engine.connect() as conn:
        rows = conn.execute(
            text("SELECT value_eur, typeof(value_eur) FROM cooperation ORDER BY value_eur")
        ).all()
    assert [tuple(r) for r in rows] == [(30, "integer"), (1999, "integer")]


def test_amount_with_more_places_is_rounded_to_the_cent(local_db: Database) -> None:
    _cooperations(local_db, [Decimal("10.005")])
    with local_db.session() as s:
        assert s.execute(select(m.Cooperation.value_eur)).scalar_one() == Decimal("10.01")


def test_migration_converts_existing_euro_values_to_cents(tmp_path: Path) -> None:
    db = open_local(tmp_path)
    with db.engine.begin() as conn:
        command.downgrade(alembic_config(conn), "0005_timeline")
    with db.engine.begin() as conn:
        for i, value in enumerate((0.1, 1500, 2345.67, None)):
            conn.execute(
                text(
                    "INSERT INTO cooperation (id, created_at, updated_at, version, visibility,"
                    " kind, title, value_eur) VALUES (:id, '2026-01-01', '2026-01-01', 1,"
                    " 'network', 'other', :t, :v)"
                ),
                {"id": f"{i:032x}", "t": f"K{i}", "v": value},
            )
        conn.execute(
            text(
                "INSERT INTO project (id, created_at, updated_at, version, visibility, name,"
                " kind, status, budget_eur, sort_name, search_key) VALUES (:id, '2026-01-01',"
                " '2026-01-01', 1, 'network', 'Messe', 'event', 'planned', 99.95, 'messe', 'messe')"
            ),
            {"id": f"{99:032x}"},
        )
    with db.engine.begin() as conn:
        command.upgrade(alembic_config(conn), "head")
    with db.session() as s:
        values = s.execute(select(m.Cooperation.value_eur).order_by(m.Cooperation.title))
        assert list(values.scalars()) == [
            Decimal("0.10"),
            Decimal("1500.00"),
            Decimal("2345.67"),
            None,
        ]
        assert s.execute(select(func.sum(m.Cooperation.value_eur))).scalar_one() == Decimal(
            "3845.77"
        )
        assert s.execute(select(m.Project.budget_eur)).scalar_one() == Decimal("99.95")
    db.dispose()
