"""The ``qb`` export is a well-formed RDF Data Cube, and its figures are the catalog's.

The 21 integrity constraints of the W3C RDF Data Cube Vocabulary (Recommendation of
16 January 2014, §11.1 "Integrity constraints", https://www.w3.org/TR/vocab-data-cube/#wf-rules)
are written below as the spec's SPARQL ASK queries, each true when a cube violates it. They
find nothing in the export of the bundled seed, of a corpus of real reports ingested as a
user would, or of a focus selection; breaking the export makes the matching one find it.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from decimal import Decimal
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import Graph
from rdflib.compare import isomorphic

from govkg.answers.kg import KnowledgeGraph
from govkg.exports import FORMATS, Selection, export
from govkg.exports.datacube import CUBE, QB
from govkg.graph.store import oxigraph_store

REPORT = "document/cqsspbqdsjfzfwzx-2022"  # 38_shapingba-bigdata-service-center-2022.txt
DOCS = Path(__file__).parent.parent / "docs" / "exports.md"

PREFIXES = """
PREFIX rdf:  <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX qb:   <http://purl.org/linked-data/cube#>
PREFIX xsd:  <http://www.w3.org/2001/XMLSchema#>
PREFIX owl:  <http://www.w3.org/2002/07/owl#>
PREFIX cube: <https://govkg.org/ontology/cube#>
PREFIX govkg: <https://govkg.org/ontology#>
PREFIX oa:   <http://www.w3.org/ns/oa#>
"""

# §11.1, one ASK per constraint; IC-19 has one query for skos:ConceptScheme code lists and
# one for skos:Collection code lists.
INTEGRITY = {
    "IC-1 unique data set": """ASK {
      { ?obs a qb:Observation . FILTER NOT EXISTS { ?obs qb:dataSet ?dataset1 . } }
      UNION
      { ?obs a qb:Observation ; qb:dataSet ?dataset1, ?dataset2 . FILTER (?dataset1 != ?dataset2) }
    }""",
    "IC-2 unique DSD": """ASK {
      { ?dataset a qb:DataSet . FILTER NOT EXISTS { ?dataset qb:structure ?dsd . } }
      UNION
      { ?dataset a qb:DataSet ; qb:structure ?dsd1, ?dsd2 . FILTER (?dsd1 != ?dsd2) }
    }""",
    "IC-3 DSD includes measure": """ASK {
      ?dsd a qb:DataStructureDefinition .
      FILTER NOT EXISTS { ?dsd qb:component [qb:componentProperty [a qb:MeasureProperty]] }
    }""",
    "IC-4 dimensions have range": """ASK {
      ?dim a qb:DimensionProperty .
      FILTER NOT EXISTS { ?dim rdfs:range [] }
    }""",
    "IC-5 concept dimensions have code lists": """ASK {
      ?dim a qb:DimensionProperty ; rdfs:range skos:Concept .
      FILTER NOT EXISTS { ?dim qb:codeList [] }
    }""",
    "IC-6 only attributes may be optional": """ASK {
      ?dsd qb:component ?componentSpec .
      ?componentSpec qb:componentRequired "false"^^xsd:boolean ;
                     qb:componentProperty ?component .
      FILTER NOT EXISTS { ?component a qb:AttributeProperty }
    }""",
    "IC-7 slice keys must be declared": """ASK {
      ?sliceKey a qb:SliceKey .
      FILTER NOT EXISTS { [a qb:DataStructureDefinition] qb:sliceKey ?sliceKey }
    }""",
    "IC-8 slice keys consistent with DSD": """ASK {
      ?slicekey a qb:SliceKey ; qb:componentProperty ?prop .
      ?dsd qb:sliceKey ?slicekey .
      FILTER NOT EXISTS { ?dsd qb:component [qb:componentProperty ?prop] }
    }""",
    "IC-9 unique slice structure": """ASK {
      { ?slice a qb:Slice . FILTER NOT EXISTS { ?slice qb:sliceStructure ?key } }
      UNION
      { ?slice a qb:Slice ; qb:sliceStructure ?key1, ?key2 . FILTER (?key1 != ?key2) }
    }""",
    "IC-10 slice dimensions complete": """ASK {
      ?slice qb:sliceStructure [qb:componentProperty ?dim] .
      FILTER NOT EXISTS { ?slice ?dim [] }
    }""",
    "IC-11 all dimensions required": """ASK {
      ?obs qb:dataSet/qb:structure/qb:component/qb:componentProperty ?dim .
      ?dim a qb:DimensionProperty .
      FILTER NOT EXISTS { ?obs ?dim [] }
    }""",
    "IC-12 no duplicate observations": """ASK {
      FILTER( ?allEqual )
      {
        # for each pair of observations: are all their dimension values the same?
        SELECT (MIN(?equal) AS ?allEqual) WHERE {
          ?obs1 qb:dataSet ?dataset .
          ?obs2 qb:dataSet ?dataset .
          FILTER (?obs1 != ?obs2)
          ?dataset qb:structure/qb:component/qb:componentProperty ?dim .
          ?dim a qb:DimensionProperty .
          ?obs1 ?dim ?value1 .
          ?obs2 ?dim ?value2 .
          BIND( ?value1 = ?value2 AS ?equal )
        } GROUP BY ?obs1 ?obs2
      }
    }""",
    "IC-13 required attributes": """ASK {
      ?obs qb:dataSet/qb:structure/qb:component ?component .
      ?component qb:componentRequired "true"^^xsd:boolean ;
                 qb:componentProperty ?attr .
      FILTER NOT EXISTS { ?obs ?attr [] }
    }""",
    "IC-14 all measures present": """ASK {
      # an observation in a cube without a measure dimension
      ?obs qb:dataSet/qb:structure ?dsd .
      FILTER NOT EXISTS { ?dsd qb:component/qb:componentProperty qb:measureType }
      # has a value for every measure
      ?dsd qb:component/qb:componentProperty ?measure .
      ?measure a qb:MeasureProperty .
      FILTER NOT EXISTS { ?obs ?measure [] }
    }""",
    "IC-15 measure dimension consistent": """ASK {
      ?obs qb:dataSet/qb:structure ?dsd ; qb:measureType ?measure .
      ?dsd qb:component/qb:componentProperty qb:measureType .
      FILTER NOT EXISTS { ?obs ?measure [] }
    }""",
    "IC-16 single measure on measure dimension observation": """ASK {
      ?obs qb:dataSet/qb:structure ?dsd ; qb:measureType ?measure ; ?omeasure [] .
      ?dsd qb:component/qb:componentProperty qb:measureType ;
           qb:component/qb:componentProperty ?omeasure .
      ?omeasure a qb:MeasureProperty .
      FILTER (?omeasure != ?measure)
    }""",
    "IC-17 all measures present in measures dimension cube": """ASK {
      {
        SELECT ?numMeasures (COUNT(?obs2) AS ?count) WHERE {
          {
            SELECT ?dsd (COUNT(?m) AS ?numMeasures) WHERE {
              ?dsd qb:component/qb:componentProperty ?m .
              ?m a qb:MeasureProperty .
            } GROUP BY ?dsd
          }
          ?obs1 qb:dataSet/qb:structure ?dsd ; qb:dataSet ?dataset ; qb:measureType ?m1 .
          ?obs2 qb:dataSet ?dataset ; qb:measureType ?m2 .
          FILTER NOT EXISTS {
            ?dsd qb:component/qb:componentProperty ?dim .
            FILTER (?dim != qb:measureType)
            ?dim a qb:DimensionProperty .
            ?obs1 ?dim ?v1 .
            ?obs2 ?dim ?v2 .
            FILTER (?v1 != ?v2)
          }
        } GROUP BY ?obs1 ?numMeasures
          HAVING (?count != ?numMeasures)
      }
    }""",
    "IC-18 consistent data set links": """ASK {
      ?dataset qb:slice ?slice .
      ?slice qb:observation ?obs .
      FILTER NOT EXISTS { ?obs qb:dataSet ?dataset . }
    }""",
    "IC-19 codes from code list (concept scheme)": """ASK {
      ?obs qb:dataSet/qb:structure/qb:component/qb:componentProperty ?dim .
      ?dim a qb:DimensionProperty ; qb:codeList ?list .
      ?list a skos:ConceptScheme .
      ?obs ?dim ?v .
      FILTER NOT EXISTS { ?v a skos:Concept ; skos:inScheme ?list }
    }""",
    "IC-19 codes from code list (collection)": """ASK {
      ?obs qb:dataSet/qb:structure/qb:component/qb:componentProperty ?dim .
      ?dim a qb:DimensionProperty ; qb:codeList ?list .
      ?list a skos:Collection .
      ?obs ?dim ?v .
      FILTER NOT EXISTS { ?v a skos:Concept . ?list skos:member+ ?v }
    }""",
}
# IC-20 and IC-21 are templates: the spec instantiates the ASK once for each
# qb:parentChildProperty found (an IRI for IC-20, the owl:inverseOf of a blank node for IC-21).
HIERARCHY = {
    "IC-20 codes from hierarchy": (
        """SELECT ?p WHERE {
          ?hierarchy a qb:HierarchicalCodeList ; qb:parentChildProperty ?p .
          FILTER ( isIRI(?p) )
        }""",
        """ASK {
          ?obs qb:dataSet/qb:structure/qb:component/qb:componentProperty ?dim .
          ?dim a qb:DimensionProperty ; qb:codeList ?list .
          ?list a qb:HierarchicalCodeList .
          ?obs ?dim ?v .
          FILTER NOT EXISTS { ?list qb:hierarchyRoot/<$p>* ?v }
        }""",
    ),
    "IC-21 codes from hierarchy (inverse)": (
        """SELECT ?p WHERE {
          ?hierarchy a qb:HierarchicalCodeList ; qb:parentChildProperty ?pcp .
          FILTER( isBlank(?pcp) )
          ?pcp owl:inverseOf ?p .
          FILTER( isIRI(?p) )
        }""",
        """ASK {
          ?obs qb:dataSet/qb:structure/qb:component/qb:componentProperty ?dim .
          ?dim a qb:DimensionProperty ; qb:codeList ?list .
          ?list a qb:HierarchicalCodeList .
          ?obs ?dim ?v .
          FILTER NOT EXISTS { ?list qb:hierarchyRoot/(^<$p>)* ?v }
        }""",
    ),
}
CONSTRAINTS = [*INTEGRITY, *HIERARCHY]

# §10.2 the normalization algorithm, both phases as the spec's SPARQL Update.
NORMALIZE = """
INSERT { ?o rdf:type qb:Observation . } WHERE { [] qb:observation ?o . };
INSERT { ?o rdf:type qb:Observation . ?ds rdf:type qb:DataSet . } WHERE { ?o qb:dataSet ?ds . };
INSERT { ?s rdf:type qb:Slice . } WHERE { [] qb:slice ?s . };
INSERT { ?cs qb:componentProperty ?p . ?p rdf:type qb:DimensionProperty . } WHERE { ?cs qb:dimension ?p . };
INSERT { ?cs qb:componentProperty ?p . ?p rdf:type qb:MeasureProperty . } WHERE { ?cs qb:measure ?p . };
INSERT { ?cs qb:componentProperty ?p . ?p rdf:type qb:AttributeProperty . } WHERE { ?cs qb:attribute ?p . };
INSERT { ?obs ?comp ?value } WHERE {
  ?spec qb:componentProperty ?comp ; qb:componentAttachment qb:DataSet .
  ?dataset qb:structure [qb:component ?spec] ; ?comp ?value .
  ?obs qb:dataSet ?dataset .
};
INSERT { ?obs ?comp ?value } WHERE {
  ?spec qb:componentProperty ?comp ; qb:componentAttachment qb:Slice .
  ?dataset qb:structure [qb:component ?spec] ; qb:slice ?slice .
  ?slice ?comp ?value ; qb:observation ?obs .
};
INSERT { ?obs ?comp ?value } WHERE {
  ?spec qb:componentProperty ?comp .
  ?comp a qb:DimensionProperty .
  ?dataset qb:structure [qb:component ?spec] ; qb:slice ?slice .
  ?slice ?comp ?value ; qb:observation ?obs .
}
"""


def load(data: bytes) -> ox.Store:
    store = ox.Store()
    store.load(data, ox.RdfFormat.TURTLE)
    return store


def violated(store: ox.Store, name: str) -> bool:
    """Whether the cube in ``store`` violates the constraint ``name``."""
    if name in INTEGRITY:
        return bool(store.query(PREFIXES + INTEGRITY[name]))
    select, ask = HIERARCHY[name]
    return any(
        bool(store.query(PREFIXES + ask.replace("$p", p.value)))
        for (p,) in store.query(PREFIXES + select)
    )


DIMENSION_VALUES = """SELECT ?dataset ?obs ?dim ?value WHERE {
  ?obs qb:dataSet ?dataset .
  ?dataset qb:structure/qb:component/qb:componentProperty ?dim .
  ?dim a qb:DimensionProperty .
  ?obs ?dim ?value .
}"""


def duplicate_observations(store: ox.Store) -> bool:
    """IC-12 in one pass: two observations of a data set with the same value on every
    dimension. The spec's text compares every pair of observations, which takes minutes on
    the corpus's cube; this is held equal to it on the other cubes and on a broken one."""
    values: dict[tuple, set] = defaultdict(set)
    for dataset, obs, dim, value in store.query(PREFIXES + DIMENSION_VALUES):
        values[(dataset, obs)].add((dim, value))
    seen = Counter((dataset, frozenset(dims)) for (dataset, _), dims in values.items())
    return any(count > 1 for count in seen.values())


def select_rows(store: ox.Store, query: str) -> list[tuple]:
    return [tuple(row) for row in store.query(PREFIXES + query)]


@pytest.fixture(scope="module")
def corpus_kg(ingested_corpus_graph):
    """The bundled seed plus every real report text of tests/fixtures ingested into it."""
    return ingested_corpus_graph


@pytest.fixture(scope="module")
def cubes(kg, corpus_kg) -> dict[str, tuple]:
    """Each graph with the store its export loads into."""
    return {
        "seed": (kg, load(export(kg, "qb"))),
        "corpus": (corpus_kg, load(export(corpus_kg, "qb"))),
        "focus": (corpus_kg, load(export(corpus_kg, "qb", Selection(focus=REPORT, depth=0)))),
    }


# well-formed ----------------------------------------------------------------------------
@pytest.mark.parametrize("cube", ["seed", "corpus", "focus"])
@pytest.mark.parametrize("constraint", CONSTRAINTS)
def test_the_export_violates_no_integrity_constraint(cubes, cube, constraint):
    if (cube, constraint) == ("corpus", "IC-12 no duplicate observations"):
        assert not duplicate_observations(cubes[cube][1])
    else:
        assert not violated(cubes[cube][1], constraint)


@pytest.mark.parametrize("cube", ["seed", "focus", "seed with an observation twice"])
def test_ic12_in_one_pass_answers_as_the_specs_text(cubes, cube):
    """The one-pass IC-12 used on the corpus's cube says what the spec's text says."""
    store = ox.Store()
    store.extend(cubes[cube.split()[0]][1].quads_for_pattern(None, None, None))
    if cube.endswith("twice"):
        store.update(PREFIXES + BREAKS["duplicate an observation"][0])
    spec = violated(store, "IC-12 no duplicate observations")
    assert duplicate_observations(store) == spec
    assert spec == cube.endswith("twice")


def test_the_constraints_have_something_to_check(cubes):
    """Not vacuous: observations in every data set of the corpus, a coded dimension with a
    concept scheme (IC-19) and a hierarchy whose inverse parent-child property IC-21 walks."""
    _, store = cubes["corpus"]
    counts = dict(select_rows(store, "SELECT ?ds (COUNT(?o) AS ?n) WHERE { ?o qb:dataSet ?ds } GROUP BY ?ds"))
    assert {str(ds.value).rpartition("/")[2] for ds in counts} == {"funding-lines", "money-figures", "indicators"}
    assert all(int(n.value) > 50 for n in counts.values()), counts
    assert select_rows(store, HIERARCHY["IC-21 codes from hierarchy (inverse)"][0]) == [
        (ox.NamedNode("https://govkg.org/ontology#parentLine"),)
    ]
    assert bool(store.query(PREFIXES + "ASK { ?o cube:moneyKind ?k . cube:moneyKind qb:codeList/a skos:ConceptScheme }"))


@pytest.mark.parametrize("cube", ["seed", "corpus"])
def test_observations_are_already_normalized(cubes, cube):
    """The spec's normalization algorithm (§10, phases 1 and 2) adds nothing: every
    observation states its data set, dimensions, measure and attributes itself."""
    _, store = cubes[cube]
    copy = ox.Store()
    copy.extend(store.quads_for_pattern(None, None, None))
    copy.update(PREFIXES + NORMALIZE)
    assert len(copy) == len(store)
    copy.update(PREFIXES + "DELETE WHERE { ?o a qb:Observation }")  # abbreviated: the types
    copy.update(PREFIXES + NORMALIZE)  # come back from qb:dataSet
    assert len(copy) == len(store)


BREAKS = {  # how to break the export -> the constraint that must then be violated
    "drop an observation's data set": (
        "DELETE { ?o qb:dataSet ?d } WHERE { { SELECT ?o ?d { ?o qb:dataSet ?d } ORDER BY ?o LIMIT 1 } }",
        "IC-1 unique data set",
    ),
    "give a data set a second structure": (
        "INSERT { ?d qb:structure <urn:x:other> } WHERE { ?d a qb:DataSet }",
        "IC-2 unique DSD",
    ),
    "drop the range of a dimension": ("DELETE WHERE { cube:year rdfs:range ?r }", "IC-4 dimensions have range"),
    "drop the code list of a concept dimension": (
        "DELETE WHERE { cube:moneyKind qb:codeList ?l }",
        "IC-5 concept dimensions have code lists",
    ),
    "make a dimension optional": (
        'INSERT { ?s qb:componentRequired false } WHERE { ?s qb:dimension cube:year }',
        "IC-6 only attributes may be optional",
    ),
    "drop a dimension of an observation": (
        "DELETE { ?o cube:year ?y } WHERE { { SELECT ?o ?y { ?o cube:year ?y } ORDER BY ?o LIMIT 1 } }",
        "IC-11 all dimensions required",
    ),
    "duplicate an observation": (
        "INSERT { <urn:x:copy> ?p ?v } WHERE { { SELECT ?o { ?o a qb:Observation } ORDER BY ?o LIMIT 1 } ?o ?p ?v }",
        "IC-12 no duplicate observations",
    ),
    "drop an observation's citation": (
        "DELETE { ?o cube:citation ?c } WHERE { { SELECT ?o { ?o cube:citation [] } ORDER BY ?o LIMIT 1 } ?o cube:citation ?c }",
        "IC-13 required attributes",
    ),
    "drop an observation's measure": (
        "DELETE { ?o cube:amount ?a } WHERE { { SELECT ?o ?a { ?o cube:amount ?a } ORDER BY ?o LIMIT 1 } }",
        "IC-14 all measures present",
    ),
    "use a kind of money outside the code list": (
        "DELETE { ?o cube:moneyKind ?k } INSERT { ?o cube:moneyKind <urn:x:kind> } WHERE { { SELECT ?o ?k { ?o cube:moneyKind ?k } ORDER BY ?o LIMIT 1 } }",
        "IC-19 codes from code list (concept scheme)",
    ),
    "cut a funding line from its parent": (
        "DELETE { ?line govkg:parentLine ?parent } WHERE { { SELECT ?line ?parent { ?line govkg:parentLine ?parent } ORDER BY ?line LIMIT 1 } }",
        "IC-21 codes from hierarchy (inverse)",
    ),
}


@pytest.mark.parametrize("break_it", list(BREAKS))
def test_a_broken_export_violates_its_constraint(cubes, break_it):
    update, constraint = BREAKS[break_it]
    store = ox.Store()
    store.extend(cubes["seed"][1].quads_for_pattern(None, None, None))
    assert not violated(store, constraint)
    store.update(PREFIXES + update)
    assert violated(store, constraint)


# the figures ----------------------------------------------------------------------------
OBSERVED = """SELECT ?item ?kind ?amount ?basis WHERE {
  ?o qb:dataSet ?dataset ; cube:amount ?amount ; cube:moneyKind/skos:notation ?kind ;
     cube:basis ?basis ; cube:fundingLine|cube:moneyFigure ?item .
}"""


@pytest.mark.parametrize("cube", ["seed", "corpus"])
def test_each_funding_line_observed_sums_to_the_catalogs_amount(cubes, cube):
    """Exact Decimal yuan: per line, its spending observations add up to the catalog's
    amount, its budget observations to its budget; stated and derived stay apart."""
    kg, store = cubes[cube]
    sums: dict[tuple[str, str], Decimal] = defaultdict(Decimal)
    bases = {}
    for item, kind, amount, basis in select_rows(store, OBSERVED):
        sums[item.value, kind.value] += Decimal(amount.value)
        bases[item.value, kind.value] = basis.value.rpartition("#")[2].upper()
    lines = kg.catalog.lines
    assert lines
    for line_id in lines:
        line, iri = lines[line_id], str(kg.catalog.iri(line_id))
        assert sums[iri, "spending"] == line.amount, line_id
        assert bases[iri, "spending"] == line.basis, line_id
        if line.budget is not None:
            assert sums[iri, "budget"] == line.budget
            assert bases[iri, "budget"] == "STATED"
    for figure_id in kg.catalog.money_figures:
        figure = kg.catalog.money_figures[figure_id]
        if figure.year is not None:
            assert sums[figure.iri, figure.kind] == figure.amount, figure_id
    derived = [k for k, basis in bases.items() if basis == "DERIVED"]
    assert len(derived) == sum(lines[i].basis == "DERIVED" for i in lines)


@pytest.mark.parametrize("cube", ["seed", "corpus"])
def test_nothing_is_invented_and_what_is_left_out_says_why(cubes, cube):
    """One observation per line (and stated budget), per money figure of a stated year, per
    numeric indicator, with the catalog's value; the rest are named by cube:leftOut."""
    kg, store = cubes[cube]
    catalog = kg.catalog
    lines = [catalog.lines[i] for i in catalog.lines]
    figures = [catalog.money_figures[i] for i in catalog.money_figures]
    indicators = [catalog.indicators[i] for i in catalog.indicators]
    values = {
        item.value: Decimal(value.value)
        for item, value in select_rows(store, "SELECT ?i ?v { ?o cube:indicator ?i ; cube:value ?v }")
    }
    assert values == {str(catalog.iri(i.id)): i.value for i in indicators if i.value is not None}
    left_out = {item.value for (item,) in select_rows(store, "SELECT ?i { ?d cube:leftOut ?i }")}
    expected = {str(catalog.iri(i.id)) for i in indicators if i.value is None}
    expected |= {f.iri for f in figures if f.year is None}
    assert left_out == expected
    observations = len(select_rows(store, "SELECT ?o { ?o a qb:Observation }"))
    made = len(lines) + sum(line.budget is not None for line in lines) + len(figures) + len(indicators)
    assert observations == made - len(expected)
    if cube == "seed":
        assert left_out == {"https://govkg.org/id/indicator/bdc-2023-self-assessment-result"}
        assert "Left out (cube:leftOut): indicators with a value in words, not a number: 1." in export(kg, "qb").decode()


@pytest.mark.parametrize("cube", ["seed", "corpus"])
def test_a_derived_sum_is_the_sum_of_what_it_is_derived_from(cubes, cube):
    _, store = cubes[cube]
    parts = select_rows(store, """SELECT ?o ?total (SUM(?part) AS ?sum) WHERE {
      ?o cube:basis govkg:Derived ; cube:amount ?total ; cube:method ?method ; cube:derivedFrom ?p .
      ?p cube:amount ?part . FILTER(STRSTARTS(?method, "derived: sum"))
    } GROUP BY ?o ?total""")
    assert parts
    for _, total, summed in parts:
        assert Decimal(total.value) == Decimal(summed.value)


@pytest.mark.parametrize("cube", ["seed", "corpus"])
def test_every_observation_cites_a_quote_of_its_own_report(cubes, cube):
    """The citation is the graph's: of the observation's report, and the figure as written
    stands in one of its quotes."""
    _, store = cubes[cube]
    rows = select_rows(store, """SELECT ?o ?document ?source ?quote ?written WHERE {
      ?o cube:document ?document ; cube:citation ?c .
      ?c oa:hasSource ?source ; oa:hasSelector/oa:exact ?quote .
      OPTIONAL { ?o cube:asWritten ?written }
    }""")
    observations = {o for (o,) in select_rows(store, "SELECT ?o { ?o a qb:Observation }")}
    assert {row[0] for row in rows} == observations
    quotes = defaultdict(list)
    for obs, document, source, quote, written in rows:
        assert source == document
        quotes[obs, written.value if written else None].append(quote.value)
    for (obs, written), said in quotes.items():
        assert written is None or any(written in quote for quote in said), (obs, written)


# the format -----------------------------------------------------------------------------
def test_qb_is_registered_as_turtle():
    fmt = FORMATS["qb"]
    assert fmt.media_type == "text/turtle; charset=utf-8"
    assert fmt.extension == "qb.ttl"
    assert not fmt.binary


def test_rdflib_reads_the_same_triples(cubes, kg):
    """Turtle both parsers read alike (escapes, Chinese text, decimals)."""
    data = export(kg, "qb")
    parsed = Graph().parse(data=data, format="turtle")
    assert len(parsed) == len(cubes["seed"][1])


def test_a_graph_on_another_store_gives_the_same_cube(kg):
    """Read through rdflib's SPARQL (as a remote store is) rather than Oxigraph's own."""
    graph = Graph()
    for triple in kg.graph:
        graph.add(triple)
    other = KnowledgeGraph.from_graph(graph, "copy", "test")
    assert oxigraph_store(other.graph) is None
    ours = Graph().parse(data=export(other, "qb"), format="turtle")
    assert isomorphic(ours, Graph().parse(data=export(kg, "qb"), format="turtle"))


def test_a_focus_keeps_only_its_nodes_observations(kg):
    line = "funding-line/bdc-2023-project-expenditure"
    store = load(export(kg, "qb", Selection(focus=line, depth=0)))
    items = select_rows(store, "SELECT ?item { ?o cube:fundingLine|cube:indicator|cube:moneyFigure ?item }")
    assert items == [(ox.NamedNode(str(kg.catalog.iri(line))),)]
    for constraint in CONSTRAINTS:
        assert not violated(store, constraint), constraint


def test_a_focused_report_keeps_all_its_figures_and_no_other(cubes):
    """Its lines, money figures and indicators, as in the whole export (the focus cube
    passes every constraint above, its lines' hierarchy reaching them from their roots)."""
    per_document = "SELECT ?d (COUNT(?o) AS ?n) { ?o cube:document ?d } GROUP BY ?d"
    whole = dict(select_rows(cubes["corpus"][1], per_document))
    focus = dict(select_rows(cubes["focus"][1], per_document))
    report = ox.NamedNode(str(cubes["corpus"][0].catalog.iri(REPORT)))
    assert focus == {report: whole[report]}
    kinds = {k.value for (k,) in select_rows(cubes["focus"][1], "SELECT DISTINCT ?d { ?o qb:dataSet ?d }")}
    assert len(kinds) == 3


def test_the_documented_query_gives_each_units_total_as_stated_or_derived(cubes):
    section = DOCS.read_text(encoding="utf-8").split("## RDF Data Cube (`qb`)")[1]
    query = section.split("```sparql\n")[1].split("```")[0]
    rows = [(unit.value, year.value, line.value, Decimal(amount.value), basis.value)
            for unit, year, line, amount, basis in cubes["seed"][1].query(query)]
    assert rows == [(
        "https://govkg.org/id/unit/yiyang-bdc", "2023",
        "https://govkg.org/id/funding-line/bdc-2023-total-expenditure", Decimal("44376600.00"),
        "https://govkg.org/ontology#Derived",
    )]
    assert CUBE in section
    assert QB in section
