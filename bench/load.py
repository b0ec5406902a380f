"""Load test of `turnover serve` on loopback, run by hand (never in the test suite):

    PYTHONPATH=. .venv/bin/python bench/load.py                 # build the KB if needed, measure
    PYTHONPATH=. .venv/bin/python bench/load.py --seconds 10 --concurrency 1 8 32 64

1. Builds a knowledge base of synthetic events (default 12,000; kept in bench/.load/ and reused):
   made-up people and companies, written straight through the store (`Store.write`) as
   mentions with evidence, so the extractor (spaCy) never runs. Each move between companies is
   one article stating a departure and an arrival; one move in five gets a second article from
   another outlet that confirms, rumors or denies it, so events merge reports as real ones do.
2. Starts `turnover serve` in a second process on 127.0.0.1 (a free port, no access log).
3. For each endpoint and each number of concurrent clients, keeps that many httpx clients
   (asyncio, keep-alive) busy for --seconds and prints requests/s, p50 and p99 latency, and
   errors (any answer but 200, or a failed request).

The client runs on the same machine as the server: on a small machine it competes with it for
CPU, so the figures are a floor.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import socket
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

import httpx

from turnover.model import Article, Evidence, Mention
from turnover.store import Store

HERE = Path(__file__).resolve().parent
_SYLLABLES = ("ka ri mo ne ta lu vi so pe da zo mi ra fe no be xi la qu to han del ver mar "
              "sel tor vin cal bri gon")
SYLLABLES = _SYLLABLES.split()
_FIRST = ("Alice Bruno Chloé Daniel Emma François Gabriel Hélène Inès Jules Karim Léa Marc "
          "Nadia Olivier Paula Quentin Rosa Sami Thérèse Ulysse Valérie William Yasmine Zoé")
FIRST = _FIRST.split()
SUFFIX = ("Systems", "Labs", "Group", "Partners", "Bank", "Motors", "Energy", "Media", "Health",
          "Robotics")
ROLES = ("chief executive", "chief financial officer", "chief technology officer", "president",
         "head of research", "directeur général", "directrice financière", "chief operating "
         "officer")
OUTLETS = ("Wire One", "Le Courrier", "Daily Ledger", "La Gazette", "Market Watchers")
FILLER = (
    "Shares moved {n} percent in early trading.",
    "The board met {n} times over the past quarter.",
    "Analysts had expected the change for about {n} weeks.",
    "The company employs roughly {n} hundred people.",
    "Its revenue grew by {n} percent last year.",
    "The announcement came after a meeting that lasted {n} hours.",
)


def word(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(n)).capitalize()


@dataclass
class Move:
    person: str
    from_org: str
    to_org: str
    when: str
    role: str
    status: str = "occurred"


def synthesize(n_events: int, seed: int = 7) -> list[tuple[Article, list[Mention]]]:
    """Articles and mentions for about `n_events` events (two per move)."""
    rng = random.Random(seed)
    orgs = sorted({f"{word(rng, 2)} {rng.choice(SUFFIX)}" for _ in range(400)})[:300]
    surnames: set[str] = set()
    while len(surnames) < n_events // 4 + 1:
        surnames.add(word(rng, 3))
    batch: list[tuple[Article, list[Mention]]] = []
    for surname in sorted(surnames):
        person = f"{rng.choice(FIRST)} {surname}"
        day = date(2012, 1, 1) + timedelta(days=rng.randrange(4000))
        career = rng.sample(orgs, 3)
        for a, b in zip(career, career[1:], strict=False):  # two moves: four events
            move = Move(person, a, b, day.isoformat(), rng.choice(ROLES))
            batch.append(_article(move, rng, rng.choice(OUTLETS)))
            if rng.random() < 0.2:  # a second report: confirmation, rumor or denial
                other = Move(**{**move.__dict__, "status": rng.choice(
                    ("occurred", "occurred", "rumored", "denied"))})
                batch.append(_article(other, rng, rng.choice(OUTLETS), second=True))
            day += timedelta(days=rng.randrange(200, 1200))
    return batch


def _article(m: Move, rng: random.Random, outlet: str, second: bool = False
             ) -> tuple[Article, list[Mention]]:
    verb = {"occurred": "left", "rumored": "could leave", "denied": "did not leave"}[m.status]
    head = ("Reports say" if second else "On") + f" {m.when}, {m.person} {verb} {m.from_org}"
    sentence = f"{head} to join {m.to_org} as {m.role}."
    filler = " ".join(rng.choice(FILLER).format(n=rng.randrange(2, 99)) for _ in range(3))
    text = f"{m.person} and {m.to_org}\n{sentence} {filler}"
    start = text.index(sentence)
    trigger = start + sentence.index(verb)

    def mention(kind: str, action: str, org: str, to: str | None) -> Mention:
        return Mention(
            person=m.person, kind=kind, action=action, org=org, role=m.role, when=m.when,
            status=m.status, to=to, sources=[outlet] if second else [],
            evidence=[Evidence(sentence, start, start + len(sentence), verb, trigger,
                               trigger + len(verb))])

    article = Article(text=text, ref=f"synthetic-{len(text)}-{rng.randrange(10**9)}",
                      outlet=outlet, title=text.split("\n")[0], published=m.when, lang="en",
                      url=f"https://synthetic.turnover.example/{rng.randrange(10**9)}")
    return article, [mention("end", "leave", m.from_org, m.to_org),
                     mention("start", "join", m.to_org, None)]


def build(db: Path, n_events: int) -> None:
    batch = synthesize(n_events)
    started = time.perf_counter()
    with Store(str(db)) as store:
        for i in range(0, len(batch), 250):
            store.write(batch[i : i + 250])
            print(f"\r  {min(i + 250, len(batch))}/{len(batch)} articles", end="", flush=True)
        counts = store.counts()
    print(f"\r  {counts['articles']} articles, {counts['events']} events, {counts['persons']} "
          f"people, {counts['orgs']} organizations in {time.perf_counter() - started:.0f} s")


# --- the server -------------------------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(db: Path, port: int) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": str(HERE.parent)}
    server = subprocess.Popen(
        [sys.executable, "-m", "turnover.cli", "serve", "--db", str(db), "--host", "127.0.0.1",
         "--port", str(port), "--log-level", "warning"], env=env)
    for _ in range(200):
        try:
            if httpx.get(f"http://127.0.0.1:{port}/api/stats", timeout=1).status_code == 200:
                return server
        except httpx.HTTPError:
            pass
        if server.poll() is not None:
            sys.exit(f"turnover serve exited with code {server.returncode}")
        time.sleep(0.1)
    server.terminate()
    sys.exit("turnover serve did not answer within 20 s")


# --- the load ---------------------------------------------------------------------------------


@dataclass
class Cell:
    latencies: list[float] = field(default_factory=list)
    errors: int = 0
    seconds: float = 0.0

    def row(self, name: str, clients: int) -> str:
        lat = sorted(self.latencies)
        if not lat:
            return f"| {name} | {clients} | 0 | – | – | {self.errors} |"
        p50 = statistics.median(lat) * 1000
        p99 = lat[min(len(lat) - 1, int(len(lat) * 0.99))] * 1000
        return (f"| {name} | {clients} | {len(lat) / self.seconds:.0f} | {p50:.1f} | {p99:.1f} "
                f"| {self.errors} |")


async def drive(base: str, paths: list[str], clients: int, seconds: float) -> Cell:
    cell = Cell()
    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)
    async with httpx.AsyncClient(base_url=base, limits=limits, timeout=30) as client:
        rng = random.Random(clients)
        stop = time.perf_counter() + seconds

        async def one() -> None:
            while time.perf_counter() < stop:
                started = time.perf_counter()
                try:
                    response = await client.get(rng.choice(paths))
                    ok = response.status_code == 200
                except httpx.HTTPError:
                    ok = False
                if ok:
                    cell.latencies.append(time.perf_counter() - started)
                else:
                    cell.errors += 1

        begun = time.perf_counter()
        await asyncio.gather(*(one() for _ in range(clients)))
        cell.seconds = time.perf_counter() - begun
    return cell


def endpoints(base: str) -> dict[str, list[str]]:
    """Request paths per endpoint, drawn from the knowledge base itself."""
    rng = random.Random(1)
    page = httpx.get(f"{base}/api/events", params={"limit": 500, "offset": 3000}).json()
    total = page["total"]
    events = page["items"]
    orgs = sorted({(e["org_id"], e["org"]) for e in events if e["org_id"]})
    persons = sorted({e["person_id"] for e in events})
    names = [e["person"].split()[-1][:4].lower() for e in events]
    return {
        "GET /api/events (page)": [f"/api/events?limit=50&offset={rng.randrange(total - 50)}"
                                   for _ in range(200)],
        "GET /api/events (filtered)": [
            f"/api/events?kind={k}&since={y}&until={y}&limit=50" for k in ("start", "end")
            for y in range(2012, 2024)],
        "GET /api/events?org=": [f"/api/events?org={name}&limit=50" for _, name in orgs],
        "GET /api/events/{id}": [f"/api/events/{e['id']}" for e in events],
        "GET /api/orgs/{id}/timeline": [f"/api/orgs/{oid}/timeline" for oid, _ in orgs],
        "GET /api/persons/{id}": [f"/api/persons/{pid}" for pid in persons],
        "GET /api/search": [f"/api/search?q={q}" for q in names],
        "GET /api/flows?from=": [f"/api/flows?from={name}" for _, name in orgs],
        "GET /api/flows (all, by year)": [f"/api/flows?since={y}&until={y}"
                                         for y in range(2012, 2024)],
        "GET / (page)": ["/"],
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--events", type=int, default=12_000, help="synthetic events to build")
    parser.add_argument("--db", type=Path, default=HERE / ".load" / "kb.db")
    parser.add_argument("--seconds", type=float, default=5.0, help="per endpoint and level")
    parser.add_argument("--concurrency", type=int, nargs="+", default=[1, 8, 32])
    parser.add_argument("--only", help="endpoints whose name contains this")
    args = parser.parse_args()

    if not args.db.is_file():
        print(f"building {args.db} ({args.events} synthetic events)")
        args.db.parent.mkdir(parents=True, exist_ok=True)
        build(args.db, args.events)
    port = free_port()
    server = start_server(args.db, port)
    base = f"http://127.0.0.1:{port}"
    try:
        stats = httpx.get(f"{base}/api/stats").json()
        print(f"\nturnover serve on {base}: {stats['events']} events, {stats['articles']} "
              f"articles; {os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.1f} before "
              f"the run; {args.seconds:g} s per cell\n")
        print("| Endpoint | Clients | Requests/s | p50 ms | p99 ms | Errors |")
        print("|---|---|---|---|---|---|")
        for name, paths in endpoints(base).items():
            if args.only and args.only not in name:
                continue
            for clients in args.concurrency:
                cell = asyncio.run(drive(base, paths, clients, args.seconds))
                print(cell.row(name, clients), flush=True)
        print(f"\nload average after the run: {os.getloadavg()[0]:.1f}")
    finally:
        server.terminate()
        server.wait(10)


if __name__ == "__main__":
    main()
