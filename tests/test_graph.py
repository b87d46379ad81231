"""The RDF graph: every citation verbatim, SHACL shapes hold, vocabulary and code agree."""

from __future__ import annotations

import hashlib

from rdflib import RDF, RDFS, Graph, URIRef

from govkg.answers.kg import bundled_seed
from govkg.graph.ontology import GOVKG, GOVKG_NS
from govkg.graph.shapes import ontology_dir, shacl_problems


def test_every_citation_in_the_graph_is_verbatim_at_its_offsets(kg, report_text):
    nodes = [*kg.catalog.nodes.values(), *kg.catalog.links.values()]
    cites = [c for n in nodes for c in n.sources]
    cites += [c for n in kg.catalog.nodes.values() for a in n.attributes for c in a.sources]
    assert len(cites) > 300
    for cite in cites:
        assert report_text[cite.start : cite.end] == cite.quote


def test_every_entity_and_relation_has_a_citation(kg):
    assert all(n.sources for n in kg.catalog.nodes.values())
    assert all(link.sources for link in kg.catalog.links.values())


def test_the_graph_conforms_to_the_shapes(kg):
    assert shacl_problems(kg.graph) == []


def test_the_shapes_catch_a_missing_label(kg):
    broken = Graph()
    for triple in kg.graph:
        broken.add(triple)
    node = URIRef(kg.catalog.nodes["unit/yiyang-bdc"].iri)
    broken.remove((node, RDFS.label, None))
    assert any("yiyang-bdc" in line for line in shacl_problems(broken))


def test_the_document_records_the_checksum_of_the_stored_text(kg):
    stored = (bundled_seed() / "sources" / "000_582e67602e6de3ff.txt").read_bytes()
    doc = kg.catalog.documents["document/yiyang-bdc-2023"]
    assert doc.sha256 == hashlib.sha256(stored).hexdigest()
    assert (doc.date, doc.fiscal_year) == ("2023-05-28", 2023)


def test_ontology_defines_exactly_the_terms_the_code_uses():
    vocabulary = Graph().parse(ontology_dir() / "govkg.ttl")
    defined = {
        str(s)
        for s in vocabulary.subjects(RDF.type, None)
        if str(s).startswith(GOVKG_NS) and str(s) != GOVKG_NS
    }
    in_code = {str(GOVKG[name]) for name in GOVKG.__annotations__}
    assert defined == in_code


def test_every_term_has_chinese_and_english_labels():
    vocabulary = Graph().parse(ontology_dir() / "govkg.ttl")
    for name in GOVKG.__annotations__:
        langs = {label.language for label in vocabulary.objects(GOVKG[name], RDFS.label)}
        assert {"zh", "en"} <= langs, name


def test_networkx_view_has_typed_nodes_and_edges(kg):
    view = kg.networkx
    assert view.nodes["platform/yiwangtongguan"]["kind"] == "platform"
    types = {data["type"] for *_, data in view.in_edges("platform/yiwangtongguan", data=True)}
    assert {"feeds", "delivers"} <= types


def test_each_graph_counts_its_own_triples_after_another_is_collected(tmp_path):
    import gc

    from govkg.answers.kg import open_graph
    from govkg.cli import main

    path = tmp_path / "small.nt"
    main(["synth", "--triples", "2000", "-o", str(path)])
    seed, small = open_graph(), open_graph(path)
    assert seed.triples != small.triples
    count = seed.triples
    del small
    gc.collect()
    assert seed.triples == count
