"""Language rules compiled from a lexicon file (turnover/lang/<code>.json).

Everything language-specific the extractor needs is here as data: trigger patterns, dependency
labels, role titles, status cues, source and reason patterns, date words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from turnover import lang as languages
from turnover.extract.dates import DateFinder
from turnover.extract.names import fold
from turnover.extract.prefilter import Prefilter, screen

_FLAGS = re.IGNORECASE


@dataclass(frozen=True)
class Trigger:
    regex: re.Pattern[str]
    kind: str
    action: str
    arg: str  # where the person is: "subj", "obj" or "noun"
    pair: bool = False  # "X replaces Y": a start for X and an end for Y
    needs_org: bool = False  # only an event when an organization is attached ("joined Google")
    needs_some_org: bool = False  # only an event with an organization, the article's main one
    # included ("le départ de X" in an article about a company; not a walk-out from nowhere)
    needs_role: bool = False  # only an event when a role follows ("became CEO")
    unless: re.Pattern[str] | None = None
    needs_before: re.Pattern[str] | None = None
    needs_after: re.Pattern[str] | None = None
    pos: tuple[str, ...] = ()
    not_place: bool = False  # no event when a place follows ("returned to Ohio": a trip)
    group: bool = False  # names a list of people ("deux favoris : X et Y", "X, Y et Z sont
    # pressentis"): each one gets the event, a speculation (rumored)
    listing: bool = False  # names a list of people after a colon, as facts ("parmi les
    # partants : X, Y et Z"): each one gets the event
    in_office: bool = False  # only for someone the article gives a current title ("le maire
    # X est décédé", not "l'ancien ministre X" nor a singer)
    reason: str | None = None  # the reason every change it tells has ("died")
    epithet: bool = False  # a title that tells a past change ("le fondateur de X", "co-founder
    # X"): the change happened, at no date the sentence gives
    held_before: bool = False  # the post left is named before the trigger ("maire de X
    # jusqu'à sa nomination à Y"): an organization after it is the next post's
    regime: bool = False  # a ruler overthrown ("toppled", "ousted by a coup"): with no
    # organization named for the post, the country the sentence names is the one ruled
    alongside: bool = False  # read even where a longer trigger covers the words ("came to Y
    # from Z" tells a start at Y beside the end at Z): never hides another trigger either
    # the pattern, case-sensitive, for lowered text (prefilter.screen): a quick test before
    # `regex`, never stricter
    screen: re.Pattern[str] | None = None


@dataclass(frozen=True)
class Office:
    """A national office named for its post (see the lexicon's `government` `offices`)."""

    role: re.Pattern[str]  # the post whose holder sits there ("premier ministre")
    name: str  # the office as an organization, its staff's ("Matignon")
    title: str  # the role of a change of office told with none
    building: re.Pattern[str]  # the building as articles write it ("la place Beauvau")
    country: str | None = None  # a foreign office's country ("Maison Blanche": États-Unis)
    ministry: str | None = None  # the ministry a seat stands for, its staff's
    core: re.Pattern[str] | None = None  # what every match of `building` holds (`_core`)


@dataclass(frozen=True)
class PostTitles:
    """Office nouns that tell a change's title ("de la présidence de": président; see the
    lexicon's `post_titles`)."""

    post: re.Pattern[str]  # group `office`, optional group `organ` (a board kept in the title)
    titles: dict[str, tuple[str, str]]  # folded office → masculine and feminine title
    not_between: re.Pattern[str]  # between trigger and office: another post's ("candidat à")

    def title(self, m: re.Match[str], feminine: bool) -> str:
        office = " ".join(fold(m.group("office")).split())
        title = self.titles[office][feminine]
        organ = " ".join((m.group("organ") or "").lower().split())
        return f"{title} {organ}" if organ else title


@dataclass(frozen=True)
class Seats:
    """Elected seats whose organization is their district (see the lexicon's `seats`)."""

    roles: re.Pattern[str]  # the seats' titles ("député")
    district: re.Pattern[str]  # a district as written ("la 1re circonscription du Haut-Rhin")
    kept: re.Pattern[str] | None  # ends before the title of a post kept while one is left
    where: re.Pattern[str] | None  # after a district: a clause that tells a change of its seat
    title: str  # the title of a seat its district alone names


@dataclass(frozen=True)
class Government:
    """Who a national political post belongs to (see the lexicon's `government`)."""

    posts: re.Pattern[str]  # national executive posts ("ministre", "prime minister")
    # role → office name ("premier ministre" → Matignon), the title of its holder, its seat
    offices: list[Office]
    body: re.Pattern[str]  # the government as articles call it
    countries: re.Pattern[str]  # country names and their adjectives
    country_of: dict[str, str]  # folded name or adjective → country name
    home: str | None = None  # the country of a national post the article names no country for
    staff: re.Pattern[str] | None = None  # ends before a post that is the office's, not the
    # country's ("conseiller du Premier ministre": Matignon)
    sentence_only: bool = False  # the country only where the post's sentence names it
    ministries: re.Pattern[str] | None = None  # a portfolio written as a name ("nommé à la
    # Défense", "aux Affaires étrangères"): a minister's post, the country's, never an
    # organization of its own
    ministry: re.Pattern[str] | None = None  # "ministère de": before a portfolio, its ministry
    staff_roles: re.Pattern[str] | None = None  # a ministry's staff, who keep the ministry
    state: frozenset[str] = frozenset()  # folded names of the state itself ("la République")
    # standing for the country as an organization ("le président de la République")
    power: re.Pattern[str] | None = None  # ends a trigger that takes the country's power

    def is_ministry(self, name: str, named: bool = False) -> bool:
        """A portfolio, or several ("l'Écologie et la Justice"); with `named`, also the
        ministry named for it ("le ministère de l'Intérieur")."""
        if named and self.ministry and (m := self.ministry.match(name)):
            name = name[m.end():]
        return bool(self.ministries) and all(
            self.ministries.fullmatch(part) for part in re.split(
                r"\s*,\s*|\s+(?:et|and)\s+(?:(?:la|le|les|the)\s+|l['’])?", name))

    def is_staff(self, role: str | None) -> bool:
        return bool(role and self.staff_roles and self.staff_roles.search(role))

    def building_at(self, text: str, pos: int) -> tuple[Office, int] | None:
        """The office whose building the text names at `pos` ("la Maison Blanche"), and its end."""
        for office in self.offices:
            m = office.building.match(text, pos)
            if m:
                return office, m.end()
        return None

    def buildings_in(self, text: str) -> list[tuple[Office, int, int]]:
        return [(o, m.start(), m.end()) for o in self.offices
                if o.core is None or o.core.search(text) for m in o.building.finditer(text)]

    def written(self, name: str, text: str) -> str:
        """`name` (an office, a country) as the text spells it ("Elysée", "Etats-Unis")."""
        m = re.search(rf"(?<![\w-]){re.escape(fold(name))}(?![\w-])", fold(text))
        return text[m.start():m.end()] if m and len(fold(text)) == len(text) else name

    def office_named(self, org: str | None) -> Office | None:
        # (as the articles write it too: "la Maison-Blanche")
        return next((o for o in self.offices if org and (
            fold(org) == fold(o.name) or o.building.fullmatch(org))), None)

    def country_in(self, text: str) -> str | None:
        m = self.countries.search(text)
        return self.country_of[fold(m.group(0))] if m else None


def _building(office: dict[str, Any]) -> str:
    """How articles write an office's building: its `building`, else its name."""
    return office.get("building") or re.escape(office["name"])


# a building written as optional words, then its name in capitals: "(?:la\s+)?(?-i:Beauvau)"
_OPTIONAL_THEN_CORE = re.compile(r"(?:\(\?:(?:[^()]|\([^()]*\))*\)\?)*\(\?-i:([^()]*)\)")


def _core(office: dict[str, Any]) -> re.Pattern[str] | None:
    """The case-sensitive name that ends every match of the office's building, where the
    lexicon writes it after optional words only (`_OPTIONAL_THEN_CORE`); else None.
    Searched first, it rules out the texts without the building (nearly all) twenty times
    faster than the building's pattern, which ignores case and, opening on a look-behind,
    is tried at every character."""
    m = _OPTIONAL_THEN_CORE.fullmatch(office.get("building") or "")
    return re.compile(m.group(1), _FLAGS & ~re.IGNORECASE) if m else None


def _government(lex: dict[str, Any]) -> Government:
    country_of = {}
    for country, adjectives in lex["countries"].items():
        for word in [country, *adjectives]:
            country_of[fold(word)] = country
    # case-sensitive, so that English "US" is not "us"; adjectives also capitalised
    words = sorted({v for c, adj in lex["countries"].items() for w in [c, *adj]
                    for v in (w, w[:1].upper() + w[1:])}, key=len, reverse=True)
    return Government(
        posts=re.compile(rf"^(?:{lex['posts']})", _FLAGS),
        offices=[Office(re.compile(o["role"], _FLAGS), o["name"], o["title"],
                        re.compile(rf"(?<![\w-])(?:{_building(o)})(?![\w-])", _FLAGS),
                        o.get("country"), o.get("ministry"), _core(o))
                 for o in lex["offices"]],
        body=re.compile(rf"\b(?:{lex['body']})\b", _FLAGS),
        countries=re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(w) for w in words)
                             + r")(?![\w-])"),
        country_of=country_of,
        home=lex.get("home"),
        staff=re.compile(lex["staff"], _FLAGS) if lex.get("staff") else None,
        sentence_only=bool(lex.get("sentence_only", False)),
        ministries=re.compile(rf"(?:{lex['ministries']})", _FLAGS) if lex.get("ministries")
        else None,
        ministry=re.compile(lex["ministry"], _FLAGS) if lex.get("ministry") else None,
        staff_roles=re.compile(lex["staff_roles"], _FLAGS) if lex.get("staff_roles") else None,
        state=frozenset(fold(w) for w in lex.get("state", [])),
        power=re.compile(lex["power"], _FLAGS) if lex.get("power") else None,
    )


@dataclass
class Rules:
    code: str
    triggers: list[Trigger]
    founder_title: re.Pattern[str]  # a title that tells a founding (the epithet triggers')
    prefilter: Prefilter
    deps: dict[str, set[str]]
    person_labels: set[str]
    org_labels: set[str]
    group_labels: set[str]  # parties, nationalities ("GOP senators"): an organization only
    # where syntax attaches it to the change ("joined the Democrats"), never by proximity
    place_labels: set[str]
    pronouns: dict[str, str]  # pronoun → gender/number: m, f or p (plural)
    possessives: set[str]
    plural_possessives: set[str]
    also: re.Pattern[str] | None  # "X a également démissionné": the change told just before
    speaker_possessives: set[str]  # the speaker's own ("ma démission"): never a third name
    speaker_pronouns: set[str]  # "« Je démissionne », a dit X": the speaker's own change
    conjunctions: set[str]
    clause_breaks: re.Pattern[str] | None  # "car", "because": another clause opens
    settled_preps: set[str]  # "après son départ": the change noun is a fact
    name_particles: set[str]  # lowercase words inside names: "de", "van", "bin"
    person_nouns: set[str]  # nouns that describe a person ("recrue"), besides role titles
    hypothetical: re.Pattern[str] | None  # ends with the start of a condition ("s'il est ")
    causatives: set[str]  # forms of "faire": in "faire partir X" its subject does not leave
    party_nouns: set[str]  # "quitte le parti": the party is the acronym by the name
    time_nouns: set[str]  # "l'an dernier", "last year": a time, never what is replaced
    complement_preps: str | None  # introduce a complement, whose person is no sentence topic
    unnamed_heads: set[str]  # "celle qui remplacera X": the one a relative describes is unnamed
    unnamed_people: set[str]  # nouns for someone a story leaves unnamed ("the man", "the suspect")
    owned_nouns: set[str]  # "la liste du maire": the title after it is its owner's
    state_adjectives: set[str]  # "le Parlement sortant": never part of the name
    kin_nouns: set[str]  # a person by their tie to another ("frère", "prédécesseur"): "le
    # frère de X" is not X; "son allié du MoDem" holds no post at the MoDem
    relatives: set[str]
    titles: set[str]
    name_prefixes: set[str]  # words NER glues before a name: titles, offices ("Matignon Sandro")
    generic_orgs: re.Pattern[str]
    org_noun: re.Pattern[str]  # ends with a noun naming what follows as an organization
    # ("la start-up nantaise ", "the carmaker "), whatever NER tags the name
    org_noun_words: set[str]  # those nouns ("groupe", "startup"), lowercase
    post_words: set[str]  # nouns after a motion verb that make it a change of post, not a
    # trip ("quitte le parti", "quittera ses fonctions", "quitte la série"): the post nouns,
    # organization, body, party, left, venture and work nouns, generic organizations' nouns
    role: re.Pattern[str]
    role_at_end: re.Pattern[str]  # a title ending a name ("U.S. Surgeon General")
    organ_at_end: re.Pattern[str] | None  # an organ of an organization ending a text ("le
    # conseil d'administration"): what its preposition brings next is an organization
    political_role: re.Pattern[str]
    government: Government
    group_adjectives: set[str]  # folded nationality adjectives ("egyptian"): their country
    interim: re.Pattern[str]
    status: dict[str, re.Pattern[str]]
    negation: set[str]
    negation_particles: set[str]  # "ne": a negation word counts only beside one ("le plus cité")
    factive_verbs: re.Pattern[str] | None  # "ne regrette pas d'avoir quitté": it happened
    attributions: list[re.Pattern[str]]  # "selon X", "according to X": a person as well as an
    # outlet can be the source
    sources: list[re.Pattern[str]]  # outlets and channels only ("told CNN", "a annoncé sur X")
    source_names: dict[str, str]  # folded source → its canonical form ("communique")
    source_stop: set[str]
    reasons: list[re.Pattern[str]]
    reason_end: re.Pattern[str] | None  # ", a annoncé la chaîne": who said it, not the reason
    dates: DateFinder
    org_preps: set[str]
    of_org: re.Pattern[str]  # an organization preposition between words ("directeur de")
    leading_from: re.Pattern[str]  # "de", "of" opening a name: not part of it
    from_preps: set[str]  # "démissionne du parti", "resigned from": what follows is left
    question_words: set[str]  # "pourquoi", "why": a question that takes the change as given
    product_preps: set[str]  # "the company behind ChatGPT": what follows is its product
    venture_nouns: set[str]  # "rejoindre l'aventure": a project joined, its organization unnamed
    choice_verbs: re.Pattern[str] | None  # "choisit X pour remplacer Y": X takes the post
    choice_preps: set[str]  # "a opté pour X pour remplacer Y": X is the one chosen
    forcing_verbs: re.Pattern[str] | None  # "a contraint X à quitter": X changes post
    demand_verbs: re.Pattern[str] | None  # "appelle X à démissionner": nobody changes yet
    will_verbs: re.Pattern[str] | None  # "a refusé qu'il démissionne": not the refuser
    gerund_markers: set[str]  # "en démissionnant": the gerund has the clause's subject
    copulas: re.Pattern[str] | None  # "est devenue la première femme à": the subject's
    time_preps: set[str]  # "après sa démission": a possessive there may be the subject's
    generic_pronouns: set[str]  # "tu la quittes", "you quit": anyone, no one named
    object_relatives: set[str]  # "Lumio, qu'il a fondée": the organization is the antecedent
    naming_words: set[str]  # "a company called X": the name follows
    eponyms: set[str]  # "l'affaire Benalla": a noun before a name that labels a thing by it
    named_places: set[str]  # "le musée du Quai Branly-Jacques Chirac": a name inside a place's
    event_nouns: set[str]  # "les attentats de Paris": lowercase, an event, never an organization
    work_nouns: set[str]  # 'le documentaire "X, une ambition"': a work's quoted title
    work_title: re.Pattern[str]  # group 1: the title after a work noun ("la série Clem")
    agent_preps: set[str]  # "remplacé par X", "replaced by X": the agent of a passive
    contractions: dict[str, str]  # a preposition fused with an article → the article ("du")
    role_prefixes: re.Pattern[str] | None  # words dropped from the start of a role ("à la")
    place_preps: set[str]  # "à Paris", "in Ohio": where things happen, not whose post it is
    origin: re.Pattern[str]  # ends with where a newcomer comes from ("hired X from "):
    # the organization after it is not the one of the new position
    seat: re.Pattern[str]  # "la présidence de X", "at the helm of X": the position's organization
    substitute_preps: set[str]  # "replaced X with Y": the preposition that brings the newcomer
    peer_words: set[str]  # "fellow fired coaches X and Y": people of other organizations
    destination_preps: set[str]  # "left for Detroit": where someone goes, not what they leave
    topic_preps: set[str]  # "On the Fed, X said ... chair Y": the topic opening a sentence
    separate_dated_changes: bool  # one person's changes dated in different years stay apart
    award: re.Pattern[str] | None  # "de l'année", "of the year": a title given as an award
    impersonal: re.Pattern[str] | None  # "il y aura quelqu'un": a subject for no one
    reported: re.Pattern[str] | None  # "qu'", "that" right after a date: the clause a date's
    # verb reports
    object_pronouns: set[str]  # "X nominated her": never X
    any_gender_clitics: set[str]  # "elle lui succède": "lui" before its verb is him or her
    negative_determiners: set[str]  # "aucun ministre ne partira": nobody
    org_possessives: set[str]  # possessives only an organization takes ("its")
    feminine_participle: re.Pattern[str] | None  # "nommée": never a man's change
    participle_openers: set[str]  # "à peine nommé, il": a participle after them has the
    # subject of the main clause, whatever noun the parser hangs it on
    subject_clause_preps: set[str]  # "before being promoted": a gerund after them has the
    # subject of the clause they hang in ("congratulates X on being named": not these)
    titles_precede_names: bool  # "President X nominated Y": a title right before a name is
    # that person's, never the role of someone else's change
    determiners: set[str]
    # an article opening a name, in any supported language ("Le Parisien", "The Guardian" in a
    # French text): dropped when names are compared
    leading_article: re.Pattern[str]
    not_orgs: set[str]
    recipient_preps: set[str]  # whom a change is handed to ("sa démission au président X")
    branch_nouns: set[str]  # a branch of an organization ("la fédération héraultaise des X")
    employer_preps: set[str]  # bring the organization someone works for ("chez Danone")
    list_verbs: set[str]  # open a list of names after a list trigger, as a colon does
    # ("parmi les sortants figurent X et Y")
    left_nouns: set[str]  # common nouns of a body one leaves ("démissionne de la mission
    # parlementaire"): with their adjectives, the organization
    # a public body named by a common noun and a complement: "la commission des Finances", "le
    # tribunal judiciaire de Pontoise" (None: the language writes none so)
    body_name: re.Pattern[str] | None
    not_name_starts: set[str]  # words that never open a person's name ("the")
    not_name_ends: set[str]  # nor end it ("Bruce Township")
    # how adverbs and participles end: one such word opening a sentence is nobody
    # ("Fraîchement nommé Premier ministre, il", "Disqualifié, il doit partir")
    not_name_word: re.Pattern[str] | None
    participle_ending: re.Pattern[str] | None  # "embauchée": a past participle's ending
    honorifics: set[str]  # words only people carry ("mr", "mrs"): "Mr. Foley" is a person
    # wherever else the article says "Foley"
    # after a name, the role the article gives that person ("Murati, qui était CTO d'OpenAI")
    profile_after: re.Pattern[str]
    org_context: re.Pattern[str]  # group 1: a word standing where organizations stand
    # group 1: one capitalised word before a title and a full name ("..., Vexal co-founder Lena
    # Ortiz"), not opening a sentence ("Current GM X"): the title's organization, unless the
    # article names a person so
    affiliation: re.Pattern[str]
    # after a name, the role and organization the article gives that person ("X has been the
    # chair of the Y Foundation"): group 1 is the organization; None where the lexicon has none
    profile_org: re.Pattern[str] | None
    # after a name, a relative clause telling the post held ("X, qui dirigeait Y", "X, who ran
    # Y"): group 1 is the organization; None where the lexicon has none
    profile_run: re.Pattern[str] | None
    org_aliases: dict[str, str]  # folded short name → a word of the full name
    list_intro: re.Pattern[str]  # starts a list of people who went through the same change
    # ("the fifth coach fired, after X, Y and Z")
    name_nouns: set[str]  # "reviennent les noms de X, du maire Y": a list of people follows
    # nouns of what someone means to do ("son intention de quitter", "no plans to leave"):
    # the infinitive's change is the subject's of the verb the noun is the object of
    intent_nouns: set[str] = field(default_factory=set)
    post_left: re.Pattern[str] | None = None  # ends where the post being left is named next
    post_taken: re.Pattern[str] | None = None  # ends where the post taken is named next
    post_purpose: re.Pattern[str] | None = None  # "choisi pour siéger au": its organization
    next_post: re.Pattern[str] | None = None  # "pour devenir" before a title: the next post's
    seats: Seats | None = None  # elected seats whose organization is their district
    # ("démissionnera de son mandat de maire")
    post_titles: PostTitles | None = None  # office nouns that tell the title ("présidence")
    race: re.Pattern[str] | None = None  # after a change: a place in an election race
    # ("pour remplacer X dans la course à la mairie"), a candidacy
    served_under: re.Pattern[str] | None = None  # after a title held under someone ("sous
    # Sarkozy", "under Obama"): a past post, like a `former` one
    former: re.Pattern[str] | None = None  # ends with a word that makes the title after it
    # a past one ("l'ancien ministre", "former CEO"): never the post a newcomer takes
    until_now: re.Pattern[str] | None = None  # ends before a title held until the change
    # ("X, jusqu'ici directrice financière", "previously CFO"): never the post taken
    programme: re.Pattern[str] | None = None  # group 1: a TV or radio programme whose
    # presenter changes ("écartée de la présentation de « X »", "succède à Y dans « X »"):
    # the organization
    occasion: re.Pattern[str] | None = None  # ends with words that introduce an event
    # ("lors de son congrès"): what follows is when the change happened, not where
    colour: re.Pattern[str] | None = None  # ends with words that give a party as a label
    residence: re.Pattern[str] | None = None  # ends with words that tell where one lives
    feminine_title: re.Pattern[str] | None = None  # "présidente": never a man's role
    respectively: re.Pattern[str] | None = None  # "X et Y, respectivement A et B": in order
    departure_from: re.Pattern[str] | None = None  # ends where the organization someone
    # leaves is named ("quitté ", "parti de "): a name NER runs on past a destination
    # preposition ("Challenges pour l'Elysée") is two
    portfolio: re.Pattern[str] | None = None  # ends where a deputy's portfolio is named
    # ("adjoint à la Culture"): a field, not the organization
    past_affiliation: re.Pattern[str] | None = None  # ends where a name follows a past title
    role_gap: re.Pattern[str] | None = None  # what may stand, whole, between a trigger and the
    # role it needs beyond the usual reach ("became the first woman and first black president")
    latter: dict[str, str] = field(default_factory=dict)  # "ce dernier", "cette dernière":
    # with a determiner, the latest person named before, of that gender (m, f)
    cataphora: re.Pattern[str] | None = None  # the words before a subject pronoun that opens
    # a fronted clause ("Alors qu'il ..."): the pronoun stands for the name after the comma
    post_anaphora: re.Pattern[str] | None = None  # "à ce poste": the post named just before
    # ("l'ancien journaliste de TF1 et de "): an organization the person has left, not the post's
    # words already asked about by trigger_word (bounded, for endless streams)
    _trigger_words: dict[str, bool] = field(default_factory=dict, repr=False)

    def country_of_title(self, sentence: str, role: str) -> str | None:
        """The country a title names right after it in `sentence` ("le Premier ministre
        italien", "la présidente de la Moldavie", "President of Moldova")."""
        title = re.search(rf"(?<!\w){re.escape(role)}\s+", sentence, re.IGNORECASE)
        if title is None:
            return None
        rest = self.leading_from.sub("", sentence[title.end():])
        low = rest.lower()
        for det in self.determiners:  # "de la Moldavie", "de l'Italie"
            if low.startswith(det) and (det[-1] in "'’" or low[len(det):][:1].isspace()):
                rest = rest[len(det):].lstrip()
                break
        gov = self.government
        m = gov.countries.match(rest)
        return gov.country_of[fold(m.group(0))] if m else None

    def names_people(self, word: str) -> bool:
        """A title or a noun for a person, singular or plural ("adjoints", "sénateurs")."""
        single = word[:-1] if word[-1:] in ("s", "x") else word
        return single in self.person_nouns or bool(self.role.fullmatch(single))

    def chooses(self, word: str) -> bool:
        """`word` is a choice verb ("choisit X pour remplacer Y": X takes the post)."""
        return self.choice_verbs is not None and self.choice_verbs.fullmatch(word) is not None

    def trigger_word(self, word: str) -> bool:
        """`word` is, whole, a trigger ("Fire" in a headline's "76ers Fire Coach"). Cached:
        the rules ask it of every capitalised word, against every trigger."""
        known = self._trigger_words.get(word)
        if known is None:
            if len(self._trigger_words) >= 1 << 16:
                self._trigger_words.clear()
            known = self._trigger_words[word] = any(t.regex.fullmatch(word)
                                                    for t in self.triggers)
        return known


def _opt(lex: dict[str, Any], key: str) -> re.Pattern[str] | None:
    return re.compile(lex[key], _FLAGS) if lex.get(key) else None


def _words(words: list[str]) -> str:
    """A regex alternation of literal words, longest first."""
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


def _alternation(patterns: list[str]) -> str:
    return "|".join(f"(?:{p})" for p in patterns)


def _org_noun(lex: dict[str, Any]) -> re.Pattern[str]:
    """The end of a text that names an organization next: an organization noun, lowercase,
    maybe with one adjective after it ("le groupe ", "la start-up nantaise ", "the tech giant
    ")."""
    nouns = "|".join(re.escape(n) for n in sorted(lex["org_nouns"], key=len, reverse=True))
    stop = "|".join(re.escape(w) for w in sorted(
        {*lex["determiners"], *lex["org_preps"], *lex["conjunctions"], *lex["relatives"]},
        key=len, reverse=True))
    # and maybe a complement saying what it does ("le courtier en assurances ", "le cabinet
    # d'avocats ", "the consulting firm ")
    comp = "|".join(re.escape(w) for w in lex.get("org_noun_complements", []))
    complement = rf"(?:\s+(?:{comp})\s*[a-zà-ÿ-]+)?" if comp else ""
    # an adjective after the noun only where the language puts it there ("la start-up
    # nantaise "): in English the word after is a verb ("the company appointed X")
    adjective = rf"(?:\s+(?!(?:{stop})\b)[a-zà-ÿ'’-]+)?" if lex.get("adjectives_follow_nouns") \
        else ""
    return re.compile(rf"(?<![\w-])(?:{nouns}){adjective}{complement}\s+$")


def _organs(lex: dict[str, Any]) -> str:
    """The organs of an organization as an alternation, either apostrophe."""
    return "|".join(re.escape(o).replace("'", "['’]") for o in lex.get("body_organs", []))


def _body_name(lex: dict[str, Any]) -> re.Pattern[str] | None:
    """Text ending right before a public body's name: its lowercase noun, up to three
    lowercase words, a preposition ("la commission des |Finances"); never an organ of an
    organization ("le conseil d'administration de |Renault")."""
    if not lex.get("body_nouns"):
        return None
    organs = _organs(lex)
    nouns = "|".join(map(re.escape, lex["body_nouns"]))
    preps = "|".join(map(re.escape, lex["from_preps"]))
    return re.compile(rf"(?-i:\b(?!(?:{organs})\b)(?:{nouns}))(?:\s+(?-i:[a-zà-ÿ'’-]+)){{0,3}}?"
                      rf"\s+(?:{preps})\s*(?:(?:la|le|les)\s+|l['’]\s*)?$", _FLAGS)


def _leading_article() -> re.Pattern[str]:
    words = {w for code in languages.supported()
             for w in languages.get(code).lexicon["name_articles"]}
    alternation = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"^(?:(?:{alternation})(?<=['’])|(?:{alternation})\s)\s*", _FLAGS)


@cache
def rules_for(code: str) -> Rules:
    lex = languages.get(code).lexicon
    # `needs_building`: an office's building right after the trigger ("arrivé à la Maison
    # Blanche")
    buildings = "|".join(f"(?:{_building(o)})" for o in lex["government"]["offices"])
    building = rf"\s*(?:{buildings})(?![\w-])"
    triggers = [
        Trigger(
            regex=re.compile(rf"\b(?:{t['re']})", _FLAGS),
            kind=t["kind"],
            action=t["action"],
            arg=t["arg"],
            pair=t.get("pair", False),
            needs_org=t.get("needs_org", False) is True,
            needs_some_org=t.get("needs_org") == "any",
            needs_role=t.get("needs_role", False),
            unless=_opt(t, "unless"),
            needs_before=_opt(t, "needs_before"),
            needs_after=re.compile(t["needs_after"], _FLAGS) if t.get("needs_after")
            else re.compile(building, _FLAGS) if t.get("needs_building") else None,
            pos=tuple(t.get("pos", ())),
            not_place=t.get("not_place", False),
            group=t.get("group", False),
            listing=t.get("list", False),
            in_office=t.get("in_office", False),
            reason=t.get("reason"),
            epithet=t.get("epithet", False),
            held_before=t.get("held_before", False),
            alongside=t.get("alongside", False),
            regime=t.get("regime", False),
            screen=re.compile(screen(t["re"])),
        )
        for t in lex["triggers"]
    ]
    # (a title's adjectives, written lowercase after its capitalised noun)
    adjective = rf"(?-i:{_alternation(lex.get('title_adjectives', []))})(?![\w-])"
    roles = sorted((r.replace("{adjectives}", rf"(?: {adjective}(?: et {adjective})?)?")
                    for r in lex["roles"]), key=len, reverse=True)
    return Rules(
        code=code,
        triggers=triggers,
        founder_title=re.compile("|".join(f"(?:{t['re']})" for t in lex["triggers"]
                                          if t.get("epithet")) or r"(?!)", _FLAGS),
        prefilter=Prefilter((t["re"] for t in lex["triggers"]), unscreened=[
            i for i, t in enumerate(lex["triggers"]) if t.get("after_trigger")]),
        deps={k: set(v) for k, v in lex["deps"].items()},
        person_labels=set(lex["person_labels"]),
        org_labels=set(lex["org_labels"]),
        group_labels=set(lex.get("group_labels", [])),
        place_labels=set(lex["place_labels"]),
        pronouns=dict(lex["pronouns"]),
        possessives=set(lex["possessives"]) | set(lex["plural_possessives"]),
        plural_possessives=set(lex["plural_possessives"]),
        speaker_possessives=set(lex.get("speaker_possessives", [])),
        speaker_pronouns=set(lex.get("speaker_pronouns", [])),
        also=re.compile(r"(?<![\w'’])(?:" + "|".join(map(re.escape, lex["also"])) + r")(?![\w'’])",
                        _FLAGS) if lex.get("also") else None,
        conjunctions=set(lex["conjunctions"]),
        clause_breaks=re.compile(r"(?<![\w'’])(?:" + "|".join(map(re.escape, lex["clause_breaks"]))
                                 + r")(?:(?<=['’])|(?![\w'’]))", _FLAGS)
        if lex.get("clause_breaks") else None,
        settled_preps=set(lex.get("settled_preps", [])),
        name_particles=set(lex["name_particles"]),
        person_nouns=set(lex["person_nouns"]),
        kin_nouns=set(lex.get("kin_nouns", [])),
        owned_nouns=set(lex.get("owned_nouns", [])),
        state_adjectives=set(lex.get("state_adjectives", [])),
        unnamed_people=set(lex.get("unnamed_people", [])),
        unnamed_heads=set(lex.get("unnamed_heads", [])),
        complement_preps="|".join(re.escape(p) for p in sorted(
            lex["complement_preps"], key=len, reverse=True)) if lex.get("complement_preps")
        else None,
        time_nouns=set(lex.get("time_nouns", [])),
        party_nouns=set(lex.get("party_nouns", [])),
        causatives=set(lex.get("causatives", [])),
        hypothetical=_opt(lex, "hypothetical"),
        relatives=set(lex["relatives"]),
        titles=set(lex["titles"]),
        name_prefixes=set(lex["titles"]) | {fold(o["name"]) for o in lex["government"]["offices"]},
        generic_orgs=re.compile(
            r"\b(?:" + "|".join(re.escape(g) for g in lex["generic_orgs"]) + r")\b", _FLAGS
        ),
        org_noun=_org_noun(lex),
        org_noun_words={n.lower() for n in lex["org_nouns"]},
        post_words={w.lower() for w in [
            *lex.get("post_nouns", []), *lex["org_nouns"], *lex.get("body_nouns", []),
            *lex.get("party_nouns", []), *lex.get("left_nouns", []),
            *lex.get("venture_nouns", []), *lex["work_nouns"],
            *(re.split(r"[\s'’]", g)[-1] for g in lex["generic_orgs"])]},
        # (a hyphen glues a title to another word, "vice-président", but not to "ex-")
        role=re.compile(rf"(?:(?<![\w-])|(?<=\bex-))(?:{_alternation(roles)})(?![\w-])",
                        _FLAGS),
        role_at_end=re.compile(rf"\s+(?:{_alternation(roles)})$", _FLAGS),
        organ_at_end=re.compile(rf"\b(?:{_organs(lex)})$", _FLAGS)
        if lex.get("body_organs") else None,
        political_role=re.compile(_alternation(lex["political_roles"]), _FLAGS),
        government=_government(lex["government"]),
        group_adjectives={fold(a) for c, adjs in lex["government"]["countries"].items()
                          for a in adjs if fold(a) != fold(c)},
        interim=re.compile(lex["interim"], _FLAGS),
        status={k: re.compile(v, _FLAGS) for k, v in lex["status"].items()},
        negation=set(lex["negation"]),
        negation_particles=set(lex["negation_particles"]),
        factive_verbs=_opt(lex, "factive_verbs"),
        attributions=[re.compile(p) for p in lex["attributions"]],
        sources=[re.compile(p) for p in lex["sources"]],
        source_names=lex["source_names"],
        source_stop=set(lex["source_stop"]),
        reasons=[re.compile(p, _FLAGS) for p in lex["reasons"]],
        reason_end=re.compile(lex["reason_end"]) if lex.get("reason_end") else None,
        dates=DateFinder(lex["dates"]),
        org_preps=set(lex["org_preps"]),
        of_org=re.compile(rf"\s+(?:{_words(lex['org_preps'])})\s+"),
        leading_from=re.compile(rf"^\s*(?:(?:{_words(lex.get('from_preps', []))})(?<=['’])\s*"
                                rf"|(?:{_words(lex.get('from_preps', []))})\s+)+"),
        from_preps=set(lex.get("from_preps", [])),
        agent_preps=set(lex["agent_preps"]),
        naming_words=set(lex["naming_words"]),
        eponyms=set(lex.get("eponyms", [])),
        named_places=set(lex.get("named_places", [])),
        event_nouns=set(lex["event_nouns"]),
        work_nouns=set(lex["work_nouns"]),
        work_title=re.compile(rf"(?i:\b(?:{_alternation(lex['work_nouns'])}))\s+[«\"“]?\s*"
                              r"([A-ZÀ-ÖØ-Ý][\w'’-]*(?:\s+[A-ZÀ-ÖØ-Ý][\w'’-]*){0,3})"),
        product_preps=set(lex["product_preps"]),
        venture_nouns=set(lex.get("venture_nouns", [])),
        choice_verbs=_opt(lex, "choice_verbs"),
        choice_preps=set(lex.get("choice_preps", [])),
        forcing_verbs=_opt(lex, "forcing_verbs"),
        demand_verbs=_opt(lex, "demand_verbs"),
        will_verbs=_opt(lex, "will_verbs"),
        gerund_markers=set(lex.get("gerund_markers", [])),
        copulas=_opt(lex, "copulas"),
        time_preps=set(lex["time_preps"]),
        generic_pronouns=set(lex["generic_pronouns"]),
        object_relatives=set(lex["object_relatives"]),
        question_words=set(lex["question_words"]),
        contractions=lex["contractions"],
        role_prefixes=re.compile(r"^(?:" + "|".join(re.escape(w) for w in lex["role_prefixes"])
                                 + r")\s+") if lex["role_prefixes"] else None,
        place_preps=set(lex["place_preps"]),
        origin=re.compile(r"(?<![\w'’])(?:" + "|".join(re.escape(w) for w in lex["origin_preps"])
                          + r")\s*(?:(?:" + "|".join(re.escape(w) for w in lex["determiners"])
                          + r")\s*)?$", _FLAGS),
        seat=re.compile(lex["seat"], _FLAGS),
        substitute_preps=set(lex.get("substitute_preps", [])),
        peer_words=set(lex.get("peer_words", [])),
        destination_preps=set(lex.get("destination_preps", [])),
        topic_preps=set(lex.get("topic_preps", [])),
        separate_dated_changes=bool(lex.get("separate_dated_changes", False)),
        award=re.compile(lex["award"], _FLAGS) if lex.get("award") else None,
        impersonal=re.compile(lex["impersonal"], _FLAGS) if lex.get("impersonal") else None,
        reported=re.compile(lex["reported"], _FLAGS) if lex.get("reported") else None,
        titles_precede_names=bool(lex.get("titles_precede_names", False)),
        object_pronouns=set(lex.get("object_pronouns", [])),
        any_gender_clitics=set(lex.get("any_gender_clitics", [])),
        negative_determiners=set(lex.get("negative_determiners", [])),
        subject_clause_preps=set(lex.get("subject_clause_preps", [])),
        participle_openers=set(lex.get("participle_openers", [])),
        feminine_participle=_opt(lex, "feminine_participle"),
        org_possessives=set(lex.get("org_possessives", [])),
        determiners=set(lex["determiners"]),
        leading_article=_leading_article(),
        not_orgs={fold(w) for w in lex["not_orgs"]},  # (looked up folded)
        left_nouns=set(lex.get("left_nouns", [])),
        list_verbs=set(lex.get("list_verbs", [])),
        employer_preps=set(lex.get("employer_preps", [])),
        body_name=_body_name(lex),
        branch_nouns=set(lex.get("branch_nouns", [])),
        recipient_preps=set(lex.get("recipient_preps", [])),
        latter={k: v for k, v in lex.get("latter", {}).items() if k != "_doc"},
        not_name_starts=set(lex.get("not_name_starts", [])),
        not_name_ends=set(lex.get("not_name_ends", [])),
        not_name_word=re.compile(lex["not_name_word"]) if "not_name_word" in lex else None,
        participle_ending=_opt(lex, "participle_ending"),
        honorifics=set(lex.get("honorifics", [])),
        profile_after=re.compile(
            rf"[^.;]{{0,40}}?,\s*(?:(?:{lex['profile_relative']})\s+)?(?:[\w'’]+\s+){{0,3}}?"
            rf"(?:{_alternation(roles)})(?![\w-])", _FLAGS),
        org_context=re.compile(rf"(?:{lex['org_context']})\s+([A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*){{0,3}})"),
        affiliation=re.compile(
            rf"(?<=[\w,]\s)(?<![.!?:]\s)([A-ZÀ-ÖØ-Ý][\w&'’-]*?)(?:['’]s)?\s+(?i:{_alternation(roles)})"
            r"\s+(?=[A-ZÀ-ÖØ-Ý][\w'’-]+\s+[A-ZÀ-ÖØ-Ý])"),
        profile_org=re.compile(
            rf"(?i:{lex['profile_link']}(?:(?!(?:{lex['profile_past']})\s)[\w'’-]+\s+){{0,3}}?"
            rf"(?:{_alternation(roles)})\s+"
            rf"(?:{'|'.join(lex['profile_org_preps'])})\s+(?:the\s+)?)"
            r"([A-Z][\w&'’.-]*(?:\s+(?:of\s+|and\s+|&\s+|the\s+)?[A-Z][\w&'’.-]*){0,5})")
        if lex.get("profile_link") else None,
        profile_run=re.compile(
            rf"(?i:{lex['profile_verb']})([A-ZÀ-ÖØ-Ý][\w&'’.-]*(?:\s+(?:(?i:"
            rf"{_alternation([*lex['org_preps'], *lex['conjunctions'], '&'])})\s+)?"
            r"[A-ZÀ-ÖØ-Ý][\w&'’.-]*){0,5})")
        if lex.get("profile_verb") else None,
        org_aliases={fold(k): v for k, v in lex["org_aliases"].items() if k != "_doc"},
        list_intro=re.compile(r"(?:" + "|".join(re.escape(w) for w in lex["list_intro"])
                              + r")\b", _FLAGS),
        name_nouns=set(lex["name_nouns"]),
        intent_nouns=set(lex.get("intent_nouns", [])),
        programme=_opt(lex, "programme"),
        former=_opt(lex, "former"),
        served_under=_opt(lex, "served_under"),
        race=_opt(lex, "race"),
        until_now=_opt(lex, "until_now"),
        post_left=_opt(lex, "post_left"),
        post_taken=_opt(lex, "post_taken"),
        post_purpose=_opt(lex, "post_purpose"),
        next_post=_opt(lex, "next_post"),
        seats=Seats(re.compile(lex["seats"]["roles"], _FLAGS),
                    re.compile(lex["seats"]["district"], _FLAGS), _opt(lex["seats"], "kept"),
                    _opt(lex["seats"], "where"), lex["seats"]["title"])
        if "seats" in lex else None,
        post_titles=PostTitles(re.compile(lex["post_titles"]["re"], _FLAGS),
                               {k: (v[0], v[1]) for k, v in lex["post_titles"]["titles"].items()},
                               re.compile(lex["post_titles"]["not_between"], _FLAGS))
        if "post_titles" in lex else None,
        occasion=_opt(lex, "occasion"),
        colour=_opt(lex, "colour"),
        feminine_title=_opt(lex, "feminine_title"),
        respectively=_opt(lex, "respectively"),
        residence=_opt(lex, "residence"),
        past_affiliation=_opt(lex, "past_affiliation"),
        post_anaphora=_opt(lex, "post_anaphora"),
        cataphora=_opt(lex, "cataphora"),
        role_gap=_opt(lex, "role_gap"),
        portfolio=_opt(lex, "portfolio"),
        departure_from=_opt(lex, "departure_from"),
    )


def trigger_applies(rules: Rules, t: Trigger, m: re.Match[str], text: str) -> bool:
    """A trigger's text-only conditions (unless, needs_before, needs_after, needs_role): one
    function for the prefilter and the rules, so that they can never disagree."""
    around = text[max(0, m.start() - 60):m.end() + 60]
    if t.unless and t.unless.search(around):
        return False
    if rules.hypothetical and rules.hypothetical.search(text[max(0, m.start() - 100):m.start()]):
        return False  # "s'il est élu", "si X prend la tête du parti": no change yet
    if rules.race and rules.race.match(text, m.end()):
        return False  # "pour remplacer X dans la course à la mairie": a candidacy
    if t.needs_before and not t.needs_before.search(text[:m.start()]):
        return False
    if t.kind == "start" and rules.award and rules.award.search(
            re.split(r"[.;!?]", text[m.end():m.end() + 100])[0]):
        return False  # "élue joueuse de l'année", "named Person of the Year": an award
    if t.needs_after and not t.needs_after.match(text, m.end()):
        return False
    if t.needs_role:
        follow = text[m.end():m.end() + 80]  # room for the whole role, started by 25
        r = rules.role.search(follow)
        if not r or (r.start() > 25 and not (
                rules.role_gap and rules.role_gap.fullmatch(follow[:r.start()]))):
            return False
    return True
