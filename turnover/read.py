"""The read stage: files, directories and stdin in, `Article`s out.

One function per input kind (`read_text`, `read_html`, `read_jsonl`, `read_parquet`, `read_dir`,
`read_stdin`)
and `iter_articles`, which picks the right one for each input. Bad input never stops a run: each
bad file or JSONL line becomes one `ReadError`, handed to `on_error` (by default one line on
stderr), and reading goes on with the next line or file.
"""

from __future__ import annotations

import codecs
import gzip
import io
import json
import os
import re
import sys
import zlib
from collections.abc import Callable, Iterable, Iterator
from datetime import date, timedelta
from email.utils import parsedate_to_datetime
from functools import cache
from pathlib import Path
from typing import Any, BinaryIO, Literal
from urllib.parse import urlparse

from turnover import lang as languages
from turnover.model import Article

MAX_BYTES = 20_000_000  # one text or HTML file; anything bigger is not one news article
MAX_LINE_BYTES = 5_000_000  # one JSONL line; the JSONL file itself may be any size
# A gzip input may expand to GZIP_FREE_BYTES, and beyond that to MAX_GZIP_RATIO times the
# compressed bytes read so far: news text compresses 3 to 10 times, a gzip bomb about 1,000.
MAX_GZIP_RATIO = 100
GZIP_FREE_BYTES = 4_000_000
GZIP_CHUNK = 16_384  # compressed bytes read at a time, so that the ratio is checked closely
GZIP_SLICE = 65_536  # decompressed bytes produced at a time, likewise
# Publication dates outside [EARLIEST_PUBLISHED, today + FUTURE_SLACK] are not believed.
EARLIEST_PUBLISHED = date(1800, 1, 1)
FUTURE_SLACK = timedelta(days=2)  # time zones, and pages dated for the next morning
DETECT_CHARS = 2000  # language detection needs no more than the start of an article
HEAD_BYTES = 8192  # how much is peeked at to tell gzip, HTML, JSONL, text and binary apart

STDIN = "<stdin>"
GZIP_MAGIC = b"\x1f\x8b"
PARQUET_MAGIC = b"PAR1"
PARQUET_BATCH = 1024  # rows decoded at a time: a Parquet file of any size reads in bounded memory
# UTF-32 first: its little-endian BOM starts with the UTF-16 one.
BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
SUFFIX_KINDS = {
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".json": "jsonl",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".parquet": "parquet",
    ".txt": "text",
    ".text": "text",
}
HTML_START = re.compile(r"<(?:!doctype\s+html|html|head|body)[\s>]", re.IGNORECASE)
META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([\w.:-]+)""", re.IGNORECASE)
ISO_DATE = re.compile(r"(\d{4})(-?)(\d{2})\2(\d{2})(?=$|[T\s_])")
JSONL_FIELDS = ("title", "heading", "url", "published", "lang", "outlet")

Kind = Literal["text", "html", "jsonl", "parquet"]


class ReadError(Exception):
    """One input (a file, or a line of a JSONL file) that could not be read, and why."""

    verdict = "skipped"  # what happened to the input, as the line on stderr says

    def __init__(self, source: str, reason: str) -> None:
        self.source = source
        self.reason = " ".join(reason.split())  # one line, whatever the cause's message held
        super().__init__(f"{self.source}: {self.reason}")

    @property
    def skipped(self) -> bool:
        return True

    def line(self) -> str:
        """The line turnover prints: `skipped <input>: <reason>` (or `warning: ...`)."""
        return f"{self.verdict} {self}"


class ReadWarning(ReadError):
    """An input read with something left out (a publication date that is not a date): it is
    reported through `on_error` like a ReadError, but its article is kept, not skipped."""

    verdict = "warning:"

    @property
    def skipped(self) -> bool:
        return False


OnError = Callable[[ReadError], None]


def report(error: ReadError) -> None:
    """The default `on_error`: one line on stderr, then reading goes on."""
    print(f"turnover: {error.line()}", file=sys.stderr)


def _raise(error: ReadError) -> None:
    raise error


# --- entry points ---------------------------------------------------------------------------


def iter_articles(
    inputs: Iterable[str | Path],
    lang: str | None = None,
    on_error: OnError | None = None,
    encoding: str | None = None,
) -> Iterator[Article]:
    """Read every input in order: files of any kind, directories (recursively), "-" for stdin.

    `lang` forces the language of every article; `encoding` is used for files without a BOM
    instead of strict UTF-8. Bad inputs go to `on_error` and are skipped.
    A wrong `lang` or `encoding` raises ValueError here, before anything is read.
    """
    return _iter_articles(inputs, _check_options(lang, encoding), on_error, encoding)


def _iter_articles(
    inputs: Iterable[str | Path], lang: str | None, on_error: OnError | None, encoding: str | None
) -> Iterator[Article]:
    for item in inputs:
        if os.fspath(item) == "-":
            yield from read_stdin(lang, on_error, encoding)
        else:
            yield from read_path(item, lang, on_error, encoding)


def read_path(
    path: str | Path,
    lang: str | None = None,
    on_error: OnError | None = None,
    encoding: str | None = None,
) -> Iterator[Article]:
    """Read a file of any kind (by its name, else by its content) or a directory."""
    source = os.fspath(path)
    if Path(source).is_dir():
        yield from read_dir(source, lang, on_error, encoding)
        return
    yield from _guard(_read_file(source, _kind_of_name(source), lang, on_error, encoding), on_error)


def read_text(path: str | Path, lang: str | None = None, encoding: str | None = None) -> Article:
    """A plain text file (gzip allowed): title = first non-empty line. Raises ReadError."""
    return _one(path, "text", lang, encoding)


def read_html(path: str | Path, lang: str | None = None, encoding: str | None = None) -> Article:
    """A saved HTML page (gzip allowed): main text and metadata by trafilatura. Raises ReadError."""
    return _one(path, "html", lang, encoding)


def read_jsonl(
    path: str | Path,
    lang: str | None = None,
    on_error: OnError | None = None,
    encoding: str | None = None,
) -> Iterator[Article]:
    """A JSONL file (gzip allowed), one article per line; bad lines go to `on_error`."""
    source = os.fspath(path)
    yield from _guard(_read_file(source, "jsonl", lang, on_error, encoding), on_error)


def read_parquet(
    path: str | Path,
    lang: str | None = None,
    on_error: OnError | None = None,
) -> Iterator[Article]:
    """A Parquet file, one article per row, with the JSONL fields as columns (`text` required),
    streamed batch by batch; bad rows go to `on_error` like bad JSONL lines."""
    source = os.fspath(path)
    yield from _guard(_parquet_articles(source, _check_options(lang, None), on_error), on_error)


def read_dir(
    path: str | Path,
    lang: str | None = None,
    on_error: OnError | None = None,
    encoding: str | None = None,
) -> Iterator[Article]:
    """Every file under a directory, in sorted order.

    Hidden files and directories are skipped, and so are documentation files (`README*`, `*.md`),
    which describe a folder of articles rather than being one.
    """
    on_error = on_error or report
    files: list[Path] = []

    def unreadable(error: OSError) -> None:
        on_error(ReadError(str(error.filename), _os_reason(error)))

    for folder, dirs, names in os.walk(os.fspath(path), onerror=unreadable):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        files += [Path(folder, n) for n in names if not skipped_in_dir(n)]
    for file in sorted(files):  # Paths sort part by part: a/z.txt before b.txt
        if file.is_file():  # not FIFOs or sockets, which would block or fail
            yield from read_path(file, lang, on_error, encoding)


def skipped_in_dir(name: str) -> bool:
    """Names a directory read passes over: hidden files and documentation (README*, *.md)."""
    return name.startswith(".") or name.upper().startswith("README") or name.lower().endswith(".md")


def read_stdin(
    lang: str | None = None,
    on_error: OnError | None = None,
    encoding: str | None = None,
) -> Iterator[Article]:
    """Standard input, whose kind (text, HTML, JSONL, gzip) is told from its content."""
    stream = getattr(sys.stdin, "buffer", None)
    if stream is None:  # a text-only stdin (a notebook, a test's StringIO)
        stream = io.BytesIO(sys.stdin.read().encode("utf-8"))
    yield from _guard(_read_stream(stream, STDIN, None, None, lang, on_error, encoding), on_error)


# --- in-memory builders, for readers of other sources (feeds, fetchers) -----------------------


def article_from_text(
    text: str, ref: str | None = None, lang: str | None = None, source: str = "<text>"
) -> Article:
    """A plain text: the title is its first non-empty line, the text is all of it."""
    text = _newlines(_check_chars(text, source))
    if not text.strip():
        raise ReadError(source, "empty (nothing but whitespace); nothing to read")
    title = next(line.strip() for line in text.splitlines() if line.strip())
    return Article(text=text, ref=ref, title=title, lang=lang or detect_language(text))


def article_from_html(
    html: str,
    url: str | None = None,
    ref: str | None = None,
    lang: str | None = None,
    source: str = "<html>",
    on_warning: OnError | None = None,
) -> Article:
    """An HTML page: main text, title, date and site name extracted by trafilatura.

    A page date turnover does not believe (see `publication_date`) goes to `on_warning` (by
    default a line on stderr) and the article is read without it."""
    import trafilatura  # imported here: only HTML input pays for it

    html = html.replace("\x00", "")  # as browsers do: NUL characters are no part of a page
    try:
        doc = trafilatura.bare_extraction(html, url=url, with_metadata=True)
    except Exception as error:  # a third-party parser on arbitrary input: never stop the run
        reason = f"HTML could not be parsed ({type(error).__name__}: {error})"
        raise ReadError(source, reason) from None
    body = _doc_field(doc, "text")
    if not body.strip():
        if _too_deep(html):
            raise ReadError(
                source,
                f"HTML elements nested more than {HTML_MAX_DEPTH} levels deep, where the HTML "
                "parser stops, and no article text above them; save the article's text as a "
                ".txt file",
            )
        raise ReadError(
            source,
            "no article text found in the HTML (an empty page, or one built by JavaScript); "
            "save the article page itself, or its text as a .txt file",
        )
    title = _doc_field(doc, "title").strip() or None
    url = url or _doc_field(doc, "url") or None
    text = _check_chars(_compose(title, body), source)  # titles state news: the title first
    return Article(
        text=text,
        ref=ref,
        url=url,
        outlet=_doc_field(doc, "sitename").strip() or _host(url),
        title=title,
        published=publication_date(_doc_field(doc, "date") or None, source, on_warning),
        lang=lang or detect_language(text),
    )


def article_from_record(
    record: dict[str, Any],
    source: str,
    ref: str | None = None,
    lang: str | None = None,
    on_warning: OnError | None = None,
) -> Article:
    """One JSONL object: `text` required; id, title, heading, url, published, lang, outlet.

    `ref` is used when the record has no `id`; `lang` forces the language. A field of the
    wrong type, a `lang` turnover does not read, or a NUL or broken \\u escape in a field is a
    ReadError; a `published` that is not a believable date goes to `on_warning` (by default a
    line on stderr) and the article is read without it.
    """
    if "text" not in record:
        raise ReadError(source, 'no "text" field; each line needs the article text in "text"')
    text = record["text"]
    if not isinstance(text, str):
        raise ReadError(
            source, f'"text" is a JSON {_json_type(text)}, not a string; it must hold the '
            "article text"
        )
    text = _check_chars(text, source, "text")
    if not text.strip():
        raise ReadError(source, 'empty "text" (nothing but whitespace); nothing to read')
    fields: dict[str, str | None] = {}
    for name in JSONL_FIELDS:
        value = record.get(name)
        if name == "published":
            continue  # a bad date costs the date, not the article
        if value is not None and not isinstance(value, str):
            raise ReadError(
                source, f'"{name}" is a JSON {_json_type(value)}, not a string; fix or drop it'
            )
        fields[name] = (_check_chars(value, source, name).strip() or None) if value else None
    given_id = record.get("id")
    if given_id is not None:
        # Numeric ids are common in datasets; anything else would not make a usable key.
        if isinstance(given_id, bool) or not isinstance(given_id, str | int):
            raise ReadError(
                source, f'"id" is a JSON {_json_type(given_id)}, not a string; fix or drop it'
            )
        ref = _check_chars(str(given_id), source, "id")
    code = lang or _supported_code(fields["lang"])
    if fields["lang"] and not code:
        raise ReadError(
            source,
            f'"lang" {fields["lang"][:20]!r} is not a language turnover reads '
            f"({', '.join(languages.supported())}); fix it, or drop it to have it detected",
        )
    full = _compose(fields["title"], fields["heading"], text)
    return Article(
        text=full,
        ref=ref,
        url=fields["url"],
        outlet=fields["outlet"] or _host(fields["url"]),
        title=fields["title"],
        published=publication_date(record.get("published"), source, on_warning),
        lang=code or detect_language(full),
    )


# --- language and dates ---------------------------------------------------------------------


def detect_language(text: str) -> str | None:
    """The supported language `text` is written in (lingua, on its start), or None."""
    detector, codes = _detector()
    found = detector.detect_language_of(text[:DETECT_CHARS])
    return codes.get(found.name) if found is not None else None


@cache
def _detector() -> tuple[Any, dict[str, str]]:
    """Built once: lingua restricted to turnover's languages is faster and never strays."""
    import lingua

    codes = {languages.get(code).name: code for code in languages.supported()}
    wanted = [getattr(lingua.Language, name) for name in codes]
    return lingua.LanguageDetectorBuilder.from_languages(*wanted).build(), codes


def _supported_code(value: str | None) -> str | None:
    """A `lang` field as a supported code ("fr", "FR", "fr-CA", "French" → "fr"), else None."""
    if not value:
        return None
    code = value.strip().lower().replace("_", "-").split("-")[0]
    names = {languages.get(c).name.lower(): c for c in languages.supported()}
    return code if code in languages.supported() else names.get(code)


def normalize_date(value: str | None) -> str | None:
    """A publication date as YYYY-MM-DD, or None when it can't be read (never an error).

    ISO dates and datetimes keep the date as written (no shift to UTC); RFC 2822 dates (feeds,
    HTTP) and written-out dates ("25 septembre 2024") are read too.
    """
    if not value or not value.strip():
        return None
    value = value.strip()
    if match := ISO_DATE.match(value):
        try:
            return date(int(match[1]), int(match[3]), int(match[4])).isoformat()
        except ValueError:
            return None
    try:
        return parsedate_to_datetime(value).date().isoformat()
    except (TypeError, ValueError, IndexError):
        pass
    import dateparser  # imported here: most dates are ISO and never need it

    try:
        # Absolute dates only: "yesterday" means nothing without knowing when it was written.
        # Only turnover's languages: faster, and no month name misread as another language's.
        found = dateparser.parse(
            value,
            languages=languages.supported(),
            settings={"STRICT_PARSING": True, "PARSERS": ["absolute-time"]},
        )
    except Exception:  # a bad date must never cost an article
        return None
    return found.date().isoformat() if found else None


def publication_date(value: Any, source: str, on_warning: OnError | None = None) -> str | None:
    """A `published` value as YYYY-MM-DD, or None: absent, or not a date turnover believes.

    Not a string, not a date (`yesterday`, `32/13/2020`, `0000-00-00`), before 1800 or more
    than two days ahead of today: the article is read without a publication date (relative
    dates in its text stay unresolved) and one ReadWarning goes to `on_warning`."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    advice = " (write dates as YYYY-MM-DD)"
    if not isinstance(value, str):
        problem = f"is a JSON {_json_type(value)}, not a date"
    elif (found := normalize_date(value)) is None:
        problem = f"{value.strip()[:40]!r} is not a date turnover can read"
    elif found > (date.today() + FUTURE_SLACK).isoformat():
        problem, advice = f"{found} is in the future", ""
    elif found < EARLIEST_PUBLISHED.isoformat():
        problem, advice = f"{found} is before {EARLIEST_PUBLISHED.year}", ""
    else:
        return found
    (on_warning or report)(
        ReadWarning(source, f'"published" {problem}; read without a publication date{advice}')
    )
    return None


# --- reading bytes ------------------------------------------------------------------------


def _guard(articles: Iterator[Article], on_error: OnError | None) -> Iterator[Article]:
    """Hand a file's ReadError to on_error, so the caller goes on with the next input."""
    try:
        yield from articles
    except ReadError as error:
        (on_error or report)(error)


def _one(path: str | Path, kind: Kind, lang: str | None, encoding: str | None) -> Article:
    # list(), not next(): running the generator to its end closes the file.
    return list(_read_file(os.fspath(path), kind, lang, _raise, encoding))[0]


def _read_file(
    source: str, kind: Kind | None, lang: str | None, on_error: OnError | None, encoding: str | None
) -> Iterator[Article]:
    if kind == "parquet" or (kind is None and _has_magic(source, PARQUET_MAGIC)):
        yield from _parquet_articles(source, _check_options(lang, None), on_error)
        return
    try:
        stream = open(source, "rb")  # noqa: SIM115 -- closed by the with below
    except OSError as error:
        raise ReadError(source, _os_reason(error)) from None
    with stream:
        yield from _read_stream(stream, source, source, kind, lang, on_error, encoding)


def _read_stream(
    stream: BinaryIO,
    source: str,
    ref: str | None,
    kind: Kind | None,
    lang: str | None,
    on_error: OnError | None,
    encoding: str | None,
) -> Iterator[Article]:
    """Articles from one byte stream: gunzipped if need be, kind sniffed when not known."""
    lang = _check_options(lang, encoding)
    head, stream = _unpack(stream, source)
    if head.startswith(PARQUET_MAGIC):
        raise ReadError(source, "a Parquet file can't be read from a stream; pass its path")
    kind = kind or _sniff(head, encoding)
    if kind == "jsonl":
        yield from _jsonl_articles(stream, head, source, ref, lang, on_error or report, encoding)
        return
    data = _read_all(stream, source)
    _check_binary(data, source, encoding)
    if kind == "html":
        html = _decode(data, source, encoding or _declared_charset(data))
        yield article_from_html(html, ref=ref, lang=lang, source=source)
    else:
        yield article_from_text(_decode(data, source, encoding), ref=ref, lang=lang, source=source)


def _has_magic(source: str, magic: bytes) -> bool:
    try:
        with open(source, "rb") as file:
            return file.read(len(magic)) == magic
    except OSError:
        return False  # reported by the reader that opens it next


def _parquet_articles(source: str, lang: str | None, on_error: OnError | None) -> Iterator[Article]:
    """One article per row; a bad row costs that row only, a broken file the rest."""
    import pyarrow as pa  # imported here: only Parquet input pays for it
    import pyarrow.parquet as pq

    on_error = on_error or report
    try:
        file = pq.ParquetFile(source)
    except OSError as error:
        raise ReadError(source, _os_reason(error)) from None
    except (pa.ArrowException, ValueError) as error:
        raise ReadError(source, f"not a readable Parquet file ({error}); write it again") from None
    names = set(file.schema_arrow.names)
    if "text" not in names:
        raise ReadError(source, 'no "text" column; each row needs the article text in "text"')
    columns = [c for c in ("id", "text", *JSONL_FIELDS) if c in names]
    row = 0
    try:
        for batch in file.iter_batches(batch_size=PARQUET_BATCH, columns=columns):
            for record in batch.to_pylist():
                row += 1
                where = f"{source}:row {row}"
                try:
                    # Rows without an id are keyed by where they are, like JSONL lines.
                    yield article_from_record(_plain(record), where, ref=where, lang=lang,
                                              on_warning=on_error)
                except ReadError as error:
                    on_error(error)
    except (pa.ArrowException, OSError, ValueError) as error:
        kept = f"; the {row} rows before it were read" if row else ""
        raise ReadError(source, f"Parquet read failed ({error}){kept}") from None
    if not row:
        raise ReadError(source, "empty Parquet file (no rows); nothing to read")


def _plain(record: dict[str, Any]) -> dict[str, Any]:
    """Parquet date and timestamp columns as the ISO strings a JSONL line would hold."""
    return {k: v.isoformat() if isinstance(v, date) else v for k, v in record.items()}


def _unpack(stream: BinaryIO, source: str) -> tuple[bytes, BinaryIO]:
    """The first bytes of the content, and a stream that still yields them, gunzipped if gzip.

    gzip is told by its magic bytes, not the name, so a mis-named file still reads.
    """
    head, stream = _peek(stream)
    if head.startswith(GZIP_MAGIC):
        try:
            head, stream = _peek(io.BufferedReader(_Gunzipped(stream), 65536))
        except (EOFError, OSError, zlib.error) as error:
            raise ReadError(source, _gzip_reason(error, 0)) from None
    return head, stream


class GzipBombError(OSError):
    """A gzip stream that expands far more than text does."""

    def __init__(self, decompressed: int) -> None:
        super().__init__(
            f"it expands more than {MAX_GZIP_RATIO} times its size (stopped after "
            f"{decompressed / 1e6:.0f} MB decompressed), which text never does: a gzip bomb?"
        )


class _Counted(io.RawIOBase):
    """A compressed stream read GZIP_CHUNK bytes at a time, counting them."""

    def __init__(self, stream: BinaryIO) -> None:
        self._stream = stream
        self.count = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        data = self._stream.read(min(len(buffer), GZIP_CHUNK))
        buffer[: len(data)] = data
        self.count += len(data)
        return len(data)


class _Gunzipped(io.RawIOBase):
    """A gzip stream decompressed, in bounded size: GZIP_FREE_BYTES, then at most
    MAX_GZIP_RATIO times the compressed bytes read (GzipBombError beyond)."""

    def __init__(self, stream: BinaryIO) -> None:
        self._compressed = _Counted(stream)
        self._gzip = gzip.GzipFile(fileobj=self._compressed, mode="rb")
        self.count = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        # a slice at a time: a caller's large read must not decompress past the bound at once
        n = self._gzip.readinto(memoryview(buffer)[:GZIP_SLICE])
        self.count += n
        if self.count > max(GZIP_FREE_BYTES, MAX_GZIP_RATIO * self._compressed.count):
            raise GzipBombError(self.count)
        return n


def _peek(stream: BinaryIO) -> tuple[bytes, BinaryIO]:
    """Look at the first bytes without consuming them (stdin and gzip streams can't seek)."""
    if hasattr(stream, "peek"):  # files, stdin, gzip: peek does one read, enough to sniff
        return stream.peek(HEAD_BYTES)[:HEAD_BYTES], stream
    head = stream.read(HEAD_BYTES)
    return head, io.BufferedReader(_Prefixed(head, stream))


class _Prefixed(io.RawIOBase):
    """`head` followed by the rest of `stream`: a peek for streams without one."""

    def __init__(self, head: bytes, stream: BinaryIO) -> None:
        self._head = head
        self._stream = stream

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        data = self._head[: len(buffer)] if self._head else self._stream.read(len(buffer))
        self._head = self._head[len(data) :]
        buffer[: len(data)] = data
        return len(data)


def _read_all(stream: BinaryIO, source: str) -> bytes:
    try:
        data = stream.read(MAX_BYTES + 1)
    except (EOFError, OSError, zlib.error) as error:
        raise ReadError(source, _gzip_reason(error, 0)) from None
    if len(data) > MAX_BYTES:
        raise ReadError(
            source,
            f"larger than {MAX_BYTES / 1e6:g} MB, the limit for one article; "
            "split it, or put its articles in a JSONL file (one per line)",
        )
    return data


def _jsonl_articles(
    stream: BinaryIO,
    head: bytes,
    source: str,
    ref: str | None,
    lang: str | None,
    on_error: OnError,
    encoding: str | None,
) -> Iterator[Article]:
    """One article per line; a bad line costs that line only, a broken stream the rest."""
    start = _decode_head(head, encoding).lstrip("\ufeff \t\r\n")
    if start.startswith("["):
        raise ReadError(
            source,
            "a JSON array, not JSON lines; write one object per line "
            "(e.g. jq -c '.[]' in.json > out.jsonl)",
        )
    _check_binary(head, source, encoding)
    readline, line_encoding = _line_reader(stream, head, encoding)
    lineno = seen = 0
    try:
        while raw := readline(MAX_LINE_BYTES + 1):
            lineno += 1
            where = f"{source}:{lineno}"
            if len(raw) > MAX_LINE_BYTES:
                _skip_line(raw, readline)
                seen += 1
                on_error(
                    ReadError(
                        where,
                        f"line longer than {MAX_LINE_BYTES / 1e6:g} MB, "
                        "the limit for one article; split or shorten it",
                    )
                )
                continue
            if not raw.strip():
                continue  # blank lines (often one at the end) are not articles
            seen += 1
            try:
                line = raw.decode(line_encoding)
            except UnicodeDecodeError as error:
                on_error(ReadError(where, _decode_reason(error, raw, line_encoding, encoding)))
                continue
            try:
                # Lines without an id are keyed by where they are (unless read from stdin).
                yield _record_article(line, where, where if ref else None, lang, on_error)
            except ReadError as error:
                on_error(error)
    except (EOFError, OSError, zlib.error, UnicodeDecodeError) as error:
        raise ReadError(source, _gzip_reason(error, lineno)) from None
    if not seen:
        raise ReadError(source, "empty file (no JSON lines); nothing to read")


def _line_reader(
    stream: BinaryIO, head: bytes, encoding: str | None
) -> tuple[Callable[[int], bytes], str]:
    """A readline for the stream's lines as bytes, and the encoding to decode them with.

    Lines are decoded one by one, so one bad line costs one line; UTF-16/32 can't be split on
    b"\\n", so those are decoded as a whole and handed on as UTF-8.
    """
    chosen = _bom(head) or encoding or "utf-8"
    if not _is_wide(chosen):
        return stream.readline, chosen
    text = io.TextIOWrapper(stream, encoding=chosen, newline="")
    return (lambda size: text.readline(size).encode("utf-8")), "utf-8"


def _skip_line(raw: bytes, readline: Callable[[int], bytes]) -> None:
    """Read past the rest of an overlong line without holding it in memory."""
    while raw and not raw.endswith(b"\n"):
        raw = readline(MAX_LINE_BYTES)


def _record_article(
    line: str, where: str, ref: str | None, lang: str | None, on_warning: OnError
) -> Article:
    try:
        record = json.loads(line.rstrip("\r\n"))
    except json.JSONDecodeError as error:
        at = f"{error.msg.removesuffix(' at')} at column {error.colno}"
        raise ReadError(where, f"bad JSON ({at}); each line must be one object") from None
    except RecursionError:
        raise ReadError(
            where, "bad JSON (nested too deeply); each line must be one object"
        ) from None
    except ValueError as error:  # e.g. a number of more than 4,300 digits
        raise ReadError(where, f"bad JSON ({error}); each line must be one object") from None
    if not isinstance(record, dict):
        raise ReadError(
            where,
            f"a JSON {_json_type(record)}, not an object; each line must be one object "
            'like {"text": "..."}',
        )
    return article_from_record(record, source=where, ref=ref, lang=lang, on_warning=on_warning)


# --- encodings ----------------------------------------------------------------------------


def _decode(data: bytes, source: str, encoding: str | None) -> str:
    """Bytes to text: a BOM wins, then the given encoding, else strict UTF-8."""
    chosen = _bom(data) or encoding or "utf-8"
    try:
        return data.decode(chosen)
    except UnicodeDecodeError as error:
        raise ReadError(source, _decode_reason(error, data, chosen, encoding)) from None


def _decode_reason(error: UnicodeDecodeError, data: bytes, chosen: str, given: str | None) -> str:
    where = f"byte 0x{data[error.start]:02x} at offset {error.start}"
    if chosen == "utf-8" and not given:
        return f"not valid UTF-8 ({where}); convert it to UTF-8 or pass --encoding latin-1"
    if _bom(data):
        return f"not valid {chosen} despite its byte-order mark ({where}); the file is damaged"
    return f"not valid {chosen} ({where}); pass its real encoding with --encoding"


def _decode_head(head: bytes, encoding: str | None) -> str:
    """The peeked bytes as text, for sniffing only: never fails."""
    return head.decode(_bom(head) or encoding or "utf-8", errors="replace")


def _bom(data: bytes) -> str | None:
    return next((name for bom, name in BOMS if data.startswith(bom)), None)


def _is_wide(encoding: str | None) -> bool:
    """UTF-16/32, whose text is full of NUL bytes and whose lines can't be split on b"\\n"."""
    return bool(encoding) and codecs.lookup(encoding).name.startswith(("utf-16", "utf-32"))


def _declared_charset(data: bytes) -> str | None:
    """The charset an HTML page declares in a <meta>, if Python knows it."""
    match = META_CHARSET.search(data[:4096])
    if not match:
        return None
    name = match[1].decode("ascii", errors="replace")
    try:
        codecs.lookup(name)
    except LookupError:
        return None
    return name


def _check_binary(data: bytes, source: str, encoding: str | None) -> None:
    """NUL bytes never appear in text, except in UTF-16/32 (told by a BOM or --encoding)."""
    offset = data.find(b"\x00")
    if offset >= 0 and not _bom(data) and not _is_wide(encoding):
        raise ReadError(
            source,
            f"binary file (NUL byte at offset {offset}); turnover reads text, HTML or JSONL "
            "(gzipped or not); for UTF-16 without a BOM pass --encoding utf-16-le",
        )


# --- small helpers ------------------------------------------------------------------------


def _check_options(lang: str | None, encoding: str | None) -> str | None:
    if encoding:
        try:
            codecs.lookup(encoding)
        except LookupError:
            raise ValueError(
                f"unknown encoding {encoding!r}; pass a Python codec name such as latin-1"
            ) from None
    if lang is None:
        return None
    code = lang.strip().lower()
    if code not in languages.supported():
        raise ValueError(
            f"unsupported language {lang!r}: turnover knows {', '.join(languages.supported())}"
        )
    return code


def _kind_of_name(source: str) -> Kind | None:
    """The kind a file's name says ("x.jsonl.gz" → jsonl), or None to sniff its content."""
    name = source.lower().removesuffix(".gz")
    return SUFFIX_KINDS.get(Path(name).suffix)  # type: ignore[return-value]


def _sniff(head: bytes, encoding: str | None) -> Kind:
    text = _decode_head(head, encoding).lstrip("\ufeff \t\r\n")
    if text.startswith("{"):
        return "jsonl"
    return "html" if HTML_START.search(text[:4096]) else "text"


def _compose(*parts: str | None) -> str:
    """Title, lead and body joined by newlines, leaving out empty parts and any part that a
    later part already starts with (many dumps and pages repeat the title atop the body)."""
    kept = [_newlines(p).strip() for p in parts if p and p.strip()]
    return "\n".join(
        part for i, part in enumerate(kept) if not any(p.startswith(part) for p in kept[i + 1 :])
    )


def _newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _host(url: str | None) -> str | None:
    if not url:
        return None
    host = urlparse(url).hostname
    return host.removeprefix("www.") if host else None


def _doc_field(doc: Any, name: str) -> str:
    """A field of trafilatura's result: a dict in 1.x, a Document object in 2.x, or None."""
    if doc is None:
        return ""
    value = doc.get(name) if isinstance(doc, dict) else getattr(doc, name, None)
    return value if isinstance(value, str) else ""


def _check_chars(value: str, source: str, name: str | None = None) -> str:
    """`value`, unless it holds what no text holds and no database stores: NUL characters, or
    lone surrogates (a broken \\u escape, or bytes decoded with surrogateescape)."""
    where = f'"{name}" ' if name else ""
    if (offset := value.find("\x00")) >= 0:
        raise ReadError(source, f"{where}holds a NUL character (at offset {offset}); not text")
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as error:
        char = value[error.start]
        raise ReadError(
            source,
            f"{where}holds a lone surrogate (\\u{ord(char):04x} at offset {error.start}), "
            "which is not text: a broken \\u escape?",
        ) from None
    return value


HTML_MAX_DEPTH = 255  # libxml2's HTML parser ignores what lies deeper


def _too_deep(html: str) -> bool:
    """Whether a page nests elements as deep as the HTML parser goes (it drops the rest)."""
    import lxml.etree
    import lxml.html

    try:
        root = lxml.html.document_fromstring(html)
    except Exception:  # noqa: BLE001 -- only asked to explain a failure: no answer is no
        return False
    depth = 0
    for event, _ in lxml.etree.iterwalk(root, events=("start", "end")):
        depth += 1 if event == "start" else -1
        if depth >= HTML_MAX_DEPTH:
            return True
    return False


def _json_type(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int | float):
        return "number"
    return {dict: "object", list: "array", str: "string"}.get(type(value), type(value).__name__)


def _os_reason(error: OSError) -> str:
    if isinstance(error, FileNotFoundError):
        return "no such file or directory; check the path"
    if isinstance(error, PermissionError):
        return "permission denied; check the file's permissions"
    return error.strerror or str(error)


def _gzip_reason(error: BaseException, lineno: int) -> str:
    """Why a stream broke off; what was read before it is kept."""
    kept = f"; the {lineno:,} lines before it were read" if lineno else ""
    if isinstance(error, GzipBombError):
        return f"refused: {error}{kept}; if it is real, decompress it first"
    if isinstance(error, EOFError | zlib.error | gzip.BadGzipFile):
        return f"truncated or corrupt gzip ({error}){kept}; download or compress it again"
    if isinstance(error, UnicodeDecodeError):
        return f"not valid {error.encoding} ({error.reason}){kept}; pass its real --encoding"
    return f"read failed ({error}){kept}"
