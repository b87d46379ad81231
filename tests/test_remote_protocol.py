"""The remote store against a second engine, with no package to install: a minimal SPARQL 1.1
Protocol server on pyoxigraph, shaped like Fuseki (``/ds/query``, ``/ds/update``; updates
need HTTP Basic auth). Virtuoso is tested in test_remote_virtuoso.py."""

from __future__ import annotations

import base64
import threading
import urllib.parse
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pyoxigraph as ox
import pytest
from rdflib import XSD, Literal, URIRef
from rdflib.namespace import SKOS

import govkg
from govkg.answers.kg import KnowledgeGraph
from govkg.graph.store import new_graph
from govkg.stores.remote import (
    Endpoint,
    RemoteError,
    RemoteSource,
    meta_graph_iri,
    open_knowledge_graph,
    open_remote,
    publish,
)

GRAPH = "https://govkg.org/graph/protocol-test"
CREDENTIALS = ("admin", "s3cret")


class _Handler(BaseHTTPRequestHandler):
    store: ox.Store

    def log_message(self, *args) -> None:  # keep pytest output clean
        pass

    def do_POST(self) -> None:
        length = int(self.headers.get("Content-Length", 0))
        form = urllib.parse.parse_qs(self.rfile.read(length).decode("utf-8"))
        try:
            if self.path == "/ds/query" and "query" in form:
                answer = self.store.query(form["query"][0])
                body = answer.serialize(format=ox.QueryResultsFormat.JSON)
                self._reply(200, body, "application/sparql-results+json")
            elif self.path == "/ds/update" and "update" in form:
                token = base64.b64encode(":".join(CREDENTIALS).encode()).decode()
                if self.headers.get("Authorization") != f"Basic {token}":
                    self._reply(
                        401, b"auth", "text/plain", {"WWW-Authenticate": 'Basic realm="ds"'}
                    )
                    return
                self.store.update(form["update"][0])
                self._reply(204, b"", "text/plain")
            else:
                self._reply(404, b"no such endpoint", "text/plain")
        except (SyntaxError, ValueError, OSError) as error:
            self._reply(400, str(error).encode(), "text/plain")

    def _reply(self, status: int, body: bytes, media: str, headers: dict | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", media)
        self.send_header("Content-Length", str(len(body)))
        for key, value in (headers or {}).items():
            self.send_header(key, value)
        self.end_headers()
        self.wfile.write(body)


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    handler = type("Handler", (_Handler,), {"store": ox.Store()})
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}/ds"
    httpd.shutdown()
    httpd.server_close()


@pytest.fixture(scope="module")
def endpoint(server) -> Iterator[Endpoint]:
    found = Endpoint(f"{server}/query", f"{server}/update", auth=CREDENTIALS)
    yield found
    found.close()


@pytest.fixture(scope="module")
def embedded() -> KnowledgeGraph:
    return govkg.open()


@pytest.fixture(scope="module")
def remote(endpoint, embedded) -> KnowledgeGraph:
    return open_knowledge_graph(endpoint, graph_iri=GRAPH, load=embedded)


QUESTIONS = [
    '{ feeds(platform: "一网统管") { totalCount nodes { id unit { name } via { name } '
    "cost { amount { amount currency } basis method fundingLine { name } } sources { quote start end } } } }",
    "{ fundingLines(year: 2023, first: 100) { totalCount nodes { name statedShare computedShare "
    "amount { amount basis method } parent { name } children { name } } } }",
    '{ unit(name: "中共益阳市委政法委员会") { id name nameEn pinyin aliases } }',
    '{ path(from: "市委组织部", to: "市城管执法局") { name } }',
    "{ findings { code severity message sources { quote } } }",
    '{ search(query: "平台", first: 10) { id name } }',
]


@pytest.mark.parametrize("query", QUESTIONS)
def test_a_fuseki_shaped_store_answers_as_the_embedded_one(remote, embedded, query):
    mine, theirs = remote.query(query), embedded.query(query)
    assert "errors" not in mine, mine
    assert mine == theirs


def test_version_and_size_come_from_the_store(remote, embedded):
    assert remote.version == embedded.version
    assert len(remote.graph) == embedded.triples


def test_basic_auth_is_answered_and_a_wrong_password_is_a_clear_error(server, endpoint):
    assert endpoint.auth_scheme == "basic"
    wrong = Endpoint(f"{server}/query", f"{server}/update", auth=("admin", "wrong"))
    try:
        with pytest.raises(RemoteError) as refused:
            wrong.update(f"CLEAR SILENT GRAPH <{GRAPH}-other>")
        assert refused.value.status == 401
    finally:
        wrong.close()


def test_terms_round_trip_through_a_standard_store(endpoint):
    """Exactly, except the decimal's lexical form: Oxigraph (like the embedded store and
    Virtuoso) keeps decimals by value and writes them canonically."""
    graph = open_remote(endpoint, graph_iri=f"{GRAPH}-terms")
    s, p = URIRef("https://govkg.org/id/test/s"), URIRef("https://govkg.org/ontology#p")
    values = [
        Literal("市委政法委", lang="zh"),
        Literal('"} } CLEAR ALL ; #'),
        Literal("13221400.00", datatype=XSD.decimal),
        Literal("2022", datatype=XSD.gYear),
        Literal(True),
    ]
    try:
        graph.addN((s, p, value, graph) for value in values)
        back = set(graph.objects(s, p))
        assert back - set(values) == {Literal("13221400", datatype=XSD.decimal)}
        assert set(values) - back == {Literal("13221400.00", datatype=XSD.decimal)}
        assert len(open_remote(endpoint, graph_iri=GRAPH)) > 5000  # CLEAR ALL did not run
    finally:
        graph.store.clear()


def test_a_subject_is_read_once_kept_in_a_bounded_lru_and_forgotten_on_a_write(endpoint):
    graph = open_remote(endpoint, graph_iri=f"{GRAPH}-cache", cache=2)
    p = URIRef("https://govkg.org/ontology#p")
    s0, s1, s2 = (URIRef(f"https://govkg.org/id/test/{i}") for i in range(3))
    try:
        graph.addN((s, p, Literal(i), graph) for i, s in enumerate((s0, s1, s2)))
        start = endpoint.requests

        def asked() -> int:
            return endpoint.requests - start

        assert graph.value(s0, p) == Literal(0)
        assert graph.value(s0, p) == Literal(0)
        assert asked() == 1
        graph.value(s1, p)  # two more subjects: s0 is the oldest, out
        graph.value(s2, p)
        graph.value(s2, p)
        assert asked() == 3
        assert graph.value(s0, p) == Literal(0)
        assert asked() == 4
        graph.add((s0, p, Literal(9)))  # a write drops what was kept
        writes = asked()
        assert set(graph.objects(s0, p)) == {Literal(0), Literal(9)}
        assert asked() == writes + 1
    finally:
        graph.store.clear()


def test_a_replica_swaps_to_a_newly_published_version(endpoint, embedded):
    iri = f"{GRAPH}-replica"
    source = RemoteSource(endpoint, graph_iri=iri, load=embedded, check_every=0)
    try:
        first = source.current()
        assert first.version == embedded.version
        assert source.current() is first  # nothing new: same graph, same caches
        changed = new_graph()
        changed.addN((*t, changed) for t in embedded.graph)
        center = URIRef("https://govkg.org/id/unit/yiyang-bdc")
        changed.add((center, SKOS.altLabel, Literal("益阳大数据", lang="zh")))
        publish(changed, endpoint, graph_iri=iri, version="v2")
        second = source.current()
        assert second is not first
        assert second.version == "v2"
        assert second.service.lookup("益阳大数据").id == "unit/yiyang-bdc"
    finally:
        for name in (iri, meta_graph_iri(iri)):
            endpoint.update(f"DROP SILENT GRAPH <{name}>")


def test_serving_an_empty_graph_is_a_clear_error(endpoint):
    with pytest.raises(RemoteError, match="is empty: publish one first"):
        open_knowledge_graph(endpoint, graph_iri=f"{GRAPH}-never-published")


def test_the_cli_publishes_and_then_answers_from_the_store(server, embedded, monkeypatch, capsys):
    from govkg.cli import main

    monkeypatch.setenv("GOVKG_STORE_AUTH", ":".join(CREDENTIALS))
    store = [
        "--store",
        f"{server}/query",
        "--store-update",
        f"{server}/update",
        "--store-graph",
        "https://govkg.org/graph/cli-test",
    ]
    assert main(["publish", *store]) == 0
    capsys.readouterr()
    query = '{ feeds(platform: "一网统管") { nodes { unit { name } cost { amount { amount } } } } }'
    assert main(["query", query, *store]) == 0
    import json

    assert json.loads(capsys.readouterr().out) == json.loads(json.dumps(embedded.query(query)))
