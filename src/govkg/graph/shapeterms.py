"""What the sieve (``govkg.graph.shapecheck``) can tell of one term from its N-Triples text
alone, in three values: True (surely conforms), False (surely violates), None (cannot
tell: an ill-typed literal, a typed literal's value, a datatype rdflib reads and this
module does not). pyshacl's own reading (its string of a value, its regex match, its
datatype test) is mimicked only where that is exact."""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal

from rdflib import RDF, RDFS

from govkg.graph.ntriples import RDF_LANGSTRING, XSD_NS, parse_literal, unescape

__all__ = [
    "STRING_LIKE",
    "SUBCLASS",
    "TYPE",
    "XSD_STRING",
    "datatype_ok",
    "differ",
    "kind_ok",
    "number",
    "single",
    "string_of",
]

TYPE = f"<{RDF.type}>"
SUBCLASS = f"<{RDFS.subClassOf}>"
XSD_STRING = f"{XSD_NS}string"
STRING_LIKE = {None, XSD_STRING, RDF_LANGSTRING}
WELL_TYPED = {
    f"{XSD_NS}integer": re.compile(r"-?\d+"),
    f"{XSD_NS}decimal": re.compile(r"-?\d+(\.\d+)?"),
    f"{XSD_NS}boolean": re.compile(r"true|false"),
    f"{XSD_NS}gYear": re.compile(r"\d{4}"),
    f"{XSD_NS}gYearMonth": re.compile(r"\d{4}-(0[1-9]|1[0-2])"),
    f"{XSD_NS}date": re.compile(r"\d{4}-\d{2}-\d{2}"),
}
"""Lexical forms rdflib surely reads as a value of the datatype (a date is also parsed)."""
NUMERIC = {f"{XSD_NS}integer", f"{XSD_NS}decimal"}
CANONICAL = {
    f"{XSD_NS}integer": re.compile(r"-?[1-9]\d*|0"),
    f"{XSD_NS}boolean": re.compile(r"true|false"),
}
"""Typed lexical forms that differ only if their values do."""


def kind_ok(v: str, kind: str) -> bool:
    iri, blank, literal = v[0] == "<", v.startswith("_:"), v[0] == '"'
    name = kind.rsplit("#", 1)[-1].rstrip(">")
    return {
        "IRI": iri,
        "BlankNode": blank,
        "Literal": literal,
        "BlankNodeOrIRI": blank or iri,
        "BlankNodeOrLiteral": blank or literal,
        "IRIOrLiteral": iri or literal,
    }[name]


def datatype_ok(v: str, datatype: str) -> bool | None:
    if v[0] != '"':
        return False
    lexical, tag, actual = parse_literal(v)
    if tag is not None:
        actual = RDF_LANGSTRING
    elif actual is None:
        actual = XSD_STRING
    if actual != datatype:
        return False
    if datatype in STRING_LIKE:
        return True
    form = WELL_TYPED.get(datatype)
    if form is None or not form.fullmatch(lexical):
        return None
    if datatype == f"{XSD_NS}date":
        try:
            date.fromisoformat(lexical)
        except ValueError:
            return None
    return True


def string_of(v: str) -> str | None:
    """The string pyshacl measures and matches: an IRI's, a string's lexical form; None
    where that needs more (a typed literal's value, a blank node)."""
    if v[0] == "<":
        return v[1:-1]
    if v[0] != '"':
        return None
    lexical, _tag, datatype = parse_literal(v)
    if datatype not in STRING_LIKE:
        return None
    return unescape(lexical)


def single(predicate: str, param, v: str) -> bool | None:
    if predicate in ("minLength", "maxLength", "pattern"):
        if v.startswith("_:"):
            return False
        text = string_of(v)
        if text is None:
            return None
        if predicate == "pattern":
            return param.match(text) is not None
        return len(text) >= param if predicate == "minLength" else len(text) <= param
    if predicate == "languageIn":
        if v[0] != '"':
            return False
        tag = parse_literal(v)[1]
        if not tag:
            return False
        return tag.lower() in param or tag.split("-")[0].lower() in param
    value = number(v)  # min/max inclusive/exclusive
    if value is None:
        return None
    if predicate == "minInclusive":
        return value >= param
    if predicate == "maxInclusive":
        return value <= param
    if predicate == "minExclusive":
        return value > param
    return value < param


def number(v: str) -> Decimal | None:
    if v[0] != '"':
        return None
    lexical, tag, datatype = parse_literal(v)
    if tag is not None or datatype not in NUMERIC or not WELL_TYPED[datatype].fullmatch(lexical):
        return None
    return Decimal(lexical)


def differ(a: str, b: str) -> bool:
    """Whether two terms are surely not equal as rdflib compares them."""
    if a == b:
        return False
    if a[0] != '"' or b[0] != '"':
        return True  # IRIs and blank nodes are equal only as written
    (la, ta, da), (lb, tb, db) = parse_literal(a), parse_literal(b)
    if ta is not None:
        da = RDF_LANGSTRING
    if tb is not None:
        db = RDF_LANGSTRING
    if (da in STRING_LIKE) != (db in STRING_LIKE):
        return True  # a string never equals a number or a date
    if da in STRING_LIKE:
        if la != lb or "\\" in la or "\\" in lb:
            return la != lb and "\\" not in la + lb
        return da == db and (ta or "").lower() != (tb or "").lower()
    form = CANONICAL.get(da)
    return da == db and form is not None and bool(form.fullmatch(la) and form.fullmatch(lb))
