"""Who the people of an article are: the names a parsed sentence holds (NER corrected by the
text), the person at a token, who a pronoun stands for (the speaker of the clause it opens, the
earlier holder of a role, else the last person named), the article's protagonist, and whether
the article gives a person a title. Which of them a change is about: holders.py."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from functools import cached_property

from spacy.tokens import Span, Token

from turnover.extract.context import ArticleContext
from turnover.extract.inventory import (
    after_building,
    given_name_first,
    name_spans,
    named_org,
    plausible_person,
    title_words,
)
from turnover.extract.names import clean_name, first_names, fold, gender, unglue, word_re
from turnover.extract.prefilter import BULLETS
from turnover.extract.rules import Rules, Trigger
from turnover.extract.syntax import (
    capitalised,
    indefinite,
    is_passive,
    quoted,
    split_after_preposition,
    text_of,
    token_at,
)

_TITLE_GAP = re.compile(r"[\s,]+(?:[\w'’-]+[\s,]+){0,3}?")  # "le maire de Brest, X"
_TITLE_THEN_NAME = re.compile(r"[\s,]+(?:[\w'’-]+[\s,]+){0,3}[A-ZÀ-ÖØ-Ý]")
_HEADING_MARKS = " \t\n*·-–—:.,;" + BULLETS  # around a list's heading ("• X", "- X :")
_CAPITALISED = re.compile(r"(?<!\w)[A-ZÀ-ÖØ-Ý][\w'’-]*")
# parts of speech a one-word name opening a sentence never has: a capitalised adjective or
# adverb the entity recogniser took for somebody
_NOT_NAME_POS = frozenset({"ADJ", "ADV", "ADP", "DET", "PRON", "CCONJ", "SCONJ", "VERB", "AUX"})


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
    """Finding the people of a parsed sentence and who a pronoun stands for."""

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
        labels = self._eponym_names(span) | self._employer_names(span)
        buildings = [(span.start_char + s, span.start_char + e)
                     for _, s, e in self.rules.government.buildings_in(span.text)]
        for ent in span.ents:
            if named_org(ent, self.rules) or ent.start in labels:
                continue  # "le groupe Vernier"; "l'affaire Benalla"
            ent = after_building(ent, buildings)  # "à la Maison Blanche Moustafa al-Kazimi"
            if ent is None:
                continue
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
            if self._opening_word(ent, span):
                continue  # "Farouche opposant à X, Y a lancé": a capitalised adjective
            before = span.doc[ent.start - 1] if ent.start > 0 else None
            if (fold(ent[0].text) in self.rules.not_name_starts or (
                    before is not None and fold(before.text) in self.rules.not_name_starts
                    and before.pos_ == "DET")) \
                    and not any(self.inv.is_known_surname(t.text) for t in ent) \
                    and not self._names_a_change(ent):
                continue  # "in the Rose Garden": a place or thing, never somebody
            if len(ent) == 1 and ent[0].pos_ == "NOUN" and before is not None and \
                    before.is_lower and before.lower_ in self.rules.determiners and \
                    not self.inv.is_known_surname(ent[0].text):
                continue  # "les bancs de l'Hémicycle": a common noun with a capital
            det = before
            while det is not None and det.pos_ == "ADJ" and det.i > span.start:
                det = span.doc[det.i - 1]
            if len(ent) == 1 and det is not None and det.is_lower and \
                    "Ind" in det.morph.get("Definite") and \
                    not self.inv.is_known_surname(ent[0].text):
                continue  # "un second Vert, X": a party's member, no name
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
        taken = {i for s, e, _ in found for i in range(s, e)} | labels
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
        found = [(s, e, self._namesake_by_title(span.doc[s]) or n if e - s == 1 else n)
                 for s, e, n in found]
        return sorted(self._with_name_before(span, found))

    def _namesake_by_title(self, tok: Token) -> str | None:
        """Of the people a surname alone may stand for ("X": the late president or his
        widow), the one the article gives the title written right before it ("le défunt
        président X" and "le président Paul X"); None when the
        surname is no namesake's or the title tells none apart."""
        word = fold(tok.text)
        named = [p for p in self.inv.persons if " " in p and word in fold(p).split()]
        named = [p for p in named  # the fullest ones ("Caïd X" is either's)
                 if not any(set(fold(p).split()) < set(fold(q).split()) for q in named)]
        if len(named) < 2:
            return None
        text = text_of(tok.doc)
        before = text[max(0, tok.idx - 60):tok.idx]
        role = next((r for r in self.rules.role.finditer(before)
                     if re.fullmatch(r"\s+(?:[\w'’-]+\s+){0,2}", before[r.end():])), None)
        if role is None:
            return None
        # (its first word: "le président sortant X", "le président Y X")
        title, whole = re.escape(fold(role.group(0)).split()[0]), fold(self.article.text)
        titled = [p for p in named if re.search(
            rf"\b{title}\W+(?:[\w'-]+\W+){{0,2}}?{re.escape(fold(p))}\b", whole)]
        return titled[0] if len(titled) == 1 else None

    def _with_name_before(self, span: Span, found: list[tuple[int, int, str]]
                          ) -> list[tuple[int, int, str]]:
        """Each name's span reaching back over the words of its full name written right
        before it, untagged ("Florence Berthout" where only "Berthout" is tagged and
        "Florence" is a city the article names): those words are the person's, never an
        organization's. Words tagged otherwise are the person's only back to the given name
        ("de Valtor-Ouest Albin X"; but "the Bayou La Batre Clinic" stays an
        organization's name)."""
        taken = {i for s, e, _ in found for i in range(s, e)}
        out = []
        for s, e, name in found:
            words, own = name.split(), span.doc[s:e].text.split()
            first = next((p for p in range(len(words) - len(own), 0, -1)
                          if words[p:p + len(own)] == own), 0)
            at, rest = s, first
            while rest > 0 and at > span.start and at - 1 not in taken and \
                    span.doc[at - 1].text == words[rest - 1]:
                at, rest = at - 1, rest - 1
            if not (rest == 0 and fold(words[0]) in first_names() and all(
                    span.doc[k].ent_iob_ == "I" for k in range(at, s + 1))
                    and span.doc[s].ent_type_ not in self.rules.org_labels):
                # the whole name back to its given name inside a place NER ran over it and
                # more ("de Valtor-Ouest Albin X" tagged as one place); else untagged
                # words
                at = max((k + 1 for k in range(at, s) if span.doc[k].ent_type_ not in (
                    "", *self.rules.person_labels)), default=at)
            out.append((at, e, name))
        return out

    def _employer_names(self, span: Span) -> set[int]:
        """The tokens of a name right after a preposition of employers ("chez Morgan
        Stanley"): a firm's name, whatever NER tags it."""
        found: set[int] = set()
        for ent in span.ents:
            if ent.start > span.start and \
                    span.doc[ent.start - 1].lower_ in self.rules.employer_preps:
                found.update(range(ent.start, ent.end))
        return found

    def _opening_word(self, ent: Span, span: Span) -> bool:
        """One word opening the sentence (past quotes) that is an adjective, an adverb or a
        participle, not a name: by its part of speech, or, where the tagger says noun or
        name, by its ending ("Fraîchement", "Disqualifié"), unless it is a given name or a
        surname the article knows."""
        if len(ent) != 1 or not all(t.is_punct for t in span.doc[span.start:ent.start]) or \
                self.inv.is_known_surname(ent.text):
            return False
        return ent[0].pos_ in _NOT_NAME_POS or self._modifier_word(ent[0])

    def _modifier_word(self, tok: Token) -> bool:
        """An adverb or a participle by its ending (the lexicon's `not_name_word`), never a
        given name ("Fraîchement", "Disqualifié", but "René")."""
        ending = self.rules.not_name_word
        return ending is not None and bool(ending.search(tok.lower_)) and \
            fold(tok.text) not in first_names()

    def _eponym_names(self, span: Span) -> set[int]:
        """The tokens of names that label a thing ("l'affaire Benalla", "le gouvernement Valls
        I", a place's or an institution's name: "le Musée du Quai Branly-Jacques Chirac", the
        title of a work quoted after its noun: 'le documentaire "X, une ambition"'):
        whatever the affair, the government or the film did, it is no change of theirs."""
        labels: set[int] = set()
        doc = span.doc
        for tok in span[:-1]:
            if tok.lower_ in self.rules.eponyms:
                k = tok.i + 1
                while k < span.end and doc[k].text[:1].isupper():
                    labels.add(k)
                    k += 1
        for tok in span[:-1]:  # "le Musée du Quai Branly-Jacques Chirac": the museum's name
            if tok.text[:1].isupper() and tok.lower_ in self.rules.named_places:
                k = tok.i + 1
                while k < span.end and (doc[k].text[:1].isupper() or doc[k].text == "-" or (
                        doc[k].lower_ in self.rules.name_particles | self.rules.from_preps
                        and k + 1 < span.end and doc[k + 1].text[:1].isupper())):
                    labels.add(k)
                    k += 1
        inside = quoted(span, closed=True)
        for i in sorted(inside):
            if i - 1 not in inside and i - 2 >= span.start and \
                    doc[i - 2].lower_ in self.rules.work_nouns:
                k = i
                while k in inside:
                    labels.add(k)
                    k += 1
        for i in sorted(inside):  # a short quotation with no verb ("monsieur Déconfinement",
            # "Macron démission", "Bella ciao"): a nickname, a slogan or a title
            if i - 1 not in inside:
                run = list(range(i, next(k for k in range(i, span.end + 1) if k not in inside)))
                if len(run) <= 3 and not any(doc[k].pos_ in ("VERB", "AUX") for k in run):
                    labels.update(run)
        return labels

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

    @cached_property
    def _changes_at(self) -> dict[tuple[str, int, int], list[Trigger]]:
        """`_change_at`'s answers for this article, by (text, offset, length)."""
        return {}

    def _change_at(self, tok: Token) -> list[Trigger]:
        """The triggers whose words start at `tok` ("step down", "resigned"). Kept per text
        and place: the rules ask about the same token about three times, and each time every
        trigger's pattern was tried there."""
        text = text_of(tok.doc)
        key = (text, tok.idx, len(tok))
        if key not in self._changes_at:
            self._changes_at[key] = [
                t for t in self.rules.triggers if t.kind in ("start", "end")
                and (m := t.regex.match(text, tok.idx)) and m.end() >= tok.idx + len(tok)]
        return self._changes_at[key]

    def _surname_by_role(self, tok: Token) -> bool:
        """One capitalised word NER tagged as an organization or a place that stands where only
        a person can: the one who resigns or retires ("Kemper resigned", "Kemper was forced to
        resign"), the one fired or ousted ("was fired", "to fire Kemper"), whose resignation or
        dismissal it is ("Kemper's ouster"). Never a country, an acronym, a name after "the"
        or a word the text also writes in lower case."""
        rules, doc = self.rules, tok.doc
        # the part of speech first: asked of every word, it rules out most before a set is built
        if tok.pos_ != "PROPN" or tok.ent_type_ not in (
                rules.org_labels | rules.place_labels | {""}) \
                or not tok.text[:1].isupper() or tok.text.isupper() or not tok.is_alpha:
            return False
        if tok.i > 0 and fold(doc[tok.i - 1].text) in rules.not_name_starts and \
                doc[tok.i - 1].pos_ == "DET":
            return False
        if tok.ent_type_ == "" and (rules.role.fullmatch(tok.text) or fold(tok.text) in
                                    rules.titles | rules.not_orgs or any(
                0 <= k < len(doc) and capitalised(doc[k]) for k in (tok.i - 1, tok.i + 1))):
            return False  # untagged, only a lone word can be a surname ("Surgeon General")
        if word_re(tok.lower_).search(self.article.text) or fold(tok.text) in \
                rules.unnamed_people | rules.unnamed_heads:  # ("Celui-ci": a pronoun)
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
            if any(t.action in ("resign", "retire") and t.arg == "subj"
                   for v in verbs for t in self._change_at(v)):
                return True
            # "X fled the country, ousted by a revolution": a participle without subject of
            # its own, after the clause X is the subject of (the parser may hang it higher)
            shared = deps.get("shared_subject", set())
            hosts = [head, head.head] if head.dep_ in shared else [head]
            return any(c.i > head.i and c.dep_ in shared and is_passive(c, deps)
                       and not any(g.dep_ in deps["subj"] for g in c.children)
                       and not any(k.dep_ in deps["subj"] for k in tok.doc[head.i + 1:c.i])
                       and any(t.action == "dismiss" and t.arg == "obj"
                               for t in self._change_at(c))
                       for h in hosts for c in h.children)
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

    def person_at(self, tok: Token, people: list[tuple[int, int, str]]) -> str | None:
        for s, e, name in people:
            if s <= tok.i < e:
                return name
        # the head of a name ("Cheeks" in "Maurice Cheeks") or a title before it ("le PDG X")
        for child in tok.children:
            if any(c.dep_ == "case" for c in child.children):
                gov = self.rules.government
                building = gov.building_at(tok.doc.text, child.idx)
                org_end = self._org_entity_end(child)
                if (gov.is_ministry(child.text) or building or org_end) and \
                        self.rules.role.fullmatch(tok.text):
                    # "le ministre de l'Intérieur Christophe Castaner", "le conseiller de la
                    # Maison Blanche Peter Navarro", "l'inspecteur général du ministère des
                    # Affaires étrangères X": the name right after the portfolio, office or
                    # organization, hung on it
                    end = building[1] if building else org_end or child.idx + len(child.text)
                    name = next((n for s, e, n in people if 0 <= tok.doc[s].idx - end <= 1
                                 and child.i < s and e - 1 <= child.right_edge.i), None)
                    if name:
                        return name
                continue  # "la conseillère de X" is not X
            for s, e, name in people:
                if s <= child.i < e and child.dep_ in self.rules.deps["appos"] | {"flat:name"} \
                        and not split_after_preposition(tok.doc, s, e):
                    return name
        low = tok.lower_
        if low in self.rules.pronouns:  # a plural one ("ceux qui") never stands for one person
            return None if self.rules.pronouns[low] == "p" else self.antecedent(tok, people)
        if low in self.rules.relatives and tok.head.dep_ in self.rules.deps["relcl"]:
            return self.person_at(tok.head.head, people)
        if low in self.rules.latter and any(c.dep_ == "det" for c in tok.children):
            # "ce dernier": the latest one named before, unless the phrase names him
            # ("ce dernier, identifié comme X, ...")
            named = [name for s, e, name in people
                     if tok.left_edge.i <= s and e - 1 <= max(tok.right_edge.i, tok.head.i)]
            return named[0] if named else self.antecedent(tok, people)
        return None

    def _org_entity_end(self, tok: Token) -> int | None:
        """The character offset where the organization the recogniser tags from `tok` on
        ends; None when `tok` opens none."""
        if tok.ent_iob_ != "B" or tok.ent_type_ not in self.rules.org_labels:
            return None
        k = tok.i + 1
        while k < len(tok.doc) and tok.doc[k].ent_iob_ == "I":
            k += 1
        last = tok.doc[k - 1]
        return last.idx + len(last.text)

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

    def described_one(self, tok: Token, people: list[tuple[int, int, str]]) -> str | None:
        """Whom a definite description of a person ("le député", "ce consultant") stands
        for: with a demonstrative, the latest person the sentence named before it ("X, né à
        Lyon, ce consultant a rejoint ..."; in a later sentence, "cette nouvelle recrue" is
        rather the one the article is about); at the top of a profile under a heading that
        names one person ("• X" then "Le député de Y a quitté ..."), that person; otherwise
        the article's protagonist."""
        before = [name for s, _, name in people if s < tok.left_edge.i]
        if before and any("Dem" in c.morph.get("PronType")
                          for c in tok.children if c.dep_ == "det"):
            return before[-1]
        if self._of_someone_new(tok):
            return None  # "la maire d'une petite ville", "the head of a local charity"
        # "le président", "l'ancienne ministre": the gender its article or adjectives tell
        # (the parser's guess for the noun itself is no better than chance: "énarque")
        said = {g for c in tok.children if c.dep_ in ("det", "amod")
                for g in c.morph.get("Gender")}
        sex = {"Masc": "m", "Fem": "f"}.get(next(iter(said)), "") if len(said) == 1 else ""
        title = self.rules.role.match(tok.doc.text, tok.idx, tok.idx + 80)
        former = self.rules.former and self.rules.former.search(
            tok.doc.text[tok.left_edge.idx:tok.idx])
        # the verb's other parties are someone else ("le nouveau Premier ministre a passé
        # les rênes à X": never X)
        # (but an apposition the parser hangs on the verb: "a limogé son entraîneur, X")
        verb = tok.head
        others = set() if verb == tok else {
            name for s, _, name in people if verb.left_edge.i <= s <= verb.right_edge.i
            and not tok.left_edge.i <= s <= tok.right_edge.i + 2}
        if title and " " in title.group(0) and not former:
            # "l'actuel ministre de l'Action et des Comptes publics": whom the article
            # gave that very title before
            holders = [name for name in reversed(self.recent() + before)
                       if (not sex or gender(name) in ("", sex)) and name not in others
                       and self._titled_before(name, title.group(0))]
            if holders:
                return holders[0]
        one = self._heading_name() or self.protagonist()
        countries = self.rules.government.country_of
        if one and title and any(c.dep_ == "amod" and fold(c.text) in countries
                                 for c in tok.children) and \
                not self._titled_before(one, title.group(0)):
            return None  # "le président brésilien": a head of state the text never made its
            # protagonist, whoever that is
        # "Le président du groupe" is no woman, "la directrice" no man
        return None if one and (sex and gender(one) not in ("", sex) or one in others) else one

    def _of_someone_new(self, tok: Token) -> bool:
        """A title whose complement brings in a place or body the text has not named ("la
        maire d'une petite ville américaine", "the director of a small charity"): someone
        the article introduces there, not anyone it named before."""
        arg = self.rules.deps["noun_arg"]
        for c in tok.children:
            if c.dep_ not in arg or c.i < tok.i:
                continue
            # English hangs the noun on its preposition ("of" → "town")
            nouns = [c, *(g for g in c.children if g.dep_ in arg)]
            if any(indefinite(n) for n in nouns):
                return True
        return False

    def _heading_name(self) -> str | None:
        """The person the sentence before names and nothing else (a list's heading)."""
        i = bisect.bisect_left(self.spans, (self.sentence_start, 0))
        if i == 0:
            return None
        s, e = self.spans[i - 1]
        raw = self.article.text[s:e]
        heading = raw.strip(_HEADING_MARKS)
        if not heading or len(heading) > 60:
            return None
        if raw.lstrip().startswith("•"):  # a bulleted name and its tagline: "• X, le retour"
            heading = heading.split(",", 1)[0]
        name = self.inv.full_person(heading)
        return name if name in self.inv.persons else None

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
        if not before:  # "ils", "leur départ", "helping them" with no group before them in
            # the sentence: never the one person named before, but the group the sentence
            # before lists, for a subject ("X et Y ont rejoint Z. Exclus de W, ils ...")
            return self._group_said_before() if tok.dep_ in self.rules.deps["subj"] else []
        if any(self._people_unnamed(t) for t in tok.doc[before[-1][1]:tok.i]):
            return []  # "X a limogé des adjoints parce qu'ils refusaient": the adjoints
        group = [before[-1]]
        for prev in reversed(before[:-1]):
            gap = tok.doc[prev[1]:group[0][0]]
            if not all(t.is_punct and t.text == "," or t.lower_ in self.rules.conjunctions
                       for t in gap) and not self._titled_gap(gap):
                break
            group.insert(0, prev)
        names = list(dict.fromkeys(name for _, _, name in group))
        return names if len(names) > 1 else []  # "ils", "ceux qui": never one person

    def _group_said_before(self) -> list[str]:
        """The names that end the sentence before as a list ("X, Y et le député Z"), when
        nothing but commas, conjunctions, an article, a title's lowercase words and given
        names stands between them."""
        i = bisect.bisect_left(self.spans, (self.sentence_start, 0))
        if i == 0:
            return []
        s, e = self.spans[i - 1]
        named = [(pos, name) for pos, name in self._named_at if s <= pos < e]
        joins = "|".join(re.escape(c) for c in [",", *self.rules.conjunctions])
        gap = re.compile(rf"\s*(?:{joins})\s+(?:[a-zà-ÿ'’-]+\s*){{0,3}}"
                         rf"(?:[A-ZÀ-Ý][\w'’.-]*\s+){{0,3}}")
        group = named[-1:]
        for pos, name in reversed(named[:-1]):
            if not gap.fullmatch(self.article.text[pos + len(name.split()[-1]):group[0][0]]):
                break
            group.insert(0, (pos, name))
        names = list(dict.fromkeys(name for _, name in group))
        return names if len(names) > 1 else []

    def _people_unnamed(self, tok: Token) -> bool:
        """A plural title or person noun naming nobody, not apposed to a name ("des
        adjoints", "plusieurs salariés"; not "X et Y, deux anciens ministres")."""
        return tok.pos_ == "NOUN" and "Plur" in tok.morph.get("Number") and \
            tok.dep_ not in self.rules.deps["appos"] and self.rules.names_people(tok.lower_)

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
        if self._unnamed_clause_subject(tok, people):
            return None  # "X said the man shot them because he was furious over his firing"
        before = [name for s, _, name in people if s < tok.i]
        # ("a-t-il dit": the inverted pronoun keeps its gender)
        wanted = self.rules.pronouns.get(tok.lower_.lstrip("-")) or \
            self.rules.latter.get(tok.lower_, "")
        if tok.lower_ in self.rules.any_gender_clitics and tok.head.i > tok.i:
            wanted = ""
        candidates = list(reversed(self.recent() + before))
        # "Obama nominated her", "le ministre l'a limogée": the object pronoun is never the
        # subject of its own verb (that would be "herself", "s'est")
        deps = self.rules.deps
        will = self.rules.will_verbs
        if tok.dep_ in deps["subj"] and tok.head.dep_ == "ccomp" and will and \
                will.fullmatch(tok.head.head.text):
            # "X a refusé qu'il démissionne": someone else (X's own would be "de démissionner")
            exclude = {*exclude, *(self.person_at(c, people) for c in tok.head.head.children
                                   if c.dep_ in deps["subj"])}
        ahead = self._cataphor(tok, people, wanted)
        if ahead and ahead not in exclude:
            return ahead  # "Alors qu'il doit partir, le procureur X assure ..."
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
        if tok.dep_ in deps["subj"] and tok.head != tok:
            # "Il succède à X", "Il remplace X": never the one named as the verb's complement
            subjects |= {self.person_at(c, people) for c in tok.head.children
                         if c.dep_ in deps["obj"] or c.dep_ == "obl:arg"}
        fitting = [name for name in candidates if name not in subjects and (
            wanted not in ("m", "f") or gender(name) in ("", wanted))]
        if tok.lower_ in self.rules.latter:
            return fitting[0] if fitting else None  # "ce dernier": the last one named, whatever
            # their place in their sentence ("pour succéder à X ? ..., ce dernier va")
        if role and len(fitting) > 1:
            held = [name for name in fitting if self._named_with(name, role)]
            if held:
                return held[0]
        if fitting and tok.dep_ in deps["subj"] and fitting[0] in before:
            main = self._subject_above(tok, people)
            last = max(p for p in people if p[0] < tok.i and p[2] == fitting[0])
            head = tok.doc[last[0]]
            if main in fitting and main != fitting[0] and head.dep_ in deps["noun_arg"] and \
                    head.head.pos_ == "NOUN":
                # "X est candidat à la succession de Y, mais il ...": the subject of the
                # clause above, not a name inside a noun's complement
                return main
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

    def _subject_above(self, tok: Token, people: list[tuple[int, int, str]]) -> str | None:
        """The person named as the subject of a clause above the pronoun's, before it."""
        node = tok.head
        while node.head != node:
            node = node.head
            subject = next((c for c in node.children if c.dep_ in self.rules.deps["subj"]
                            and c.i < tok.i), None)
            if subject is not None:
                return self.person_at(subject, people)
        return None

    def _cataphor(self, tok: Token, people: list[tuple[int, int, str]],
                  wanted: str) -> str | None:
        """A subject pronoun that opens a clause put before its sentence's subject ("Alors
        qu'il doit prendre ses fonctions, le procureur X assure"): the name right after the
        clause's comma, when its gender fits."""
        opener = self.rules.cataphora
        if opener is None or tok.dep_ not in self.rules.deps["subj"] or \
                wanted not in ("m", "f"):
            return None
        sent = self._sentence_of(tok)
        if not opener.fullmatch(tok.doc[sent.start:tok.i].text):
            return self._fronted_relative_subject(tok, people, wanted)
        comma = next((t.i for t in tok.doc[tok.i + 1:sent.end] if t.text == ","), None)
        if comma is None:
            return None
        for s, _, name in people:
            if comma < s <= comma + 4 and gender(name) in ("", wanted) and not any(
                    t.is_punct or t.pos_ in ("VERB", "AUX") for t in tok.doc[comma + 1:s]):
                return name
        return None

    def _sentence_of(self, tok: Token) -> Span:
        """The article's sentence that holds the token (the parser's may run over several)."""
        return next((s.span for s in self.sents if s.span.doc is tok.doc
                     and s.span.start <= tok.i < s.span.end), tok.sent)

    def _fronted_relative_subject(self, tok: Token, people: list[tuple[int, int, str]],
                                  wanted: str) -> str | None:
        """A subject pronoun in a relative clause on a phrase that opens the sentence with no
        verb nor name ("Ancien directeur de X, qu'il a quitté en 2019, Y dirige ..."): the
        phrase describes the sentence's subject, and so does the pronoun."""
        doc, sent = tok.doc, self._sentence_of(tok)
        rel = doc[tok.i - 1] if tok.i - 1 > sent.start else None
        if rel is None or "Rel" not in rel.morph.get("PronType") or rel.head != tok.head or \
                doc[rel.i - 1].text != "," or any(
                    t.pos_ in ("VERB", "AUX") for t in doc[sent.start:rel.i]) or any(
                    sent.start <= s < rel.i for s, _, _ in people):
            return None
        # the verb the clause hangs on (the parser may hang it on the phrase's noun instead)
        main = tok.head.head if tok.head.head.pos_ in ("VERB", "AUX") else sent.root
        subject = next((c for c in main.children
                        if c.dep_ in self.rules.deps["subj"] and c.i > tok.i), None)
        name = self.person_at(subject, people) if subject is not None else None
        return name if name and gender(name) in ("", wanted) and \
            doc[subject.left_edge.i - 1].text == "," else None

    def _unnamed_clause_subject(self, tok: Token, people: list[tuple[int, int, str]]) -> bool:
        """The nearest clause above the pronoun whose subject is no pronoun has, before it, a
        subject that only describes an unnamed person ("the 41-year-old man"), or an
        adverbial clause before it supposes someone unnamed ("si un ministre est condamné,
        il ..."): the pronoun is that person's, not the last one named."""
        deps, node = self.rules.deps, tok
        if any(c.dep_ == "advcl" and c.i < tok.i and any(
                s.dep_ in deps["subj"] and indefinite(s) and self._names_a_person_noun(s)
                for s in c.children) for c in tok.head.children):
            return True  # "Si un ministre est mis en examen, il devra démissionner": whoever
            # the clause before supposes, unnamed
        for _ in range(8):
            if node.head == node:
                return False
            node = node.head
            subj = next((c for c in node.children if c.dep_ in deps["subj"] and c.i < tok.i),
                        None)
            if subj is None or subj.lower_ in self.rules.pronouns:
                continue
            return subj.pos_ == "NOUN" and subj.lower_ in self.rules.unnamed_people and \
                self.person_at(subj, people) is None
        return False

    def _names_a_person_noun(self, tok: Token) -> bool:
        """A title or a noun for a person ("ministre", "membre du gouvernement", "élu")."""
        return bool(self.rules.role.fullmatch(tok.text)) or tok.lower_ in self.rules.person_nouns

    def _named_with(self, name: str, role: str) -> bool:
        """Whether a sentence before the current one names `name` (by surname) with `role`
        ("Sutskever left OpenAI, where he was chief scientist")."""
        text, surname, wanted = self.article.text, word_re(name.split()[-1]), fold(role)
        return any(surname.search(text, start, end) and wanted in fold(text[start:end])
                   for start, end in self.spans if end <= self.sentence_start)

    def _titled_before(self, name: str, title: str) -> bool:
        """Whether the text before the current sentence gives `name` the title `title`
        right beside it ("X, ministre de l'Agriculture", "le ministre de l'Agriculture X")."""
        text = fold(self.article.text[:self.sentence_start])
        surname, wanted = re.escape(fold(name.split()[-1])), re.escape(fold(title))
        return re.search(rf"\b{surname}\W{{1,4}}{wanted}\b|\b{wanted}\W+(?:[\w'-]+\W+){{0,2}}?"
                         rf"{surname}\b", text) is not None

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
        if tok.dep_ not in deps["subj"] or tok.head.dep_ != "ccomp" or tok.i in quoted(
                tok.sent, closed=True):
            return None  # (a speaker quoted says "je": "« il doit partir », estime X")
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
