"""What every request goes through before the routes: size limits, a deadline, security headers.

A plain ASGI middleware (not Starlette's BaseHTTPMiddleware) so that it can read the body once,
bounded, and answer before the app sees an oversized or malformed request.
"""

from __future__ import annotations

import json
import time
from collections.abc import Awaitable, Callable, MutableMapping
from contextvars import ContextVar
from dataclasses import dataclass
from typing import Any
from urllib.parse import unquote_to_bytes

import anyio
import sqlalchemy as sa

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]


@dataclass(frozen=True)
class Limits:
    """Bounds on what one request may ask for."""

    max_body: int = 1_000_000  # bytes of a request body (POST /api/articles)
    max_query: int = 2048  # bytes of a query string
    max_path: int = 1024  # bytes of a path
    max_articles: int = 20  # articles per POST
    read_timeout: float = 10.0  # seconds for a GET, queries included
    write_timeout: float = 300.0  # seconds for a POST (extraction runs spaCy)


# The policy pages are served under: only the app's own scripts, styles and API, no framing.
CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
       "connect-src 'self'; font-src 'self'; base-uri 'none'; form-action 'self'; "
       "frame-ancestors 'none'")
SECURITY_HEADERS = [
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"DENY"),
    (b"referrer-policy", b"no-referrer"),
    (b"cross-origin-opener-policy", b"same-origin"),
    (b"cross-origin-resource-policy", b"same-origin"),
    (b"permissions-policy", b"camera=(), microphone=(), geolocation=(), interest-cohort=()"),
]

# The deadline of the request being served: SQLite queries check it (`interrupt_queries`).
deadline: ContextVar[float | None] = ContextVar("turnover_deadline", default=None)


class Guard:
    def __init__(self, app: ASGIApp, limits: Limits) -> None:
        self.app = app
        self.limits = limits

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        limits = self.limits
        query: bytes = scope.get("query_string", b"")
        raw_path: bytes = scope.get("raw_path") or scope["path"].encode()
        if len(query) > limits.max_query or len(raw_path) > limits.max_path:
            await _answer(send, 414, f"the URL is too long (at most {limits.max_path} bytes of "
                          f"path and {limits.max_query} of query); shorten the parameters")
            return
        if b"\x00" in unquote_to_bytes(query) or "\x00" in scope["path"]:
            await _answer(send, 422, "a parameter contains a NUL character (%00); remove it")
            return

        if scope["method"] in ("POST", "PUT", "PATCH"):
            body = await _read_body(receive, limits.max_body)
            if body is None:
                await _answer(send, 413, f"the request body is larger than {limits.max_body} "
                              "bytes; send fewer or shorter articles per request")
                return
            receive = _replay(body, receive)
            timeout = limits.write_timeout
        else:
            timeout = limits.read_timeout

        started = False

        async def send_with_headers(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
                names = {name.lower() for name, _ in message.get("headers", [])}
                message["headers"] = list(message.get("headers", [])) + [
                    h for h in SECURITY_HEADERS if h[0] not in names]
            await send(message)

        # Writes are not interrupted (a batch is one transaction; it completes or rolls back).
        token = deadline.set(time.monotonic() + timeout if scope["method"] == "GET" else None)
        try:
            with anyio.fail_after(timeout):
                await self.app(scope, receive, send_with_headers)
        except TimeoutError:
            if not started:
                await _answer(send, 504, f"the request took longer than {timeout:g} s; narrow it "
                              "(filters, a shorter period, a smaller limit)")
        finally:
            deadline.reset(token)


def interrupt_queries(engine: sa.Engine, read_timeout: float) -> None:
    """Make the knowledge base's queries stop at their request's deadline: SQLite checks it
    every few thousand steps (a progress handler); PostgreSQL gets a statement_timeout."""
    sqlite = engine.dialect.name == "sqlite"

    def past_deadline() -> int:
        at = deadline.get()
        return int(at is not None and time.monotonic() > at)

    @sa.event.listens_for(engine, "connect")
    def _connect(dbapi_connection: Any, _record: Any) -> None:
        if sqlite:
            dbapi_connection.set_progress_handler(past_deadline, 10_000)
        else:
            cursor = dbapi_connection.cursor()
            cursor.execute(f"SET statement_timeout = {int(read_timeout * 1000)}")
            cursor.close()
            dbapi_connection.commit()

    engine.dispose()  # connections opened before this lack the handler


async def _read_body(receive: Receive, limit: int) -> bytes | None:
    """The whole body, or None as soon as it exceeds `limit` bytes."""
    chunks: list[bytes] = []
    size = 0
    while True:
        message = await receive()
        if message["type"] == "http.disconnect":
            break
        chunk = message.get("body", b"")
        size += len(chunk)
        if size > limit:
            return None
        chunks.append(chunk)
        if not message.get("more_body", False):
            break
    return b"".join(chunks)


def _replay(body: bytes, receive_next: Receive) -> Receive:
    """The body read by the guard, then what the server says next (a disconnect)."""
    sent = False

    async def receive() -> Message:
        nonlocal sent
        if sent:
            return await receive_next()
        sent = True
        return {"type": "http.request", "body": body, "more_body": False}

    return receive


async def _answer(send: Send, status: int, detail: str) -> None:
    body = json.dumps({"detail": detail}).encode()
    await send({"type": "http.response.start", "status": status, "headers": [
        (b"content-type", b"application/json"), (b"content-length", str(len(body)).encode()),
        *SECURITY_HEADERS]})
    await send({"type": "http.response.body", "body": body})
