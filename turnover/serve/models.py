"""The shapes of the HTTP API's answers and requests, so that /api/openapi.json documents them.

They mirror the dicts of `turnover.query`: same field names, same meaning (see EVENTS.md).
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import BaseModel, Field, ValidationError, ValidatorFunctionWrapHandler, WrapValidator

from turnover.read import _json_type

Kind = Literal["start", "end"]
Action = Literal["resign", "dismiss", "retire", "leave", "appoint", "join", "found", "return"]
Status = Literal["occurred", "planned", "rumored", "denied"]


class Error(BaseModel):
    detail: str = Field(description="What went wrong and what to do")


class Event(BaseModel):
    """A change of position, merged from every article that reports it."""

    id: str
    when: str | None = Field(description="ISO date, as precise as the reports allow")
    kind: Kind
    action: Action
    person: str
    org: str | None
    role: str | None
    interim: bool
    status: Status = Field(description="Derived from every report, denials included")
    disputed: bool = Field(description="Some reports contradict the status")
    to: str | None = Field(description="Where the person went (departures)")
    reason: str | None
    sources: list[str] = Field(description="Outlets, people or channels the articles cite")
    n_sources: int = Field(description="Independent sources (syndicated copies count once)")
    n_articles: int
    n_mentions: int
    first_reported: str | None
    last_reported: str | None
    background: bool = Field(description="Only recalled by a title, undated: before "
                                         "first_reported")
    person_id: str
    org_id: str | None
    to_org_id: str | None


class TimelineEvent(Event):
    movement: Literal["arrival", "departure"]


class EventPage(BaseModel):
    total: int = Field(description="Events matching the filters")
    limit: int
    offset: int
    items: list[Event]


class Evidence(BaseModel):
    """A sentence stating the change. Offsets are characters into the article's text."""

    sentence: str
    start: int
    end: int
    trigger: str = Field(description="The words that signal the change")
    trigger_start: int
    trigger_end: int


class Report(BaseModel):
    """What one article says about a change: its own fields, status and evidence."""

    mention_id: str
    event_id: str | None
    article_id: str
    article_ref: str | None = Field(description="The article's id in its input (JSONL id, file)")
    title: str | None
    url: str | None
    outlet: str | None
    published: str | None
    lang: str | None
    person: str
    kind: Kind
    action: Action
    org: str | None
    role: str | None
    interim: bool
    when: str | None
    status: Status
    to: str | None
    reason: str | None
    sources: list[str]
    evidence: list[Evidence]


class EventDetail(Event):
    reports: list[Report] = Field(description="Every report of this change, oldest first")


class Org(BaseModel):
    id: str
    name: str
    aliases: list[str] = Field(description="The names the articles use for it")
    n_arrivals: int
    n_departures: int


class Timeline(BaseModel):
    org: Org
    items: list[TimelineEvent]


class Person(BaseModel):
    id: str
    name: str
    aliases: list[str]
    events: list[Event] = Field(description="The career path: every change, in date order")


class Flow(BaseModel):
    """A departure from one organization followed by an arrival at another."""

    person: str
    from_org: str | None
    to_org: str | None
    when: str | None
    status: Status
    sources: list[str]
    n_sources: int
    end_event: str
    start_event: str | None
    person_id: str
    from_org_id: str | None
    to_org_id: str | None


class Flows(BaseModel):
    items: list[Flow]


class Article(BaseModel):
    """A stored article. `text` is exactly what was read: show it as text, never as markup."""

    id: str = Field(description="SHA-256 of the text")
    ref: str | None
    url: str | None
    outlet: str | None
    title: str | None
    published: str | None
    lang: str | None
    text: str
    copy_of: str = Field(description="Its group of near-duplicates (syndicated copies)")
    n_mentions: int
    reports: list[Report] = Field(description="The changes extracted from it")


class Hit(BaseModel):
    id: str
    name: str
    n_events: int


class SearchResult(BaseModel):
    persons: list[Hit]
    orgs: list[Hit]


class Stats(BaseModel):
    articles: int
    mentions: int
    events: int
    persons: int
    orgs: int


class NewArticle(BaseModel):
    """An article to ingest; the same fields as a JSONL input line."""

    text: str = Field(min_length=1, description="The article's body")
    id: str | None = Field(None, max_length=500, description="Your own id for it")
    title: str | None = Field(None, max_length=2000)
    heading: str | None = Field(None, max_length=5000, description="A one-sentence lead")
    url: str | None = Field(None, max_length=2000)
    # Any JSON value: a publication date that is not a date costs the date, not the article
    published: Any = Field(None, description="Publication date, YYYY-MM-DD (RFC 2822 and "
                           "written-out dates are read too; anything else is dropped with a "
                           "warning)")
    lang: str | None = Field(None, max_length=8, description="fr, en; detected when left out")
    outlet: str | None = Field(None, max_length=500)


class Unreadable:
    """An item of `articles` that is not a NewArticle: it is skipped with its reason, and the
    request's other articles are ingested, as `turnover ingest` skips a bad JSONL line."""

    def __init__(self, value: Any, error: ValidationError) -> None:
        self.ref = value.get("id") if isinstance(value, dict) else None
        self.reason = "; ".join(_problem(value, e) for e in error.errors())


def _problem(value: Any, error: Any) -> str:
    """One validation error of an item, worded as the JSONL reader words it."""
    if not isinstance(value, dict):
        return "not a JSON object; each article must be an object like {\"text\": \"...\"}"
    field = ".".join(str(part) for part in error.get("loc", ())) or "article"
    given = value.get(field)
    kind = error.get("type", "")
    if kind == "missing":
        return f'no "{field}" field; each article needs its text in "text"'
    if kind == "string_type":
        return f'"{field}" is a JSON {_json_type(given)}, not a string; fix or drop it'
    if kind == "string_unicode":
        return f'"{field}" holds a lone surrogate, which is not text: a broken \\u escape?'
    if kind == "string_too_short":
        return f'empty "{field}"; nothing to read'
    if kind == "string_too_long":
        limit = error.get("ctx", {}).get("max_length")
        return f'"{field}" is longer than {limit} characters; shorten it'
    return f'"{field}": {error.get("msg", "invalid")}'


def _keep_unreadable(value: Any, handler: ValidatorFunctionWrapHandler) -> Any:
    try:
        return handler(value)
    except ValidationError as error:
        return Unreadable(value, error)


class NewArticles(BaseModel):
    # An item that does not fit NewArticle becomes an Unreadable, answered in its outcome.
    articles: list[Annotated[NewArticle, WrapValidator(_keep_unreadable)]] = Field(min_length=1)


class Ingested(BaseModel):
    id: str | None = Field(description="SHA-256 of the text; null for an unreadable article")
    ref: str | None
    outcome: str = Field(description="stored, or why it was skipped (unreadable, already in "
                         "the knowledge base, ...)")
    error: str | None = Field(None, description="Why an unreadable article was skipped: "
                              "`articles[i]: <what is wrong>; <what to do>`")
    warnings: list[str] = Field(default_factory=list, description="What was left out of an "
                                "article read anyway (a publication date that is not a date)")


class IngestResult(BaseModel):
    read: int
    stored: int
    skipped: dict[str, int]
    mentions: int
    new_events: int
    merged: int
    warnings: int = Field(description="Articles read with something left out")
    articles: list[Ingested] = Field(description="Each article of the request, in its order")
