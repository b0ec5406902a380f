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
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property

from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from turnover.extract.dates import parse_published
from turnover.extract.inventory import (
    build_inventory,
    departure_split,
    given_name_first,
    name_spans,
    named_org,
    plausible_person,
    title_words,
)
from turnover.extract.merge import Candidate, merge
from turnover.extract.names import Inventory, clean_name, first_names, fold, gender, unglue
from turnover.extract.nlp import pipeline
from turnover.extract.prefilter import split_sentences, windows
from turnover.extract.rules import Rules, Trigger, rules_for
from turnover.extract.syntax import (
    capitalised,
    capitalised_pronoun,
    complement,
    indefinite,
    is_passive,
    name_below,
    other_clause,
    text_of,
    token_at,
    verb_between,
    with_sentences,
    without_object,
)
from turnover.model import Article, Evidence, Mention

__all__ = ["Extractor", "extract"]

_POSSESSIVE = ("'s", "’s", "'", "’")  # "OpenAI's CTO", "the Sixers' coach"


@dataclass
class _Sentence:
    index: int
    start: int  # offsets in Article.text
    end: int
    span: Span  # the parsed sentence
    base: int  # where the sentence starts in span.doc: the span may start earlier, when the
    # sentence starts inside a token ("plastiqueCette")


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
        plans: list[_Plan | Exception | None] = []
        for article in articles:
            try:
                plans.append(self._plan(article))
            except Exception as error:
                plans.append(error)
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
        out: list[list[Mention] | Exception] = []
        for plan in plans:
            if plan is None or isinstance(plan, Exception):
                out.append(plan or [])
                continue
            try:
                out.append(self._rules(plan))
            except Exception as error:
                out.append(error)
        return out

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
            runs = windows(candidates, len(spans), self.context)
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
        sentences: list[_Sentence] = []
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
                        sentences.append(_Sentence(i, s, e, span, s - c_start))
        sentences.sort(key=lambda sent: sent.index)
        self.stats["parsed"] += sum(1 for sent in sentences if sent.index in cores)
        self.stats["named"] += len(sentences)
        inventory = build_inventory(article.text, [sent.span for sent in sentences], rules)
        finder = _ArticleRules(article, rules, inventory, sentences, spans)
        found: list[Candidate] = []
        # Neighbours give no mention (no trigger applies there) but, as in a full parse, they
        # name the people and organizations the trigger's sentence refers to.
        for sent in sentences:
            if sent.index in cores:
                found.extend(finder.sentence_mentions(sent))
        merged = [m for m in merge(found, rules.separate_dated_changes)
                  if m.confidence >= self.min_confidence]
        home = rules.government.home
        for m in merged:  # a national post in an article naming no country: the home one,
            # once the mentions are merged (a post without organization merges with any)
            if home and m.org is None and m.role and rules.government.posts.match(m.role):
                m.org = home
        return merged


def _copy_entities(plan: _Plan) -> None:
    """Each trigger run's entities, from the run of neighbours around it."""
    runs = iter(zip(plan.runs, plan.docs, strict=True))
    run, doc = next(runs)
    for core, parsed in zip(plan.cores, plan.parsed, strict=True):
        while run[1] < core[1]:
            run, doc = next(runs)
        shift = plan.start(core) - plan.start(run)
        ents = [parsed.char_span(ent.start_char - shift, ent.end_char - shift, ent.label_,
                                 alignment_mode="expand")
                for ent in doc.ents
                if ent.start_char >= shift and ent.end_char - shift <= len(parsed.text)]
        parsed.ents = filter_spans([e for e in ents if e is not None])


def extract(article: Article, extractor: Extractor | None = None) -> list[Mention]:
    return (extractor or Extractor()).extract(article)


class _ArticleRules:
    """The rules applied to the sentences of one article."""

    def __init__(self, article: Article, rules: Rules, inv: Inventory, sents: list[_Sentence],
                 spans: list[tuple[int, int]]):
        self.article = article
        self.rules = rules
        self.inv = inv
        self.sents = sents  # the parsed sentences
        self.spans = spans  # every sentence of the article, parsed or not
        self.published: date | None = parse_published(article.published)
        self.sentence_start = 0  # where the sentence being read starts in the article
        self._profiles: dict[str, str | None] = {}
        self._base = 0  # where the sentence being read starts in its parsed chunk
        # outlets the article quotes ("selon Le Parisien", "told CNN") are never the
        # organization of a position
        self.outlets = {self._bare(src) for src in self.sources_in(article.text)}
        self.dominant = self._dominant_org()

    @cached_property
    def _named_at(self) -> list[tuple[int, str]]:
        """Where the text names each known person (by surname), in text order."""
        return sorted(
            (m.start(), name) for name in {self.inv.full_person(p) for p in self.inv.persons}
            for m in re.finditer(rf"(?<!\w){re.escape(name.split()[-1])}(?!\w)",
                                 self.article.text))

    def recent(self, before: int | None = None) -> list[str]:
        """The people the article names before `before` (default: the current sentence),
        latest last. Read from the text, not from parsed sentences, so that a pronoun finds
        its antecedent whether or not the prefilter parsed the sentences before it."""
        end = self.sentence_start if before is None else before
        last: dict[str, int] = {}
        for pos, name in self._named_at:
            if pos >= end:
                break
            last[name] = pos
        return sorted(last, key=last.__getitem__)

    def _dominant_org(self) -> str | None:
        """The organization the article is mostly about: of the organizations named in the
        parsed sentences, the one the whole text names most often (variants like "76ers" /
        "Philadelphia 76ers" counted together), if named at least twice, never a person."""
        names: set[str] = set()
        persons = {fold(w) for p in self.inv.persons for w in p.split()}
        for sent in self.sents:
            toks = {i for s, e, _ in self.person_spans(sent.span) for i in range(s, e)}
            for _, _, name, _ in self.org_spans(sent.span, toks):
                if fold(name) not in persons and not self._is_outlet(name):
                    names.add(name)
                    self.inv.add_org(name)
        # a short name NER seldom tags ("Sixers" for "76ers"), when the article gives the full
        # one, with the full one (NER often misses it too: "Philadelphia 76ers"), or when the
        # article names it at least twice
        text = self.article.text
        for alias, canonical in self.rules.org_aliases.items():
            said = [m.group(0) for m in re.finditer(
                rf"(?<!\w){re.escape(alias)}(?!\w)", text, re.IGNORECASE)
                if m.group(0)[:1].isupper()]
            found = set(said)
            if not found:
                continue
            if not re.search(rf"(?<!\w){re.escape(canonical)}(?!\w)", text):
                if len(said) >= 2:
                    names.update(found)
                continue
            for m in re.finditer(rf"(?<![\w.-])(?:[A-Z][\w'’-]*[ \t]+){{0,3}}"
                                 rf"{re.escape(canonical)}(?!\w)", text):
                full = " ".join(w for w in m.group(0).split() if not self.rules.role.fullmatch(w)
                                and w.lower() not in self.rules.determiners)
                if full and not self.inv.is_person(full):
                    found.add(full)
                    self.inv.add_org(full)
            names.update(found)
        # counted over the whole text, parsed or not, so that the answer does not depend on
        # which sentences the prefilter let through
        # every variant of a name counts ("76ers" and "Philadelphia 76ers"), each place of
        # the text once
        spans: dict[str, set[tuple[int, int]]] = {}
        for name in sorted(names):
            found = spans.setdefault(self.inv.full_org(name), set())
            found.update(m.span() for m in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)",
                                                       self.article.text))
        clusters = {full: sum(1 for s, e in found if not any(
            s2 <= s and e <= e2 and (s2, e2) != (s, e) for s2, e2 in found))
            for full, found in spans.items()}
        if not clusters:
            return None
        # a tie goes to the longer name, then to the one named first
        never = (len(self.article.text), 0)  # a name the text spells otherwise
        best = max(clusters, key=lambda n: (clusters[n], len(n),
                                            -min(spans[n], default=never)[0]))
        return best if clusters[best] >= 2 else None

    def _bare(self, name: str) -> str:
        return fold(self.rules.leading_article.sub("", name.strip()))

    def _is_outlet(self, name: str) -> bool:
        folded = self._bare(name)
        # either way round: "Dernière Heure" in "La Dernière Heure.Mohamed" (a glued sentence)
        return any(folded == o or (len(o) > 3 and o in folded) or (len(folded) > 3 and folded in o)
                   for o in self.outlets)

    def country(self) -> str | None:
        """For national political posts the organization is the country: the first place
        named in the parsed text (title and lead come first)."""
        if not hasattr(self, "_country"):
            self._country = next((ent.text for sent in self.sents for ent in sent.span.ents
                                  if ent.label_ in self.rules.place_labels), None)
        return self._country

    def government_org(self, role_text: str, around: str, staff: bool = False) -> str | None:
        """The organization of a national executive post: the office the article names for
        it ("Matignon"), the country qualified next to the role ("le Premier ministre syrien")
        or in the title, the government as the article calls it, else the first country named."""
        gov = self.rules.government
        text = self.article.text
        folded = fold(text)
        for role, office in gov.offices:  # "conseiller du Premier ministre": Matignon
            if staff and role.match(role_text) and fold(office) in folded:
                return office
        title = text[:self.sents[0].end] if self.sents and self.sents[0].index == 0 else ""
        country = gov.country_in(around) or gov.country_in(title)
        if country:
            return country
        named = {gov.country_of[fold(m.group(0))] for m in gov.countries.finditer(text)}
        if gov.home and gov.home not in named and len(named) == 1:
            return named.pop()  # an article about one foreign country only: its post
        if gov.home:  # the annotation's convention: the country, not the office
            return gov.home
        for role, office in gov.offices:
            if role.match(role_text) and fold(office) in folded:
                return office
        body = gov.body.search(text)
        if body:
            return body.group(0).lower()
        return gov.country_in(text)

    # -- persons -----------------------------------------------------------------------
    def person_spans(self, span: Span) -> list[tuple[int, int, str]]:
        """(first token, last token + 1, full name) of the people named in a sentence."""
        found: list[tuple[int, int, str]] = []
        for ent in span.ents:
            if named_org(ent, self.rules):
                continue  # "le groupe Vernier"
            role = self.rules.role.match(ent.text)
            if role and ent.label_ not in self.rules.place_labels:
                # "le Premier ministre Imad Khamis" tagged as one entity: the name after the title
                rest = ent.text[role.end():].strip()
                words = rest.split()
                if 2 <= len(words) <= 4 and all(w[:1].isupper() for w in words):
                    first = token_at(span, ent.start_char + role.end() + 1)
                    if first is not None:
                        found.append((first.i, ent.end, self.inv.full_person(rest)))
                        self.inv.add_person(rest)
                continue
            titled = title_words(ent, self.rules) if ent.label_ in self.rules.org_labels else 0
            if titled:  # "GM Ed Rourke" tagged as an organization
                name = ent[titled:].text
                found.append((ent.start + titled, ent.end, self.inv.full_person(name)))
                self.inv.add_person(name)
                continue
            before = span.doc[ent.start - 1] if ent.start > 0 else None
            if (fold(ent[0].text) in self.rules.not_name_starts or (
                    before is not None and fold(before.text) in self.rules.not_name_starts)) \
                    and not any(self.inv.is_known_surname(t.text) for t in ent) \
                    and not self._names_a_change(ent):
                continue  # "in the Rose Garden": a place or thing, never somebody
            if ent.label_ in self.rules.person_labels or given_name_first(ent, self.rules) or (
                len(ent) <= 3 and any(self.inv.is_known_surname(t.text) for t in ent)
            ):
                for start, end in name_spans(ent, self.article.text, self.rules):
                    name = clean_name(span.doc[start:end].text, self.rules.name_prefixes)
                    short = unglue(name, self.inv.persons, self.article.text)
                    if short != name:  # the glued word is no part of the name
                        name, end = short, end - 1
                    if plausible_person(name, self.rules) and fold(name) not in \
                            self.inv.not_persons:
                        found.append((start, end, self.inv.full_person(name)))
        taken = {i for s, e, _ in found for i in range(s, e)}
        for ent in span.ents:  # a surname NER took for a place or a company ("Kemper resigned")
            tok = ent[0]
            if len(ent) == 1 and tok.i not in taken and self._surname_by_role(tok):
                self.inv.titled.add(fold(tok.text))  # a person's, wherever NER says otherwise
                found.append((tok.i, tok.i + 1, self.inv.full_person(tok.text)))
                taken.add(tok.i)
        for tok in span:
            if tok.i not in taken and tok.text[:1].isupper() and self.inv.is_known_surname(
                    tok.text):
                found.append((tok.i, tok.i + 1, self.inv.full_person(tok.text)))
        return sorted(found)

    def _change_at(self, tok: Token) -> list[Trigger]:
        """The triggers whose words start at `tok` ("step down", "resigned")."""
        text = text_of(tok.doc)
        return [t for t in self.rules.triggers if t.kind in ("start", "end")
                and (m := t.regex.match(text, tok.idx)) and m.end() >= tok.idx + len(tok)]

    def _surname_by_role(self, tok: Token) -> bool:
        """One capitalised word NER tagged as an organization or a place that stands where only
        a person can: the one who resigns or retires ("Kemper resigned", "Kemper was forced to
        resign"), the one fired or ousted ("was fired", "to fire Kemper"), whose resignation or
        dismissal it is ("Kemper's ouster"). Never a country, an acronym, a name after "the"
        or a word the text also writes in lower case."""
        rules, doc = self.rules, tok.doc
        if tok.ent_type_ not in rules.org_labels | rules.place_labels or tok.pos_ != "PROPN" \
                or not tok.text[:1].isupper() or tok.text.isupper() or not tok.is_alpha:
            return False
        if tok.i > 0 and fold(doc[tok.i - 1].text) in rules.not_name_starts:
            return False
        if re.search(rf"(?<!\w){re.escape(tok.lower_)}(?!\w)", self.article.text):
            return False  # a common noun a headline capitalised ("Suspect had been fired")
        if self._change_at(tok):
            return False  # the change itself opening a headline ("Limogeage de X :")
        if rules.government.countries.fullmatch(tok.text) or any(
                fold(tok.text) in fold(o).split() for o in self.inv.orgs if " " in o):
            return False
        head, deps = tok.head, rules.deps
        if tok.dep_ in deps["subj"] and not is_passive(head, deps):
            verbs = [head, *[c for c in head.children if c.dep_ == "xcomp"]]
            return any(t.action in ("resign", "retire") and t.arg == "subj"
                       for v in verbs for t in self._change_at(v))
        if tok.dep_ in deps["subj"] or tok.dep_ in deps["obj"]:
            if tok.dep_ in deps["obj"] and is_passive(head, deps):
                return False
            verbs = [head, *[c for c in head.children if c.dep_ == "xcomp"]]
            return any(t.action in ("dismiss", "resign", "retire") and t.arg != "noun"
                       and (t.arg == "obj" or v != head)
                       for v in verbs for t in self._change_at(v))
        if tok.dep_ in deps["poss"] and head.pos_ == "NOUN" and not any(
                c.dep_ == "prep" for c in head.children):
            return any(t.action in ("dismiss", "resign", "retire") for t in self._change_at(head))
        return False

    def _names_a_change(self, ent: Span) -> bool:
        """"the Hale resignation", "the Hale firing": a person's name standing as the modifier
        of a change noun right after it (a name after "the", not a place or thing)."""
        doc = ent.doc
        if ent.label_ not in self.rules.person_labels or ent.end >= len(doc):
            return False
        nxt = doc[ent.end]
        return nxt.pos_ in ("NOUN", "VERB") and any(
            m.end() == len(nxt.text) for t in self.rules.triggers
            if t.kind in ("start", "end") for m in [t.regex.match(nxt.text)] if m)

    def _headline_patient(self, trig: Token, t: Trigger,
                          people: list[tuple[int, int, str]]) -> str | None:
        """"Hale firing shakes Acme": a transitive change verb in -ing, without auxiliary nor
        object, right after a name, is a noun the name modifies (the one fired), not a verb
        the name is the subject of."""
        deps = self.rules.deps
        if trig.pos_ == "NOUN" and trig.dep_ in deps["subj"] | {"compound"}:
            # "the Hale firing rocks Acme": the noun phrase is the subject of another verb
            for _s, e, name in people:
                if e == trig.i and trig.doc[e - 1].head in (trig, trig.head) and \
                        trig.doc[e - 1].dep_ in deps["appos"] | deps["subj"]:
                    return name
            return None
        if t.arg != "obj" or trig.tag_ != "VBG" or trig.pos_ != "VERB" or any(
                c.dep_ in {"aux", "auxpass", "ccomp", "xcomp", "prep", "dative"}
                for c in trig.children):
            return None
        for c in trig.children:  # the parser takes the next word for an object ("Hale firing
            # dominates talks"): one that is somebody makes it a verb ("Hale firing his aide")
            if c.dep_ in deps["obj"] and any(
                    k.pos_ == "PRON" or self._describes_person(k)
                    or any(s <= k.i < e for s, e, _ in people) for k in c.subtree):
                return None
        for s, e, name in people:
            if e == trig.i and (trig.head.i in range(s, e) or any(
                    c.dep_ in deps["subj"] and s <= c.i < e for c in trig.children)):
                return name
        return None

    def person_at(self, tok: Token, people: list[tuple[int, int, str]]) -> str | None:
        for s, e, name in people:
            if s <= tok.i < e:
                return name
        # the head of a name ("Cheeks" in "Maurice Cheeks") or a title before it ("le PDG X")
        for child in tok.children:
            if any(c.dep_ == "case" for c in child.children):
                continue  # "la conseillère de X" is not X
            for s, e, name in people:
                if s <= child.i < e and child.dep_ in self.rules.deps["appos"] | {"flat:name"}:
                    return name
        low = tok.lower_
        if low in self.rules.pronouns:  # a plural one ("ceux qui") never stands for one person
            return None if self.rules.pronouns[low] == "p" else self.antecedent(tok, people)
        if low in self.rules.relatives and tok.head.dep_ in self.rules.deps["relcl"]:
            return self.person_at(tok.head.head, people)
        return None

    def _plural(self, tok: Token) -> bool:
        """"ils", "eux", "leur départ", "they": a pronoun standing for several people."""
        low = tok.lower_
        if low in self.rules.relatives and tok.head.dep_ in self.rules.deps["relcl"]:
            return self._plural(tok.head.head)
        return self.rules.pronouns.get(low) == "p" or low in self.rules.plural_possessives

    def _describes_person(self, tok: Token) -> bool:
        """A definite description of a person standing for a name: "la nouvelle recrue",
        "l'ancien ministre", "the executive"."""
        if tok.pos_ != "NOUN" or not any(c.dep_ == "det" for c in tok.children):
            return False
        return bool(self.rules.role.fullmatch(tok.text) or tok.lower_ in self.rules.person_nouns)

    def protagonist(self) -> str | None:
        """The person the article names most often (by surname)."""
        if not hasattr(self, "_protagonist"):
            counts = {name: len(re.findall(rf"\b{re.escape(name.split()[-1])}\b",
                                           self.article.text)) for name in self.inv.persons}
            self._protagonist = max(counts, key=lambda n: counts[n]) if counts else None
        return self._protagonist

    def group_before(self, tok: Token, people: list[tuple[int, int, str]]) -> list[str]:
        """The last names before `tok` joined by commas or "et"/"and" ("X, Y et Z ... leur
        départ"): the antecedent of a plural pronoun."""
        before = [p for p in people if p[0] < tok.i]
        if not before:
            return []  # "ils", "leur départ", "helping them" with no group before them in
            # the sentence: never the one person named before
        group = [before[-1]]
        for prev in reversed(before[:-1]):
            gap = tok.doc[prev[1]:group[0][0]]
            if not all(t.is_punct and t.text == "," or t.lower_ in self.rules.conjunctions
                       for t in gap):
                break
            group.insert(0, prev)
        names = list(dict.fromkeys(name for _, _, name in group))
        return names if len(names) > 1 else []  # "ils", "ceux qui": never one person

    def _fronted_subject(self, trig: Token, span: Span, people: list[tuple[int, int, str]]
                         ) -> str | None:
        """The subject named right after the comma that closes a phrase opening the sentence
        ("Après son départ, X a dit"), where no one is named before the trigger."""
        doc = span.doc
        if any(p[0] < trig.i for p in people) or trig.i - span.start > 4:
            return None
        comma = next((k for k in range(trig.i + 1, min(span.end, trig.i + 5))
                      if doc[k].text == ","), None)
        if comma is None:
            return None
        for s, e, name in people:
            subj = next((doc[k] for k in range(max(comma + 1, s - 1), e)
                         if doc[k].dep_ in self.rules.deps["subj"]), None)
            if comma < s <= comma + 3 and subj is not None:
                verb = subj.head  # "Après son départ, X a été nommé": X succeeds, not leaves
                if any(t.regex.match(text_of(doc), verb.idx) for t in self.rules.triggers):
                    return None
                return name
        return None

    def antecedent(self, tok: Token, people: list[tuple[int, int, str]]) -> str | None:
        """The person a pronoun stands for: the latest one named before it, in this sentence
        or earlier ones, of the pronoun's gender when the given name tells ("il" is not Mira
        Murati)."""
        before = [name for s, _, name in people if s < tok.i]
        wanted = self.rules.pronouns.get(tok.lower_, "")
        candidates = list(reversed(self.recent() + before))
        # "Obama nominated her", "le ministre l'a limogée": the object pronoun is never the
        # subject of its own verb (that would be "herself", "s'est")
        deps = self.rules.deps
        subjects = set()
        if tok.lower_ in self.rules.object_pronouns and tok.dep_ in deps["obj"] and \
                tok.head != tok:
            subjects = {self.person_at(c, people) for c in tok.head.children
                        if c.dep_ in deps["subj"] and c.lower_ not in self.rules.pronouns}
        for name in candidates:
            if name in subjects:
                continue
            if wanted not in ("m", "f") or gender(name) in ("", wanted):
                return name
        return None

    def persons_for(self, trig: Token, t: Trigger, people: list[tuple[int, int, str]],
                    span: Span) -> tuple[list[str], bool]:
        """The people a trigger is about, and whether syntax (not proximity) found them."""
        deps = self.rules.deps
        passive = is_passive(trig, deps)
        if trig.pos_ in ("NOUN", "PROPN") or t.arg == "noun":
            if any(c.dep_ == "det" and "Dem" in c.morph.get("PronType") for c in trig.children):
                return [], True  # "ce départ", "cette nomination": a change stated before
            slots = deps["noun_arg"] | deps["poss"] | deps["appos"]
            children = list(trig.children)
            if t.arg == "obj":  # "Y's choice for surgeon general, TV doctor X, ...": an
                # apposition the parser took for a subject
                comma = trig.right_edge.i + 1
                if comma < span.end and span.doc[comma].text == ",":
                    for s, _, name in people:
                        if comma < s <= comma + 5 and not any(
                                tok.is_punct for tok in span.doc[comma + 1:s]):
                            return [name], True
            if t.arg == "obj":  # "Kiir's sacking of Machar": the one sacked, not who sacks
                children.sort(key=lambda c: c.dep_ in deps["poss"])
            possessed = False
            for child in children:
                if t.pair and any(c.dep_ == "case" and c.lower_ in ("par", "by")
                                  for c in child.children):
                    name = self.person_at(child, people)  # "le remplacement de Y par X"
                    if name:
                        return [name], True
                if t.pair and complement(child, deps):
                    continue  # "le successeur de Y", "Y's successor": Y is the one replaced
                if child.dep_ in slots or child.dep_ in deps["subj"]:
                    if child.lower_ in self.rules.kin_nouns:
                        # "le licenciement du frère de X" is about the brother, not X
                        name = self._apposed_name(child, people)
                        return ([name] if name else []), True
                    name = self.person_at(child, people) or name_below(child, people)
                    if name:
                        return self._with_conj(child, name, people), True
                    if self.rules.role.fullmatch(child.text) and complement(child, deps):
                        return [], True  # "la démission du ministre de l'Intérieur": unnamed
                    if child.pos_ == "NOUN" and indefinite(child) and complement(child, deps):
                        return [], True  # "le limogeage d'un inspecteur": someone unnamed
                if child.lower_ in self.rules.possessives and t.pair:
                    possessed = True  # "son successeur": the possessor is the one replaced
                elif child.lower_ in self.rules.possessives:
                    if self._plural(child):
                        group = self.group_before(trig, people)
                        # "leur départ" with no group named: never one person nearby
                        return group, True
                    fronted = self._fronted_subject(trig, span, people)
                    if fronted:  # "Après son départ, Mme X dit...": X, not who was named before
                        return [fronted], True
                    name = self.antecedent(trig, people)
                    if name:
                        return [name], True
            head = trig.head
            if trig.dep_ in deps["appos"] | {"amod", "nmod", "acl", "compound"} and head != trig:
                name = self.person_at(head, people) or self._copula_subject(head, people)
                if name:
                    return [name], True
            name = self._copula_subject(trig, people)
            if name:
                return [name], True
            if possessed:
                return [], True
        else:
            want = deps["obj"] if t.arg == "obj" and not passive else deps["subj"]
            verb = trig
            phrase = t.regex.match(text_of(trig.doc), trig.idx)
            inside = phrase.end() if phrase else trig.idx  # "parted ways with": "ways" is no
            # object of its own
            lead = next((p for p in people if p[0] == span.start), None)
            before = trig.i - 1
            while before > span.start and trig.doc[before].pos_ == "AUX":
                before -= 1
            if want == deps["subj"] and lead is not None and lead[1] < span.end and \
                    trig.doc[lead[1]].text == "," and before > lead[1] and \
                    trig.doc[before].text == "," and not any(
                        c.dep_ in want for c in trig.children):
                # "X, entendu dans l'affaire Y, accusé de Z, a démissionné": the name that
                # opens the sentence, whatever the parser hung the verb on
                return [lead[2]], True
            for _ in range(3):
                if verb.dep_ in {"acl", "amod", "acl:relcl", "relcl"} and \
                        verb.head.lower_ in self.rules.kin_nouns:
                    # "le frère de X licencié par ...": the brother, not X
                    name = self._apposed_name(verb.head, people)
                    return ([name] if name else []), True
                thing = False  # the slot holds something else than a person
                # a named subject first: "Le milieu de terrain X quitte", parsed as two subjects
                for child in sorted(verb.children, key=lambda c: not (
                        c.dep_ in want and self.person_at(c, people))):
                    if verb == trig and trig.idx < child.idx < inside:
                        continue
                    if child.dep_ in want and self._plural(child):
                        group = self.group_before(child, people)
                        # "ils sont partis" with no group named: never one person nearby
                        return group, True
                    if child.dep_ in want and child.pos_ == "NOUN" and "Plur" in \
                            child.morph.get("Number") and not self.person_at(child, people) \
                            and not self.rules.role.fullmatch(child.text):
                        return [], True  # "dix-sept collaborateurs de X ont quitté": unnamed
                    if child.dep_ in want and child.lower_ in self.rules.kin_nouns:
                        # "a limogé le prédécesseur de X, Y": Y, never X
                        name = self._apposed_name(child, people)
                        return ([name] if name else []), True
                    if child.dep_ in want:
                        name = self.person_at(child, people)
                        if not name and self._describes_person(child):
                            # "l'ancienne conseillère de X a été nommée": not X
                            name = name_below(child, people, skip=self.rules.deps["noun_arg"]
                                                   | self.rules.deps["relcl"])
                        elif not name:  # never inside a relative clause on the slot
                            name = name_below(child, people, skip=self.rules.deps["relcl"])
                        if name:
                            return self._with_conj(child, name, people), True
                        if self._describes_person(child):
                            # "cette nouvelle recrue a quitté...": the article's protagonist
                            main = self.protagonist()
                            return ([main], False) if main else ([], False)
                        if want == deps["subj"] and self._is_thing(child, people):
                            return [], True  # "le gouvernement a démissionné"
                        if indefinite(child):
                            return [], True  # "un adjoint démissionne": someone unnamed
                        thing = thing or (child.pos_ in ("NOUN", "PROPN") and child.ent_type_
                                          not in ("DATE", "TIME")
                                          and not self.rules.dates.is_date_word(child.text)) or (
                            child.pos_ == "PRON" and child.lower_ not in self.rules.pronouns
                            and child.lower_ not in self.rules.relatives)  # "fired it"
                if thing:  # "hired some equipment", "the lead returned", "acquiring Helix":
                    return [], False  # no one named nearby stands in for it
                if want == deps["subj"] and verb.dep_ in ("advcl", "acl") and "Part" in \
                        verb.morph.get("VerbForm") and verb.i - 1 > span.start and \
                        span.doc[verb.i - 1].text == ",":
                    # "Interrogé sur X, promis à devenir président, Y assure...": the
                    # participle set after the name describes it, not the main clause's subject
                    name = next((p[2] for p in people if p[1] == verb.i - 1), None)
                    if name:
                        return [name], True
                if verb.dep_ in {"xcomp", "conj", "ccomp", "advcl", "acl", "acl:relcl", "relcl"} \
                        and verb.head != verb and want == deps["subj"]:
                    if verb.dep_ in deps["relcl"] | {"acl"}:
                        name = self.person_at(verb.head, people)
                        if not name and verb.head.dep_ in deps["appos"]:
                            # "X, a champion who retired": the noun stands for the name
                            name = self.person_at(verb.head.head, people)
                        if not name:  # "she was the first woman to be elected to X"
                            name = self._copula_subject(verb.head, people)
                        if name:
                            return [name], True
                        if verb.pos_ == "VERB" and (self._is_thing(verb.head, people)
                                                    or indefinite(verb.head)):
                            return [], True  # "le cortège parti de", "une élue poussée à"
                    if verb.dep_ == "xcomp":  # "asked X to join": X joins, not who asks
                        for c in verb.head.children:
                            if c.dep_ in deps["obj"] and c.i < verb.i:
                                name = self.person_at(c, people) or name_below(c, people)
                                if name:
                                    return [name], True
                    verb = verb.head
                    continue
                if verb.dep_ in {"acl", "amod"} and verb.head != verb:
                    name = self.person_at(verb.head, people) or self._copula_subject(
                        verb.head, people)
                    if name:  # "fired coaches Eddie Jordan and Sam Mitchell": all of them
                        named = [c for c in verb.head.children if self.person_at(c, people)]
                        return (self._with_conj(named[0], name, people) if named
                                else [name]), True
                    if verb.pos_ == "VERB" and (self._is_thing(verb.head, people)
                                                or indefinite(verb.head)):
                        return [], True  # "le cortège parti de", "une élue poussée à"
                break
        # proximity: the nearest person, on the side the argument usually stands; never the
        # agent of a passive ("le remède promu par X": X promotes, nobody is promoted)
        agents = {k.i for c in trig.children if c.dep_ in deps["agent"] for k in c.subtree}
        if any(p[0] in agents for p in people):
            return [], False  # the one the agent acts on is not named where syntax looks
        if t.arg == "obj" and trig.pos_ in ("NOUN", "PROPN") and trig.dep_ in deps["obj"]:
            # "Governor X announces nominee", "X announced the appointment": who announces,
            # names or fires is not the one named or fired
            actor = {k.i for c in trig.head.children if c.dep_ in deps["subj"]
                     for k in c.subtree}
            people = [p for p in people if p[0] not in actor]
        if t.pair:  # never the one replaced ("X, le successeur de Y", "pour remplacer Y")
            hidden = {k.i for c in trig.children
                      if complement(c, deps) or (c.dep_ in deps["obj"] and not passive)
                      for k in c.subtree}
            people = [p for p in people if p[0] not in hidden]
        if not people:
            name = self.antecedent(trig, people) if self._pronoun_near(trig, span) else None
            return ([name] if name else []), False
        left = [p for p in people if p[1] <= trig.i]
        right = [p for p in people if p[0] > trig.i]
        prefer_right = (t.arg == "obj" and not passive) or t.arg == "noun"
        order = (right[:1] + left[-1:]) if prefer_right else (left[-1:] + right[:1])
        if not order:  # the trigger inside the only name ("Lambert.quittera": glued text)
            return [], False
        return [order[0][2]], False

    def _copula_subject(self, noun: Token, people: list[tuple[int, int, str]]) -> str | None:
        """"X became the fifth coach fired", "X is the leading contender to become": the
        subject of the verb whose complement holds the trigger."""
        if any(c.dep_ == "cop" for c in noun.children):  # "X est la nouvelle présidente"
            for child in noun.children:
                if child.dep_ in self.rules.deps["subj"]:
                    return self.person_at(child, people) or name_below(child, people)
        if noun.dep_ not in ("attr", "oprd") or noun.head == noun:
            return None
        for child in noun.head.children:
            if child.dep_ in self.rules.deps["subj"]:
                return self.person_at(child, people) or name_below(child, people)
        return None

    def _is_thing(self, tok: Token, people: list[tuple[int, int, str]]) -> bool:
        """A common noun that names no person: no title, no person noun, no name below it
        ("le gouvernement", "le cortège", "la cohorte de professionnels")."""
        low = tok.lower_
        phrase = tok.doc[tok.left_edge.i:tok.i + 1].text  # "the chief technology officer"
        return tok.pos_ == "NOUN" and not (
            self.rules.role.search(phrase) or low in self.rules.person_nouns
            or low in self.rules.kin_nouns or fold(tok.text).rstrip(".") in self.rules.titles
            or name_below(tok, people))

    def _apposed_name(self, tok: Token, people: list[tuple[int, int, str]]) -> str | None:
        """The name set off by a comma right after the noun phrase of `tok` ("le
        prédécesseur de X, Y"), or inside it as an apposition."""
        for c in tok.children:
            if c.dep_ == "appos":
                name = self.person_at(c, people)
                if name:
                    return name
        k = tok.right_edge.i + 1
        if k < len(tok.doc) and tok.doc[k].text == ",":
            return next((name for s, _, name in people if s == k + 1), None)
        return None

    def _pronoun_near(self, trig: Token, span: Span) -> bool:
        lo = max(span.start, trig.i - 6)
        return any(tok.lower_ in self.rules.pronouns or tok.lower_ in self.rules.possessives
                   for tok in trig.doc[lo:trig.i + 1])

    def _with_conj(self, tok: Token, first: str, people: list[tuple[int, int, str]]) -> list[str]:
        """"X, Y et Z ont été limogés": every conjoined name gets its own event."""
        names = [first]
        for other in tok.conjuncts:
            name = self.person_at(other, people) or name_below(other, people)
            if name and name not in names:
                names.append(name)
        return names

    # -- organizations -----------------------------------------------------------------
    def org_spans(self, span: Span, person_toks: set[int]) -> list[tuple[int, int, str, bool]]:
        """(first token, end token, name, tagged by NER) of the organizations in a sentence:
        NER's, those the article named elsewhere, and capitalised runs after an organization
        preposition ("of the 76ers", "chez Anthropic") that NER missed."""
        found: dict[int, tuple[int, int, str, bool]] = {}
        for ent in span.ents:
            if ent.label_ in self.rules.org_labels and not (set(range(ent.start, ent.end))
                                                             & person_toks):
                end = ent.end  # "Helix Robotics" when NER stops at "Helix"
                while (end < span.end and capitalised(span.doc[end]) and end not in person_toks
                       and span.doc[end].ent_iob_ != "B" and span.doc[end].pos_ in ("PROPN", "")
                       and "\n" not in span.doc[end - 1].whitespace_
                       # "France Télévisions Takis Candilis": a name the article gives a
                       # person elsewhere is no part of the organization's
                       and not self._starts_person(list(span.doc[end:min(span.end, end + 2)]))):
                    end += 1
                end += self._number_of_name(span, end)
                cut = departure_split(ent, self.rules)
                if cut:  # "a quitté Challenges pour l'Elysée": what is left, then where to
                    rest = self._org_name(span.doc[cut[1]:end])
                    if rest:
                        found[cut[1]] = (cut[1], end, rest, True)
                    end = cut[0]
                name = self._org_name(span.doc[ent.start:end])
                if name:
                    found[ent.start] = (ent.start, end, name, True)
        doc = span.doc
        for tok in span:
            prev = doc[tok.i - 1] if tok.i > span.start else None
            if (prev is not None and prev.lower_ in self.rules.org_preps | self.rules.determiners
                    and self.rules.government.body.fullmatch(tok.text)):
                found[tok.i] = (tok.i, tok.i + 1, tok.lower_, False)
        for tok in span:
            if tok.i in found or tok.i in person_toks or not capitalised(tok):
                continue
            if tok.i > span.start and capitalised(doc[tok.i - 1]) and doc[tok.i - 1].i not in \
                    person_toks:
                continue  # inside a run already seen
            prev = doc[tok.i - 1] if tok.i > span.start else None
            prev2 = doc[tok.i - 2] if tok.i - 1 > span.start else None
            after_prep = prev is not None and (
                prev.lower_ in self.rules.org_preps
                or (prev.lower_ in self.rules.determiners and prev2 is not None
                    and prev2.lower_ in self.rules.org_preps)
            )
            text = text_of(doc)
            after_noun = bool(self.rules.org_noun.search(text[max(0, tok.idx - 40):tok.idx]))
            known = any(fold(tok.text) == fold(o.split()[0]) for o in self.inv.orgs)
            j = tok.i
            while (j + 1 < span.end and (capitalised(doc[j + 1]) or capitalised_pronoun(
                    doc[j + 1])) and doc[j + 1].i not in person_toks
                   and "\n" not in doc[j].whitespace_):
                j += 1
            if tok.ent_iob_ == "B" and tok.ent_type_ not in self.rules.person_labels:
                # an entity with a lowercase adjective in its name: "au Stade rennais"
                while j + 1 < span.end and doc[j + 1].ent_iob_ == "I" and doc[j + 1].pos_ == "ADJ" \
                        and doc[j + 1].is_lower:
                    j += 1
            j += self._number_of_name(span, j + 1)
            nxt = j + 1  # "Rovers' head coach": past the possessive mark
            while nxt < span.end and doc[nxt].text in _POSSESSIVE:
                nxt += 1
            before_role = nxt < span.end and bool(self.rules.role.match(text, doc[nxt].idx))
            if not (after_prep or after_noun or known or before_role):
                continue
            name = self._org_name(doc[tok.i:j + 1])
            if name:
                found[tok.i] = (tok.i, j + 1, name, known)
        return sorted(found.values())

    def _number_of_name(self, span: Span, k: int) -> int:
        """1 where the token at `k` is a small number that ends the capitalised name before it
        ("France 2", "Ligue 1", "Europe 1"), never a date ("Paris 2 juin"), else 0."""
        doc = span.doc
        if k >= span.end or not doc[k].text.isdigit() or len(doc[k].text) > 2 or \
                "\n" in doc[k - 1].whitespace_ or not capitalised(doc[k - 1]):
            return 0
        after = doc[k + 1] if k + 1 < span.end else None
        if after is not None and (self.rules.dates.is_date_word(after.text)
                                  or after.lower_ in self.rules.time_nouns or after.like_num):
            return 0
        return 1

    def _org_name(self, toks: Span) -> str | None:
        """The organization name in a run of tokens, without leading role words or articles,
        or None when the run is a date, a role, a person or a common word."""
        words = [t for t in toks if not t.is_punct or t.text in "&.-'’"]
        words = words[self._leading_title_words(words):]
        while words and self.rules.dates.is_date_word(words[-1].text):
            words = words[:-1]  # "de la Fédération française de tennis de table samedi"
        while len(words) > 1 and any(t.regex.fullmatch(words[-1].text)
                                     for t in self.rules.triggers):
            words = words[:-1]  # a headline: "Philadelphia 76ers Fire Coach X"
        if len(words) == 1 and (words[0].pos_ == "NOUN" or words[0].is_sent_start) and any(
                t.regex.fullmatch(words[0].text) for t in self.rules.triggers):
            return None  # a headline's first word: "Limogeage de X :"
        if not words or (all(t.pos_ == "ADJ" for t in words) and not (
                len(words) == 1 and words[0].ent_type_ in self.rules.org_labels
                and fold(words[0].text) not in self.rules.government.country_of)):
            # "head of European equities": a nationality is not an organization; but "le
            # groupe Sorel", a name the tagger took for an adjective, is one
            return None
        name = toks.doc[words[0].i:words[-1].i + 1].text.split("\n")[0].strip(" ,;:«»\"“”()")
        if not re.search(r"(?:^|\.)[A-Z]\.$", name):  # "U.S." keeps its last period
            name = name.rstrip(".")
        name = name.replace("\u00ad", "")  # soft hyphens from the page layout
        name = re.sub(r"['’]s?$", "", name)
        trailing_role = self.rules.role_at_end.search(name)
        if trailing_role:  # "U.S. Surgeon General" → "U.S."
            name = name[:trailing_role.start()].strip()
        while " " in name and any(t.regex.fullmatch(name.rsplit(" ", 1)[1])
                                  for t in self.rules.triggers):
            name = name.rsplit(" ", 1)[0]  # a headline: "Philadelphia 76ers Fire Coach X"
        if not name or fold(name) in self.rules.not_orgs or self.rules.role.fullmatch(name):
            return None
        if self.rules.dates.is_date_word(name) or self.inv.is_person(name):
            return None
        if self.inv.is_known_surname(name.split()[-1]) and len(name.split()) <= 2:
            return None
        return self.inv.full_org(name)

    def _leading_title_words(self, words: list[Token]) -> int:
        """How many words open a run before the organization's name: articles and function
        words ("the", "former") always; titles and roles ("Head Coach", "General", "New") only
        when a person or nothing follows, because names start with them too ("General Motors",
        "Doctor Who", "New Orleans", "Chief Brands")."""
        text = text_of(words[0].doc) if words else ""
        k, first_title = 0, None
        while k < len(words):
            w = words[k]
            role = self.rules.role.match(text, w.idx)
            if first_title is None and (w.lower_ in self.rules.determiners or w.is_stop
                                        or self.rules.dates.is_date_word(w.text)):
                k += 1
            elif role or fold(w.text) in self.rules.not_orgs or fold(w.text).rstrip(
                    ".") in self.rules.titles:
                first_title = k if first_title is None else first_title
                end = role.end() if role else w.idx + len(w.text)
                k = next((n for n in range(k + 1, len(words)) if words[n].idx >= end),
                         len(words))
            else:
                break
        if first_title is not None and k < len(words) and not self._starts_person(words[k:]):
            return first_title
        return k

    def _starts_person(self, words: list[Token]) -> bool:
        """The words open a person's name: tagged or known as one, or a given name and a
        capitalised word."""
        first = words[0]
        if first.ent_type_ in self.rules.person_labels or self.inv.is_known_surname(first.text):
            return True
        if any(fold(p).split()[0] == fold(first.text) for p in self.inv.persons if " " in p):
            return True
        return len(words) > 1 and fold(first.text) in first_names() and words[1].text[:1].isupper()

    def org_for(self, trig: Token, t: Trigger, span: Span, person_toks: set[int],
                exclude: set[str], role_pos: tuple[int, int] | None,
                trig_last: Token | None = None) -> tuple[str | None, bool]:
        """The organization of the position: after the role ("PDG de Renault", "coach of the
        76ers"), attached to the trigger ("quitte OpenAI", "joins Google"), the subject of
        "Renault a limogé X", the nearest one NER found, else the article's main one."""
        doc = span.doc
        if role_pos and t.kind == "start" and self.rules.former and self.rules.former.search(
                text_of(doc)[max(0, doc[role_pos[0]].idx - 20):doc[role_pos[0]].idx]):
            role_pos = None  # "l'ancien ministre X a rejoint Y": not the post X takes
        role_text = doc[role_pos[0]:role_pos[1] + 1].text if role_pos else ""
        named = self.org_spans(span, person_toks)
        orgs = [o for o in named
                if fold(o[2]) not in exclude and not self._is_outlet(o[2])
                and not _affiliation(doc, o, person_toks)
                and not (self.rules.occasion and self.rules.occasion.search(
                    text_of(doc)[max(0, doc[o[0]].idx - 40):doc[o[0]].idx]))
                and not (self.rules.portfolio and self.rules.portfolio.search(
                    text_of(doc)[max(span.start_char, doc[o[0]].idx - 40):doc[o[0]].idx]))
                and not (self.rules.past_affiliation and self.rules.past_affiliation.search(
                    text_of(doc)[max(span.start_char, doc[o[0]].idx - 80):doc[o[0]].idx]))
                and not (t.kind == "start" and self.rules.origin.search(
                    text_of(doc)[max(0, doc[o[0]].idx - 30):doc[o[0]].idx]))
                and not (t.kind == "start" and self._former_post_org(doc[o[0]]))]
        programme = self.rules.programme.search(text_of(doc)[span.start_char:span.end_char]) \
            if self.rules.programme else None
        if programme:  # a presenter's post belongs to the programme, not the channel
            return programme.group(1), False
        if t.kind == "end" and trig.pos_ in ("VERB", "NOUN"):
            left = self._left_org(trig_last or trig, span, person_toks, orgs, exclude)
            if left:  # "a démissionné des Républicains", "quitter l'Élysée", whatever the role
                return left, False
        if role_pos is not None and self.dominant and 0 < role_pos[0] - trig.i <= 8 and \
                doc[role_pos[0] - 1].text in _POSSESSIVE and self.rules.generic_orgs.fullmatch(
                    doc[role_pos[0] - 3:role_pos[0] - 1].text):
            return self.dominant, False  # "as the team's president": the article's team
        if role_pos is not None:
            for o in orgs:  # "as Surgeon General, Department of Health": the title's
                # organization set after it by a comma, as press releases write it
                if o[3] and o[0] == role_pos[1] + 2 and doc[role_pos[1] + 1].text == ",":
                    return o[2], False
        if t.action in ("join", "return") and trig.pos_ == "VERB":
            last = (trig_last or trig).i
            right = self._left_org(trig_last or trig, span, person_toks, orgs, exclude)
            if right:  # "pour rejoindre l'OM", whatever NER tagged it
                return right, False
            for o in orgs:  # "a rejoint le courtier en assurances X", whatever the role
                if 0 < o[0] - last <= 6 and all(
                        not doc[k].is_punct and doc[k].pos_ not in ("VERB", "AUX", "PROPN")
                        for k in range(last + 1, o[0])):
                    return o[2], False
        if role_pos and self.rules.government.posts.match(role_text):
            for o in orgs:  # "U.S. Surgeon General", "Alabama's attorney general": as written
                if 0 <= role_pos[0] - o[1] <= 1 and all(doc[k].text in _POSSESSIVE
                                                        for k in range(o[1], role_pos[0])):
                    return o[2], False
            # "ministre des Ressources en eau": a portfolio, not the organization
            around = doc[max(span.start, role_pos[0] - 2):min(span.end, role_pos[1] + 6)].text
            gov = self.rules.government
            if gov.sentence_only and not gov.country_in(around):
                # the country the sentence names nearest the title, else none
                sentence = text_of(doc)[span.start_char:span.end_char]
                at = doc[role_pos[0]].idx - span.start_char
                near = min(gov.countries.finditer(sentence), default=None,
                           key=lambda c: abs(c.start() - at))
                if near is not None:
                    return gov.country_of[fold(near.group(0))], False
                return None, False
            before = text_of(doc)[max(0, doc[role_pos[0]].idx - 40):doc[role_pos[0]].idx]
            return self.government_org(role_text, around,
                                       bool(gov.staff and gov.staff.search(before))), False
        if t.action == "found":
            return self._founded_org(trig, orgs, named, span, person_toks, trig_last), False
        after = doc[trig.i + 1:min(span.end, trig.i + 4)].text
        generic = self.rules.generic_orgs.match(after)
        last = (trig_last or trig).i
        while last + 1 < span.end and last > trig.i and doc[last + 1].pos_ == "ADJ":
            last += 1  # "la direction exécutive de"
        if not generic and t.kind == "start" and last > trig.i and last + 2 < span.end and \
                doc[last + 1].lower_ in self.rules.from_preps:
            # "reprend la direction de la chaîne": the organization the article is about
            article = "le " if doc[last + 1].lower_ == "du" else ""
            generic = self.rules.generic_orgs.match(
                article + doc[last + 2:min(span.end, last + 4)].text)
            named = any(capitalised(doc[k]) for k in range(last + 2, min(span.end, last + 5)))
            generic = None if named else generic  # "la tête du groupe Sorel": a name
            if generic and not self.dominant:
                return None, False  # not the organization of a title beside the name
        if generic and any(c.isupper() for c in generic.group(0)[1:]):
            generic = None  # "le Mouvement radical", "le Groupe Sorel": a name
        if generic and set(fold(generic.group(0)).split()) & self.rules.party_nouns:
            # "le sénateur LREM X a quitté le parti": the party is the acronym by the name
            parties = [o for o in self.org_spans(span, set()) if re.fullmatch(r"[A-Z]{2,6}", o[2])]
            # else unknown here: the mention merges with one that names the party
            return (min(parties, key=lambda o: abs(o[0] - trig.i))[2] if parties else None), False
        if generic and self.dominant:  # "quitte l'entreprise": the one the article is about
            return self.dominant, False
        destination = None
        for o in orgs:  # "rejoindre Microsoft", "quitte la présidence de Renault"
            if 0 < o[0] - trig.i <= 4 and all(not doc[k].is_punct and doc[k].pos_ not in (
                    "VERB", "AUX") for k in range(trig.i + 1, o[0])):
                if t.kind == "end" and any(doc[k].lower_ in self.rules.destination_preps
                                           for k in range(trig.i + 1, o[0])):
                    destination = o  # "left for Detroit": where the person goes
                    break
                return o[2], False
        orgs = [o for o in orgs if o != destination]
        if role_pos is not None:
            role_first = role_pos[0]
            for o in orgs:  # "Philadelphia 76ers head coach", "OpenAI's CTO"
                if 0 <= role_first - o[1] <= 1 and all(doc[k].text in _POSSESSIVE
                                                       for k in range(o[1], role_first)):
                    return o[2], False
            for n, o in enumerate(orgs):
                if 0 < o[0] - role_pos[1] <= 4 and any(
                        doc[k].lower_ in self.rules.org_preps for k in range(role_pos[1], o[0])):
                    inner = orgs[n + 1] if n + 1 < len(orgs) else None
                    if inner and o[1] < len(doc) and doc[o[1]].text in _POSSESSIVE and \
                            inner[0] == o[1] + 1 and \
                            doc[o[0]].ent_type_ not in self.rules.place_labels:
                        return inner[2], False  # "director of the NIH's Genome Institute"
                    return o[2], False
        actor = self._actor_org(trig, t, span, person_toks, exclude)
        if actor:
            return actor, False
        for o in orgs:  # "succède à X à la présidence de la Métropole"
            if any(self.rules.seat.fullmatch(doc[k].text)
                   for k in range(max(span.start, o[0] - 4), o[0])):
                return o[2], False
        for o in orgs:
            if o[0] <= trig.i and any(doc[k].dep_ in self.rules.deps["subj"] and doc[k].head == trig
                                      for k in range(o[0], o[1])):
                return o[2], False
        if role_text and self.rules.political_role.match(role_text.lower()):
            place = self.country()
            gov = self.rules.government
            if gov.home and self.dominant and gov.body.fullmatch(self.dominant) and not (
                    place and gov.country_in(place)):
                # "le nouveau président X" in an article about the government: the country
                return gov.home, False
            if place and self.dominant and not self.rules.government.country_in(place):
                # "former president X" in an article about a club that names a city: the
                # club's president, not the city's
                return self.dominant, True
            if place:
                return place, False
        if role_pos is not None and span[0].lower_ in self.rules.topic_preps:
            for o in orgs:  # "On the Federal Reserve, he said ... current chair X": the topic
                if o[0] <= span.start + 2 and o[1] < role_pos[0] and doc[o[1]].text == ",":
                    return o[2], False
        # nearby names, but not where something is ("un logement HLM à Paris")
        tagged = [o for o in orgs if o[3] and abs(o[0] - trig.i) <= 15 and not (
            doc[o[0]].ent_type_ in self.rules.place_labels and o[0] > span.start
            and doc[o[0] - 1].lower_ in self.rules.place_preps)
            # "le départ de X pour la FFT": where X goes, not what X leaves
            and not (t.kind == "end" and o[0] > trig.i and any(
                doc[k].lower_ in self.rules.destination_preps
                for k in range(trig.i + 1, o[0])))
            and doc[o[0]].ent_type_ not in self.rules.group_labels
            # one of a list ("played with San Antonio, New York and Atlanta"): none of them;
            # a person the parser hung on it is no list ("PSG : X limogé, Y pour lui succéder")
            and not any((k.dep_ == "conj" and k.head.i not in person_toks) or any(
                c.dep_ == "conj" and c.i not in person_toks for c in k.children)
                        for k in doc[o[0]:o[1]])
            # another name's ("PJ Carlesimo of Oklahoma City"), whatever NER made of the name
            and not (o[0] - 2 >= span.start and doc[o[0] - 1].lower_ in self.rules.org_preps
                     and doc[o[0] - 2].pos_ == "PROPN" and capitalised(doc[o[0] - 2]))
            and not (other_clause(doc[o[0]:o[1]], trig, self.rules.triggers)
                     # the parser takes "startup" for a verb: "the startup Corvid Labs"
                     and not self.rules.org_noun.search(
                         text_of(doc)[max(0, doc[o[0]].idx - 40):doc[o[0]].idx]))]
        if tagged:
            return min(tagged, key=lambda o: abs(o[0] - trig.i))[2], False
        if t.needs_org:
            return None, False
        if self.dominant and t.action != "found":
            return self.dominant, True
        return None, False

    def _former_post_org(self, first: Token) -> bool:
        """The organization of a former post ("ex-commander of the Internal Troops"): never the
        one of a post someone takes."""
        if not self.rules.former:
            return False
        before = text_of(first.doc)[max(0, first.idx - 60):first.idx]
        det = "|".join(re.escape(d) for d in self.rules.determiners)
        former = re.sub(r"\\s\*\$$", "", self.rules.former.pattern)
        post = re.compile(r"(?:" + former + r")(?:\s+|(?<=-))[\w’'-]+(?:\s+[\w’'-]+){0,2}\s+(?:"
                          + "|".join(re.escape(p) for p in self.rules.org_preps)
                          + r")\s+(?:(?:" + det + r")\s+)?$", re.IGNORECASE)
        return bool(post.search(before))

    def _actor_org(self, trig: Token, t: Trigger, span: Span, person_toks: set[int],
                   exclude: set[str]) -> str | None:
        """Who fires, hires or names someone is the organization of the position, whatever NER
        tagged it ("The Philadelphia 76ers fired X", "X was hired by the Sixers"), unless it
        is a person ("Obama nominated X")."""
        if t.arg != "obj":
            return None
        deps = self.rules.deps
        if is_passive(trig, deps):
            # the agent is the preposition ("by" → its noun) or the noun itself ("par X")
            agents = [g for c in trig.children if c.dep_ in deps["agent"]
                      for g in (list(c.children) if c.pos_ == "ADP" else [c])]
        else:
            agents = [c for c in trig.children
                      if c.dep_ in deps["subj"] and c.dep_ not in deps["passive_subj"]]
        for head in agents:
            if head.i in person_toks or not capitalised(head) or \
                    head.lower_ in self.rules.pronouns:
                continue
            start = head.i  # the capitalised words before the head noun: "Philadelphia 76ers"
            while start > span.start and capitalised(span.doc[start - 1]) and \
                    start - 1 not in person_toks:
                start -= 1
            name = self._org_name(span.doc[start:head.i + 1])
            if name and fold(name) not in exclude and not self._is_outlet(name):
                return name
        return None

    def _left_org(self, trig: Token, span: Span, person_toks: set[int],
                  orgs: list[tuple[int, int, str, bool]], exclude: set[str]) -> str | None:
        """The organization right after a departure ("quitte LR", "démissionne du Parti
        socialiste", "quitter l'Élysée"), tagged or not; never a country ("quitte la France")."""
        doc = span.doc
        k = trig.i + 1
        while k < span.end and (doc[k].lower_ in self.rules.determiners
                                or doc[k].lower_ in self.rules.from_preps):
            k += 1
        if k >= span.end or k in person_toks:
            return None
        name = next((o[2] for o in orgs if o[0] == k), None)
        if name is None and capitalised(doc[k]):
            j = k
            while j + 1 < span.end and capitalised(doc[j + 1]) and j + 1 not in person_toks:
                j += 1
            name = self._org_name(doc[k:j + 1])
        if not name or fold(name) in exclude or self._is_outlet(name) or \
                fold(name) in self.rules.government.country_of:
            return None
        return name

    def _founded_org(self, trig: Token, orgs: list[tuple[int, int, str, bool]],
                     named: list[tuple[int, int, str, bool]], span: Span, person_toks: set[int],
                     trig_last: Token | None = None) -> str | None:
        """The organization someone creates is the one the founding names: its object
        ("a cofondé Vegetis", "started his own firm, Northgate Partners"), the name it
        describes ("Vegetis, fondée par", "OpenAI co-founder"), never the one of a role held
        before ("l'ancien directeur d'Orsay Conseil a créé sa propre entreprise": null)."""
        doc = trig.doc
        # "X, an OpenAI co-founder": the name before the noun, even where it reads as X's
        # affiliation (which `orgs` leaves out; `named` has every organization of the sentence)
        for o in named:  # "OpenAI co-founder", "OpenAI's co-founder"
            if 0 <= trig.i - o[1] <= 1 and all(doc[k].text in _POSSESSIVE
                                                 for k in range(o[1], trig.i)):
                return o[2]
        for o in orgs:  # "co-founder of Vexal", not "co-founder who joined Vexal"
            if 0 < o[0] - trig.i <= 8 and not verb_between(doc[o[0]], trig, trig_last or trig):
                return o[2]
        k = trig.i + 1  # "founded the Bayou La Batre Rural Health Clinic", untagged
        while k < span.end and doc[k].lower_ in self.rules.determiners:
            k += 1
        j = k
        while j < span.end and capitalised(doc[j]) and j not in person_toks:
            j += 1
        name = self._org_name(doc[k:j]) if j > k else None
        if name:
            return name
        for o in orgs:  # "Vegetis, fondée en 2018 par", "Vegetis was founded by"
            if o[0] <= trig.head.i < o[1] and trig.dep_ in {"acl", "amod", "relcl", "acl:relcl"}:
                return o[2]
            if any(doc[k].head == trig and doc[k].dep_ in self.rules.deps["passive_subj"]
                   for k in range(o[0], o[1])):
                return o[2]
        return None

    # -- attributes --------------------------------------------------------------------
    def role_match(self, sent_text: str, pos: int, kind: str, person: str | None = None,
                   actors: frozenset[str] = frozenset(),
                   skip: Iterable[tuple[int, int]] = ()) -> tuple[int, int] | None:
        """Where the role title of the change at `pos` stands: the nearest, preferring one
        after a start, cut before a name it swallowed ("secrétaire d'État à l'Écologie
        Emmanuelle Wargon"). With `person`, never the title of someone else, written right
        before that other person's name ("President Barack Obama nominated X")."""
        best: tuple[int, re.Match[str]] | None = None
        # "Bruno Le Maire", "Le Maire a dit": a name, or the end of one, is no title
        in_names = [(k.start(), k.end()) for part in {" ".join(p.split()[i:]) for p in
                                                      self.inv.persons
                                                      for i in range(len(p.split()))}
                    for k in re.finditer(rf"(?<!\w){re.escape(part)}(?!\w)", sent_text)]
        for m in self.rules.role.finditer(sent_text):
            if person and self.rules.titles_precede_names and self._titles_other(
                    sent_text, m.end(), person, actors):
                continue
            if any(a <= m.start() and m.end() <= b for a, b in [*in_names, *skip]):
                continue
            if kind == "start" and self.rules.former and self.rules.former.search(
                    sent_text[max(0, m.start() - 20):m.start()]):
                continue  # "l'ancien ministre": not the post taken
            d = min(abs(m.start() - pos), abs(m.end() - pos))
            if kind == "end" and m.start() > pos and self.rules.post_left and \
                    self.rules.post_left.search(sent_text[pos:m.start()]):
                d = 0  # "démissionnera de son mandat de maire": the post left
            if kind == "start" and m.start() > pos:
                d //= 3  # "took over as head coach", "nommé directeur général": the new role
                if d <= 12:  # "the governor will name X attorney general": not the namer's
                    d = 0
            if best is None or d < best[0]:
                best = (d, m)
        if not best or best[0] >= 120:
            return None
        start, end = best[1].span()
        for name in self.inv.persons:
            i = sent_text.find(name.split()[0], start + 1, end)
            if i > start:
                end = i
        return start, len(sent_text[:end].rstrip(" ,"))

    def _titles_other(self, sent_text: str, end: int, person: str,
                      actors: frozenset[str] = frozenset()) -> bool:
        """A name other than `person`'s (and than the `actors`') follows the title ending at
        `end`."""
        run = re.match(r"(?:\s+[A-Z][\w'’.-]*){1,3}", sent_text[end:])
        if not run:
            return False
        words = run.group(0).split()
        while len(words) > 1 and fold(words[0]).rstrip(".") in self.rules.titles:
            words = words[1:]  # "Sister", "Dr.", "Sen." before the name
        word = fold(words[0])
        own = {fold(w) for w in person.split()}
        if word in own or any(word in {fold(w) for w in a.split()} for a in actors):
            return False
        return any(word in {fold(w) for w in other.split()} for other in self.inv.persons)

    def role_near(self, sent_text: str, pos: int, kind: str, person: str,
                  skip: Iterable[tuple[int, int]] = ()) -> str | None:
        where = self.role_match(sent_text, pos, kind, person, skip=skip)
        if where:
            return _clean_role(sent_text[where[0]:where[1]])
        if kind == "end":
            return self.profile_role(person)
        return None

    def profile_role(self, person: str) -> str | None:
        """A role the article gives the person elsewhere ("le PDG Sam Altman", "Mira Murati,
        CTO de l'entreprise"), used for the position someone leaves: the first mention of the
        surname with a role up to three words before it or after a comma."""
        if person in self._profiles:
            return self._profiles[person]
        text, found = self.article.text, None
        for m in re.finditer(rf"\b{re.escape(person.split()[-1])}\b", text):
            before = text[max(0, m.start() - 120):m.start()]
            role = next((r for r in self.rules.role.finditer(before)
                         if _FEW_WORDS.fullmatch(before, r.end())), None)
            after = None if role else self.rules.profile_after.match(text, m.end())
            if role or after:
                found = _clean_role((role or self.rules.role.search(after.group(0))).group(0))
                break
        if found is None:  # "... le licenciement d'Altman. Le PDG a toujours voulu ..."
            found = self._role_said_next(person)
        self._profiles[person] = found
        return found

    def _role_said_next(self, person: str) -> str | None:
        """A definite role opening the sentence right after one that names the person last
        ("Le PDG", "The chief executive"): the text calls the person by their title."""
        for (_, end), (start, stop) in zip(self.spans, self.spans[1:], strict=False):
            text = self.article.text[start:stop]
            article = self.rules.leading_article.match(text)
            role = article and self.rules.role.match(text, article.end())
            if role and self.recent(start)[-1:] == [person] and person.split()[-1] in \
                    self.article.text[max(0, end - 300):end]:
                return _clean_role(role.group(0))
        return None

    def profile_org(self, person: str) -> str | None:
        """The organization of the post the article gives the person right after a mention
        ("X, chair of the Y Foundation", "X has been the chair of the Y Foundation"), for a
        departure whose sentence names none."""
        if self.rules.profile_org is None:
            return None
        text = self.article.text
        for m in re.finditer(rf"\b{re.escape(person.split()[-1])}\b", text):
            found = self.rules.profile_org.match(text, m.end())
            if found:
                name = found.group(1).rstrip(".")
                if not self.inv.is_person(name) and not self.rules.dates.is_date_word(name):
                    return self.inv.full_org(name)
        return None

    def status_of(self, trig: Token, sent_text: str, offset: int) -> tuple[str, bool]:
        """occurred / planned / rumored / denied, from the verb's mood and tense, negation and
        cue words close to the trigger, and whether the evidence for it was explicit."""
        verbs = [trig] + [c for c in trig.children if c.dep_.startswith("aux")]
        if trig.dep_ in {"xcomp", "ccomp"} or trig.pos_ in ("NOUN", "ADJ"):
            verbs += [trig.head] + [c for c in trig.head.children if c.dep_.startswith("aux")]
        before = sent_text[max(0, offset - 90):offset + len(trig.text) + 25]
        negated = any(c.lower_ in self.rules.negation for v in verbs for c in v.children)
        possible = self.rules.status.get("possible")
        if possible and possible.search(before):
            return "rumored", True  # "n'exclut pas de démissionner": open, not denied
        if self.rules.status["denied"].search(sent_text) and (
            self.rules.status["denied"].search(before) or negated
        ):
            return "denied", True
        if negated and trig.pos_ in ("VERB", "AUX"):
            return "denied", True
        moods = {m for v in verbs for m in v.morph.get("Mood")}
        tenses = {m for v in verbs for m in v.morph.get("Tense")}
        reported = self.rules.status.get("reported")
        if "Cnd" in moods and reported and reported.search(sent_text[max(0, offset - 60):offset]):
            return "planned", True  # "a annoncé qu'il quitterait": a future in the past
        if "Cnd" in moods or self.rules.status["rumored"].search(before):
            return "rumored", True
        if "Fut" in tenses or self.rules.status["planned"].search(before):
            return "planned", True
        strong = trig.pos_ in ("VERB", "AUX") or any(v.pos_ == "AUX" for v in verbs)
        return "occurred", strong

    def sources_in(self, sent_text: str) -> list[str]:
        out: list[str] = []
        for pattern in self.rules.sources:
            # a person quoted ("X said") is not an outlet, unless named by "selon" /
            # "according to"
            quoted_by = bool(re.match(r"(?:\[\w+\])?(?:s?elon|a?ccording)", pattern.pattern))
            for m in pattern.finditer(sent_text):
                src = m.group("src").strip(" ,.;:'’")
                src = re.sub(r"\s+(?:de|du|des|d'|of|and)$", "", src)
                words = src.split()
                if not words or words[0] in self.rules.source_stop and not (
                        len(words) > 1 and words[0].lower() in self.rules.determiners):
                    continue  # "selon Il", but "La Dernière Heure" is a name
                if src.lower() in ("communiqué", "communique"):
                    src = "communiqué"
                if (self.inv.is_person(src) or any(
                        src.endswith(" " + p) for p in self.inv.persons if " " in p)) \
                        and not quoted_by:
                    continue  # "Celtics President Tom Reyes announced": a person, no outlet
                if src not in out:
                    out.append(src)
        return out

    def reason_in(self, sent_text: str, after: int) -> str | None:
        for pattern in self.rules.reasons:
            m = pattern.search(sent_text, max(0, after - 40))
            if m:
                reason = m.group("r").strip(" «»\"“”,")
                return " ".join(reason.split()[:14])
        return None

    # -- one sentence ------------------------------------------------------------------
    def sentence_mentions(self, sent: _Sentence) -> list[Candidate]:
        span = sent.span
        text = self.article.text[sent.start:sent.end]
        self.sentence_start = sent.start
        people = self.person_spans(span)
        self._base = sent.base
        out: list[Candidate] = []
        taken: list[tuple[int, int]] = []
        # a phrase wins over a word inside it ("the leading contender to become" over
        # "become"); otherwise the lexicon's order decides
        found = sorted(((t, m) for t in self.rules.triggers for m in t.regex.finditer(text)),
                       key=lambda tm: tm[1].start() - tm[1].end())
        for t, m in found:
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            if not _trigger_applies(self.rules, t, m, text):
                continue
            # the parsed chunk may start before this sentence: offsets are chunk-relative
            trig = token_at(span, self._base + m.start())
            if trig is None or (t.pos and trig.pos_ not in t.pos):
                continue
            if _inside_a_name(trig, span):
                continue  # "à Limoges", "Jane Fonda": a name that reads like a trigger
            taken.append((m.start(), m.end()))
            if t.not_place and self._place_after(span, self._base + m.end()):
                continue
            out.extend(self._mentions(sent, t, trig, m, text, people))
        return out

    def _place_after(self, span: Span, char: int) -> bool:
        """A place is the first name after the trigger ("returned to Ohio", "to his native
        Ohio")."""
        tok = token_at(span, char)
        while tok is not None and tok.i < span.end - 1 and not tok.text[:1].isupper() and (
                tok.pos_ in ("DET", "PRON", "ADJ", "ADP") or tok.lower_ in self.rules.determiners):
            tok = tok.doc[tok.i + 1]
        return tok is not None and (tok.ent_type_ in self.rules.place_labels or fold(
            tok.text) in self.rules.government.country_of)  # "aux États-Unis", whatever NER says

    def _mentions(self, sent: _Sentence, t: Trigger, trig: Token, m: re.Match[str], text: str,
                  people: list[tuple[int, int, str]]) -> list[Candidate]:
        span = sent.span
        if "Inf" in trig.morph.get("VerbForm") and (
                (trig.head != trig and trig.head.lower_ in self.rules.causatives)
                or (trig.i > span.start and trig.doc[trig.i - 1].lower_ in self.rules.causatives)):
            return []  # "faire partir le convoi": whoever causes it is not the one who leaves
        patient = self._headline_patient(trig, t, people)
        if patient:  # the noun phrase ends at the trigger: what follows is another clause
            head = sent.span.doc[sent.span.start:trig.right_edge.i + 1 if trig.pos_ == "NOUN"
                                 else trig.i + 1]
            org, fallback = self.org_for(
                trig, t, head, {i for s, e, _ in people for i in range(s, e)},
                {fold(s) for s in self.sources_in(text)},
                self._role_token(head, text[:head.end_char - self._base], m.start(),
                                 t.kind, patient))
            return [self._candidate(sent, t, trig, m, text, patient, t.kind, t.action, org,
                                    fallback, self.sources_in(text), True)]
        if t.arg == "obj" and " " not in m.group(0) and without_object(trig, self.rules.deps):
            return []  # someone acting without object: "he fired twice"
        if t.kind == "end" and t.action == "leave" and t.arg == "subj" and self._leaves_a_person(
                trig, people):
            return []  # "qu'il a quitté pour former son trio", "quitte son mari": no post
        if t.pair and is_passive(trig, self.rules.deps):
            return self._passive_pair(sent, t, trig, m, text, people)
        if t.pair:
            swap = self._substituted(trig, people)
            if swap:  # "the club fired X and replaced him with Y"
                return self._pair_candidates(sent, t, trig, m, text, people, *swap)
        if t.pair:
            people = self._with_pair_argument(trig, people)
            if self._replaces_a_thing(trig, people):
                return []  # "remplace le drapeau", "les chansons remplacent les dialogues"
        names, syntactic = self.persons_for(trig, t, people, span)
        if t.pair and not syntactic:
            # "pour la remplacer", "en remplacement de X": no newcomer named; a guess is only
            # safe for a name standing before the trigger in the sentence
            before = {name for _, e, name in people if e <= trig.i}
            names = [n for n in names if n in before]
        person_toks = {i for s, e, _ in people for i in range(s, e)}
        if t.needs_role and not syntactic:
            # "le nouveau PDG, Jean Dupont": the name must stand right by the role
            role = self._role_token(span, text, m.start(), t.kind)
            after = role[1] if role and role[0] - trig.i <= 2 else trig.i + 4
            if role and after == role[1]:
                after = self._past_org_complement(span, after)
            doc = span.doc
            # a name before stands by the title only across a comma or an article ("X, le
            # nouveau PDG"), not across a verb ("X a dit du nouveau président")
            near = [p for p in people if 0 <= p[0] - after <= 3 or (
                0 <= trig.i - p[1] <= 3 and all(k.is_punct or k.pos_ == "DET"
                                                for k in doc[p[1]:trig.i]))]
            names = [near[0][2]] if near else []
        org_span = span
        if t.group:
            names, syntactic, colon = self._group(trig, span, people, names, syntactic)
            if colon is not None:  # the organizations of a list's appositions are not the
                org_span = span.doc[span.start:colon]  # post speculated about
        sources = self.sources_in(text)
        src_folded = {fold(s) for s in sources}
        out: list[Candidate] = []
        own = self._bracketed_orgs(span, people)
        if names and not t.pair:
            listed = self._listed_people(trig, span, people)
            own = {**listed, **own}
            names = names + [n for n in listed if n not in names]
        for name in names:
            if not name or fold(name) in self.inv.not_persons:
                continue
            if t.in_office and (not syntactic or not self._holds_a_title(name)):
                continue  # the death of a singer, of a former minister: no post left
            org, fallback = own.get(name) or self.org_for(
                trig, t, org_span, person_toks, src_folded,
                self._role_token(span, text, m.start(), t.kind, name,
                                 self._actors(trig, t, people)),
                token_at(span, self._base + m.end() - 1))  # "claque la porte de LR"
            if fallback and any(c.lower_ in self.rules.peer_words
                                for c in [*trig.children, *trig.head.children]):
                org, fallback = None, False  # "fellow fired coaches X and Y": elsewhere
            if name not in own and org and any(org == o for o, _ in own.values()):
                # "X is the fifth coach fired, after Y of Denver": Denver is Y's, not X's
                org, fallback = (self.dominant, True) if self.dominant else (None, False)
            if not org and t.kind == "end":  # "X has been the chair of Y. She was replaced"
                org = self.profile_org(name)
            if t.needs_org and not org:
                continue
            cand = self._candidate(sent, t, trig, m, text, name, t.kind, t.action, org,
                                   fallback, sources, syntactic)
            if t.in_office:
                cand.mention.reason = "died"
            if t.group and cand.mention.status == "occurred":
                cand.mention.status = "rumored"  # a speculation, however it is worded
            out.append(cand)
        if t.pair and names:
            replaced = self._replaced(trig, t, people, names)
            for name in replaced:
                org, fallback = self.org_for(trig, t, span, person_toks, src_folded,
                                             self._role_token(span, text, m.start(), "end"))
                if not org:
                    org = self.profile_org(name)
                out.append(self._candidate(sent, t, trig, m, text, name, "end", "leave", org,
                                           fallback, sources, True))
        return out

    def _actors(self, trig: Token, t: Trigger, people: list[tuple[int, int, str]]
                ) -> frozenset[str]:
        """The people who make a change done to someone ("Obama nominated X", "X was fired by
        Y", "Kiir's sacking of X"): their post tells the organization of the one changed."""
        if t.arg != "obj":
            return frozenset()
        deps = self.rules.deps
        heads = [c for c in trig.children if c.dep_ in deps["poss"] or (
            c.dep_ in deps["subj"] and c.dep_ not in deps["passive_subj"])]
        heads += [g for c in trig.children if c.dep_ in deps["agent"] for g in c.children]
        return frozenset(n for n in (self.person_at(h, people) for h in heads) if n)

    def _substituted(self, trig: Token, people: list[tuple[int, int, str]]
                     ) -> tuple[str, str] | None:
        """(newcomer, the one replaced) of an active "replaced X with Y", both people."""
        deps = self.rules.deps
        new = old = None
        for child in trig.children:
            if child.dep_ == "prep" and child.lower_ in self.rules.substitute_preps:
                for g in child.children:
                    new = new or self.person_at(g, people) or name_below(g, people)
            elif child.dep_ in deps["obj"]:
                old = old or self.person_at(child, people) or name_below(child, people)
        return (new, old) if new and old and new != old else None

    def _pair_candidates(self, sent: _Sentence, t: Trigger, trig: Token, m: re.Match[str],
                         text: str, people: list[tuple[int, int, str]], new: str,
                         replaced: str) -> list[Candidate]:
        """A start for the newcomer and an end for the one replaced, at the post's
        organization (else the one the article gave the person replaced)."""
        span = sent.span
        person_toks = {i for s, e, _ in people for i in range(s, e)}
        sources = self.sources_in(text)
        org, fallback = self.org_for(trig, t, span, person_toks, {fold(x) for x in sources},
                                     self._role_token(span, text, m.start(), "start"))
        if not org:
            org, fallback = self.profile_org(replaced), False
        return [self._candidate(sent, t, trig, m, text, replaced, "end", "leave", org, fallback,
                                sources, True),
                self._candidate(sent, t, trig, m, text, new, "start", "appoint", org, fallback,
                                sources, True)]

    def _group(self, trig: Token, span: Span, people: list[tuple[int, int, str]],
               names: list[str], syntactic: bool) -> tuple[list[str], bool, int | None]:
        """Everyone a speculation names: the people listed after a colon that follows the
        trigger ("deux favoris : X et Y"), else the ones found and the names coordinated with
        them ("X, Y et Z sont cités comme candidats")."""
        doc = span.doc
        colon = next((k for k in range(trig.i + 1, min(span.end, trig.i + 12))
                      if doc[k].text == ":"), None)
        if colon is not None:
            after = list(dict.fromkeys(name for s, _, name in people if s > colon))
            if after:
                return after, True, colon
        if not syntactic:  # "X, Y et Z, trois membres du bureau de W, sont cités comme
            # candidats": the subject of the verb the speculation depends on, not W nearby
            verb = trig
            for _ in range(3):
                subj = next((c for c in verb.children
                             if c.dep_ in self.rules.deps["subj"]), None)
                if subj is not None:
                    name = self.person_at(subj, people)
                    if name:
                        names = [name]
                    break
                if verb.head == verb:
                    break
                verb = verb.head
        out = list(names)
        for s, _, name in people:
            if name in names:
                for other in doc[s].conjuncts:
                    found = self.person_at(other, people)
                    if found and found not in out:
                        out.append(found)
        return out, syntactic or len(out) > len(names), None

    def _holds_a_title(self, person: str) -> bool:
        """The article gives the person a title, right before the name or after a comma, that
        no "ancien" / "ex-" makes a past one ("le maire de Brest X", "X, député du Nord")."""
        text = self.article.text
        for m in re.finditer(rf"(?<!\w){re.escape(person.split()[-1])}(?!\w)", text):
            before = text[max(0, m.start() - 120):m.start()]
            role = next((r for r in self.rules.role.finditer(before)
                         if _TITLE_GAP.fullmatch(before, r.end())), None)
            if role is None:
                after = self.rules.profile_after.match(text, m.end())
                role = self.rules.role.search(after.group(0)) if after else None
                where = after.group(0)[:role.start()] if role else ""
            else:
                where = before[:role.start()]
            if role and not (self.rules.former and self.rules.former.search(where[-20:])):
                return True
        return False

    def _leaves_a_person(self, trig: Token, people: list[tuple[int, int, str]]) -> bool:
        """The object of a departure is a person, or someone's relative: one leaves them, not a
        post."""
        for child in trig.children:
            if child.dep_ in self.rules.deps["obj"]:
                if child.lower_ in self.rules.kin_nouns or any(
                        s <= child.i < e for s, e, _ in people):
                    return True
                if child.lower_ in self.rules.relatives and trig.dep_ in self.rules.deps[
                        "relcl"] and any(s <= trig.head.i < e for s, e, _ in people):
                    return True
        return False

    def _replaces_a_thing(self, trig: Token, people: list[tuple[int, int, str]]) -> bool:
        """The object of an active "remplacer" / "replace" is a common noun that names no
        person (neither a name nor a title below it): things replaced, not people."""
        if is_passive(trig, self.rules.deps):
            return False
        for child in trig.children:
            # "en remplacement du jeu X": the noun's "de" complement, what is replaced
            of = trig.pos_ == "NOUN" and child.dep_ in self.rules.deps["noun_arg"] and any(
                c.dep_ == "case" and c.lower_ in ("de", "du", "des", "d'", "d’")
                for c in child.children)
            if (child.dep_ in self.rules.deps["obj"] or of) and child.pos_ == "NOUN" and \
                    child.lower_ not in self.rules.time_nouns:  # "l'an dernier"
                low = child.lower_
                return not (self.rules.role.fullmatch(child.text) or name_below(child, people)
                            or low in self.rules.person_nouns or low in self.rules.kin_nouns)
        return False

    def _past_org_complement(self, span: Span, i: int) -> int:
        """The comma after the organization that completes the role ending at token `i`
        ("le nouveau PDG de Renault, X", "the new chief executive of Marlow Foods, X"), so the
        name after it stands right by the role; `i` itself when there is no such complement."""
        doc = span.doc
        k = i + 1
        if k >= span.end or doc[k].lower_ not in self.rules.org_preps:
            return i
        k += 1
        while k < span.end and doc[k].lower_ in self.rules.determiners:
            k += 1
        start = k
        while k < span.end and capitalised(doc[k]):
            k += 1
        return k if k > start and k < span.end and doc[k].text == "," else i

    def _passive_pair(self, sent: _Sentence, t: Trigger, trig: Token, m: re.Match[str],
                      text: str, people: list[tuple[int, int, str]]) -> list[Candidate]:
        """"X a été remplacé par Y" / "X was replaced by Y": an end for X, a start for Y."""
        span = sent.span
        deps = self.rules.deps
        replaced = new = None
        if trig.dep_ in ("acl", "amod"):
            replaced = self.person_at(trig.head, people)
        for child in trig.children:
            if child.dep_ in deps["subj"]:
                replaced = self.person_at(child, people) or name_below(child, people)
            if child.dep_ in deps["agent"] or child.lower_ in ("par", "by"):
                target = next(iter(child.children), child) if child.lower_ == "by" else child
                new = self.person_at(target, people) or name_below(target, people)
        if new is None:
            after = [p for p in people if p[0] > trig.i]
            new = after[0][2] if after else None
        person_toks = {i for s, e, _ in people for i in range(s, e)}
        sources = self.sources_in(text)
        org, fallback = self.org_for(trig, t, span, person_toks, {fold(x) for x in sources},
                                     self._role_token(span, text, m.start(), "start"))
        if not org and replaced:  # the post of the one replaced, as the article gave it
            org = self.profile_org(replaced)
        out = []
        if replaced:
            out.append(self._candidate(sent, t, trig, m, text, replaced, "end", "leave", org,
                                       fallback, sources, True))
        if new and new != replaced:
            out.append(self._candidate(sent, t, trig, m, text, new, "start", "appoint", org,
                                       fallback, sources, True))
        return out

    def _agent_chars(self, trig: Token | None) -> list[tuple[int, int]]:
        """Where the agents of a trigger stand in its sentence's text ("appointed by the
        president"): who makes the change, whose title is not the post taken."""
        if trig is None or any(t.pair for t in self._change_at(trig)):
            return []  # "replaced by the minister X": the agent is the newcomer
        return [(min(k.idx for k in c.subtree) - self._base,
                 max(k.idx + len(k) for k in c.subtree) - self._base)
                for c in trig.children if c.dep_ in self.rules.deps["agent"]]

    def _role_token(self, span: Span, text: str, pos: int, kind: str, person: str | None = None,
                    actors: frozenset[str] = frozenset()) -> tuple[int, int] | None:
        """First and last token of the role title of the change at `pos` (of `person`'s, or
        else of the `actors`' who make the change: "President X's sacking of Y")."""
        where = self.role_match(text, pos, kind, person,
                                skip=self._agent_chars(token_at(span, self._base + pos)))
        if where is None and actors:
            where = self.role_match(text, pos, kind, person, actors)
        if not where:
            return None
        first = token_at(span, self._base + where[0])
        last = token_at(span, self._base + where[1] - 1)
        return (first.i, last.i) if first is not None and last is not None else None

    def _bracketed_orgs(self, span: Span, people: list[tuple[int, int, str]]
                        ) -> dict[str, tuple[str, bool]]:
        """"X (Oklahoma City), Y (Washington) and Z (Toronto)": in a list where each name has
        its own organization in brackets, that is each person's. One bracket alone ("Patrick
        Bobet (LR)") is an affiliation, not the organization of the change."""
        doc = span.doc
        own: dict[str, tuple[str, bool]] = {}
        for _, end, name in people:
            if end + 2 < span.end and doc[end].text == "(":
                close = next((k for k in range(end + 1, min(span.end, end + 6))
                              if doc[k].text == ")"), None)
                if close and close > end + 1 and doc[end + 1].text[:1].isupper():
                    own[name] = (self.inv.full_org(doc[end + 1:close].text), False)
        return own if len(own) >= 2 else {}

    def _listed_people(self, trig: Token, span: Span, people: list[tuple[int, int, str]]
                       ) -> dict[str, tuple[str | None, bool]]:
        """"the fifth coach fired this season, after X of Denver, Y (Austin) and Tampa's Z":
        the people listed after the trigger went through the same change, each at the
        organization written with their name (or none)."""
        doc = span.doc
        found = next((m for m in (self.rules.list_intro.match(text_of(doc), doc[k].idx)
                                  for k in range(trig.i + 1, span.end)) if m), None)
        if found is None:
            return {}
        # the last word of the intro: "following in the footsteps of" X, Y
        intro = next(k for k in range(trig.i + 1, span.end) if doc[k].idx + len(doc[k].text)
                     >= found.end())
        listed = [p for p in people if p[0] > intro]
        run: list[tuple[int, int, str]] = []
        for p in listed:  # names separated only by punctuation, "and", orgs, "of", "'s"
            start = run[-1][1] if run else intro + 1
            if run and p[0] == start + 1 and doc[start].lower_ in self.rules.org_preps:
                continue  # "Ann Price of Austin": NER took the place for a person
            if all(t.is_punct or t.lower_ in self.rules.conjunctions | self.rules.org_preps
                   | self.rules.determiners or t.text in _POSSESSIVE or capitalised(t)
                   for t in doc[start:p[0]]):
                run.append(p)
            else:
                break
        if len(run) < 2:
            return {}
        own: dict[str, tuple[str | None, bool]] = {}
        bounds = [intro + 1] + [e for _, e, _ in run[:-1]]
        for (s, e, name), lo, nxt in zip(run, bounds, [p[0] for p in run[1:]] + [span.end],
                                         strict=True):
            org = None
            if e < span.end and doc[e].text == "(":  # "Y (Austin)"
                close = next((k for k in range(e + 1, min(nxt, e + 6)) if doc[k].text == ")"), None)
                org = self._org_name(doc[e + 1:close]) if close else None
            elif e + 1 < span.end and doc[e].lower_ in self.rules.org_preps:  # "X of Denver"
                k = e + 1
                while k < nxt and capitalised(doc[k]):
                    k += 1
                org = (self._org_name(doc[e + 1:k]) or doc[e + 1:k].text) if k > e + 1 else None
            elif s - 1 > lo and doc[s - 1].text in _POSSESSIVE:  # "Tampa's Z"
                k = s - 1
                while k > lo and capitalised(doc[k - 1]):
                    k -= 1
                org = self._org_name(doc[k:s - 1]) if k < s - 1 else None
            own[name] = (org, False)
        return own

    def _with_pair_argument(self, trig: Token, people: list[tuple[int, int, str]]
                            ) -> list[tuple[int, int, str]]:
        """"X succède à Mira Murati": whoever is succeeded or replaced is a person, even
        where NER did not tag the name (a proper noun with its flat:name parts)."""
        slots = self.rules.deps["obj"] | self.rules.deps["noun_arg"] | {"iobj", "pobj"}
        args = [c for c in trig.children if c.dep_ in slots]
        args += [g for c in trig.children if c.dep_ == "prep" for g in c.children]
        taken = {i for s, e, _ in people for i in range(s, e)}
        added = []
        for arg in args:
            parts = [arg] + [c for c in arg.children if c.pos_ == "PROPN" and c.i > arg.i
                             and not any(g.dep_ == "case" for g in c.children)]
            if arg.pos_ != "PROPN" or len(parts) < 2 or arg.i in taken or not all(
                    p.text[:1].isupper() for p in parts):
                continue
            start = min(p.i for p in parts)
            end = max(p.i for p in parts) + 1
            name = clean_name(arg.doc[start:end].text, self.rules.name_prefixes)
            self.inv.add_person(name)
            added.append((start, end, self.inv.full_person(name)))
        return sorted(people + added) if added else people

    def _replaced(self, trig: Token, t: Trigger, people: list[tuple[int, int, str]],
                  names: list[str]) -> list[str]:
        """Y in "X remplace Y" / "X succède à Y" / "successeur de Y" / "replaced Y"."""
        deps = self.rules.deps
        slots = deps["obj"] | deps["noun_arg"] | {"obl:arg", "iobj", "obl", "obl:mod", "pobj",
                                                  "appos"}  # "X remplace Y" parsed as appos
        for child in trig.children:
            if child.dep_ in slots:
                name = self.person_at(child, people) or name_below(child, people)
                if not name and child.dep_ == "prep":
                    for g in child.children:
                        name = self.person_at(g, people) or name_below(g, people)
                        if name:
                            break
                if name and name not in names:
                    return [name]
        return []

    def _candidate(self, sent: _Sentence, t: Trigger, trig: Token, m: re.Match[str], text: str,
                   name: str, kind: str, action: str, org: str | None, fallback: bool,
                   sources: list[str], syntactic: bool) -> Candidate:
        pos = m.start()
        role = self.role_near(text, pos, kind, name, self._agent_chars(trig))
        if role and org and fold(org) in fold(role):
            role = _clean_role(re.split(r"\s+(?:de|du|des|d'|of|at)\s+", role)[0])
        window = text[max(0, pos - 70):m.end() + 70]
        dates = self.rules.dates.find(text, self.published)
        status, strong = self.status_of(trig, text, pos)
        near = min(dates, key=lambda d: abs(d.start - pos)) if dates else None
        when = near.value if near else None
        if near and status == "planned" and near.ahead:
            when = near.ahead  # "partira en janvier", "will step down on Friday": the next one
        elif near and status == "occurred" and near.behind and "Past" in trig.morph.get("Tense"):
            when = near.behind  # "a démissionné le 12 novembre" (in May): the last one
        evidence = Evidence(
            sentence=text, start=sent.start, end=sent.end, trigger=m.group(0),
            trigger_start=sent.start + m.start(), trigger_end=sent.start + m.end(),
        )
        confidence = 0.45 + (0.3 if syntactic else 0) + (0.0 if fallback else 0.15)
        mention = Mention(
            person=name, kind=kind, action=action, org=org, role=role,  # type: ignore[arg-type]
            interim=bool(self.rules.interim.search(window)), when=when,
            status=status,  # type: ignore[arg-type]
            reason=self.reason_in(text, m.end()) if kind == "end" else None,
            sources=sources, evidence=[evidence], confidence=min(confidence, 0.95),
        )
        return Candidate(mention, sent.index, strong, fallback)


def _affiliation(doc: Doc, org: tuple[int, int, str, bool], person_toks: set[int]) -> bool:
    """"Patrick Bobet (LR)": a party in brackets after a name is the person's affiliation,
    not the organization of the position."""
    start, end = org[0], org[1]
    bracketed = (start >= 2 and doc[start - 1].text == "(" and doc[start - 2].i in person_toks
                 and end < len(doc) and doc[end].text == ")")
    # "le LR Patrick Bobet": an organization word standing as a title before the name
    before_name = end in person_toks and start >= 1 and doc[start - 1].pos_ == "DET"
    return bracketed or before_name or _in_indefinite_profile(doc[start], person_toks)


def _in_indefinite_profile(tok: Token, person_toks: set[int]) -> bool:
    """"Y, un ancien cadre des Républicains": an organization inside an indefinite
    description set beside a name classifies that person; it is not the post that changes."""
    for _ in range(4):
        if tok.dep_ == "appos" and tok.head.i in person_toks and indefinite(tok):
            return True
        if tok.head == tok:
            return False
        tok = tok.head
    return False


_TITLE_GAP = re.compile(r"[\s,]+(?:[\w'’-]+[\s,]+){0,3}?")  # "le maire de Brest, X"
_FEW_WORDS = re.compile(r"\s+(?:[\w'’-]+\s+){0,3}?")  # up to three words between role and name


def _inside_a_name(trig: Token, span: Span) -> bool:
    """A trigger word written with a capital inside a sentence, where the tagger reads a proper
    noun ("élue à Limoges", "Jane Fonda"): a name, not the verb or noun it spells."""
    if trig.i <= span.start or not trig.text[:1].isupper():
        return False
    prev = trig.doc[trig.i - 1]
    if prev.is_punct or "\n" in prev.whitespace_:
        return False  # a title or a quote may start there
    return trig.pos_ == "PROPN" or trig.ent_type_ != ""


def _clean_role(role: str) -> str:
    role = re.sub(r"[«»\"“”]", " ", role.lower())
    role = re.sub(r"^(?:à la |a la )", "", role)
    return " ".join(role.split())


def _trigger_applies(rules: Rules, t: Trigger, m: re.Match[str], text: str) -> bool:
    """A trigger's text-only conditions (unless, needs_before, needs_after, needs_role): one
    function for the prefilter and the rules, so that they can never disagree."""
    around = text[max(0, m.start() - 60):m.end() + 60]
    if t.unless and t.unless.search(around):
        return False
    if rules.hypothetical and rules.hypothetical.search(text[max(0, m.start() - 60):m.start()]):
        return False  # "s'il est élu", "si X prend la tête du parti": no change yet
    if t.needs_before and not t.needs_before.search(text[:m.start()]):
        return False
    if t.needs_after and not t.needs_after.match(text, m.end()):
        return False
    if t.needs_role:
        follow = text[m.end():m.end() + 80]  # room for the whole role, started by 25
        r = rules.role.search(follow)
        if not r or r.start() > 25:
            return False
    return True


def _live(rules: Rules, text: str, spans: list[tuple[int, int]]) -> list[int]:
    """The sentences a trigger can fire on: the prefilter's regex finds a trigger word, then each
    trigger's own text conditions are checked exactly as `sentence_mentions` will check them
    ("retraite" in "départ à la retraite" but not "âge de départ" ...), so a sentence dropped
    here could never have given a mention, and is not parsed."""
    live = []
    for i in rules.prefilter.candidates(text, spans):
        sentence = text[spans[i][0]:spans[i][1]]
        if any(_trigger_applies(rules, t, m, sentence) for t in rules.triggers
               for m in t.regex.finditer(sentence)):
            live.append(i)
    return live
