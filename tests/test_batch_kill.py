"""`turnover batch` killed with SIGKILL midway, as a real process (its workers with it), then
run again: the output is the one an uninterrupted run gives, with no duplicate line, row or
article and nothing lost; into JSONL files and into the knowledge base (SQLite, PostgreSQL)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from dbpeek import count_articles
from typer.testing import CliRunner

from turnover import batch
from turnover.cli import app as cli
from turnover.evaluate import shared_dir
from turnover.store import Store

REPO = Path(__file__).resolve().parents[1]
ECBPLUS = shared_dir() / "eval" / "ecbplus_personnel_en.jsonl"
pytestmark = pytest.mark.skipif(not ECBPLUS.is_file(),
                                reason=f"shared gold files not found under {shared_dir()}")
SHARDS, PER_SHARD = 6, 8


@pytest.fixture
def corpus(tmp_path: Path) -> list[Path]:
    """48 ECB+ articles in 6 JSONL shards of 8."""
    lines = ECBPLUS.read_text(encoding="utf-8").splitlines()[: SHARDS * PER_SHARD]
    paths = []
    for i in range(SHARDS):
        path = tmp_path / "corpus" / f"part-{i}.jsonl"
        path.parent.mkdir(exist_ok=True)
        path.write_text("".join(line + "\n" for line in lines[i * PER_SHARD:][:PER_SHARD]),
                        encoding="utf-8")
        paths.append(path)
    return paths


def command(corpus: list[Path], out: Path, *options: str) -> list[str]:
    return [sys.executable, "-m", "turnover.cli", "batch", *map(str, corpus), "--out", str(out),
            "--chunk-size", "2", *options]


def kill_when(args: list[str], ready: Callable[[], bool]) -> None:
    """Start `args` in a process group of its own, SIGKILL the group once `ready()`."""
    process = subprocess.Popen(args, env={**os.environ, "PYTHONPATH": str(REPO)},
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                               start_new_session=True)
    deadline = time.monotonic() + 180
    try:
        while time.monotonic() < deadline and process.poll() is None and not ready():
            time.sleep(0.05)
    finally:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGKILL)
        _, stderr = process.communicate(timeout=60)
    assert process.returncode == -signal.SIGKILL, f"batch was not killed midway: {stderr!r}"


def manifest_lines(out: Path) -> int:
    path = out / batch.MANIFEST
    return len(path.read_text(encoding="utf-8").splitlines()) if path.is_file() else 0


def rerun(corpus: list[Path], out: Path, *options: str) -> str:
    result = CliRunner().invoke(cli, command(corpus, out, *options)[3:])
    assert result.exit_code == 0, result.output
    return result.stderr


@pytest.mark.parametrize("workers", ["1", "2"])
def test_killed_batch_to_jsonl_resumes_without_duplicates(
        corpus: list[Path], tmp_path: Path, workers: str) -> None:
    clean = tmp_path / "clean"
    rerun(corpus, clean)
    want = list(batch.read_events(clean))
    assert want

    out = tmp_path / "out"
    # killed once two shards are done and the next one is being written (its temporary file)
    kill_when(command(corpus, out, "--workers", workers),
              lambda: manifest_lines(out) >= 2 and any((out / "events").glob("*.tmp")))
    done = manifest_lines(out)
    assert 2 <= done < SHARDS
    assert len(list((out / "events").glob("*.jsonl"))) == done  # finished shards only
    assert len(list((out / "events").glob("*.tmp"))) == 1  # the one cut off

    summary = rerun(corpus, out)
    assert f"{SHARDS} shards ({done} already done)" in summary, summary
    rows = list(batch.read_events(out))
    assert rows == want  # same events, same order: none lost, none twice
    assert not list((out / "events").glob("*.tmp"))


def test_killed_batch_into_a_knowledge_base_resumes_to_the_same_database(
        corpus: list[Path], tmp_path: Path, new_db: Callable[[str], str]) -> None:
    reference = new_db("batch-clean")
    rerun(corpus, tmp_path / "clean", "--format", "kb", "--db", reference)
    with Store(reference) as store:
        want = store.dump()
        stored = store.counts()["articles"]
    assert stored > 0

    url = new_db("batch-killed")
    out = tmp_path / "out"
    # killed once some chunks are committed, before the end
    kill_when(command(corpus, out, "--format", "kb", "--db", url),
              lambda: count_articles(url) >= 6)
    assert 6 <= count_articles(url) < stored
    with Store(url) as store:
        assert store.dump() != want

    rerun(corpus, out, "--format", "kb", "--db", url)
    with Store(url) as store:
        assert store.dump() == want  # every row of every table: no duplicate, nothing lost


