"""Every export format, re-read by its own tool's reader, keeps what an analyst needs."""

from __future__ import annotations

import csv
import io
import json
import shutil
import struct
import subprocess
import sys
import xml.etree.ElementTree as ET
import zipfile
from dataclasses import astuple
from decimal import Decimal
from pathlib import Path

import networkx as nx
import pytest
from rdflib import Graph, Literal

from export_fixtures import FOCUS, NASTY, NASTY_QUOTE, nasty_graph
from govkg.answers.kg import KnowledgeGraph
from govkg.core.errors import QueryError
from govkg.exports import FORMATS, KINDS, Selection, export, select
from govkg.exports.draw import dot_source, wrap
from govkg.exports.rdf import subgraph
from govkg.exports.records import xml_safe
from govkg.exports.selection import edges_among
from govkg.exports.style import STYLES

SELECTIONS = {
    "whole": None,
    "focus-d1": Selection(focus=FOCUS, depth=1),
    "focus-d2-units-platforms": Selection(focus=FOCUS, depth=2, kinds=("unit", "platform")),
}
SVG = "{http://www.w3.org/2000/svg}"
needs_dot = pytest.mark.skipif(shutil.which("dot") is None, reason="Graphviz is not installed (apt-get install -y graphviz)")


@pytest.fixture(scope="module")
def nasty(kg) -> KnowledgeGraph:
    return nasty_graph(kg)


def test_every_format_has_media_type_extension_and_maker():
    assert list(FORMATS) == [
        "turtle", "nt", "nquads", "rdfxml", "jsonld", "qb", "graphml", "gexf", "cytoscape", "dot", "svg", "png",
        "sankey", "treemap", "csv", "fdp",
    ]  # fmt: skip
    for name, fmt in FORMATS.items():
        assert fmt.name == name
        assert "/" in fmt.media_type
        assert fmt.extension
        assert callable(fmt.make)
    assert FORMATS["csv"].filename(Selection(focus=FOCUS, depth=2)) == (
        "govkg-platform-yiwangtongguan-d2.csv.zip"
    )


# selection ------------------------------------------------------------------------------
def test_whole_graph_edges_are_the_networkx_views_edges(kg):
    subset = select(kg)
    assert subset.whole
    assert set(subset.nodes) == set(kg.networkx.nodes)
    expected = sorted((u, v, k) for u, v, k in kg.networkx.edges(keys=True))
    assert sorted((u, v, k) for u, v, k, _ in subset.edges) == expected


def test_focus_selection_is_the_services_neighbourhood(kg):
    subset = select(kg, Selection(focus="一网统管", depth=1))
    assert subset.focus == FOCUS
    assert set(subset.nodes) == {n.id for n in kg.service.neighbours(FOCUS, 1)} | {FOCUS}
    assert "unit/shiwei-zhengfawei" in subset.nodes
    assert all(u in subset.nodes and v in subset.nodes for u, v, *_ in subset.edges)


def test_kind_filter_keeps_those_kinds_and_the_focus(kg):
    subset = select(kg, Selection(focus=FOCUS, depth=2, kinds=("unit",)))
    kinds = {kg.catalog.nodes[n].kind for n in subset.nodes if n != FOCUS}
    assert kinds == {"unit"}
    assert FOCUS in subset.nodes


@pytest.mark.parametrize(
    ("selection", "message"),
    [
        (lambda: Selection(kinds=("planet",)), "unknown kind 'planet'"),
        (lambda: Selection(focus=FOCUS, depth=4), "depth 4 must be in 0..3"),
        (lambda: Selection(focus=FOCUS, depth=-1), "depth -1 must be in 0..3"),
    ],
    ids=["unknown-kind", "too-deep", "negative-depth"],
)
def test_bad_selections_are_refused(selection, message):
    with pytest.raises(QueryError, match=message):
        selection()


def test_unknown_focus_and_format_are_query_errors(kg):
    with pytest.raises(QueryError, match="no node with id or name 'platform/nowhere'"):
        export(kg, "turtle", Selection(focus="platform/nowhere"))
    with pytest.raises(QueryError, match="unknown export format 'xlsx'"):
        export(kg, "xlsx")


# RDF -------------------------------------------------------------------------------------
RDF_PARSERS = {"turtle": "turtle", "nt": "nt", "nquads": "nquads", "jsonld": "json-ld"}


def _value(term: object) -> object:
    """A literal by its value ("6"^^xsd:decimal equals "6.0"^^xsd:decimal), other terms as is."""
    if isinstance(term, Literal):
        value = term.toPython()
        if isinstance(value, Decimal):
            value = value.normalize()
        return ("literal", str(value), term.datatype, term.language)
    return term


def same_triples(a: Graph, b: Graph) -> bool:
    """Equal as RDF: the seed has no blank nodes, so triples compare one by one."""
    return {tuple(map(_value, t)) for t in a} == {tuple(map(_value, t)) for t in b}


@pytest.mark.parametrize("fmt", list(RDF_PARSERS))
@pytest.mark.parametrize("name", list(SELECTIONS))
def test_rdf_exports_parse_back_to_the_same_triples(kg, fmt, name):
    selection = SELECTIONS[name]
    parsed = Graph().parse(data=export(kg, fmt, selection), format=RDF_PARSERS[fmt])
    expected = kg.graph if selection is None else subgraph(kg, select(kg, selection))
    assert len(parsed) == len(expected)
    assert same_triples(parsed, expected)


def test_rdf_neighbourhood_holds_exactly_the_chosen_nodes_with_their_citations(kg):
    subset = select(kg, Selection(focus=FOCUS, depth=1))
    parsed = Graph().parse(data=export(kg, "turtle", Selection(focus=FOCUS)), format="turtle")
    again = KnowledgeGraph.from_graph(parsed, "reread", "test")
    assert sorted(again.catalog.nodes) == list(subset.nodes)
    for node_id in subset.nodes:
        assert astuple(again.catalog.nodes[node_id]) == astuple(kg.catalog.nodes[node_id])
    feeds = sorted(link.id for link in again.catalog.links.values() if link.type == "feeds")
    assert feeds == sorted(link.id for link in kg.service.feeds(platform=FOCUS))
    assert again.service.feed_cost(feeds[0]) is None  # the funding line was not selected


def test_rdf_neighbourhood_keeps_funding_amounts_exact(kg):
    line = "funding-line/bdc-2023-tisheng-gongcheng-jingfei"
    data = export(kg, "nt", Selection(focus=line, depth=0))
    again = KnowledgeGraph.from_graph(Graph().parse(data=data, format="nt"), "reread", "test")
    assert again.catalog.lines[line].amount == Decimal("13221400.00")
    assert again.catalog.lines[line].basis == "STATED"


# GraphML and GEXF -----------------------------------------------------------------------
def read_graph(fmt: str, data: bytes) -> nx.MultiDiGraph:
    if fmt == "graphml":
        return nx.read_graphml(io.BytesIO(data), force_multigraph=True)
    graph = nx.read_gexf(io.BytesIO(data))
    return graph if graph.is_multigraph() else nx.MultiDiGraph(graph)


@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
@pytest.mark.parametrize("name", list(SELECTIONS))
def test_graph_exports_reread_with_every_node_edge_name_and_amount(kg, fmt, name):
    subset = select(kg, SELECTIONS[name])
    graph = read_graph(fmt, export(kg, fmt, SELECTIONS[name]))
    assert sorted(graph.nodes) == list(subset.nodes)
    assert graph.number_of_edges() == len(subset.edges)
    for node_id, data in graph.nodes(data=True):
        node = kg.catalog.nodes[node_id]
        assert data["name"] == node.name
        assert data["label"] == node.name
        assert data["kind"] == node.kind
        assert data.get("name_en", "") == (node.name_en or "")
        assert [c["quote"] for c in json.loads(data["citations"])] == [
            c.quote for c in node.sources
        ]
        line = kg.catalog.lines.get(node_id)
        if line is not None:
            assert Decimal(data["amount_exact"]) == line.amount
            assert data["amount"] == float(line.amount)
            assert data["amount_basis"] == line.basis


@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
def test_graph_exports_carry_allocated_feed_costs_with_basis_and_method(kg, fmt):
    graph = read_graph(fmt, export(kg, fmt, Selection(focus=FOCUS, depth=1)))
    feeds = [d for *_, d in graph.edges(data=True) if d["relation"] == "feeds"]
    assert len(feeds) == 4
    for data in feeds:
        cost = kg.service.feed_cost(data["id"])
        assert Decimal(data["cost_exact"]) == cost.amount
        assert isinstance(data["cost"], float)
        assert data["cost_basis"] == "ALLOCATED"
        assert data["cost_method"] == cost.method
        assert data["currency"] == "CNY"
    platform = graph.nodes[FOCUS]
    assert platform["cost_exact"] == "2203566.66"
    assert platform["cost_basis"] == "ALLOCATED"


def test_graphml_declares_numbers_as_numbers(kg):
    root = ET.fromstring(export(kg, "graphml", Selection(focus=FOCUS, depth=2)))
    keys = {
        (k.get("for"), k.get("attr.name")): k.get("attr.type")
        for k in root.iter("{http://graphml.graphdrawing.org/xmlns}key")
    }
    assert keys[("edge", "cost")] == "double"
    assert keys[("edge", "cost_exact")] == "string"
    assert keys[("node", "citation_count")] in ("int", "long")


def test_funding_edges_carry_the_lines_amount(kg):
    line = "funding-line/bdc-2023-tisheng-gongcheng-jingfei"
    graph = read_graph("gexf", export(kg, "gexf", Selection(focus=line, depth=1)))
    funds = [d for *_, d in graph.edges(data=True) if d["relation"] == "funds"]
    assert [(d["cost_exact"], d["cost_basis"]) for d in funds] == [("13221400.00", "STATED")]


# Cytoscape.js ---------------------------------------------------------------------------
def test_cytoscape_json_holds_elements_with_names_and_costs(kg):
    subset = select(kg, Selection(focus=FOCUS, depth=1))
    document = json.loads(export(kg, "cytoscape", Selection(focus=FOCUS, depth=1)))
    nodes, edges = document["elements"]["nodes"], document["elements"]["edges"]
    assert sorted(n["data"]["id"] for n in nodes) == list(subset.nodes)
    assert {n["data"]["id"]: n["data"]["name"] for n in nodes}[FOCUS] == "一网统管"
    assert len(edges) == len(subset.edges)
    assert all({"id", "source", "target"} <= set(e["data"]) for e in edges)
    costs = sorted(e["data"]["cost_exact"] for e in edges if e["data"]["relation"] == "feeds")
    assert costs == ["550891.66", "550891.66", "550891.67", "550891.67"]


def test_cytoscape_json_carries_the_colour_of_every_kind_it_holds(kg):
    """Colours by kind survive: a ``style`` beside ``elements`` for Cytoscape.js, and each
    node's colours and shape in its data, which Cytoscape desktop keeps as columns."""
    document = json.loads(export(kg, "cytoscape"))
    nodes = document["elements"]["nodes"]
    present = {n["data"]["kind"] for n in nodes}
    assert present == set(KINDS)  # the whole graph holds every kind
    rules = {rule["selector"]: rule["style"] for rule in document["style"]}
    for kind in present:
        style = STYLES[kind]
        rule = rules[f'node[kind = "{kind}"]']
        assert (rule["background-color"], rule["border-color"]) == (style.fill, style.line)
        assert rule["shape"] == style.cy_shape
    for node in nodes:
        style = STYLES[node["data"]["kind"]]
        assert node["data"]["fill_color"] == style.fill
        assert node["data"]["line_color"] == style.line
        assert node["data"]["shape"] == style.cy_shape
    assert rules["node"]["label"] == "data(label)"
    assert rules["edge"]["label"] == "data(label)"


CYTOSCAPE_JS = Path(__file__).resolve().parent.parent / "src/govkg/static/vendor/cytoscape"
RENDER_STYLE = """
const cytoscape = require(process.argv[1]);
const doc = JSON.parse(require("fs").readFileSync(0, "utf8"));
const cy = cytoscape({headless: true, styleEnabled: true});
cy.json(doc);  // as a page restores a saved graph: elements and style together
const out = {};
cy.nodes().forEach(n => { out[n.id()] = [n.style("background-color"), n.style("shape")]; });
console.log(JSON.stringify(out));
cy.destroy();
process.exit(0);
"""


@pytest.mark.skipif(
    shutil.which("node") is None, reason="Node.js is not installed (apt-get install -y nodejs)"
)
def test_cytoscape_js_draws_each_kind_in_its_colour(kg):
    """The vendored Cytoscape.js itself (headless, in Node) reads the document's style."""
    data = export(kg, "cytoscape", Selection(focus=FOCUS, depth=2))
    done = subprocess.run(
        ["node", "-e", RENDER_STYLE, str(CYTOSCAPE_JS / "cytoscape.min.js")],
        input=data, capture_output=True, timeout=60, check=True,
    )  # fmt: skip
    drawn = json.loads(done.stdout)
    assert len({kg.catalog.nodes[n].kind for n in drawn}) >= 3
    for node_id, (colour, shape) in drawn.items():
        style = STYLES[kg.catalog.nodes[node_id].kind]
        red, green, blue = (int(style.fill[i : i + 2], 16) for i in (1, 3, 5))
        assert colour == f"rgb({red},{green},{blue})"
        assert shape == style.cy_shape


# pictures -------------------------------------------------------------------------------
def graphviz_json(source: bytes) -> dict:
    done = subprocess.run(["dot", "-Tjson"], input=source, capture_output=True, check=True)
    return json.loads(done.stdout)


@needs_dot
@pytest.mark.parametrize("name", list(SELECTIONS))
def test_dot_parses_in_graphviz_with_every_node(kg, name):
    subset = select(kg, SELECTIONS[name])
    parsed = graphviz_json(export(kg, "dot", SELECTIONS[name]))
    drawn = {o["name"]: o for o in parsed["objects"] if "nodes" not in o}
    assert set(subset.nodes) <= set(drawn)
    for node_id in subset.nodes:
        assert drawn[node_id]["fontname"] == "Noto Sans CJK SC"
    assert len(parsed.get("edges", [])) >= len(subset.edges)  # plus the legend's invisible ones


LEGENDS = {
    "zh": ("图例", "单位", "¥550,891.67 按规则分摊"),
    "en": ("Legend", "Unit", "¥550,891.67 allocated"),
}


@needs_dot
@pytest.mark.parametrize("lang", LEGENDS)
def test_svg_parses_and_shows_names_costs_and_a_legend(kg, lang):
    root = ET.fromstring(export(kg, "svg", Selection(focus=FOCUS, depth=1, lang=lang)))
    texts = [t.text for t in root.iter(f"{SVG}text")]
    for node_id in select(kg, Selection(focus=FOCUS, depth=1)).nodes:
        for line in wrap(kg.catalog.nodes[node_id].name):
            assert line in texts
    legend, unit, cost = LEGENDS[lang]
    assert legend in texts
    assert unit in texts
    assert cost in texts


@needs_dot
def test_svg_text_uses_the_cjk_font(kg):
    root = ET.fromstring(export(kg, "svg", Selection(focus=FOCUS, depth=0)))
    families = {t.get("font-family") for t in root.iter(f"{SVG}text")}
    assert families == {"Noto Sans CJK SC"}


@needs_dot
def test_the_cjk_font_graphviz_asks_for_is_installed():
    """A machine without the font draws empty boxes: said as a skip naming the package."""
    if shutil.which("fc-match") is None:
        pytest.skip("fontconfig is not installed (apt-get install -y fontconfig fonts-noto-cjk)")
    done = subprocess.run(["fc-match", "Noto Sans CJK SC"], capture_output=True, text=True)
    if "Noto Sans CJK" not in done.stdout:
        pytest.skip("the CJK font is not installed (apt-get install -y fonts-noto-cjk)")
    assert "Noto Sans CJK" in done.stdout


@needs_dot
def test_png_is_a_png_of_a_readable_size(kg):
    data = export(kg, "png", Selection(focus=FOCUS, depth=1))
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", data[16:24])
    assert 600 <= width <= 4000
    assert 300 <= height <= 4000


# CSV ------------------------------------------------------------------------------------
def read_csv_zip(data: bytes) -> tuple[list[dict], list[dict]]:
    archive = zipfile.ZipFile(io.BytesIO(data))
    assert archive.namelist() == ["nodes.csv", "edges.csv"]
    tables = []
    for name in archive.namelist():
        raw = archive.read(name)
        assert raw.startswith(b"\xef\xbb\xbf"), f"{name} lacks the UTF-8 BOM"
        tables.append(list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"), newline=""))))
    return tables[0], tables[1]


@pytest.mark.parametrize("name", list(SELECTIONS))
def test_csv_tables_hold_every_node_and_edge_exactly(kg, name):
    subset = select(kg, SELECTIONS[name])
    nodes, edges = read_csv_zip(export(kg, "csv", SELECTIONS[name]))
    assert [row["id"] for row in nodes] == list(subset.nodes)
    assert len(edges) == len(subset.edges)
    for row in nodes:
        node = kg.catalog.nodes[row["id"]]
        assert row["name"] == node.name
        assert row["kind"] == node.kind
        line = kg.catalog.lines.get(row["id"])
        assert row["amount"] == (str(line.amount) if line else "")


def test_csv_edges_name_both_ends_and_their_cost(kg):
    _, edges = read_csv_zip(export(kg, "csv", Selection(focus=FOCUS, depth=1)))
    feed = next(e for e in edges if e["source"] == "unit/shiwei-zhengfawei")
    assert (feed["source_name"], feed["relation"], feed["target_name"]) == (
        "市委政法委", "feeds", "一网统管",
    )  # fmt: skip
    assert (feed["cost"], feed["cost_basis"]) == ("550891.66", "ALLOCATED")


def test_csv_is_byte_for_byte_repeatable(kg):
    assert export(kg, "csv") == export(kg, "csv")


# hostile labels -------------------------------------------------------------------------
@pytest.mark.parametrize("fmt", list(FORMATS))
def test_a_label_with_html_and_control_characters_still_parses(nasty, fmt):
    if fmt in ("dot", "svg", "png") and shutil.which("dot") is None:
        pytest.skip("Graphviz is not installed (apt-get install -y graphviz)")
    selection = Selection(focus=FOCUS, depth=1)
    data = export(nasty, fmt, selection)
    shown = xml_safe(NASTY)  # what XML-based formats can carry: controls as ␇ pictures
    if fmt in RDF_PARSERS:
        parsed = Graph().parse(data=data, format=RDF_PARSERS[fmt])
        assert Literal(NASTY, lang="zh") in set(parsed.objects())
        assert Literal(NASTY_QUOTE) in set(parsed.objects())
    elif fmt in ("graphml", "gexf"):
        data_ = read_graph(fmt, data).nodes[FOCUS]
        assert data_["name"] == shown
        assert NASTY_QUOTE in [c["quote"] for c in json.loads(data_["citations"])]
        assert not list(ET.fromstring(data).iter("script"))
    elif fmt == "cytoscape":
        nodes = json.loads(data)["elements"]["nodes"]
        assert next(n for n in nodes if n["data"]["id"] == FOCUS)["data"]["name"] == NASTY
    elif fmt == "dot":
        parsed = graphviz_json(data)
        assert FOCUS in {o["name"] for o in parsed["objects"]}
    elif fmt == "svg":
        root = ET.fromstring(data)
        assert not list(root.iter(f"{SVG}script"))
        texts = "\n".join(t.text or "" for t in root.iter(f"{SVG}text"))
        assert '<script>alert("x")</' in texts
        assert "&amp;" in texts  # written in the label, so shown, not decoded
        assert "␇bell␛" in texts
    elif fmt == "png":
        assert data[:8] == b"\x89PNG\r\n\x1a\n"
    elif fmt == "csv":
        nodes, _ = read_csv_zip(data)
        assert next(r for r in nodes if r["id"] == FOCUS)["name"] == NASTY


def test_dot_quotes_labels_so_graphviz_shows_them_literally(nasty):
    source = dot_source(nasty, select(nasty, Selection(focus=FOCUS, depth=0)))
    assert '\\"q\\"' in source
    assert "&amp;amp;" in source
    assert "\\\\N" in source
    assert "\x07" not in source


def test_csv_cells_that_would_run_as_formulas_are_defused(kg):
    from govkg.exports.tables import _cell

    assert _cell("=HYPERLINK(1)") == "'=HYPERLINK(1)"
    assert _cell("@SUM(A1)") == "'@SUM(A1)"
    assert _cell("-12.5") == "-12.5"
    assert _cell(Decimal("-3.00")) == "-3.00"


# CLI ------------------------------------------------------------------------------------
def test_cli_export_writes_the_file_atomically(tmp_path):
    from govkg.cli import main

    out = tmp_path / "out" / "yiwangtongguan.graphml"
    assert main(["export", "--format", "graphml", "-o", str(out), "--focus", FOCUS]) == 0
    graph = nx.read_graphml(out)
    assert graph.nodes[FOCUS]["name"] == "一网统管"
    assert [p.name for p in out.parent.iterdir()] == ["yiwangtongguan.graphml"]


def test_cli_export_with_kinds_to_standard_output(capsysbinary):
    from govkg.cli import main

    code = main(["export", "--format", "csv", "--focus", FOCUS, "--depth", "2", "--kind", "unit"])
    assert code == 0
    nodes, _ = read_csv_zip(capsysbinary.readouterr().out)
    assert {row["kind"] for row in nodes} == {"unit", "platform"}  # units and the focus


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--format", "xlsx"], "unknown format 'xlsx'"),
        (["--format", "nt", "--kind", "planet"], "unknown kind 'planet'"),
        (["--format", "nt", "--focus", "platform/nowhere"], "no node with id or name"),
        (["--format", "nt", "--focus", FOCUS, "--depth", "9"], "depth 9 must be in 0..3"),
    ],
    ids=["format", "kind", "focus", "depth"],
)
def test_cli_export_refuses_bad_arguments_without_a_traceback(capsys, args, message):
    from govkg.cli import main

    assert main(["export", *args]) == 1
    err = capsys.readouterr().err
    assert message in err
    assert "Traceback" not in err


def test_exports_import_no_web_layer():
    code = (
        "import sys, govkg.exports\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in "
        "('starlette', 'strawberry', 'uvicorn', 'graphql')))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_kinds_are_the_catalogs_kinds(kg):
    assert set(KINDS) == {node.kind for node in kg.catalog.nodes.values()}


def test_edges_among_a_selection_are_those_of_the_view(kg):
    chosen = {FOCUS, "unit/shiwei-zhengfawei", "project/xinxing-zhihui-chengshi-tisheng-gongcheng"}
    expected = {k for u, v, k in kg.networkx.edges(keys=True) if u in chosen and v in chosen}
    assert set(edges_among(kg, chosen)) == expected


def test_cli_export_reads_an_rdf_file_given_with_data(tmp_path):
    from govkg.cli import main

    turtle = tmp_path / "neighbourhood.ttl"
    assert main(["export", "--format", "turtle", "-o", str(turtle), "--focus", FOCUS]) == 0
    out = tmp_path / "again.csv.zip"
    assert main(["export", "--format", "csv", "--data", str(turtle), "-o", str(out)]) == 0
    nodes, edges = read_csv_zip(out.read_bytes())
    assert FOCUS in [row["id"] for row in nodes]
    assert "feeds" in {row["relation"] for row in edges}
