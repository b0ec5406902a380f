"""Throughput benchmark, run by hand (never a test): how fast turnover goes through real news.

    python bench/throughput.py                       # 1,000 OrangeSum articles, all measures
    python bench/throughput.py -n 300 --mem 200      # quicker
    python bench/throughput.py --json bench.json     # also write the figures as JSON
    python bench/throughput.py --context 0 --skip workers memory   # fewer neighbours read

Measured in one run, on the same articles (the first N of the OrangeSum corpus):
1. the prefiltered extractor vs. the baseline that parses every sentence of every article
   (`Extractor(prefilter=False)`), in this process, models loaded before the clock starts:
   articles/s, words/s, share of sentences parsed, events, the speed ratio, and the CPU time
   of each stage (splitting and prefiltering, spaCy, the rules);
2. events retained on the French dev set (eval/orangesum_fr_dev.jsonl, both splits): the
   baseline's events that the prefiltered run also finds, matched one-to-one by core identity
   as EVENTS.md scores it (same kind, person matching, organisation matching), and by kind and
   person only; and the same share among the baseline's events that the gold has too;
3. `turnover batch` with 1 and 2 local workers on the same N articles (start-up excluded),
   repeated and interleaved; the ratio of the medians;
4. peak resident memory per worker (2 workers) on M articles and on 10 M.
The machine's other load disturbs timings: run it twice on a quiet machine and keep both.
"""

from __future__ import annotations

import argparse
import gzip
import itertools
import json
import os
import platform
import statistics
import sys
import tempfile
import time
from pathlib import Path

from turnover import api, batch
from turnover.evaluate import load_gold, match_events, person_match, shared_dir
from turnover.extract import Extractor, load
from turnover.read import iter_articles

REPO = Path(__file__).resolve().parents[1]
CORPUS = shared_dir() / "data" / "orangesum-fr" / "corpus.jsonl.gz"
DEV = REPO / "eval" / "orangesum_fr_dev.jsonl"
TARGET_PER_DAY = 600_000


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    ap.add_argument("-n", type=int, default=1000, help="articles for speed (default 1000)")
    ap.add_argument("--mem", type=int, default=1000,
                    help="articles of the 1x memory run; the 10x run reads ten times more")
    ap.add_argument("--repeat", type=int, default=2, help="runs of 1 vs 2 workers (default 2)")
    ap.add_argument("--context", type=int, default=1,
                    help="neighbour sentences read (NER only) around each candidate (default 1, as "
                         "`turnover batch`): the trade-off between speed and events retained")
    ap.add_argument("--json", type=Path, help="write the figures here too")
    ap.add_argument("--skip", nargs="*", default=[], choices=["speed", "dev", "workers", "memory"])
    args = ap.parse_args()
    if not args.corpus.is_file():
        sys.exit(f"corpus not found: {args.corpus}; pass --corpus or set TURNOVER_SHARED")
    figures: dict = {"machine": f"{platform.machine()}, {os.cpu_count()} cores, "
                                f"Python {platform.python_version()}", "n": args.n,
                     "context": args.context}
    load("fr")  # the model, rules and given names once, before any clock starts
    if "speed" not in args.skip:
        figures["speed"] = speed(args.corpus, args.n, args.context)
    if "dev" not in args.skip:
        figures["dev"] = retained(args.context)
    with tempfile.TemporaryDirectory() as tmp:
        if "workers" not in args.skip:
            path = first_lines(args.corpus, args.n, Path(tmp))
            figures["workers"] = workers(path, Path(tmp), args.repeat, args.context)
        if "memory" not in args.skip:
            figures["memory"] = memory(args.corpus, args.mem, Path(tmp))
    report(figures)
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")


def speed(corpus: Path, n: int, context: int) -> dict:
    articles = list(itertools.islice(iter_articles([corpus], on_error=lambda e: None), n))
    words = sum(len(a.text.split()) for a in articles)
    runs = {}
    for name, prefilter in (("prefiltered", True), ("baseline", False)):
        extractor = Extractor(prefilter=prefilter, context=context)
        started, cpu = time.perf_counter(), time.process_time()
        events, failed = extract_all(extractor, articles)
        seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
        stats = extractor.stats
        runs[name] = {"seconds": seconds, "cpu_seconds": cpu,
                      "articles_per_s": len(articles) / seconds,
                      "articles_per_cpu_s": len(articles) / cpu,
                      "words_per_s": words / seconds, "events": sum(map(len, events.values())),
                      "parsed_share": stats["parsed"] / stats["sentences"],
                      "named_share": stats["named"] / stats["sentences"],
                      "candidate_articles": stats["candidates"], "failed": failed,
                      # CPU seconds: splitting and prefiltering, spaCy, the rules
                      "stages_cpu_seconds": dict(extractor.seconds)}
        print(f"  {name}: {len(articles)} articles in {seconds:.1f} s", file=sys.stderr)
    runs["articles"], runs["words"] = len(articles), words
    runs["speedup"] = runs["baseline"]["seconds"] / runs["prefiltered"]["seconds"]
    # CPU time is what other work on the machine disturbs least
    runs["speedup_cpu"] = runs["baseline"]["cpu_seconds"] / runs["prefiltered"]["cpu_seconds"]
    return runs


def extract_all(extractor: Extractor, articles: list) -> tuple[dict[str, list[dict]], list[str]]:
    """Events per article, and the articles the extractor failed on (skipped, as batch does)."""
    events, failed = {}, []
    for i in range(0, len(articles), batch.CHUNK_SIZE):  # chunks, as `turnover batch` does
        chunk = articles[i:i + batch.CHUNK_SIZE]
        for article, found in zip(chunk, extractor.extract_each(chunk), strict=True):
            if isinstance(found, Exception):
                failed.append(f"{article.key} ({type(found).__name__}: {found})")
                found = []
            events[article.key] = [m.to_dict(with_evidence=False) for m in found]
    return events, failed


def retained(context: int) -> dict:
    gold = load_gold(DEV)
    articles = api.gold_articles(gold)

    base, _ = extract_all(Extractor(prefilter=False), articles)
    pref, _ = extract_all(Extractor(prefilter=True, context=context), articles)
    total = sum(len(v) for v in base.values())
    core = sum(len(match_events(pref[k], base[k])) for k in base)
    # the baseline's events the gold also has (core identity), and those of them the
    # prefiltered run keeps: what is lost is mostly what the full parse got wrong
    right = kept_right = 0
    for doc in gold:
        key = doc["id"]
        correct = [base[key][b] for _, b in match_events(base[key], doc["events"])]
        right += len(correct)
        kept_right += len(match_events(pref[key], correct))
    person_kind = 0
    for key, wanted in base.items():
        free = list(pref[key])
        for e in wanted:
            hit = next((p for p in free if p["kind"] == e["kind"]
                        and person_match(p["person"], e["person"])), None)
            if hit is not None:
                free.remove(hit)
                person_kind += 1
    f1 = {name: {split: api.evaluate(DEV, split=split, extractor=Extractor(
        prefilter=name == "prefiltered", context=context)).tallies["all"].f1
        for split in ("dev", "test")} for name in ("prefiltered", "baseline")}
    return {"docs": len(gold), "baseline_events": total, "gold_f1": f1,
            "prefiltered_events": sum(len(v) for v in pref.values()),
            "retained_core": core / total, "retained_person_kind": person_kind / total,
            "baseline_events_in_gold": right,
            "retained_in_gold": kept_right / right if right else None}


def first_lines(corpus: Path, n: int, folder: Path) -> Path:
    """The first n lines of the corpus as a JSONL file of their own (read at run time)."""
    path = folder / f"first-{n}.jsonl"
    with gzip.open(corpus, "rt", encoding="utf-8") as src, open(path, "w", encoding="utf-8") as dst:
        dst.writelines(itertools.islice(src, n))
    return path


def workers(path: Path, folder: Path, repeat: int, context: int) -> dict:
    """1 then 2 workers, `repeat` times, interleaved so that a burst of other load on the
    machine hits both; the ratio of the medians."""
    runs: dict[str, list[dict]] = {"1": [], "2": []}
    for i, n in itertools.product(range(repeat), (1, 2)):
        summary = batch.run([path], folder / f"workers-{n}-{i}", workers=n, lang="fr",
                            context=context, on_error=lambda e: None)
        runs[str(n)].append({"articles_per_s": summary.articles_per_s,
                             "seconds": summary.seconds,
                             "startup_seconds": summary.startup_seconds,
                             "events": summary.events,
                             "peak_rss_per_worker": summary.peak_rss_per_worker,
                             "worker_cpu_ms_per_article":
                                 1000 * summary.worker_cpu_seconds / summary.articles,
                             "main_cpu_ms_per_article":
                                 1000 * summary.main_cpu_seconds / summary.articles,
                             # share of the run each worker spent on a chunk (not waiting for
                             # one), and the cores the workers got, all together
                             "worker_busy_share":
                                 summary.worker_busy_seconds / (n * summary.seconds),
                             "cores_used": summary.worker_cpu_seconds / summary.seconds})
        print(f"  batch, {n} worker(s): {summary.line()}", file=sys.stderr)
    median = {n: statistics.median(r["articles_per_s"] for r in rs) for n, rs in runs.items()}
    return {"runs": runs, "median_articles_per_s": median, "ratio": median["2"] / median["1"]}


def memory(corpus: Path, n: int, folder: Path) -> dict:
    runs = {}
    for scale in (1, 10):
        path = first_lines(corpus, n * scale, folder)
        summary = batch.run([path], folder / f"memory-{scale}", workers=2, lang="fr",
                            on_error=lambda e: None)
        runs[f"{scale}x"] = {"articles": summary.articles,
                             "peak_rss_per_worker": summary.peak_rss_per_worker}
        print(f"  memory {scale}x: {summary.line()}", file=sys.stderr)
    return runs


def report(f: dict) -> None:
    mib = 2**20
    print(f"\nturnover throughput on {f['machine']}, {f['context']} neighbour sentence(s) "
          "around each candidate read for their names (NER only)")
    if "speed" in f:
        s = f["speed"]
        print(f"\n{s['articles']} OrangeSum articles, {s['words']:,} words, one process")
        print(f"{'':14}{'articles/s':>12}{'per CPU-s':>11}{'words/s':>10}{'parsed':>9}"
              f"{'NER only':>10}{'events':>8}")
        for name in ("prefiltered", "baseline"):
            r = s[name]
            print(f"{name:14}{r['articles_per_s']:>12.1f}{r['articles_per_cpu_s']:>11.1f}"
                  f"{r['words_per_s']:>10,.0f}{r['parsed_share']:>9.1%}"
                  f"{r['named_share'] - r['parsed_share']:>10.1%}{r['events']:>8}")
        for name in ("prefiltered", "baseline"):
            st = s[name]["stages_cpu_seconds"]
            print(f"  {name}, CPU seconds: split and prefilter {st['plan']:.2f}, spaCy "
                  f"{st['parse']:.2f}, rules {st['rules']:.2f}")
        per_day = s["prefiltered"]["articles_per_cpu_s"] * 86_400
        print(f"speed ratio (prefiltered / baseline): {s['speedup']:.1f}x in wall time, "
              f"{s['speedup_cpu']:.1f}x in CPU time")
        for name in ("prefiltered", "baseline"):
            for why in s[name]["failed"]:
                print(f"  {name}: the extractor failed on {why}")
        print(f"one core (CPU time): {per_day:,.0f} articles/day; {TARGET_PER_DAY:,} "
              f"articles/day need {TARGET_PER_DAY / per_day:.2f} cores")
    if "dev" in f:
        d = f["dev"]
        print(f"\nFrench dev set ({d['docs']} docs): baseline {d['baseline_events']} events, "
              f"prefiltered {d['prefiltered_events']}; retained "
              f"{d['retained_core']:.1%} (kind+person+org), "
              f"{d['retained_person_kind']:.1%} (kind+person)")
        if d.get("retained_in_gold") is not None:
            print(f"  of the baseline's {d['baseline_events_in_gold']} events the gold has too, "
                  f"the prefiltered run keeps {d['retained_in_gold']:.1%}")
        for name, f1 in d["gold_f1"].items():
            print(f"  {name}: F1 against the gold {f1['dev']:.3f} (dev split), "
                  f"{f1['test']:.3f} (test split)")
    if "workers" in f:
        w = f["workers"]
        m = w["median_articles_per_s"]
        print(f"\nbatch (median of {len(w['runs']['1'])}): 1 worker {m['1']:.1f} articles/s, "
              f"2 workers {m['2']:.1f} articles/s: {w['ratio']:.2f}x")
        for n in ("1", "2"):
            print(f"  {n} worker(s), each run: " + "; ".join(
                f"{r['articles_per_s']:.1f} articles/s, worker CPU "
                f"{r['worker_cpu_ms_per_article']:.1f} ms/article, main process CPU "
                f"{r['main_cpu_ms_per_article']:.1f} ms/article, workers busy "
                f"{r['worker_busy_share']:.0%} of the time, on {r['cores_used']:.2f} cores"
                for r in w["runs"][n]))
    if "memory" in f:
        m = f["memory"]
        print("peak memory per worker: " + ", ".join(
            f"{k} ({v['articles']} articles) {v['peak_rss_per_worker'] / mib:,.0f} MiB"
            for k, v in m.items()))


if __name__ == "__main__":
    main()
