"""Scoring extracted events against gold files, exactly as the "Scoring" section of EVENTS.md says.

- `load_gold` reads a gold JSONL; lines stored without `text` (our French dev set keeps only ids
  and events, the article texts stay in ../shared) get it joined from the shared corpus.
- `load_predictions` reads what `extract` wrote: one `{"id", "events"}` object per line.
- `score` matches predictions to gold per document and returns a `Report`: precision / recall /
  F1 of the matches and attribute accuracies over matched pairs, per language and for "all".
"""

from __future__ import annotations

import gzip
import json
import os
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rapidfuzz import fuzz

import turnover

# Gold ids with these prefixes may be stored without text: the text lives in this corpus, relative
# to the shared folder. The corpora are one JSON object per line, with `id`, `text` and optionally
# `title` / `heading` (OrangeSum) that `compose_text` puts in front of the body.
CORPORA: dict[str, str] = {
    "orangesum-": "data/orangesum-fr/corpus.jsonl.gz",
    "ecbplus-": "data/ecbplus-en/corpus.jsonl.gz",
}
SHARED_ENV = "TURNOVER_SHARED"

# News unlikely to report a leadership change. Nobody read these articles, so what the extractor
# finds there is counted, not scored: an upper bound on its false positives on unseen news.
# name -> (corpus under the shared folder, what is taken from it)
NEGATIVES: dict[str, tuple[str, str]] = {
    "ecbplus-other": ("data/ecbplus-en/corpus.jsonl.gz",
                      "English: every ECB+ document outside topics 5, 34 and 39, the ones the "
                      "personnel gold comes from"),
    "orangesum-other": ("data/orangesum-fr/corpus.jsonl.gz",
                        "French: the first 500 OrangeSum articles (in id order) whose title and "
                        "heading are not personnel candidates (candidates.txt), none of them in "
                        "our gold"),
}
_ECBPLUS_PERSONNEL_TOPICS = {5, 34, 39}
_ORANGESUM_NEGATIVES = 500

# The attributes scored over matched pairs, in report order. The first three are scored on every
# pair; the last three only where the gold gives a value (EVENTS.md).
ATTRIBUTES: tuple[str, ...] = ("action", "status", "interim", "role", "when", "to")
ALWAYS_SCORED = frozenset({"action", "status", "interim"})

FUZZY_ORG_MIN = 85  # rapidfuzz ratio (0..100) from which two org names count as the same
ALL = "all"


# --- text of the gold documents -------------------------------------------------------------


def compose_text(title: str | None, heading: str | None, body: str | None) -> str:
    """The article text turnover reads: title, heading (lead) and body, one per line.

    Empty parts are left out so that no blank line shifts the text; the parts themselves are kept
    as they are, because evidence offsets and the annotators' reading refer to this exact string.
    """
    return "\n".join(part for part in (title, heading, body) if part and part.strip())


def shared_dir() -> Path:
    """The shared folder: $TURNOVER_SHARED, else `shared` next to the repository root."""
    env = os.environ.get(SHARED_ENV)
    if env:
        return Path(env)
    return Path(turnover.__file__).resolve().parents[2] / "shared"


# A corpus line starts with its id; reading it with a regex lets us skip the ~36k lines we do
# not need without parsing their JSON (most of the cost of a pass over the corpus).
_LEADING_ID = re.compile(r'\{\s*"id"\s*:\s*"([^"\\]*)"')


def _corpus_records(path: Path, wanted: set[str]) -> Iterator[dict[str, Any]]:
    """Yield the records of `wanted` ids from a gzip JSONL corpus, stopping once all are found."""
    missing = set(wanted)
    with gzip.open(path, "rt", encoding="utf-8") as lines:
        for line in lines:
            if not missing:
                break  # streaming: the rest of the 31 MB file is never decompressed
            head = _LEADING_ID.match(line)
            if head and head.group(1) not in missing:
                continue
            if not line.strip():
                continue
            record = json.loads(line)
            if record.get("id") in missing:
                missing.discard(record["id"])
                yield record


def _join_texts(docs: list[dict[str, Any]], shared: Path) -> None:
    """Fill in `text` (and `published`, `title` when absent) of gold documents stored without it."""
    by_corpus: dict[str, dict[str, dict[str, Any]]] = {}
    for doc in docs:
        if doc.get("text") is not None:
            continue
        prefix = next((p for p in CORPORA if str(doc["id"]).startswith(p)), None)
        if prefix is None:
            raise ValueError(
                f"gold document {doc['id']!r} has no `text` and its id names no known corpus "
                f"(known id prefixes: {', '.join(CORPORA)})"
            )
        by_corpus.setdefault(prefix, {})[doc["id"]] = doc

    for prefix, wanted in by_corpus.items():
        path = shared / CORPORA[prefix]
        if not path.is_file():
            raise FileNotFoundError(
                f"{len(wanted)} gold document(s) ({prefix}...) have no `text`, and the corpus "
                f"that holds it is not at {path}. Point ${SHARED_ENV} to the shared folder "
                f"(the one containing {CORPORA[prefix]}) or pass shared=... to load_gold."
            )
        for record in _corpus_records(path, set(wanted)):
            doc = wanted.pop(record["id"])
            doc["text"] = compose_text(
                record.get("title"), record.get("heading"), record.get("text")
            )
            # The gold's own values win; the corpus only fills gaps.
            for key in ("published", "title", "lang", "url"):
                if doc.get(key) is None and record.get(key) is not None:
                    doc[key] = record[key]
        if wanted:
            sample = ", ".join(sorted(wanted)[:5])
            raise ValueError(f"{len(wanted)} gold id(s) not found in {path}: {sample}")


def load_negatives(name: str, shared: str | Path | None = None) -> list[dict[str, Any]]:
    """The documents of a negative set (see NEGATIVES), with the fields of a gold document and
    no events."""
    if name not in NEGATIVES:
        raise ValueError(f"unknown negative set {name!r}; known: {', '.join(NEGATIVES)}")
    folder = Path(shared) if shared else shared_dir()
    path = folder / NEGATIVES[name][0]
    if not path.is_file():
        raise FileNotFoundError(f"{path} not found: point ${SHARED_ENV} to the shared folder")
    if name == "ecbplus-other":
        limit = None

        def keep(record: dict[str, Any]) -> bool:
            return record.get("topic") not in _ECBPLUS_PERSONNEL_TOPICS
    else:
        limit = _ORANGESUM_NEGATIVES
        candidates = set((path.parent / "candidates.txt").read_text().split())
        ours = Path(__file__).resolve().parents[1] / "eval" / "orangesum_fr_dev.jsonl"
        gold = {d["id"] for _, d in _read_jsonl(ours)} if ours.is_file() else set()

        def keep(record: dict[str, Any]) -> bool:
            return record["id"] not in candidates and record["id"] not in gold
    docs: list[dict[str, Any]] = []
    with gzip.open(path, "rt", encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            if keep(record):
                docs.append({"id": record["id"], "lang": record.get("lang"),
                             "published": record.get("published"), "url": record.get("url"),
                             "title": record.get("title"), "events": [],
                             "text": compose_text(record.get("title"), record.get("heading"),
                                                  record.get("text"))})
                if limit and len(docs) >= limit:
                    break
    return docs


def _read_jsonl(path: Path) -> Iterator[tuple[int, dict[str, Any]]]:
    with path.open(encoding="utf-8") as lines:
        for number, line in enumerate(lines, 1):
            if not line.strip():
                continue
            try:
                yield number, json.loads(line)
            except json.JSONDecodeError as err:
                raise ValueError(f"{path}:{number}: not valid JSON ({err.msg})") from err


def load_gold(
    path: str | Path, split: str | None = None, shared: str | Path | None = None
) -> list[dict[str, Any]]:
    """Read a gold JSONL (EVENTS.md format), keeping only `split` when given.

    Documents stored without `text` get it from the shared corpus (see `CORPORA`); `shared`
    defaults to `shared_dir()`.
    """
    path = Path(path)
    docs: list[dict[str, Any]] = []
    seen: set[str] = set()
    total = 0
    for number, doc in _read_jsonl(path):
        if "id" not in doc or not isinstance(doc.get("events"), list):
            raise ValueError(f"{path}:{number}: a gold line needs `id` and an `events` list")
        if doc["id"] in seen:
            raise ValueError(f"{path}:{number}: duplicate id {doc['id']!r}")
        seen.add(doc["id"])
        total += 1
        if split is None or doc.get("split") == split:
            docs.append(doc)
    if split is not None and total and not docs:
        # Most likely a typo or a file without splits: scoring nothing would look like a result.
        raise ValueError(f"{path}: no document has split {split!r}")
    _join_texts(docs, Path(shared) if shared is not None else shared_dir())
    return docs


def load_predictions(path: str | Path) -> dict[str, list[dict[str, Any]]]:
    """Read a prediction JSONL: one `{"id": ..., "events": [...]}` object per document."""
    path = Path(path)
    pred: dict[str, list[dict[str, Any]]] = {}
    for number, doc in _read_jsonl(path):
        if "id" not in doc:
            raise ValueError(f"{path}:{number}: a prediction line needs an `id`")
        if doc["id"] in pred:
            # Merging would count the same article's events twice, i.e. invent false positives.
            raise ValueError(f"{path}:{number}: duplicate id {doc['id']!r}")
        pred[doc["id"]] = list(doc.get("events") or [])
    return pred


# --- matching --------------------------------------------------------------------------------


def fold(text: str | None) -> str:
    """Accent- and case-folded text with whitespace collapsed ("  Élisabeth  BORNE" → "elisabeth
    borne")."""
    if not text:
        return ""
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(stripped.casefold().split())


def tokens(text: str | None) -> list[str]:
    """The folded alphanumeric tokens: apostrophes, hyphens, dots and other punctuation separate
    words, so "Jean-Marie" ~ "Jean Marie" and "d'Estaing" ~ "d’Estaing" ~ "d Estaing"."""
    return re.findall(r"[^\W_]+", fold(text))


def _key(text: str | None) -> str:
    # The form compared for orgs and roles: folded tokens, punctuation dropped (typographic and
    # straight apostrophes, hyphens and spaces then compare equal).
    return " ".join(tokens(text))


def person_match(a: str | None, b: str | None) -> bool:
    """Folded equal, or one name's tokens all in the other's ("Murati" ~ "Mira Murati")."""
    ta, tb = set(tokens(a)), set(tokens(b))
    if not ta or not tb:
        return False  # an empty name would be "contained" in every name
    return ta <= tb or tb <= ta


def org_match(a: str | None, b: str | None) -> bool:
    """Folded equal, one contained in the other, or fuzzy ratio >= 85; both null also matches.

    An org that folds to nothing (e.g. "" or "-") counts as null, so it cannot be "contained" in
    every other org.
    """
    ka, kb = _key(a), _key(b)
    if not ka or not kb:
        return not ka and not kb
    return ka in kb or kb in ka or fuzz.ratio(ka, kb) >= FUZZY_ORG_MIN


def events_match(pred: dict[str, Any], gold: dict[str, Any]) -> bool:
    """The core match of EVENTS.md: same kind, matching person, matching org."""
    return (
        pred.get("kind") == gold.get("kind")
        and person_match(pred.get("person"), gold.get("person"))
        and org_match(pred.get("org"), gold.get("org"))
    )


def _when_match(pred: Any, gold: str) -> bool:
    # Same prefix at the gold's precision: gold "2024-09" accepts "2024-09-25" but not "2024".
    return isinstance(pred, str) and pred.strip().startswith(gold.strip())


def _role_match(pred: Any, gold: str) -> bool:
    kp, kg = _key(pred), _key(gold)
    return bool(kp) and (kp in kg or kg in kp)


def attribute_checks(pred: dict[str, Any], gold: dict[str, Any]) -> dict[str, bool]:
    """Which attributes of a matched pair are right; attributes not scored for it are absent."""
    checks = {
        "action": pred.get("action") == gold.get("action"),
        "status": pred.get("status") == gold.get("status"),
        # A missing `interim` means "not interim", as in the Mention default.
        "interim": bool(pred.get("interim")) == bool(gold.get("interim")),
    }
    if gold.get("role") is not None:
        checks["role"] = _role_match(pred.get("role"), gold["role"])
    if gold.get("when") is not None:
        checks["when"] = _when_match(pred.get("when"), gold["when"])
    if gold.get("to") is not None:
        checks["to"] = pred.get("to") is not None and org_match(pred.get("to"), gold["to"])
    return checks


def _hungarian(cost: list[list[int]]) -> list[int]:
    """Minimum-cost assignment for an n x m matrix with n <= m: the column of each row.

    The classic O(n^2 m) Kuhn-Munkres with potentials; documents hold a handful of events, so
    this is instant, and it avoids a scipy dependency for one function.
    """
    n, m = len(cost), len(cost[0])
    inf = float("inf")
    u = [0.0] * (n + 1)
    v = [0.0] * (m + 1)
    owner = [0] * (m + 1)  # owner[j]: row (1-based) assigned to column j; 0 = free
    way = [0] * (m + 1)
    for i in range(1, n + 1):
        owner[0] = i
        j0 = 0
        minv = [inf] * (m + 1)
        used = [False] * (m + 1)
        while True:
            used[j0] = True
            i0, delta, j1 = owner[j0], inf, 0
            for j in range(1, m + 1):
                if not used[j]:
                    cur = cost[i0 - 1][j - 1] - u[i0] - v[j]
                    if cur < minv[j]:
                        minv[j], way[j] = cur, j0
                    if minv[j] < delta:
                        delta, j1 = minv[j], j
            for j in range(m + 1):
                if used[j]:
                    u[owner[j]] += delta
                    v[j] -= delta
                else:
                    minv[j] -= delta
            j0 = j1
            if owner[j0] == 0:
                break
        while j0:  # flip the augmenting path
            j1 = way[j0]
            owner[j0] = owner[j1]
            j0 = j1
    assignment = [-1] * n
    for j in range(1, m + 1):
        if owner[j]:
            assignment[owner[j] - 1] = j - 1
    return assignment


def match_events(pred: list[dict[str, Any]], gold: list[dict[str, Any]]) -> list[tuple[int, int]]:
    """One-to-one (gold index, pred index) pairs of one document.

    Maximizes the number of matched pairs first and, among matchings of that size, the number of
    agreeing attributes, so that attribute accuracy is not hurt by an arbitrary pairing (two
    predictions "Murati resign" and "Murati leave" for one gold "Murati resign" pair the right one).
    """
    if not pred or not gold:
        return []
    # Weight of a pair: `big` for being a match at all plus its attribute agreement. `big`
    # exceeds any total agreement of a matching, so one more pair always beats better attributes.
    agreement: dict[tuple[int, int], int] = {}
    for g, gold_event in enumerate(gold):
        for p, pred_event in enumerate(pred):
            if events_match(pred_event, gold_event):
                agreement[g, p] = sum(attribute_checks(pred_event, gold_event).values())
    if not agreement:
        return []
    big = len(ATTRIBUTES) * min(len(pred), len(gold)) + 1
    rows_are_gold = len(gold) <= len(pred)
    rows, cols = (len(gold), len(pred)) if rows_are_gold else (len(pred), len(gold))
    cost = [[0] * cols for _ in range(rows)]
    for (g, p), agree in agreement.items():
        r, c = (g, p) if rows_are_gold else (p, g)
        cost[r][c] = -(big + agree)
    pairs = []
    for r, c in enumerate(_hungarian(cost)):
        g, p = (r, c) if rows_are_gold else (c, r)
        if (g, p) in agreement:  # zero-weight assignments of non-matching pairs are no pairs
            pairs.append((g, p))
    return sorted(pairs)


# --- scores ----------------------------------------------------------------------------------


def _ratio(num: int, den: int) -> float | None:
    return num / den if den else None


@dataclass
class Tally:
    """Counts of one language (or of all), from which every figure is derived."""

    docs: int = 0
    exhaustive_docs: int = 0
    gold: int = 0  # gold events, all documents: the recall denominator
    pred: int = 0  # predicted events, all documents
    tp: int = 0  # matched pairs, all documents: the recall numerator
    scored_pred: int = 0  # predictions on exhaustive documents: the precision denominator
    scored_tp: int = 0  # matched pairs on exhaustive documents: the precision numerator
    attr_correct: dict[str, int] = field(default_factory=lambda: dict.fromkeys(ATTRIBUTES, 0))
    attr_total: dict[str, int] = field(default_factory=lambda: dict.fromkeys(ATTRIBUTES, 0))

    @property
    def fp(self) -> int:
        return self.scored_pred - self.scored_tp

    @property
    def fn(self) -> int:
        return self.gold - self.tp

    @property
    def precision(self) -> float | None:
        """None when nothing could be scored (no prediction on an exhaustive document)."""
        return _ratio(self.scored_tp, self.scored_pred)

    @property
    def recall(self) -> float | None:
        return _ratio(self.tp, self.gold)

    @property
    def f1(self) -> float | None:
        p, r = self.precision, self.recall
        if p == 0 or r == 0:
            return 0.0  # one side is zero: F1 is zero whatever the other side is
        if p is None or r is None:
            return None
        return 2 * p * r / (p + r)

    def accuracy(self, attribute: str) -> float | None:
        return _ratio(self.attr_correct[attribute], self.attr_total[attribute])

    def to_dict(self) -> dict[str, Any]:
        return {
            "docs": self.docs,
            "exhaustive_docs": self.exhaustive_docs,
            "gold": self.gold,
            "pred": self.pred,
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "scored_pred": self.scored_pred,
            "scored_tp": self.scored_tp,
            "precision": self.precision,
            "recall": self.recall,
            "f1": self.f1,
            "attributes": {
                a: {
                    "correct": self.attr_correct[a],
                    "n": self.attr_total[a],
                    "accuracy": self.accuracy(a),
                }
                for a in ATTRIBUTES
            },
        }


@dataclass
class DocResult:
    """The matching of one document, kept for the error listing."""

    id: str
    lang: str
    exhaustive: bool
    gold: list[dict[str, Any]]
    pred: list[dict[str, Any]]
    pairs: list[tuple[int, int]]  # (gold index, pred index)
    checks: list[dict[str, bool]]  # attribute_checks of each pair, same order as `pairs`

    @property
    def missed(self) -> list[dict[str, Any]]:
        matched = {g for g, _ in self.pairs}
        return [e for i, e in enumerate(self.gold) if i not in matched]

    @property
    def unmatched(self) -> list[dict[str, Any]]:
        """Predictions with no gold match; false positives only on exhaustive documents."""
        matched = {p for _, p in self.pairs}
        return [e for i, e in enumerate(self.pred) if i not in matched]

    @property
    def spurious(self) -> list[dict[str, Any]]:
        return self.unmatched if self.exhaustive else []

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "lang": self.lang,
            "exhaustive": self.exhaustive,
            "gold": len(self.gold),
            "pred": len(self.pred),
            "tp": len(self.pairs),
            "missed": self.missed,
            "spurious": self.spurious,
            "wrong_attributes": [
                {
                    "gold": self.gold[g],
                    "pred": self.pred[p],
                    "attributes": [a for a, ok in c.items() if not ok],
                }
                for (g, p), c in zip(self.pairs, self.checks, strict=True)
                if not all(c.values())
            ],
        }


def _fmt(value: float | None) -> str:
    return "-" if value is None else f"{value:.3f}"


def describe(event: dict[str, Any]) -> str:
    """One line for an event: kind/action person @ org (role) when status [interim] -> to."""
    text = f"{event.get('kind')}/{event.get('action')} {event.get('person')}"
    text += f" @ {event.get('org')}" if event.get("org") else " @ -"
    if event.get("role"):
        text += f" ({event['role']})"
    if event.get("when"):
        text += f" {event['when']}"
    text += f" {event.get('status')}"
    if event.get("interim"):
        text += " interim"
    if event.get("to"):
        text += f" -> {event['to']}"
    return text


@dataclass
class Report:
    """Scores per language (sorted) plus "all", and the per-document detail behind them."""

    tallies: dict[str, Tally]
    docs: list[DocResult]
    missing_ids: list[str] = field(default_factory=list)  # gold docs with no prediction line
    unknown_ids: list[str] = field(default_factory=list)  # predicted ids not in the gold

    @property
    def all(self) -> Tally:
        return self.tallies[ALL]

    def to_dict(self) -> dict[str, Any]:
        return {
            "languages": {lang: t.to_dict() for lang, t in self.tallies.items()},
            "missing_ids": self.missing_ids,
            "unknown_ids": self.unknown_ids,
            "documents": [d.to_dict() for d in self.docs],
        }

    def format(self) -> str:
        """The scores as two plain-text tables: core P/R/F1, then attribute accuracies."""
        head = ("lang", "docs", "exh", "gold", "pred", "tp", "fp", "fn", "P", "R", "F1")
        rows = [head] + [
            (
                lang,
                str(t.docs),
                str(t.exhaustive_docs),
                str(t.gold),
                str(t.pred),
                str(t.tp),
                str(t.fp),
                str(t.fn),
                _fmt(t.precision),
                _fmt(t.recall),
                _fmt(t.f1),
            )
            for lang, t in self.tallies.items()
        ]
        lines = _table(rows)
        lines.append("P counts exhaustive documents only (exh); R and attributes count all.")
        lines.append("")
        lines.append("attribute accuracy over matched pairs (correct/n)")
        attr_rows = [("lang", *ATTRIBUTES)] + [
            (
                lang,
                *(
                    f"{_fmt(t.accuracy(a))} ({t.attr_correct[a]}/{t.attr_total[a]})"
                    for a in ATTRIBUTES
                ),
            )
            for lang, t in self.tallies.items()
        ]
        lines += _table(attr_rows)
        if self.missing_ids:
            lines.append(
                f"{len(self.missing_ids)} gold document(s) have no prediction line "
                f"(scored as no events), e.g. {self.missing_ids[0]}"
            )
        if self.unknown_ids:
            lines.append(
                f"{len(self.unknown_ids)} predicted id(s) are not in the gold "
                f"(ignored), e.g. {self.unknown_ids[0]}"
            )
        return "\n".join(lines)

    def errors(self) -> list[str]:
        """Per document: missed gold events (-), false positives (+), predictions that could not
        be scored because the gold is partial (?), and matched pairs with wrong attributes (~)."""
        lines: list[str] = []
        for doc in self.docs:
            body: list[str] = [f"  - missed    {describe(e)}" for e in doc.missed]
            marker = "+ spurious " if doc.exhaustive else "? unscored "
            body += [f"  {marker} {describe(e)}" for e in doc.unmatched]
            for (g, p), checks in zip(doc.pairs, doc.checks, strict=True):
                wrong = [a for a, ok in checks.items() if not ok]
                if wrong:
                    diffs = ", ".join(
                        f"{a} {doc.gold[g].get(a)!r} != {doc.pred[p].get(a)!r}" for a in wrong
                    )
                    body.append(f"  ~ {doc.gold[g].get('person')}: {diffs}")
            if body:
                lines.append(
                    f"{doc.id} [{doc.lang}] gold {len(doc.gold)}, pred {len(doc.pred)}, "
                    f"tp {len(doc.pairs)}"
                )
                lines += body
        return lines


def _table(rows: Iterable[tuple[str, ...]]) -> list[str]:
    rows = list(rows)
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    # First column left-aligned (names), the rest right-aligned (numbers).
    return [
        "  ".join(
            c.ljust(w) if i == 0 else c.rjust(w)
            for i, (c, w) in enumerate(zip(r, widths, strict=True))
        ).rstrip()
        for r in rows
    ]


def score(gold_docs: list[dict[str, Any]], pred: dict[str, list[dict[str, Any]]]) -> Report:
    """Score predictions (document id → events) against gold documents, per EVENTS.md."""
    tallies: dict[str, Tally] = {}
    total = Tally()
    results: list[DocResult] = []
    for doc in gold_docs:
        gold_events = list(doc.get("events") or [])
        pred_events = list(pred.get(doc["id"]) or [])
        exhaustive = bool(doc.get("exhaustive"))
        lang = doc.get("lang") or "und"
        pairs = match_events(pred_events, gold_events)
        checks = [attribute_checks(pred_events[p], gold_events[g]) for g, p in pairs]
        results.append(
            DocResult(str(doc["id"]), lang, exhaustive, gold_events, pred_events, pairs, checks)
        )
        for tally in (tallies.setdefault(lang, Tally()), total):
            tally.docs += 1
            tally.gold += len(gold_events)
            tally.pred += len(pred_events)
            tally.tp += len(pairs)
            if exhaustive:
                tally.exhaustive_docs += 1
                tally.scored_pred += len(pred_events)
                tally.scored_tp += len(pairs)
            for pair_checks in checks:
                for attribute, ok in pair_checks.items():
                    tally.attr_total[attribute] += 1
                    tally.attr_correct[attribute] += ok
    gold_ids = {str(d["id"]) for d in gold_docs}
    ordered = {lang: tallies[lang] for lang in sorted(tallies)}
    ordered[ALL] = total
    return Report(
        tallies=ordered,
        docs=results,
        missing_ids=[str(d["id"]) for d in gold_docs if d["id"] not in pred],
        unknown_ids=sorted(i for i in pred if i not in gold_ids),
    )


@dataclass
class NegativeCount:
    """What the extractor found on a negative set: each event there is probably a false
    positive (see NEGATIVES)."""

    name: str
    docs: int = 0
    docs_with_events: int = 0
    events: list[tuple[str, dict[str, Any]]] = field(default_factory=list)  # (doc id, event)

    @property
    def per_100_docs(self) -> float:
        return 100 * len(self.events) / self.docs if self.docs else 0.0

    def line(self) -> str:
        return (f"{self.name}: {len(self.events)} events in {self.docs} documents "
                f"({self.per_100_docs:.1f} per 100 documents; {self.docs_with_events} documents "
                f"with any) - {NEGATIVES[self.name][1]}")
