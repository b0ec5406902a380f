"""Watchlists and alerts: be told when a watched organization or person gets a new event, or
when one of their events changes status (rumored → occurred, occurred → denied, ...).

Alerts go to sinks: stdout (one readable line), a JSONL file (one JSON object per line) and
webhooks (a JSON POST signed with HMAC-SHA256 in `X-Turnover-Signature: sha256=<hex>`). Each
alert is stored in the watch state before it is delivered, so it is sent once per sink even
across restarts; a failed delivery is retried with backoff, reported, and tried again on the
next runs until `RETRY_HOURS` have passed.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import sys
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, Literal, Protocol, TextIO

from rapidfuzz import fuzz

from turnover.evaluate import tokens
from turnover.fetch import Fetcher, FetchError
from turnover.state import State, now

EntryKind = Literal["org", "person"]
SIGNATURE_HEADER = "X-Turnover-Signature"
RETRY_HOURS = 24  # a delivery still failing this long after the alert is abandoned
FUZZY_ORG_MIN = 90  # "Northwind Robotic" ~ "Northwind Robotics"


# --- watchlists -------------------------------------------------------------------------------


@dataclass(frozen=True)
class WatchEntry:
    """An organization or a person to alert on, matched against events' people and orgs."""

    kind: EntryKind
    name: str

    @property
    def folded(self) -> str:
        return " ".join(tokens(self.name))

    def matches(self, event: Mapping[str, Any]) -> bool:
        if self.kind == "person":
            return _person_match(self.name, event.get("person"))
        # An org is concerned by people leaving it, joining it, and leaving for it (`to`).
        return any(_org_match(self.name, event.get(f)) for f in ("org", "to"))

    def to_dict(self) -> dict[str, str]:
        return {self.kind: self.name}


def _person_match(watched: str, person: str | None) -> bool:
    """All the watched name's tokens in the person's: "Solberg" watches "Ingrid Solberg"."""
    want, have = tokens(watched), set(tokens(person))
    return bool(want) and set(want) <= have


def _org_match(watched: str, org: str | None) -> bool:
    """Same folded tokens, one name's tokens a run of the other's ("Northwind" ~ "Northwind
    Robotics"), or a near spelling."""
    a, b = tokens(watched), tokens(org)
    if not a or not b:
        return False
    return _contains(a, b) or _contains(b, a) or fuzz.ratio(" ".join(a), " ".join(b)) >= \
        FUZZY_ORG_MIN


def _contains(outer: list[str], inner: list[str]) -> bool:
    n = len(inner)
    return any(outer[i:i + n] == inner for i in range(len(outer) - n + 1))


def make_entry(kind: str, name: str) -> WatchEntry:
    if kind not in ("org", "person"):
        raise ValueError(f"unknown watchlist kind {kind!r}: use org or person")
    name = " ".join(name.split())
    if not tokens(name):
        raise ValueError(f"empty {kind} name {name!r}: give a name with letters or digits")
    return WatchEntry(kind, name)  # type: ignore[arg-type]


def watchlist_add(state: State, entries: Iterable[WatchEntry]) -> list[WatchEntry]:
    """Add entries; returns those that were not there yet."""
    return [e for e in entries if state.watch_add(e.kind, e.name, e.folded)]


def watchlist_remove(state: State, entries: Iterable[WatchEntry]) -> list[WatchEntry]:
    """Remove entries; returns those that were there."""
    return [e for e in entries if state.watch_remove(e.kind, e.folded)]


def watchlist(state: State) -> list[WatchEntry]:
    return [WatchEntry(r["kind"], r["name"]) for r in state.watchlist()]


# --- alerts -----------------------------------------------------------------------------------


@dataclass
class Alert:
    """A new event of a watched entity, or a change of one event's status."""

    key: str  # stable: "<event id>:new" or "<event id>:<old>-><new>"
    type: Literal["new_event", "status_changed"]
    event: dict[str, Any]
    watched: list[WatchEntry]
    previous_status: str | None = None
    detected_at: str = field(default_factory=now)

    @property
    def status(self) -> str:
        return str(self.event.get("status"))

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.key,
            "type": self.type,
            "status": self.status,
            "previous_status": self.previous_status,
            "watched": [w.to_dict() for w in self.watched],
            "event": self.event,
            "detected_at": self.detected_at,
        }


def describe(alert: Mapping[str, Any]) -> str:
    """One readable line for an alert dict."""
    e = alert["event"]
    what = f"{e.get('person')}: {e.get('kind')} ({e.get('action')})"
    if e.get("role"):
        what += f", {e['role']}"
    if e.get("org"):
        what += f", {e['org']}"
    if e.get("to"):
        what += f" → {e['to']}"
    if e.get("when"):
        what += f", {e['when']}"
    if alert["type"] == "status_changed":
        head = f"status {alert['previous_status']} → {alert['status']}"
    else:
        head = f"new event, {alert['status']}"
    watched = ", ".join(f"{k} {v}" for w in alert["watched"] for k, v in w.items())
    return f"ALERT {head}: {what} [watching {watched}]"


def report_ids(event: Mapping[str, Any]) -> set[str]:
    """The ids of the reports (mentions) behind an event: ids or dicts with an "id"."""
    return {str(r["id"]) if isinstance(r, Mapping) else str(r)
            for r in event.get("reports") or ()}


def lineage(event: Mapping[str, Any], known: Mapping[str, tuple[str, set[str]]]
            ) -> tuple[str | None, list[str]]:
    """The status last seen for this event and the known ids it stands for. The KB may give
    an event a new id when new reports join it, so an unknown id is traced through the
    reports it shares with known events."""
    event_id = str(event["id"])
    if event_id in known:
        return known[event_id][0], [event_id]
    reports = report_ids(event)
    shared = sorted(((len(reports & ids), k) for k, (_, ids) in known.items() if reports & ids),
                    reverse=True)
    if not shared:
        return None, []
    return known[shared[0][1]][0], [k for _, k in shared]


Watched = tuple[Mapping[str, Any], list[WatchEntry]]  # an event and the entries it concerns


def match(events: Iterable[Mapping[str, Any]], entries: list[WatchEntry]) -> list[Watched]:
    """The events that concern watched entries, by name (see WatchEntry.matches)."""
    pairs = [(event, [w for w in entries if w.matches(event)]) for event in events]
    return [(event, watched) for event, watched in pairs if watched]


def find_alerts(watched_events: Iterable[Watched], known: Mapping[str, tuple[str, set[str]]]
                ) -> list[tuple[Mapping[str, Any], list[str], Alert | None]]:
    """For each watched event: the event, the known ids it replaces, and an alert when it is
    new or its status differs from the one last seen (`known`: id → (status, report ids))."""
    found: list[tuple[Mapping[str, Any], list[str], Alert | None]] = []
    for event, watched in watched_events:
        event_id, status = str(event["id"]), str(event["status"])
        before, replaces = lineage(event, known)
        shown = {k: v for k, v in event.items() if k != "reports"}  # ids are for lineage only
        alert = None
        if before is None:
            alert = Alert(f"{event_id}:new", "new_event", shown, watched)
        elif before != status:
            alert = Alert(f"{event_id}:{before}->{status}", "status_changed", shown, watched,
                          previous_status=before)
        found.append((event, replaces, alert))
    return found


# --- signatures -------------------------------------------------------------------------------


def sign(body: bytes, secret: str) -> str:
    """The X-Turnover-Signature value: "sha256=" and the hex HMAC-SHA256 of the raw body."""
    return "sha256=" + hmac.new(secret.encode("utf-8"), body, hashlib.sha256).hexdigest()


def verify(body: bytes, secret: str, signature: str | None) -> bool:
    """What a receiver does: recompute the signature of the raw body, compare in constant
    time."""
    return bool(signature) and hmac.compare_digest(sign(body, secret), signature)


# --- sinks ------------------------------------------------------------------------------------


class SinkError(Exception):
    def __init__(self, reason: str, tries: int = 1) -> None:
        self.reason = reason
        self.tries = tries
        super().__init__(reason)


class Sink(Protocol):
    name: str  # identifies the sink in the state: one delivery per alert and sink

    def send(self, alert: dict[str, Any]) -> None:
        """Deliver one alert, or raise SinkError."""


class StdoutSink:
    name = "stdout"

    def __init__(self, stream: TextIO | None = None) -> None:
        self._stream = stream

    def send(self, alert: dict[str, Any]) -> None:
        stream = self._stream or sys.stdout
        stream.write(describe(alert) + "\n")
        stream.flush()


class JsonlSink:
    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self.name = f"jsonl:{self.path.resolve()}"

    def send(self, alert: dict[str, Any]) -> None:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            with self.path.open("a", encoding="utf-8") as f:
                f.write(json.dumps(alert, ensure_ascii=False) + "\n")
        except OSError as error:
            raise SinkError(f"cannot write {self.path}: {error.strerror or error}") from None


class WebhookSink:
    """JSON POST of the alert, signed with HMAC-SHA256 of the exact body sent."""

    def __init__(self, url: str, secret: str, fetcher: Fetcher) -> None:
        if not secret:
            raise ValueError(f"webhook {url}: no secret to sign alerts with; set one (e.g. "
                             "export TURNOVER_WEBHOOK_SECRET=...)")
        self.url = url
        self.name = f"webhook:{url}"
        self._secret = secret
        self._fetcher = fetcher

    def send(self, alert: dict[str, Any]) -> None:
        body = json.dumps(alert, ensure_ascii=False, sort_keys=True).encode("utf-8")
        headers = {
            "Content-Type": "application/json; charset=utf-8",
            SIGNATURE_HEADER: sign(body, self._secret),
            "X-Turnover-Alert": str(alert["id"]),
        }
        try:
            self._fetcher.post(self.url, body, headers)
        except FetchError as error:
            raise SinkError(error.reason, self._fetcher.options.retries + 1) from None


# --- checking and delivering ------------------------------------------------------------------


@dataclass
class AlertReport:
    alerts: list[dict[str, Any]] = field(default_factory=list)  # new this run
    sent: int = 0  # deliveries that succeeded, retries of earlier alerts included
    failed: list[str] = field(default_factory=list)  # one line each


def baseline(state: State, watched_events: Iterable[Watched]) -> None:
    """Record the current events of newly watched entities as known, so that adding a company
    to the watchlist does not replay its history as alerts. Run before ingesting."""
    fresh = {(r["kind"], r["name"]) for r in state.watchlist() if not r["baselined"]}
    if fresh:
        known = state.known_events()
        with state.transaction():
            for event, watched in watched_events:
                if lineage(event, known)[0] is None and \
                        any((w.kind, w.name) in fresh for w in watched):
                    state.set_known(str(event["id"]), str(event["status"]), report_ids(event))
    state.mark_baselined()


def check(state: State, watched_events: Iterable[Watched], sinks: list[Sink],
          on_error: Callable[[str], None] | None = None) -> AlertReport:
    """Find the alerts the KB's current events of watched entities call for, store them,
    deliver them, and retry the deliveries that failed on earlier runs."""
    report = AlertReport()
    found = find_alerts(watched_events, state.known_events())
    with state.transaction():  # alerts stored and events marked known together
        for event, replaces, alert in found:
            if alert is not None:
                payload = alert.to_dict()
                if state.add_alert(alert.key, payload, [s.name for s in sinks]):
                    report.alerts.append(payload)
            state.set_known(str(event["id"]), str(event["status"]), report_ids(event), replaces)
    deliver(state, sinks, report, on_error)
    return report


def deliver(state: State, sinks: list[Sink], report: AlertReport | None = None,
            on_error: Callable[[str], None] | None = None) -> AlertReport:
    """Send each sink the alerts it has not received yet."""
    report = report or AlertReport()
    too_old = (datetime.now(UTC) - timedelta(hours=RETRY_HOURS)).isoformat(timespec="seconds")
    for sink in sinks:
        for key, payload, created_at, tries in state.undelivered(sink.name):
            if tries and created_at < too_old:
                line = (f"alert {key} to {sink.name}: abandoned after {tries} tries over "
                        f"{RETRY_HOURS} h")
                state.record_delivery(key, sink.name, "abandoned", 0, line)
                report.failed.append(line)
                _emit(on_error, line)
                continue
            try:
                sink.send(payload)
            except SinkError as error:
                line = (f"alert {key} to {sink.name} failed: {error.reason}; "
                        "it will be retried on the next run")
                state.record_delivery(key, sink.name, "failed", error.tries, error.reason)
                report.failed.append(line)
                _emit(on_error, line)
            else:
                state.record_delivery(key, sink.name, "sent", 1)
                report.sent += 1
    return report


def _emit(on_error: Callable[[str], None] | None, line: str) -> None:
    if on_error:
        on_error(line)
    else:
        print(f"turnover: {line}", file=sys.stderr)
