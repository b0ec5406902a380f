"""The store stage: the knowledge base in SQLite (a file, the default) or PostgreSQL.

One schema (SQLAlchemy Core), versioned by `turnover.migrations`:
- `articles` (id = content hash, so an article is stored once however often it is ingested),
  with its MinHash signature, `article_bands` (to find near-duplicates) and `copy_of` (the
  smallest id among its near-duplicates: syndicated copies count as one source);
- `mentions` (what one article says: the EVENTS.md fields) and their `evidence`;
- `persons` / `person_aliases`, `orgs` / `org_aliases` and `events`, all derived by
  `turnover.resolve` from the mentions.

Writes go in batches, one transaction each: a batch's articles, mentions and everything derived
from them are committed together or not at all, so an interrupted ingest leaves whole articles
only, and a rerun skips them. Derived rows are rebuilt per surname *block* from the block's
mentions and carry ids derived from content, so the database depends only on which articles it
holds, not on the order or the batches they came in.
"""

from __future__ import annotations

import json
import os
import sqlite3
import time
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from turnover import migrations, resolve
from turnover.model import Article, Mention

DB_ENV = "TURNOVER_DB"
DEFAULT_DB = "turnover.db"  # in the current directory
CHUNK = 500  # ids per IN (...) clause
WRITE_LOCK = 0x7475726E  # PostgreSQL advisory lock held by a writing transaction ("turn")
BUSY_TIMEOUT_S = 60  # how long a SQLite writer waits for another one

metadata = sa.MetaData()


def _id(name: str, *args: Any, **kw: Any) -> sa.Column:
    return sa.Column(name, sa.String(64), *args, **kw)


articles = sa.Table(
    "articles", metadata,
    _id("id", primary_key=True),  # SHA-256 of the text
    sa.Column("ref", sa.Text),  # the input's own id (JSONL id, file path)
    sa.Column("url", sa.Text),
    sa.Column("outlet", sa.Text),
    sa.Column("title", sa.Text),
    sa.Column("published", sa.String(10)),
    sa.Column("lang", sa.String(8)),
    sa.Column("text", sa.Text, nullable=False),
    sa.Column("signature", sa.Text, nullable=False),  # MinHash, hex
    _id("copy_of", nullable=False, index=True),  # near-duplicate group: its smallest article id
    sa.Column("n_mentions", sa.Integer, nullable=False),
)
article_bands = sa.Table(
    "article_bands", metadata,
    sa.Column("band", sa.String(40), primary_key=True),
    _id("article_id", sa.ForeignKey("articles.id"), primary_key=True),
)
mentions = sa.Table(
    "mentions", metadata,
    _id("id", primary_key=True),
    _id("article_id", sa.ForeignKey("articles.id"), nullable=False, index=True),
    sa.Column("position", sa.Integer, nullable=False),  # order in the article's extraction
    sa.Column("person", sa.Text, nullable=False),
    sa.Column("kind", sa.String(8), nullable=False),
    sa.Column("action", sa.String(16), nullable=False),
    sa.Column("org", sa.Text),
    sa.Column("role", sa.Text),
    sa.Column("interim", sa.Boolean, nullable=False),
    sa.Column("when", sa.String(10)),
    sa.Column("status", sa.String(10), nullable=False),
    sa.Column("to_org", sa.Text),
    sa.Column("reason", sa.Text),
    sa.Column("sources", sa.Text, nullable=False),  # JSON list
    sa.Column("confidence", sa.Float, nullable=False),
    sa.Column("background", sa.Boolean, nullable=False, server_default=sa.false()),
    sa.Column("block", sa.Text, nullable=False, index=True),  # surname: the unit of resolution
    sa.Column("org_key", sa.Text, nullable=False, index=True),
    sa.Column("to_key", sa.Text, nullable=False, index=True),
    _id("person_id", index=True),
    _id("event_id", index=True),
)
evidence = sa.Table(
    "evidence", metadata,
    _id("mention_id", sa.ForeignKey("mentions.id"), primary_key=True),
    sa.Column("position", sa.Integer, primary_key=True, autoincrement=False),
    sa.Column("sentence", sa.Text, nullable=False),
    sa.Column("start_char", sa.Integer, nullable=False),  # offsets into articles.text
    sa.Column("end_char", sa.Integer, nullable=False),
    sa.Column("trigger", sa.Text, nullable=False),
    sa.Column("trigger_start", sa.Integer, nullable=False),
    sa.Column("trigger_end", sa.Integer, nullable=False),
)
persons = sa.Table(
    "persons", metadata,
    _id("id", primary_key=True),
    sa.Column("key", sa.Text, nullable=False, unique=True),
    sa.Column("name", sa.Text, nullable=False),
    sa.Column("block", sa.Text, nullable=False, index=True),
)
person_aliases = sa.Table(
    "person_aliases", metadata,
    _id("person_id", primary_key=True),
    sa.Column("alias", sa.Text, primary_key=True),
    sa.Column("key", sa.Text, nullable=False, index=True),
    sa.Column("n", sa.Integer, nullable=False),
)
orgs = sa.Table(
    "orgs", metadata,
    _id("id", primary_key=True),
    sa.Column("key", sa.Text, nullable=False, unique=True),
    sa.Column("name", sa.Text, nullable=False),
)
org_aliases = sa.Table(
    "org_aliases", metadata,
    _id("org_id", primary_key=True),
    sa.Column("alias", sa.Text, primary_key=True),
    sa.Column("n", sa.Integer, nullable=False),
)
events = sa.Table(
    "events", metadata,
    _id("id", primary_key=True),
    sa.Column("block", sa.Text, nullable=False, index=True),
    _id("person_id", nullable=False, index=True),
    sa.Column("kind", sa.String(8), nullable=False),
    sa.Column("action", sa.String(16), nullable=False),
    _id("org_id", index=True),
    _id("to_org_id", index=True),
    sa.Column("role", sa.Text),
    sa.Column("interim", sa.Boolean, nullable=False),
    sa.Column("when", sa.String(10)),
    sa.Column("status", sa.String(10), nullable=False),
    sa.Column("disputed", sa.Boolean, nullable=False),
    sa.Column("reason", sa.Text),
    sa.Column("sources", sa.Text, nullable=False),  # JSON list
    sa.Column("n_mentions", sa.Integer, nullable=False),
    sa.Column("n_articles", sa.Integer, nullable=False),
    sa.Column("n_sources", sa.Integer, nullable=False),
    sa.Column("first_reported", sa.String(10)),
    sa.Column("last_reported", sa.String(10)),
    sa.Column("sort_date", sa.String(10), index=True),  # see resolve.Event.sort_date
    sa.Column("background", sa.Boolean, nullable=False, server_default=sa.false()),
)


def database_url(db: str | os.PathLike[str] | None = None) -> str:
    """The SQLAlchemy URL of a --db value: a URL as is (postgresql://... uses psycopg), a path
    as a SQLite file. Without a value: $TURNOVER_DB, else `turnover.db` in the current
    directory."""
    value = os.fspath(db) if db is not None else os.environ.get(DB_ENV) or DEFAULT_DB
    if "://" not in value:
        return f"sqlite:///{Path(value).expanduser().resolve()}"
    scheme, rest = value.split("://", 1)
    if scheme in ("postgresql", "postgres"):
        return f"postgresql+psycopg://{rest}"
    return value


@dataclass
class BatchResult:
    stored: int = 0  # articles
    mentions: int = 0
    mention_ids: list[str] = field(default_factory=list)
    article_ids: list[str] = field(default_factory=list)  # those stored by this batch


class Store:
    """A knowledge base: open (creating or migrating its schema), write batches, read."""

    def __init__(self, db: str | os.PathLike[str] | None = None) -> None:
        self.url = database_url(db)
        url = sa.make_url(self.url)
        self.is_sqlite = url.get_backend_name() == "sqlite"
        if self.is_sqlite and url.database:
            folder = Path(url.database).parent
            if not folder.is_dir():
                raise FileNotFoundError(
                    f"cannot create the database {url.database}: folder {folder} does not "
                    "exist; create it or pass another --db"
                )
        self.engine = sa.create_engine(self.url)
        if self.is_sqlite:
            _sqlite_transactions(self.engine)
        self._writer = self.engine.execution_options(turnover_write=True)
        try:
            # as a writer: two processes opening a new database create its schema once
            migrations.migrate(self._writer, metadata)
        except sa.exc.OperationalError as error:
            self.engine.dispose()
            raise ConnectionError(
                f"cannot open the knowledge base at {self.display_url}: {error.orig}; check "
                f"--db or ${DB_ENV}"
            ) from None

    @property
    def display_url(self) -> str:
        """The URL without its password."""
        return sa.make_url(self.url).render_as_string(hide_password=True)

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def read(self) -> Iterator[sa.Connection]:
        with self.engine.connect() as conn:
            yield conn

    # -- writing ---------------------------------------------------------------------------

    def known(self, ids: Iterable[str]) -> set[str]:
        """Which of these article ids are stored already."""
        found: set[str] = set()
        with self.read() as conn:
            for chunk in _chunks(sorted(set(ids))):
                found |= set(conn.scalars(sa.select(articles.c.id)
                                          .where(articles.c.id.in_(chunk))))
        return found

    def write(self, batch: Sequence[tuple[Article, list[Mention]]]) -> BatchResult:
        """Store articles with their mentions and update what is derived from them, in one
        transaction. Articles already stored are left as they are."""
        result = BatchResult()
        with self._writer.begin() as conn:
            if not self.is_sqlite:
                # one writer at a time, as SQLite's BEGIN IMMEDIATE does: two ingests would
                # otherwise rebuild the same derived rows at once
                conn.execute(sa.text("SELECT pg_advisory_xact_lock(:key)"), {"key": WRITE_LOCK})
            blocks: set[str] = set()
            org_keys: set[str] = set()
            for article, found in batch:
                if conn.scalar(sa.select(articles.c.id).where(articles.c.id == article.id)):
                    continue
                rows = _mention_rows(article, found)
                blocks |= self._insert_article(conn, article, len(rows))
                if rows:
                    conn.execute(mentions.insert(), rows)
                    ev = [e for m, row in zip(found, rows, strict=True)
                          for e in _evidence_rows(row["id"], m)]
                    if ev:
                        conn.execute(evidence.insert(), ev)
                result.stored += 1
                result.article_ids.append(article.id)
                result.mentions += len(rows)
                result.mention_ids += [r["id"] for r in rows]
                blocks |= {r["block"] for r in rows}
                org_keys |= {k for r in rows for k in (r["org_key"], r["to_key"]) if k}
            for block in sorted(blocks):
                self._rebuild_block(conn, block)
            for key in sorted(org_keys):
                self._rebuild_org(conn, key)
        return result

    def _insert_article(self, conn: sa.Connection, article: Article, n_mentions: int
                        ) -> set[str]:
        """Insert the article and join it to its near-duplicates; returns the blocks whose
        events must be rebuilt because their source counts changed."""
        signature = resolve.minhash(article.text)
        keys = resolve.bands(signature)
        candidates: set[str] = set()
        for chunk in _chunks(keys):
            candidates |= set(conn.scalars(sa.select(article_bands.c.article_id)
                                           .where(article_bands.c.band.in_(chunk))))
        groups: set[str] = set()
        for chunk in _chunks(sorted(candidates)):
            for row in conn.execute(sa.select(articles.c.signature, articles.c.copy_of)
                                    .where(articles.c.id.in_(chunk))):
                other = resolve.decode_signature(row.signature)
                if resolve.similarity(signature, other) >= resolve.SYNDICATED_MIN:
                    groups.add(row.copy_of)
        copy_of = min(groups | {article.id})
        conn.execute(articles.insert().values(
            id=article.id, ref=article.ref, url=article.url, outlet=article.outlet,
            title=article.title, published=article.published, lang=article.lang,
            text=article.text, signature=resolve.encode_signature(signature), copy_of=copy_of,
            n_mentions=n_mentions,
        ))
        conn.execute(article_bands.insert(), [{"band": b, "article_id": article.id}
                                              for b in sorted(set(keys))])
        changed = groups - {copy_of}
        if not changed:
            return set()
        # the groups merge under the smallest id; their events' source counts change
        conn.execute(articles.update().where(articles.c.copy_of.in_(changed))
                     .values(copy_of=copy_of))
        members = sa.select(articles.c.id).where(articles.c.copy_of == copy_of)
        return set(conn.scalars(sa.select(mentions.c.block).distinct()
                                .where(mentions.c.article_id.in_(members))))

    def _rebuild_block(self, conn: sa.Connection, block: str) -> None:
        """Recompute the people and events of one surname block from all its mentions."""
        query = (
            sa.select(mentions, articles.c.published, articles.c.outlet, articles.c.copy_of)
            .join(articles, mentions.c.article_id == articles.c.id)
            .where(mentions.c.block == block)
        )
        reports = [_report(row) for row in conn.execute(query)]
        resolution = resolve.resolve_block(reports)
        old_people = sa.select(persons.c.id).where(persons.c.block == block)
        conn.execute(person_aliases.delete().where(person_aliases.c.person_id.in_(old_people)))
        conn.execute(persons.delete().where(persons.c.block == block))
        conn.execute(events.delete().where(events.c.block == block))
        if not reports:
            return
        conn.execute(persons.insert(), [
            {"id": person_id(p.key), "key": p.key, "name": p.name, "block": block}
            for p in resolution.people
        ])
        conn.execute(person_aliases.insert(), [
            {"person_id": person_id(p.key), "alias": alias, "key": resolve.person_key(alias),
             "n": n}
            for p in resolution.people for alias, n in sorted(p.aliases.items())
        ])
        conn.execute(events.insert(), [_event_row(e, block) for e in resolution.events])
        conn.execute(
            mentions.update().where(mentions.c.id == sa.bindparam("mid"))
            .values(person_id=sa.bindparam("pid"), event_id=sa.bindparam("eid")),
            [{"mid": r.id, "pid": person_id(resolution.person_of[r.id]),
              "eid": resolution.event_of[r.id]} for r in reports],
        )

    def _rebuild_org(self, conn: sa.Connection, key: str) -> None:
        """Recompute an organization's aliases and name from the mentions that name it."""
        names: Counter[str] = Counter()
        for column, key_column in ((mentions.c.org, mentions.c.org_key),
                                   (mentions.c.to_org, mentions.c.to_key)):
            query = (sa.select(column, sa.func.count()).where(key_column == key)
                     .group_by(column))
            for name, n in conn.execute(query):
                names[name.strip()] += n
        oid = org_id(key)
        conn.execute(org_aliases.delete().where(org_aliases.c.org_id == oid))
        conn.execute(orgs.delete().where(orgs.c.id == oid))
        if not names:
            return
        name = min(names, key=lambda a: (-names[a], a.isupper(), -len(a), a))
        conn.execute(orgs.insert().values(id=oid, key=key, name=name))
        conn.execute(org_aliases.insert(), [{"org_id": oid, "alias": a, "n": n}
                                            for a, n in sorted(names.items())])

    # -- reading -----------------------------------------------------------------------------

    def counts(self) -> dict[str, int]:
        with self.read() as conn:
            return {t.name: conn.scalar(sa.select(sa.func.count()).select_from(t)) or 0
                    for t in (articles, mentions, events, persons, orgs)}

    def events_of(self, mention_ids: Sequence[str]) -> dict[str, tuple[str, int]]:
        """mention id → (its event id, how many mentions that event has)."""
        out: dict[str, tuple[str, int]] = {}
        with self.read() as conn:
            for chunk in _chunks(list(mention_ids)):
                query = (sa.select(mentions.c.id, events.c.id, events.c.n_mentions)
                         .join(events, mentions.c.event_id == events.c.id)
                         .where(mentions.c.id.in_(chunk)))
                out |= {mid: (eid, n) for mid, eid, n in conn.execute(query)}
        return out

    def mentions_by_ref(self, refs: Sequence[str]) -> dict[str, list[tuple[dict, str]]]:
        """For articles by their input id: their mentions (EVENTS.md dicts), in extraction
        order, each with the id of the event it was merged into."""
        out: dict[str, list[tuple[dict, str]]] = defaultdict(list)
        with self.read() as conn:
            for chunk in _chunks(list(refs)):
                query = (sa.select(mentions, articles.c.ref)
                         .join(articles, mentions.c.article_id == articles.c.id)
                         .where(articles.c.ref.in_(chunk))
                         .order_by(articles.c.ref, mentions.c.position))
                for row in conn.execute(query):
                    out[row.ref].append((mention_dict(row), row.event_id))
        return dict(out)

    def dump(self) -> dict[str, list[tuple]]:
        """Every row of every table, sorted: two knowledge bases with the same content give
        the same dump, whatever their backend."""
        out = {}
        with self.read() as conn:
            for table in [*metadata.sorted_tables, migrations.schema_version]:
                rows = conn.execute(sa.select(table)).all()
                out[table.name] = sorted((tuple(r) for r in rows), key=repr)
        return out

    def drop_all(self) -> None:
        """Remove every table turnover made (tests use it to reset a PostgreSQL database)."""
        with self._writer.begin() as conn:
            metadata.drop_all(conn)
            migrations.version_metadata.drop_all(conn)


def person_id(key: str) -> str:
    return resolve.stable_id("person", key)


def org_id(key: str) -> str:
    return resolve.stable_id("org", key)


def mention_id(article_id: str, position: int) -> str:
    return resolve.stable_id("mention", article_id, str(position))


def mention_dict(row: Any) -> dict[str, Any]:
    """A stored mention as an EVENTS.md event."""
    return {
        "person": row.person, "kind": row.kind, "action": row.action, "org": row.org,
        "role": row.role, "interim": bool(row.interim), "when": row.when,
        "status": row.status, "to": row.to_org, "reason": row.reason,
        "sources": json.loads(row.sources),
    }


def _mention_rows(article: Article, found: list[Mention]) -> list[dict[str, Any]]:
    rows = []
    for position, m in enumerate(found):
        key = resolve.person_key(m.person)
        rows.append({
            "id": mention_id(article.id, position), "article_id": article.id,
            "position": position, "person": m.person, "kind": m.kind, "action": m.action,
            "org": m.org, "role": m.role, "interim": bool(m.interim), "when": m.when,
            "status": m.status, "to_org": m.to, "reason": m.reason,
            "sources": json.dumps(list(m.sources), ensure_ascii=False),
            "confidence": float(m.confidence), "background": bool(m.background),
            "block": resolve.surname(key),
            "org_key": resolve.org_key(m.org), "to_key": resolve.org_key(m.to),
            "person_id": None, "event_id": None,
        })
    return rows


def _evidence_rows(mid: str, m: Mention) -> list[dict[str, Any]]:
    return [
        {"mention_id": mid, "position": i, "sentence": e.sentence, "start_char": e.start,
         "end_char": e.end, "trigger": e.trigger, "trigger_start": e.trigger_start,
         "trigger_end": e.trigger_end}
        for i, e in enumerate(m.evidence)
    ]


def _report(row: Any) -> resolve.Report:
    return resolve.Report(
        id=row.id, person=row.person, kind=row.kind, action=row.action, org=row.org,
        when=row.when, status=row.status, role=row.role, interim=bool(row.interim),
        to=row.to_org, reason=row.reason, sources=tuple(json.loads(row.sources)),
        article=row.article_id, published=row.published, outlet=row.outlet,
        copy_of=row.copy_of, background=bool(row.background),
    )


def _event_row(e: resolve.Event, block: str) -> dict[str, Any]:
    to_key = resolve.org_key(e.to)
    return {
        "id": e.id, "block": block, "person_id": person_id(e.person_key), "kind": e.kind,
        "action": e.action, "org_id": org_id(e.org_key) if e.org_key else None,
        "to_org_id": org_id(to_key) if to_key else None, "role": e.role,
        "interim": e.interim, "when": e.when, "status": e.status, "disputed": e.disputed,
        "reason": e.reason, "sources": json.dumps(e.sources, ensure_ascii=False),
        "n_mentions": len(e.reports), "n_articles": e.n_articles, "n_sources": e.n_sources,
        "first_reported": e.first_reported, "last_reported": e.last_reported,
        "sort_date": e.sort_date, "background": e.background,
    }


def _chunks(items: Sequence[str]) -> Iterator[list[str]]:
    for i in range(0, len(items), CHUNK):
        yield list(items[i : i + CHUNK])


def _sqlite_transactions(engine: sa.Engine) -> None:
    """Real transactions for SQLite: the driver's own handling starts them late and never for
    reads. Writers take the lock up front (BEGIN IMMEDIATE) so two ingests wait for each other
    instead of failing; WAL lets queries read while an ingest writes."""

    @sa.event.listens_for(engine, "connect")
    def _connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_S * 1000}")
        _set_wal(cursor)
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.close()

    @sa.event.listens_for(engine, "begin")
    def _begin(conn: sa.Connection) -> None:
        write = conn.get_execution_options().get("turnover_write")
        conn.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")


def _set_wal(cursor: sqlite3.Cursor) -> None:
    """Switch to WAL, waiting as long as the busy timeout: SQLite answers this pragma "database
    is locked" at once, without its busy handler, while another connection holds a write lock
    on the database still in rollback mode (two ingests opening one new database together)."""
    deadline = time.monotonic() + BUSY_TIMEOUT_S
    while True:
        try:
            cursor.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as error:
            if "locked" not in str(error) or time.monotonic() > deadline:
                raise
            time.sleep(0.05)
