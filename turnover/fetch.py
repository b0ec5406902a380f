"""Polite HTTP for feeds, article pages and webhooks (httpx).

One `Fetcher` per run: a clear user agent, timeouts, bounded responses, a redirect limit, a
politeness delay per host, conditional GET (ETag / Last-Modified) and retries with exponential
backoff on connection errors, timeouts, HTTP 429 and 5xx. Every failure becomes one `FetchError`
whose reason fits on one line.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from email.utils import parsedate_to_datetime
from urllib.parse import urlsplit

import httpx

from turnover import __version__

PROJECT_URL = "https://github.com/turnover-news/turnover"
USER_AGENT = f"turnover/{__version__} (+{PROJECT_URL})"
MAX_RETRY_AFTER = 60.0  # a server asking for a longer pause is retried on the next run instead


@dataclass
class FetchOptions:
    """How politely and how patiently to fetch. Tests set the times low."""

    timeout: float = 20.0  # seconds to connect, and between two bytes read
    retries: int = 2  # tries after the first, on connection errors, timeouts, 429 and 5xx
    backoff: float = 1.0  # seconds before the first retry; doubled before each next one
    delay: float = 1.0  # seconds between two requests to the same host
    max_bytes: int = 5_000_000  # a bigger body is refused (no feed or article is that big)
    max_redirects: int = 5
    user_agent: str = USER_AGENT


class FetchError(Exception):
    """A URL that could not be fetched, and why (one line)."""

    def __init__(self, url: str, reason: str, status: int | None = None) -> None:
        self.url = url
        self.reason = " ".join(reason.split())
        self.status = status
        super().__init__(f"{url}: {self.reason}")


@dataclass
class Response:
    url: str  # after redirects
    status: int
    content: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)  # lower-case names

    @property
    def not_modified(self) -> bool:
        return self.status == 304

    @property
    def etag(self) -> str | None:
        return self.headers.get("etag")

    @property
    def last_modified(self) -> str | None:
        return self.headers.get("last-modified")


class Fetcher:
    """GET and POST with the politeness and retry rules above. Use as a context manager."""

    def __init__(
        self,
        options: FetchOptions | None = None,
        sleep: Callable[[float], None] = time.sleep,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.options = options or FetchOptions()
        self._sleep = sleep
        self._clock = clock
        self._last_request: dict[str, float] = {}  # host → clock() of its last request
        self._client = httpx.Client(
            timeout=httpx.Timeout(self.options.timeout),
            follow_redirects=True,
            max_redirects=self.options.max_redirects,
            headers={"User-Agent": self.options.user_agent},
            trust_env=False,  # no proxies or .netrc picked up behind the user's back
        )

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self._client.close()

    def get(self, url: str, etag: str | None = None, last_modified: str | None = None,
            accept: str | None = None) -> Response:
        """The body of `url`; a 304 Response when the ETag / Last-Modified given still hold."""
        headers = {}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        if accept:
            headers["Accept"] = accept
        return self._with_retries("GET", url, headers, None)

    def post(self, url: str, body: bytes, headers: dict[str, str]) -> Response:
        """POST `body`; any 2xx is success. Webhook receivers get no politeness delay."""
        return self._with_retries("POST", url, headers, body, polite=False)

    # --- internals ------------------------------------------------------------------------

    def _with_retries(self, method: str, url: str, headers: dict[str, str], body: bytes | None,
                      polite: bool = True) -> Response:
        opts = self.options
        tries = opts.retries + 1
        for attempt in range(tries):
            last = attempt == tries - 1
            if polite:
                self._wait_for_host(url)
            try:
                response = self._once(method, url, headers, body)
            except httpx.TooManyRedirects:
                raise FetchError(url, f"redirect loop or more than {opts.max_redirects} "
                                      "redirects; check the URL in a browser") from None
            except httpx.InvalidURL as error:
                raise FetchError(url, f"invalid URL ({error})") from None
            except httpx.UnsupportedProtocol:
                raise FetchError(url, "not an http(s) URL, or redirected to one that "
                                      "is not") from None
            except httpx.TimeoutException:
                if last:
                    raise FetchError(url, f"timed out (no answer within {opts.timeout:g} s, "
                                          f"{_tries(tries)})") from None
            except httpx.TransportError as error:
                if last:
                    raise FetchError(url, f"connection failed ({_transport_reason(error)}, "
                                          f"{_tries(tries)})") from None
            else:
                if response.status < 400:  # 304 included: the caller checks not_modified
                    return response
                retriable = response.status == 429 or response.status >= 500
                if not retriable or last:
                    done = f", {_tries(attempt + 1)}" if retriable else ""
                    raise FetchError(url, f"HTTP {response.status} {_phrase(response.status)}"
                                          f"{done}".replace("  ", " "), response.status)
                wait = _retry_after(response.headers.get("retry-after"))
                if wait is not None and wait > MAX_RETRY_AFTER:
                    raise FetchError(url, f"HTTP {response.status}: the server asks to come "
                                          f"back in {wait:g} s", response.status)
                self._sleep(max(wait or 0.0, opts.backoff * 2**attempt))
                continue
            self._sleep(opts.backoff * 2**attempt)
        raise AssertionError("unreachable")  # the last try returns or raises

    def _once(self, method: str, url: str, headers: dict[str, str],
              body: bytes | None) -> Response:
        limit = self.options.max_bytes
        with self._client.stream(method, url, headers=headers, content=body) as r:
            declared = r.headers.get("content-length", "")
            if declared.isdigit() and int(declared) > limit:
                raise FetchError(url, f"response too large ({int(declared)} bytes; the limit is "
                                      f"{limit})", r.status_code)
            chunks: list[bytes] = []
            size = 0
            for chunk in r.iter_bytes():
                size += len(chunk)
                if size > limit:
                    raise FetchError(url, f"response larger than the limit of {limit} bytes",
                                     r.status_code)
                chunks.append(chunk)
            return Response(url=str(r.url), status=r.status_code, content=b"".join(chunks),
                            headers={k.lower(): v for k, v in r.headers.items()})

    def _wait_for_host(self, url: str) -> None:
        host = (urlsplit(url).hostname or "").lower()
        last = self._last_request.get(host)
        if last is not None:
            pause = self.options.delay - (self._clock() - last)
            if pause > 0:
                self._sleep(pause)
        self._last_request[host] = self._clock()


def _tries(n: int) -> str:
    return "1 try" if n == 1 else f"{n} tries"


def _phrase(status: int) -> str:
    return httpx.codes.get_reason_phrase(status)


def _transport_reason(error: httpx.TransportError) -> str:
    text = str(error).strip()
    return text or type(error).__name__


def _retry_after(value: str | None) -> float | None:
    """Seconds to wait from a Retry-After header (delta-seconds or an HTTP date)."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    return max(0.0, when.timestamp() - time.time())
