"""Which of the people of a sentence a change trigger is about (`HolderRules.persons_for`):
syntax first (subject, object, possessor, apposition, the name a title stands by, a participle
or a clause climbed up to its subject), then proximity; whether what a change is about is a
person at all (a person left, a thing replaced); who makes a change done to someone. The second
person of a pair and lists of several people: groups.py."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from turnover.extract.names import first_names, fold, gender
from turnover.extract.people import PeopleRules
from turnover.extract.rules import Trigger
from turnover.extract.syntax import (
    after_bare_participle,
    capitalised,
    complement,
    indefinite,
    is_passive,
    name_below,
    preposition,
    quoted,
    reacts_to,
    split_after_preposition,
    text_of,
)


class HolderRules(PeopleRules):
    """Deciding which person a change trigger is about."""

    def persons_for(self, trig: Token, t: Trigger, people: list[tuple[int, int, str]],
                    span: Span) -> tuple[list[str], bool]:
        """The people a trigger is about, and whether syntax (not proximity) found them: the
        holder of a title, the one a change noun or a change verb is about, else the
        nearest person."""
        deps = self.rules.deps
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
        if t.arg == "subj" and trig.dep_ == "csubj":
            # "taking over will be X": the change, subject of a copula, is the one its
            # complement names (nobody, where that names no one)
            attrs = [c for c in trig.head.children if c.dep_ in ("attr", "acomp")]
            name = next((self.person_at(a, people) or name_below(a, people) for a in attrs),
                        None)
            return ([name] if name else []), True
        if t.arg == "subj" and trig.pos_ in ("VERB", "AUX"):
            speaker = self._quoted_speaker(trig, span, people)
            if speaker is not None:
                return [speaker], True
        comma = self._fronted_founding(trig, span) if t.action == "found" else None
        if comma is not None:
            # "Cofondé en 2004 par X et Y, Z a ...": the founders are the phrase's agents,
            # or no one named (two press groups), never a name in the main clause
            agents = [name for s, _, name in people if trig.i < s < comma and any(
                span.doc[k].lower_ in self.rules.agent_preps for k in range(trig.i + 1, s))]
            return agents, True
        if trig.pos_ in ("VERB", "ADJ") and "Plur" in trig.morph.get("Number") and any(
                c.dep_ == "det" and c.i < trig.i for c in trig.children) and not any(
                c.dep_ in deps["appos"] and self.person_at(c, people) for c in trig.children):
            return [], True  # "les limogés de l'ère X": a plural participle with its
            # article is a group the text leaves unnamed, never X
        if t.arg != "noun":
            gerund = t.arg == "subj" and self._gerund(trig)
            fronted = self._gerund_subject(trig, people) if gerund else \
                self._fronted_participle(trig, span, people)
            if fronted is not None:
                return fronted, True
        if t.arg == "subj" and any(c.dep_ in deps["subj"] and self._people_unnamed(c) and
                                   not name_below(c, people) for c in trig.children):
            return [], True  # "ces cinq journalistes démissionnent": a group left unnamed
        if trig.pos_ in ("NOUN", "PROPN") or t.arg == "noun":
            found = self._persons_of_noun(trig, t, people, span)
        elif t.arg == "subj" and trig.pos_ == "ADP" and trig.head.head.pos_ == "VERB" and any(
                c.kind != t.kind for c in self._change_at(trig.head.head)):
            # "elle a quitté A pour B": B's newcomer is the one who leaves, the subject of
            # the change the preposition's phrase hangs on, never a name further on
            found = self._persons_of_verb(trig.head.head, t, people, span)
        else:
            found = self._persons_of_verb(trig, t, people, span)
        if found is None and trig.pos_ == "VERB" and trig.dep_ == "conj" and not any(
                c.dep_ in deps["subj"] for c in trig.children):
            # "X, ..., a rompu avec le parti mais n'a pas rejoint Y", parsed as a
            # verb conjoined to the name itself: that name's
            name = self.person_at(trig.head, people)
            found = ([name], True) if name else None
        if found is None and trig.pos_ == "NOUN" and not t.pair and any(
                c.lower_ in self.rules.possessives for c in trig.children):
            # "sa démission, convenue avec X": a possessive's holder, where it stands after
            # the noun, is never a verb's complement ("après son départ, X a ...")
            objects = deps["obj"] | deps["agent"] | deps["noun_arg"]
            people = [p for p in people if p[0] < trig.i
                      or span.doc[p[0]:p[1]].root.dep_ not in objects - deps["appos"]]
        names, syntactic = found if found is not None else self._nearest_persons(
            trig, t, people, span)
        feminine = self.rules.feminine_participle
        if t.arg == "obj" and feminine and "Part" in trig.morph.get("VerbForm") and \
                feminine.search(trig.lower_):
            # "nommée Première ministre, suite au départ de David X": the participle agrees
            # with the one named, never a man
            names = [n for n in names if gender(n) != "m"]
        return names, syntactic

    def _fronted_founding(self, trig: Token, span: Span) -> int | None:
        """The comma closing the phrase of a founding participle that opens the sentence
        ("Cofondé en 2004 par ..., Norlis a ..."), whatever the parser made of it; None
        where the trigger is no such participle."""
        ending = self.rules.participle_ending
        if trig.i != span.start or not ("Part" in trig.morph.get("VerbForm")
                                        or (ending and ending.search(trig.lower_))):
            return None
        return next((k for k in range(trig.i + 1, span.end) if span.doc[k].text == ","), None)

    def _quoted_speaker(self, trig: Token, span: Span, people: list[tuple[int, int, str]]
                        ) -> str | None:
        """"« J'ai décidé de démissionner », a déclaré X", "X a dit : « Je pars »": a change
        the speaker tells in the first person is the speaker's, the name the sentence gives
        outside the quotation (first after it, else last before it); None elsewhere."""
        deps, node = self.rules.deps, trig
        subj = None
        for _ in range(3):  # "j'ai décidé de démissionner": the subject of the verb above
            subj = next((c for c in node.children if c.dep_ in deps["subj"]), None)
            if subj is not None or node.dep_ not in ("xcomp", "conj") or node.head == node:
                break
            node = node.head
        if subj is None or subj.lower_ not in self.rules.speaker_pronouns:
            return None
        inside = quoted(span, closed=True)
        if subj.i not in inside:
            return None
        end = next((k for k in range(subj.i, span.end) if k not in inside), span.end)
        outside = [p for p in people if span.start <= p[0] < span.end and p[0] not in inside]
        # the speaker stands right after the quotation (", a déclaré jeudi X") or before it
        after = [p for p in outside if end <= p[0] <= end + 6]
        before = [p for p in outside if p[1] <= subj.i]
        return after[0][2] if after else before[-1][2] if before else None

    def _persons_of_noun(self, trig: Token, t: Trigger, people: list[tuple[int, int, str]],
                         span: Span) -> tuple[list[str], bool] | None:
        """The people a change noun is about ("la démission de X", "son départ", "X's
        ouster", "le successeur de Y, X"); None where syntax does not tell."""
        deps = self.rules.deps
        if any(c.dep_ == "det" and "Dem" in c.morph.get("PronType") for c in trig.children):
            return [], True  # "ce départ", "cette nomination": a change stated before
        dated = [c for c in trig.children if c.dep_ in deps["noun_arg"] | deps["poss"]]
        if any(self.rules.dates.is_weekday(c.text) and (c.dep_ in deps["poss"] or any(
                k.dep_ == "case" for k in c.children)) for c in dated) and not any(
                c.lower_ in self.rules.possessives for c in trig.children) and not any(
                self.person_at(c, people) or name_below(c, people) for c in dated):
            return [], True  # "la démission de lundi", "Monday's resignation": a change the
            # text told before, never a name further on (but "sa démission de lundi")
        if t.pair and (trig.dep_ in deps["obj"] or trig.dep_.startswith("obl")) and any(
                c.dep_ == "det" and "Ind" in c.morph.get("Definite")
                for c in trig.children) and not any(
                p[0] > trig.i and span.doc[p[0] - 1].text in (":", ",") for p in people):
            return [], True  # "trouver un successeur à X": the newcomer is unnamed (but
            # "X a un successeur : Y")
        if trig.pos_ == "ADP" and trig.dep_ == "case" and trig.head.ent_type_ in \
                self.rules.org_labels | self.rules.place_labels and \
                not self.person_at(trig.head, people):
            return [], True  # "passe la main à Vitré": handed over where, not to whom
        noun = trig.head if trig.pos_ == "ADP" else trig
        if noun.pos_ == "NOUN" and noun.head != noun and noun.head.pos_ in ("NOUN", "ADJ") and \
                noun.head.i < noun.i and preposition(noun) not in self.rules.from_preps \
                and not any(k.is_punct for k in noun.doc[noun.head.i:noun.i]) \
                and not any(c.lower_ in self.rules.possessives for c in noun.children) \
                and any(c.dep_ == "det" and "Ind" in c.morph.get("Definite")
                        for c in noun.head.children):
            # "un autre collaborateur sur le départ": someone unnamed (but "une vague de départs",
            # whose complement may name them)
            return [], True
        if trig.pos_ == "ADP" and trig.head.pos_ == "NOUN" and \
                trig.head.dep_ in deps["noun_arg"]:
            # "X sur le départ, Y livre ...": the change noun hangs on the one it is about
            # ("aux eurodéputés sur le départ": people left unnamed)
            holder = trig.head.head
            name = self.person_at(holder, people)
            if name or (holder.pos_ == "NOUN" and "Plur" in holder.morph.get("Number")):
                return ([name] if name else []), True
        slots = deps["noun_arg"] | deps["poss"] | deps["appos"]
        children = list(trig.children)
        # (a pair's noun too: "once a successor is found" names no newcomer)
        if not (t.group or t.listing) and trig.pos_ == "NOUN" and (indefinite(trig) or (
                "Plur" in trig.morph.get("Number") and not any(
                    c.lower_ in self.rules.possessives for c in children))) and not any(
                (c.dep_ in slots or c.dep_ in deps["subj"]) and (
                    self.person_at(c, people) or name_below(c, people))
                for c in children) and not self._copula_subject(trig, people) and not (
                trig.dep_ in deps["appos"] and self.person_at(trig.head, people)):
            return [], True  # "déclencher un licenciement", "les démissionnaires": anyone
        if t.arg == "obj":  # "Y's choice for surgeon general, TV doctor X, ...": an
            # apposition the parser took for a subject
            comma = trig.right_edge.i + 1
            # (not when the phrase names the one it is about: "la nomination de X en tant que
            # président du pays, Y a tenu à ...")
            if comma < span.end and span.doc[comma].text == "," and not any(
                    trig.i < p[0] < comma and span.doc[p[0] - 1].lower_ not in
                    self.rules.agent_preps for p in people):
                for s, e, name in people:
                    if comma < s <= comma + 5 and not any(  # (no clause: "..., il portait X")
                            tok.is_punct or tok.pos_ in ("VERB", "AUX")
                            for tok in span.doc[comma + 1:s]) and not reacts_to(
                                span.doc[s:e].root, trig, self.rules):
                        return [name], True
        if t.kind == "end" and trig.dep_ in deps["obj"] and any(
                c.dep_ in slots and self.rules.government.body.fullmatch(c.lower_) and any(
                    d.lower_ in self.rules.possessives for d in c.children) for c in children):
            # "X a remis la démission de son gouvernement au président Y": X's own
            subject = next((c for c in trig.head.children if c.dep_ in deps["subj"]), None)
            name = self.person_at(subject, people) if subject is not None else None
            if name:
                return [name], True
        if t.arg == "obj":  # "Kiir's sacking of Machar": the one sacked, not who sacks
            children.sort(key=lambda c: c.dep_ in deps["poss"])
        possessed = False
        if any(c.lower_ in self.rules.speaker_possessives for c in children):
            # "« J'ai prévenu X de ma démission », a déclaré Y": the speaker, never a name
            # the quotation holds
            return [p[2] for p in self._outside_quotes(span, people)[-1:]], True
        for child in children:
            if any(c.dep_ == "case" and c.lower_ in self.rules.agent_preps
                   for c in child.children):
                if not t.pair:
                    continue  # "sa nomination par X": X names, another is named
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
            if preposition(child) in self.rules.recipient_preps:
                continue  # "sa démission au président X": the one it is handed to
            if child.dep_ in slots or child.dep_ in deps["subj"]:
                if child.lower_ in self.rules.kin_nouns:
                    # "le licenciement du frère de X" is about the brother, not X
                    name = self._apposed_name(child, people)
                    return ([name] if name else []), True
                # "la nomination d'un proche de X": someone unnamed, not X
                name = self.person_at(child, people) or name_below(
                    child, people, skip=deps["noun_arg"] if indefinite(child) else frozenset())
                if name and not self.person_at(child, people) and not indefinite(child) and (
                        self.rules.role.fullmatch(child.text)
                        or child.lower_ in self.rules.person_nouns) and any(
                        p[2] == name and self._of_name(p, span.doc) and self._possessor(p, child)
                        for p in people):
                    # "le limogeage de la directrice de cabinet de X, la préfète Y": Y,
                    # never X whose director she was
                    name = self._apposed_name(child, people)
                    return ([name] if name else []), True
                if name:
                    listed = self._with_conj(child, name, people)
                    if "Plur" in trig.morph.get("Number"):
                        listed += [n for n in self._listed_after(child, span, people)
                                   if n not in listed]
                    return listed, True
                title = self.rules.role.match(child.doc.text, child.idx, child.idx + 60) \
                    if complement(child, deps) else None
                if title and not self._named_after(title.end(), people, child.doc):
                    # "la démission du ministre de l'Intérieur", "de la chef de file LR":
                    # unnamed (not "de son numéro deux, X")
                    return [], True
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
                # never one the verb addresses the change to ("le ministre a présenté sa
                # démission au président X"): X receives it
                verb = trig.head if trig.dep_ in deps["obj"] else None
                # (not a clause the parser conjoined: "qu'elle vient de remettre sa démission,
                # X est")
                handed = [c for c in verb.children if c != trig and c.dep_ not in deps["subj"]
                          and c.pos_ not in ("VERB", "AUX")] if verb is not None else []
                handed += [c for c in trig.children  # (or hung on the noun: "au président X")
                           if preposition(c) in self.rules.recipient_preps and (
                               c.pos_ == "PROPN" or self.rules.role.fullmatch(c.text)
                               or c.lower_ in self.rules.person_nouns)]
                addressed = {p[2] for p in people if p[0] > trig.i and any(
                    p[0] in {k.i for k in c.subtree} for c in handed)}
                owner = self._announcer(trig, child, people)
                if owner == "":
                    return [], True
                owner = owner or self._time_phrase_subject(trig, child, people)
                if owner is None:
                    owner = self._participle_subject(trig, people)
                if owner is None:
                    owner = self._reporter(trig, people)
                if owner == "":
                    return [], True  # the subject's, someone described the text never named
                if owner and owner not in addressed:
                    # "X a annoncé son départ", "X a rencontré Y après sa démission"
                    return [owner], True
                name = self.antecedent(trig, people, addressed)
                if name or addressed:
                    return ([name] if name else []), True
                if self._unnamed_clause_subject(trig, people):
                    return [], True  # "the man ... because he was furious over his firing"
        head = trig.head
        owner = self._possessed_holder(trig, t, people)
        if owner:
            return [owner], True
        if t.pair and trig.pos_ == "NOUN":
            after = next((p for p in people if 0 < p[0] - trig.i <= 5), None)
            if after and span.doc[after[0] - 1].pos_ not in ("ADP", "DET") and not any(
                    k.is_punct or k.pos_ in ("VERB", "AUX") or k.lower_ in self.rules.org_preps
                    for k in span.doc[trig.i + 1:after[0]]):  # (not "the successor of X")
                # "son successeur aujourd'hui en fonction X": the name the noun runs into,
                # whatever the parser hung the noun on
                return [after[2]], True
        if trig.dep_ in deps["appos"] | {"amod", "nmod", "acl", "compound"} and head != trig:
            name = self.person_at(head, people) or self._copula_subject(head, people) or (
                self._apposed_as_conjunct(head, people))
            if name:
                return [name], True
        name = self._copula_subject(trig, people)
        if name:
            return [name], True
        top = trig.head if trig.dep_ == "case" else trig  # "sur le départ"
        holder = top.head
        if top.dep_ in {"nmod", "amod", "acl", "appos"} and holder != top and \
                holder.pos_ == "NOUN" and (self.rules.role.fullmatch(holder.text)
                                           or holder.lower_ in self.rules.person_nouns) and \
                not self.person_at(holder, people) and any(
                    self._of_name(p, span.doc) and span.doc[p[0]].head == holder
                    for p in people):
            return [], True  # "un conseiller de X sur le départ": the adviser, unnamed
        if possessed:
            return [], True
        if t.action == "dismiss" and trig.pos_ == "NOUN" and any(
                c.dep_ in deps["noun_arg"] and c.pos_ == "NOUN" and not c.ent_type_
                and not self.rules.names_people(c.lower_)
                and c.lower_ not in self.rules.org_noun_words and not name_below(c, people)
                for c in trig.children):
            return [], True  # "la révocation de la licence": a thing's, nobody's
        return None

    def _named_after(self, end: int, people: list[tuple[int, int, str]], doc: Doc) -> bool:
        """A name, or the surname of someone the article names, follows the title ending at
        the character `end`: right away, past a particle, or apposed past its complement
        ("du général de Villiers", "de son numéro deux, X", "du chef d'état-major des
        armées, X")."""
        words = doc.text[end:end + 60].replace(",", " ").split()[:3]
        if words and words[0].lower() in self.rules.name_particles:
            words = words[1:]
        if words and self.inv.is_known_surname(words[0].strip(".:;")):
            return True
        for s, _, _ in people:
            gap = doc.text[end:doc[s].idx]
            if doc[s].idx < end or len(gap) > 40:
                continue
            apposed = gap.rstrip().endswith(",") and gap.count(",") == 1
            beside = len(gap.split()) <= 1 and all(w.lower() in self.rules.name_particles
                                                   for w in gap.split())
            if apposed or beside:
                return True
        return False

    def _persons_of_verb(self, trig: Token, t: Trigger, people: list[tuple[int, int, str]],
                         span: Span) -> tuple[list[str], bool] | None:
        """The people a change verb is about: its subject or object, climbing from a
        participle, a relative or a subordinate clause to the clause that names them; None
        where syntax does not tell."""
        deps = self.rules.deps
        passive = is_passive(trig, deps)
        agent = next((c for c in trig.children if c.dep_ in deps["agent"]), None)
        if t.arg == "subj" and passive and agent is not None and t.action == "join":
            # "X est rejoint par Y": X joins nothing; Y may join X's show or just X's company
            # on the spot ("les pompiers, rejoints par le maire"): nobody the verb tells of
            return [], True
        if t.arg == "subj" and passive and agent is not None and t.action != "found":
            # "la relève est assurée par X, Y et Z": the agents take over
            name = self.person_at(agent, people)
            if not name:
                return [], True
            listed = self._with_conj(agent, name, people)
            return listed + [n for n in self._listed_after(agent, span, people)
                             if n not in listed], True
        if t.action == "found" and agent is not None and (passive or (
                trig.dep_ in {"acl", "amod"} and "Part" in trig.morph.get("VerbForm"))):
            # "Vegetis, fondée par X", "was founded by X": the one who acts is the agent;
            # "fondée par d'anciens salariés": someone unnamed
            target = next((g for g in agent.children if g.dep_ in deps["agent"]), agent)
            # "fondée par des proches de X": a common noun's complement names someone else
            name = self.person_at(target, people) or name_below(
                target, people, deps["noun_arg"] if target.pos_ == "NOUN" else frozenset())
            return (self._with_conj(target, name, people) if name else []), True
        controlled = self._object_control(trig, t, people)
        if controlled is not None:
            return controlled
        if t.arg == "obj" and not passive:
            antecedent = self._object_relative_antecedent(trig)
            if antecedent is not None:  # "les magistrats qu'elle compte nommer": the
                # magistrates, unnamed; "X, que le conseil a nommé": X
                name = self.person_at(antecedent, people)
                return ([name] if name else []), True
        noun = self._described_noun(trig)
        if noun is not None and (t.arg == "obj" or trig.pos_ == "ADJ" and any(
                c.dep_ == "det" for c in noun.children) and self.rules.role.fullmatch(
                noun.text) and noun.left_edge.i > 0 and
                noun.doc[noun.left_edge.i - 1].text != ","):
            # "reçoit le préfet limogé": the participle describes its noun, the one changed
            # (a title unnamed there names nobody), never the clause's subject; so does an
            # adjective ("a soutenu le maire démissionnaire"; but "X, trésorier démissionnaire
            # de Y": X's own title)
            name = self.person_at(noun, people) or self._apposed_name(noun, people) or \
                self._copula_subject(noun, people)  # "X became the fifth coach fired"
            return ([name] if name else []), True
        head = trig.head
        if trig.dep_ in {"acl", "amod"} and head.i < trig.i and all(
                trig.doc[k].pos_ == "ADV" for k in range(head.i + 1, trig.i)) \
                and head.dep_ in deps["subj"] \
                and head.head.i > trig.i and self.rules.role.fullmatch(head.text) and any(
                    c.dep_ == "det" for c in head.children) and not self.person_at(head, people) \
                and not self._apposed_name(head, people):
            # "le Premier ministre désigné a reçu le président X": the subject described,
            # unnamed here, never a name its verb governs
            return [], True
        if trig.dep_ in {"acl", "amod"} and head.i < trig.i and trig.doc[trig.i - 1].text == "," \
                and "Part" in trig.morph.get("VerbForm") and self._describes_person(head) and \
                not self.person_at(head, people) and not self._apposed_name(head, people):
            # "L'ancien directeur de campagne de X, devenu député": the director, named
            # elsewhere or not at all, never X whose director he was
            if indefinite(head):
                return [], True  # "une élue, poussée à la démission": someone unnamed
            main = self.described_one(head, people)
            inside = {n for s_, _, n in people if head.i < s_ < trig.i}
            return ([main] if main and main not in inside else []), False
        want = deps["obj"] if t.arg == "obj" and not passive else deps["subj"]
        verb = trig
        phrase = t.regex.match(text_of(trig.doc), trig.idx)
        inside = phrase.end() if phrase else trig.idx  # "parted ways with": "ways" is no
        # object of its own
        lead = next((p for p in people if p[0] == span.start), None)
        before = trig.i - 1
        while before > span.start and trig.doc[before].pos_ == "AUX":
            before -= 1
        # (the verb an infinitive completes: "et X vient de quitter Y")
        finite = trig.head if "Inf" in trig.morph.get("VerbForm") and trig.dep_ == "xcomp" \
            and not any(c.dep_ in want for c in trig.children) else trig
        if want == deps["subj"] and finite.pos_ in ("VERB", "AUX") and (
                "Fin" in finite.morph.get("VerbForm")
                or any(c.dep_.startswith("aux") for c in finite.children)) and not any(
                c.dep_ in want for c in finite.children):
            # "X lui succède", "X l'a remplacé" parsed without a subject: the name right
            # before the verb and its clitics is its subject
            k = finite.i - 1
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
            if want == deps["subj"] and verb.dep_ in deps["relcl"] and \
                    verb.head.lower_ in self.rules.unnamed_heads:
                # "celle qui remplacera X": the newcomer is unnamed, unless the pronoun is
                # apposed to a name ("Y, celle qui a remplacé X")
                head = verb.head
                holder = self.person_at(head.head, people) if head.dep_ in deps["appos"] and \
                    head.head.i < head.i and head.doc[head.i - 1].text == "," else None
                return ([holder] if holder else []), True
            if verb.head.lower_ in self.rules.kin_nouns and (
                    verb.dep_ in {"acl", "amod", "acl:relcl", "relcl"} or (
                        verb.dep_ == "conj" and any(self.person_at(c, people) for c in
                                                    verb.head.children))):
                # "le frère de X licencié par ...": the brother, not X; "Y, petit-fils de X
                # et récemment nommé président": Y, named before the relative's title
                edge = verb.head.left_edge.i - 1
                name = self._apposed_name(verb.head, people) or (next(
                    (n for _, e, n in people if e == edge), None)
                    if edge > 0 and verb.doc[edge].text == "," else None)
                return ([name] if name else []), True
            asked = span.doc[span.end - 1].text == "?" or span.doc[
                span.end - 2:span.end].text.startswith("?")
            if want == deps["subj"] and verb.dep_ not in deps["relcl"] and any(
                    c.dep_ in want and c.lower_ in self.rules.relatives and c.i < verb.i
                    and ("Int" in c.morph.get("PronType") or asked) for c in verb.children):
                return [], True  # "qui pourrait le remplacer ?": asked, nobody named
            rel = next((c for c in verb.children if c.dep_ in want and c.i < verb.i
                        and c.lower_ in self.rules.relatives), None) \
                if want == deps["subj"] and (verb.dep_ in deps["relcl"] or
                                             self._subject_after_relative(verb)) else None
            if rel is not None and rel.i - 1 > span.start:
                # "succéder au député X, qui a démissionné": the name right before the
                # relative pronoun (and its comma), whatever noun the parser hung it on;
                # also "Y, qui remplace X à la présentation", where the parser took X after
                # the verb for a second subject
                k = rel.i - 1 if span.doc[rel.i - 1].text != "," else rel.i - 2
                before_rel = next((p for p in people if p[1] == k + 1), None)
                name = before_rel[2] if before_rel else None
                owner = span.doc[before_rel[0]].head if before_rel else None
                if owner is not None and k == rel.i - 1 and \
                        owner.lower_ in self.rules.kin_nouns and indefinite(owner):
                    return [], True  # "c'est un proche de X qui devrait lui succéder"
                if name is None and k < rel.i - 1:
                    # "au député X, élu depuis 2007, qui a démissionné": past an apposition
                    # set off by commas, with no name nor finite verb in it
                    comma = next((j for j in range(k, max(span.start, k - 8), -1)
                                  if span.doc[j].text == ","), None)
                    if comma is not None and not any(
                            "Fin" in span.doc[j].morph.get("VerbForm") or any(
                                p[0] <= j < p[1] for p in people) for j in range(comma, k + 1)):
                        name = next((p[2] for p in people if p[1] == comma), None)
                if name:
                    return [name], True
            if t.pair and verb == trig and not passive and any(
                    indefinite(c) and any(g.dep_ == "case" and g.lower_ in
                                          self.rules.agent_preps for g in c.children)
                    for c in verb.children):
                return [], True  # "qui l'avait remplacé par un acteur": unnamed newcomer
            thing = False  # the slot holds something else than a person
            quotation = quoted(span, closed=True)
            # a name after the verb taken for a second subject is its object ("Le conseil a
            # désigné Hugo Lenoir comme président", "L'ancien footballeur remplace ainsi X")
            subjects = [c for c in verb.children if c.dep_ in deps["subj"]]
            objects = [c for c in subjects[1:] if c.i > verb.i] if verb == trig and \
                not passive and subjects and subjects[0].i < verb.i else []
            if verb == trig and not passive and t.action == "join" and len(subjects) == 1 and \
                    subjects[0].i == verb.i + 1 and subjects[0].pos_ == "PROPN" and any(
                        c.dep_.startswith("aux") for c in verb.children) and not any(
                        c.dep_ in deps["obj"] for c in verb.children):
                objects = subjects  # "(il) avait rallié X en 2017": X is who is joined
            if want == deps["obj"] and objects:
                name = self.person_at(objects[-1], people)
                if name:
                    return [name], True
            if want != deps["subj"]:
                objects = []
            elif not subjects:  # "Ce dernier démissionnera", parsed as the verb's modifier
                latter = next((c for c in verb.children if c.lower_ in self.rules.latter
                               and span.start < c.i < verb.i
                               and span.doc[c.i - 1].pos_ == "DET"), None)
                if latter is not None:
                    name = self.antecedent(latter, people)
                    return ([name] if name else []), True
            # a named subject first: "Le milieu de terrain X quitte", parsed as two subjects
            for child in sorted(verb.children, key=lambda c: not (
                    c.dep_ in want and self.person_at(c, people))):
                if verb == trig and trig.idx < child.idx < inside or child in objects or \
                        want == deps["subj"] and self._object_of_infinitive(trig, verb, child) or \
                        self._before_its_mark(verb, child) or \
                        self._speaker_of_quotation(verb, child, quotation):
                    continue
                if child.dep_ in want and self._plural(child):
                    group = self.group_before(child, people)
                    # "ils sont partis" with no group named: never one person nearby
                    return group, True
                if child.dep_ in want and child.pos_ == "NOUN" and "Plur" in \
                        child.morph.get("Number") and not self.person_at(child, people) \
                        and not self.rules.role.fullmatch(child.text):
                    return [], True  # "dix-sept collaborateurs de X ont quitté": unnamed
                if child.dep_ in want and any(c.dep_ == "det" and c.lower_ in
                                              self.rules.negative_determiners
                                              for c in child.children):
                    return [], True  # "aucun membre du parti n'entrera au gouvernement"
                if child.dep_ in want and child.lower_ in self.rules.kin_nouns:
                    # "a limogé le prédécesseur de X, Y": Y, never X
                    name = self._apposed_name(child, people)
                    return ([name] if name else []), True
                if child.dep_ in want and child.lower_ in self.rules.pronouns and (
                        self._speaker(child, people) == ""
                        or self._unnamed_clause_subject(child, people)
                        or self.rules.impersonal and self.rules.impersonal.match(
                            text_of(child.doc), child.idx)):
                    return [], True  # "le chancelier a indiqué qu'il démissionnerait", "si
                    # un ministre est condamné, il doit démissionner": someone unnamed
                if child.dep_ in want:
                    name = self.person_at(child, people)
                    if name and want == deps["subj"] and self._title_in_a_complement(
                            child, people):
                        return [], True
                    if not name and self._describes_person(child):
                        # "l'ancienne conseillère de X a été nommée": not X
                        name = name_below(child, people, skip=self.rules.deps["noun_arg"]
                                               | self.rules.deps["relcl"])
                    elif not name:  # never inside a relative clause or a participle
                        # on the slot ("le gendarme chargé d'enquêter sur le ministre X")
                        # nor the one a title belongs to ("le chef d'état-major de X
                        # quitte ses fonctions": X's officer leaves, not X)
                        name = name_below(child, [p for p in people if not self._under_verb(
                            child.doc[p[0]], child) and not self._of_name(p, child.doc)
                                                            and not (self._common_noun(child) and
                                                                     self._possessor(p, child))],
                                          skip=self.rules.deps["relcl"])
                    if name:
                        listed = self._with_conj(child, name, people)
                        return listed + [n for n in self._split_subjects(verb, child, people)
                                         if n not in listed], True
                    if indefinite(child) or "Ind" in child.morph.get("PronType") or \
                            "Ind" in child.morph.get("Definite"):
                        return [], True  # "un adjoint démissionne", "nommer quelqu'un"
                    if self._describes_person(child):
                        named = self._named_past_participle(trig, verb, child, people)
                        if named:
                            return [named], True
                        # "cette nouvelle recrue a quitté...": the one it stands for,
                        # unless the phrase names them as someone else's ("le directeur de
                        # cabinet de X") or they act on it ("X désignera sa candidate")
                        main = self.described_one(child, people)
                        own = {n for s_, _, n in people  # after "de": a possessor
                               if child.left_edge.i < s_ <= child.right_edge.i
                               and child.doc[s_ - 1].dep_ == "case"}
                        # who acts, in this clause or the one it hangs on ("X a-t-il eu
                        # raison de congédier sa directrice ?"), is not who is acted on
                        clauses = [verb, verb.head, verb.head.head]
                        acting = {self.person_at(c, people) for v in clauses
                                  for c in v.children
                                  if c.dep_ in deps["subj"]} if want != deps["subj"] \
                            else set()
                        # (nor the one the change is handed to: "le Premier ministre a
                        # passé les rênes à X")
                        handed = {self.person_at(c, people) or name_below(c, people)
                                  for c in verb.children
                                  if preposition(c) in self.rules.recipient_preps}
                        if main in own | acting | handed:
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
            while comma > span.start and (span.doc[comma].pos_ == "ADV" or (
                    span.doc[comma].dep_ == "advmod" and span.doc[comma].head == verb)):
                comma -= 1  # "le maire sortant, pourtant rallié à X"; "X, alors
                # fraîchement nommé" (the parser may tag the adverb a noun)
            if span.doc[comma].text == ")":  # "succéder à X (LR) devenu maire de Y": the
                # name before a bracketed party stands where the comma would
                opening = next((k for k in range(comma - 1, max(span.start, comma - 6), -1)
                                if span.doc[k].text == "("), None)
                if opening is not None and any(p[1] == opening for p in people):
                    comma = opening
            if want == deps["subj"] and verb.dep_ in ("advcl", "acl") and "Part" in \
                    verb.morph.get("VerbForm") and comma > span.start and \
                    span.doc[comma].text in (",", "("):
                # "Interrogé sur X, promis à devenir président, Y assure...": the
                # participle set after the name describes it, not the main clause's subject
                at = next((p for p in people if p[1] == comma), None)
                if at and self._complement_only(span, at[0]):
                    # "... ministre du gouvernement de X, évincé par une affaire": X only
                    # names the government; the participle is the clause subject's
                    subj = next((c for c in verb.sent.root.children
                                 if c.dep_ in deps["subj"]), None)
                    name = None if subj is None else self.antecedent(subj, people, {at[2]}) \
                        if subj.lower_ in self.rules.pronouns else self.person_at(subj, people)
                    return ([name] if name else []), True
                if at:
                    return [at[2]], True
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
            if verb.dep_ == "ccomp" and want == deps["subj"] and any(
                    "Fin" in v.morph.get("VerbForm") for v in [verb, *verb.children]
                    if v == verb or v.dep_.startswith("aux")):
                # "X a indiqué qu'un manifestant ... était décédé", the subject misparsed
                # away: a finite clause said is never its sayer's change
                return [], False
            if verb.dep_ in {"xcomp", "conj", "ccomp", "advcl", "acl", "acl:relcl", "relcl"} \
                    and verb.head != verb and want == deps["subj"]:
                if verb.dep_ in deps["relcl"] | {"acl"}:
                    name = self.person_at(verb.head, people)
                    if not name and verb.head.dep_ in deps["appos"] and not any(
                            k.text in (":", ";") for k in
                            span.doc[verb.head.head.i:verb.head.left_edge.i]):
                        # "X, a champion who retired": the noun stands for the name (not
                        # past a colon: "X moqué : une élue poussée à la démission")
                        name = self.person_at(verb.head.head, people)
                    if not name:  # "she was the first woman to be elected to X"
                        name = self._copula_subject(verb.head, people)
                    if name:
                        return [name], True
                    # (right after the noun: "la décision de X de quitter" is X's)
                    clause = self._verb_of_phrase(verb.head) if "Inf" in verb.morph.get(
                        "VerbForm") and verb.i - verb.head.i <= 3 else None
                    if clause is not None:  # "X is in talks to become CEO": X's, not the talks'
                        verb = clause
                        continue
                    if "Inf" in verb.morph.get("VerbForm") and \
                            verb.head.lower_ in self.rules.intent_nouns and \
                            verb.head.dep_ in deps["obj"] and verb.head.head != verb.head:
                        # "X a annoncé son intention de quitter Y", "X has no plans to
                        # leave": whoever has the intention, the subject of its verb
                        verb = verb.head.head
                        continue
                    if verb.pos_ == "VERB" and (self._is_thing(verb.head, people)
                                                or indefinite(verb.head)):
                        return [], True  # "le cortège parti de", "une élue poussée à"
                choosing = self.rules.chooses(verb.head.text)
                if verb.dep_ == "xcomp" or verb.dep_ == "advcl" and choosing:
                    # "asked X to join": X joins, not who asks; "Vox choisit X pour
                    # remplacer Y", "Pour lui succéder, Vox a choisi X": the one chosen
                    # (or past a purpose clause with its own object: "va nommer pour le
                    # remplacer X")
                    fronted = verb.i < verb.head.i or (
                        choosing and any(g.dep_ in deps["obj"] for g in verb.children))
                    for c in verb.head.children:
                        if c.dep_ in deps["obj"] and c.i < verb.i and \
                                c.lower_ in self.rules.kin_nouns:
                            # "a aidé la bru de X à être recrutée": not X
                            name = self._apposed_name(c, people)
                            return ([name] if name else []), True
                        # ("a opté pour X pour remplacer Y": the one chosen)
                        chosen = c.dep_ in deps["obj"] or (
                            choosing and preposition(c) in self.rules.choice_preps)
                        if chosen and (c.i < verb.i or fronted):
                            name = self.person_at(c, people) or name_below(c, people)
                            if name:
                                return [name], True
                            if (c.pos_ == "PRON" or indefinite(c)) and choosing:
                                return [], True  # "qui l'avait choisi pour lui succéder",
                                # "proposera un candidat pour remplacer X": the one chosen, not
                                # the chooser
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
        return None

    @staticmethod
    def _verb_of_phrase(noun: Token) -> Token | None:
        """The verb a set phrase, a preposition and a bare noun, hangs on ("is in talks", "est
        en passe de", "au moment de"), or None ("dans l'espoir de": someone's hope)."""
        if noun.head.pos_ != "ADP" and not any(c.dep_ == "case" for c in noun.children):
            return None  # no preposition's
        if any(c.dep_ in ("det", "poss", "nmod:poss") for c in noun.children):
            return None  # not bare
        k = noun
        for _ in range(3):
            if k.head == k:
                return None
            k = k.head
            if k.pos_ in ("VERB", "AUX"):
                return k
        return None

    def _nearest_persons(self, trig: Token, t: Trigger, people: list[tuple[int, int, str]],
                         span: Span) -> tuple[list[str], bool]:
        """Proximity, where syntax found no one: the nearest person, on the side the
        argument usually stands; never the agent of a passive ("le remède promu par X": X
        promotes, nobody is promoted)."""
        deps = self.rules.deps
        passive = is_passive(trig, deps)
        agents = {k.i for c in trig.children if c.dep_ in deps["agent"] or (
            trig.pos_ == "NOUN" and any(g.dep_ == "case" and g.lower_ in self.rules.agent_preps
                                        for g in c.children))  # "sa nomination par X"
                  for k in c.subtree}
        if any(p[0] in agents for p in people):
            return [], False  # the one the agent acts on is not named where syntax looks
        if self._participle_of_a_company(trig, people):
            return [], False
        # "Peu après l'annonce de la nomination, X a appelé ...": X reacts, named elsewhere;
        # "a présenté la démission de son équipe à X": X receives it
        handed = {k.i for c in trig.children if preposition(c) in self.rules.recipient_preps
                  and (c.pos_ == "PROPN" or self.rules.role.fullmatch(c.text)
                       or c.lower_ in self.rules.person_nouns) for k in c.subtree}
        people = [p for p in people if p[0] not in handed
                  and not reacts_to(trig.doc[p[0]:p[1]].root, trig, self.rules)]
        # (a verb with an auxiliary only: a headline's "X named CEO" reads as active)
        acting = trig.head if trig.pos_ in ("NOUN", "PROPN") and trig.dep_ in deps["obj"] \
            else trig if trig.pos_ in ("VERB", "AUX") and not passive and any(
                c.dep_.startswith("aux") for c in trig.children) else None
        if t.arg == "obj" and acting is not None:
            # "Governor X announces nominee", "X announced the appointment", "le président
            # X a limogé jeudi son Premier ministre": who announces, names or fires is not
            # the one named or fired (a subject after the verb may be its misread object)
            actor = {k.i for c in acting.children if c.dep_ in deps["subj"] and c.i < acting.i
                     for k in c.subtree}
            people = [p for p in people if p[0] not in actor]
        clitic = trig.doc[trig.i - 1] if trig.i > span.start else None
        if t.pair and "Inf" in trig.morph.get("VerbForm") and clitic is not None and \
                clitic.pos_ == "PRON" and clitic.dep_ in deps["obj"] and not any(
                    p[1] == clitic.i - 1 and (p[0] == span.start
                                              or span.doc[p[0] - 1].text in (",", ":", ";"))
                    for p in people):
            # "l'élection au sein du parti de X pour le remplacer": the pronoun is the one
            # replaced, the name nearby its antecedent; the newcomer is unnamed (but "X
            # limogé, Y pour lui succéder": Y, the item the purpose follows)
            return [], False
        quotation = quoted(span, closed=True)
        if trig.i in quotation:  # "« il doit partir », estime X": never who is quoting,
            # named after the quotation (but "X annonçait qu'il était « temps de partir »")
            end = next(k for k in range(trig.i, span.end) if k not in quotation)
            people = [p for p in people if p[0] < end]
        if t.arg == "subj" and not passive and trig.pos_ in ("VERB", "AUX"):
            # "le PDG cédera sa place vendredi à X": who the verb's prepositional complements
            # name is not its subject (a direct object may be a misread inverted subject:
            # "reviennent les noms de X")
            # (but with a subject of its own, "le député, qui a rallié X": X is joined)
            subject = next((c for c in trig.children if c.dep_ in deps["subj"]), None)
            inside = {k.i for c in trig.children if c.dep_.startswith("obl") or c.dep_ == "iobj"
                      or (subject is not None and c.dep_ in deps["obj"])
                      for k in c.subtree}
            people = [p for p in people if p[0] not in inside]
        if t.arg == "obj" and not passive:
            # "Qui va-t-il nommer pour succéder à Y ?": a clause of its own below the verb
            # names who that clause is about, not who the verb names
            own = {k.i for c in trig.children if c.dep_ == "advcl" and c.i > trig.i
                   and any(g.dep_ == "mark" for g in c.children) for k in c.subtree}
            people = [p for p in people if p[0] not in own]
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
        if t.arg == "obj" and not passive and trig.pos_ in ("VERB", "AUX"):
            # "a limogé, à la demande de X, l'inspecteur général Y": who a prepositional
            # complement of the verb names asks for the change; the one fired is named past
            # it. Only up to the comma closing the complement (the object may be hung on it
            # as an apposition), and never an oblique without a preposition (a misread
            # object: "a désigné samedi le dirigeant du parti, X")
            asking: set[int] = set()
            for c in trig.children:
                if c.dep_.startswith("obl") and any(g.dep_ == "case" for g in c.children):
                    for g in c.children:
                        if g.dep_ in deps["noun_arg"]:
                            asking |= {k.i for k in g.subtree
                                       if "," not in (w.text for w in trig.doc[g.i:k.i])}
            right = [p for p in right if p[0] not in asking] or right
        if not left and not prefer_right and any(
                k.dep_ in deps["subj"] and self._describes_person(k) and self._of_someone_new(k)
                for k in span.doc[span.start:trig.i]):
            # "la maire d'une petite ville a démissionné pour un message visant X": the
            # subject is someone the article does not name, never a name further on
            return [], False
        order = (right[:1] + left[-1:]) if prefer_right else (left[-1:] + right[:1])
        if not order:  # the trigger inside the only name ("Lambert.quittera": glued text)
            return [], False
        return [order[0][2]], False

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

    def _fronted_subject(self, trig: Token, span: Span, people: list[tuple[int, int, str]]
                         ) -> str | None:
        """The subject named right after the comma that closes a phrase opening the sentence
        ("Après son départ, X a dit"), where no one is named before the trigger."""
        doc = span.doc
        if any(p[0] < trig.i for p in people) or trig.i - span.start > 8:
            return None
        # the phrase ends at the first comma, with no verb in it but an infinitive ("Pour
        # la première fois depuis son accession à la présidence en 2017, X a accepté";
        # "Démissionnaire pour se consacrer à sa campagne, ce dernier")
        comma = next((k for k in range(trig.i + 1, min(span.end, trig.i + 13))
                      if doc[k].text == ","), None)
        if comma is None or any(doc[k].pos_ in ("VERB", "AUX") and not self._infinitive(doc[k])
                                for k in range(span.start, comma) if k != trig.i):
            return None
        after = doc[comma + 1] if comma + 1 < span.end else None
        if after is not None and self._subject_pronoun(after) and not any(
                t.regex.match(text_of(doc), after.head.idx) for t in self.rules.triggers):
            # "Lors de sa nomination par X, il ...": the agent is not the one appointed
            agents = [name for s, _, name in people
                      if trig.i < s < comma and doc[s - 1].lower_ in self.rules.agent_preps]
            return self.antecedent(after, people, exclude=agents)  # "Après sa nomination, elle"
        for s, e, name in people:
            subj = next((doc[k] for k in range(max(comma + 1, s - 1), e)
                         if doc[k].dep_ in self.rules.deps["subj"]), None)
            if comma < s <= comma + 3 and subj is not None:
                verb = subj.head  # "Après son départ, X a été nommé": X succeeds, not leaves
                if any(t.regex.match(text_of(doc), verb.idx) for t in self.rules.triggers):
                    return None
                return name
        return None

    @staticmethod
    def _infinitive(verb: Token) -> bool:
        """"partir", and a past infinitive: "(après) avoir annoncé", "être parti"."""
        return "Inf" in verb.morph.get("VerbForm") or "Part" in verb.morph.get("VerbForm") and any(
            "Inf" in a.morph.get("VerbForm") for a in verb.children if a.dep_.startswith("aux"))

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
        verb = holder.head
        subject = next((c for c in verb.children if c.dep_ in deps["subj"]), None) \
            if verb.pos_ in ("VERB", "AUX") else None
        if subject is not None and holder.i < subject.i < verb.i and \
                self._subject_pronoun(subject):
            # "Dans sa lettre de démission, il évoque ...": a phrase set before the subject
            # pronoun is that pronoun's, of its gender
            return self.antecedent(subject, people)
        return self._announcer(holder, poss, people) or self.antecedent(trig, people)

    def _time_phrase_subject(self, trig: Token, possessive: Token,
                             people: list[tuple[int, int, str]]) -> str | None:
        """"L'ex-numéro 2 du FN a rencontré le président de DLF après sa démission": a
        possessive in a phrase of time on the verb is its subject's, where no name stands
        between the verb and it (else it may be that name's: "X a récupéré le portefeuille
        de Y lors de son départ"); "" for a subject described that stands for no one named."""
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
            name = self.described_one(subject, people) or ""  # "l'ex-numéro 2 du FN"
            if name and any(subject.left_edge.i <= s <= subject.right_edge.i
                            for s, _, n in people if n != name):
                return None
        return name

    def _reporter(self, trig: Token, people: list[tuple[int, int, str]]) -> str | None:
        """"X a confié à Y que sa démission serait effective": a possessive change noun,
        subject of a clause a verb reports, is the reporting subject's, never the addressee's;
        "" for a subject described that stands for no one named."""
        deps = self.rules.deps
        clause = trig.head  # (the parser may hang the clause on a word of its predicate:
        # "que sa démission serait effective | fin mars")
        while clause.dep_ != "ccomp" and clause.head != clause and clause.head.i > trig.i \
                and clause.pos_ not in ("VERB", "AUX"):
            clause = clause.head
        if trig.dep_ not in deps["subj"] or clause.dep_ != "ccomp":
            return None
        verb = clause.head
        subject = next((c for c in verb.children if c.dep_ in deps["subj"]), None)
        if subject is None or verb.pos_ not in ("VERB", "AUX"):
            return None
        if self._subject_pronoun(subject):
            return self.antecedent(subject, people)
        name = self.person_at(subject, people)
        if not name and self._describes_person(subject) and not indefinite(subject):
            name = self.described_one(subject, people) or ""  # "le conseiller a confié que"
            inside = {k.i for k in clause.subtree}
            if any(n == name and s in inside for s, _, n in people):
                name = ""  # "... que sa démission, convenue avec X, ...": never X
        return name

    def _participle_subject(self, trig: Token, people: list[tuple[int, int, str]]
                            ) -> str | None:
        """"..., a-t-il estimé, se rappelant son propre départ": a possessive in a present
        participle's clause set after its verb is that verb's subject's."""
        deps = self.rules.deps
        part = trig.head
        if not ("Part" in part.morph.get("VerbForm") and "Pres" in part.morph.get("Tense")) \
                or part.dep_ not in ("advcl", "acl") or part.head.i > part.i or \
                part.head.pos_ not in ("VERB", "AUX"):
            return None
        for subject in part.head.children:
            if subject.dep_ not in deps["subj"]:
                continue
            if subject.lower_.lstrip("-") in self.rules.pronouns:  # "a-t-il": "-il"
                return self.antecedent(subject, people)
            name = self.person_at(subject, people)
            if name:
                return name
        return None

    def _announcer(self, trig: Token, possessive: Token,
                   people: list[tuple[int, int, str]]) -> str | None:
        """The subject of the verb whose object is "son départ" / "his resignation", when the
        possessive can be theirs: a name, or a person described by a title ("le cofondateur
        d'OpenAI a annoncé son départ"), which stands for the article's protagonist; "" for
        someone unnamed ("un adjoint a annoncé sa démission")."""
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
            if verb.dep_ == "conj" and verb.head != verb:
                # "le comité a critiqué la méthode puis a présenté sa démission": a body's own,
                # no person's (the conjoined verb shares its subject)
                shared = next((c for c in verb.head.children if c.dep_ in deps["subj"]), None)
                telling = self.rules.status.get("telling")
                return "" if shared is not None and self._is_thing(shared, people) and \
                    telling and telling.fullmatch(verb.text) else None
            if verb.dep_ not in {"xcomp", "advcl"} or verb.head == verb:
                return None
            verb = verb.head
        if subject is None or subject.dep_ in deps["passive_subj"]:
            return None
        name = self.person_at(subject, people) or self._apposed_name(subject, people)
        if not name and self._describes_person(subject) and indefinite(subject):
            # "une cadre du parti a annoncé son départ": someone unnamed, unless a name is
            # set off by a comma inside the subject ("Une figure du cinéma, X, a annoncé")
            return next((n for s, _, n in people if subject.left_edge.i < s <= subject.right_edge.i
                         and subject.doc[s - 1].text == ","), "")
        if not name and self._describes_person(subject):
            name = self.protagonist()
            said = {"Fem": "f", "Masc": "m"}.get(next(iter(subject.morph.get("Gender")), ""), "")
            if name and said and gender(name) not in ("", said):
                return None  # "l'intéressée": not the protagonist if he is a man
            if name and name in self._complement_people(subject, people):
                return ""  # "le conseiller du président X lui a remis sa démission": X's
                # adviser, someone unnamed
        if name and (wanted not in ("m", "f") or gender(name) in ("", wanted)):
            return name
        return None

    def _complement_people(self, noun: Token, people: list[tuple[int, int, str]]) -> set[str]:
        """The people the complements of a noun for a person name or title ("le conseiller |
        du président X", "le « Monsieur Budget » | du président de la République"): those it
        is tied to, never the one it stands for."""
        out = set()
        for child in noun.children:
            if child.i < noun.i or not any(c.dep_ == "case" for c in child.children):
                continue
            name = next((n for s, _, n in people if child.left_edge.i <= s <= child.right_edge.i),
                        None)
            if name is None and child.pos_ == "NOUN" and self.rules.role.match(
                    child.doc.text, child.idx):
                name = self.described_one(child, people)
            if name:
                out.add(name)
        return out

    def _fronted_participle(self, trig: Token, span: Span,
                            people: list[tuple[int, int, str]]) -> list[str] | None:
        """"Nommé en juillet en remplacement de Y, X a présenté...", "Appointed in July, X
        said...": a participle opening the sentence describes the subject named after its
        phrase, whatever the parser made of it; the names inside the phrase are complements.
        A short noun phrase may open it ("Première femme nommée à la tête de Y, X est..."):
        the participle describes that noun, in apposition to the subject. The people it
        describes ([] for someone unnamed), or None where it does not tell."""
        if "Inf" in trig.morph.get("VerbForm") or trig.pos_ not in ("VERB", "NOUN", "ADJ") and \
                not (trig.pos_ in ("PROPN", "ADV") and trig.i == span.start):
            return None  # (a participle opening the sentence, capitalised, may pass for a name
            # or an adverb: "Exclus du parti, ils ...")
        adverb = trig.i == span.start + 1 and (
            span[0].pos_ == "ADV" or self._modifier_word(span[0])) or (
            span.start < trig.i <= span.start + 2 and " ".join(  # openers are one or two words
                t.lower_ for t in span[:trig.i - span.start]) in self.rules.participle_openers)
        # ("À peine nommé ministre, il ...", "Sitôt nommé, X ...")
        if trig.i != span.start and not adverb and not self._noun_opener(trig, span):
            return None  # (but "Fraîchement nommé ministre, X ...")
        if trig.i == span.start and trig.head.i < trig.i:
            return None
        doc = trig.doc
        preps = self.rules.from_preps | self.rules.agent_preps | self.rules.org_preps
        comma = next((k for k in range(trig.i + 1, span.end) if doc[k].text == ","), None)
        if comma is not None and comma + 1 < span.end and not any(
                s < comma for s, _e, _n in people):
            subj = doc[comma + 1]
            if subj.pos_ == "DET" and comma + 2 < span.end and \
                    doc[comma + 2].lower_ in self.rules.latter:
                subj = doc[comma + 2]  # "Démissionnaire, ce dernier ..."
            if self._subject_pronoun(subj) or (subj.lower_ in self.rules.latter and
                                               subj.dep_ in self.rules.deps["subj"]):
                name = self.antecedent(subj, people)  # "Réélu en juillet, il ..."
                return [name] if name else None
            if doc[comma + 1].dep_ in self.rules.deps["subj"] and self._plural(doc[comma + 1]):
                return self.group_before(doc[comma + 1], people) or None  # "Exclus, ils"
        # "Nommé en 2014, à la suite du départ de Y, il ...": past the phrase's complements
        # to the pronoun; it stands for someone named before, never for Y
        after = next((k for k in range(trig.i + 1, span.end - 1) if doc[k].text == "," and
                      self._subject_pronoun(doc[k + 1])), None)
        inside = [(s, name) for s, _e, name in people if after is not None and s < after]
        if after is not None and inside and all(
                s > trig.i and doc[s - 1].lower_ in preps for s, _ in inside):
            name = self.antecedent(doc[after + 1], people, {name for _, name in inside})
            return [name] if name else []
        for s, _e, name in people:
            k = s - 1  # "..., M. Chalandon y est": past a title
            while k > trig.i and fold(doc[k].text).rstrip(".") in self.rules.titles:
                k -= 1
            if s > trig.i and doc[k].text == ",":  # whatever the parser made of the name
                return [name]
            if s > trig.i and doc[s - 1].lower_ not in preps:
                return None  # a name standing as a subject inside the phrase
        if comma is not None and comma + 1 < span.end and doc[comma + 1].pos_ == "DET" and \
                not any(s > comma and doc[s - 1].lower_ not in preps for s, _e, _n in people):
            # "Nommé à la place de Y, l'ancien directeur financier de Z quitte ...": the
            # title after the phrase names nobody, and Y is a complement
            text = text_of(doc)
            former = self.rules.former

            def titled(k: Token) -> bool:  # "directeur", "l'ex-directeur"
                head, sep, _ = k.text.partition("-")
                at = k.idx + len(head) + 1 if sep and former and former.search(head + sep) \
                    else k.idx
                return k.lower_ in self.rules.person_nouns or (  # (a title never starts
                    # right after a hyphen for the role pattern, hence the slice)
                    k.pos_ == "NOUN" and bool(self.rules.role.match(text[at:at + 80])))
            if any(titled(k) for k in doc[comma + 2:min(span.end, comma + 5)]):
                return []
        return None

    def _gerund(self, trig: Token) -> bool:
        """The trigger is a gerund ("en démissionnant", "tout en quittant"), whatever tag
        the parser gave it."""
        return trig.i > 0 and trig.lower_.endswith(("ant", "ing")) and \
            trig.doc[trig.i - 1].lower_ in self.rules.gerund_markers

    def _gerund_subject(self, trig: Token, people: list[tuple[int, int, str]]
                        ) -> list[str] | None:
        """A gerund has the subject of the clause it hangs on ("En démissionnant, la sénatrice
        se démarquerait de son voisin X": the senator, never X); [] for someone
        described, not named, in that clause; None where the parse shows no subject."""
        verb = next((a for a in trig.ancestors if a.pos_ in ("VERB", "AUX")), None)
        # (never a name after a preposition the parser makes a second subject: "Outre X,
        # ..., l'ex-ministre Y revient en prenant ...")
        subjects = [c for c in verb.children if c.dep_ in self.rules.deps["subj"]] \
            if verb is not None else []
        bare = [c for c in subjects if not any(g.dep_ == "case" for g in c.children)]
        if not subjects:
            return None
        for subject in reversed(bare or subjects[:1]):  # (a name before an inverted
            # pronoun: "X assurera-t-il sa succession en passant ...")
            name = self.person_at(subject, people) or name_below(
                subject, people, skip=self.rules.deps["noun_arg"] | self.rules.deps["relcl"])
            if name:
                return [name]
        return []

    def _object_control(self, trig: Token, t: Trigger, people: list[tuple[int, int, str]]
                        ) -> tuple[list[str], bool] | None:
        """An infinitive governed by a verb of forcing or of asking ("a contraint X à quitter",
        "l'a poussé à démissionner", "appelle X à démissionner"): the one who changes is that
        verb's object, never its subject; asked to leave, nobody has left yet."""
        deps, rules = self.rules.deps, self.rules
        first = trig  # "demander à X d'annoncer sa candidature et de quitter la tête de Y":
        # an infinitive coordinated with the one the verb governs
        while first.dep_ == "conj" and first.head != first and "Inf" in first.head.morph.get(
                "VerbForm"):
            first = first.head
        head, named = first.head, None
        if head.pos_ in ("PROPN", "PRON") and head.head != head and head.head.pos_ == "VERB" \
                and (head.dep_ in deps["obj"] or head.dep_ == "obl:arg"):
            head, named = head.head, head  # "a demandé à X de partir", the infinitive on X
        if t.arg != "subj" or "Inf" not in trig.morph.get("VerbForm") or head == first or \
                head.pos_ not in ("VERB", "AUX") or is_passive(head, deps):
            return None
        if t.kind == "end" and rules.demand_verbs and rules.demand_verbs.fullmatch(head.text):
            return [], True
        if not (rules.forcing_verbs and rules.forcing_verbs.fullmatch(head.text)):
            return None
        # (a name right after the verb may be parsed as a second subject: the object)
        obj = named or next((c for c in head.children if c != trig and (
            c.dep_ in deps["obj"] or (c.dep_ in deps["subj"] and c.i > head.i))), None)
        if obj is None:
            return None
        if obj.pos_ == "PRON":  # "X admet l'avoir poussé à partir": whoever "l'" is, not X
            controllers = self._controllers(head, people)
            if not controllers:
                return None  # "Il l'a contraint à partir": two pronouns, syntax cannot tell
            name = self.antecedent(obj, people, controllers)
        elif self._describes_person(obj) and not self.rules.role.fullmatch(obj.text) and \
                not self.person_at(obj, people):
            # "a conduit ce fidèle de X à quitter le gouvernement": not X, the one described
            # (a title may have the name after it: "a poussé l'adjoint à la culture X")
            name = name_below(obj, people, skip=self.rules.deps["noun_arg"]
                              | self.rules.deps["relcl"]) or self.described_one(obj, people)
        else:
            name = self.person_at(obj, people) or name_below(obj, people)
        return ([name] if name else []), True

    def _complement_only(self, span: Span, start: int) -> bool:
        """The name at `start` is the complement of a noun that names something or someone
        else by X: a thing labelled by a name ("le gouvernement de X") or a title ("l'ancien
        vice-président de X"); not "la place de X", "le début de mandat de X"."""
        doc = span.doc
        if start - 2 < span.start or doc[start - 1].lower_ not in self.rules.org_preps:
            return False
        noun = doc[start - 2]
        return noun.pos_ == "NOUN" and (noun.lower_ in self.rules.eponyms
                                        or bool(self.rules.role.fullmatch(noun.text)))

    def _controllers(self, verb: Token, people: list[tuple[int, int, str]]) -> set[str]:
        """Who does what `verb` says: its subject, or the subject of the clause it completes
        ("X admet l'avoir poussé"), or the antecedent of a relative subject ("X, qui ...")."""
        deps = self.rules.deps
        node = verb
        for _ in range(4):
            subj = next((c for c in node.children if c.dep_ in deps["subj"]), None)
            if subj is not None:
                if subj.lower_ in self.rules.relatives and node.dep_ in deps["relcl"]:
                    subj = node.head
                elif subj.pos_ == "PRON":
                    return set()  # named nowhere here
                name = self.person_at(subj, people) or name_below(subj, people)
                return {name} if name else set()
            if node.dep_ not in ("xcomp", "ccomp") or node.head == node:
                break
            node = node.head
        return set()

    def _noun_opener(self, trig: Token, span: Span) -> bool:
        """"Première femme nommée", "Plus jeune député élu": at most four words open the
        sentence before a participle, a noun for a person (a person noun or a title; no name,
        no verb, no punctuation) that the participle qualifies ("Un temps pressenti" is a
        time, not the subject)."""
        opener = trig.doc[span.start:trig.i]
        return (0 < len(opener) <= 4 and "Part" in trig.morph.get("VerbForm")
                and span.start <= trig.head.i < trig.i
                and any(w.pos_ == "NOUN" and (w.lower_ in self.rules.person_nouns
                                              or bool(self.rules.role.fullmatch(w.text)))
                        for w in opener)
                and all(w.pos_ in ("DET", "ADJ", "ADV", "NOUN", "NUM") for w in opener))

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
            if tok.dep_ not in appos | {"amod", "acl", "conj"} or tok.head == tok or any(
                    c.pos_ == "ADP" and c.i < tok.i for c in tok.children) or (
                    tok.dep_ == "conj" and tok.head.pos_ != "NOUN"):
                break  # "le microparti du cofondateur": a complement of X, not X ("X, le
                # PDG et cofondateur de Y": through the title it is joined to)
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
            if noun.dep_ in self.rules.deps["conj"] and noun.head.i < noun.i and not any(
                    c.dep_ in self.rules.deps["subj"] for c in noun.head.children) and (
                    noun.head.pos_ in ("NOUN", "PROPN")):
                # "la journaliste X, joker de Y, est en bonne position pour lui succéder": the
                # tagger made the subject's noun phrase the head of the predicate, its conjunct
                return self.person_at(noun.head, people) or name_below(
                    noun.head, people, skip=frozenset(
                        {*self.rules.deps["conj"], *self.rules.deps["appos"], "acl", "acl:relcl"}))
        if noun.head == noun or noun.dep_ not in ("attr", "oprd") and not (
                # "X est devenue la première femme à ...": a predicate of the subject
                noun.dep_ == "xcomp" and noun.pos_ == "NOUN" and self.rules.copulas is not None
                and self.rules.copulas.fullmatch(noun.head.text)):
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

    def _title_in_a_complement(self, tok: Token, people: list[tuple[int, int, str]]) -> bool:
        """The name at `tok` follows its title inside a prepositional phrase ("chargé
        d'enquêter sur des dossiers gênants pour le ministre des Affaires étrangères X a
        démissionné"): the parser took it for the subject, which in French or English never
        stands there; the one who changes post is the phrase's head, unnamed."""
        start = next((s for s, e, _ in people if s <= tok.i < e), tok.i)
        doc = tok.doc
        for r in range(start - 1, max(-1, start - 7), -1):
            word = doc[r]
            if word.is_punct or word.pos_ in ("VERB", "AUX", "PRON"):
                return False
            if self.rules.role.fullmatch(word.text) and word.pos_ == "NOUN":
                return any(c.dep_ == "case" for c in word.children) and all(
                    doc[k].pos_ in ("ADP", "DET", "ADJ") or capitalised(doc[k])
                    for k in range(r + 1, start))
        return False

    def _participle_of_a_company(self, trig: Token, people: list[tuple[int, int, str]]) -> bool:
        """"une société de gardiennage embauchée par Renault": a participle right after a
        noun phrase headed by an organization noun describes that company, however the parser
        hung it: nobody is hired."""
        ending = self.rules.participle_ending
        if trig.pos_ not in ("VERB", "ADJ") or not (
                "Part" in trig.morph.get("VerbForm") or (ending and ending.search(trig.lower_))):
            return False  # (the ending: a participle the tagger took for a present)
        named = {i for s, e, _ in people for i in range(s, e)}
        head = None
        for k in range(trig.i - 1, max(trig.sent.start, trig.i - 7) - 1, -1):
            tok = trig.doc[k]
            if k in named or tok.pos_ not in ("NOUN", "ADJ", "ADP", "DET"):
                break
            if tok.pos_ == "NOUN":
                head = tok
            elif tok.pos_ == "DET":
                break  # the phrase's determiner: "une société ..."
        return head is not None and bool(self.rules.org_noun.search(head.lower_ + " "))

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

    def _object_relative_antecedent(self, trig: Token) -> Token | None:
        """The noun an object relative clause hangs on, when the change verb (or the
        infinitive it governs) has no object of its own: "les magistrats qu'elle compte
        nommer" (the relative pronoun the parser may take for a conjunction)."""
        if any(c.dep_ in self.rules.deps["obj"] and c.lower_ not in self.rules.object_relatives
               for c in trig.children):
            return None
        clause = trig
        while clause.dep_ == "xcomp" and clause.head != clause:
            clause = clause.head
        relative = next((c for c in clause.children
                         if c.lower_ in self.rules.object_relatives and c.i < clause.i), None)
        if relative is None:
            return None
        if clause.dep_ in self.rules.deps["relcl"] and clause.head.pos_ in ("NOUN", "PROPN"):
            return clause.head
        # (a clause the parser hangs elsewhere: the noun right before the pronoun, "des
        # insultes d'une bande qu'elle n'a pas nommée"; not a reported clause: "a annoncé
        # vendredi qu'il licenciait")
        k = relative.i - 1
        while k > 0 and clause.doc[k].is_punct:
            k -= 1
        noun = clause.doc[k]
        return noun if clause.dep_ != "ccomp" and noun.pos_ in ("NOUN", "PROPN") and \
            not self.rules.dates.is_date_word(noun.text) else None

    def _described_noun(self, trig: Token) -> Token | None:
        """The common noun a participle right after it describes, a complement of a verb or
        of a noun: "reçoit le préfet limogé", also as the object's predicate ("accuse le
        préfet limogé"); None past a comma ("le directeur, limogé en mars, ...": an
        apposition, often to a subject named before) and for a subject or a headline's noun
        ("le directeur de X limogé": the one the article is about, named elsewhere)."""
        # (the tagger may call the participle an adjective: "les eurodéputés fraîchement élus")
        if ("Part" not in trig.morph.get("VerbForm") and trig.pos_ != "ADJ") or trig.dep_ not in {
                "acl", "amod", "xcomp"} or trig.doc[trig.i - 1].text == ",":
            return None
        deps = self.rules.deps
        # the complement ending right before it, whatever the parser hung the participle on
        # ("charge le préfet de police limogé", with "charge" taken for a noun or the
        # object for a noun's complement)
        noun = next((c for c in trig.head.children if c.i > trig.head.i and c.right_edge.i ==
                     trig.i - 1 and (c.dep_ in deps["obj"] or c.dep_.startswith(("nmod", "obl")))),
                    None)
        if noun is None and trig.dep_ != "xcomp":
            noun = trig.head
        if noun is None or noun.pos_ != "NOUN" or noun.i > trig.i or noun.dep_ in deps[
                "subj"] or noun.head == noun or noun.head.pos_ not in ("VERB", "AUX", "NOUN"):
            return None
        return noun

    def _apposed_name(self, tok: Token, people: list[tuple[int, int, str]]) -> str | None:
        """The name set off by a comma right after the noun phrase of `tok` ("le
        prédécesseur de X, Y"), or inside it as an apposition."""
        conj = self.rules.deps["conj"]
        listed = [c for c in tok.children if c.dep_ in conj]
        for c in tok.children:
            # (French hangs an apposition as a complement without its preposition: "son
            # oncle Baudouin")
            if c.dep_ == "appos" or c.dep_ in self.rules.deps["appos"] and c.i > tok.i and \
                    c.pos_ == "PROPN" and not any(split_after_preposition(tok.doc, s, e)
                                                  for s, e, _ in people if s <= c.i < e):
                name = self.person_at(c, people)
                if name:
                    return name
            if c.dep_ in conj and c.pos_ == "PROPN" and tok.doc[c.i - 1].text == "," and \
                    not any(g.dep_ == "cc" for s in listed for g in s.children):
                # "L'inspecteur général de X, Steve Linick, limogé ...": an apposition the
                # parser read as a list without its conjunction
                name = self.person_at(c, people)
                if name:
                    return name
        k = tok.right_edge.i + 1
        if k < len(tok.doc) and tok.doc[k].text == ",":
            # (past a title of their own: "la directrice de cabinet de X, la préfète Y")
            return next((name for s, _, name in people if s == k + 1 or (
                k + 2 < s <= k + 4 and tok.doc[k + 1].pos_ == "DET" and all(
                    t.pos_ in ("NOUN", "ADJ") for t in tok.doc[k + 2:s]) and any(
                    self.rules.role.fullmatch(t.text) or t.lower_ in self.rules.person_nouns
                    for t in tok.doc[k + 2:s]))), None)
        return None

    def _apposed_as_conjunct(self, noun: Token, people: list[tuple[int, int, str]]
                             ) -> str | None:
        """"X, tout nouveau président de Y": a title set after a name by a comma alone, which
        the parser took for a second item of a list: the name's apposition."""
        if noun.dep_ != "conj" or any(c.dep_ == "cc" for c in noun.children):
            return None
        comma = noun.left_edge.i  # the parser hangs the comma on the noun, or before it
        comma -= noun.doc[comma].text != ","
        if comma < 0 or noun.doc[comma].text != "," or not any(
                e == comma for _, e, _ in people):
            return None
        return self.person_at(noun.head, people)

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

    def _listed_after(self, first: Token, span: Span, people: list[tuple[int, int, str]]
                      ) -> list[str]:
        """The names listed after the one at or after `first` with commas and a last
        conjunction, whatever the parser hung them on ("les démissions de A, B et de C");
        none without that conjunction ("après le départ de A, B a été nommé" lists nobody)."""
        doc, conj = span.doc, self.rules.conjunctions
        at = next((p for p in people if p[1] > first.i), None)
        found: list[str] = []
        while at is not None:
            k, joined = at[1], False
            while k < span.end and (doc[k].text == "," or doc[k].lower_ in conj or (
                    k > at[1] and doc[k].lower_ in self.rules.org_preps)):  # "et de C"
                joined = joined or doc[k].lower_ in conj
                k += 1
            at = next((p for p in people if p[0] == k and k > at[1]), None)
            if at is None:
                break
            found.append(at[2])
            if joined:
                return found
        return []

    def _with_conj(self, tok: Token, first: str, people: list[tuple[int, int, str]]) -> list[str]:
        """"X, Y et Z ont été limogés": every conjoined name gets its own event, and every
        name apposed to a plural noun ("les députés X, Y et Z ont rejoint")."""
        names = [first]
        others = list(tok.conjuncts)
        # "a nommé X directrice et Y directeur": Y parsed as a conjunct of X's title, a
        # sibling of the object X or apposed to it
        titles = [k for k in tok.head.children if k.dep_ == tok.dep_ and k.i > tok.i] + [
            k for k in tok.children if k.dep_ in self.rules.deps["appos"]] \
            if tok.dep_ in self.rules.deps["obj"] else []
        others += [k for title in titles if title.pos_ == "NOUN"
                   and self.rules.role.match(title.text) for k in title.conjuncts]
        if tok.pos_ == "NOUN" and "Plur" in tok.morph.get("Number"):
            others += [k for c in tok.children if c.dep_ in self.rules.deps["appos"]
                       for k in (c, *c.conjuncts)]
        if tok.dep_ in self.rules.deps["noun_arg"]:
            # "la nomination de X à la Défense et de Y au Travail": Y, with its own
            # preposition, parsed as a conjunct of X's post
            others += [k for post in tok.head.children if post.dep_ in self.rules.deps[
                "noun_arg"] and post.i > tok.i for k in post.conjuncts if k.i > post.i and any(
                g.dep_ == "case" and g.lower_ in self.rules.from_preps for g in k.children)]
        for other in others:
            name = self.person_at(other, people) or name_below(other, people)
            if name and name not in names:
                names.append(name)
        return names

    @staticmethod
    def _speaker_of_quotation(verb: Token, child: Token, quotation: set[int]) -> bool:
        """The child introduces, before a colon, the quotation the verb is in ("X : « S'il
        est condamné, il devra partir »"): the speaker, not the verb's subject."""
        k = verb.i
        while k - 1 in quotation:
            k -= 1
        return verb.i in quotation and k >= 2 and verb.doc[k - 2].text == ":" and \
            child.i < k - 2

    @staticmethod
    def _before_its_mark(verb: Token, child: Token) -> bool:
        """The child stands before the conjunction that opens the verb's clause: it belongs
        to the clause around ("X « choquée » qu'Y remplace Z", parsed as two subjects)."""
        return any(m.dep_ == "mark" and m.pos_ == "SCONJ" and child.i < m.i < verb.i
                   for m in verb.children)  # (not "a depuis trouvé", an adverb misread)

    def _named_past_participle(self, trig: Token, verb: Token, subject: Token,
                               people: list[tuple[int, int, str]]) -> str | None:
        """The name right after a title's participle and the place it names ("Le maire
        récemment élu de Valbourg Paul X a salué"), which the parser made the participle's
        subject: the title is that name's. Not past a common noun, whose own name it
        would be ("le conseiller nommé du président X"), nor past an agent."""
        run = after_bare_participle(trig, self.rules.agent_preps) \
            if verb == trig and subject.i < trig.i else None
        first = next((p for p in people if p[0] > trig.i), None) if run is not None else None
        # (the name opens within the run, a few words on)
        return first[2] if first and first[0] <= min(run.end, trig.i + 6) else None

    @staticmethod
    def _object_of_infinitive(trig: Token, verb: Token, child: Token) -> bool:
        """The child stands right after the trigger, an infinitive: it is the infinitive's
        object, which the parser took for its subject or for the subject of the clause it
        hangs on ("Pour remplacer X à la Défense, le président cherche": not X). An
        infinitive's subject never follows it."""
        if "Inf" not in trig.morph.get("VerbForm") or child.i <= trig.i or (
                verb != trig and child.i > verb.i):
            return False
        return all(k.pos_ in ("ADP", "DET") for k in trig.doc[trig.i + 1:child.left_edge.i])

    def _split_subjects(self, verb: Token, first: Token, people: list[tuple[int, int, str]]
                        ) -> list[str]:
        """The rest of a list of names the parser cut into several subjects ("Les députés X
        (Calvados), Y (Nièvre) et Z ont annoncé": X, then Y and Z as a second subject)."""
        names: list[str] = []
        for other in verb.children:
            if other.dep_ not in self.rules.deps["subj"] or other == first or not (
                    first.i < other.i < verb.i) or self._before_its_mark(verb, other):
                continue
            name = self.person_at(other, people)
            if name:
                names += [n for n in self._with_conj(other, name, people) if n not in names]
        return names

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
                        c.dep_ in self.rules.deps["appos"] for c in child.children) and \
                        child.ent_type_ not in self.rules.org_labels | self.rules.place_labels:
                    # "Marie-Line quitte François": a person by a given name (but "France
                    # Télévisions", "Florence" are an organization and a place)
                    return True
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
        # "X remplace Y en mars par un nouveau jeu": nobody named replaced, by a thing,
        # wherever the parser hung the "par" phrase
        for tok in trig.doc[trig.i + 1:trig.sent.end]:
            if any(trig.i < s < tok.i for s, _, _ in people):
                break
            if tok.dep_ == "case" and tok.lower_ in self.rules.agent_preps and \
                    indefinite(tok.head) and self._is_thing(tok.head, people):
                return True
        return False

    def _generic_subject(self, verb: Token) -> bool:
        """The verb's subject is a pronoun for anyone ("tu la quittes", "on démissionne"),
        right before it past its clitics, whatever the parser made of them."""
        k = verb.i - 1
        while k >= 0 and verb.i - k <= 3 and verb.doc[k].pos_ in ("PRON", "DET", "AUX") and \
                verb.doc[k].lower_ not in self.rules.generic_pronouns:
            k -= 1
        return k >= 0 and verb.doc[k].lower_ in self.rules.generic_pronouns

    @staticmethod
    def _outside_quotes(span: Span, people: list[tuple[int, int, str]]
                        ) -> list[tuple[int, int, str]]:
        """The people of the sentence named outside its quotations."""
        inside = quoted(span)
        return [p for p in people if p[0] not in inside]

    def _of_name(self, person: tuple[int, int, str], doc: Doc) -> bool:
        """The name follows its preposition right away ("le conseiller de X"): the
        complement of the noun before it, whose the title or the thing is."""
        k = person[0] - 1
        return k >= 0 and doc[k].dep_ == "case" and doc[k].lower_ in self.rules.from_preps

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

    # -- who makes the change (their post tells the organization) ---------------------

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
