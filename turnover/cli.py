"""Command-line interface: a thin mirror of turnover.api."""

from __future__ import annotations

import json
import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from turnover import api
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
