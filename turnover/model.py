"""The data that flows through turnover: articles in, event mentions out.

Field names and values follow ../shared/EVENTS.md, the contract of the extractor and of `eval`.
"""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field
from typing import Any, Literal

Kind = Literal["start", "end"]
Status = Literal["occurred", "planned", "rumored", "denied"]

ACTIONS: dict[str, tuple[str, ...]] = {
    "end": ("resign", "dismiss", "retire", "leave"),
    "start": ("appoint", "join", "found", "return"),
}
STATUSES: tuple[str, ...] = ("occurred", "planned", "rumored", "denied")

# The fields of one event, in the order of EVENTS.md.
EVENT_FIELDS = (
    "person", "kind", "action", "org", "role", "interim", "when", "status", "to", "reason",
    "sources",
)


def content_hash(text: str) -> str:
    """The article id: SHA-256 of the text, so the same text read twice is the same article."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class Article:
    """One news article, whatever it was read from.

    `text` is what the extractor reads and what evidence offsets point into: the title and the
    lead (when the input has them apart from the body) come first, then the body.
    """

    text: str
    id: str = ""  # content hash of `text`; filled in when empty
    ref: str | None = None  # the input's own id (a JSONL `id`, a file path), kept for scoring
    url: str | None = None
    outlet: str | None = None
    title: str | None = None
    published: str | None = None  # ISO date, YYYY-MM-DD
    lang: str | None = None

    def __post_init__(self) -> None:
        if not self.id:
            object.__setattr__(self, "id", content_hash(self.text))

    @property
    def key(self) -> str:
        """The id printed in outputs: the input's own id when it has one, else the hash."""
        return self.ref or self.id


@dataclass(frozen=True)
class Evidence:
    """Where in the article text an event is stated."""

    sentence: str
    start: int  # character offsets of the sentence in Article.text
    end: int
    trigger: str  # the word(s) that signal the change, e.g. "démission", "fired"
    trigger_start: int
    trigger_end: int


@dataclass
class Mention:
    """One leadership change as one article states it (an event of EVENTS.md plus evidence)."""

    person: str
    kind: Kind
    action: str
    org: str | None = None
    role: str | None = None
    interim: bool = False
    when: str | None = None
    status: Status = "occurred"
    to: str | None = None
    reason: str | None = None
    sources: list[str] = field(default_factory=list)
    evidence: list[Evidence] = field(default_factory=list)
    confidence: float = 0.5
    # a fact the article recalls without dating it, told by a title ("co-founder of OpenAI"):
    # it happened before the article, at no known date (never "around the report's date")
    background: bool = False

    def to_dict(self, with_evidence: bool = True) -> dict[str, Any]:
        data = {name: getattr(self, name) for name in EVENT_FIELDS}
        data["sources"] = list(self.sources)
        if with_evidence:
            data["evidence"] = [asdict(e) for e in self.evidence]
            data["confidence"] = round(self.confidence, 3)
            data["background"] = self.background
        return data
