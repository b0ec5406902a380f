"""Questions to the knowledge base: timeline, person, flows, events with filters, export, and
DataFrames; on SQLite and PostgreSQL.

Two knowledge bases per backend: one built by the whole pipeline from the seed and the bundled
samples (what the issue asks of OpenAI), and one written directly from hand-made mentions about
fictional companies, so that the expected answers do not move when the extractor changes.
"""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import pandas as pd
import pytest

import turnover
from turnover import api
from turnover.evaluate import shared_dir
from turnover.extract import Extractor
from turnover.model import Article, Evidence, Mention
from turnover.query import EVENT_COLUMNS
from turnover.store import Store

SAMPLES = Path(turnover.__file__).parent / "samples"
SEED = shared_dir() / "seed" / "murati-openai-fr.gold.jsonl"

# --- a knowledge base of hand-made mentions -----------------------------------------------------

TEXTS = {
    "a1": "Initech said on Monday that Bill Lumbergh resigned as chief executive. "
          "Lumbergh will join Globex as president next month.",
    "a2": "Initech a annoncé lundi la démission de M. Lumbergh, son directeur général.",
    "a3": "Globex denied on Wednesday that Bill Lumbergh would join the company.",
    "a4": "Initech named Peter Gibbons chief operating officer in May 2023.",
    "a5": "Peter Gibbons quitte Initech pour fonder Penetrode, a-t-il annoncé.",
    "a6": "Samir Nagheenanajar could leave Initech, according to people familiar with it.",
}
META = {  # ref → (lang, published, outlet)
    "a1": ("en", "2024-03-04", "Wire"), "a2": ("fr", "2024-03-05", "Le Courrier"),
    "a3": ("en", "2024-03-06", "Gazette"), "a4": ("en", "2023-05-02", "Wire"),
    "a5": ("fr", "2024-06-10", "Le Courrier"), "a6": ("en", "2025-01-15", "Wire"),
}
MENTIONS = {  # ref → [(person, sentence's first words, fields)]
    "a1": [("Bill Lumbergh", "Initech said", dict(
               kind="end", action="resign", org="Initech", role="chief executive",
               when="2024-03-04", to="Globex")),
           ("Lumbergh", "Lumbergh will", dict(
               kind="start", action="join", org="Globex", role="president", when="2024-04",
               status="planned"))],
    "a2": [("M. Lumbergh", "Initech a", dict(
               kind="end", action="resign", org="Initech SA", role="directeur général",
               when="2024-03-04", sources=["communiqué"]))],
    "a3": [("Bill Lumbergh", "Globex denied", dict(
               kind="start", action="join", org="Globex", status="denied"))],
    "a4": [("Peter Gibbons", "Initech named", dict(
               kind="start", action="appoint", org="Initech", when="2023-05"))],
    "a5": [("Peter Gibbons", "Peter Gibbons", dict(
               kind="end", action="leave", org="Initech", when="2024-06-10", to="Penetrode")),
           ("Peter Gibbons", "Peter Gibbons", dict(
               kind="start", action="found", org="Penetrode", when="2024-06-10"))],
    "a6": [("Samir Nagheenanajar", "Samir", dict(
               kind="end", action="leave", org="Initech", status="rumored"))],
}


def _synthetic_batch() -> list[tuple[Article, list[Mention]]]:
    batch = []
    for ref, text in TEXTS.items():
        lang, published, outlet = META[ref]
        found = []
        for person, first_words, fields in MENTIONS[ref]:
            start = text.index(first_words)
            end = text.find(". ", start)
            end = len(text) if end < 0 else end + 1
            pos = text.index(person.split()[-1], start)
            found.append(Mention(person=person, evidence=[Evidence(
                text[start:end], start, end, person, pos, pos + len(person))], **fields))
        batch.append((Article(text=text, ref=ref, lang=lang, published=published,
                              outlet=outlet), found))
    return batch


@pytest.fixture(scope="session")
def kb(session_dbs: Any) -> str:
    url = session_dbs.new("synthetic")
    with Store(url) as store:
        store.write(_synthetic_batch())
    return url


@pytest.fixture(scope="session")
def pipeline_kb(session_dbs: Any, extractor: Extractor) -> str:
    if not SEED.is_file():
        pytest.skip(f"seed gold file not found at {SEED}")
    url = session_dbs.new("pipeline")
    api.ingest([SEED, SAMPLES], url, extractor=extractor)
    return url


def people(answer: api.Answer) -> list[tuple[str, str, str]]:
    return [(r["person"], r["kind"], r["action"]) for r in answer.rows]


# --- the questions on the pipeline's knowledge base -----------------------------------


def test_timeline_of_openai_lists_the_seed_events_with_evidence(pipeline_kb: str) -> None:
    answer = api.timeline("OpenAI", pipeline_kb, evidence=True)
    found = {(p, a) for p, _, a in people(answer)}
    for expected in [("Mira Murati", "resign"), ("Ilya Sutskever", "leave"),
                     ("Sam Altman", "dismiss")]:
        assert expected in found, answer.title
    # the seed says Leike left, a sample that he resigned: one departure, the finer action
    assert found & {("Jan Leike", "leave"), ("Jan Leike", "resign")}, answer.title
    for row in answer.rows:
        assert row["evidence"], row
        assert row["movement"] == ("arrival" if row["kind"] == "start" else "departure")
    seed_sentences = [e["sentence"] for r in answer.rows for e in r["evidence"]
                      if e["article"] == "seed-murati-openai-fr"]
    text = json.loads(SEED.read_text(encoding="utf-8"))["text"]
    assert seed_sentences and all(s in text for s in seed_sentences)


def test_flows_from_openai_show_leike_to_anthropic(pipeline_kb: str) -> None:
    flows = api.flows(from_org="OpenAI", db=pipeline_kb)
    assert ("Jan Leike", "OpenAI", "Anthropic") in {
        (f["person"], f["from_org"], f["to_org"]) for f in flows.rows}
    assert "Jan Leike" in {f["person"] for f in api.flows(to_org="Anthropic", db=pipeline_kb)}


def test_a_founding_the_article_recalls_is_no_destination(pipeline_kb: str) -> None:
    # a sample calls Schulman "an OpenAI co-founder" while telling that he left Anthropic
    moves = {(f["from_org"], f["to_org"]) for f in api.flows(db=pipeline_kb).rows
             if f["person"] == "John Schulman"}
    assert ("OpenAI", "Anthropic") in moves and ("Anthropic", "OpenAI") not in moves


def test_person_answers_under_any_form_of_the_name(pipeline_kb: str) -> None:
    careers = [api.person(name, pipeline_kb) for name in ("Mira Murati", "Murati",
                                                          "Mme Murati", "MIRA MURATI")]
    assert careers[0].rows and all(c.rows == careers[0].rows for c in careers)
    assert ("Mira Murati", "end", "resign") in people(careers[0])


# --- the hand-made knowledge base -----------------------------------------------------------


def test_timeline_in_date_order_under_any_alias(kb: str) -> None:
    answer = api.timeline("Initech", kb)
    assert people(answer) == [
        ("Peter Gibbons", "start", "appoint"),
        ("Bill Lumbergh", "end", "resign"),
        ("Peter Gibbons", "end", "leave"),
        ("Samir Nagheenanajar", "end", "leave"),
    ]
    assert [r["movement"] for r in answer.rows] == ["arrival", "departure", "departure",
                                                    "departure"]
    assert api.timeline("initech sa", kb).rows == answer.rows
    assert api.timeline("Initech", kb, since="2024-06").rows == answer.rows[2:]
    assert api.timeline("Unknown Corp", kb).rows == []


def test_one_change_reported_in_two_languages_is_one_event(kb: str) -> None:
    (resign,) = api.events(kb, person="Lumbergh", kind="end", evidence=True).rows
    assert resign["n_articles"] == resign["n_sources"] == 2
    assert resign["when"] == "2024-03-04"
    assert resign["sources"] == ["communiqué"]
    assert {e["lang"] for e in resign["evidence"]} == {"en", "fr"}
    for e in resign["evidence"]:
        assert TEXTS[e["article"]][e["start"]:e["end"]] == e["sentence"]


def test_a_denial_is_kept_beside_the_report(kb: str) -> None:
    (join,) = api.events(kb, person="Bill Lumbergh", kind="start", evidence=True).rows
    assert (join["status"], join["disputed"]) == ("denied", True)
    assert [e["status"] for e in join["evidence"]] == ["planned", "denied"]


def test_person_career_under_any_form(kb: str) -> None:
    career = api.person("M. Lumbergh", kb)
    assert people(career) == [("Bill Lumbergh", "end", "resign"),
                              ("Bill Lumbergh", "start", "join")]
    assert api.person("bill lumbergh", kb).rows == career.rows
    assert api.person("Nobody", kb).rows == []


def test_flows(kb: str) -> None:
    everything = {(f["person"], f["from_org"], f["to_org"]) for f in api.flows(db=kb)}
    assert everything == {("Bill Lumbergh", "Initech", "Globex"),
                          ("Peter Gibbons", "Initech", "Penetrode")}
    assert [f["person"] for f in api.flows(to_org="Penetrode", db=kb)] == ["Peter Gibbons"]
    assert api.flows(from_org="Globex", db=kb).rows == []
    (flow,) = api.flows(to_org="Globex", db=kb, evidence=True).rows
    assert len(flow["evidence"]) == 4  # the departure's two reports, the arrival's two
    assert flow["status"] == "denied"  # Globex denied the arrival the departure announced


@pytest.mark.parametrize(("filters", "expected"), [
    ({"kind": "end"}, 3),
    ({"status": "denied"}, 1),
    ({"status": "rumored"}, 1),
    ({"action": "found"}, 1),
    ({"lang": "fr"}, 3),
    ({"since": "2024-06"}, 3),
    ({"until": "2024-03"}, 2),
    ({"since": "2024-03", "until": "2024-04"}, 2),
    ({"org": "Globex"}, 1),
    ({"person": "Gibbons"}, 3),
    ({"limit": 2}, 2),
    ({}, 6),
])
def test_event_filters(kb: str, filters: dict, expected: int) -> None:
    assert len(api.events(kb, **filters)) == expected


def test_answers_as_dataframes(kb: str) -> None:
    frame = api.events(kb).to_dataframe()
    assert isinstance(frame, pd.DataFrame)
    assert list(frame.columns) == list(EVENT_COLUMNS)
    assert len(frame) == 6
    with_evidence = api.timeline("Initech", kb, evidence=True).to_dataframe()
    assert "evidence" in with_evidence.columns and "movement" in with_evidence.columns
    assert api.flows(db=kb).to_dataframe()["to_org"].tolist() == ["Globex", "Penetrode"]


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "parquet"])
def test_export(kb: str, tmp_path: Path, fmt: str) -> None:
    path = tmp_path / f"events.{fmt}"
    assert api.export(path, fmt, kb, kind="end") == 3
    if fmt == "jsonl":
        rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
        assert {r["kind"] for r in rows} == {"end"} and all(r["evidence"] for r in rows)
    elif fmt == "csv":
        frame = pd.read_csv(path)
        assert len(frame) == 3 and "evidence" in frame.columns
        assert isinstance(json.loads(frame["sources"][0]), list)  # lists as JSON
    else:
        frame = pd.read_parquet(path)
        assert len(frame) == 3 and set(frame["kind"]) == {"end"}


def test_export_to_a_stream_and_bad_format(kb: str) -> None:
    out = io.StringIO()
    assert api.export(out, "jsonl", kb, evidence=False) == 6
    assert "evidence" not in json.loads(out.getvalue().splitlines()[0])
    with pytest.raises(ValueError, match="jsonl, csv, parquet"):
        api.export(out, "xml", kb)
