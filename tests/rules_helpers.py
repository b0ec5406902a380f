"""Helpers of the rule tests (tests/test_rules_*.py): one sentence in, the events out."""

from __future__ import annotations

from spacy.tokens import Doc

from turnover.extract import Extractor
from turnover.extract.article import ArticleRules
from turnover.extract.context import Sentence
from turnover.extract.inventory import build_inventory
from turnover.extract.rules import rules_for
from turnover.model import Article, Mention

PUBLISHED = "2024-05-15"

Fact = tuple[str, str, str, str | None]  # person, kind, action, organization


def events(extractor: Extractor, text: str, lang: str) -> list[Mention]:
    return extractor.extract(Article(text=text, lang=lang, published=PUBLISHED))


def facts(mentions: list[Mention]) -> set[Fact]:
    return {(m.person, m.kind, m.action, m.org) for m in mentions}


def roles(mentions: list[Mention]) -> set[tuple[str, str, str | None, str | None]]:
    return {(m.person, m.kind, m.org, m.role) for m in mentions}


def finder_for(doc: Doc, lang: str = "fr") -> ArticleRules:
    """The rules of an article made of one parsed sentence (the doc's text), for a test that
    asks one of their methods directly."""
    rules = rules_for(lang)
    text = doc.text
    return ArticleRules(Article(text=text, lang=lang, published=PUBLISHED), rules,
                        build_inventory(text, [doc[:]], rules),
                        [Sentence(0, 0, len(text), doc[:], 0)], [(0, len(text))])
