"""Draw the French dev set from OrangeSum: 70 personnel candidates and 30 other articles.

Run once (python eval/select_orangesum.py); the ids it prints were annotated by hand into
eval/orangesum_fr_dev.jsonl. Near-duplicates (same title or same body start) are drawn once.
The draw is seeded, so rerunning it gives the same ids.
"""

import gzip
import json
import random
from pathlib import Path

SHARED = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "orangesum-fr"


def main() -> None:
    candidates = set((SHARED / "candidates.txt").read_text().split())
    seen: set[str] = set()
    cand, other = [], []
    with gzip.open(SHARED / "corpus.jsonl.gz", "rt", encoding="utf-8") as f:
        for line in f:
            doc = json.loads(line)
            if not doc["text"].strip():
                continue
            keys = {doc["title"].strip().lower(), doc["text"][:200].strip().lower()}
            if keys & seen:
                continue
            seen |= keys
            (cand if doc["id"] in candidates else other).append(doc["id"])
    rng = random.Random(20261126)
    picked_cand = rng.sample(cand, 70)
    picked_other = rng.sample(other, 30)
    # One article in three, drawn before annotation, is the held-out test split.
    for i, doc_id in enumerate(picked_cand + picked_other):
        print(doc_id, "test" if i % 3 == 2 else "dev")


if __name__ == "__main__":
    main()
