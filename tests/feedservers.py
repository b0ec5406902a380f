"""Local HTTP servers for the watch tests, on 127.0.0.1 with ephemeral ports (no network).

`FeedServer` serves the feeds of `tests/data/feeds/<day>/` at `/<name>` (switch `day` to move on
to the next day), the article pages of `tests/data/feeds/pages/` at `/<outlet>/<file>`, and a few
bad feeds: `/slow.rss` (answers after `slow` seconds), `/error.rss` (HTTP 500), `/loop.rss`
(redirects to itself) and `/garbage.rss` (binary junk); `fail_next` makes any path fail a few
times first. Feeds honour ETag / If-None-Match, except `quotidien.atom`, which uses
Last-Modified / If-Modified-Since. `{{BASE}}` in the files becomes the server's URL.

`WebhookReceiver` accepts JSON POSTs at `/hook`, checking their HMAC-SHA256 signature as a real
receiver would, and answers 500 at `/broken`.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

FEEDS_DIR = Path(__file__).parent / "data" / "feeds"
LAST_MODIFIED = {"day1": "Mon, 02 Mar 2026 10:00:00 GMT", "day2": "Tue, 03 Mar 2026 12:00:00 GMT"}
TYPES = {".rss": "application/rss+xml", ".atom": "application/atom+xml",
         ".html": "text/html; charset=utf-8"}


class _Server(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request: object, client_address: object) -> None:
        pass  # a client that gave up (the slow feed's timeout) is not a test failure


class FeedServer:
    def __init__(self, root: Path = FEEDS_DIR) -> None:
        self.root = root
        self.day = "day1"
        self.slow = 2.0
        self.requests: list[tuple[str, dict[str, str]]] = []  # (path, headers)
        self.fail_next: dict[str, list[int]] = {}  # path → statuses to answer before serving
        self._httpd = _Server(("127.0.0.1", 0), self._handler())
        self.base = f"http://127.0.0.1:{self._httpd.server_address[1]}"
        threading.Thread(target=self._httpd.serve_forever, daemon=True).start()

    def url(self, path: str) -> str:
        return f"{self.base}/{path.lstrip('/')}"

    def close(self) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()

    def requested(self, prefix: str) -> list[dict[str, str]]:
        return [h for p, h in self.requests if p.startswith(prefix)]

    def _body(self, path: str) -> tuple[bytes, str] | None:
        name = path.split("?", 1)[0].lstrip("/")
        file = self.root / self.day / name if "/" not in name else self.root / "pages" / name
        if ".." in name or not file.is_file():
            return None
        text = file.read_text(encoding="utf-8").replace("{{BASE}}", self.base)
        return text.encode("utf-8"), TYPES.get(file.suffix, "application/octet-stream")

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        server = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: object) -> None:
                pass

            def do_GET(self) -> None:
                server.requests.append((self.path, dict(self.headers.items())))
                path = self.path.split("?", 1)[0]
                if server.fail_next.get(path):
                    status = server.fail_next[path].pop(0)
                    return self._send(status, b"try again", "text/plain", {"Retry-After": "0"})
                if path == "/slow.rss":
                    time.sleep(server.slow)
                    path = "/ledger.rss"
                if path == "/error.rss":
                    return self._send(500, b"Internal Server Error", "text/plain")
                if path == "/loop.rss":
                    self.send_response(302)
                    self.send_header("Location", "/loop.rss")
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                    return None
                if path == "/garbage.rss":
                    junk = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256))
                    return self._send(200, junk, "application/rss+xml")
                found = server._body(path)
                if found is None:
                    return self._send(404, b"Not Found", "text/plain")
                body, ctype = found
                headers = {}
                if path == "/quotidien.atom":  # this outlet's server only knows Last-Modified
                    headers["Last-Modified"] = LAST_MODIFIED[server.day]
                    if self.headers.get("If-Modified-Since") == headers["Last-Modified"]:
                        return self._send(304, b"", ctype, headers)
                elif "/" not in path.lstrip("/"):
                    headers["ETag"] = '"' + hashlib.sha256(body).hexdigest()[:16] + '"'
                    if self.headers.get("If-None-Match") == headers["ETag"]:
                        return self._send(304, b"", ctype, headers)
                return self._send(200, body, ctype, headers)

            def _send(self, status: int, body: bytes, ctype: str,
                      headers: dict[str, str] | None = None) -> None:
                self.send_response(status)
                self.send_header("Content-Type", ctype)
                for name, value in (headers or {}).items():
                    self.send_header(name, value)
                if status != 304:
                    self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                if status != 304:
                    self.wfile.write(body)

        return Handler


@dataclass
class Received:
    path: str
    body: bytes
    signature: str | None
    verified: bool

    @property
    def alert(self) -> dict:
        return json.loads(self.body)


@dataclass
class WebhookReceiver:
    secret: str
    received: list[Received] = field(default_factory=list)
    base: str = ""

    def start(self) -> WebhookReceiver:
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: object) -> None:
                pass

            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
                signature = self.headers.get("X-Turnover-Signature")
                # What a receiver does: HMAC-SHA256 of the raw body, compared in constant time.
                expected = "sha256=" + hmac.new(receiver.secret.encode(), body,
                                                hashlib.sha256).hexdigest()
                verified = signature is not None and hmac.compare_digest(expected, signature)
                receiver.received.append(Received(self.path, body, signature, verified))
                status = 500 if self.path == "/broken" else (204 if verified else 401)
                self.send_response(status)
                self.send_header("Content-Length", "0")
                self.end_headers()

        self._httpd = _Server(("127.0.0.1", 0), Handler)
        self.base = f"http://127.0.0.1:{self._httpd.server_address[1]}"
        threading.Thread(target=self._httpd.serve_forever, daemon=True).start()
        return self

    def url(self, path: str) -> str:
        return f"{self.base}/{path.lstrip('/')}"

    def at(self, path: str) -> list[Received]:
        return [r for r in self.received if r.path == path]

    def close(self) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()
