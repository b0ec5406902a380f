"""Every trigger of every lexicon, shown firing on the news sentence it carries.

DESIGN.md: lexicons are data, reviewed like code, "with tests that show each entry firing on a
real sentence shape". Each trigger in turnover/lang/<code>.json has an `example` written for
these tests, the fields it must yield (`expect`, maybe `expect_also`) and, when it has an
`unless`, a `counter_example` where that pattern cancels it. A `known_gap` makes the example an
expected failure (strict: the day the extractor learns it, the mark has to go).

The examples run through the extractor exactly as `api.extract_text(example, lang=code,
published=PUBLISHED)` does, with one Extractor (and so one spaCy load) for the module.
"""

from __future__ import annotations

import json
import re
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from turnover import lang as languages
from turnover.evaluate import person_match
from turnover.extract import Extractor
from turnover.extract.rules import rules_for
from turnover.model import ACTIONS, Article, Mention

PUBLISHED = "2024-05-15"  # a Wednesday: "lundi" is 2024-05-13, "next month" 2024-06
ARGS = {"subj", "obj", "noun"}
KEYS = {"re", "kind", "action", "arg", "pair", "needs_org", "needs_role", "unless", "needs_before",
        "needs_after", "needs_building", "pos", "not_place", "group", "list", "in_office",
        "reason", "epithet", "held_before", "alongside", "after_trigger", "regime", "_doc",
        "example", "expect", "expect_also", "counter_example", "known_gap"}
REGEX_KEYS = ("re", "unless", "needs_before", "needs_after")
_THINGS_REPLACED = ("the object is a common noun naming no person, which the extractor already "
                    "drops; `unless` stays for parses that miss the object")
_THING_SUBJECT = ("the subject is a common noun naming no person (the company, officials), which "
                  "the extractor already drops; `unless` stays for parses that miss it")
_THING_IN_THE_SLOT = ("the verb's object is a thing ('dismissed the reports', 'acquired a stake', "
                      "'signed the Act'), so no person nearby stands in for it; `unless` stays "
                      "for parses that miss the object")
# (language, start of the trigger's `re`) → why its counter_example gives no event even without
# `unless`: the pattern is a backstop that today's models never need on that shape
UNLESS_BACKSTOPS = {
    ("fr", "(?:r[ée])?[ée]lue?s?\\b"): "fr_core_news_md tags 'élus' NOUN after a determiner, so "
    "`pos` already drops it; `unless` stays for parses that make it a participle",
    ("fr", "rempla[c\u00e7]\\w*"): _THINGS_REPLACED,
    ("fr", "partie?s?\\b"): "the subject is a demonstrative pronoun ('c'était parti'), no "
    "person, which the extractor already drops; `unless` stays for parses that miss it",
    ("en", "replac(?:e|es|ed|ing)\\b|replacement"): _THINGS_REPLACED,
    ("en", "succeed(?:s|ed|ing)?\\b|successor"): _THING_SUBJECT,
    ("en", "(?:re-?)?elect(?:s|ed|ing)?\\b"): _THING_SUBJECT,
    ("en", "dismiss(?:es|ed|ing|al)?\\b"): _THING_IN_THE_SLOT,
    ("en", "promot(?:e|es|ed|ing|ion)\\s+(?:to|as)\\b|promoted\\b"): _THING_IN_THE_SLOT,
    ("en", "(?<!re-)sign(?:s|ed|ing)?\\s+(?:with|by)"): _THING_IN_THE_SLOT,
    ("en", "(?<!re-)sign(?:s|ed|ing)?\\b(?="): _THING_IN_THE_SLOT,
}


def _triggers() -> list[Any]:
    params = []
    for code in languages.supported():
        for i, entry in enumerate(languages.get(code).lexicon["triggers"]):
            marks = [pytest.mark.xfail(reason=entry["known_gap"], strict=True)] \
                if entry.get("known_gap") else []
            params.append(pytest.param(code, i, entry, marks=marks,
                                       id=f"{code}-{i:02d}-{entry['kind']}-{entry['action']}"))
    return params


TRIGGERS = _triggers()
# the same entries without the known gaps' marks: checks of the data itself always hold
ENTRIES = [pytest.param(*p.values, id=p.id) for p in TRIGGERS]
WITH_COUNTER = [p for p in ENTRIES if p.values[2].get("unless")]


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


def _extract(extractor: Extractor, text: str, code: str) -> list[Mention]:
    return extractor.extract(Article(text=text, lang=code, published=PUBLISHED))


def _fields(m: Mention) -> dict[str, Any]:
    return m.to_dict(with_evidence=False)


def _matches(m: Mention, expect: dict[str, Any]) -> bool:
    got = _fields(m)
    return person_match(got["person"], expect["person"]) and all(
        got.get(k) == v for k, v in expect.items() if k != "person")


def _show(mentions: list[Mention]) -> str:
    keys = ("person", "kind", "action", "org", "role", "when", "status")
    return "\n".join(
        f"  {({k: _fields(m)[k] for k in keys})} triggers={[e.trigger for e in m.evidence]}"
        for m in mentions) or "  (no event)"


# -- the files -------------------------------------------------------------------------------
@pytest.mark.parametrize("code", languages.supported())
def test_lexicon_documents_itself(code: str) -> None:
    lexicon = languages.get(code).lexicon
    assert isinstance(lexicon.get("_doc"), str) and lexicon["_doc"].strip(), (
        f"{code}.json: a `_doc` text at the top says how to read the file")
    assert lexicon["triggers"], f"{code}.json has no triggers"


@pytest.mark.parametrize("code", languages.supported())
def test_lexicon_file_keeps_its_format(code: str) -> None:
    """Rewritten with json.dumps(indent=2, ensure_ascii=False), so diffs stay small."""
    path = Path(languages.__file__).parent / f"{code}.json"
    text = path.read_text(encoding="utf-8")
    assert text == json.dumps(json.loads(text), ensure_ascii=False, indent=2) + "\n", (
        f"{path.name}: rewrite it with json.dumps(d, ensure_ascii=False, indent=2) + '\\n'")


@pytest.mark.parametrize(("code", "i", "entry"), ENTRIES)
def test_trigger_entry_is_well_formed(code: str, i: int, entry: dict[str, Any]) -> None:
    assert set(entry) <= KEYS, f"unknown keys {set(entry) - KEYS}"
    for key in REGEX_KEYS:
        if key in entry:
            re.compile(entry[key], re.IGNORECASE)  # raises with the position of the error
    assert entry["kind"] in ACTIONS and entry["action"] in ACTIONS[entry["kind"]]
    assert entry["arg"] in ARGS
    if "_doc" in entry:
        assert isinstance(entry["_doc"], str) and entry["_doc"].strip()


@pytest.mark.parametrize(("code", "i", "entry"), ENTRIES)
def test_trigger_has_an_example_it_matches(code: str, i: int, entry: dict[str, Any]) -> None:
    example = entry.get("example")
    assert isinstance(example, str) and example.strip(), "every trigger needs an `example`"
    expect = entry.get("expect")
    assert isinstance(expect, dict) and {"person", "kind", "action"} <= set(expect), (
        "`expect` gives at least person, kind and action")
    assert {"org", "status"} & set(expect), "`expect` gives the org and/or the status"
    if entry.get("unless"):
        assert entry.get("counter_example"), "an entry with `unless` needs a `counter_example`"
    found = rules_for(code).triggers[i].regex.search(example)
    assert found, f"`re` does not match {example!r}"
    # the prefilter looks for triggers at the start of a word only
    assert found.group(0)[:1].isalnum(), f"`re` must start with a letter: {found.group(0)!r}"
    assert rules_for(code).prefilter.regex.search(example), f"the prefilter misses {example!r}"
    # the words `shortlist` looks for are in every match of the trigger's screen
    low = example.lower()
    assert i in rules_for(code).prefilter.shortlist(low), f"the shortlist misses {example!r}"


@pytest.mark.parametrize(("code", "i", "entry"), TRIGGERS)
def test_example_yields_the_expected_event(extractor: Extractor, code: str, i: int,
                                           entry: dict[str, Any]) -> None:
    example, expect = entry["example"], entry["expect"]
    regex = rules_for(code).triggers[i].regex
    spans = {m.span() for m in regex.finditer(example)}
    mentions = _extract(extractor, example, code)
    fired = [m for m in mentions if _matches(m, expect) and any(
        (e.trigger_start, e.trigger_end) in spans for e in m.evidence)]
    assert fired, (f"{code} trigger {i} ({entry['re']!r}) on {example!r}\n"
                   f"expected {expect}, with this trigger in its evidence; got\n{_show(mentions)}")
    for also in entry.get("expect_also", []):
        assert any(_matches(m, also) for m in mentions), (
            f"{example!r}: expected also {also}; got\n{_show(mentions)}")


@pytest.mark.parametrize(("code", "i", "entry"), WITH_COUNTER)
def test_counter_example_yields_no_event(extractor: Extractor, code: str, i: int,
                                         entry: dict[str, Any]) -> None:
    counter, person = entry["counter_example"], entry["expect"]["person"]
    assert person.split()[-1] in counter, (
        f"the counter_example names {person}, so that its check means something")
    assert rules_for(code).triggers[i].regex.search(counter), (
        "the counter_example holds the trigger word")
    mentions = _extract(extractor, counter, code)
    wrong = [m for m in mentions if m.kind == entry["kind"] and person_match(m.person, person)]
    assert not wrong, (f"{code} trigger {i}: `unless` should cancel it in {counter!r}; got\n"
                       f"{_show(wrong)}")


@pytest.mark.parametrize(("code", "i", "entry"), WITH_COUNTER)
def test_unless_is_what_cancels_the_counter_example(extractor: Extractor, code: str, i: int,
                                                    entry: dict[str, Any]) -> None:
    """Without its `unless`, the trigger fires on the counter_example: the sentence shows the
    pattern at work rather than some other guard."""
    backstop = next((why for (lang, start), why in UNLESS_BACKSTOPS.items()
                     if lang == code and entry["re"].startswith(start)), None)
    if backstop:
        pytest.skip(backstop)
    triggers = rules_for(code).triggers
    saved = triggers[i]
    triggers[i] = replace(saved, unless=None)
    try:
        mentions = _extract(extractor, entry["counter_example"], code)
    finally:
        triggers[i] = saved
    person = entry["expect"]["person"]
    assert any(m.kind == entry["kind"] and person_match(m.person, person) for m in mentions), (
        f"{code} trigger {i}: {entry['counter_example']!r} gives no event even without `unless`;"
        f" write a counter_example that only `unless` cancels\n{_show(mentions)}")
