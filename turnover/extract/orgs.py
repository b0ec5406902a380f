"""Where the post is: the organizations a sentence names and which one a change is about
(the person's own, the one left, the one founded, a government, the article's main one)."""

from __future__ import annotations

import re
from collections import Counter
from functools import cache, cached_property

from spacy.tokens import Doc, Span, Token

from turnover.extract.context import Sentence
from turnover.extract.inventory import (
    departure_split,
    opening_phrase,
    person_after,
)
from turnover.extract.names import (
    ORG_NAME_END,
    YEAR,
    first_names,
    fold,
    without_dating,
    word_re,
)
from turnover.extract.rules import Trigger, rules_for
from turnover.extract.seats import SeatRules
from turnover.extract.syntax import (
    capitalised,
    capitalised_pronoun,
    indefinite,
    is_passive,
    misread_relative,
    other_clause,
    reacts_to,
    text_of,
    verb_between,
)

POSSESSIVE = ("'s", "’s", "'", "’")  # "OpenAI's CTO", "the Sixers' coach"


# a time of day: "11h", "11h30", "9 a.m.", "10:30" (but "13H", "20H": a news programme)
_TIME = re.compile(r"\d{1,2}(?:\s*h(?:\d{2})?|[:.]\d{2}(?:\s*[aApP]\.?[mM]\.?)?"
                   r"|\s*[aApP]\.?[mM]\.?)")


@cache
def _any_alias(code: str) -> re.Pattern[str]:
    """Where any of the language's short organization names stands, as the alias loop of
    `_dominant_org` looks for each (no match here: none of them anywhere)."""
    aliases = rules_for(code).org_aliases
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(a) for a in aliases) + r")(?!\w)"
                      if aliases else r"(?!)", re.IGNORECASE)


def _within(part: str, whole: str) -> bool:
    """`part` (longer than three letters) stands in `whole` as whole words."""
    return len(part) > 3 and re.search(rf"(?<!\w){re.escape(part)}(?!\w)", whole) is not None


class OrgRules(SeatRules):
    """Finding the organization of a change (an elected seat's district: `SeatRules`)."""

    def _hyphen_run(self, doc: Doc, j: int, end: int) -> int:
        """The last token of a name glued on by hyphens after doc[j]: capitalised parts,
        maybe through lowercase particles ("-de-", "-la-"), never a lone trailing particle;
        0 when none follows."""
        k, last = j, 0
        while k + 2 < end and doc[k + 1].text == "-" and not doc[k].whitespace_ and not doc[
                k + 1].whitespace_:
            nxt = doc[k + 2]
            if capitalised(nxt):
                k = last = k + 2
            elif nxt.lower_ in self.rules.name_particles and not nxt.whitespace_:
                k += 2
            else:
                break
        return last

    def _dominant_org(self) -> str | None:
        """The organization the article is mostly about: of the organizations named in the
        parsed sentences, the one the whole text names most often (variants like "76ers" /
        "Philadelphia 76ers" counted together), if named at least twice, never a person."""
        names: set[str] = set()
        persons = {fold(w) for p in self.inv.persons for w in p.split()}
        for sent in self.sents:
            toks = {i for s, e, _ in self.person_spans(sent.span) for i in range(s, e)}
            for _, _, name, _ in self.org_spans(sent.span, toks):
                if fold(name) not in persons and not self._is_outlet(name) and \
                        not self.rules.government.is_ministry(name):
                    names.add(name)
                    self.inv.add_org(name)
        # a short name NER seldom tags ("Sixers" for "76ers"), when the article gives the full
        # one, with the full one (NER often misses it too: "Philadelphia 76ers"), or when the
        # article names it at least twice
        text = self.article.text
        aliases = self.rules.org_aliases.items() if _any_alias(self.rules.code).search(text) \
            else ()  # most articles name none: one search instead of one per alias
        for alias, canonical in aliases:
            # the alias as a whole word, its look-behind after it as in `word_re`: 2x faster
            word = re.escape(alias)
            said = [m.group(0) for m in re.finditer(
                rf"{word}(?<!\w{word})(?!\w)", text, re.IGNORECASE)
                if m.group(0)[:1].isupper()]
            found = set(said)
            if not found:
                continue
            if not word_re(canonical).search(text):
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
            found.update(m.span() for m in word_re(name).finditer(self.article.text))
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

    def source_keys(self, sources: list[str]) -> set[str]:
        """The folded outlets of a sentence, with and without their article ("Le Parisien"
        is the "Parisien" NER tags): never the organization of the change."""
        return {fold(s) for s in sources} | {self._bare(s) for s in sources}

    def _is_outlet(self, name: str) -> bool:
        folded = self._bare(name)
        # either way round, as whole words: "Dernière Heure" in "La Dernière Heure.Mohamed" (a
        # glued sentence), but "Média" is not in "Mediapart"
        return any(folded == o or _within(o, folded) or _within(folded, o) for o in self.outlets)

    def country(self) -> str | None:
        """For national political posts the organization is the country: the first place
        named in the parsed text (title and lead come first)."""
        if not hasattr(self, "_country"):
            self._country = next((ent.text for sent in self.sents for ent in sent.span.ents
                                  if ent.label_ in self.rules.place_labels), None)
        return self._country

    def _descriptor(self, doc: Doc, o: tuple[int, int, str, bool]) -> bool:
        """A group's name that only describes the one holding a title ("the first
        African-American president"), unlike a nationality, which stands for its country."""
        return doc[o[0]].ent_type_ in self.rules.group_labels and \
            fold(o[2]) not in self.rules.group_adjectives

    def government_org(self, role_text: str, around: str, staff: bool = False) -> str | None:
        """The organization of a national executive post: the office the article names for
        it ("Matignon"), the country qualified next to the role ("le Premier ministre syrien")
        or in the title, the government as the article calls it, else the first country named."""
        gov = self.rules.government
        text = self.article.text
        folded = fold(text)
        for office in gov.offices:  # "conseiller du Premier ministre": Matignon
            if staff and not office.ministry and office.role.match(role_text) and fold(
                    office.name) in folded and office.country in (None, gov.country_in(around)):
                return office.name  # (a ministry's staff keep the ministry, found elsewhere)
        title = text[:self.sents[0].end] if self.sents and self.sents[0].index == 0 else ""
        country = self._country_named(around) or self._country_named(title)
        if country:
            return country
        named = Counter(gov.country_of[fold(m.group(0))] for m in gov.countries.finditer(text))
        if gov.home and any(o.country is None for o, _, _ in gov.buildings_in(text)):
            named[gov.home] += 1  # "l'Élysée a annoncé": the home country, named or not
        ranked = named.most_common(2)
        if gov.home and ranked and ranked[0][0] != gov.home and (
                (len(ranked) == 1 and ranked[0][1] > 1)
                or ranked[0][1] >= 3 * max(named[gov.home], 1)):
            # an article about one foreign country ("le Mali" eight times, France once): its
            # post (not one named once in passing: "son voyage au Japon")
            return ranked[0][0]
        if gov.home:  # the annotation's convention: the country, not the office
            return gov.home
        for office in gov.offices:
            if office.role.match(role_text) and fold(office.name) in folded:
                return office.name
        body = gov.body.search(text)
        if body:
            return body.group(0).lower()
        return gov.country_in(text)

    def _country_named(self, text: str) -> str | None:
        """The country a text names, by its name or its adjective, but not by an adjective
        inside a quotation ('un "couteau suisse" nommé à Matignon': a figure of speech)."""
        gov = self.rules.government
        for m in gov.countries.finditer(text):
            word, before = m.group(0), text[:m.start()]
            quoted = before.count('"') % 2 == 1 or any(
                before.rfind(a) > before.rfind(b) for a, b in ("«»", "“”"))
            if word[:1].isupper() or not quoted:
                return gov.country_of[fold(word)]
        return None

    # -- persons -----------------------------------------------------------------------

    def org_spans(self, span: Span, person_toks: set[int]) -> list[tuple[int, int, str, bool]]:
        """(first token, end token, name, tagged by NER) of the organizations in a sentence:
        NER's, those the article named elsewhere, and capitalised runs after an organization
        preposition ("of the 76ers", "chez Anthropic") that NER missed."""
        found: dict[int, tuple[int, int, str, bool]] = {}
        for ent in span.ents:
            if opening_phrase(ent, span.start, self.article.text, self.rules):
                continue
            if ent.label_ in self.rules.org_labels and not (set(range(ent.start, ent.end))
                                                             & person_toks):
                end = person_after(ent, self.rules, lambda rest: self._starts_person(list(rest)))
                if end is not None:  # "co-founded Inflection with Suleyman"
                    name = self._org_name(span.doc[ent.start:end])
                    if name:
                        found[ent.start] = (ent.start, end, name, True)
                    continue
                end = ent.end  # "Helix Robotics" when NER stops at "Helix"
                while (end < span.end and capitalised(span.doc[end]) and end not in person_toks
                       and span.doc[end].ent_iob_ != "B" and span.doc[end].pos_ in ("PROPN", "")
                       and "\n" not in span.doc[end - 1].whitespace_
                       # "France Télévisions Takis Candilis": a name the article gives a
                       # person elsewhere is no part of the organization's
                       and not self._starts_person(list(span.doc[end:min(span.end, end + 2)]))):
                    end += 1
                while end < span.end and span.doc[end].pos_ == "ADJ" and \
                        span.doc[end].dep_ == "amod" and span.doc[end].head.i == end - 1 and \
                        span.doc[end].is_lower and span.doc[end].is_alpha and \
                        len(span.doc[end]) > 2 and capitalised(span.doc[end - 1]) and \
                        span.doc[end - 1].pos_ in ("NOUN", "PROPN") and \
                        span.doc[end].lower_ not in self.rules.state_adjectives:
                    end += 1  # "le Conseil constitutionnel" when NER stops at "Conseil"
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
        for office, s, e in self.rules.government.buildings_in(span.text):
            seen = doc.char_span(span.start_char + s, span.start_char + e,
                                 alignment_mode="expand")
            if seen is None or set(range(seen.start, seen.end)) & person_toks or any(
                    a < seen.end and seen.start < b and b > seen.end for a, b, _, _ in
                    found.values()):
                continue  # "the White House Council of Economic Advisers": a longer name
            # "la place Beauvau", "la Maison Blanche": the office, whatever NER tags
            for k in [k for k, (a, b, _, _) in found.items() if a < seen.end and seen.start < b]:
                del found[k]
            found[seen.start] = (seen.start, seen.end, self.rules.government.written(
                office.name, seen.text), True)
        before_body = self.rules.org_preps | self.rules.determiners  # once, not per token
        for tok in span:
            prev = doc[tok.i - 1] if tok.i > span.start else None
            if (prev is not None and prev.lower_ in before_body
                    and self.rules.government.body.fullmatch(tok.text)):
                found[tok.i] = (tok.i, tok.i + 1, tok.lower_, False)
        # the first words of the organizations known (nothing below adds one), once per
        # sentence rather than once per capitalised word
        known_firsts = {fold(o.split()[0]) for o in self.inv.orgs}
        text = text_of(doc)
        covered = {k for a, b, _, _ in found.values() for k in range(a, b)}
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
            after_noun = bool(self.rules.org_noun.search(text[max(0, tok.idx - 40):tok.idx]))
            known = fold(tok.text) in known_firsts
            j = tok.i
            while j + 1 < span.end:
                # (never into a full name the article gives: "de Radio Azur Delphine
                # Morel", where NER tagged only the surname)
                if (capitalised(doc[j + 1]) or capitalised_pronoun(doc[j + 1])) and \
                        doc[j + 1].i not in person_toks and "\n" not in doc[j].whitespace_ \
                        and not self._full_name_at(doc, j + 1):
                    j += 1
                elif self._hyphen_run(doc, j, span.end):
                    # "Loire-Atlantique", "Part-Dieu", "Alpes-de-Haute-Provence",
                    # "Boulogne-sur-Mer": one name
                    j = self._hyphen_run(doc, j, span.end)
                else:
                    break
            if tok.ent_iob_ == "B" and tok.ent_type_ not in self.rules.person_labels:
                # an entity with a lowercase adjective in its name: "au Stade rennais"
                while j + 1 < span.end and doc[j + 1].ent_iob_ == "I" and doc[j + 1].pos_ == "ADJ" \
                        and doc[j + 1].is_lower:
                    j += 1
                # "la Cour d'appel de Rennes": lowercase words inside an entity that closes on
                # a name
                last = next((k for k in range(j + 1, span.end) if doc[k].ent_iob_ != "I"),
                            span.end) - 1
                if last > j and capitalised(doc[last]) and not any(
                        k in person_toks or doc[k].is_punct for k in range(j + 1, last + 1)):
                    j = last
            j = max(j, self._known_name_end(span, tok.i) - 1)
            j += self._number_of_name(span, j + 1)
            nxt = j + 1  # "Rovers' head coach": past the possessive mark
            while nxt < span.end and doc[nxt].text in POSSESSIVE:
                nxt += 1
            before_role = nxt < span.end and bool(self.rules.role.match(text, doc[nxt].idx))
            if not (after_prep or after_noun or known or before_role):
                continue
            if j == tok.i and tok.i in covered:
                continue  # "la Fédération nationale des Chasseurs": its last word is not one
                # (but "the Board of Trustees for the Catholic Health Association" holds one)
            name = self._org_name(doc[tok.i:j + 1])
            if name:
                found[tok.i] = (tok.i, j + 1, name, known)
        return [self._with_body_noun(span, o) for o in sorted(found.values())]

    def _with_body_noun(self, span: Span, o: tuple[int, int, str, bool]
                        ) -> tuple[int, int, str, bool]:
        """The organization with the common noun of the public body it completes: "la
        commission des | Finances" is the commission des Finances, not a ministry."""
        doc, text = span.doc, text_of(span.doc)
        at = doc[o[0]].idx
        body = self.rules.body_name.search(text, max(span.start_char, at - 60), at) \
            if self.rules.body_name else None
        first_word = o[2].split()[0]
        if body is None or self.rules.org_noun.fullmatch(first_word.lower() + " ") \
                or first_word.lower() in self.rules.branch_nouns:
            return o  # "le conseil de la Fédération X", "l'agence de la Banque X": its organ
        first = next((k for k in range(o[0] - 1, span.start - 1, -1)
                      if doc[k].idx == body.start()), None)
        if first is None or fold(doc[first].text) in fold(o[2]).split():
            return o  # (a name that already has it, as the article wrote it elsewhere)
        return first, o[1], text[body.start():at] + o[2], o[3]

    def _known_name_end(self, span: Span, k: int) -> int:
        """The end of a full name the lexicon knows (a value of org_aliases) that starts at
        token `k` and runs on in lowercase words ("La République en marche", where NER
        stops at "République"); else 0."""
        doc = span.doc
        if doc[k].pos_ == "DET" and k + 1 < span.end:
            k += 1  # "La République en marche"
        rest = fold(text_of(doc)[doc[k].idx:span.end_char])
        for full in self.rules.org_aliases.values():
            name = fold(full)
            if " " in name and rest.startswith(name) and \
                    not rest[len(name):len(name) + 1].isalnum():
                stop = doc[k].idx + len(full)
                return next((t.i + 1 for t in doc[k:span.end] if t.idx + len(t.text) >= stop), 0)
        return 0

    def _number_of_name(self, span: Span, k: int) -> int:
        """1 where the token at `k` is a small number that ends the capitalised name before it
        ("France 2", "Ligue 1", "Europe 1"), never a date ("Paris 2 juin"), else 0."""
        doc = span.doc
        if k >= span.end or not doc[k].text.isdigit() or len(doc[k].text) > 2 or \
                "\n" in doc[k - 1].whitespace_ or not capitalised(doc[k - 1]):
            return 0
        after = doc[k + 1] if k + 1 < span.end else None
        if after is not None and (self.rules.dates.is_date_word(after.text)
                                  or after.lower_ in self.rules.time_nouns or after.like_num
                                  # "à l'Élysée 17 collaborateurs": a count of them
                                  or (after.pos_ == "NOUN" and "Plur" in after.morph.get(
                                      "Number"))):
            return 0
        return 1

    @staticmethod
    def _fronted_descriptor(tok: Token) -> bool:
        """A common noun or adjective opening the sentence, a preposition after it and a comma
        closing the phrase with no verb in it ("Novice en politique, X"): it describes the
        subject; its capital is the sentence's."""
        doc = tok.doc
        if tok.pos_ not in ("NOUN", "ADJ") or not tok.is_sent_start or tok.i + 1 >= len(doc) \
                or doc[tok.i + 1].pos_ != "ADP" or not doc[tok.i + 1].is_lower:
            return False
        for k in range(tok.i + 2, min(len(doc), tok.i + 8)):
            if doc[k].text == ",":
                return True
            if doc[k].pos_ in ("VERB", "AUX") or doc[k].is_sent_start:
                return False
        return False

    def _org_name(self, toks: Span) -> str | None:
        """The organization name in a run of tokens, without leading role words or articles,
        or None when the run is a date, a role, a person or a common word."""
        words = [t for t in toks if not t.is_punct or t.text in "&.-'’"]
        words = words[self._leading_title_words(words):]
        while len(words) > 1 and words[0].is_lower and words[1].text[:1].isupper() and \
                self.rules.org_noun.fullmatch(words[0].lower_ + " "):
            words = words[1:]  # "le groupe Sogena", tagged whole: Sogena
        if not any(t.text[:1].isupper() or t.text[:1].isdigit() for t in words):
            return None  # "l'ancien Premier-ministre socialiste": a title and its adjective
        while words and self.rules.dates.is_date_word(words[-1].text):
            words = words[:-1]  # "de la Fédération française de tennis de table samedi"
        words = words[:without_dating([w.text for w in words], self.rules.dates.is_date_word)]
        while len(words) > 1 and self.rules.trigger_word(words[-1].text):
            words = words[:-1]  # a headline: "Philadelphia 76ers Fire Coach X"
        if len(words) == 1 and (words[0].pos_ == "NOUN" or words[0].is_sent_start) and \
                self.rules.trigger_word(words[0].text):
            return None  # a headline's first word: "Limogeage de X :"
        if len(words) == 1 and self._fronted_descriptor(words[0]):
            return None  # "Novice en politique, X a été élue"
        if not words or (all(t.pos_ == "ADJ" for t in words) and not (
                len(words) == 1 and (words[0].ent_type_ in self.rules.org_labels
                                     or fold(words[0].text) in self.inv.not_persons)
                and fold(words[0].text) not in self.rules.government.country_of)):
            # "head of European equities": a nationality is not an organization; but "le
            # groupe Sorel", a name the tagger took for an adjective, is one
            return None
        name = ORG_NAME_END.split(toks.doc[words[0].i:words[-1].i + 1].text)[0].strip(
            " ,;:«»\"“”()")
        if not any(c.isupper() or c.isdigit() for c in name) or _TIME.fullmatch(name) or \
                len(name) < 2:  # (a letter alone: "C" cut from "C à vous")
            # "l'entreprise.- Licenciement": a common noun before a bullet (but "76ers"); "à
            # 11h", "at 9am": a time
            return None
        if not re.search(r"(?:^|\.)[A-Z]\.$", name):  # "U.S." keeps its last period
            name = name.rstrip(".")
        name = name.replace("\u00ad", "")  # soft hyphens from the page layout
        name = re.sub(r"['’]s?$", "", name)
        trailing_role = self.rules.role_at_end.search(name)
        if trailing_role:  # "U.S. Surgeon General" → "U.S."
            name = name[:trailing_role.start()].strip()
        while " " in name and self.rules.trigger_word(name.rsplit(" ", 1)[1]):
            name = name.rsplit(" ", 1)[0]  # a headline: "Philadelphia 76ers Fire Coach X"
        if any(w.islower() and w in self.rules.event_nouns for w in re.split(r"[\s'’]+", name)):
            return None  # "les attentats de Paris", "the Paris attacks": an event
        if not name or fold(name) in self.rules.not_orgs or self.rules.role.fullmatch(name) \
                or (self.rules.former and self.rules.former.search(_lowercase_start(name))):
            return None  # (the last: "ex-LREM", a party left, never the post's)
        if self.rules.dates.is_date_word(name) or YEAR.fullmatch(name) or \
                self.inv.is_person(name):
            return None
        if self.inv.is_known_surname(name.split()[-1]) and len(name.split()) <= 2:
            return None
        full = self.inv.full_org(name)
        gov = self.rules.government
        rest = full[len(name) + 1:].split(" ", 1)[0] if full.startswith(name + " ") else ""
        if gov and gov.is_ministry(name) and rest.islower() and \
                rest not in self.rules.conjunctions and not gov.is_ministry(full):
            return name  # a portfolio ("aux Transports") runs into no phrase the recogniser
            # glued to it elsewhere ("ministre des Transports en commun"), only into
            # another portfolio ("de la Transition écologique et des Transports"), or its own
            # adjective ("des Affaires européennes")
        return None if self.inv.is_person(full) else full  # "NKM": a person's initials

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
            if first_title is None and (w.lower_ in self.rules.determiners or (
                    w.is_stop and (role or not _opens_a_name(w)))
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
        if first_title is not None and k < len(words) and not self._starts_person(words[k:]) \
                and any(w.text[:1].isupper() for w in words[k:]):
            return first_title  # (but "l'ancien Premier-ministre socialiste": no name after)
        return k

    def _recipient_org(self, tok: Token) -> bool:
        """The organization of a title a change is handed to ("sa démission au préfet du
        Gard", "his resignation to the governor of Ohio")."""
        for _ in range(3):
            head = tok.head
            if head == tok:
                return False
            prep = head.lower_ if head.pos_ == "ADP" else next(
                (c.lower_ for c in head.children if c.dep_ == "case"), None)
            title = head if head.pos_ != "ADP" else next(
                (c for c in head.children if c.dep_ in self.rules.deps["noun_arg"]), head)
            if prep in self.rules.recipient_preps and self.rules.role.fullmatch(title.text):
                return True
            tok = head
        return False

    def _full_name_at(self, doc: Doc, k: int) -> bool:
        """A full name the article gives starts at token k."""
        first = doc[k].text + " "  # (a string test first: no span built for most names)
        return any(p.startswith(first) and doc[k:k + p.count(" ") + 1].text == p
                   for p in self.inv.persons)

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
                trig_last: Token | None = None,
                apart: list[tuple[int, int]] | None = None) -> tuple[str | None, bool]:
        """The organization of the position: after the role ("PDG de Renault", "coach of the
        76ers"), attached to the trigger ("quitte OpenAI", "joins Google"), the subject of
        "Renault a limogé X", the nearest one NER found, else the article's main one."""
        doc = span.doc
        if role_pos and t.kind == "start" and self.rules.former and self.rules.former.search(
                text_of(doc)[max(0, doc[role_pos[0]].idx - 20):doc[role_pos[0]].idx]):
            role_pos = None  # "l'ancien ministre X a rejoint Y": not the post X takes
        if role_pos and any(a <= doc[role_pos[0]].idx - self._base < b for a, b in apart or ()):
            role_pos = None  # "Le président de la République salue l'éviction de X": the
            # title of another clause's subject
        role_text = doc[role_pos[0]:role_pos[1] + 1].text if role_pos else ""
        named = self.org_spans(span, person_toks)
        orgs = [o for o in named
                if fold(o[2]) not in exclude and not self._is_outlet(o[2])
                and not _affiliation(doc, o, person_toks, self.rules.role,
                                     self.rules.person_nouns)
                and not self._others_party(doc, o, person_toks)
                # "nommer son allié du MoDem au poste de": whose ally the person is
                and not (o[0] - 2 >= span.start and doc[o[0] - 1].lower_ in self.rules.org_preps
                         and doc[o[0] - 2].lower_ in self.rules.kin_nouns
                         and not self.rules.trigger_word(doc[o[0] - 2].text))
                and not (self.rules.occasion and self.rules.occasion.search(
                    text_of(doc)[max(0, doc[o[0]].idx - 40):doc[o[0]].idx]))
                # "élu sous l'étiquette LR", "conseillère installée à New York": the
                # person's colour, where the person lives; not the post's organization
                # (but "a rejoint le camp présidentiel ... sous la bannière LREM": the
                # party joined)
                and not any(r and r.search(text_of(doc)[max(0, doc[o[0]].idx - 40):doc[o[0]].idx])
                            for r in (self.rules.colour if t.action != "join" else None,
                                      self.rules.residence))
                and not (self.rules.portfolio and self.rules.portfolio.search(
                    text_of(doc)[max(span.start_char, doc[o[0]].idx - 40):doc[o[0]].idx]))
                and not (self.rules.past_affiliation and self.rules.past_affiliation.search(
                    text_of(doc)[max(span.start_char, doc[o[0]].idx - 80):doc[o[0]].idx]))
                and not (t.kind == "start" and self.rules.origin.search(
                    text_of(doc)[max(0, doc[o[0]].idx - 30):doc[o[0]].idx]))
                and not (t.kind == "start" and self._former_post_org(doc[o[0]]))
                # "a démissionné pour se consacrer à son mandat de maire de B": a post kept
                and not self._kept_post_org(doc[o[0]])
                # "adresser sa démission au préfet du Gard": the recipient's
                and not (t.kind == "end" and trig.pos_ == "NOUN"
                         and self._recipient_org(doc[o[0]:o[1]].root))
                # "X, le nouveau ministre, ex-LR": a party left, glued to its prefix
                and not (self.rules.former and self.rules.former.search(_lowercase_start(o[2])))
                # the next post's, after a post held until then
                and not (t.held_before and o[0] > trig.i)
                # inside another clause's subject that does not name the person
                and not any(a <= doc[o[0]].idx - self._base < b for a, b in apart or ())
                # "the company behind ChatGPT": a product of the organization, not it
                and not (o[0] > span.start and doc[o[0] - 1].lower_ in self.rules.product_preps)
                # "X remplace PPD": the one replaced (a name read as an organization's)
                and not (t.pair and trig.i < o[0] and all(
                    doc[k].lower_ in self.rules.determiners for k in range(trig.i + 1, o[0])))]
        programme = self.rules.programme.search(text_of(doc)[span.start_char:span.end_char]) \
            if self.rules.programme else None
        if programme:  # a presenter's post belongs to the programme, not the channel
            return programme.group(1), False
        purpose = self.rules.post_purpose if t.kind == "start" else None
        if purpose is not None:
            for o in orgs:  # "nommée pour siéger au Conseil d'État": there,
                # whatever title the newcomer holds (in the change's own purpose clause, not a
                # verb joined to it: "élu maire mais renonce pour entrer au gouvernement")
                path = [doc[o[0]], *doc[o[0]].ancestors]
                if trig in path and all(a.dep_ != "conj" for a in path[:path.index(trig)]) \
                        and purpose.search(text_of(doc)[max(0, doc[o[0]].idx - 40):doc[o[0]].idx]):
                    return o[2], False
        portfolio = self._portfolio_after(trig, span) if t.kind == "start" else None
        if portfolio:  # "en nommant X à l'Intérieur": a minister's post (the country's)
            return portfolio, False
        antecedent = self._relative_antecedent(trig, span, named)
        if antecedent and fold(antecedent) not in exclude and not self._is_outlet(antecedent):
            return antecedent, False  # "Agir, qu'il a cofondé", "Lumio, qu'elle a rejointe"
        if t.kind == "end" and trig.pos_ in ("VERB", "NOUN"):
            left = self._left_org(trig_last or trig, span, person_toks, orgs, exclude)
            if left:  # "a démissionné des Républicains", "quitter l'Élysée", whatever the role
                return left, False
        if role_pos is not None and self.dominant and 0 < role_pos[0] - trig.i <= 8 and \
                doc[role_pos[0] - 1].text in POSSESSIVE and self.rules.generic_orgs.fullmatch(
                    doc[role_pos[0] - 3:role_pos[0] - 1].text):
            return self.dominant, False  # "as the team's president": the article's team
        if role_pos is not None:
            for o in orgs:  # "as Surgeon General, Department of Health": the title's
                # organization set after it by a comma, as press releases write it
                if o[3] and o[0] == role_pos[1] + 2 and doc[role_pos[1] + 1].text == "," \
                        and doc[o[0]].ent_type_ not in self.rules.group_labels:
                    # (not "surgeon general, Democratic officials said": a party's people)
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
            if self.joins_a_venture(trig):
                return None, False  # "pourrait rejoindre l'aventure": no organization named
        seat = next((k for k in range(trig.i + 1, min(span.end, trig.i + 7))
                     if self.rules.seat.fullmatch(doc[k].text)), None)
        if seat is not None and self.dominant and all(
                doc[k].pos_ in ("ADP", "DET", "ADV") or doc[k].like_num
                or self.rules.dates.is_date_word(doc[k].text) for k in range(trig.i + 1, seat)) \
                and self._generic_after(span, seat + 1):
            # "élu vendredi à la tête de l'agglomération": the article's organization, not
            # the one of the title before the name ("le maire de Mérignac X")
            return self.dominant, False
        if seat is not None and all(
                doc[k].pos_ in ("ADP", "DET", "ADV") for k in range(trig.i + 1, seat)):
            for o in orgs:  # "remplacé à la tête du groupe X par Y": the seat's, whatever
                # title stands later
                if 0 < o[0] - seat <= 4 and all(doc[k].pos_ in ("ADP", "DET")
                                                or doc[k].lower_ in self.rules.org_noun_words
                                                for k in range(seat + 1, o[0])):
                    return o[2], False
        # a party joined is never a seat ("a rejoint le camp présidentiel ... réélu député")
        district = None if t.action == "join" else self._seat_district(trig, span, role_text) \
            or (self.seat_of_clause(trig, span) if t.kind == "end" else None)
        if district:  # "le député X a quitté son siège dans la 1re circonscription du Haut-Rhin"
            return district, False
        nxt = doc[role_pos[1] + 1] if role_pos and role_pos[1] + 1 < span.end else None
        if nxt is not None and nxt.is_lower and self.rules.political_role.fullmatch(role_text) \
                and fold(nxt.text) in self.rules.government.country_of:
            # "le nouveau président ukrainien": the country its adjective names
            return self.rules.government.country_of[fold(nxt.text)], False
        if role_pos and self.rules.government.posts.match(role_text):
            for o in orgs:  # "U.S. Surgeon General", "Alabama's attorney general": as written
                if 0 <= role_pos[0] - o[1] <= 1 and all(doc[k].text in POSSESSIVE
                                                        for k in range(o[1], role_pos[0])) \
                        and not self._descriptor(doc, o):
                    return o[2], False
            # "ministre des Ressources en eau": a portfolio, not the organization
            around = doc[max(span.start, role_pos[0] - 2):min(span.end, role_pos[1] + 6)].text
            gov = self.rules.government
            if gov.sentence_only and not gov.country_in(around):
                # the country the sentence names nearest the title, else none
                return self._nearest_country(span, doc[role_pos[0]].idx), False
            before = text_of(doc)[max(0, doc[role_pos[0]].idx - 40):doc[role_pos[0]].idx]
            first = span[0].lower_
            if first in self.rules.place_preps or first in self.rules.contractions:
                # "Au Chili, le ministre de la Santé a démissionné": the sentence's country
                opening = text_of(doc)[span.start_char:span.end_char].split(",", 1)[0]
                place = gov.country_in(opening) if len(opening) < 40 else None
                if place:
                    return place, False
            return self.government_org(role_text, around,
                                       bool(gov.staff and gov.staff.search(before))), False
        if t.action == "found":
            return self._founded_org(trig, orgs, named, span, person_toks, trig_last,
                                     t.epithet), False
        after = doc[trig.i + 1:min(span.end, trig.i + 5)].text
        generic = self.rules.generic_orgs.match(after)
        if generic:
            start = doc[trig.i + 1].idx + generic.end()
            following = next((k for k in doc[trig.i + 1:span.end] if k.idx >= start), None)
            if following is not None and capitalised(following):
                generic = None  # "quittant l'association France Terre d'Asile": its name
        last = (trig_last or trig).i
        while last + 1 < span.end and last > trig.i and doc[last + 1].pos_ == "ADJ":
            last += 1  # "la direction exécutive de"
        if not generic and t.kind == "start" and last > trig.i:
            # "reprend la direction de la chaîne": the organization the article is about
            generic = self._generic_after(span, last + 1)
            if generic and not self.dominant:
                return None, False  # not the organization of a title beside the name
        if generic and any(c.isupper() for c in generic.group(0)[1:]):
            generic = None  # "le Mouvement radical", "le Groupe Sorel": a name
        if generic and set(fold(generic.group(0)).split()) & self.rules.party_nouns:
            # "le sénateur LREM X a quitté le parti": the party is the acronym by the name
            # (never an outlet the news is attributed to: "selon RTL")
            parties = [o for o in self.org_spans(span, set()) if re.fullmatch(r"[A-Z]{2,6}", o[2])
                       and fold(o[2]) not in exclude and not self._is_outlet(o[2])]
            # else unknown here: the mention merges with one that names the party
            return (min(parties, key=lambda o: abs(o[0] - trig.i))[2] if parties else None), False
        said = self._saying_org(trig, named, person_toks) if generic else None
        if said and fold(said) not in exclude:
            return said, False
        if generic and self.dominant:  # "quitte l'entreprise": the one the article is about
            return self.dominant, False
        destination = None
        # a change noun's phrase: "son élection à la mairie | de Saint-Paul"; a verb the
        # trigger ends with: "choisie pour diriger | Renault"
        last = trig_last or trig
        end = max(trig.i, last.i) if trig.pos_ == "NOUN" or (
            last.pos_ == "VERB" and last.i > trig.i and (
                last.i - trig.i <= 3 or trig in last.ancestors
                or trig.pos_ == "AUX" and trig.head in last.ancestors)) else trig.i
        # a preposition that brings the person ("handed the reins to X") brings no organization
        brings_person = t.arg == "noun" and trig.pos_ == "ADP"
        described = self._named_description(span, (trig_last or trig).i + 1, orgs)
        if described and not brings_person:
            return described, False
        for o in orgs:  # "rejoindre Microsoft", "quitte la présidence de Renault"
            # (the name of the one replaced does not count: "succède à Édouard Philippe | à
            # Matignon")
            # (nor the name of the one who changes post, when the organization hangs on the
            # change noun too: "le départ de X | du ministère", "la nomination de X | à
            # Matignon"; never where a newcomer comes from: "l'arrivée de X de Renault")
            skip_names = t.pair or (
                trig.pos_ == "NOUN" and doc[o[0]:o[1]].root.head == trig
                and (doc[o[0] - 1].lower_ in self.rules.from_preps) == (t.kind == "end"))
            gap = o[0] - end - (sum(k in person_toks for k in range(end + 1, o[0])) if skip_names
                                else 0)
            # (or one the trigger's own words name: "entré mardi 3 septembre au gouvernement")
            named_by_trigger = trig_last is not None and trig.i < o[0] <= trig_last.i
            if not brings_person and o[0] > trig.i and (0 < gap <= 4 or named_by_trigger) and all(
                    not doc[k].is_punct and doc[k].pos_ not in ("VERB", "AUX")
                    for k in range(end + 1, o[0])):
                if t.kind == "end" and any(doc[k].lower_ in self.rules.destination_preps
                                           for k in range(trig.i + 1, o[0])):
                    destination = o  # "left for Detroit": where the person goes
                    break
                return o[2], False
        orgs = [o for o in orgs if o != destination]
        if role_pos is not None:
            role_first = role_pos[0]
            for o in orgs:  # "Philadelphia 76ers head coach", "OpenAI's CTO"
                if 0 <= role_first - o[1] <= 1 and all(doc[k].text in POSSESSIVE
                                                       for k in range(o[1], role_first)) \
                        and not self._descriptor(doc, o):
                    return o[2], False
            for n, o in enumerate(orgs):
                if self._completes_title(doc, role_pos[1], o):
                    inner = orgs[n + 1] if n + 1 < len(orgs) else None
                    if inner and o[1] < len(doc) and doc[o[1]].text in POSSESSIVE and \
                            inner[0] == o[1] + 1 and \
                            doc[o[0]].ent_type_ not in self.rules.place_labels:
                        return inner[2], False  # "director of the NIH's Genome Institute"
                    return o[2], False
            if self.dominant and self._generic_after(span, role_pos[1] + 1) is not None:
                return self.dominant, False  # "le PDG du groupe ferroviaire": the article's one
        employer = self._employer_after(trig_last or trig, span, orgs)
        if employer:  # "a quitté son poste de directrice des affaires publiques chez Danone"
            return employer, False
        actor = self._actor_org(trig, t, span, person_toks, exclude)
        if actor:
            return actor, False
        reporter = self._reporting_org(trig, named)
        if reporter:
            return reporter, False
        for o in orgs:  # "succède à X à la présidence de la Métropole"
            if any(self.rules.seat.fullmatch(doc[k].text)
                   for k in range(max(span.start, o[0] - 4), o[0])):
                return o[2], False
        for o in orgs:
            if o[0] <= trig.i and any(doc[k].dep_ in self.rules.deps["subj"] and doc[k].head == trig
                                      for k in range(o[0], o[1])):
                return o[2], False
        if role_pos and self.rules.political_role.match(role_text.lower()):
            gov = self.rules.government
            qualified = self._country_before(span, role_pos[0])
            if qualified:  # "former Ukrainian President X", "ousted as Syria's president"
                return qualified, False
            near = self._nearest_country(span, doc[role_pos[0]].idx) if gov.sentence_only \
                else None
            if near:  # "the Syrian strategy failed to oust President X"
                return near, False
            place = self.country()
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
        if t.action != "join" and self._seat_title(role_text):
            # a seat whose sentence names no district, nor an organization the change names
            # ("exclu du Parti radical"): never a name that merely stands nearby
            return self._seat_org(span, role_pos, orgs), False
        if t.regime:  # "X fled Ruritania, ousted by a coup": the country X ruled, the one
            # nearest the ruler's name ("l'ex-président du Mali X, parti se soigner aux
            # Émirats après son renversement")
            ruled = self._nearest_country(span, doc[min(person_toks)].idx if person_toks
                                          else trig.idx)
            if ruled:
                return ruled, False
        # nearby names, but not where something is ("un logement HLM à Paris")
        tagged = [o for o in orgs if o[3] and abs(o[0] - trig.i) <= 15 and not (
            doc[o[0]].ent_type_ in self.rules.place_labels and o[0] > span.start
            and doc[o[0] - 1].lower_ in self.rules.place_preps)
            # "le départ de X pour la FFT": where X goes, not what X leaves
            and not (t.kind == "end" and o[0] > trig.i and any(
                doc[k].lower_ in self.rules.destination_preps
                for k in range(trig.i + 1, o[0])))
            # "Brown left for Detroit, and Ayers was promoted": where another change went
            and not (o[0] < trig.i and self._destination_of_a_departure(span, o[0]))
            and doc[o[0]].ent_type_ not in self.rules.group_labels
            # one of a list ("played with San Antonio, New York and Atlanta"): none of them;
            # a person the parser hung on it is no list ("PSG : X limogé, Y pour lui succéder")
            and not any((k.dep_ == "conj" and k.head.i not in person_toks) or any(
                c.dep_ == "conj" and c.i not in person_toks for c in k.children)
                        for k in doc[o[0]:o[1]])
            # another name's ("PJ Carlesimo of Oklahoma City"), whatever NER made of the name
            and not (o[0] - 2 >= span.start and doc[o[0] - 1].lower_ in self.rules.org_preps
                     and doc[o[0] - 2].pos_ == "PROPN" and capitalised(doc[o[0] - 2]))
            and not reacts_to(doc[o[0]:o[1]].root, trig, self.rules)
            and not (other_clause(doc[o[0]:o[1]], trig, self.rules.triggers)
                     # the parser takes "startup" for a verb: "the startup Corvid Labs"
                     and not self.rules.org_noun.search(
                         text_of(doc)[max(0, doc[o[0]].idx - 40):doc[o[0]].idx]))]
        if tagged:
            return min(tagged, key=lambda o: abs(o[0] - trig.i))[2], False
        if self.dominant and t.kind == "end" and any(
                0 < o[0] - trig.i <= 5 and doc[trig.i + 1].lower_ in self.rules.destination_preps
                and self.inv.full_org(o[2]) != self.inv.full_org(self.dominant) for o in named):
            return self.dominant, True  # "X left for Detroit": a move from the article's
            # organization (never to it: see below)
        if t.needs_org:
            return None, False
        if self.dominant and t.kind == "end" and any(
                0 < o[0] - trig.i <= 5 and self.inv.full_org(o[2]) == self.inv.full_org(
                    self.dominant) and doc[trig.i + 1].lower_ in self.rules.destination_preps
                and not any(doc[k].pos_ in ("VERB", "AUX") for k in range(trig.i + 1, o[0]))
                for o in named):
            return None, False  # "son départ pour le groupe X": where to, never what is left
        if self.dominant and t.action != "found":
            return self.dominant, True
        return None, False

    def _completes_title(self, doc: Doc, role_end: int, org: tuple[int, int, str, bool]
                         ) -> bool:
        """`org` completes the title ending at token `role_end`: after a preposition within
        4 words ("PDG de Renault"), or 7 through a branch ("président de la fédération
        héraultaise des Républicains", "chairman of the Ohio chapter of the NAACP"); never
        where the branch is ("Ohio" there)."""
        gap = range(role_end, org[0])
        branches = self.rules.branch_nouns
        if not 0 < len(gap) <= 7 or not any(doc[k].lower_ in self.rules.org_preps for k in gap):
            return False
        if org[1] < len(doc) and doc[org[1]].lower_ in branches:
            return False
        return len(gap) <= 4 or (any(doc[k].lower_ in branches for k in gap) and all(
            doc[k].pos_ in ("ADP", "DET", "NOUN", "ADJ") or doc[k + 1].lower_ in branches
            for k in gap[1:]))

    def _others_party(self, doc: Doc, org: tuple[int, int, str, bool],
                      person_toks: set[int]) -> bool:
        """"des critiques de nombreux sénateurs LR": an organization after a plural title, naming
        nobody, is those people's affiliation, not the post that changes."""
        before = doc[org[0] - 1] if org[0] >= 1 else None
        if before is None or org[1] in person_toks or not before.is_lower or \
                "Plur" not in before.morph.get("Number") or any(
                    c.dep_ == "case" and c.lower_ in self.rules.from_preps
                    for c in before.children):
            return False  # (but "élu à la tête des députés LREM": the group is the post)
        return self.rules.names_people(before.text)

    def _country_before(self, span: Span, k: int) -> str | None:
        """The country named, or whose people are named, right before token `k`: all of a
        name, so not "the first African American president"."""
        doc, k = span.doc, k - 1
        if k > span.start and doc[k].text in POSSESSIVE:
            k -= 1
        if k < span.start:
            return None
        tok = doc[k]
        name = next((e.text for e in doc.ents if e.start <= k < e.end), tok.text) \
            if tok.ent_iob_ != "O" else tok.text
        return self.rules.government.country_of.get(fold(name))

    def _nearest_country(self, span: Span, at: int) -> str | None:
        """The country the sentence names (or whose people it names) nearest the character
        offset `at`."""
        gov = self.rules.government
        sentence = text_of(span.doc)[span.start_char:span.end_char]
        # not a word of a longer name of a group ("the first African American president")
        groups = [(e.start_char, e.end_char) for e in span.ents
                  if e.label_ in self.rules.group_labels and fold(e.text) not in gov.country_of]
        named = [c for c in gov.countries.finditer(sentence)
                 if not any(a <= span.start_char + c.start() < b for a, b in groups)]
        near = min(named, default=None, key=lambda c: abs(c.start() - (at - span.start_char)))
        return gov.country_of[fold(near.group(0))] if near else None

    def _portfolio_after(self, trig: Token, span: Span) -> str | None:
        """A portfolio the change's phrase goes to, right after the trigger or its object
        ("nommé à la Défense", "en nommant X à l'Intérieur"), as the text writes it."""
        ministries = self.rules.government.ministries
        if ministries is None:
            return None
        doc = span.doc
        ministry = self.rules.government.ministry  # "décroche le ministère de la | Culture"
        named = ministry.search(text_of(doc), trig.idx, trig.idx + 40) if ministry else None
        found = ministries.match(text_of(doc), named.end()) if named else None
        if found:
            return found.group(0)
        preps = self.rules.place_preps | set(self.rules.contractions)  # "à la", "au", "aux"
        for k in range(trig.i + 1, min(span.end - 1, trig.i + 8)):
            if doc[k].is_punct or doc[k].pos_ in ("VERB", "AUX"):
                return None
            if doc[k].lower_ not in preps:
                continue
            j = k + 1
            while j < span.end and doc[j].lower_ in self.rules.determiners:
                j += 1
            named = ministry.match(text_of(doc), doc[j].idx) if ministry and j < span.end \
                else None  # "la nomination de X au ministère de l'Intérieur"
            found = ministries.match(text_of(doc), named.end() if named else doc[j].idx) \
                if j < span.end else None
            after = text_of(doc)[found.end():found.end() + 1] if found else ""
            if found and not after.isalpha() and not (
                    self.rules.body_name and self.rules.body_name.search(
                        text_of(doc), max(span.start_char, found.start() - 60), found.start())):
                return found.group(0)  # (not "la commission des Finances": a body's name)
        return None

    def _generic_after(self, span: Span, k: int) -> re.Match[str] | None:
        """At token `k`, a complement naming an organization by a common noun only ("du
        groupe ferroviaire", "de la chaîne"), no name of its own ("la tête du groupe Sorel")."""
        doc = span.doc
        if k + 1 >= span.end or doc[k].lower_ not in self.rules.from_preps:
            return None
        article = self.rules.contractions.get(doc[k].lower_)  # "du" → "le"
        generic = self.rules.generic_orgs.match(
            (article + " " if article else "") + doc[k + 1:min(span.end, k + 3)].text)
        if any(capitalised(doc[j]) for j in range(k + 1, min(span.end, k + 4))):
            return None
        return generic

    def _named_description(self, span: Span, k: int, orgs: list[tuple[int, int, str, bool]]
                           ) -> str | None:
        """At token `k`, a complement that describes an organization before naming it:
        "la tête de la plus vieille union de meuniers du pays, l'UEMF"."""
        doc = span.doc
        if k >= span.end or doc[k].lower_ not in self.rules.from_preps:
            return None
        after = next((o for o in orgs if o[0] > k + 1), None)
        if after is None or doc[after[0]].ent_type_ in self.rules.place_labels:
            return None
        comma = after[0] - 1 - (doc[after[0] - 1].lower_ in self.rules.determiners)
        words = doc[k + 1:comma]
        if doc[comma].text != "," or not 2 <= len(words) <= 7 or not any(
                w.pos_ == "NOUN" for w in words):
            return None
        if any(w.is_punct or capitalised(w) or w.pos_ in ("VERB", "AUX", "PROPN") for w in words):
            return None  # a name of its own, or another clause
        return after[2]

    def _relative_antecedent(self, trig: Token, span: Span,
                             named: list[tuple[int, int, str, bool]]) -> str | None:
        """The organization named right before a relative pronoun that is the object of the
        change's verb ("Agir, qu'il a cofondé en 2017"): what was founded, joined or left."""
        if trig.pos_ not in ("VERB", "AUX"):
            return None
        doc = span.doc
        k = trig.i - 1  # back over the clause's subject pronoun and auxiliaries
        while k > span.start and doc[k].pos_ in ("AUX", "PRON", "ADV") and \
                doc[k].lower_ not in self.rules.object_relatives:
            k -= 1
        rel = doc[k]
        if rel.lower_ not in self.rules.object_relatives or rel.head != trig or \
                rel.dep_ not in self.rules.deps["obj"]:
            return None  # "a dit à Lumio qu'il partait": a conjunction, not a relative
        k -= 1
        if k > span.start and doc[k].text == ",":
            k -= 1
        return next((o[2] for o in named if o[1] == k + 1), None)

    def _saying_org(self, trig: Token, named: list[tuple[int, int, str, bool]],
                    person_toks: set[int]) -> str | None:
        """"X confirmed that Y is leaving the company": the organization subject of a verb the
        change's clause depends on is the company the change names by a common noun (as
        `_reporting_org` does for "its CFO")."""
        return next((o[2] for anc in trig.ancestors for c in anc.children
                     if c.dep_ in self.rules.deps["subj"] and c.i not in person_toks
                     for o in named if o[0] <= c.i < o[1]), None)

    def _reporting_org(self, trig: Token, orgs: list[tuple[int, int, str, bool]]) -> str | None:
        """The organization that tells the change of one of its people, as the subject of the
        verb the change's clause (or noun) completes, when it calls the person its own: "Castell
        Motors said its CFO, Ann Lowe, would step down", "announced the departure of Ann Lowe,
        its CFO" (the one that says it is a source too, but not only an outlet when it says
        "its")."""
        deps, verb = self.rules.deps, trig
        for _ in range(3):  # "said X would be asked to step down"
            if verb.dep_ in {"xcomp", "conj"} and verb.head != verb:
                verb = verb.head
        inside = {k.i for k in verb.subtree}
        # (or the change noun it announces: "Vexal announced the departure of X, its CFO")
        told = verb.dep_ == "ccomp" or verb.pos_ == "NOUN" and verb.dep_ in deps["obj"]
        if not told or verb.head == verb or not any(
                trig.doc[k].lower_ in self.rules.org_possessives for k in inside) or any(
                e.label_ in self.rules.org_labels and e.start in inside for e in trig.doc.ents):
            return None  # "said Reuters had fired its editor": Reuters' editor
        for c in verb.head.children:
            if c.dep_ in deps["subj"] and c.dep_ not in deps["passive_subj"]:
                for o in orgs:
                    if o[3] and o[0] <= c.i < o[1] and \
                            trig.doc[o[0]].ent_type_ not in self.rules.group_labels:
                        return o[2]
        return None

    def _destination_of_a_departure(self, span: Span, first: int) -> bool:
        """The organization starting at token `first` is where a departure goes ("left for
        (the) Detroit Pistons")."""
        doc, k = span.doc, first - 1
        while k > span.start and doc[k].lower_ in self.rules.determiners:
            k -= 1
        return k - 1 >= span.start and doc[k].lower_ in self.rules.destination_preps and any(
            ch.kind == "end" for ch in self._change_at(doc[k - 1]))

    def _kept_post_org(self, first: Token) -> bool:
        """The organization of a post kept while another is given up ("a démissionné pour se
        consacrer à son mandat de maire de Barentin"): never the one of a change."""
        kept = self.rules.seats.kept if self.rules.seats else None
        if kept is None:
            return False
        return self._post_org_after(re.sub(r"\$$", "", kept.pattern), r"\s*", first, 80)

    def _former_post_org(self, first: Token) -> bool:
        """The organization of a former post ("ex-commander of the Internal Troops", "former
        Treasury official"): never the one of a post someone takes."""
        if not self.rules.former:
            return False
        if self.rules.former.search(text_of(first.doc)[max(0, first.idx - 20):first.idx]):
            return True
        return self._post_org_after(re.sub(r"\\s\*\$$", "", self.rules.former.pattern),
                                    r"(?:\s+|(?<=-))", first, 60)

    def _post_org_after(self, prefix: str, gap: str, first: Token, window: int) -> bool:
        """The organization starting at `first` completes a title (one to three words) that
        comes right after the text `prefix` matches (within `window` characters)."""
        before = text_of(first.doc)[max(0, first.idx - window):first.idx]
        det = "|".join(re.escape(d) for d in self.rules.determiners)
        post = re.compile(r"(?:" + prefix + r")" + gap + r"[\w’'-]+(?:\s+[\w’'-]+){0,2}\s+(?:"
                          + "|".join(re.escape(p) for p in self.rules.org_preps)
                          + r")\s+(?:(?:" + det + r")\s+)?$", re.IGNORECASE)
        return bool(post.search(before))

    def joins_a_venture(self, trig: Token) -> bool:
        """"Pourrait rejoindre l'aventure": a project joined whose organization the text does
        not name (a join with no organization, never the article's main one)."""
        return any(c.dep_ in self.rules.deps["obj"] and c.lower_ in self.rules.venture_nouns
                   for c in trig.children)

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
            verb = trig
            agents = [trig.head] if misread_relative(trig, deps) else self._active_subjects(verb)
            # "the Comets fired X and hired Y", "the Comets made a move, firing X": a verb
            # without a subject of its own shares the one of the verb it hangs on
            while not agents and verb.dep_ in deps.get("shared_subject", ()) and \
                    verb.head is not verb and verb.head.pos_ in ("VERB", "AUX"):
                verb = verb.head
                agents = self._active_subjects(verb)
        for head in agents:
            if head.i in person_toks or not capitalised(head) or \
                    head.lower_ in self.rules.pronouns:
                continue
            start = head.i  # the capitalised words before the head noun: "Philadelphia 76ers"
            while start > span.start and capitalised(span.doc[start - 1]) and \
                    start - 1 not in person_toks:
                start -= 1
            if start == head.i and head.ent_type_ == "" and head.pos_ == "PROPN" and not any(
                    c.dep_ == "det" for c in head.children):
                continue  # "Kiir sacked Machar": a lone name NER left untagged is somebody's
            name = self._org_name(span.doc[start:head.i + 1])
            if name and fold(name) not in exclude and not self._is_outlet(name):
                return name
        return None

    def _employer_after(self, trig: Token, span: Span,
                        orgs: list[tuple[int, int, str, bool]]) -> str | None:
        """The organization an employer's preposition ("chez") brings in the trigger's own
        phrase, past a long title: "quitté son poste de directrice générale des affaires
        publiques chez Danone" (no verb nor comma between)."""
        doc = span.doc
        for o in orgs:
            if not 0 < o[0] - trig.i <= 16 or doc[o[0] - 1].lower_ not in \
                    self.rules.employer_preps:
                continue
            if any(doc[k].pos_ in ("VERB", "AUX") or doc[k].text in ",;:()"
                   for k in range(trig.i + 1, o[0] - 1)):
                continue
            return o[2]
        return None

    def _active_subjects(self, verb: Token) -> list[Token]:
        if is_passive(verb, self.rules.deps):
            return []
        return [c for c in verb.children if c.dep_ in self.rules.deps["subj"]
                and c.dep_ not in self.rules.deps["passive_subj"]]

    def _left_org(self, trig: Token, span: Span, person_toks: set[int],
                  orgs: list[tuple[int, int, str, bool]], exclude: set[str]) -> str | None:
        """The organization right after a departure ("quitte LR", "démissionne du Parti
        socialiste", "quitter l'Élysée"), tagged or not; never a country ("quitte la France")."""
        doc = span.doc
        k = trig.i + 1
        while k < span.end and (doc[k].lower_ in self.rules.determiners
                                or doc[k].lower_ in self.rules.from_preps):
            k += 1
        while k < span.end and (self.rules.dates.is_date_word(doc[k].text) or doc[k].like_num):
            k += 1  # "a démissionné vendredi 6 octobre de la mission": the date set aside
            while k < span.end and (doc[k].lower_ in self.rules.determiners
                                    or doc[k].lower_ in self.rules.from_preps):
                k += 1
        if k + 1 < span.end and self.rules.seat.fullmatch(doc[k].text) and \
                doc[k + 1].lower_ in self.rules.from_preps:
            # "quitte la présidence de l'Assemblée": the body whose seat is left
            k += 1
            while k < span.end and (doc[k].lower_ in self.rules.determiners
                                    or doc[k].lower_ in self.rules.from_preps):
                k += 1
        if k < span.end and k in person_toks and trig.pos_ == "NOUN":
            # "la démission de X de la mission parlementaire": what X leaves follows X
            while k < span.end and k in person_toks:
                k += 1
            if k >= span.end or doc[k].lower_ not in self.rules.from_preps:
                return None
            while k < span.end and (doc[k].lower_ in self.rules.determiners
                                    or doc[k].lower_ in self.rules.from_preps):
                k += 1
        if k >= span.end or k in person_toks:
            return None
        name = next((o[2] for o in orgs if o[0] == k), None)
        if name is None and doc[k].lower_ in self.rules.left_nouns:
            j = k
            while j + 1 < span.end and doc[j + 1].pos_ == "ADJ" and doc[j + 1].is_lower:
                j += 1
            while j + 1 < span.end and j + 1 not in person_toks and (capitalised(doc[j + 1]) or (
                    doc[j + 1].text == "-" and j + 2 < span.end and capitalised(doc[j + 2]))):
                j += 1  # "de la mission parlementaire Nouvelle-Calédonie": its name too
            return doc[k:j + 1].text  # "démissionne de la mission parlementaire": that body
        if name is None and doc[k].lower_ in self.rules.org_noun_words and k + 1 < span.end \
                and k + 1 not in person_toks and (
                    capitalised(doc[k + 1]) or any(o[0] == k + 1 for o in orgs)):
            k += 1  # "quitte le groupe En Marche": the name after the noun
            name = next((o[2] for o in orgs if o[0] == k), None)
        if name is None and capitalised(doc[k]):
            j = k
            while j + 1 < span.end and capitalised(doc[j + 1]) and j + 1 not in person_toks:
                j += 1
            j = max(j, self._known_name_end(span, k) - 1)  # "La République en marche"
            name = self._org_name(doc[k:j + 1])
        if not name or fold(name) in exclude or self._is_outlet(name) or \
                fold(name) in self.rules.government.country_of:
            return None
        return name

    def _sentence_before(self, sent: Sentence) -> Sentence | None:
        return next((p for p in self.sents if p.index == sent.index - 1), None)

    def _orgs_in(self, sent: Sentence) -> list[tuple[int, int, str, bool]]:
        """The organizations a parsed sentence names, outlets left out."""
        toks = {i for s, e, _ in self.person_spans(sent.span) for i in range(s, e)}
        return [o for o in self.org_spans(sent.span, toks) if not self._is_outlet(o[2])]

    def _org_before(self, sent: Sentence, back: int = 1) -> str | None:
        """The last organization the sentence before names (or, with `back`, the nearest of
        the sentences before that names one), not one of a past title ("l'ancienne
        porte-parole du gouvernement")."""
        for prev in sorted((p for p in self.sents if sent.index - back <= p.index < sent.index),
                           key=lambda p: -p.index):
            doc = prev.span.doc
            found = [o for o in self._orgs_in(prev) if not (
                self.rules.past_affiliation and self.rules.past_affiliation.search(
                    text_of(doc)[max(prev.span.start_char, doc[o[0]].idx - 80):doc[o[0]].idx]))]
            if found:
                return found[-1][2]
        return None

    def _org_said_before(self, person: str, sent: Sentence) -> str | None:
        """The organization of a change whose sentence names none, from the sentence right
        before it, when that one names the person too and exactly one organization ("X led
        the Hawks for a decade. She was promoted to general manager in 2019": the Hawks)."""
        prev = self._sentence_before(sent)
        if prev is None or not word_re(person.split()[-1]).search(self.article.text, prev.start,
                                                                   prev.end):
            return None
        doc = prev.span.doc
        surnames = {fold(w) for p in self.inv.persons for w in p.split()}
        orgs = [o for o in self._orgs_in(prev)
                if o[3] and doc[o[0]].ent_type_ in self.rules.org_labels
                and doc[o[0]].ent_type_ not in self.rules.group_labels
                and fold(o[2]) not in surnames
                and not self._former_post_org(doc[o[0]])]  # "the former chair of"
        if not orgs:
            return None
        # "la candidate LR X": the person's party, not a post's organization
        person_toks = {i for s, e, _ in self.person_spans(prev.span) for i in range(s, e)}
        names = {self.inv.full_org(o[2]) for o in orgs if not _affiliation(
            doc, o, person_toks, self.rules.role, self.rules.person_nouns)}
        return names.pop() if len(names) == 1 else None

    def _founded_org(self, trig: Token, orgs: list[tuple[int, int, str, bool]],
                     named: list[tuple[int, int, str, bool]], span: Span, person_toks: set[int],
                     trig_last: Token | None = None, epithet: bool = False) -> str | None:
        """The organization someone creates is the one the founding names: its object
        ("a cofondé Vegetis", "started his own firm, Northgate Partners"), the name it
        describes ("Vegetis, fondée par", "OpenAI co-founder"), never the one of a role held
        before ("l'ancien directeur d'Orsay Conseil a créé sa propre entreprise": null)."""
        doc = trig.doc
        first = trig.i  # "OpenAI's president and co-founder": the title's pair before it
        if epithet and first - 2 > span.start and doc[first - 1].lower_ in self.rules.conjunctions:
            first = next((j for j in range(first - 2, max(span.start, first - 6), -1)
                          if self.rules.role.fullmatch(doc[j:first - 1].text)), first)
        # "X, an OpenAI co-founder": the name before the noun, even where it reads as X's
        # affiliation (which `orgs` leaves out; `named` has every organization of the sentence)
        for o in named:  # "OpenAI co-founder", "OpenAI's co-founder"
            if 0 <= first - o[1] <= 1 and all(doc[k].text in POSSESSIVE
                                                for k in range(o[1], first)):
                return o[2]
        last = (trig_last or trig).i + 1  # "co-founder and chief executive of Inflection AI"
        if epithet and last + 1 < span.end and doc[last].lower_ in self.rules.conjunctions:
            role = self.rules.role.match(text_of(doc), doc[last + 1].idx)
            after = next((k for k in range(last + 1, span.end) if doc[k].idx >= role.end()),
                         None) if role else None
            if after is not None and doc[after].lower_ in self.rules.from_preps:
                org = next((o for o in named if after < o[0] <= after + 2), None)
                if org:
                    return org[2]
        if epithet:  # "Lumio co-founder X", whatever NER tagged the name before the title
            k = trig.i - 1
            while k > span.start and doc[k].text in POSSESSIVE:
                k -= 1
            j = k
            while j >= span.start and capitalised(doc[j]):
                j -= 1
            name = self._org_name(doc[j + 1:k + 1]) if k > j and k < trig.i else None
            if name:
                return name
        first = (trig_last or trig).i + 1  # "co-founded" is three tokens
        for k in range(first, min(span.end, first + 10)):
            if doc[k].is_punct:
                break
            if doc[k].lower_ in self.rules.naming_words:  # "a company called Lumio"
                j = k + 1
                while j < span.end and (capitalised(doc[j]) or doc[j].text == ".") and \
                        j not in person_toks:
                    j += 1  # "Safe Superintelligence Inc."
                name = self._org_name(doc[k + 1:j]) if j > k + 1 else None
                if name:
                    return name
        # "créer une fondation pour les chrétiens d'Orient": what an unnamed new body is for
        unnamed = {k.i for c in trig.children if c.dep_ in self.rules.deps["obj"]
                   and c.pos_ == "NOUN" and indefinite(c) for k in c.subtree
                   if k.i > c.i + 1 and doc[k.i - 1].text != ","}
        for o in orgs:  # "co-founder of Vexal", not "co-founder who joined Vexal", nor where
            # the new firm is ("son propre cabinet à Atlanta")
            if 0 < o[0] - trig.i <= 8 and not verb_between(doc[o[0]], trig, trig_last or trig) \
                    and not (doc[o[0] - 1].lower_ in self.rules.place_preps
                             and doc[o[0]].ent_type_ in self.rules.place_labels) \
                    and o[0] not in unnamed:
                return o[2]
        k = (trig_last or trig).i + 1  # "founded the Bayou La Batre Rural Health Clinic",
        # "fondateur de Vexa", untagged
        while k < span.end and (doc[k].lower_ in self.rules.determiners or (
                epithet and doc[k].lower_ in self.rules.from_preps)):
            k += 1
        j = k
        while j < span.end and capitalised(doc[j]) and j not in person_toks:
            j += 1
        name = self._org_name(doc[k:j]) if j > k else None
        if name:
            return name
        if trig.dep_ in self.rules.deps["relcl"] and self.dominant and trig.left_edge.i > 1:
            # "l'entreprise qu'il a cofondée": the article's company (the noun before the
            # relative pronoun, wherever the parser hung the clause)
            noun = doc[trig.left_edge.i - 1]
            if self.rules.generic_orgs.fullmatch(doc[noun.i - 1:noun.i + 1].text):
                return self.dominant
        for o in orgs:  # "Vegetis, fondée en 2018 par", "Vegetis was founded by"
            if o[0] <= trig.head.i < o[1] and trig.dep_ in {"acl", "amod", "relcl", "acl:relcl"}:
                return o[2]
            if any(doc[k].head == trig and doc[k].dep_ in self.rules.deps["passive_subj"]
                   for k in range(o[0], o[1])):
                return o[2]
        # the same, whatever NER made of the name ("Vegetis" as a place, "la start-up
        # Vegetis" untagged): the proper noun of what is founded
        founded = [trig.head] if trig.dep_ in {"acl", "amod"} and trig.head.i < trig.i else [
            c for c in trig.children if c.dep_ in self.rules.deps["passive_subj"]]
        for tok in (t for f in founded for t in f.subtree):
            if tok.pos_ == "PROPN" and capitalised(tok) and tok.i not in person_toks:
                j = tok.i
                while j + 1 < trig.i and capitalised(doc[j + 1]) and j + 1 not in person_toks:
                    j += 1
                return self._org_name(doc[tok.i:j + 1])
        return None

    # -- attributes --------------------------------------------------------------------

    def profile_org(self, person: str) -> str | None:
        """The organization of the post the article gives the person right after a mention
        ("X, chair of the Y Foundation", "X has been the chair of the Y Foundation", "X, qui
        dirigeait Y"), for a departure whose sentence names none; or before it ("l'ancien
        patron de Y X")."""
        text = self.article.text
        if not person.strip():
            return None
        for m in word_re(person.split()[-1]).finditer(text):
            found = next((f for p in (self.rules.profile_org, self.rules.profile_run)
                          if p and (f := p.match(text, m.end()))), None)
            if found:
                name = found.group(1).rstrip(".")
                if not self.inv.is_person(name) and not self.rules.dates.is_date_word(name):
                    return self.inv.full_org(name)
        longest_first = sorted(self.inv.orgs, key=len, reverse=True)
        for m in word_re(person.split()[-1]).finditer(text):
            titled = self._org_of_title_before(text, m.start(), person, longest_first)
            if titled:
                return titled
        return None

    @cached_property
    def _places(self) -> set[str]:
        """The places the parsed sentences name (folded)."""
        return {fold(e.text) for sent in self.sents for e in sent.span.ents
                if e.label_ in self.rules.place_labels}

    def _org_of_title_before(self, text: str, at: int, person: str,
                             orgs: list[str]) -> str | None:
        """"l'ancien patron de Santé publique France François Bourdillon": the organization of
        the title right before the name whose surname starts at `at`, among `orgs` (the
        article's, longest first); not a place ("le sénateur des Bouches-du-Rhône X": a
        district, which a departure from the party would take)."""
        head = text[max(0, at - 100):at]
        given = " ".join(person.split()[:-1])
        if given and head.endswith(given + " "):
            head = head[:-len(given) - 1]
        head = head.rstrip()
        for org in orgs:
            if not head.endswith(org) or (len(head) > len(org) and head[-len(org) - 1].isalnum()):
                continue
            rest = head[:-len(org)]
            role = max(self.rules.role.finditer(rest), key=lambda r: r.end(), default=None)
            words = rest[role.end():].split() if role else []
            if words and fold(org) not in self._places and \
                    words[0].lower() in self.rules.org_preps and all(
                        w.lower() in self.rules.determiners | self.rules.org_preps
                        for w in words):
                return org
        return None

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

    def _bracketed_orgs(self, span: Span, people: list[tuple[int, int, str]]
                        ) -> dict[str, tuple[str, bool]]:
        """"X (Oklahoma City), Y (Washington) and Z (Toronto)": in a list where each name has
        its own organization in brackets, that is each person's. One bracket alone ("Patrick
        Bobet (LR)") is an affiliation, not the organization of the change; so are brackets
        on names that form no list ("X (LR) succède à Y (PS)") and those of a list of seat
        holders ("les députés X (LR) et Y (PS)"): their parties."""
        doc = span.doc
        own: dict[str, tuple[str, bool]] = {}
        last_close: int | None = None
        for start, end, name in people:
            if end + 2 < span.end and doc[end].text == "(":
                close = next((k for k in range(end + 1, min(span.end, end + 6))
                              if doc[k].text == ")"), None)
                if close and close > end + 1 and doc[end + 1].text[:1].isupper():
                    if own and (last_close is None or not all(
                            t.is_punct or t.lower_ in self.rules.conjunctions
                            for t in doc[last_close + 1:start])):
                        return {}  # not one list
                    if not own and self._seat_title(doc[max(span.start, start - 1)].text):
                        return {}  # "les députés X (LR) et Y (PS)": parties
                    own[name] = (self.inv.full_org(doc[end + 1:close].text), False)
                    last_close = close
        return own if len(own) >= 2 else {}


def _lowercase_start(name: str) -> str:
    """What comes before the first capital of a name ("ex-" in "ex-LR")."""
    return re.split(r"(?=[A-ZÀ-Ý])", name, maxsplit=1)[0]


def _affiliation(doc: Doc, org: tuple[int, int, str, bool], person_toks: set[int],
                 role: re.Pattern[str] | None = None, nouns: set[str] = frozenset()) -> bool:
    """"Patrick Bobet (LR)": a party in brackets by a name is the person's affiliation,
    not the organization of the position; so is one between a title or a noun for a person
    (`nouns`) and the name ("le député LR Éric Straumann", "au député PS Christophe
    Bouillon", "la candidate LR X", "le maire PS démissionne")."""
    start, end = org[0], org[1]
    # (or before it, after a title: "l'ancienne députée (LR) X")
    bracketed = (start >= 2 and doc[start - 1].text == "(" and end < len(doc)
                 and doc[end].text == ")" and (doc[start - 2].i in person_toks
                                               or end + 1 in person_toks))
    # "le LR Patrick Bobet": an organization word standing as a title before the name; "la
    # conseillère régionale LR X": a title and its adjectives before it; "la nomination du
    # Canadien X": a nationality as a noun (a capitalised common noun), the person's
    titled = start
    while titled > 1 and doc[titled - 1].pos_ == "ADJ" and doc[titled - 1].is_lower:
        titled -= 1
    before_name = end in person_toks and start >= 1 and (doc[start - 1].pos_ == "DET" or (
        role is not None and doc[titled - 1].is_lower and any(
            role.fullmatch(doc[k:titled].text) for k in range(max(0, titled - 3), titled)))
        or doc[start - 1].lower_ in nouns  # "la candidate LR X"
        or (end - start == 1 and doc[start].pos_ == "NOUN" and doc[start].text[:1].isupper()
            and doc[start - 1].pos_ == "ADP"))
    # "le maire PS démissionne": an acronym glued to a title, named or not, is a label
    labelled = end - start == 1 and start >= 1 and doc[start].text.isupper() and \
        role is not None and bool(role.fullmatch(doc[start - 1].text))
    return bracketed or before_name or labelled or \
        _in_indefinite_profile(doc[start], person_toks) or \
        _after_indefinite_apposition(doc, start, person_toks)


def _after_indefinite_apposition(doc: Doc, start: int, person_toks: set[int]) -> bool:
    """"X remplace Y, une ancienne militante du parti Z": an organization in an indefinite
    description set off after a name, however the parser hung it (here as the verb's object),
    classifies that person."""
    k = start - 1
    while k > 0 and start - k <= 8 and doc[k].text != "," and doc[k].pos_ not in ("VERB", "AUX"):
        k -= 1
    return (0 < k < start - 1 and doc[k].text == "," and doc[k - 1].i in person_toks
            and "Ind" in doc[k + 1].morph.get("Definite"))


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


def _opens_a_name(word: Token) -> bool:
    """A function word written with a capital after a lowercase word opens a name ("les
    rangs d'En Marche!"), where no sentence or title-cased heading starts."""
    return word.text[:1].isupper() and word.pos_ != "DET" and word.i > 0 and \
        not word.is_sent_start and word.doc[word.i - 1].text[:1].islower()
