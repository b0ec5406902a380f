"""The command line: `turnover extract` and `turnover eval`, end to end (in-process)."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from turnover.cli import app

# Short texts written for these tests.
EN_TITLE = "Globex names a new finance chief"
EN_BODY = (
    "Globex said on Tuesday that its chief financial officer, Alan Smithee, "
    "has resigned after ten years at the company."
)
FR_TEXT = "Initech a nommé Renée Martin directrice générale, a annoncé la société lundi."
JSONL_GOOD = {
    "id": "ok-1",
    "lang": "en",
    "title": "Umbrella hires",
    "text": "Umbrella Corp appointed Jill Valentine as chief operating officer on Monday.",
}


@pytest.fixture(scope="module")
def runner() -> CliRunner:
    return CliRunner()


def run(runner: CliRunner, *args: str, input: str | bytes | None = None):
    # A wide terminal, so that rich never wraps a table cell or a message.
    return runner.invoke(app, list(args), input=input, env={"COLUMNS": "200"})


def json_lines(stdout: str) -> list[dict]:
    return [json.loads(line) for line in stdout.splitlines() if line.strip()]


def error_lines(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if line.startswith("turnover: ")]


@pytest.fixture
def mixed_dir(tmp_path: Path) -> Path:
    """Two good articles (a text file, a JSONL line) beside five bad inputs."""
    root = tmp_path / "inbox"
    root.mkdir()
    (root / "good.txt").write_text(f"{EN_TITLE}\n{EN_BODY}\n", encoding="utf-8")
    (root / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00")
    (root / "empty.txt").write_bytes(b"")
    (root / "broken.html").write_text(
        "<html><head><title></title></head><body><div><script>var x = 1;", encoding="utf-8"
    )
    (root / "latin1.txt").write_bytes(FR_TEXT.encode("latin-1"))
    (root / "feed.jsonl").write_text(
        '{"id": "bad", "text": "unterminated\n' + json.dumps(JSONL_GOOD) + "\n", encoding="utf-8"
    )
    return root


def test_extract_skips_bad_inputs_one_line_each(runner: CliRunner, mixed_dir: Path) -> None:
    result = run(runner, "extract", str(mixed_dir))
    assert result.exit_code == 0, result.output
    lines = json_lines(result.stdout)
    assert sorted(line["id"] for line in lines) == sorted(["ok-1", f"{mixed_dir}/good.txt"])
    for line in lines:
        assert isinstance(line["events"], list)
    errors = error_lines(result.stderr)
    bad = ["broken.html", "empty.txt", "feed.jsonl:1", "image.txt", "latin1.txt"]
    assert len(errors) == len(bad), result.stderr
    for name, line in zip(bad, errors, strict=True):
        assert line.startswith(f"turnover: skipped {mixed_dir}/{name}: "), line
    assert "2 articles" in result.stderr
    assert "5 inputs skipped" in result.stderr


def test_extract_finds_the_stated_change(runner: CliRunner, mixed_dir: Path) -> None:
    result = run(runner, "extract", str(mixed_dir / "feed.jsonl"))
    assert result.exit_code == 0, result.output
    [line] = json_lines(result.stdout)
    [event] = line["events"]
    found = (event["person"], event["kind"], event["action"])
    assert found == ("Jill Valentine", "start", "appoint")
    [evidence] = event["evidence"]
    assert "appointed" in evidence["sentence"]


def test_extract_encoding_option_reads_latin1(runner: CliRunner, mixed_dir: Path) -> None:
    result = run(runner, "extract", "--encoding", "latin-1", str(mixed_dir / "latin1.txt"))
    assert result.exit_code == 0, result.output
    assert [line["id"] for line in json_lines(result.stdout)] == [f"{mixed_dir}/latin1.txt"]
    assert not error_lines(result.stderr)


def test_extract_table_format(runner: CliRunner, mixed_dir: Path) -> None:
    result = run(runner, "extract", "--format", "table", str(mixed_dir / "feed.jsonl"))
    assert result.exit_code == 0, result.output
    assert "ok-1" in result.stdout
    assert "person" in result.stdout
    assert "Jill Valentine" in result.stdout
    with pytest.raises(json.JSONDecodeError):
        json.loads(result.stdout.splitlines()[0])


def test_extract_lang_option(runner: CliRunner, tmp_path: Path) -> None:
    path = tmp_path / "fr.txt"
    path.write_text(FR_TEXT + "\n", encoding="utf-8")
    result = run(runner, "extract", "--lang", "fr", str(path))
    assert result.exit_code == 0, result.output
    [line] = json_lines(result.stdout)
    assert [e["person"] for e in line["events"]] == ["Renée Martin"]

    result = run(runner, "extract", "--lang", "xx", str(path))
    assert result.exit_code == 2
    assert result.stdout == ""
    assert "unsupported language 'xx'" in result.stderr


def test_extract_stdin(runner: CliRunner) -> None:
    result = run(runner, "extract", "-", input=f"{EN_TITLE}\n{EN_BODY}\n".encode())
    assert result.exit_code == 0, result.output
    [line] = json_lines(result.stdout)
    assert len(line["id"]) == 64  # no file name: the content hash is the id
    assert any(e["person"] == "Alan Smithee" for e in line["events"])


def test_extract_stdin_jsonl(runner: CliRunner) -> None:
    result = run(runner, "extract", "-", input=json.dumps(JSONL_GOOD) + "\n")
    assert result.exit_code == 0, result.output
    assert [line["id"] for line in json_lines(result.stdout)] == ["ok-1"]


# --- eval -------------------------------------------------------------------------------------


def event(person: str, kind: str, action: str, org: str, **extra: object) -> dict:
    base = {
        "person": person, "kind": kind, "action": action, "org": org, "role": None,
        "interim": False, "when": None, "status": "occurred", "to": None, "reason": None,
        "sources": [],
    }
    return base | extra


@pytest.fixture
def gold_and_pred(tmp_path: Path) -> tuple[Path, Path]:
    gold = [
        {"id": "d1", "lang": "en", "exhaustive": True, "text": "(not read with --pred)",
         "events": [event("Jane Roe", "start", "appoint", "Acme"),
                    event("John Doe", "end", "resign", "Acme")]},
        {"id": "d2", "lang": "fr", "exhaustive": True, "text": "(not read with --pred)",
         "events": [event("Marie Dupont", "end", "leave", "Initech")]},
    ]
    pred = [
        # Right: Roe (status wrong), Dupont. Missed: Doe. Spurious: Smith.
        {"id": "d1", "events": [event("Roe", "start", "appoint", "ACME", status="planned"),
                                event("Bob Smith", "start", "join", "Acme")]},
        {"id": "d2", "events": [event("Marie Dupont", "end", "leave", "Initech")]},
    ]
    gold_path, pred_path = tmp_path / "gold.jsonl", tmp_path / "pred.jsonl"
    gold_path.write_text("".join(json.dumps(d) + "\n" for d in gold), encoding="utf-8")
    pred_path.write_text("".join(json.dumps(d) + "\n" for d in pred), encoding="utf-8")
    return gold_path, pred_path


def test_eval_with_pred_prints_scores(runner: CliRunner, gold_and_pred: tuple[Path, Path]) -> None:
    gold, pred = gold_and_pred
    result = run(runner, "eval", str(gold), "--pred", str(pred))
    assert result.exit_code == 0, result.output
    header = result.stdout.splitlines()[0].split()
    assert header[-3:] == ["P", "R", "F1"]
    # The first "all" row is the score table's; the second, the attribute table's.
    all_row = next(line.split() for line in result.stdout.splitlines() if line.startswith("all "))
    p, r, f1 = all_row[-3:]
    assert (p, r, f1) == ("0.667", "0.667", "0.667")  # 2 of 3 predicted, 2 of 3 gold


def test_eval_json(runner: CliRunner, gold_and_pred: tuple[Path, Path]) -> None:
    gold, pred = gold_and_pred
    result = run(runner, "eval", str(gold), "--pred", str(pred), "--json")
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert "all" in json.dumps(report)


def test_eval_unknown_gold_path(runner: CliRunner, tmp_path: Path) -> None:
    missing = tmp_path / "no-such-gold.jsonl"
    result = run(runner, "eval", str(missing))
    assert result.exit_code == 2
    assert result.stdout == ""
    assert f"gold file not found: {missing}" in result.stderr


def test_eval_unknown_pred_path(runner: CliRunner, gold_and_pred: tuple[Path, Path]) -> None:
    gold, _ = gold_and_pred
    result = run(runner, "eval", str(gold), "--pred", "no-such-pred.jsonl")
    assert result.exit_code == 2
    assert "prediction file not found: no-such-pred.jsonl" in result.stderr


def test_negatives_counts_what_is_found_on_unrelated_news(
        runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # a shared folder of our own: two ECB+-like documents outside the personnel topics, one in
    corpus = tmp_path / "data" / "ecbplus-en" / "corpus.jsonl.gz"
    corpus.parent.mkdir(parents=True)
    docs = [{"id": "ecbplus-1_1", "topic": 1, "lang": "en", "text": EN_TITLE + "\n" + EN_BODY},
            {"id": "ecbplus-2_1", "topic": 2, "lang": "en",
             "text": "The storm closed two roads near the harbour on Sunday."},
            {"id": "ecbplus-5_1", "topic": 5, "lang": "en", "text": JSONL_GOOD["text"]}]
    with gzip.open(corpus, "wt", encoding="utf-8") as out:
        out.writelines(json.dumps(d) + "\n" for d in docs)
    monkeypatch.setenv("TURNOVER_SHARED", str(tmp_path))
    result = run(runner, "negatives", "ecbplus-other", "--show", "5")
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0].startswith("ecbplus-other: 1 events in 2 documents (50.0 per 100 documents")
    assert lines[1].startswith("  ecbplus-1_1: end/resign Alan Smithee @ ")


def test_negatives_unknown_set(runner: CliRunner) -> None:
    result = run(runner, "negatives", "nope")
    assert result.exit_code == 2
    assert "unknown negative set 'nope'" in result.stderr
