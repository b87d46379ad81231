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
from pathlib import Path

import pytest

from govkg.answers.findings import find_problems
from govkg.answers.kg import open_graph
from govkg.answers.names import Names, normalise
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
