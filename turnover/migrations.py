"""Versioned schema migrations: a `schema_version` table and an ordered list of upgrades.

A new database gets the current schema (`turnover.store.metadata`) in one go and is stamped with
every version. An existing one gets the upgrades it lacks, each in the same transaction as its
stamp. To change the schema: edit the tables in `turnover/store.py`, then append a `Migration`
whose `upgrade` brings a database of the previous version to the new one (ALTER TABLE, a new
table, a data fix), and test it from the previous version.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

import sqlalchemy as sa


class SchemaError(RuntimeError):
    """The database's schema is not one this version of turnover can use."""


@dataclass(frozen=True)
class Migration:
    version: int
    description: str
    upgrade: Callable[[sa.Connection], None] | None  # None: nothing to do (the first schema)


def _background(conn: sa.Connection) -> None:
    # mentions stored before keep false: a title's founding read then stays dated by its
    # report until its article is ingested again
    for table in ("mentions", "events"):
        conn.execute(sa.text(
            f"ALTER TABLE {table} ADD COLUMN background BOOLEAN NOT NULL DEFAULT FALSE"))


MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, "articles, mentions, evidence, people, organizations, events", None),
    Migration(2, "mentions and events: background (a fact recalled by a title, undated)",
              _background),
)

MIGRATE_LOCK = 0x7475726F  # PostgreSQL advisory lock held while migrating

version_metadata = sa.MetaData()
schema_version = sa.Table(
    "schema_version",
    version_metadata,
    sa.Column("version", sa.Integer, primary_key=True, autoincrement=False),
    sa.Column("description", sa.Text, nullable=False),
)


def current_version(conn: sa.Connection) -> int:
    """The highest version applied, 0 for a database without turnover's schema."""
    if not sa.inspect(conn).has_table("schema_version"):
        return 0
    return conn.execute(sa.select(sa.func.max(schema_version.c.version))).scalar() or 0


def migrate(engine: sa.Engine, metadata: sa.MetaData,
            migrations: Sequence[Migration] = MIGRATIONS) -> list[int]:
    """Bring the database to the latest version; returns the versions applied (or stamped)."""
    latest = migrations[-1].version
    with engine.begin() as conn:
        if conn.dialect.name == "postgresql":
            # one migration at a time: two processes opening a new database would otherwise
            # both create its tables (SQLite callers begin with BEGIN IMMEDIATE instead)
            conn.execute(sa.text("SELECT pg_advisory_xact_lock(:key)"), {"key": MIGRATE_LOCK})
        current = current_version(conn)
        if current > latest:
            raise SchemaError(
                f"the database is at schema version {current}, newer than this turnover knows "
                f"({latest}); upgrade turnover (pip install -U turnover) to use it"
            )
        if current == latest:
            return []
        if current == 0:
            found = [t for t in metadata.tables if sa.inspect(conn).has_table(t)]
            if found:
                raise SchemaError(
                    f"the database has tables named like turnover's ({', '.join(found)}) but no "
                    "schema_version table; use another database (--db) or remove those tables"
                )
            version_metadata.create_all(conn)
            metadata.create_all(conn)
            pending = list(migrations)  # the current schema already includes every upgrade
        else:
            pending = [m for m in migrations if m.version > current]
            for m in pending:
                if m.upgrade is not None:
                    m.upgrade(conn)
        conn.execute(schema_version.insert(),
                     [{"version": m.version, "description": m.description} for m in pending])
    return [m.version for m in pending]
