"""The money pictures: the Sankey and the treemap are valid SVG whose bands and labels are the
flows' own figures in 万元, downloadable and embeddable through the real app, readable at
800×500 in a real browser."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from lxml import etree
from starlette.testclient import TestClient

from export_fixtures import FOCUS, NASTY, nasty_graph
from govkg.answers.moneyflow import money_flows, wan
from govkg.app import create_app
from govkg.exports import FORMATS, Selection, export
from govkg.exports.records import xml_safe
from govkg.exports.style import FONT
from test_exports_http import parse_page

SVG = "{http://www.w3.org/2000/svg}"
UNIT = "unit/yiyang-bdc"
CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = Path(__file__).resolve().parent.parent / "artifacts"


def parse(data: bytes) -> etree._Element:
    root = etree.fromstring(data)  # valid XML, or this raises
    assert root.tag == f"{SVG}svg"
    return root


def texts(element: etree._Element) -> str:
    return "".join(element.itertext())


@pytest.fixture(scope="module")
def sankey(kg) -> etree._Element:
    return parse(export(kg, "sankey", Selection(focus=UNIT)))


@pytest.fixture(scope="module")
def flow(kg):
    (flow,) = money_flows(kg.catalog, UNIT)
    return flow


@pytest.fixture(scope="module")
def client(kg):
    with TestClient(create_app(kg)) as client:
        yield client


def test_money_pictures_are_registered_as_svg():
    for name in ("sankey", "treemap"):
        assert FORMATS[name].media_type == "image/svg+xml"
        assert FORMATS[name].extension == f"{name}.svg"
    assert FORMATS["sankey"].filename(Selection(focus=UNIT, year=2023)) == (
        "govkg-unit-yiyang-bdc-d1-y2023.sankey.svg"
    )
    assert Selection(focus=UNIT).slug == "govkg-unit-yiyang-bdc-d1"  # no year: as before


def test_one_band_per_flow_with_its_exact_amount_and_kind(sankey, flow):
    bands = sankey.findall(f".//{SVG}path[@class]")
    bands = [b for b in bands if b.get("class").startswith("band ")]
    assert len(bands) == len(flow.flows) == 20
    drawn = {(b.get("data-source"), b.get("data-target")): b for b in bands}
    for f in flow.flows:
        band = drawn[(f.source, f.target)]
        assert band.get("data-amount") == str(f.amount)
        assert band.get("class") == f"band {f.basis.lower()}"
        title = band.find(f"{SVG}title").text
        assert wan(f.amount) in title
        assert f.method in title


def test_band_labels_are_the_flows_in_wan(sankey, flow):
    labels = {
        (t.get("data-source"), t.get("data-target")): texts(t)
        for t in sankey.iter(f"{SVG}text")
        if t.get("class") == "band-label"
    }
    assert labels == {(f.source, f.target): wan(f.amount) for f in flow.flows}
    assert "1,322.14万元" in labels.values()
    assert all(re.fullmatch(r"[\d,]+\.\d\d万元", label) for label in labels.values())


def test_every_node_is_labelled_with_its_amount(sankey, flow):
    stops = {g.get("data-id"): g for g in sankey.iter(f"{SVG}g") if g.get("class") == "stop"}
    drawn = [n for n in flow.nodes if n.amount > 0]
    assert set(stops) == {n.id for n in drawn}
    for node in drawn:
        label = texts(stops[node.id].find(f"{SVG}text"))
        assert wan(node.amount) in label
        assert node.name in stops[node.id].find(f"{SVG}title").text  # full name on hover
    upgrade = stops["funding-line/bdc-2023-tisheng-gongcheng-jingfei"].find(f"{SVG}text")
    assert texts(upgrade).replace(" ", "") == "提升工程项目经费1,322.14万元"


def test_stated_bands_are_solid_and_allocated_ones_hatched_as_the_legend_says(sankey):
    patterns = {p.get("id") for p in sankey.iter(f"{SVG}pattern")}
    for band in sankey.iter(f"{SVG}path"):
        if band.get("class") == "band stated":
            assert band.get("fill").startswith("#")
            assert band.get("stroke-dasharray") is None
        elif band.get("class") == "band allocated":
            assert band.get("fill")[len("url(#") : -1] in patterns
            assert band.get("stroke-dasharray")
    legend = texts(sankey)
    assert "（STATED）" in legend
    assert "（ALLOCATED）" in legend
    assert "金额为0、未画出" in legend  # the three lines of 0 yuan, named


def test_text_is_never_below_11px_and_in_the_cjk_font(sankey):
    assert FONT in sankey.get("font-family")
    assert int(sankey.get("width")) <= 800
    assert sankey.get("viewBox") == f"0 0 {sankey.get('width')} {sankey.get('height')}"
    sizes = [float(e.get("font-size")) for e in sankey.iter() if e.get("font-size")]
    assert sizes
    assert min(sizes) >= 11
    assert not [e for e in sankey.iter() if e.get("style") is not None]  # the embed's CSP


def test_a_hostile_name_is_shown_not_run(kg):
    nasty = nasty_graph(kg)
    for fmt in ("sankey", "treemap"):
        root = parse(export(nasty, fmt, Selection(focus=FOCUS)))  # its unit's picture
        assert not list(root.iter(f"{SVG}script"))
        if fmt == "sankey":
            assert xml_safe(NASTY) in texts(root)  # in full, in the node's title


def test_the_treemap_has_a_tile_per_line_coloured_by_category(kg):
    root = parse(export(kg, "treemap", Selection(focus=UNIT)))
    tiles = [g for g in root.iter(f"{SVG}g") if g.get("class") == "tile"]
    lines = [i for i in kg.catalog.lines if kg.catalog.lines[i].amount > 0]
    assert {g.get("data-id") for g in tiles} == set(lines)
    for tile in tiles:
        line = kg.catalog.lines[tile.get("data-id")]
        assert tile.get("data-amount") == str(line.amount)
        assert tile.get("data-category") == line.category
        assert wan(line.amount) in tile.find(f"{SVG}title").text
    assert "提升工程项目经费" in texts(root)
    assert "1,322.14万元" in texts(root)


# over HTTP ------------------------------------------------------------------------------
def test_the_sankey_downloads_as_svg(client, flow):
    response = client.get("/export/sankey", params={"focus": "yiyang-bdc"})
    assert response.status_code == 200, response.text
    assert response.headers["content-type"] == "image/svg+xml"
    assert response.headers["content-disposition"] == (
        'attachment; filename="govkg-unit-yiyang-bdc-d1.sankey.svg"'
    )
    bands = [p for p in parse(response.content).iter(f"{SVG}path") if p.get("data-amount")]
    assert len(bands) == len(flow.flows)


@pytest.mark.parametrize(
    ("query", "status", "text"),
    [
        ({"focus": UNIT, "year": "2023"}, 200, "2023年度资金流向"),
        ({"focus": UNIT, "year": "2019"}, 400, "no funding lines in 2019 (years: 2023)"),
        ({"focus": UNIT, "year": "soon"}, 400, "year 'soon' is not a whole number"),
        ({"focus": "document/yiyang-bdc-2023"}, 400, "needs a unit as focus"),
        ({"focus": "funding-line/bdc-2023-tisheng-gongcheng-jingfei"}, 200, "提升工程项目经费"),
        ({}, 200, "益阳市智慧城市和大数据中心 · 2023年度资金流向"),
    ],
    ids=["year", "year-without-lines", "bad-year", "not-money", "line", "whole-graph"],
)
def test_the_sankey_route_takes_a_year_and_says_what_it_cannot_draw(client, query, status, text):
    response = client.get("/export/sankey", params=query)
    assert response.status_code == status
    assert text in response.text


def test_the_treemap_downloads_as_svg(client):
    response = client.get("/export/treemap", params={"focus": UNIT, "year": 2023})
    assert response.status_code == 200
    assert response.headers["content-type"] == "image/svg+xml"
    assert "资金线（按类别）" in response.text


def test_the_money_embed_inlines_the_sankey_under_the_same_csp(client, flow):
    graph = client.get("/embed/yiyang-bdc")
    response = client.get("/embed/yiyang-bdc", params={"view": "money"})
    assert response.status_code == 200
    assert response.headers["content-security-policy"] == graph.headers["content-security-policy"]
    page = parse_page(response.text)
    assert page.inline == []  # no <style>, no style="…": the CSP allows neither
    assert page.handlers == []
    assert page.scripts == []
    svg = re.search(r"<svg .*?</svg>", response.text, re.S).group(0)
    assert len(re.findall(r'<path class="band ', svg)) == len(flow.flows)
    assert 'href="/export/sankey?focus=unit%2Fyiyang-bdc" download' in response.text
    assert 'href="/embed/unit/yiyang-bdc?view=money"' in graph.text  # the graph links to it


@pytest.mark.parametrize(
    ("path", "status", "text"),
    [
        ("/embed/yiyang-bdc?view=treemap", 200, "资金线（按类别）"),
        ("/embed/yiyang-bdc?view=money&year=2019", 400, "no funding lines in 2019"),
        ("/embed/yiyang-bdc?view=pie", 400, "unknown view 'pie'; views: graph, money, treemap"),
        ("/embed/platform/yicun?view=money", 400, "no funding line pays for"),
        ("/embed/document/yiyang-bdc-2023?view=money", 400, "needs a unit as focus"),
        (f"/embed/{FOCUS}?view=money", 200, "一网统管"),
    ],
    ids=["treemap", "no-such-year", "unknown-view", "unpaid-system", "document", "paid-system"],
)
def test_embed_views(client, path, status, text):
    response = client.get(path)
    assert response.status_code == status
    assert text in response.text


# in a browser ---------------------------------------------------------------------------
READABLE = """() => {
  const texts = [...document.querySelectorAll('#picture svg text')];
  const boxes = texts.map(t => t.getBoundingClientRect());
  const overlaps = [];
  for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) {
    const a = boxes[i], b = boxes[j];
    if (a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1)
      overlaps.push(texts[i].textContent + ' x ' + texts[j].textContent);
  }
  const sizes = texts.map(t => parseFloat(getComputedStyle(t).fontSize) * t.getScreenCTM().a);
  const svg = document.querySelector('#picture svg').getBoundingClientRect();
  return {count: texts.length, overlaps, smallest: Math.min(...sizes), width: svg.width,
          scrolls: document.documentElement.scrollWidth > document.documentElement.clientWidth};
}"""


@pytest.mark.skipif(
    not CHROMIUM.exists(),
    reason="Chromium is not installed at /usr/bin/chromium (apt-get install -y chromium)",
)
@pytest.mark.parametrize("view", ["money", "treemap"])
def test_the_embed_reads_at_800_by_500_in_chromium(kg, view):
    from test_exports_browser import FLAGS, serving

    sync_api = pytest.importorskip("playwright.sync_api")
    with serving(kg) as url, sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=FLAGS)
        page = browser.new_page(viewport={"width": 800, "height": 500})
        problems: list[str] = []
        page.on("console", lambda m: problems.append(m.text) if m.type == "error" else None)
        page.goto(f"{url}/embed/yiyang-bdc?view={view}")
        seen = page.evaluate(READABLE)
        ARTIFACTS.mkdir(exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / f"embed-{view}.png"))
        browser.close()
    assert problems == []  # a CSP violation would be reported here
    assert seen["count"] > 20
    assert seen["overlaps"] == []
    assert seen["smallest"] >= 11
    assert not seen["scrolls"]
