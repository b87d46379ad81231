"""The ``qb`` export: funding lines, money figures and numeric indicators as W3C RDF Data
Cube data sets (https://www.w3.org/TR/vocab-data-cube/), in Turtle.

Three ``qb:DataSet``s, each with its ``qb:DataStructureDefinition``: ``funding-lines`` (a
line's amount, and its budget when the report gives one), ``money-figures`` (every amount a
report states, by kind) and ``indicators`` (numeric values). Dimensions and attributes are
the graph's own IRIs (units, reports, lines, citations, ``govkg:Stated``/``Derived``);
amounts are exact ``xsd:decimal`` yuan. Every observation is written normalised (§10 of the
spec): it names its data set, every dimension, the measure and every attribute itself, so
the integrity constraints of §11 hold on the file as written. A record with no value for a
dimension (a figure whose report gives no year, an indicator stated in words) is left out,
never guessed: its data set names it (``cube:leftOut``) and says why.

The graph is read with one SELECT per kind of record (the catalog reads a record in half a
millisecond, mostly term conversion: 8 s for 14,000 at 10^6 triples) and the Turtle is
written as text, each term as Oxigraph prints it, so nothing is escaped by hand.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Iterator
from decimal import Decimal, InvalidOperation
from itertools import pairwise
from typing import IO, TYPE_CHECKING, NamedTuple
from urllib.parse import quote

import pyoxigraph as ox
from rdflib import BNode, URIRef

from govkg.core.money import FEN
from govkg.core.records import MONEY_KINDS
from govkg.graph.catalog import KIND_OF_CLASS, node_id
from govkg.graph.ontology import GOVKG_NS, OA, PROV, SCHEMA
from govkg.graph.store import oxigraph_store

if TYPE_CHECKING:
    from govkg.answers.kg import KnowledgeGraph
    from govkg.exports.selection import Subset

__all__ = ["COMPONENTS", "CUBE", "DATASETS", "QB", "write"]

QB = "http://purl.org/linked-data/cube#"
CUBE = "https://govkg.org/ontology/cube#"
PREFIXES = {
    "cube": CUBE,
    "dcterms": "http://purl.org/dc/terms/",
    "govkg": GOVKG_NS,
    "oa": str(OA),
    "owl": "http://www.w3.org/2002/07/owl#",
    "prov": str(PROV),
    "qb": QB,
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "schema": str(SCHEMA),
    "sdmx-attribute": "http://purl.org/linked-data/sdmx/2009/attribute#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
}
UNIT_MEASURE = "sdmx-attribute:unitMeasure"


class Component(NamedTuple):
    """A component property of govkg's cube vocabulary, ``cube:<name>``."""

    role: str  # qb:DimensionProperty, qb:MeasureProperty or qb:AttributeProperty
    range: str
    label: str
    label_zh: str
    comment: str
    parent: str | None = None  # rdfs:subPropertyOf


# the tables below read better a row at a time: not reformatted
# fmt: off
# the three roles of a component property
_D, _M, _A = "qb:DimensionProperty", "qb:MeasureProperty", "qb:AttributeProperty"
COMPONENTS = {
    "unit": Component(_D, "govkg:Unit", "unit", "单位", "The unit a figure is reported for: a "
        "funding line's spending unit; for a money figure or an indicator, the unit that "
        "published the report (dcterms:publisher)."),
    "year": Component(_D, "xsd:gYear", "fiscal year", "年度",
        "The fiscal year the figure is of, as the report states it."),
    "document": Component(_D, "govkg:Document", "report", "报告",
        "The report that states the figure."),
    "fundingLine": Component(_D, "govkg:FundingLine", "funding line", "资金明细", "The funding "
        "line measured; its code list is the hierarchy of lines (govkg:parentLine)."),
    "moneyFigure": Component(_D, "govkg:MoneyFigure", "money figure", "金额",
        "The money figure measured."),
    "indicator": Component(_D, "govkg:Indicator", "indicator", "指标", "The indicator measured."),
    "moneyKind": Component(_D, "skos:Concept", "kind of money", "金额类别", "What the amount is: "
        "spending, budget, revenue, carry-over, … (a funding line's amount is spending, the "
        "budget it states a budget); only spending is money spent."),
    "amount": Component(_M, "xsd:decimal", "amount", "金额", "The amount in yuan (CNY), exact."),
    "value": Component(_M, "xsd:decimal", "value", "数值", "The indicator's value as a number, "
        "in the unit the report writes (sdmx-attribute:unitMeasure); cube:approximate keeps "
        "a qualifier such as 余."),
    "basis": Component(_A, "govkg:CostBasis", "basis", "金额依据", "govkg:Stated (the report "
        "states the figure) or govkg:Derived (computed from stated amounts: cube:method and "
        "cube:derivedFrom say how)."),
    "provenance": Component(_A, "xsd:string", "provenance", "来源方式",
        "curated (reviewed by a person) or extracted (by a govkg ingest rule)."),
    "extractionRule": Component(_A, "xsd:string", "extraction rule", "抽取规则",
        "The govkg ingest rule that extracted the figure."),
    "citation": Component(_A, "govkg:Citation", "citation", "引文", "The quote that states the "
        "figure: its report (oa:hasSource), exact text and character offsets.", "dcterms:source"),
    "asWritten": Component(_A, "rdf:langString", "as written", "原文写法",
        "The figure as the report prints it (298.8万元, 2100万余条)."),
    "method": Component(_A, "xsd:string", "method", "推算方法",
        "How a derived amount is computed, in words and numbers."),
    "derivedFrom": Component(_A, "qb:Observation", "derived from", "推算自",
        "The observations a derived amount is computed from.", "prov:wasDerivedFrom"),
    "read": Component(_A, "xsd:boolean", "read", "已归类",
        "false for an amount a reader saw but could not place (cube:unreadReason says why)."),
    "unreadReason": Component(_A, "xsd:string", "why unread", "未归类原因",
        "Why the amount could not be placed."),
    "figureOf": Component(_A, "govkg:FundingLine", "figure of", "所属资金明细", "The funding line "
        "whose amount or budget the figure restates (add both and it counts twice)."),
    "changeRate": Component(_A, "xsd:decimal", "rate of change", "增减率",
        "For a change: the growth (positive) or decline in percent, as stated."),
    "subject": Component(_A, "rdfs:Resource", "subject", "指标对象",
        "What the indicator describes: a unit, platform, project, …"),
    "approximate": Component(_A, "xsd:string", "approximate", "约数",
        "The qualifier as written (余, 多, 约, 以上) when the value is not exact."),
}
CODED = {"moneyKind": "money-kind", "fundingLine": "funding-line"}  # -> code list
# fmt: on


class Shape(NamedTuple):
    """One data set and its structure: dimensions in order, the measure, and attributes
    with whether every observation has them (qb:componentRequired)."""

    name: str
    label: str
    label_zh: str
    comment: str
    dimensions: tuple[str, ...]
    measure: str
    attributes: tuple[tuple[str, bool], ...]


# fmt: off
_STATED = (("basis", True), ("provenance", True), ("citation", True), ("asWritten", False))
DATASETS = (
    Shape("funding-lines", "Funding lines: amounts and budgets in yuan",
          "资金明细：金额与预算（元）",
          "One observation per funding line (kind spending: its amount, stated or derived) and "
          "one per budget a line states (kind budget). Lines nest (govkg:parentLine): a parent's "
          "amount includes its children's, so add lines of one level only.",
          ("unit", "year", "document", "fundingLine", "moneyKind"), "amount",
          ((UNIT_MEASURE, True), *_STATED, ("method", False), ("derivedFrom", False),
           ("extractionRule", False))),
    Shape("money-figures", "Money figures: every amount a report states, in yuan",
          "报告所述金额（元）",
          "One observation per amount a report states, by kind; only kind spending is money "
          "spent. A figure with cube:figureOf restates that funding line's amount or budget.",
          ("unit", "year", "document", "moneyFigure", "moneyKind"), "amount",
          ((UNIT_MEASURE, True), *_STATED, ("read", True), ("unreadReason", False),
           ("figureOf", False), ("changeRate", False), ("extractionRule", False))),
    Shape("indicators", "Indicators: numeric values as stated", "指标数值",
          "One observation per indicator with a numeric value, in the unit the report writes. "
          "An indicator stated in words (a grade such as 优秀) has no number: it is left out.",
          ("unit", "year", "document", "indicator"), "value",
          ((UNIT_MEASURE, False), ("subject", True), *_STATED, ("approximate", False),
           ("extractionRule", False))),
)
# fmt: on

_SPARQL_PREFIXES = "\n".join(f"PREFIX {p}: <{n}>" for p, n in PREFIXES.items())
_ITEMS = "VALUES ?class { govkg:FundingLine govkg:MoneyFigure govkg:Indicator }"
LINES = """SELECT ?line ?document ?year ?unit ?amount ?basis ?method ?written ?budget
  ?budgetWritten ?provenance ?rule ?parent WHERE {
  ?line a govkg:FundingLine .
  OPTIONAL { ?line govkg:reportedIn ?document } OPTIONAL { ?line govkg:fiscalYear ?year }
  OPTIONAL { ?line govkg:spendingUnit ?unit }
  OPTIONAL { ?line schema:amount ?money . ?money schema:value ?amount
             OPTIONAL { ?money govkg:basis ?basis } OPTIONAL { ?money govkg:method ?method } }
  OPTIONAL { ?line govkg:asWritten ?written } OPTIONAL { ?line govkg:budget/schema:value ?budget }
  OPTIONAL { ?line govkg:budgetAsWritten ?budgetWritten }
  OPTIONAL { ?line govkg:provenance ?provenance } OPTIONAL { ?line govkg:extractionRule ?rule }
  OPTIONAL { ?line govkg:parentLine ?parent }
}"""
FIGURES = """SELECT ?figure ?document ?year ?unit ?amount ?basis ?kind ?written ?read ?reason
  ?line ?rate ?provenance ?rule WHERE {
  ?figure a govkg:MoneyFigure ; govkg:reportedIn ?document . ?document a govkg:Document .
  OPTIONAL { ?figure govkg:fiscalYear ?year } OPTIONAL { ?document dcterms:publisher ?unit }
  OPTIONAL { ?figure schema:amount ?money . ?money schema:value ?amount
             OPTIONAL { ?money govkg:basis ?basis } }
  OPTIONAL { ?figure govkg:moneyKind ?kind } OPTIONAL { ?figure govkg:asWritten ?written }
  OPTIONAL { ?figure govkg:read ?read } OPTIONAL { ?figure govkg:unreadReason ?reason }
  OPTIONAL { ?figure govkg:figureOf ?line } OPTIONAL { ?figure govkg:changeRate ?rate }
  OPTIONAL { ?figure govkg:provenance ?provenance }
  OPTIONAL { ?figure govkg:extractionRule ?rule }
}"""
INDICATORS = """SELECT ?indicator ?document ?year ?unit ?value ?subject ?measure ?approximate
  ?written ?provenance ?rule WHERE {
  ?indicator a govkg:Indicator .
  OPTIONAL { ?indicator govkg:reportedIn ?document
             OPTIONAL { ?document dcterms:publisher ?unit } }
  OPTIONAL { ?indicator govkg:fiscalYear ?year } OPTIONAL { ?indicator schema:value ?value }
  OPTIONAL { ?indicator govkg:subject ?subject } OPTIONAL { ?indicator schema:unitText ?measure }
  OPTIONAL { ?indicator govkg:approximate ?approximate }
  OPTIONAL { ?indicator govkg:asWritten ?written }
  OPTIONAL { ?indicator govkg:provenance ?provenance }
  OPTIONAL { ?indicator govkg:extractionRule ?rule }
}"""
DERIVED = """SELECT ?line ?from WHERE {
  ?line a govkg:FundingLine ; schema:amount/prov:wasDerivedFrom ?money .
  ?from schema:amount ?money .
}"""
CITATIONS = f"""SELECT ?item ?citation ?source ?quote ?exact ?position ?start ?end WHERE {{
  {_ITEMS} ?item a ?class ; govkg:citation ?citation .
  ?citation oa:hasSource ?source ; oa:hasSelector ?quote, ?position .
  ?quote oa:exact ?exact . ?position oa:start ?start ; oa:end ?end .
}}"""
NODES = """SELECT ?node ?class ?label WHERE {
  { VALUES ?class { govkg:Unit govkg:Document govkg:FundingLine govkg:Indicator
                    govkg:MoneyFigure } ?node a ?class }
  UNION { ?indicator a govkg:Indicator ; govkg:subject ?node . ?node a ?class .
          FILTER(?class IN (%s)) }
  OPTIONAL { ?node rdfs:label ?label }
}""" % ", ".join(f"<{cls}>" for cls in KIND_OF_CLASS)  # noqa: UP031 (SPARQL's braces)

Term = ox.NamedNode | ox.BlankNode | ox.Literal
_LEFT_OUT = (
    "A record of the graph with no observation in this data set, for the reason the data "
    "set's rdfs:comment gives."
)
_SAFE = re.compile(r"[A-Za-z0-9/._~-]+")  # an id that needs no escaping in an IRI path
_KIND_ZH = dict(
    zip(
        MONEY_KINDS,
        (
            "支出",
            "预算",
            "收入",
            "结转结余",
            "增减变化",
            "合同",
            "计划安排",
            "节约",
            "单价或费率",
            "其他",
        ),
        strict=True,
    )
)
_BASES = {  # labelled as ontology/govkg.ttl labels them
    "govkg:Stated": ("stated", "报告所述"),
    "govkg:Derived": ("derived", "推算"),
    "govkg:Allocated": ("allocated", "分摊"),
}


def _select(kg: KnowledgeGraph, query: str) -> Iterator[tuple[Term | None, ...]]:
    """Rows of a SELECT as Oxigraph terms: on the Oxigraph store itself, or through rdflib
    (a remote SPARQL store answers the same text)."""
    text = f"{_SPARQL_PREFIXES}\n{query}"
    store = oxigraph_store(kg.graph)
    if store is not None:
        yield from (tuple(solution) for solution in store.query(text))
        return
    for row in kg.graph.query(text):
        yield tuple(_ox(term) for term in row)


def _ox(term: object) -> Term | None:
    if term is None:
        return None
    if isinstance(term, URIRef):
        return ox.NamedNode(term)
    if isinstance(term, BNode):
        return ox.BlankNode(term)
    datatype = ox.NamedNode(term.datatype) if term.datatype else None
    return ox.Literal(str(term), language=term.language, datatype=datatype)


def _text(text: str, language: str | None = None) -> str:
    """A string literal in Turtle, escaped by Oxigraph."""
    return str(ox.Literal(text, language=language))


def _decimal(term: Term | None) -> Decimal | None:
    if not isinstance(term, ox.Literal):
        return None
    try:
        number = Decimal(term.value)
    except InvalidOperation:
        return None
    return number if number.is_finite() else None


def _number(term: Term | None) -> str | None:
    """An xsd:decimal as the catalog reads it (``16.0`` is 16)."""
    number = _decimal(term)
    if number is None:
        return None
    if term.value.endswith(".0") and number == number.to_integral_value():
        number = number.quantize(Decimal(1))
    return f'"{number:f}"^^xsd:decimal'


def _yuan(number: Decimal) -> str:
    """Exact yuan, to the fen at least (``2988000.00``), never rounded."""
    if number.as_tuple().exponent > -2:
        number = number.quantize(FEN)
    return f'"{number:f}"^^xsd:decimal'


def _year(term: Term | None) -> str | None:
    text = term.value if isinstance(term, ox.Literal) else ""
    if not (text.isascii() and text.isdigit() and 0 < int(text) < 10000):
        return None
    return f'"{int(text):04d}"^^xsd:gYear'


def _lacking(*checks: tuple[str, object]) -> str | None:
    """The first reason whose value is missing: what the observation would lack (IC-11,
    IC-13, IC-14), so the record is left out rather than written incomplete or guessed."""
    return next((why for why, value in checks if value is None), None)


def _block(subject: str, pairs: Iterable[tuple[str, list[str]]]) -> str:
    """Turtle statements about one subject: ``s p o , o ; p o .``"""
    said = " ;\n\t".join(f"{p} {' , '.join(objects)}" for p, objects in pairs if objects)
    return f"{subject} {said} .\n"


def _opt(term: Term | None) -> list[str]:
    return [] if term is None else [str(term)]


class _Cube:
    """The Turtle of one export, statement by statement."""

    def __init__(self, kg: KnowledgeGraph, subset: Subset) -> None:
        self.kg, self.base = kg, kg.catalog.base
        self.chosen = None if subset.whole else {str(kg.catalog.iri(n)) for n in subset.nodes}
        self.named: set[str] = set()  # graph nodes the observations name (described at the end)
        self.units: dict[str, str] = {}  # unit-of-measure concept -> the unit as written
        self.parents: dict[str, str] = {}  # funding line -> its parent line
        self.coded: set[str] = set()  # lines observed, which their hierarchy must reach
        self.all_lines: set[str] = set()

    def own(self, path: str) -> str:
        return f"<{self.base}/qb/{path}>"

    def observation(self, item: str, suffix: str = "") -> str:
        slug = node_id(item)
        if not _SAFE.fullmatch(slug):
            slug = quote(slug, safe="/-._~")
        return self.own(f"observation/{slug}{suffix}")

    def kind(self, kind: str) -> str:
        return self.own(f"code/money-kind/{kind}")

    def unit_of_measure(self, written: str) -> str:
        slug = "CNY" if written == "元" else quote(written, safe="")
        concept = self.own(f"code/unit-of-measure/{slug}")
        self.units[concept] = written
        return concept

    def keep(self, *items: Term | None) -> bool:
        """In the selection: the whole graph, or one of ``items`` is a chosen node."""
        return self.chosen is None or any(i is not None and i.value in self.chosen for i in items)

    def statements(self) -> Iterator[str]:
        yield "".join(f"@prefix {p}: <{n}> .\n" for p, n in PREFIXES.items())
        citations: dict[str, list[str]] = defaultdict(list)
        quotes: dict[str, tuple[str, ...]] = {}
        for item, citation, *quoted in _select(self.kg, CITATIONS):
            citations[item.value].append(str(citation))
            quotes[str(citation)] = tuple(str(term) for term in quoted)
        made = {
            "funding-lines": self.lines(citations),
            "money-figures": self.figures(citations),
            "indicators": self.indicators(citations),
        }
        yield from self.vocabulary()
        for shape in DATASETS:
            yield from self.dataset(shape, *made[shape.name])
        yield from self.code_lists()
        cited = {c for rows, _ in made.values() for _, values in rows for c in values["citation"]}
        yield from self.citations({c: quotes[c] for c in sorted(cited)})
        yield from self.nodes()

    # the vocabulary and structures ---------------------------------------------------
    def vocabulary(self) -> Iterator[str]:
        for name, c in COMPONENTS.items():
            yield _block(
                f"cube:{name}",
                [
                    (
                        "a",
                        ["rdf:Property", c.role, *(["qb:CodedProperty"] if name in CODED else [])],
                    ),
                    ("rdfs:label", [_text(c.label, "en"), _text(c.label_zh, "zh")]),
                    ("rdfs:comment", [_text(c.comment, "en")]),
                    ("rdfs:range", [c.range]),
                    ("rdfs:subPropertyOf", [c.parent] if c.parent else []),
                    ("qb:codeList", [self.own(f"code/{CODED[name]}")] if name in CODED else []),
                    ("rdfs:isDefinedBy", [f"<{CUBE[:-1]}>"]),
                ],
            )
        yield _block(UNIT_MEASURE, [("a", ["rdf:Property", _A])])
        yield _block(
            "cube:leftOut",
            [
                ("a", ["rdf:Property"]),
                ("rdfs:label", [_text("left out", "en")]),
                ("rdfs:comment", [_text(_LEFT_OUT, "en")]),
                ("rdfs:isDefinedBy", [f"<{CUBE[:-1]}>"]),
            ],
        )

    def dataset(self, shape: Shape, rows: list, left_out: list) -> Iterator[str]:
        dataset, structure = self.own(f"dataset/{shape.name}"), self.own(f"structure/{shape.name}")
        comment = f"{shape.comment} {len(rows)} observations."
        reasons: dict[str, int] = defaultdict(int)
        for _, why in left_out:
            reasons[why] += 1
        if reasons:
            listed = "; ".join(f"{why}: {n}" for why, n in sorted(reasons.items()))
            comment += f" Left out (cube:leftOut): {listed}."
        yield _block(
            dataset,
            [
                ("a", ["qb:DataSet"]),
                ("qb:structure", [structure]),
                ("rdfs:label", [_text(shape.label, "en"), _text(shape.label_zh, "zh")]),
                ("rdfs:comment", [_text(comment, "en")]),
                ("cube:leftOut", sorted({item for item, _ in left_out})),
            ],
        )
        parts = [("qb:dimension", name, None) for name in shape.dimensions]
        parts.append(("qb:measure", shape.measure, None))
        parts += [("qb:attribute", name, required) for name, required in shape.attributes]
        specs = [f"<{structure[1:-1]}#{name.rpartition(':')[2]}>" for _, name, _ in parts]
        yield _block(
            structure,
            [
                ("a", ["qb:DataStructureDefinition"]),
                ("rdfs:label", [_text(shape.label, "en")]),
                ("qb:component", specs),
            ],
        )
        for order, (spec, (role, name, required)) in enumerate(zip(specs, parts, strict=True), 1):
            prop = name if ":" in name else f"cube:{name}"
            yield _block(
                spec,
                [
                    ("a", ["qb:ComponentSpecification"]),
                    (role, [prop]),
                    ("qb:componentProperty", [prop]),
                    ("qb:order", [str(order)]),
                    ("qb:componentRequired", [] if required is None else [str(required).lower()]),
                ],
            )
        for obs, values in sorted(rows, key=lambda row: row[0]):
            yield _block(
                obs,
                [
                    ("a", ["qb:Observation"]),
                    ("qb:dataSet", [dataset]),
                    *(
                        (name if ":" in name else f"cube:{name}", terms)
                        for name, terms in values.items()
                    ),
                ],
            )

    # observations --------------------------------------------------------------------
    def _stated(self, values: dict, citations, basis, provenance, rule, written) -> dict:
        """The attributes every observation has: basis, provenance, citations, wording."""
        values["basis"] = [str(basis) if basis is not None else "govkg:Stated"]
        values["provenance"] = [_text(provenance.value if provenance else "curated")]
        values["citation"] = sorted(citations)
        values["asWritten"] = _opt(written)
        values["extractionRule"] = _opt(rule)
        return values

    def lines(self, citations: dict[str, list[str]]) -> tuple[list, list]:
        derived: dict[str, list[str]] = defaultdict(list)
        for line, other in _select(self.kg, DERIVED):
            derived[line.value].append(self.observation(other.value))
        rows = list(_select(self.kg, LINES))
        self.parents = {row[0].value: row[-1].value for row in reversed(rows) if row[-1]}
        self.all_lines = {row[0].value for row in rows}
        found, left_out, seen, cny = [], [], set(), self.unit_of_measure("元")
        for row in rows:
            line, document, year, unit, amount, basis, method, written = row[:8]
            budget, budget_written, provenance, rule, _ = row[8:]
            if line.value in seen or not self.keep(line, document):
                continue
            seen.add(line.value)
            why = _lacking(
                ("no fiscal year", _year(year)),
                ("no spending unit named", unit),
                ("no report", document),
                ("no amount", _decimal(amount)),
                ("no citation", citations.get(line.value)),
            )
            if why:
                left_out.append((str(line), f"funding lines with {why}"))
                continue
            self.coded.add(line.value)
            self.named.update((unit.value, document.value, line.value))
            values = {
                "unit": [str(unit)],
                "year": [_year(year)],
                "document": [str(document)],
                "fundingLine": [str(line)],
                "moneyKind": [self.kind("spending")],
                "amount": [_yuan(_decimal(amount))],
                UNIT_MEASURE: [cny],
            }
            self._stated(values, citations[line.value], basis, provenance, rule, written)
            values["method"] = _opt(method)
            values["derivedFrom"] = sorted(derived.get(line.value, ()))
            found.append((self.observation(line.value), values))
            if _decimal(budget) is not None:  # stated beside the amount: its own observation
                found.append(
                    (
                        self.observation(line.value, "/budget"),
                        {
                            **values,
                            "moneyKind": [self.kind("budget")],
                            "amount": [_yuan(_decimal(budget))],
                            "basis": ["govkg:Stated"],
                            "method": [],
                            "derivedFrom": [],
                            "asWritten": _opt(budget_written),
                        },
                    )
                )
        return found, left_out

    def figures(self, citations: dict[str, list[str]]) -> tuple[list, list]:
        found, left_out, seen, cny = [], [], set(), self.unit_of_measure("元")
        for row in _select(self.kg, FIGURES):
            figure, document, year, unit, amount, basis, kind, written = row[:8]
            read, reason, line, rate, provenance, rule = row[8:]
            if figure.value in seen or not self.keep(document, line):
                continue
            seen.add(figure.value)
            why = _lacking(
                ("no fiscal year stated", _year(year)),
                ("a report that names no issuing unit", unit),
                ("no amount", _decimal(amount)),
                ("no citation", citations.get(figure.value)),
            )
            if why:
                left_out.append((str(figure), f"money figures with {why}"))
                continue
            self.named.update(t.value for t in (unit, document, figure, line) if t is not None)
            code = kind.value if kind is not None and kind.value in MONEY_KINDS else "other"
            values = {
                "unit": [str(unit)],
                "year": [_year(year)],
                "document": [str(document)],
                "moneyFigure": [str(figure)],
                "moneyKind": [self.kind(code)],
                "amount": [_yuan(_decimal(amount))],
                UNIT_MEASURE: [cny],
            }
            self._stated(values, citations[figure.value], basis, provenance, rule, written)
            values["read"] = ["false" if read is not None and read.value == "false" else "true"]
            values["unreadReason"] = _opt(reason)
            values["figureOf"] = _opt(line)
            values["changeRate"] = [n for n in (_number(rate),) if n]
            found.append((self.observation(figure.value), values))
        return found, left_out

    def indicators(self, citations: dict[str, list[str]]) -> tuple[list, list]:
        found, left_out, seen = [], [], set()
        for row in _select(self.kg, INDICATORS):
            indicator, document, year, unit, value, subject, measure = row[:7]
            approximate, written, provenance, rule = row[7:]
            if indicator.value in seen or not self.keep(indicator, document):
                continue
            seen.add(indicator.value)
            why = _lacking(
                ("a value in words, not a number", _number(value)),
                ("no fiscal year", _year(year)),
                ("no report", document),
                ("a report that names no issuing unit", unit),
                ("no subject", subject),
                ("no citation", citations.get(indicator.value)),
            )
            if why:
                left_out.append((str(indicator), f"indicators with {why}"))
                continue
            self.named.update((unit.value, document.value, indicator.value, subject.value))
            values = {
                "unit": [str(unit)],
                "year": [_year(year)],
                "document": [str(document)],
                "indicator": [str(indicator)],
                "value": [_number(value)],
                UNIT_MEASURE: [self.unit_of_measure(measure.value)] if measure else [],
                "subject": [str(subject)],
            }
            self._stated(values, citations[indicator.value], None, provenance, rule, written)
            values["approximate"] = _opt(approximate)
            found.append((self.observation(indicator.value), values))
        return found, left_out

    # what the observations refer to --------------------------------------------------
    def code_lists(self) -> Iterator[str]:
        kinds = self.own("code/money-kind")
        codes = [self.kind(kind) for kind in MONEY_KINDS]
        yield _block(
            kinds,
            [
                ("a", ["skos:ConceptScheme"]),
                ("skos:hasTopConcept", codes),
                ("rdfs:label", [_text("kinds of money", "en"), _text("金额类别", "zh")]),
            ],
        )
        for kind, code in zip(MONEY_KINDS, codes, strict=True):
            yield _block(
                code,
                [
                    ("a", ["skos:Concept"]),
                    ("skos:inScheme", [kinds]),
                    ("skos:topConceptOf", [kinds]),
                    ("skos:notation", [_text(kind)]),
                    (
                        "skos:prefLabel",
                        [_text(kind.replace("-", " "), "en"), _text(_KIND_ZH[kind], "zh")],
                    ),
                ],
            )
        measures = self.own("code/unit-of-measure")
        yield _block(
            measures,
            [
                ("a", ["skos:ConceptScheme"]),
                ("rdfs:label", [_text("units of measure, as the reports write them", "en")]),
            ],
        )
        for concept, written in sorted(self.units.items()):
            money = [_text("yuan", "en")] if written == "元" else []
            yield _block(
                concept,
                [
                    ("a", ["skos:Concept"]),
                    ("skos:inScheme", [measures]),
                    ("skos:notation", [_text("CNY" if money else written)]),
                    ("skos:prefLabel", [_text(written, "zh"), *money]),
                ],
            )
        yield from self.line_hierarchy()
        for basis, (english, chinese) in _BASES.items():
            yield _block(
                basis,
                [
                    ("a", ["govkg:CostBasis"]),
                    ("rdfs:label", [_text(english, "en"), _text(chinese, "zh")]),
                ],
            )

    def line_hierarchy(self) -> Iterator[str]:
        """The funding lines as a qb:HierarchicalCodeList: down from its roots along the
        inverse of govkg:parentLine, every line observed is reached (IC-21)."""
        links, roots = set(), set()
        for line in self.coded:
            chain = [line]
            while self.parents.get(chain[-1]) in self.all_lines:
                if self.parents[chain[-1]] in chain:  # a cycle: the graph is not valid
                    break
                chain.append(self.parents[chain[-1]])
            links.update(pairwise(chain))
            roots.add(chain[-1])
        self.named.update(roots)
        yield _block(
            self.own("code/funding-line"),
            [
                ("a", ["qb:HierarchicalCodeList"]),
                ("rdfs:label", [_text("funding lines", "en")]),
                ("qb:parentChildProperty", ["[ owl:inverseOf govkg:parentLine ]"]),
                ("qb:hierarchyRoot", sorted(f"<{root}>" for root in roots)),
            ],
        )
        for line, parent in sorted(links):
            self.named.add(parent)
            yield f"<{line}> govkg:parentLine <{parent}> .\n"

    def citations(self, quotes: dict[str, tuple[str, ...]]) -> Iterator[str]:
        """Each citation as the graph mints it: its report, exact quote and offsets."""
        for citation, (source, selector, exact, position, start, end) in quotes.items():
            yield _block(
                citation,
                [
                    ("a", ["govkg:Citation", "oa:SpecificResource"]),
                    ("oa:hasSource", [source]),
                    ("oa:hasSelector", [selector, position]),
                ],
            )
            yield _block(selector, [("a", ["oa:TextQuoteSelector"]), ("oa:exact", [exact])])
            yield _block(
                position,
                [
                    ("a", ["oa:TextPositionSelector"]),
                    ("oa:start", [start]),
                    ("oa:end", [end]),
                ],
            )

    def nodes(self) -> Iterator[str]:
        """The class and labels of every unit, report, line, figure and indicator named."""
        about: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
        for node, cls, label in _select(self.kg, NODES):
            if node.value in self.named:
                about[str(node)]["a"].append(str(cls))
                if label is not None:
                    about[str(node)]["rdfs:label"].append(str(label))
        for subject in sorted(about):
            yield _block(subject, [(p, sorted(set(o))) for p, o in about[subject].items()])


def write(kg: KnowledgeGraph, subset: Subset, out: IO[bytes]) -> None:
    """The cube of the selection as Turtle, written to ``out`` as it is made: of the whole
    graph by default; of a focus, the observations of the chosen reports, lines and
    indicators, and the money figures of the chosen lines."""
    pending: list[str] = []
    for statement in _Cube(kg, subset).statements():
        pending.append(statement)
        if len(pending) >= 512:
            out.write("".join(pending).encode("utf-8"))
            pending.clear()
    out.write("".join(pending).encode("utf-8"))
