"""Quality floors: CI fails when extraction quality drops below these figures.

The gold files live in the shared folder (../shared, or $TURNOVER_SHARED); the French dev set's
texts come from there too. Without it these tests are skipped. Each floor is the figure measured
when it was last set, minus a small margin; raise them as quality improves (measure with
`turnover eval <gold> [--split dev]`).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from turnover import api
from turnover.evaluate import SHARED_ENV, Report, shared_dir
from turnover.extract import Extractor

REPO = Path(__file__).resolve().parents[1]
SHARED = shared_dir()

SEED = "seed/murati-openai-fr.gold.jsonl"  # under SHARED
SEED_EVENTS = 6

# (data set, metric) -> lowest acceptable value, over all languages of the data set.
FLOORS: dict[tuple[str, str], float] = {
    ("orangesum_fr_dev:dev", "f1"): 0.65,  # 195 of the 412 articles, measured 0.693
    ("orangesum_fr_dev:test", "f1"): 0.41,  # held out: 217 articles, measured 0.438
    ("ecbplus_personnel_en", "f1"): 0.68,  # measured 0.701
    ("rams_personnel_en", "recall"): 0.73,  # measured 0.783 (18/23), the target 0.70; RAMS is
    # not exhaustive: recall only
}

# (data set, attribute) -> lowest acceptable accuracy over the matched pairs where the gold
# gives the attribute
ATTRIBUTE_FLOORS: dict[tuple[str, str], float] = {
    ("orangesum_fr_dev:dev", "when"): 0.67,  # measured 0.708 (0.689 before months marked past
    # or coming and dates kept to their own change's clause; 0.561 before a change told as news
    # without a date took the article's date)
    ("orangesum_fr_dev:test", "when"): 0.65,  # held out: measured 0.714 (0.508 before)
    ("orangesum_fr_dev:dev", "role"): 0.60,  # measured 0.649 (0.611 before a post named by
    # its office noun, "de la présidence de", gave its title)
    ("orangesum_fr_dev:test", "role"): 0.62,  # held out: measured 0.671 (0.575 before)
}

# negative set (news unlikely to report a change) -> most events per 100 documents, probable
# false positives; lower them as precision improves (measure with `turnover negatives`)
CEILINGS: dict[str, float] = {
    "ecbplus-other": 17.5,  # measured 16.1
    "orangesum-other": 14.0,  # measured 13.0
}

# data set -> (gold path, split)
DATASETS: dict[str, tuple[Path, str | None]] = {
    "orangesum_fr_dev:dev": (REPO / "eval" / "orangesum_fr_dev.jsonl", "dev"),
    "orangesum_fr_dev:test": (REPO / "eval" / "orangesum_fr_dev.jsonl", "test"),
    "ecbplus_personnel_en": (SHARED / "eval" / "ecbplus_personnel_en.jsonl", None),
    "rams_personnel_en": (SHARED / "eval" / "rams_personnel_en.jsonl", None),
}

pytestmark = pytest.mark.skipif(
    not SHARED.is_dir(),
    reason=f"shared folder not found at {SHARED} (set ${SHARED_ENV}): no gold to score against",
)


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


def evaluate(extractor: Extractor, gold: Path, split: str | None = None) -> Report:
    if not gold.is_file():
        pytest.fail(f"gold file missing: {gold}")
    return api.evaluate(gold, split=split, extractor=extractor)


_REPORTS: dict[str, Report] = {}


def dataset_report(extractor: Extractor, dataset: str) -> Report:
    """A data set's report, computed once for all its floors."""
    if dataset not in _REPORTS:
        gold, split = DATASETS[dataset]
        _REPORTS[dataset] = evaluate(extractor, gold, split)
    return _REPORTS[dataset]


def test_seed_is_extracted_exactly(extractor: Extractor) -> None:
    report = evaluate(extractor, SHARED / SEED)
    tally = report.tallies["all"]
    assert tally.gold == SEED_EVENTS
    assert tally.pred == SEED_EVENTS, report.format()
    assert tally.f1 == 1.0, report.format()
    for attribute in ("action", "status", "to"):
        assert tally.accuracy(attribute) == 1.0, f"{attribute}\n{report.format()}"


@pytest.mark.parametrize(("dataset", "metric"), sorted(FLOORS))
def test_quality_floor(extractor: Extractor, dataset: str, metric: str) -> None:
    report = dataset_report(extractor, dataset)
    value = getattr(report.tallies["all"], metric)
    floor = FLOORS[dataset, metric]
    assert value is not None, f"{dataset}: {metric} could not be computed\n{report.format()}"
    assert value >= floor, (
        f"{dataset}: {metric} {value:.3f} fell below its floor {floor:.2f}\n{report.format()}"
    )


@pytest.mark.parametrize(("dataset", "attribute"), sorted(ATTRIBUTE_FLOORS))
def test_attribute_floor(extractor: Extractor, dataset: str, attribute: str) -> None:
    report = dataset_report(extractor, dataset)
    value = report.tallies["all"].accuracy(attribute)
    floor = ATTRIBUTE_FLOORS[dataset, attribute]
    assert value is not None and value >= floor, (
        f"{dataset}: {attribute} accuracy {value} fell below its floor {floor:.2f}\n"
        f"{report.format()}")


@pytest.mark.parametrize("name", sorted(CEILINGS))
def test_few_events_on_news_without_leadership_changes(extractor: Extractor, name: str) -> None:
    count = api.negatives(name, extractor)
    assert count.per_100_docs <= CEILINGS[name], (
        f"{count.line()}; ceiling {CEILINGS[name]}. First events found:\n" + "\n".join(
            f"  {key}: {e['kind']}/{e['action']} {e['person']} @ {e['org']}: "
            f"{e['evidence'][0]['sentence'][:120]}" for key, e in count.events[:20]))


def test_the_same_events_whatever_the_hash_seed() -> None:
    # Python salts str hashes per process: a tie broken by set order gave another
    # organization, and a different score, from one run to the next
    gold = REPO / "eval" / "orangesum_fr_dev.jsonl"
    runs = [subprocess.run([sys.executable, "-m", "turnover.cli", "eval", str(gold), "--split",
                            "dev", "--json"], capture_output=True, text=True, check=True,
                           env={**os.environ, "PYTHONHASHSEED": seed}).stdout
            for seed in ("1", "3")]
    assert runs[0] == runs[1]
