"""The embed page in real headless Chromium against a real uvicorn server on loopback.

Debian's chromium is driven by Playwright for Python (``executable_path``, no browser
download). The screenshot is kept as ``artifacts/embed.png`` for people to look at.
"""

from __future__ import annotations

import contextlib
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import uvicorn

from export_fixtures import FOCUS, nasty_graph
from govkg.app import create_app

CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = Path(__file__).resolve().parent.parent / "artifacts"
FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
CLICKED = "unit/shiwei-zhengfawei"

pytestmark = pytest.mark.skipif(
    not CHROMIUM.exists(), reason="Chromium is not installed at /usr/bin/chromium (apt-get install -y chromium)"
)

# pairs of nodes whose boxes (labels included) overlap on screen
OVERLAPS = """() => {
  const nodes = window.govkgEmbed.cy.nodes().toArray(), found = [];
  for (let i = 0; i < nodes.length; i++) for (let j = i + 1; j < nodes.length; j++) {
    const a = nodes[i].boundingBox({includeLabels: true});
    const b = nodes[j].boundingBox({includeLabels: true});
    if (a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2)
      found.push(nodes[i].id() + " x " + nodes[j].id());
  }
  return found;
}"""
POSITION = """id => {
  const box = document.getElementById("graph").getBoundingClientRect();
  const at = window.govkgEmbed.cy.getElementById(id).renderedPosition();
  return {x: box.left + at.x, y: box.top + at.y};
}"""


EMPTY_SPOT = """() => {
  const cy = window.govkgEmbed.cy, box = document.getElementById("graph").getBoundingClientRect();
  const boxes = cy.nodes().map(n => n.renderedBoundingBox({includeLabels: true}));
  for (let y = 80; y < box.height - 60; y += 20) for (let x = 40; x < box.width - 40; x += 20) {
    if (!boxes.some(b => x > b.x1 - 10 && x < b.x2 + 10 && y > b.y1 - 10 && y < b.y2 + 10))
      return {x: box.left + x, y: box.top + y};
  }
  return null;
}"""


def wait_until(page, expression: str, timeout: float = 10.0) -> None:
    """Poll ``expression`` with ``page.evaluate``: Playwright's ``wait_for_function`` needs
    eval, which the page's CSP (rightly) forbids."""
    deadline = time.monotonic() + timeout
    while not page.evaluate(expression):
        if time.monotonic() > deadline:
            raise AssertionError(f"still false after {timeout} s: {expression}")
        time.sleep(0.05)


@contextlib.contextmanager
def serving(kg) -> Iterator[str]:
    """A uvicorn server on a free loopback port, in a thread, for the duration."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    app = create_app(kg)  # the real app: every middleware, the embed page's own CSP
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("uvicorn did not start")
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)


@pytest.fixture(scope="module")
def browser():
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=FLAGS)
        yield chromium
        chromium.close()


def open_embed(browser, url: str):
    page = browser.new_page(viewport={"width": 1100, "height": 650})
    problems: list[str] = []
    page.on("console", lambda m: problems.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda error: problems.append(str(error)))
    page.on(
        "dialog", lambda dialog: (problems.append("dialog: " + dialog.message), dialog.dismiss())
    )
    page.goto(url)
    wait_until(page, "document.body.dataset.ready === 'true'", timeout=15)
    return page, problems


def test_embed_page_expands_a_clicked_node_and_shows_its_citations(browser, kg):
    with serving(kg) as origin:
        page, problems = open_embed(browser, f"{origin}/embed/{FOCUS}")
        before = page.evaluate("window.govkgEmbed.cy.nodes().length")
        assert before == len({n.id for n in kg.service.neighbours(FOCUS, 1)} | {FOCUS})
        assert page.evaluate(OVERLAPS) == []

        at = page.evaluate(POSITION, CLICKED)
        page.mouse.click(at["x"], at["y"])
        wait_until(page, "document.getElementById('p-name').textContent === '市委政法委'")
        wait_until(page, f"window.govkgEmbed.cy.nodes().length > {before}")
        cites = page.text_content("#p-cites")
        for citation in kg.catalog.nodes[CLICKED].sources:
            assert citation.quote in cites
        assert page.get_attribute("#p-link", "href") == f"/id/{CLICKED}"
        assert page.evaluate(OVERLAPS) == []
        ARTIFACTS.mkdir(exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / "embed.png"))

        zoom = page.evaluate("window.govkgEmbed.cy.zoom()")
        page.mouse.move(300, 300)
        page.mouse.wheel(0, -400)
        wait_until(page, f"Math.abs(window.govkgEmbed.cy.zoom() - {zoom}) > 0.01")
        pan = page.evaluate("window.govkgEmbed.cy.pan()")
        spot = page.evaluate(EMPTY_SPOT)
        page.mouse.move(spot["x"], spot["y"])
        page.mouse.down()
        page.mouse.move(spot["x"] + 80, spot["y"] + 40, steps=8)
        page.mouse.up()
        assert page.evaluate("window.govkgEmbed.cy.pan()") != pan
        assert problems == []
        page.close()


def test_hostile_labels_show_as_text_in_the_browser(browser, kg):
    with serving(nasty_graph(kg)) as origin:
        page, problems = open_embed(browser, f"{origin}/embed/{FOCUS}")
        name = page.text_content("#p-name")
        assert '<script>alert("x")</script>' in name
        assert page.evaluate("document.querySelectorAll('script:not([src])').length") == 0
        at = page.evaluate(POSITION, CLICKED)
        page.mouse.click(at["x"], at["y"])
        wait_until(page, "document.getElementById('p-name').textContent === '市委政法委'")
        button = page.locator("#p-neighbours button", has_text="<script>")
        button.click()
        wait_until(page, "document.getElementById('p-name').textContent.includes('<script>')")
        assert problems == []
        page.close()
