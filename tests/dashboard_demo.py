"""A small demo network for the dashboard and funding report tests, with one cooperation made
private to another institution than the user's (WF Dortmund)."""

from __future__ import annotations

import sqlite3
import uuid
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import select, update

from indie_desktop.domain import models as m
from indie_desktop.services.context import Actor
from indie_desktop.services.demo.generator import DemoSize, generate_demo
from indie_desktop.services.directory.staff import DirectoryService
from indie_desktop.store.database import Database, open_local

TODAY = date(2026, 11, 1)
UNICODE_PARTNER = "Şükrü Yıldız & Łukasz Wiśniewski Zoë Ñúñez GmbH"


@dataclass
class Demo:
    path: Path
    db: Database
    raw: sqlite3.Connection
    actor: Actor  # staff of WF Dortmund
    other: uuid.UUID  # another institution
    private_coop: uuid.UUID  # a cooperation started in 2026, private to `other`
    private_title: str

    def close(self) -> None:
        self.raw.close()
        self.db.dispose()


def make_demo(path: Path) -> Demo:
    db = open_local(path)
    generate_demo(db, DemoSize(200, 500, 2500), today=TODAY)
    directory = DirectoryService(db)
    choice = next(c for c in directory.institution_choices() if c.short_name == "WF Dortmund")
    actor = directory.register_local_user(choice, "Zoë", "Ñúñez")
    with db.session() as s:
        coops = s.execute(
            select(m.Cooperation.id, m.Cooperation.owner_institution_id, m.Cooperation.title)
            .where(
                m.Cooperation.owner_institution_id != actor.institution_id,
                m.Cooperation.starts_on >= date(2026, 1, 1),
                m.Cooperation.starts_on <= date(2026, 12, 31),
            )
            .order_by(m.Cooperation.starts_on)
        ).all()
        coop_id, other, title = coops[0]
        s.execute(
            update(m.Cooperation)
            .where(m.Cooperation.id == coop_id)
            .values(visibility="institution")
        )
        # A visible cooperation's partner gets a name that must survive every path.
        visible = coops[1][0]
        partner = s.scalar(
            select(m.CooperationPartner.organisation_id).where(
                m.CooperationPartner.cooperation_id == visible
            )
        )
        s.execute(
            update(m.Organisation).where(m.Organisation.id == partner).values(name=UNICODE_PARTNER)
        )
    raw = sqlite3.connect(path / "indie.sqlite3")
    return Demo(path, db, raw, actor, other, coop_id, title)
