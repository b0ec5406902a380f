"""Cheap first pass: split the text into sentences and keep only those a trigger word could
fire on, plus their neighbours (for pronouns, names and roles stated next door).

This is what lets a news stream go by almost for free: most sentences are never parsed.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from re import _constants as sre  # the parse tree's opcodes (a private module, stable in 3.11+)
from re import _parser as sre_parse

# A sentence ends at . ! ? (or a closing quote after them, "« Je pars. »" with its space too)
# followed by space and a capital, at a newline, or at a full stop glued to the next capitalised
# word ("fin.Début", "OpenAI.Elle"), which the OrangeSum bodies are full of.
BULLETS = "•♦►■▪"  # list bullets of scraped pages: each one opens an item
_BOUNDARY = re.compile(
    # every boundary starts at a space, a stop, a closing quote or a capital: one look at the
    # character rejects the other positions before the alternatives are tried
    r"(?=[\s.!?»\"”’)A-Z" + BULLETS + "])(?:"
    r"\n+"
    r"|(?<=[.!?…])(?P<close>\s?[»\"”’)])?\s+"  # ". • X"
    r"(?=(?:[«\"“(]|[" + BULLETS + r"]\s*)?[A-ZÀ-ÖØ-Ý0-9])"
    r"|(?<=[a-zà-ÿ0-9)\]»\"”])(?<!\b[A-Z][a-z])[.!?](?=(?:«\s?|[\"“])?[A-ZÀ-ÖØ-Ý])"  # not Ph.D.
    r"|(?<=[A-ZÀ-ÖØ-Ý]{2})[.!?](?=[A-ZÀ-ÖØ-Ý][a-zà-ÿ'’])"  # not inside "U.S.A."
    r"|(?<=[\w)»\"”])[.!?](?=-\s*[A-ZÀ-ÖØ-Ý]|[" + BULLETS + r"]\s*[A-ZÀ-ÖØ-Ý0-9])"  # ".- Anne"
    r"|(?=\s?[" + BULLETS + r"]\s*[A-ZÀ-ÖØ-Ý0-9])(?<=[\w)»\"”:])\s?"  # "DATES ► 1 mai"
    r"|(?<=\w\s)[!?](?=[«\"“]?[A-ZÀ-ÖØ-Ý][a-zà-ÿ'’])"  # French spacing: "X ?D'après"
    r"|(?<=[a-zà-ÿ][A-ZÀ-ÖØ-Ý])[.!?](?=[\"“«][A-ZÀ-ÖØ-Ý][a-zà-ÿ'’])"  # 'SpaceX."Le'
    # a heading glued to the next sentence with no stop at all ("pollueurs plastiqueCette
    # nouvelle recrue"): a lowercase word running into a word that starts sentences
    r"|(?<=[a-zà-ÿ]{3})(?=(?:Le|La|Les|Il|Elle|Ils|Elles|Cette|Ce|Ces|Mais|Selon|Pour|Dans|Un|"
    r"Une|Des|Après|Avant|Depuis|Alors|Lors|Au|Aux|Du|The|He|She|They|But|After|This)\s"
    r"|L['’][a-zà-ÿA-ZÀ-Ý]))"
)
# Titles and initials: a full stop after them never ends the sentence ("M. Le Maire",
# "É. Philippe").
_TITLE = re.compile(
    r"\b(?:M|Mme|Mlle|Mgr|Me|Dr|Pr|Prof|Mr|Mrs|Ms|St|Gen|Sen|Rep|Gov|Lt|Col|Sgt|Capt|Adm|Rev|No|"
    r"av|[A-ZÀ-ÖØ-Ý])\.$"
)
# Abbreviations that may also end a sentence: company suffixes, "U.S.", "etc.", AP-style months
# ("Jan. 5") and French abbreviated months ("5 janv. 2024"). They end it when a word that starts
# sentences follows ("Acme Corp. She left", but "Apple Inc. hired").
_MAYBE_END = re.compile(
    r"\b(?:Inc|Corp|Co|Ltd|Jr|Sr|vs|etc|U\.S|U\.K|J\.-C|Jan|Feb|Aug|Sept|Oct|Nov|Dec|janv|févr|avr|"
    r"juil|sept|oct|nov|déc)\.$"
)
# After a lone capital and its full stop, a subject pronoun starts a sentence: no surname is
# spelled "Il" or "She" ("publié sur X. Il y annonce", "posted on X. He said").
_PRONOUNS = re.compile(r"(?:Il|Elle|Ils|Elles|On|He|She|It|They|We)\b")
_STARTERS = re.compile(
    r"(?:The|He|She|It|They|We|I|But|And|In|On|Its|His|Her|Their|This|That|A|An|Il|Elle|Ils|"
    r"Elles|Le|La|Les|Son|Sa|Ses|Mais|Et|En|Depuis|Cette|Ce)\b"
)


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Character spans of the sentences of `text` (whitespace trimmed)."""
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _BOUNDARY.finditer(text):
        glued = m.group(0) in ".!?"  # "fin.Début": the full stop belongs to the sentence
        close = m.group("close") or ""
        end = m.end() if glued else m.start() + len(close)  # the closing quote belongs to it
        if not glued and "\n" not in m.group(0) and not close:
            # the last words are enough (both patterns end the text): searching the whole
            # sentence again at every candidate boundary was half of the splitting
            before = text[max(start, end - 16):end].rstrip()
            if _MAYBE_END.search(before):
                if not _STARTERS.match(text, m.end()):
                    continue  # "U.S. Senate", "Apple Inc. hired", "Jan. 5"
            elif (title := _TITLE.search(before)) and not (
                    len(title.group(0)) == 2 and _PRONOUNS.match(text, m.end())):
                continue  # "M. Assad", "Dr. Smith", "J. Castex", but "publié sur X. Il"
        _add(text, start, end, spans)
        start = m.end()
    _add(text, start, len(text), spans)
    return spans


def _add(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append((start, end))


def lowered(text: str) -> str | None:
    """The text in lower case, offset for offset; None where lowering changes its length (a
    dotted capital "İ" becomes two characters)."""
    low = text.lower()
    return low if len(low) == len(text) else None


def screen(pattern: str) -> str:
    """A pattern to search, case-sensitive, in lowered text, that matches wherever `pattern`
    matches the original text ignoring case: what `pattern` asks in capitals (`(?-i:[A-Z])`)
    is taken in any case. It may let more through, never less, and runs three times faster
    than the case-insensitive search (Python's `re` folds case at every character tried). A
    pattern that spells capitals elsewhere (`[A-Z]` meant as any letter) keeps ignoring case."""
    plain = re.sub(r"\(\?-i:[^()]*\)", "", re.sub(r"\\.", "", pattern))
    pattern = pattern.replace("(?-i:", "(?i:")
    return f"(?i:{pattern})" if any(c.isupper() for c in plain) else pattern


class Prefilter:
    """One compiled regex made of every trigger pattern of a language. Triggers start a word:
    the look-arounds in front reject a position inside or between words before any of the
    patterns is tried (40% faster than a word boundary in front of each). The same patterns,
    searched in the lowered text first, skip the sentences without any trigger word."""

    def __init__(self, trigger_patterns: Iterable[str], unscreened: Iterable[int] = ()):
        """`unscreened`: indices of triggers that fire only in a sentence another trigger's
        word already makes a candidate: left out of the search for candidates, which they
        would only slow down, but shortlisted like the others."""
        patterns = list(trigger_patterns)
        skipped = set(unscreened)
        searched = [p for i, p in enumerate(patterns) if i not in skipped]
        self.regex = re.compile(
            r"(?<!\w)(?=\w)(?:" + "|".join(f"(?:{p})" for p in searched) + ")",
            re.IGNORECASE)
        self.screen = re.compile(r"(?<!\w)(?=\w)" + _by_first_letter(map(screen, searched)))
        # which triggers a sentence can fire: those with one of their words in it (`shortlist`)
        self._words: list[set[str] | None] = []
        self._by_start: dict[tuple[str, ...], list[int]] = {}  # first 3 letters → triggers
        self._always: set[int] = set()  # triggers with no word of 3 letters to look for
        for i, pattern in enumerate(patterns):
            parsed = sre_parse.parse(screen(pattern))
            words = None if parsed.state.flags & re.IGNORECASE else _factors(list(parsed))
            self._words.append(words)
            if words is None or min(map(len, words)) < 3:
                self._always.add(i)
                continue
            for start in {tuple(word[:3]) for word in words}:
                self._by_start.setdefault(start, []).append(i)

    def candidates(self, text: str, spans: list[tuple[int, int]],
                   low: str | None = None) -> list[int]:
        """Indices of the sentences holding a trigger word. `low`: the text lowered (see
        `lowered`), when the caller has it."""
        low = low if low is not None else lowered(text)
        if low is None:
            return [i for i, (s, e) in enumerate(spans) if self.regex.search(text, s, e)]
        # the screen matches wherever the regex does, so no trigger starts before the
        # screen's first match: the slow case-insensitive regex need only search from there
        return [i for i, (s, e) in enumerate(spans)
                if (m := self.screen.search(low, s, e)) and self.regex.search(text, m.start(), e)]

    def shortlist(self, low: str, start: int = 0, end: int | None = None) -> list[int]:
        """Indices, in order, of the trigger patterns whose screen (see `screen`) can match in
        `low[start:end]` (lowered text): each match holds one of a few words (`_factors`), so
        the others need no search. A sentence holds the words of 7 of the 109 French triggers
        on average: searching each trigger's screen in every sentence was most of `_live`."""
        piece = low[start:end]
        found = set(self._always)
        letters_in = set(zip(piece, piece[1:], piece[2:], strict=False))  # its 3-letter runs
        for letters in letters_in & self._by_start.keys():
            found.update(self._by_start[letters])
        words = self._words
        return sorted(i for i in found if i in self._always
                      or any(word in piece for word in words[i]))  # type: ignore[union-attr]


def _factors(items: list) -> set[str] | None:
    """Words one of which every match of the parsed pattern `items` holds, or None when
    unknown: the longest run of letters it must spell (every spelling of a run with a few
    choices, "d[ée]mission"), or the words of each alternative of a group it must match."""
    found: list[set[str]] = []
    run = {""}
    for op, av in items:
        if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
            continue  # zero-width: the letters either side are still next to each other
        if op is sre.LITERAL or op is sre.IN and all(kind is sre.LITERAL for kind, _ in av):
            chars = {chr(av)} if op is sre.LITERAL else {chr(c) for _, c in av}
            if len(run) * len(chars) > 16:  # too many spellings: a new run from here
                found.append(run)
                run = {""}
            run = {r + c for r in run for c in chars}
            continue
        if run != {""}:
            found.append(run)
        run = {""}
        if op is sre.SUBPATTERN:
            _, add_flags, del_flags, inner = av
            if not add_flags and not del_flags and (words := _factors(list(inner))):
                found.append(words)
        elif op is sre.BRANCH:
            each = [_factors(list(alt)) for alt in av[1]]
            if all(each):
                found.append(set().union(*each))  # type: ignore[arg-type]
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT) and av[0] > 0 and (
                words := _factors(list(av[2]))):
            found.append(words)
    if run != {""}:
        found.append(run)
    found = [words for words in found if "" not in words]
    return max(found, key=lambda words: (min(map(len, words)), -len(words)), default=None)


def _by_first_letter(patterns: Iterable[str]) -> str:
    """The alternation of `patterns`, for a search that asks only where a match starts: those
    that can only start with a few letters are grouped by letter (in each of theirs), each
    group behind one test of its letter that `re` makes without entering it (`d(?<=(?=...)d)`
    consumes the letter, then tries the patterns from where it started). Otherwise `re` tries
    every alternative at every word: the screen went through the text 1.5x slower. Where a
    match starts, and whether there is one, are those of the plain alternation; not its end."""
    groups: dict[str, list[str]] = {}
    others: list[str] = []
    for pattern in patterns:
        first = _first_chars(list(sre_parse.parse(pattern)))
        for char in sorted(first or ()):
            groups.setdefault(char, []).append(pattern)
        if not first:
            others.append(pattern)
    alternatives = []
    for char, members in sorted(groups.items()):
        char = re.escape(char)
        alternatives.append(f"{char}(?<=(?=" + "|".join(f"(?:{p})" for p in members)
                            + f"){char})")
    return "(?:" + "|".join(alternatives + [f"(?:{p})" for p in others]) + ")"


def _first_chars(items: list) -> set[str] | None:
    """The characters a match of the parsed pattern `items` can start with; None when any
    (a class like \\w, a case-insensitive part, a pattern that may match nothing)."""
    if not items:
        return None
    (op, av), rest = items[0], items[1:]
    if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):  # zero-width: the next item starts it
        return _first_chars(rest)
    if op is sre.LITERAL:
        return {chr(av)}
    if op is sre.IN:
        if all(kind is sre.LITERAL for kind, _ in av):
            return {chr(c) for _, c in av}
        return None
    if op is sre.SUBPATTERN:
        _, add_flags, del_flags, inner = av
        return None if add_flags or del_flags else _first_chars(list(inner) + rest)
    if op is sre.BRANCH:
        return _union(_first_chars(list(alt) + rest) for alt in av[1])
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT):
        low, _, inner = av
        first = _first_chars(list(inner) + rest)
        return first if low > 0 else _union([first, _first_chars(rest)])
    return None


def _union(sets: Iterable[set[str] | None]) -> set[str] | None:
    out: set[str] = set()
    for chars in sets:
        if chars is None:
            return None
        out |= chars
    return out


def windows(candidates: list[int], n_sentences: int, context: int = 1) -> list[tuple[int, int]]:
    """Merge candidate sentences and `context` neighbours into runs [first, last] to parse."""
    runs: list[tuple[int, int]] = []
    for i in candidates:
        lo, hi = max(0, i - context), min(n_sentences - 1, i + context)
        if runs and lo <= runs[-1][1] + 1:
            runs[-1] = (runs[-1][0], max(runs[-1][1], hi))
        else:
            runs.append((lo, hi))
    return runs
