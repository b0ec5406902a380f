"""The rules applied to one article: each trigger of each parsed sentence gives candidate
mentions, built from the people, organization and attribute rules it combines."""

from __future__ import annotations

import dataclasses
import re
from datetime import date

from rapidfuzz import fuzz
from spacy.tokens import Span, Token

from turnover.extract.attributes import AttributeRules, clean_role
from turnover.extract.context import Sentence
from turnover.extract.dates import DateMention, parse_published
from turnover.extract.groups import GroupRules
from turnover.extract.merge import Candidate
from turnover.extract.names import Inventory, fold, gender, without_cuts
from turnover.extract.orgs import POSSESSIVE, OrgRules
from turnover.extract.prefilter import lowered
from turnover.extract.rules import Rules, Trigger, trigger_applies
from turnover.extract.syntax import (
    clause_of,
    indefinite,
    is_passive,
    name_below,
    token_at,
    without_object,
)
from turnover.model import Article, Evidence, Mention

_YEAR = re.compile(r"(?<!\d)(?:1[89]|20)\d\d(?!\d)")  # a year, named as a date or not


class ArticleRules(GroupRules, OrgRules, AttributeRules):
    """The rules applied to the sentences of one article."""

    def __init__(self, article: Article, rules: Rules, inv: Inventory, sents: list[Sentence],
                 spans: list[tuple[int, int]]):
        self.article = article
        self.rules = rules
        self.inv = inv
        self.sents = sents
        self.spans = spans
        self.published: date | None = parse_published(article.published)
        self.sentence_start = 0
        self._profiles: dict[str, str | None] = {}
        self._base = 0
        # outlets the article quotes ("selon Le Parisien", "told CNN") are never the
        # organization of a position, unless the article gives a title there ("président de
        # Renault ... indique Renault"): a company telling its own news
        self.outlets = {self._bare(src) for src in self.sources_in(article.text)
                        if not self._titled_at(src)}
        self.dominant = self._dominant_org()
        self._speculated: str | None = None  # the organization of the last speculation
        self._left_before: tuple[int, str] | None = None  # the last departure's sentence, org

    def sentence_mentions(self, sent: Sentence) -> list[Candidate]:
        span = sent.span
        text = self.article.text[sent.start:sent.end]
        self.sentence_start = sent.start
        people = self.person_spans(span)
        self._base = sent.base
        out: list[Candidate] = []
        taken: list[tuple[int, int]] = []
        # a phrase wins over a word inside it ("the leading contender to become" over
        # "become"); otherwise the lexicon's order decides
        low = lowered(text)  # each trigger's screen first (prefilter.screen): never stricter
        triggers = self.rules.triggers if low is None else [
            self.rules.triggers[j] for j in self.rules.prefilter.shortlist(low)]
        found = sorted(((t, m) for t in triggers
                        if low is None or t.screen is None or t.screen.search(low)
                        for m in t.regex.finditer(text)),
                       key=lambda tm: tm[1].start() - tm[1].end())
        for t, m in found:
            if not t.alongside and any(s < m.end() and m.start() < e for s, e in taken):
                continue
            if not trigger_applies(self.rules, t, m, text):
                continue
            # the parsed chunk may start before this sentence: offsets are chunk-relative
            trig = token_at(span, self._base + m.start())
            if trig is None or (t.pos and trig.pos_ not in t.pos):
                continue
            if _inside_a_name(trig, span, self.rules.place_labels | self.rules.org_labels):
                continue  # "à Limoges", "Jane Fonda": a name that reads like a trigger
            if not t.alongside:
                taken.append((m.start(), m.end()))
            if t.not_place and self._place_after(span, self._base + m.end()) and not (
                    t.kind == "end" and self._bound_for_a_name(text, m.end())) and not (
                    t.kind == "start" and self._joined_after_leaving(trig)):
                continue  # "a quitté Bamako", but "quitte Lyon pour Monaco": a club left
            found_here = self._mentions(sent, t, trig, m, text, people)
            if t.not_place and self._a_trip(span, trig, self._base + m.end()):
                found_here = [c for c in found_here if c.mention.org or c.mention.role]
            out.extend(found_here)
        for cand in out:  # "la nomination de X à la tête de Y, en remplacement de Z": Z
            # leaves the post X takes, where another trigger of the sentence found it
            if cand.successor and cand.mention.org is None:
                start = next((c for c in out if c.mention.kind == "start" and c.mention.org
                              and c.mention.person == cand.successor), None)
                if start is not None:
                    cand.mention.org = start.mention.org
                    cand.org_from_fallback = start.org_from_fallback
        for cand in out:  # "Elle a laissé son poste à Y": the trigger of Y's start goes on
            # from the departure's, Y takes the post left (merge._link_successors)
            if cand.mention.kind != "end" or cand.successor is not None:
                continue
            end = cand.mention.evidence[0].trigger_end
            cand.successor = next((c.mention.person for c in out if c.mention.kind == "start"
                                   and 0 <= c.mention.evidence[0].trigger_start - end <= 3), None)
        return [c for c in out if not names_itself(c.mention)]

    def _titled_at(self, name: str) -> bool:
        """The article names a title or an organ at the organization: "le président de
        Renault", "le conseil d'administration de Vexal"."""
        text = self.article.text
        preps = "|".join(re.escape(p) for p in self.rules.from_preps)
        for m in re.finditer(rf"(?<!\w)(?:{preps})\s*(?:(?:la|le|the)\s+|l['’]\s*)?"
                             rf"{re.escape(name)}\b", text):
            before = text[max(0, m.start() - 60):m.start()].rstrip()
            if self.rules.role_at_end.search(" " + before) or (
                    self.rules.organ_at_end and self.rules.organ_at_end.search(before)):
                return True
        return False

    def _titled_by_possessive(self, text: str, end: int) -> bool:
        """"le départ de son maire X", "de sa directrice X": the change noun names the post by
        a title held under a possessive, though the text names no organization (the post is
        the possessor's), unlike someone walking out ("choqué par le départ de X")."""
        poss = "|".join(re.escape(p) for p in sorted(self.rules.possessives))
        after = re.match(rf"\s+(?:de|d['’])\s*(?:{poss})\s+", text[end:], re.IGNORECASE)
        return bool(after) and bool(self.rules.role.match(text, end + after.end()))

    def _bound_for_a_name(self, text: str, end: int) -> bool:
        """After the place left, the text says where to, by name ("quitte Lyon pour
        Monaco", "pour rejoindre Lumio"): a move between clubs named by their cities, or
        between organizations NER took for places."""
        preps = "|".join(re.escape(p) for p in self.rules.destination_preps)
        bound = re.match(rf"([^,;.]{{0,40}}?)\s(?:{preps})\s+(?:[a-zà-ÿ]+\s+)?"
                         rf"(?:(?:le|la|les|l['’])\s*)?[A-ZÀ-Ý]", text[end:]) if preps else None
        # the place left stands between ("partait pour le Danemark" names where to only)
        return bool(bound) and bool(re.search(r"(?<![\w'’-])[A-ZÀ-Ý]", bound.group(1)))

    def _joined_after_leaving(self, trig: Token) -> bool:
        """"a quitté OpenAI pour rejoindre Anthropic": the purpose of leaving something named
        (not a country) joins another one, whatever NER tags its name (a place, for a name
        it does not know), as "quitte Lyon pour Monaco" leaves a club."""
        head = trig.head
        countries = self.rules.government.country_of
        return head != trig and head.i < trig.i and trig.dep_ in ("advcl", "xcomp") and \
            "Inf" in trig.morph.get("VerbForm") and self.rules.trigger_word(head.text) and \
            any(k.pos_ == "PROPN" and k.text[:1].isupper() and fold(k.text) not in countries
                for k in trig.doc[head.i + 1:trig.i])

    def _place_after(self, span: Span, char: int) -> bool:
        """A place is the first name after the trigger ("returned to Ohio", "to his native
        Ohio")."""
        tok = token_at(span, char)
        while tok is not None and tok.i < span.end - 1 and not tok.text[:1].isupper() and (
                tok.pos_ in ("DET", "PRON", "ADJ", "ADP", "ADV")
                or tok.lower_ in self.rules.determiners
                # "a quitté samedi soir Bamako", "a quitté prématurément Louisville"
                or self.rules.dates.is_date_word(tok.text) or tok.lower_ in self.rules.time_nouns):
            tok = tok.doc[tok.i + 1]
        gov = self.rules.government
        if tok is not None and (gov.building_at(tok.doc.text, tok.idx)
                                or fold(tok.text) in self.rules.org_aliases):
            return False  # "quitter l'Élysée", "quitter Bercy": an office, not a place
        if tok is not None and self._known_org_at(tok.doc.text, tok.idx):
            return False  # "rejoindre La République en marche": a party the tagger calls a place
        nxt = tok.doc[tok.i + 1] if tok is not None and tok.i + 1 < len(tok.doc) else None
        # "France Télévisions", "France 2": a country's name opening a longer name is no place
        longer = nxt is not None and (nxt.text[:1].isupper() or nxt.text[:1].isdigit()) and \
            nxt.ent_type_ not in self.rules.place_labels
        return tok is not None and not longer and (  # "aux États-Unis", whatever NER says
            tok.ent_type_ in self.rules.place_labels or fold(tok.text) in gov.country_of)

    def _a_trip(self, span: Span, trig: Token, char: int) -> bool:
        """Whether a motion verb names nothing it leaves or joins: no object before it ("la
        quitte") and, in the words after it up to the next punctuation or verb, no name, no
        quoted title and no noun of a body or a post ("avant de partir", "a quitté en
        ambulance, ..."; "les couloirs de l'hôpital"). Unless the change has a post or an
        organization, that is a trip (but "quitté le conseil d'administration", "quitte le
        parti", "quittera ses fonctions", "rejoindre l'aventure": a post left or taken, even
        unnamed)."""
        rules = self.rules
        if any(c.dep_ in rules.deps["obj"] and c.i < trig.i for c in trig.children):
            return False
        for tok in span:
            if tok.idx < char or tok.is_quote:
                continue
            if tok.is_punct or tok.pos_ in ("VERB", "AUX", "SCONJ"):
                break
            if rules.dates.is_date_word(tok.text) or tok.lower_ in rules.time_nouns:
                continue  # "returned to work on Monday"
            if tok.text[:1].isupper() or tok.pos_ == "PROPN" or tok.lower_ in rules.post_words:
                return False
        return True

    def _known_org_at(self, text: str, char: int) -> bool:
        """The name starting at char is one the lexicon knows as an organization's full name
        (a party's, a club's: the values of org_aliases), after an article."""
        rest = re.sub(r"^(?:la|le|les|l['’])\s*", "", fold(text[char:char + 80]))
        return any(len(full) > 3 and rest.startswith(fold(full))
                   for full in self.rules.org_aliases.values())

    def _mentions(self, sent: Sentence, t: Trigger, trig: Token, m: re.Match[str], text: str,
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
                self.source_keys(self.sources_in(text)),
                self._role_token(head, text[:head.end_char - self._base], m.start(),
                                 t.kind, patient, founding=t.action == "found"))
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
            if self._substitutes_unnamed(trig, people):
                return []
        if t.pair:
            people = self._with_pair_argument(trig, people)
            if self._replaces_a_thing(trig, people):
                return []  # "remplace le drapeau", "les chansons remplacent les dialogues"
        names, syntactic = self.persons_for(trig, t, people, span)
        if t.pair and not syntactic:
            # "pour la remplacer", "en remplacement de X": no newcomer named; a guess is only
            # safe for a name standing before the trigger in the sentence, and never the one
            # a pronoun says is replaced ("la course pour lui succéder")
            before = {name for _, e, name in people if e <= trig.i}
            alone = any(self.rules.pronouns.get(c.lower_, "p") != "p" and not self.antecedent(
                c, people, exclude=names) for c in trig.children)  # nobody else to replace
            names = [n for n in names if n in before] if not alone else []
        person_toks = {i for s, e, _ in people for i in range(s, e)}
        described: set[str] = set()  # the one a description with no name stands for
        if t.needs_role and not syntactic:
            # "le nouveau PDG, Jean Dupont": the name must stand right by the role
            role = self._role_token(span, text, m.start(), t.kind,
                                    founding=t.action == "found")
            after = role[1] if role and role[0] - trig.i <= 2 else trig.i + 4
            if role and after == role[1]:
                after = self._past_org_complement(span, after)
            doc = span.doc
            # a name before stands by the title only across a comma or an article ("X, le
            # nouveau PDG"), not across a verb ("X a dit du nouveau président")
            near = [p for p in people if 0 <= p[0] - after <= 3 and not any(
                # (not across a verb: "its new CEO, replacing X" is X's end; nor an agent:
                # "interrogée sur le nouveau président par X"; nor across a preposition:
                # "devenir l'adjointe de X" is X's assistant)
                k.pos_ in ("VERB", "AUX", "ADP") or k.lower_ in self.rules.agent_preps
                for k in doc[after:p[0]]) or (
                # (an adverb too: "X, tout nouveau président")
                0 <= trig.i - p[1] <= 3 and all(k.is_punct or k.pos_ in ("DET", "ADV")
                                                for k in doc[p[1]:trig.i])) or (
                # "X, the party's new leader": an apposition whose owner is named before
                # the title (a noun phrase ending in a possessive, no verb in it), the
                # title right after "new" ("new career scoring leader" is a record)
                role is not None and role[0] == trig.i + 1 and 4 <= trig.i - p[1] <= 7 and
                doc[p[1]].text == "," and
                doc[trig.i - 1].text in POSSESSIVE and all(
                    k.is_punct or k.pos_ in ("DET", "PROPN", "NOUN", "ADJ", "PART")
                    for k in doc[p[1]:trig.i - 1]) and not any(
                    q[0] > p[1] and q[1] <= trig.i for q in people))]
            names = [near[0][2]] if near else []
            noun = trig.head if trig.dep_ == "amod" else trig
            if not names and not people and noun.dep_ in self.rules.deps["subj"] and \
                    self._describes_person(noun) and not indefinite(noun):
                # "Le nouveau Premier ministre a démissionné de LR", no name in the sentence:
                # whom the description stands for
                one = self.described_one(noun, people)
                names = [one] if one else []
                described = set(names)
        org_span = span
        comment = next((k for k in range(trig.i + 1, span.end) if span.doc[k].text == ":"),
                       None) if trig.pos_ == "NOUN" else None
        if comment is not None:  # "Démission de X : « désordre », « Waterloo »": what
            org_span = span.doc[span.start:comment]  # follows a change noun's colon comments
        if t.group or t.listing:
            names, syntactic, colon = self._group(trig, span, people, names, syntactic)
            if colon is not None:  # the organizations of a list's appositions are not the
                org_span = span.doc[span.start:colon]  # post speculated about
        sources = self.sources_in(text)
        src_folded = self.source_keys(sources)
        out: list[Candidate] = []
        own = self._bracketed_orgs(span, people)
        if names and not t.pair:
            listed = self._listed_people(trig, span, people)
            own = {**listed, **own}
            names = names + [n for n in listed if n not in names]
        replaced = self._replaced(trig, t, people, names) if t.pair and names else []
        for name in names:
            if not name or fold(name) in self.inv.not_persons or self._bare(name) in self.outlets:
                continue  # "selon Closer, ... l'éviction de": an outlet quoted, no person
            if t.in_office and (not syntactic or not self._holds_a_title(name)):
                continue  # the death of a singer, of a former minister: no post left
            org, fallback = own.get(name) or (None, False)
            if org is None or t.action == "join":
                role_tok = self._role_token(span, text, m.start(), t.kind, name,
                                            self._actors(trig, t, people), t.action == "found")
                last = token_at(span, self._base + m.end() - 1)  # "claque la porte de LR"
                apart = self._other_subjects(span, trig, name, titled=True) + \
                    self._later_change_clause(trig, t.kind)
                held = self._apposed_to(span, trig, name, people) if t.kind == "start" else []
                found, guessed = self.org_for(trig, t, org_span, person_toks, src_folded,
                                              role_tok, last, apart + held)
                if held and not t.pair and (found is None or guessed):
                    # "X, directeur de Renault, devient directeur général": with no other
                    # organization named, a promotion where the person is
                    found, guessed = self.org_for(trig, t, org_span, person_toks, src_folded,
                                                  role_tok, last, apart)
                # "X (Morbihan) et Y (Gard) rejoignent le groupe Z": the one joined, not
                # where each sits
                if org is None or (found and not guessed):
                    org, fallback = found, guessed
            if org and fold(org) in self.rules.group_adjectives:
                org = self.rules.government.country_of[fold(org)]  # "Egyptian President X"
            if fallback and any(c.lower_ in self.rules.peer_words
                                for c in [*trig.children, *trig.head.children]):
                org, fallback = None, False  # "fellow fired coaches X and Y": elsewhere
            if name not in own and org and any(org == o for o, _ in own.values()):
                # "X is the fifth coach fired, after Y of Denver": Denver is Y's, not X's
                org, fallback = (self.dominant, True) if self.dominant else (None, False)
            if not org and t.kind == "end":  # "X has been the chair of Y. She was replaced"
                org = self.profile_org(name)
            if t.group and org and not fallback and self._held_by_someone(text, org, m.end()):
                # "figurent X, présidente de la Fondation Y": the post X holds, not the one
                # speculated about
                org, fallback = (self.dominant, True) if self.dominant else (None, False)
            if t.group and org and not fallback:
                self._speculated = org
            elif t.group and self._speculated:
                # "X et Y sont également cités comme candidats au poste": a speculation that
                # names no post goes on with the one the article speculated about before
                org = self._speculated
            if (fallback or not org) and (t.listing or (
                    self.rules.post_anaphora and self.rules.post_anaphora.search(text))):
                # "Parmi les partants : X, Y": those who left the organization just named
                # "Nommée à ce poste vendredi": the post the sentence before names
                # (a list's heading may come a few sentences after the organization left)
                before = self._org_before(sent, back=3 if t.listing else 1)
                if before:
                    org, fallback = before, False
            inherited = False
            if not org and t.kind == "end" and self._left_before and \
                    sent.index - self._left_before[0] <= 2 and self.rules.also and \
                    self.rules.also.search(text):
                # "Dix-sept conseillers quittent l'Élysée. [...] X et Y fêteront également
                # leur départ": the organization the departure before left
                org, fallback, inherited = self._left_before[1], False, True
            venture = t.action == "join" and self.joins_a_venture(trig)
            if (t.needs_org or t.needs_some_org) and not org and not venture and not (
                    t.needs_some_org and self._titled_by_possessive(text, m.end())):
                continue
            cand = self._candidate(sent, t, trig, m, text, name, t.kind, t.action, org,
                                   fallback, sources, syntactic, settled=inherited,
                                   replaced=frozenset(replaced))
            cand.described = name in described
            role = cand.mention.role
            its = None if cand.mention.org else next((
                k for k in trig.subtree if k.dep_ in self.rules.deps["poss"]
                and k.lower_ in self.rules.org_possessives
                and (k.head == trig or self.rules.role.search(k.head.text))), None)
            if its is not None:
                # "The Hawks slumped. With its acquisition of X ...", "X, who founded Lumio,
                # stepped down as its CEO": the one "its" stands for
                named = [o for o in self._orgs_in(sent) if o[1] <= its.i]
                cand.mention.org = named[-1][2] if named else self._name_before(
                    sent.span, its.i, people) or self._org_before(sent)
            if not cand.mention.org and not venture and not (
                    role and self.rules.government.posts.match(role)):
                # "X led the Hawks for years. She was promoted to GM in 2019": the Hawks (a
                # national post is the country's, whatever the sentence before names)
                said = self._org_said_before(name, sent)
                gov = self.rules.government
                if said and gov.home and gov.is_ministry(said) and not gov.is_staff(role):
                    # "X a cessé d'être ministre de la Justice. Elle a laissé son poste à Y": a
                    # portfolio is a post of the country's
                    said = self.government_org(role or "", text)
                cand.mention.org = said
            if t.kind == "end" and cand.mention.org:
                self._left_before = (sent.index, cand.mention.org)
            if t.reason:
                cand.mention.reason = t.reason
            if t.group and cand.mention.status == "occurred":
                cand.mention.status = "rumored"  # a speculation, however it is worded
            out.append(cand)
        if t.pair and names:
            # (what the newcomer's apposition names is the newcomer's: "X, secrétaire
            # général de A, pourrait succéder à Y" says nothing of Y's post)
            held = [r for n in names for r in self._apposed_to(span, trig, n, people)]
            for name in replaced:
                org, fallback = self.org_for(trig, t, span, person_toks, src_folded,
                                             self._role_token(span, text, m.start(), "end"),
                                             apart=held)
                if not org:
                    org = self.profile_org(name)
                cand = self._candidate(sent, t, trig, m, text, name, "end", "leave", org,
                                       fallback, sources, True)
                cand.successor = names[0] if len(names) == 1 else None
                out += _unless_denied([cand])
        return out

    def _apposed_to(self, span: Span, trig: Token, name: str,
                    people: list[tuple[int, int, str]]) -> list[tuple[int, int]]:
        """Where the words set off by commas right after the person's name stand, when the
        trigger is outside them ("X, secrétaire général du Modem, pourrait succéder à Y", "Y
        est remplacé par X, président de Publicis Consultants"): what the person is now, not
        the post taken."""
        doc = span.doc
        for _s, e, person in people:
            if person != name or e >= span.end or doc[e].text != ",":
                continue
            close = next((k for k in range(e + 1, span.end) if doc[k].text in (",", ";", ":")),
                         span.end - 1)
            if any(doc[k].pos_ in ("VERB", "AUX") for k in range(e + 1, close)) and \
                    doc[e + 1].lower_ not in self.rules.relatives:
                continue  # "X, est devenu ...": the predicate, no apposition (but "X, qui
                # vient de quitter son poste de préfet, ...": a relative clause is one)
            if not e < trig.i <= close:
                return [(doc[e].idx - self._base, doc[close].idx - self._base)]
        return []

    def _title_of_a_name(self, text: str, role: str) -> bool:
        """The role is written as someone's title, glued to their name ("le maire de Tours
        Paul Garnier", "Paul Garnier, le maire de Tours")."""
        at = text.lower().find(role.lower())
        if at < 0:
            return False
        after, before = text[at + len(role):], text[:at]
        for name in self.inv.persons:
            i = after.find(name)
            if 0 <= i <= 30 and re.fullmatch(r"(?:\s+\w+['’]?\s*[A-ZÀ-Ý][\w-]*)?\s*", after[:i]):
                return True
            if re.search(re.escape(name) + r"\s*,\s*(?:\w+['’]?\s*)?$", before):
                return True
        return False

    def _held_by_someone(self, text: str, org: str, after: int) -> bool:
        """After the trigger, the sentence names the organization only as the complement of a
        title set off by a comma or "et" ("X, ex-ambassadrice et présidente de la Fondation Y"):
        a post someone holds."""
        at = text.find(org, after)
        if at < 0:
            return False
        before = text[max(after, at - 60):at]
        titles = list(self.rules.role.finditer(before))
        title = titles[-1] if titles else None
        if title is None or not re.fullmatch(
                r"\s+(?:de|du|des|d['’])\s*(?:(?:la|le|les)\s+|l['’])?", before[title.end():]):
            return False
        lead = before[:title.start()].rstrip()
        preps = "|".join(map(re.escape, self.rules.from_preps))
        if re.fullmatch(rf"\s*(?:{preps})", lead) and at - len(before) == after or re.search(
                rf",\s*(?:{preps})$", lead):
            return True  # "reviennent les noms du maire de A X, du patron de B Y": each one's
        return lead.endswith(",") or bool(re.search(
            rf"(?:,|\b(?:{'|'.join(map(re.escape, self.rules.conjunctions))}))\s*$", lead))

    def _pair_candidates(self, sent: Sentence, t: Trigger, trig: Token, m: re.Match[str],
                         text: str, people: list[tuple[int, int, str]], new: str,
                         replaced: str) -> list[Candidate]:
        """A start for the newcomer and an end for the one replaced, at the post's
        organization (else the one the article gave the person replaced)."""
        span = sent.span
        person_toks = {i for s, e, _ in people for i in range(s, e)}
        sources = self.sources_in(text)
        org, fallback = self.org_for(trig, t, span, person_toks, self.source_keys(sources),
                                     self._role_token(span, text, m.start(), "start"))
        if not org or fallback:
            # "the club fired X and replaced him with Y": who makes the swap is the post's
            # organization, as for a firing
            actor = self._actor_org(trig, dataclasses.replace(t, arg="obj"), span, person_toks,
                                    self.source_keys(sources))
            org, fallback = (actor, False) if actor else (org, fallback)
        if not org:
            org, fallback = self.profile_org(replaced), False
        ends = [self._candidate(sent, t, trig, m, text, replaced, "end", "leave", org, fallback,
                                sources, True)] if replaced else []
        return _unless_denied(ends) + [self._candidate(sent, t, trig, m, text, new, "start",
                                                       "appoint", org, fallback, sources, True)]

    def _passive_pair(self, sent: Sentence, t: Trigger, trig: Token, m: re.Match[str],
                      text: str, people: list[tuple[int, int, str]]) -> list[Candidate]:
        """"X a été remplacé par Y" / "X was replaced by Y": an end for X, a start for Y."""
        span = sent.span
        deps = self.rules.deps
        replaced = new = None
        thing = False  # "la sonnerie remplacée par une chanson de X": things, nobody
        described: list[tuple[int, int]] = []  # the newcomer's own title, before the name
        if trig.dep_ in ("acl", "amod"):
            replaced = self.person_at(trig.head, people)
        for child in trig.children:
            if child.dep_ in deps["subj"]:
                replaced = self.person_at(child, people) or name_below(child, people)
            if child.dep_ in deps["agent"] or child.lower_ in self.rules.agent_preps:
                # the preposition heads its noun in English ("by Y"), not in French
                target = next(iter(child.children), child) if child.pos_ == "ADP" else child
                new = self.person_at(target, people)
                # (or someone unnamed: "remplacé par un inconnu")
                thing = new is None and (self._common_noun(target) or indefinite(target))
                new = new or (None if thing else name_below(target, people))
                named = next((s for s, _, name in people if name == new
                              and target.left_edge.i <= s <= target.right_edge.i), None)
                if named is not None:
                    # "remplacé par la présidente d'ATD Quart Monde Y": where Y is now, not
                    # the post Y takes
                    described.append((target.left_edge.idx - self._base,
                                      span.doc[named].idx - self._base))
        if replaced is None and trig.dep_ in deps["prep_clause"] and trig.head.head != trig.head:
            replaced = self._clause_subject(trig.head.head, people)
        if new is None and not thing:
            after = [p for p in people if p[0] > trig.i]
            new = after[0][2] if after else None
            by = next((k for k in span.doc[trig.i + 1:after[0][0]]
                       if k.lower_ in self.rules.agent_preps), None) if after else None
            if by is not None:  # an agent the parser hung elsewhere: its title is its own
                described.append((by.idx - self._base, span.doc[after[0][0]].idx - self._base))
        if new:  # "remplacé par X, président de Y,": what X is now (a relative clause may
            # tell a post kept: "X, qui reste ministre des Finances")
            described += [(a, b) for a, b in self._apposed_to(span, trig, new, people)
                          if text[a:b].strip(" ,").split(" ", 1)[0].lower()
                          not in self.rules.relatives]
        person_toks = {i for s, e, _ in people for i in range(s, e)}
        sources = self.sources_in(text)
        role = self._role_token(span, text, m.start(), "start")
        if role and any(a <= span.doc[role[0]].idx - self._base < b for a, b in described):
            role = None
        org, fallback = self.org_for(trig, t, span, person_toks, self.source_keys(sources),
                                     role, apart=described)
        if not org and replaced:  # the post of the one replaced, as the article gave it
            org = self.profile_org(replaced)
        out = []
        # (the newcomer's own title is neither post: "remplacé par le député X")
        if replaced:
            out += _unless_denied([self._candidate(sent, t, trig, m, text, replaced, "end",
                                                   "leave", org, fallback, sources, True,
                                                   apart=described)])
        if new and new != replaced:
            out.append(self._candidate(sent, t, trig, m, text, new, "start", "appoint", org,
                                       fallback, sources, True, apart=described))
        return out

    def _clause_subject(self, verb: Token, people: list[tuple[int, int, str]]) -> str | None:
        """The person subject of the verb a "before being replaced" hangs from: its named
        subject, or the name a relative subject stands for ("X, who lasted a year before being
        replaced by Y")."""
        deps = self.rules.deps
        for child in verb.children:
            if child.dep_ in deps["subj"]:
                if child.lower_ in self.rules.relatives and verb.dep_ in deps["relcl"]:
                    return self.person_at(verb.head, people)
                return self.person_at(child, people)
        return None

    def _staff_named(self, text: str, name: str) -> bool:
        """A staff title stands right before the name ("l'Élysée licencie son collaborateur
        X"): the office's staff, never its holder."""
        at = text.find(name)
        return at > 0 and self.rules.government.is_staff(text[max(0, at - 25):at])

    def _others_title(self, text: str, start: int, end: int, role_at: int | None) -> bool:
        """The interim word at `text[start:end]` qualifies a title right beside it that is
        not the change's role, which starts at `role_at` ("X est devenue présidente par
        intérim après la démission du président Y": Y's is no interim post)."""
        head = text[:start].rstrip()
        before = self.rules.role_at_end.search(" " + head)
        if before:
            return role_at != len(head) - len(before.group(0).lstrip())
        after = self.rules.role.match(text, end + 1) if text[end:end + 1] == " " else None
        return bool(after) and role_at not in (start, end + 1)  # ("interim coach": the role)

    def _joined_change(self, span: Span, char: int) -> int:
        """The change verb coordinated with another whose conjunct holds the word at `char`
        (sentence offset), or -1: "left A in March and joined B as interim chief in June"."""
        tok = token_at(span, self._base + char)
        return -1 if tok is None else next(
            (a.i for a in (tok, *tok.ancestors) if a.dep_ in self.rules.deps["conj"]
             and a.pos_ in ("VERB", "AUX") and self._change_at(a)), -1)

    def _name_before(self, span: Span, before: int, people: list[tuple[int, int, str]]
                     ) -> str | None:
        """The nearest proper name before token `before` that is neither a person's nor a
        place's, whatever NER tagged it ("who founded Orbital Labs in 2015, stepped down as
        its CEO")."""
        taken = {i for s, e, _ in people for i in range(s, e)}
        doc, k = span.doc, before - 1
        while k >= span.start and not (doc[k].pos_ == "PROPN" and k not in taken):
            k -= 1
        end = k + 1
        while k >= span.start and doc[k].pos_ == "PROPN" and k not in taken:
            k -= 1
        if end - k <= 1 or any(doc[i].ent_type_ in self.rules.place_labels
                               for i in range(k + 1, end)):
            return None
        return doc[k + 1:end].text

    def _dates_the_verb(self, trig: Token, span: Span, start: int, end: int) -> bool:
        """Whether the date between sentence offsets `start` and `end` modifies the trigger
        ("prend ses fonctions le 1er juin"), not a noun ("les élections du 26 mai"); the
        parser may hang it on a preposition ("on June 30") or on the verb's object ("quitte le
        groupe Sorel fin 2026")."""
        inside = [t for t in span if start <= t.idx - self._base < end]
        heads = {t.head for t in inside if t.head not in inside}
        if len(heads) != 1:
            return False
        head = heads.pop()
        head = head.head if head.pos_ == "ADP" else head
        for _ in range(3):  # up through the object's name ("le groupe Sorel")
            if head.i == trig.i or head.pos_ not in ("NOUN", "PROPN") or head.head.i == head.i:
                break
            if head.head.i == trig.i and head.dep_ not in self.rules.deps["obj"]:
                return False
            head = head.head
        return head.i == trig.i

    def _same_clause(self, span: Span, trig: Token, char: int, fresh: bool = False) -> bool:
        """Whether the word at `char` (sentence offset) and the trigger stand in the same
        relative clause (or change apposed to a name), or both outside any. A `fresh` date
        (a day of the week before the publication) in a fronted change dates a change its
        main clause tells in the present too ("Désigné ce lundi directeur, X quitte la
        présidence du conseil": the week's news; not "Élu le 13 mai, X a démissionné")."""
        tok = token_at(span, self._base + char)
        if tok is None:
            return True
        relcl, appos = self.rules.deps["relcl"], self.rules.deps["appos"]
        doc = span.doc

        def clause(word: Token) -> int:
            head = clause_of(word, relcl)
            return head.i if head is not None else -1

        def apposed_change(word: Token) -> int:
            # "X, élu maire en mai, a démissionné": the apposed change's date is its own
            return next((a.i for a in (word, *word.ancestors) if a.dep_ in appos and a.i > 0
                         and doc[a.i - 1].text == "," and self.rules.trigger_word(a.text)), -1)

        first, ending = doc[span.start], self.rules.participle_ending
        if "Part" in first.morph.get("VerbForm") or (
                ending and ending.search(first.lower_) and self.rules.trigger_word(first.text)):
            # "Élu en 2017, X quittera le Parlement": the fronted participle's date is its own
            # (whatever the tagger made of it: "Nommé en 2015, X" read as a noun)
            # (the phrase ends before the main clause's subject: "Nommée ministre le 3 mars,
            # au lendemain du départ de X, elle a ...")
            subject = next((c for c in span.root.children if c.dep_ in self.rules.deps["subj"]
                            and c.left_edge.i > span.start and doc[c.left_edge.i - 1].text == ","),
                           None)
            comma = subject.left_edge.i - 1 if subject is not None else next(
                (k for k in range(span.start, span.end) if doc[k].text == ","), None)
            if comma is not None and (tok.i < comma) != (trig.i < comma) and not (
                    fresh and tok.i < comma and self.rules.trigger_word(first.text)
                    and _plain_present(trig)):
                return False
        return clause(tok) == clause(trig) and apposed_change(tok) == apposed_change(trig) \
            and not self._dates_another_change(tok, trig)

    def _dates_another_change(self, word: Token, trig: Token) -> bool:
        """The word hangs on another change verb, in a clause the trigger is not part of
        ("a quitté A après avoir tout fait depuis qu'il a rejoint B en 2017": B's date), or
        in one describing a noun ("a quitté A, qu'il avait rejoint en 2017"), not in the
        trigger's own purpose ("quitte A pour rejoindre B en 2016")."""
        verb = next((a for a in word.ancestors if a.pos_ == "VERB"), None)
        # (a relative pronoun makes a relative clause, wherever the parser hangs it)
        return verb is not None and verb != trig and not verb.is_ancestor(trig) and not (
            verb.head == trig and not any(
                "Rel" in c.morph.get("PronType") for c in verb.children)) and \
            self.rules.trigger_word(verb.text)

    def _fresh(self, d: DateMention) -> bool:
        """The date is a day of the week before the publication."""
        return self.published is not None and len(d.value) == 10 and \
            0 <= (self.published - date.fromisoformat(d.value)).days < 7

    def _candidate(self, sent: Sentence, t: Trigger, trig: Token, m: re.Match[str], text: str,
                   name: str, kind: str, action: str, org: str | None, fallback: bool,
                   sources: list[str], syntactic: bool, settled: bool = False,
                   apart: list[tuple[int, int]] | None = None,
                   replaced: frozenset[str] = frozenset()) -> Candidate:
        """The mention a trigger yields for `name`; `settled`: `org` is the one a change
        told just before left, as it stands (no office or government read into it again,
        no title of its own); `apart`: where titles of no post the change tells stand;
        `replaced`: whom the newcomer `name` replaces."""
        pos = m.start()
        role, role_at = self.role_near(text, pos, kind, name, self._agent_chars(trig)
                                       + self._other_subjects(sent.span, trig, name)
                                       + self._after_relative(trig)
                                       + self._others_relatives(trig, name)
                                       + self._later_change_clause(trig, kind) + (apart or []),
                                       action == "found", replaced)
        if t.epithet and role and not re.search(
                rf"{re.escape(role)}\W+(?:\w+\W+)?{re.escape(m.group(0).lower())}"
                rf"|{re.escape(m.group(0).lower())}\W+(?:\w+\W+)?{re.escape(role)}", text.lower()):
            role = None  # "président fondateur de X": only a title next to the founder's
        seats = self.rules.seats
        if kind == "end" and org and seats and org == self.seat_of_clause(trig, sent.span):
            role = seats.title  # "dans la 11e circonscription, où X a démissionné"
        gov = self.rules.government
        office = None if settled else gov.office_named(org)
        at = text.lower().find(role.lower()) if role else -1
        if office and t.listing and not role:
            org = office.ministry or office.name  # "Parmi les partants : X, Y": its staff
        elif office and not gov.is_staff(role) and not (
                at > 0 and gov.staff and gov.staff.search(text[max(0, at - 40):at])) and \
                not self._staff_named(text, name):
            # "quitter l'Élysée" for a president: the post is the country's (its staff keep
            # the office)
            # (the title the article gives the person elsewhere is the post left by an end,
            # a former one for a start: "nommé à Matignon", whatever the profile says, unless
            # it is this office's: "quitte LR pour Matignon", "le nouveau Premier ministre")
            held = role or self.profile_role(name)
            if not role and kind != "end" and not (held and office.role.search(held)):
                held = None
            if (held and office.role.search(held)) or (
                    held is None and (action != "join" or office.ministry)):
                # "(ancien) président"; "quitté l'Élysée", "nommé à Matignon" with no title:
                # the office's own post, its holder's title (joining it untitled is more often
                # its staff's, but for a ministry's seat: "a rejoint la place Beauvau")
                role = held or office.title
                org = gov.written(office.country, self.article.text) if office.country else \
                    self.government_org(role or "", text)
                if action == "join":
                    action = "appoint"  # the holder's seat is a post taken, not a hire
        elif office and office.ministry:
            org = office.ministry  # "conseillère à Bercy": its staff keep the ministry
        if settled:
            role = None  # (the staff of an office keep it, whatever title is near)
        elif gov.home and gov.power and gov.power.search(m.group(0)):
            org = self.government_org(role or "", text)  # "arrivé au pouvoir": the country's
        elif org and gov.home and (gov.body.fullmatch(org) or fold(org) in gov.state or (
                (gov.is_ministry(org) or gov.is_ministry(org, named=True) and org in text)
                and not gov.is_staff(role))):
            # "entre au gouvernement", "porte-parole du gouvernement", "nommé à la Défense",
            # "quitte le ministère de l'Intérieur": a seat in the national government is a
            # national post, whose organization is the country (a ministry's staff, "directrice
            # de cabinet", keep the ministry, and so does a change the article's ministry
            # stands for, named elsewhere)
            org = self.government_org(role or "", text)
        if at > 0 and gov.staff and gov.staff.search(text[max(0, at - 40):at]):
            role = None  # "chef de l'état-major particulier du ministre": whom the post
            # serves (its office may be the organization), not the post
        if role and org and fold(org) in fold(role):
            # "directeur général de Renault" with Renault as the org: the title alone
            # (cut at the preposition before the org, not at the first one: "ministre des
            # affaires étrangères du portugal")
            cuts = [c.start() for c in self.rules.of_org.finditer(role)
                    if fold(org) in fold(role[c.end():])]
            role = clean_role(role[:cuts[-1]] if cuts else role, self.rules)
        if t.group and kind == "start" and role and self._title_of_a_name(text, role):
            role = None  # "reviennent les noms du maire de Tours X, de Y": the post X holds,
            # not the one speculated about (but "la ministre X est donnée partante": the one
            # she would leave)
        feminine = self.rules.feminine_title
        if role and feminine and feminine.match(role) and gender(name) == "m":
            role = None  # "succède à la présidente X", "l'animatrice": a woman's title
        window = text[max(0, pos - 70):m.end() + 70]
        # a date in a relative clause is that clause's ("X, who left A in May, founded B")
        # "Présidente du FMI depuis 2011, elle prendra la tête de la BCE": a date a state
        # lasts from is not the change's
        # (an epithet takes no date from its sentence: none is looked for)
        named = [] if t.epithet else self.rules.dates.find(text, self.published)
        # (but "la nouvelle ministre, en poste depuis le 3 mai": when the post was taken)
        dates = [d for d in named if self._same_clause(sent.span, trig, d.start, self._fresh(d))
                 and (not d.since or kind == "start" and t.needs_role
                      and self.rules.dates.holds_post_since(text, d))
                 and not (d.until and kind == "start")]
        status, strong = ("occurred", False) if t.epithet else self.status_of(trig, text, pos)
        # each coordinated change its own date, else the one they share ("fired X on Monday
        # and replaced him with Y")
        own = self._joined_change(sent.span, pos)
        dates = [d for d in dates if self._joined_change(sent.span, d.start) == own] or dates
        if any(d.start >= m.end() and not re.search(r"[,;:(]", text[m.end():d.start])
               for d in dates):
            # "quitte A en 2012 et s'engage chez B en 2016", whatever the parser made of the
            # second verb: a date before the conjunction is the change told before it, where
            # the trigger's own phrase gives one
            conj = "|".join(map(re.escape, self.rules.conjunctions))
            dates = [d for d in dates if d.start >= m.end() or not re.search(
                rf"\s(?:{conj})\s", text[d.end:pos])]
        # "ont annoncé dimanche 26 novembre qu'ils rejoignaient X", "said on Monday that she
        # would step down": a date right before the clause it reports is the report's (the
        # last Monday), the change's only where it has none of its own, wherever the parser
        # hangs the clause
        reported = self.rules.reported
        reports = [] if not reported else [
            d for d in named if d.end <= pos and not d.since and not d.until
            and reported.match(text, d.end)]
        own_dates = [d for d in dates if d not in reports and (
            not reports or self._dates_the_verb(trig, sent.span, d.start, d.end))]
        near = min(own_dates, key=lambda d: abs(d.start - pos)) if own_dates else None
        report = reports[-1] if reports and near is None else None
        when = near.value if near else None
        if when is None and report is not None:
            when = report.behind or report.value
        if when is None and not t.epithet:  # "lors de cette crise": the episode's date
            when = self.rules.dates.episode_date(
                text, self.article.text[max(0, sent.start - 800):sent.start], self.published)
        told_past = any("Past" in v.morph.get("Tense") and "Fin" in v.morph.get("VerbForm")
                        for v in [trig, *(c for c in trig.children if c.dep_.startswith("aux"))])
        dated = token_at(sent.span, self._base + near.start) if near else None
        if near and status == "planned" and near.ahead and not told_past and (
                trig.pos_ != "VERB" or dated is None or trig.is_ancestor(dated)):
            # "partira en janvier", "will step down on Friday": the next one (but "On July 8,
            # Obama nominated X": a nomination told as done, the last July 8; "X a annoncé fin
            # avril son intention de partir": the announcement's, past)
            when = near.ahead
        elif near and near.behind and (status == "occurred" or told_past) and (
                "Past" in trig.morph.get("Tense") or near.since  # (a post held since then)
                or trig.pos_ == "NOUN" and "Past" in trig.head.morph.get("Tense")):
            # "a démissionné le 12 novembre", "avait précipité sa démission en décembre" (in
            # May): the last one
            when = near.behind
        if status == "occurred" and near and when and self.published and \
                when > self.published.isoformat()[:len(when)] and _plain_present(trig) and \
                self._dates_the_verb(trig, sent.span, near.start, near.end) and \
                (len(when) == 10 or any(c.isdigit() for c in text[near.start:near.end])):
            # "prend ses fonctions le 1er juin" (told in May): to come (but a month without
            # its year may be a past one told in the present: "Collomb démissionne début
            # octobre", in a July recap)
            status = "planned"
        if org and " " in org and self.inv.is_person(org):
            org = None  # "le départ de X et d'Y": X is a person, never Y's organization
        evidence = Evidence(
            sentence=text, start=sent.start, end=sent.end, trigger=m.group(0),
            trigger_start=sent.start + m.start(), trigger_end=sent.start + m.end(),
        )
        confidence = 0.45 + (0.3 if syntactic else 0) + (0.0 if fallback else 0.15)
        mention = Mention(
            person=name, kind=kind, action=action, org=org, role=role,  # type: ignore[arg-type]
            # (not another coordinated change's: "fired X and named Y interim coach")
            interim=any(self._joined_change(sent.span, max(0, pos - 70) + i.start()) in (-1, own)
                        and not self._others_title(text, max(0, pos - 70) + i.start(),
                                                   max(0, pos - 70) + i.end(),
                                                   role_at if role else None)
                        for i in self.rules.interim.finditer(window)), when=when,
            status=status,  # type: ignore[arg-type]
            reason=self.reason_in(text, m.end()) if kind == "end" else None,
            sources=without_cuts(sources), evidence=[evidence], confidence=min(confidence, 0.95),
            # a title ("cofondateur d'OpenAI") or a relative clause ("l'entreprise qu'il a
            # cofondée") recalls a founding the article does not date
            background=when is None and (t.epithet or action == "found" and clause_of(
                trig, self.rules.deps["relcl"]) is not None),
        )
        # (a sentence naming a date, a year or a span of time tells its own time: "resigned
        # the next year", "signed through 2027"; but not a date a state lasts from: "à la
        # tête du Parlement depuis 2008")
        lasting = [(d.start, d.end) for d in named if d.since]
        timed = any(not d.since for d in named) or any(
            not any(a <= k < b for a, b in lasting)
            for k in [y.start() for y in _YEAR.finditer(text)] + [
                k.idx - self._base for k in sent.span
                if k.pos_ == "NOUN" and k.lower_ in self.rules.time_nouns])
        told_on = self.published.isoformat() if self.published and not timed and \
            not t.epithet and not mention.background and self._told_as_news(trig) else None
        return Candidate(mention, sent.index, strong, fallback, told_on=told_on)

    def _told_as_news(self, trig: Token) -> bool:
        """Told in the present, the perfect or the future ("devient", "a été nommé",
        "partira", a headline's "X nommé PDG"), not in a narrative past ("avait rejoint",
        "quittait"): the change the article reports, on the day it reports it."""
        verb = trig if trig.pos_ in ("VERB", "AUX") else trig.head
        if verb.pos_ not in ("VERB", "AUX"):
            return True  # a change noun standing alone: "Démission de X"
        since = self.rules.dates.since
        if since and any(c.dep_ == "mark" and since.fullmatch(c.text) for c in verb.children):
            return False  # "Depuis que X est devenu président": a state since then
        forms = [verb, *(c for c in verb.children if c.dep_.startswith("aux"))]
        return not any("Imp" in f.morph.get("Tense") for f in forms)


def _unless_denied(ends: list[Candidate]) -> list[Candidate]:
    """The departures a replacement tells, none where the replacement is denied ("X ne
    remplacera pas Y" says nothing of Y's departure)."""
    return [c for c in ends if c.mention.status != "denied"]


def names_itself(mention: Mention) -> bool:
    """The change's person and organization are one name, give or take a typo: one of
    them misread (a traffic service's name taken for a person), no change of post."""
    return bool(mention.org) and fuzz.ratio(fold(mention.org), fold(mention.person)) >= 85


def _plain_present(trig: Token) -> bool:
    """A verb in the simple present, no auxiliary: "quitte", "prend", "steps down"."""
    return trig.pos_ == "VERB" and trig.morph.get("Tense") == ["Pres"] and \
        "Fin" in trig.morph.get("VerbForm") and \
        not any(c.dep_.startswith("aux") for c in trig.children)


def _inside_a_name(trig: Token, span: Span, name_labels: set[str]) -> bool:
    """A trigger word written with a capital inside a sentence, where the tagger reads a proper
    noun ("élue à Limoges", "Jane Fonda"), or opening the name of a place or organization
    wherever it stands ("New Orleans coach X"): a name, not the verb or noun it spells."""
    if not trig.text[:1].isupper():
        return False
    nxt = trig.doc[trig.i + 1] if trig.i + 1 < span.end else None
    if (trig.ent_iob_ == "B" and trig.ent_type_ in name_labels and nxt is not None
            and nxt.ent_iob_ == "I" and nxt.text[:1].isupper()):
        return True
    if trig.i <= span.start:
        return False
    prev = trig.doc[trig.i - 1]
    if prev.is_punct or "\n" in prev.whitespace_:
        return False  # a title or a quote may start there
    return trig.pos_ == "PROPN" or trig.ent_type_ != ""
