"""The serve stage: the HTTP API and web UI over a knowledge base (`turnover serve`)."""

from __future__ import annotations

import ipaddress

from turnover.serve.app import create_app
from turnover.serve.guard import Limits

__all__ = ["Limits", "create_app", "is_loopback", "run"]

LOOPBACK_HOSTS = ["127.0.0.1", "localhost"]


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def run(db: str | None = None, host: str = "127.0.0.1", port: int = 8000, *,
        token: str | None = None, cors_origins: list[str] | None = None,
        limits: Limits | None = None, log_level: str = "info") -> None:
    """Serve until interrupted. On a loopback address only loopback Host headers are accepted,
    so that a web page cannot reach the API through DNS rebinding."""
    import uvicorn

    app = create_app(db, token, cors_origins=cors_origins, limits=limits,
                     allowed_hosts=[host, *LOOPBACK_HOSTS] if is_loopback(host) and ":" not in host
                     else None)
    uvicorn.run(app, host=host, port=port, log_level=log_level, server_header=False,
                timeout_keep_alive=5, limit_concurrency=256)
