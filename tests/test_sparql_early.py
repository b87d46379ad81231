"""The SPARQL workers' store loaded from the served N-Triples file in a child process, beside
the server's own load: used only when it holds exactly the graph's triples, removed otherwise
and when the server ends."""

from __future__ import annotations

import os
from pathlib import Path

import httpx
import pytest
from pyoxigraph import DefaultGraph, RdfFormat, Store
from rdflib import BNode, Graph
from rdflib.compare import to_isomorphic

from govkg.answers.kg import open_graph
from govkg.graph.store import serialize
from govkg.http.sparql_early import start
from govkg.http.sparql_store import SharedStore
from serving import ready_server


@pytest.fixture(autouse=True)
def cache(tmp_path, monkeypatch) -> Path:
    """Stores go to this test's own folder (the child inherits the environment)."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    return tmp_path / "cache" / "govkg" / "sparql"


@pytest.fixture
def seed_file(tmp_path, kg) -> Path:
    """The bundled seed's graph as an N-Triples file, with a few blank nodes."""
    path = tmp_path / "seed.nt"
    blank = b'_:note%d <https://example.org/says> "%d" .\n_:note%d <https://example.org/next> _:note%d .\n'
    path.write_bytes(
        serialize(kg.graph, "nt") + b"".join(blank % (n, n, n, n + 1) for n in range(5))
    )
    return path


def _dump(store_path: Path) -> Graph:
    """What the workers would read, as a plain rdflib graph."""
    store = Store.read_only(str(store_path))
    text = store.dump(format=RdfFormat.N_TRIPLES, from_graph=DefaultGraph())
    del store
    return Graph().parse(data=text, format="nt")


def _same(store_path: Path, graph) -> bool:
    """The same triples, blank nodes matched by structure: every load gives them new labels."""
    plain = Graph().parse(data=serialize(graph, "nt"), format="nt")
    return to_isomorphic(_dump(store_path)) == to_isomorphic(plain)


def test_the_store_loaded_from_the_file_holds_the_graphs_triples_and_labels(seed_file, cache):
    early = start(seed_file)
    served = open_graph(seed_file)
    early.offer(served.graph, served.version)
    shared = SharedStore(served.graph)
    try:
        assert shared.early
        assert shared.path == early.path
        assert shared.triples == served.triples > 1000
        assert sum(isinstance(s, BNode) for s, _, _ in _dump(shared.path)) == 10
        assert _same(shared.path, served.graph)
        assert shared.path.parent == cache
        assert shared.path.name.startswith(f"{os.getpid()}-")
    finally:
        shared.remove()
    assert not shared.path.exists()


def test_a_file_changed_after_the_child_read_it_is_not_trusted(seed_file, cache):
    early = start(seed_file)
    early.process.wait()
    lines = seed_file.read_bytes().splitlines(keepends=True)
    seed_file.write_bytes(b"".join(lines[:-1]))  # one triple fewer, as the server loads it
    served = open_graph(seed_file)
    early.offer(served.graph, served.version)
    shared = SharedStore(served.graph)
    try:
        assert not shared.early
        assert not early.path.exists()
        assert shared.triples == served.triples == len(lines) - 1
        assert _same(shared.path, served.graph)
    finally:
        shared.remove()
    assert list(cache.iterdir()) == []


def test_a_broken_file_falls_back_to_the_graph(tmp_path, kg, cache):
    broken = tmp_path / "broken.nt"
    broken.write_text("<https://example.org/a> <https://example.org/b> not a term .\n")
    early = start(broken)
    early.offer(kg.graph, kg.version)
    shared = SharedStore(kg.graph)
    try:
        assert early.process.returncode not in (0, None)
        assert not shared.early
        assert not early.path.exists()
        assert shared.triples == kg.triples
    finally:
        shared.remove()
    assert list(cache.iterdir()) == []


def test_a_store_offered_for_another_graph_is_removed(seed_file, kg, cache):
    early = start(seed_file)
    served = open_graph(seed_file)
    early.offer(served.graph, served.version)
    shared = SharedStore(kg.graph)  # a reload came first: not the graph it was loaded for
    try:
        assert not shared.early
        assert not early.path.exists()
        assert shared.triples == kg.triples
    finally:
        shared.remove()
    again = SharedStore(served.graph)
    again.remove()
    assert not again.early  # an offer is taken once


def test_other_formats_and_seed_folders_are_built_from_the_graph(tmp_path, kg, cache):
    turtle = tmp_path / "seed.ttl"
    turtle.write_bytes(serialize(kg.graph, "turtle"))
    assert start(turtle) is None
    assert start(tmp_path) is None
    assert start(tmp_path / "missing.nt") is None
    assert not cache.exists() or list(cache.iterdir()) == []


def test_govkg_serve_answers_sparql_from_the_file_and_removes_its_store(tmp_path, seed_file, cache):
    server, url = ready_server(seed_file, tmp_path / "serve.log", "--sparql-workers", "1")
    served = open_graph(seed_file)
    try:
        assert [p.name.split("-")[0] for p in cache.iterdir()] == [str(server.pid)]
        count = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
        rows = httpx.get(f"{url}/sparql", params={"query": count}).json()
        assert int(rows["results"]["bindings"][0]["n"]["value"]) == served.triples
    finally:
        server.terminate()
        server.wait(10)
    assert list(cache.iterdir()) == []
