"""Who changes post: the people a sentence names, and which of them a trigger is about
(syntax first, then proximity, pronouns, lists and pairs of people)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cached_property

from spacy.tokens import Span, Token

from turnover.extract.context import ArticleContext
from turnover.extract.inventory import (
    given_name_first,
    name_spans,
    named_org,
    plausible_person,
    title_words,
)
from turnover.extract.names import clean_name, first_names, fold, gender, unglue, word_re
from turnover.extract.orgs import POSSESSIVE
from turnover.extract.rules import Rules, Trigger
from turnover.extract.syntax import (
    capitalised,
    clause_of,
    complement,
    indefinite,
    is_passive,
    name_below,
    text_of,
    token_at,
)

_TITLE_GAP = re.compile(r"[\s,]+(?:[\w'’-]+[\s,]+){0,3}?")  # "le maire de Brest, X"
_TITLE_THEN_NAME = re.compile(r"[\s,]+(?:[\w'’-]+[\s,]+){0,3}[A-ZÀ-ÖØ-Ý]")
_CAPITALISED = re.compile(r"(?<!\w)[A-ZÀ-ÖØ-Ý][\w'’-]*")


def may_hold_a_title(rules: Rules, text: str) -> bool:
    """Whether `_holds_a_title` can be true of anyone in the text: somewhere a title followed,
    within three words, by a capitalised word, or a capitalised word followed by a role the
    way `profile_after` reads it. Looser than `_holds_a_title` (no "ancien", any capitalised
    word), never stricter: a death in office cannot be told in an article without either, so
    the prefilter leaves its sentences unparsed (most deaths in the news are of people with no
    post: 93 of the 583 sentences parsed on 1,000 OrangeSum articles, none giving an event)."""
    if any(_TITLE_THEN_NAME.match(text, m.end()) for m in rules.role.finditer(text)):
        return True
    for m in _CAPITALISED.finditer(text):
        after = rules.profile_after.match(text, m.end())
        if after and rules.role.search(after.group(0)):
            return True
    return False


class PeopleRules(ArticleContext):
    """Finding the person of a change in a parsed sentence."""

    @cached_property
    def _named_at(self) -> list[tuple[int, str]]:
        """Where the text names each known person (by surname), in text order."""
        return sorted(
            (m.start(), name) for name in {self.inv.full_person(p) for p in self.inv.persons}
            for m in word_re(name.split()[-1]).finditer(self.article.text))

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
                    before is not None and fold(before.text) in self.rules.not_name_starts
                    and before.pos_ == "DET")) \
                    and not any(self.inv.is_known_surname(t.text) for t in ent) \
                    and not self._names_a_change(ent):
                continue  # "in the Rose Garden": a place or thing, never somebody
            if ent.label_ in self.rules.person_labels or given_name_first(ent, self.rules) or (
                len(ent) <= 3 and any(self.inv.is_known_surname(t.text) for t in ent)
                # "co-founded Inflection with Suleyman": a known surname, not a name
                and all(not t.is_lower or t.lower_ in self.rules.name_particles for t in ent)
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
        # a surname NER took for a place or a company, or missed ("Kemper resigned", "Morsi
        # was deposed", "appointed Zolotov")
        for tok in [ent[0] for ent in span.ents if len(ent) == 1] + [
                t for t in span if t.ent_type_ == ""]:
            if tok.i not in taken and self._surname_by_role(tok):
                self.inv.titled.add(fold(tok.text))  # a person's, wherever NER says otherwise
                found.append((tok.i, tok.i + 1, self.inv.full_person(tok.text)))
                taken.add(tok.i)
        for tok in span:
            if tok.i not in taken and tok.text[:1].isupper() and self.inv.is_known_surname(
                    tok.text):
                found.append((tok.i, tok.i + 1, self.inv.full_person(tok.text)))
                taken.add(tok.i)
        found += self._listed_like_people(span, found, taken)
        return sorted(found)

    def _listed_like_people(self, span: Span, found: list[tuple[int, int, str]],
                            taken: set[int]) -> list[tuple[int, int, str]]:
        """A name NER took for an organization, opening a list whose next item is a person
        written the same way: "after PJ Carlesimo of Oklahoma City, Eddie Jordan of
        Washington", "X (Denver), Y (Austin)"."""
        doc, out = span.doc, []
        starts = {s: e for s, e, _ in found}

        def marked(e: int, last: bool = False) -> int | None:
            """The end of "of Denver" / "(Denver)" after a name ending at `e`, at a comma (or,
            for the next item, at "and" or the end of the sentence)."""
            if e >= span.end or not (doc[e].lower_ in self.rules.org_preps or doc[e].text == "("):
                return None
            k = e + 1
            while k < span.end and (capitalised(doc[k]) or doc[k].text == ")"):
                k += 1
            if k == e + 1:
                return None
            if k < span.end and doc[k].text == ",":
                return k
            ends = k >= span.end or doc[k].is_punct or doc[k].lower_ in self.rules.conjunctions
            return k if last and ends else None

        for ent in span.ents:
            if ent.label_ not in self.rules.org_labels or not 2 <= len(ent) <= 3 or any(
                    t.i in taken or not capitalised(t) for t in ent):
                continue
            comma = marked(ent.end)
            nxt = comma + 1 if comma is not None else None
            if nxt in starts and marked(starts[nxt], last=True) is not None:
                self.inv.titled.add(fold(ent.text))  # a person's, whatever NER says elsewhere
                out.append((ent.start, ent.end, self.inv.full_person(ent.text)))
        return out

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
        if tok.ent_type_ not in rules.org_labels | rules.place_labels | {""} or \
                tok.pos_ != "PROPN" \
                or not tok.text[:1].isupper() or tok.text.isupper() or not tok.is_alpha:
            return False
        if tok.i > 0 and fold(doc[tok.i - 1].text) in rules.not_name_starts and \
                doc[tok.i - 1].pos_ == "DET":
            return False
        if tok.ent_type_ == "" and (rules.role.fullmatch(tok.text) or fold(tok.text) in
                                    rules.titles | rules.not_orgs or any(
                0 <= k < len(doc) and capitalised(doc[k]) for k in (tok.i - 1, tok.i + 1))):
            return False  # untagged, only a lone word can be a surname ("Surgeon General")
        if word_re(tok.lower_).search(self.article.text):
            return False  # a common noun a headline capitalised ("Suspect had been fired")
        if tok.i + 1 < len(doc) and doc[tok.i + 1].text == ":" and (
                tok.i == tok.sent.start or doc[tok.i - 1].is_punct):
            return False  # a headline's topic ("Lyon : une adjointe démissionne"): a place or
            # a company the news is about, its subject comes after the colon
        if self._change_at(tok):
            return False  # the change itself opening a headline ("Limogeage de X :")
        if rules.government.countries.fullmatch(tok.text) or any(
                fold(tok.text) in fold(o).split() for o in self.inv.orgs if " " in o):
            return False
        if self.inv.org_votes[fold(tok.text)] >= 2 and not self.inv.person_votes[
                fold(tok.text)]:
            return False  # "Microsoft jette l'éponge": a company the text names again and again
        head, deps = tok.head, rules.deps
        if tok.dep_ in deps["subj"] and not is_passive(head, deps):
            verbs = [head, *[c for c in head.children if c.dep_ == "xcomp"]]
            return any(t.action in ("resign", "retire") and t.arg == "subj"
                       for v in verbs for t in self._change_at(v))
        if tok.dep_ in deps["subj"] or tok.dep_ in deps["obj"]:
            if tok.dep_ in deps["obj"] and is_passive(head, deps):
                return False
            verbs = [head, *[c for c in head.children if c.dep_ == "xcomp"]]
            return any((t.action in ("dismiss", "resign", "retire") and t.arg != "noun"
                        and (t.arg == "obj" or v != head))
                       # "Putin appointed Zolotov", "Zolotov was appointed"
                       or (t.action == "appoint" and t.arg == "obj" and v == head)
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
        if t.epithet:
            return None  # "Lumio co-founder X": the name before a title is its organization
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
        "l'ancien ministre", "the executive", "le cofondateur et directeur scientifique"."""
        if tok.pos_ != "NOUN" or not any(c.dep_ == "det" for c in tok.children):
            return False
        return any(self.rules.role.fullmatch(w.text) or w.lower_ in self.rules.person_nouns
                   or any(t.epithet and t.regex.fullmatch(w.text) for t in self.rules.triggers)
                   for w in (tok, *tok.conjuncts))

    def protagonist(self) -> str | None:
        """The person the article names most often (by surname)."""
        if not hasattr(self, "_protagonist"):
            text = self.article.text
            # inside another person's full name ("Philippe Poutou" for Édouard Philippe), a
            # surname counts for that other person
            spans = {o: [m.span() for m in word_re(o).finditer(text)]
                     for o in self.inv.persons if " " in o}  # each full name looked up once
            others = {name: [sp for o, found in spans.items() if o != name for sp in found]
                      for name in self.inv.persons}
            counts = {name: sum(1 for m in word_re(name.split()[-1]).finditer(text)
                                if not any(a <= m.start() < b for a, b in others[name]))
                      for name in self.inv.persons}
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
                       for t in gap) and not self._titled_gap(gap):
                break
            group.insert(0, prev)
        names = list(dict.fromkeys(name for _, _, name in group))
        return names if len(names) > 1 else []  # "ils", "ceux qui": never one person

    def _titled_gap(self, gap: Span) -> bool:
        """Between two names of a list, a conjunction or a comma and the next one's title:
        "X et le député Y", "X, la ministre Y"."""
        joined = [k for k, t in enumerate(gap) if (t.is_punct and t.text == ",")
                  or t.lower_ in self.rules.conjunctions]
        if not joined or len(gap) > 6:
            return False
        rest = gap[joined[-1] + 1:]
        while len(rest) and rest[0].lower_ in self.rules.determiners:
            rest = rest[1:]
        return bool(len(rest)) and bool(self.rules.role.fullmatch(rest.text)) and all(
            t.is_punct and t.text == "," or t.lower_ in self.rules.conjunctions
            for t in gap[:joined[-1] + 1])

    def _fronted_subject(self, trig: Token, span: Span, people: list[tuple[int, int, str]]
                         ) -> str | None:
        """The subject named right after the comma that closes a phrase opening the sentence
        ("Après son départ, X a dit"), where no one is named before the trigger."""
        doc = span.doc
        if any(p[0] < trig.i for p in people) or trig.i - span.start > 8:
            return None
        # the phrase ends at the first comma, with no verb in it ("Pour la première fois
        # depuis son accession à la présidence en 2017, X a accepté")
        comma = next((k for k in range(trig.i + 1, min(span.end, trig.i + 13))
                      if doc[k].text == ","), None)
        if comma is None or any(doc[k].pos_ in ("VERB", "AUX")
                                for k in range(span.start, comma) if k != trig.i):
            return None
        after = doc[comma + 1] if comma + 1 < span.end else None
        if after is not None and self._subject_pronoun(after) and not any(
                t.regex.match(text_of(doc), after.head.idx) for t in self.rules.triggers):
            return self.antecedent(after, people)  # "Après sa nomination, elle a dû..."
        for s, e, name in people:
            subj = next((doc[k] for k in range(max(comma + 1, s - 1), e)
                         if doc[k].dep_ in self.rules.deps["subj"]), None)
            if comma < s <= comma + 3 and subj is not None:
                verb = subj.head  # "Après son départ, X a été nommé": X succeeds, not leaves
                if any(t.regex.match(text_of(doc), verb.idx) for t in self.rules.triggers):
                    return None
                return name
        return None

    def _subject_pronoun(self, tok: Token) -> bool:
        """A pronoun for one person, subject of its verb ("il", "elle", "he")."""
        return tok.dep_ in self.rules.deps["subj"] and \
            self.rules.pronouns.get(tok.lower_, "p") != "p"

    def antecedent(self, tok: Token, people: list[tuple[int, int, str]],
                   exclude: Iterable[str] = (), role: str | None = None) -> str | None:
        """The person a pronoun stands for: the latest one named before it, in this sentence
        or earlier ones, of the pronoun's gender when the given name tells ("il" is not Mira
        Murati); with `role`, the latest one the article gives that role, if any ("Y succeeded
        him as chief scientist": the chief scientist, not the last man named)."""
        before = [name for s, _, name in people if s < tok.i]
        wanted = self.rules.pronouns.get(tok.lower_, "")
        candidates = list(reversed(self.recent() + before))
        # "Obama nominated her", "le ministre l'a limogée": the object pronoun is never the
        # subject of its own verb (that would be "herself", "s'est")
        deps = self.rules.deps
        said_by = self._speaker(tok, people)
        if said_by == "":
            return None  # an unnamed speaker's "il"
        if said_by and (wanted not in ("m", "f") or gender(said_by) in ("", wanted)) and \
                said_by not in exclude:
            return said_by  # "X a fait savoir qu'il démissionnait", "X said he would leave"
        subjects = set(exclude)
        if tok.lower_ in self.rules.object_pronouns and tok.dep_ in deps["obj"] and \
                tok.head != tok:
            subjects |= {self.person_at(c, people) for c in tok.head.children
                         if c.dep_ in deps["subj"] and c.lower_ not in self.rules.pronouns}
        fitting = [name for name in candidates if name not in subjects and (
            wanted not in ("m", "f") or gender(name) in ("", wanted))]
        if role and len(fitting) > 1:
            held = [name for name in fitting if self._named_with(name, role)]
            if held:
                return held[0]
        # a subject ("il", "son arrivée") is someone the text is about, not someone it named
        # last only as the complement of a title ("directrice de cabinet de X. Elle a été
        # nommée...", "collaborateur du vice-président X. Son arrivée...")
        if fitting and tok.dep_ in deps["subj"] and fitting[0] not in before and \
                fitting[0] != self.protagonist() and self._named_as_complement(fitting[0]):
            topical = [name for name in fitting[1:] if name[:1].isupper() and (
                name in before or not self._named_as_complement(name))]
            if topical:
                return topical[0]
        return fitting[0] if fitting else None

    def _named_with(self, name: str, role: str) -> bool:
        """Whether a sentence before the current one names `name` (by surname) with `role`
        ("Sutskever left OpenAI, where he was chief scientist")."""
        text, surname, wanted = self.article.text, word_re(name.split()[-1]), fold(role)
        return any(surname.search(text, start, end) and wanted in fold(text[start:end])
                   for start, end in self.spans if end <= self.sentence_start)

    def _named_as_complement(self, name: str) -> bool:
        """The text names the person last (before the current sentence) only inside a
        prepositional complement, after a title or a tie: "directrice de cabinet de X", "la
        résidence du président irlandais X", "nommé par X" (but "le départ de X" names the
        one who leaves)."""
        preps = self.rules.complement_preps
        last = max((pos for pos, n in self._named_at if n == name and pos < self.sentence_start),
                   default=None)
        if last is None or preps is None:
            return False
        text = self.article.text
        start = text.rfind(name, max(0, last - len(name) - 2), last + len(name.split()[-1]))
        at = start if start >= 0 else last
        before = text[max(0, at - 80):at]
        # the last complement before the name: the preposition, the word it hangs on, and the
        # title or tie between them and the name, if any
        tail = None
        for found in re.finditer(rf"(?<![\w'’-])([\w'’-]+)\s+(?:{preps})(?![\w'’-])\s*",
                                 before):
            tail = found
        if tail is None:
            return False
        between = before[tail.end():]
        between = self.rules.leading_article.sub("", between) if between else between
        if between.strip():
            title = self.rules.role.match(between) or re.match(
                "|".join(re.escape(k) for k in sorted(self.rules.kin_nouns, key=len,
                                                      reverse=True)) or r"(?!)", between)
            if not title or not re.fullmatch(r"\s*(?:[a-zà-ÿ'’-]+\s*)?", between[title.end():]):
                return False  # "pour cette approche et X": no complement of X's
        head = tail.group(1)
        # "la démission de X", "le départ de X": the change of X, who is its topic
        return not any(t.arg == "noun" and t.regex.fullmatch(head) for t in self.rules.triggers)

    def _speaker(self, tok: Token, people: list[tuple[int, int, str]]) -> str | None:
        """The named subject of the verb whose complement clause a subject pronoun opens; ""
        when that subject is a title naming nobody ("le chancelier a indiqué qu'il ...")."""
        deps = self.rules.deps
        if tok.dep_ not in deps["subj"] or tok.head.dep_ != "ccomp":
            return None
        gov = tok.head.head
        for _ in range(2):  # "a fait savoir qu'il": "savoir" hangs on "fait"
            subj = next((c for c in gov.children if c.dep_ in deps["subj"]), None)
            if subj is not None:
                name = self.person_at(subj, people) if subj.lower_ not in \
                    self.rules.pronouns else None
                if name is None and (self._describes_person(subj) or self.rules.role.match(
                        text_of(subj.doc), subj.idx)):
                    return ""
                return name
            if gov.dep_ != "xcomp" or gov.head == gov:
                return None
            gov = gov.head
        return None

    def persons_for(self, trig: Token, t: Trigger, people: list[tuple[int, int, str]],
                    span: Span) -> tuple[list[str], bool]:
        """The people a trigger is about, and whether syntax (not proximity) found them."""
        deps = self.rules.deps
        passive = is_passive(trig, deps)
        if t.epithet:
            name = self._epithet_holder(trig, t, people)
            if name:
                return [name], True
            if trig.dep_ in deps["obj"] | deps["noun_arg"] and not any(
                    c.dep_ in deps["appos"] and self.person_at(c, people)
                    for c in trig.children):
                return [], True  # "pour rejoindre le fondateur d'En marche": someone else
        if t.arg == "subj" and self._generic_subject(trig):
            return [], True  # "Paris, tu l'aimes et tu la quittes": anyone
        if t.arg != "noun":
            name = self._fronted_participle(trig, span, people)
            if name:
                return [name], True
        if trig.pos_ in ("NOUN", "PROPN") or t.arg == "noun":
            if any(c.dep_ == "det" and "Dem" in c.morph.get("PronType") for c in trig.children):
                return [], True  # "ce départ", "cette nomination": a change stated before
            if t.pair and trig.dep_ in deps["obj"] and any(
                    c.dep_ == "det" and "Ind" in c.morph.get("Definite")
                    for c in trig.children) and not any(
                    p[0] > trig.i and span.doc[p[0] - 1].text in (":", ",") for p in people):
                return [], True  # "trouver un successeur à X": the newcomer is unnamed (but
                # "X a un successeur : Y")
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
                if t.pair and any(c.dep_ == "case" and c.lower_ in self.rules.agent_preps
                                  for c in child.children):
                    name = self.person_at(child, people)  # "le remplacement de Y par X"
                    if name:
                        return [name], True
                if t.pair and complement(child, deps):
                    continue  # "le successeur de Y", "Y's successor": Y is the one replaced
                if t.pair and child.dep_ in deps["appos"] and any(
                        complement(c, deps) and c.i < child.i and not any(
                            k.is_punct for k in span.doc[c.right_edge.i + 1:child.left_edge.i])
                        for c in children):
                    continue  # "the successor of dictator Y": the parser's apposition is Y's
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
                    if child.pos_ == "PROPN" and complement(child, deps) and (
                            child.ent_type_ in self.rules.org_labels | self.rules.place_labels
                            or self.rules.government.countries.fullmatch(child.text)):
                        return [], True  # "le départ du Royaume-Uni": a country leaves
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
                    owner = self._announcer(trig, child, people) or self._time_phrase_subject(
                        trig, child, people)
                    if owner:  # "X a annoncé son départ", "X a rencontré Y après sa démission"
                        return [owner], True
                    name = self.antecedent(trig, people)
                    if name:
                        return [name], True
            head = trig.head
            owner = self._possessed_holder(trig, t, people)
            if owner:
                return [owner], True
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
            agent = next((c for c in trig.children if c.dep_ in deps["agent"]), None)
            if t.action == "found" and agent is not None and (passive or (
                    trig.dep_ in {"acl", "amod"} and "Part" in trig.morph.get("VerbForm"))):
                # "Vegetis, fondée par X", "was founded by X": the one who acts is the agent;
                # "fondée par d'anciens salariés": someone unnamed
                target = next((g for g in agent.children if g.dep_ in deps["agent"]), agent)
                name = self.person_at(target, people) or name_below(target, people)
                return ([name] if name else []), True
            want = deps["obj"] if t.arg == "obj" and not passive else deps["subj"]
            verb = trig
            phrase = t.regex.match(text_of(trig.doc), trig.idx)
            inside = phrase.end() if phrase else trig.idx  # "parted ways with": "ways" is no
            # object of its own
            lead = next((p for p in people if p[0] == span.start), None)
            before = trig.i - 1
            while before > span.start and trig.doc[before].pos_ == "AUX":
                before -= 1
            if want == deps["subj"] and trig.pos_ in ("VERB", "AUX") and (
                    "Fin" in trig.morph.get("VerbForm")
                    or any(c.dep_.startswith("aux") for c in trig.children)) and not any(
                    c.dep_ in want for c in trig.children):
                # "X lui succède", "X l'a remplacé" parsed without a subject: the name right
                # before the verb and its clitics is its subject
                k = trig.i - 1
                while k > span.start and trig.doc[k].pos_ in ("PRON", "AUX") and \
                        trig.doc[k].lower_ not in self.rules.relatives:
                    k -= 1
                name = next((p[2] for p in people if p[1] == k + 1), None)
                if name:
                    return [name], True
            if want == deps["subj"] and lead is not None and lead[1] < span.end and \
                    trig.doc[lead[1]].text == "," and before > lead[1] and \
                    trig.doc[before].text == "," and not any(
                        c.dep_ in want for c in trig.children):
                # "X, entendu dans l'affaire Y, accusé de Z, a démissionné": the name that
                # opens the sentence, whatever the parser hung the verb on
                return [lead[2]], True
            for _ in range(4):  # "X vient de partir et pourrait rejoindre Y": 3 climbs
                if verb.dep_ in {"acl", "amod", "acl:relcl", "relcl"} and \
                        verb.head.lower_ in self.rules.kin_nouns:
                    # "le frère de X licencié par ...": the brother, not X
                    name = self._apposed_name(verb.head, people)
                    return ([name] if name else []), True
                asked = span.doc[span.end - 1].text == "?" or span.doc[
                    span.end - 2:span.end].text.startswith("?")
                if want == deps["subj"] and verb.dep_ not in deps["relcl"] and any(
                        c.dep_ in want and c.lower_ in self.rules.relatives and c.i < verb.i
                        and ("Int" in c.morph.get("PronType") or asked) for c in verb.children):
                    return [], True  # "qui pourrait le remplacer ?": asked, nobody named
                late = self._subject_after_relative(verb)
                if late is not None and want == deps["subj"]:
                    # "Y, qui remplace X à la présentation": X after the verb, taken by the
                    # parser for a second subject, is its object; "qui" is the name before it
                    rel = next(c for c in verb.children if c.dep_ in want and c.i < verb.i)
                    k = rel.i - 1 if span.doc[rel.i - 1].text != "," else rel.i - 2
                    name = next((p[2] for p in people if p[1] == k + 1), None)
                    if name:
                        return [name], True
                if t.pair and verb == trig and not passive and any(
                        indefinite(c) and any(g.dep_ == "case" and g.lower_ in
                                              self.rules.agent_preps for g in c.children)
                        for c in verb.children):
                    return [], True  # "qui l'avait remplacé par un acteur": unnamed newcomer
                thing = False  # the slot holds something else than a person
                if want == deps["obj"] and verb == trig and not passive:
                    subjects = [c for c in verb.children if c.dep_ in deps["subj"]]
                    if len(subjects) > 1 and subjects[0].i < verb.i < subjects[-1].i:
                        # "Le conseil a désigné Hugo Lenoir comme président": the name after
                        # the verb, taken for a second subject, is its object
                        name = self.person_at(subjects[-1], people)
                        if name:
                            return [name], True
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
                    if child.dep_ in want and child.lower_ in self.rules.pronouns and \
                            self._speaker(child, people) == "":
                        return [], True  # "le chancelier a indiqué qu'il démissionnerait"
                    if child.dep_ in want:
                        name = self.person_at(child, people)
                        if not name and self._describes_person(child):
                            # "l'ancienne conseillère de X a été nommée": not X
                            name = name_below(child, people, skip=self.rules.deps["noun_arg"]
                                                   | self.rules.deps["relcl"])
                        elif not name:  # never inside a relative clause or a participle
                            # on the slot ("le gendarme chargé d'enquêter sur le ministre X")
                            name = name_below(child, [p for p in people if not self._under_verb(
                                child.doc[p[0]], child) and not (self._common_noun(child) and
                                                                 self._possessor(p, child))],
                                              skip=self.rules.deps["relcl"])
                        if name:
                            return self._with_conj(child, name, people), True
                        if indefinite(child) or "Ind" in child.morph.get("PronType") or \
                                "Ind" in child.morph.get("Definite"):
                            return [], True  # "un adjoint démissionne", "nommer quelqu'un"
                        if self._describes_person(child):
                            # "cette nouvelle recrue a quitté...": the article's protagonist,
                            # unless the phrase names them as someone else's ("le directeur de
                            # cabinet de X") or they act on it ("X désignera sa candidate")
                            main = self.protagonist()
                            own = {n for s_, _, n in people  # after "de": a possessor
                                   if child.left_edge.i < s_ <= child.right_edge.i
                                   and child.doc[s_ - 1].dep_ == "case"}
                            acting = {self.person_at(c, people) for c in verb.children
                                      if c.dep_ in deps["subj"]} if want != deps["subj"] \
                                else set()
                            if main in own | acting:
                                return [], True
                            return ([main], False) if main else ([], False)
                        if want == deps["subj"] and self._is_thing(child, people):
                            return [], True  # "le gouvernement a démissionné"
                        thing = thing or (child.pos_ in ("NOUN", "PROPN") and child.ent_type_
                                          not in ("DATE", "TIME")
                                          and not self.rules.dates.is_date_word(child.text)) or (
                            child.pos_ == "PRON" and child.lower_ not in self.rules.pronouns
                            and child.lower_ not in self.rules.relatives)  # "fired it"
                if thing:  # "hired some equipment", "the lead returned", "acquiring Helix":
                    return [], False  # no one named nearby stands in for it
                comma = verb.i - 1
                while comma > span.start and span.doc[comma].pos_ == "ADV":
                    comma -= 1  # "le maire sortant, pourtant rallié à X"
                if want == deps["subj"] and verb.dep_ in ("advcl", "acl") and "Part" in \
                        verb.morph.get("VerbForm") and comma > span.start and \
                        span.doc[comma].text == ",":
                    # "Interrogé sur X, promis à devenir président, Y assure...": the
                    # participle set after the name describes it, not the main clause's subject
                    name = next((p[2] for p in people if p[1] == comma), None)
                    if name:
                        return [name], True
                    if self._unnamed_complement(span.doc[comma - 1]):
                        return [], True  # "a reçu le préfet, nommé mardi": someone unnamed
                if verb.dep_ in deps.get("prep_clause", ()) and want == deps["subj"] and \
                        verb.head.lower_ in self.rules.subject_clause_preps:
                    # "he spent four years as director of scouting before being promoted to
                    # CFO": the gerund after a preposition has the subject of the clause the
                    # preposition hangs in, however deep the parser hung it
                    clause = verb.head
                    for _ in range(6):
                        if any(c.dep_ in want for c in clause.children) or \
                                clause.head == clause or clause.dep_ in deps["relcl"]:
                            break
                        clause = clause.head
                    if clause != verb.head and any(c.dep_ in want for c in clause.children):
                        verb = clause
                        continue
                    if clause.head == clause:  # the parse gives the clause no subject ("A
                        # month after leaving X, its co-founder has started a company with Y"):
                        # never the names after its verb
                        return [], False
                if want == deps["subj"] and not any(c.dep_ in want for c in verb.children) \
                        and (name := self._apposed_subject(verb, span, people)):
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
                    if verb.dep_ == "xcomp" or verb.dep_ == "advcl" and \
                            self.rules.choice_verbs is not None and \
                            self.rules.choice_verbs.fullmatch(verb.head.text):
                        # "asked X to join": X joins, not who asks; "Vox choisit X pour
                        # remplacer Y": the one chosen
                        for c in verb.head.children:
                            if c.dep_ in deps["obj"] and c.i < verb.i and \
                                    c.lower_ in self.rules.kin_nouns:
                                # "a aidé la bru de X à être recrutée": not X
                                name = self._apposed_name(c, people)
                                return ([name] if name else []), True
                            if c.dep_ in deps["obj"] and c.i < verb.i:
                                name = self.person_at(c, people) or name_below(c, people)
                                if name:
                                    return [name], True
                                if c.pos_ == "PRON" and self.rules.choice_verbs is not None \
                                        and self.rules.choice_verbs.fullmatch(verb.head.text):
                                    return [], True  # "qui l'avait choisi pour lui succéder":
                                    # the one chosen, not the chooser
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

    def _possessed_holder(self, trig: Token, t: Trigger,
                          people: list[tuple[int, int, str]]) -> str | None:
        """"X a remis sa lettre de démission à Y": the change noun completes a noun with a
        possessive; the possessor is the one who changes post (X, whoever is named after)."""
        holder, deps = trig.head, self.rules.deps
        if t.pair or holder == trig or holder.pos_ != "NOUN" or trig.dep_ not in \
                deps["noun_arg"] or any(c.dep_ == "det" for c in trig.children):
            return None
        poss = next((c for c in holder.children if c.lower_ in self.rules.possessives), None)
        if poss is None or self._plural(poss):
            return None
        return self._announcer(holder, poss, people) or self.antecedent(trig, people)

    def _time_phrase_subject(self, trig: Token, possessive: Token,
                             people: list[tuple[int, int, str]]) -> str | None:
        """"L'ex-numéro 2 du FN a rencontré le président de DLF après sa démission": a
        possessive in a phrase of time on the verb is its subject's, where no name stands
        between the verb and it (else it may be that name's: "X a récupéré le portefeuille
        de Y lors de son départ")."""
        doc, deps = trig.doc, self.rules.deps
        if not {doc[k].lower_ for k in (possessive.i - 1, possessive.i - 2)
                if k >= 0} & self.rules.time_preps:
            return None
        verb = trig.head
        for _ in range(3):  # "lors de": the noun may hang on "lors", which hangs on the verb
            if verb.pos_ in ("VERB", "AUX") or verb.head == verb:
                break
            verb = verb.head
        subject = next((c for c in verb.children if c.dep_ in deps["subj"]), None)
        if verb.pos_ not in ("VERB", "AUX") or subject is None or subject.i > verb.i or any(
                verb.i < s < possessive.i for s, _, _ in people):
            return None
        name = self.person_at(subject, people)
        if not name and self._describes_person(subject) and not indefinite(subject):
            name = self.protagonist()  # "l'ex-numéro 2 du FN"
            if name and any(subject.left_edge.i <= s <= subject.right_edge.i
                            for s, _, n in people if n != name):
                return None
        return name

    def _announcer(self, trig: Token, possessive: Token,
                   people: list[tuple[int, int, str]]) -> str | None:
        """The subject of the verb whose object is "son départ" / "his resignation", when the
        possessive can be theirs: a name, or a person described by a title ("le cofondateur
        d'OpenAI a annoncé son départ"), which stands for the article's protagonist."""
        deps = self.rules.deps
        if trig.dep_ not in deps["obj"] or trig.head == trig or trig.head.pos_ not in (
                "VERB", "AUX"):
            return None
        wanted = self.rules.pronouns.get(possessive.lower_, "")
        verb = trig.head
        for _ in range(3):  # "X a dit, avant d'annoncer son départ": the subject of "dit"
            # (or of an auxiliary the parser took for a verb of its own)
            subject = next((c for v in (verb, *(a for a in verb.children
                                               if a.dep_.startswith("aux")))
                            for c in v.children if c.dep_ in deps["subj"]), None)
            if subject is not None:
                break
            if verb.dep_ not in {"xcomp", "advcl"} or verb.head == verb:
                return None
            verb = verb.head
        if subject is None or subject.dep_ in deps["passive_subj"]:
            return None
        name = self.person_at(subject, people)
        if not name and self._describes_person(subject) and not indefinite(subject):
            name = self.protagonist()
            said = {"Fem": "f", "Masc": "m"}.get(next(iter(subject.morph.get("Gender")), ""), "")
            if name and said and gender(name) not in ("", said):
                return None  # "l'intéressée": not the protagonist if he is a man
        if name and (wanted not in ("m", "f") or gender(name) in ("", wanted)):
            return name
        return None

    def _fronted_participle(self, trig: Token, span: Span,
                            people: list[tuple[int, int, str]]) -> str | None:
        """"Nommé en juillet en remplacement de Y, X a présenté...", "Appointed in July, X
        said...": a participle opening the sentence describes the subject named after its
        phrase, whatever the parser made of it; the names inside the phrase are complements."""
        if trig.i != span.start or "Inf" in trig.morph.get("VerbForm") or trig.pos_ not in (
                "VERB", "NOUN", "ADJ") or trig.head.i < trig.i:
            return None
        doc = trig.doc
        preps = self.rules.from_preps | self.rules.agent_preps | self.rules.org_preps
        comma = next((k for k in range(trig.i + 1, span.end) if doc[k].text == ","), None)
        if comma is not None and comma + 1 < span.end and self._subject_pronoun(
                doc[comma + 1]) and not any(s < comma for s, _e, _n in people):
            return self.antecedent(doc[comma + 1], people)  # "Réélu en juillet, il ..."
        for s, _e, name in people:
            k = s - 1  # "..., M. Chalandon y est": past a title
            while k > trig.i and fold(doc[k].text).rstrip(".") in self.rules.titles:
                k -= 1
            if s > trig.i and doc[k].text == ",":  # whatever the parser made of the name
                return name
            if s > trig.i and doc[s - 1].lower_ not in preps:
                return None  # a name standing as a subject inside the phrase
        return None

    def _epithet_holder(self, trig: Token, t: Trigger, people: list[tuple[int, int, str]]
                        ) -> str | None:
        """The person a title stands by ("Lumio co-founder Maya Chen", "Maya Chen, co-founder
        of Lumio", "le fondateur de Lumio, Maya Chen"): the name it is a part or an apposition
        of, never the organization before it."""
        doc = trig.doc
        phrase = t.regex.match(text_of(doc), trig.idx)
        end = phrase.end() if phrase else trig.idx + len(trig.text)
        last = trig  # "co-founder" is three tokens
        while last.i + 1 < len(doc) and doc[last.i + 1].idx < end:
            last = doc[last.i + 1]
        appos = self.rules.deps["appos"] | {"flat:name"}
        tok = last
        for _ in range(3):  # "X, président fondateur de Y": fondateur → président → X
            if tok.dep_ not in appos | {"amod", "acl"} or tok.head == tok or any(
                    c.pos_ == "ADP" and c.i < tok.i for c in tok.children):
                break  # "le microparti du cofondateur": a complement of X, not X
            tok = tok.head
            if tok.lower_ in self.rules.kin_nouns:
                return None  # "X, veuve du fondateur de Y": the title is a relative's
            name = self.person_at(tok, people)
            if name:
                return name
        for child in last.children:
            if child.dep_ in appos and child.i > last.i:
                name = self.person_at(child, people) or name_below(child, people)
                if name:
                    return name
        if self.rules.titles_precede_names:  # "du cofondateur du FN Jean-Marie Le Pen"
            for start, _, name in people:
                between = doc[last.i + 1:start]
                if 0 < start - last.i <= 6 and all(
                        w.lower_ in self.rules.from_preps | self.rules.determiners
                        or w.lower_ in self.rules.contractions or capitalised(w)
                        for w in between):
                    return name
        return None

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

    def _unnamed_complement(self, tok: Token) -> bool:
        """`tok` ends a noun phrase that names a person by a title or a person noun only ("le
        préfet", "le maire sortant") and that is no subject: what a participle set after it
        describes is that unnamed person."""
        while tok.dep_ == "amod" and tok.head.i < tok.i:
            tok = tok.head  # "le maire sortant"
        return tok.pos_ == "NOUN" and tok.dep_ not in self.rules.deps["subj"] and (
            bool(self.rules.role.fullmatch(tok.text)) or tok.lower_ in self.rules.person_nouns)

    def _is_thing(self, tok: Token, people: list[tuple[int, int, str]]) -> bool:
        """A common noun that names no person: no title, no person noun, no name below it
        ("le gouvernement", "le cortège", "la cohorte de professionnels")."""
        return self._common_noun(tok) and not name_below(tok, people)

    def _common_noun(self, tok: Token) -> bool:
        """A noun that is no title, person noun or tie: a thing, even where a name hangs
        below it ("une chanson de X")."""
        low = tok.lower_
        phrase = tok.doc[tok.left_edge.i:tok.i + 1].text  # "the chief technology officer"
        head, _, rest = tok.text.partition("-")
        if rest and self.rules.former and self.rules.former.search(head + "-"):
            phrase = rest  # "l'ex-adjoint": a title
        return tok.pos_ == "NOUN" and not (
            self.rules.role.search(phrase) or low in self.rules.person_nouns
            or low in self.rules.kin_nouns or fold(tok.text).rstrip(".") in self.rules.titles)

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

    def _apposed_subject(self, verb: Token, span: Span, people: list[tuple[int, int, str]]
                         ) -> str | None:
        """"A annoncé que X, jusqu'ici directeur de la recherche, devenait ...": a verb right
        after a name and its apposition between commas has that name for subject, wherever
        the parser hung the verb (here as a second verb of the main clause's subject)."""
        doc = span.doc
        if verb.i - 1 <= span.start or doc[verb.i - 1].text != ",":
            return None
        k = verb.i - 2
        while k > span.start and doc[k].text != ",":
            if doc[k].pos_ in ("VERB", "AUX"):
                return None  # a clause, not an apposition
            k -= 1
        if k <= span.start or k == verb.i - 2:
            return None
        return next((p[2] for p in people if p[1] == k), None)

    def _with_conj(self, tok: Token, first: str, people: list[tuple[int, int, str]]) -> list[str]:
        """"X, Y et Z ont été limogés": every conjoined name gets its own event."""
        names = [first]
        for other in tok.conjuncts:
            name = self.person_at(other, people) or name_below(other, people)
            if name and name not in names:
                names.append(name)
        return names

    # -- organizations -----------------------------------------------------------------

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
        """(newcomer, the one replaced) of an active "replaced X with Y", both people (the one
        replaced "" where a title stands for them)."""
        deps = self.rules.deps
        new = old = None
        unnamed = False  # "remplacer l'entraîneur par X": the one replaced is a title
        for child in trig.children:
            if child.dep_ == "prep" and child.lower_ in self.rules.substitute_preps:
                for g in child.children:
                    new = new or self.person_at(g, people) or name_below(g, people)
            elif child.dep_ in deps["agent"] | deps["noun_arg"] and not is_passive(
                    trig, deps) and any(
                    c.dep_ == "case" and c.lower_ in self.rules.agent_preps
                    for c in child.children):  # "remplacer Y par X", active: X comes in
                new = new or self.person_at(child, people)
            elif child.dep_ in deps["obj"]:
                old = old or self.person_at(child, people) or name_below(child, people)
                if old is None and self.rules.pronouns.get(child.lower_) in ("m", "f"):
                    # "fired X and replaced him with Y": the one the pronoun stands for
                    old = self.antecedent(child, people, exclude=[new] if new else [])
                unnamed = unnamed or bool(self.rules.role.fullmatch(child.text))
        if new and unnamed and not old:
            return new, ""
        return (new, old) if new and old and new != old else None

    def _substitutes_unnamed(self, trig: Token, people: list[tuple[int, int, str]]) -> bool:
        """An active "replaced them with a Blue Team": what is replaced and what replaces it
        are both unnamed, and the subject only made the change."""
        deps = self.rules.deps
        preps = [c for c in trig.children
                 if c.dep_ == "prep" and c.lower_ in self.rules.substitute_preps]
        objs = [c for c in trig.children if c.dep_ in deps["obj"]]
        return bool(preps and objs) and not any(
            self.person_at(g, people) or name_below(g, people)
            for g in [*objs, *(g for c in preps for g in c.children)])

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
        out += [name for name in self._listed_in_subject(trig, people, out) if name not in out]
        return out, syntactic or len(out) > len(names), None

    def _listed_in_subject(self, trig: Token, people: list[tuple[int, int, str]],
                           found: list[str]) -> list[str]:
        """The other people of a subject that holds one already found: a list of titled names
        the parser hangs as appositions, not conjuncts ("la ministre de A X, celle de B Y, voire
        de C Z, sont données partantes"); never a name as a complement ("les proches de X")."""
        verb, subj = trig, None
        for _ in range(3):
            subj = next((c for c in verb.children if c.dep_ in self.rules.deps["subj"]), None) \
                or next((c for c in verb.children if c.dep_ in self.rules.deps["obj"]), None)
            # (an inverted subject is often parsed as the object: "reviennent les noms de X")
            if subj is not None or verb.head == verb:
                break
            verb = verb.head
        if subj is None or not found:
            return []
        first, last = subj.left_edge.i, subj.right_edge.i
        inside = [(s, e, name) for s, e, name in people if first <= s and e - 1 <= last]
        if not any(name in found for _, _, name in inside):
            return []
        doc = trig.doc
        out = []
        for s, e, name in inside:
            root = next((k for k in doc[s:e] if not s <= k.head.i < e), doc[s])
            if not any(c.dep_ == "case" for c in root.children):
                out.append(name)
        return out

    def _holds_a_title(self, person: str) -> bool:
        """The article gives the person a title, right before the name or after a comma, that
        no "ancien" / "ex-" makes a past one ("le maire de Brest X", "X, député du Nord")."""
        text = self.article.text
        for m in word_re(person.split()[-1]).finditer(text):
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
        doc = trig.doc
        k = trig.i - 1  # "Miles Davis, qu'il a quitté", whatever the parser made of "qu'"
        while k > 0 and doc[k].pos_ in ("AUX", "PRON", "ADV") and \
                doc[k].lower_ not in self.rules.object_relatives:
            k -= 1
        if doc[k].lower_ in self.rules.object_relatives and k > 1:
            before = k - 2 if doc[k - 1].text == "," else k - 1
            if doc[before].text == ")":  # "Miles Davis (1926-1991), qu'il a quitté"
                while before > 0 and doc[before].text != "(":
                    before -= 1
                before -= 1
            if any(e - 1 == before for _, e, _ in people):
                return True
        for child in trig.children:
            if child.dep_ in self.rules.deps["obj"]:
                if child.lower_ in self.rules.kin_nouns or any(
                        s <= child.i < e for s, e, _ in people):
                    return True
                if child.pos_ == "PROPN" and fold(child.text) in first_names() and not any(
                        c.dep_ in self.rules.deps["appos"] for c in child.children):
                    return True  # "Marie-Line quitte François": a person by a given name
                if child.pos_ == "PRON" and child.morph.get("Person") in (["1"], ["2"]):
                    return True  # "à nous quitter", "left us": a death, no post
                if child.lower_ in self.rules.relatives | self.rules.object_relatives and \
                        trig.dep_ in self.rules.deps["relcl"] and any(
                            s <= trig.head.i < e for s, e, _ in people):
                    return True  # "Miles Davis, qu'il a quitté": a person left
        return False

    def _replaces_a_thing(self, trig: Token, people: list[tuple[int, int, str]]) -> bool:
        """The object of an active "remplacer" / "replace" is a common noun that names no
        person (neither a name nor a title below it): things replaced, not people."""
        if is_passive(trig, self.rules.deps):
            return False
        for child in trig.children:
            # "en remplacement du jeu X": the noun's "de" complement, what is replaced
            of = trig.pos_ == "NOUN" and child.dep_ in self.rules.deps["noun_arg"] and any(
                c.dep_ == "case" and c.lower_ in self.rules.from_preps
                for c in child.children)
            if child.dep_ in self.rules.deps["obj"] and child.pos_ in ("NOUN", "ADJ") and any(
                    c.dep_ == "det" and "Plur" in c.morph.get("Number") for c in child.children
            ) and not name_below(child, people):
                return True  # "remplacera les hauts fonctionnaires": a group unnamed, no post
            if (child.dep_ in self.rules.deps["obj"] or of) and child.pos_ == "NOUN" and \
                    child.lower_ not in self.rules.time_nouns:  # "l'an dernier"
                low = child.lower_
                return not (self.rules.role.fullmatch(child.text) or name_below(child, people)
                            or low in self.rules.person_nouns or low in self.rules.kin_nouns)
        return False

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
        clause = clause_of(trig, self.rules.deps["relcl"] | {"advcl"})
        if clause is not None and clause.right_edge.i < intro and any(
                c.dep_ in self.rules.deps["subj"] for c in clause.children):
            return {}  # "after X resigned, Y became a member, along with Z": another clause's
        listed = [p for p in people if p[0] > intro]
        run: list[tuple[int, int, str]] = []
        for p in listed:  # names separated only by punctuation, "and", orgs, "of", "'s"
            start = run[-1][1] if run else intro + 1
            if run and p[0] == start + 1 and doc[start].lower_ in self.rules.org_preps:
                continue  # "Ann Price of Austin": NER took the place for a person
            if all(t.is_punct or t.lower_ in self.rules.conjunctions | self.rules.org_preps
                   | self.rules.determiners or t.text in POSSESSIVE or capitalised(t)
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
            elif s - 1 > lo and doc[s - 1].text in POSSESSIVE:  # "Tampa's Z"
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

    def _generic_subject(self, verb: Token) -> bool:
        """The verb's subject is a pronoun for anyone ("tu la quittes", "on démissionne"),
        right before it past its clitics, whatever the parser made of them."""
        k = verb.i - 1
        while k >= 0 and verb.i - k <= 3 and verb.doc[k].pos_ in ("PRON", "DET", "AUX") and \
                verb.doc[k].lower_ not in self.rules.generic_pronouns:
            k -= 1
        return k >= 0 and verb.doc[k].lower_ in self.rules.generic_pronouns

    @staticmethod
    def _possessor(person: tuple[int, int, str], top: Token) -> bool:
        """The person hangs on `top` through a complement with a preposition ("le parti du
        président X"): whose the thing is, not the thing."""
        k = top.doc[person[0]]
        for _ in range(12):  # up to the child of `top` the name is under
            if k.head == top or k.head == k:
                break
            k = k.head
        return k.head == top and k != top and any(c.dep_ == "case" for c in k.children)

    @staticmethod
    def _under_verb(tok: Token, top: Token) -> bool:
        """A verb stands between `tok` and `top`, its ancestor: `tok` is in a clause of its
        own, inside the phrase `top` heads."""
        k = tok.head
        for _ in range(12):
            if k == top or k.head == k:
                return False
            if k.pos_ == "VERB" or k.dep_ in ("acl", "acl:relcl"):  # (a participle may be
                return True  # tagged an adjective)
            k = k.head
        return False

    def _subject_after_relative(self, verb: Token) -> Token | None:
        """A second subject the parser gave a verb whose subject is a relative pronoun before
        it ("Y, qui remplace X"): the one after the verb, in truth its object."""
        subj = self.rules.deps["subj"]
        if not any(c.dep_ in subj and c.lower_ in self.rules.relatives and c.i < verb.i
                   for c in verb.children):
            return None
        return next((c for c in verb.children if c.dep_ in subj and c.i > verb.i), None)

    def _replaced(self, trig: Token, t: Trigger, people: list[tuple[int, int, str]],
                  names: list[str]) -> list[str]:
        """Y in "X remplace Y" / "X succède à Y" / "successeur de Y" / "replaced Y"."""
        deps = self.rules.deps
        slots = deps["obj"] | deps["noun_arg"] | {"obl:arg", "iobj", "obl", "obl:mod", "pobj",
                                                  "appos"}  # "X remplace Y" parsed as appos
        late = self._subject_after_relative(trig)
        for child in trig.children:
            if child.dep_ in slots or child == late:
                if self.rules.pronouns.get(child.lower_, "p") != "p":
                    # "X lui succède": whoever "lui" is, not X; "succeeded him as chief
                    # scientist": the one who held that role
                    after = self.rules.role.search(text_of(trig.doc), trig.idx,
                                                   trig.idx + 60)
                    name = self.antecedent(child, people, exclude=names,
                                           role=after.group(0) if after else None)
                else:
                    name = self.person_at(child, people) or name_below(child, people)
                if not name and child.dep_ == "prep":
                    for g in child.children:
                        name = self.person_at(g, people) or name_below(g, people)
                        if name:
                            break
                if name and name not in names:
                    return [name]
        return []
