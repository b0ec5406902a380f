"""The extract stage: Article → leadership-change Mentions, each with its evidence.

Per article: split sentences, keep those with a trigger word (prefilter) plus neighbours, parse
them with spaCy (the windows of a batch of articles together), and for each trigger find the
person (syntax first, then proximity), the organization, role, date, status, destination,
reason and sources. Mentions of one change inside the article are merged, so "La démission de
Murati" in the title and "Murati quitte son poste" in the body give one event with two pieces
of evidence.
"""

from __future__ import annotations

import itertools
import re
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache

from spacy.tokens import Doc
from spacy.util import filter_spans

from turnover.extract.article import ArticleRules
from turnover.extract.context import Sentence
from turnover.extract.inventory import build_inventory
from turnover.extract.merge import Candidate, merge
from turnover.extract.names import first_names
from turnover.extract.nlp import pipeline
from turnover.extract.people import may_hold_a_title
from turnover.extract.prefilter import lowered, split_sentences, windows
from turnover.extract.rules import Rules, rules_for, trigger_applies
from turnover.extract.syntax import text_of, with_sentences
from turnover.model import Article, Mention

__all__ = ["Extractor", "extract", "load"]


@dataclass
class _Plan:
    """One article on its way through the extractor: its sentences, the runs of them to read
    ([first, last] sentence indices: the trigger sentences and their neighbours), the runs of
    trigger sentences alone and, once through spaCy, one Doc per run and per trigger run."""

    article: Article
    rules: Rules
    spans: list[tuple[int, int]]
    runs: list[tuple[int, int]]
    cores: list[tuple[int, int]]
    # the neighbours are read for their names only, apart from the trigger sentences
    neighbours_apart: bool
    docs: list[Doc] = field(default_factory=list)  # per run: the names (NER)
    parsed: list[Doc] = field(default_factory=list)  # per core: the full parse, with names

    def start(self, run: tuple[int, int]) -> int:
        return self.spans[run[0]][0]


class Extractor:
    """Extracts mentions from articles. Holds the spaCy pipelines, loaded on first use."""

    def __init__(self, prefilter: bool = True, context: int = 1, min_confidence: float = 0.5):
        self.use_prefilter = prefilter
        self.context = context
        # a person found by proximity alone, at an organization guessed from the whole
        # article, said once (confidence 0.45), was wrong 11 times out of 11 on the French dev
        # set and ECB+: mentions below this confidence are dropped
        self.min_confidence = min_confidence
        # articles read, those with a candidate sentence, sentences, sentences parsed in full,
        # sentences read by spaCy at all (parsed, or neighbours read for their names)
        self.stats = {"articles": 0, "candidates": 0, "sentences": 0, "parsed": 0,
                      "named": 0}
        # CPU seconds in each stage: splitting and prefiltering, spaCy, the rules
        self.seconds = {"plan": 0.0, "parse": 0.0, "rules": 0.0}

    def extract(self, article: Article) -> list[Mention]:
        return self.extract_many([article])[0]

    def extract_many(self, articles: Iterable[Article]) -> list[list[Mention]]:
        """Each article's mentions; the first article that fails raises its error."""
        found = self.extract_each(articles)
        for result in found:
            if isinstance(result, Exception):
                raise result
        return found  # type: ignore[return-value]

    def iter_extract(self, articles: Iterable[Article], batch: int = 32
                     ) -> Iterator[tuple[Article, list[Mention]]]:
        it = iter(articles)
        while chunk := list(itertools.islice(it, batch)):
            yield from zip(chunk, self.extract_many(chunk), strict=True)

    def extract_each(self, articles: Iterable[Article]) -> list[list[Mention] | Exception]:
        """Each article's mentions, or the error it raised, so that one odd article costs
        only itself. The windows of all the articles are parsed in one spaCy batch: many
        small texts go faster together than one call each."""
        clock = time.process_time()
        plans: list[_Plan | Exception | None] = []
        for article in articles:
            try:
                plans.append(self._plan(article))
            except Exception as error:
                plans.append(error)
        clock = self._lap("plan", clock)
        todo = [p for p in plans if isinstance(p, _Plan)]
        try:
            self._parse(todo)
        except Exception:  # find the article spaCy fails on: parse each on its own
            for i, plan in enumerate(plans):
                if isinstance(plan, _Plan) and not plan.parsed:
                    try:
                        self._parse([plan])
                    except Exception as error:
                        plans[i] = error
        clock = self._lap("parse", clock)
        out: list[list[Mention] | Exception] = []
        for plan in plans:
            if plan is None or isinstance(plan, Exception):
                out.append(plan or [])
                continue
            try:
                out.append(self._rules(plan))
            except Exception as error:
                out.append(error)
        self._lap("rules", clock)
        return out

    def _lap(self, stage: str, since: float) -> float:
        now = time.process_time()
        self.seconds[stage] += now - since
        return now

    # -- one article ---------------------------------------------------------------------
    def _plan(self, article: Article) -> _Plan | None:
        """The sentences of an article and the runs of them to parse; None when no trigger
        can fire anywhere in it (most articles of a news stream)."""
        code = article.lang or "en"
        rules = rules_for(code)
        text = article.text
        spans = split_sentences(text)
        self.stats["articles"] += 1
        self.stats["sentences"] += len(spans)
        if self.use_prefilter:
            candidates = _live(rules, text, spans)
            # neighbours lend names, to the trigger sentences that need some
            refers = _refers_elsewhere(rules.code)
            needy = [i for i in candidates if refers.search(text[spans[i][0]:spans[i][1]])]
            # a title names what the body then calls "le groupe": the full parse reads it, so
            # the entity recogniser reads it here too (94.3% of the full parse's events kept
            # on the French gold file instead of 93.5%, for 3% more CPU)
            title = [(0, 0)] if candidates and article.title else []
            runs = _merge(windows(needy, len(spans), self.context),
                          windows(candidates, len(spans), 0), title)
        else:
            candidates = list(range(len(spans)))
            runs = [(0, len(spans) - 1)] if spans else []
        if not candidates:
            return None
        self.stats["candidates"] += 1
        apart = self.use_prefilter and self.context > 0
        cores = windows(candidates, len(spans), 0) if apart else runs
        return _Plan(article, rules, spans, runs, cores, apart)

    def _parse(self, plans: list[_Plan]) -> None:
        """Trigger sentences get spaCy's whole pipeline; their neighbours, which only lend
        names (who "elle" is, which company "the group" means), get the entity recogniser
        alone, at about 40% of the cost. The recogniser reads each whole run, so the trigger
        sentences' entities are the same as if the run had been parsed in one piece."""
        by_lang: dict[str, list[_Plan]] = {}
        for plan in plans:
            by_lang.setdefault(plan.rules.code, []).append(plan)
        for code, group in by_lang.items():
            nlp = pipeline(code)
            apart = [plan for plan in group if plan.neighbours_apart]
            names_only = [name for name in nlp.pipe_names if name != "ner"]
            docs = iter(nlp.pipe((with_sentences(nlp, plan.article.text, plan.spans, run)
                                  for plan in apart for run in plan.runs), disable=names_only))
            for plan in apart:
                plan.docs = [next(docs) for _ in plan.runs]
            for together in (True, False):  # with the entity recogniser, or without
                some = [plan for plan in group if plan.neighbours_apart != together]
                docs = iter(nlp.pipe((with_sentences(nlp, plan.article.text, plan.spans, core)
                                      for plan in some for core in plan.cores),
                                     disable=[] if together else ["ner"]))
                for plan in some:
                    plan.parsed = [next(docs) for _ in plan.cores]
                    if plan.neighbours_apart:
                        _copy_entities(plan)
                    else:
                        plan.docs = plan.parsed

    def _rules(self, plan: _Plan) -> list[Mention]:
        article, rules, spans = plan.article, plan.rules, plan.spans
        sentences: list[Sentence] = []
        cores = {i for first, last in plan.cores for i in range(first, last + 1)}
        for runs, docs, full in ((plan.cores, plan.parsed, True), (plan.runs, plan.docs, False)):
            if not full and not plan.neighbours_apart:
                break
            for run, doc in zip(runs, docs, strict=True):
                c_start = plan.start(run)
                for i in range(run[0], run[1] + 1):
                    if (i in cores) != full:
                        continue
                    s, e = spans[i]
                    span = doc.char_span(s - c_start, e - c_start, alignment_mode="expand")
                    if span is not None and len(span):
                        sentences.append(Sentence(i, s, e, span, s - c_start))
        sentences.sort(key=lambda sent: sent.index)
        self.stats["parsed"] += sum(1 for sent in sentences if sent.index in cores)
        self.stats["named"] += len(sentences)
        inventory = build_inventory(article.text, [sent.span for sent in sentences], rules)
        finder = ArticleRules(article, rules, inventory, sentences, spans)
        found: list[Candidate] = []
        # Neighbours give no mention (no trigger applies there) but, as in a full parse, they
        # name the people and organizations the trigger's sentence refers to.
        for sent in sentences:
            if sent.index in cores:
                found.extend(finder.sentence_mentions(sent))
        merged = [m for m in merge(found, rules.separate_dated_changes, article.published)
                  if m.confidence >= self.min_confidence]
        gov = rules.government
        for m in merged:  # a national post naming no country: the home one, once the
            # mentions are merged (a post without organization merges with any), unless
            # the title names one ("le Premier ministre italien")
            if gov.home and m.org is None and m.role and gov.posts.match(m.role):
                m.org = next((c for e in m.evidence if (c := rules.country_of_title(
                    e.sentence, m.role))), gov.home)
        return merged


def _copy_entities(plan: _Plan) -> None:
    """Each trigger run's entities, from the run of neighbours around it."""
    runs = iter(zip(plan.runs, plan.docs, strict=True))
    run, doc = next(runs)
    for core, parsed in zip(plan.cores, plan.parsed, strict=True):
        while run[1] < core[1]:
            run, doc = next(runs)
        shift = plan.start(core) - plan.start(run)
        size = len(text_of(parsed))  # spaCy joins the tokens again at each `doc.text`
        ents = [parsed.char_span(ent.start_char - shift, ent.end_char - shift, ent.label_,
                                 alignment_mode="expand")
                for ent in doc.ents
                if ent.start_char >= shift and ent.end_char - shift <= size]
        parsed.ents = filter_spans([e for e in ents if e is not None])


@cache
def _refers_elsewhere(code: str) -> re.Pattern[str]:
    """What makes a trigger sentence worth reading its neighbours for their names: a pronoun
    or a possessive ("elle", "son départ"), or a capitalised word past its first (a surname, a
    short or full name, an organization, whose fullest form or context the neighbours may
    give). Sentences with neither, a headline's "Démission surprise au ministère", get none:
    15% fewer sentences read for names on OrangeSum, the same events on every gold set."""
    rules = rules_for(code)
    words = sorted(set(rules.pronouns) | rules.possessives, key=len, reverse=True)
    return re.compile(r"(?i:(?<![\w'’])(?:" + "|".join(map(re.escape, words)) + r")(?![\w'’]))"
                      r"|(?<=[^\s.!?:«\"]\s)[A-ZÀ-ÖØ-Ý][a-zà-ÿ'’-]+(?!\s+[A-ZÀ-Ý])")


def _merge(*runs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Runs [first, last] of sentences joined where they overlap or touch."""
    out: list[tuple[int, int]] = []
    for lo, hi in sorted(r for rs in runs for r in rs):
        if out and lo <= out[-1][1] + 1:
            out[-1] = (out[-1][0], max(out[-1][1], hi))
        else:
            out.append((lo, hi))
    return out


def load(code: str) -> None:
    """What the articles of a language need before the first one: the spaCy pipeline, the
    lexicon's compiled rules and the given names (a second that should not fall on the first
    chunk)."""
    pipeline(code)
    rules_for(code)
    first_names()


def extract(article: Article, extractor: Extractor | None = None) -> list[Mention]:
    return (extractor or Extractor()).extract(article)


def _live(rules: Rules, text: str, spans: list[tuple[int, int]]) -> list[int]:
    """The sentences a trigger can fire on: the prefilter's regex finds a trigger word, then each
    trigger's own text conditions are checked exactly as `sentence_mentions` will check them
    ("retraite" in "départ à la retraite" but not "âge de départ" ...), so a sentence dropped
    here could never have given a mention, and is not parsed."""
    live = []
    low = lowered(text)
    titled: list[bool] = []  # whether anyone can hold a title here, once asked

    def in_office() -> bool:
        if not titled:
            titled.append(may_hold_a_title(rules, text))
        return titled[0]

    for i in rules.prefilter.candidates(text, spans, low):
        s, e = spans[i]
        sentence = text[s:e]
        triggers = rules.triggers if low is None else [
            rules.triggers[j] for j in rules.prefilter.shortlist(low, s, e)]
        if any(trigger_applies(rules, t, m, sentence) and (not t.in_office or in_office())
               for t in triggers
               if low is None or t.screen is None or t.screen.search(low, s, e)
               for m in t.regex.finditer(sentence)):
            live.append(i)
    return live
