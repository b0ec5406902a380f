"""Changes about more than one person: the one replaced beside the newcomer ("X remplace Y",
"replaced X with Y", "successeur de Y") and the people listed as going through the same change
("X, Y et Z sont cités", "after X of Denver, Y (Austin) and Tampa's Z")."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from turnover.extract.holders import HolderRules
from turnover.extract.names import clean_name
from turnover.extract.orgs import POSSESSIVE
from turnover.extract.rules import Trigger
from turnover.extract.syntax import (
    capitalised,
    clause_of,
    is_passive,
    name_below,
    text_of,
)


class GroupRules(HolderRules):
    """Pairs (a replacement) and lists of people at a change trigger."""

    def _substituted(self, trig: Token, people: list[tuple[int, int, str]]
                     ) -> tuple[str, str] | None:
        """(newcomer, the one replaced) of an active "replaced X with Y", both people (the one
        replaced "" where a title stands for them)."""
        deps = self.rules.deps
        new = old = None
        unnamed = False  # "remplacer l'entraîneur par X": the one replaced is a title
        children = list(trig.children)
        if "Inf" in trig.morph.get("VerbForm") and trig.dep_ == "xcomp" and not any(
                c.dep_ in deps["obj"] for c in children):
            # "le conseil va remplacer X par Y" parsed with X and Y on "va": the infinitive's
            children += [c for c in trig.head.children if c.i > trig.i]
        for child in children:
            # (a "subject" after the infinitive, on the verb it hangs on, is its object)
            obj = child.dep_ in deps["obj"] or (child.head != trig and child.dep_ in deps["subj"])
            # "replaced (its chief) X with Y" parsed with "with Y" under X: the newcomer all
            # the same
            substitutes = [child] if child.dep_ == "prep" else [
                c for c in child.subtree if c.dep_ == "prep" and child in (c.head, c.head.head)
            ] if obj else []
            for prep in substitutes:
                if prep.lower_ in self.rules.substitute_preps:
                    for g in prep.children:
                        new = new or self.person_at(g, people) or name_below(g, people)
            if child.dep_ == "prep":
                continue
            elif child.dep_ in deps["agent"] | deps["noun_arg"] and not is_passive(
                    trig, deps) and any(
                    c.dep_ == "case" and c.lower_ in self.rules.agent_preps
                    for c in child.children):  # "remplacer Y par X", active: X comes in
                new = new or self.person_at(child, people)
            elif obj:
                if not is_passive(trig, deps):
                    # "a remplacé l'entraîneur X par Y" parsed with "par Y" under the object
                    for g in child.subtree:
                        if g.head in (child, child.head) and g != child and any(
                                c.dep_ == "case" and c.lower_ in self.rules.agent_preps
                                for c in g.children):
                            new = new or self.person_at(g, people)
                old = old or self.person_at(child, people) or name_below(child, people)
                if old is None and self.rules.pronouns.get(child.lower_) in ("m", "f"):
                    # "fired X and replaced him with Y": the one the pronoun stands for
                    old = self.antecedent(child, people, exclude=[new] if new else [])
                unnamed = unnamed or bool(self.rules.role.fullmatch(child.text))
        if old == new:
            old = None  # the newcomer found below the object: "le procureur par Y"
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

    def _group(self, trig: Token, span: Span, people: list[tuple[int, int, str]],
               names: list[str], syntactic: bool) -> tuple[list[str], bool, int | None]:
        """Everyone a speculation names: the people listed after a colon (or a verb that
        opens a list: "parmi les partants figurent X et Y") that follows the trigger ("deux
        favoris : X et Y"), else the ones found and the names coordinated with
        them ("X, Y et Z sont cités comme candidats")."""
        doc = span.doc
        colon = next((k for k in range(trig.i + 1, min(span.end, trig.i + 12))
                      if doc[k].text == ":" or doc[k].lower_ in self.rules.list_verbs), None)
        if colon is not None:  # (never a name in an item's complement: "X, nommé ministre
            # en remplacement de Y")
            preps = self.rules.org_preps | self.rules.agent_preps
            after = list(dict.fromkeys(name for s, _, name in people
                                       if s > colon and doc[s - 1].lower_ not in preps))
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
        if subj.lower_ in self.rules.name_nouns:
            last = self._items_after(trig.doc, last, trig.sent.end)
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

    def _items_after(self, doc: Doc, last: int, end: int) -> int:
        """The last token of the "de" items that go on past `last` ("les noms du maire X, du
        procureur Y, ou encore de Z, devenu député"): the parser hangs the later items on the
        verb, out of the list's subtree."""
        k = last + 1
        while k < end and doc[k].text == ",":
            j = k + 1
            while j < end and doc[j].pos_ in ("CCONJ", "ADV"):  # ", ou encore de Z"
                j += 1
            if j >= end or doc[j].lower_ not in self.rules.from_preps:
                break
            k = next((i for i in range(j, end) if doc[i].text == ","), end)
            last = k - 1
        return last

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
