"""Follow RSS / Atom feeds: one pass fetches every feed (conditional GET), fetches the pages of
the items not seen before, reads their main text, drops syndicated copies of stories already
read, hands the new articles to `ingest`, and then checks the watchlists for alerts.

Errors are per feed and per page: each becomes one line handed to `on_error` (naming the feed or
page and the reason), and the pass goes on with the others.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Literal

import sqlalchemy as sa

from turnover import alerts as _alerts
from turnover import resolve
from turnover.feeds import FeedError, FeedItem, canonical_url, page_canonical, parse_feed
from turnover.fetch import Fetcher, FetchError, FetchOptions, Response
from turnover.model import Article
from turnover.query import events_answer
from turnover.read import ReadError, article_from_html
from turnover.state import State
from turnover.store import DB_ENV, DEFAULT_DB, Store, mentions

FEED_ACCEPT = ("application/rss+xml, application/atom+xml, application/rdf+xml;q=0.9, "
               "application/xml;q=0.8, text/xml;q=0.8, */*;q=0.5")
PAGE_ACCEPT = "text/html, application/xhtml+xml;q=0.9, */*;q=0.5"
STATE_NAME = "turnover-watch.sqlite"

Ingest = Callable[[list[Article]], Any]
# The KB's current events concerning the watchlist, each with the entries it concerns: dicts
# with at least id, person, kind, action, org, status and reports (ids of the mentions).
Events = Callable[[list[_alerts.WatchEntry]], list[_alerts.Watched]]
Progress = Callable[[str, int, int], None]  # (stage, done, total)


@dataclass
class WatchOptions:
    fetch: FetchOptions = field(default_factory=FetchOptions)
    max_items: int = 100  # newest items of each feed looked at per pass
    max_tries: int = 3  # passes on which a failing page is tried before it is given up
    near_duplicate: float = resolve.SYNDICATED_MIN  # similarity from which a text is a copy
    window_days: int = 30  # how far back copies are looked for


@dataclass
class Pending:
    """A page read in this pass, waiting to be ingested."""

    item: FeedItem
    article: Article
    canonical: str
    signature: str  # hex MinHash
    bands: list[str]


@dataclass
class FeedResult:
    url: str
    status: Literal["ok", "not_modified", "failed"]
    items: int = 0  # items in the feed
    new: int = 0  # items not seen before
    error: str | None = None


@dataclass
class PassReport:
    feeds: list[FeedResult] = field(default_factory=list)
    articles: list[Article] = field(default_factory=list)  # handed to ingest
    copies: list[tuple[str, str]] = field(default_factory=list)  # (link, key of the original)
    page_errors: list[str] = field(default_factory=list)
    retried: int = 0  # items whose page failed on an earlier pass, tried again
    ingest_error: str | None = None
    alerts: _alerts.AlertReport = field(default_factory=_alerts.AlertReport)

    def summary(self) -> str:
        failed = sum(f.status == "failed" for f in self.feeds)
        unchanged = sum(f.status == "not_modified" for f in self.feeds)
        feeds = f"{len(self.feeds)} feeds ({failed} failed, {unchanged} not modified)"
        new = len(self.articles) + len(self.copies) + len(self.page_errors) - self.retried
        retried = f", {self.retried} retried" if self.retried else ""
        items = (f"{new} new items{retried}: {len(self.articles)} articles ingested, "
                 f"{len(self.copies)} copies, {len(self.page_errors)} pages failed")
        alerts = f"{len(self.alerts.alerts)} alerts"
        if self.alerts.failed:
            alerts += f" ({len(self.alerts.failed)} deliveries failed)"
        ingest = f"; ingest failed: {self.ingest_error}" if self.ingest_error else ""
        return f"{feeds}, {items}, {alerts}{ingest}"


def default_state_path(db: str | None) -> Path:
    """Beside a SQLite KB file ("kb.sqlite" → "kb.watch.sqlite"), else in the current folder."""
    if not db:
        return Path(STATE_NAME)
    if db.startswith("sqlite:///"):
        db = db.removeprefix("sqlite:///")
    elif re.match(r"^[\w+]+://", db):  # a server database (PostgreSQL): no file to sit beside
        return Path(STATE_NAME)
    path = Path(db)
    return path.with_name(f"{path.stem}.watch.sqlite")


def state_path(state: str | Path | None, db: str | os.PathLike[str] | Store | None) -> Path:
    """The state file to use: `state` if given, else beside the KB (`db`, else $TURNOVER_DB,
    else the KB's default file)."""
    if state:
        return Path(state)
    if isinstance(db, Store):
        return default_state_path(db.url)
    return default_state_path(os.fspath(db) if db else os.environ.get(DB_ENV) or DEFAULT_DB)


class Watcher:
    """One watcher over one state file; `run_once` is one pass."""

    def __init__(
        self,
        state: State,
        fetcher: Fetcher,
        ingest: Ingest,
        events: Events | None = None,
        sinks: Sequence[_alerts.Sink] = (),
        options: WatchOptions | None = None,
        on_error: Callable[[str], None] | None = None,
        on_progress: Progress | None = None,
    ) -> None:
        self.state = state
        self.fetcher = fetcher
        self.ingest = ingest
        self.events = events
        self.sinks = list(sinks)
        self.options = options or WatchOptions()
        self._on_error = on_error or (lambda line: None)
        self._on_progress = on_progress or (lambda stage, done, total: None)

    def run_once(self, feeds: Sequence[str]) -> PassReport:
        report = PassReport()
        entries = _alerts.watchlist(self.state)
        if self.events and entries:
            # Before ingesting: newly watched entities' existing events are history, not news.
            _alerts.baseline(self.state, self.events(entries))

        fresh: list[FeedItem] = []
        validators: dict[str, tuple[Response, str | None]] = {}
        for done, url in enumerate(feeds, 1):
            result, items, ok = self._read_feed(url)
            report.feeds.append(result)
            fresh += items
            if ok is not None:
                validators[url] = ok
            self._on_progress("feeds", done, len(feeds))

        fresh = self._new_items(fresh + self._retries())
        report.retried = sum(self.state.item(item.key) is not None for item in fresh)
        for result in report.feeds:
            result.new = sum(item.feed == result.url for item in fresh)
        pending = self._read_pages(fresh, report)

        articles = [p.article for p in pending]
        if articles:
            try:
                self.ingest(articles)
            except Exception as error:  # the KB may be unreachable: keep items for next pass
                report.ingest_error = f"{type(error).__name__}: {error}"
                self._on_error(f"ingest failed ({report.ingest_error}); the new items will be "
                               "fetched again on the next run")
                return report
        report.articles = articles
        with self.state.transaction():
            for p in pending:
                self.state.record_item(p.item.key, p.item.feed, p.item.link, "ingested",
                                       guid=p.item.guid, title=p.item.title,
                                       canonical=p.canonical, article_id=p.article.id,
                                       signature=p.signature, bands=p.bands)
            # Validators only now: a feed answering 304 next time must not hide unread items.
            for url, (response, title) in validators.items():
                self.state.feed_ok(url, response.etag, response.last_modified, title)

        if self.events and entries:
            report.alerts = _alerts.check(self.state, self.events(entries), self.sinks,
                                          self._on_error)
        elif self.sinks:
            _alerts.deliver(self.state, self.sinks, report.alerts, self._on_error)
        return report

    # --- feeds ----------------------------------------------------------------------------

    def _read_feed(self, url: str
                   ) -> tuple[FeedResult, list[FeedItem], tuple[Response, str | None] | None]:
        etag, last_modified = self.state.feed_validators(url)
        try:
            response = self.fetcher.get(url, etag, last_modified, accept=FEED_ACCEPT)
            if response.not_modified:
                return FeedResult(url, "not_modified"), [], None
            title, items = parse_feed(response.content, response.url,
                                      response.headers.get("content-type"))
        except (FetchError, FeedError) as error:
            reason = error.reason if isinstance(error, FetchError) else str(error)
            self.state.feed_failed(url, reason)
            self._on_error(f"feed {url}: {reason}")
            return FeedResult(url, "failed", error=reason), [], None
        items = [replace(i, feed=url) for i in items[: self.options.max_items]]
        return FeedResult(url, "ok", items=len(items)), items, (response, title)

    def _retries(self) -> list[FeedItem]:
        """Items whose page failed on an earlier pass and may be tried again."""
        return [FeedItem(feed=r["feed"], link=r["link"], guid=r["guid"], title=r["title"])
                for r in self.state.items("failed") if r["tries"] < self.options.max_tries]

    def _new_items(self, items: list[FeedItem]) -> list[FeedItem]:
        """Items not handled before, each story once (the same link in two feeds is one)."""
        seen: set[str] = set()
        new = []
        for item in items:
            key = item.key
            if key in seen or self.state.is_done(key, item.feed, item.guid,
                                                 self.options.max_tries):
                continue
            seen.add(key)
            new.append(item)
        return new

    # --- pages ----------------------------------------------------------------------------

    def _read_pages(self, items: list[FeedItem], report: PassReport) -> list[Pending]:
        pending: list[Pending] = []
        for done, item in enumerate(items, 1):
            self._on_progress("pages", done - 1, len(items))
            read = self._read_page(item, report, pending)
            if read is not None:
                pending.append(read)
        self._on_progress("pages", len(items), len(items))
        return pending

    def _read_page(self, item: FeedItem, report: PassReport, pending: list[Pending]
                   ) -> Pending | None:
        def failed(status: str, reason: str) -> None:
            self.state.record_item(item.key, item.feed, item.link, status, guid=item.guid,
                                   title=item.title, error=reason)
            line = f"page {item.link} (feed {item.feed}): {reason}"
            report.page_errors.append(line)
            self._on_error(line)

        try:
            response = self.fetcher.get(item.link, accept=PAGE_ACCEPT)
        except FetchError as error:
            failed("failed", error.reason)
            return None
        html = _decode_html(response)
        canonical = page_canonical(html, response.url) or canonical_url(response.url)
        original = next((p.item.key for p in pending if p.canonical == canonical), None) \
            or self.state.by_canonical(canonical)
        if original and original != item.key:
            self._copy(item, canonical, original, None, report)
            return None
        try:
            article = article_from_html(html, url=canonical, source=item.link)
        except ReadError as error:
            failed("unreadable", error.reason)
            return None
        signature = resolve.minhash(article.text)
        bands = resolve.bands(signature)
        # Compared only with the texts sharing a band (read earlier, or earlier in this pass).
        candidates = self.state.similar_candidates(bands, self.options.window_days)
        candidates += [(p.item.key, p.signature) for p in pending if set(p.bands) & set(bands)]
        scores = [(resolve.similarity(signature, resolve.decode_signature(other)), key)
                  for key, other in candidates]
        score, original = max(scores, default=(0.0, ""))
        if score >= self.options.near_duplicate:
            self._copy(item, canonical, original, resolve.encode_signature(signature), report)
            return None
        if not article.published and item.published:
            article = replace(article, published=item.published)
        return Pending(item, article, canonical, resolve.encode_signature(signature), bands)

    def _copy(self, item: FeedItem, canonical: str, original: str, signature: str | None,
              report: PassReport) -> None:
        self.state.record_item(item.key, item.feed, item.link, "copy", guid=item.guid,
                               title=item.title, canonical=canonical, duplicate_of=original,
                               signature=signature)
        report.copies.append((item.link, original))


def kb_events(store: Store, entries: list[_alerts.WatchEntry]) -> list[_alerts.Watched]:
    """The knowledge base's events of the watched organizations and people, found as
    `turnover events --org/--person` finds them, with their evidence and the ids of their
    mentions (which tell an event again when the KB gives it a new id)."""
    found: dict[str, _alerts.Watched] = {}
    for entry in entries:
        where = {"org": entry.name} if entry.kind == "org" else {"person": entry.name}
        for row in events_answer(store, evidence=True, **where).rows:
            found.setdefault(row["id"], (row, []))[1].append(entry)
    ids = sorted(found)
    reports: dict[str, list[str]] = {}
    with store.read() as conn:
        for i in range(0, len(ids), 500):
            query = (sa.select(mentions.c.event_id, mentions.c.id)
                     .where(mentions.c.event_id.in_(ids[i:i + 500])).order_by(mentions.c.id))
            for event_id, mention_id in conn.execute(query):
                reports.setdefault(event_id, []).append(mention_id)
    for event_id, (row, _) in found.items():
        row["reports"] = reports.get(event_id, [])  # type: ignore[index]
    return list(found.values())


CHARSET = re.compile(r"""charset\s*=\s*["']?([\w.:-]+)""", re.IGNORECASE)


def _decode_html(response: Response) -> str:
    """The page as text: the charset of the Content-Type header, else of a <meta>, else UTF-8;
    undecodable bytes replaced rather than failing the page."""
    import codecs

    head = response.content[:4096].decode("ascii", errors="replace")
    for source in (response.headers.get("content-type", ""), head):
        match = CHARSET.search(source)
        if match:
            try:
                return response.content.decode(codecs.lookup(match[1]).name, errors="replace")
            except LookupError:
                pass
    return response.content.decode("utf-8", errors="replace")
