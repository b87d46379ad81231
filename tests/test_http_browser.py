"""GraphiQL in real headless Chromium, under the page's CSP, against a real uvicorn server.

Debian's chromium is driven by Playwright for Python (``executable_path``; nothing is
downloaded). A person opens /graphql, runs the example in the first tab, switches tab and
runs the next: the answers come back and the browser reports no blocked script or style.
"""

from __future__ import annotations

import csv
import html
import io
import json
import os
import re
import shutil
import time
from pathlib import Path

import httpx
import pytest

from govkg.app import create_app
from test_http_live import serving

CHROMIUM = Path("/usr/bin/chromium")
MIN_LABEL_PX = 12
SHOTS = Path(os.environ.get("GOVKG_SHOTS", "/tmp/govkg-shots"))
FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]

pytestmark = pytest.mark.skipif(
    not CHROMIUM.exists(),
    reason="Chromium is not installed at /usr/bin/chromium (apt-get install -y chromium)",
)


def _result_containing(page, text: str, limit: float = 15) -> str:
    """Poll from Python: the page's CSP forbids the eval that wait_for_function needs."""
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline:
        shown = page.inner_text(".result-window")
        if text in shown:
            return shown
        time.sleep(0.1)
    raise AssertionError(f"{text!r} never appeared; the result pane shows {shown[:300]!r}")


def test_graphiql_runs_the_examples_under_its_csp(kg):
    sync_api = pytest.importorskip("playwright.sync_api")
    with serving(create_app(kg)) as url, sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=FLAGS)
        try:
            page = browser.new_page()
            problems: list[str] = []
            page.on("pageerror", lambda error: problems.append(str(error)))
            page.on(
                "console",
                lambda m: problems.append(m.text) if m.type == "error" else None,
            )
            page.goto(f"{url}/graphql")
            page.wait_for_selector(".graphiql-execute-button", timeout=20000)
            tabs = page.inner_text(".graphiql-tabs")
            for name in ("FeedsOfAPlatform", "FundingLinesOfAYear", "PathBetweenUnits"):
                assert name in tabs
            page.click(".graphiql-execute-button")
            shown = _result_containing(page, '"totalCount": 4')
            # the result pane draws only the lines in view: the first feed is enough
            assert any(u in shown for u in ("市委组织部", "市委政法委", "市城管执法局"))
            page.click("text=PathBetweenUnits")
            page.wait_for_timeout(600)  # GraphiQL reads the operation name after an edit pause
            page.click(".graphiql-execute-button")
            _result_containing(page, "一网统管")
            assert problems == []
        finally:
            browser.close()


def test_graphiql_downloads_the_current_answer_as_csv_and_json(kg, tmp_path):
    sync_api = pytest.importorskip("playwright.sync_api")
    with serving(create_app(kg)) as url, sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=FLAGS)
        try:
            page = browser.new_page(accept_downloads=True)
            problems: list[str] = []
            page.on("pageerror", lambda error: problems.append(str(error)))
            page.goto(f"{url}/graphql")
            page.wait_for_selector("[data-download=csv]", timeout=20000)
            page.screenshot(path=str(SHOTS / "graphiql-download-buttons.png"))
            files = {}
            for kind in ("csv", "json"):
                with page.expect_download(timeout=15000) as caught:
                    page.click(f"[data-download={kind}]")
                files[kind] = tmp_path / caught.value.suggested_filename
                caught.value.save_as(files[kind])
            assert problems == []
        finally:
            browser.close()
    # the first tab, FeedsOfAPlatform: the same feeds in both files
    answer = json.loads(files["json"].read_text(encoding="utf-8"))
    feeds = answer["data"]["feeds"]
    rows = list(csv.DictReader(io.StringIO(files["csv"].read_text(encoding="utf-8-sig"))))
    assert files["csv"].name == "answer.csv"
    assert len(rows) == len(feeds["nodes"]) == feeds["totalCount"]
    assert [row["unit.name"] for row in rows] == [n["unit"]["name"] for n in feeds["nodes"]]


def _svg_font_sizes(svg: str) -> tuple[float, list[float]]:
    """The drawing's width in its own units and the font size of each of its texts."""
    view_box = re.search(r'viewBox="([-\d.]+) ([-\d.]+) ([\d.]+) ([\d.]+)"', svg)
    sizes = [float(size) for size in re.findall(r'<text[^>]*font-size="([\d.]+)"', svg)]
    return float(view_box.group(3)), sizes


@pytest.mark.skipif(
    shutil.which("dot") is None, reason="Graphviz is not installed (apt-get install -y graphviz)"
)
@pytest.mark.parametrize("node_id", ["platform/yiwangtongguan", "unit/yiyang-bdc"])
def test_the_entity_pages_picture_keeps_labels_readable_at_800x500(kg, node_id):
    """The neighbourhood picture is shown at its own size (scrolling sideways), so each of its
    labels is at least 12 CSS px on a 800x500 screen; measured from the drawn <img> and the
    SVG's own units."""
    sync_api = pytest.importorskip("playwright.sync_api")
    with serving(create_app(kg)) as url, sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=FLAGS)
        try:
            page = browser.new_page(viewport={"width": 800, "height": 500}, locale="zh-CN")
            page.goto(f"{url}/id/{node_id}")
            assert page.get_attribute("html", "lang") == "zh"
            picture = page.locator("img.picture[src^=\"/export/svg\"]")  # the neighbourhood
            picture.scroll_into_view_if_needed()
            deadline = time.monotonic() + 30
            while not picture.evaluate("img => img.complete && img.naturalWidth > 0"):
                assert time.monotonic() < deadline, "the picture never loaded"
                time.sleep(0.1)
            picture.evaluate("img => img.scrollIntoView({block: 'start'})")
            drawn = picture.bounding_box()
            source = picture.get_attribute("src")
            SHOTS.mkdir(parents=True, exist_ok=True)
            shot = SHOTS / f"id-picture-{node_id.replace('/', '-')}-800x500.png"
            page.screenshot(path=str(shot))
        finally:
            browser.close()
        svg = httpx.get(url + html.unescape(source), timeout=60).text
    width, sizes = _svg_font_sizes(svg)
    assert sizes, "the SVG has no text"
    smallest = min(sizes) * drawn["width"] / width
    assert smallest >= MIN_LABEL_PX, f"smallest label {smallest:.1f} px ({shot})"
    print(f"/id/{node_id} picture at 800x500: smallest label {smallest:.1f} px; {shot}")
