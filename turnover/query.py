"""The query stage: questions to the knowledge base, answered as rows with their sources.

`timeline` (arrivals and departures at an organization), `person` (a career path), `flows`
(who went where), `events` (every event, filtered, a page at a time) and `export` (jsonl, csv,
parquet). Each returns an `Answer`: plain dict rows, a title, and `to_dataframe()`. With
`evidence=True` each row carries the sentences behind it: one entry per article that reports
it, with that article's status, so a denial shows next to the reports it contradicts.

For the web UI: `event` and `article` (one item by id, with every report and its evidence),
`org` and `person_profile` (by id), and `search` (people and organizations as one types).
"""

from __future__ import annotations

import csv
import io
import json
from collections import defaultdict
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

import sqlalchemy as sa

from turnover import resolve
from turnover.evaluate import tokens
from turnover.store import (
    Store,
    articles,
    events,
    evidence,
    mention_dict,
    mentions,
    org_aliases,
    org_id,
    orgs,
    person_aliases,
    persons,
)

EVENT_COLUMNS = (
    "id", "when", "kind", "action", "person", "org", "role", "interim", "status", "disputed",
    "to", "reason", "sources", "n_sources", "n_articles", "n_mentions", "first_reported",
    "last_reported", "background", "person_id", "org_id", "to_org_id",
)
FLOW_COLUMNS = (
    "person", "from_org", "to_org", "when", "status", "sources", "n_sources", "end_event",
    "start_event", "person_id", "from_org_id", "to_org_id",
)
FORMATS = ("jsonl", "csv", "parquet")
FLOW_WINDOW_DAYS = 183  # an arrival this long after a departure can continue it


@dataclass
class Answer:
    """Rows answering a question; `columns` lists their fields in display order."""

    title: str
    columns: tuple[str, ...]
    rows: list[dict[str, Any]] = field(default_factory=list)
    total: int | None = None  # rows matching before `limit`/`offset`, when a page was asked for

    def __len__(self) -> int:
        return len(self.rows)

    def __iter__(self) -> Iterator[dict[str, Any]]:
        return iter(self.rows)

    def to_dataframe(self) -> Any:
        """The rows as a pandas DataFrame (`evidence`, when asked for, as a column of lists)."""
        import pandas as pd

        columns = list(self.columns)
        if any("evidence" in r for r in self.rows):
            columns.append("evidence")
        return pd.DataFrame(self.rows, columns=columns)

    def to_dicts(self) -> list[dict[str, Any]]:
        return [dict(r) for r in self.rows]


# --- finding organizations and people -----------------------------------------------------------


def find_orgs(conn: sa.Connection, name: str) -> list[str]:
    """Ids of the organizations a name means: its alias key ("Open AI" → OpenAI), else every
    organization with an alias that holds its words ("Sixers" → "Philadelphia Sixers")."""
    key = resolve.org_key(name)
    if not key:
        return []
    exact = conn.scalars(sa.select(orgs.c.id).where(orgs.c.key == key)).all()
    if exact:
        return list(exact)
    words = tokens(name)
    longest = max(words, key=len)
    query = sa.select(org_aliases.c.org_id, org_aliases.c.alias).where(
        sa.func.lower(org_aliases.c.alias).contains(longest, autoescape=True)
    )
    return sorted({oid for oid, alias in conn.execute(query)
                   if resolve.org_words_compatible(name, alias)})


def at_org(conn: sa.Connection, name: str) -> sa.ColumnElement[bool]:
    """Events at the organization a name means. Names that reports of one event use side by
    side ("76ers" and "Philadelphia 76ers" for one firing) count as the same organization."""
    return at_orgs(conn, find_orgs(conn, name))


def at_orgs(conn: sa.Connection, ids: Sequence[str]) -> sa.ColumnElement[bool]:
    """Events at these organizations (ids), as `at_org` counts them."""
    keys = set(conn.scalars(sa.select(orgs.c.key).where(orgs.c.id.in_(ids))))
    shared_events = sa.select(mentions.c.event_id).where(mentions.c.org_key.in_(keys))
    keys |= set(conn.scalars(sa.select(mentions.c.org_key).distinct()
                             .where(mentions.c.event_id.in_(shared_events))
                             .where(mentions.c.org_key != "")))
    reported = sa.select(mentions.c.event_id).where(mentions.c.org_key.in_(keys))
    return sa.or_(events.c.org_id.in_([org_id(k) for k in keys]), events.c.id.in_(reported))


def find_persons(conn: sa.Connection, name: str) -> list[str]:
    """Ids of the people a name means: same key as a name or alias ("Mme Murati" → the alias
    "Murati"), else the full names it abbreviates ("J. Leike" → "Jan Leike")."""
    key = resolve.person_key(name)
    found = set(conn.scalars(sa.select(persons.c.id).where(persons.c.key == key)))
    found |= set(conn.scalars(sa.select(person_aliases.c.person_id)
                              .where(person_aliases.c.key == key)))
    if not found:
        block = conn.execute(sa.select(persons.c.id, persons.c.key)
                             .where(persons.c.block == resolve.surname(key)))
        found = {pid for pid, full in block if resolve.is_short_form(key, full)}
    return sorted(found)


# --- events ---------------------------------------------------------------------------------


def _event_query() -> sa.Select:
    person, org, to = persons.alias("p"), orgs.alias("o"), orgs.alias("t")
    query = (
        sa.select(events, person.c.name.label("person_name"), org.c.name.label("org_name"),
                  to.c.name.label("to_name"))
        .join(person, events.c.person_id == person.c.id)
        .outerjoin(org, events.c.org_id == org.c.id)
        .outerjoin(to, events.c.to_org_id == to.c.id)
        .order_by(events.c.sort_date.is_(None), events.c.sort_date, person.c.name,
                  events.c.kind.desc(), events.c.id)
    )
    return query


def _event_row(row: Any, sort_date: bool = False) -> dict[str, Any]:
    """An event as the queries answer it; with `sort_date`, also where it stands in time (the
    stored `events.sort_date`, see resolve.Event.sort_date; "" before every date: a background
    fact, or neither a date nor a report date known), for the queries that order events
    themselves (flows) and never show it."""
    out: dict[str, Any] = {
        "id": row.id, "when": row.when, "kind": row.kind, "action": row.action,
        "person": row.person_name, "org": row.org_name, "role": row.role,
        "interim": bool(row.interim), "status": row.status, "disputed": bool(row.disputed),
        "to": row.to_name, "reason": row.reason, "sources": json.loads(row.sources),
        "n_sources": row.n_sources, "n_articles": row.n_articles, "n_mentions": row.n_mentions,
        "first_reported": row.first_reported, "last_reported": row.last_reported,
        "background": bool(row.background), "person_id": row.person_id, "org_id": row.org_id,
        "to_org_id": row.to_org_id,
    }
    if sort_date:
        out["sort_date"] = row.sort_date or ""
    return out


def evidence_of(conn: sa.Connection, event_ids: Sequence[str]) -> dict[str, list[dict]]:
    """event id → what each report says: the article, its status, and the sentence."""
    out: dict[str, list[dict]] = defaultdict(list)
    for i in range(0, len(event_ids), 500):
        query = (
            sa.select(mentions.c.event_id, mentions.c.status,
                      articles.c.id.label("article_id"), articles.c.ref,
                      articles.c.url, articles.c.outlet, articles.c.published, articles.c.lang,
                      evidence.c.sentence, evidence.c.trigger, evidence.c.start_char,
                      evidence.c.end_char)
            .join(articles, mentions.c.article_id == articles.c.id)
            .join(evidence, evidence.c.mention_id == mentions.c.id)
            .where(mentions.c.event_id.in_(event_ids[i : i + 500]))
            .order_by(mentions.c.event_id, articles.c.published.is_(None), articles.c.published,
                      articles.c.id, mentions.c.position, evidence.c.position)
        )
        for r in conn.execute(query):
            out[r.event_id].append({
                "article": r.ref or r.article_id, "url": r.url, "outlet": r.outlet,
                "published": r.published, "lang": r.lang, "status": r.status,
                "sentence": r.sentence, "trigger": r.trigger, "start": r.start_char,
                "end": r.end_char,
            })
    return {event: _unique(found) for event, found in out.items()}


def _select_events(store: Store, query: sa.Select, with_evidence: bool,
                   limit: int | None = None, offset: int = 0,
                   sort_date: bool = False) -> list[dict[str, Any]]:
    if limit is not None:
        query = query.limit(limit)
    if offset:
        query = query.offset(offset)
    with store.read() as conn:
        rows = [_event_row(r, sort_date) for r in conn.execute(query)]
        if with_evidence:
            found = evidence_of(conn, [r["id"] for r in rows])
            for r in rows:
                r["evidence"] = found.get(r["id"], [])
    return rows


def events_answer(
    store: Store,
    *,
    since: str | None = None,
    until: str | None = None,
    kind: str | None = None,
    action: str | None = None,
    status: str | None = None,
    lang: str | None = None,
    org: str | None = None,
    person: str | None = None,
    org_id: str | None = None,
    person_id: str | None = None,
    evidence: bool = False,
    limit: int | None = None,
    offset: int = 0,
) -> Answer:
    """Every event, filtered: dates (`since`/`until`, ISO prefixes, on the event's date, else
    its first report), kind, action, status, language of a report, organization, person (by
    name, or by id with `org_id` / `person_id`). With `limit` or `offset`, one page of the
    rows, and `total` says how many match."""
    query = _event_query()
    title = ["events"]
    if since:
        query = query.where(events.c.sort_date >= since)
        title.append(f"since {since}")
    if until:
        # "until 2024-06" keeps 2024-06-30: compare at the bound's precision
        query = query.where(sa.func.substr(events.c.sort_date, 1, len(until)) <= until)
        title.append(f"until {until}")
    for column, value in ((events.c.kind, kind), (events.c.action, action),
                          (events.c.status, status)):
        if value:
            query = query.where(column == value)
            title.append(f"{column.name} {value}")
    if lang:
        reported_in = (sa.select(mentions.c.event_id)
                       .join(articles, mentions.c.article_id == articles.c.id)
                       .where(articles.c.lang == lang))
        query = query.where(events.c.id.in_(reported_in))
        title.append(f"in {lang}")
    with store.read() as conn:
        if org:
            query = query.where(at_org(conn, org))
            title.append(f"at {org}")
        if person:
            query = query.where(events.c.person_id.in_(find_persons(conn, person)))
            title.append(f"of {person}")
        if org_id:
            query = query.where(at_orgs(conn, [org_id]))
            title.append(f"at organization {org_id}")
        if person_id:
            query = query.where(events.c.person_id == person_id)
            title.append(f"of person {person_id}")
        total = None
        if limit is not None or offset:
            # every filter is on `events`: count there, without the joins and the sort
            count = sa.select(sa.func.count()).select_from(events)
            if query.whereclause is not None:
                count = count.where(query.whereclause)
            total = conn.scalar(count)
    rows = _select_events(store, query, evidence, limit, offset)
    return Answer(", ".join(title), EVENT_COLUMNS, rows, total)


def timeline(store: Store, org: str, *, since: str | None = None, until: str | None = None,
             evidence: bool = False) -> Answer:
    """Arrivals (`start`) and departures (`end`) at an organization, in date order."""
    with store.read() as conn:
        ids = find_orgs(conn, org)
        names = conn.scalars(sa.select(orgs.c.name).where(orgs.c.id.in_(ids))).all()
    answer = events_answer(store, since=since, until=until, evidence=evidence, org=org)
    for row in answer.rows:
        row["movement"] = "arrival" if row["kind"] == "start" else "departure"
    label = ", ".join(sorted(names)) or f"{org} (unknown organization)"
    return Answer(f"timeline of {label}", ("movement", *EVENT_COLUMNS), answer.rows)


def person(store: Store, name: str, *, evidence: bool = False) -> Answer:
    """A person's career path: every change of position, in date order."""
    with store.read() as conn:
        ids = find_persons(conn, name)
        names = conn.scalars(sa.select(persons.c.name).where(persons.c.id.in_(ids))).all()
    query = _event_query()
    rows = _select_events(store, query.where(events.c.person_id.in_(ids)), evidence)
    label = ", ".join(sorted(names)) or f"{name} (unknown person)"
    return Answer(f"career of {label}", EVENT_COLUMNS, rows)


def flows(store: Store, from_org: str | None = None, to_org: str | None = None, *,
          since: str | None = None, until: str | None = None, evidence: bool = False) -> Answer:
    """Who went where: a departure from one organization followed by an arrival at another.

    The destination is the departure's `to` when a report gives it, else an arrival of the same
    person reported by the same article, or dated up to FLOW_WINDOW_DAYS after the departure
    (a denied arrival only when the departure names it). The flow's status is the arrival's.
    `since` / `until` keep the moves dated in that period (the departure's date, else its
    first report), as `events` does.
    """
    query = _event_query()
    with store.read() as conn:
        leaving = _event_ids(conn, from_org)
        arriving = _event_ids(conn, to_org)
        to_ids = set(find_orgs(conn, to_org)) if to_org else None
        # only the careers that can hold a wanted move: far fewer rows on a large base
        if from_org:
            query = query.where(events.c.person_id.in_(_people_where(at_org(conn, from_org))))
        if to_org:
            query = query.where(events.c.person_id.in_(_people_where(sa.or_(
                at_org(conn, to_org), events.c.to_org_id.in_(to_ids or [])))))
        if since or until:
            # a move's date is its departure's when there is one: departures in the period,
            # or undated ones (the arrival may date the move)
            dated = [events.c.sort_date >= since] if since else []
            if until:
                dated.append(sa.func.substr(events.c.sort_date, 1, len(until)) <= until)
            query = query.where(events.c.person_id.in_(_people_where(sa.and_(
                events.c.kind == "end", sa.or_(events.c.when.is_(None), sa.and_(*dated))))))
    rows = _select_events(store, query, evidence, sort_date=True)
    with store.read() as conn:
        shared = _articles_of(conn, [r["id"] for r in rows])
    by_person: dict[str, list[dict]] = defaultdict(list)
    for r in rows:
        by_person[r["person_id"]].append(r)
    out: list[dict[str, Any]] = []
    for pid in sorted(by_person):
        career = by_person[pid]
        for end in (e for e in career if e["kind"] == "end" and e["org_id"]):
            if leaving is not None and end["id"] not in leaving:
                continue
            targets: dict[str, dict | None] = {}
            if end["to_org_id"] and end["to_org_id"] != end["org_id"]:
                targets[end["to_org_id"]] = None
            for start in career:
                if start["kind"] != "start" or not start["org_id"]:
                    continue
                # the arrival a departure's `to` names, whatever its status; else one that
                # follows it, unless denied
                named = start["org_id"] in targets
                continues = start["status"] != "denied" and not _founded_before(
                    start, end, career) and (
                    shared[start["id"]] & shared[end["id"]] or _follows(end, start))
                if (named or continues) and start["org_id"] != end["org_id"] and not targets.get(
                        start["org_id"]):
                    targets[start["org_id"]] = start
            for target, start in targets.items():
                wanted = arriving is None or (start is not None and start["id"] in arriving) or (
                    to_ids is not None and target in to_ids)
                if wanted:
                    out.append(_flow_row(end, start, target))
    if since or until:
        dated = {r["id"]: r["sort_date"] for r in rows}
        out = [f for f in out if in_period(f["when"] or dated[f["end_event"]], since, until)]
    out.sort(key=lambda f: (f["when"] is None, f["when"] or "", f["person"], f["to_org"] or ""))
    title = "flows" + (f" from {from_org}" if from_org else "") + (
        f" to {to_org}" if to_org else "") + (f" since {since}" if since else "") + (
        f" until {until}" if until else "")
    return Answer(title, FLOW_COLUMNS, out)


def in_period(date: str | None, since: str | None, until: str | None) -> bool:
    """An ISO date (prefix) is within [since, until], compared as `events` does: "until 2024-06"
    keeps 2024-06-30. An undated row is in no period."""
    if not since and not until:
        return True
    if not date:
        return False
    return (not since or date >= since) and (not until or date[: len(until)] <= until)


def _people_where(condition: sa.ColumnElement[bool]) -> sa.Select:
    # its own FROM events, not correlated with the outer query on the same table
    return sa.select(events.c.person_id).where(condition).correlate(None)


def _event_ids(conn: sa.Connection, org: str | None) -> set[str] | None:
    if not org:
        return None
    return set(conn.scalars(sa.select(events.c.id).where(at_org(conn, org))))


def _founded_before(start: dict, end: dict, career: list[dict]) -> bool:
    """A founding of an organization the person left before this departure ("an OpenAI
    co-founder who joined Anthropic, left Anthropic"): a past the article recalls, never where
    the departure led."""
    if start["action"] != "found":
        return False
    left_at = end["sort_date"]
    return any(e["kind"] == "end" and e["org_id"] == start["org_id"] and e["id"] != end["id"]
               and e["sort_date"] < left_at for e in career)


def _follows(end: dict, start: dict) -> bool:
    a, b = end["sort_date"], start["sort_date"]
    if not a or not b:
        return False
    ia, ib = resolve.interval(a), resolve.interval(b)
    if ia is None or ib is None:
        return False
    days = (ib[1] - ia[0]).days
    return -resolve.DATE_TOLERANCE_DAYS <= days <= FLOW_WINDOW_DAYS + resolve.DATE_TOLERANCE_DAYS


def _articles_of(conn: sa.Connection, event_ids: Sequence[str]) -> dict[str, set[str]]:
    out: dict[str, set[str]] = defaultdict(set)
    for i in range(0, len(event_ids), 500):
        query = (sa.select(mentions.c.event_id, mentions.c.article_id)
                 .where(mentions.c.event_id.in_(event_ids[i : i + 500])))
        for eid, aid in conn.execute(query):
            out[eid].add(aid)
    return out


def _flow_row(end: dict, start: dict | None, target: str) -> dict[str, Any]:
    to_name = start["org"] if start else end["to"]
    sources = list(dict.fromkeys(end["sources"] + (start["sources"] if start else [])))
    row = {
        "person": end["person"], "from_org": end["org"], "to_org": to_name,
        "when": end["when"] or (start["when"] if start else None),
        # the arrival's status when there is one: a rumored move is a rumor
        "status": start["status"] if start else end["status"],
        "sources": sources,
        "n_sources": max(end["n_sources"], start["n_sources"] if start else 0),
        "end_event": end["id"], "start_event": start["id"] if start else None,
        "person_id": end["person_id"], "from_org_id": end["org_id"], "to_org_id": target,
    }
    if "evidence" in end:
        row["evidence"] = _unique(end["evidence"] + (start["evidence"] if start else []))
    return row


def _unique(found: list[dict]) -> list[dict]:
    """Evidence without repeats: two reports of one article may cite the same sentence."""
    seen: set[tuple] = set()
    kept = []
    for e in found:
        key = (e["article"], e["start"], e["end"], e["status"])
        if key not in seen:
            seen.add(key)
            kept.append(e)
    return kept


# --- one item by id, and search: what the web UI asks ---------------------------------------


def event(store: Store, event_id: str) -> dict[str, Any] | None:
    """One event (the columns of `events`) with `reports`: what each article says about it,
    with its own fields, status and evidence, oldest first. None for an unknown id."""
    query = _event_query()
    rows = _select_events(store, query.where(events.c.id == event_id), False)
    if not rows:
        return None
    with store.read() as conn:
        rows[0]["reports"] = _reports(conn, mentions.c.event_id == event_id)
    return rows[0]


def article(store: Store, article_id: str) -> dict[str, Any] | None:
    """One stored article: its metadata, its full text, and `reports` (the mentions extracted
    from it, each with the id of the event it was merged into). None for an unknown id."""
    columns = [c for c in articles.c if c.name not in ("signature",)]
    with store.read() as conn:
        row = conn.execute(sa.select(*columns).where(articles.c.id == article_id)).first()
        if row is None:
            return None
        out = dict(row._mapping)
        out["reports"] = _reports(conn, mentions.c.article_id == article_id)
    return out


def _reports(conn: sa.Connection, where: sa.ColumnElement[bool]) -> list[dict[str, Any]]:
    """Mentions with their article and evidence. Evidence offsets (sentence and trigger) are
    character offsets into the article's text."""
    query = (
        sa.select(mentions, articles.c.ref, articles.c.title, articles.c.url,
                  articles.c.outlet, articles.c.published, articles.c.lang)
        .join(articles, mentions.c.article_id == articles.c.id)
        .where(where)
        .order_by(articles.c.published.is_(None), articles.c.published, articles.c.id,
                  mentions.c.position)
    )
    out: dict[str, dict[str, Any]] = {}
    for r in conn.execute(query):
        out[r.id] = {
            "mention_id": r.id, "event_id": r.event_id, "article_id": r.article_id,
            "article_ref": r.ref, "title": r.title, "url": r.url, "outlet": r.outlet,
            "published": r.published, "lang": r.lang, **mention_dict(r), "evidence": [],
        }
    ids = list(out)
    for i in range(0, len(ids), 500):
        query = (sa.select(evidence).where(evidence.c.mention_id.in_(ids[i : i + 500]))
                 .order_by(evidence.c.mention_id, evidence.c.position))
        for e in conn.execute(query):
            out[e.mention_id]["evidence"].append({
                "sentence": e.sentence, "start": e.start_char, "end": e.end_char,
                "trigger": e.trigger, "trigger_start": e.trigger_start,
                "trigger_end": e.trigger_end,
            })
    return list(out.values())


def org(store: Store, oid: str) -> dict[str, Any] | None:
    """One organization: name, the names it is reported under, and its counts of arrivals and
    departures (as `events` counts them). None for an unknown id."""
    with store.read() as conn:
        row = conn.execute(sa.select(orgs).where(orgs.c.id == oid)).first()
        if row is None:
            return None
        aliases = conn.scalars(sa.select(org_aliases.c.alias)
                               .where(org_aliases.c.org_id == oid)
                               .order_by(org_aliases.c.n.desc(), org_aliases.c.alias)).all()
        kinds = dict(conn.execute(sa.select(events.c.kind, sa.func.count())
                                  .where(at_orgs(conn, [oid])).group_by(events.c.kind)).all())
    return {"id": row.id, "name": row.name, "aliases": list(aliases),
            "n_arrivals": kinds.get("start", 0), "n_departures": kinds.get("end", 0)}


def person_profile(store: Store, person_id: str) -> dict[str, Any] | None:
    """One person: name and the names the articles use. None for an unknown id."""
    with store.read() as conn:
        row = conn.execute(sa.select(persons).where(persons.c.id == person_id)).first()
        if row is None:
            return None
        aliases = conn.scalars(sa.select(person_aliases.c.alias)
                               .where(person_aliases.c.person_id == person_id)
                               .order_by(person_aliases.c.n.desc(),
                                         person_aliases.c.alias)).all()
    return {"id": row.id, "name": row.name, "aliases": list(aliases)}


def search(store: Store, text: str, limit: int = 10) -> dict[str, list[dict[str, Any]]]:
    """People and organizations whose names contain `text`, accent- and case-insensitively
    ("murat" finds Mira Murati, "societe gen" Société Générale): names starting with it
    first, then those with a word starting with it, then the most reported."""
    out: dict[str, list[dict[str, Any]]] = {"persons": [], "orgs": []}
    pkey = resolve.person_key(text)
    okey = resolve.org_key(text)
    with store.read() as conn:
        if pkey.strip():
            n = _event_counts(events.c.person_id)
            via_alias = (sa.select(person_aliases.c.person_id)
                         .where(person_aliases.c.key.contains(pkey, autoescape=True)))
            query = (
                sa.select(persons.c.id, persons.c.name, sa.func.coalesce(n.c.n, 0).label("n"))
                .outerjoin(n, n.c.id == persons.c.id)
                .where(sa.or_(persons.c.key.contains(pkey, autoescape=True),
                              persons.c.id.in_(via_alias)))
                .order_by(_match_rank(persons.c.key, pkey), sa.desc("n"), persons.c.name)
                .limit(limit)
            )
            out["persons"] = [{"id": r.id, "name": r.name, "n_events": r.n}
                              for r in conn.execute(query)]
        if okey:
            n = _event_counts(events.c.org_id)
            query = (
                sa.select(orgs.c.id, orgs.c.name, sa.func.coalesce(n.c.n, 0).label("n"))
                .outerjoin(n, n.c.id == orgs.c.id)
                .where(orgs.c.key.contains(okey, autoescape=True))
                .order_by(_match_rank(orgs.c.key, okey), sa.desc("n"), orgs.c.name)
                .limit(limit)
            )
            out["orgs"] = [{"id": r.id, "name": r.name, "n_events": r.n}
                           for r in conn.execute(query)]
    return out


def _event_counts(column: sa.Column) -> sa.Subquery:
    return (sa.select(column.label("id"), sa.func.count().label("n"))
            .group_by(column).subquery())


def _match_rank(column: sa.Column, key: str) -> sa.Case:
    return sa.case((column.startswith(key, autoescape=True), 0),
                   (column.contains(" " + key, autoescape=True), 1), else_=2)


# --- export -----------------------------------------------------------------------------------


def export(answer: Answer, fmt: str, out: IO[str] | IO[bytes] | str | Path) -> int:
    """Write an answer's rows as JSON lines, CSV (lists as JSON) or Parquet; returns the row
    count. Parquet needs a file path or a binary stream."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r}; use one of {', '.join(FORMATS)}")
    if fmt == "parquet":
        frame = answer.to_dataframe()
        frame.to_parquet(out, index=False)
        return len(frame)
    with _text_stream(out) as stream:
        if fmt == "jsonl":
            for row in answer.rows:
                stream.write(json.dumps(row, ensure_ascii=False) + "\n")
        else:
            columns = list(answer.columns) + (
                ["evidence"] if any("evidence" in r for r in answer.rows) else [])
            writer = csv.DictWriter(stream, fieldnames=columns, extrasaction="ignore")
            writer.writeheader()
            for row in answer.rows:
                writer.writerow({k: _csv_value(row.get(k)) for k in columns})
    return len(answer.rows)


def _csv_value(value: Any) -> Any:
    if isinstance(value, list | dict):
        return json.dumps(value, ensure_ascii=False)
    return value


@contextmanager
def _text_stream(out: Any) -> Iterator[IO[str]]:
    """A path opened for writing, or a stream passed through (and left open)."""
    if isinstance(out, str | Path):
        with open(out, "w", encoding="utf-8", newline="") as stream:
            yield stream
    elif isinstance(out, io.BufferedIOBase | io.RawIOBase):
        wrapper = io.TextIOWrapper(out, encoding="utf-8", newline="")
        yield wrapper
        wrapper.flush()
        wrapper.detach()
    else:
        yield out
