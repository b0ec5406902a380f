"""What every rule of an article reads: the article, its parsed sentences and the language's
rules. The rule classes (people, holders, groups, orgs, seats, attributes) share this state;
`ArticleRules` (article.py) combines them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from spacy.tokens import Span

from turnover.extract.names import Inventory
from turnover.extract.rules import Rules
from turnover.model import Article


@dataclass
class Sentence:
    index: int
    start: int  # offsets in Article.text
    end: int
    span: Span  # the parsed sentence
    base: int  # where the sentence starts in span.doc: the span may start earlier, when the
    # sentence starts inside a token ("plastiqueCette")


class ArticleContext:
    """The state the rules of one article share (set by `ArticleRules.__init__`)."""

    article: Article
    rules: Rules
    inv: Inventory
    sents: list[Sentence]  # the parsed sentences
    spans: list[tuple[int, int]]  # every sentence of the article, parsed or not
    published: date | None
    sentence_start: int  # where the sentence being read starts in the article
    _base: int  # where the sentence being read starts in its parsed chunk
    _profiles: dict[str, str | None]
    outlets: set[str]
    dominant: str | None
