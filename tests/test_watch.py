"""Feeds, fetching, syndication and per-feed errors (`turnover.watch`), against the local
feed server of conftest.py. The knowledge base is replaced here by a list of ingested articles;
tests/test_watch_kb.py runs the whole chain with the real one."""

from __future__ import annotations

from pathlib import Path

import pytest
from feedservers import FEEDS_DIR, FeedServer

from turnover import resolve
from turnover.feeds import FeedError, canonical_url, page_canonical, parse_feed, read_feed_list
from turnover.fetch import Fetcher, FetchError, FetchOptions
from turnover.model import Article
from turnover.read import article_from_html
from turnover.state import State
from turnover.watch import PassReport, Watcher, WatchOptions, default_state_path

GOOD = ["ledger.rss", "quotidien.atom", "veille.rss", "agence.rss"]
BAD = ["slow.rss", "error.rss", "loop.rss", "garbage.rss"]


def fast(**kw: float) -> FetchOptions:
    """Short timeouts and pauses, so that the failing feeds cost well under a second each."""
    opts = {"timeout": 0.4, "retries": 1, "backoff": 0.02, "delay": 0.0} | kw
    return FetchOptions(**opts)  # type: ignore[arg-type]


def page(server: FeedServer, path: str) -> str:
    return (FEEDS_DIR / "pages" / path).read_text(encoding="utf-8").replace("{{BASE}}",
                                                                          server.base)


# --- feed lists, URLs, fingerprints -----------------------------------------------------------


def test_feed_list_from_files_and_urls(tmp_path: Path) -> None:
    listing = tmp_path / "feeds.txt"
    listing.write_text("# robotics news\nhttps://a.example/rss\n\n  https://b.example/atom  # FR\n"
                       "https://a.example/rss\nhttps://c.example/feed#main\n", encoding="utf-8")
    urls = read_feed_list([str(listing), "https://d.example/rss", "https://b.example/atom"])
    assert urls == ["https://a.example/rss", "https://b.example/atom",
                    "https://c.example/feed#main", "https://d.example/rss"]
    listing.write_text("https://a.example/rss\nftp://nope.example/feed\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"feeds.txt:2: 'ftp://nope.example/feed' is not"):
        read_feed_list([str(listing)])
    with pytest.raises(ValueError, match="neither an http"):
        read_feed_list([str(tmp_path / "missing.txt")])


def test_canonical_url() -> None:
    assert canonical_url("HTTP://Example.COM:80/a/b.html?utm_source=rss&id=3&b=1#top") == \
        "http://example.com/a/b.html?b=1&id=3"
    assert canonical_url("https://example.com") == "https://example.com/"
    assert canonical_url("https://example.com:8443/x?fbclid=abc") == "https://example.com:8443/x"


def test_page_canonical() -> None:
    html = '<html><head><link href="/a/story.html?utm_medium=x" rel="canonical"></head></html>'
    assert page_canonical(html, "http://h.example/b/c.html") == "http://h.example/a/story.html"
    assert page_canonical("<html><link rel='stylesheet' href='s.css'></html>", "http://h/") is None


def test_minhash_recognises_the_syndicated_copy(feed_server: FeedServer) -> None:
    def signature(path: str) -> list[int]:
        return resolve.minhash(article_from_html(page(feed_server, path), lang="fr").text)

    original = signature("quotidien/solberg-quitte-northwind.html")
    copy = signature("agence/solberg-northwind-helio.html")
    other = signature("quotidien/ferrand-nomme-directeur-financier.html")
    assert resolve.similarity(original, copy) >= resolve.SYNDICATED_MIN
    assert set(resolve.bands(original)) & set(resolve.bands(copy))
    assert resolve.similarity(original, other) < 0.2


def test_parse_rss_and_atom(feed_server: FeedServer) -> None:
    feed_server.day = "day2"
    with Fetcher(fast()) as fetcher:
        rss = fetcher.get(feed_server.url("ledger.rss"))
        atom = fetcher.get(feed_server.url("quotidien.atom"))
        garbage = fetcher.get(feed_server.url("garbage.rss"))
        html = fetcher.get(feed_server.url("ledger/northwind-quarterly-orders.html"))
    title, items = parse_feed(rss.content, rss.url)
    assert title == "The Circuit Ledger"
    assert [i.title for i in items] == ["Warehouse robot orders slow down across Europe",
                                        "Northwind Robotics technology chief expected to leave"]
    assert items[1].published == "2026-03-02"
    assert items[1].link == feed_server.url("ledger/northwind-cto-expected-to-leave.html")
    title, items = parse_feed(atom.content, atom.url)
    assert title == "Le Quotidien Tech"
    assert [i.guid for i in items] == ["urn:quotidien-tech:2026-03-03:solberg",
                                       "urn:quotidien-tech:2026-03-02:ferrand"]
    with pytest.raises(FeedError, match="not an RSS or Atom feed: binary data"):
        parse_feed(garbage.content, garbage.url)
    with pytest.raises(FeedError, match="not an RSS or Atom feed: an HTML page"):
        parse_feed(html.content, html.url)


# --- fetching ---------------------------------------------------------------------------------


def test_fetcher_identifies_itself_and_retries(feed_server: FeedServer) -> None:
    feed_server.fail_next["/ledger.rss"] = [503, 429]
    with Fetcher(fast(retries=2)) as fetcher:
        response = fetcher.get(feed_server.url("ledger.rss"))
    assert response.status == 200 and response.etag
    sent = feed_server.requested("/ledger.rss")
    assert len(sent) == 3
    assert sent[0]["User-Agent"].startswith("turnover/0.1.0 (+https://")


def test_fetcher_errors_say_why(feed_server: FeedServer) -> None:
    feed_server.slow = 1.0
    with Fetcher(fast()) as fetcher:
        with pytest.raises(FetchError, match=r"HTTP 500 Internal Server Error, 2 tries"):
            fetcher.get(feed_server.url("error.rss"))
        assert len(feed_server.requested("/error.rss")) == 2
        with pytest.raises(FetchError, match="redirect loop"):
            fetcher.get(feed_server.url("loop.rss"))
        with pytest.raises(FetchError, match=r"timed out \(no answer within 0.4 s, 2 tries\)"):
            fetcher.get(feed_server.url("slow.rss"))
        with pytest.raises(FetchError, match="HTTP 404 Not Found$"):
            fetcher.get(feed_server.url("agence/entrepots-bretagne.html"))
        assert len(feed_server.requested("/agence/entrepots")) == 1  # a 404 is not retried
    with Fetcher(fast(max_bytes=500)) as fetcher, pytest.raises(FetchError, match="too large"):
        fetcher.get(feed_server.url("ledger/northwind-quarterly-orders.html"))


def test_fetcher_waits_between_requests_to_one_host(feed_server: FeedServer) -> None:
    pauses: list[float] = []
    with Fetcher(fast(delay=3.0), sleep=pauses.append, clock=lambda: 100.0) as fetcher:
        fetcher.get(feed_server.url("ledger.rss"))
        fetcher.get(feed_server.url("agence.rss"))
    assert pauses == [3.0]


def test_conditional_get(feed_server: FeedServer) -> None:
    with Fetcher(fast()) as fetcher:
        first = fetcher.get(feed_server.url("ledger.rss"))
        again = fetcher.get(feed_server.url("ledger.rss"), etag=first.etag)
        atom = fetcher.get(feed_server.url("quotidien.atom"))
        atom_again = fetcher.get(feed_server.url("quotidien.atom"),
                                 last_modified=atom.last_modified)
    assert again.not_modified and atom_again.not_modified
    assert feed_server.requested("/ledger.rss")[1]["If-None-Match"] == first.etag


# --- a watch pass -----------------------------------------------------------------------------


class Run:
    """One watcher process: a fresh State and Fetcher over the same state file, as after a
    restart. Articles handed to ingest and error lines are collected."""

    def __init__(self, server: FeedServer, state_path: Path) -> None:
        self.server = server
        self.state_path = state_path
        self.ingested: list[Article] = []
        self.errors: list[str] = []

    def __call__(self, feeds: list[str]) -> PassReport:
        with State(self.state_path) as state, Fetcher(fast()) as fetcher:
            watcher = Watcher(state, fetcher, ingest=self.ingested.extend,
                              options=WatchOptions(fetch=fetcher.options),
                              on_error=self.errors.append)
            return watcher.run_once([self.server.url(f) for f in feeds])


def test_watch_pass_days_restarts_and_bad_feeds(feed_server: FeedServer, tmp_path: Path) -> None:
    feed_server.slow = 1.0
    state_path = tmp_path / "kb.watch.sqlite"
    day1 = Run(feed_server, state_path)
    report = day1(BAD[:2] + GOOD + BAD[2:])

    # Every bad feed is one line naming it and why; the good ones were read all the same.
    url = feed_server.url
    assert day1.errors == [
        f"feed {url('slow.rss')}: timed out (no answer within 0.4 s, 2 tries)",
        f"feed {url('error.rss')}: HTTP 500 Internal Server Error, 2 tries",
        f"feed {url('loop.rss')}: redirect loop or more than 5 redirects; check the URL in a "
        "browser",
        f"feed {url('garbage.rss')}: not an RSS or Atom feed: binary data",
        f"page {url('agence/entrepots-bretagne.html')} (feed {url('agence.rss')}): "
        "HTTP 404 Not Found",
    ]
    assert [a.title for a in day1.ingested] == [
        "Northwind Robotics technology chief expected to leave",
        "Un nouveau directeur financier chez Transports Ferrand",
    ]
    cto, ferrand = day1.ingested
    assert (cto.lang, cto.outlet, cto.published) == ("en", "The Circuit Ledger", "2026-03-02")
    assert cto.url == url("ledger/northwind-cto-expected-to-leave.html")
    assert "is expected to leave the company" in cto.text and "Subscribe" not in cto.text
    assert (ferrand.lang, ferrand.outlet) == ("fr", "Le Quotidien Tech")
    assert report.summary() == ("8 feeds (4 failed, 0 not modified), 3 new items: 2 articles "
                                "ingested, 0 copies, 1 pages failed, 0 alerts")

    # Day 2, after a restart: only the new stories; the syndicated copy and the aggregator's
    # link to an article already read are recognised.
    feed_server.day = "day2"
    day2 = Run(feed_server, state_path)
    report = day2(GOOD)
    assert [a.title for a in day2.ingested] == [
        "Warehouse robot orders slow down across Europe",
        "Ingrid Solberg quitte Northwind Robotics pour Helio Systems",
    ]
    assert report.copies == [(url("agence/solberg-northwind-helio.html"),
                              url("quotidien/solberg-quitte-northwind.html"))]
    assert len(feed_server.requested("/quotidien/solberg-quitte-northwind.html")) == 1
    assert day2.errors == [f"page {url('agence/entrepots-bretagne.html')} "
                           f"(feed {url('agence.rss')}): HTTP 404 Not Found"]  # second try

    # Again: feeds unchanged (304 by ETag or Last-Modified), nothing new; the missing page is
    # tried a third and last time, then left alone.
    for attempt in range(2):
        again = Run(feed_server, state_path)
        report = again(GOOD)
        assert [f.status for f in report.feeds] == ["not_modified"] * 4
        assert again.ingested == []
        assert len(again.errors) == (1 if attempt == 0 else 0)
    assert feed_server.requested("/quotidien.atom")[-1]["If-Modified-Since"] == \
        "Tue, 03 Mar 2026 12:00:00 GMT"
    assert "If-None-Match" in feed_server.requested("/ledger.rss")[-1]

    with State(state_path) as state:
        statuses = {Path(i["key"]).name: i["status"] for i in state.items()}
        feeds = {Path(f["url"]).name: f["error"] for f in state.feeds()}
    assert statuses == {
        "northwind-cto-expected-to-leave.html": "ingested",
        "northwind-quarterly-orders.html": "ingested",
        "ferrand-nomme-directeur-financier.html": "ingested",
        "solberg-quitte-northwind.html": "ingested",
        "solberg-northwind-helio.html": "copy",
        "entrepots-bretagne.html": "failed",
    }
    assert feeds["error.rss"] == "HTTP 500 Internal Server Error, 2 tries"
    assert feeds["ledger.rss"] is None


def test_ingest_failure_keeps_items_for_the_next_pass(feed_server: FeedServer,
                                                       tmp_path: Path) -> None:
    def broken(articles: list[Article]) -> None:
        raise ConnectionError("database is down")

    errors: list[str] = []
    with State(tmp_path / "s.sqlite") as state, Fetcher(fast()) as fetcher:
        report = Watcher(state, fetcher, ingest=broken, on_error=errors.append
                         ).run_once([feed_server.url("ledger.rss")])
    assert report.ingest_error == "ConnectionError: database is down"
    assert errors[-1].startswith("ingest failed (ConnectionError: database is down)")
    run = Run(feed_server, tmp_path / "s.sqlite")
    run(["ledger.rss"])
    assert len(run.ingested) == 1  # the feed was not marked as read: no 304 hides the item


def test_default_state_path() -> None:
    assert default_state_path(None) == Path("turnover-watch.sqlite")
    assert default_state_path("data/kb.sqlite") == Path("data/kb.watch.sqlite")
    assert default_state_path("sqlite:////srv/kb.db") == Path("/srv/kb.watch.sqlite")
    assert default_state_path("postgresql+psycopg://u@h/kb") == Path("turnover-watch.sqlite")
