"""The shapes checked piece by piece decide exactly what pyshacl decides on the whole graph:
the same problems, line for line, on seeds broken at random and where one node's verdict
rests on another's triples, from an empty cache and from one that knows the seed before."""

from __future__ import annotations

import random

import pytest
from rdflib import RDF, RDFS, XSD, Graph, Literal, URIRef

from govkg.graph import shapepieces
from govkg.graph.ontology import GOVKG, OA, SCHEMA
from govkg.graph.rdf import DEFAULT_BASE, seed_triples
from govkg.graph.shapepieces import piece_problems, shapes_reach, whole_reach
from govkg.graph.shapes import shape_problems, shapes_graph
from govkg.seed.load import load_seed
from two_reports import combine


@pytest.fixture(scope="module")
def bundled(tmp_path_factory):
    """The bundled seed and the 2024 report: two documents, money figures of every basis."""
    seed = load_seed(combine(tmp_path_factory.mktemp("two") / "seed"))
    return seed_triples(seed, DEFAULT_BASE), seed.origins


@pytest.fixture(autouse=True)
def own_cache(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.setattr(shapepieces, "_KNOWN", set())


def whole(triples, origins) -> list[str]:
    graph = Graph()
    graph.addN((*t, graph) for t in triples)
    return [str(p) for p in shape_problems(graph, origins)]


def pieces(triples, origins, *, remember=False) -> list[str]:
    reach = whole_reach()
    assert reach is not None
    found = piece_problems(triples, origins, reach, remember=remember)
    assert found is not None
    return [str(p) for p in found]


def subjects_of(triples, kind) -> list:
    return sorted({s for s, p, o in triples if p == RDF.type and o == kind})


def retyped(triples, node, kind):
    """``node`` loses its rdf:type ``kind``: everything pointing at it meets sh:class."""
    return [t for t in triples if t != (node, RDF.type, kind)]


def rebased(triples):
    """A money figure's amount claims to be derived: the figure's sh:node fails on it."""
    figure = subjects_of(triples, GOVKG.MoneyFigure)[0]
    amount = next(o for s, p, o in triples if s == figure and p == SCHEMA.amount)
    return [
        (s, p, GOVKG.Derived if (s, p) == (amount, GOVKG.basis) else o) for s, p, o in triples
    ]


def at_random(triples, seed: int, count: int = 40):
    """``count`` edits of every kind: a triple dropped, an object swapped with another
    triple's (a unit where a platform belongs, a string where a date does), a node given a
    type it should not have, a literal of an impossible value."""
    rng = random.Random(seed)
    edited = list(triples)
    objects = [o for _, _, o in triples]
    classes = sorted({o for _, p, o in triples if p == RDF.type})
    nodes = sorted({s for s, _, _ in triples})
    for _ in range(count):
        kind = rng.randrange(4)
        at = rng.randrange(len(edited))
        s, p, _ = edited[at]
        if kind == 0:
            del edited[at]
        elif kind == 1:
            edited[at] = (s, p, rng.choice(objects))
        elif kind == 2:
            edited.append((rng.choice(nodes), RDF.type, rng.choice(classes)))
        else:
            edited[at] = (s, p, Literal("2023-02-30", datatype=XSD.date))
    return edited


def test_the_reach_is_read_off_the_shapes():
    reach = shapes_reach(shapes_graph())
    assert reach is not None
    assert reach.depth == 1
    assert reach.predicates == {RDF.type, GOVKG.basis}


def test_shapes_that_read_further_than_a_piece_give_no_reach():
    inverse = shapes_graph()
    shape = URIRef("https://govkg.org/shapes#InverseShape")
    path = URIRef("https://govkg.org/shapes#inversePath")
    inverse.add((shape, RDF.type, URIRef("http://www.w3.org/ns/shacl#NodeShape")))
    inverse.add((shape, URIRef("http://www.w3.org/ns/shacl#targetClass"), GOVKG.Unit))
    inverse.add((shape, URIRef("http://www.w3.org/ns/shacl#property"), path))
    inverse.add((path, URIRef("http://www.w3.org/ns/shacl#path"), GOVKG.Unit))
    assert shapes_reach(inverse) is not None  # a plain predicate path: fine
    inverse.add((shape, URIRef("http://www.w3.org/ns/shacl#closed"), Literal(True)))
    assert shapes_reach(inverse) is None


def test_the_two_report_seed_conforms_piece_by_piece(bundled):
    triples, origins = bundled
    assert pieces(triples, origins) == whole(triples, origins) == []


BROKEN = {
    "the document untyped": lambda ts: retyped(
        ts, subjects_of(ts, GOVKG.Document)[0], GOVKG.Document
    ),
    "a citation untyped": lambda ts: retyped(ts, subjects_of(ts, GOVKG.Citation)[3], GOVKG.Citation),
    "a platform untyped": lambda ts: retyped(ts, subjects_of(ts, GOVKG.Platform)[0], GOVKG.Platform),
    "a quote selector untyped": lambda ts: retyped(
        ts, subjects_of(ts, OA.TextQuoteSelector)[0], OA.TextQuoteSelector
    ),
    "a stated amount said derived": rebased,
    **{f"forty random edits ({n})": (lambda ts, n=n: at_random(ts, n)) for n in range(3)},
}


@pytest.mark.parametrize("edit", BROKEN.values(), ids=BROKEN.keys())
def test_pieces_find_what_the_whole_graph_finds(bundled, edit):
    triples, origins = bundled
    broken = edit(triples)
    expected = whole(broken, origins)
    assert expected  # each case is broken
    assert pieces(broken, origins) == expected


@pytest.mark.parametrize("edit", BROKEN.values(), ids=BROKEN.keys())
def test_a_cache_of_the_sound_seed_skips_nothing_that_changed(bundled, edit):
    """Pieces remembered from the sound seed; the broken one is judged as a whole: every
    node whose verdict reads an edited triple is checked again."""
    triples, origins = bundled
    assert pieces(triples, origins, remember=True) == []
    broken = edit(triples)
    assert pieces(broken, origins, remember=True) == whole(broken, origins)


def test_a_seed_that_changed_in_one_place_is_checked_only_there(bundled, monkeypatch):
    triples, origins = bundled
    pieces(triples, origins, remember=True)
    checked: list[int] = []
    real = shapepieces.violations

    def counting(graph, origins=None, foci=None):
        checked.append(len(foci or ()))
        return real(graph, origins, foci)

    monkeypatch.setattr(shapepieces, "violations", counting)
    assert pieces(triples, origins, remember=True) == []
    assert checked == []  # all remembered
    unit = subjects_of(triples, GOVKG.Unit)[0]
    label = Literal("另一个名字", lang="zh")
    grown = [*triples, (unit, URIRef("http://www.w3.org/2004/02/skos/core#altLabel"), label)]
    assert pieces(grown, origins, remember=True) == []
    assert checked == [1]  # the unit's piece alone


def test_a_graph_stating_subclasses_is_left_to_the_whole_check(bundled):
    triples, origins = bundled
    own_class = (URIRef("https://govkg.org/id/class/x"), RDFS.subClassOf, GOVKG.Unit)
    assert piece_problems([*triples, own_class], origins, whole_reach()) is None
