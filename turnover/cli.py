"""Command-line interface: a thin mirror of turnover.api."""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime
from enum import StrEnum
from pathlib import Path
from typing import Annotated, TypeVar

import typer
from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    SpinnerColumn,
    TextColumn,
    TimeElapsedColumn,
)
from rich.table import Table

from turnover import api
from turnover.alerts import make_entry
from turnover.batch import CHUNK_SIZE, Summary
from turnover.evaluate import NEGATIVES
from turnover.fetch import FetchOptions
from turnover.migrations import SchemaError
from turnover.model import Article
from turnover.read import ReadError
from turnover.store import Store
from turnover.watch import WatchOptions

T = TypeVar("T")

app = typer.Typer(help="turnover: leadership changes extracted from the news, with sources.",
                  no_args_is_help=True, add_completion=False)
err = Console(stderr=True, soft_wrap=True)  # one line per message, never wrapped


class Format(StrEnum):
    jsonl = "jsonl"
    table = "table"


@app.command()
def extract(
    paths: Annotated[
        list[str], typer.Argument(help="Files, directories, JSONL(.gz) or - for stdin")
    ],
    lang: Annotated[str | None, typer.Option(help="Language of every input (fr, en); "
                                             "detected when left out")] = None,
    fmt: Annotated[Format, typer.Option("--format", help="jsonl or table")] = Format.jsonl,
    encoding: Annotated[
        str | None, typer.Option(help="Encoding of inputs that are not UTF-8")
    ] = None,
    evidence: Annotated[bool, typer.Option(help="Include evidence and confidence")] = True,
) -> None:
    """Print the leadership changes each article states: one JSON line per article."""
    skipped = 0

    def on_error(e: ReadError) -> None:
        nonlocal skipped
        skipped += e.skipped
        err.print(f"turnover: {e.line()}", markup=False, highlight=False)

    n_articles = n_events = 0
    try:
        articles = api.read(paths, lang=lang, on_error=on_error, encoding=encoding)
        for article, mentions in api.extract(articles):
            n_articles += 1
            n_events += len(mentions)
            if fmt is Format.jsonl:
                line = {"id": article.key, "events": [m.to_dict(evidence) for m in mentions]}
                sys.stdout.write(json.dumps(line, ensure_ascii=False) + "\n")
            else:
                _print_table(article.key, mentions)
    except ValueError as e:
        err.print(f"turnover: {e}", markup=False)
        raise typer.Exit(2) from None
    err.print(f"{n_articles} articles, {n_events} events, {skipped} inputs skipped",
              highlight=False)


def _print_table(key: str, mentions: list) -> None:
    table = Table(title=key, show_lines=False)
    for col in ("person", "kind", "action", "org", "role", "when", "status", "to", "sources"):
        table.add_column(col)
    for m in mentions:
        table.add_row(m.person, m.kind, m.action, m.org or "", m.role or "", m.when or "",
                      m.status, m.to or "", ", ".join(m.sources))
    Console().print(table)


class BatchFormat(StrEnum):
    jsonl = "jsonl"
    parquet = "parquet"
    kb = "kb"


class Engine(StrEnum):
    local = "local"
    dask = "dask"


@app.command()
def batch(
    inputs: Annotated[list[str], typer.Argument(
        help="JSONL, JSONL.gz or Parquet files (any file turnover reads), or directories")],
    out: Annotated[Path, typer.Option(help="Output folder: events/, manifest.jsonl")],
    fmt: Annotated[BatchFormat, typer.Option(
        "--format", help="jsonl or parquet files in OUT/events, or kb: into the --db "
        "knowledge base")] = BatchFormat.jsonl,
    db: Annotated[str | None, typer.Option(
        "--db", help="Knowledge base for --format kb: a SQLite file or a URL "
        "[default: $TURNOVER_DB, else ./turnover.db]", show_default=False)] = None,
    workers: Annotated[int, typer.Option(help="Worker processes (each loads the models once)")
                       ] = 1,
    engine: Annotated[Engine, typer.Option(help="local (processes) or dask (distributed)")
                      ] = Engine.local,
    scheduler: Annotated[str | None, typer.Option(
        help="Dask scheduler address (tcp://host:8786); a LocalCluster when left out")] = None,
    lang: Annotated[str | None, typer.Option(help="Language of every input (fr, en); "
                                             "detected when left out")] = None,
    encoding: Annotated[
        str | None, typer.Option(help="Encoding of inputs that are not UTF-8")
    ] = None,
    chunk_size: Annotated[int, typer.Option(help="Articles per task sent to a worker")
                          ] = CHUNK_SIZE,
    context: Annotated[int, typer.Option(
        help="Neighbour sentences read for their names on each side of a candidate sentence")] = 1,
    recycle: Annotated[int | None, typer.Option(
        help="Restart a local worker after this many tasks (caps memory on endless runs)")
    ] = None,
) -> None:
    """Extract events from large corpora into OUT, in parallel, one shard per input file.

    A rerun with the same OUT skips the shards already done and redoes an interrupted one.
    """

    def on_error(e: ReadError) -> None:
        err.print(f"turnover: {e.line()}", markup=False, highlight=False)

    bar = Progress(SpinnerColumn(), TextColumn("{task.description}"), BarColumn(),
                   MofNCompleteColumn(), TextColumn("shards"), TimeElapsedColumn(),
                   console=err, transient=True)
    task = bar.add_task("starting workers, loading models", total=None)

    def on_progress(done: Summary) -> None:
        bar.update(task, total=done.shards - done.shards_done_before, completed=done.shards_done,
                   description=f"{done.articles:,} articles, {done.events:,} events, "
                   f"{done.articles_per_s:,.1f} articles/s")

    try:
        with bar:
            summary = api.batch(inputs, out, fmt=fmt.value, workers=workers, engine=engine.value,
                                scheduler=scheduler, lang=lang, encoding=encoding,
                                on_error=on_error, chunk_size=chunk_size, context=context,
                                recycle=recycle, db=db, on_progress=on_progress)
    except (ValueError, ConnectionError, FileNotFoundError) as e:  # bad options or --db
        err.print(f"turnover: {e}", markup=False)
        raise typer.Exit(2) from None
    err.print(summary.line(), highlight=False)


@app.command("eval")
def eval_(
    gold: Annotated[Path, typer.Argument(help="Gold JSONL file (EVENTS.md format)")],
    pred: Annotated[Path | None, typer.Option(help="Score this prediction file instead of "
                                              "running the extractor")] = None,
    split: Annotated[
        str | None, typer.Option(help="Only documents of this split (dev, test)")
    ] = None,
    errors: Annotated[bool, typer.Option(help="List missed and spurious events")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print the report as JSON")] = False,
) -> None:
    """Precision / recall / F1 and attribute accuracy per language, as EVENTS.md specifies."""
    for what, path in (("gold", gold), ("prediction", pred)):
        if path is not None and not path.is_file():
            err.print(f"turnover: {what} file not found: {path}", markup=False, highlight=False)
            raise typer.Exit(2)
    try:
        report = api.evaluate(gold, pred, split=split)
    except (FileNotFoundError, ValueError) as e:
        err.print(f"turnover: {e}", markup=False)
        raise typer.Exit(2) from None
    if as_json:
        typer.echo(json.dumps(report.to_dict(), ensure_ascii=False, indent=2))
        return
    if errors:
        for line in report.errors():
            typer.echo(line)
    typer.echo(report.format())


@app.command("negatives")
def negatives_(
    names: Annotated[list[str] | None, typer.Argument(
        help=f"Negative sets ({', '.join(NEGATIVES)}; default all)")] = None,
    show: Annotated[int, typer.Option(help="Print this many of the events found, with their "
                                           "sentence")] = 0,
) -> None:
    """Events found on news unlikely to report a leadership change: probable false positives
    on articles nobody annotated."""
    for name in names or list(NEGATIVES):
        try:
            count = api.negatives(name)
        except (FileNotFoundError, ValueError) as e:
            err.print(f"turnover: {e}", markup=False)
            raise typer.Exit(2) from None
        typer.echo(count.line())
        for key, event in count.events[:show]:
            typer.echo(f"  {key}: {event['kind']}/{event['action']} {event['person']} @ "
                       f"{event['org'] or '-'}: {event['evidence'][0]['sentence'][:160]}")


def progress() -> Progress:
    return Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                    TimeElapsedColumn(), console=err, transient=True)


# --- knowledge base -----------------------------------------------------------------------------

DbOption = Annotated[
    str | None,
    typer.Option("--db", help="Knowledge base: a SQLite file or a URL such as "
                 "postgresql://user:pass@host/db [default: $TURNOVER_DB, else ./turnover.db]",
                 show_default=False),
]
EvidenceOption = Annotated[
    bool, typer.Option("--evidence", help="Show the sentences and articles behind each answer")
]
JsonOption = Annotated[bool, typer.Option("--json", help="One JSON object per line")]


def _fail(error: Exception) -> typer.Exit:
    err.print(f"turnover: {error}", markup=False, highlight=False)
    return typer.Exit(2)


@app.command()
def ingest(
    paths: Annotated[
        list[str], typer.Argument(help="Files, directories, JSONL(.gz), gold files or - for stdin")
    ],
    db: DbOption = None,
    lang: Annotated[str | None, typer.Option(help="Language of every input (fr, en); "
                                             "detected when left out")] = None,
    encoding: Annotated[
        str | None, typer.Option(help="Encoding of inputs that are not UTF-8")
    ] = None,
    batch_size: Annotated[int, typer.Option(min=1, help="Articles per transaction")] = 10,
) -> None:
    """Extract events from articles and merge them into the knowledge base (idempotent)."""
    def on_error(e: ReadError) -> None:
        err.print(f"turnover: {e.line()}", markup=False, highlight=False)

    try:
        store = api.open_kb(db)
    except (ConnectionError, SchemaError, FileNotFoundError) as e:
        raise _fail(e) from None
    try:
        with progress() as bar:
            task = bar.add_task("ingesting", total=None)

            def on_article(article: Article, outcome: str) -> None:
                bar.update(task, advance=1, description=f"ingesting {article.key[-40:]}")

            summary = api.ingest(paths, store, lang=lang, encoding=encoding, on_error=on_error,
                                 batch_size=batch_size, on_article=on_article)
    except ValueError as e:
        raise _fail(e) from None
    except KeyboardInterrupt:
        err.print("turnover: interrupted; the articles stored so far are kept, run the same "
                  "command again to go on", highlight=False)
        raise typer.Exit(130) from None
    finally:
        store.close()
    typer.echo(summary.format())


def _ask(ask: Callable[[Store], T], db: str | None) -> T:
    """Run a question of turnover.api on the --db knowledge base; a bad --db exits with 2."""
    try:
        store = api.open_kb(db)
    except (ConnectionError, SchemaError, FileNotFoundError) as e:
        raise _fail(e) from None
    try:
        return ask(store)
    finally:
        store.close()


def _show(answer: api.Answer, evidence: bool, as_json: bool) -> None:
    if as_json:
        for row in answer.rows:
            typer.echo(json.dumps(row, ensure_ascii=False))
        return
    typer.echo(f"{answer.title}: {len(answer)}")
    flows = "from_org" in answer.columns
    lines = [_flow_cells(r) if flows else _event_cells(r) for r in answer.rows]
    widths = [max((len(c[i]) for c in lines), default=0) for i in range(len(lines[0]))] \
        if lines else []
    for row, cells in zip(answer.rows, lines, strict=True):
        typer.echo("  ".join(c.ljust(w) for c, w in zip(cells, widths, strict=True)).rstrip())
        if evidence:
            for e in row.get("evidence", []):
                where = ", ".join(x for x in (e["article"], e["outlet"], e["published"]) if x)
                typer.echo(f"    [{e['status']}] {where}: {' '.join(e['sentence'].split())}")


def _cut(text: str | None, width: int = 32) -> str:
    text = text or "-"
    return text if len(text) <= width else text[: width - 1] + "…"


def _sources(row: dict) -> str:
    named = f": {', '.join(row['sources'])}" if row["sources"] else ""
    return f"{row['n_sources']} source{'s' if row['n_sources'] != 1 else ''}{named}"


def _event_cells(row: dict) -> list[str]:
    approx = "before " if row["background"] else "~"
    when = row["when"] or (approx + row["first_reported"] if row["first_reported"] else "?")
    status = row["status"] + (" (disputed)" if row["disputed"] else "")
    move = row.get("movement") or row["kind"]
    return [when, f"{move}/{row['action']}", _cut(row["person"]), _cut(row["org"]),
            _cut(row["role"]) + (" (interim)" if row["interim"] else ""), status,
            f"-> {row['to']}" if row["to"] else "", _sources(row)]


def _flow_cells(row: dict) -> list[str]:
    return [row["when"] or "?", _cut(row["person"]), f"{_cut(row['from_org'])} -> "
            f"{_cut(row['to_org'])}", row["status"], _sources(row)]


@app.command()
def timeline(
    org: Annotated[str, typer.Argument(help="Organization, e.g. OpenAI")],
    db: DbOption = None,
    since: Annotated[str | None, typer.Option(help="From this date (YYYY[-MM[-DD]])")] = None,
    until: Annotated[str | None, typer.Option(help="Up to this date (YYYY[-MM[-DD]])")] = None,
    evidence: EvidenceOption = False,
    as_json: JsonOption = False,
) -> None:
    """Arrivals and departures at an organization, in date order (~date: first reported)."""
    answer = _ask(lambda s: api.timeline(org, s, since=since, until=until, evidence=evidence),
                  db)
    _show(answer, evidence, as_json)


@app.command()
def person(
    name: Annotated[str, typer.Argument(help="Person, e.g. \"Mira Murati\" or Murati")],
    db: DbOption = None,
    evidence: EvidenceOption = False,
    as_json: JsonOption = False,
) -> None:
    """A person's career path: every change of position, in date order."""
    _show(_ask(lambda s: api.person(name, s, evidence=evidence), db), evidence, as_json)


@app.command()
def flows(
    from_org: Annotated[str | None, typer.Option("--from", help="Departures from this "
                                                 "organization")] = None,
    to_org: Annotated[str | None, typer.Option("--to", help="Arrivals at this "
                                               "organization")] = None,
    db: DbOption = None,
    evidence: EvidenceOption = False,
    as_json: JsonOption = False,
) -> None:
    """Who went where: departures followed by arrivals elsewhere."""
    answer = _ask(lambda s: api.flows(from_org, to_org, s, evidence=evidence), db)
    _show(answer, evidence, as_json)


class Kind(StrEnum):
    start = "start"
    end = "end"


class Status(StrEnum):
    occurred = "occurred"
    planned = "planned"
    rumored = "rumored"
    denied = "denied"


class ExportFormat(StrEnum):
    jsonl = "jsonl"
    csv = "csv"
    parquet = "parquet"


Since = Annotated[str | None, typer.Option(help="From this date (YYYY[-MM[-DD]])")]
Until = Annotated[str | None, typer.Option(help="Up to this date (YYYY[-MM[-DD]])")]
KindOption = Annotated[Kind | None, typer.Option(help="start or end")]
ActionOption = Annotated[str | None, typer.Option(help="resign, dismiss, retire, leave, "
                                                  "appoint, join, found, return")]
StatusOption = Annotated[Status | None, typer.Option(help="Current status of the event")]
LangOption = Annotated[str | None, typer.Option(help="Reported in this language (fr, en)")]
OrgOption = Annotated[str | None, typer.Option(help="At this organization")]
PersonOption = Annotated[str | None, typer.Option(help="Of this person")]


@app.command("events")
def events_(
    db: DbOption = None,
    since: Since = None,
    until: Until = None,
    kind: KindOption = None,
    action: ActionOption = None,
    status: StatusOption = None,
    lang: LangOption = None,
    org: OrgOption = None,
    person: PersonOption = None,
    limit: Annotated[int | None, typer.Option(min=1, help="At most this many")] = None,
    evidence: EvidenceOption = False,
    as_json: JsonOption = False,
) -> None:
    """Events of the knowledge base, filtered, in date order."""
    answer = _ask(lambda s: api.events(
        s, since=since, until=until, kind=kind and kind.value, action=action,
        status=status and status.value, lang=lang, org=org, person=person, evidence=evidence,
        limit=limit), db)
    _show(answer, evidence, as_json)


@app.command()
def export(
    fmt: Annotated[ExportFormat, typer.Option("--format", help="jsonl, csv or parquet")] = (
        ExportFormat.jsonl),
    output: Annotated[Path | None, typer.Option("--output", "-o", help="File to write "
                                                "[default: stdout; parquet needs a file]")] = None,
    db: DbOption = None,
    since: Since = None,
    until: Until = None,
    kind: KindOption = None,
    action: ActionOption = None,
    status: StatusOption = None,
    lang: LangOption = None,
    org: OrgOption = None,
    person: PersonOption = None,
    evidence: Annotated[bool, typer.Option(help="Include the evidence of each event")] = True,
) -> None:
    """Write the events (with their sources and evidence) as JSON lines, CSV or Parquet."""
    if fmt is ExportFormat.parquet and output is None:
        raise _fail(ValueError("parquet is binary: pass a file with --output events.parquet"))
    filters = {"since": since, "until": until, "kind": kind and kind.value, "action": action,
               "status": status and status.value, "lang": lang, "org": org, "person": person}
    out = output if output is not None else sys.stdout
    n = _ask(lambda s: api.export(out, fmt.value, s, evidence=evidence, **filters), db)
    err.print(f"{n} events exported" + (f" to {output}" if output else ""), highlight=False)


@app.command()
def serve(
    db: DbOption = None,
    host: Annotated[str, typer.Option(help="Address to listen on (loopback by default; "
                                      "0.0.0.0 for every interface)")] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=0, max=65535, help="Port (0: any free port)")] = 8000,
    token_file: Annotated[Path | None, typer.Option(
        help="File holding the token that POST /api/articles requires [default: "
        "$TURNOVER_TOKEN; neither: read-only]", show_default=False)] = None,
    cors_origin: Annotated[list[str] | None, typer.Option(
        help="Another site allowed to read the API (repeatable; none by default)")] = None,
    timeout: Annotated[float, typer.Option(min=0.1, help="Seconds a read request may take")
                       ] = 10.0,
    log_level: Annotated[str, typer.Option(help="uvicorn's log level (warning: no access "
                                           "log)")] = "info",
) -> None:
    """Serve the web UI and the HTTP API (JSON under /api, documented at /api-docs)."""
    import os

    from turnover.serve import Limits, run
    from turnover.store import database_url

    token = os.environ.get(TOKEN_ENV) or None
    if token_file is not None:
        try:
            token = token_file.read_text(encoding="utf-8").strip()
        except OSError as e:
            raise _fail(ValueError(f"cannot read the token file {token_file}: {e.strerror}")
                        ) from None
        if not token:
            raise _fail(ValueError(f"the token file {token_file} is empty; put a long random "
                                   "string in it (e.g. `openssl rand -hex 32`)"))
    url = database_url(db)
    if url.startswith("sqlite:///") and not Path(url.removeprefix("sqlite:///")).is_file() \
            and token is None:
        raise _fail(FileNotFoundError(
            f"no knowledge base at {url.removeprefix('sqlite:///')}: build one with "
            "`turnover ingest --db FILE articles/`, or give a token to ingest over HTTP"))
    shown = "127.0.0.1" if host in ("0.0.0.0", "::", "") else host  # where a browser here goes
    err.print(f"turnover: serving {url.split('://')[0]} knowledge base"
              f"{' (writes need the token)' if token else ' (read-only)'}; "
              f"open http://{shown}:{port}/", highlight=False)
    try:
        run(db, host, port, token=token, cors_origins=cors_origin or None,
            limits=Limits(read_timeout=timeout), log_level=log_level)
    except (ConnectionError, FileNotFoundError) as e:
        raise _fail(e) from None


TOKEN_ENV = "TURNOVER_TOKEN"


@app.command("eval-merge")
def eval_merge(
    gold: Annotated[list[Path] | None, typer.Argument(
        help="Gold JSONL files [default: the seed, eval/orangesum_fr_dev.jsonl, ECB+]")] = None,
    end_to_end: Annotated[bool, typer.Option(help="Also ingest the gold texts (runs the "
                                             "extractor)")] = True,
    as_json: Annotated[bool, typer.Option("--json", help="Print the scores as JSON")] = False,
) -> None:
    """How well the knowledge base merges reports: pairwise P/R/F1 against the gold."""
    from turnover.evaluate_merge import default_gold

    paths = gold or default_gold()
    for path in paths:
        if not path.is_file():
            raise _fail(FileNotFoundError(f"gold file not found: {path}"))
    try:
        scores = api.evaluate_merge(paths, end_to_end=end_to_end)
    except (FileNotFoundError, ValueError) as e:
        raise _fail(e) from None
    if as_json:
        typer.echo(json.dumps([s.to_dict() for s in scores], indent=2))
        return
    for score in scores:
        typer.echo(score.format())


# --- watch and watchlist -----------------------------------------------------------------------

StateOption = Annotated[Path | None, typer.Option(
    "--state", help="Watch state file (seen items, watchlist, alerts sent); default: beside "
    "the KB file, e.g. turnover.watch.sqlite")]


@app.command()
def watch(
    feeds: Annotated[list[str], typer.Argument(
        help="Feed URLs (RSS or Atom), or files listing them one per line (# comments)")],
    once: Annotated[bool, typer.Option("--once", help="One pass, then exit (the default)")
                    ] = False,
    every: Annotated[float | None, typer.Option(
        "--every", metavar="MINUTES", help="A pass every MINUTES minutes, until Ctrl-C")] = None,
    db: DbOption = None,
    state: StateOption = None,
    stdout: Annotated[bool, typer.Option(help="Print alerts on stdout")] = True,
    jsonl: Annotated[Path | None, typer.Option(help="Append alerts to this JSONL file")] = None,
    webhook: Annotated[list[str] | None, typer.Option(
        help="POST alerts to this URL (repeatable), signed with HMAC-SHA256")] = None,
    webhook_secret_env: Annotated[str, typer.Option(
        help="Environment variable holding the webhook secret")] = api.WEBHOOK_SECRET_ENV,
    timeout: Annotated[float, typer.Option(help="Seconds before a request times out")] = 20.0,
    delay: Annotated[float, typer.Option(help="Seconds between two requests to one host")
                     ] = 1.0,
    retries: Annotated[int, typer.Option(help="Retries on connection errors, 429 and 5xx")] = 2,
    max_items: Annotated[int, typer.Option(help="Newest items of each feed looked at")] = 100,
) -> None:
    """Follow feeds: ingest new articles into the knowledge base and alert on watched
    organizations and people."""
    from turnover.migrations import SchemaError
    if once and every is not None:
        err.print("turnover: --once and --every exclude each other; pick one", markup=False)
        raise typer.Exit(2)
    if every is not None and every <= 0:
        err.print("turnover: --every needs a positive number of minutes", markup=False)
        raise typer.Exit(2)
    options = WatchOptions(fetch=FetchOptions(timeout=timeout, delay=delay, retries=retries),
                           max_items=max_items)
    kwargs: dict = dict(
        db=db, state=state, stdout=stdout, jsonl=jsonl, webhooks=webhook or [],
        webhook_secret=os.environ.get(webhook_secret_env) if webhook else None,
        options=options,
        on_error=lambda line: err.print(f"turnover: {line}", markup=False, highlight=False),
    )
    try:
        if every is None:
            with _pass_progress(kwargs):
                report = api.watch(feeds, **kwargs)
            err.print(report.summary(), highlight=False)
            return
        passes = api.watch_every(every, feeds, **kwargs)
        while True:
            with _pass_progress(kwargs):
                report = next(passes)
            err.print(f"{datetime.now():%Y-%m-%d %H:%M} {report.summary()}; next pass in "
                      f"{every:g} min", highlight=False)
    except (ValueError, FileNotFoundError, ConnectionError, SchemaError) as e:
        raise _fail(e) from None
    except KeyboardInterrupt:
        err.print("turnover: stopped; what was ingested and sent so far is remembered",
                  highlight=False)


@contextmanager
def _pass_progress(kwargs: dict) -> Iterator[None]:
    """A progress bar per pass: feeds, then pages."""
    with progress() as bar:
        task = bar.add_task("feeds", total=None)

        def on_progress(stage: str, done: int, total: int) -> None:
            bar.update(task, description=stage, completed=done, total=total)

        kwargs["on_progress"] = on_progress
        yield


watchlist_app = typer.Typer(help="Organizations and people to alert on (turnover watch).",
                            no_args_is_help=True)
app.add_typer(watchlist_app, name="watchlist")
WatchOrgs = Annotated[list[str] | None, typer.Option("--org", help="Organization (repeatable)")]
WatchPeople = Annotated[list[str] | None, typer.Option("--person", help="Person (repeatable)")]


@watchlist_app.command("add")
def watchlist_add(org: WatchOrgs = None, person: WatchPeople = None, db: DbOption = None,
                  state: StateOption = None) -> None:
    """Watch organizations and people."""
    _watchlist_change(api.watchlist_add, "added", "already watched", org, person, db, state)


@watchlist_app.command("remove")
def watchlist_remove(org: WatchOrgs = None, person: WatchPeople = None, db: DbOption = None,
                     state: StateOption = None) -> None:
    """Stop watching organizations and people."""
    _watchlist_change(api.watchlist_remove, "removed", "not watched", org, person, db, state)


@watchlist_app.command("list")
def watchlist_list(db: DbOption = None, state: StateOption = None) -> None:
    """The watched organizations and people, one per line: kind, a tab, name."""
    try:
        entries = api.watchlist(state=state, db=db)
    except ValueError as e:
        err.print(f"turnover: {e}", markup=False)
        raise typer.Exit(2) from None
    for entry in entries:
        typer.echo(f"{entry.kind}\t{entry.name}")
    err.print(f"{len(entries)} watched", highlight=False)


def _watchlist_change(change: Callable, done: str, noop: str, orgs: list[str] | None,
                      people: list[str] | None, db: str | None, state: Path | None) -> None:
    try:
        changed = change(orgs or [], people or [], state=state, db=db)
    except ValueError as e:
        err.print(f"turnover: {e}", markup=False)
        raise typer.Exit(2) from None
    names = {(e.kind, e.folded) for e in changed}
    asked = [make_entry("org", n) for n in orgs or []] + \
        [make_entry("person", n) for n in people or []]
    for entry in asked:
        what = done if (entry.kind, entry.folded) in names else noop
        err.print(f"{entry.kind} {entry.name}: {what}", markup=False, highlight=False)


if __name__ == "__main__":
    app()
