"""Administering a shared PostgreSQL database: schema, roles, row-level security, staff logins.

Runs as the role that owns the tables (the administrator). Staff log in with their own roles,
members of one group role per database that owns nothing and cannot bypass row-level security.
"""

from __future__ import annotations

import logging
import re
import secrets
import string
import uuid
from dataclasses import dataclass

from psycopg import sql
from sqlalchemy import Connection, text
from sqlalchemy.exc import DBAPIError

from indie_desktop.domain.base import Base, Syncable, utcnow, uuid7
from indie_desktop.domain.network_members import NETWORK_MEMBERS
from indie_desktop.store import shared_sql, shared_sync_sql
from indie_desktop.store.database import Database, StorageError, migrate

log = logging.getLogger(__name__)

EXTENSIONS = ("pg_trgm", "unaccent")
LOGIN_PATTERN = re.compile(r"^[a-z_][a-z0-9_.-]{1,62}$")


@dataclass(frozen=True)
class InstitutionInfo:
    id: uuid.UUID
    short_name: str
    name: str
    staff: int


@dataclass(frozen=True)
class InitReport:
    staff_role: str
    tables: int
    extensions: tuple[str, ...]
    missing_extensions: tuple[str, ...]


def syncable_tables() -> list[str]:
    """Every table whose records carry owner institution and visibility (sorted)."""
    return sorted(
        m.class_.__tablename__ for m in Base.registry.mappers if issubclass(m.class_, Syncable)
    )


def staff_role_name(database: str) -> str:
    """The group role of one database's staff; per database, since roles are cluster-wide."""
    name = "indie_staff" if database == "indie" else f"{database}_staff"
    return name[:63]


def _require_postgres(db: Database) -> None:
    if db.engine.dialect.name != "postgresql":
        raise StorageError("Administration commands need a PostgreSQL database URL.")


def require_shared(conn: Connection) -> str:
    """The staff group role of a database set up by `admin init-shared` (else StorageError)."""
    role = conn.execute(
        text("SELECT value FROM app_setting WHERE key = :k"),
        {"k": shared_sql.STAFF_ROLE_SETTING},
    ).scalar()
    if not role:
        raise StorageError("This database is not set up for sharing yet: run admin init-shared.")
    return str(role)


def _run(conn: Connection, statement: str) -> None:
    """One statement as written: without parameters psycopg leaves `%` (format()) alone."""
    raw = conn.connection.driver_connection
    assert raw is not None
    raw.execute(statement)


def init_shared(db: Database) -> InitReport:
    """Create or upgrade schema, staff group role, grants, policies and triggers (idempotent)."""
    _require_postgres(db)
    migrate(db.engine)
    installed: list[str] = []
    missing: list[str] = []
    with db.engine.begin() as conn:
        for ext in EXTENSIONS:
            try:
                with conn.begin_nested():
                    conn.exec_driver_sql(f"CREATE EXTENSION IF NOT EXISTS {ext}")
                installed.append(ext)
            except Exception as exc:  # no privilege / not installed on the server
                log.warning("extension %s not created: %s", ext, exc)
                missing.append(ext)
        database = str(conn.execute(text("SELECT current_database()")).scalar())
        owner = str(conn.execute(text("SELECT current_user")).scalar())
        staff = staff_role_name(database)
        exists = conn.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": staff})
        q_staff = shared_sql.quote_ident(staff)
        if exists.first() is None:
            conn.exec_driver_sql(f"CREATE ROLE {q_staff} NOLOGIN NOINHERIT NOBYPASSRLS")
        q_db = shared_sql.quote_ident(database)
        # Nothing for PUBLIC: no connecting, no temporary tables (objects that could shadow ours).
        conn.exec_driver_sql(f"REVOKE ALL ON DATABASE {q_db} FROM PUBLIC, {q_staff}")
        conn.exec_driver_sql(f"GRANT CONNECT ON DATABASE {q_db} TO {q_staff}")
        conn.exec_driver_sql(f"REVOKE CREATE ON SCHEMA public FROM PUBLIC, {q_staff}")
        conn.exec_driver_sql(f"GRANT USAGE ON SCHEMA public TO {q_staff}")
        _run(conn, shared_sql.FUNCTIONS)
        tables = syncable_tables()
        for table in tables:
            for stmt in shared_sql.table_statements(table, staff, owner, tables):
                _run(conn, stmt)
        for stmt in shared_sql.link_repair_statements(tables):
            _run(conn, stmt)
        for stmt in shared_sql.audit_statements(staff, owner):
            _run(conn, stmt)
        _run(conn, shared_sync_sql.SYNC_SQL)
        for table in tables:
            for stmt in shared_sync_sql.sync_table_statements(table):
                _run(conn, stmt)
        for stmt in shared_sync_sql.sync_grant_statements(staff, owner):
            _run(conn, stmt)
        for stmt in shared_sync_sql.feed_repair_statements(tables):
            _run(conn, stmt)
        for stmt in shared_sql.function_grant_statements(staff):
            _run(conn, stmt)
        conn.execute(
            text(
                "INSERT INTO app_setting (key, value) VALUES (:k, :v) "
                "ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value"
            ),
            {"k": shared_sql.STAFF_ROLE_SETTING, "v": staff},
        )
    return InitReport(staff, len(tables), tuple(installed), tuple(missing))


def generate_password(length: int = 16) -> str:
    """A random initial password without look-alike characters."""
    alphabet = "".join(c for c in string.ascii_letters + string.digits if c not in "0O1lI")
    return "".join(secrets.choice(alphabet) for _ in range(length))


def find_institution(conn: Connection, key: str) -> uuid.UUID:
    """An institution by id or short name; a network member not yet stored is created."""
    try:
        row = conn.execute(
            text("SELECT id FROM institution WHERE id = :id"), {"id": uuid.UUID(key)}
        ).first()
    except ValueError:
        row = conn.execute(
            text(
                "SELECT id FROM institution WHERE lower(short_name) = lower(:k) "
                "OR lower(name) = lower(:k) ORDER BY deleted_at NULLS FIRST"
            ),
            {"k": key.strip()},
        ).first()
    if row is not None:
        return uuid.UUID(str(row[0]))
    member = next(
        (
            m
            for m in NETWORK_MEMBERS
            if key.strip().lower() in (m.short_name.lower(), m.name.lower())
        ),
        None,
    )
    if member is None:
        raise StorageError(f"No institution {key!r}: see admin list-institutions.")
    new_id = uuid7()
    values = member.as_values()
    columns = ", ".join(values)
    params = ", ".join(f":{k}" for k in values)
    now = utcnow()
    conn.execute(
        text(
            f"INSERT INTO institution (id, created_at, updated_at, version, visibility, "
            f"owner_institution_id, {columns}) "
            f"VALUES (:id, :now, :now, 1, 'network', :id, {params})"
        ),
        {"id": new_id, "now": now, **values},
    )
    return new_id


def add_staff(
    db: Database,
    institution: str,
    full_name: str,
    login: str,
    password: str,
    email: str = "",
) -> uuid.UUID:
    """A staff record plus a login role in the staff group; the password is sent pre-hashed."""
    _require_postgres(db)
    if not LOGIN_PATTERN.match(login):
        raise StorageError(
            "A login has 2 to 63 lower-case letters, digits, '_', '.' or '-' and starts with a "
            "letter or '_'."
        )
    first, _, last = full_name.strip().rpartition(" ")
    if not last:
        raise StorageError('Give the full name as "First name Last name".')
    with db.engine.begin() as conn:
        staff_role = require_shared(conn)
        if conn.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": login}).first():
            raise StorageError(f"The login {login} exists already on this server.")
        inst_id = find_institution(conn, institution)
        raw = conn.connection.driver_connection
        assert raw is not None
        # Hashing on the client keeps the clear password out of server logs.
        hashed = raw.pgconn.encrypt_password(password.encode(), login.encode(), b"scram-sha-256")
        conn.exec_driver_sql(
            sql.SQL("CREATE ROLE {} LOGIN NOBYPASSRLS PASSWORD {} IN ROLE {}")
            .format(sql.Identifier(login), sql.Literal(hashed.decode()), sql.Identifier(staff_role))
            .as_string(raw)
        )
        staff_id = uuid7()
        now = utcnow()
        conn.execute(
            text(
                "INSERT INTO staff (id, created_at, updated_at, version, visibility, "
                "owner_institution_id, institution_id, first_name, last_name, initials, email, "
                "db_role, active) VALUES (:id, :now, :now, 1, 'network', :inst, :inst, :first, "
                ":last, :initials, :email, :login, true)"
            ),
            {
                "id": staff_id,
                "now": now,
                "inst": inst_id,
                "first": first,
                "last": last,
                "initials": (first[:1] + last[:1]).upper(),
                "email": email or None,
                "login": login,
            },
        )
    log.info("staff %s added with login %s", staff_id, login)
    return staff_id


def disable_staff(db: Database, login: str) -> int:
    """Lock a login (NOLOGIN, out of the staff group), mark the staff record inactive and end
    the login's open sessions; history stays. Returns how many sessions were ended."""
    _require_postgres(db)
    q_login = shared_sql.quote_ident(login)
    with db.engine.begin() as conn:
        staff_role = require_shared(conn)
        found = conn.execute(
            text("UPDATE staff SET active = false, version = version + 1 WHERE db_role = :r"),
            {"r": login},
        )
        if not found.rowcount:
            raise StorageError(f"No staff member has the login {login}.")
        conn.exec_driver_sql(f"ALTER ROLE {q_login} NOLOGIN")
        # Without the group's privileges an open session can no longer touch a table, even
        # before it is ended below (and if ending it is not allowed).
        conn.exec_driver_sql(f"REVOKE {shared_sql.quote_ident(staff_role)} FROM {q_login}")
    ended = _end_sessions(db, login)
    log.info("login %s disabled, %d open sessions ended", login, ended)
    return ended


def _end_sessions(db: Database, login: str) -> int:
    """pg_terminate_backend on every session of `login`. Allowed to members of that role (or
    of pg_signal_backend): the administrator who created the login may make himself one."""
    q_login = shared_sql.quote_ident(login)
    end = text(
        "SELECT count(*) FILTER (WHERE pg_terminate_backend(pid)) FROM pg_stat_activity "
        "WHERE usename = :r"
    )
    try:
        with db.engine.begin() as conn:
            return int(conn.execute(end, {"r": login}).scalar() or 0)
    except DBAPIError:
        pass
    with db.engine.begin() as conn:
        conn.exec_driver_sql(f"GRANT {q_login} TO CURRENT_USER")
        try:
            return int(conn.execute(end, {"r": login}).scalar() or 0)
        finally:
            conn.exec_driver_sql(f"REVOKE {q_login} FROM CURRENT_USER")


def list_institutions(db: Database) -> list[InstitutionInfo]:
    with db.engine.connect() as conn:
        rows = conn.execute(
            text(
                "SELECT i.id, i.short_name, i.name, count(s.id) FROM institution i "
                "LEFT JOIN staff s ON s.institution_id = i.id AND s.active "
                "WHERE i.deleted_at IS NULL GROUP BY i.id ORDER BY i.short_name"
            )
        ).all()
    return [InstitutionInfo(uuid.UUID(str(r[0])), r[1], r[2], int(r[3])) for r in rows]
