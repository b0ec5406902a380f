"""The knowledge-base commands, end to end (in-process): ingest, timeline, person, flows,
events, export, eval-merge."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest
from typer.testing import CliRunner

import turnover
from turnover.cli import app
from turnover.evaluate import shared_dir

SAMPLES = Path(turnover.__file__).parent / "samples"
SEED = shared_dir() / "seed" / "murati-openai-fr.gold.jsonl"


def run(*args: str, env: dict[str, str] | None = None):
    return CliRunner().invoke(app, list(args), env={"COLUMNS": "200", **(env or {})})


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> str:
    path = str(tmp_path_factory.mktemp("cli") / "kb.db")
    result = run("ingest", "--db", path, str(SAMPLES))
    assert result.exit_code == 0, result.output
    return path


def test_ingest_summary_and_rerun(db: str) -> None:
    again = run("ingest", "--db", db, str(SAMPLES))
    assert again.exit_code == 0, again.output
    assert again.stdout.startswith(
        "13 articles read, 0 stored, 13 skipped (13 already in the knowledge base); "
        "0 mentions, 0 new events")


def test_ingest_reports_bad_inputs_and_goes_on(tmp_path: Path) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "x"}\n', encoding="utf-8")
    result = run("ingest", "--db", str(tmp_path / "kb.db"), str(bad))
    assert result.exit_code == 0
    assert 'skipped' in result.stderr and 'no "text" field' in result.stderr
    assert "0 articles read, 0 stored, 1 skipped (1 unreadable)" in result.stdout


def test_db_from_environment(tmp_path: Path) -> None:
    path = tmp_path / "env.db"
    result = run("events", env={"TURNOVER_DB": str(path)})
    assert result.exit_code == 0, result.output
    assert path.is_file() and result.stdout.startswith("events: 0")


def test_bad_db_exits_2(tmp_path: Path) -> None:
    result = run("events", "--db", str(tmp_path / "missing" / "kb.db"))
    assert result.exit_code == 2
    assert "does not exist" in result.stderr
    result = run("events", "--db", "postgresql://nobody:x@127.0.0.1:1/none")
    assert result.exit_code == 2
    assert "cannot open the knowledge base" in result.stderr and ":x@" not in result.stderr


def test_timeline_with_evidence(db: str) -> None:
    result = run("timeline", "OpenAI", "--db", db, "--evidence")
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("timeline of OpenAI: ")
    assert "departure/" in result.stdout and "arrival/" in result.stdout
    assert "    [occurred] sample-" in result.stdout  # evidence lines under each event
    rows = [json.loads(line) for line in run("timeline", "Open AI", "--db", db,
                                             "--json").stdout.splitlines()]
    assert rows and all(r["org"] == "OpenAI" for r in rows)


def test_person_flows_and_events(db: str) -> None:
    career = run("person", "Murati", "--db", db)
    assert career.exit_code == 0 and career.stdout.startswith("career of Mira Murati: ")
    flows = run("flows", "--from", "OpenAI", "--db", db, "--json")
    assert flows.exit_code == 0
    assert all(json.loads(line)["from_org"] == "OpenAI" for line in flows.stdout.splitlines())
    ends = run("events", "--db", db, "--kind", "end", "--json")
    assert ends.exit_code == 0 and ends.stdout
    assert {json.loads(line)["kind"] for line in ends.stdout.splitlines()} == {"end"}
    bad = run("events", "--db", db, "--status", "maybe")
    assert bad.exit_code == 2


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "parquet"])
def test_export_formats(db: str, tmp_path: Path, fmt: str) -> None:
    out = tmp_path / f"events.{fmt}"
    result = run("export", "--db", db, "--format", fmt, "--output", str(out), "--org", "OpenAI")
    assert result.exit_code == 0, result.output
    n = int(result.stderr.split()[0])
    assert n > 0
    if fmt == "parquet":
        assert len(pd.read_parquet(out)) == n
    elif fmt == "csv":
        assert len(pd.read_csv(out)) == n
    else:
        assert len(out.read_text(encoding="utf-8").splitlines()) == n


def test_export_to_stdout_and_parquet_needs_a_file(db: str) -> None:
    result = run("export", "--db", db, "--no-evidence")
    assert result.exit_code == 0
    assert "evidence" not in json.loads(result.stdout.splitlines()[0])
    result = run("export", "--db", db, "--format", "parquet")
    assert result.exit_code == 2 and "--output" in result.stderr


@pytest.mark.skipif(not SEED.is_file(), reason=f"seed gold file not found at {SEED}")
def test_eval_merge_resolver_only() -> None:
    result = run("eval-merge", str(SEED), "--no-end-to-end", "--json")
    assert result.exit_code == 0, result.output
    (score,) = json.loads(result.stdout)
    assert score["items"] == 6 and score["f1"] is None  # six different changes: no pairs
    assert score["kb_events"] == 6 and score["split"] == score["merged"] == 0
    missing = run("eval-merge", "nowhere.jsonl")
    assert missing.exit_code == 2 and "not found" in missing.stderr
