"""Bad input at every entry point: one matrix of every bad input of issue 6 × every way in
(the reader `api.read`, `turnover ingest`, `turnover batch`, `POST /api/articles`).

For each pair: exactly one line (for the API, one per-item error or one 4xx answer) naming the
input and saying what is wrong; the input counted as skipped (or, for a date that is not a date,
read without it and counted as a warning); the good input given alongside still read and
stored; and nothing stored before lost. The big and bad files are made here, at test time: a
50 MB text, gzip bombs of 1 GiB (gzip members of 16 MiB repeated: made in milliseconds), HTML
nested 10,000 levels deep, a JSONL line of 6 MB.
"""

from __future__ import annotations

import gzip
import json
import re
import subprocess
import sys
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from turnover import api, batch
from turnover.cli import app as cli
from turnover.extract import Extractor
from turnover.model import Article
from turnover.read import ReadError
from turnover.serve import create_app
from turnover.store import Store

REPO = Path(__file__).resolve().parents[1]
TOKEN = "token-for-bad-input-tests"
GOOD = "Initech appointed Renée Martin as chief executive on Monday, the company said."
STORED = "Globex said on Friday that its finance chief Hank Scorpio had resigned."
OTHER = "Hooli named Gavin Belson chairman of its board on Tuesday."
FR = "Le conseil d'administration a nommé Marie Dupont directrice générale lundi dernier."


def line(record: Any) -> bytes:
    return json.dumps(record, ensure_ascii=False).encode() + b"\n"


def gzip_bomb(path: Path, byte: bytes, size: int = 1 << 30) -> Path:
    """`size` bytes of `byte`, gzipped: one 16 MiB member, repeated (concatenated members are
    one gzip stream), so 1 GiB is written in milliseconds and about 1 MB."""
    member = zlib.compressobj(9, zlib.DEFLATED, 31)
    data = member.compress(byte * (16 << 20)) + member.flush()
    with path.open("wb") as out:
        for _ in range(size // (16 << 20)):
            out.write(data)
    return path


def big_text(path: Path, size: int = 50_000_000) -> Path:
    sentence = (GOOD + "\n").encode()
    with path.open("wb") as out:
        out.write(sentence * (size // len(sentence) + 1))
    return path


def parquet(rows: list[dict[str, Any]]) -> bytes:
    import pyarrow as pa
    import pyarrow.parquet as pq

    sink = pa.BufferOutputStream()
    pq.write_table(pa.Table.from_pylist(rows), sink)
    return sink.getvalue().to_pybytes()


DEEP_HTML = ("<html><body>" + "<div>" * 10_000 + f"<p>{GOOD}</p>" + "</div>" * 10_000
             + "</body></html>")


@dataclass
class Api:
    """What the bad input is at the HTTP API, and what the API answers.

    `item`: an article sent in the same request as a good one; its outcome is `expect`
    ("unreadable", "warning" or "stored") with `words` in its error or warning. `body`: a raw
    request (with `headers`); the answer's status is `status` with `words` in its detail."""

    item: Any = None
    body: bytes | Callable[[], Iterator[bytes]] | None = None
    headers: dict[str, str] = field(default_factory=dict)
    expect: str = "unreadable"
    status: int = 200
    words: str = ""


@dataclass
class Case:
    """One bad input: how to write it, what the one line says and how it is counted
    (`skipped`, `warning`: read without what is wrong, or `read`: nothing wrong after all)."""

    id: str
    name: str
    make: Callable[[Path], Any]  # writes the file at the path given
    words: str
    api: Api
    outcome: str = "skipped"
    line: str = ""  # the JSONL line named (":1"), or "" for the file itself


def jsonl_case(id: str, record: Any, words: str, api_item: Any = None,
               outcome: str = "skipped", api_words: str | None = None) -> Case:
    item = record if api_item is None else api_item
    return Case(id, f"{id}.jsonl", lambda p: p.write_bytes(line(record)), words,
                Api(item=item, words=api_words or words,
                    expect="warning" if outcome == "warning" else "unreadable"),
                outcome=outcome, line=":1")


def good_body(**article: Any) -> bytes:
    return json.dumps({"articles": [{"text": GOOD, "lang": "en", **article}]}).encode()


CASES = [
    Case("binary", "image.txt",
         lambda p: p.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256))),
         "binary file (NUL byte at offset 8)",
         Api(item={"text": "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"},
             words='"text" holds a NUL character (at offset 8)')),
    Case("empty", "empty.txt", lambda p: p.write_bytes(b""), "empty",
         Api(item={"text": ""}, words='empty "text"')),
    Case("whitespace", "blank.txt", lambda p: p.write_bytes(b" \n\t \r\n  "),
         "empty (nothing but whitespace)",
         Api(item={"text": " \n\t \r\n  "}, words='empty "text" (nothing but whitespace)')),
    Case("truncated-gzip", "cut.txt.gz",
         lambda p: p.write_bytes(gzip.compress((GOOD + "\n").encode() * 2000)[:300]),
         "truncated or corrupt gzip",
         Api(body=good_body()[:40], status=422, words="not valid JSON")),
    Case("gzip-bomb", "bomb.txt.gz", lambda p: gzip_bomb(p, b"\x00"),
         "it expands more than 100 times its size (stopped after 4 MB decompressed)",
         Api(body=gzip.compress(b"\x00" * (1 << 24)), status=415,
             headers={"Content-Encoding": "gzip"}, words="Content-Encoding 'gzip'")),
    Case("gzip-bomb-jsonl", "bomb.jsonl.gz", lambda p: gzip_bomb(p, b"\n"),
         "it expands more than 100 times its size (stopped after 4 MB decompressed)",
         Api(body=gzip.compress(good_body() + b" " * (1 << 24)), status=415,
             headers={"Content-Encoding": "gzip"}, words="send the JSON uncompressed")),
    Case("50MB-text", "big.txt", big_text, "larger than 20 MB, the limit for one article",
         Api(body=lambda: (b"x" * 1_000_000 for _ in range(50)), status=413,
             words="larger than 1000000 bytes")),
    Case("html-10000-deep", "deep.html", lambda p: p.write_text(DEEP_HTML, encoding="utf-8"),
         "HTML elements nested more than 255 levels deep",
         Api(item={"text": DEEP_HTML, "lang": "en"}, expect="stored")),  # text is data there
    Case("latin-1", "latin.txt", lambda p: p.write_bytes(FR.encode("latin-1")),
         f"not valid UTF-8 (byte 0xe9 at offset {FR.encode('latin-1').index(0xE9)}); "
         "convert it to UTF-8 or pass --encoding latin-1",
         Api(body=json.dumps({"articles": [{"text": FR}]}, ensure_ascii=False).encode("latin-1"),
             status=400, words="not valid UTF-8 (byte 0xe9")),
    Case("utf-16-bom", "u16.txt", lambda p: p.write_bytes(FR.encode("utf-16")), "",
         Api(body=good_body().decode().encode("utf-16"), status=200), outcome="read"),
    Case("utf-16-no-bom", "u16le.txt", lambda p: p.write_bytes(FR.encode("utf-16-le")),
         "binary file (NUL byte at offset 1); turnover reads text, HTML or JSONL (gzipped or "
         "not); for UTF-16 without a BOM pass --encoding utf-16-le",
         Api(body=good_body().decode().encode("utf-16-le"), status=200)),
    Case("invalid-utf8", "bad-utf8.jsonl",
         lambda p: p.write_bytes(b'{"text": "caf\xe9 \xff\xfe"}\n'), "not valid UTF-8 (byte 0xe9",
         Api(body=good_body().replace(b"Monday", b"Mon\xffday"), status=400,
             words="not valid UTF-8 (byte 0xff"), line=":1"),
    Case("malformed-jsonl", "malformed.jsonl", lambda p: p.write_bytes(b'{"text": "unclosed\n'),
         "bad JSON (Unterminated string",
         Api(body=b'{"articles": [{"text": "unclosed', status=422,
             words="not valid JSON (Unterminated string"), line=":1"),
    Case("overlong-jsonl", "long.jsonl",
         lambda p: p.write_bytes(line({"text": GOOD + " " + "x" * 6_000_000})),
         "line longer than 5 MB, the limit for one article",
         Api(item={"text": GOOD, "title": "t" * 3000},
             words='"title" is longer than 2000 characters'), line=":1"),
    jsonl_case("text-number", {"text": 42}, '"text" is a JSON number, not a string'),
    jsonl_case("text-list", {"text": ["a", "b"]}, '"text" is a JSON array, not a string'),
    jsonl_case("text-null", {"text": None}, '"text" is a JSON null, not a string',
               api_words='"text" is a JSON null'),
    jsonl_case("id-list", {"text": OTHER, "id": [1, 2]}, '"id" is a JSON array, not a string'),
    jsonl_case("lang-unsupported", {"text": OTHER, "lang": "de"},
               "\"lang\" 'de' is not a language turnover reads (en, fr)"),
    Case("top-level-array", "array.jsonl", lambda p: p.write_bytes(line([{"text": OTHER}])),
         "a JSON array, not JSON lines; write one object per line",
         Api(item=[{"text": OTHER}], words="not a JSON object")),
    Case("truncated-parquet", "cut.parquet",
         lambda p: p.write_bytes(parquet([{"text": GOOD}])[:200]), "not a readable Parquet file",
         Api(body=good_body()[:-10], status=422, words="not valid JSON")),
    Case("parquet-text-number", "numbers.parquet", lambda p: p.write_bytes(parquet([{"text": 7}])),
         '"text" is a JSON number, not a string', Api(item={"text": 7},
                                                      words='"text" is a JSON number'),
         line=":row 1"),
    # not in the list, but found on the way: each stopped the whole run
    Case("surrogate", "surrogate.jsonl", lambda p: p.write_bytes(b'{"text": "Fine \\ud800."}\n'),
         '"text" holds a lone surrogate (\\ud800 at offset 5)',
         Api(item={"text": "Hooli named \udfff chairman"},
             words='"text" holds a lone surrogate, which is not text'), line=":1"),
    Case("json-too-deep", "deep.jsonl",
         lambda p: p.write_bytes(b'{"text": "x", "tags": ' + b"[" * 100_000 + b"]" * 100_000
                                 + b"}\n"),
         "bad JSON (nested too deeply)",
         Api(body=b'{"articles": [{"text": "x", "tags": ' + b"[" * 100_000 + b"]" * 100_000
             + b"}]}", status=422, words="not valid JSON (nested too deeply)"), line=":1"),
    Case("json-huge-number", "number.jsonl",
         lambda p: p.write_bytes(b'{"text": "x", "id": ' + b"9" * 5000 + b"}\n"),
         "bad JSON (Exceeds the limit (4300 digits)",
         Api(body=b'{"articles": [{"text": "x", "id": ' + b"9" * 5000 + b"}]}", status=422,
             words="not valid JSON (Exceeds the limit (4300 digits)"), line=":1"),
    jsonl_case("published-object", {"text": OTHER, "published": {"date": "2024-03-06"}},
               '"published" is a JSON object, not a date; read without a publication date',
               outcome="warning"),
    jsonl_case("published-future", {"text": OTHER, "published": "2999-01-01"},
               '"published" 2999-01-01 is in the future', outcome="warning"),
    jsonl_case("published-zeros", {"text": OTHER, "published": "0000-00-00"},
               "\"published\" '0000-00-00' is not a date turnover can read", outcome="warning"),
    jsonl_case("published-yesterday", {"text": OTHER, "published": "yesterday"},
               "\"published\" 'yesterday' is not a date", outcome="warning"),
    jsonl_case("published-nonsense", {"text": OTHER, "published": "32/13/2020"},
               "\"published\" '32/13/2020' is not a date", outcome="warning"),
    jsonl_case("published-number", {"text": OTHER, "published": 20240306},
               '"published" is a JSON number, not a date', outcome="warning"),
    jsonl_case("published-ancient", {"text": OTHER, "published": "0999-01-01"},
               '"published" 0999-01-01 is before 1800', outcome="warning"),
]


@pytest.fixture(scope="module")
def inputs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Every bad input, and good.txt, in one folder (made once: the big ones take a while)."""
    folder = tmp_path_factory.mktemp("bad-inputs")
    for case in CASES:
        case.make(folder / case.name)
    (folder / "good.txt").write_text(GOOD + "\n", encoding="utf-8")
    return folder


def source(folder: Path, case: Case) -> str:
    return f"{folder / case.name}{case.line}"


def stored_before(db: str, extractor: Extractor) -> str:
    """An article already in the knowledge base: it must still be there afterwards."""
    article = Article(text=STORED, ref="stored-before", lang="en")
    api.ingest_articles([article], db, extractor=extractor)
    return article.id


def assert_kept(db: str, article_id: str, articles: int) -> None:
    with Store(db) as store:
        assert store.known([article_id]) == {article_id}
        assert store.counts()["articles"] == articles


def assert_one_line(message: str, case: Case, folder: Path) -> None:
    assert "\n" not in message
    verdict = "warning: " if case.outcome == "warning" else "skipped "
    assert message.startswith(f"{verdict}{source(folder, case)}: "), message
    assert case.words in message, message


# --- the reader -------------------------------------------------------------------------------


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.id)
def test_reader(case: Case, inputs: Path) -> None:
    errors: list[ReadError] = []
    articles = list(api.read([inputs / case.name, inputs / "good.txt"], on_error=errors.append))
    assert articles[-1].ref == str(inputs / "good.txt")  # the good input is still read
    if case.outcome == "read":
        assert not errors and len(articles) == 2
        return
    assert len(errors) == 1, errors
    assert_one_line(errors[0].line(), case, inputs)
    assert errors[0].skipped == (case.outcome == "skipped")
    assert len(articles) == (2 if case.outcome == "warning" else 1)
    if case.outcome == "warning":
        assert articles[0].published is None


# --- turnover ingest --------------------------------------------------------------------------

SUMMARY = re.compile(r"^(\d+) articles read, (\d+) stored, (\d+) skipped(?: \(([^)]*)\))?"
                     r"(?:, (\d+) with warnings)?;", re.M)


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.id)
def test_ingest(case: Case, inputs: Path, tmp_path: Path, extractor: Extractor) -> None:
    db = str(tmp_path / "kb.db")
    before = stored_before(db, extractor)
    result = CliRunner().invoke(cli, ["ingest", "--db", db, str(inputs / case.name),
                                      str(inputs / "good.txt")])
    assert result.exit_code == 0, result.output
    lines = [x for x in result.stderr.splitlines() if x.startswith("turnover: ")]
    summary = SUMMARY.search(result.stdout)
    assert summary, result.stdout
    read, stored, skipped, why, warned = summary.groups()
    if case.outcome == "read":
        assert not lines, lines
        assert (read, stored, skipped) == ("2", "2", "0")
    else:
        assert len(lines) == 1, lines
        assert_one_line(lines[0].removeprefix("turnover: "), case, inputs)
    if case.outcome == "skipped":
        assert (read, stored, skipped, why) == ("1", "1", "1", "1 unreadable")
    if case.outcome == "warning":
        assert (read, stored, skipped, warned) == ("2", "2", "0", "1")
    assert_kept(db, before, 1 + int(stored))


# --- turnover batch ---------------------------------------------------------------------------

BATCH_SUMMARY = re.compile(r"^(\d+) shards?, ([\d,]+) articles, [\d,]+ candidates, ([\d,]+) "
                           r"events, (\d+) inputs skipped(?:, (\d+) articles failed)?"
                           r"(?:, (\d+) with warnings)?", re.M)


@pytest.fixture(scope="module")
def earlier_shard(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("earlier") / "earlier.jsonl"
    path.write_bytes(line({"id": "earlier", "text": STORED}))
    return path


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.id)
def test_batch(case: Case, inputs: Path, tmp_path: Path, earlier_shard: Path) -> None:
    out = tmp_path / "out"
    run = CliRunner().invoke(cli, ["batch", str(earlier_shard), "--out", str(out)])
    assert run.exit_code == 0, run.output
    before = list(batch.read_events(out))
    assert [r["article"] for r in before] == ["earlier"]
    result = CliRunner().invoke(cli, ["batch", str(inputs / case.name),
                                      str(inputs / "good.txt"), "--out", str(out)])
    assert result.exit_code == 0, result.output
    lines = [x for x in result.stderr.splitlines() if x.startswith("turnover: ")]
    summary = BATCH_SUMMARY.search(result.stderr)
    assert summary, result.stderr
    shards, articles, _, skipped, failed, warned = summary.groups()
    assert shards == "2" and failed is None
    if case.outcome == "read":
        assert not lines, lines
        assert (articles, skipped) == ("2", "0")
    else:
        assert len(lines) == 1, lines
        assert_one_line(lines[0].removeprefix("turnover: "), case, inputs)
        want = ("1", "1", None) if case.outcome == "skipped" else ("2", "0", "1")
        assert (articles, skipped, warned) == want
    rows = list(batch.read_events(out))
    assert [r for r in rows if r["article"] == "earlier"] == before  # the earlier shard kept
    assert str(inputs / "good.txt") in {r["article"] for r in rows}  # the good input's events


# --- POST /api/articles -----------------------------------------------------------------------


@pytest.fixture
def client(tmp_path: Path, extractor: Extractor) -> Iterator[tuple[TestClient, str, str]]:
    db = str(tmp_path / "kb.db")
    before = stored_before(db, extractor)
    with TestClient(create_app(db, token=TOKEN, extractor=extractor)) as c:
        yield c, db, before


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.id)
def test_post_api(case: Case, client: tuple[TestClient, str, str]) -> None:
    c, db, before = client
    headers = {"Authorization": f"Bearer {TOKEN}"}
    given = case.api
    if given.item is None:  # a raw request: refused whole (4xx), or read
        body = given.body() if callable(given.body) else given.body
        response = c.post("/api/articles", content=body, headers={
            **headers, "Content-Type": "application/json", **given.headers})
        assert response.status_code == given.status, response.text
        if given.status != 200:
            assert given.words in response.json()["detail"], response.text
            assert_kept(db, before, 1)
        else:
            assert response.json()["stored"] == 1
            assert_kept(db, before, 2)
        return
    body = {"articles": [given.item, {"text": GOOD, "lang": "en", "id": "good"}]}
    response = c.post("/api/articles", content=json.dumps(body).encode(),  # \u escapes: ASCII
                      headers={**headers, "Content-Type": "application/json"})
    assert response.status_code == 200, response.text
    result = response.json()
    bad, good = result["articles"]
    assert good["outcome"] == "stored" and good["ref"] == "good"  # still processed
    if given.expect == "unreadable":
        assert bad["outcome"] == "unreadable" and bad["id"] is None
        assert bad["error"].startswith("articles[0]: ") and given.words in bad["error"], bad
        assert result["skipped"] == {"unreadable": 1} and result["stored"] == 1
    elif given.expect == "warning":
        assert bad["outcome"] == "stored" and len(bad["warnings"]) == 1, bad
        assert bad["warnings"][0].startswith("articles[0]: ")
        assert given.words in bad["warnings"][0], bad
        assert result["warnings"] == 1 and result["stored"] == 2
    else:
        assert bad["outcome"] == "stored" and not bad["warnings"] and result["stored"] == 2
    assert_kept(db, before, 1 + result["stored"])


# --- bounded memory and time ------------------------------------------------------------------

# Reads its arguments in a fresh process and prints: articles, errors, seconds, and how many MB
# the reading added to the process's peak memory (VmHWM, reset after the imports).
PEAK = """
import sys, time
import lxml.html, trafilatura
from turnover.read import iter_articles

def mb(key):
    for line in open("/proc/self/status"):
        if line.startswith(key):
            return int(line.split()[1]) / 1024

before = mb("VmRSS")
with open("/proc/self/clear_refs", "w") as reset:
    reset.write("5")  # the peak (VmHWM) starts again from here
started = time.perf_counter()
errors = []
articles = list(iter_articles(sys.argv[1:], lang="en", on_error=errors.append))
print(len(articles), len(errors), time.perf_counter() - started, mb("VmHWM") - before)
"""


def peak(path: Path) -> tuple[int, int, float, float]:
    """Read one input in a fresh process: articles, errors, seconds, MB added to the peak."""
    out = subprocess.run([sys.executable, "-c", PEAK, str(path)], check=True,
                         capture_output=True, text=True, cwd=REPO,
                         env={"PYTHONPATH": str(REPO), "PATH": "/usr/bin:/bin"}).stdout
    n, errors, seconds, mb = out.split()
    return int(n), int(errors), float(seconds), float(mb)


@pytest.mark.skipif(not Path("/proc/self/clear_refs").exists(), reason="needs Linux's /proc")
@pytest.mark.parametrize(("name", "most"), [
    ("bomb.txt.gz", 16), ("bomb.jsonl.gz", 16),  # stopped at 4 MB decompressed
    ("big.txt", 40),  # 20 MB read, then refused
    ("long.jsonl", 24),  # the 5 MB line limit, read past in pieces
    ("deep.html", 80),  # parsed by lxml (trafilatura, then the depth check)
])
def test_big_inputs_are_read_in_bounded_memory(inputs: Path, name: str, most: int) -> None:
    """The 1 GiB gzip bombs and the 50 MB file cost a few MB: the readers stop at their
    bounds, and say so in one line."""
    articles, errors, seconds, mb = peak(inputs / name)
    assert (articles, errors) == (0, 1)
    assert mb < most, f"{name}: {mb:.0f} MB more at the peak"
    assert seconds < 30, f"{name}: {seconds:.1f} s"
