"""`turnover batch`: shards in, events out (JSONL, Parquet), resumable, the same events whatever
the number of workers; and the Parquet reader it relies on."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from turnover import api, batch
from turnover.cli import app
from turnover.extract import Extractor
from turnover.read import ReadError, iter_articles, read_parquet

SAMPLES = Path(__file__).resolve().parents[1] / "turnover" / "samples"
SAMPLE_JSONL = SAMPLES / "articles.jsonl"


def records() -> list[dict]:
    with open(SAMPLE_JSONL, encoding="utf-8") as file:
        return [json.loads(line) for line in file if line.strip()]


def write_jsonl(path: Path, rows: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows),
                    encoding="utf-8")
    return path


def write_parquet(path: Path, rows: list[dict], **options) -> Path:
    pq.write_table(pa.Table.from_pylist(rows), path, **options)
    return path


def core(rows: list[dict]) -> list[tuple]:
    return [(r["article"], r["person"], r["kind"], r["action"], r["org"]) for r in rows]


def expected_rows(paths: list[Path]) -> list[dict]:
    """What the plain extractor gives on the same files, as batch rows."""
    rows = []
    for article, mentions in api.extract(iter_articles(paths), Extractor()):
        rows += batch.event_rows(article, mentions)
    return rows


@pytest.fixture
def corpus(tmp_path: Path) -> list[Path]:
    """Three shards: the samples split over two JSONL files, one of them gzipped, and a text."""
    rows = records()
    a = write_jsonl(tmp_path / "a.jsonl", rows[:4])
    b = tmp_path / "b.jsonl.gz"
    import gzip

    with gzip.open(b, "wt", encoding="utf-8") as file:
        file.writelines(json.dumps(r, ensure_ascii=False) + "\n" for r in rows[4:])
    c = tmp_path / "c.txt"
    c.write_text((SAMPLES / "schulman-rejoint-anthropic.txt").read_text(encoding="utf-8"),
                 encoding="utf-8")
    return [a, b, c]


# --- the Parquet reader -----------------------------------------------------------------------


def test_parquet_reader_streams_rows_like_jsonl_lines(tmp_path: Path) -> None:
    rows = records()
    path = write_parquet(tmp_path / "in.parquet", rows, row_group_size=2)
    from_parquet = list(read_parquet(path))
    from_jsonl = list(iter_articles([SAMPLE_JSONL]))
    assert [a.text for a in from_parquet] == [a.text for a in from_jsonl]
    assert [a.key for a in from_parquet] == [a.key for a in from_jsonl]
    assert [a.published for a in from_parquet] == [a.published for a in from_jsonl]
    # found by its suffix, and by its magic bytes under another name
    assert len(list(iter_articles([path]))) == len(rows)
    renamed = path.rename(tmp_path / "dump.bin")
    assert len(list(iter_articles([renamed]))) == len(rows)


def test_parquet_bad_rows_are_reported_and_skipped(tmp_path: Path) -> None:
    path = write_parquet(tmp_path / "in.parquet", [
        {"text": "Initech a nommé Renée Martin directrice générale.", "lang": "fr",
         "published": date(2024, 3, 4)},
        {"text": "   ", "lang": None, "published": None},
        {"text": None, "lang": "fr", "published": None},
    ])
    errors: list[ReadError] = []
    articles = list(iter_articles([path], on_error=errors.append))
    assert len(articles) == 1
    assert articles[0].published == "2024-03-04"  # a date column reads as an ISO date
    assert articles[0].key == f"{path}:row 1"  # no id: keyed by where it is, like a JSONL line
    assert [e.source for e in errors] == [f"{path}:row 2", f"{path}:row 3"]
    assert "empty" in errors[0].reason and '"text"' in errors[1].reason


def test_bad_parquet_files_are_one_error_each(tmp_path: Path) -> None:
    broken = tmp_path / "broken.parquet"
    broken.write_bytes(b"PAR1 not really")
    no_text = write_parquet(tmp_path / "no_text.parquet", [{"body": "x"}])
    errors: list[ReadError] = []
    assert list(iter_articles([broken, no_text], on_error=errors.append)) == []
    assert "not a readable Parquet file" in errors[0].reason
    assert 'no "text" column' in errors[1].reason


# --- batch --------------------------------------------------------------------------------------


def test_jsonl_in_jsonl_out_gives_the_extractor_events(corpus: list[Path], tmp_path: Path) -> None:
    out = tmp_path / "out"
    summary = batch.run(corpus, out)
    rows = list(batch.read_events(out))
    want = expected_rows(corpus)
    assert sorted(core(rows)) == sorted(core(want))
    assert summary.shards == summary.shards_done == 3
    assert summary.articles == len(records()) + 1
    assert summary.events == len(rows) > 10
    assert 0 < summary.candidates <= summary.articles
    assert summary.peak_rss_per_worker > 0
    manifest = [json.loads(line) for line in (out / "manifest.jsonl").read_text().splitlines()]
    assert sum(m["events"] for m in manifest) == len(rows)
    assert {m["input"] for m in manifest} == {str(p) for p in corpus}
    assert not list((out / "events").glob("*.tmp"))
    assert "3 shards" in summary.line() and "articles/s" in summary.line()


def test_parquet_in_parquet_out(tmp_path: Path) -> None:
    source = write_parquet(tmp_path / "in.parquet", records(), row_group_size=3)
    out = tmp_path / "out"
    batch.run([source], out, fmt="parquet")
    files = list((out / "events").iterdir())
    assert [f.suffix for f in files] == [".parquet"]
    table = pq.read_table(files[0])
    assert table.schema == batch.parquet_schema()
    rows = table.to_pylist()
    assert core(rows) == core(expected_rows([SAMPLE_JSONL]))
    ev = rows[0]["evidence"][0]
    assert set(ev) == set(batch.EVIDENCE_FIELDS)


def test_rerun_skips_done_shards_and_redoes_a_deleted_one(corpus: list[Path],
                                                         tmp_path: Path) -> None:
    out = tmp_path / "out"
    batch.run(corpus, out)
    first = list(batch.read_events(out))
    again = batch.run(corpus, out)
    assert (again.shards_done_before, again.shards_done, again.articles) == (3, 0, 0)
    shard_file = sorted((out / "events").iterdir())[1]
    shard_file.unlink()
    redo = batch.run(corpus, out)
    assert (redo.shards_done_before, redo.shards_done) == (2, 1)
    assert list(batch.read_events(out)) == first


def test_a_run_killed_midway_completes_without_duplicates(corpus: list[Path],
                                                         tmp_path: Path) -> None:
    clean = tmp_path / "clean"
    batch.run(corpus, clean, chunk_size=2)
    want = list(batch.read_events(clean))

    out = tmp_path / "out"
    calls = 0

    def kill(summary: batch.Summary) -> None:
        nonlocal calls
        calls += 1
        if calls == 3:  # the first shard done, the second one half written
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        batch.run(corpus, out, chunk_size=2, on_progress=kill)
    assert len(list((out / "events").iterdir())) == 1  # no partial shard left visible
    resumed = batch.run(corpus, out, chunk_size=2)
    assert (resumed.shards_done_before, resumed.shards_done) == (1, 2)
    assert list(batch.read_events(out)) == want


def test_a_changed_input_is_redone(corpus: list[Path], tmp_path: Path) -> None:
    out = tmp_path / "out"
    batch.run(corpus, out)
    write_jsonl(corpus[0], records()[:2])
    redo = batch.run(corpus, out)
    assert (redo.shards_done_before, redo.shards_done, redo.articles) == (2, 1, 2)


def test_bad_lines_are_reported_and_skipped(tmp_path: Path) -> None:
    path = tmp_path / "mixed.jsonl"
    good = records()[:2]
    path.write_text(json.dumps(good[0]) + "\n{not json\n" + '{"id": "x"}\n'
                    + json.dumps(good[1]) + "\n", encoding="utf-8")
    errors: list[ReadError] = []
    out = tmp_path / "out"
    summary = batch.run([path, tmp_path / "missing.jsonl"], out, on_error=errors.append)
    assert summary.articles == 2 and summary.skipped == 3
    assert [e.source for e in errors] == [str(tmp_path / "missing.jsonl"), f"{path}:2",
                                          f"{path}:3"]
    manifest = json.loads((out / "manifest.jsonl").read_text())
    assert manifest["skipped"] == 2 and manifest["articles"] == 2


def test_an_article_the_extractor_fails_on_is_reported_and_skipped(
        corpus: list[Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    real = Extractor._rules  # the rules of one article, after its batch was parsed

    def flaky(self: Extractor, plan):
        if plan.article.key == corpus[2].as_posix():
            raise IndexError("list index out of range")
        return real(self, plan)

    monkeypatch.setattr(Extractor, "_rules", flaky)
    errors: list[ReadError] = []
    summary = batch.run(corpus, tmp_path / "out", on_error=errors.append)
    assert summary.failed == 1 and summary.shards_done == 3
    assert errors[0].source == str(corpus[2]) and "IndexError" in errors[0].reason
    assert "1 articles failed" in summary.line()


def test_two_workers_give_the_same_events_as_one(corpus: list[Path], tmp_path: Path) -> None:
    one = batch.run(corpus, tmp_path / "one", chunk_size=2)
    two = batch.run(corpus, tmp_path / "two", workers=2, chunk_size=2)
    assert two.workers == 2 and len(two.peak_rss) == 2  # both workers did some of the work
    assert list(batch.read_events(tmp_path / "two")) == list(batch.read_events(tmp_path / "one"))
    assert (one.articles, one.events) == (two.articles, two.events)


def test_straight_into_a_knowledge_base(corpus: list[Path], tmp_path: Path) -> None:
    from turnover.store import Store

    files = batch.run(corpus, tmp_path / "files")
    db = tmp_path / "kb.sqlite"
    into_kb = batch.run(corpus, tmp_path / "kb", fmt="kb", db=str(db))
    assert into_kb.events == files.events
    with Store(db) as store:
        counts = store.counts()
    assert counts["mentions"] == files.events and counts["events"] > 0
    # a run redone from scratch (manifest lost) adds nothing twice: the store is idempotent
    (tmp_path / "kb" / "manifest.jsonl").unlink()
    batch.run(corpus, tmp_path / "kb", fmt="kb", db=str(db))
    with Store(db) as store:
        assert store.counts() == counts


def test_bad_options_are_refused_before_reading(tmp_path: Path) -> None:
    for options, message in (({"fmt": "csv"}, "unknown format"),
                             ({"engine": "spark"}, "unknown engine"),
                             ({"workers": 0}, "at least 1"),
                             ({"lang": "xx"}, "unsupported language"),
                             ({"scheduler": "tcp://localhost:1"}, "--engine dask")):
        with pytest.raises(ValueError, match=message):
            batch.run([SAMPLE_JSONL], tmp_path / "out", **options)
    with pytest.raises(ValueError, match="stdin"):
        batch.run(["-"], tmp_path / "out")


def test_cli_batch(corpus: list[Path], tmp_path: Path) -> None:
    out = tmp_path / "out"
    args = ["batch", *map(str, corpus), "--out", str(out), "--format", "parquet"]
    result = CliRunner().invoke(app, args, env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    assert "3 shards" in result.stderr and "events" in result.stderr
    assert len(list((out / "events").glob("*.parquet"))) == 3
    again = CliRunner().invoke(app, args, env={"COLUMNS": "200"})
    assert "3 shards, all done by an earlier run" in again.stderr
    bad = CliRunner().invoke(app, ["batch", str(corpus[0]), "--out", str(out), "--lang", "xx"])
    assert bad.exit_code == 2 and "unsupported language" in bad.stderr
