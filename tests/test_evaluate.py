"""The scoring rules of EVENTS.md, each on a small hand-made case."""

from __future__ import annotations

import copy
import gzip
import json
from pathlib import Path
from typing import Any

import pytest

from turnover.evaluate import (
    compose_text,
    fold,
    load_gold,
    load_predictions,
    match_events,
    org_match,
    person_match,
    score,
)

SEED_GOLD = Path(__file__).resolve().parents[2] / "shared" / "seed" / "murati-openai-fr.gold.jsonl"


def ev(person: str, kind: str = "end", org: str | None = "OpenAI", **fields: Any) -> dict[str, Any]:
    """An event with EVENTS.md defaults, so each test states only what it is about."""
    action = fields.pop("action", "resign" if kind == "end" else "appoint")
    event = {
        "person": person,
        "kind": kind,
        "action": action,
        "org": org,
        "role": None,
        "interim": False,
        "when": None,
        "status": "occurred",
        "to": None,
        "reason": None,
        "sources": [],
    }
    event.update(fields)
    return event


def doc(
    id_: str, events: list[dict[str, Any]], lang: str = "fr", exhaustive: bool = True
) -> dict[str, Any]:
    return {
        "id": id_,
        "lang": lang,
        "published": None,
        "exhaustive": exhaustive,
        "text": "...",
        "events": events,
    }


def one(gold: dict[str, Any], pred: dict[str, Any]) -> tuple[int, int, int]:
    """(tp, fp, fn) of one exhaustive document with one gold and one predicted event."""
    t = score([doc("d", [gold])], {"d": [pred]}).all
    return t.tp, t.fp, t.fn


# --- matching rules ----------------------------------------------------------------------------


def test_person_token_containment():
    assert person_match("Murati", "Mira Murati")
    assert person_match("Mira Murati", "Murati")
    assert person_match("Jean-Marie Le Pen", "Jean Marie Le Pen")
    assert not person_match("Marine Le Pen", "Jean-Marie Le Pen")
    assert not person_match("Murat", "Mira Murati")  # tokens, not characters
    assert not person_match("", "Mira Murati")
    assert one(ev("Mira Murati"), ev("Murati")) == (1, 0, 0)


def test_accent_and_case_folding():
    assert fold("  Élisabeth\tBORNE ") == "elisabeth borne"
    assert person_match("ELISABETH BORNE", "Élisabeth Borne")
    assert person_match("Valéry Giscard d’Estaing", "Valery Giscard d'Estaing")
    assert org_match("SOCIÉTÉ GÉNÉRALE", "Société générale")
    assert one(ev("Thierry Bolloré", org="Renault"), ev("thierry bollore", org="RENAULT")) == (
        1,
        0,
        0,
    )


def test_org_containment_and_fuzzy_ratio():
    assert org_match("76ers", "Philadelphia 76ers")  # containment
    assert org_match("Philadelphia 76ers", "76ers")
    assert org_match("OpenAI", "Open AI")  # fuzzy ratio 92
    assert org_match("Renault", "Renaut")  # fuzzy ratio 92
    assert not org_match("Renault", "Peugeot")
    assert not org_match("Google", "Goggle Inc")  # ratio 62, no containment
    assert one(ev("X Y", org="Philadelphia 76ers"), ev("X Y", org="76ers")) == (1, 0, 0)
    assert one(ev("X Y", org="Renault"), ev("X Y", org="Peugeot")) == (0, 1, 1)


def test_null_orgs():
    assert org_match(None, None)
    assert org_match(None, "")  # folds to nothing: null
    assert not org_match(None, "OpenAI")
    assert not org_match("OpenAI", None)
    assert not org_match("", "OpenAI")  # "" must not be "contained" in every org
    assert one(
        ev("Ilya Sutskever", "start", None, action="found"),
        ev("Ilya Sutskever", "start", None, action="found"),
    ) == (1, 0, 0)
    assert one(ev("Ilya Sutskever", org=None), ev("Ilya Sutskever")) == (0, 1, 1)


def test_kind_must_be_equal():
    assert one(ev("Mira Murati", "end"), ev("Mira Murati", "start")) == (0, 1, 1)


def test_one_to_one():
    # Two predictions for one gold event: one true positive, one false positive.
    t = score([doc("d", [ev("Mira Murati")])], {"d": [ev("Murati"), ev("Mira Murati")]}).all
    assert (t.tp, t.fp, t.fn) == (1, 1, 0)
    assert t.precision == 0.5 and t.recall == 1.0


def test_matching_is_maximal_not_greedy():
    # "Le Pen" matches both gold events; greedily pairing it with the first would leave
    # "Marine Le Pen" without a partner. The maximum matching pairs both.
    gold = [ev("Marine Le Pen", org="RN"), ev("Jean-Marie Le Pen", org="RN")]
    pred = [ev("Le Pen", org="RN"), ev("Marine Le Pen", org="RN")]
    assert match_events(pred, gold) == [(0, 1), (1, 0)]


def test_matching_prefers_agreeing_attributes():
    gold = [ev("Mira Murati", action="resign")]
    pred = [ev("Murati", action="leave"), ev("Murati", action="resign")]
    assert match_events(pred, gold) == [(0, 1)]
    assert score([doc("d", gold)], {"d": pred}).all.accuracy("action") == 1.0


# --- precision, recall, F1 ---------------------------------------------------------------------


def test_precision_only_on_exhaustive_documents():
    gold = [
        doc("full", [ev("Mira Murati")], exhaustive=True),
        doc("partial", [ev("Sam Altman", "start", action="return")], exhaustive=False),
    ]
    pred = {
        "full": [ev("Mira Murati"), ev("Greg Brockman")],  # 1 TP + 1 FP
        "partial": [ev("Sam Altman", "start", action="return"), ev("Bret Taylor", "start")],
    }
    t = score(gold, pred).all
    assert (t.docs, t.exhaustive_docs, t.gold, t.pred, t.tp) == (2, 1, 2, 4, 2)
    # The unmatched prediction of the partial document is not a false positive.
    assert (t.fp, t.fn, t.scored_pred, t.scored_tp) == (1, 0, 2, 1)
    assert t.precision == 0.5
    assert t.recall == 1.0
    assert t.f1 == pytest.approx(2 / 3)


def test_no_exhaustive_document_leaves_precision_undefined():
    t = score([doc("p", [ev("Mira Murati")], exhaustive=False)], {"p": [ev("Murati")]}).all
    assert t.precision is None and t.recall == 1.0 and t.f1 is None


def test_nothing_predicted():
    report = score([doc("d", [ev("Mira Murati")])], {})
    t = report.all
    assert (t.tp, t.fp, t.fn) == (0, 0, 1)
    assert t.precision is None and t.recall == 0.0 and t.f1 == 0.0
    assert report.missing_ids == ["d"]


def test_perfect_prediction():
    gold = [
        doc(
            "a",
            [
                ev("Mira Murati", role="cto", when="2024-09-25", to="Thinking Machines"),
                ev("Sam Altman", "start", action="return", status="planned"),
            ],
        ),
        doc("b", [ev("Thierry Bolloré", org="Renault", action="dismiss", interim=True)], "en"),
        doc("c", []),
    ]
    report = score(gold, {d["id"]: copy.deepcopy(d["events"]) for d in gold})
    for t in report.tallies.values():
        assert t.precision == t.recall == t.f1 == 1.0
        assert all(t.accuracy(a) in (1.0, None) for a in t.attr_total)
    assert report.errors() == []


# --- attribute accuracies ----------------------------------------------------------------------


def accuracies(gold: dict[str, Any], pred: dict[str, Any]) -> dict[str, tuple[int, int]]:
    t = score([doc("d", [gold])], {"d": [pred]}).all
    assert t.tp == 1
    return {a: (t.attr_correct[a], t.attr_total[a]) for a in t.attr_total}


def test_action_status_interim_always_scored():
    acc = accuracies(
        ev("Mira Murati", action="resign", status="occurred"),
        ev("Mira Murati", action="leave", status="planned", interim=True),
    )
    assert acc["action"] == acc["status"] == acc["interim"] == (0, 1)
    # role, when and to are null in the gold: not scored at all.
    assert acc["role"] == acc["when"] == acc["to"] == (0, 0)


def test_role_folded_containment():
    gold = ev("Carlos Tavares", org="PSA", role="président du directoire")
    assert accuracies(gold, {**gold, "role": "Président"})["role"] == (1, 1)
    assert accuracies(gold, {**gold, "role": "président du directoire de PSA"})["role"] == (1, 1)
    assert accuracies(gold, {**gold, "role": "directeur général"})["role"] == (0, 1)
    assert accuracies(gold, {**gold, "role": None})["role"] == (0, 1)


def test_when_prefix_at_gold_precision():
    gold = ev("Mira Murati", when="2024-09")
    assert accuracies(gold, {**gold, "when": "2024-09-25"})["when"] == (1, 1)
    assert accuracies(gold, {**gold, "when": "2024-09"})["when"] == (1, 1)
    assert accuracies(gold, {**gold, "when": "2024"})["when"] == (0, 1)  # less precise
    assert accuracies(gold, {**gold, "when": "2024-10-01"})["when"] == (0, 1)
    assert accuracies(gold, {**gold, "when": None})["when"] == (0, 1)


def test_to_only_where_gold_gives_it():
    gold = ev("Mira Murati", to="Thinking Machines Lab")
    assert accuracies(gold, {**gold, "to": "Thinking Machines"})["to"] == (1, 1)
    assert accuracies(gold, {**gold, "to": "Anthropic"})["to"] == (0, 1)
    assert accuracies(gold, {**gold, "to": None})["to"] == (0, 1)
    # A `to` predicted where the gold has none is neither right nor wrong.
    assert accuracies(ev("Mira Murati"), ev("Mira Murati", to="Anthropic"))["to"] == (0, 0)


def test_per_language_split():
    gold = [
        doc("fr1", [ev("Mira Murati")], "fr"),
        doc("en1", [ev("Jim O'Brien", org="76ers", action="dismiss")], "en"),
        doc("en2", [ev("Maurice Cheeks", "start", "76ers")], "en"),
    ]
    pred = {"fr1": [ev("Murati")], "en1": [ev("Jim O'Brien", org="76ers")], "en2": []}
    report = score(gold, pred)
    assert list(report.tallies) == ["en", "fr", "all"]
    en, fr, all_ = report.tallies["en"], report.tallies["fr"], report.all
    assert (en.docs, en.gold, en.tp, en.recall) == (2, 2, 1, 0.5)
    assert en.accuracy("action") == 0.0
    assert (fr.docs, fr.gold, fr.tp, fr.recall) == (1, 1, 1, 1.0)
    assert (all_.docs, all_.gold, all_.tp) == (3, 3, 2)
    table = report.format()
    assert table.splitlines()[0].split() == [
        "lang",
        "docs",
        "exh",
        "gold",
        "pred",
        "tp",
        "fp",
        "fn",
        "P",
        "R",
        "F1",
    ]
    assert any(line.split()[0] == "en" for line in table.splitlines())
    data = json.loads(json.dumps(report.to_dict()))
    assert data["languages"]["all"]["tp"] == 2
    assert data["languages"]["en"]["attributes"]["action"] == {
        "correct": 0,
        "n": 1,
        "accuracy": 0.0,
    }


def test_errors_listing():
    gold = [
        doc("d", [ev("Mira Murati", when="2024-09"), ev("Sam Altman", "start")]),
        doc("p", [], exhaustive=False),
    ]
    pred = {
        "d": [ev("Murati", when="2024"), ev("Greg Brockman")],
        "p": [ev("Bret Taylor")],
        "stray": [],
    }
    report = score(gold, pred)
    text = "\n".join(report.errors())
    assert "- missed    start/appoint Sam Altman" in text
    assert "+ spurious  end/resign Greg Brockman" in text
    assert "? unscored  end/resign Bret Taylor" in text
    assert "~ Mira Murati: when '2024-09' != '2024'" in text
    assert report.unknown_ids == ["stray"]
    assert report.docs[0].to_dict()["wrong_attributes"][0]["attributes"] == ["when"]


# --- files -------------------------------------------------------------------------------------


def test_seed_gold_scores_perfectly_against_itself():
    if not SEED_GOLD.is_file():
        pytest.skip(f"{SEED_GOLD} is absent")
    gold = load_gold(SEED_GOLD)
    pred = {d["id"]: copy.deepcopy(d["events"]) for d in gold}
    t = score(gold, pred).all
    assert t.gold > 0
    assert t.precision == t.recall == t.f1 == 1.0


def test_compose_text():
    assert compose_text("Titre", "Chapeau", "Corps") == "Titre\nChapeau\nCorps"
    assert compose_text("Titre", "", "Corps") == "Titre\nCorps"
    assert compose_text("Titre", None, "") == "Titre"


def write_jsonl(path: Path, rows: list[dict[str, Any]], gz: bool = False) -> None:
    data = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
    if gz:
        with gzip.open(path, "wt", encoding="utf-8") as f:
            f.write(data)
    else:
        path.write_text(data, encoding="utf-8")


def test_load_gold_joins_text_from_shared_corpus(tmp_path, monkeypatch):
    corpus = tmp_path / "shared" / "data" / "orangesum-fr"
    corpus.mkdir(parents=True)
    write_jsonl(
        corpus / "corpus.jsonl.gz",
        [
            {
                "id": "orangesum-1",
                "lang": "fr",
                "published": "2020-01-02",
                "title": "T1",
                "heading": "",
                "text": "B1",
            },
            {
                "id": "orangesum-2",
                "lang": "fr",
                "published": "2020-01-03",
                "title": "T2",
                "heading": "H2",
                "text": "B2",
            },
            {
                "id": "orangesum-3",
                "lang": "fr",
                "published": "2020-01-04",
                "title": "T3",
                "heading": "H3",
                "text": "B3",
            },
        ],
        gz=True,
    )
    gold_path = tmp_path / "dev.jsonl"
    write_jsonl(
        gold_path,
        [
            {
                "id": "orangesum-2",
                "lang": "fr",
                "published": None,
                "split": "dev",
                "exhaustive": True,
                "events": [ev("Mira Murati")],
            },
            {
                "id": "orangesum-1",
                "lang": "fr",
                "published": "2019-12-31",
                "split": "test",
                "exhaustive": True,
                "events": [],
            },
        ],
    )
    monkeypatch.setenv("TURNOVER_SHARED", str(tmp_path / "shared"))

    docs = load_gold(gold_path)
    assert [d["text"] for d in docs] == ["T2\nH2\nB2", "T1\nB1"]
    assert docs[0]["published"] == "2020-01-03"  # from the corpus: the gold had none
    assert docs[1]["published"] == "2019-12-31"  # the gold's own value wins
    assert [d["id"] for d in load_gold(gold_path, split="dev")] == ["orangesum-2"]
    with pytest.raises(ValueError, match="no document has split"):
        load_gold(gold_path, split="train")

    monkeypatch.setenv("TURNOVER_SHARED", str(tmp_path / "elsewhere"))
    with pytest.raises(FileNotFoundError, match="TURNOVER_SHARED") as err:
        load_gold(gold_path)
    assert str(tmp_path / "elsewhere") in str(err.value)


def test_load_gold_reports_ids_missing_from_corpus(tmp_path):
    corpus = tmp_path / "data" / "orangesum-fr"
    corpus.mkdir(parents=True)
    write_jsonl(
        corpus / "corpus.jsonl.gz", [{"id": "orangesum-1", "title": "T", "text": "B"}], gz=True
    )
    gold_path = tmp_path / "g.jsonl"
    write_jsonl(gold_path, [{"id": "orangesum-9", "lang": "fr", "exhaustive": True, "events": []}])
    with pytest.raises(ValueError, match="orangesum-9"):
        load_gold(gold_path, shared=tmp_path)


def test_load_predictions(tmp_path):
    path = tmp_path / "pred.jsonl"
    write_jsonl(path, [{"id": "a", "events": [ev("Mira Murati")]}, {"id": "b", "events": []}])
    assert load_predictions(path) == {"a": [ev("Mira Murati")], "b": []}
    write_jsonl(path, [{"id": "a", "events": []}, {"id": "a", "events": []}])
    with pytest.raises(ValueError, match="duplicate"):
        load_predictions(path)
