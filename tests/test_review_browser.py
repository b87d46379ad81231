"""A reviewer settles facts of real reports' drafts in real headless Chromium.

Debian's chromium driven by Playwright (``executable_path``; nothing downloaded), against a
real uvicorn server on loopback serving a copy of the seed with drafts of real reports. On
儋州市人民法院 2018 the reviewer logs in through the form, accepts an amount, rejects a
section number read as an indicator, and sees a stale page refused; on a 扶贫 fund's report
(names no unit, states no year) gives an unread figure its kind. On 长沙市大数据中心 2021 the extractor read the staff table's 编制数 (37) as
the number of staff in post; the table says 32 (控制率 86.49% = 32/37): the reviewer
corrects the value (a typo first, refused naming the field) and moves its span onto the
32. On 西藏自治区外事办公室's report, which states no fiscal year, the reviewer gives it.
The YAML on disk and the served GraphQL answers change as decided. Screenshots are kept in
``artifacts/`` (review.png, review-edit.png, review-year.png) for people to look at.

Waits poll the page's own signals (its status line, ``aria-busy``) with generous limits, so
a busy machine makes the test slower, not flaky.
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
UNREAD_REPORT = REPORT.with_name("67_youfu-fund-evaluation-template-trad.txt")
UNREAD_DOC = "weishumingdebaogaodanwei-year-unknown"  # names no unit, states no year
UNREAD = f"money_figures/{UNREAD_DOC}-money-5"  # 39.118萬元, the sum of the fund's parts
SECTION = f"indicators/{DOC}-menzhizegaishu"  # "1.1部门职责概述": a heading, not a figure
STAFFED = REPORT.with_name("01_changsha-bigdata-center-2021.txt")
STAFF_DOC = "cssdsjzx-2021"
STAFF = f"indicators/{STAFF_DOC}-zaizhirenshu"  # 在职人数 read as 37, the 编制数 beside it
NO_YEAR = REPORT.with_name("35_xizang-fao-video-conf-2023.txt")
PATIENCE = 90_000  # ms a step may take on a busy machine before it counts as failed

pytestmark = pytest.mark.skipif(
    not CHROMIUM.exists(),
    reason="Chromium is not installed at /usr/bin/chromium (apt-get install -y chromium)",
)


def awaiting(url: str) -> int:
    query = "{ documents { id awaitingReview } }"
    data = ask(url, query)
    return next(d["awaitingReview"] for d in data["documents"] if d["id"] == f"document/{DOC}")


def money_kinds(url: str, document: str) -> dict[str, str]:
    query = "{ documents { id moneyFigures { id kind } } }"
    data = ask(url, query)
    found = next(d for d in data["documents"] if d["id"] == f"document/{document}")
    figures = found["moneyFigures"]
    return {f["id"].rsplit("/", 1)[-1]: f["kind"] for f in figures}


def ask(url: str, query: str) -> dict:
    answer = httpx.post(f"{url}/graphql", json={"query": query}, timeout=60).json()
    assert "errors" not in answer, answer["errors"]
    return answer["data"]


def settled(page, text: str, limit: float = PATIENCE / 1000) -> str:
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


def launch(playwright):
    return playwright.chromium.launch(executable_path=str(CHROMIUM), args=FLAGS)


def watched(browser, problems: list[str], **options):
    """A page whose script errors are collected in ``problems``."""
    context = browser.new_context(viewport={"width": 1280, "height": 800}, **options)
    context.set_default_timeout(PATIENCE)
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
    return page


def test_a_reviewer_settles_facts_of_a_real_report_in_chromium(seed_copy):
    sync_api = pytest.importorskip("playwright.sync_api")
    assert ingest(REPORT, seed_copy).document == DOC
    assert ingest(STAFFED, seed_copy).document == STAFF_DOC
    assert ingest(UNREAD_REPORT, seed_copy).document == UNREAD_DOC
    stored = yaml.safe_load((seed_copy / f"{STAFF_DOC}.yaml").read_text(encoding="utf-8"))
    staff_text = (seed_copy / stored["documents"][0]["file"]).read_text(encoding="utf-8")
    table = staff_text.index("\n37\n\n32\n")  # 编制数 37, 实际在职人数 32, 控制率 86.49%
    staff_query = (
        f'{{ node(id: "indicator/{STAFF_DOC}-zaizhirenshu") '
        "{ ... on Indicator { value provenance } } }"
    )
    source = LocalSource(seed_copy, DEFAULT_BASE)
    app = create_app(source.current(), Settings(review_token=TOKEN, sparql_workers=1), source)
    problems: list[str] = []
    with serving(app) as url, sync_api.sync_playwright() as playwright:
        before = awaiting(url)
        assert before == 48
        assert ask(url, staff_query)["node"] == {"value": "37", "provenance": "extracted"}
        browser = launch(playwright)
        try:
            page = watched(browser, problems, locale="zh-CN")
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

            # reject a heading read as an indicator, by keyboard: r, then r again
            card(page, SECTION).locator(".what").click()
            page.keyboard.press("r")
            assert "再按一次" in card(page, SECTION).locator("button.reject").inner_text()
            page.keyboard.press("r")
            settled(page, "已驳回：…门职责概述")
            assert card(page, SECTION).count() == 0
            assert f"{before - 2} 条待审核" in page.inner_text("#counts")
            assert page.locator("article.fact.curated").count() == 1
            card(page, TOTAL).locator(".what").click()
            ARTIFACTS.mkdir(exist_ok=True)
            page.screenshot(path=str(ARTIFACTS / "review.png"))

            # the served graph changed as decided
            assert awaiting(url) == before - 2

            # a page read before someone else's decision is refused, and says so
            assert main(["review", DOC, "--into", str(seed_copy), "--accept-all-of", "unit"]) == 0
            card(page, "projects/zhichuxiangmu").locator("button[data-action=accept]").click()
            settled(page, "草稿在本页打开后已被改动")
            page.click("#status button")
            page.wait_for_selector("#review")
            assert f"{before - 5} 条待审核" in page.inner_text("#counts")

            # an unread figure is the year's budget: give it its kind
            page.goto(f"{url}/review/{UNREAD_DOC}")
            page.wait_for_selector("#review")
            unread = card(page, UNREAD)
            unread.locator(".what").click()
            page.keyboard.press("e")
            unread.locator("select[name=kind]").select_option("budget")
            unread.locator("button[type=submit]").click()
            settled(page, "已修改")
            assert card(page, UNREAD).get_attribute("data-state") == "curated"
            assert money_kinds(url, UNREAD_DOC)[f"{UNREAD_DOC}-money-5"] == "BUDGET"

            # a wrong figure corrected to what the report states, its span moved onto it
            page.goto(f"{url}/review/{STAFF_DOC}")
            page.wait_for_selector("#review")
            staff = card(page, STAFF)
            assert "37" in staff.locator("dl.rows").inner_text()
            staff.locator("button[data-action=edit]").click()
            staff.locator("input[name=amount]").fill("32人")  # a typo first: refused
            staff.locator("button[type=submit]").click()
            settled(page, "字段 amount 有误")
            assert "field 'amount'" in staff.locator(".problems").inner_text()
            assert staff.locator("input[name=amount]").get_attribute("aria-invalid") == "true"
            staff.locator("input[name=amount]").fill("32")
            staff.locator("input[name=end]").fill(str(table + len("\n37\n\n32")))
            staff.locator("button[type=submit]").click()
            settled(page, "已修改：在职人数")
            staff = card(page, STAFF)
            assert staff.get_attribute("data-state") == "curated"
            assert "32" in staff.locator("dl.rows").inner_text()
            assert staff.locator("blockquote").first.inner_text().endswith("32")
            staff.locator(".what").click()
            page.screenshot(path=str(ARTIFACTS / "review-edit.png"))
            assert ask(url, staff_query)["node"] == {"value": "32", "provenance": "curated"}
        finally:
            browser.close()
    assert problems == []

    draft = yaml.safe_load((seed_copy / f"{DOC}.yaml").read_text(encoding="utf-8"))
    lines = {line["id"]: line for line in draft["funding_lines"]}
    assert lines[f"{DOC}-zhichu"]["provenance"] == "curated"
    assert "rule" not in lines[f"{DOC}-zhichu"]
    assert lines[f"{DOC}-zhichu"]["amount"] == "55604600"
    assert f"{DOC}-menzhizegaishu" not in {i["id"] for i in draft["indicators"]}
    given = yaml.safe_load((seed_copy / f"{UNREAD_DOC}.yaml").read_text(encoding="utf-8"))
    figure = next(f for f in given["money_figures"] if f["id"] == f"{UNREAD_DOC}-money-5")
    assert (figure["kind"], figure["amount"], figure["provenance"]) == (
        "budget",
        "391180",
        "curated",
    )
    assert "read" not in figure
    assert "reason" not in figure
    staffed = yaml.safe_load((seed_copy / f"{STAFF_DOC}.yaml").read_text(encoding="utf-8"))
    (fixed,) = staffed["indicators"]
    assert (fixed["value"], fixed["provenance"]) == ("32", "curated")
    assert fixed["sources"][0]["quote"].endswith("37\n\n32")
    assert (ARTIFACTS / "review.png").stat().st_size > 20_000
    assert (ARTIFACTS / "review-edit.png").stat().st_size > 20_000


def test_a_unit_other_facts_refer_to_is_rejected_with_them_in_one_batch(seed_copy):
    """科室 ("sections", a generic word read as a unit) is the start of a part-of relation:
    rejecting it alone is refused, and the page offers to reject both together."""
    sync_api = pytest.importorskip("playwright.sync_api")
    report = REPORT.with_name("06_changde-egov-office-2016.txt")
    document = ingest(report, seed_copy).document
    source = LocalSource(seed_copy, DEFAULT_BASE)
    app = create_app(source.current(), Settings(review_token=TOKEN, sparql_workers=1), source)
    with serving(app) as url, sync_api.sync_playwright() as playwright:
        browser = launch(playwright)
        try:
            page = watched(browser, [], locale="en-GB")
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


def test_a_report_of_unknown_year_is_given_its_year_on_the_page(seed_copy):
    """西藏自治区外事办公室's project report states no fiscal year: the list of drafts says
    so, the report's card takes the year (a wrong one first, refused naming the field), and
    the served graph answers with it."""
    sync_api = pytest.importorskip("playwright.sync_api")
    document = ingest(NO_YEAR, seed_copy).document
    query = "{ documents { id fiscalYear } }"
    source = LocalSource(seed_copy, DEFAULT_BASE)
    app = create_app(source.current(), Settings(review_token=TOKEN, sparql_workers=1), source)
    problems: list[str] = []
    with serving(app) as url, sync_api.sync_playwright() as playwright:
        years = {d["id"]: d["fiscalYear"] for d in ask(url, query)["documents"]}
        assert years[f"document/{document}"] is None
        browser = launch(playwright)
        try:
            page = watched(browser, problems, locale="zh-CN")
            page.goto(f"{url}/review/login")
            page.fill("input[name=token]", TOKEN)
            page.click("form.review-login button[type=submit]")
            page.wait_for_selector("table.review-index")
            link = page.locator(f'a[href="/review/{document}"]')
            row = page.locator("table.review-index tr", has=link)
            assert "报告未写明财政年度" in row.inner_text()
            link.click()
            page.wait_for_selector("#review")
            report = card(page, f"documents/{document}")
            assert "报告未写明财政年度" in report.inner_text()
            report.locator("button[data-action=edit]").click()
            field = report.locator("input[name=year]")
            assert field.input_value() == ""
            field.fill("二〇二三")  # a year, but not in digits: refused, naming the field
            report.locator("button[type=submit]").click()
            settled(page, "字段 year 有误")
            assert "field 'year'" in report.locator(".problems").inner_text()
            assert field.get_attribute("aria-invalid") == "true"
            field.fill("2023")
            report.locator("button[type=submit]").click()
            settled(page, "已修改：")
            report = card(page, f"documents/{document}")
            assert report.get_attribute("data-state") == "curated"
            assert "2023" in report.locator("dl.rows").inner_text()
            assert "报告未写明财政年度" not in report.inner_text()
            report.locator(".what").click()
            ARTIFACTS.mkdir(exist_ok=True)
            page.screenshot(path=str(ARTIFACTS / "review-year.png"))
            years = {d["id"]: d["fiscalYear"] for d in ask(url, query)["documents"]}
            assert years[f"document/{document}"] == 2023
        finally:
            browser.close()
    assert problems == []
    draft = yaml.safe_load((seed_copy / f"{document}.yaml").read_text(encoding="utf-8"))
    record = draft["documents"][0]
    assert (record["fiscal_year"], record["provenance"]) == (2023, "curated")
    assert "year_unknown" not in record
