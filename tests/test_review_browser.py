"""A reviewer settles facts of a real report's draft in real headless Chromium.

Debian's chromium driven by Playwright (``executable_path``; nothing downloaded), against a
real uvicorn server on loopback serving a copy of the seed with the draft of a real report
(儋州市人民法院, 2018). The reviewer logs in through the form, accepts an amount, corrects
a figure the extractor could not read (first with a typo, which is refused naming the
field), rejects a section number read as an indicator, and sees a stale page refused. The
YAML on disk and the served GraphQL answer change as decided. The screenshot is kept as
``artifacts/review.png`` for people to look at.
"""

from __future__ import annotations

import time
from pathlib import Path

import httpx
import pytest
import yaml

from govkg.app import create_app
from govkg.cli import main
from govkg.graph.rdf import DEFAULT_BASE
from govkg.http.settings import Settings
from govkg.ingest.write import ingest
from govkg.stores.sources import LocalSource
from test_http_live import serving

CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = Path(__file__).resolve().parent.parent / "artifacts"
FLAGS = ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"]
TOKEN = "review-" + "b" * 24
REPORT = Path(__file__).parent / "fixtures/real-reports/10_danzhou-renmin-fayuan-2018.txt"
DOC = "danzhoushirenminfayuan-2018"
TOTAL = f"funding_lines/{DOC}-zhichu"  # 2018年度支出5560.46万元: right, accepted
UNREAD = f"money_figures/{DOC}-money-16"  # 案件审判411.95万元: the year's budget, unread
SECTION = f"indicators/{DOC}-menzhizegaishu"  # "1.1部门职责概述": a heading, not a figure

pytestmark = pytest.mark.skipif(
    not CHROMIUM.exists(),
    reason="Chromium is not installed at /usr/bin/chromium (apt-get install -y chromium)",
)


def awaiting(url: str) -> int:
    query = "{ documents { id awaitingReview } }"
    data = httpx.post(f"{url}/graphql", json={"query": query}, timeout=30).json()["data"]
    return next(d["awaitingReview"] for d in data["documents"] if d["id"] == f"document/{DOC}")


def money_kinds(url: str) -> dict[str, str]:
    query = "{ documents { id moneyFigures { id kind } } }"
    data = httpx.post(f"{url}/graphql", json={"query": query}, timeout=30).json()["data"]
    figures = next(d for d in data["documents"] if d["id"] == f"document/{DOC}")["moneyFigures"]
    return {f["id"].rsplit("/", 1)[-1]: f["kind"] for f in figures}


def settled(page, text: str, limit: float = 30) -> str:
    """Poll from Python (the page's CSP forbids the eval wait_for_function needs) until the
    status line says ``text`` and no decision is in flight."""
    deadline = time.monotonic() + limit
    shown = ""
    while time.monotonic() < deadline:
        shown = page.inner_text("#status")
        if text in shown and page.get_attribute("#review", "aria-busy") is None:
            return shown
        time.sleep(0.1)
    raise AssertionError(f"{text!r} never appeared; the status line shows {shown!r}")


def card(page, fact: str):
    return page.locator(f'article.fact[data-fact="{fact}"]')


def in_view(page, selector: str, pane: str) -> bool:
    """``selector``'s box lies within ``pane``'s visible box."""
    box, frame = page.locator(selector).first.bounding_box(), page.locator(pane).bounding_box()
    return (
        box is not None
        and frame["y"] <= box["y"]
        and box["y"] + box["height"] <= (frame["y"] + frame["height"])
    )


def test_a_reviewer_settles_facts_of_a_real_report_in_chromium(seed_copy):
    sync_api = pytest.importorskip("playwright.sync_api")
    assert ingest(REPORT, seed_copy).document == DOC
    source = LocalSource(seed_copy, DEFAULT_BASE)
    app = create_app(source.current(), Settings(review_token=TOKEN, sparql_workers=1), source)
    problems: list[str] = []
    with serving(app) as url, sync_api.sync_playwright() as playwright:
        before = awaiting(url)
        assert before == 48
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=FLAGS)
        try:
            context = browser.new_context(viewport={"width": 1280, "height": 800}, locale="zh-CN")
            page = context.new_page()
            page.on("pageerror", lambda error: problems.append(str(error)))
            page.on(
                "console",
                lambda m: (
                    problems.append(m.text)
                    if m.type == "error" and "Failed to load resource" not in m.text
                    else None
                ),
            )
            # the list of drafts asks for the token first
            page.goto(f"{url}/review")
            assert "/review/login" in page.url
            page.fill("input[name=token]", TOKEN)
            page.fill("input[name=name]", "审核员乙")
            page.click("form.review-login button[type=submit]")
            page.wait_for_selector("table.review-index")
            page.click(f'a[href="/review/{DOC}"]')
            page.wait_for_selector("#review")
            assert page.locator("html").get_attribute("lang") == "zh"

            # a fact shows its span, a span its fact
            card(page, SECTION).locator(".what").click()
            on = page.locator("#text mark.on")
            assert on.count() == 1
            assert on.inner_text() == "1.1部门职责概述"
            assert in_view(page, "#text mark.on", "section.pane:has(#text)")
            page.locator(f"#{card(page, TOTAL).get_attribute('data-mark')}").click()
            assert card(page, TOTAL).get_attribute("aria-current") == "true"
            assert in_view(page, f'article.fact[data-fact="{TOTAL}"]', "#facts")

            # accept an amount
            card(page, TOTAL).locator("button[data-action=accept]").click()
            settled(page, "已接受：支出")
            assert card(page, TOTAL).get_attribute("data-state") == "curated"

            # correct the unread figure: a typo first is refused, naming the field
            unread = card(page, UNREAD)
            unread.locator(".what").click()
            page.keyboard.press("e")
            unread.locator("input[name=amount]").fill("411.95万")
            unread.locator("button[type=submit]").click()
            settled(page, "字段 amount 有误")
            assert "field 'amount'" in unread.locator(".problems").inner_text()
            assert unread.locator("input[name=amount]").get_attribute("aria-invalid") == "true"
            unread.locator("input[name=amount]").fill("4119500")
            unread.locator("select[name=kind]").select_option("budget")
            unread.locator("button[type=submit]").click()
            settled(page, "已修改：案件审判")
            assert card(page, UNREAD).get_attribute("data-state") == "curated"

            # reject a heading read as an indicator, by keyboard: r, then r again
            card(page, SECTION).locator(".what").click()
            page.keyboard.press("r")
            assert "再按一次" in card(page, SECTION).locator("button.reject").inner_text()
            page.keyboard.press("r")
            settled(page, "已驳回：…门职责概述")
            assert card(page, SECTION).count() == 0
            assert f"{before - 3} 条待审核" in page.inner_text("#counts")
            assert page.locator("article.fact.curated").count() == 2
            card(page, TOTAL).locator(".what").click()
            ARTIFACTS.mkdir(exist_ok=True)
            page.screenshot(path=str(ARTIFACTS / "review.png"))

            # the served graph changed as decided
            assert awaiting(url) == before - 3
            assert money_kinds(url)[f"{DOC}-money-16"] == "BUDGET"

            # a page read before someone else's decision is refused, and says so
            assert main(["review", DOC, "--into", str(seed_copy), "--accept-all-of", "unit"]) == 0
            card(page, "projects/zhichuxiangmu").locator("button[data-action=accept]").click()
            settled(page, "草稿在本页打开后已被改动")
            page.click("#status button")
            page.wait_for_selector("#review")
            assert f"{before - 6} 条待审核" in page.inner_text("#counts")
        finally:
            browser.close()
    assert problems == []

    draft = yaml.safe_load((seed_copy / f"{DOC}.yaml").read_text(encoding="utf-8"))
    lines = {line["id"]: line for line in draft["funding_lines"]}
    assert lines[f"{DOC}-zhichu"]["provenance"] == "curated"
    assert "rule" not in lines[f"{DOC}-zhichu"]
    assert lines[f"{DOC}-zhichu"]["amount"] == "55604600"
    figure = next(f for f in draft["money_figures"] if f["id"] == f"{DOC}-money-16")
    assert (figure["kind"], figure["amount"], figure["provenance"]) == (
        "budget",
        "4119500",
        "curated",
    )
    assert "read" not in figure
    assert "reason" not in figure
    assert f"{DOC}-menzhizegaishu" not in {i["id"] for i in draft["indicators"]}
    assert (ARTIFACTS / "review.png").stat().st_size > 20_000


def test_a_unit_other_facts_refer_to_is_rejected_with_them_in_one_batch(seed_copy):
    """科室 ("sections", a generic word read as a unit) is the start of a part-of relation:
    rejecting it alone is refused, and the page offers to reject both together."""
    sync_api = pytest.importorskip("playwright.sync_api")
    report = REPORT.with_name("06_changde-egov-office-2016.txt")
    document = ingest(report, seed_copy).document
    source = LocalSource(seed_copy, DEFAULT_BASE)
    app = create_app(source.current(), Settings(review_token=TOKEN, sparql_workers=1), source)
    with serving(app) as url, sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=FLAGS)
        try:
            page = browser.new_page(viewport={"width": 1280, "height": 800}, locale="en-GB")
            page.goto(f"{url}/review/{document}?lang=en")
            page.fill("input[name=token]", TOKEN)
            page.click("form.review-login button[type=submit]")
            page.wait_for_selector("#review")
            assert page.locator("html").get_attribute("lang") == "en"
            unit = card(page, "units/keshi")
            unit.locator("button[data-action=reject]").click()
            unit.locator("button[data-action=reject]").click()
            settled(page, "Not saved; the draft is unchanged")
            assert "still refers to it" in unit.locator(".problems").inner_text()
            unit.locator(".problems button").click()
            settled(page, "rejected: 科室")
            assert card(page, "units/keshi").count() == 0
            assert card(page, f"relations/part-of:keshi:{document.split('-')[0]}").count() == 0
        finally:
            browser.close()
    draft = yaml.safe_load((seed_copy / f"{document}.yaml").read_text(encoding="utf-8"))
    assert "keshi" not in {u["id"] for u in draft["units"]}
    assert not any("keshi" in (r["from"], r["to"]) for r in draft["relations"])
