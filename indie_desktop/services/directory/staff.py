"""Institutions and staff: who the user is, first-run set-up, pickers."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select

from indie_desktop.domain import validation as v
from indie_desktop.domain.errors import NotFound
from indie_desktop.domain.models import Institution, Organisation, Setting, Staff
from indie_desktop.domain.network_members import NETWORK_MEMBERS
from indie_desktop.services import records
from indie_desktop.services.context import LOCAL_STAFF_KEY, Actor
from indie_desktop.services.fields import FieldCollector
from indie_desktop.store.database import Database


@dataclass(frozen=True)
class InstitutionChoice:
    id: uuid.UUID | None  # None: one of the network's members not yet in this database
    name: str
    short_name: str


@dataclass(frozen=True)
class StaffChoice:
    id: uuid.UUID
    name: str
    institution: str


class DirectoryService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def needs_first_run(self) -> bool:
        """True while this database has no user yet (empty file on first start)."""
        with self.db.session() as s:
            return s.get(Setting, LOCAL_STAFF_KEY) is None

    def is_empty(self) -> bool:
        with self.db.session() as s:
            return not s.scalar(select(func.count()).select_from(Organisation))

    def institution_choices(self) -> list[InstitutionChoice]:
        """Institutions in the database, then the network's members not yet in it."""
        with self.db.session() as s:
            rows = s.scalars(
                select(Institution)
                .where(Institution.deleted_at.is_(None))
                .order_by(Institution.name)
            ).all()
            have = {r.short_name for r in rows}
            choices = [InstitutionChoice(r.id, r.name, r.short_name) for r in rows]
        choices += [
            InstitutionChoice(None, m.name, m.short_name)
            for m in NETWORK_MEMBERS
            if m.short_name not in have
        ]
        return choices

    def staff_choices(self) -> list[StaffChoice]:
        with self.db.session() as s:
            rows = s.execute(
                select(Staff, Institution.short_name)
                .join(Institution, Institution.id == Staff.institution_id)
                .where(Staff.deleted_at.is_(None), Staff.active.is_(True))
                .order_by(Staff.last_name, Staff.first_name)
            ).all()
            return [StaffChoice(st.id, st.full_name, short) for st, short in rows]

    def register_local_user(
        self, institution: InstitutionChoice, first_name: str, last_name: str, email: str = ""
    ) -> Actor:
        """First run: create (or find) the user's institution and staff record; remember it."""
        c = FieldCollector()
        first = c.take("first_name", v.require_text, first_name, 100)
        last = c.take("last_name", v.require_text, last_name, 100)
        mail = c.take("email", v.normalize_email, email)
        c.raise_if_any()
        system = Actor.system()
        with self.db.session() as s:
            inst = self._institution(s, institution)
            staff = Staff(
                institution_id=inst.id,
                first_name=first or "",
                last_name=last or "",
                initials=((first or "")[:1] + (last or "")[:1]).upper(),
                email=mail,
                owner_institution_id=inst.id,
            )
            records.create(s, system, staff, summary=staff.full_name)
            s.merge(Setting(key=LOCAL_STAFF_KEY, value=str(staff.id)))
            return Actor(staff.id, inst.id, staff.full_name)

    def _institution(self, s: Any, institution: InstitutionChoice) -> Institution:
        """The institution of a choice, created from the network's member list when it is not
        in the database yet (the local file: the first run adds only the user's own)."""
        inst = s.get(Institution, institution.id) if institution.id else None
        if inst is None:
            inst = s.scalars(
                select(Institution).where(Institution.short_name == institution.short_name)
            ).first()
        if inst is None:
            member = next(
                (m for m in NETWORK_MEMBERS if m.short_name == institution.short_name), None
            )
            inst = (
                Institution(**member.as_values())
                if member
                else Institution(
                    name=institution.name,
                    short_name=institution.short_name or institution.name[:40],
                )
            )
            records.create(s, Actor.system(), inst, summary=inst.name)
            inst.owner_institution_id = inst.id
        return inst

    def ensure_institution(self, institution: InstitutionChoice) -> uuid.UUID:
        """The id of a chosen institution, adding a network member to the local file on first
        use (e.g. as an event's co-organiser). The office server's institutions are the
        administrator's: staff choose among those there."""
        if institution.id is not None:
            return institution.id
        with self.db.session() as s:
            return self._institution(s, institution).id

    def login_actor(self) -> Actor | None:
        """Shared database: the staff member whose database login this session uses.

        Derived from `current_user` (what the server authenticated), never from a setting.
        None if the login belongs to no active staff member.
        """
        with self.db.session() as s:
            staff = s.scalars(
                select(Staff).where(
                    Staff.db_role == func.current_user(),
                    Staff.active.is_(True),
                    Staff.deleted_at.is_(None),
                )
            ).first()
            if staff is None:
                return None
            return Actor(staff.id, staff.institution_id, staff.full_name)

    def acting_user(self) -> Actor | None:
        """Who works on this database: the login's staff member (shared) or the local user."""
        return self.login_actor() if self.db.is_shared else self.local_actor()

    def set_local_user(self, staff_id: uuid.UUID) -> Actor:
        """Settings → General: work as another (active) staff member of this local file."""
        with self.db.session() as s:
            staff = s.get(Staff, staff_id)
            if staff is None or staff.deleted_at is not None or not staff.active:
                raise NotFound("This staff member does not exist.")
            s.merge(Setting(key=LOCAL_STAFF_KEY, value=str(staff.id)))
            return Actor(staff.id, staff.institution_id, staff.full_name)

    def local_actor(self) -> Actor | None:
        """The user this local database belongs to, or None before the first run."""
        with self.db.session() as s:
            setting = s.get(Setting, LOCAL_STAFF_KEY)
            if setting is None:
                return None
            staff = s.get(Staff, uuid.UUID(setting.value))
            if staff is None:
                return None
            return Actor(staff.id, staff.institution_id, staff.full_name)
