"""People and organizations inside one article: fullest names, surname-only mentions, the
organization an article is mostly about.

"Murati" and "Mme Murati" resolve to "Mira Murati" when the article spells it out somewhere;
an acronym ("DNC", "VW") resolves to the name it abbreviates when the article names it.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import cache, cached_property, lru_cache
from typing import NamedTuple

from turnover.extract.prefilter import BULLETS

_CAP_WORD = r"[A-ZÀ-ÖØ-Ý][\w'’-]*"
# where an organization's name ends whatever the tagger spans: a new line, a headline's colon
# ("Jaguar : actualité automobile"), a sentence glued on by a missing space ("LREM.Pour") or a
# former affiliation after it ("députée LREM ex-LR")
# (a stop glued to the next sentence: "fin.Début", 'SpaceX."C'est'; or to a list's bullet:
# "le groupe PS.- Delphine X"); or an editor's note ("Sorel NDLR")
ORG_NAME_END = re.compile(r"\n|\s:\s|(?<=\w\w)\.(?=[A-ZÀ-Ý][a-zà-ÿ]{2,})|\s(?=[Ee]x-\w)"
                          r"|(?<=\w)[.!?](?=[\"“«][A-ZÀ-Ý])|(?<=\w)\.[-–" + BULLETS + "]"
                          r"|\s(?=NDLR\b|[Nn]dlr\b)")
YEAR = re.compile(r"(?:1[89]|20)\d\d")


def without_dating(words: list[str], is_date_word: Callable[[str], bool]) -> int:
    """How many of a name's words are left once a dating phrase the recogniser ran into it
    is cut ("En Marche en 2016", "En Marche en janvier 2017"): a lowercase preposition, then
    a year with date words only. "Paris 2024" keeps its year."""
    k = len(words)
    while k > 1 and (is_date_word(words[k - 1]) or YEAR.fullmatch(words[k - 1])):
        k -= 1
    if k < len(words) and YEAR.fullmatch(words[-1]) and k > 1 and words[k - 1].islower() \
            and not is_date_word(words[k - 1]):
        return k - 1
    return len(words)


@cache
def first_names() -> dict[str, str]:
    """Given names (folded) → "m", "f" or "" (both): gender-guesser's dictionary of about
    60,000 names from many countries, those that are a man's or a woman's name in at least
    one country ("Tony", "Randy", "Chris" are also "mostly" or "andy" elsewhere), not the
    ones only ever "mostly" or "andy"."""
    names = {}
    for name, genders in _detector_names().items():
        if not set(genders) & {"male", "female"}:
            continue
        sides = {g.removeprefix("mostly_") for g in genders} - {"andy"}
        names[fold(name)] = {"male": "m", "female": "f"}.get(next(iter(sides)), "") \
            if len(sides) == 1 else ""
    return names


@cache
def _detector_names() -> dict[str, dict[str, str]]:
    from gender_guesser.detector import Detector  # loaded once, on the first article

    return Detector(case_sensitive=False).names


def accents_differ(word: str) -> bool:
    """`word` carries an accent after its first letter that the given name it folds to lacks
    ("Pôle" is not "Pole"); a capital's accent is often lost in the dictionary ("Éric")."""
    low = word.casefold()
    return fold(low[1:]) != low[1:] and fold(low) in first_names() and \
        low not in _detector_names()


def gender(person: str) -> str:
    """"m" or "f" when the person's given name says so, else "" (a name of one word is a
    given name's only when the article gives no surname: "son époux Philippe")."""
    return first_names().get(fold(person.split()[0]), "") if person.strip() else ""


class WordMatch(NamedTuple):
    """Where `WholeWord` found its word: `start()`, `end()` and `span()` as a regex match's."""

    at: int
    to: int

    def start(self) -> int:
        return self.at

    def end(self) -> int:
        return self.to

    def span(self) -> tuple[int, int]:
        return self.at, self.to


def _is_word_char(char: str) -> bool:
    return char.isalnum() or char == "_"  # exactly what `re` takes for \w


class WholeWord:
    r"""A word (a name, a surname) as a whole word: the matches of the pattern
    `word(?<!\wword)(?!\w)`, found with `str.find`. Compiling that pattern for each new name
    (nearly every name is new to the process) was a sixth of the rules' time."""

    __slots__ = ("word",)

    def __init__(self, word: str):
        self.word = word

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> WordMatch | None:
        return next(self.finditer(text, pos, endpos), None)

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None
                 ) -> Iterator[WordMatch]:
        """Like a pattern's: the text ends at `endpos`, but a word char before `pos` counts."""
        word, size = self.word, len(self.word)
        end = len(text) if endpos is None else min(endpos, len(text))
        at = text.find(word, pos, end)
        while at >= 0:
            if (at == 0 or not _is_word_char(text[at - 1])) and (
                    at + size == end or not _is_word_char(text[at + size])):
                yield WordMatch(at, at + size)
                at = text.find(word, at + size, end)
            else:
                at = text.find(word, at + 1, end)


# The rules fold the same names again and again (each word, against each known name): a
# bounded cache keeps that cheap without letting a long stream grow memory.
@lru_cache(maxsize=1 << 12)
def word_re(word: str) -> WholeWord | re.Pattern[str]:
    """`word` (a name, a surname) as a whole word (`WholeWord`; the empty word, which matches
    between characters, keeps its pattern). Cached: the rules look the same names up in
    every sentence."""
    if not word:
        return re.compile(r"(?<!\w)(?!\w)")
    return WholeWord(word)


def at_an_end(folded: str, other: str) -> bool:
    r"""The folded name `folded` opens or closes the folded name `other` (`Inventory.full_org`):
    what `(?:^folded\b|\bfolded$)` finds (no folded name ends with a new line, where `$`
    would also match), without compiling a pattern for each organization."""
    size = len(folded)
    return (other.startswith(folded) and _boundary(other, size)) or (
        other.endswith(folded) and _boundary(other, len(other) - size))


def _boundary(text: str, i: int) -> bool:
    r"""Whether \b matches at `text[i]`."""
    return (i > 0 and _is_word_char(text[i - 1])) != (i < len(text) and _is_word_char(text[i]))


@lru_cache(maxsize=1 << 16)
def fold(text: str) -> str:
    if not text.isascii():
        text = unicodedata.normalize("NFKD", text)
        text = "".join(c for c in text if not unicodedata.combining(c))
    return " ".join(text.casefold().replace("’", "'").split())


def in_firm_name(text: str, start: int, end: int) -> bool:
    """The name at `text[start:end]` is part of a firm's ("David Manafort & Freeman",
    "Ernst & Young"), never a person's."""
    return bool(re.match(r"\s*&", text[end:]) or re.search(r"&\s*$", text[max(0, start - 3):start]))


def clean_name(text: str, titles: set[str]) -> str:
    """A person's name without titles, possessives or surrounding punctuation."""
    # (a dash glued to a name closes an aside: "la démission de Paul Martin- dans")
    text = re.sub(r"['’]s$", "", text.strip(" ,;:.«»\"“”()-–—"))
    # the end of the sentence before, glued to the name by a missing space ("l'UE.David
    # Sassoli"): the parser sees one word
    text = re.sub(r"^[\w'’-]{2,}[.!?](?=[A-ZÀ-ÖØ-Ý][a-zà-ÿ])", "", text)
    # a quotation closing right before it, glued too ('"MENTEUR"Paul Roux')
    text = re.sub(r"^[^\s\"»”]*[\"»”](?=[A-ZÀ-ÖØ-Ý][a-zà-ÿ])", "", text)
    # and the start of the sentence after ("Pierre Dupré.-\"En"): never part of the name
    text = re.split(r"(?<=\w\w)[.!?]-?[\"«“]", text)[0]
    words = text.split()
    # a one-letter title only with its period: "M. Dupont", but "M Pokora" is a stage name
    while words and fold(words[0]).rstrip(".") in titles and (
            len(words[0].rstrip(".")) > 1 or words[0].endswith(".")):
        words = words[1:]
    # a party's acronym NER takes with the name ("le maire RN Paul Roux"), before a given
    # name (not a firm's: "EYP Mission Critical"; one before a single word may be a nickname:
    # "JR Smith")
    if len(words) > 2 and re.fullmatch(r"[A-Z]{2,6}", words[0]) and \
            fold(words[1]) in first_names() and all(
            re.fullmatch(r"[A-ZÀ-ÖØ-Ý][a-zà-ÿ][\w'’-]*", w) for w in words[1:3]):
        words = words[1:]
    return " ".join(words)


def unglue(name: str, known: list[str], text: str) -> str:
    """A name without the headline word NER glued after it ("Ellen Park Returns", "LaRue
    Dies"): said once, its last word belongs to no other name, and the rest is a name the
    article gives (whole or as a surname)."""
    words = name.split()
    if len(words) < 2 or text.count(name) > 1:
        return name
    head, last = fold(" ".join(words[:-1])), fold(words[-1])
    others = [fold(k) for k in known if fold(k) != fold(name)]
    if any(o == head or o.endswith(" " + head) for o in others) and not any(
            last in o.split() for o in others):
        return " ".join(words[:-1])
    return name


@dataclass
class Inventory:
    """Names met in an article. Built from the NER of the parsed windows and the raw text."""

    text: str
    aliases: dict[str, str] = field(default_factory=dict)  # folded short name → a word of the
    # full one, for names sharing no word with it ("Sixers" → "76ers")
    persons: list[str] = field(default_factory=list)  # fullest forms, most complete first
    orgs: Counter[str] = field(default_factory=Counter)
    person_votes: Counter[str] = field(default_factory=Counter)  # folded name → PER tags
    org_votes: Counter[str] = field(default_factory=Counter)  # folded name → ORG tags
    leading_article: re.Pattern[str] | None = None  # "Le", "The": not part of an org's name
    name_preps: set[str] = field(default_factory=set)  # "de": before a surname, not a particle
    small_words: set[str] = field(default_factory=set)  # left out of an acronym's initials
    titles: set[str] = field(default_factory=set)  # folded, before a name, never part of it
    countries: set[str] = field(default_factory=set)  # folded: a country is never the start
    # of a longer name run on by a lowercase word ("France" is no "France insoumise", but
    # may be short for "France Télévisions")
    titled: set[str] = field(default_factory=set)  # folded surnames the text gives after an
    # honorific ("Mr. Foley"): a person's, wherever NER tags them as something else
    # the folded surnames of the full names in `persons`, and how many people they were
    # taken from (asked of every capitalised word of every sentence read)
    _surnames: tuple[int, frozenset[str]] = field(default=(-1, frozenset()), repr=False)
    # every folded word of every name in `persons`, and how many people they were taken from
    _name_words: tuple[int, frozenset[str]] = field(default=(-1, frozenset()), repr=False)

    @property
    def not_persons(self) -> set[str]:
        """Names NER tagged as organizations more often than as persons: spaCy's models
        tag some companies as people and the other way round; the majority decides."""
        return {n for n, v in self.org_votes.items() if v > self.person_votes[n]
                and n not in self.titled}

    def vote_person(self, name: str) -> None:
        self.person_votes[fold(name)] += 1

    def add_person(self, name: str) -> None:
        if not name or fold(name) in self.not_persons or not re.search(_CAP_WORD, name):
            return
        if name not in self.persons:
            self.persons.append(name)

    def is_person(self, name: str) -> bool:
        """`name` is, folded, one of the people the article names."""
        folded = fold(name)
        return any(folded == fold(p) for p in self.persons)

    def add_org(self, name: str) -> None:
        name = ORG_NAME_END.split(name)[0].strip(" ,;:.«»\"“”()")
        # lowercase words before the name ("à Matignon" left of "Premier ministre à
        # Matignon" once the title is cut): a preposition, never part of it
        name = re.sub(r"^(?:[a-zà-ÿ]+['’]?\s+)+(?=[A-ZÀ-Ý])", "", name)
        if self.leading_article:
            name = self.leading_article.sub("", name)
        name = re.sub(r"['’]s?$", "", name.strip())
        if len(name) > 1 and re.match(r"[\wÀ-ÿ]", name):
            self.orgs[name] += 1
            self.org_votes[fold(name)] += 1

    def full_person(self, name: str) -> str:
        """The fullest form of `name` in the article: a known name whose words include all of
        `name`'s words (so "Murati" → "Mira Murati"), else a capitalised run of words in the
        text that ends with the name."""
        tokens = set(fold(name).split())
        best = name
        words = name.split()
        if len(words) == 2 and words[0] in self.name_preps and not any(
                fold(name) in fold(known) for known in self.persons):
            # "Destitution de Hollande": a surname after a preposition, not a particle
            tokens = {fold(words[1])}
            best = words[1]
        for known in self.persons:
            known_tokens = set(fold(known).split())
            if tokens <= known_tokens and len(known_tokens) > len(set(fold(best).split())):
                best = known
        if best == name and len(name.split()) == 1:
            # (never across a line: "... pour remplacer Tex\nBruno Guillon a été choisi")
            after = re.search(rf"\b{re.escape(name)}[^\S\n]+({_CAP_WORD})", self.text)
            if after and not _title_case_line(self.text, after.start()) and fold(
                    after.group(1)) not in _NOT_FIRST_NAMES and fold(
                    f"{name} {after.group(1)}") not in self.not_persons and not any(
                    fold(after.group(1)) in fold(o) for o in self.orgs):
                return f"{name} {after.group(1)}"
            pattern = rf"\b((?:{_CAP_WORD}[^\S\n]+){{1,2}}){re.escape(name)}\b"
            for m in re.finditer(pattern, self.text):
                words = m.group(1).split()
                while len(words) > 1 and fold(words[0]).rstrip(".") in self.titles:
                    words.pop(0)  # "Prime Minister George Papandreou": George Papandreou
                first = words[0]
                if re.search(r"\w['’]s\b", m.group(1)) or in_firm_name(self.text, m.start(),
                                                                     m.end()):
                    # "Broadway's Tony awards": an owner before, not a first name; "David
                    # Manafort & Freeman": a firm
                    continue
                opening = re.search(r"(?:^|[.!?:\n][\"'»”)]*)\s*$", self.text[:m.start()])
                if opening and fold(first) not in first_names():
                    continue  # "Through Manafort's company": a sentence's first word
                if first[0].isupper() and fold(first).rstrip(".") not in _NOT_FIRST_NAMES | \
                        self.titles:
                    candidate = f"{' '.join(words)} {name}"
                    if fold(candidate) not in self.not_persons:
                        return candidate
        return best

    def is_known_surname(self, word: str) -> bool:
        w = fold(word)
        if w in self.titled:
            return True
        count, surnames = self._surnames
        if count != len(self.persons):  # people are only ever added (add_person)
            surnames = frozenset(fold(p).split()[-1] for p in self.persons if len(p.split()) > 1)
            self._surnames = (len(self.persons), surnames)
        return w in surnames

    def name_words(self) -> frozenset[str]:
        """The folded words of every person's name (asked at every title a role rule tries)."""
        count, words = self._name_words
        if count != len(self.persons):  # people are only ever added (add_person)
            words = frozenset(fold(w) for p in self.persons for w in p.split())
            self._name_words = (len(self.persons), words)
        return words

    def full_org(self, name: str) -> str:
        """The fullest form of an organization among those the article names; an acronym
        ("DNC", "VW") expands to the name it abbreviates when the article spells it out."""
        folded = fold(name)
        said = None
        if folded in self.aliases:  # the lexicon's short names first ("LR": "Républicains")
            said = re.search(rf"(?<!\w){re.escape(self.aliases[folded])}(?!\w)", self.text,
                             re.IGNORECASE)
        # (an alias the lexicon spells out is never guessed from the text's words: "PS" is
        # no "Parisien")
        if said is None and folded not in self.aliases and name.isupper() and \
                2 <= len(name) <= 6 and name.isalpha():
            expanded = self.expand_acronym(name)
            if expanded:
                return expanded
        if said is not None:  # as the article spells it ("le parti communiste")
            name, folded = said.group(0), fold(said.group(0))
        best = name
        for known in self.orgs:
            fk = fold(known)
            # "76ers" → "Philadelphia 76ers", "Helix" → "Helix Robotics", but a name inside
            # another is something else ("Alabama" is not "South Alabama College"), and so is
            # a party's body ("Conseil national des Républicains"), a phrase run from a
            # lowercase noun ("Mutuelles Armor" is no "affaire des Mutuelles Armor") or a
            # former member's label ("l'ex-PS X": the PS)
            if fk != folded and at_an_end(folded, fk) and len(fk) > len(fold(best)) \
                    and len(fk) < len(folded) + 25 \
                    and not ((said or known[:1].islower())
                             and _BODY_OF.search(fk[:len(fk) - len(folded)])) \
                    and not fk.startswith("ex-") \
                    and not self._heading_topic(known) \
                    and not self._country_run_on(folded, known) \
                    and not self._person_run_on(folded, known) \
                    and not _MODEL.match(known[len(name):].strip() if fk.startswith(folded)
                                         else ""):
                best = known
        return best

    def _country_run_on(self, folded: str, known: str) -> bool:
        """`known` is the country `folded` run on by a lowercase word ("France insoumise")."""
        rest = known[len(folded):].lstrip()
        return folded in self.countries and fold(known).startswith(folded) and rest[:1].islower()

    def _person_run_on(self, folded: str, known: str) -> bool:
        """`known` is the organization `folded` run on by a person's name ("la présidente du
        Parti radical Hélène Garnier": her title's organization, then her, NER cutting where
        it likes), one the article also gives without the given name ("Mme Garnier")."""
        if not fold(known).startswith(folded + " "):
            return False
        rest = known.split()[len(folded.split()):]
        if fold(rest[0]) not in first_names():
            return False
        for at in re.finditer(rf"(?<!\w){re.escape(known)}", self.text):
            after = re.match(r"(?:\s+[A-ZÀ-ÖØ-Ý][\w'’-]*){0,2}", self.text[at.end():])
            surname = " ".join(rest[1:] + (after.group(0).split() if after else []))
            if surname and any(
                    not self.text[:m.start()].rstrip().endswith(rest[0]) for m in re.finditer(
                        rf"(?<!\w){re.escape(surname)}(?!\w)", self.text)):
                return True
        return False

    def _heading_topic(self, known: str) -> bool:
        """`known` opens a line only, and its first word is a common noun the article writes
        in lowercase elsewhere: a heading's topic, capitalised by its place ("Grève SNCF : ..."
        and "la grève"), not part of the organization's name."""
        first = known.split()[0]
        places = [m.start() for m in re.finditer(rf"(?<!\w){re.escape(known)}(?!\w)", self.text)]
        if len(first) <= 3 or not places or any(
                self.text[self.text.rfind("\n", 0, p) + 1:p].strip() for p in places):
            return False
        return re.search(rf"(?<![\w'’]){re.escape(first.lower())}(?!\w)", self.text) is not None

    @cached_property
    def _capitalised_runs(self) -> list[tuple[str, list[str]]]:
        """The runs of capitalised words of the text, each with its capitalised words: read
        by `expand_acronym` for every acronym, found once per article."""
        words = rf"{_CAP_WORD}(?:\s+(?:of|and|for|the|de|du|des|d'|et|la|le)?\s*{_CAP_WORD})*"
        return [(m.group(0), [w for w in re.split(r"[\s'’-]+", m.group(0)) if w[:1].isupper()])
                for m in re.finditer(words, self.text)]

    def expand_acronym(self, acronym: str) -> str | None:
        defined = self._defined_acronym(acronym)
        if defined:
            return defined
        for run, caps in self._capitalised_runs:
            for i in range(len(caps)):
                for j in range(i + 2, len(caps) + 1):
                    if "".join(w[0] for w in caps[i:j]).upper() == acronym.upper():
                        start = run.index(caps[i])
                        end = run.index(caps[j - 1], start) + len(caps[j - 1])
                        return run[start:end]
        # a compound word abbreviated by its parts ("VW" for "Volkswagen"): a known
        # organization that starts with the first letter and holds the others in order
        for org in self.orgs:
            word = fold(org)
            if " " in word or len(word) < 3 * len(acronym) or word[0] != fold(acronym[0]):
                continue
            rest = iter(word[1:])
            if all(letter in rest for letter in fold(acronym[1:])):
                return org
        return None

    def _defined_acronym(self, acronym: str) -> str | None:
        """The words an acronym stands for where the article defines it in brackets: their
        initials, lowercase words too, spell it ("le Parti libéral-démocrate (PLD)", "World
        Health Organization (WHO)"); small words may be left out ("Organisation mondiale de la
        santé (OMS)")."""
        for m in re.finditer(rf"\(\s*{re.escape(acronym)}\s*\)", self.text):
            before = self.text[max(0, m.start() - 120):m.start()]
            words = list(re.finditer(r"\w+", before))[-10:]
            for start in range(len(words) - 1, -1, -1):
                first = words[start].group(0)
                initials = "".join(w.group(0)[0] for w in words[start:]
                                   if w.group(0).lower() not in self.small_words)
                if len(initials) > len(acronym):
                    break
                if first[:1].isupper() and first.lower() not in self.small_words and \
                        fold(initials) == fold(acronym):
                    return before[words[start].start():words[-1].end()]
        return None


def _title_case_line(text: str, pos: int) -> bool:
    """The line at `pos` is a headline in title case ("LaRue Dies at 82", "Park Set to Host
    the Awards"), where a capitalised word after a name is no part of it."""
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    words = [w for w in text[start:end if end >= 0 else len(text)].split() if len(w) > 3]
    return len(words) >= 2 and all(w[:1].isupper() or not w[:1].isalpha() for w in words)


# A product's model after its maker's name ("Jaguar F-Type", "Airbus A320", "Boeing 737"):
# a product, not a fuller name of the maker.
_MODEL = re.compile(r"(?:[A-Z]{1,3}-[A-Za-z]+|[A-Z]{1,3}\d+\w*|\d{3,})\b")
# A name ending with "of X" names a body of X, not X ("Conseil national des Républicains").
_BODY_OF = re.compile(r"\b(?:of|of the|de|du|des|de la|d')\s*$")

# Capitalised words that start sentences or titles, not first names.
_NOT_FIRST_NAMES = {
    "le", "la", "les", "un", "une", "des", "de", "du", "et", "mais", "pour", "avec", "selon",
    "the", "a", "an", "and", "but", "for", "with", "according", "after", "when", "while", "m",
    "mme", "mr", "mrs", "ms", "dr", "president", "coach", "ceo", "pdg", "cto",
    "chez", "at", "of", "by", "par", "sur", "dans", "in", "on", "to", "from", "ex",
}


def without_cuts(names: list[str]) -> list[str]:
    """The names but those another one starts with: a shorter pattern's cut of a name
    found whole ("Voix" of "Voix du Nord")."""
    return [n for n in names if not any(o.startswith(n + " ") for o in names)]
