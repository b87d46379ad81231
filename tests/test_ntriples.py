"""Terms minted as N-Triples text are the terms rdflib would have made: read back by rdflib
and bulk-loaded by Oxigraph, they give what rdflib's own terms give, escapes included."""

from __future__ import annotations

from decimal import Decimal

import pyoxigraph as ox
import pytest
from rdflib import XSD, Literal, URIRef

from govkg.graph.ntriples import (
    Triples,
    date_literal,
    decimal_literal,
    lang,
    literal,
    plain,
    term_text,
    to_rdflib,
    typed,
    unescape,
)
from govkg.graph.rdf import DEFAULT_BASE, seed_terms, seed_triples
from govkg.graph.store import new_graph, oxigraph_store
from govkg.graph.validity import load_triples
from govkg.seed.load import load_seed
from two_reports import combine

STRINGS = [
    "plain",
    'a "quoted" word',
    "back\\slash and \\n written out",
    "two\nlines\r\nand a\ttab",
    "汉字，全角标点：“引号”",
    "emoji 🧾 and \u2028 separator",
    "",
    "\\u0041 is not an escape here",
]


def dump(graph) -> list[str]:
    data = oxigraph_store(graph).dump(format=ox.RdfFormat.N_TRIPLES, from_graph=ox.DefaultGraph())
    return sorted(data.decode("utf-8").splitlines())


@pytest.mark.parametrize("text", STRINGS)
def test_a_string_reads_back_as_written(text):
    assert unescape(plain(text)[1:-1]) == text
    rdflib_terms = [Literal(text), Literal(text, lang="zh"), Literal(text, datatype=XSD.string)]
    minted = [plain(text), lang(text, "zh"), typed(text, str(XSD.string))]
    assert [term_text(t) for t in rdflib_terms] == minted
    assert [t for (t,) in to_rdflib([(m,) for m in minted])] == rdflib_terms


def test_python_values_make_the_literals_rdflib_makes():
    for value in (True, False, 0, 2023, -5, "text"):
        assert literal(value) == term_text(Literal(value))
    assert decimal_literal(Decimal("13")) == term_text(Literal("13.0", datatype=XSD.decimal))
    assert date_literal("2023-05") == term_text(Literal("2023-05", datatype=XSD.gYearMonth))


def test_bulk_loading_the_text_stores_what_rdflib_terms_store():
    subject = URIRef("https://govkg.org/id/unit/x")
    predicate = URIRef("https://govkg.org/ontology#note")
    terms = [
        (subject, predicate, Literal(text, **kind))
        for text in STRINGS
        for kind in ({}, {"lang": "zh"}, {"datatype": XSD.string})
    ]
    by_terms = new_graph()
    by_terms.addN((*t, by_terms) for t in terms)
    by_text = new_graph()
    load_triples(by_text, Triples([tuple(term_text(x) for x in t) for t in terms]))
    assert dump(by_text) == dump(by_terms)


def test_a_seed_bulk_loaded_is_the_seed_added_term_by_term(tmp_path):
    seed = load_seed(combine(tmp_path / "seed"))
    by_terms = new_graph()
    by_terms.addN((*t, by_terms) for t in seed_triples(seed, DEFAULT_BASE))
    by_text = new_graph()
    load_triples(by_text, seed_terms(seed, DEFAULT_BASE))
    assert len(dump(by_text)) > 1000
    assert dump(by_text) == dump(by_terms)
