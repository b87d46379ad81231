"""/search and /browse through the real app: the same rows, order, amounts and facet counts
as GraphQL's search, where, orderBy and facets, on the bundled seed and on real reports."""

from __future__ import annotations

import csv
import html
import io
import json
import re
from collections import Counter
from decimal import Decimal

import pytest
from starlette.testclient import TestClient

from conftest import ask
from govkg.answers.browse import TABLES, tables_of
from govkg.app import create_app
from govkg.http.browsepages import PAGE_SIZE

BIG = "/browse/funding-lines?year=2023&amount_min=1000000&order=amount&desc=1"
BIG_QUERY = """{ fundingLines(where: {year: 2023, amountMin: "1000000"}, orderBy: AMOUNT_DESC,
  first: 100) { totalCount nodes { id name amount { amount basis } }
  facets(fields: [CATEGORY, YEAR, UNIT, DOCUMENT, PROVENANCE, BASIS, SPEND_TYPE]) {
    field values { value count } } } }"""


@pytest.fixture(scope="module")
def client(kg):
    with TestClient(create_app(kg)) as client:
        yield client


@pytest.fixture(scope="module")
def corpus(ingested_corpus_graph):
    """The bundled seed with every real report of tests/fixtures ingested into it."""
    return ingested_corpus_graph


@pytest.fixture(scope="module")
def corpus_client(corpus):
    with TestClient(create_app(corpus)) as client:
        yield client


def _ids(page: str) -> list[str]:
    return [html.unescape(i) for i in re.findall(r'<tr data-id="([^"]+)"', page)]


def _amounts(page: str) -> list[str]:
    return re.findall(r'data-yuan="([^"]+)"', page)


def _facets(page: str) -> dict[str, dict[str, int]]:
    """Each facet of the side bar: value -> the count shown beside it."""
    found = {}
    for name, body in re.findall(
        r'<section class="facet" data-facet="([^"]+)">(.*?)</section>', page, re.S
    ):
        found[name] = {
            html.unescape(value): int(count.replace(",", ""))
            for value, count in re.findall(
                r'<li data-value="([^"]*)".*?<span class="count">([\d,]+)</span>', body, re.S
            )
        }
    return found


def _csv(body: bytes) -> list[dict[str, str]]:
    assert body.startswith("\ufeff".encode())  # spreadsheets read the Chinese
    return list(csv.DictReader(io.StringIO(body.decode("utf-8-sig"))))


# search ---------------------------------------------------------------------------------
def test_search_finds_yiwangtongguan_by_pinyin_with_its_three_names(client):
    page = client.get("/search?q=yiwangtongguan")
    assert page.status_code == 200
    assert '<section class="search-group" data-kind="platform">' in page.text
    assert '<a href="/id/platform/yiwangtongguan" lang="zh">一网统管</a>' in page.text
    assert '<span class="muted" lang="zh-Latn">yi wang tong guan</span>' in page.text
    assert '<span lang="en">Unified City Operations Management Platform' in page.text


def test_search_groups_by_kind_as_graphql_search_finds_them(client, kg):
    page = client.get("/search", params={"q": "市"}).text
    groups = re.findall(
        r'<section class="search-group" data-kind="([^"]+)">(.*?)</section>', page, re.S
    )
    kinds = [kind for kind, _ in groups]
    assert {"unit", "platform", "project"} <= set(kinds)
    for kind, body in groups:
        enum = kind.upper().replace("-", "_")
        found = ask(kg, f'{{ search(query: "市", kind: {enum}, first: 10) {{ id }} }}')["search"]
        shown = re.findall(r'<li><a href="/id/([^"]+)"', body)
        assert shown == [n["id"] for n in found], kind


def test_a_kind_with_more_matches_links_to_its_table_filtered_by_the_text(client):
    page = client.get("/search", params={"q": "市"}).text
    more = re.search(r'<p class="more"><a href="(/browse/units\?name=[^"]+)">[^<]*?(\d+)', page)
    assert more, "no link to the units table"
    table = client.get(html.unescape(more.group(1))).text
    assert f"共 {more.group(2)} 行" in table


def test_an_empty_search_shows_the_box_and_a_hint(client):
    page = client.get("/search?q=")
    assert page.status_code == 200
    assert 'class="search-big"' in page.text
    assert "yiwangtongguan" in page.text  # an example to try


def test_a_search_text_over_200_characters_is_refused_with_a_reason(client):
    page = client.get("/search", params={"q": "市" * 201})
    assert page.status_code == 400
    assert "最多 200 个字符" in page.text
    assert (
        "at most 200 characters"
        in client.get("/search", params={"q": "x" * 201, "lang": "en"}).text
    )


@pytest.mark.parametrize(
    "path", ["/", "/id/platform/yiwangtongguan", "/browse", "/browse/units", "/search?q=x"]
)
def test_every_page_has_the_search_box(client, path):
    page = client.get(path).text
    assert '<form class="search" role="search" method="get" action="/search">' in page
    assert '<input type="search" name="q"' in page


def test_the_search_box_keeps_an_english_readers_choice(client):
    page = client.get("/id/platform/yiwangtongguan?lang=en").text
    assert '<input type="hidden" name="lang" value="en">' in page
    assert client.get("/search?q=yiwangtongguan&lang=en").text.startswith(
        '<!doctype html>\n<html lang="en">'
    )


# one table, every way out -----------------------------------------------------------------
def test_the_big_lines_of_2023_are_the_graphql_rows_in_the_graphql_order(client, kg):
    lines = ask(kg, BIG_QUERY)["fundingLines"]
    page = client.get(BIG)
    assert page.status_code == 200
    assert _ids(page.text) == [n["id"] for n in lines["nodes"]]
    assert _amounts(page.text) == [n["amount"]["amount"] for n in lines["nodes"]]
    assert len(lines["nodes"]) == lines["totalCount"] == 10
    # shown in 万元 and yuan, each amount with its basis
    assert "4,437.66 万元（44,376,600.00 元）" in page.text.replace("\xa0", " ")
    assert 'title="DERIVED">推算</span>' in page.text


def test_the_csv_holds_the_same_rows_with_the_same_amounts_to_the_fen(client, kg):
    lines = ask(kg, BIG_QUERY)["fundingLines"]["nodes"]
    answer = client.get(BIG.replace("funding-lines?", "funding-lines.csv?"))
    assert answer.status_code == 200
    assert answer.headers["content-type"] == "text/csv; charset=utf-8"
    assert answer.headers["content-disposition"] == 'attachment; filename="govkg-funding-lines.csv"'
    assert "content-length" not in answer.headers  # streamed
    rows = _csv(answer.content)
    assert [r["id"] for r in rows] == [n["id"] for n in lines]
    assert [r["amount"] for r in rows] == [n["amount"]["amount"] for n in lines]
    assert [r["basis"] for r in rows] == [n["amount"]["basis"] for n in lines]
    assert [r["name"] for r in rows] == [n["name"] for n in lines]
    assert sum(Decimal(r["amount"]) for r in rows) == sum(
        Decimal(n["amount"]["amount"]) for n in lines
    )


def test_the_json_holds_the_same_rows_as_the_csv(client):
    csv_rows = _csv(client.get(BIG.replace("funding-lines?", "funding-lines.csv?")).content)
    answer = client.get(BIG.replace("funding-lines?", "funding-lines.json?"))
    assert answer.status_code == 200
    data = json.loads(answer.content)
    assert data["total"] == len(data["rows"]) == len(csv_rows)
    assert data["filter"] == {"year": "2023", "amount_min": "1000000"}
    for record, row in zip(data["rows"], csv_rows, strict=True):
        assert record["id"] == row["id"]
        assert record["amount"] == row["amount"]  # a string: exact yuan
        assert "; ".join(record["documents"]) == row["documents"]


def test_the_facet_counts_are_the_graphql_facets(client, kg):
    lines = ask(kg, BIG_QUERY)["fundingLines"]
    shown = _facets(client.get(BIG).text)
    for facet in lines["facets"]:
        name = facet["field"].lower()
        assert shown.get(name, {}) == {v["value"]: v["count"] for v in facet["values"]}, name
    assert shown["year"] == {"2023": 10}


def test_a_facet_value_links_to_its_filter_and_a_second_click_removes_it(client):
    page = client.get("/browse/funding-lines").text
    link = re.search(r'<li data-value="2023"><a href="([^"]+)"', page).group(1)
    assert html.unescape(link) == "/browse/funding-lines?year=2023"
    narrowed = client.get(html.unescape(link)).text
    active = re.search(r'<li data-value="2023" class="active"><a href="([^"]+)"', narrowed)
    assert html.unescape(active.group(1)) == "/browse/funding-lines"
    assert 'class="remove" href="/browse/funding-lines"' in narrowed


def test_column_headers_sort_and_reverse(client, kg):
    page = client.get("/browse/funding-lines").text
    amount = re.search(r'class="col-amount num"><a href="([^"]+)"', page).group(1)
    assert html.unescape(amount) == "/browse/funding-lines?order=amount&desc=1"  # largest first
    ordered = client.get(html.unescape(amount)).text
    amounts = [Decimal(a) for a in _amounts(ordered)]
    assert amounts == sorted(amounts, reverse=True)
    again = re.search(r'aria-sort="descending"><a href="([^"]+)"', ordered).group(1)
    rising = [Decimal(a) for a in _amounts(client.get(html.unescape(again)).text)]
    assert rising == sorted(rising)
    by_name = client.get("/browse/funding-lines?order=name").text
    nodes = ask(kg, "{ fundingLines(orderBy: NAME) { nodes { id } } }")["fundingLines"]["nodes"]
    assert _ids(by_name) == [n["id"] for n in nodes]


BAD = [
    ("/browse/no-such-table", 404, "no-such-table"),
    ("/browse/units?year=twenty", 400, "twenty"),
    ("/browse/units?year=-1", 400, "-1"),
    ("/browse/funding-lines?amount_min=lots", 400, "lots"),
    ("/browse/funding-lines?amount_max=NaN", 400, "NaN"),
    ("/browse/funding-lines?amount_min=Infinity", 400, "Infinity"),
    ("/browse/units?order=size", 400, "size"),
    ("/browse/units?desc=yes", 400, "yes"),
    ("/browse/units?page=0", 400, "page"),
    ("/browse/units?page=two", 400, "two"),
    ("/browse/units?page=99", 404, "99"),
    ("/browse/funding-lines?basis=GUESSED", 400, "GUESSED"),
    ("/browse/funding-lines?spend_type=maybe", 400, "maybe"),
    ("/browse/units?unit=没有这个单位", 400, "没有这个单位"),
    ("/browse/units?name=" + "x" * 201, 400, "200"),
]


@pytest.mark.parametrize(
    ("url", "status", "named"), BAD, ids=[u.split("/browse/")[1][:40] for u, _, _ in BAD]
)
def test_a_bad_value_is_refused_with_a_message_naming_it(client, url, status, named):
    page = client.get(url)
    assert page.status_code == status
    assert named in html.unescape(page.text)
    assert page.headers["content-type"].startswith("text/html")
    table, _, query = url.removeprefix("/browse/").partition("?")
    as_csv = client.get(f"/browse/{table}.csv" + (f"?{query}" if query else ""))
    as_json = client.get(f"/browse/{table}.json" + (f"?{query}" if query else ""))
    if "page=" in url and status == 404:  # a download has no pages
        assert as_csv.status_code == as_json.status_code == 200
        return
    assert as_csv.status_code == as_json.status_code == status
    assert named in as_csv.text
    assert named in as_json.json()["error"]


def test_the_browse_index_counts_every_table(client, kg):
    page = client.get("/browse").text
    tables = tables_of(kg.service)
    for table in TABLES:
        row = re.search(rf'<tr data-table="{table}">.*?<td class="num">([\d,]+)</td>', page)
        assert row, table
        assert int(row.group(1).replace(",", "")) == len(tables.rows(table))


def test_money_figure_and_feed_tables_say_what_their_amounts_are(client):
    figures = client.get("/browse/money-figures").text
    assert "都是报告所列（STATED）" in figures
    assert "预算、收入等不是支出" in figures
    feeds = client.get("/browse/feeds").text
    assert "按规则分摊，ALLOCATED" in feeds
    assert 'title="ALLOCATED">按规则分摊</span>' in feeds
    english = client.get("/browse/money-figures?lang=en").text
    assert "Every amount here is STATED" in english


# every table, on the seed and on real reports ---------------------------------------------
def _every_table(client, graph, table: str) -> None:
    tables = tables_of(graph.service)
    rows = tables.rows(table)
    for lang in ("zh", "en"):
        page = client.get(f"/browse/{table}?lang={lang}")
        assert page.status_code == 200, page.text[:500]
        assert _ids(page.text) == [r.id for r in rows[:PAGE_SIZE]]
    listed = _csv(client.get(f"/browse/{table}.csv").content)
    assert [r["id"] for r in listed] == [r.id for r in rows]
    for row, record in zip(rows, listed, strict=True):
        if row.amount is not None:
            assert Decimal(record["amount"]) == row.amount
            assert record["amount"] == str(row.amount)
    if rows:  # each row's name links to its /id/ page, which answers
        first = re.search(
            r'<td class="col-name"><a href="([^"]+)"', client.get(f"/browse/{table}").text
        )
        assert client.get(html.unescape(first.group(1))).status_code == 200


@pytest.mark.parametrize("table", list(TABLES))
def test_every_table_renders_for_the_bundled_seed(client, kg, table):
    _every_table(client, kg, table)


@pytest.mark.parametrize("table", list(TABLES))
def test_every_table_renders_for_ingested_real_reports(corpus_client, corpus, table):
    _every_table(corpus_client, corpus, table)


def test_pages_of_a_long_table_together_hold_every_row_once(corpus_client, corpus):
    rows = tables_of(corpus.service).select("units", None, "name", False)
    assert len(rows) > 2 * PAGE_SIZE
    seen = []
    page = 1
    while True:
        answer = corpus_client.get(f"/browse/units?order=name&page={page}").text
        seen += _ids(answer)
        if 'rel="next"' not in answer:
            break
        page += 1
    assert seen == [r.id for r in rows]
    assert f"共 {len(rows):,} 行" in answer


def test_over_real_reports_money_figure_facets_are_the_graphql_facets(corpus_client, corpus):
    data = ask(
        corpus,
        """{ moneyFigures(where: {category: "budget"}, orderBy: AMOUNT_DESC, first: 100) {
             totalCount nodes { id amount { amount } }
             facets(fields: [CATEGORY, YEAR, UNIT, DOCUMENT, SPEND_TYPE]) { field values { value count } } } }""",
    )["moneyFigures"]
    url = "/browse/money-figures?category=budget&order=amount&desc=1"
    page = corpus_client.get(url).text
    assert _ids(page) == [n["id"] for n in data["nodes"][:PAGE_SIZE]]
    shown = _facets(page)
    for facet in data["facets"]:
        name = facet["field"].lower()
        assert shown[name] == {v["value"]: v["count"] for v in facet["values"]}, name
    rows = _csv(corpus_client.get(url.replace("figures?", "figures.csv?")).content)
    assert len(rows) == data["totalCount"]
    assert Counter(r["category"] for r in rows) == {"budget": data["totalCount"]}
    assert [r["amount"] for r in rows[:100]] == [n["amount"]["amount"] for n in data["nodes"]]


ENGLISH = [
    "/search?q=%E5%B8%82&lang=en",
    "/search?q=yiwangtongguan&lang=en",
    BIG + "&lang=en",
    "/browse/money-figures?lang=en",
    "/browse/units?year=x&lang=en",
]


@pytest.mark.parametrize("url", ENGLISH)
def test_chinese_on_english_browse_and_search_pages_is_marked(client, url):
    from test_http_i18n import CJK, _texts

    page = client.get(url)
    assert page.text.startswith('<!doctype html>\n<html lang="en">')
    unmarked = [text for text, lang in _texts(page.text) if CJK.search(text) and lang != "zh"]
    assert unmarked == [], unmarked[:10]


def test_links_on_an_english_table_stay_english(client):
    page = client.get(BIG + "&lang=en").text
    links = [  # every link of the page's own, not the one to the other language
        html.unescape(h)
        for h in re.findall(r'href="(/browse/funding-lines\?[^"]+)"(?![^>]*hreflang)', page)
    ]
    assert len(links) > 10
    assert all(link.endswith("lang=en") for link in links)
    assert '<input type="hidden" name="lang" value="en">' in page
