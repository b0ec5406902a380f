"""Merging within one article: the mentions of one change (the title's "La démission de
Murati", the body's "Murati quitte son poste") become one event with several pieces of
evidence, and an end gets its destination when the article also states where the person went.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from turnover.extract.names import fold, without_cuts
from turnover.model import Mention

_STRONG_ACTIONS = {"end": ["dismiss", "resign", "retire", "leave"],
                   "start": ["found", "return", "join", "appoint"]}


@dataclass
class Candidate:
    """A mention before merging, with what it was found from."""

    mention: Mention
    sentence: int
    strong_status: bool  # the status came from a verb's tense/mood or an explicit cue
    org_from_fallback: bool = False
    keys: set[str] = field(default_factory=set)
    successor: str | None = None  # for the one a pair replaces: who takes the post
    told_on: str | None = None  # the article's date, for a change it tells as news without
    # dating it ("X devient PDG", "X a été limogé"): the change's date if it stays undated
    described: bool = False  # the person is whom a description with no name stands for


def merge(cands: list[Candidate], separate_dated: bool = False,
          published: str | None = None) -> list[Mention]:
    """One mention per (person, kind, organization) within an article."""
    # "le nouveau Premier ministre", said of the one the article tells leaving that post, is
    # someone else, unnamed
    ends = [c.mention for c in cands if c.mention.kind == "end" and not c.described]
    cands = [c for c in cands if not (c.described and c.mention.kind == "start" and any(
        fold(e.person) == fold(c.mention.person) and _same_post(e, c.mention) for e in ends))]
    merged: list[Candidate] = []
    for c in cands:
        m = c.mention
        target = None
        for other in merged:
            o = other.mention
            if fold(o.person) != fold(m.person) or o.kind != m.kind:
                continue
            if (o.action == "found") != (m.action == "found"):
                continue  # founding a company is another change than being named or back there
            # "Corée du Sud" / "Sud"; a departure without organization is the same departure
            # whatever its verb ("a quitté ses fonctions" ... "a été limogée"), but founding
            # a company is not returning to another
            unnamed = (o.org is None or m.org is None) and (o.kind == "end" or o.action == m.action)
            same_org = (o.org and m.org and (fold(o.org) in fold(m.org) or fold(m.org) in fold(
                o.org))) or unnamed or (
                (other.org_from_fallback or c.org_from_fallback) and o.action == m.action)
            if same_org and not (separate_dated and _distinct_posts(o, m)):
                target = other
                break
        if target is None:
            merged.append(c)
            continue
        o = target.mention
        order = _STRONG_ACTIONS[o.kind]
        if order.index(m.action) < order.index(o.action) and m.action not in ("leave", "appoint"):
            o.action = m.action
        if (target.org_from_fallback or not o.org) and not c.org_from_fallback and m.org:
            o.org, target.org_from_fallback = m.org, False
        o.role = o.role or m.role
        if m.when and (not o.when or len(m.when) > len(o.when)):
            o.when = m.when
        if m.status == "denied" and c.strong_status or (c.strong_status and
                                                        not target.strong_status):
            o.status = m.status
            target.strong_status = target.strong_status or c.strong_status
        o.interim = o.interim or m.interim
        o.background = o.background and m.background  # told as news once: news
        o.reason = o.reason or m.reason
        o.sources = without_cuts(o.sources + [s for s in m.sources if s not in o.sources])
        o.evidence.extend(m.evidence)
        o.confidence = min(0.99, max(o.confidence, m.confidence) + 0.05)
        target.successor = target.successor or c.successor
        target.told_on = target.told_on or c.told_on
    for c in merged:  # (a date the article gives anywhere comes first)
        if c.mention.when is None and c.told_on and c.mention.status in ("occurred", "planned"):
            c.mention.when = c.told_on
    _link_destinations(merged, published)
    _link_successors(merged)
    return [c.mention for c in merged]


def _same_post(a: Mention, b: Mention) -> bool:
    """Both name one post: the same title and the same organization, as far as both tell."""
    roles, orgs = bool(a.role and b.role), bool(a.org and b.org)
    if roles and not (fold(a.role or "") in fold(b.role or "")
                      or fold(b.role or "") in fold(a.role or "")):
        return False
    return (roles or orgs) and (not orgs or fold(a.org or "") == fold(b.org or ""))


def _distinct_posts(a: Mention, b: Mention) -> bool:
    """Two changes of one person that are not the same change: dated in different years with
    different verbs ("retired in 1993" ... "was fired in 2005"), or two posts taken at one
    organization, each named, in another year or one of them undated ("promoted to assistant
    GM in 2003" ... "named head coach" this season)."""
    if a.when and b.when and a.when[:4] != b.when[:4] and a.action != b.action:
        return True
    if a.kind != "start" or not a.role or not b.role or a.when == b.when:
        return False
    ra, rb = fold(a.role), fold(b.role)
    if ra in rb or rb in ra:
        return False
    return (a.when or "")[:4] != (b.when or "")[:4]


def _link_destinations(cands: list[Candidate], published: str | None = None) -> None:
    """"X left A to join B": the end at A gets `to` = B when the same article states both
    (never an arrival the article denies: "X will not join B after all", nor one dated
    before the departure: "quitte A, qu'il avait rejoint en 2017"; an undated departure is
    the publication's year or the one before)."""
    for end in cands:
        e = end.mention
        if e.kind != "end" or e.to:
            continue
        if e.when:
            since = e.when[:4]
        elif published and published[:4].isdigit():
            since = str(int(published[:4]) - 1)
        else:
            since = ""
        for start in cands:
            s = start.mention
            if (s.kind == "start" and fold(s.person) == fold(e.person) and s.org and e.org
                    and fold(s.org) != fold(e.org) and abs(start.sentence - end.sentence) <= 2
                    and s.action in ("join", "appoint", "return") and s.status != "denied"
                    and (s.when or "9999")[:4] >= since):
                e.to = s.org
                break


def _link_successors(cands: list[Candidate]) -> None:
    """"Le PDG de Renault, X, a démissionné. Y lui succède": the successor takes the post the
    one replaced leaves, where the article names it and the succession names none (or only
    one guessed from the article)."""
    for end in cands:
        e = end.mention
        if e.kind != "end" or not end.successor or not e.org or end.org_from_fallback:
            continue
        for start in cands:
            s = start.mention
            if s.kind == "start" and fold(s.person) == fold(end.successor) and (
                    not s.org or start.org_from_fallback):
                s.org, start.org_from_fallback = e.org, False
                s.role = s.role or e.role
