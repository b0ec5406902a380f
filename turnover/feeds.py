"""RSS and Atom feeds: the list of feeds to follow, their items, and canonical URLs (one story
under several URLs). Near-identical texts (syndicated copies) are told by
`turnover.resolve.minhash`, as the knowledge base does.
"""

from __future__ import annotations

import re
import time
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

# Query parameters that only say where a click came from: the same page without them.
TRACKING_PARAMS = re.compile(
    r"^(utm_\w+|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|igshid|yclid|_hsenc|_hsmi|xtor|at_\w+)$",
    re.IGNORECASE,
)


class FeedError(Exception):
    """A feed whose body is not RSS or Atom, and why (one line)."""


@dataclass(frozen=True)
class FeedItem:
    """One entry of a feed: what is needed to fetch its page and to recognise it later."""

    feed: str  # the feed's URL
    link: str  # absolute URL of the article page
    guid: str | None = None
    title: str | None = None
    published: str | None = None  # YYYY-MM-DD

    @property
    def key(self) -> str:
        """The item's identity across feeds and runs: its link's canonical URL."""
        return canonical_url(self.link)


# --- the list of feeds ------------------------------------------------------------------------


def read_feed_list(sources: Iterable[str]) -> list[str]:
    """Feed URLs from URLs and from files of URLs (one per line, `#` starts a comment).

    Duplicates are dropped, keeping the first. Raises ValueError naming a source or line that
    is neither a file nor an http(s) URL.
    """
    urls: list[str] = []
    for source in sources:
        if _is_url(source):
            urls.append(source.strip())
            continue
        path = Path(source)
        if not path.is_file():
            raise ValueError(f"{source}: neither an http(s) URL nor a file; give feed URLs, or "
                             "a file of feed URLs (one per line)")
        for lineno, line in enumerate(path.read_text(encoding="utf-8-sig").splitlines(), 1):
            line = re.sub(r"(^|\s)#.*$", "", line).strip()  # a '#' inside a URL stays
            if not line:
                continue
            if not _is_url(line):
                raise ValueError(f"{source}:{lineno}: {line!r} is not an http(s) URL; write one "
                                 "feed URL per line, comments after #")
            urls.append(line)
    return list(dict.fromkeys(urls))


def _is_url(text: str) -> bool:
    parts = urlsplit(text.strip())
    return parts.scheme in ("http", "https") and bool(parts.netloc)


# --- feed bodies ------------------------------------------------------------------------------


def parse_feed(content: bytes, url: str, content_type: str | None = None
               ) -> tuple[str | None, list[FeedItem]]:
    """The title and items (in feed order) of an RSS or Atom body. Raises FeedError."""
    import feedparser  # imported here: only `watch` pays for it

    headers = {"content-location": url}  # relative links resolve against the feed's URL
    if content_type:
        headers["content-type"] = content_type
    parsed = feedparser.parse(content, response_headers=headers)
    if not parsed.get("version") and not parsed.entries:
        raise FeedError(_not_a_feed(content, parsed.get("bozo_exception")))
    items = []
    for entry in parsed.entries:
        link = entry.get("link") or _permalink(entry)
        if not link or not _is_url(link):
            continue  # nothing to fetch
        items.append(FeedItem(
            feed=url,
            link=link,
            guid=entry.get("id") or None,
            title=" ".join((entry.get("title") or "").split()) or None,
            published=_entry_date(entry),
        ))
    return parsed.feed.get("title") or None, items


def _permalink(entry: dict) -> str | None:
    guid = entry.get("id") or ""
    return guid if entry.get("guidislink") and _is_url(guid) else None


def _entry_date(entry: dict) -> str | None:
    for name in ("published_parsed", "updated_parsed"):
        value = entry.get(name)
        if value:
            return time.strftime("%Y-%m-%d", value)
    return None


def _not_a_feed(content: bytes, error: Exception | None) -> str:
    head = content[:200].lstrip()
    if not head:
        what = "an empty body"
    elif b"\x00" in head or sum(b < 9 for b in head) > 2:
        what = "binary data"
    elif re.match(rb"(?i)(<!doctype html|<html)", head):
        what = "an HTML page (the site's feed link is often in its <link rel=alternate>)"
    else:  # text that is not a feed, or a feed broken beyond reading: say where it broke
        what = f"text starting {head[:40].decode('utf-8', 'replace')!r}"
        if error:
            what += f" (XML error: {' '.join(str(error).split())})"
    return f"not an RSS or Atom feed: {what}"


# --- same story, different URL ----------------------------------------------------------------


def canonical_url(url: str) -> str:
    """A URL with what does not change the page removed: tracking parameters, the fragment,
    default ports, case of scheme and host; remaining parameters sorted."""
    parts = urlsplit(url.strip())
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower()
    port = parts.port
    if port and (scheme, port) not in (("http", 80), ("https", 443)):
        host = f"{host}:{port}"
    query = sorted((k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True)
                   if not TRACKING_PARAMS.match(k))
    return urlunsplit((scheme, host, parts.path or "/", urlencode(query), ""))


LINK_CANONICAL = re.compile(r"<link\b[^>]*>", re.IGNORECASE)


def page_canonical(html: str, base: str) -> str | None:
    """The page's own canonical URL (<link rel="canonical">), canonicalised, if it has one."""
    for tag in LINK_CANONICAL.findall(html[:200_000]):  # it is in <head>
        rel = re.search(r"""\brel\s*=\s*["']?([^"'>\s]+)""", tag, re.IGNORECASE)
        href = re.search(r"""\bhref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))""", tag,
                         re.IGNORECASE)
        if rel and rel[1].lower() == "canonical" and href:
            target = urljoin(base, (href[1] or href[2] or href[3] or "").strip())
            if _is_url(target):
                return canonical_url(target)
    return None
