"""The migrated schema and the models agree, and adding indexes keeps the search triggers."""

from __future__ import annotations

import warnings
from pathlib import Path

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import text

import indie_desktop.domain.models  # noqa: F401 - registers every table on the metadata
from indie_desktop.domain.base import Base
from indie_desktop.store.database import alembic_config, open_local


def _model_differences(db_engine: object) -> list[object]:
    # Indexes on lower(email) (0015) cannot be reflected; test_email_lookups_use_an_index
    # checks them.
    with db_engine.connect() as conn, warnings.catch_warnings():  # type: ignore[attr-defined]
        warnings.filterwarnings("ignore", "Skipped unsupported reflection of expression-based")
        warnings.filterwarnings("ignore", "autogenerate skipping")
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    # The full-text tables are made by the migrations only; they are not models.
    return [
        d
        for d in diff
        if not (d[0] == "remove_table" and ("_fts" in d[1].name or "_tri" in d[1].name))
    ]


def test_migrated_database_matches_the_models_including_indexes(tmp_path: Path) -> None:
    db = open_local(tmp_path)
    assert _model_differences(db.engine) == []
    db.dispose()


def test_email_lookups_use_an_index(tmp_path: Path) -> None:
    db = open_local(tmp_path)
    with db.engine.connect() as conn:
        for table in ("person", "organisation"):
            plan = " ".join(
                str(row[-1])
                for row in conn.execute(
                    text(f"EXPLAIN QUERY PLAN SELECT id FROM {table} WHERE lower(email) = 'a@b'")
                )
            )
            assert f"ix_{table}_email_lower" in plan
    db.dispose()


def test_person_timeline_columns_are_indexed(tmp_path: Path) -> None:
    db = open_local(tmp_path)
    with db.engine.connect() as conn:
        names = set(
            conn.execute(text("SELECT name FROM sqlite_master WHERE type='index'")).scalars()
        )
    assert {"ix_referral_partner_person_id", "ix_cooperation_partner_person_id"} <= names
    db.dispose()


def test_timeline_migration_keeps_the_search_triggers(tmp_path: Path) -> None:
    db = open_local(tmp_path)
    trigger_sql = "SELECT name FROM sqlite_master WHERE type='trigger' ORDER BY name"
    with db.engine.connect() as conn:
        before = list(conn.execute(text(trigger_sql)).scalars())
    with db.engine.begin() as conn:
        config = alembic_config(conn)
        command.downgrade(config, "0004_referrals")
        command.upgrade(config, "0005_timeline")
    with db.engine.connect() as conn:
        after = list(conn.execute(text(trigger_sql)).scalars())
    assert before and after == before
    db.dispose()


def test_found_on_migration_fills_the_day_from_the_visit_and_keeps_the_search_triggers(
    tmp_path: Path,
) -> None:
    from datetime import UTC, date, datetime

    from indie_desktop.domain.formatting import to_berlin
    from indie_desktop.services.context import Actor
    from indie_desktop.services.directory.organisations import OrganisationDraft
    from indie_desktop.services.work.activities import VisitDraft
    from indie_desktop.services.work.needs import NeedDraft
    from indie_desktop.services.work.visit_parts import NeedFound
    from indie_desktop.services.workspace import Workspace

    db = open_local(tmp_path)
    ws = Workspace(db, Actor.system())
    org = ws.organisations.create(OrganisationDraft(name="Yıldız Metallbau GmbH"))
    ws.activities.record_visit(
        VisitDraft(
            date="01.04.2026",  # 00:30 in Berlin is still 31 March in UTC
            time="00:30",
            subject="Besuch",
            organisation_ids=[org],
            needs=[NeedFound("Fräsen")],
        )
    )
    typed = ws.needs.create(NeedDraft(organisation_id=org, topic="Förderung"))
    trigger_sql = "SELECT name FROM sqlite_master WHERE type='trigger' ORDER BY name"
    with db.engine.connect() as conn:
        before = list(conn.execute(text(trigger_sql)).scalars())
    with db.engine.begin() as conn:
        config = alembic_config(conn)
        found_on = ScriptDirectory.from_config(config).get_revision("0011_work")
        command.downgrade(config, found_on.down_revision)  # to the revision before it
        command.upgrade(config, "head")
        days = dict(conn.execute(text("SELECT topic, found_on FROM need")).all())
    with db.engine.connect() as conn:
        after = list(conn.execute(text(trigger_sql)).scalars())
    today = to_berlin(datetime.now(UTC)).date()
    assert days == {"Fräsen": str(date(2026, 4, 1)), "Förderung": str(today)}
    assert ws.needs.detail(typed).found_on == today
    assert before and after == before
    db.dispose()
