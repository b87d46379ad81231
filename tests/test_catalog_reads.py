"""Reading straight from Oxigraph (``graph/oxreads``) gives exactly what reading through
rdflib gives: every record, every name, every search answer and every finding, on the real
seed and on a synthetic graph. The rdflib reads are the reference (``GraphReads``, what a
graph on another store uses)."""

from __future__ import annotations

import dataclasses
import re
import shutil
import tempfile
import unicodedata
from decimal import Decimal
from pathlib import Path

import pytest
from rdflib import RDF

from govkg.answers.findings import find_problems
from govkg.answers.kg import open_graph
from govkg.answers.names import Names, normalise
from govkg.graph.bulklines import read_lines
from govkg.graph.catalog import KIND_OF_CLASS, Catalog
from govkg.graph.ontology import GOVKG
from govkg.graph.oxreads import GraphReads, OxReads
from govkg.graph.synth import write_synthetic


@pytest.fixture(scope="module", params=["seed", "synthetic"])
def graph(request):
    if request.param == "seed":
        yield open_graph().graph
        return
    folder = Path(tempfile.mkdtemp())
    write_synthetic(folder / "synth.nt", 20_000, seed_value=5)
    yield open_graph(folder / "synth.nt").graph
    shutil.rmtree(folder, ignore_errors=True)


def _pair(graph) -> tuple[Catalog, Catalog]:
    fast, slow = Catalog(graph), Catalog(graph)
    slow.reads = GraphReads(graph)
    assert isinstance(fast.reads, OxReads)
    return fast, slow


def _fields(record) -> dict | None:
    return None if record is None else dataclasses.asdict(record)


def test_every_record_reads_the_same(graph):
    fast, slow = _pair(graph)
    for cls in (*KIND_OF_CLASS, GOVKG.Relation, GOVKG.MoneyFigure):
        assert fast.ids_of_class(cls) == slow.ids_of_class(cls)
    maps = ("nodes", "links", "lines", "indicators", "events", "documents", "money_figures")
    ids = set(slow.nodes) | set(slow.links) | set(slow.money_figures)
    assert len(slow.lines) > 0
    assert len(slow.links) > 0
    for name in maps:
        mine, theirs = getattr(fast, name), getattr(slow, name)
        for nid in sorted(ids):  # every id against every map: a wrong kind is None in both
            assert _fields(mine.get(nid)) == _fields(theirs.get(nid)), (name, nid)
    for name, kind in (
        ("lines", "funding-line"),
        ("indicators", "indicator"),
        ("events", "event"),
        ("documents", "document"),
    ):
        for nid in sorted(ids):  # a detail record exactly for a node of its kind
            node = slow.nodes.get(nid)
            expected = node is not None and node.kind == kind
            assert (getattr(fast, name).get(nid) is not None) == expected, (name, nid)
    for bad in ("platform/a b", "platform/%zz", "unit/无此单位", "nothing"):
        assert fast.nodes.get(bad) is None
        assert slow.nodes.get(bad) is None


def test_names_search_and_findings_are_the_same(graph):
    fast, slow = _pair(graph)
    mine, theirs = Names(fast), Names(slow)
    assert mine._name_index == theirs._name_index
    assert mine._gram_index == theirs._gram_index
    folded = list(theirs._name_index)
    needles = {f[i : i + n] for f in folded[::7] for n in (1, 2, 4) for i in (0, len(f) // 2)}
    for needle in sorted(n for n in needles if n):
        found = [node.id for node in mine.search(needle, first=100)]
        assert found == [node.id for node in theirs.search(needle, first=100)]
        # and the bigram index finds what a scan of every folded name finds
        assert set(mine._containing(needle)) == {f for f in folded if needle in f}
    assert find_problems(fast) == find_problems(slow)


def _normalise_before(text: str) -> str:
    """``normalise`` as it was before its scan in C: the reference."""
    text = unicodedata.normalize("NFKD", text).casefold()
    text = "".join(c for c in text if not unicodedata.combining(c))
    return re.sub(r"[\s\-_'’“”\"《》（）()·,，、.。/:#]+", "", text)


def test_normalise_folds_as_before(graph):
    names = Names(Catalog(graph))
    texts = [text for _nid, _rank, text in names._names()]
    texts += ["Yī Wǎng-Tōng Guǎn", "İstanbul", "ＡＢＣ１２３", "Ⅻ", "é", "ﬁle", "", "《》", "ß"]
    for text in texts:
        assert normalise(text) == _normalise_before(text), text


def test_every_line_read_in_bulk_is_the_line_read_alone(graph):
    """``catalog.lines.values()`` reads the lines in one query (graph/bulklines): each is
    the record read on its own, through rdflib, field for field, and none is missing."""
    fast, slow = _pair(graph)
    bulk = read_lines(fast.reads.store, fast.base)
    assert len(bulk) == len(slow.lines) > 0
    for nid, line in bulk.items():
        assert _fields(line) == _fields(slow.lines[nid]), nid
    assert [_fields(x) for x in fast.lines.values()] == [_fields(x) for x in slow.lines.values()]


def test_a_line_the_query_cannot_give_plainly_is_read_alone():
    """A share stated twice, a line that is also a unit, a line of another base: left out of
    the bulk read, and read one at a time exactly as before."""
    base = "https://govkg.org/id/funding-line"
    text = open_graph().graph.serialize(format="nt")
    extra = "\n".join(
        [
            f'<{base}/twice> <{GOVKG.statedShare}> "12.5"^^<http://www.w3.org/2001/XMLSchema#decimal> .',
            f'<{base}/twice> <{GOVKG.statedShare}> "13"^^<http://www.w3.org/2001/XMLSchema#decimal> .',
            f"<{base}/twice> <{RDF.type}> <{GOVKG.FundingLine}> .",
            f"<{base}/also-unit> <{RDF.type}> <{GOVKG.FundingLine}> .",
            f"<{base}/also-unit> <{RDF.type}> <{GOVKG.Unit}> .",
            f"<https://elsewhere.example/id/funding-line/x> <{RDF.type}> <{GOVKG.FundingLine}> .",
        ]
    )
    folder = Path(tempfile.mkdtemp())
    try:
        (folder / "odd.nt").write_text(text + "\n" + extra + "\n", encoding="utf-8")
        fast, slow = _pair(open_graph(folder / "odd.nt").graph)
        bulk = read_lines(fast.reads.store, fast.base)
        assert not {"funding-line/twice", "funding-line/also-unit", "funding-line/x"} & set(bulk)
        assert [_fields(x) for x in fast.lines.values()] == [
            _fields(x) for x in slow.lines.values()
        ]
        assert fast.lines["funding-line/twice"].stated_share in (Decimal("12.5"), Decimal(13))
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def test_a_node_read_before_is_not_read_again_as_another_kind():
    """Exports ask every node for its line, indicator, event and document: a node already
    read as a unit answers None for those without reading the store again."""
    catalog = Catalog(open_graph().graph)
    unit, line = catalog.ids_of_kind("unit")[0], catalog.ids_of_kind("funding-line")[0]
    assert catalog.nodes[unit].kind == "unit"
    assert catalog.nodes[line].kind == "funding-line"
    read, properties = [], catalog.reads.properties
    catalog.reads.properties = lambda subject: read.append(subject) or properties(subject)
    for name in ("lines", "indicators", "events", "documents"):
        assert getattr(catalog, name).get(unit) is None
    assert read == []
    assert catalog.lines.get(line) is not None  # its own kind is read (and its amount's)
    assert read[0] == catalog.iri(line)
    before = len(read)
    assert catalog.indicators.get(line) is None
    assert len(read) == before
