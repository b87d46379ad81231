"""GraphiQL in real headless Chromium, under the page's CSP, against a real uvicorn server.

Debian's chromium is driven by Playwright for Python (``executable_path``; nothing is
downloaded). A person opens /graphql, runs the example in the first tab, switches tab and
runs the next: the answers come back and the browser reports no blocked script or style.
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from govkg.app import create_app
from test_http_live import serving

CHROMIUM = Path("/usr/bin/chromium")
FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]

pytestmark = pytest.mark.skipif(
    not CHROMIUM.exists(), reason="Chromium is not installed at /usr/bin/chromium (apt-get install -y chromium)"
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
