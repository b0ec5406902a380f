"""The bundled sample articles (turnover/samples): they read cleanly and give OpenAI events."""

from __future__ import annotations

from pathlib import Path

import pytest

import turnover
from turnover.extract import Extractor
from turnover.model import Article, Mention
from turnover.read import ReadError, iter_articles

SAMPLES = Path(turnover.__file__).parent / "samples"
ARTICLES_IN_SAMPLES = 13  # samples/README.md lists them


@pytest.fixture(scope="module")
def articles() -> list[Article]:
    errors: list[ReadError] = []
    found = list(iter_articles([SAMPLES], on_error=errors.append))
    assert not errors, [str(e) for e in errors]
    return found


@pytest.fixture(scope="module")
def extracted(articles: list[Article]) -> list[tuple[Article, list[Mention]]]:
    return list(Extractor().iter_extract(articles))


def test_samples_read_without_error(articles: list[Article]) -> None:
    assert len(articles) == ARTICLES_IN_SAMPLES
    assert all(a.text.strip() for a in articles)
    assert {a.lang for a in articles} == {"fr", "en"}
    assert not any("README" in (a.ref or "") for a in articles)


def test_samples_give_openai_events(extracted: list[tuple[Article, list[Mention]]]) -> None:
    openai = [
        m for _, mentions in extracted for m in mentions
        if "openai" in " ".join(filter(None, (m.org, m.to))).lower()
    ]
    assert openai, "no event at OpenAI in the samples"


def test_evidence_offsets_point_into_the_text(
    extracted: list[tuple[Article, list[Mention]]],
) -> None:
    checked = 0
    for article, mentions in extracted:
        for mention in mentions:
            assert mention.evidence, f"{article.key}: {mention.person} has no evidence"
            for ev in mention.evidence:
                assert article.text[ev.start : ev.end] == ev.sentence, article.key
                assert article.text[ev.trigger_start : ev.trigger_end] == ev.trigger, article.key
                assert ev.start <= ev.trigger_start < ev.trigger_end <= ev.end, article.key
                checked += 1
    assert checked
