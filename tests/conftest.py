"""Fixtures shared by the knowledge-base tests: one extractor per session, and fresh databases
on each storage backend.

The PostgreSQL variants run when $TURNOVER_TEST_PG holds a server URL (CI's `.ci/run` starts
one); each database is a schema of its own, dropped afterwards.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa

from turnover.extract import Extractor
from turnover.store import database_url

PG_ENV = "TURNOVER_TEST_PG"
PG_URL = os.environ.get(PG_ENV)

BACKENDS = [
    "sqlite",
    pytest.param("postgresql", marks=pytest.mark.skipif(
        not PG_URL, reason=f"${PG_ENV} is not set (a postgresql:// URL): PostgreSQL not tested")),
]


@pytest.fixture(scope="session")
def extractor() -> Extractor:
    return Extractor()


class Databases:
    """Makes empty databases of one backend and removes them at the end."""

    def __init__(self, backend: str, folder: Path) -> None:
        self.backend = backend
        self.folder = folder
        self.schemas: list[str] = []

    def new(self, name: str = "kb") -> str:
        if self.backend == "sqlite":
            return str(self.folder / f"{name}-{uuid.uuid4().hex[:8]}.db")
        assert PG_URL
        schema = f"test_{name}_{uuid.uuid4().hex[:8]}".lower()
        engine = sa.create_engine(database_url(PG_URL))
        with engine.begin() as conn:
            conn.execute(sa.text(f'CREATE SCHEMA "{schema}"'))
        engine.dispose()
        self.schemas.append(schema)
        separator = "&" if "?" in PG_URL else "?"
        return f"{PG_URL}{separator}options=-csearch_path%3D{schema}"

    def close(self) -> None:
        if not self.schemas:
            return
        engine = sa.create_engine(database_url(PG_URL))
        with engine.begin() as conn:
            for schema in self.schemas:
                conn.execute(sa.text(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE'))
        engine.dispose()


@pytest.fixture(params=BACKENDS)
def new_db(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Callable[[str], str]]:
    """A function that returns the --db value of a new, empty database of the backend."""
    databases = Databases(request.param, tmp_path)
    yield databases.new
    databases.close()


@pytest.fixture(scope="session", params=BACKENDS)
def session_dbs(request: pytest.FixtureRequest,
                tmp_path_factory: pytest.TempPathFactory) -> Iterator[Databases]:
    databases = Databases(request.param, tmp_path_factory.mktemp(request.param))
    yield databases
    databases.close()
