"""The core Python API. The CLI (turnover.cli) and the HTTP API (turnover.serve) are thin
mirrors of it."""

from __future__ import annotations

import json
import os
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any, TypeVar
from urllib.parse import urlparse

from turnover import alerts as _alerts
from turnover import batch as _batch
from turnover import evaluate as _evaluate
from turnover import evaluate_merge as _evaluate_merge
from turnover import query as _query
from turnover.alerts import JsonlSink, StdoutSink, WatchEntry, WebhookSink, make_entry
from turnover.extract import Extractor
from turnover.feeds import read_feed_list
from turnover.fetch import Fetcher
from turnover.model import Article, Mention
from turnover.query import Answer
from turnover.read import OnError, ReadError, iter_articles, report
from turnover.state import State
from turnover.store import Store
from turnover.watch import Events, PassReport, Watcher, WatchOptions, kb_events, state_path

DB = str | os.PathLike[str] | Store | None  # a path, a URL, an open Store, or None (default)
T = TypeVar("T")


def read(paths: Iterable[str | Path], lang: str | None = None, on_error: OnError | None = None,
         encoding: str | None = None) -> Iterator[Article]:
    """Articles from files, directories, JSONL(.gz) dumps or "-" (stdin).

    Gold files stored without texts (ids and events, like eval/orangesum_fr_dev.jsonl) are read
    too: their texts are joined from the shared corpora, as `turnover eval` does.
    """
    paths = list(paths)
    iter_articles([], lang=lang, encoding=encoding)  # a bad lang or encoding fails here, now
    return _read(paths, lang, on_error or report, encoding)


def _read(paths: list[str | Path], lang: str | None, on_error: OnError,
          encoding: str | None) -> Iterator[Article]:
    for path in paths:
        if not _is_textless_gold(path):
            yield from iter_articles([path], lang=lang, on_error=on_error, encoding=encoding)
            continue
        try:
            docs = _evaluate.load_gold(path)
        except (OSError, ValueError) as error:
            on_error(ReadError(os.fspath(path), str(error)))
            continue
        for article in gold_articles(docs):
            yield article if lang is None else Article(**{**article.__dict__, "lang": lang})


GOLD_LINE = 1_000_000  # bytes of a file's first line read to tell a gold file without texts


def _is_textless_gold(path: str | Path) -> bool:
    """A JSONL gold file (EVENTS.md format) whose first document has no `text`."""
    if os.fspath(path) == "-" or not str(path).endswith((".jsonl", ".json", ".ndjson")):
        return False
    try:
        with open(path, "rb") as lines:
            # gold documents without text are short: a long or late first line is not one
            first = next((line for line in (lines.readline(GOLD_LINE) for _ in range(100))
                          if line.strip()), b"")
        doc = json.loads(first)
    except (OSError, UnicodeDecodeError, ValueError, RecursionError):
        return False  # the reader reports what is wrong with it
    return isinstance(doc, dict) and "text" not in doc and isinstance(doc.get("events"), list)


def extract(articles: Iterable[Article], extractor: Extractor | None = None
            ) -> Iterator[tuple[Article, list[Mention]]]:
    """(article, mentions) for each article, in input order."""
    return (extractor or Extractor()).iter_extract(articles)


def extract_text(text: str, lang: str = "en", published: str | None = None) -> list[Mention]:
    """Convenience for a single text."""
    return Extractor().extract(Article(text=text, lang=lang, published=published))


def batch(inputs: Iterable[str | Path], out: str | Path, fmt: str = "jsonl", workers: int = 1,
          engine: str = "local", scheduler: str | None = None, lang: str | None = None,
          encoding: str | None = None, on_error: OnError | None = None,
          **options: Any) -> _batch.Summary:
    """Extract large corpora (JSONL, JSONL.gz, Parquet, many files) into `out`: one shard per
    input file, events written as JSONL or Parquet, completed shards skipped on a rerun.
    `engine` is "local" (`workers` processes) or "dask" (a LocalCluster, or `scheduler`).
    Other options (prefilter, context, chunk_size, recycle, on_progress, sink) are those of
    `turnover.batch.run`."""
    return _batch.run(inputs, out, fmt=fmt, workers=workers, engine=engine, scheduler=scheduler,
                      lang=lang, encoding=encoding, on_error=on_error, **options)


def gold_articles(gold_docs: list[dict[str, Any]]) -> list[Article]:
    """The articles of a gold file, as the extractor reads them."""
    return [
        Article(text=d["text"], ref=d["id"], lang=d.get("lang"), published=d.get("published"),
                url=d.get("url"), title=d.get("title"),
                outlet=(urlparse(d["url"]).hostname or None) if d.get("url") else None)
        for d in gold_docs
    ]


def evaluate(gold_path: str | Path, pred_path: str | Path | None = None,
             split: str | None = None, extractor: Extractor | None = None) -> _evaluate.Report:
    """Score the extractor (or a prediction file) against a gold file, as EVENTS.md says."""
    gold = _evaluate.load_gold(gold_path, split=split)
    if pred_path is not None:
        pred = _evaluate.load_predictions(pred_path)
    else:
        pred = {a.key: [m.to_dict(with_evidence=False) for m in mentions]
                for a, mentions in extract(gold_articles(gold), extractor)}
    return _evaluate.score(gold, pred)


def negatives(name: str, extractor: Extractor | None = None) -> _evaluate.NegativeCount:
    """Run the extractor on a negative set (news unlikely to report a leadership change,
    `turnover.evaluate.NEGATIVES`) and count what it finds: probable false positives."""
    docs = _evaluate.load_negatives(name)
    count = _evaluate.NegativeCount(name, docs=len(docs))
    for article, mentions in extract(gold_articles(docs), extractor):
        count.docs_with_events += bool(mentions)
        count.events += [(article.key, m.to_dict()) for m in mentions]
    return count


# --- knowledge base ---------------------------------------------------------------------------


def open_kb(db: DB = None) -> Store:
    """The knowledge base at `db` (a SQLite path or a SQLAlchemy URL such as
    postgresql://user:pass@host/name), else $TURNOVER_DB, else ./turnover.db; created or
    migrated to the current schema as needed."""
    return db if isinstance(db, Store) else Store(db)


@dataclass
class IngestSummary:
    """What an ingest did."""

    read: int = 0  # articles read
    stored: int = 0  # new articles stored
    skipped: Counter[str] = field(default_factory=Counter)  # reason → articles or inputs
    mentions: int = 0  # mentions extracted from the new articles
    new_events: int = 0  # events reported by new articles only
    merged: int = 0  # new mentions merged with other reports of the same change
    warnings: int = 0  # articles read with something left out (a date that is not a date)
    seconds: float = 0.0

    def format(self) -> str:
        skipped = sum(self.skipped.values())
        why = ", ".join(f"{n} {reason}" for reason, n in sorted(self.skipped.items()))
        warned = f", {self.warnings} with warnings" if self.warnings else ""
        return (
            f"{self.read} articles read, {self.stored} stored, {skipped} skipped"
            + (f" ({why})" if why else "") + warned
            + f"; {self.mentions} mentions, {self.new_events} new events, {self.merged} "
            f"merged with other reports; {self.seconds:.1f} s"
        )


ALREADY_STORED = "already in the knowledge base"
DUPLICATE = "repeated in the input"
UNREADABLE = "unreadable"
EXTRACTION_FAILED = "extraction failed"


def ingest(
    paths: Iterable[str | Path],
    db: DB = None,
    *,
    lang: str | None = None,
    encoding: str | None = None,
    on_error: OnError | None = None,
    extractor: Extractor | None = None,
    batch_size: int = 10,
    on_article: Callable[[Article, str], None] | None = None,
) -> IngestSummary:
    """Read, extract, resolve and store: the same inputs as `read`, into the knowledge base.

    Idempotent (an article already stored is skipped) and transactional per batch of
    `batch_size` articles, so an interrupted ingest resumes where it stopped when run again.
    `on_article(article, outcome)` is called for each article read ("stored" or a skip reason).
    """
    summary = IngestSummary()
    handler = on_error or report

    def count_error(error: ReadError) -> None:
        if error.skipped:
            summary.skipped[UNREADABLE] += 1
        else:
            summary.warnings += 1
        handler(error)

    articles = read(paths, lang=lang, on_error=count_error, encoding=encoding)
    store = open_kb(db)
    try:
        return ingest_articles(articles, store, extractor=extractor, batch_size=batch_size,
                               on_article=on_article, summary=summary, on_error=handler)
    finally:
        if store is not db:
            store.close()


def ingest_articles(
    articles: Iterable[Article],
    db: DB = None,
    *,
    extractor: Extractor | None = None,
    batch_size: int = 10,
    on_article: Callable[[Article, str], None] | None = None,
    summary: IngestSummary | None = None,
    on_error: OnError | None = None,
) -> IngestSummary:
    """`ingest` for articles already read.

    An article the extractor fails on is skipped (`extraction failed`), reported to `on_error`
    (by default a line on stderr), and the ingest goes on."""
    if batch_size < 1:
        raise ValueError(f"batch_size must be at least 1, not {batch_size}")
    summary = summary or IngestSummary()
    started = time.perf_counter()
    store = open_kb(db)
    extractor = extractor or Extractor()
    seen: set[str] = set()
    new_mentions: list[str] = []
    batch: list[tuple[Article, list[Mention]]] = []
    # [article, outcome] in input order: told to on_article once the outcome is sure, that is
    # for the articles of a batch once it is written
    pending: list[list[Any]] = []

    def tell() -> None:
        if on_article:
            for article, outcome in pending:
                on_article(article, outcome)
        pending.clear()

    def flush() -> None:
        result = store.write(batch)
        stored = set(result.article_ids)
        for entry in pending:
            if entry[1] == "stored" and entry[0].id not in stored:
                # another ingest (a second process) stored it since it was looked up
                entry[1] = ALREADY_STORED
                summary.skipped[ALREADY_STORED] += 1
        summary.stored += result.stored
        summary.mentions += result.mentions
        new_mentions.extend(result.mention_ids)
        batch.clear()
        tell()

    try:
        for article in articles:
            summary.read += 1
            outcome = "stored"
            if article.id in seen:
                outcome = DUPLICATE
            elif store.known([article.id]):
                outcome = ALREADY_STORED
            seen.add(article.id)
            if outcome == "stored":
                try:
                    found = extractor.extract(article)
                except Exception as error:  # a bug on one article must not cost the others
                    outcome = EXTRACTION_FAILED
                    (on_error or report)(ReadError(article.key, (
                        f"extraction failed ({type(error).__name__}: {error}); this is a bug "
                        "in turnover, please report it with the article")))
            pending.append([article, outcome])
            if outcome == "stored":
                batch.append((article, found))
                if len(batch) >= batch_size:
                    flush()
            else:
                summary.skipped[outcome] += 1
                if not batch:
                    tell()
        if batch:
            flush()
        tell()
        _count_merges(store, new_mentions, summary)
    finally:
        summary.seconds = time.perf_counter() - started
        if store is not db:
            store.close()
    return summary


def _count_merges(store: Store, new_mentions: list[str], summary: IngestSummary) -> None:
    # each new mention either starts a new event or joins the reports of a known change
    owners = store.events_of(new_mentions)
    new_in: Counter[str] = Counter(event for event, _ in owners.values())
    size = {event: n for event, n in owners.values()}
    summary.new_events = sum(1 for e, n in new_in.items() if size[e] == n)
    summary.merged = len(owners) - summary.new_events


def _with_kb(db: DB, ask: Callable[[Store], T]) -> T:
    store = open_kb(db)
    try:
        return ask(store)
    finally:
        if store is not db:
            store.close()


def timeline(org: str, db: DB = None, *, since: str | None = None, until: str | None = None,
             evidence: bool = False) -> Answer:
    """Arrivals and departures at an organization, in date order."""
    return _with_kb(db, lambda s: _query.timeline(s, org, since=since, until=until,
                                                  evidence=evidence))


def person(name: str, db: DB = None, *, evidence: bool = False) -> Answer:
    """A person's career path."""
    return _with_kb(db, lambda s: _query.person(s, name, evidence=evidence))


def flows(from_org: str | None = None, to_org: str | None = None, db: DB = None, *,
          since: str | None = None, until: str | None = None, evidence: bool = False) -> Answer:
    """Who went where: departures from one organization followed by arrivals at another,
    optionally in a period (`since` / `until`)."""
    return _with_kb(db, lambda s: _query.flows(s, from_org, to_org, since=since, until=until,
                                               evidence=evidence))


def events(db: DB = None, *, since: str | None = None, until: str | None = None,
           kind: str | None = None, action: str | None = None, status: str | None = None,
           lang: str | None = None, org: str | None = None, person: str | None = None,
           org_id: str | None = None, person_id: str | None = None, evidence: bool = False,
           limit: int | None = None, offset: int = 0) -> Answer:
    """Every event of the knowledge base, filtered; with `limit` / `offset`, one page of them
    (the answer's `total` counts them all)."""
    return _with_kb(db, lambda s: _query.events_answer(
        s, since=since, until=until, kind=kind, action=action, status=status, lang=lang,
        org=org, person=person, org_id=org_id, person_id=person_id, evidence=evidence,
        limit=limit, offset=offset))


def get_event(event_id: str, db: DB = None) -> dict[str, Any] | None:
    """One event with every report of it (article, status, evidence); None if unknown."""
    return _with_kb(db, lambda s: _query.event(s, event_id))


def get_article(article_id: str, db: DB = None) -> dict[str, Any] | None:
    """One stored article (its id is the SHA-256 of its text) with its text and the mentions
    extracted from it; None if unknown."""
    return _with_kb(db, lambda s: _query.article(s, article_id))


def get_org(org_id: str, db: DB = None) -> dict[str, Any] | None:
    """One organization by id (see `search`): name, aliases, arrivals and departures."""
    return _with_kb(db, lambda s: _query.org(s, org_id))


def get_person(person_id: str, db: DB = None) -> dict[str, Any] | None:
    """One person by id (see `search`): name and aliases."""
    return _with_kb(db, lambda s: _query.person_profile(s, person_id))


def search(text: str, db: DB = None, *, limit: int = 10) -> dict[str, list[dict[str, Any]]]:
    """People and organizations whose names contain `text` (accent- and case-insensitive),
    best matches first: {"persons": [...], "orgs": [...]} with ids, names and event counts."""
    return _with_kb(db, lambda s: _query.search(s, text, limit))


def stats(db: DB = None) -> dict[str, int]:
    """How many articles, mentions, events, persons and organizations the knowledge base holds."""
    return _with_kb(db, lambda s: s.counts())


def export(out: str | Path | IO[str] | IO[bytes], fmt: str = "jsonl", db: DB = None, *,
           evidence: bool = True, **filters: Any) -> int:
    """Write the events (filtered as `events` does) as jsonl, csv or parquet; returns how many
    were written."""
    if fmt not in _query.FORMATS:
        raise ValueError(f"unknown export format {fmt!r}; use one of {', '.join(_query.FORMATS)}")
    return _query.export(events(db, evidence=evidence, **filters), fmt, out)


def evaluate_merge(gold_paths: Iterable[str | Path], end_to_end: bool = True,
                   extractor: Extractor | None = None) -> list[_evaluate_merge.MergeScore]:
    """Pairwise P/R/F1 of the knowledge base's merging against gold files: the resolver alone
    on the gold events, then (`end_to_end`) extractor + resolver + store on the gold texts."""
    docs = _evaluate_merge.load_gold(list(gold_paths))
    scores = [_evaluate_merge.resolver_only(docs)]
    if end_to_end:
        scores.append(_evaluate_merge.end_to_end(docs, extractor=extractor))
    return scores


# --- watching feeds, watchlists and alerts ----------------------------------------------------

WEBHOOK_SECRET_ENV = "TURNOVER_WEBHOOK_SECRET"


def watchlist_add(orgs: Iterable[str] = (), people: Iterable[str] = (),
                  state: str | Path | None = None, db: DB = None
                  ) -> list[WatchEntry]:
    """Watch organizations and people; returns the entries that were not watched yet.

    The watchlist lives in the watch state file: `state`, else beside the KB file (`db`)."""
    entries = _entries(orgs, people)
    with State(state_path(state, db)) as st:
        return _alerts.watchlist_add(st, entries)


def watchlist_remove(orgs: Iterable[str] = (), people: Iterable[str] = (),
                     state: str | Path | None = None, db: DB = None
                     ) -> list[WatchEntry]:
    """Stop watching; returns the entries that were watched."""
    entries = _entries(orgs, people)
    with State(state_path(state, db)) as st:
        return _alerts.watchlist_remove(st, entries)


def watchlist(state: str | Path | None = None, db: DB = None
              ) -> list[WatchEntry]:
    """The watched organizations and people."""
    with State(state_path(state, db)) as st:
        return _alerts.watchlist(st)


def _entries(orgs: Iterable[str], people: Iterable[str]) -> list[WatchEntry]:
    entries = [make_entry("org", n) for n in orgs] + [make_entry("person", n) for n in people]
    if not entries:
        raise ValueError("no organization or person given; pass --org NAME or --person NAME")
    return entries


def alert_sinks(fetcher: Fetcher, stdout: bool = False, jsonl: str | Path | None = None,
                webhooks: Iterable[str] = (), webhook_secret: str | None = None
                ) -> list[_alerts.Sink]:
    """The sinks alerts go to. Webhooks are signed with `webhook_secret`, else
    $TURNOVER_WEBHOOK_SECRET; a webhook without a secret is a ValueError."""
    sinks: list[_alerts.Sink] = [StdoutSink()] if stdout else []
    if jsonl:
        sinks.append(JsonlSink(jsonl))
    secret = webhook_secret or os.environ.get(WEBHOOK_SECRET_ENV, "")
    sinks += [WebhookSink(url, secret, fetcher) for url in webhooks]
    return sinks


def watch(
    feeds: Iterable[str],
    db: DB = None,
    state: str | Path | None = None,
    *,
    stdout: bool = False,
    jsonl: str | Path | None = None,
    webhooks: Iterable[str] = (),
    webhook_secret: str | None = None,
    options: WatchOptions | None = None,
    extractor: Extractor | None = None,
    on_error: Callable[[str], None] | None = None,
    on_progress: Callable[[str, int, int], None] | None = None,
) -> PassReport:
    """One pass over the feeds (URLs, or files of URLs): new items' pages are fetched, read
    and ingested into the knowledge base `db`; then watched entities' new events and status
    changes are sent as alerts. What was seen, and sent, is remembered in `state`."""
    urls = read_feed_list(feeds)
    if not urls:
        raise ValueError("no feed URLs given; pass feed URLs or a file listing them")
    options = options or WatchOptions()
    with Fetcher(options.fetch) as fetcher, State(state_path(state, db)) as st, \
            _knowledge_base(db, extractor) as (ingest, events):
        sinks = alert_sinks(fetcher, stdout, jsonl, webhooks, webhook_secret)
        watcher = Watcher(st, fetcher, ingest, events, sinks, options, on_error, on_progress)
        return watcher.run_once(urls)


def watch_every(minutes: float, feeds: Iterable[str], **kwargs: Any) -> Iterator[PassReport]:
    """`watch` every `minutes`, forever: yields each pass's report (stop with Ctrl-C)."""
    feeds = list(feeds)
    kwargs.setdefault("extractor", Extractor())  # load the language models once
    while True:
        started = time.monotonic()
        yield watch(feeds, **kwargs)
        time.sleep(max(0.0, minutes * 60 - (time.monotonic() - started)))


@contextmanager
def _knowledge_base(db: DB, extractor: Extractor | None
                    ) -> Iterator[tuple[Callable[[list[Article]], Any], Events]]:
    """What `watch` needs of the knowledge base: ingest articles, and the watched events."""
    store = open_kb(db)
    extractor = extractor or Extractor()
    try:
        yield (lambda articles: ingest_articles(articles, store, extractor=extractor),
               lambda entries: kb_events(store, entries))
    finally:
        if store is not db:
            store.close()
