"""The HTTP API (`turnover serve`) through FastAPI's TestClient: every endpoint, its filters,
pagination and errors, token-protected writes, request limits, security headers, and hostile
strings in every parameter (on SQLite and PostgreSQL).

Most tests read `web_kb` (tests/conftest.py): the bundled samples, the seed article when
../shared has it, and an article full of markup. Expectations are taken from what the extractor
yields today and cross-checked against the core API, which the HTTP API only mirrors.
"""

from __future__ import annotations

import json
import re
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pytest
import sqlalchemy as sa
from conftest import XSS_TEXT, XSS_TITLE, xss_article
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from turnover import api
from turnover.cli import app as cli
from turnover.extract import Extractor
from turnover.serve import Limits, create_app
from turnover.serve.app import STATIC
from turnover.serve.guard import deadline, interrupt_queries
from turnover.store import Store

TOKEN = "s3cret-token-for-tests"
SECURITY = {
    "x-content-type-options": "nosniff",
    "x-frame-options": "DENY",
    "referrer-policy": "no-referrer",
}


@pytest.fixture(scope="module")
def client(web_kb: str, extractor: Extractor) -> Iterator[TestClient]:
    with TestClient(create_app(web_kb, token=TOKEN, extractor=extractor)) as c:
        yield c


def get(client: TestClient, path: str, expect: int = 200, **params: Any) -> Any:
    response = client.get(path, params=params)
    assert response.status_code == expect, (path, params, response.text)
    return response.json()


def search_id(client: TestClient, q: str, kind: str = "persons") -> str:
    hits = get(client, "/api/search", q=q)[kind]
    assert hits, f"nothing found for {q!r}"
    return hits[0]["id"]


# --- reading ---------------------------------------------------------------------------------


def test_stats(client: TestClient, web_kb: str) -> None:
    assert get(client, "/api/stats") == api.stats(web_kb)


def test_events_page_by_page(client: TestClient, web_kb: str) -> None:
    total = len(api.events(web_kb))
    first = get(client, "/api/events", limit=5)
    second = get(client, "/api/events", limit=5, offset=5)
    both = get(client, "/api/events", limit=10)
    assert first["total"] == second["total"] == total >= 30  # several pages of 5
    assert (first["limit"], first["offset"], second["offset"]) == (5, 0, 5)
    assert [e["id"] for e in first["items"] + second["items"]] == [e["id"] for e in both["items"]]
    assert get(client, "/api/events", offset=total)["items"] == []
    assert len(get(client, "/api/events")["items"]) == min(50, total)  # the default page


@pytest.mark.parametrize("filters", [
    {"kind": "end"}, {"action": "join"}, {"status": "denied"}, {"status": "rumored"},
    {"lang": "fr"}, {"since": "2024"}, {"until": "2023-11"},
    {"since": "2024-05", "until": "2024-09"}, {"org": "OpenAI"}, {"org": "open ai"},
    {"person": "Murati"}, {"person": "murati", "kind": "end"},
])
def test_events_filters_mirror_the_core_api(client: TestClient, web_kb: str,
                                            filters: dict[str, str]) -> None:
    expected = [e["id"] for e in api.events(web_kb, **filters)]
    page = get(client, "/api/events", limit=500, **filters)
    assert expected, f"the samples have no events for {filters}: choose another filter"
    assert [e["id"] for e in page["items"]] == expected
    assert page["total"] == len(expected)
    for e in page["items"]:
        for name in ("kind", "action", "status"):
            assert name not in filters or e[name] == filters[name]


def test_events_by_org_and_person_id(client: TestClient) -> None:
    org_id = search_id(client, "OpenAI", "orgs")
    person_id = search_id(client, "Murati")
    at_org = get(client, "/api/events", org_id=org_id, limit=500)["items"]
    assert at_org and {e["org_id"] for e in at_org} == {org_id}
    of_person = get(client, "/api/events", person_id=person_id)["items"]
    assert of_person and {e["person"] for e in of_person} == {"Mira Murati"}


@pytest.mark.parametrize(("params", "names"), [
    ({"limit": 0}, "limit"), ({"limit": 501}, "limit"), ({"limit": "ten"}, "limit"),
    ({"offset": -1}, "offset"), ({"kind": "sideways"}, "kind"), ({"action": "promote"}, "action"),
    ({"status": "confirmed"}, "status"), ({"lang": "french"}, "lang"),
    ({"since": "yesterday"}, "since"), ({"until": "2024/06"}, "until"),
    ({"org": "x" * 201}, "org"), ({"person_id": "Murati"}, "person_id"),
    ({"org_id": "' OR 1=1 --"}, "org_id"),
])
def test_events_bad_parameters_are_422_with_a_message(client: TestClient, params: dict,
                                                      names: str) -> None:
    detail = get(client, "/api/events", 422, **params)["detail"]
    assert isinstance(detail, str) and f"query.{names}" in detail, detail


def test_event_with_its_reports_and_evidence(client: TestClient, web_kb: str) -> None:
    (resign,) = [e for e in api.events(web_kb, person="Murati", kind="end", org="OpenAI")
                 if (e["when"] or "").startswith("2024-09")]
    event = get(client, f"/api/events/{resign['id']}")
    assert (event["person"], event["action"], event["org"]) == ("Mira Murati", "resign", "OpenAI")
    assert event["reports"] and all(r["event_id"] == resign["id"] for r in event["reports"])
    for report in event["reports"]:
        text = get(client, f"/api/articles/{report['article_id']}")["text"]
        for e in report["evidence"]:
            # offsets point into the article text: the UI highlights the trigger with them
            assert text[e["start"]:e["end"]] == e["sentence"]
            assert text[e["trigger_start"]:e["trigger_end"]] == e["trigger"]
    outlets = {r["outlet"] for r in event["reports"]}
    assert "La Gazette du Numérique" in outlets
    assert {r["lang"] for r in event["reports"]} == {"fr"}


def test_conflicting_reports_keep_their_own_status(client: TestClient, web_kb: str) -> None:
    (join,) = [e for e in api.events(web_kb, person="Sam Altman", action="join", org="Microsoft")]
    event = get(client, f"/api/events/{join['id']}")
    assert event["status"] == "denied" and event["disputed"]
    assert {r["status"] for r in event["reports"]} >= {"denied", "occurred"}


@pytest.mark.parametrize("path", [
    "/api/events/{}", "/api/orgs/{}", "/api/orgs/{}/timeline", "/api/persons/{}",
    "/api/articles/{}",
])
def test_unknown_ids_are_404(client: TestClient, path: str) -> None:
    width = 64 if "articles" in path else 16
    for unknown in ("0" * width, "nope", "' OR 1=1 --", "%25", "Mira Murati"):
        detail = get(client, path.format(unknown), 404)["detail"]
        assert "/api/search" in detail, detail


def test_org_and_its_timeline(client: TestClient, web_kb: str) -> None:
    org_id = search_id(client, "openai", "orgs")
    org = get(client, f"/api/orgs/{org_id}")
    assert org["name"] == "OpenAI" and "OpenAI" in org["aliases"]
    timeline = get(client, f"/api/orgs/{org_id}/timeline")
    core = api.timeline("OpenAI", web_kb)
    assert timeline["org"] == org
    assert [e["id"] for e in timeline["items"]] == [e["id"] for e in core.rows]
    assert len(timeline["items"]) == org["n_arrivals"] + org["n_departures"] >= 15
    assert {e["movement"] for e in timeline["items"]} == {"arrival", "departure"}
    assert all((e["movement"] == "arrival") == (e["kind"] == "start") for e in timeline["items"])
    since = get(client, f"/api/orgs/{org_id}/timeline", since="2024-06")["items"]
    assert since and len(since) < len(timeline["items"])
    assert all((e["when"] or e["first_reported"]) >= "2024-06" for e in since)
    get(client, f"/api/orgs/{org_id}/timeline", 422, until="June")


def test_person_career_path(client: TestClient, web_kb: str) -> None:
    person = get(client, f"/api/persons/{search_id(client, 'Murati')}")
    assert person["name"] == "Mira Murati"
    assert [e["id"] for e in person["events"]] == [e["id"] for e in api.person("Murati", web_kb)]
    assert ("end", "resign", "OpenAI") in {(e["kind"], e["action"], e["org"])
                                           for e in person["events"]}


def test_flows(client: TestClient) -> None:
    items = get(client, "/api/flows")["items"]
    leike = [f for f in items if f["person"] == "Jan Leike"]
    assert [(f["from_org"], f["to_org"]) for f in leike] == [("OpenAI", "Anthropic")]
    only = get(client, "/api/flows", **{"from": "OpenAI", "to": "Anthropic"})["items"]
    assert "Jan Leike" in [f["person"] for f in only]
    assert all(f["from_org"] == "OpenAI" and f["to_org"] == "Anthropic" for f in only)
    later = get(client, "/api/flows", **{"from": "OpenAI", "to": "Anthropic", "since": "2024-06"})
    assert "Jan Leike" not in [f["person"] for f in later["items"]]  # he moved in May 2024
    until_may = get(client, "/api/flows", **{"to": "Anthropic", "until": "2024-05"})["items"]
    assert [f["person"] for f in until_may] == ["Jan Leike"]
    assert get(client, "/api/flows", **{"from": "Nobody Inc"})["items"] == []
    assert "query.since" in get(client, "/api/flows", 422, since="last year")["detail"]


def test_article_is_returned_as_stored(client: TestClient) -> None:
    event = get(client, "/api/events", person="Jane Doe")["items"][0]
    report = get(client, f"/api/events/{event['id']}")["reports"][0]
    response = client.get(f"/api/articles/{report['article_id']}")
    assert response.headers["content-type"] == "application/json"
    article = response.json()
    assert article["text"] == XSS_TEXT and article["title"] == XSS_TITLE
    assert article["url"] == "javascript:window.__pwned=6"  # data: the UI decides not to link it
    assert [r["person"] for r in article["reports"]] == ["Jane Doe"]
    assert "<script>" in response.text  # JSON escapes nothing here: the pages must (browser test)


def test_search_is_accent_and_case_insensitive(client: TestClient) -> None:
    for q in ("Murati", "murati", "MURATI", "mura", "Mira Mu", "Murâti"):
        assert "Mira Murati" in [p["name"] for p in get(client, "/api/search", q=q)["persons"]], q
    for q in ("Karen", "karén", "SIMONYAN"):
        assert [p["name"] for p in get(client, "/api/search", q=q)["persons"]] == \
            ["Karén Simonyan"], q
    found = get(client, "/api/search", q="open ai")
    assert found["orgs"][0]["name"] == "OpenAI" and found["orgs"][0]["n_events"] >= 15
    assert get(client, "/api/search", q="zzzz") == {"persons": [], "orgs": []}
    assert len(get(client, "/api/search", q="a", limit=2)["persons"]) == 2
    for bad in ({"q": ""}, {}, {"q": "x" * 201}, {"q": "x", "limit": 51}):
        assert "query." in get(client, "/api/search", 422, **bad)["detail"]


def test_openapi_documents_every_endpoint(client: TestClient) -> None:
    spec = get(client, "/api/openapi.json")
    assert set(spec["paths"]) == {
        "/api/events", "/api/events/{event_id}", "/api/orgs/{org_id}",
        "/api/orgs/{org_id}/timeline", "/api/persons/{person_id}", "/api/flows",
        "/api/articles/{article_id}", "/api/articles", "/api/search", "/api/stats"}
    assert {"Event", "EventDetail", "Report", "Evidence", "Flow", "Org", "Person",
            "Article"} <= set(spec["components"]["schemas"])
    events = spec["paths"]["/api/events"]["get"]
    assert {p["name"] for p in events["parameters"]} == {
        "since", "until", "kind", "action", "status", "lang", "org", "person", "org_id",
        "person_id", "limit", "offset"}
    assert client.get("/docs").status_code == 404  # Swagger UI would load from a CDN


# --- pages and assets ---------------------------------------------------------------------------


@pytest.mark.parametrize("path", ["/", "/flows", "/api-docs", "/orgs/0123456789abcdef",
                                  "/persons/x", "/events/x", "/articles/x"])
def test_pages_are_served(client: TestClient, path: str) -> None:
    response = client.get(path)
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/html")
    assert '<script type="module" src="/static/' in response.text


def test_every_asset_is_served_by_the_app_no_cdn(client: TestClient) -> None:
    files = sorted(p for p in STATIC.iterdir() if p.is_file())
    assert {p.suffix for p in files} == {".html", ".js", ".css", ".svg"}
    for path in files:
        response = client.get(f"/static/{path.name}")
        assert response.status_code == 200, path.name
        text = path.read_text(encoding="utf-8")
        # the only absolute URL allowed is the SVG namespace, which is a name, not a fetch
        urls = set(re.findall(r"(?:[a-z]+:)?//[\w.-]+\.[a-z]{2,}", text))
        assert urls <= {"http://www.w3.org"}, f"{path.name} refers to another site: {urls}"
        assert "innerHTML" not in text and "insertAdjacentHTML" not in text, path.name
    assert client.get("/static/app.js").status_code == 404
    assert client.get("/static/../app.py").status_code == 404


# --- security defaults --------------------------------------------------------------------------


@pytest.mark.parametrize(("method", "path", "status"), [
    ("GET", "/", 200), ("GET", "/static/common.js", 200), ("GET", "/api/stats", 200),
    ("GET", "/api/events/nope", 404), ("GET", "/api/events?limit=0", 422),
    ("POST", "/api/articles", 401), ("GET", "/nowhere", 404),
])
def test_security_headers_on_every_answer(client: TestClient, method: str, path: str,
                                          status: int) -> None:
    response = client.request(method, path)
    assert response.status_code == status
    for name, value in SECURITY.items():
        assert response.headers[name] == value
    csp = response.headers["content-security-policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp
    assert "frame-ancestors 'none'" in csp and "default-src 'none'" in csp
    assert "access-control-allow-origin" not in response.headers


def test_no_cors_by_default_and_only_the_origins_given(web_kb: str) -> None:
    origin = {"Origin": "https://elsewhere.example"}
    with TestClient(create_app(web_kb)) as plain:
        assert "access-control-allow-origin" not in plain.get("/api/stats",
                                                              headers=origin).headers
    allowed = create_app(web_kb, cors_origins=["https://dashboard.example"])
    with TestClient(allowed) as c:
        ok = c.get("/api/stats", headers={"Origin": "https://dashboard.example"})
        assert ok.headers["access-control-allow-origin"] == "https://dashboard.example"
        assert "access-control-allow-origin" not in c.get("/api/stats", headers=origin).headers


def test_host_header_is_checked_when_asked(web_kb: str) -> None:
    app = create_app(web_kb, allowed_hosts=["127.0.0.1", "localhost"])
    with TestClient(app, base_url="http://127.0.0.1:8000") as c:
        assert c.get("/api/stats").status_code == 200
    with TestClient(app, base_url="http://rebound.example") as c:
        assert c.get("/api/stats").status_code == 400


def test_overlong_urls_are_414(client: TestClient) -> None:
    response = client.get("/api/events", params={"org": "x" * 3000})
    assert response.status_code == 414 and "too long" in response.json()["detail"]
    assert client.get("/api/events/" + "a" * 2000).status_code == 414
    for name, value in SECURITY.items():
        assert response.headers[name] == value


def test_nul_characters_are_422(client: TestClient) -> None:
    for params in ({"q": "Mur\x00ati"}, {"q": "\x00"}):
        detail = get(client, "/api/search", 422, **params)["detail"]
        assert "NUL" in detail
    assert client.get("/api/events/abc%00def").status_code == 422


def test_slow_requests_stop_at_the_deadline(web_kb: str) -> None:
    with TestClient(create_app(web_kb, limits=Limits(read_timeout=1e-9))) as c:
        response = c.get("/api/flows")
    assert response.status_code == 504
    assert "narrow it" in response.json()["detail"]
    assert response.headers["x-content-type-options"] == "nosniff"


def test_sqlite_queries_are_interrupted_past_the_deadline(tmp_path: Path) -> None:
    with Store(str(tmp_path / "kb.db")) as store:
        interrupt_queries(store.engine, 1.0)
        slow = sa.text("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n "
                       "WHERE i < 50000000) SELECT count(*) FROM n")
        token = deadline.set(time.monotonic() + 0.2)
        try:
            started = time.monotonic()
            with pytest.raises(sa.exc.OperationalError, match="interrupted"), \
                    store.read() as conn:
                conn.execute(slow)
            assert time.monotonic() - started < 5
        finally:
            deadline.reset(token)
        with store.read() as conn:  # without a deadline the same connection works
            assert conn.execute(sa.text("SELECT 1")).scalar() == 1


# --- writing ---------------------------------------------------------------------------------

APPOINTMENT = {"id": "initech-1", "lang": "en", "published": "2024-03-06",
               "outlet": "Wire", "title": "Initech names a chief executive",
               "text": "Initech appointed Renée Martin as chief executive on Monday."}


@pytest.fixture
def writable(tmp_path: Path, extractor: Extractor) -> Iterator[TestClient]:
    with TestClient(create_app(str(tmp_path / "kb.db"), token=TOKEN, extractor=extractor,
                               limits=Limits(max_body=20_000, max_articles=3))) as c:
        yield c


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def test_writes_are_disabled_without_a_token(web_kb: str) -> None:
    with TestClient(create_app(web_kb)) as c:
        response = c.post("/api/articles", json={"articles": [APPOINTMENT]},
                          headers=bearer(""))
    assert response.status_code == 403 and "--token-file" in response.json()["detail"]


@pytest.mark.parametrize("headers", [
    {}, bearer("wrong"), bearer(TOKEN[:-1]), bearer(TOKEN + "x"), {"Authorization": TOKEN},
    {"Authorization": f"Basic {TOKEN}"}, bearer(""),
])
def test_writes_need_the_right_token(writable: TestClient, headers: dict[str, str]) -> None:
    response = writable.post("/api/articles", json={"articles": [APPOINTMENT]}, headers=headers)
    assert response.status_code == 401
    assert response.headers["www-authenticate"] == "Bearer"
    assert "Authorization: Bearer" in response.json()["detail"]
    assert writable.get("/api/stats").json()["articles"] == 0


def test_ingest_with_the_token(writable: TestClient) -> None:
    response = writable.post("/api/articles", json={"articles": [APPOINTMENT]},
                             headers=bearer(TOKEN))
    assert response.status_code == 200, response.text
    result = response.json()
    assert (result["read"], result["stored"], result["skipped"]) == (1, 1, {})
    assert result["articles"][0]["ref"] == "initech-1" and result["mentions"] >= 1
    found = writable.get("/api/search", params={"q": "renee martin"}).json()["persons"]
    assert [p["name"] for p in found] == ["Renée Martin"]
    again = writable.post("/api/articles", json={"articles": [APPOINTMENT]},
                          headers=bearer(TOKEN)).json()
    assert again["stored"] == 0
    assert again["skipped"] == {"already in the knowledge base": 1}


def test_ingested_markup_is_kept_as_data(writable: TestClient) -> None:
    text = "<script>alert(1)</script> Initech named <b>Bob</b> Slydell chief operating officer."
    result = writable.post("/api/articles", json={"articles": [{"text": text, "lang": "en"}]},
                           headers=bearer(TOKEN)).json()
    article = writable.get(f"/api/articles/{result['articles'][0]['id']}").json()
    assert article["text"] == text


def test_hostile_strings_in_every_field_of_an_ingest(writable: TestClient) -> None:
    fields = {"id": "' OR 1=1 --", "title": "'; DROP TABLE articles; --", "heading": "%_\\",
              "url": "javascript:alert(1)", "outlet": "<script>alert(1)</script>",
              "published": "1; SELECT 1", "lang": "en",
              "text": "Robert'); DROP TABLE events;-- was appointed chief executive of Initech."}
    response = writable.post("/api/articles", json={"articles": [fields]},
                             headers=bearer(TOKEN))
    assert response.status_code == 200, response.text
    (stored,) = response.json()["articles"]
    article = writable.get(f"/api/articles/{stored['id']}").json()
    assert (article["ref"], article["title"], article["url"], article["outlet"]) == (
        fields["id"], fields["title"], fields["url"], fields["outlet"])
    assert article["text"].endswith(fields["text"]) and article["published"] is None
    assert writable.get("/api/stats").json()["articles"] == 1  # every table still there


@pytest.mark.parametrize(("item", "words"), [
    ({"text": ""}, 'empty "text"'),
    ({"text": "   "}, 'empty "text"'),
    ({"title": "no text"}, 'no "text" field'),
    ({"text": 42}, '"text" is a JSON number'),
    ({"text": "x", "lang": "klingon"}, "\"lang\" 'klingon' is not a language turnover reads"),
    ({"text": "x", "title": "t" * 2001}, '"title" is longer than 2000 characters'),
    ({"text": "Initech hired a clerk.\u0000"}, '"text" holds a NUL character'),
    ("just a string", "not a JSON object"),
])
def test_unreadable_articles_are_skipped_and_the_others_ingested(
        writable: TestClient, item: object, words: str) -> None:
    response = writable.post("/api/articles", json={"articles": [item, APPOINTMENT]},
                             headers=bearer(TOKEN))
    assert response.status_code == 200, response.text
    result = response.json()
    assert (result["read"], result["stored"], result["skipped"]) == (1, 1, {"unreadable": 1})
    bad, good = result["articles"]
    assert bad["outcome"] == "unreadable" and bad["id"] is None
    assert bad["error"].startswith("articles[0]: ") and words in bad["error"], bad["error"]
    assert good["outcome"] == "stored" and good["ref"] == "initech-1"


@pytest.mark.parametrize(("body", "status", "words"), [
    ({"articles": []}, 422, "articles"),
    ({"articles": "not a list"}, 422, "articles"),
    ({"articles": [APPOINTMENT] * 4}, 413, "at most 3"),
    ({"articles": [{"text": "x" * 30_000}]}, 413, "larger than 20000 bytes"),
    ({"docs": []}, 422, "articles"),
])
def test_bad_ingests(writable: TestClient, body: dict, status: int, words: str) -> None:
    response = writable.post("/api/articles", json=body, headers=bearer(TOKEN))
    assert response.status_code == status, response.text
    assert words in response.json()["detail"]


def test_malformed_and_oversized_bodies(writable: TestClient) -> None:
    headers = {**bearer(TOKEN), "Content-Type": "application/json"}
    assert writable.post("/api/articles", content=b"{not json", headers=headers
                         ).status_code == 422
    chunks = (b"x" * 8192 for _ in range(10))  # no Content-Length: counted as it arrives
    response = writable.post("/api/articles", content=chunks, headers=headers)
    assert response.status_code == 413
    assert response.headers["x-frame-options"] == "DENY"


# --- hostile strings in every parameter, on every backend ---------------------------------------

HOSTILE = [
    "' OR 1=1 --", "'; DROP TABLE events; --", '" OR ""="', "%", "_", "%%", "\\", "\\%",
    "*", "a%b_c", "Murati' --", "<script>alert(1)</script>", "ÉÇ ø 日本 🙂", "\u202e", "OpenAI\n",
    " ", "(SELECT 1)", "1; SELECT pg_sleep(5)",
]
FREE_TEXT = [("/api/events", "org"), ("/api/events", "person"), ("/api/flows", "from"),
             ("/api/flows", "to"), ("/api/search", "q")]
PATTERNED = [("/api/events", name) for name in (
    "since", "until", "kind", "action", "status", "lang", "org_id", "person_id", "limit",
    "offset")] + [("/api/flows", "since"), ("/api/flows", "until"), ("/api/search", "limit")]
PATHS = ["/api/events/{}", "/api/orgs/{}", "/api/orgs/{}/timeline", "/api/persons/{}",
         "/api/articles/{}"]


@pytest.fixture(scope="module")
def hostile_client(session_dbs: Any) -> Iterator[TestClient]:
    url = session_dbs.new("web")
    with Store(url) as store:
        store.write([xss_article()])
        with TestClient(create_app(store)) as c:
            yield c


def test_hostile_strings_in_every_parameter(hostile_client: TestClient) -> None:
    c = hostile_client
    counts = c.get("/api/stats").json()
    assert counts["events"] == 1
    for value in HOSTILE:
        for path, name in FREE_TEXT:
            response = c.get(path, params={name: value})
            assert response.status_code in (200, 422), (path, name, value, response.text)
            body = response.json()
            if response.status_code == 200:
                # nothing matches: the string is compared as data, never run as SQL or a pattern
                assert body.get("items", []) == [] and body.get("total", 0) == 0, (name, value)
                assert body.get("persons", []) == body.get("orgs", []) == []
        for path, name in PATTERNED:
            response = c.get(path, params={name: value})
            assert response.status_code == 422, (path, name, value)
            assert f"query.{name}" in response.json()["detail"]
        for path in PATHS:
            response = c.get(path.format(quote(value, safe="")))
            assert response.status_code in (404, 422), (path, value, response.text)
    assert c.get("/api/stats").json() == counts  # and nothing was dropped or changed
    assert c.get("/api/events", params={"person": "Jane Doe"}).json()["total"] == 1
    assert c.get("/api/search", params={"q": "initrode"}).json()["orgs"][0]["name"] == \
        "Initrode"


# --- the command ------------------------------------------------------------------------------


def test_serve_refuses_a_missing_knowledge_base(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["serve", "--db", str(tmp_path / "none.db")])
    assert result.exit_code == 2
    assert "no knowledge base at" in result.stderr and "turnover ingest" in result.stderr


def test_serve_refuses_an_empty_token_file(tmp_path: Path, web_kb: str) -> None:
    empty = tmp_path / "token"
    empty.write_text("\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["serve", "--db", web_kb, "--token-file", str(empty)])
    assert result.exit_code == 2 and "is empty" in result.stderr


def test_models_accept_what_the_core_returns(web_kb: str) -> None:
    # the response models validate real rows (a field renamed in the core fails here first)
    from turnover.serve import models

    for row in api.events(web_kb):
        models.Event.model_validate(row)
    for row in api.flows(db=web_kb):
        models.Flow.model_validate(row)
    assert json.dumps(api.search("murati", web_kb))
