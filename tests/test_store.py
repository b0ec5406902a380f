"""The store, on SQLite and PostgreSQL: schema migrations, idempotent ingest, order
independence, and an ingest killed midway (SIGKILL) that resumes to the same database."""

from __future__ import annotations

import json
import os
import re
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path

import pytest
import sqlalchemy as sa
from dbpeek import count_articles

import turnover
from turnover import api
from turnover.evaluate import shared_dir
from turnover.extract import Extractor
from turnover.migrations import MIGRATIONS, Migration, SchemaError, current_version, migrate
from turnover.model import Article, Evidence, Mention
from turnover.store import Store, database_url, metadata

REPO = Path(__file__).resolve().parents[1]
SAMPLES = Path(turnover.__file__).parent / "samples"
SEED = shared_dir() / "seed" / "murati-openai-fr.gold.jsonl"
ECBPLUS = shared_dir() / "eval" / "ecbplus_personnel_en.jsonl"
needs_shared = pytest.mark.skipif(not SEED.is_file() or not ECBPLUS.is_file(),
                                  reason=f"shared gold files not found under {shared_dir()}")


def article(text: str, ref: str, published: str | None = None, outlet: str | None = None
            ) -> Article:
    return Article(text=text, ref=ref, published=published, outlet=outlet, lang="en")


def rows(store: Store, table: str) -> list[dict]:
    names = [c.name for c in metadata.tables[table].columns]
    return [dict(zip(names, row, strict=True)) for row in store.dump()[table]]


def mention(text: str, person: str, **fields: object) -> Mention:
    start = text.index(person)
    return Mention(person=person, evidence=[Evidence(text, 0, len(text), person, start,
                                                     start + len(person))],
                   **fields)  # type: ignore[arg-type]


# --- database URLs and migrations -------------------------------------------------------------


def test_database_url(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("TURNOVER_DB", raising=False)
    monkeypatch.chdir(tmp_path)
    assert database_url() == f"sqlite:///{tmp_path / 'turnover.db'}"
    monkeypatch.setenv("TURNOVER_DB", str(tmp_path / "kb.sqlite"))
    assert database_url() == f"sqlite:///{tmp_path / 'kb.sqlite'}"
    assert database_url("postgresql://u:p@h/db") == "postgresql+psycopg://u:p@h/db"
    assert database_url("sqlite:///x.db") == "sqlite:///x.db"


def test_missing_folder_says_what_to_do(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError, match="does not exist"):
        Store(tmp_path / "nowhere" / "kb.db")


def test_new_database_gets_the_current_version(new_db: Callable[[str], str]) -> None:
    with Store(new_db("fresh")) as store, store.read() as conn:
        assert current_version(conn) == MIGRATIONS[-1].version
        assert store.counts() == dict.fromkeys(
            ("articles", "mentions", "events", "persons", "orgs"), 0)
    # opening it again migrates nothing
    with Store(store.url) as again:
        assert migrate(again.engine, metadata) == []


def test_migrations_upgrade_an_older_database(new_db: Callable[[str], str]) -> None:
    url = new_db("old")
    Store(url).close()
    latest = MIGRATIONS[-1].version
    added = Migration(latest + 1, "orgs.country", lambda conn: conn.execute(
        sa.text("ALTER TABLE orgs ADD COLUMN country TEXT")))
    engine = sa.create_engine(database_url(url))
    try:
        assert migrate(engine, metadata, (*MIGRATIONS, added)) == [latest + 1]
        assert migrate(engine, metadata, (*MIGRATIONS, added)) == []
        with engine.connect() as conn:
            assert "country" in {c["name"] for c in sa.inspect(conn).get_columns("orgs")}
            assert current_version(conn) == latest + 1
        # this turnover does not know that version: it refuses a newer database
        with pytest.raises(SchemaError, match="newer"):
            migrate(engine, metadata)
    finally:
        engine.dispose()


def test_a_version_1_database_gets_the_background_flag(new_db: Callable[[str], str]) -> None:
    """A knowledge base written before background facts existed: its rows are kept, false."""
    url = new_db("v1")
    text = "Dana Reyes resigned from Norland Bank."
    with Store(url) as store:
        store.write([(article(text, "a.txt", "2024-05-02"), [mention(
            text, "Dana Reyes", kind="end", action="resign", org="Norland Bank")])])
        with store.engine.begin() as conn:  # back to version 1's tables
            for table in ("mentions", "events"):
                conn.execute(sa.text(f"ALTER TABLE {table} DROP COLUMN background"))
            conn.execute(sa.text("DELETE FROM schema_version WHERE version > 1"))
    with Store(url) as store, store.read() as conn:
        assert current_version(conn) == MIGRATIONS[-1].version
        assert [r["background"] for r in rows(store, "mentions")] == [False]
        assert [(r["when"], r["background"]) for r in rows(store, "events")] == [(None, False)]


def test_foreign_tables_are_not_taken_over(new_db: Callable[[str], str]) -> None:
    engine = sa.create_engine(database_url(new_db("foreign")))
    try:
        with engine.begin() as conn:
            conn.execute(sa.text("CREATE TABLE articles (x INTEGER)"))
        with pytest.raises(SchemaError, match="no schema_version"):
            migrate(engine, metadata)
    finally:
        engine.dispose()



def test_opening_waits_for_a_writer_switching_the_journal(tmp_path: Path) -> None:
    """SQLite refuses a switch to WAL at once, without waiting, while another process holds a
    write lock on a database still in rollback mode (two ingests opening one new database): the
    store waits for it instead of failing."""
    path = tmp_path / "busy.db"
    other = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    other.execute("CREATE TABLE notes (x INTEGER)")  # any content: a database in rollback mode
    other.execute("BEGIN IMMEDIATE")
    release = threading.Timer(0.5, lambda: other.execute("ROLLBACK"))
    release.start()
    try:
        with Store(f"sqlite:///{path}") as store, store.read() as conn:
            assert current_version(conn) == MIGRATIONS[-1].version
    finally:
        release.join()
        other.close()

# --- writing ----------------------------------------------------------------------------------

REPORT = "Initech said on Monday that its chief executive Bill Lumbergh has resigned."
DENIAL = "Initech denied on Wednesday that Bill Lumbergh had resigned, calling it a rumor."


def test_write_merges_and_is_idempotent(new_db: Callable[[str], str]) -> None:
    a = article(REPORT, "a", "2024-03-04", "Wire")
    b = article(DENIAL, "b", "2024-03-06", "Courier")
    batch = [
        (a, [mention(REPORT, "Bill Lumbergh", kind="end", action="resign", org="Initech",
                     when="2024-03-04")]),
        (b, [mention(DENIAL, "Bill Lumbergh", kind="end", action="resign", org="Initech Inc.",
                     status="denied")]),
    ]
    with Store(new_db("write")) as store:
        result = store.write(batch)
        assert (result.stored, result.mentions) == (2, 2)
        dump = store.dump()
        again = store.write(batch)
        assert (again.stored, again.mentions) == (0, 0)
        assert store.dump() == dump
        (row,) = rows(store, "events")
        assert row["status"] == "denied" and row["disputed"]
        assert row["n_mentions"] == 2 and row["n_sources"] == 2
        assert row["when"] == "2024-03-04"


def test_syndicated_copy_counts_once(new_db: Callable[[str], str]) -> None:
    text = REPORT + " The board will name an interim chief executive within a week, it said."
    copy = "From the wires.\n" + text
    found = {"kind": "end", "action": "resign", "org": "Initech"}
    with Store(new_db("copies")) as store:
        store.write([(article(text, "a", "2024-03-04", "Wire"),
                      [mention(text, "Bill Lumbergh", **found)])])
        store.write([(article(copy, "b", "2024-03-05", "Gazette"),
                      [mention(copy, "Bill Lumbergh", **found)])])
        assert len({a["copy_of"] for a in rows(store, "articles")}) == 1
        (event,) = rows(store, "events")
    assert (event["n_articles"], event["n_sources"]) == (2, 1)


def test_a_founding_recalled_by_a_title_stands_before_its_report(
        new_db: Callable[[str], str]) -> None:
    """"Co-founder Bill Lumbergh returned as chief executive": the founding is a past the
    article recalls (before its date, not around it), and a change of its own."""
    text = "Initech co-founder Bill Lumbergh returned as chief executive on Monday."
    with Store(new_db("background")) as store:
        store.write([(article(text, "a", "2024-03-04", "Wire"), [
            mention(text, "Bill Lumbergh", kind="start", action="found", org="Initech",
                    background=True),
            mention(text, "Bill Lumbergh", kind="start", action="return", org="Initech",
                    when="2024-03-04")])])
        events = sorted(rows(store, "events"), key=lambda e: e["action"])
    assert [(e["action"], e["when"], e["sort_date"], e["background"]) for e in events] == [
        ("found", None, "", True), ("return", "2024-03-04", "2024-03-04", False)]


# --- ingest -----------------------------------------------------------------------------------


@needs_shared
def test_ingest_twice_adds_nothing_and_order_does_not_matter(
        new_db: Callable[[str], str], extractor: Extractor) -> None:
    inputs = [SEED, SAMPLES]
    first = new_db("forward")
    summary = api.ingest(inputs, first, extractor=extractor, batch_size=3)
    assert summary.stored == summary.read == 14
    assert summary.new_events > 0 and summary.merged > 0
    with Store(first) as store:
        dump = store.dump()
    again = api.ingest(inputs, first, extractor=extractor)
    assert (again.read, again.stored, again.mentions, again.new_events) == (14, 0, 0, 0)
    assert again.skipped == {api.ALREADY_STORED: 14}
    with Store(first) as store:
        assert store.dump() == dump
    # the same articles in the opposite order, one per transaction: the same database
    backward = new_db("backward")
    articles = list(api.read(inputs))[::-1]
    api.ingest_articles(articles, backward, extractor=extractor, batch_size=1)
    with Store(backward) as store:
        assert store.dump() == dump


def _ingest_command(url: str, path: Path, batch_size: int = 2) -> list[str]:
    return [sys.executable, "-m", "turnover.cli", "ingest", "--db", url, "--batch-size",
            str(batch_size), str(path)]


@needs_shared
def test_killed_ingest_resumes_to_the_same_database(
        new_db: Callable[[str], str], extractor: Extractor, tmp_path: Path) -> None:
    docs = [json.loads(line) for line in ECBPLUS.read_text(encoding="utf-8").splitlines()][:50]
    gold = tmp_path / "ecbplus.jsonl"
    gold.write_text("".join(json.dumps(d) + "\n" for d in docs), encoding="utf-8")
    reference = new_db("uninterrupted")
    api.ingest([gold], reference, extractor=extractor)
    with Store(reference) as store:
        expected = store.dump()

    url = new_db("killed")
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    process = subprocess.Popen(_ingest_command(url, gold), env=env, stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE)
    deadline = time.monotonic() + 120
    stored = 0
    while time.monotonic() < deadline and process.poll() is None:
        stored = count_articles(url)
        if stored >= 6:
            process.send_signal(signal.SIGKILL)
            break
        time.sleep(0.05)
    process.wait(timeout=30)
    _, stderr = process.communicate()
    assert process.returncode == -signal.SIGKILL, f"ingest was not killed midway: {stderr!r}"
    stored = count_articles(url)
    assert 6 <= stored < len(docs)
    with Store(url) as store:
        assert store.dump() != expected

    rerun = subprocess.run(_ingest_command(url, gold), env=env, capture_output=True, text=True,
                           timeout=300)
    assert rerun.returncode == 0, rerun.stderr
    assert f"{stored} skipped ({stored} already in the knowledge base)" in rerun.stdout
    with Store(url) as store:
        assert store.dump() == expected


@needs_shared
def test_concurrent_ingests_store_each_article_once(
        new_db: Callable[[str], str], extractor: Extractor, tmp_path: Path) -> None:
    """Two real `turnover ingest` processes started together on overlapping inputs (16 of
    their 24 articles in common, one reading from each end) into one new database: each
    article once, and the same database as one process ingesting them all."""
    lines = ECBPLUS.read_text(encoding="utf-8").splitlines()[:32]
    reference = new_db("single")
    api.ingest_articles(list(api.read([ECBPLUS]))[:32], reference, extractor=extractor)
    with Store(reference) as store:
        expected = store.dump()
    first = tmp_path / "first.jsonl"
    first.write_text("".join(line + "\n" for line in lines[:24]), encoding="utf-8")
    second = tmp_path / "second.jsonl"
    second.write_text("".join(line + "\n" for line in lines[8:][::-1]), encoding="utf-8")

    url = new_db("concurrent")  # not created yet: both processes open a new database
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    processes = [subprocess.Popen(_ingest_command(url, path, batch_size=1), env=env, text=True,
                                  stdout=subprocess.PIPE, stderr=subprocess.PIPE)
                 for path in (first, second)]
    outputs = [process.communicate(timeout=300) for process in processes]
    for process, (_, stderr) in zip(processes, outputs, strict=True):
        assert process.returncode == 0, stderr
    stored = []
    for stdout, _ in outputs:
        summary = re.search(r"^24 articles read, (\d+) stored, (\d+) skipped", stdout, re.M)
        assert summary, stdout
        assert int(summary[1]) + int(summary[2]) == 24, stdout  # every article accounted for
        stored.append(int(summary[1]))
    assert sum(stored) == 32
    with Store(url) as store:
        assert store.dump() == expected
