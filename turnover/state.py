"""What `turnover watch` remembers between runs, in one SQLite file.

- feeds: each feed's ETag / Last-Modified (conditional GET) and its last error;
- items: every feed item handled, keyed by its canonical URL, with the MinHash signature of its
  text that recognises syndicated copies; an item is processed once (a failing page is tried a
  few times);
- watchlist: the organizations and people to alert on;
- events: the last status seen of each event of a watched entity, to tell new events and
  status changes;
- alerts and deliveries: each alert once, and whether each sink got it.

The knowledge base may be PostgreSQL or shared by several users; this file belongs to one
watcher, so it is plain SQLite (stdlib), next to the KB file by default.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

SCHEMA_VERSION = 1
SCHEMA = """
CREATE TABLE IF NOT EXISTS feeds (
    url TEXT PRIMARY KEY,
    title TEXT,
    etag TEXT,
    last_modified TEXT,
    checked_at TEXT,
    ok_at TEXT,
    error TEXT
);
CREATE TABLE IF NOT EXISTS items (
    key TEXT PRIMARY KEY,          -- canonical URL of the item's link
    feed TEXT NOT NULL,
    link TEXT NOT NULL,
    guid TEXT,
    title TEXT,
    status TEXT NOT NULL,          -- ingested | copy | failed | unreadable
    tries INTEGER NOT NULL DEFAULT 1,
    error TEXT,
    canonical TEXT,                -- the page's own canonical URL
    article_id TEXT,               -- content hash of the article text
    duplicate_of TEXT,             -- key of the item this one is a copy of
    signature TEXT,                -- MinHash of the text, hex (turnover.resolve.minhash)
    seen_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS items_guid ON items (feed, guid);
CREATE INDEX IF NOT EXISTS items_canonical ON items (canonical);
CREATE TABLE IF NOT EXISTS item_bands (  -- locality-sensitive keys: texts sharing one are compared
    band TEXT NOT NULL,
    item TEXT NOT NULL REFERENCES items (key),
    PRIMARY KEY (band, item)
);
CREATE TABLE IF NOT EXISTS watchlist (
    kind TEXT NOT NULL CHECK (kind IN ('org', 'person')),
    name TEXT NOT NULL,
    folded TEXT NOT NULL,
    baselined INTEGER NOT NULL DEFAULT 0,  -- its existing events recorded as already known
    added_at TEXT NOT NULL,
    PRIMARY KEY (kind, folded)
);
CREATE TABLE IF NOT EXISTS events (
    event TEXT PRIMARY KEY,        -- the KB's event id
    status TEXT NOT NULL,
    reports TEXT NOT NULL,         -- JSON list of the ids of the reports behind it
    seen_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS alerts (
    key TEXT PRIMARY KEY,          -- e.g. "<event>:new", "<event>:rumored->occurred"
    payload TEXT NOT NULL,         -- the alert as JSON, as sinks receive it
    created_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS deliveries (
    alert TEXT NOT NULL REFERENCES alerts (key),
    sink TEXT NOT NULL,            -- "stdout", "jsonl:<path>", "webhook:<url>"
    status TEXT NOT NULL,          -- pending | sent | failed | abandoned
    tries INTEGER NOT NULL DEFAULT 0,
    error TEXT,
    updated_at TEXT NOT NULL,
    PRIMARY KEY (alert, sink)
);
"""
DONE = ("ingested", "copy", "unreadable")  # item statuses never tried again


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


class State:
    """The watch state file. One connection; every write is committed at once."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        if self.path.parent and not self.path.parent.exists():
            self.path.parent.mkdir(parents=True, exist_ok=True)
        try:
            self._db = sqlite3.connect(self.path, timeout=30, isolation_level=None)
            self._db.execute("PRAGMA busy_timeout = 30000")
            version = self._db.execute("PRAGMA user_version").fetchone()[0]
            if version > SCHEMA_VERSION:
                raise ValueError(f"{self.path}: watch state written by a newer turnover "
                                 f"(schema {version}); upgrade turnover")
            self._db.executescript(SCHEMA)
            self._db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        except sqlite3.DatabaseError as error:
            raise ValueError(f"{self.path}: not a turnover watch state file ({error}); "
                             "pass another --state path") from None
        self._db.row_factory = sqlite3.Row

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> State:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[None]:
        self._db.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            self._db.execute("ROLLBACK")
            raise
        self._db.execute("COMMIT")

    # --- feeds ----------------------------------------------------------------------------

    def feed_validators(self, url: str) -> tuple[str | None, str | None]:
        """(ETag, Last-Modified) of the feed's last good fetch."""
        row = self._db.execute("SELECT etag, last_modified FROM feeds WHERE url = ?",
                               (url,)).fetchone()
        return (row["etag"], row["last_modified"]) if row else (None, None)

    def feed_ok(self, url: str, etag: str | None, last_modified: str | None,
                title: str | None = None) -> None:
        t = now()
        self._db.execute(
            "INSERT INTO feeds (url, title, etag, last_modified, checked_at, ok_at, error) "
            "VALUES (?, ?, ?, ?, ?, ?, NULL) ON CONFLICT (url) DO UPDATE SET "
            "title = coalesce(excluded.title, title), etag = excluded.etag, "
            "last_modified = excluded.last_modified, checked_at = excluded.checked_at, "
            "ok_at = excluded.ok_at, error = NULL",
            (url, title, etag, last_modified, t, t))

    def feed_failed(self, url: str, error: str) -> None:
        self._db.execute(
            "INSERT INTO feeds (url, checked_at, error) VALUES (?, ?, ?) "
            "ON CONFLICT (url) DO UPDATE SET checked_at = excluded.checked_at, "
            "error = excluded.error", (url, now(), error))

    def feeds(self) -> list[dict[str, Any]]:
        return [dict(r) for r in self._db.execute("SELECT * FROM feeds ORDER BY url")]

    # --- items ----------------------------------------------------------------------------

    def item(self, key: str) -> dict[str, Any] | None:
        row = self._db.execute("SELECT * FROM items WHERE key = ?", (key,)).fetchone()
        return dict(row) if row else None

    def is_done(self, key: str, feed: str, guid: str | None, max_tries: int) -> bool:
        """Whether an item (by its canonical URL, or by its feed and guid) needs no more work."""
        row = self._db.execute(
            "SELECT status, tries FROM items WHERE key = ? "
            "OR (guid IS NOT NULL AND feed = ? AND guid = ?) ORDER BY status = 'failed' LIMIT 1",
            (key, feed, guid)).fetchone()
        return bool(row) and (row["status"] in DONE or row["tries"] >= max_tries)

    def by_canonical(self, canonical: str) -> str | None:
        """The key of an item already handled whose page has this canonical URL."""
        row = self._db.execute(
            "SELECT key FROM items WHERE (canonical = ? OR key = ?) AND status != 'failed' "
            "LIMIT 1", (canonical, canonical)).fetchone()
        return row["key"] if row else None

    def similar_candidates(self, bands: Iterable[str], days: int = 30
                           ) -> list[tuple[str, str]]:
        """(key, signature) of the articles ingested in the last `days` days that share a
        band with a text: the only ones worth comparing it with."""
        since = (datetime.now(UTC) - timedelta(days=days)).isoformat(timespec="seconds")
        bands = list(bands)
        if not bands:
            return []
        rows = self._db.execute(
            "SELECT DISTINCT i.key, i.signature FROM item_bands b JOIN items i ON i.key = b.item "
            f"WHERE b.band IN ({', '.join('?' * len(bands))}) AND i.status = 'ingested' "
            "AND i.seen_at >= ?", (*bands, since))
        return [(r["key"], r["signature"]) for r in rows]

    def record_item(self, key: str, feed: str, link: str, status: str, *,
                    guid: str | None = None, title: str | None = None,
                    error: str | None = None, canonical: str | None = None,
                    article_id: str | None = None, duplicate_of: str | None = None,
                    signature: str | None = None, bands: Iterable[str] = ()) -> None:
        t = now()
        self._db.execute(
            "INSERT INTO items (key, feed, link, guid, title, status, tries, error, canonical, "
            "article_id, duplicate_of, signature, seen_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?, 1, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (key) DO UPDATE SET "
            "status = excluded.status, tries = tries + 1, error = excluded.error, "
            "canonical = excluded.canonical, article_id = excluded.article_id, "
            "duplicate_of = excluded.duplicate_of, signature = excluded.signature, "
            "updated_at = excluded.updated_at",
            (key, feed, link, guid, title, status, error, canonical, article_id, duplicate_of,
             signature, t, t))
        self._db.executemany("INSERT OR IGNORE INTO item_bands (band, item) VALUES (?, ?)",
                             [(band, key) for band in bands])

    def items(self, status: str | None = None) -> list[dict[str, Any]]:
        sql = "SELECT * FROM items" + (" WHERE status = ?" if status else "") + " ORDER BY key"
        return [dict(r) for r in self._db.execute(sql, (status,) if status else ())]

    # --- watchlist ------------------------------------------------------------------------

    def watch_add(self, kind: str, name: str, folded: str) -> bool:
        """Add an entry; False when it was already there."""
        cur = self._db.execute(
            "INSERT OR IGNORE INTO watchlist (kind, name, folded, added_at) VALUES (?, ?, ?, ?)",
            (kind, name, folded, now()))
        return cur.rowcount > 0

    def watch_remove(self, kind: str, folded: str) -> bool:
        cur = self._db.execute("DELETE FROM watchlist WHERE kind = ? AND folded = ?",
                               (kind, folded))
        return cur.rowcount > 0

    def watchlist(self) -> list[dict[str, Any]]:
        return [dict(r) for r in self._db.execute(
            "SELECT kind, name, baselined, added_at FROM watchlist ORDER BY kind, folded")]

    def mark_baselined(self) -> None:
        self._db.execute("UPDATE watchlist SET baselined = 1 WHERE baselined = 0")

    # --- events of watched entities -------------------------------------------------------

    def known_events(self) -> dict[str, tuple[str, set[str]]]:
        """Event id → (status, report ids) as last seen."""
        return {r["event"]: (r["status"], set(json.loads(r["reports"])))
                for r in self._db.execute("SELECT * FROM events")}

    def set_known(self, event: str, status: str, reports: Iterable[str],
                  replaces: Iterable[str] = ()) -> None:
        """Remember an event's status; `replaces`: ids it had before the KB re-clustered it."""
        self._db.executemany("DELETE FROM events WHERE event = ?",
                             [(old,) for old in replaces if old != event])
        self._db.execute(
            "INSERT INTO events (event, status, reports, seen_at) VALUES (?, ?, ?, ?) "
            "ON CONFLICT (event) DO UPDATE SET status = excluded.status, "
            "reports = excluded.reports, seen_at = excluded.seen_at",
            (event, status, json.dumps(sorted(set(reports))), now()))

    # --- alerts and deliveries ------------------------------------------------------------

    def add_alert(self, key: str, payload: dict[str, Any], sinks: list[str]) -> bool:
        """Store an alert and a pending delivery per sink; False if it was already stored."""
        cur = self._db.execute(
            "INSERT OR IGNORE INTO alerts (key, payload, created_at) VALUES (?, ?, ?)",
            (key, json.dumps(payload, ensure_ascii=False), now()))
        if cur.rowcount == 0:
            return False
        self._db.executemany(
            "INSERT OR IGNORE INTO deliveries (alert, sink, status, updated_at) "
            "VALUES (?, ?, 'pending', ?)", [(key, sink, now()) for sink in sinks])
        return True

    def undelivered(self, sink: str) -> list[tuple[str, dict[str, Any], str, int]]:
        """(key, payload, created_at, tries) of the alerts this sink has not received yet."""
        rows = self._db.execute(
            "SELECT a.key, a.payload, a.created_at, d.tries FROM deliveries d "
            "JOIN alerts a ON a.key = d.alert WHERE d.sink = ? AND d.status IN "
            "('pending', 'failed') ORDER BY a.rowid", (sink,))
        return [(r["key"], json.loads(r["payload"]), r["created_at"], r["tries"]) for r in rows]

    def record_delivery(self, key: str, sink: str, status: str, tries: int,
                        error: str | None = None) -> None:
        self._db.execute(
            "UPDATE deliveries SET status = ?, tries = tries + ?, error = ?, updated_at = ? "
            "WHERE alert = ? AND sink = ?", (status, tries, error, now(), key, sink))

    def alerts(self) -> list[dict[str, Any]]:
        return [json.loads(r["payload"]) for r in self._db.execute(
            "SELECT payload FROM alerts ORDER BY rowid")]

    def deliveries(self) -> list[dict[str, Any]]:
        return [dict(r) for r in self._db.execute(
            "SELECT * FROM deliveries ORDER BY alert, sink")]
