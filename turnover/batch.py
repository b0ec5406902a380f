"""The batch driver: the extract stage over large corpora, in parallel, resumable.

    inputs ─ shards (one per file) ─ chunks of articles ─ engine ─ results in input order ─ sink

- A **shard** is one input file (JSONL, JSONL.gz, Parquet, or any file `turnover.read` reads).
  Its events go to one output written atomically (a temporary file, renamed when the shard is
  complete), then the shard is added to `OUT/manifest.jsonl`. A rerun skips the shards the
  manifest lists (unless their input changed or their output was deleted) and redoes the one
  that was cut off: no duplicates, nothing lost.
- Articles are streamed: the main process reads them and hands **chunks** to the engine, never
  more than a small window of chunks at a time, so memory does not depend on the corpus size.
- An **engine** runs the chunks: `local` (this process for one worker, else a pool of worker
  processes, each building one `Extractor` and loading each spaCy model once) or `dask` (a Dask
  distributed cluster: a `LocalCluster` started here, or a scheduler's address). Results come
  back in input order whatever the engine, so every engine writes the same rows.
- A **sink** receives each shard's (article, mentions): `JsonlSink` and `ParquetSink` write one
  row per event (`event_rows`); `KbSink` writes into the knowledge base. Another sink needs
  the three methods of `Sink` and an entry in `SINKS`.
"""

from __future__ import annotations

import hashlib
import itertools
import json
import os
import re
import resource
import sys
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from turnover.extract import Extractor
from turnover.model import EVENT_FIELDS, Article, Mention
from turnover.read import OnError, ReadError, iter_articles, report, skipped_in_dir

# Articles per task: a task costs ~1 ms to send, a chunk ~0.2 s to extract; small chunks keep
# the workers evenly busy up to the end of a shard.
CHUNK_SIZE = 16
# Chunks in flight per worker. Results are taken in input order, so one slow chunk holds the
# queue back: with 2 per worker, workers waited 9% of the time; 4 leaves them enough slack.
WINDOW_PER_WORKER = 4
MANIFEST = "manifest.jsonl"
ENGINES = ("local", "dask")

# --- rows ---------------------------------------------------------------------------------

ARTICLE_COLUMNS = ("article", "article_id", "url", "outlet", "title", "published", "lang")
EVIDENCE_FIELDS = ("sentence", "start", "end", "trigger", "trigger_start", "trigger_end")


def event_rows(article: Article, mentions: list[Mention]) -> list[dict[str, Any]]:
    """One flat row per event: the article's columns, the EVENTS.md fields, evidence."""
    head = {"article": article.key, "article_id": article.id, "url": article.url,
            "outlet": article.outlet, "title": article.title, "published": article.published,
            "lang": article.lang}
    return [head | m.to_dict(with_evidence=True) for m in mentions]


# --- sinks --------------------------------------------------------------------------------


class ShardWriter(Protocol):
    def write(self, results: list[tuple[Article, list[Mention]]]) -> None: ...
    def commit(self) -> None: ...  # the shard is complete: make it visible, all at once
    def abort(self) -> None: ...  # the run stopped mid-shard: leave nothing half-written


class Sink(Protocol):
    """Where a batch run's events go, one shard at a time."""

    def open(self, shard: str) -> ShardWriter: ...
    def has(self, shard: str) -> bool: ...  # is this shard's output still there?
    def close(self) -> None: ...


class _FileWriter:
    """Writes to `<final>.tmp`, renamed to `<final>` on commit (atomic on one filesystem)."""

    def __init__(self, final: Path):
        self.final = final
        self.tmp = final.with_name(final.name + ".tmp")
        self.tmp.unlink(missing_ok=True)  # a previous run's partial shard

    def commit(self) -> None:
        self._close()
        os.replace(self.tmp, self.final)

    def abort(self) -> None:
        self._close()
        self.tmp.unlink(missing_ok=True)

    def _close(self) -> None:
        raise NotImplementedError


class _JsonlWriter(_FileWriter):
    def __init__(self, final: Path):
        super().__init__(final)
        self.file = open(self.tmp, "w", encoding="utf-8")  # noqa: SIM115 -- closed on commit

    def write(self, results: list[tuple[Article, list[Mention]]]) -> None:
        for article, mentions in results:
            for row in event_rows(article, mentions):
                self.file.write(json.dumps(row, ensure_ascii=False) + "\n")

    def _close(self) -> None:
        if not self.file.closed:
            self.file.close()


class _ParquetWriter(_FileWriter):
    def __init__(self, final: Path):
        import pyarrow.parquet as pq

        super().__init__(final)
        self.writer = pq.ParquetWriter(self.tmp, parquet_schema())
        self.closed = False

    def write(self, results: list[tuple[Article, list[Mention]]]) -> None:
        import pyarrow as pa

        rows = [row for article, mentions in results for row in event_rows(article, mentions)]
        if rows:
            self.writer.write_table(pa.Table.from_pylist(rows, schema=parquet_schema()))

    def _close(self) -> None:
        if not self.closed:
            self.writer.close()
            self.closed = True


def parquet_schema() -> Any:
    import pyarrow as pa

    text = pa.string()
    evidence = pa.struct([(n, text if n in ("sentence", "trigger") else pa.int64())
                          for n in EVIDENCE_FIELDS])
    types = {"interim": pa.bool_(), "sources": pa.list_(text), "evidence": pa.list_(evidence),
             "confidence": pa.float64(), "background": pa.bool_()}
    names = (*ARTICLE_COLUMNS, *EVENT_FIELDS, "evidence", "confidence", "background")
    return pa.schema([(n, types.get(n, text)) for n in names])


class FileSink:
    """One file per shard under `OUT/events/`."""

    suffix = ""
    writer: Callable[[Path], ShardWriter]

    def __init__(self, out: str | Path):
        self.folder = Path(out, "events")
        self.folder.mkdir(parents=True, exist_ok=True)

    def path(self, shard: str) -> Path:
        return self.folder / f"{shard}{self.suffix}"

    def open(self, shard: str) -> ShardWriter:
        return type(self).writer(self.path(shard))

    def has(self, shard: str) -> bool:
        return self.path(shard).is_file()

    def close(self) -> None:
        pass


class JsonlSink(FileSink):
    suffix = ".jsonl"
    writer = _JsonlWriter


class ParquetSink(FileSink):
    suffix = ".parquet"
    writer = _ParquetWriter


class KbSink:
    """Straight into a knowledge base (`turnover.store`): each chunk's articles with events are
    one `Store.write` transaction. The store skips articles it holds already, so a shard redone
    after an interruption adds nothing twice; the manifest alone records finished shards."""

    def __init__(self, out: Path, db: str | None = None):
        from turnover.store import Store

        self.store = Store(db)

    def open(self, shard: str) -> ShardWriter:
        return _KbWriter(self.store)

    def has(self, shard: str) -> bool:
        return True

    def close(self) -> None:
        self.store.close()


class _KbWriter:
    def __init__(self, store: Any):
        self.store = store

    def write(self, results: list[tuple[Article, list[Mention]]]) -> None:
        self.store.write(results)

    def commit(self) -> None:
        pass  # each write was its own transaction

    def abort(self) -> None:
        pass


# `--format` names: a sink is made from the output folder and the knowledge base (--db).
SINKS: dict[str, Callable[[Path, str | None], Sink]] = {
    "jsonl": lambda out, db: JsonlSink(out),
    "parquet": lambda out, db: ParquetSink(out),
    "kb": KbSink,
}


def read_events(out: str | Path) -> Iterator[dict[str, Any]]:
    """The rows of a batch output folder, shard by shard (sorted by shard name)."""
    for path in sorted(Path(out, "events").iterdir()):
        if path.suffix == ".jsonl":
            with open(path, encoding="utf-8") as file:
                yield from (json.loads(line) for line in file)
        elif path.suffix == ".parquet":
            import pyarrow.parquet as pq

            for batch in pq.ParquetFile(path).iter_batches():
                yield from batch.to_pylist()


# --- shards and the manifest ------------------------------------------------------------------


@dataclass(frozen=True)
class Shard:
    name: str
    path: str

    @property
    def signature(self) -> dict[str, int]:
        """What tells that the input changed since its shard was done."""
        st = os.stat(self.path)
        return {"size": st.st_size, "mtime_ns": st.st_mtime_ns}


def plan_shards(inputs: Iterable[str | Path], on_error: OnError) -> list[Shard]:
    """One shard per input file; directories give every file below them (as `read_dir`)."""
    shards: dict[str, Shard] = {}
    for item in inputs:
        source = os.fspath(item)
        if source == "-":
            raise ValueError("batch reads files, not stdin (a stream can't be resumed); "
                             "save it to a file first")
        path = Path(source)
        if path.is_dir():
            files = _files_below(path, on_error)
        elif path.is_file():
            files = [path]
        else:
            on_error(ReadError(source, "no such file or directory; check the path"))
            continue
        for file in files:
            shard = Shard(_shard_name(file), str(file))
            shards.setdefault(shard.name, shard)  # the same file named twice is read once
    return list(shards.values())


def _files_below(folder: Path, on_error: OnError) -> list[Path]:
    """The files `read_dir` would read, in the same order, without reading them."""
    files: list[Path] = []

    def unreadable(error: OSError) -> None:
        on_error(ReadError(str(error.filename), error.strerror or str(error)))

    for parent, dirs, names in os.walk(folder, onerror=unreadable):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        files += [Path(parent, n) for n in names if not skipped_in_dir(n)]
    return sorted(f for f in files if f.is_file())


def _shard_name(path: Path) -> str:
    """A stable, readable name: the file name plus a hash of its absolute path."""
    digest = hashlib.sha1(str(path.resolve()).encode()).hexdigest()[:10]
    stem = re.sub(r"[^\w.-]+", "_", path.name)[:60]
    return f"{stem}-{digest}"


class Manifest:
    """`OUT/manifest.jsonl`: one line per completed shard (the last line of a shard wins)."""

    def __init__(self, out: Path):
        self.path = out / MANIFEST
        self.entries: dict[str, dict[str, Any]] = {}
        if self.path.is_file():
            with open(self.path, encoding="utf-8") as file:
                for line in file:
                    try:
                        entry = json.loads(line)
                        self.entries[entry["shard"]] = entry
                    except (json.JSONDecodeError, KeyError, TypeError):
                        continue  # a line cut off by a crash: that shard is simply redone

    def done(self, shard: Shard, fmt: str) -> bool:
        entry = self.entries.get(shard.name)
        return bool(entry) and entry.get("format") == fmt and all(
            entry.get(k) == v for k, v in shard.signature.items())

    def add(self, entry: dict[str, Any]) -> None:
        self.entries[entry["shard"]] = entry
        with open(self.path, "a", encoding="utf-8") as file:
            file.write(json.dumps(entry, ensure_ascii=False) + "\n")
            file.flush()
            os.fsync(file.fileno())


# --- the work of one chunk, in whatever process runs it -----------------------------------------

_EXTRACTORS: dict[tuple[bool, int], Extractor] = {}


@dataclass
class ChunkResult:
    results: list[tuple[Article, list[Mention]]]  # articles with at least one event
    stats: dict[str, int]
    peak_rss: int  # bytes, of the process that ran the chunk
    worker: int  # its process id
    failed: list[tuple[str, str]] = field(default_factory=list)  # (article key, why)
    cpu_seconds: float = 0.0  # CPU time the chunk took in its worker
    wall_seconds: float = 0.0  # wall-clock: more than the CPU time when it waited for a core


def extract_chunk(articles: list[Article], prefilter: bool = True, context: int = 1
                  ) -> ChunkResult:
    """Extract one chunk with this process's Extractor (built once, models loaded once)."""
    extractor = _extractor(prefilter, context)
    before = dict(extractor.stats)
    cpu, wall = time.process_time(), time.perf_counter()
    results, failed = [], []
    # one odd article must not stop a corpus-wide run: its error is reported, the others go on
    for article, mentions in zip(articles, extractor.extract_each(articles), strict=True):
        if isinstance(mentions, Exception):
            failed.append((article.key, f"{type(mentions).__name__}: {mentions}"))
        elif mentions:
            results.append((article, mentions))
    stats = {k: v - before.get(k, 0) for k, v in extractor.stats.items()}
    return ChunkResult(results, stats, peak_rss(), os.getpid(), failed,
                       time.process_time() - cpu, time.perf_counter() - wall)


def warm_up(langs: Iterable[str], prefilter: bool = True, context: int = 1) -> int:
    """Build this process's Extractor and load the models of `langs` before work starts."""
    from turnover.extract import load

    _extractor(prefilter, context)
    for code in langs:
        load(code)
    return os.getpid()


def _extractor(prefilter: bool, context: int) -> Extractor:
    key = (prefilter, context)
    if key not in _EXTRACTORS:
        _EXTRACTORS[key] = Extractor(prefilter=prefilter, context=context)
    return _EXTRACTORS[key]


def peak_rss() -> int:
    """Peak resident memory of this process, in bytes.

    Linux's VmHWM, not ru_maxrss: a spawned worker's ru_maxrss still holds the peak of the
    parent it was forked from before exec (the whole parent, models included)."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    scale = 1 if sys.platform == "darwin" else 1024  # bytes on macOS, KiB elsewhere
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * scale


# --- engines ---------------------------------------------------------------------------------


@dataclass
class _Task:
    shard: Shard
    articles: list[Article]
    last: bool  # the shard's last chunk


class Engine(Protocol):
    workers: int

    def map(self, tasks: Iterator[_Task]) -> Iterator[tuple[_Task, ChunkResult]]: ...
    def close(self) -> None: ...


class InlineEngine:
    """One worker: this process."""

    def __init__(self, options: dict[str, Any], warm: list[str]):
        self.options = options
        self.workers = 1
        warm_up(warm, **options)

    def map(self, tasks: Iterator[_Task]) -> Iterator[tuple[_Task, ChunkResult]]:
        for task in tasks:
            yield task, extract_chunk(task.articles, **self.options)

    def close(self) -> None:
        pass


class _WindowEngine:
    """Submits chunks with at most `window` in flight and yields them back in order."""

    workers: int
    window: int
    options: dict[str, Any]

    def submit(self, articles: list[Article]) -> Any:
        raise NotImplementedError

    def map(self, tasks: Iterator[_Task]) -> Iterator[tuple[_Task, ChunkResult]]:
        pending: deque[tuple[_Task, Any]] = deque()
        try:
            for task in tasks:
                pending.append((task, self.submit(task.articles)))
                if len(pending) >= self.window:
                    done, future = pending.popleft()
                    yield done, future.result()
            while pending:
                done, future = pending.popleft()
                yield done, future.result()
        finally:
            for _, future in pending:
                future.cancel()


class ProcessEngine(_WindowEngine):
    """`workers` processes (spawned, so no lock or thread is inherited mid-use), each with one
    Extractor; `recycle` replaces a worker after that many chunks, should memory ever creep."""

    def __init__(self, workers: int, options: dict[str, Any], warm: list[str],
                 recycle: int | None = None):
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor, wait

        self.workers, self.options = workers, options
        self.window = WINDOW_PER_WORKER * workers
        self.pool = ProcessPoolExecutor(
            workers, mp_context=multiprocessing.get_context("spawn"),
            initializer=warm_up, initargs=(warm, options["prefilter"], options["context"]),
            max_tasks_per_child=recycle)
        # Every worker started and its models loaded (the initializer runs before any task)
        # before the clock starts: ask until each worker has answered.
        ready: set[int] = set()
        while len(ready) < workers:
            asked = [self.pool.submit(_pid_after, 0.2) for _ in range(workers)]
            wait(asked)
            ready |= {f.result() for f in asked}

    def submit(self, articles: list[Article]) -> Any:
        return self.pool.submit(extract_chunk, articles, **self.options)

    def close(self) -> None:
        self.pool.shutdown(cancel_futures=True)


def _pid_after(seconds: float) -> int:
    time.sleep(seconds)  # long enough that one worker can't answer for all
    return os.getpid()


class DaskEngine(_WindowEngine):
    """A Dask distributed cluster: the scheduler at `scheduler`, else a LocalCluster of
    `workers` single-threaded worker processes. Each worker keeps one Extractor (module cache)."""

    def __init__(self, workers: int, options: dict[str, Any], warm: list[str],
                 scheduler: str | None = None):
        try:
            from distributed import Client, LocalCluster
        except ImportError:
            raise ValueError("the dask engine needs Dask distributed: "
                             "pip install 'turnover[dask]' (or pip install distributed)") from None
        self.options = options
        self.cluster = None
        if scheduler:
            self.client = Client(scheduler)
        else:
            self.cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                                        dashboard_address=None)
            self.client = Client(self.cluster)
        self.client.wait_for_workers(1)
        self.client.run(warm_up, warm, options["prefilter"], options["context"])
        self.workers = sum(self.client.nthreads().values())
        self.window = WINDOW_PER_WORKER * self.workers

    def submit(self, articles: list[Article]) -> Any:
        return self.client.submit(extract_chunk, articles, pure=False, **self.options)

    def close(self) -> None:
        self.client.close()
        if self.cluster is not None:
            self.cluster.close()


def make_engine(engine: str, workers: int, options: dict[str, Any], warm: list[str],
                scheduler: str | None = None, recycle: int | None = None) -> Engine:
    if engine == "dask":
        return DaskEngine(workers, options, warm, scheduler)
    if scheduler:
        raise ValueError("--scheduler is for --engine dask")
    if workers == 1 and not recycle:
        return InlineEngine(options, warm)
    return ProcessEngine(workers, options, warm, recycle)


# --- the run -------------------------------------------------------------------------------------


@dataclass
class Summary:
    shards: int = 0
    shards_done_before: int = 0  # skipped: completed by an earlier run
    shards_done: int = 0  # completed by this run
    articles: int = 0
    candidates: int = 0  # articles with a candidate sentence, i.e. parsed at all
    events: int = 0
    skipped: int = 0  # unreadable inputs (files, lines, rows)
    warnings: int = 0  # articles read with something left out (a date that is not a date)
    failed: int = 0  # articles the extractor failed on (reported, skipped)
    sentences: int = 0
    parsed: int = 0
    words: int = 0
    seconds: float = 0.0  # reading and extracting, after start-up
    worker_cpu_seconds: float = 0.0  # CPU time spent extracting, all workers together
    worker_busy_seconds: float = 0.0  # wall-clock time the workers spent on chunks
    main_cpu_seconds: float = 0.0  # CPU time of this process (reading, writing; extracting too
    # when it is the only worker)
    startup_seconds: float = 0.0  # starting workers and loading models
    workers: int = 1
    peak_rss: dict[int, int] = field(default_factory=dict)  # worker pid → bytes

    @property
    def articles_per_s(self) -> float:
        return self.articles / self.seconds if self.seconds else 0.0

    @property
    def peak_rss_per_worker(self) -> int:
        return max(self.peak_rss.values(), default=0)

    def line(self) -> str:
        if self.shards and self.shards_done_before == self.shards:
            return f"{self.shards} shards, all done by an earlier run: nothing to do"
        redone = f" ({self.shards_done_before} already done)" if self.shards_done_before else ""
        failed = f", {self.failed} articles failed" if self.failed else ""
        failed += f", {self.warnings} with warnings" if self.warnings else ""
        return (f"{self.shards} shard{'s' if self.shards != 1 else ''}{redone}, "
                f"{self.articles:,} articles, "
                f"{self.candidates:,} candidates, {self.events:,} events, "
                f"{self.skipped} inputs skipped{failed}, {self.articles_per_s:,.1f} articles/s "
                f"({self.workers} worker{'s' if self.workers > 1 else ''}, "
                f"peak {self.peak_rss_per_worker / 2**20:,.0f} MiB per worker)")

    def to_dict(self) -> dict[str, Any]:
        data = {k: v for k, v in self.__dict__.items() if k != "peak_rss"}
        data["articles_per_s"] = self.articles_per_s
        data["peak_rss_per_worker"] = self.peak_rss_per_worker
        return data


def run(
    inputs: Iterable[str | Path],
    out: str | Path,
    fmt: str = "jsonl",
    workers: int = 1,
    engine: str = "local",
    scheduler: str | None = None,
    lang: str | None = None,
    encoding: str | None = None,
    prefilter: bool = True,
    context: int = 1,
    chunk_size: int = CHUNK_SIZE,
    recycle: int | None = None,
    on_error: OnError | None = None,
    on_progress: Callable[[Summary], None] | None = None,
    sink: Sink | None = None,
    db: str | None = None,
) -> Summary:
    """Extract every input file into `out`, one shard per file, skipping completed shards.
    With fmt="kb" the events go to the knowledge base `db` (see `turnover.store`) and `out`
    holds the manifest only.

    Raises ValueError for bad options (before anything is read); unreadable inputs go to
    `on_error` and are skipped.
    """
    if fmt not in SINKS and sink is None:
        raise ValueError(f"unknown format {fmt!r}: choose one of {', '.join(SINKS)}")
    if engine not in ENGINES:
        raise ValueError(f"unknown engine {engine!r}: choose one of {', '.join(ENGINES)}")
    if workers < 1 or chunk_size < 1:
        raise ValueError("--workers and --chunk-size must be at least 1")
    list(iter_articles([], lang=lang, encoding=encoding))  # checks lang and encoding
    summary = Summary()
    skipped_in: dict[str, int] = {}  # shard name → its unreadable lines or rows

    def skipped(error: ReadError, shard: str = "") -> None:
        if error.skipped:
            summary.skipped += 1
            skipped_in[shard] = skipped_in.get(shard, 0) + 1
        else:  # a ReadWarning: the article is read all the same
            summary.warnings += 1
        (on_error or report)(error)

    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    sink = sink or SINKS[fmt](out, db)
    manifest = Manifest(out)
    shards = plan_shards(inputs, skipped)
    summary.shards = len(shards)
    todo = [s for s in shards if not (manifest.done(s, fmt) and sink.has(s.name))]
    summary.shards_done_before = len(shards) - len(todo)
    if not todo:
        sink.close()
        return summary
    warm = [lang] if lang else []
    options = {"prefilter": prefilter, "context": context}
    started = time.perf_counter()
    runner = make_engine(engine, workers, options, warm, scheduler, recycle)
    summary.workers = runner.workers
    summary.startup_seconds = time.perf_counter() - started
    started, main_cpu = time.perf_counter(), time.process_time()
    writer: ShardWriter | None = None
    counts = {"articles": 0, "events": 0, "failed": 0}
    try:
        for task, result in runner.map(_tasks(todo, chunk_size, lang, encoding, skipped)):
            if writer is None:
                writer = sink.open(task.shard.name)
                counts = {"articles": 0, "events": 0, "failed": 0}
            writer.write(result.results)
            counts["failed"] += len(result.failed)
            for key, why in result.failed:
                summary.failed += 1
                (on_error or report)(ReadError(key, f"extraction failed ({why}); the article "
                                               "is skipped: please report it with its text"))
            events = sum(len(ms) for _, ms in result.results)
            summary.articles += len(task.articles)
            summary.words += sum(len(a.text.split()) for a in task.articles)
            summary.events += events
            summary.candidates += result.stats.get("candidates", 0)
            summary.sentences += result.stats.get("sentences", 0)
            summary.parsed += result.stats.get("parsed", 0)
            summary.worker_cpu_seconds += result.cpu_seconds
            summary.worker_busy_seconds += result.wall_seconds
            summary.peak_rss[result.worker] = max(summary.peak_rss.get(result.worker, 0),
                                                  result.peak_rss)
            counts["articles"] += len(task.articles)
            counts["events"] += events
            if task.last:
                writer.commit()
                writer = None
                summary.shards_done += 1
                manifest.add({"shard": task.shard.name, "input": task.shard.path,
                              **task.shard.signature, "format": fmt,
                              **counts, "skipped": skipped_in.get(task.shard.name, 0)})
            summary.seconds = time.perf_counter() - started
            if on_progress:
                on_progress(summary)
    finally:
        if writer is not None:
            writer.abort()
        runner.close()
        sink.close()
    summary.seconds = time.perf_counter() - started
    summary.main_cpu_seconds = time.process_time() - main_cpu
    return summary


def _tasks(shards: list[Shard], chunk_size: int, lang: str | None, encoding: str | None,
           on_error: Callable[[ReadError, str], None]) -> Iterator[_Task]:
    """Chunks of each shard's articles, the last one flagged (an empty shard gives one empty
    chunk, so that it is recorded as done too)."""
    for shard in shards:
        def shard_error(error: ReadError, name: str = shard.name) -> None:
            on_error(error, name)

        articles = iter_articles([shard.path], lang=lang, on_error=shard_error, encoding=encoding)
        chunks = _batched(articles, chunk_size)
        chunk = next(chunks, [])
        while True:
            following = next(chunks, None)
            yield _Task(shard, chunk, last=following is None)
            if following is None:
                break
            chunk = following


def _batched(items: Iterable[Article], size: int) -> Iterator[list[Article]]:
    iterator = iter(items)
    while chunk := list(itertools.islice(iterator, size)):
        yield chunk

