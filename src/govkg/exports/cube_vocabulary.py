"""govkg's W3C Data Cube vocabulary as tables: prefixes, component properties, the three
data sets' structures, and the labels of kinds of money and cost bases.

Apart from the writers because these tables are what a reader of the ``qb`` export must
know (docs/exports.md describes them); the Turtle that states them is
``exports/cube_structure.py``'s.
"""

from __future__ import annotations

from typing import NamedTuple

from govkg.core.records import MONEY_KINDS
from govkg.graph.ontology import GOVKG_NS, OA, PROV, SCHEMA

__all__ = [
    "BASES",
    "CODED",
    "COMPONENTS",
    "CUBE",
    "DATASETS",
    "KIND_ZH",
    "LEFT_OUT",
    "PREFIXES",
    "QB",
    "UNIT_MEASURE",
    "Component",
    "Shape",
]

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

LEFT_OUT = (
    "A record of the graph with no observation in this data set, for the reason the data "
    "set's rdfs:comment gives."
)
KIND_ZH = dict(
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
BASES = {  # labelled as ontology/govkg.ttl labels them
    "govkg:Stated": ("stated", "报告所述"),
    "govkg:Derived": ("derived", "推算"),
    "govkg:Allocated": ("allocated", "分摊"),
}
