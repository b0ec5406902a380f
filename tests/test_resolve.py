"""The resolver: names, organizations, dates, statuses, syndication, and merging reports of
many articles into events (pure functions, no database, no spaCy)."""

from __future__ import annotations

import random

import pytest

from turnover import resolve
from turnover.resolve import Report


def report(person: str, kind: str = "end", action: str = "resign", org: str | None = "OpenAI",
           when: str | None = None, status: str = "occurred", article: str = "a1",
           published: str | None = None, outlet: str | None = None, copy_of: str | None = None,
           **more: object) -> Report:
    rid = resolve.stable_id(person, kind, str(org), str(when), status, article, str(more))
    return Report(id=rid, person=person, kind=kind, action=action, org=org, when=when,
                  status=status, article=article, published=published, outlet=outlet,
                  copy_of=copy_of, **more)  # type: ignore[arg-type]


# --- names ------------------------------------------------------------------------------------


@pytest.mark.parametrize(("variant", "key"), [
    ("Mira Murati", "mira murati"),
    ("MIRA MURATI", "mira murati"),
    ("Mme Mira Murati", "mira murati"),
    ("Mme Murati", "murati"),
    ("M. Bolloré", "bollore"),
    ("Thierry Bolloré", "thierry bollore"),
    ("Dr. Regina Benjamin", "regina benjamin"),
    ("Altman's", "altman"),
    ("P.J. Carlesimo", "pj carlesimo"),
    ("PJ Carlesimo", "pj carlesimo"),
    ("Martin Luther King Jr.", "martin luther king"),
    ("Jean-Marie Le Pen", "jean marie le pen"),
])
def test_person_key(variant: str, key: str) -> None:
    assert resolve.person_key(variant) == key


@pytest.mark.parametrize(("variants", "key"), [
    (["OpenAI", "Open AI", "OpenAI Inc.", "OPENAI", "openai, inc"], "openai"),
    (["Renault", "groupe Renault", "Groupe Renault SA", "Renault Group"], "renault"),
    (["Société Générale", "Societe Generale"], "societegenerale"),
    (["The New York Times", "New York Times Co."], "newyorktimes"),
])
def test_org_aliases_share_a_key(variants: list[str], key: str) -> None:
    assert {resolve.org_key(v) for v in variants} == {key}


def test_org_key_of_nothing_is_empty() -> None:
    assert resolve.org_key(None) == resolve.org_key("") == ""
    assert resolve.org_key("Group") == "group"  # never empties a name made of legal words


def test_surname_only_names_attach_to_the_full_name() -> None:
    people = resolve.resolve_people(["murati", "mira murati", "j leike", "jan leike"])
    assert people == {"murati": "mira murati", "mira murati": "mira murati",
                      "j leike": "jan leike", "jan leike": "jan leike"}


def test_ambiguous_surname_attaches_only_through_a_shared_org() -> None:
    keys = ["jordan", "eddie jordan", "michael jordan"]
    assert resolve.resolve_people(keys)["jordan"] == "jordan"
    orgs = {"jordan": {"wizards"}, "eddie jordan": {"wizards"}, "michael jordan": {"bulls"}}
    assert resolve.resolve_people(keys, orgs)["jordan"] == "eddie jordan"


def test_different_first_names_are_different_people() -> None:
    people = resolve.resolve_people(["eddie jordan", "michael jordan"])
    assert people["eddie jordan"] != people["michael jordan"]


# --- dates --------------------------------------------------------------------------------------


@pytest.mark.parametrize(("a", "b", "same"), [
    ("2024", "2024-09", True),
    ("2024-09", "2024-09-25", True),
    ("2024-09-25", "2024-09-26", True),  # "mercredi" resolved differently by two articles
    ("2024-09", "2024-10", True),
    (None, "2024-09", True),
    ("2023-11", "2024-05", False),
    ("2023", "2024", False),
    ("2015-12", "2023-11-17", False),
])
def test_date_compatibility(a: str | None, b: str | None, same: bool) -> None:
    assert resolve.dates_compatible(a, b) is same
    assert resolve.dates_compatible(b, a) is same


def test_the_most_precise_date_wins() -> None:
    assert resolve.best_date(["2024", None, "2024-09", "2024-09-25"]) == "2024-09-25"
    assert resolve.best_date(["2024-09-26", "2024-09-25", "2024-09-25"]) == "2024-09-25"
    assert resolve.best_date([None, None]) is None


# --- status -------------------------------------------------------------------------------------


def statuses(*items: tuple[str, str | None, str]) -> tuple[str, bool]:
    return resolve.derive_status([
        report("X", status=status, published=published, article=article)
        for status, published, article in items
    ])


def test_a_later_denial_beats_earlier_reports() -> None:
    assert statuses(("planned", "2023-11-20", "a"), ("denied", "2023-11-22", "b")) == (
        "denied", True)


def test_a_later_confirmation_beats_a_denial() -> None:
    assert statuses(("denied", "2023-11-20", "a"), ("occurred", "2023-11-22", "b")) == (
        "occurred", True)


def test_confirmations_beat_rumors_and_plans() -> None:
    assert statuses(("rumored", "2024-10-19", "a"), ("occurred", "2024-09-26", "b")) == (
        "occurred", False)
    assert statuses(("planned", "2024-01-01", "a"), ("occurred", "2024-02-01", "b")) == (
        "occurred", False)
    assert statuses(("rumored", None, "a")) == ("rumored", False)


def test_without_dates_more_independent_sources_decide() -> None:
    assert statuses(("occurred", None, "a"), ("denied", None, "b"), ("denied", None, "c")) == (
        "denied", True)
    assert statuses(("occurred", None, "a"), ("denied", None, "b")) == ("occurred", True)


def test_a_rumor_after_a_denial_is_a_rumor_again() -> None:
    assert statuses(("denied", "2024-01-01", "a"), ("rumored", "2024-03-01", "b")) == (
        "rumored", True)


# --- events -------------------------------------------------------------------------------------


def test_reports_of_one_change_in_several_languages_make_one_event() -> None:
    reports = [
        report("Mira Murati", org="OpenAI", when="2024-09-25", article="fr1",
               published="2024-09-26", outlet="Le Monde", role="directrice technique"),
        report("Mme Murati", org="Open AI", when="2024-09", article="fr2", published="2024-09-27",
               outlet="Libération"),
        report("Murati", org="OpenAI Inc.", when=None, article="en1", published="2024-09-25",
               outlet="Wired", role="cto", sources=("X",)),
        report("MIRA MURATI", org="OpenAI", when="2024", article="en2", published="2024-09-26",
               outlet="Wired"),
    ]
    resolution = resolve.resolve(reports)
    assert len(resolution.events) == 1
    event = resolution.events[0]
    assert event.when == "2024-09-25"
    assert event.n_articles == 4
    assert event.n_sources == 3  # two Wired articles count once
    assert event.sources == ["X"]
    assert [p.name for p in resolution.people] == ["Mira Murati"]
    assert set(resolution.people[0].aliases) == {"Mira Murati", "Mme Murati", "Murati",
                                                 "MIRA MURATI"}


def test_far_apart_dates_are_different_changes() -> None:
    reports = [
        report("Sam Altman", kind="start", action="found", when="2015-12", article="a"),
        report("Sam Altman", kind="start", action="return", when="2023-11-22", article="b"),
        report("Altman", kind="start", action="return", when="2023-11", article="c"),
    ]
    events = resolve.resolve(reports).events
    assert sorted(len(e.reports) for e in events) == [1, 2]


def test_an_announced_change_spans_announcement_to_effect() -> None:
    reports = [
        report("Matt Smith", kind="end", action="leave", org="Doctor Who", when="2013-06",
               article="a", published="2013-06-01"),
        report("Matt Smith", kind="end", action="leave", org="Doctor Who", when="2013-12-25",
               status="planned", article="b", published="2013-06-02"),
    ]
    assert len(resolve.resolve(reports).events) == 1


def test_reports_without_org_join_the_only_org_they_can_mean() -> None:
    reports = [
        report("Ilya Sutskever", kind="start", action="found", org="Safe Superintelligence",
               when="2024-06", article="a"),
        report("Sutskever", kind="start", action="found", org=None, article="b"),
        report("Ilya Sutskever", kind="start", action="join", org="OpenAI", when="2015",
               article="c"),
    ]
    events = resolve.resolve(reports).events
    assert sorted(len(e.reports) for e in events) == [1, 2]
    founded = next(e for e in events if e.org == "Safe Superintelligence")
    assert len(founded.reports) == 2


def test_org_containment_within_one_person() -> None:
    reports = [
        report("Maurice Cheeks", org="Philadelphia 76ers", action="dismiss", article="a"),
        report("Mo Cheeks", org="76ers", action="dismiss", article="b"),
        report("Maurice Cheeks", org="76ers", action="dismiss", article="c"),
    ]
    events = resolve.resolve(reports).events
    # "Mo" is not "Maurice": two people; Maurice's two reports are one event
    assert sorted(len(e.reports) for e in events) == [1, 2]
    assert {e.org for e in events} == {"Philadelphia 76ers", "76ers"}


def test_different_kinds_and_people_stay_apart() -> None:
    reports = [
        report("Jan Leike", kind="end", action="leave", org="OpenAI", to="Anthropic"),
        report("Jan Leike", kind="start", action="join", org="Anthropic"),
        report("John Schulman", kind="start", action="join", org="Anthropic"),
    ]
    events = resolve.resolve(reports).events
    assert len(events) == 3
    assert next(e for e in events if e.kind == "end").to == "Anthropic"


def test_resolution_does_not_depend_on_order() -> None:
    reports = [
        report("Mira Murati", when="2024-09-25", article="a"),
        report("Murati", when=None, article="b", published="2024-09-26"),
        report("Murati", when="2023-11", kind="start", action="appoint", article="c"),
        report("Mira Murati", kind="start", action="appoint", when="2023-11-17", article="d"),
        report("Sam Altman", action="dismiss", when="2023-11-17", article="d"),
        report("Altman", action="dismiss", article="e"),
        report("Jordan", org="Wizards", article="f"),
        report("Eddie Jordan", org="Washington Wizards", article="g"),
        report("Michael Jordan", org="Bulls", article="h"),
    ]
    expected = resolve.resolve(reports)
    for seed in range(5):
        shuffled = list(reports)
        random.Random(seed).shuffle(shuffled)
        got = resolve.resolve(shuffled)
        assert got.event_of == expected.event_of
        assert [e.id for e in got.events] == [e.id for e in expected.events]


# --- syndication ------------------------------------------------------------------------------

STORY = (
    "The board of Initech said on Tuesday that its chief executive, Bill Lumbergh, had resigned "
    "with immediate effect after a review of the company's accounts. Peter Gibbons, the chief "
    "operating officer, will lead the company on an interim basis while the board searches for "
    "a permanent successor, the company said in a statement. Shares fell four percent."
)


def test_syndicated_copies_are_near_duplicates() -> None:
    copy = "Wire service report.\n" + STORY + "\nCopyright 2024. All rights reserved."
    other = ("Globex appointed a new chief financial officer on Monday, naming Hank Scorpio to "
             "the post after a six-month search, the company said.")
    sig = resolve.minhash(STORY)
    assert resolve.similarity(sig, resolve.minhash(copy)) >= resolve.SYNDICATED_MIN
    assert resolve.similarity(sig, resolve.minhash(other)) < 0.2
    assert set(resolve.bands(sig)) & set(resolve.bands(resolve.minhash(copy)))
    assert resolve.decode_signature(resolve.encode_signature(sig)) == sig
    assert resolve.minhash(STORY) == sig  # deterministic


def test_syndicated_copies_count_as_one_source() -> None:
    reports = [
        report("Bill Lumbergh", org="Initech", article="a", outlet="AP", copy_of="a"),
        report("Bill Lumbergh", org="Initech", article="b", outlet="Daily Planet", copy_of="a"),
        report("Bill Lumbergh", org="Initech", article="c", outlet="Daily Bugle", copy_of="c"),
    ]
    (event,) = resolve.resolve(reports).events
    assert event.n_articles == 3
    assert event.n_sources == 2
