"""The read stage: every input kind, and every kind of bad input skipped with one line."""

from __future__ import annotations

import gzip
import io
import json
import sys
from pathlib import Path

import pytest

from turnover import read
from turnover.read import ReadError, iter_articles, normalize_date

EN = "The board of Acme named Jane Roe chief executive on Monday after a long search."
FR = "Le conseil d'administration a nommé Marie Dupont directrice générale lundi dernier."
GOOD = "The finance chief of Globex resigned on Friday, the company said."

PAGE = """<!doctype html>
<html><head>
<title>Acme names a new chief</title>
<meta property="og:site_name" content="Daily Example">
<meta property="article:published_time" content="2024-09-25T08:00:00+02:00">
</head><body>
<nav>Home | World | Business</nav>
<article><h1>Acme names a new chief</h1>
<p>The board of Acme named Jane Roe chief executive on Monday, ending a long search.</p>
<p>She will start next month, the company said in a statement.</p></article>
</body></html>
"""


def read_all(inputs: list, **options) -> tuple[list, list[ReadError]]:
    errors: list[ReadError] = []
    articles = list(iter_articles(inputs, on_error=errors.append, **options))
    return articles, errors


def jsonl(path: Path, *records: object) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def good_file(tmp_path: Path) -> Path:
    """A valid input to read beside each bad one: it must still come out."""
    path = tmp_path / "good.txt"
    path.write_text(GOOD + "\n", encoding="utf-8")
    return path


def assert_skipped(errors: list[ReadError], source: object, *words: str) -> None:
    assert len(errors) == 1, errors
    message = str(errors[0])
    assert "\n" not in message
    assert errors[0].source == str(source)
    assert message.startswith(f"{source}: ")
    for word in words:
        assert word in message


# --- each input kind ------------------------------------------------------------------------


def test_text_file(tmp_path: Path) -> None:
    path = tmp_path / "note.txt"
    path.write_text(f"\n  Acme names a chief  \n\n{EN}\n", encoding="utf-8")
    [article] = read.iter_articles([str(path)])
    assert article.title == "Acme names a chief"
    assert article.text == path.read_text(encoding="utf-8")
    assert article.ref == str(path)
    assert article.lang == "en"
    assert article.id and article.key == str(path)


def test_read_text_function_and_crlf(tmp_path: Path) -> None:
    path = tmp_path / "windows.txt"
    path.write_bytes(f"Headline\r\n{EN}\r\n".encode())
    article = read.read_text(path, lang="en")
    assert article.text == f"Headline\n{EN}\n"
    assert article.title == "Headline"


def test_html_file(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(PAGE, encoding="utf-8")
    article = read.read_html(path)
    assert article.title == "Acme names a new chief"
    # The title comes first, once, although the page repeats it in an <h1>.
    assert article.text.startswith("Acme names a new chief\nThe board of Acme named Jane Roe")
    assert article.text.count("Acme names a new chief") == 1
    assert "Home | World" not in article.text
    assert article.outlet == "Daily Example"
    assert article.published == "2024-09-25"
    assert article.lang == "en"
    assert article.ref == str(path)


def test_html_sniffed_and_outlet_from_url(tmp_path: Path) -> None:
    page = PAGE.replace('<meta property="og:site_name" content="Daily Example">', "")
    page = page.replace(
        "<head>", '<head><link rel="canonical" href="https://www.news.example/a/1">'
    )
    path = tmp_path / "saved-page"  # no suffix: told by its content
    path.write_text(page, encoding="utf-8")
    [article] = iter_articles([path])
    assert article.url == "https://www.news.example/a/1"
    assert article.outlet in ("news.example", "www.news.example")
    assert article.title == "Acme names a new chief"


def test_jsonl_composition_ref_and_fields(tmp_path: Path) -> None:
    path = jsonl(
        tmp_path / "news.jsonl",
        {
            "id": "n-1",
            "title": "Acme names a chief",
            "heading": "A long search ends.",
            "text": EN,
            "url": "https://www.paper.example/business/1",
            "published": "2024-09-25T10:00:00Z",
            "lang": "en",
        },
        {"id": 7, "text": FR, "outlet": "Le Quotidien", "lang": "fr"},
        {"text": GOOD, "title": "", "heading": None},
    )
    first, second, third = iter_articles([path])
    assert first.text == f"Acme names a chief\nA long search ends.\n{EN}"
    assert first.title == "Acme names a chief"
    assert first.ref == "n-1"
    assert first.outlet == "paper.example"
    assert first.url == "https://www.paper.example/business/1"
    assert first.published == "2024-09-25"
    assert first.lang == "en"
    assert second.ref == "7"
    assert second.outlet == "Le Quotidien"
    assert second.text == FR
    # No id: keyed by where it is; empty parts left out.
    assert third.ref == f"{path}:3"
    assert third.text == GOOD
    assert third.title is None


def test_jsonl_title_repeated_in_text_is_not_doubled(tmp_path: Path) -> None:
    path = jsonl(
        tmp_path / "a.jsonl", {"title": "Acme names a chief", "text": f"Acme names a chief\n{EN}"}
    )
    [article] = iter_articles([path], lang="en")
    assert article.text == f"Acme names a chief\n{EN}"


def test_jsonl_gz_and_json_lines(tmp_path: Path) -> None:
    lines = "".join(json.dumps({"id": f"g{i}", "text": EN}) + "\n" for i in range(3))
    (tmp_path / "b.jsonl.gz").write_bytes(gzip.compress(lines.encode()))
    (tmp_path / "c.json").write_text(json.dumps({"id": "j1", "text": FR}) + "\n", encoding="utf-8")
    articles, errors = read_all([tmp_path / "b.jsonl.gz", tmp_path / "c.json"])
    assert not errors
    assert [a.ref for a in articles] == ["g0", "g1", "g2", "j1"]
    assert [a.lang for a in articles] == ["en", "en", "en", "fr"]


def test_read_jsonl_function(tmp_path: Path) -> None:
    path = jsonl(tmp_path / "d.jsonl", {"id": "x", "text": EN}, "not an object")
    errors: list[ReadError] = []
    articles = list(read.read_jsonl(path, lang="en", on_error=errors.append))
    assert [a.ref for a in articles] == ["x"]
    assert_skipped(errors, f"{path}:2", "not an object")


# --- language -----------------------------------------------------------------------------


def test_language_detected_among_supported(tmp_path: Path) -> None:
    (tmp_path / "fr.txt").write_text(FR, encoding="utf-8")
    (tmp_path / "en.txt").write_text(EN, encoding="utf-8")
    articles, _ = read_all([tmp_path / "fr.txt", tmp_path / "en.txt"])
    assert [a.lang for a in articles] == ["fr", "en"]


def test_language_option_wins_then_field_then_detection(tmp_path: Path) -> None:
    path = jsonl(
        tmp_path / "l.jsonl",
        {"id": "field", "text": EN, "lang": "fr"},  # a supported field is trusted
        {"id": "region", "text": FR, "lang": "FR-ca"},
        {"id": "name", "text": FR, "lang": "French"},
        {"id": "unsupported", "text": FR, "lang": "xx"},  # not read: skipped, saying why
    )
    articles, errors = read_all([path])
    assert [a.lang for a in articles] == ["fr", "fr", "fr"]
    assert_skipped(errors, f"{path}:4", "\"lang\" 'xx' is not a language turnover reads")
    articles, errors = read_all([path], lang="en")  # forced: the field does not matter
    assert not errors and {a.lang for a in articles} == {"en"} and len(articles) == 4


def test_bad_options_fail_before_reading(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="unsupported language 'xx'"):
        iter_articles([tmp_path], lang="xx")
    with pytest.raises(ValueError, match="unknown encoding"):
        iter_articles([tmp_path], encoding="no-such-codec")


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2024-09-25", "2024-09-25"),
        ("2024-09-25T10:00:00Z", "2024-09-25"),
        ("2024-09-25T23:30:00-05:00", "2024-09-25"),  # the date as written, not UTC
        ("2024-09-25 10:00", "2024-09-25"),
        ("20240925", "2024-09-25"),
        ("Wed, 25 Sep 2024 10:00:00 GMT", "2024-09-25"),
        ("September 25, 2024", "2024-09-25"),
        ("25 septembre 2024", "2024-09-25"),
        ("2024-02-30", None),
        ("yesterday", None),
        ("not a date", None),
        ("", None),
        (None, None),
    ],
)
def test_normalize_date(value: str | None, expected: str | None) -> None:
    assert normalize_date(value) == expected


def test_unparseable_published_is_a_warning_not_a_skip(tmp_path: Path) -> None:
    path = jsonl(tmp_path / "p.jsonl", {"text": EN, "published": "sometime soon"})
    articles, errors = read_all([path], lang="en")
    assert articles[0].published is None
    assert_skipped(errors, f"{path}:1", "\"published\" 'sometime soon' is not a date")
    assert isinstance(errors[0], read.ReadWarning) and not errors[0].skipped
    assert errors[0].line().startswith("warning: ")


# --- directories and stdin ----------------------------------------------------------------


def test_directory_recursive_sorted_without_hidden(tmp_path: Path) -> None:
    root = tmp_path / "corpus"
    (root / "b" / "deeper").mkdir(parents=True)
    (root / ".git").mkdir()
    (root / "a.txt").write_text(EN, encoding="utf-8")
    (root / "b" / "deeper" / "c.txt").write_text(FR, encoding="utf-8")
    (root / "b" / "page.htm").write_text(PAGE, encoding="utf-8")
    jsonl(root / "b" / "z.jsonl", {"id": "line", "text": GOOD})
    (root / ".hidden.txt").write_text(GOOD, encoding="utf-8")
    (root / ".git" / "config.txt").write_text(GOOD, encoding="utf-8")
    articles, errors = read_all([str(root)])
    assert not errors
    assert [a.ref for a in articles] == [
        f"{root}/a.txt",
        f"{root}/b/deeper/c.txt",
        f"{root}/b/page.htm",
        "line",
    ]


def test_directory_skips_readme_and_markdown(tmp_path: Path) -> None:
    root = tmp_path / "corpus"
    (root / "sub").mkdir(parents=True)
    (root / "a.txt").write_text(EN, encoding="utf-8")
    (root / "README.md").write_text("# About these articles\n\nNot an article.", encoding="utf-8")
    (root / "README").write_text("Not an article either.", encoding="utf-8")
    (root / "readme.txt").write_text("Nor this one.", encoding="utf-8")
    (root / "sub" / "NOTES.md").write_text("Notes, not an article.", encoding="utf-8")
    (root / "sub" / "b.txt").write_text(FR, encoding="utf-8")
    articles, errors = read_all([str(root)])
    assert not errors
    assert [a.ref for a in articles] == [f"{root}/a.txt", f"{root}/sub/b.txt"]


def test_markdown_named_explicitly_is_read(tmp_path: Path) -> None:
    # Only directory walks skip documentation; a file given by name is read as asked.
    path = tmp_path / "README.md"
    path.write_text(EN, encoding="utf-8")
    articles, errors = read_all([str(path)])
    assert not errors
    assert [a.ref for a in articles] == [str(path)]


def stdin(monkeypatch: pytest.MonkeyPatch, data: bytes) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))


def test_stdin_text(monkeypatch: pytest.MonkeyPatch) -> None:
    stdin(monkeypatch, f"Acme names a chief\n{EN}\n".encode())
    [article] = iter_articles(["-"])
    assert article.title == "Acme names a chief"
    assert article.ref is None  # stdin has no name: the content hash is the key
    assert article.key == article.id
    assert article.lang == "en"


def test_stdin_jsonl_gzipped(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    lines = json.dumps({"id": "s1", "text": FR}) + "\n" + json.dumps({"text": EN}) + "\n"
    stdin(monkeypatch, gzip.compress(lines.encode()))
    articles, errors = read_all(["-", good_file(tmp_path)])
    assert not errors
    assert [a.ref for a in articles] == ["s1", None, str(tmp_path / "good.txt")]


def test_stdin_html(monkeypatch: pytest.MonkeyPatch) -> None:
    stdin(monkeypatch, PAGE.encode())
    [article] = iter_articles(["-"])
    assert article.title == "Acme names a new chief"


# --- encodings ----------------------------------------------------------------------------


def test_boms_are_honoured(tmp_path: Path) -> None:
    (tmp_path / "u8.txt").write_bytes(b"\xef\xbb\xbf" + FR.encode())
    (tmp_path / "u16.txt").write_bytes(FR.encode("utf-16"))  # with its BOM
    (tmp_path / "u16.jsonl").write_bytes(
        (json.dumps({"id": "w", "text": FR}, ensure_ascii=False) + "\n").encode("utf-16")
    )
    articles, errors = read_all([tmp_path / n for n in ("u8.txt", "u16.txt", "u16.jsonl")])
    assert not errors
    assert [a.text for a in articles] == [FR, FR, FR]
    assert articles[0].title == FR  # no BOM left in front


def test_wrong_encoding_is_skipped_with_advice(tmp_path: Path) -> None:
    bad = tmp_path / "latin.txt"
    bad.write_bytes(FR.encode("latin-1"))
    articles, errors = read_all([bad, good_file(tmp_path)])
    assert [a.text.strip() for a in articles] == [GOOD]
    offset = FR.encode("latin-1").index(b"\xe9")
    assert_skipped(errors, bad, f"not valid UTF-8 (byte 0xe9 at offset {offset})", "--encoding")


def test_encoding_option_reads_it(tmp_path: Path) -> None:
    path = tmp_path / "latin.txt"
    path.write_bytes(FR.encode("latin-1"))
    articles, errors = read_all([path], encoding="latin-1")
    assert not errors
    assert articles[0].text == FR


def test_html_declared_charset(tmp_path: Path) -> None:
    page = PAGE.replace("<head>", '<head><meta charset="iso-8859-1">').replace("said", "a dit é")
    path = tmp_path / "old.html"
    path.write_bytes(page.encode("latin-1"))
    articles, errors = read_all([path])
    assert not errors
    assert "a dit é" in articles[0].text


def test_bad_line_encoding_costs_one_line(tmp_path: Path) -> None:
    path = tmp_path / "mixed.jsonl"
    path.write_bytes(
        json.dumps({"id": "ok1", "text": EN}).encode()
        + b"\n"
        + '{"id": "bad", "text": "caf\u00e9"}'.encode("latin-1")
        + b"\n"
        + json.dumps({"id": "ok2", "text": EN}).encode()
        + b"\n"
    )
    articles, errors = read_all([path], lang="en")
    assert [a.ref for a in articles] == ["ok1", "ok2"]
    assert_skipped(errors, f"{path}:2", "not valid UTF-8", "0xe9")


# --- bad inputs: one line each, and the rest still read -----------------------------------


def test_binary_file(tmp_path: Path) -> None:
    bad = tmp_path / "image.txt"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    articles, errors = read_all([bad, good_file(tmp_path)])
    assert len(articles) == 1
    assert_skipped(errors, bad, "binary file")


@pytest.mark.parametrize("content", [b"", b"  \n\t\n  "])
def test_empty_file(tmp_path: Path, content: bytes) -> None:
    bad = tmp_path / "empty.txt"
    bad.write_bytes(content)
    articles, errors = read_all([bad, good_file(tmp_path)])
    assert len(articles) == 1
    assert_skipped(errors, bad, "empty")


def test_empty_jsonl_file(tmp_path: Path) -> None:
    bad = tmp_path / "none.jsonl"
    bad.write_text("\n\n", encoding="utf-8")
    articles, errors = read_all([bad, good_file(tmp_path)])
    assert len(articles) == 1
    assert_skipped(errors, bad, "empty")


def test_broken_html(tmp_path: Path) -> None:
    bad = tmp_path / "broken.html"
    bad.write_text("<html><body><div></div></body></html>", encoding="utf-8")
    articles, errors = read_all([bad, good_file(tmp_path)])
    assert len(articles) == 1
    assert_skipped(errors, bad, "no article text found")


def test_file_over_size_limit(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(read, "MAX_BYTES", 100)
    bad = tmp_path / "huge.txt"
    bad.write_text(EN * 3, encoding="utf-8")
    good = tmp_path / "small.jsonl"  # JSONL files are not bound by MAX_BYTES
    jsonl(good, *({"text": EN} for _ in range(5)))
    articles, errors = read_all([bad, good], lang="en")
    assert len(articles) == 5
    assert_skipped(errors, bad, "larger than", "limit")


def test_jsonl_line_over_size_limit(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(read, "MAX_LINE_BYTES", 200)
    path = jsonl(
        tmp_path / "long.jsonl",
        {"id": "before", "text": GOOD},
        {"id": "long", "text": EN * 10},
        {"id": "after", "text": GOOD},
    )
    articles, errors = read_all([path], lang="en")
    assert [a.ref for a in articles] == ["before", "after"]
    assert_skipped(errors, f"{path}:2", "line longer than")


@pytest.mark.parametrize(
    ("line", "words"),
    [
        ('{"text": "unclosed', "bad JSON"),
        ('["a list", "of things"]', "not an object"),
        ('{"title": "No text here"}', 'no "text" field'),
        ('{"text": 42}', '"text" is a JSON number'),
        ('{"text": "   "}', "empty"),
        ('{"text": "Fine text.", "title": ["a", "list"]}', '"title" is a JSON array'),
        ('{"text": null}', '"text" is a JSON null'),
        ('{"text": "Fine \\u0000 text."}', '"text" holds a NUL character (at offset 5)'),
        ('{"text": "Fine \\ud800 text."}', '"text" holds a lone surrogate (\\ud800'),
        ('{"text": "Fine text.", "title": "\\udfff"}', '"title" holds a lone surrogate'),
        ('{"text": "Fine text.", "x": ' + "[" * 100_000 + "]" * 100_000 + "}",
         "nested too deeply"),
        ('{"text": "Fine text.", "id": ' + "9" * 5000 + "}", "bad JSON (Exceeds the limit"),
        ('{"text": "Fine text.", "id": {"nested": 1}}', '"id" is a JSON object'),
    ],
)
def test_malformed_jsonl_line(tmp_path: Path, line: str, words: str) -> None:
    path = tmp_path / "m.jsonl"
    ok = json.dumps({"id": "ok", "text": GOOD})
    path.write_text(f"{ok}\n{line}\n{ok}\n", encoding="utf-8")
    articles, errors = read_all([path], lang="en")
    assert [a.ref for a in articles] == ["ok", "ok"]
    assert_skipped(errors, f"{path}:2", words)


def test_json_array_file(tmp_path: Path) -> None:
    bad = tmp_path / "array.json"
    bad.write_text(json.dumps([{"text": EN}]), encoding="utf-8")
    articles, errors = read_all([bad, good_file(tmp_path)])
    assert len(articles) == 1
    assert_skipped(errors, bad, "JSON array", "one object per line")


def test_truncated_gzip_keeps_lines_before(tmp_path: Path) -> None:
    lines = "".join(
        json.dumps({"id": f"t{i}", "text": f"{EN} Number {i} of many, with more words {i * 7}."})
        + "\n"
        for i in range(2000)
    )
    data = gzip.compress(lines.encode())
    bad = tmp_path / "cut.jsonl.gz"
    bad.write_bytes(data[: len(data) // 2])
    articles, errors = read_all([bad, good_file(tmp_path)], lang="en")
    refs = [a.ref for a in articles]
    assert refs[-1] == str(tmp_path / "good.txt")
    kept = refs[:-1]
    assert 0 < len(kept) < 2000
    assert kept == [f"t{i}" for i in range(len(kept))]
    assert_skipped(errors, bad, "truncated or corrupt gzip", f"the {len(kept):,} lines before")


def test_missing_path(tmp_path: Path) -> None:
    missing = tmp_path / "nowhere.txt"
    articles, errors = read_all([missing, good_file(tmp_path)])
    assert len(articles) == 1
    assert_skipped(errors, missing, "no such file")


def test_single_file_functions_raise() -> None:
    with pytest.raises(ReadError, match="no such file"):
        read.read_text("no/such/file.txt")


def test_default_on_error_prints_one_line(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    bad = tmp_path / "nul.txt"
    bad.write_bytes(b"abc\x00def")
    articles = list(iter_articles([bad, good_file(tmp_path)], lang="en"))
    assert len(articles) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert err.startswith(f"turnover: skipped {bad}: binary file")


def test_read_error_is_one_line() -> None:
    error = ReadError("data/x.jsonl:17", "bad JSON\n  (Expecting value)\n")
    assert str(error) == "data/x.jsonl:17: bad JSON (Expecting value)"
    assert error.source == "data/x.jsonl:17"
    assert error.reason == "bad JSON (Expecting value)"
