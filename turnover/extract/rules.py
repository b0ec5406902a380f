"""Language rules compiled from a lexicon file (turnover/lang/<code>.json).

Everything language-specific the extractor needs is here as data: trigger patterns, dependency
labels, role titles, status cues, source and reason patterns, date words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from turnover import lang as languages
from turnover.extract.dates import DateFinder
from turnover.extract.prefilter import Prefilter

_FLAGS = re.IGNORECASE


@dataclass(frozen=True)
class Trigger:
    regex: re.Pattern[str]
    kind: str
    action: str
    arg: str  # where the person is: "subj", "obj" or "noun"
    pair: bool = False  # "X replaces Y": a start for X and an end for Y
    needs_org: bool = False  # only an event when an organization is attached ("joined Google")
    needs_role: bool = False  # only an event when a role follows ("became CEO")
    unless: re.Pattern[str] | None = None
    needs_before: re.Pattern[str] | None = None
    needs_after: re.Pattern[str] | None = None
    pos: tuple[str, ...] = ()


@dataclass
class Rules:
    code: str
    triggers: list[Trigger]
    prefilter: Prefilter
    deps: dict[str, set[str]]
    person_labels: set[str]
    org_labels: set[str]
    place_labels: set[str]
    pronouns: set[str]
    possessives: set[str]
    relatives: set[str]
    titles: set[str]
    generic_orgs: re.Pattern[str]
    role: re.Pattern[str]
    political_role: re.Pattern[str]
    interim: re.Pattern[str]
    status: dict[str, re.Pattern[str]]
    negation: set[str]
    sources: list[re.Pattern[str]]
    source_stop: set[str]
    reasons: list[re.Pattern[str]]
    dates: DateFinder
    org_preps: set[str]
    determiners: set[str]
    not_orgs: set[str]


def _opt(lex: dict[str, Any], key: str) -> re.Pattern[str] | None:
    return re.compile(lex[key], _FLAGS) if lex.get(key) else None


def _alternation(patterns: list[str]) -> str:
    return "|".join(f"(?:{p})" for p in patterns)


@cache
def rules_for(code: str) -> Rules:
    lex = languages.get(code).lexicon
    triggers = [
        Trigger(
            regex=re.compile(rf"\b(?:{t['re']})", _FLAGS),
            kind=t["kind"],
            action=t["action"],
            arg=t["arg"],
            pair=t.get("pair", False),
            needs_org=t.get("needs_org", False),
            needs_role=t.get("needs_role", False),
            unless=_opt(t, "unless"),
            needs_before=_opt(t, "needs_before"),
            needs_after=re.compile(t["needs_after"], _FLAGS) if t.get("needs_after") else None,
            pos=tuple(t.get("pos", ())),
        )
        for t in lex["triggers"]
    ]
    roles = sorted(lex["roles"], key=len, reverse=True)
    return Rules(
        code=code,
        triggers=triggers,
        prefilter=Prefilter(rf"\b(?:{t['re']})" for t in lex["triggers"]),
        deps={k: set(v) for k, v in lex["deps"].items()},
        person_labels=set(lex["person_labels"]),
        org_labels=set(lex["org_labels"]),
        place_labels=set(lex["place_labels"]),
        pronouns=set(lex["pronouns"]),
        possessives=set(lex["possessives"]),
        relatives=set(lex["relatives"]),
        titles=set(lex["titles"]),
        generic_orgs=re.compile(
            r"\b(?:" + "|".join(re.escape(g) for g in lex["generic_orgs"]) + r")\b", _FLAGS
        ),
        role=re.compile(rf"(?<![\w-])(?:{_alternation(roles)})(?![\w-])", _FLAGS),
        political_role=re.compile(_alternation(lex["political_roles"]), _FLAGS),
        interim=re.compile(lex["interim"], _FLAGS),
        status={k: re.compile(v, _FLAGS) for k, v in lex["status"].items()},
        negation=set(lex["negation"]),
        sources=[re.compile(p) for p in lex["sources"]],
        source_stop=set(lex["source_stop"]),
        reasons=[re.compile(p, _FLAGS) for p in lex["reasons"]],
        dates=DateFinder(lex["dates"]),
        org_preps=set(lex["org_preps"]),
        determiners=set(lex["determiners"]),
        not_orgs=set(lex["not_orgs"]),
    )
