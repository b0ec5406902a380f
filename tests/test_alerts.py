"""Watchlists and alerts (`turnover.alerts`) over events given by hand, as the knowledge base
would give them; sinks: stdout, a JSONL file, and webhooks served by the local receiver of
conftest.py, which checks each signature."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from feedservers import WebhookReceiver

from turnover import alerts
from turnover.alerts import (
    JsonlSink,
    StdoutSink,
    WatchEntry,
    WebhookSink,
    make_entry,
    sign,
    verify,
    watchlist,
    watchlist_add,
    watchlist_remove,
)
from turnover.fetch import Fetcher, FetchOptions
from turnover.state import State

RUMOR = {"id": "e1", "person": "Ingrid Solberg", "kind": "end", "action": "leave",
         "org": "Northwind Robotics", "role": "chief technology officer", "when": None,
         "status": "rumored", "to": None, "reports": ["r1"]}
# The next day the KB holds two more reports of that departure, now confirmed, under a new id.
CONFIRMED = RUMOR | {"id": "e9", "action": "resign", "status": "occurred", "to": "Helio Systems",
                     "reports": [{"id": "r1"}, {"id": "r2"}, {"id": "r3"}]}
JOINED = {"id": "e2", "person": "Ingrid Solberg", "kind": "start", "action": "join",
          "org": "Helio Systems", "status": "occurred", "reports": ["r4"]}
OTHER = {"id": "e3", "person": "Paul Girard", "kind": "start", "action": "appoint",
         "org": "Transports Ferrand", "status": "occurred", "reports": ["r5"]}


def test_watch_entries_match_people_and_organizations() -> None:
    org = WatchEntry("org", "Northwind")
    assert org.matches(RUMOR) and org.matches({"person": "X Y", "org": "Helio", "to":
                                               "Northwind Robotics Inc."})
    assert not WatchEntry("org", "North").matches(RUMOR)
    assert WatchEntry("org", "northwind robotic").matches(RUMOR)  # a near spelling
    assert WatchEntry("person", "Solberg").matches(RUMOR)
    assert WatchEntry("person", "ingrid SOLBERG").matches(RUMOR)
    assert not WatchEntry("person", "Ingrid Solberg").matches({"person": "Solberg Jensen"})
    with pytest.raises(ValueError, match="use org or person"):
        make_entry("company", "X")
    with pytest.raises(ValueError, match="empty org name"):
        make_entry("org", " - ")


def test_watchlist_is_persistent(tmp_path: Path) -> None:
    path = tmp_path / "w.sqlite"
    with State(path) as state:
        added = watchlist_add(state, [make_entry("org", "Northwind  Robotics"),
                                      make_entry("person", "Ingrid Solberg")])
        assert added == [WatchEntry("org", "Northwind Robotics"),
                         WatchEntry("person", "Ingrid Solberg")]
        assert watchlist_add(state, [make_entry("org", "NORTHWIND robotics")]) == []
    with State(path) as state:
        assert watchlist(state) == [WatchEntry("org", "Northwind Robotics"),
                                    WatchEntry("person", "Ingrid Solberg")]
        assert watchlist_remove(state, [make_entry("person", "ingrid solberg"),
                                        make_entry("person", "Nobody")]) == \
            [WatchEntry("person", "ingrid solberg")]
        assert watchlist(state) == [WatchEntry("org", "Northwind Robotics")]


def test_signature() -> None:
    body = b'{"id": "e1:new"}'
    signature = sign(body, "k")
    assert signature.startswith("sha256=") and len(signature) == 7 + 64
    assert verify(body, "k", signature)
    assert not verify(body + b" ", "k", signature)
    assert not verify(body, "other", signature)
    assert not verify(body, "k", None)


def test_alerts_are_sent_once_across_restarts(tmp_path: Path,
                                              webhook: WebhookReceiver) -> None:
    path = tmp_path / "w.sqlite"
    jsonl = tmp_path / "alerts.jsonl"
    with State(path) as state:
        watchlist_add(state, [make_entry("org", "Northwind Robotics"),
                              make_entry("person", "Ingrid Solberg")])

    def run(events: list[dict]) -> tuple[alerts.AlertReport, str, list[str]]:
        out, errors = io.StringIO(), []
        with State(path) as state, Fetcher(FetchOptions(timeout=2, retries=2,
                                                        backoff=0.01)) as fetcher:
            sinks = [StdoutSink(out), JsonlSink(jsonl),
                     WebhookSink(webhook.url("hook"), webhook.secret, fetcher),
                     WebhookSink(webhook.url("broken"), webhook.secret, fetcher)]
            alerts.baseline(state, [])  # before ingest: the KB is still empty
            report = alerts.check(state, alerts.match(events, watchlist(state)), sinks,
                                  on_error=errors.append)
        return report, out.getvalue(), errors

    # Day 1: a rumor.
    report, out, errors = run([RUMOR, OTHER])
    assert [a["id"] for a in report.alerts] == ["e1:new"]
    assert out == ("ALERT new event, rumored: Ingrid Solberg: end (leave), chief technology "
                   "officer, Northwind Robotics [watching org Northwind Robotics, person "
                   "Ingrid Solberg]\n")
    assert [r.alert["id"] for r in webhook.at("/hook")] == ["e1:new"]
    assert all(r.verified for r in webhook.received)
    assert len(webhook.at("/broken")) == 3  # tried, then retried twice
    assert errors == [f"alert e1:new to webhook:{webhook.url('broken')} failed: HTTP 500 "
                      "Internal Server Error, 3 tries; it will be retried on the next run"]
    assert report.sent == 3 and len(report.failed) == 1

    # Day 2, after a restart: the rumor is confirmed (under a new event id) and she joined
    # another company; the other company's appointment concerns nobody watched.
    report, out, errors = run([CONFIRMED, JOINED, OTHER])
    assert [(a["type"], a["id"]) for a in report.alerts] == [
        ("status_changed", "e9:rumored->occurred"), ("new_event", "e2:new")]
    assert report.alerts[0]["previous_status"] == "rumored"
    assert report.alerts[0]["event"]["to"] == "Helio Systems"
    assert out.splitlines()[0].startswith("ALERT status rumored → occurred: Ingrid Solberg: "
                                          "end (resign)")
    assert [r.alert["id"] for r in webhook.at("/hook")] == ["e1:new", "e9:rumored->occurred",
                                                            "e2:new"]
    assert len(errors) == 3  # the day-1 alert again, and the two new ones
    assert len(webhook.at("/broken")) == 3 + 3 * 3

    # Another restart, nothing new in the KB: nothing sent again (the broken webhook is still
    # tried for what it never received).
    report, out, errors = run([CONFIRMED, JOINED, OTHER])
    assert report.alerts == [] and out == ""
    assert len(webhook.at("/hook")) == 3
    lines = [json.loads(line) for line in jsonl.read_text(encoding="utf-8").splitlines()]
    assert [a["id"] for a in lines] == ["e1:new", "e9:rumored->occurred", "e2:new"]
    with State(path) as state:
        sent = {(d["alert"], d["sink"].split(":")[0]): d["status"] for d in state.deliveries()}
    assert sent[("e9:rumored->occurred", "webhook")] in ("sent", "failed")
    assert sent[("e2:new", "stdout")] == "sent"


def test_watching_a_company_does_not_replay_its_history(tmp_path: Path) -> None:
    path = tmp_path / "w.sqlite"
    with State(path) as state:
        watchlist_add(state, [make_entry("org", "Transports Ferrand")])
        entries = watchlist(state)
        # What the KB held when the watch began is history.
        alerts.baseline(state, alerts.match([RUMOR, OTHER], entries))
        out = io.StringIO()
        report = alerts.check(state, alerts.match([RUMOR, OTHER], entries), [StdoutSink(out)])
        assert report.alerts == []
        denied = OTHER | {"status": "denied"}
        report = alerts.check(state, alerts.match([RUMOR, denied], entries), [StdoutSink(out)])
        assert [a["id"] for a in report.alerts] == ["e3:occurred->denied"]


def test_failed_deliveries_are_abandoned_after_a_while(tmp_path: Path, webhook: WebhookReceiver,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    errors: list[str] = []
    with State(tmp_path / "w.sqlite") as state, Fetcher(FetchOptions(retries=0)) as fetcher:
        watchlist_add(state, [make_entry("person", "Solberg")])
        sink = WebhookSink(webhook.url("broken"), webhook.secret, fetcher)
        alerts.check(state, alerts.match([RUMOR], watchlist(state)), [sink],
                     on_error=errors.append)
        monkeypatch.setattr(alerts, "RETRY_HOURS", -1)
        alerts.deliver(state, [sink], on_error=errors.append)
        alerts.deliver(state, [sink], on_error=errors.append)
        assert [d["status"] for d in state.deliveries()] == ["abandoned"]
    assert len(webhook.at("/broken")) == 1
    assert errors[-1] == (f"alert e1:new to webhook:{webhook.url('broken')}: abandoned after 1 "
                          "tries over -1 h")


def test_webhooks_need_a_secret() -> None:
    with Fetcher() as fetcher, pytest.raises(ValueError, match="TURNOVER_WEBHOOK_SECRET"):
        WebhookSink("http://127.0.0.1:9/hook", "", fetcher)
