"""How well the knowledge base merges: pairwise precision / recall / F1 of its clustering.

The truth: across all gold documents, gold events of the same kind whose persons and
organizations match by EVENTS.md's rules (`evaluate.person_match`, `evaluate.org_match`:
"Murati" ~ "Mira Murati", "76ers" ~ "Philadelphia 76ers") are one real change; the groups are
the connected components of that relation (see `truth_labels` for initials and null orgs).
Dates are not part of the truth, as the issue asks: (person, kind, org) is one change.

Two measurements:
- `resolver_only`: every gold event becomes a report for `turnover.resolve`, which clusters them
  from its own normalization (titles, aliases, surname-only names, dates), not from the truth's.
- `end_to_end`: the gold articles are ingested into a fresh knowledge base (extractor, resolver,
  store); the extractor's mentions that match a gold event (EVENTS.md matching, per document)
  are scored by the event the knowledge base put them in.
"""

from __future__ import annotations

import tempfile
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from rapidfuzz import fuzz

from turnover import evaluate, resolve


def default_gold() -> list[Path]:
    """The gold files the README's figures are measured on: the seed, the French dev set and
    ECB+ (every gold set with exhaustive annotation)."""
    shared = evaluate.shared_dir()
    return [
        shared / "seed" / "murati-openai-fr.gold.jsonl",
        Path(__file__).resolve().parents[1] / "eval" / "orangesum_fr_dev.jsonl",
        shared / "eval" / "ecbplus_personnel_en.jsonl",
    ]


@dataclass
class MergeScore:
    """Pairwise scores of a clustering against the truth, plus the two error counts."""

    name: str
    items: int  # events (gold, or matched extractor mentions) that were clustered
    truth_clusters: int  # real changes
    kb_events: int  # events the knowledge base made of the items
    split: int  # real changes spread over several knowledge-base events
    merged: int  # knowledge-base events that hold several real changes
    precision: float | None
    recall: float | None

    @property
    def f1(self) -> float | None:
        p, r = self.precision, self.recall
        if p is None or r is None:
            return None
        return 2 * p * r / (p + r) if p + r else 0.0

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name, "items": self.items, "truth_clusters": self.truth_clusters,
            "kb_events": self.kb_events, "split": self.split, "merged": self.merged,
            "precision": self.precision, "recall": self.recall, "f1": self.f1,
        }

    def format(self) -> str:
        def fmt(v: float | None) -> str:
            return "-" if v is None else f"{v:.3f}"

        return (
            f"{self.name}: {self.items} items, {self.truth_clusters} real changes, "
            f"{self.kb_events} KB events; pairwise P {fmt(self.precision)} R {fmt(self.recall)} "
            f"F1 {fmt(self.f1)}; {self.split} changes split, {self.merged} KB events merging "
            "several changes"
        )


def _compact(text: str | None) -> str:
    return "".join(evaluate.tokens(text))


def _same_person(a: str | None, b: str | None) -> bool:
    # EVENTS.md matching, plus dotted and undotted initials ("P.J." ~ "PJ")
    return evaluate.person_match(a, b) or (bool(_compact(a)) and _compact(a) == _compact(b))


def _same_org(a: str | None, b: str | None) -> bool:
    """EVENTS.md matching of whole words, plus dotted and undotted abbreviations ("U.S." ~
    "US"). `evaluate.org_match` also accepts a name inside a word ("US" in "trustees"), which
    is harmless when scoring one document but chains unrelated changes across documents."""
    if _compact(a) and _compact(a) == _compact(b):
        return True
    if not evaluate.org_match(a, b):
        return False
    ta, tb = " ".join(evaluate.tokens(a)), " ".join(evaluate.tokens(b))
    short, long = sorted((ta, tb), key=len)
    return f" {short} " in f" {long} " or fuzz.ratio(ta, tb) >= evaluate.FUZZY_ORG_MIN


def truth_labels(events: Sequence[dict[str, Any]]) -> list[int]:
    """The real change of each gold event.

    Connected components of: same kind, matching persons and matching organizations (EVENTS.md
    rules, with dots in initials and abbreviations ignored). A gold `org` is null when the
    document names none, which says nothing about which organization it was: such an event
    belongs to the change of the same person and kind when the gold knows exactly one.
    """
    parent = list(range(len(events)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def union(i: int, j: int) -> None:
        ri, rj = find(i), find(j)
        parent[max(ri, rj)] = min(ri, rj)

    by_kind: dict[str, list[int]] = defaultdict(list)
    for i, e in enumerate(events):
        by_kind[e.get("kind") or ""].append(i)
    for members in by_kind.values():
        for n, i in enumerate(members):
            for j in members[n + 1 :]:
                a, b = events[i], events[j]
                if _same_person(a.get("person"), b.get("person")) and (
                    (not _compact(a.get("org")) and not _compact(b.get("org")))
                    or _same_org(a.get("org"), b.get("org"))
                ):
                    union(i, j)
        for i in members:
            if _compact(events[i].get("org")):
                continue
            changes = {find(j) for j in members if _compact(events[j].get("org"))
                       and _same_person(events[i].get("person"), events[j].get("person"))}
            if len(changes) == 1:
                union(i, changes.pop())
    return [find(i) for i in range(len(events))]


def pairwise(name: str, predicted: Sequence[Any], truth: Sequence[Any]) -> MergeScore:
    """Pairwise P/R of a clustering: a pair of items is positive when both are in one cluster."""

    def pairs(counts: Counter) -> int:
        return sum(n * (n - 1) // 2 for n in counts.values())

    both = pairs(Counter(zip(predicted, truth, strict=True)))
    pred_pairs, truth_pairs = pairs(Counter(predicted)), pairs(Counter(truth))
    pred_of_truth: dict[Any, set] = defaultdict(set)
    truth_of_pred: dict[Any, set] = defaultdict(set)
    for p, t in zip(predicted, truth, strict=True):
        pred_of_truth[t].add(p)
        truth_of_pred[p].add(t)
    return MergeScore(
        name=name,
        items=len(truth),
        truth_clusters=len(pred_of_truth),
        kb_events=len(truth_of_pred),
        split=sum(len(ps) > 1 for ps in pred_of_truth.values()),
        merged=sum(len(ts) > 1 for ts in truth_of_pred.values()),
        precision=both / pred_pairs if pred_pairs else None,
        recall=both / truth_pairs if truth_pairs else None,
    )


def load_gold(paths: Sequence[str | Path]) -> list[dict[str, Any]]:
    """Gold documents of several files (texts joined from ../shared where needed)."""
    docs: list[dict[str, Any]] = []
    for path in paths:
        docs += evaluate.load_gold(path)
    return docs


def resolver_only(docs: Sequence[dict[str, Any]]) -> MergeScore:
    """Cluster every gold event with the resolver alone, against the truth."""
    events: list[dict[str, Any]] = []
    reports: list[resolve.Report] = []
    for doc in docs:
        for i, e in enumerate(doc.get("events") or []):
            events.append(e)
            reports.append(resolve.Report(
                id=resolve.stable_id("gold", str(doc["id"]), str(i)),
                person=e["person"], kind=e["kind"], action=e.get("action") or "",
                org=e.get("org"), when=e.get("when"), status=e.get("status") or "occurred",
                role=e.get("role"), to=e.get("to"), sources=tuple(e.get("sources") or ()),
                article=str(doc["id"]), published=doc.get("published"),
            ))
    resolution = resolve.resolve(reports)
    predicted = [resolution.event_of[r.id] for r in reports]
    return pairwise("resolver alone (gold events)", predicted, truth_labels(events))


def end_to_end(docs: Sequence[dict[str, Any]], extractor: Any = None,
               db: str | Path | None = None) -> MergeScore:
    """Ingest the gold articles into a fresh knowledge base and score how it clustered the
    extractor's mentions that match a gold event."""
    from turnover import api  # api imports this module

    gold_events: list[dict[str, Any]] = []
    index: dict[tuple[str, int], int] = {}  # (doc id, event index) → position in gold_events
    for doc in docs:
        for i, e in enumerate(doc.get("events") or []):
            index[str(doc["id"]), i] = len(gold_events)
            gold_events.append(e)
    truth = truth_labels(gold_events)
    with tempfile.TemporaryDirectory() as tmp:
        target = db or Path(tmp) / "merge.db"
        store = api.open_kb(target)
        try:
            api.ingest_articles(api.gold_articles(list(docs)), store, extractor=extractor)
            found = store.mentions_by_ref([str(d["id"]) for d in docs])
        finally:
            store.close()
    predicted: list[str] = []
    labels: list[int] = []
    for doc in docs:
        mentions = found.get(str(doc["id"]), [])
        gold = list(doc.get("events") or [])
        for g, p in evaluate.match_events([m for m, _ in mentions], gold):
            predicted.append(mentions[p][1])
            labels.append(truth[index[str(doc["id"]), g]])
    return pairwise("end to end (extractor mentions matched to gold)", predicted, labels)
