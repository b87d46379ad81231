"""A person in real headless Chromium, against a real uvicorn server: searches from the
header, opens the funding lines, narrows them with two facets, sorts by amount with a click
on the header, and downloads the CSV, which holds the GraphQL answer for the same filter to
the fen. Screenshots are kept (``GOVKG_SHOTS``, default ``/tmp/govkg-shots``) to look at."""

from __future__ import annotations

import csv
import io
import os
import time
from decimal import Decimal
from pathlib import Path
from urllib.parse import parse_qsl, urlsplit

import pytest

from conftest import ask
from govkg.app import create_app
from test_http_live import serving

CHROMIUM = Path("/usr/bin/chromium")
SHOTS = Path(os.environ.get("GOVKG_SHOTS", "/tmp/govkg-shots"))
FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
BIG = """{ fundingLines(where: {year: 2023, amountMin: "1000000"}, orderBy: AMOUNT_DESC,
  first: 100) { totalCount nodes { id name amount { amount basis } } } }"""

pytestmark = pytest.mark.skipif(
    not CHROMIUM.exists(),
    reason="Chromium is not installed at /usr/bin/chromium (apt-get install -y chromium)",
)


def _query(page) -> dict[str, str]:
    return dict(parse_qsl(urlsplit(page.url).query))


def _click_to(page, selector: str) -> None:
    """Click a link and wait for the page it opens."""
    with page.expect_navigation(timeout=15000):
        page.click(selector)


def test_search_narrow_sort_and_download_the_big_lines_of_2023(kg, tmp_path):
    sync_api = pytest.importorskip("playwright.sync_api")
    lines = ask(kg, BIG)["fundingLines"]["nodes"]
    with serving(create_app(kg)) as url, sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=FLAGS)
        try:
            page = browser.new_page(
                viewport={"width": 1440, "height": 900}, locale="zh-CN", accept_downloads=True
            )
            problems: list[str] = []
            page.on("pageerror", lambda error: problems.append(str(error)))
            page.on("console", lambda m: problems.append(m.text) if m.type == "error" else None)

            # search from the header of any page
            page.goto(f"{url}/id/unit/yiyang-bdc")
            page.fill("nav form.search input[name=q]", "yiwangtongguan")
            with page.expect_navigation(timeout=15000):
                page.press("nav form.search input[name=q]", "Enter")
            assert urlsplit(page.url).path == "/search"
            found = page.locator(
                'section[data-kind="platform"] a[href="/id/platform/yiwangtongguan"]'
            )
            assert found.inner_text() == "一网统管"

            # the funding lines, from the nav
            _click_to(page, "nav >> text=浏览表格")
            _click_to(page, 'tr[data-table="funding-lines"] a')
            assert urlsplit(page.url).path == "/browse/funding-lines"

            # two facets, by clicking their values
            _click_to(page, 'section[data-facet="year"] li[data-value="2023"] a')
            _click_to(page, 'section[data-facet="amount_min"] li[data-value="1000000"] a')
            assert _query(page) == {"year": "2023", "amount_min": "1000000"}

            # sort by amount: one click on the header, the largest first
            _click_to(page, "th.col-amount a")
            assert _query(page) == {
                "year": "2023", "amount_min": "1000000", "order": "amount", "desc": "1"
            }  # fmt: skip
            shown = page.locator("tbody tr").evaluate_all("rows => rows.map(r => r.dataset.id)")
            assert shown == [n["id"] for n in lines]
            cells = page.locator("td.amount").evaluate_all(
                "cells => cells.map(c => c.dataset.yuan)"
            )
            assert cells == [n["amount"]["amount"] for n in lines]

            # amounts line up on their right edge; the facets sit beside the table
            edges = page.locator("td.amount").evaluate_all(
                "cells => cells.map(c => Math.round(c.getBoundingClientRect().right))"
            )
            assert len(set(edges)) == 1, edges
            side = page.locator("aside.facets").bounding_box()
            table = page.locator("table.browse-table").bounding_box()
            assert side["x"] + side["width"] <= table["x"]
            assert abs(side["y"] - table["y"]) < 200

            SHOTS.mkdir(parents=True, exist_ok=True)
            page.screenshot(path=str(SHOTS / "browse-funding-lines.png"), full_page=True)

            # the CSV: every row the filter and order select
            with page.expect_download(timeout=15000) as caught:
                page.click("p.summary a[href*='.csv']")
            saved = tmp_path / caught.value.suggested_filename
            caught.value.save_as(saved)

            # the same page in English, for a look
            page.goto(page.url + "&lang=en")
            page.screenshot(path=str(SHOTS / "browse-funding-lines-en.png"), full_page=True)
            time.sleep(0.1)
            assert problems == []
        finally:
            browser.close()
    assert saved.name == "govkg-funding-lines.csv"
    body = saved.read_bytes()
    assert body.startswith("\ufeff".encode())
    rows = list(csv.DictReader(io.StringIO(body.decode("utf-8-sig"))))
    assert [r["id"] for r in rows] == [n["id"] for n in lines]
    assert [r["name"] for r in rows] == [n["name"] for n in lines]
    assert [r["amount"] for r in rows] == [n["amount"]["amount"] for n in lines]  # to the fen
    assert [r["basis"] for r in rows] == [n["amount"]["basis"] for n in lines]
    assert sum(Decimal(r["amount"]) for r in rows) == sum(
        Decimal(n["amount"]["amount"]) for n in lines
    )
