"""The core Python API. The CLI (turnover.cli) and, later, the HTTP API are thin mirrors of it."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from turnover import batch as _batch
from turnover import evaluate as _evaluate
from turnover.extract import Extractor
from turnover.model import Article, Mention
from turnover.read import OnError, iter_articles


def read(paths: Iterable[str | Path], lang: str | None = None, on_error: OnError | None = None,
         encoding: str | None = None) -> Iterator[Article]:
    """Articles from files, directories, JSONL(.gz) dumps or "-" (stdin)."""
    return iter_articles(paths, lang=lang, on_error=on_error, encoding=encoding)


def extract(articles: Iterable[Article], extractor: Extractor | None = None
            ) -> Iterator[tuple[Article, list[Mention]]]:
    """(article, mentions) for each article, in input order."""
    return (extractor or Extractor()).iter_extract(articles)


def extract_text(text: str, lang: str = "en", published: str | None = None) -> list[Mention]:
    """Convenience for a single text."""
    return Extractor().extract(Article(text=text, lang=lang, published=published))


def batch(inputs: Iterable[str | Path], out: str | Path, fmt: str = "jsonl", workers: int = 1,
          engine: str = "local", scheduler: str | None = None, lang: str | None = None,
          encoding: str | None = None, on_error: OnError | None = None,
          **options: Any) -> _batch.Summary:
    """Extract large corpora (JSONL, JSONL.gz, Parquet, many files) into `out`: one shard per
    input file, events written as JSONL or Parquet, completed shards skipped on a rerun.
    `engine` is "local" (`workers` processes) or "dask" (a LocalCluster, or `scheduler`).
    Other options (prefilter, context, chunk_size, recycle, on_progress, sink) are those of
    `turnover.batch.run`."""
    return _batch.run(inputs, out, fmt=fmt, workers=workers, engine=engine, scheduler=scheduler,
                      lang=lang, encoding=encoding, on_error=on_error, **options)


def gold_articles(gold_docs: list[dict[str, Any]]) -> list[Article]:
    """The articles of a gold file, as the extractor reads them."""
    return [
        Article(text=d["text"], ref=d["id"], lang=d.get("lang"), published=d.get("published"),
                url=d.get("url"), title=d.get("title"))
        for d in gold_docs
    ]


def evaluate(gold_path: str | Path, pred_path: str | Path | None = None,
             split: str | None = None, extractor: Extractor | None = None) -> _evaluate.Report:
    """Score the extractor (or a prediction file) against a gold file, as EVENTS.md says."""
    gold = _evaluate.load_gold(gold_path, split=split)
    if pred_path is not None:
        pred = _evaluate.load_predictions(pred_path)
    else:
        pred = {a.key: [m.to_dict(with_evidence=False) for m in mentions]
                for a, mentions in extract(gold_articles(gold), extractor)}
    return _evaluate.score(gold, pred)
