"""Helpers of the rule tests (tests/test_rules_*.py): one sentence in, the events out."""

from __future__ import annotations

from turnover.extract import Extractor
from turnover.model import Article, Mention

PUBLISHED = "2024-05-15"

Fact = tuple[str, str, str, str | None]  # person, kind, action, organization


def events(extractor: Extractor, text: str, lang: str) -> list[Mention]:
    return extractor.extract(Article(text=text, lang=lang, published=PUBLISHED))


def facts(mentions: list[Mention]) -> set[Fact]:
    return {(m.person, m.kind, m.action, m.org) for m in mentions}


def roles(mentions: list[Mention]) -> set[tuple[str, str, str | None, str | None]]:
    return {(m.person, m.kind, m.org, m.role) for m in mentions}
