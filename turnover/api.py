"""The core Python API. The CLI (turnover.cli) and, later, the HTTP API are thin mirrors of it."""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from turnover import alerts as _alerts
from turnover import evaluate as _evaluate
from turnover.alerts import JsonlSink, StdoutSink, WatchEntry, WebhookSink, make_entry
from turnover.extract import Extractor
from turnover.feeds import read_feed_list
from turnover.fetch import Fetcher
from turnover.model import Article, Mention
from turnover.read import OnError, iter_articles
from turnover.state import State
from turnover.watch import Events, PassReport, Watcher, WatchOptions, state_path


def read(paths: Iterable[str | Path], lang: str | None = None, on_error: OnError | None = None,
         encoding: str | None = None) -> Iterator[Article]:
    """Articles from files, directories, JSONL(.gz) dumps or "-" (stdin)."""
    return iter_articles(paths, lang=lang, on_error=on_error, encoding=encoding)


def extract(articles: Iterable[Article], extractor: Extractor | None = None
            ) -> Iterator[tuple[Article, list[Mention]]]:
    """(article, mentions) for each article, in input order."""
    return (extractor or Extractor()).iter_extract(articles)


def extract_text(text: str, lang: str = "en", published: str | None = None) -> list[Mention]:
    """Convenience for a single text."""
    return Extractor().extract(Article(text=text, lang=lang, published=published))


def gold_articles(gold_docs: list[dict[str, Any]]) -> list[Article]:
    """The articles of a gold file, as the extractor reads them."""
    return [
        Article(text=d["text"], ref=d["id"], lang=d.get("lang"), published=d.get("published"),
                url=d.get("url"), title=d.get("title"))
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


# --- watching feeds, watchlists and alerts ----------------------------------------------------

WEBHOOK_SECRET_ENV = "TURNOVER_WEBHOOK_SECRET"


def watchlist_add(orgs: Iterable[str] = (), people: Iterable[str] = (),
                  state: str | Path | None = None, db: str | Path | None = None
                  ) -> list[WatchEntry]:
    """Watch organizations and people; returns the entries that were not watched yet.

    The watchlist lives in the watch state file: `state`, else beside the KB file (`db`)."""
    entries = _entries(orgs, people)
    with State(state_path(state, db)) as st:
        return _alerts.watchlist_add(st, entries)


def watchlist_remove(orgs: Iterable[str] = (), people: Iterable[str] = (),
                     state: str | Path | None = None, db: str | Path | None = None
                     ) -> list[WatchEntry]:
    """Stop watching; returns the entries that were watched."""
    entries = _entries(orgs, people)
    with State(state_path(state, db)) as st:
        return _alerts.watchlist_remove(st, entries)


def watchlist(state: str | Path | None = None, db: str | Path | None = None
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
    db: str | Path | None = None,
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
def _knowledge_base(db: str | Path | None, extractor: Extractor | None
                    ) -> Iterator[tuple[Callable[[list[Article]], Any], Events]]:
    raise NotImplementedError("the knowledge base (branch kb) is not merged yet")
    yield  # type: ignore[unreachable]
