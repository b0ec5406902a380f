"""`turnover watch` end to end: feeds and pages served on loopback, the real extractor and
knowledge base, alerts received by a local webhook receiver that verifies their signatures.

Day 1, an English outlet reports as a rumor that Northwind Robotics' CTO is expected to leave.
Day 2, a French outlet reports that she resigned and joined Helio Systems, a regional network
reprints that story, and an aggregator links to it. Each day is a separate run (a restart).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from feedservers import FeedServer, WebhookReceiver
from typer.testing import CliRunner

from turnover import api
from turnover.cli import app
from turnover.extract import Extractor
from turnover.fetch import FetchOptions
from turnover.state import State
from turnover.watch import PassReport, WatchOptions

GOOD = ["ledger.rss", "quotidien.atom", "veille.rss", "agence.rss"]
BAD = ["slow.rss", "error.rss", "loop.rss", "garbage.rss"]
FAST = WatchOptions(fetch=FetchOptions(timeout=0.4, retries=1, backoff=0.02, delay=0.0))


@pytest.fixture
def setup(tmp_path: Path, feed_server: FeedServer, webhook: WebhookReceiver) -> dict:
    feed_list = tmp_path / "feeds.txt"
    feed_list.write_text("# fictional outlets, served on loopback\n" + "".join(
        f"{feed_server.url(name)}\n" for name in BAD[:2] + GOOD + BAD[2:]), encoding="utf-8")
    return {"db": str(tmp_path / "kb.db"), "feeds": str(feed_list),
            "jsonl": tmp_path / "alerts.jsonl"}


def run(setup: dict, webhook: WebhookReceiver, extractor: Extractor,
        errors: list[str]) -> PassReport:
    """One `watch --once`, as a new process would do it: every object is new, only the files
    (knowledge base, watch state, alerts file) carry over."""
    return api.watch([setup["feeds"]], db=setup["db"], jsonl=setup["jsonl"],
                     webhooks=[webhook.url("hook"), webhook.url("broken")],
                     webhook_secret=webhook.secret, options=FAST, extractor=extractor,
                     on_error=errors.append)


def json_lines(text: str) -> list[dict]:
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def kb_events(db: str) -> list[tuple]:
    return sorted((e["person"], e["kind"], e["action"], e["org"], e["status"], e["n_articles"])
                  for e in api.events(db).rows)


def test_watch_feeds_into_the_kb_and_alerts(setup: dict, feed_server: FeedServer,
                                            webhook: WebhookReceiver,
                                            extractor: Extractor) -> None:
    feed_server.slow = 1.0
    runner = CliRunner()
    result = runner.invoke(app, ["watchlist", "add", "--org", "Northwind Robotics",
                                 "--person", "Ingrid Solberg", "--db", setup["db"]])
    assert result.exit_code == 0, result.output
    assert Path(setup["db"]).with_name("kb.watch.sqlite").is_file()  # the state, beside the KB

    # Day 1: the rumor. Four bad feeds and a missing page are reported, the rest goes on.
    errors: list[str] = []
    report = run(setup, webhook, extractor, errors)
    assert [e.rsplit(": ", 1)[-1].split(";")[0] for e in errors] == [
        "timed out (no answer within 0.4 s, 2 tries)",
        "HTTP 500 Internal Server Error, 2 tries",
        "redirect loop or more than 5 redirects",
        "binary data",  # not an RSS or Atom feed: binary data
        "HTTP 404 Not Found",
        "HTTP 500 Internal Server Error, 2 tries",  # the broken webhook
    ]
    assert errors[-1].startswith(f"alert {report.alerts.alerts[0]['id']} to "
                                 f"webhook:{webhook.url('broken')} failed")
    assert kb_events(setup["db"]) == [
        ("Ingrid Solberg", "end", "leave", "Northwind Robotics", "rumored", 1),
        ("Paul Girard", "start", "appoint", "Transports Ferrand", "occurred", 1),
    ]
    [alert] = report.alerts.alerts
    assert (alert["type"], alert["status"]) == ("new_event", "rumored")
    assert alert["watched"] == [{"org": "Northwind Robotics"}, {"person": "Ingrid Solberg"}]
    assert alert["event"]["evidence"][0]["outlet"] == "The Circuit Ledger"
    assert [r.alert["id"] for r in webhook.at("/hook")] == [alert["id"]]
    assert len(webhook.at("/broken")) == 2  # tried, retried, reported

    # Day 2, a restart: the confirmation in French, its syndicated copy, an aggregator's link.
    feed_server.day = "day2"
    errors = []
    report = run(setup, webhook, extractor, errors)
    assert [a.title for a in report.articles] == [
        "Warehouse robot orders slow down across Europe",
        "Ingrid Solberg quitte Northwind Robotics pour Helio Systems",
    ]
    assert [Path(link).name for link, _ in report.copies] == ["solberg-northwind-helio.html"]
    assert kb_events(setup["db"]) == [
        ("Ingrid Solberg", "end", "resign", "Northwind Robotics", "occurred", 2),
        ("Ingrid Solberg", "start", "join", "Helio Systems", "occurred", 1),
        ("Paul Girard", "start", "appoint", "Transports Ferrand", "occurred", 1),
    ]
    assert api.ingest_articles([], setup["db"]).stored == 0  # KB still opens cleanly
    new = report.alerts.alerts
    assert [(a["type"], a["previous_status"], a["status"], a["event"]["org"]) for a in new] == [
        ("status_changed", "rumored", "occurred", "Northwind Robotics"),
        ("new_event", None, "occurred", "Helio Systems"),
    ]
    assert new[0]["event"]["to"] == "Helio Systems"
    assert new[1]["watched"] == [{"person": "Ingrid Solberg"}]
    received = webhook.at("/hook")
    assert [r.alert["id"] for r in received] == [alert["id"], new[0]["id"], new[1]["id"]]
    assert all(r.verified for r in webhook.received)
    assert len(webhook.at("/broken")) == 2 + 3 * 2  # day 1's alert again, and day 2's two

    # Day 2 again, through the CLI (another restart): feeds unchanged, no alert sent again.
    result = runner.invoke(app, ["watch", setup["feeds"], "--once", "--db", setup["db"],
                                 "--timeout", "0.4", "--retries", "0", "--delay", "0",
                                 "--jsonl", str(setup["jsonl"])],
                           env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    assert "ALERT" not in result.stdout
    assert "0 new items, 1 retried: 0 articles ingested, 0 copies, 1 pages failed, 0 alerts" in \
        result.stderr
    assert "4 not modified" in result.stderr
    assert len(webhook.at("/hook")) == 3
    lines = [json.loads(line) for line in setup["jsonl"].read_text("utf-8").splitlines()]
    assert [a["id"] for a in lines] == [r.alert["id"] for r in received]

    result = runner.invoke(app, ["events", "--db", setup["db"], "--org", "Northwind Robotics",
                                 "--json"])
    assert result.exit_code == 0, result.output
    assert [(e["person"], e["status"], e["n_sources"]) for e in json_lines(result.stdout)] == \
        [("Ingrid Solberg", "occurred", 2)]  # the syndicated copy is no extra source

    with State(Path(setup["db"]).with_name("kb.watch.sqlite")) as state:
        statuses = sorted(i["status"] for i in state.items())
    assert statuses == ["copy", "failed", "ingested", "ingested", "ingested", "ingested"]


def test_watch_every_and_command_line_errors(setup: dict, feed_server: FeedServer,
                                             extractor: Extractor, tmp_path: Path) -> None:
    feeds = [feed_server.url(name) for name in GOOD]
    passes = api.watch_every(0.001, feeds, db=setup["db"], options=FAST, extractor=extractor)
    first, second = next(passes), next(passes)
    assert len(first.articles) == 2 and [f.status for f in first.feeds] == ["ok"] * 4
    assert second.articles == [] and [f.status for f in second.feeds] == ["not_modified"] * 4

    runner = CliRunner()
    both = runner.invoke(app, ["watch", setup["feeds"], "--once", "--every", "5"])
    assert both.exit_code == 2 and "--once and --every exclude each other" in both.stderr
    unsigned = runner.invoke(app, ["watch", feeds[0], "--db", setup["db"], "--webhook",
                                   "http://127.0.0.1:9/hook"], env={"TURNOVER_WEBHOOK_SECRET": ""})
    assert unsigned.exit_code == 2 and "no secret to sign alerts with" in unsigned.stderr
    not_a_feed = runner.invoke(app, ["watch", str(tmp_path / "nothing.txt"), "--db", setup["db"]])
    assert not_a_feed.exit_code == 2 and "neither an http(s) URL nor a file" in not_a_feed.stderr
