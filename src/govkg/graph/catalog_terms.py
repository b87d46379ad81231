"""How govkg's RDF terms read as the catalog's record fields.

Classes read as kinds, relation predicates as link types, IRIs as ids, and literals as text,
exact decimals and years: the one place the catalog's vocabulary meets its records.
"""

from __future__ import annotations

import re
from decimal import Decimal

from rdflib import RDF, Literal

from govkg.graph.ontology import GOVKG, SCHEMA

__all__ = [
    "BASIS_OF",
    "CLASS_OF_KIND",
    "KIND_OF_CLASS",
    "NOT_NEIGHBOURS",
    "TYPE_OF_PREDICATE",
    "decimal_of",
    "decimal_of_lexical",
    "id_shaped",
    "int_of",
    "kind_of",
    "label_of",
    "node_id",
    "ref_of",
    "text_of",
]

KIND_OF_CLASS = {
    GOVKG.Unit: "unit",
    GOVKG.Person: "person",
    GOVKG.Platform: "platform",
    GOVKG.Project: "project",
    GOVKG.Publication: "publication",
    GOVKG.Document: "document",
    GOVKG.FundingLine: "funding-line",
    GOVKG.Indicator: "indicator",
    GOVKG.Event: "event",
}
CLASS_OF_KIND = {kind: cls for cls, kind in KIND_OF_CLASS.items()}
TYPE_OF_PREDICATE = {
    GOVKG.feeds: "feeds",
    GOVKG.connectsTo: "connects",
    GOVKG.migratedTo: "migrated-to",
    GOVKG.operates: "operates",
    GOVKG.owns: "owns",
    GOVKG.partOf: "part-of",
    GOVKG.delivers: "delivers",
    GOVKG.funds: "funds",
    GOVKG.uses: "uses",
    GOVKG.leads: "leads",
    GOVKG.participatesIn: "participates",
    GOVKG.reviews: "reviews",
}
BASIS_OF = {GOVKG.Stated: "STATED", GOVKG.Derived: "DERIVED", GOVKG.Allocated: "ALLOCATED"}
# Predicates that do not make two entities neighbours (types, citations, money parts, …).
NOT_NEIGHBOURS = {
    RDF.type,
    GOVKG.citation,
    GOVKG.attribute,
    SCHEMA.amount,
    GOVKG.relationType,
    GOVKG.source,
    GOVKG.target,
    GOVKG.via,
    GOVKG.reportedIn,
    GOVKG.budget,
    GOVKG.mentionOf,
    GOVKG.possiblySameAs,  # a doubt, not a link: paths do not walk it
    GOVKG.figureOf,  # from a money figure, which is not a node
}


_ID = re.compile(r"^[a-z][a-z-]*/[^\s<>\"{}|\\^`]{1,400}$")


def id_shaped(text: str) -> bool:
    """Ids are ``kind/slug`` paths: anything else (a name, spaces) is not looked up.

    >>> id_shaped("platform/yiwangtongguan"), id_shaped("一网统管")
    (True, False)
    """
    return bool(_ID.match(text))


def kind_of(types: list) -> str | None:
    """The kind of a node from its ``rdf:type`` values: the first class that names one."""
    return next((KIND_OF_CLASS[t] for t in types if t in KIND_OF_CLASS), None)


def node_id(iri: object) -> str:
    """``https://…/id/platform/yiwangtongguan`` -> ``platform/yiwangtongguan``."""
    _, marker, rest = str(iri).rpartition("/id/")
    return rest if marker else str(iri)


def text_of(values: list) -> str | None:
    """The first value as text (None when there is none)."""
    return str(values[0]) if values else None


def decimal_of(values: list) -> Decimal | None:
    """A decimal as the report wrote it: integral values without a trailing ".0"."""
    if not values or not isinstance(values[0], Literal):
        return None
    return decimal_of_lexical(str(values[0]))


def decimal_of_lexical(lexical: str) -> Decimal | None:
    """``decimal_of`` of a literal's lexical form (a bulk read has no rdflib term)."""
    try:
        number = Decimal(lexical)
    except ArithmeticError:
        return None
    if lexical.endswith(".0") and number == number.to_integral_value():
        return number.quantize(Decimal(1))
    return number


def int_of(values: list) -> int | None:
    """The first value as a whole number (a year); None when there is none or it is not one."""
    try:
        return int(str(values[0])) if values else None
    except ValueError:
        return None


def ref_of(values: list) -> str | None:
    """The id of the first value, an IRI of a node."""
    return node_id(values[0]) if values else None


def label_of(values: list, lang: str) -> str | None:
    """The label in ``lang`` (``""``: the one without a language tag)."""
    for value in values:
        if isinstance(value, Literal) and (value.language or "") == lang:
            return str(value)
    return None
