"""Command-line interface: a thin mirror of turnover.api."""

from __future__ import annotations

import json
import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

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
from turnover.batch import CHUNK_SIZE, Summary
from turnover.read import ReadError

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
        skipped += 1
        err.print(f"turnover: skipped {e}", markup=False, highlight=False)

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


class Engine(StrEnum):
    local = "local"
    dask = "dask"


@app.command()
def batch(
    inputs: Annotated[list[str], typer.Argument(
        help="JSONL, JSONL.gz or Parquet files (any file turnover reads), or directories")],
    out: Annotated[Path, typer.Option(help="Output folder: events/, manifest.jsonl")],
    fmt: Annotated[BatchFormat, typer.Option("--format", help="jsonl or parquet")
                   ] = BatchFormat.jsonl,
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
        help="Neighbour sentences parsed on each side of a candidate sentence")] = 1,
    recycle: Annotated[int | None, typer.Option(
        help="Restart a local worker after this many tasks (caps memory on endless runs)")
    ] = None,
) -> None:
    """Extract events from large corpora into OUT, in parallel, one shard per input file.

    A rerun with the same OUT skips the shards already done and redoes an interrupted one.
    """

    def on_error(e: ReadError) -> None:
        err.print(f"turnover: skipped {e}", markup=False, highlight=False)

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
                                recycle=recycle,
                                on_progress=on_progress)
    except ValueError as e:
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


def progress() -> Progress:
    return Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                    TimeElapsedColumn(), console=err, transient=True)


if __name__ == "__main__":
    app()
