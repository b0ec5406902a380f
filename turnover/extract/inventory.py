"""The names of one article: the people and organizations spaCy's NER tags in the parsed
sentences, corrected by the text (given names, where organizations stand, titles, headline
words), gathered into an `Inventory` the rules resolve names against."""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.tokens import Span

from turnover.extract.names import (
    Inventory,
    accents_differ,
    clean_name,
    first_names,
    fold,
    in_firm_name,
    unglue,
    without_dating,
    word_re,
)
from turnover.extract.rules import Rules
from turnover.extract.syntax import indefinite, text_of

# two capitalised words, not inside a longer run ("Marine Le Pen"): a given name and a
# surname, when the first is a known given name. The look-behind comes after the capital (no
# word character before it): a pattern that starts with a character set is searched faster.
_GIVEN_NAME = re.compile(r"([A-ZÀ-ÖØ-Ý](?<![\w'’-].)[a-zà-öø-ÿ]+(?:-[A-ZÀ-ÖØ-Ý][a-zà-öø-ÿ]+)?)"
                         # not "Valéry Giscard" of "Valéry Giscard d'Estaing"
                         r" ([A-ZÀ-ÖØ-Ý][a-zà-öø-ÿ'’-]*[a-zà-öø-ÿ])"
                         r"(?![\w-]| [A-ZÀ-ÖØ-Ý]| d['’][A-ZÀ-ÖØ-Ý])")

def build_inventory(text: str, sentences: list[Span], rules: Rules) -> Inventory:
    inv = Inventory(text, aliases=rules.org_aliases, leading_article=rules.leading_article,
                    name_preps=rules.from_preps, titles=rules.titles,
                    countries={fold(c) for c in rules.government.country_of.values()},
                    # what an acronym's initials leave out ("OCDE": "de", "et")
                    small_words={w.rstrip("'’") for w in (*rules.determiners, *rules.org_preps,
                                                          *rules.conjunctions)})
    if rules.honorifics:  # "Mr. Foley": Foley is a person throughout the article
        words = "|".join(re.escape(h) for h in sorted(rules.honorifics, key=len, reverse=True))
        inv.titled = {fold(m.group(1)) for m in re.finditer(
            rf"(?<![\w'’])(?:{words})\.?\s+([A-ZÀ-ÖØ-Ý][\w'’-]+)(?![\w'’-]|\s+[A-ZÀ-ÖØ-Ý])", text)}
    tagged, guessed = [], []  # names NER tags as people; names starting with a given name
    declared: set[str] = set()  # "Demosisto, un parti politique": an organization throughout
    buildings = [(s, e) for _, s, e in rules.government.buildings_in(text)]
    for sentence in sentences:
        inside = [(sentence.start_char + s, sentence.start_char + e)
                  for _, s, e in rules.government.buildings_in(sentence.text)]
        for ent in sentence.ents:
            ent = after_building(ent, inside)
            if ent is None:
                continue
            named = named_org(ent, rules)
            if named:
                inv.add_org(named)
                if _org_noun_apposed(ent, rules):
                    declared.add(fold(named))
            elif ent.start > 0 and fold(ent.doc[ent.start - 1].text) in rules.not_name_starts \
                    and ent.doc[ent.start - 1].pos_ == "DET":
                continue  # "in a Rose Garden announcement": a thing, never somebody (but
                # "said that Ann Lowe resigned": "that" opens a clause)
            elif ent.label_ in rules.person_labels or given_name_first(ent, rules):
                into = tagged if ent.label_ in rules.person_labels else guessed
                into += [clean_name(ent.doc[s:e].text, rules.name_prefixes)
                         for s, e in name_spans(ent, text, rules)]
    full_names = [p for p in tagged + guessed if len(p.split()) > 1]
    surnames = {fold(p.split()[-1]) for p in full_names}
    for sentence in sentences:
        for ent in sentence.ents:
            if ent.label_ in rules.org_labels and not given_name_first(ent, rules):
                if ent[0].pos_ == "DET" and "Ind" in ent[0].morph.get("Definite") or \
                        opening_phrase(ent, sentence.start, text, rules):
                    continue  # "Un seul siège LREM est remis en jeu": a phrase, no name
                titled = title_words(ent, rules)
                if titled:  # "GM Ed Rourke": a title and a name
                    tagged.append(ent[titled:].text)
                    continue
                stop = person_after(ent, rules, lambda rest: fold(rest[0].text) in surnames)
                whole = ent.doc[ent.start:stop or ent.end].text
                m = rules.role.match(whole)  # "ministre des Affaires étrangères" is a role
                name = whole[m.end():] if m else whole
                if m and re.fullmatch(r"\s*[A-ZÀ-ÖØ-Ý][\w'’-]+(?:\s+[A-ZÀ-ÖØ-Ý][\w'’-]+){1,3}",
                                      name):
                    # "Premier ministre Imad Khamis" tagged MISC: a name after a title
                    tagged.append(name.strip())
                    continue
                cut = departure_split(ent, rules)
                if cut:  # "a quitté Challenges pour l'Elysée": two organizations
                    for part in (ent.doc[ent.start:cut[0]], ent.doc[cut[1]:ent.end]):
                        inv.add_org(part.text)
                    continue
                for person in full_names:  # "Transition écologique François de Rugy"
                    if person in name and not name.startswith(person):
                        name = name[:name.index(person)].rstrip()
                words = name.split()
                while words and (rules.dates.is_date_word(words[-1]) or len(words) > 1 and (
                        rules.role.fullmatch(words[-1])
                        or rules.trigger_word(words[-1]))):
                    # "Fédération française de tennis de table samedi", a headline's
                    # "Philadelphia 76ers Fire Coach"
                    words.pop()
                del words[without_dating(words, rules.dates.is_date_word):]
                name = name[:name.rfind(words[-1]) + len(words[-1])] if words else ""
                if not re.match(r"\s*(?:[a-zà-ÿ'’]+\s+)*$", name):
                    inv.add_org(rules.leading_from.sub("", name))
    # names NER missed, or in sentences left unparsed ("Ilya Sutskever" in the small English
    # model): a given name and a capitalised word, anywhere in the text
    known = {fold(n) for n in tagged}
    orgs = [fold(o) for o in inv.orgs]  # "Denver Falcons": NER knew better where it parsed
    for m in _GIVEN_NAME.finditer(text):
        given, surname = m.group(1), m.group(2)
        name = f"{given} {surname}"
        if (fold(given) in first_names() and fold(name) not in known
                and not accents_differ(given)
                and fold(given) not in rules.titles | rules.not_orgs  # "Major League"
                and not any(fold(name) in o for o in orgs)
                and fold(given) not in rules.government.country_of
                and fold(surname) not in rules.government.country_of
                and not rules.role.fullmatch(given) and not rules.role.fullmatch(surname)
                and not rules.dates.is_date_word(surname)
                and not rules.trigger_word(surname)
                and not any(s <= m.start() < e for s, e in buildings)  # "Maison Blanche X"
                and not _after_article(text, m.start(), rules)  # "the Rose Garden"
                and not _after_given_name(text, m.start())  # "Bettie Mae Page": not "Mae Page"
                and not in_firm_name(text, m.start(), m.end())):
            guessed.append(name)
    for name in tagged + guessed:
        inv.vote_person(name)
    # NER tags company names as people ("Anthropic"), and some start with a given name
    # ("Helio Systems"): a name the text puts where organizations stand ("joins Anthropic",
    # "chez Helio Systems") is not a person, unless NER tagged a full name ("rejoindre
    # Emmanuel Macron")
    org_names = set(declared)
    for m in rules.org_context.finditer(text):
        org_names.add(fold(m.group(1)))
        inv.add_org(m.group(1))
    for m in rules.work_title.finditer(text):  # "la série Clem": a work, whoever it names
        org_names.add(fold(m.group(1)))
    for m in rules.affiliation.finditer(text):  # "Vexal co-founder Lena Ortiz", not "Obama
        # adviser David Axelrod" where the article says "Barack Obama"
        if fold(m.group(1)) not in surnames and fold(m.group(1)) not in first_names():
            org_names.add(fold(m.group(1)))
            inv.add_org(m.group(1))
    tagged = [unglue(n, tagged + guessed, text) for n in tagged]
    full_tagged = {fold(n) for n in tagged if len(n.split()) > 1}
    # "Safe Superintelligence" when the article also says "Safe Superintelligence Inc."
    org_heads = {fold(o) for o in inv.orgs}
    heads = {fold(n) for n in tagged + guessed if len(n.split()) > 1
             and any(o.startswith(fold(n) + " ") for o in org_heads)}
    for name in tagged + guessed:
        folded = fold(name)
        if plausible_person(name, rules) and folded not in heads and (
                folded not in org_names or folded in full_tagged) and not _only_quoted(
                name, text) and not _org_acronym_in(name, inv):
            inv.add_person(name)
        else:  # outvote NER
            inv.org_votes[fold(name)] = inv.person_votes[fold(name)] + 1
    inv.persons.sort(key=lambda n: -len(n.split()))
    return inv


def opening_phrase(ent: Span, start: int, text: str, rules: Rules) -> bool:
    """A common noun and lowercase words opening the sentence (token `start`), that NER
    tagged ("Harcèlement moral dans le cyclisme : X démissionne"): a topic, no name. Not
    an organization's noun ("Banque mondiale : X démissionne"), nor a phrase the article also
    writes capitalised after another word ("à la Cour des comptes")."""
    doc = ent.doc
    if ent.start != start or len(ent) < 2 or ent[0].pos_ != "NOUN" or not all(
            t.is_lower for t in ent[1:]) or ent[0].lower_ in rules.org_noun_words or (
            ent.end < len(doc) and doc[ent.end].text == ":"):
        return False
    return not re.search(rf"\w[,'’]?\s+{re.escape(ent.text)}\b", text)


def _after_given_name(text: str, start: int) -> bool:
    """The word before `start` is a capitalised given name: the pair after it is the end of a
    longer name ("Bettie Mae Page")."""
    before = re.search(r"([A-ZÀ-ÖØ-Ý][\w'’-]*) $", text[max(0, start - 30):start])
    return bool(before) and fold(before.group(1)) in first_names()


def _after_article(text: str, start: int, rules: Rules) -> bool:
    """The word before `start` is one that never opens a name ("the Rose Garden")."""
    before = re.search(r"([\w'’]+)\s+$", text[max(0, start - 30):start])
    return bool(before) and fold(before.group(1)) in rules.not_name_starts


def _org_acronym_in(name: str, inv: Inventory) -> bool:
    """A word of the name is an acronym the article names as an organization on its own
    ("Harlan RCMP" where "RCMP" is the police force): a unit or a place, never somebody."""
    orgs = {fold(o) for o in inv.orgs}
    words = name.split()
    return len(words) > 1 and any(
        len(w) >= 2 and w.isalpha() and w.isupper() and fold(w) in orgs for w in words)


def _only_quoted(name: str, text: str) -> bool:
    """Every mention of the name stands alone between quotes ("Navarro", « L'Instit »,
    ‘Silver Harbor’): the
    title of a work, not a person."""
    spots = list(word_re(name).finditer(text))
    return bool(spots) and all(
        re.search(r"[\"«“‘']\s*$", text[max(0, m.start() - 2):m.start()])
        and re.match(r"\s*[\"»”’'](?!s\b)", text[m.end():m.end() + 2]) for m in spots)


def given_name_first(ent: Span, rules: Rules) -> bool:
    """"Mira Murati" tagged as an organization or a place: two or three capitalised words
    starting with a given name or initials (and not a country, "France Télévisions") are a
    person."""
    words = ent.text.split()
    if ent[0].is_stop:
        return False  # "The Denver Falcons": gender-guesser lists "the" as a given name
    if len(words) == 2 and re.fullmatch(r"(?:[A-Z]\.){2,3}", words[0]) and words[1].isalpha():
        return words[1][:1].isupper()  # "P.J. Carlesimo", "J. Castex"
    return (2 <= len(words) <= 3 and all(w[:1].isupper() and w.replace("-", "").isalpha()
                                         for w in words)
            and fold(words[0]) in first_names() and not accents_differ(words[0])  # "Pôle"
            and fold(words[0]).rstrip(".") not in rules.titles | rules.not_orgs  # "General Motors"
            and fold(words[0]) not in rules.government.country_of
            and not rules.role.match(ent.text))


def after_building(ent: Span, buildings: list[tuple[int, int]]) -> Span | None:
    """What an entity holds past an office's building in it ("Maison Blanche Moustafa
    al-Kazimi", "conseiller de la Maison Blanche Peter Navarro"; character ranges of the
    buildings in `buildings`): None when nothing."""
    end = next((e for s, e in buildings if s < ent.end_char and ent.start_char < e), None)
    if end is None:
        return ent
    rest = ent.doc.char_span(end, ent.end_char, label=ent.label_, alignment_mode="contract")
    return rest if rest is not None and len(rest) else None


def title_words(ent: Span, rules: Rules) -> int:
    """How many words open an entity with a title before a person's name ("GM Ed Rourke",
    "Sen. Ann Lowe" tagged as an organization): one or two abbreviations, titles or roles,
    then a given name and one or two capitalised words. 0 when the entity is no such run."""
    for k in (1, 2):
        head, rest = ent[:k], ent[k:]
        if not 2 <= len(rest) <= 3:
            continue
        if all((t.text.isupper() and t.text.isalpha() and 2 <= len(t.text) <= 4)
               or fold(t.text).rstrip(".") in rules.titles or rules.role.fullmatch(t.text)
               for t in head) and given_name_first(rest, rules):
            return k
    if len(ent) >= 3 and ent.start > 0 and ent.doc[ent.start - 1].is_lower and \
            rules.government.is_ministry(ent[0].text) and given_name_first(ent[1:], rules):
        return 1  # "la ministre des Transports Élisabeth Borne": the portfolio, then the name
    return 0


def departure_split(ent: Span, rules: Rules) -> tuple[int, int] | None:
    """Where an entity NER ran past a destination preposition splits, after the words that
    introduce what someone leaves ("a quitté Challenges pour l'Elysée"): the preposition's
    index and the start of the destination's name (past its article); None elsewhere."""
    doc = ent.doc
    if not rules.departure_from or not rules.departure_from.search(
            text_of(doc)[max(0, doc[ent.start].idx - 40):doc[ent.start].idx]):
        return None
    for k in range(ent.start + 1, ent.end - 1):
        if doc[k].lower_ in rules.destination_preps:
            start = k + 1
            while start < ent.end - 1 and doc[start].lower_ in rules.determiners:
                start += 1
            return k, start
    return None


def named_org(ent: Span, rules: Rules) -> str | None:
    """The name in an entity that an organization noun introduces ("le groupe Vernier", "la
    maison Lanvin", "the carmaker Halvorsen"): an organization, whatever NER tagged it."""
    doc = ent.doc
    if _org_noun_apposed(ent, rules):
        return ent.text
    start = ent.start
    while start < ent.end and rules.org_noun.search(doc[ent.start:start + 1].text + " "):
        start += 1  # NER took the noun in: "maison Vernier"
    if start == ent.end or not doc[start].text[:1].isupper():
        return None
    if start == ent.start and not rules.org_noun.search(
            text_of(doc)[max(0, ent.start_char - 40):ent.start_char]) and not (
            # "a new company called Lumio" (but "the company named X CEO" names a person)
            ent.start > 1 and doc[ent.start - 1].lower_ in rules.naming_words
            and indefinite(doc[ent.start - 2])
            and rules.org_noun.search(doc[ent.start - 2].text + " ")):
        return None
    if ent.end < len(doc) and doc[ent.end].pos_ in ("VERB", "AUX"):
        return None  # "the company Smith founded": a person
    return doc[start:ent.end].text


def _org_noun_apposed(ent: Span, rules: Rules) -> bool:
    """An organization noun apposed right after the name ("quittaient Demosisto, un parti
    politique", "Lumio, a startup based in Lyon"): whatever NER tagged it, never a person
    (but "X, the group's chief" is one)."""
    doc = ent.doc
    k = ent.end
    if k + 2 >= len(doc) or doc[k].text != "," or doc[k + 1].pos_ != "DET":
        return False
    k += 2
    if doc[k].pos_ == "ADJ" and k + 1 < len(doc):  # "un jeune parti"
        k += 1
    nouns = rules.party_nouns | rules.org_noun_words
    after = doc[k + 1] if k + 1 < len(doc) else None
    # "X, the group's chief" names a person; "X, le parti Vox a tenté…" starts a new clause
    owned = after is not None and after.dep_ in rules.deps["poss"] | {"case"} and \
        after.head == doc[k]
    named = after is not None and after.pos_ == "PROPN"
    return doc[k].lower_ in nouns and not owned and not named and \
        doc[k].dep_ not in rules.deps["subj"]


def person_after(ent: Span, rules: Rules, is_person: Callable[[Span], bool]) -> int | None:
    """Where an organization NER ran on into a person ends: at the preposition or conjunction
    before the person ("co-founded Inflection with Suleyman"), never at a name particle
    ("Transition écologique François de Rugy" is cut elsewhere, before the full name)."""
    doc = ent.doc
    return next((k for k in range(ent.start + 1, ent.end - 1)
                 if doc[k].is_lower and doc[k].pos_ in ("ADP", "CCONJ")
                 and doc[k].lower_ not in rules.name_particles
                 and is_person(doc[k + 1:ent.end])), None)


def name_spans(ent: Span, text: str, rules: Rules) -> list[tuple[int, int]]:
    """The names in a person entity. Headlines glue words to names ("Obama Nominates Regina
    Benjamin", "Regina Benjamin Jul"): leading trigger words and trailing dates are dropped.
    NER also runs two adjacent names together ("le Premier ministre Édouard Philippe Sandro
    Gozi"): split before a full name the article also gives apart."""
    start, end = ent.start, ent.end
    doc = ent.doc
    while end - start > 1 and rules.trigger_word(doc[start].text):
        start += 1
    while end - start > 1 and rules.dates.is_date_word(doc[end - 1].text):
        end -= 1
    role = rules.role.match(text_of(doc), doc[start].idx)
    if role:  # "leur nouveau Premier ministre Moustapha Adib" tagged whole: the name after
        after = next((k for k in range(start, end) if doc[k].idx >= role.end()), end)
        if end - after >= 2 and all(t.text[:1].isupper() for t in doc[after:end]):
            start = after
    for k in range(start + 2, end):  # "Name Dana Whitfield Surgeon General": a title of two
        # words or more, or an abbreviated one ("named Jane Doe CFO"), that NER glued after the name
        role = rules.role.match(text_of(doc), doc[k].idx)
        if role and ((" " in role.group(0) or role.group(0).isupper()) and role.end() >= doc[
                end - 1].idx + len(doc[end - 1].text) or doc[k].is_lower):
            end = k  # (a lowercase title ends the name, whatever follows it: "nommé Anne
            # de Lattre directrice de l'hôpital de Valbourg")
            break
    while end < len(doc):  # "Daniel Cohn-Bendit" where NER stops at "Cohn" or "Cohn-"
        if doc[end - 1].text == "-" and not doc[end - 1].whitespace_ and \
                doc[end].text[:1].isupper():
            end += 1
        elif (end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_
              and not doc[end].whitespace_ and doc[end + 1].text[:1].isupper()):
            end += 2
        else:
            break
    if in_firm_name(text, doc[start].idx, doc[end - 1].idx + len(doc[end - 1])):
        return []  # "David Manafort & Freeman", "Ernst & Young": a firm named after people
    if end - start == 3 and fold(doc[start].text) not in first_names() and \
            fold(doc[start + 1].text) in first_names() and (
                text.count(doc[start + 1:end].text) > text.count(doc[start:end].text)
                or start > 0 and doc[start - 1].text.lower() in rules.from_preps):
        return [(start + 1, end)]  # "de Saint-Gobain Albin Roussel", "maire de Valdor Jean
        # Dumas": an organization's or a place's name before a given name and a surname
    if end - start >= 4:
        whole = text.count(doc[start:end].text)
        for k in range(start + 2, end - 1):
            if "-" in (doc[k].text, doc[k - 1].text) or not doc[k].text[:1].isupper() or \
                    len(doc[k:end].text.split()) < 2:
                # "Éric Dupond-Moretti" is one name, whatever "M. Dupond-Moretti" says;
                # "Ursula von der Leyen" too, whatever "der Leyen" or "Leyen" says: the
                # name split off is a full one
                continue
            if text.count(doc[k:end].text) > whole:
                return [(start, k), (k, end)]
    return [(start, end)]


def plausible_person(name: str, rules: Rules) -> bool:
    words = name.split()
    if not words or len(words) > 5 or "&" in name:  # "Manafort & Freeman": a firm
        return False
    # "Valéry Giscard d'Estaing": an elided particle before the surname's capital
    last = re.sub(r"^\w['’]", "", words[-1])
    particle, _, rest = last.partition("-")
    if rest and particle in rules.name_particles:  # "Bashar al-Assad"
        last = rest
    if not last[:1].isupper():
        return False
    if fold(words[0]) in rules.not_name_starts:  # "The Chiefs", "The Oscars"
        return False
    if fold(words[0].split("-")[0]) in rules.unnamed_heads:  # "Celui-ci": a pronoun
        return False
    if len(words) > 1 and fold(re.sub(r"['’]s?$", "", words[-1])) in rules.not_name_ends:
        return False  # "Bruce Township", "Orbital Labs'"
    if words[0][:1].islower() and len(words[0]) > 3:  # "affaire Matzneff": a thing named
        return False  # after someone (particles "de", "van", "von" are short)
    if words[0] in rules.determiners or re.match(r"\w['’]\w", words[0]) and \
            words[0][2:3].islower():  # "la République", "L'huître Georgette": a thing
        return False
    role = rules.role.match(name)
    if role and role.end() == len(name):
        return False  # "Président de la République": a title, nobody named
    if role and name[role.end():].split()[:1] in (["de"], ["du"], ["des"]) or \
            role and name[role.end():].startswith((" d'", " d’")):
        return False  # "Président de Ferrari": a title and its organization, nobody named
    if name.isupper() and len(name) <= 6:  # acronyms are organizations
        return False
    if all(w.isupper() and w.isalpha() and len(w) <= 4 for w in words):
        return False  # "EYP MCF": acronyms side by side, never a name
    if rules.role.fullmatch(name) or len(words) > 1 and rules.role.fullmatch(words[-1]) and \
            fold(words[0]) not in first_names():
        return False  # "Associate Dean", "Deputy Director": a title, nobody named
    return not any(ch.isdigit() for ch in name)
