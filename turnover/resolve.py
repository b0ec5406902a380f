"""The resolve stage: mentions from many articles → people, organizations and events.

Pure functions, no database: `turnover.store` feeds them the mentions of one *block* (every
mention whose person has the same surname) and stores what comes out, so that what the knowledge
base holds depends only on the set of mentions, never on the order articles were ingested in.

- names: `person_key` ("Mme Murati" → "murati", "P.J. Carlesimo" → "pj carlesimo"),
  `org_key` ("Open AI", "OpenAI Inc." → "openai"; "groupe Renault" → "renault");
  `resolve_people` attaches short forms ("Murati", "J. Leike") to the one full name they
  abbreviate.
- events: `cluster` groups the reports of one person and kind by organization (aliases and
  containment, "76ers" ~ "Philadelphia 76ers") and by compatible dates ("2024" ~ "2024-09",
  far-apart dates are different changes); `summarize` derives one event per cluster: the most
  precise date, a status that weighs confirmations against denials (`derive_status`), and the
  number of independent sources.
- syndication: `minhash` / `bands` / `similarity` find near-duplicate articles cheaply and
  deterministically, so a wire story reprinted ten times counts as one source.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta

import numpy as np
from rapidfuzz import fuzz

from turnover.evaluate import tokens
from turnover.extract.names import fold

# --- names -----------------------------------------------------------------------------------


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Words before a name that are not part of it (folded, without dots): civilities and the titles
# news put in front of names. "M." is "Monsieur" in French, never an initial worth keeping.
PERSON_TITLES = _words(
    "m mm mme mmes mlle mlles monsieur madame mademoiselle me maitre mgr mr mrs ms miss mx "
    "dr docteur doctor pr prof professor professeur sir dame lord lady sen senator rep gov "
    "governor gen general president presidente pdg ceo coach"
)
NAME_SUFFIXES = _words("jr sr ii iii iv")
# Legal forms and group words that do not tell organizations apart (folded tokens).
ORG_ARTICLES = _words("the le la les l")
ORG_LEGAL = _words(
    "inc incorporated corp corporation co company cie ltd limited llc plc sa sas sarl sasu "
    "ag gmbh nv bv spa se lp llp holding holdings group groupe"
)
ORG_FUZZY_MIN = 92  # rapidfuzz ratio of two org keys from which they are the same name

_POSSESSIVE = re.compile(r"['’]s\b")


def person_key(name: str) -> str:
    """The form people's names are compared in: folded tokens, titles and suffixes dropped,
    initials run together ("Mme Mira Murati" → "mira murati", "P. J. Carlesimo" and
    "PJ Carlesimo" → "pj carlesimo")."""
    words = tokens(_POSSESSIVE.sub("", name))
    while len(words) > 1 and words[0] in PERSON_TITLES:
        words = words[1:]
    while len(words) > 1 and words[-1] in NAME_SUFFIXES:
        words = words[:-1]
    joined: list[str] = []
    in_initials = False
    for word in words:
        # "p j" → "pj": a run of single letters is one set of initials, however it was dotted
        if len(word) == 1 and in_initials:
            joined[-1] += word
        else:
            joined.append(word)
            in_initials = len(word) == 1
    return " ".join(joined) or fold(name)


def surname(key: str) -> str:
    """The block a person key falls in: its last word. Only names with the same surname can
    be the same person, so resolution never needs to look beyond one block."""
    return key.rsplit(" ", 1)[-1]


def org_key(name: str | None) -> str:
    """The form organization names are compared in: folded, articles, legal forms and group
    words dropped, spaces and punctuation removed ("Open AI", "OpenAI Inc." → "openai",
    "groupe Renault", "Renault Group" → "renault"). Empty for no organization."""
    if not name:
        return ""
    words = tokens(name)
    kept = list(words)
    while kept and kept[0] in ORG_ARTICLES | {"group", "groupe"}:
        kept = kept[1:]
    while kept and kept[-1] in ORG_LEGAL:
        kept = kept[:-1]
    return "".join(kept or words)


def is_short_form(short: str, full: str) -> bool:
    """`short` (a person key) abbreviates `full`: same surname, and each of its words is one of
    `full`'s words or the initial of one ("murati", "j leike" for "jan leike")."""
    if short == full:
        return False
    s, f = short.split(), full.split()
    if len(s) > len(f) or s[-1] != f[-1]:
        return False
    return all(w in f or (len(w) == 1 and any(x.startswith(w) for x in f)) for w in s[:-1])


def resolve_people(keys: Iterable[str], orgs: dict[str, set[str]] | None = None
                   ) -> dict[str, str]:
    """Person key → the key of the entity it names, within one surname block.

    Fullest names first: each shorter key joins the entity of the longer keys it abbreviates when
    they all lead to one entity; when they lead to several ("Jordan" with "Eddie Jordan" and
    "Michael Jordan"), to the one that shares an organization with it (`orgs`: key → org keys of
    its mentions), else it stays an entity of its own.
    """
    orgs = orgs or {}
    ordered = sorted(set(keys), key=lambda k: (-len(k.split()), -len(k), k))
    root: dict[str, str] = {}
    root_orgs: dict[str, set[str]] = defaultdict(set)
    for key in ordered:
        parents = sorted({root[p] for p in root if is_short_form(key, p)})
        if len(parents) > 1:
            sharing = [r for r in parents if root_orgs[r] & orgs.get(key, set())]
            parents = sharing
        root[key] = parents[0] if len(parents) == 1 else key
        root_orgs[root[key]] |= orgs.get(key, set())
    return root


# --- dates ------------------------------------------------------------------------------------

DATE_TOLERANCE_DAYS = 45  # two day/month-precise dates this close can be one change
# An `occurred` report may be an announcement ("she is leaving") of a change that takes effect
# up to this long after the article; beyond, an undated report is about another change.
ANNOUNCED_AHEAD_DAYS = 183
_ISO = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?")


def precision(when: str | None) -> int:
    """0 for no date, 1 for a year, 2 for a month, 3 for a day."""
    match = _ISO.match(when or "")
    return 0 if not match else 1 + (match[2] is not None) + (match[3] is not None)


def interval(when: str) -> tuple[date, date] | None:
    """The days an ISO date (prefix) covers: "2024-09" → (2024-09-01, 2024-09-30)."""
    match = _ISO.match(when)
    if not match:
        return None
    try:
        year = int(match[1])
        if match[2] is None:
            return date(year, 1, 1), date(year, 12, 31)
        month = int(match[2])
        if match[3] is None:
            nxt = date(year + month // 12, month % 12 + 1, 1)
            return date(year, month, 1), nxt - timedelta(days=1)
        day = date(year, month, int(match[3]))
        return day, day
    except ValueError:
        return None


def gap_days(a: str, b: str) -> int | None:
    """Days between the periods two dates cover (0 when they overlap), None if unreadable."""
    ia, ib = interval(a), interval(b)
    if ia is None or ib is None:
        return None
    return max((ib[0] - ia[1]).days, (ia[0] - ib[1]).days, 0)


def dates_compatible(a: str | None, b: str | None) -> bool:
    """Can two reported dates be the same change? A missing date fits any; a year fits the
    dates inside it ("2024" ~ "2024-09"); month or day dates fit when at most
    DATE_TOLERANCE_DAYS apart (articles resolve "mercredi" or "last month" differently)."""
    if not a or not b:
        return True
    if a.startswith(b) or b.startswith(a):
        return True
    if min(precision(a), precision(b)) < 2:
        return False
    gap = gap_days(a, b)
    return gap is not None and gap <= DATE_TOLERANCE_DAYS


def best_date(whens: Iterable[str | None]) -> str | None:
    """The most precise date wins; among equally precise ones the most reported, then the
    earliest."""
    counts = Counter(w for w in whens if precision(w))
    if not counts:
        return None
    return min(counts, key=lambda w: (-precision(w), -counts[w], w))


# --- events -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Report:
    """One mention as the resolver sees it: the event fields, plus where it was read."""

    id: str  # stable id of the mention
    person: str
    kind: str
    action: str
    org: str | None = None
    when: str | None = None
    status: str = "occurred"
    role: str | None = None
    interim: bool = False
    to: str | None = None
    reason: str | None = None
    sources: tuple[str, ...] = ()
    article: str = ""  # article id
    published: str | None = None  # the article's publication date
    outlet: str | None = None
    copy_of: str | None = None  # the article's near-duplicate group (see `similarity`)
    background: bool = False  # recalled by a title, undated (see `Mention.background`)


@dataclass
class Event:
    """One real change as the knowledge base sees it, with the reports behind it."""

    id: str
    person_key: str  # the entity's key (see resolve_people)
    kind: str
    action: str
    org: str | None  # the organization as most reports name it
    org_key: str
    when: str | None
    status: str
    disputed: bool  # some reports confirm it, others deny it
    role: str | None
    interim: bool
    to: str | None
    reason: str | None
    sources: list[str]  # outlets and people the articles attribute the news to
    reports: list[Report] = field(default_factory=list)
    n_articles: int = 0
    n_sources: int = 0  # independent: one per outlet, syndicated copies counted once
    first_reported: str | None = None
    last_reported: str | None = None
    background: bool = False  # only ever recalled by a title, undated: before first_reported

    @property
    def sort_date(self) -> str | None:
        """Its date, else the first report's; "" (before every date) for a background fact."""
        return self.when or ("" if self.background else self.first_reported)


def stable_id(*parts: str) -> str:
    """A short id derived from content, so that every run gives the same ids."""
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()[:16]


def orgs_compatible(a: str, b: str) -> bool:
    """Two org keys of one person's reports name the same organization: equal, one's words
    inside the other's ("76ers" ~ "Philadelphia 76ers"), or nearly the same spelling."""
    if a == b:
        return True
    return fuzz.ratio(a, b) >= ORG_FUZZY_MIN


def org_words_compatible(a: str | None, b: str | None) -> bool:
    wa = [w for w in tokens(a) if w not in ORG_ARTICLES | ORG_LEGAL]
    wb = [w for w in tokens(b) if w not in ORG_ARTICLES | ORG_LEGAL]
    if not wa or not wb:
        return False
    short, long = sorted((wa, wb), key=len)
    # contiguous words: "76ers" in "philadelphia 76ers", not "new" in "new york times"
    n = len(short)
    return any(long[i : i + n] == short for i in range(len(long) - n + 1)) and (
        n > 1 or len(short[0]) > 3
    )


def cluster(reports: Sequence[Report], people: dict[str, str]) -> list[list[Report]]:
    """Group the reports of one surname block into changes: same person entity (`people`:
    person key → entity key), same kind (a founding apart), compatible organizations and dates.

    Deterministic whatever the order of `reports`: organizations are grouped by connected
    components, dates are swept in sorted order, and undecided reports are attached by fixed
    tie-breaks.
    """
    groups: dict[tuple[str, str, bool], list[Report]] = defaultdict(list)
    for r in reports:  # founding a company is never the same change as taking a post there
        groups[people[person_key(r.person)], r.kind, r.action == "found"].append(r)
    clusters: list[list[Report]] = []
    for key in sorted(groups):
        clusters += _cluster_person_kind(sorted(groups[key], key=lambda r: r.id))
    return clusters


def _cluster_person_kind(reports: list[Report]) -> list[list[Report]]:
    with_org = [r for r in reports if org_key(r.org)]
    without_org = [r for r in reports if not org_key(r.org)]
    # organizations: connected components of compatible names
    names = sorted({r.org for r in with_org if r.org})
    parent = {n: n for n in names}

    def find(n: str) -> str:
        while parent[n] != n:
            parent[n] = parent[parent[n]]
            n = parent[n]
        return n

    for i, a in enumerate(names):
        for b in names[i + 1 :]:
            if orgs_compatible(org_key(a), org_key(b)) or org_words_compatible(a, b):
                ra, rb = find(a), find(b)
                parent[max(ra, rb)] = min(ra, rb)
    by_org: dict[str, list[Report]] = defaultdict(list)
    for r in with_org:
        by_org[find(r.org or "")].append(r)
    org_clusters = [(o, c) for o in sorted(by_org) for c in _split_by_date(by_org[o])]
    # reports that name no organization: attach to the one organization they can belong to
    loose: list[Report] = []
    for r in sorted(without_org, key=lambda r: r.id):
        fits = [(o, c) for o, c in org_clusters if _fits(r, c)]
        if len({o for o, _ in fits}) > 1:  # several organizations: the one with the same action
            same_action = [(o, c) for o, c in fits if any(x.action == r.action for x in c)]
            fits = same_action if len({o for o, _ in same_action}) == 1 else []
        if fits:
            _pick(fits, r)[1].append(r)
        else:
            loose.append(r)
    return [c for _, c in org_clusters] + _split_by_date(loose)


def reports_compatible(a: Report, b: Report) -> bool:
    """Can two reports (of one person, kind and organization) be about the same change?

    Their dates must be compatible (`dates_compatible`), with two allowances for how news dates
    changes: an announced change (`planned`, `rumored`) spans from its announcement to the date
    it takes effect, and a report that says a change already happened cannot be about one
    dated after its publication.
    """
    if not precision(a.when) or not precision(b.when):
        return _not_after_publication(a, b) and _not_after_publication(b, a)
    if dates_compatible(a.when, b.when):
        return True
    return _in_announcement_window(a, b) or _in_announcement_window(b, a)


def _not_after_publication(report: Report, other: Report) -> bool:
    if precision(report.when) or report.status != "occurred" or not report.published:
        return True
    span, published = interval(other.when or ""), interval(report.published)
    if span is None or published is None:
        return True
    return (span[0] - published[1]).days <= ANNOUNCED_AHEAD_DAYS


def _in_announcement_window(announced: Report, other: Report) -> bool:
    if announced.status not in ("planned", "rumored"):
        return False
    effective, seen = interval(announced.when or ""), interval(other.when or "")
    if effective is None or seen is None:
        return False
    published = interval(announced.published or "")
    # announced when published, else up to a year before taking effect
    start = published[0] if published else effective[0] - timedelta(days=365)
    slack = timedelta(days=DATE_TOLERANCE_DAYS)
    return seen[0] <= effective[1] + slack and seen[1] >= min(start, effective[0]) - slack


def _fits(report: Report, cluster: list[Report]) -> bool:
    return all(reports_compatible(report, x) for x in cluster)


def _split_by_date(reports: list[Report]) -> list[list[Report]]:
    """Reports of one person, kind and organization → one list per change, by date.

    Reports dated to the month or day are grouped first (connected components of compatible
    reports); reports dated to the year only join the group they fit (they could otherwise
    bridge two changes of the same year); undated reports join the likeliest group.
    """
    precise = sorted((r for r in reports if precision(r.when) >= 2), key=lambda r: r.id)
    clusters = _components(precise)
    years = sorted((r for r in reports if precision(r.when) == 1), key=lambda r: r.id)
    unplaced = []
    for r in years:
        fits = [("", c) for c in clusters if _fits(r, c)]
        if fits:
            _pick(fits, r)[1].append(r)
        else:
            unplaced.append(r)
    clusters += _components(unplaced)
    undated = sorted((r for r in reports if not precision(r.when)), key=lambda r: r.id)
    alone = []
    for r in undated:
        fits = [("", c) for c in clusters if _fits(r, c)]
        if fits:
            _pick(fits, r)[1].append(r)
        else:
            alone.append(r)
    return clusters + ([alone] if alone else [])


def _components(reports: list[Report]) -> list[list[Report]]:
    """Connected components of `reports_compatible`, in a fixed order."""
    parent = list(range(len(reports)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i in range(len(reports)):
        for j in range(i + 1, len(reports)):
            if reports_compatible(reports[i], reports[j]):
                ri, rj = find(i), find(j)
                parent[max(ri, rj)] = min(ri, rj)
    groups: dict[int, list[Report]] = defaultdict(list)
    for i, r in enumerate(reports):
        groups[find(i)].append(r)
    return [groups[k] for k in sorted(groups)]


def _pick(candidates: list[tuple[str, list[Report]]], r: Report) -> tuple[str, list[Report]]:
    """The change an undecided report most likely belongs to: the one dated closest to the
    report's publication (when both are known), else the most reported, else the earliest."""

    def rank(item: tuple[str, list[Report]]) -> tuple[int, int, str]:
        dates = [x.when for x in item[1] if precision(x.when)]
        gap = 10**6
        if r.published and dates:
            gaps = [g for d in dates if (g := gap_days(r.published, d)) is not None]
            gap = min(gaps, default=gap)
        first = min((x.when or "9999" for x in item[1]), default="9999")
        return gap, -len(item[1]), first + min(x.id for x in item[1])

    return min(candidates, key=rank)


# Stronger actions first: the tie-break when reports disagree as often one way as the other.
ACTION_ORDER = ("dismiss", "resign", "retire", "leave", "found", "return", "join", "appoint")


def _most_common(values: Iterable[str | None]) -> str | None:
    counts = Counter(v for v in values if v)
    return min(counts, key=lambda v: (-counts[v], v.isupper(), -len(v), v)) if counts else None


def independent_sources(reports: Iterable[Report]) -> int:
    """Articles count as one source when they come from one outlet or are near-duplicates."""
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        parent.setdefault(x, x)
        while parent[x] != x:
            x = parent[x]
        return x

    for r in reports:
        a = find("a:" + r.article)
        for other in (f"o:{fold(r.outlet)}" if r.outlet else None,
                      f"c:{r.copy_of}" if r.copy_of else None):
            if other:
                b = find(other)
                if a != b:
                    parent[max(a, b)] = min(a, b)
                    a = min(a, b)
    return len({find("a:" + r.article) for r in reports})


def derive_status(reports: Sequence[Report]) -> tuple[str, bool]:
    """The current status of a change, and whether reports contradict each other.

    Confirmations (`occurred`, `planned`) beat rumors. A denial beats the confirmations when it
    was published after all of them, or, when dates can't tell, when more independent sources
    deny than confirm; either way the other side is kept and the event is marked disputed.
    A rumor published after a denial revives it as a rumor.
    """
    confirm = [r for r in reports if r.status in ("occurred", "planned")]
    denials = [r for r in reports if r.status == "denied"]
    rumors = [r for r in reports if r.status == "rumored"]

    def latest(rs: list[Report]) -> str | None:
        return max((r.published for r in rs if r.published), default=None)

    if confirm:
        status = "occurred" if any(r.status == "occurred" for r in confirm) else "planned"
        if not denials:
            return status, False
        c, d = latest(confirm), latest(denials)
        if c and d and c != d:
            return ("denied" if d > c else status), True
        more_deny = independent_sources(denials) > independent_sources(confirm)
        return ("denied" if more_deny else status), True
    if denials:
        r, d = latest(rumors), latest(denials)
        return ("rumored" if r and d and r > d else "denied"), bool(rumors)
    return "rumored", False


def summarize(reports: list[Report], person: str) -> Event:
    """One event from the reports of one change. `person` is the entity key."""
    status, disputed = derive_status(reports)
    kind = reports[0].kind
    actions = Counter(r.action for r in reports)
    action = min(actions, key=lambda a: (-actions[a], ACTION_ORDER.index(a)
                                         if a in ACTION_ORDER else 99, a))
    org = _most_common(r.org for r in reports if org_key(r.org))
    sources = Counter(s for r in reports for s in r.sources if s.strip())
    published = sorted(r.published for r in reports if r.published)
    when = best_date(r.when for r in reports)
    return Event(
        id=stable_id("event", kind, min(r.id for r in reports)),
        person_key=person,
        kind=kind,
        action=action,
        org=org,
        org_key=org_key(org),
        when=when,
        status=status,
        disputed=disputed,
        role=_most_common(r.role for r in reports),
        interim=sum(r.interim for r in reports) * 2 > len(reports),
        to=_most_common(r.to for r in reports),
        reason=_most_common(r.reason for r in reports),
        sources=sorted(sources, key=lambda s: (-sources[s], s)),
        reports=sorted(reports, key=lambda r: r.id),
        n_articles=len({r.article for r in reports}),
        n_sources=independent_sources(reports),
        first_reported=published[0] if published else None,
        last_reported=published[-1] if published else None,
        background=when is None and all(r.background for r in reports),
    )


@dataclass
class Person:
    key: str
    name: str  # the most used full form
    aliases: Counter[str]  # every surface form → number of mentions


@dataclass
class Resolution:
    people: list[Person]
    events: list[Event]
    person_of: dict[str, str]  # report id → person entity key
    event_of: dict[str, str]  # report id → event id


def resolve(reports: Sequence[Report]) -> Resolution:
    """People and events of a set of reports (any number of blocks)."""
    blocks: dict[str, list[Report]] = defaultdict(list)
    for r in reports:
        blocks[surname(person_key(r.person))].append(r)
    result = Resolution([], [], {}, {})
    for block in sorted(blocks):
        part = resolve_block(blocks[block])
        result.people += part.people
        result.events += part.events
        result.person_of |= part.person_of
        result.event_of |= part.event_of
    return result


def resolve_block(reports: Sequence[Report]) -> Resolution:
    """People and events of the reports of one surname block."""
    orgs: dict[str, set[str]] = defaultdict(set)
    for r in reports:
        orgs[person_key(r.person)].add(org_key(r.org))
    people = resolve_people(orgs, orgs)
    forms: dict[str, Counter[str]] = defaultdict(Counter)
    for r in reports:
        forms[people[person_key(r.person)]][r.person.strip()] += 1
    persons = []
    for key in sorted(forms):
        aliases = forms[key]
        # the most used full name: the longest form may carry an extraction error
        # ("Nominates Regina Benjamin" once, "Regina Benjamin" ten times)
        full = [a for a in aliases if len(person_key(a).split()) > 1] or list(aliases)
        name = min(full, key=lambda a: (-aliases[a], a.isupper(), -len(a), a))
        persons.append(Person(key, name, aliases))
    events = [summarize(c, people[person_key(c[0].person)]) for c in cluster(reports, people)]
    return Resolution(
        people=persons,
        events=events,
        person_of={r.id: people[person_key(r.person)] for r in reports},
        event_of={r.id: e.id for e in events for r in e.reports},
    )


# --- near-duplicate articles ------------------------------------------------------------------

SHINGLE_WORDS = 5
MINHASH_SIZE = 64
BAND_ROWS = 4  # 16 bands of 4: pairs above ~0.5 similarity share a band with high probability
SYNDICATED_MIN = 0.8  # estimated Jaccard similarity from which two articles are copies

# Fixed multipliers and offsets: the same signature on every machine and every run.
_rng = np.random.Generator(np.random.PCG64(20241126))
_A = _rng.integers(1, 2**32, MINHASH_SIZE, dtype=np.uint64) | np.uint64(1)
_B = _rng.integers(0, 2**32, MINHASH_SIZE, dtype=np.uint64)


def minhash(text: str) -> list[int]:
    """A MinHash signature of the text's word 5-shingles (folded), MINHASH_SIZE 32-bit ints."""
    words = tokens(text)
    shingles = {" ".join(words[i : i + SHINGLE_WORDS])
                for i in range(max(1, len(words) - SHINGLE_WORDS + 1))}
    hashes = np.array(
        [int.from_bytes(hashlib.blake2b(s.encode(), digest_size=4).digest(), "little")
         for s in sorted(shingles)],
        dtype=np.uint64,
    )
    # multiply-shift hashing: ((a * h + b) mod 2^64) >> 32, one (a, b) per signature row
    mixed = (hashes[None, :] * _A[:, None] + _B[:, None]) >> np.uint64(32)
    return [int(v) for v in mixed.min(axis=1)]


def bands(signature: Sequence[int]) -> list[str]:
    """Locality-sensitive keys: articles that share one are compared."""
    keys = []
    for i in range(0, len(signature), BAND_ROWS):
        row = ",".join(str(v) for v in signature[i : i + BAND_ROWS])
        keys.append(f"{i // BAND_ROWS}:{hashlib.blake2b(row.encode(), digest_size=8).hexdigest()}")
    return keys


def similarity(a: Sequence[int], b: Sequence[int]) -> float:
    """Estimated Jaccard similarity of the shingles of two signed texts."""
    return sum(x == y for x, y in zip(a, b, strict=True)) / len(a)


def encode_signature(signature: Sequence[int]) -> str:
    return "".join(f"{v:08x}" for v in signature)


def decode_signature(text: str) -> list[int]:
    return [int(text[i : i + 8], 16) for i in range(0, len(text), 8)]
