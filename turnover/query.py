"""The query stage: questions to the knowledge base, answered as rows with their sources.

`timeline` (arrivals and departures at an organization), `person` (a career path), `flows`
(who went where), `events` (every event, filtered) and `export` (jsonl, csv, parquet). Each
returns an `Answer`: plain dict rows, a title, and `to_dataframe()`. With `evidence=True` each
row carries the sentences behind it: one entry per article that reports it, with that article's
status, so a denial shows next to the reports it contradicts.
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
    "last_reported", "person_id", "org_id", "to_org_id",
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
    keys = set(conn.scalars(sa.select(orgs.c.key).where(orgs.c.id.in_(find_orgs(conn, name)))))
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


def _event_row(row: Any) -> dict[str, Any]:
    return {
        "id": row.id, "when": row.when, "kind": row.kind, "action": row.action,
        "person": row.person_name, "org": row.org_name, "role": row.role,
        "interim": bool(row.interim), "status": row.status, "disputed": bool(row.disputed),
        "to": row.to_name, "reason": row.reason, "sources": json.loads(row.sources),
        "n_sources": row.n_sources, "n_articles": row.n_articles, "n_mentions": row.n_mentions,
        "first_reported": row.first_reported, "last_reported": row.last_reported,
        "person_id": row.person_id, "org_id": row.org_id, "to_org_id": row.to_org_id,
    }


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
                   limit: int | None = None) -> list[dict[str, Any]]:
    if limit is not None:
        query = query.limit(limit)
    with store.read() as conn:
        rows = [_event_row(r) for r in conn.execute(query)]
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
    evidence: bool = False,
    limit: int | None = None,
) -> Answer:
    """Every event, filtered: dates (`since`/`until`, ISO prefixes, on the event's date, else
    its first report), kind, action, status, language of a report, organization, person."""
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
    rows = _select_events(store, query, evidence, limit)
    return Answer(", ".join(title), EVENT_COLUMNS, rows)


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
          evidence: bool = False) -> Answer:
    """Who went where: a departure from one organization followed by an arrival at another.

    The destination is the departure's `to` when a report gives it, else an arrival of the same
    person reported by the same article, or dated up to FLOW_WINDOW_DAYS after the departure
    (a denied arrival only when the departure names it). The flow's status is the arrival's.
    """
    query = _event_query()
    rows = _select_events(store, query, evidence)
    with store.read() as conn:
        shared = _articles_of(conn, [r["id"] for r in rows])
        leaving = _event_ids(conn, from_org)
        arriving = _event_ids(conn, to_org)
        to_ids = set(find_orgs(conn, to_org)) if to_org else None
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
                continues = start["status"] != "denied" and (
                    shared[start["id"]] & shared[end["id"]] or _follows(end, start))
                if (named or continues) and start["org_id"] != end["org_id"] and not targets.get(
                        start["org_id"]):
                    targets[start["org_id"]] = start
            for target, start in targets.items():
                wanted = arriving is None or (start is not None and start["id"] in arriving) or (
                    to_ids is not None and target in to_ids)
                if wanted:
                    out.append(_flow_row(end, start, target))
    out.sort(key=lambda f: (f["when"] is None, f["when"] or "", f["person"], f["to_org"] or ""))
    title = "flows" + (f" from {from_org}" if from_org else "") + (
        f" to {to_org}" if to_org else "")
    return Answer(title, FLOW_COLUMNS, out)


def _event_ids(conn: sa.Connection, org: str | None) -> set[str] | None:
    if not org:
        return None
    return set(conn.scalars(sa.select(events.c.id).where(at_org(conn, org))))


def _follows(end: dict, start: dict) -> bool:
    a, b = end["when"] or end["first_reported"], start["when"] or start["first_reported"]
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
