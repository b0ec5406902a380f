"""Fixtures shared by the tests: one extractor per session (`extractor`, also given to the rule
tests as `shared_extractor`), fresh databases on each storage backend (knowledge-base tests),
and local feed and webhook servers (watch tests).

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
from feedservers import FeedServer, WebhookReceiver

import turnover
from turnover.extract import Extractor
from turnover.model import Article, Evidence, Mention
from turnover.store import Store, database_url

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


@pytest.fixture(scope="session")
def shared_extractor(extractor: Extractor) -> Extractor:
    """The extractor of the rule tests (tests/test_rules_*.py): the session's one."""
    return extractor


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


@pytest.fixture
def feed_server() -> Iterator[FeedServer]:
    server = FeedServer()
    yield server
    server.close()


@pytest.fixture
def webhook() -> Iterator[WebhookReceiver]:
    receiver = WebhookReceiver(secret="s3cret-for-tests").start()
    yield receiver
    receiver.close()
# --- the knowledge base the web tests browse ------------------------------------------------------

# An article full of markup: the HTTP API must return it as data, the pages show it as text.
XSS_TITLE = "<script>window.__pwned=1</script>Initrode names a chief executive"
XSS_SENTENCE = ('Initrode said on Monday that Jane <img src=x onerror="window.__pwned=2">Doe '
                "was appointed chief executive.")
XSS_TEXT = (f"{XSS_TITLE}\n{XSS_SENTENCE} Her <b>first</b> memo <iframe "
            "src=\"javascript:window.__pwned=3\"></iframe> read: ' OR 1=1 --.")


def xss_article() -> tuple[Article, list[Mention]]:
    """The article above with one hand-made mention (the extractor is not what is tested)."""
    start = XSS_TEXT.index(XSS_SENTENCE)
    trigger = XSS_TEXT.index("appointed")
    mention = Mention(
        person="Jane Doe", kind="start", action="appoint", org="Initrode",
        role='chief executive <img src=x onerror="window.__pwned=4">', when="2025-03-03",
        sources=["<script>window.__pwned=5</script>"],
        evidence=[Evidence(XSS_SENTENCE, start, start + len(XSS_SENTENCE), "appointed",
                           trigger, trigger + len("appointed"))])
    article = Article(text=XSS_TEXT, ref="xss-sample", url="javascript:window.__pwned=6",
                      outlet="<b>Evil</b> Times", title=XSS_TITLE, published="2025-03-04",
                      lang="en")
    return article, [mention]


@pytest.fixture(scope="session")
def web_kb(tmp_path_factory: pytest.TempPathFactory, extractor: Extractor) -> str:
    """A SQLite knowledge base of the bundled samples, the seed article when ../shared has it,
    and the markup article above."""
    from turnover import api
    from turnover.evaluate import shared_dir

    path = str(tmp_path_factory.mktemp("web") / "kb.db")
    inputs = [Path(turnover.__file__).parent / "samples"]
    seed = shared_dir() / "seed" / "murati-openai-fr.txt"
    if seed.is_file():
        inputs.append(seed)
    with Store(path) as store:
        api.ingest(inputs, store, extractor=extractor)
        store.write([xss_article()])
    return path
