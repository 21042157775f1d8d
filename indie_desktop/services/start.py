"""What the main window needs before its first paint, read with SQLAlchemy Core.

The ORM, the ~40 mapped classes and the first configuration of their mappers cost about half
a second of every start. The user who opened the database and the first page of the default
list (all organisations by name) need none of it: they are read here with plain SELECTs of the
same tables and columns the services use, giving exactly the rows the services would
(tests/unit/test_start_reads.py compares them). Everything else goes through the services,
which import the ORM when first used (the main window warms them up after its first paint).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from sqlalchemy import DateTime, String, Uuid, column, func, select, table

from indie_desktop.domain.enums import OrganisationKind
from indie_desktop.services.context import LOCAL_STAFF_KEY, Actor
from indie_desktop.services.directory.organisation_rows import OrganisationRow
from indie_desktop.services.listing import ListQuery

if TYPE_CHECKING:
    from indie_desktop.services.directory.organisations import OrganisationService
    from indie_desktop.services.workspace import Workspace
    from indie_desktop.store.database import Database

# The columns of the models (domain.network.Setting, domain.directory.Staff and Organisation)
# that the start reads; the types convert like the models' (uuid.UUID from a SQLite string).
_setting = table("app_setting", column("key", String), column("value", String))
_staff = table(
    "staff",
    column("id", Uuid()),
    column("institution_id", Uuid()),
    column("first_name", String),
    column("last_name", String),
)
_organisation = table(
    "organisation",
    column("id", Uuid()),
    column("name", String),
    column("kind", String),
    column("city", String),
    column("municipality", String),
    column("phone", String),
    column("wz_code", String),
    column("responsible_staff_id", Uuid()),
    column("sort_name", String),
    column("deleted_at", DateTime),
)


def local_actor(db: Database) -> Actor | None:
    """The user this local database belongs to, None before the first run: what
    DirectoryService.local_actor gives (and None whenever needs_first_run is true)."""
    with db.connection() as conn:
        value = conn.scalar(select(_setting.c.value).where(_setting.c.key == LOCAL_STAFF_KEY))
        if value is None:
            return None
        staff = conn.execute(
            select(
                _staff.c.id, _staff.c.institution_id, _staff.c.first_name, _staff.c.last_name
            ).where(_staff.c.id == uuid.UUID(value))
        ).first()
    if staff is None:
        return None
    return Actor(staff.id, staff.institution_id, f"{staff.first_name} {staff.last_name}".strip())


def is_first_page(query: ListQuery) -> bool:
    """The organisations list as it opens: nothing typed or chosen, sorted by name."""
    return not query.text and not query.filters and query.sort == "name"


def organisation_count(db: Database) -> int:
    """OrganisationService.count of the list as it opens."""
    stmt = select(func.count()).select_from(_organisation)
    with db.connection() as conn:
        return int(conn.scalar(stmt.where(_organisation.c.deleted_at.is_(None))) or 0)


def organisation_page(db: Database, limit: int, descending: bool = False) -> list[OrganisationRow]:
    """OrganisationService.page(query, 0, limit) of the list as it opens (sorted by name)."""
    o = _organisation
    staff = _staff.alias("staff_1")
    order = (o.c.sort_name.desc(), o.c.id.desc()) if descending else (o.c.sort_name, o.c.id)
    stmt = (
        select(
            o.c.id,
            o.c.name,
            o.c.kind,
            o.c.city,
            o.c.municipality,
            o.c.phone,
            o.c.wz_code,
            staff.c.first_name,
            staff.c.last_name,
        )
        .select_from(o.outerjoin(staff, staff.c.id == o.c.responsible_staff_id))
        .where(o.c.deleted_at.is_(None))
        .order_by(*order)
        .limit(limit)
    )
    with db.connection() as conn:
        rows = conn.execute(stmt).all()
    return [
        OrganisationRow(
            r[0],
            r[1],
            OrganisationKind(r[2]),
            r[3] or "",
            r[4] or "",
            r[5] or "",
            r[6] or "",
            f"{r[7]} {r[8]}" if r[8] else "",
        )
        for r in rows
    ]


class StartingOrganisations:
    """The organisations list's paged source: the list's first load as the window opens (nothing
    typed or chosen) from here, every later one from the service (`service` makes or returns
    the OrganisationService; its module imports the ORM)."""

    def __init__(self, db: Database, service: Callable[[], Any]) -> None:
        self._db = db
        self._service = service
        self._started = False  # the first page is loaded (or was not the list as it opens)

    def count(self, query: ListQuery) -> int:
        if not self._started and is_first_page(query):
            return organisation_count(self._db)
        self._started = True
        return int(self._service().count(query))

    def page(
        self, query: ListQuery, offset: int, limit: int, after: uuid.UUID | None = None
    ) -> Sequence[OrganisationRow]:
        first = not self._started and is_first_page(query) and offset == 0 and after is None
        self._started = True
        if first:
            return organisation_page(self._db, limit, query.descending)
        return self._service().page(query, offset, limit, after)  # type: ignore[no-any-return]


def warm_up(workspace: Workspace) -> OrganisationService:
    """Right after the first paint: what the window did without until then, so that the user's
    first click does not wait for it. Makes the organisations service (its module imports the
    ORM and every mapped class) and configures the mappers (else the first ORM query does,
    ~0.1 s); returns the service."""
    from sqlalchemy.orm import configure_mappers

    service = workspace.organisations
    configure_mappers()
    return service
