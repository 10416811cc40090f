"""The pages in a real browser: Debian's chromium, headless, driven by Playwright (never a
downloaded browser). Set NEWSGRAPH_SCREENSHOTS=DIR to keep screenshots of the main pages there (the
README's are made so)."""

import os
import re
from pathlib import Path

import pytest

from tests.web import corpus

pytestmark = pytest.mark.model
CHROMIUM = Path("/usr/bin/chromium")

playwright_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed (test extra)")


@pytest.fixture(scope="module")
def browser():
    if not CHROMIUM.exists():
        reason = f"no browser at {CHROMIUM}: install Debian's chromium package (.ci/run does)"
        if os.environ.get("NEWSGRAPH_REQUIRE_BROWSER"):
            pytest.fail(reason)
        pytest.skip(reason)
    with playwright_api.sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=str(CHROMIUM), args=["--no-sandbox"])
        yield launched
        launched.close()


@pytest.fixture
def page(browser, sqlite_server):
    """A page that fails the test on any dialog, script error, or request leaving the server."""
    context = browser.new_context(viewport={"width": 1100, "height": 800})
    opened = context.new_page()
    opened.dialogs, opened.errors, opened.foreign = [], [], []
    opened.on("dialog", lambda dialog: (opened.dialogs.append(dialog.message), dialog.dismiss()))
    opened.on("pageerror", lambda error: opened.errors.append(str(error)))
    opened.on("console", lambda message: message.type == "error" and opened.errors.append(message.text))
    opened.on("request", lambda request: None if request.url.startswith((sqlite_server.url, "data:"))
              else opened.foreign.append(request.url))
    yield opened
    context.close()
    assert opened.dialogs == [] and opened.errors == [] and opened.foreign == []


def _screenshot(page, name):
    if folder := os.environ.get("NEWSGRAPH_SCREENSHOTS"):
        page.screenshot(path=str(Path(folder) / f"{name}.png"))


def _article_id(server, external_id):
    _, _, page = server.json("/api/articles?limit=500")
    titles = {r["title"]: r["id"] for r in page["items"]}
    return titles[{r["id"]: r["title"] for r in corpus.records()}[external_id]]


def test_hovering_a_highlighted_quote_shows_its_speaker_and_chain(page, sqlite_server):
    page.goto(f"{sqlite_server.url}/articles/{_article_id(sqlite_server, 'example')}")
    useful = page.locator(".mark.quote", has_text="Our talks were open and useful").first
    useful.hover()
    tip = page.locator("#tip")
    tip.wait_for(state="visible")
    assert "said by Sergei Lavrov" in tip.inner_text()
    # the KCNA report: Kim's words reached us through the agency
    page.locator(".mark.quote", has_text="will firmly").first.focus()
    assert re.search(r"said by Kim Jong-un.*via .*Korean Central News Agency|KCNA", tip.inner_text())
    assert page.locator(".mark.event").count() >= 4 and page.locator(".mark.actor").count() >= 10
    assert page.locator(".removed li").count() == 3  # the dateline, a related link and a share line, apart
    _screenshot(page, "reader")


def test_filtering_the_events_table_by_actor_and_dates(page, sqlite_server):
    page.goto(f"{sqlite_server.url}/events")
    page.fill("input[name=actor]", "Lavrov")
    page.fill("input[name=since]", "2025-03-01")
    page.fill("input[name=until]", "2025-04-30")
    page.click("form.filters button")
    page.wait_for_url(re.compile(r"actor=Lavrov"))
    rows = page.locator("tr.event-row")
    _, _, expected = sqlite_server.json("/api/events?actor=Lavrov&since=2025-03-01&until=2025-04-30")
    assert rows.count() == len(expected["items"]) >= 3
    for n in range(rows.count()):
        row = rows.nth(n)
        assert "2025-03-01" <= row.locator(".day").inner_text() <= "2025-04-30"
        assert "Lavrov" in row.locator(".source").inner_text() + row.locator(".target").inner_text()
    _screenshot(page, "events")


def test_a_row_leads_to_its_sentence_in_the_reader(page, sqlite_server):
    page.goto(f"{sqlite_server.url}/events?actor=Lavrov&type=CONSULT")
    link = page.locator("tr.event-row a.sentence-link").first
    trigger = link.inner_text()
    link.click()
    page.wait_for_url(re.compile(r"/articles/.+#c\d+$"))
    anchor = page.locator(page.evaluate("location.hash"))
    assert anchor.count() == 1 and anchor.is_visible()
    sentence = page.evaluate("""() => {
        const anchor = document.querySelector(location.hash);
        let text = "", node = anchor.nextSibling;
        while (node && text.length < 300) { text += node.textContent; node = node.nextSibling; }
        return text; }""")
    assert trigger in sentence.split(".")[0] + "."


def test_the_dyad_timeline_draws_a_bar_per_period_and_kind(page, sqlite_server):
    page.goto(f"{sqlite_server.url}/dyad?source=Lavrov&target=Wang&period=month")
    page.locator("#dyad-chart .main-svg").first.wait_for()
    _, _, dyad = sqlite_server.json("/api/dyads?source=Lavrov&target=Wang&period=month")
    bars = page.locator("#dyad-chart .barlayer .point")
    assert bars.count() == 2 * len(dyad["periods"]) == 6
    _screenshot(page, "dyad")


def test_the_network_draws_every_actor_and_pair(page, sqlite_server):
    page.goto(f"{sqlite_server.url}/network")
    page.locator("#network-chart .main-svg").first.wait_for()
    _, _, graph = sqlite_server.json("/api/network?limit=60")
    assert page.locator("#network-chart .scatterlayer .trace:last-child .point").count() == len(graph["nodes"])
    assert page.locator("#network-chart .scatterlayer .js-line").count() == len(graph["edges"])
    _screenshot(page, "network")


def test_the_actor_page_charts_events_per_month(page, sqlite_server):
    page.goto(f"{sqlite_server.url}/actor?name=Lavrov")
    page.locator("#actor-months .main-svg").first.wait_for()
    _, _, profile = sqlite_server.json("/api/actor?actor=Lavrov")
    assert page.locator("#actor-months .barlayer .point").count() == len(profile["months"])
    assert "Wang Yi" in page.inner_text("main")


def test_script_and_markup_in_an_article_render_as_text(page, sqlite_server):
    hostile = _article_id(sqlite_server, "hostile")
    for path in (f"/articles/{hostile}", "/", "/events?actor=Macron", "/quotes", "/network", "/actor?name=Martin"):
        page.goto(sqlite_server.url + path)
        page.wait_for_load_state("load")
        assert page.locator("main script:not([type='application/json'])").count() == 0
        assert page.locator("main img, main b, main i").count() == 0
    page.goto(f"{sqlite_server.url}/articles/{hostile}")
    text = page.inner_text("#text")
    assert "<script>alert(1)</script>" in text and 'onerror="alert(2)"' in text
    assert page.locator("a[href^='javascript:']").count() == 0
    page.locator(".mark.quote").first.hover()
    assert "<script>" in page.inner_text("#tip") or page.locator("#tip script").count() == 0
    assert page.title().startswith("<script>alert('title')</script>")


def test_the_happenings_table_counts_each_occurrence_once_and_leads_to_its_first_report(page, sqlite_server):
    page.goto(f"{sqlite_server.url}/happenings?actor=Lavrov&type=CONSULT")
    rows = page.locator("tr.happening-row")
    _, _, expected = sqlite_server.json("/api/happenings?actor=Lavrov&type=CONSULT")
    assert rows.count() == len(expected["items"]) == 4
    rows.first.locator("a.first-report").click()
    page.wait_for_url(re.compile(r"/articles/.+#event-E\d+$"))
    row = page.locator(page.evaluate("location.hash"))
    assert row.count() == 1 and "CONSULT" in row.inner_text()
