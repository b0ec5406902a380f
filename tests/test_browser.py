"""The web UI in a real browser: Debian's headless Chromium driven by Playwright, against
`turnover serve`'s app run by uvicorn on a free loopback port.

The issue's three walks (search "Murati" → person → event → evidence and source; an
organization's timeline; the flows view with OpenAI → Anthropic), plus markup in an article
shown as text and never run. Every request the pages make must go to the app (no CDN), and no
page may log an error (a Content-Security-Policy violation is one). Screenshots go to
test-artifacts/ (`docs/org-page.png` in the README is test-artifacts/org-page.png).
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from conftest import XSS_SENTENCE, XSS_TITLE

from turnover import api
from turnover.serve import create_app

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--no-sandbox", "--disable-background-networking", "--disable-component-update",
        "--disable-gpu", "--no-first-run", "--disable-sync"]
ARTIFACTS = Path(__file__).resolve().parents[1] / "test-artifacts"

pytestmark = pytest.mark.skipif(
    not CHROMIUM.is_file(),
    reason=f"{CHROMIUM} not found: install Debian's chromium (apt-get install chromium; .ci/run "
    "does) to run the browser tests")


@pytest.fixture(scope="module")
def base_url(web_kb: str) -> Iterator[str]:
    import uvicorn

    server = uvicorn.Server(uvicorn.Config(create_app(web_kb), host="127.0.0.1", port=0,
                                           log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    for _ in range(200):
        if server.started:
            break
        time.sleep(0.05)
    assert server.started, "uvicorn did not start"
    port = server.servers[0].sockets[0].getsockname()[1]
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(10)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), headless=True,
                                              args=ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser: Any, base_url: str) -> Iterator[Any]:
    context = browser.new_context(viewport={"width": 1200, "height": 900}, base_url=base_url)
    context.set_default_timeout(15_000)
    problems: list[str] = []
    page = context.new_page()
    page.on("pageerror", lambda error: problems.append(f"page error: {error}"))
    # API errors (a 404 for an unknown id) are logged by the browser and shown by the page;
    # a missing asset is a problem
    page.on("console", lambda m: problems.append(f"console {m.type}: {m.text}")
            if m.type in ("error", "warning") and "Failed to load resource" not in m.text
            else None)
    page.on("response", lambda r: problems.append(f"{r.status} for {r.url}")
            if r.status >= 400 and "/api/" not in r.url else None)

    def only_the_app(route: Any) -> None:
        if route.request.url.startswith(base_url):
            route.continue_()
        else:
            problems.append(f"request outside the app: {route.request.url}")
            route.abort()

    context.route("**/*", only_the_app)
    yield page
    context.close()
    assert not problems, problems


def shot(page: Any, name: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / name), full_page=True)


def test_search_person_event_evidence(page: Any, web_kb: str) -> None:
    (resign,) = [e for e in api.events(web_kb, person="Murati", kind="end", org="OpenAI")
                 if (e["when"] or "").startswith("2024-09")]
    page.goto("/")
    page.locator("#search").press_sequentially("Murati", delay=30)  # as a person types
    page.locator("a.person-hit", has_text="Mira Murati").click()
    page.wait_for_url("**/persons/*")
    page.locator("h1", has_text="Mira Murati").wait_for()
    assert page.locator("ol.career li.step").count() == len(api.person("Murati", web_kb))
    shot(page, "person-page.png")

    page.locator(f'li.step[data-id="{resign["id"]}"] a.evidence-link').click()
    page.wait_for_url(f"**/events/{resign['id']}")
    report = page.locator("article.report", has_text="La Gazette du Numérique")
    # the report's sentences about the change, each with its trigger marked
    sentence = report.locator("blockquote.sentence",
                              has_text="Mira Murati avait annoncé fin septembre")
    assert sentence.locator("mark").inner_text() == "quittait son poste"
    assert report.get_attribute("lang") == "fr"  # French shown as French
    assert "2024-10-19" in report.locator("header").inner_text()
    assert "FR" in report.locator("header").inner_text()
    shot(page, "event-page.png")

    report.locator("a.article-link").click()
    page.wait_for_url("**/articles/*")
    text = page.locator("#article-text")
    assert "Mira Murati avait annoncé fin septembre" in text.inner_text()
    assert "quittait son poste" in text.locator("mark").all_inner_texts()
    shot(page, "article-page.png")


def test_organization_timeline(page: Any, web_kb: str) -> None:
    expected = api.timeline("OpenAI", web_kb)
    page.goto("/")
    page.locator("#search").fill("openai")
    page.locator("a.org-hit", has_text="OpenAI").first.click()
    page.wait_for_url("**/orgs/*")
    chart = page.locator("svg.timeline")
    chart.wait_for()
    assert chart.get_attribute("data-events") == str(len(expected))
    assert chart.locator("a.tl-event").count() == len(expected)
    assert chart.locator("a.tl-event.start").count() == sum(
        1 for e in expected.rows if e["kind"] == "start")
    statuses = {e["status"] for e in expected.rows}
    assert {m.get_attribute("data-status") for m in chart.locator("a.tl-event").all()} == statuses
    assert page.locator("table.events tr.event-row").count() == len(expected)
    # a founding only recalled by a title ("OpenAI co-founder X") stands before its report
    background = [e for e in expected.rows if e["background"]]
    assert background and all(e["when"] is None for e in background)
    dates = page.locator("table.events tr.event-row td.date").all_inner_texts()
    assert sum(d.startswith("before ") for d in dates) == len(background)
    page.locator(".legend").scroll_into_view_if_needed()
    shot(page, "org-page.png")

    chart.locator("a.tl-event").first.click()
    page.wait_for_url("**/events/*")
    page.locator("article.report").first.wait_for()


def test_flows_view(page: Any) -> None:
    from playwright.sync_api import expect

    page.goto("/flows")
    row = page.locator("tr.flow-row", has_text="OpenAI → Anthropic")
    row.wait_for()
    assert "Jan Leike" in row.inner_text()
    link = page.locator("svg.sankey path.flow-link title", has_text="OpenAI → Anthropic")
    assert link.count() == 1 and "Jan Leike" in link.text_content()
    shot(page, "flows-page.png")

    page.locator('input[name="since"]').fill("2024-06")  # after Leike's move
    page.locator("#flow-filters button").click()
    page.wait_for_url("**/flows?since=2024-06")
    # Leike's move (May 2024) is gone; later moves on the same route may remain
    expect(page.locator("tr.flow-row", has_text="Jan Leike")).to_have_count(0)
    page.goto("/flows?from=OpenAI&until=2024-05")
    page.locator("tr.flow-row", has_text="OpenAI → Anthropic").wait_for()
    assert page.locator('input[name="from"]').input_value() == "OpenAI"


def test_markup_in_articles_is_shown_as_text(page: Any, web_kb: str) -> None:
    page.goto("/")
    page.locator("#search").fill("Jane Doe")
    page.locator("a.person-hit", has_text="Jane Doe").click()
    page.locator("ol.career a.evidence-link").click()
    page.wait_for_url("**/events/*")
    sentence = page.locator("blockquote.sentence")
    assert sentence.inner_text() == XSS_SENTENCE  # the tag is visible, as characters
    assert sentence.locator("mark").inner_text() == "appointed"
    assert 'chief executive <img src=x onerror="window.__pwned=4">' in \
        page.locator("dl.facts").inner_text()
    assert "<script>window.__pwned=5</script>" in page.locator("dl.facts").inner_text()
    assert "<b>Evil</b> Times" in page.locator("article.report header").inner_text()
    check_nothing_ran(page)
    shot(page, "markup-event-page.png")

    page.locator("a.article-link").click()
    page.wait_for_url("**/articles/*")
    assert page.locator("h1").inner_text() == XSS_TITLE
    text = page.locator("#article-text").inner_text()
    assert '<iframe src="javascript:window.__pwned=3"></iframe>' in text
    assert "' OR 1=1 --" in text
    # the article's javascript: URL is shown, not linked
    assert "javascript:window.__pwned=6" in page.locator("p.meta").inner_text()
    check_nothing_ran(page)
    shot(page, "markup-article-page.png")


def check_nothing_ran(page: Any) -> None:
    assert page.evaluate("typeof window.__pwned") == "undefined"
    assert page.locator("main img, main iframe, main script, main b").count() == 0
    assert page.locator('a[href^="javascript:"]').count() == 0


def test_unknown_ids_say_so(page: Any) -> None:
    page.goto("/events/0000000000000000")
    assert "no event with id" in page.locator(".error").inner_text()
    page.goto("/orgs/0000000000000000")
    assert "no organization with id" in page.locator(".error").inner_text()


def test_api_page_lists_the_endpoints(page: Any) -> None:
    page.goto("/api-docs")
    page.locator("section.route").first.wait_for()
    assert page.locator("section.route").count() == 10
    assert "GET /api/events" in page.locator("ul.toc").inner_text()


def test_conflicting_reports_side_by_side(page: Any, web_kb: str) -> None:
    (join,) = api.events(web_kb, person="Sam Altman", action="join", org="Microsoft")
    page.goto(f"/events/{join['id']}")
    columns = page.locator(".conflict .columns .column")
    columns.first.wait_for()
    statuses = [c.locator("article.report").first.get_attribute("data-status")
                for c in columns.all()]
    assert {"occurred", "denied"} <= set(statuses)
    assert page.locator("dl.facts .disputed").count() == 1
    shot(page, "conflict-event-page.png")
