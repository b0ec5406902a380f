"""Date phrases found in a sentence → ISO dates as precise as the text allows.

We find the phrases ourselves (regexes from the language lexicon) and resolve them against the
publication date; dateparser's own search mode finds too much junk in news text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any


@dataclass(frozen=True)
class DateMention:
    start: int  # offsets in the sentence
    end: int
    value: str  # ISO prefix: "2024", "2024-09" or "2024-09-25"
    # the value when the sentence speaks of the future and `value`, resolved to the nearest
    # past date, is before the publication: "will step down in January", "partira vendredi"
    ahead: str | None = None
    # the date opens a state that lasts ("depuis 2011", "since May"): when a post was taken
    # that the sentence does not report the change of
    since: bool = False
    # the value when the sentence speaks of the past and `value`, a date without a year
    # resolved to the nearest one, is after the publication: "a démissionné le 12 novembre"
    behind: str | None = None
    # the date ends a span ("sous contrat jusqu'en 2027", "until 2027"): never when a post was
    # taken
    until: bool = False


def _month_number(lex: dict[str, Any], word: str) -> int | None:
    word = word.lower().rstrip(".")
    for i, names in enumerate(lex["months"], start=1):
        if word in names:
            return i
    return None


class DateFinder:
    """Finds and resolves date phrases with the patterns of one language."""

    def __init__(self, lex: dict[str, Any]):
        self.lex = lex
        months = "|".join(sorted((m for ms in lex["months"] for m in ms), key=len, reverse=True))
        days = "|".join(lex["weekdays"])
        self.full = re.compile(
            rf"\b(?:(?P<d1>\d{{1,2}})(?:er|st|nd|rd|th)?\s+(?:of\s+)?(?P<m1>{months})\.?|"
            rf"(?P<m2>{months})\.?\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?,?)"
            rf"(?:\s+(?P<y>(?:19|20)\d\d))?\b",
            re.IGNORECASE,
        )
        self.month_year = re.compile(
            rf"\b(?P<m>{months})\.?,?\s+(?:de\s+l'ann[ée]e\s+|of\s+)?(?P<y>(?:19|20)\d\d)\b",
            re.IGNORECASE,
        )
        # "en juin", "mi-juin", "mid-2022", "fin du mois d'août": after the prefix a space, or
        # nothing after a hyphen or an apostrophe
        self.month_only = re.compile(
            rf"\b(?:{lex['month_only_prefix']})(?:\s+|(?<=[-'’]))(?P<m>{months})\b", re.IGNORECASE)
        self.year = re.compile(
            rf"\b(?:{lex['year_prefix']})(?:\s+|(?<=-))(?P<y>(?:19|20)\d\d)\b", re.IGNORECASE)
        self.weekday = re.compile(rf"\b(?P<w>{days})\b", re.IGNORECASE)
        self.weekday_before = re.compile(rf"\b(?P<w>{days}),?\s+(?:the\s+)?$", re.IGNORECASE)
        # "next Friday", "vendredi prochain": the coming one; "last Friday", "vendredi dernier":
        # the past one, whatever the tense
        self.weekday_ahead, self.weekday_behind = (
            re.compile(lex[key].replace("{days}", days), re.IGNORECASE) if lex.get(key) else None
            for key in ("weekday_ahead", "weekday_behind"))
        # "en janvier dernier", "last January": the past one; "en mars prochain", "next March":
        # the coming one, whatever the tense
        self.month_ahead, self.month_behind = (
            re.compile(lex[key].replace("{months}", months), re.IGNORECASE) if lex.get(key)
            else None for key in ("month_ahead", "month_behind"))
        self.weekday_habitual = re.compile(lex["weekday_habitual"], re.IGNORECASE) \
            if lex.get("weekday_habitual") else None
        self.effective = re.compile(lex["effective"], re.IGNORECASE) \
            if lex.get("effective") else None
        self.relative = [(re.compile(p, re.IGNORECASE), spec) for p, spec in lex["relative"]]
        self.since = re.compile(rf"(?:{lex['since']})\b", re.IGNORECASE) \
            if lex.get("since") else None
        self.since_before = re.compile(rf"\b(?:{lex['since']})\s+(?:\w+\s+)?$", re.IGNORECASE) \
            if lex.get("since") else None
        self.until = re.compile(rf"(?:{lex['until']})$", re.IGNORECASE) if lex.get("until") \
            else None
        self.post_since = re.compile(lex["post_since"], re.IGNORECASE) \
            if lex.get("post_since") else None
        self.born = re.compile(lex["born"], re.IGNORECASE) if lex.get("born") else None
        # "lors de cette crise" refers to an episode the text dated before ("les événements de
        # novembre 2023"): a change told in it takes that date
        self.episode, self.episode_dated = (
            re.compile(lex[key], re.IGNORECASE) if lex.get(key) else None
            for key in ("episode", "episode_dated"))
        # built once: `is_date_word` is asked of thousands of words
        self._weekday_order = [d.lower() for d in lex["weekdays"]]  # Monday first
        self._weekdays = set(self._weekday_order)

    def episode_date(self, sentence: str, before: str, published: date | None) -> str | None:
        """The date of the episode `sentence` refers back to, as `before` (the text before
        it) dates it last: "Déjà lors de cette première crise, ..." after "les événements de
        novembre 2023" is November 2023."""
        if not (self.episode and self.episode_dated and self.episode.search(sentence)):
            return None
        dated = [d for d in self.find(before, published)
                 if self.episode_dated.search(before, max(0, d.start - 40), d.start)]
        return dated[-1].value if dated else None

    def holds_post_since(self, sentence: str, date: DateMention) -> bool:
        """A date a post is held from ("en poste depuis le 3 mai"): when it was taken."""
        return bool(date.since and self.post_since and self.post_since.search(
            sentence, max(0, date.start - 40), date.start))

    def is_date_word(self, text: str) -> bool:
        """A month or weekday name (so "Saturday" is never taken for an organization), also
        after a glued prefix ("mi-novembre", "mid-March")."""
        word = text.lower().rstrip(".").rsplit("-", 1)[-1]
        return word in self._weekdays or any(
            word in names for names in self.lex["months"])

    def is_weekday(self, text: str) -> bool:
        """A weekday's name ("lundi", "Monday")."""
        return text.lower().rstrip(".") in self._weekdays

    def _effective(self, sentence: str, start: int) -> bool:
        """The date at `start` is when a change takes effect ("à compter du", "effective")."""
        return bool(self.effective and self.effective.search(sentence, max(0, start - 30), start))

    def find(self, sentence: str, published: date | None) -> list[DateMention]:
        found: list[DateMention] = []
        taken: list[tuple[int, int]] = []
        # where a month is marked as the coming or the past one: its year follows from that
        ahead_at, behind_at = (
            {x.start("m") for x in pattern.finditer(sentence)} if pattern else set()
            for pattern in (self.month_ahead, self.month_behind))

        def add(m: re.Match[str], value: str | None, ahead: str | None = None,
                behind: str | None = None) -> None:
            if self.born and self.born.search(sentence, max(0, m.start() - 50), m.start()):
                return  # "né à Lyon en 1947": a birth, never a change
            if value and not any(s < m.end() and m.start() < e for s, e in taken):
                since = bool(self.since and self.since_before and (
                    self.since.match(sentence, m.start()) or self.since_before.search(
                        sentence, max(0, m.start() - 16), m.start())))  # (lookbehinds see
                # the words before: "vacant depuis")
                until = bool(self.until and self.until.search(
                    sentence, max(0, m.start() - 24), m.start()))
                found.append(DateMention(m.start(), m.end(), value, ahead=ahead, behind=behind,
                                         since=since, until=until))
                taken.append((m.start(), m.end()))

        for m in self.full.finditer(sentence):
            month = _month_number(self.lex, m.group("m1") or m.group("m2"))
            day = int(m.group("d1") or m.group("d2"))
            year = int(m.group("y")) if m.group("y") else _infer_year(month, day, published)
            named_day = self.weekday_before.search(sentence, max(0, m.start() - 16), m.start())
            if month and year and named_day and not m.group("y") and _weekday(
                    year, month, day) == self._weekday_order.index(named_day.group("w").lower()):
                # "mardi 14 mai" told the next day: the weekday confirms the nearest year,
                # whatever the tense (a weekday that does not fit is more likely a slip)
                add(m, f"{year:04d}-{month:02d}-{day:02d}")
                continue
            if month and year and 1 <= day <= 31:
                value = f"{year:04d}-{month:02d}-{day:02d}"
                at = m.start("m1") if m.group("m1") else m.start("m2")
                if m.group("y"):
                    add(m, value)
                elif published and (at in ahead_at or at in behind_at):
                    add(m, _marked(value, published, at in ahead_at))
                else:  # ("a démissionné le 1er juin", told in May: last year's, unless the
                    # date is when a change takes effect: "à compter du 1er juin")
                    add(m, value, _next_year(value, published), _last_year(
                        value, published, 92 if self._effective(sentence, m.start()) else 0))
        for m in self.month_year.finditer(sentence):
            month = _month_number(self.lex, m.group("m"))
            if month:
                add(m, f"{m.group('y')}-{month:02d}")
        for m in self.month_only.finditer(sentence):
            month = _month_number(self.lex, m.group("m"))
            year = _infer_year(month, 1, published) if month else None
            if month and year:
                value = f"{year:04d}-{month:02d}"
                if published and (m.start("m") in ahead_at or m.start("m") in behind_at):
                    add(m, _marked(value, published, m.start("m") in ahead_at))
                else:
                    add(m, value, _next_year(value, published), _last_year(value, published))
        for m in self.year.finditer(sentence):
            add(m, m.group("y"))
        if published:
            weekdays = self._weekday_order
            for m in self.weekday_ahead.finditer(sentence) if self.weekday_ahead else ():
                days_ahead = (weekdays.index(m.group("w").lower()) - published.weekday()) % 7
                add(m, (published + timedelta(days=days_ahead or 7)).isoformat())
            for m in self.weekday_behind.finditer(sentence) if self.weekday_behind else ():
                days_back = (published.weekday() - weekdays.index(m.group("w").lower())) % 7
                add(m, (published - timedelta(days=days_back or 7)).isoformat())
            for m in self.weekday.finditer(sentence):
                if any(0 <= s - m.end() <= 4 for s, _ in taken):
                    continue  # "mardi 14 mai", "Tuesday, May 14": the date it goes with
                if self.weekday_habitual and self.weekday_habitual.search(
                        sentence, max(0, m.start() - 12), m.start()):
                    continue  # "diffusée le dimanche", "every Sunday": any one of them
                wd = weekdays.index(m.group("w").lower())
                back = (published.weekday() - wd) % 7
                ahead = (published + timedelta(days=(wd - published.weekday()) % 7)).isoformat()
                add(m, (published - timedelta(days=back)).isoformat(), ahead if back else None)
            for pattern, spec in self.relative:
                for m in pattern.finditer(sentence):
                    add(m, _relative(spec, m, published))
        return _with_their_year(sorted(found, key=lambda d: d.start), sentence)


def _with_their_year(found: list[DateMention], sentence: str) -> list[DateMention]:
    """A month written without its year, then the year as a phrase of its own ("en janvier
    de l'année dernière", "in March of next year"): one date, in that year."""
    out: list[DateMention] = []
    for d in found:
        prev = out[-1] if out else None
        if prev is not None and len(d.value) == 4 and len(prev.value) > 4 and \
                not re.search(r"\d{4}", sentence[prev.start:prev.end]) and \
                re.fullmatch(r"\s+(?:de|of)\s+", sentence[prev.end:d.start], re.IGNORECASE):
            out[-1] = DateMention(prev.start, d.end, d.value + prev.value[4:])
            continue
        out.append(d)
    return out


def _weekday(year: int, month: int, day: int) -> int | None:
    try:
        return date(year, month, day).weekday()
    except ValueError:  # "31 juin"
        return None


def _next_year(value: str, published: date | None) -> str | None:
    """`value` a year later, when its year was inferred and it falls before `published`."""
    if not published or value >= published.isoformat()[:len(value)]:
        return None
    return f"{int(value[:4]) + 1:04d}{value[4:]}"


def _marked(value: str, published: date, ahead: bool) -> str:
    """`value`, its year inferred, moved to the first such date after `published` (`ahead`)
    or the last one before it."""
    stamp = published.isoformat()[:len(value)]
    year = published.year + (value[4:] <= stamp[4:] if ahead else -(value[4:] >= stamp[4:]))
    return f"{year:04d}{value[4:]}"


def _last_year(value: str, published: date | None, soon: int = 92) -> str | None:
    """`value` a year earlier, when its year was inferred and it falls more than `soon` days
    after `published` (closer, a past-tense sentence may give the date a change takes effect:
    "has appointed X, effective June 1")."""
    if not published:
        return None
    parts = [int(x) for x in value.split("-")]
    when = date(parts[0], parts[1], parts[2] if len(parts) > 2 else 1)
    if when <= published + timedelta(days=soon):
        return None
    return f"{parts[0] - 1:04d}{value[4:]}"


def _infer_year(month: int | None, day: int, published: date | None) -> int | None:
    """A date without a year is the nearest such date to the publication (news looks back
    a little, or forward a few months)."""
    if not published or not month:
        return None
    year = published.year
    try:
        if date(year, month, min(day, 28)) > published + timedelta(days=183):
            return year - 1
        if date(year, month, min(day, 28)) < published - timedelta(days=183):
            return year + 1
    except ValueError:
        return None
    return year


def _relative(spec: str, m: re.Match[str], published: date) -> str | None:
    """Relative specs from the lexicon: day:-1, month:-1, year:0, years:N (N from the match)."""
    unit, _, offset = spec.partition(":")
    if offset == "N":
        n = _number(m.group("n"))
        if n is None:
            return None
        shift = -n
    else:
        shift = int(offset)
    if unit == "day":
        return (published + timedelta(days=shift)).isoformat()
    if unit == "week":
        return (published + timedelta(weeks=shift)).strftime("%Y-%m")
    if unit == "month":
        month_index = published.year * 12 + published.month - 1 + shift
        return f"{month_index // 12:04d}-{month_index % 12 + 1:02d}"
    if unit == "year":
        return f"{published.year + shift:04d}"
    return None


_NUMBERS = {
    "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "one": 1,
    "a": 1, "an": 1, "two": 2, "three": 3, "four": 4, "five": 5,
}


def _number(word: str) -> int | None:
    word = word.lower()
    return int(word) if word.isdigit() else _NUMBERS.get(word)


def parse_published(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None
