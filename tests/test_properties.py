"""Property-based tests (hypothesis): whatever text or bytes come in, the readers raise nothing
but ReadError, and the extractor returns mentions that keep EVENTS.md's contract and point at
their evidence exactly.

Bounded to stay fast: a shared extractor (tests/conftest.py), 40 to 100 examples per property,
no deadline (spaCy's first parse of a language is slow). Run more with
`HYPOTHESIS_MAX_EXAMPLES=1000 pytest tests/test_properties.py`.
"""

from __future__ import annotations

import json
import os
import re
import tempfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from turnover import api
from turnover import lang as languages
from turnover.extract import Extractor
from turnover.model import ACTIONS, STATUSES, Article, Mention
from turnover.read import (
    ReadError,
    article_from_html,
    article_from_record,
    article_from_text,
)

EXAMPLES = int(os.environ.get("HYPOTHESIS_MAX_EXAMPLES", "0"))


def bounded(n: int) -> Any:
    return settings(max_examples=EXAMPLES or n, deadline=None, derandomize=not EXAMPLES,
                    suppress_health_check=[HealthCheck.function_scoped_fixture,
                                           HealthCheck.too_slow])


ISO_PREFIX = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
# Everything JSON can hold, nested a little.
JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | st.text(),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner,
                                                                  max_size=3),
    max_leaves=8,
)
FIELDS = ["text", "id", "title", "heading", "url", "published", "lang", "outlet"]
# Characters turnover meets in the wild, surrogates and NUL included.
ANY_TEXT = st.text(alphabet=st.characters(codec=None), max_size=300)


def only_read_errors(call: Any) -> Any:
    """What `call()` returns, or None when it raises a ReadError: anything else fails."""
    try:
        return call()
    except ReadError as error:
        assert "\n" not in str(error) and str(error).startswith(f"{error.source}: ")
        return None


# --- readers --------------------------------------------------------------------------------


@bounded(100)
@given(text=ANY_TEXT, lang=st.sampled_from([None, "fr", "en"]))
def test_article_from_text_raises_only_read_errors(text: str, lang: str | None) -> None:
    article = only_read_errors(lambda: article_from_text(text, lang=lang))
    if article is not None:
        assert article.text.strip() and article.id and article.title
        article.text.encode("utf-8")  # storable


TAGS = st.sampled_from(["<div>", "</div>", "<p>", "</p>", "<article>", "<html>", "<body>",
                        "<title>", "</title>", "<script>", "</script>", "<!--", "-->", "<br/>",
                        "<meta charset='utf-8'>", "<h1>", "</h1>", "&amp;", "&#0;", "<", ">"])
HTML = st.lists(st.one_of(TAGS, st.text(max_size=40)), max_size=40).map("".join)


@bounded(60)
@given(html=st.one_of(HTML, ANY_TEXT))
def test_article_from_html_raises_only_read_errors(html: str) -> None:
    article = only_read_errors(lambda: article_from_html(html, lang="en", on_warning=print))
    if article is not None:
        assert article.text.strip()


@bounded(100)
@given(record=st.dictionaries(st.sampled_from(FIELDS) | st.text(max_size=5), JSON, max_size=6)
       | st.fixed_dictionaries({"text": ANY_TEXT}, optional={k: JSON for k in FIELDS[1:]}))
def test_article_from_record_raises_only_read_errors(record: dict[str, Any]) -> None:
    warnings: list[ReadError] = []
    article = only_read_errors(
        lambda: article_from_record(record, "line", on_warning=warnings.append))
    if article is not None:
        assert isinstance(record["text"], str) and record["text"].strip()
        assert article.published is None or re.fullmatch(r"\d{4}-\d{2}-\d{2}", article.published)
        assert article.lang in (None, *languages.supported())
        assert all(not w.skipped for w in warnings)


def read_bytes(data: bytes, name: str) -> tuple[list[Article], list[ReadError]]:
    errors: list[ReadError] = []
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder, name)
        path.write_bytes(data)
        articles = list(api.read([path], lang="en", on_error=errors.append))
    return articles, errors


LINE = st.one_of(
    st.binary(max_size=200),
    st.builds(lambda r: json.dumps(r).encode(), st.dictionaries(st.sampled_from(FIELDS), JSON)),
    st.builds(lambda t: json.dumps({"text": t}, ensure_ascii=False).encode("utf-8",
                                                                            "surrogatepass"),
              ANY_TEXT),
)


@bounded(100)
@given(lines=st.lists(LINE, max_size=6))
def test_jsonl_of_arbitrary_bytes_raises_nothing(lines: list[bytes]) -> None:
    data = b"\n".join(lines)
    articles, errors = read_bytes(data, "input.jsonl")
    for article in articles:
        assert article.text.strip()
        article.text.encode("utf-8")
    assert all("\n" not in str(e) for e in errors)


@bounded(60)
@given(data=st.binary(max_size=400), name=st.sampled_from(["x.txt", "x.html", "x", "x.gz"]))
def test_any_file_raises_nothing(data: bytes, name: str) -> None:
    articles, errors = read_bytes(data, name)
    assert len(articles) + sum(e.skipped for e in errors) >= 1 or not data.strip()


# --- the extractor --------------------------------------------------------------------------


def check_mention(m: Mention, article: Article) -> None:
    """EVENTS.md's contract, and evidence that points exactly into the article."""
    text = article.text
    assert m.kind in ACTIONS and m.action in ACTIONS[m.kind], (m.kind, m.action)
    assert m.status in STATUSES
    assert isinstance(m.person, str) and m.person.strip()
    assert m.when is None or ISO_PREFIX.match(m.when), m.when
    assert isinstance(m.interim, bool)
    for value in (m.org, m.role, m.to, m.reason):
        assert value is None or (isinstance(value, str) and value.strip())
    assert all(isinstance(s, str) and s.strip() for s in m.sources)
    assert 0.0 <= m.confidence <= 1.0
    assert m.evidence
    for e in m.evidence:
        assert 0 <= e.start < e.end <= len(text)
        assert text[e.start:e.end] == e.sentence
        assert e.start <= e.trigger_start < e.trigger_end <= e.end
        assert text[e.trigger_start:e.trigger_end] == e.trigger
    json.dumps(m.to_dict())


@bounded(60)
@given(text=ANY_TEXT.filter(lambda t: "\x00" not in t), code=st.sampled_from(["fr", "en"]))
def test_extractor_on_any_text(extractor: Extractor, text: str, code: str) -> None:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return  # not text: the readers refuse it (above)
    article = Article(text=text, lang=code, published="2024-03-06")
    for m in extractor.extract(article):
        check_mention(m, article)


def news(code: str) -> Any:
    """Texts of news-like pieces in one language: the lexicon's own example sentences (which
    state changes), their words, names, punctuation, quotes, dates and newlines, in any order."""
    lexicon = languages.get(code).lexicon
    sentences = [t[k] for t in lexicon["triggers"] for k in ("example", "counter_example")
                 if t.get(k)]
    words = sorted({w for s in sentences for w in s.split()})
    sentence = st.sampled_from(sentences)
    pieces = st.one_of(sentence, sentence, sentence, st.sampled_from(words),
                       st.sampled_from(NAMES), st.sampled_from(MARKS), st.text(max_size=4))
    return st.lists(st.tuples(pieces, SEPARATORS), min_size=2, max_size=25).map(
        lambda parts: "".join(p + s for p, s in parts))


NAMES = ["Mira Murati", "M. Dupont", "Mme Claire Fontaine", "J. R. R. Smith", "Jean-Luc",
         "O'Neil", "Dr. Ana García", "Sam Altman", "OpenAI", "Renault", "Acme Inc.", "X"]
MARKS = [".", ",", ";", ":", "!", "?", "…", "«", "»", "“", "”", '"', "'", "(", ")", "-", "—",
         "\n", "\n\n", "2024-03-06", "lundi", "Monday", "hier", "last month", "15 mai 2023",
         "1er", "n°", "%", "$"]
SEPARATORS = st.sampled_from([" ", " ", " ", "", "\n", ", ", ". ", "  "])


@pytest.mark.parametrize("code", ["fr", "en"])
def test_extractor_on_news_like_text(extractor: Extractor, code: str) -> None:
    @bounded(50)
    @given(text=news(code), published=st.sampled_from([None, "2024-03-06", "1999-12-31"]))
    def run(text: str, published: str | None) -> None:
        try:
            article = article_from_text(text, lang=code)
        except ReadError:
            return
        article = Article(text=article.text, lang=code, published=published)
        for m in extractor.extract(article):
            check_mention(m, article)

    run()


def test_trigger_glued_inside_a_name(extractor: Extractor) -> None:
    """Found by the property above: "Lambert.quittera" is one token, both the end of a name
    and a trigger, which left the argument search with nobody on either side (IndexError)."""
    text = ("Le conseil d'administration de l'Union sportive de Montauban a destitué son "
            "président, Gérard Lambert.quittera ")
    article = Article(text=text, lang="fr")
    for m in extractor.extract(article):
        check_mention(m, article)
