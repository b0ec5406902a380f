"""The HTTP API and the web UI: a thin mirror of `turnover.api`, as the CLI is.

JSON under /api (documented at /api/openapi.json, listed for people at /api-docs), pages
everywhere else. The pages are static HTML and one small script each, which fetch the API and
build the DOM with text nodes only, so article text is never interpreted as markup.

Read-only unless the operator sets a token: then POST /api/articles ingests articles for
callers that send `Authorization: Bearer <token>`.
"""

from __future__ import annotations

import hmac
import re
import threading
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Annotated, Any

import sqlalchemy as sa
from fastapi import Depends, FastAPI, Header, HTTPException, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.middleware.cors import CORSMiddleware
from fastapi.responses import HTMLResponse, JSONResponse
from fastapi.staticfiles import StaticFiles
from starlette.middleware.trustedhost import TrustedHostMiddleware

from turnover import __version__, api
from turnover.extract import Extractor
from turnover.model import Article
from turnover.read import ReadError, article_from_record
from turnover.serve import models
from turnover.serve.guard import Guard, Limits, interrupt_queries
from turnover.store import Store

STATIC = Path(__file__).parent / "static"
MAX_PAGE = 500  # events per page
DATE = r"^\d{4}(-\d{2}(-\d{2})?)?$"  # YYYY, YYYY-MM or YYYY-MM-DD
NAME = 200  # longest name or search text accepted
ID = r"^[0-9a-f]{16}$"  # person, org, event ids (resolve.stable_id)
ARTICLE_ID = r"^[0-9a-f]{64}$"  # SHA-256 of the text

Since = Annotated[str | None, Query(pattern=DATE, description="From this date (YYYY[-MM[-DD]])")]
Until = Annotated[str | None, Query(pattern=DATE, description="Up to this date, inclusive "
                                    "at its precision (2024-06 keeps 2024-06-30)")]


def create_app(db: api.DB = None, token: str | None = None, *,
               extractor: Extractor | None = None, limits: Limits | None = None,
               cors_origins: list[str] | None = None,
               allowed_hosts: list[str] | None = None) -> FastAPI:
    """The app over the knowledge base `db` (opened here, or a Store the caller keeps).

    `token`: enables POST /api/articles for requests bearing it. `extractor`: reused for those
    ingests (loaded on the first one otherwise). `cors_origins`: other sites allowed to read
    the API (none by default). `allowed_hosts`: Host headers accepted (all by default; the CLI
    sets the loopback names when it listens on loopback, against DNS rebinding).
    """
    limits = limits or Limits()
    store = api.open_kb(db)
    owned = store is not db
    interrupt_queries(store.engine, limits.read_timeout)
    writes = _Writes(store, extractor)

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        yield
        if owned:
            store.close()

    app = FastAPI(
        title="turnover", version=__version__, lifespan=lifespan,
        description="Leadership changes extracted from the news: events, organizations, "
        "people, flows between organizations, and the articles and sentences behind each.",
        docs_url=None, redoc_url=None, openapi_url="/api/openapi.json",  # no CDN-hosted docs
    )
    app.state.store = store
    _errors(app)

    def authorized(authorization: Annotated[str | None, Header()] = None) -> None:
        if token is None:
            raise HTTPException(403, "writes are disabled: start `turnover serve` with a token "
                                "(--token-file or $TURNOVER_TOKEN) to accept articles")
        scheme, _, given = (authorization or "").partition(" ")
        # constant time, so that the comparison does not tell how much of a guess was right
        if scheme.lower() != "bearer" or not hmac.compare_digest(given.strip().encode(),
                                                                 token.encode()):
            raise HTTPException(401, "missing or wrong token: send the header "
                                "'Authorization: Bearer <token>'",
                                headers={"WWW-Authenticate": "Bearer"})

    # --- the JSON API ------------------------------------------------------------------------

    @app.get("/api/events", response_model=models.EventPage, tags=["events"])
    def events(
        since: Since = None, until: Until = None,
        kind: Annotated[models.Kind | None, Query()] = None,
        action: Annotated[models.Action | None, Query()] = None,
        status: Annotated[models.Status | None, Query()] = None,
        lang: Annotated[str | None, Query(pattern=r"^[a-z]{2}$",
                                          description="Reported in this language")] = None,
        org: Annotated[str | None, Query(max_length=NAME, description="At this organization "
                                         "(a name, e.g. OpenAI)")] = None,
        person: Annotated[str | None, Query(max_length=NAME, description="Of this person "
                                            "(a name, e.g. Murati)")] = None,
        org_id: Annotated[str | None, Query(pattern=ID)] = None,
        person_id: Annotated[str | None, Query(pattern=ID)] = None,
        limit: Annotated[int, Query(ge=1, le=MAX_PAGE)] = 50,
        offset: Annotated[int, Query(ge=0, le=10_000_000)] = 0,
    ) -> dict[str, Any]:
        """Events, filtered, in date order, one page at a time."""
        answer = api.events(store, since=since, until=until, kind=kind, action=action,
                            status=status, lang=lang, org=org, person=person, org_id=org_id,
                            person_id=person_id, limit=limit, offset=offset)
        return {"total": answer.total, "limit": limit, "offset": offset, "items": answer.rows}

    @app.get("/api/events/{event_id}", response_model=models.EventDetail, tags=["events"],
             responses={404: {"model": models.Error}})
    def event(event_id: str) -> dict[str, Any]:
        """One event with every report of it: article, outlet, date, language, status and the
        evidence sentences (trigger offsets into the article text)."""
        return _found(api.get_event(_id(event_id, ID), store), "event", event_id)

    @app.get("/api/orgs/{org_id}", response_model=models.Org, tags=["organizations"],
             responses={404: {"model": models.Error}})
    def org(org_id: str) -> dict[str, Any]:
        """One organization (ids come from /api/search or from events)."""
        return _found(api.get_org(_id(org_id, ID), store), "organization", org_id)

    @app.get("/api/orgs/{org_id}/timeline", response_model=models.Timeline,
             tags=["organizations"], responses={404: {"model": models.Error}})
    def timeline(org_id: str, since: Since = None, until: Until = None) -> dict[str, Any]:
        """Arrivals and departures at an organization, in date order."""
        found = _found(api.get_org(_id(org_id, ID), store), "organization", org_id)
        rows = api.events(store, org_id=org_id, since=since, until=until).rows
        for row in rows:
            row["movement"] = "arrival" if row["kind"] == "start" else "departure"
        return {"org": found, "items": rows}

    @app.get("/api/persons/{person_id}", response_model=models.Person, tags=["people"],
             responses={404: {"model": models.Error}})
    def person(person_id: str) -> dict[str, Any]:
        """One person and their career path."""
        found = _found(api.get_person(_id(person_id, ID), store), "person", person_id)
        return {**found, "events": api.events(store, person_id=person_id).rows}

    @app.get("/api/flows", response_model=models.Flows, tags=["flows"])
    def flows(
        from_org: Annotated[str | None, Query(alias="from", max_length=NAME,
                                              description="Departures from (a name)")] = None,
        to_org: Annotated[str | None, Query(alias="to", max_length=NAME,
                                            description="Arrivals at (a name)")] = None,
        since: Since = None, until: Until = None,
    ) -> dict[str, Any]:
        """Who went where: departures from an organization followed by arrivals at another."""
        return {"items": api.flows(from_org, to_org, store, since=since, until=until).rows}

    @app.get("/api/articles/{article_id}", response_model=models.Article, tags=["articles"],
             responses={404: {"model": models.Error}})
    def article(article_id: str) -> dict[str, Any]:
        """One stored article, its text as read, and the changes extracted from it."""
        return _found(api.get_article(_id(article_id, ARTICLE_ID), store), "article",
                      article_id)

    @app.post("/api/articles", response_model=models.IngestResult, tags=["articles"],
              dependencies=[Depends(authorized)],
              responses={401: {"model": models.Error}, 403: {"model": models.Error},
                         413: {"model": models.Error}})
    def ingest(body: models.NewArticles) -> dict[str, Any]:
        """Extract the changes from articles and merge them into the knowledge base
        (idempotent: an article already stored is skipped). Needs the operator's token."""
        if len(body.articles) > limits.max_articles:
            raise HTTPException(413, f"{len(body.articles)} articles in one request; send at "
                                f"most {limits.max_articles} per request")
        return writes.ingest(body.articles)

    @app.get("/api/search", response_model=models.SearchResult, tags=["search"])
    def search(
        q: Annotated[str, Query(min_length=1, max_length=NAME,
                                description="Part of a name; accents and case do not matter")],
        limit: Annotated[int, Query(ge=1, le=50)] = 10,
    ) -> dict[str, Any]:
        """People and organizations whose names contain `q`, best matches first."""
        return api.search(q, store, limit=limit)

    @app.get("/api/stats", response_model=models.Stats, tags=["search"])
    def stats() -> dict[str, int]:
        """What the knowledge base holds."""
        return api.stats(store)

    # --- the pages -----------------------------------------------------------------------------

    # every page is the same shell (static/page.html) with its title and its one module
    shell = (STATIC / "page.html").read_text(encoding="utf-8")

    def page(script: str, title: str) -> Any:
        html = shell.replace("{title}", title).replace("{script}", script)

        def serve_page() -> HTMLResponse:
            return HTMLResponse(html, headers={"Cache-Control": "no-cache"})
        return serve_page

    pages = (("/", "index", "Search"), ("/flows", "flows", "Flows"),
             ("/api-docs", "api", "HTTP API"), ("/orgs/{org_id}", "org", "Organization"),
             ("/persons/{person_id}", "person", "Person"), ("/events/{event_id}", "event", "Event"),
             ("/articles/{article_id}", "article", "Article"))
    for path, script, title in pages:
        app.get(path, include_in_schema=False)(page(script, title))
    app.mount("/static", StaticFiles(directory=STATIC), name="static")

    # Outermost first: the guard sees every request, even those the others refuse.
    if cors_origins:
        app.add_middleware(CORSMiddleware, allow_origins=cors_origins, allow_methods=["GET"],
                           allow_headers=[], allow_credentials=False)
    if allowed_hosts:
        app.add_middleware(TrustedHostMiddleware, allowed_hosts=allowed_hosts)
    app.add_middleware(Guard, limits=limits)
    return app


class _Writes:
    """Ingests, one at a time (the extractor is not shared between threads)."""

    def __init__(self, store: Store, extractor: Extractor | None) -> None:
        self.store = store
        self.extractor = extractor
        self.lock = threading.Lock()

    def ingest(self, new: list[models.NewArticle | models.Unreadable]) -> dict[str, Any]:
        """Ingest the readable articles; each item of the request gets its outcome, in order:
        an unreadable one is skipped with its reason, as `turnover ingest` skips a bad line."""
        summary = api.IngestSummary()
        outcomes: list[dict[str, Any]] = []
        articles: list[Article] = []
        readable: list[dict[str, Any]] = []  # the outcomes of `articles`, in their order
        for i, item in enumerate(new):
            where = f"articles[{i}]"
            warned: list[ReadError] = []
            try:
                if isinstance(item, models.Unreadable):
                    raise ReadError(where, item.reason)
                article = article_from_record(item.model_dump(), where, on_warning=warned.append)
            except ReadError as error:
                summary.skipped[api.UNREADABLE] += 1
                ref = item.ref if isinstance(item, models.Unreadable) else item.id
                outcomes.append({"id": None, "ref": ref if isinstance(ref, str) else None,
                                 "outcome": api.UNREADABLE, "error": str(error)})
                continue
            summary.warnings += bool(warned)
            articles.append(article)
            outcomes.append({"id": article.id, "ref": article.ref,
                             "warnings": [str(w) for w in warned]})
            readable.append(outcomes[-1])
        failures: dict[str, str] = {}
        done = iter(readable)  # on_article comes in input order
        with self.lock:
            if articles and self.extractor is None:
                self.extractor = Extractor()
            api.ingest_articles(
                articles, self.store, extractor=self.extractor, summary=summary,
                on_article=lambda a, outcome: next(done).update(outcome=outcome),
                on_error=lambda e: failures.__setitem__(e.source, str(e)))
        for outcome in readable:
            if outcome["outcome"] == api.EXTRACTION_FAILED:
                outcome["error"] = failures.get(outcome["ref"] or outcome["id"])
        return {"read": summary.read, "stored": summary.stored,
                "skipped": dict(summary.skipped), "mentions": summary.mentions,
                "new_events": summary.new_events, "merged": summary.merged,
                "warnings": summary.warnings, "articles": outcomes}


def _id(value: str, pattern: str) -> str:
    # A malformed id cannot name anything: say so without asking the database.
    if not re.fullmatch(pattern, value):
        kind = "64-character" if pattern == ARTICLE_ID else "16-character"
        raise HTTPException(404, f"no such id {value[:80]!r}: ids are {kind} hexadecimal "
                            "strings; find them with /api/search or /api/events")
    return value


def _found(item: dict[str, Any] | None, what: str, item_id: str) -> dict[str, Any]:
    if item is None:
        raise HTTPException(404, f"no {what} with id {item_id!r} in this knowledge base; find "
                            "ids with /api/search or /api/events")
    return item


def _errors(app: FastAPI) -> None:
    """Every error as {"detail": "<what went wrong and what to do>"}."""

    @app.exception_handler(RequestValidationError)
    async def invalid(_request: Request, error: RequestValidationError) -> JSONResponse:
        problems = []
        for e in error.errors():
            if e.get("type") == "json_invalid":
                at = e.get("loc", ("body", 0))[-1]
                reason = e.get("ctx", {}).get("error", "JSON decode error").removesuffix(" at")
                problems.append(f"the body is not valid JSON ({reason} at character {at}); "
                                'send {"articles": [{"text": "..."}]}')
                continue
            where = ".".join(str(part) for part in e.get("loc", ()) if part != "body")
            problems.append(f"{where}: {e.get('msg', 'invalid')}")
        return JSONResponse({"detail": "bad request: " + "; ".join(problems)}, 422)

    @app.exception_handler(sa.exc.OperationalError)
    async def database(_request: Request, error: sa.exc.OperationalError) -> JSONResponse:
        message = str(error.orig).lower()
        if "interrupted" in message or "statement timeout" in message:
            return JSONResponse({"detail": "the query took too long and was stopped; narrow it "
                                 "(filters, a shorter period, a smaller limit)"}, 504)
        return JSONResponse({"detail": "the knowledge base cannot be read right now; try "
                             "again, and if it persists check the server's log"}, 503)
