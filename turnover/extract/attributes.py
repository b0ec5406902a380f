"""The attributes of a change found in its sentence: role, status, sources and reason."""

from __future__ import annotations

import re
from collections.abc import Iterable

from rapidfuzz import fuzz
from spacy.tokens import Span, Token

from turnover.extract.context import ArticleContext
from turnover.extract.names import fold, gender, word_re
from turnover.extract.rules import Rules
from turnover.extract.syntax import (
    after_bare_participle,
    clause_of,
    is_passive,
    preposition,
    token_at,
)

# clauses a verb governs, each with its own tense and mood (UD and ClearNLP labels); not a
# relative clause, which may tell when the change takes effect ("sa démission, qui prendra
# effet en février")
_CLAUSES = frozenset({"advcl", "xcomp", "ccomp", "conj"})
_ACRONYM = re.compile(r"[A-Z]{2,6}")  # a party's or a body's acronym ("PS", "LREM")
_FEW_WORDS = re.compile(r"\s+(?:[\w'’-]+\s+){0,3}?")  # up to three words between role and name


class AttributeRules(ArticleContext):
    """Role, status, sources and reason of a change."""

    def role_match(self, sent_text: str, pos: int, kind: str, person: str | None = None,
                   actors: frozenset[str] = frozenset(),
                   skip: Iterable[tuple[int, int]] = (),
                   founding: bool = False) -> tuple[int, int] | None:
        """Where the role title of the change at `pos` stands: the nearest, preferring one
        after a start, cut before a name it swallowed ("secrétaire d'État à l'Écologie
        Emmanuelle Wargon"). With `person`, never the title of someone else, written right
        before that other person's name ("President Barack Obama nominated X"). A founder's
        title is the role of a founding only ("OpenAI's president and co-founder quit": the
        president quits)."""
        best: tuple[int, re.Match[str]] | None = None
        # "Bruno Le Maire", "Le Maire a dit": a name, or the end of one, is no title
        in_names = [(k.start(), k.end()) for part in {" ".join(p.split()[i:]) for p in
                                                      self.inv.persons
                                                      for i in range(len(p.split()))}
                    for k in word_re(part).finditer(sent_text)]
        held = self._held_apposition(sent_text, person) if kind == "start" and person else None
        before: re.Match[str] | None = None
        for m in self.rules.role.finditer(sent_text):
            served = before is not None and self._serves(
                sent_text[self._title_end(sent_text, before.start(), before.end()):m.start()])
            before = m
            if served:
                continue  # "conseiller spécial du président": the employer's title
            if held and held[0] <= m.start() < held[1]:
                continue  # "nomme X, maire de Y, vice-président de Z": the title held
            if person and self.rules.titles_precede_names and self._titles_other(
                    sent_text, self._title_end(sent_text, m.start(), m.end()), person, actors):
                continue
            if any(a <= m.start() and m.end() <= b for a, b in [*in_names, *skip]):
                continue
            if not founding and self.rules.founder_title.fullmatch(m.group(0)):
                continue
            if ";" in sent_text[min(m.end(), pos):max(m.start(), pos)]:
                continue  # "X returns as CEO; Y leaves the board": another clause's title
            if m.start() > pos and self.rules.clause_breaks and \
                    self.rules.clause_breaks.search(sent_text, pos, m.start()):
                continue  # "elle partira en juin, car le ministre du Budget s'y oppose"
            if m.end() <= pos and person and self._opens_a_clause(sent_text, m.end(), pos,
                                                                  person):
                continue  # "X a été nommé secrétaire d'État, tandis que Y est parti": X's
            # (a title the trigger governs, with no comma between, is in no apposition:
            # "X, proche de Y, devient chef du gouvernement")
            governed = pos < m.start() and "," not in sent_text[pos:m.start()]
            if person and not governed and self._apposed_to_other(sent_text, m.start(), person) \
                    and not self._names_after(sent_text, m, person):
                continue
            if kind == "start" and (any(
                    r and r.search(sent_text[max(0, m.start() - 20):m.start()])
                    for r in (self.rules.former, self.rules.until_now)) or (
                    self.rules.served_under and self.rules.served_under.match(
                        sent_text, self._title_end(sent_text, m.start(), m.end())))):
                continue  # "l'ancien ministre", "jusqu'ici directrice", "ministre sous X":
                # not the post taken
            if self._relative_of(sent_text[max(0, m.start() - 30):m.start()]):
                continue  # "une proche du chef de l'État": the relative's title, not theirs
            if self._addressee_title(sent_text, m, kind):
                continue
            kept = self.rules.seats.kept if self.rules.seats else None
            if kept and kept.search(sent_text[max(0, m.start() - 60):m.start()]):
                continue  # "pour se consacrer à son mandat de maire": a post kept, no change
            if kind == "end" and m.start() > pos and self.rules.next_post and \
                    self.rules.next_post.search(sent_text[pos:m.start()]):
                continue  # "a quitté LR pour devenir maire": the post taken next
            d = min(abs(m.start() - pos), abs(m.end() - pos))
            if kind == "end" and m.start() > pos and self.rules.post_left and \
                    self.rules.post_left.search(sent_text[pos:m.start()]):
                d = 0  # "démissionnera de son mandat de maire": the post left
            if kind == "start" and person and re.search(
                    rf"(?<![\w-]){re.escape(person.split()[-1])}\s+$", sent_text[:m.start()]):
                d = -2  # "a nommé X directrice et Y directeur": the title right after the
                # name, with no comma, is the post that person takes
            elif kind == "start" and pos < m.start() <= pos + 80 and self.rules.post_taken and \
                    self.rules.post_taken.search(sent_text[pos:m.start()]):
                d = -1  # "nommé X, député de Y, en tant que secrétaire d'État"
            elif kind == "start" and m.start() > pos:
                d //= 3  # "took over as head coach", "nommé directeur général": the new role
                if d <= 12:  # "the governor will name X attorney general": not the namer's
                    d = 0
                if person and self._glued_to(sent_text, m.end(), person, adjective=False) \
                        and not re.fullmatch(r"\S+\s+", sent_text[pos:m.start()]):
                    d += 30  # "named assistant GM X coach": the title glued to the name is
                    # the one held, a role after the name the one taken (but "le nouveau
                    # Premier ministre X": the title the trigger makes new)
            elif kind == "end" and person and self._glued_to(sent_text, m.end(), person) and (
                    m.end() <= pos or not self.rules.role.search(sent_text, pos, m.start())
            ) and not (
                    self.rules.former and self.rules.former.search(
                        sent_text[max(0, m.start() - 20):m.start()])):
                d = min(d, 1)  # "le ministre X a présenté sa démission au Premier ministre":
                # the title glued to the name is the one left, not the addressee's
            if best is None or d < best[0]:
                best = (d, m)
        if not best or best[0] >= 120:
            return None
        start, end = best[1].span()
        return start, self._title_end(sent_text, start, end)

    def _glued_to(self, sent_text: str, end: int, person: str, adjective: bool = True) -> bool:
        """The person's name follows the title ending at `end`, maybe past one lowercase
        `adjective` ("du président socialiste X"; the name's particles do not count: "chef |
        de file" is no "X de Y")."""
        after = sent_text[end:].lstrip()
        word = re.match(r"([a-zà-ÿ-]+)\s+", after) if adjective else None
        rules = self.rules
        if word and not any(word.group(1) in words for words in (
                rules.determiners, rules.org_preps, rules.conjunctions, rules.relatives)):
            after = after[word.end():]  # (no set built per title: it runs for each one)
        return any(re.match(rf"{re.escape(w)}(?!\w)", after) for w in person.split()
                   if w[:1].isupper())

    def _opens_a_clause(self, sent_text: str, start: int, end: int, person: str) -> bool:
        """Between start and end, a clause opens whose subject is the person ("..., tandis
        que Y est parti"): what stands before belongs to another clause (but not "..., mais
        est devancé par Y", where the subject is still the first clause's)."""
        breaks = self.rules.clause_breaks
        return breaks is not None and any(
            sent_text[b.end():end].lstrip().startswith(tuple(person.split()))
            for b in breaks.finditer(sent_text, start, end))

    def _held_apposition(self, sent_text: str, person: str) -> tuple[int, int] | None:
        """The apposition between commas right after the person's name when a title follows
        its closing comma ("nomme X, maire de Y et président de Z, vice-président délégué de
        W"): the titles X holds, while the one after the apposition is the post taken."""
        for at in word_re(person.split()[-1]).finditer(sent_text):
            found = re.match(r",([^,;:.()«»\"]{3,150}?),\s*", sent_text[at.end():])
            if not found or not self.rules.role.search(found.group(1)):
                continue
            after = self.rules.role.match(sent_text, at.end() + found.end())
            if after is not None:
                return at.end(), at.end() + found.end(1)
        return None

    def _addressee_title(self, sent_text: str, m: re.Match[str], kind: str) -> bool:
        """A bare title after the agent of a passive, or after whom a departure is handed to,
        is that other person's: "sa démission au Premier ministre", "acceptée par le
        président" (a name after the title is checked as someone else's title anyway)."""
        preps = self.rules.agent_preps | (self.rules.recipient_preps if kind == "end" else set())
        words = sent_text[max(0, m.start() - 15):m.start()].lower().split()
        if words and words[-1] in self.rules.determiners:
            words.pop()
        if not words or words[-1] not in preps:
            return False
        # (a name after it, apposed or not, is that title's: "par le ministre des Ressources,
        # X", "par la présidente d'ATD-Quart Monde X")
        end = self._title_end(sent_text, m.start(), m.end())
        after = re.split(r"[.;:!?]", sent_text[end:end + 80])[0]
        return not after.lstrip(" ,")[:1].isupper() and not any(
            word_re(p.split()[-1]).search(after) for p in self.inv.persons)

    def _title_end(self, sent_text: str, start: int, end: int) -> int:
        """Where the title matched from `start` to `end` stops: before a name it swallowed
        and the conjunction or comma left before it ("ministre des Armées et Paul Girard")."""
        for name in self.inv.persons:
            found = word_re(name.split()[0]).search(sent_text, start + 1, end)
            if found:  # (a whole word: "de Rugy" does not cut "garde des Sceaux")
                end = found.start()
        words = sent_text[start:end].rstrip(" ,").split(" ")
        while len(words) > 1 and (words[-1] in self.rules.conjunctions or words[-1].isdigit()
                                  or self.rules.dates.is_date_word(words[-1])):
            words.pop()  # ("... chargé du numérique mardi 3 mars": no date)
        return start + len(" ".join(words).rstrip(" ,"))

    def _after_relative(self, trig: Token) -> list[tuple[int, int]]:
        """What follows the relative clause (or the participle apposed to a name) the
        trigger is in: the main clause's predicate, another change ("X, who joined Anthropic
        last year, is the startup's chief scientist": not the title X took at Anthropic)."""
        clause = clause_of(trig, self.rules.deps["relcl"])
        if clause is None and trig.dep_ == "acl" and trig.head.pos_ == "PROPN" and any(
                k.text == "," for k in trig.doc[trig.head.i:trig.i]):
            clause = trig  # "X, récemment nommé à Y, connaît le chef de l'État": a participle
            # apposed to the name
        if clause is None:
            return []
        end = clause.right_edge.idx + len(clause.right_edge) - self._base
        return [(end, end + 100_000)]

    def _later_change_clause(self, trig: Token, kind: str) -> list[tuple[int, int]]:
        """A relative clause outside the trigger's own, or a participle apposed to a name
        before it, whose word is a change of the other kind ("X fêtera son départ, elle qui a
        été nommée porte-parole": the title of the post taken, not the one left; "X, who
        resigned as CEO of A, has joined B": not the title taken at B)."""
        out = []
        deps = self.rules.deps
        for tok in trig.sent:
            if tok.dep_ not in deps["relcl"] or trig in tok.subtree or not any(
                    t.kind != kind and t.regex.match(tok.text) for t in self.rules.triggers):
                continue
            start = tok.left_edge.idx - self._base
            out.append((start, tok.right_edge.idx + len(tok.right_edge) - self._base))
        for tok in trig.doc[max(0, trig.i - 12):trig.i]:
            # "X, élu maire de Y en mai, a démissionné": a change apposed to the name before
            # the trigger is that change's, title and all
            if tok.dep_ not in deps["appos"] or tok.i == 0 or trig.doc[tok.i - 1].text != "," \
                    or trig in tok.subtree or not any(
                        t.kind != kind and t.regex.match(tok.text) for t in self.rules.triggers):
                continue
            start = tok.left_edge.idx - self._base
            out.append((start, tok.right_edge.idx + len(tok.right_edge) - self._base))
        head = trig.head
        if trig.dep_ in ("advcl", "xcomp") and head.i < trig.i and any(
                t.kind != kind for t in self._change_at(head)):
            # "a quitté son poste de directeur financier de X pour rejoindre Y": the post
            # the governing change leaves, not the one taken
            for obj in head.children:
                if obj.dep_ in deps["obj"] and obj.i < trig.i:
                    out.append((obj.left_edge.idx - self._base,
                                obj.right_edge.idx + len(obj.right_edge) - self._base))
        return out

    def _others_relatives(self, trig: Token, person: str) -> list[tuple[int, int]]:
        """Where relative clauses about someone else stand, outside the trigger's ("..., et
        par Y, qui dirigeait alors Z": Y's title, not the post X takes)."""
        own = {fold(w) for w in person.split()}
        return [(tok.left_edge.idx - self._base,
                 tok.right_edge.idx + len(tok.right_edge) - self._base)
                for tok in trig.sent if tok.dep_ in self.rules.deps["relcl"]
                and tok.head.pos_ == "PROPN" and tok.head.ent_type_ in self.rules.person_labels
                and not any(fold(k.text) in own for k in tok.head.subtree if k.i < tok.i)
                and trig not in tok.subtree]

    def _apposed_to_other(self, sent_text: str, start: int, person: str) -> bool:
        """The title starting at `start` is in apposition to another person's name ("that of
        Ilya Sutskever, OpenAI's co-founder and chief scientist": not the title of whoever
        else the sentence is about)."""
        before = sent_text[max(0, start - 60):start]
        comma = before.rfind(",")
        if comma < 0 or len(before[comma + 1:].split()) > 3:
            return False
        age = re.search(r",[^,]*\d[^,]*$", before[:comma])
        if age and len(age.group(0).split()) <= 3:
            comma = age.start()  # "Y, 61 ans, ancien directeur de Norem": past the age, the name
        last = re.search(r"([\w'’-]+)\s*$", before[:comma])
        if not last:
            return False
        word = fold(last.group(1))
        return word not in {fold(w) for w in person.split()} and any(
            word == fold(p.split()[-1]) for p in self.inv.persons)

    def _names_after(self, sent_text: str, m: re.Match[str], person: str) -> bool:
        """The person's own name follows the title matched at `m`, whatever stands before
        it ("sur l'avis de X, le directeur adjoint de l'agence Y": Y's title)."""
        end = self._title_end(sent_text, m.start(), m.end())
        after = re.match(r"([\w'’ -]{0,50}?)(?<![\w-])" + re.escape(person.split()[0])
                         + r"(?![\w-])", sent_text[end:])
        if not after:
            return False
        # only the title's complements between: "du ministère de la Santé", not a verb
        small = self.rules.org_preps | self.rules.determiners
        words = re.sub(r"\b[ldLD]['’]", r"\g<0> ", after.group(1)).split()
        return all(w.lower() in small or w[:1].isupper()
                   or (k > 0 and words[k - 1].lower() in small) for k, w in enumerate(words))

    def _titles_other(self, sent_text: str, end: int, person: str,
                      actors: frozenset[str] = frozenset()) -> bool:
        """A name other than `person`'s (and than the `actors`') follows the title ending at
        `end`."""
        # (past a place completing the title: "la maire de Lille Anne X"; but "conseiller
        # de Jean X" serves X)
        named = self.inv.name_words()
        conj = "|".join(map(re.escape, self.rules.conjunctions))
        while (joined := re.match(rf"\s+(?:{conj})\s+", sent_text[end:])) and (
                other := self.rules.role.match(sent_text, end + joined.end())):
            end = self._title_end(sent_text, other.start(), other.end())  # "le député et
            # premier questeur X": both titles X's
        # (capitals with accents too: "le Premier ministre Élise X")
        run = re.match(r"(?:\s+(?:de|du|d['’])\s*(?P<place>[A-ZÀ-ÖØ-Ý][\w'’-]*)(?=\s+[A-ZÀ-ÖØ-Ý]))?"
                       r"((?:\s+[A-ZÀ-ÖØ-Ý][\w'’.-]*){1,3})", sent_text[end:])
        if run and run.group("place") and fold(run.group("place")) in named:
            run = None
        if not run:
            return False
        words = run.group(2).split()
        while len(words) > 1 and (fold(words[0]).rstrip(".") in self.rules.titles
                                  or _ACRONYM.fullmatch(words[0])):
            words = words[1:]  # "Sister", "Dr.", "Sen." or a party ("le député LREM") before
            # the name
        word = fold(words[0])
        own = {fold(w) for w in person.split()}
        if word in own or any(word in {fold(w) for w in a.split()} for a in actors):
            return False
        return word in named

    def _serves(self, gap: str) -> bool:
        """`gap`, between two titles, makes the second one the employer of the first: only
        prepositions and determiners ("conseiller spécial du | président", "chief of staff
        to the | governor")."""
        words = re.findall(r"[\w-]+['’]?", gap.lower().replace("’", "'"))
        return bool(words) and any(w in self.rules.org_preps for w in words) and all(
            w in self.rules.org_preps or w in self.rules.determiners for w in words)

    def _relative_of(self, before: str) -> bool:
        """`before` ends with a kin noun and its preposition ("une proche du", "the son of"),
        or with what someone has ("la liste du"): the title after it is that person's. Not a
        successor's ("le successeur du PDG"), whose title is the one taken."""
        words = re.findall(r"[\w-]+['’]?", before.lower())
        while words and words[-1] in self.rules.determiners:
            words.pop()  # "la fille de la ministre"
        return len(words) >= 2 and words[-1] in self.rules.org_preps and (
            words[-2] in self.rules.owned_nouns or words[-2] in self.rules.kin_nouns
            and not self.rules.trigger_word(words[-2]))

    def role_near(self, sent_text: str, pos: int, kind: str, person: str,
                  skip: Iterable[tuple[int, int]] = (), founding: bool = False,
                  replaced: frozenset[str] = frozenset()) -> tuple[str | None, int]:
        """The role of the change at `pos` and where it starts in the sentence (-1 for one
        the article gives the person elsewhere); the title of someone `replaced` is the
        post taken ("X succède à la directrice Y")."""
        office = self._post_title(sent_text, pos, person, skip)
        if office:
            return office
        where = self._respective_title(sent_text, pos, person) or self.role_match(
            sent_text, pos, kind, person, replaced, skip, founding)
        if where:
            return clean_role(sent_text[where[0]:where[1]], self.rules), where[0]
        return (self.profile_role(person) if kind == "end" else None), -1

    def _respective_title(self, sent_text: str, pos: int, person: str
                          ) -> tuple[int, int] | None:
        """"X et Y ont été nommés respectivement A et B": the title after the change in the
        person's rank among the people named before it, where both counts agree."""
        if not self.rules.respectively or not self.rules.respectively.search(sent_text):
            return None
        named = sorted((m.start(), p) for p in self.inv.persons
                       for m in word_re(p.split()[-1]).finditer(sent_text, 0, pos))
        order = list(dict.fromkeys(p for _, p in named))
        titles = list(self.rules.role.finditer(sent_text, pos))
        if person not in order or len(order) < 2 or len(titles) != len(order):
            return None
        title = titles[order.index(person)]
        return title.start(), self._title_end(sent_text, title.start(), title.end())

    def _post_title(self, sent_text: str, pos: int, person: str,
                    skip: Iterable[tuple[int, int]]) -> tuple[str, int] | None:
        """The title of a post the change names by its office noun, with no comma, title or
        other change between ("a démissionné de la présidence du parti": président; "la
        démission de X de la présidence du conseil d'administration"), and where it starts."""
        posts = self.rules.post_titles
        m = posts.post.search(sent_text, pos, pos + 100) if posts else None
        if not posts or not m or any(a <= m.start() < b for a, b in skip):
            return None
        words = sent_text[pos:m.start()].split()[1:]  # (the trigger's first word)
        if len(words) > 6 or re.search(r"[,;:()«»\"“”]", sent_text[pos:m.start()]) or \
                posts.not_between.search(" ".join(words)) or \
                any(self.rules.trigger_word(w) or self.rules.role.fullmatch(w) for w in words):
            return None
        return posts.title(m, gender(person) == "f"), m.start()

    def profile_role(self, person: str) -> str | None:
        """A role the article gives the person elsewhere ("le PDG Sam Altman", "Mira Murati,
        CTO de l'entreprise"), used for the position someone leaves: the first mention of the
        surname with a role up to three words before it or after a comma."""
        if person in self._profiles:
            return self._profiles[person]
        text, found = self.article.text, None
        # (a misspelt given name is the same person's: "Guiseppe" for "Giuseppe")
        namesakes = [p for p in self.inv.persons if " " in p and p.split()[-1] == person.split()[
            -1] and fuzz.ratio(fold(p.split()[0]), fold(person.split()[0])) < 80]
        for m in word_re(person.split()[-1]).finditer(text):
            if any(text.endswith(p, 0, m.end()) for p in namesakes):
                continue  # "Henri et Luc X, respectivement président": a relative's title
            before = text[max(0, m.start() - 120):m.start()]
            role = next((r for r in self.rules.role.finditer(before)
                         if _FEW_WORDS.fullmatch(before, r.end())
                         and not self.rules.founder_title.fullmatch(r.group(0))
                         and not self._title_of_theirs(before[r.end():], person)), None)
            after = None if role else self.rules.profile_after.match(text, m.end())
            if after:  # "X, an OpenAI co-founder and chief scientist": the title of a post
                role = next((r for r in self.rules.role.finditer(after.group(0))
                             if not self.rules.founder_title.fullmatch(r.group(0))), None)
                gap, _, lead = after.group(0)[:role.start()].rpartition(",") if role \
                    else ("", "", "")
                if any(self.rules.trigger_word(w) for w in lead.split()):
                    role = None  # "X, élu maire de Y": a post taken, not the one X leaves
                elif self.rules.clause_breaks and self.rules.clause_breaks.search(lead):
                    role = None  # "X resigned, but the chief executive stayed": another
                    # clause's title
                elif any(word_re(p.split()[-1]).search(gap) for p in self.inv.persons
                         if p != person):
                    role = None  # "X cède la place à Y, jusqu'ici directrice": Y's title
                elif role and self.rules.titles_precede_names and self._titles_other(
                        text, after.start() + role.end(), person):
                    role = None  # "X a démissionné, a regretté la députée LR Y": Y's title
            if role:
                found = clean_role(role.group(0), self.rules)
                break
        if found is None:  # "... le licenciement d'Altman. Le PDG a toujours voulu ..."
            found = self._role_said_next(person)
        self._profiles[person] = found
        return found

    def _title_of_theirs(self, gap: str, person: str) -> bool:
        """A title whose complement is the person ("la directrice de cabinet de X", "chief
        of staff to X"): the title of someone who works for them, never theirs."""
        names = set(person.split())
        words = [w for w in re.split(r"\s+|(?<=['’])", gap.strip()) if w]
        while words and words[-1] in names:
            words.pop()
        return bool(words) and words[-1].lower().replace("’", "'") in self.rules.org_preps

    def _role_said_next(self, person: str) -> str | None:
        """A definite role opening the sentence right after one that names the person last
        ("Le PDG", "The chief executive"): the text calls the person by their title."""
        for (_, end), (start, stop) in zip(self.spans, self.spans[1:], strict=False):
            text = self.article.text[start:stop]
            article = self.rules.leading_article.match(text)
            role = article and self.rules.role.match(text, article.end())
            if role and self.recent(start)[-1:] == [person] and person.split()[-1] in \
                    self.article.text[max(0, end - 300):end]:
                return clean_role(role.group(0), self.rules)
        return None

    def status_of(self, trig: Token, sent_text: str, offset: int) -> tuple[str, bool]:
        """occurred / planned / rumored / denied, from the verb's mood and tense, negation and
        cue words close to the trigger, and whether the evidence for it was explicit."""
        settled = self.rules.status.get("settled")
        if trig.pos_ == "NOUN" and (
                any(c.pos_ == "ADP" and c.lower_ in self.rules.settled_preps
                    for c in trig.children)
                or (trig.head.pos_ == "ADP" and trig.head.lower_ in self.rules.settled_preps)
                or settled and settled.search(sent_text[:trig.left_edge.idx - self._base])):
            # "Un mois après son départ d'OpenAI, X aurait un projet": the change is a settled
            # fact, whatever the mood of the clause it dates
            left, right = trig.left_edge, trig.right_edge
            # (the phrase ends before a finite verb the parser hung on it: "depuis le départ
            # de X, la réforme | sera lente" is another clause's future)
            right = next((k.nbor(-1) for k in trig.doc[trig.i + 1:right.i + 1]
                          if "Fin" in k.morph.get("VerbForm")), right)
            phrase = sent_text[left.idx - self._base:right.idx + len(right) - self._base]
            return ("planned", True) if self.rules.status["planned"].search(phrase) else (
                "occurred", False)
        head = trig.head
        if "Inf" in trig.morph.get("VerbForm") and trig.dep_ in ("advcl", "xcomp") and \
                head.i < trig.i and head.pos_ in ("VERB", "AUX") and \
                self.rules.trigger_word(head.text):
            # "has left to join Y": the purpose of a change is as settled as the change
            return self.status_of(head, sent_text, head.idx - self._base)
        verbs = [trig] + [c for c in trig.children if c.dep_.startswith("aux")]
        # (a participle opening the sentence, misread as a noun that modifies the main verb,
        # keeps its own tense: "Nommé en 2014, ..., il aura défendu": not a plan)
        fronted = trig.i == trig.sent.start and trig.dep_.startswith(("obl", "advcl"))
        factive = self.rules.factive_verbs
        if (trig.dep_ in {"xcomp", "ccomp"} or (trig.pos_ in ("NOUN", "ADJ") and not fronted)) \
                and not (factive and factive.fullmatch(trig.head.text)):
            # (never through a verb that takes the change as given: "ne regrette pas d'avoir
            # quitté le parti" did leave it)
            verbs += [trig.head] + [c for c in trig.head.children if c.dep_.startswith("aux")]
        start, end = max(0, offset - 90), offset + len(trig.text) + 25
        clause = clause_of(trig, self.rules.deps["relcl"])
        if clause is not None:  # "X, qui a démissionné, sera remplacé": the relative's own
            start = max(start, clause.left_edge.idx - self._base)
            right = clause.right_edge
            end = min(end, right.idx + len(right.text) - self._base)
        before = sent_text[start:end]
        around = [c.lower_ for v in verbs for c in v.children]
        negated = any(w in self.rules.negation for w in around) and (
            not self.rules.negation_particles or any(
                w in self.rules.negation_particles for w in around))  # not "le plus cité"
        aim = self.rules.status.get("negated_aim")
        if negated and aim and aim.match(sent_text, offset + len(trig.text)):
            negated = False  # "ne quitte pas A pour X, mais pour Y": the aim is denied, not
            # the change
        counted = self.rules.status.get("counted")
        # (the count stands outside the infinitive clause it modifies: "the third executive |
        # to leave")
        if counted and counted.search(sent_text[max(0, offset - 90):end]):
            return "occurred", True  # "the fifth coach to be fired this season": one of a count
        possible = self.rules.status.get("possible")
        if possible and possible.search(before):
            return "rumored", True  # "n'exclut pas de démissionner": open, not denied
        not_yet = self.rules.status.get("not_yet")
        if not_yet and not_yet.search(sent_text[max(0, offset - 40):offset]):
            return "planned", True  # "n'est pas encore nommé", "has not yet joined": to come
        wanted = self.rules.status.get("wanted")
        if wanted and not negated and wanted.search(sent_text[max(0, offset - 40):offset]):
            return "planned", True  # "veut démissionner", "hopes to hire X": not done yet
        failed = self.rules.status.get("failed")
        if failed and trig.dep_ == "xcomp" and failed.fullmatch(trig.head.text):
            return "denied", True  # "the strategy failed to oust President X": it did not happen
        if self.rules.status["denied"].search(sent_text) and (
            self.rules.status["denied"].search(before) or negated
        ):
            return "denied", True
        telling = self.rules.status.get("telling")
        if negated and trig.pos_ == "NOUN" and trig.dep_ in self.rules.deps["obj"] and \
                telling and telling.fullmatch(trig.head.text):
            return "denied", True  # "n'a jamais annoncé sa démission": not even announced
        if negated and trig.pos_ in ("VERB", "AUX"):
            # "X n'avait pas rejoint Y" (a pluperfect): not yet then, which a later report of
            # the change overrides; "X n'a pas démissionné" denies it outright
            return "denied", not any("Imp" in v.morph.get("Tense") for v in verbs
                                     if v.dep_.startswith("aux"))
        ending = self.rules.status.get("conditional_ending")
        # (a conditional the tagger sees in another tense: "rendait", an imperfect)
        moods = {m for v in verbs for m in v.morph.get("Mood") if not (
            m == "Cnd" and ending and not ending.search(v.lower_))}
        conditional = self.rules.status.get("conditional_form")
        if conditional and any(v.pos_ in ("VERB", "AUX") and conditional.fullmatch(v.text)
                               for v in verbs):
            moods.add("Cnd")  # "préparerait", read by the tagger as an indicative
        tenses = {m for v in verbs for m in v.morph.get("Tense")}
        reported = self.rules.status.get("reported")
        future_said = self.rules.status.get("reported_future")
        if future_said and future_said.search(sent_text[max(0, offset - 80):offset]):
            return "planned", True  # "X said he would resign"
        if conditional and any(conditional.fullmatch(w.strip(",;")) for w in
                               sent_text[offset:offset + 40].split()[:3]):
            moods.add("Cnd")  # a trigger that opens on it: "ne serait pas reconduit"
        if "Cnd" in moods and reported and reported.search(sent_text[max(0, offset - 100):offset]):
            return "planned", True  # "a annoncé qu'il quitterait": a future in the past
        if "Cnd" in moods or self.rules.status["rumored"].search(before):
            return "rumored", True
        verbless = not any(w.pos_ in ("VERB", "AUX") for w in trig.sent)
        if sent_text.rstrip(" \"'»”)").endswith("?") and (
                trig.pos_ in ("VERB", "AUX") or verbless) and \
                not any(w.lower_ in self.rules.question_words for w in trig.sent):
            # "X va-t-il quitter Y ?", "X bientôt sur le départ ?": asked, not told
            # ("pourquoi X a-t-il quitté Y ?" and "au courant du départ de X ?" take the
            # change as given)
            return "rumored", True
        # (not a cue inside a clause of its own after the change: "has left to join Y")
        own = {k.i for c in trig.children if c.dep_ in _CLAUSES and c.i > trig.i
               for k in c.subtree} if trig.pos_ in ("VERB", "AUX") else set()
        coming = self.rules.status.get("coming")
        if coming and trig.dep_ == "xcomp" and "Inf" in trig.morph.get("VerbForm") and \
                coming.fullmatch(trig.head.text):
            return "planned", True  # "le club va nommer X", whatever verb tells the change
        if "Fut" in tenses or any(
                (tok := token_at(trig.sent, self._base + start + p.start())) is None
                or tok.i not in own for p in self.rules.status["planned"].finditer(before)):
            return "planned", True
        strong = trig.pos_ in ("VERB", "AUX") or any(v.pos_ == "AUX" for v in verbs)
        return "occurred", strong

    def sources_in(self, sent_text: str) -> list[str]:
        out: list[str] = []
        rules = self.rules
        # a person quoted ("X said") is not an outlet, unless the claim is attributed to them
        # ("selon X", "according to X")
        patterns = [(p, True) for p in rules.attributions] + [(p, False) for p in rules.sources]
        for pattern, attributed in patterns:
            for m in pattern.finditer(sent_text):
                # (never past a line's end: "selon Mediapart" closing a title)
                src = m.group("src")
                if re.search(r"[«\"“]\s*$", sent_text[max(0, m.start("src") - 2):m.start("src")]):
                    # a quoted name is whole to its closing quote ("de « La lettre des
                    # ondes »"), lowercase words and all
                    src = re.match(r"[^»\"”]{0,50}?(?=\s*[»\"”])|", sent_text[m.start("src"):]
                                   ).group(0) or src
                words = src.split("\n", 1)[0].strip(" ,.;:'’").split()
                while words and words[-1] in rules.from_preps | rules.conjunctions:
                    words.pop()  # "selon le ministère de", "according to Reuters and"
                if not words or words[0] in rules.source_stop and not (
                        len(words) > 1 and words[0].lower() in rules.determiners):
                    continue  # "selon Il", but "La Dernière Heure" is a name
                src = " ".join(words)
                if len(words) > 1 and words[0] in rules.determiners:
                    src = src[:1].upper() + src[1:]  # ", le JDD croit savoir": "Le JDD"
                src = rules.source_names.get(fold(src), src)
                gov = rules.government
                people_of = gov and next((gov.country_of[k] for k in (fold(src), fold(src)[:-1])
                                          if k in gov.country_of), None)
                if people_of and fold(people_of) != fold(src):
                    continue  # "parle aux Français": a people, no outlet
                if gov and gov.is_ministry(src):
                    continue  # "a annoncé la nomination de X à la Santé": a portfolio
                if (self.inv.is_person(src) or any(
                        src.endswith(" " + p) for p in self.inv.persons if " " in p)) \
                        and not attributed:
                    continue  # "Celtics President Tom Reyes announced": a person, no outlet
                if src not in out:
                    out.append(src)
        return out

    def reason_in(self, sent_text: str, after: int) -> str | None:
        for pattern in self.rules.reasons:
            m = pattern.search(sent_text, max(0, after - 40))
            if m and m.start("r") < after <= m.end("r"):
                # "suite à la démission de X": the change itself, never its reason
                m = pattern.search(sent_text, after)
            if m:
                # (a quotation closing before its speech verb ends the reason: '... projets",
                # a expliqué la chaîne')
                reason = m.group("r")
                if re.match(r"\w", sent_text[m.end("r"):m.end("r") + 1]):
                    reason = reason.rpartition(" ")[0]  # (cut at its length, inside a word)
                reason = re.split(r"[\"»”]\s*,", reason)[0]
                if self.rules.reason_end:  # ("..., a annoncé la chaîne": who said it)
                    reason = self.rules.reason_end.split(reason)[0]
                words = reason.strip(" «»\"“”,").split()[:14]
                while words and "".join(words).count("(") > "".join(words).count(")"):
                    words.pop()  # (an aside cut short: "un recul (2,5 points sur ...")
                return " ".join(words) or None
        return None

    # -- one sentence ------------------------------------------------------------------

    def _agent_chars(self, trig: Token | None) -> list[tuple[int, int]]:
        """Where the agents of a trigger stand in its sentence's text ("appointed by the
        president"): who makes the change, whose title is not the post taken."""
        if trig is None:
            return []
        deps = self.rules.deps
        # "le président a choisi X pour lui succéder": the chooser, whatever the change
        agents = self._choosers(trig)
        if any(t.pair for t in self._change_at(trig)):
            return self._chars(agents)  # "replaced by the minister X": that agent is the
            # newcomer
        agents += [c for c in trig.children if c.dep_ in deps["agent"]]
        changes = self._change_at(trig)
        if trig.pos_ == "NOUN" and trig.dep_ in deps["obj"] and changes and all(
                t.arg == "obj" for t in changes):
            # "as the president makes the nomination formal": who makes the change noun
            agents += [c for c in trig.head.children
                       if c.dep_ in deps["subj"] and c.dep_ not in deps["passive_subj"]]
        elif trig.pos_ == "VERB" and changes and all(t.arg == "obj" for t in changes) and \
                not is_passive(trig, deps):
            objects = [c for c in trig.children if c.dep_ in deps["obj"]]
            # "le ministre a limogé X, directrice de Y", "... l'inspecteur général X": the
            # subject fires, its title is not X's; with the object hung elsewhere ("a limogé,
            # sur les conseils de X, le directeur Y"), a subject naming no one (a named one
            # may be the object misread)
            if any(c.pos_ == "PROPN" or self._describes_person(c) for c in objects):
                agents += [c for c in trig.children if c.dep_ in deps["subj"]]
                if trig.dep_ in deps["relcl"] and any("Rel" in c.morph.get("PronType")
                                                      for c in agents):
                    # "le patron du parti, qui a nommé X": the antecedent is who names,
                    # up to its relative clause
                    head = trig.head
                    return self._chars(agents) + [
                        (head.left_edge.idx - self._base, trig.left_edge.idx - self._base)]
            elif not objects:
                named = self.inv.name_words()
                agents += [c for c in trig.children if c.dep_ in deps["subj"] and not any(
                    fold(k.text) in named for k in c.subtree)]
        elif trig.pos_ == "NOUN" and changes and all(t.arg == "noun" for t in changes) and \
                trig.head.pos_ == "VERB" and not any(
                    c.lower_ in self.rules.possessives for c in trig.children):
            # "le ministre a mis fin aux fonctions de X": X's change, the subject's act
            agents += [c for c in trig.head.children if c.dep_ in deps["subj"]
                       and c.dep_ not in deps["passive_subj"]]
        return self._chars(agents)

    def _chars(self, tokens: list[Token]) -> list[tuple[int, int]]:
        """Where the phrases of `tokens` stand in the sentence's text."""
        return [(min(k.idx for k in c.subtree) - self._base,
                 max(k.idx + len(k) for k in c.subtree) - self._base)
                for c in tokens]

    def _choosers(self, trig: Token) -> list[Token]:
        """The subjects of a choice verb whose purpose clause tells the change ("le
        président a opté pour X pour prendre la succession de Y")."""
        deps = self.rules.deps
        verb = trig.head if trig.pos_ == "NOUN" else trig
        chooser = verb.head
        if chooser.pos_ in ("ADV", "ADP") and chooser.head != chooser:
            chooser = chooser.head  # "a choisi X afin de le remplacer", "afin" in between
        elif verb.dep_ not in ("advcl", "xcomp"):
            return []
        if chooser == verb or not self.rules.chooses(chooser.text) or not any(
                c.dep_ in deps["obj"] or preposition(c) in self.rules.choice_preps
                for c in chooser.children):
            return []  # (nobody chosen: "a choisi de démissionner" is the subject's own)
        return [c for c in chooser.children
                if c.dep_ in deps["subj"] and c.dep_ not in deps["passive_subj"]]

    def _other_subjects(self, span: Span, trig: Token, person: str,
                        titled: bool = False) -> list[tuple[int, int]]:
        """Where the subjects of other clauses stand (not below the trigger), when the
        trigger has a subject of its own or the person below it, and they do not name the
        person ("Le directeur général avait été rétabli, et X avait quitté le conseil": not
        X's title; "Le député de la Vienne a évoqué la démission de X": not X's post). With
        `titled`, only subjects that are someone's title: an organization acting ("Le FC Nantes
        a officialisé l'arrivée de X") is the post's."""
        subj = self.rules.deps["subj"]
        own = {fold(w) for w in person.split()}
        if not any(c.dep_ in subj for c in trig.children) and not any(
                fold(k.text) in own for k in trig.subtree):
            return []  # "la démission de X" has X below it
        out = []
        for tok in span:
            if tok.dep_ in subj and tok.head != trig and tok.head.pos_ in ("VERB", "AUX") and \
                    not trig.is_ancestor(tok) and not any(fold(k.text) in own
                                                          for k in tok.subtree) and (
                    not titled or self.rules.role.fullmatch(tok.text)):
                last = self._participle_named(tok) or tok.right_edge
                out.append((tok.left_edge.idx - self._base,
                            last.idx + len(last) - self._base))
        return out

    def _participle_named(self, subject: Token) -> Token | None:
        """The last word of the name that ends a title's phrase the parser cut at its
        participle ("Le maire récemment élu de Valbourg Paul X a salué", the title made
        the participle's subject): the place and the name are the title's."""
        run = after_bare_participle(subject.head, self.rules.agent_preps) \
            if subject.i < subject.head.i else None
        return run[-1] if run and run[-1].ent_type_ in self.rules.person_labels else None

    def _role_token(self, span: Span, text: str, pos: int, kind: str, person: str | None = None,
                    actors: frozenset[str] = frozenset(), founding: bool = False
                    ) -> tuple[int, int] | None:
        """First and last token of the role title of the change at `pos` (of `person`'s, or
        else of the `actors`' who make the change: "President X's sacking of Y")."""
        trig = token_at(span, self._base + pos)
        skip = self._agent_chars(trig) + (self._later_change_clause(trig, kind)
                                          + self._after_relative(trig) if trig else [])
        where = self.role_match(text, pos, kind, person, skip=skip, founding=founding)
        if where is None and actors:
            where = self.role_match(text, pos, kind, person, actors, founding=founding)
        if not where:
            return None
        first = token_at(span, self._base + where[0])
        last = token_at(span, self._base + where[1] - 1)
        return (first.i, last.i) if first is not None and last is not None else None


def clean_role(role: str, rules: Rules) -> str:
    role = " ".join(re.sub(r"[«»\"“”]", " ", role.lower()).split())
    return rules.role_prefixes.sub("", role) if rules.role_prefixes else role
