"""The same API on a real remote store: Debian's Virtuoso on loopback, started by
scripts/virtuoso, gets the bundled seed published and must answer the contract questions
exactly as the embedded store does.

Set GOVKG_TEST_STORE (queries), GOVKG_TEST_STORE_UPDATE and GOVKG_TEST_STORE_AUTH
(``user:password``) to run the same tests against another SPARQL 1.1 store (Fuseki,
GraphDB, …); they use a graph of their own and drop it afterwards.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import uuid
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from rdflib import XSD, BNode, Literal, URIRef

import govkg
from govkg.answers.kg import KnowledgeGraph
from govkg.stores.remote import (
    Endpoint,
    RemoteError,
    RemoteStore,
    meta_graph_iri,
    open_knowledge_graph,
    open_remote,
    publish,
    remote_version,
)

SCRIPT = Path(__file__).resolve().parent.parent / "scripts" / "virtuoso"

FEEDS = """{ feeds(platform: "一网统管") { totalCount nodes { id unit { name nameEn } platform { name }
  via { name } cost { amount { amount currency } basis method fundingLine { name amount { amount } } }
  sources { document quote start end } } } }"""
LINES = """{ fundingLines(year: 2023, first: 100) { totalCount nodes { id name year asWritten
  statedShare computedShare lineCategory amount { amount currency basis method } parent { name }
  children { name amount { amount basis } } funds { name kind } unit { name } document { id fiscalYear }
  sources { document quote start end } } } }"""
LOOKUP = "query($n: String!) { unit(name: $n) { id name nameEn pinyin aliases } }"
PLATFORM = """query($n: String!) { platform(name: $n) { id name nameEn pinyin operator { name }
  partOf { name } components { name } fundedBy { name } costs { amount { amount } basis method }
  indicators { name value unit approximate qualifier asWritten year } neighbours { id } } }"""
UNIT = """{ unit(name: "市大数据中心") { name unnamed parent { name unnamed } subunits { name }
  operates { name } attributes { name value sources { quote } } feeds { id } } }"""
PATH = '{ path(from: "市委组织部", to: "市城管执法局") { id name kind } }'
FINDINGS = """{ findings { id code severity message subjects { id name }
  sources { document quote start end } } }"""
DOCUMENTS = """{ documents { id title fiscalYear date genre sha256 issuer { name }
  sources { quote } } }"""
SEARCH = "query($q: String!, $k: EntityKind) { search(query: $q, kind: $k) { id name kind } }"
PAGES = """query($a: String) { units(first: 7, after: $a) { totalCount
  edges { cursor node { id name } } pageInfo { hasNextPage endCursor } } }"""
NODE = '{ node(id: "unit/yiyang-bdc") { __typename id iri kind name ... on Unit { operates { name } } } }'

CENTER_NAMES = [
    "益阳市智慧城市和大数据中心",
    "市大数据中心",
    "Yiyang Smart City and Big Data Center",
    "yiyang smart city and big data center",
    "yi yang shi zhi hui cheng shi he da shu ju zhong xin",
    "YiYangShiZhiHuiChengShiHeDaShuJuZhongXin",
    "unit/yiyang-bdc",
    "https://govkg.org/id/unit/yiyang-bdc",
    "市委政法委",
    "中共益阳市委政法委员会",
    "不存在的单位",
]

QUESTIONS = [
    ("feeds", FEEDS, None),
    ("funding-lines-2023", LINES, None),
    ("funding-lines-2022", "{ fundingLines(year: 2022) { totalCount nodes { id } } }", None),
    *[(f"unit:{name}", LOOKUP, {"n": name}) for name in CENTER_NAMES],
    *[
        (f"platform:{name}", PLATFORM, {"n": name})
        for name in ("一网统管", "yiwangtongguan", "yi wang tong guan", "政务云平台")
    ],
    ("unit-detail", UNIT, None),
    ("path", PATH, None),
    ("findings", FINDINGS, None),
    ("documents", DOCUMENTS, None),
    *[
        (f"search:{q}:{k}", SEARCH, {"q": q, "k": k})
        for q, k in (("湘易办", None), ("市委", "UNIT"), ("平台", None), ("经费", "FUNDING_LINE"))
    ],
    ("units-page-1", PAGES, {"a": None}),
    ("node", NODE, None),
]


def _start_virtuoso() -> dict[str, str]:
    out = subprocess.run(
        [sys.executable, str(SCRIPT), "start"],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    if out.returncode != 0:
        pytest.fail(f"scripts/virtuoso start failed:\n{out.stdout}\n{out.stderr}")
    return dict(line.split("=", 1) for line in out.stdout.splitlines() if "=" in line)


@pytest.fixture(scope="session")
def store() -> Iterator[dict[str, str]]:
    """Query and update URLs and auth of a running store; a throwaway Virtuoso by default."""
    if os.environ.get("GOVKG_TEST_STORE"):
        yield {
            "query": os.environ["GOVKG_TEST_STORE"],
            "update": os.environ.get("GOVKG_TEST_STORE_UPDATE") or os.environ["GOVKG_TEST_STORE"],
            "auth": os.environ.get("GOVKG_TEST_STORE_AUTH", ""),
        }
        return
    if shutil.which("virtuoso-t") is None:
        pytest.skip(
            "virtuoso-t is not installed: apt-get install -y virtuoso-opensource "
            "(scripts/test installs it where it can), or set GOVKG_TEST_STORE to another SPARQL 1.1 store"
        )
    found = _start_virtuoso()
    try:
        yield {
            "query": found["GOVKG_STORE"],
            "update": found["GOVKG_STORE_UPDATE"],
            "auth": found["GOVKG_STORE_AUTH"],
        }
    finally:
        subprocess.run(
            [sys.executable, str(SCRIPT), "stop", found["GOVKG_VIRTUOSO_DIR"]],
            capture_output=True,
            timeout=60,
            check=False,
        )


@pytest.fixture(scope="session")
def endpoint(store) -> Iterator[Endpoint]:
    user, _, password = store["auth"].partition(":")
    found = Endpoint(store["query"], store["update"], auth=(user, password) if user else None)
    yield found
    found.close()


@pytest.fixture(scope="session")
def graph_iri(endpoint) -> Iterator[str]:
    """A named graph of this test run's own, dropped at the end."""
    iri = f"https://govkg.org/graph/test-{uuid.uuid4().hex[:12]}"
    yield iri
    for name in (iri, meta_graph_iri(iri)):
        endpoint.update(f"DROP SILENT GRAPH <{name}>")


@pytest.fixture(scope="session")
def embedded() -> KnowledgeGraph:
    return govkg.open()


@pytest.fixture(scope="session")
def remote(endpoint, graph_iri, embedded) -> KnowledgeGraph:
    """The bundled seed published to the store, the API served from there."""
    return open_knowledge_graph(endpoint, graph_iri=graph_iri, load=embedded)


@pytest.fixture(scope="session")
def uncached(endpoint, graph_iri, remote) -> KnowledgeGraph:
    """The same remote graph read without the description cache: one request per pattern."""
    return KnowledgeGraph.from_graph(
        open_remote(endpoint, graph_iri=graph_iri, cache=0), remote.version, "uncached"
    )


def _answer(kg: KnowledgeGraph, query: str, variables: dict | None) -> dict:
    response = kg.query(query, variables)
    assert "errors" not in response, response.get("errors")
    return response["data"]


@pytest.mark.parametrize(("query", "variables"), [q[1:] for q in QUESTIONS], ids=[q[0] for q in QUESTIONS])
def test_the_remote_store_answers_exactly_as_the_embedded_one(remote, embedded, query, variables):
    assert _answer(remote, query, variables) == _answer(embedded, query, variables)


@pytest.mark.parametrize("name", ["feeds", "findings", "path", "unit:市委政法委", "search:平台:None"])
def test_without_the_cache_the_answers_are_the_same(uncached, embedded, name):
    _, query, variables = next(q for q in QUESTIONS if q[0] == name)
    assert _answer(uncached, query, variables) == _answer(embedded, query, variables)


def test_the_answers_are_the_contract_not_just_equal(remote):
    feeds = _answer(remote, FEEDS, None)["feeds"]
    assert feeds["totalCount"] == 4
    assert {c["cost"]["fundingLine"]["amount"]["amount"] for c in feeds["nodes"]} == {"13221400.00"}
    assert sum(Decimal(c["cost"]["amount"]["amount"]) for c in feeds["nodes"]) > 0
    path = [n["name"] for n in _answer(remote, PATH, None)["path"]]
    assert path == ["市委组织部", "一网统管", "市城管执法局"]


def test_the_seed_is_all_there_under_its_version(remote, embedded, endpoint, graph_iri):
    assert len(remote.graph) == embedded.triples
    assert remote.version == embedded.version
    assert remote_version(endpoint, graph_iri) == embedded.version


def test_the_published_triples_are_the_embedded_ones_up_to_canonical_forms(remote, embedded):
    def canonical(triple):
        return tuple(
            Literal(term.toPython(), datatype=XSD.decimal)
            if isinstance(term, Literal) and term.datatype == XSD.decimal
            else term
            for term in triple
        )

    assert {canonical(t) for t in remote.graph} == {canonical(t) for t in embedded.graph}


TRICKY = [
    Literal("益阳市智慧城市和大数据中心", lang="zh"),
    Literal("Yiyang Smart City and Big Data Center", lang="en"),
    Literal('引号"、反斜杠\\、换行\n与制表\t'),
    Literal("𠀀 U+20000 and 😀 outside the BMP", lang="zh"),
    Literal("} } DROP ALL ; INSERT DATA { <urn:x> <urn:y> <urn:z> }"),
    Literal("2023-05-28", datatype=XSD.date),
    Literal("2022", datatype=XSD.gYear),
    Literal(2023),
    Literal(True),
    Literal("13221400.00", datatype=XSD.decimal),
    Literal("99.8", datatype=XSD.decimal),
    Literal("x", datatype=URIRef("https://govkg.org/ontology#custom")),
]


@pytest.fixture
def scratch(endpoint) -> Iterator[RemoteStore]:
    store = RemoteStore(endpoint, f"https://govkg.org/graph/scratch-{uuid.uuid4().hex[:12]}")
    yield store
    store.clear()


def test_literals_round_trip_with_language_tags_and_datatypes(scratch):
    subject, predicate = URIRef("https://govkg.org/id/test/s"), URIRef("https://govkg.org/ontology#p")
    scratch.insert((subject, predicate, value) for value in TRICKY)
    back = [o for (_, _, o), _ in scratch.triples((subject, predicate, None))]
    assert len(back) == len(TRICKY)
    for value in TRICKY:
        same = [o for o in back if o == value]
        if value.datatype == XSD.decimal:  # the store may write 13221400.00 as 13221400
            same = [o for o in back if o.datatype == XSD.decimal and o.toPython() == value.toPython()]
            assert isinstance(same[0].toPython(), Decimal)
        assert len(same) == 1, value
        found = [s for (s, _, _), _ in scratch.triples((None, predicate, value))]
        assert found == [subject], value  # and each one is found again by value


def test_answers_longer_than_the_servers_row_cap_are_paged(scratch):
    """Virtuoso cuts every answer at 10,000 rows; 12,000 triples must all come back."""
    predicate = URIRef("https://govkg.org/ontology#n")
    triples = [(URIRef(f"https://govkg.org/id/test/{i}"), predicate, Literal(i)) for i in range(12_000)]
    scratch.insert(triples)
    assert len(scratch) == 12_000
    back = {t for t, _ in scratch.triples((None, predicate, None))}
    assert back == set(triples)


def test_writes_and_removes_go_through_the_graph_api(endpoint):
    iri = f"https://govkg.org/graph/scratch-{uuid.uuid4().hex[:12]}"
    graph = open_remote(endpoint, graph_iri=iri)
    s, p = URIRef("https://govkg.org/id/test/a"), URIRef("https://govkg.org/ontology#p")
    try:
        graph.add((s, p, Literal("一", lang="zh")))
        graph.addN((s, p, Literal(n), graph) for n in range(3))
        assert len(graph) == 4
        assert (s, p, Literal(1)) in graph
        graph.remove((s, p, Literal(1)))
        assert (s, p, Literal(1)) not in graph
        assert len(graph) == 3
        graph.remove((s, None, None))
        assert len(graph) == 0
    finally:
        graph.store.clear()


def test_blank_nodes_are_refused_not_mangled(scratch):
    with pytest.raises(RemoteError, match="blank nodes"):
        scratch.insert([(BNode(), URIRef("https://govkg.org/ontology#p"), Literal(1))])


def test_a_refused_update_is_a_clear_error(store):
    anonymous = Endpoint(store["query"])
    try:
        with pytest.raises(RemoteError) as refused:
            publish(govkg.open().graph, anonymous, graph_iri="https://govkg.org/graph/refused")
        assert refused.value.status in (401, 403, 500)
    finally:
        anonymous.close()


def test_publishing_again_replaces_the_content(endpoint, embedded):
    iri = f"https://govkg.org/graph/scratch-{uuid.uuid4().hex[:12]}"
    try:
        first = publish(embedded.graph, endpoint, graph_iri=iri)
        again = publish(embedded.graph, endpoint, graph_iri=iri)
        assert first == again == remote_version(endpoint, iri)
        assert len(open_remote(endpoint, graph_iri=iri)) == embedded.triples
    finally:
        for name in (iri, meta_graph_iri(iri)):
            endpoint.update(f"DROP SILENT GRAPH <{name}>")


TWO_REPORTS = [
    """{ unit(name: "市大数据中心") { spending { year document { id awaitingReview curated }
      total { amount { amount basis method } budget { amount basis } lines { id } }
      totals { category amount { amount basis } budget { amount } } rootLines { id }
      sources { document start end } } } }""",
    """{ compareUnits(names: ["市政法委", "益阳市大数据中心"], year: 2024) { name unit { id aliases }
      spending { year totals { category amount { amount } } } } }""",
    FINDINGS,
    """{ platform(name: "城乡末端感知平台") { provenance extractionRule possiblySameAs { id }
      links { provenance extractionRule } } fundingLine(name: "一网统管运维费") { budget { amount }
      budgetAsWritten shareOf { id } computedShare extractionRule } }""",
    """{ documents { id moneyFigures { id kind amount { amount basis } label asWritten year read
      reason rate fundingLine { id } sources { document quote start end } provenance } }
      moneyFigure(id: "bdc-2024-money-unread") { id kind read reason document { id } } }""",
]


@pytest.fixture(scope="session")
def two_reports(endpoint, tmp_path_factory) -> Iterator[tuple[KnowledgeGraph, KnowledgeGraph]]:
    """The bundled seed plus the fictional 2024 report, embedded and published to a graph
    of its own (dropped afterwards)."""
    from two_reports import combine

    embedded_two = govkg.open(combine(tmp_path_factory.mktemp("two-remote") / "seed"))
    iri = f"https://govkg.org/graph/test-two-{uuid.uuid4().hex[:12]}"
    try:
        yield embedded_two, open_knowledge_graph(endpoint, graph_iri=iri, load=embedded_two)
    finally:
        for name in (iri, meta_graph_iri(iri)):
            endpoint.update(f"DROP SILENT GRAPH <{name}>")


@pytest.mark.parametrize(
    "query", TWO_REPORTS, ids=["spending", "compare", "findings", "provenance", "money-figures"]
)
def test_two_reports_are_answered_alike_by_the_remote_store(two_reports, query):
    embedded_two, remote_two = two_reports
    assert _answer(remote_two, query, None) == _answer(embedded_two, query, None)
