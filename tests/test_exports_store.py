"""Exports written by the store's serializer and streamed: the same triples, the same bytes."""

from __future__ import annotations

import io
import os
import subprocess
import sys
import threading

import networkx as nx
import pyoxigraph as ox
import pytest
from rdflib import Graph
from starlette.applications import Starlette
from starlette.testclient import TestClient

from export_fixtures import FOCUS
from govkg.answers.kg import open_graph
from govkg.exports import (
    FORMATS,
    Selection,
    export,
    network,
    rdf,
    select,
    stream,
    streaming,
    write_export,
)
from govkg.graph.store import oxigraph_store
from govkg.http.exports import export_routes

RDF_PARSERS = {
    "turtle": "turtle",
    "nt": "nt",
    "nquads": "nquads",
    "rdfxml": "xml",
    "jsonld": "json-ld",
}
SELECTIONS = {
    "whole": None,
    "focus-d1": Selection(focus=FOCUS, depth=1),
    "units": Selection(kinds=("unit",)),
}


def _rdf(kg, fmt: str, selection: Selection | None) -> bytes:
    out = io.BytesIO()
    rdf.write(kg, select(kg, selection), out, fmt)
    return out.getvalue()


def test_whole_graph_turtle_is_the_stores_own_dump(kg):
    store = oxigraph_store(kg.graph)
    prefixes = {p: str(ns) for p, ns in sorted(kg.graph.namespaces()) if p}
    dumped = store.dump(format=ox.RdfFormat.TURTLE, from_graph=ox.DefaultGraph(), prefixes=prefixes)
    assert export(kg, "turtle") == dumped


@pytest.mark.parametrize("name", list(SELECTIONS))
@pytest.mark.parametrize("fmt", list(RDF_PARSERS))
def test_rdf_is_never_written_by_rdflibs_serializer(kg, monkeypatch, fmt, name):
    def refuse(*args, **kwargs):
        raise AssertionError("rdflib's Python serializer was called")

    monkeypatch.setattr(Graph, "serialize", refuse)
    parsed = Graph().parse(data=_rdf(kg, fmt, SELECTIONS[name]), format=RDF_PARSERS[fmt])
    expected = (
        kg.graph if SELECTIONS[name] is None else rdf.subgraph(kg, select(kg, SELECTIONS[name]))
    )
    assert len(parsed) == len(expected) > 0


@pytest.mark.parametrize("fmt", ["nquads", "rdfxml"])
def test_nquads_and_rdfxml_hold_the_same_triples_as_turtle(kg, fmt):
    from test_exports import same_triples

    selection = Selection(focus=FOCUS, depth=1)
    parsed = Graph().parse(data=_rdf(kg, fmt, selection), format=RDF_PARSERS[fmt])
    turtle = Graph().parse(data=export(kg, "turtle", selection), format="turtle")
    assert same_triples(parsed, turtle)


def test_turtle_keeps_govkgs_prefixes(kg):
    head = export(kg, "turtle", Selection(focus=FOCUS, depth=0)).decode().split("\n<", 1)[0]
    assert "@prefix govkg: <https://govkg.org/ontology#> ." in head
    assert "@prefix schema: <https://schema.org/> ." in head


_JSONLD = (
    "import sys, hashlib, govkg\n"
    "from govkg.exports import Selection, export\n"
    "kg = govkg.open()\n"
    "for selection in (None, Selection(focus=sys.argv[1], depth=2)):\n"
    "    print(hashlib.sha256(export(kg, 'jsonld', selection)).hexdigest())\n"
)


def test_jsonld_is_byte_stable_across_processes_and_hash_seeds():
    """Two processes (different string hashing) opening the same seed write the same bytes."""
    digests = []
    for seed in ("1", "2"):
        done = subprocess.run(
            [sys.executable, "-c", _JSONLD, FOCUS],
            capture_output=True,
            text=True,
            check=True,
            env={**os.environ, "PYTHONHASHSEED": seed},
        )
        digests.append(done.stdout.split())
    assert digests[0] == digests[1]
    assert len(digests[0]) == 2


def test_the_same_graph_opened_twice_gives_the_same_jsonld(kg):
    again = open_graph(kg.source)
    assert export(again, "jsonld") == export(kg, "jsonld")


# GraphML ---------------------------------------------------------------------------------
@pytest.mark.parametrize("name", list(SELECTIONS))
def test_streamed_graphml_reads_back_as_networkxs_own_graphml(kg, name):
    subset = select(kg, SELECTIONS[name])
    theirs = io.BytesIO()
    nx.write_graphml(network._without_id(network.export_graph(kg, subset)), theirs)
    ours = nx.read_graphml(io.BytesIO(FORMATS["graphml"].make(kg, subset)), force_multigraph=True)
    expected = nx.read_graphml(io.BytesIO(theirs.getvalue()), force_multigraph=True)
    assert dict(ours.nodes(data=True)) == dict(expected.nodes(data=True))
    assert sorted(ours.edges(keys=True, data=True), key=repr) == sorted(
        expected.edges(keys=True, data=True), key=repr
    )
    assert ours.graph == expected.graph


def _networkx_gexf(kg, subset) -> bytes:
    """What networkx itself writes for the graph govkg exports (the writer used before)."""
    from govkg.exports.style import STYLES

    graph = network._without_id(network.export_graph(kg, subset))
    for _, data in graph.nodes(data=True):
        style = STYLES[data["kind"]]
        r, g, b = (int(style.line[i : i + 2], 16) for i in (1, 3, 5))
        data["viz"] = {"color": {"r": r, "g": g, "b": b, "a": 1.0}, "size": style.size}
    out = io.BytesIO()
    nx.write_gexf(graph, out, encoding="utf-8", prettyprint=True)
    return out.getvalue()


@pytest.mark.parametrize("name", list(SELECTIONS))
def test_streamed_gexf_reads_back_as_networkxs_own_gexf(kg, name):
    subset = select(kg, SELECTIONS[name])
    ours = nx.MultiDiGraph(nx.read_gexf(io.BytesIO(FORMATS["gexf"].make(kg, subset))))
    expected = nx.MultiDiGraph(nx.read_gexf(io.BytesIO(_networkx_gexf(kg, subset))))
    assert dict(ours.nodes(data=True)) == dict(expected.nodes(data=True))
    assert sorted(ours.edges(keys=True, data=True), key=repr) == sorted(
        expected.edges(keys=True, data=True), key=repr
    )
    assert ours.graph["name"] == expected.graph["name"]


def test_graphml_escapes_what_xml_would_misread():
    assert network._graphml_value('a<b>&"c"\r') == 'a&lt;b&gt;&amp;"c"&#13;'
    assert network._graphml_value(True) == "true"


# streaming -------------------------------------------------------------------------------
@pytest.mark.parametrize("fmt", ["turtle", "nt", "jsonld", "graphml", "cytoscape", "csv"])
def test_a_stream_holds_exactly_the_bytes_of_the_export(kg, fmt):
    parts = list(stream(kg, fmt, select(kg)))
    assert b"".join(parts) == export(kg, fmt)
    if len(b"".join(parts)) > streaming.SIZE * 2:
        assert len(parts) > 1  # handed over as made, not in one piece


def test_write_export_writes_to_a_binary_file(kg, tmp_path):
    path = tmp_path / "whole.nt"
    with path.open("wb") as out:
        write_export(kg, "nt", out)
    assert path.read_bytes() == export(kg, "nt")


def test_a_reader_that_goes_away_stops_the_writer():
    written, stopped = [], threading.Event()

    def endless(out):
        try:
            while True:
                out.write(b"x" * 1000)
                written.append(1)
        finally:
            stopped.set()

    parts = streaming.chunks(endless)
    next(parts)
    parts.close()
    assert stopped.wait(5)
    made = len(written)
    assert made * 1000 <= (streaming.DEPTH + 3) * streaming.SIZE  # bounded, never ran ahead


def test_a_writers_error_reaches_the_reader():
    def broken(out):
        out.write(b"half")
        raise ValueError("store went away")

    with pytest.raises(ValueError, match="store went away"):
        b"".join(streaming.chunks(broken))


def test_http_export_of_the_whole_graph_is_streamed(kg):
    app = Starlette(routes=export_routes(kg))
    app.state.kg = kg
    with TestClient(app) as client, client.stream("GET", "/export/nt") as response:
        assert response.status_code == 200
        assert "content-length" not in response.headers  # sent as made
        body = b"".join(response.iter_bytes())
    assert body == export(kg, "nt")
    assert len(Graph().parse(data=body, format="nt")) == len(kg.graph)
