"""Merge-quality floors: CI fails when the knowledge base's clustering of the gold drops below
these pairwise F1 figures (`turnover eval-merge`; see the README's Knowledge base section).
Each floor is the figure measured when it was last set, minus a small margin."""

from __future__ import annotations

import pytest

from turnover import evaluate_merge
from turnover.evaluate import shared_dir
from turnover.extract import Extractor

FLOORS = {"resolver": 0.93, "end_to_end": 0.80}

GOLD = evaluate_merge.default_gold()
pytestmark = pytest.mark.skipif(
    not all(p.is_file() for p in GOLD),
    reason=f"gold files not found (shared folder {shared_dir()}): nothing to measure",
)


@pytest.fixture(scope="module")
def docs() -> list[dict]:
    return evaluate_merge.load_gold(GOLD)


def test_resolver_alone(docs: list[dict]) -> None:
    score = evaluate_merge.resolver_only(docs)
    assert score.items == sum(len(d["events"]) for d in docs)
    assert score.f1 is not None and score.f1 >= FLOORS["resolver"], score.format()


def test_end_to_end(docs: list[dict], extractor: Extractor) -> None:
    score = evaluate_merge.end_to_end(docs, extractor=extractor)
    assert score.items > 0
    assert score.f1 is not None and score.f1 >= FLOORS["end_to_end"], score.format()


def test_pairwise_counts() -> None:
    # truth {a,b,c} {d}; predicted {a,b} {c,d}: 1 right pair of 2 predicted, 3 true
    score = evaluate_merge.pairwise("t", ["x", "x", "y", "y"], [1, 1, 1, 2])
    assert (score.precision, score.recall) == (0.5, 1 / 3)
    assert (score.split, score.merged) == (1, 1)


def test_truth_groups_name_variants_and_unnamed_orgs() -> None:
    events = [
        {"person": "Mira Murati", "kind": "end", "org": "OpenAI"},
        {"person": "Murati", "kind": "end", "org": "OpenAI"},
        {"person": "Murati", "kind": "end", "org": None},  # the only org she left: same change
        {"person": "Murati", "kind": "start", "org": "OpenAI"},
        {"person": "Regina Benjamin", "kind": "start", "org": "U.S."},
        {"person": "Regina Benjamin", "kind": "start", "org": "US"},
        {"person": "Regina Benjamin", "kind": "start", "org": "AMA board of trustees"},
    ]
    labels = evaluate_merge.truth_labels(events)
    assert labels[0] == labels[1] == labels[2] != labels[3]
    assert labels[4] == labels[5] != labels[6]
