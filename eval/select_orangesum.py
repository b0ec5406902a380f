"""Draw the French dev set from OrangeSum, in ten seeded draws.

- First draw (100 articles): 70 personnel candidates and 30 other articles.
  Print it with `python eval/select_orangesum.py` (or `--draw 1`).
- Second draw (45 articles): 30 more personnel candidates and 15 more other articles, taken
  from the articles the first draw left (so none of the first 100 nor their near-duplicates).
  Print it with `python eval/select_orangesum.py --draw 2`.
- Third draw (45 articles): 30 more personnel candidates and 15 more other articles, taken
  the same way from what the first two draws left. Print it with
  `python eval/select_orangesum.py --draw 3`.
- Fourth draw (30 articles, fifth session): 20 more personnel candidates and 10 more other
  articles, none of them among the 274 candidates whose extracted events were read during that
  session (`eval/reviewed_fifth_session.txt`); all held out (`test`), to measure the rules on
  articles nobody looked at. Print it with `python eval/select_orangesum.py --draw 4`.
- Fifth draw (30 articles, sixth session): 20 more personnel candidates and 10 more other
  articles, none of them among the articles reviewed so far: the fifth session's and the 180 the
  sixth session had reviewed when it was drawn (`eval/reviewed_sixth_session_before_draw5.txt`;
  the articles reviewed after it were drawn away from it). All held out (`test`). Print it with
  `python eval/select_orangesum.py --draw 5`.
- Sixth draw (30 articles, sixth session): 30 more personnel candidates, none of them among the
  articles reviewed in the sixth session (`eval/reviewed_sixth_session.txt`); one in three held
  out (`test`), the rest a new dev part to learn missed events from. Print it with
  `python eval/select_orangesum.py --draw 6`.
- Seventh draw (36 articles, seventh session): 36 more personnel candidates, none of them among
  the articles reviewed so far; one in three held out (`test`), the rest a dev part. Print it
  with `python eval/select_orangesum.py --draw 7`.
- Eighth draw (30 articles, seventh session): 30 more personnel candidates, none of them among
  the articles reviewed so far, the 406 read in the seventh session included
  (`eval/reviewed_seventh_session.txt`); all held out (`test`). Print it with
  `python eval/select_orangesum.py --draw 8`. The 484 candidates read after it
  (`eval/reviewed_seventh_session_after_draw8.txt`) are for the next draw to leave out.
- Ninth draw (30 articles, eighth session): 30 more personnel candidates, none of them among
  the articles reviewed so far, those 484 included; all held out (`test`). Print it with
  `python eval/select_orangesum.py --draw 9`. The 150 candidates whose output was read after
  it, in the eighth session (`eval/reviewed_eighth_session.txt`), are for the next draw to
  leave out.
- Tenth draw (36 articles, ninth session): 36 more personnel candidates, none of them among
  the articles reviewed so far, the eighth session's 150 included; one in three held out
  (`test`), the rest a dev part to learn missed events from. Print it with
  `python eval/select_orangesum.py --draw 10`. The 106 candidates whose output was read after
  it, in the ninth session (`eval/reviewed_ninth_session.txt`, every candidate left unread
  then), are for the next draw to leave out.

Each printed line is `<id> <split>`; the ids were annotated by hand into
eval/orangesum_fr_dev.jsonl (first, second, then third draw, in printed order). Articles with
an empty body are left out and near-duplicates (same title or same body start) are drawn once, as
one pool shared by all draws. In the first three draws one article in three (by position) is
`test`.
The draws are seeded, so rerunning the script gives the same ids; adding the second and third
draws left the earlier draws' output unchanged.
"""

import argparse
import gzip
import json
import random
from pathlib import Path

SHARED = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "orangesum-fr"

# draw -> (seed, personnel candidates, other articles)
DRAWS = {1: (20261126, 70, 30), 2: (20261127, 30, 15), 3: (20261128, 30, 15),
         4: (20261130, 20, 10), 5: (20261201, 20, 10), 6: (20261202, 30, 0),
         7: (20261203, 36, 0), 8: (20261204, 30, 0), 9: (20261205, 30, 0),
         10: (20261206, 36, 0)}
HELD_OUT_WHOLE = {4, 5, 8, 9}  # draws kept entirely for testing
# articles whose extracted events were read: never drawn from that draw on
REVIEWED = {4: ["reviewed_fifth_session.txt"], 5: ["reviewed_sixth_session_before_draw5.txt"],
            6: ["reviewed_sixth_session.txt"], 8: ["reviewed_seventh_session.txt"],
            9: ["reviewed_seventh_session_after_draw8.txt"],
            10: ["reviewed_eighth_session.txt"]}


def pools() -> tuple[list[str], list[str]]:
    """Candidate and other ids, in corpus order, one per near-duplicate group, non-empty text."""
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
    return cand, other


def draw(number: int) -> list[tuple[str, str]]:
    """The (id, split) pairs of one draw; later draws exclude what earlier draws picked."""
    cand, other = pools()
    picked: set[str] = set()
    result: list[tuple[str, str]] = []
    for n in range(1, number + 1):
        seed, n_cand, n_other = DRAWS[n]
        for name in REVIEWED.get(n, []):
            picked |= set(Path(__file__).with_name(name).read_text().split())
        rng = random.Random(seed)
        picked_cand = rng.sample([i for i in cand if i not in picked], n_cand)
        picked_other = rng.sample([i for i in other if i not in picked], n_other)
        picked |= set(picked_cand) | set(picked_other)
        # One article in three, drawn before annotation, is the held-out test split.
        result = [(doc_id, "test" if i % 3 == 2 or n in HELD_OUT_WHOLE else "dev")
                  for i, doc_id in enumerate(picked_cand + picked_other)]
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--draw", type=int, choices=sorted(DRAWS), default=1)
    for doc_id, split in draw(parser.parse_args().draw):
        print(doc_id, split)


if __name__ == "__main__":
    main()
