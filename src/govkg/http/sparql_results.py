"""SPARQL query results as JSON, XML, CSV and TSV, for at most ``limit`` rows.

pyoxigraph serializes a whole result set; these write the first rows only, so an answer can be
cut at the row cap and say so. Formats: https://www.w3.org/TR/sparql11-results-json/,
…-results-xml/ and …-results-csv-tsv/.
"""

from __future__ import annotations

import io
import re
from collections.abc import Callable, Iterable, Sequence
from xml.sax.saxutils import escape, quoteattr

import orjson
from pyoxigraph import BlankNode, Literal, NamedNode, Triple

__all__ = ["BOOLEAN_WRITERS", "ROW_WRITERS", "XSD_STRING"]

XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
RDF_LANG_STRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"
_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")

Term = NamedNode | BlankNode | Literal | Triple
Row = Sequence[Term | None]


def _json_term(term: Term) -> dict:
    if isinstance(term, NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, BlankNode):
        return {"type": "bnode", "value": term.value}
    if isinstance(term, Triple):
        return {
            "type": "triple",
            "value": {
                "subject": _json_term(term.subject),
                "predicate": _json_term(term.predicate),
                "object": _json_term(term.object),
            },
        }
    found: dict = {"type": "literal", "value": term.value}
    if term.language:
        found["xml:lang"] = term.language
    elif term.datatype.value != XSD_STRING:
        found["datatype"] = term.datatype.value
    return found


def json_rows(variables: Sequence[str], rows: Iterable[Row]) -> bytes:
    bindings = [
        {
            name: _json_term(term)
            for name, term in zip(variables, row, strict=True)
            if term is not None
        }
        for row in rows
    ]
    return orjson.dumps({"head": {"vars": list(variables)}, "results": {"bindings": bindings}})


def _xml_text(text: str) -> str:
    return escape(_XML_ILLEGAL.sub("\ufffd", text))


def _xml_term(term: Term) -> str:
    if isinstance(term, NamedNode):
        return f"<uri>{_xml_text(term.value)}</uri>"
    if isinstance(term, BlankNode):
        return f"<bnode>{_xml_text(term.value)}</bnode>"
    if isinstance(term, Triple):
        parts = zip(("subject", "predicate", "object"), term, strict=True)
        return "<triple>" + "".join(f"<{p}>{_xml_term(t)}</{p}>" for p, t in parts) + "</triple>"
    attributes = ""
    if term.language:
        attributes = f" xml:lang={quoteattr(term.language)}"
    elif term.datatype.value != XSD_STRING:
        attributes = f" datatype={quoteattr(term.datatype.value)}"
    return f"<literal{attributes}>{_xml_text(term.value)}</literal>"


_XML_HEAD = '<?xml version="1.0" encoding="UTF-8"?>\n<sparql xmlns="http://www.w3.org/2005/sparql-results#">'


def xml_rows(variables: Sequence[str], rows: Iterable[Row]) -> bytes:
    out = io.StringIO()
    out.write(_XML_HEAD + "<head>")
    out.write("".join(f"<variable name={quoteattr(v)}/>" for v in variables))
    out.write("</head><results>")
    for row in rows:
        out.write("<result>")
        for name, term in zip(variables, row, strict=True):
            if term is not None:
                out.write(f"<binding name={quoteattr(name)}>{_xml_term(term)}</binding>")
        out.write("</result>")
    out.write("</results></sparql>\n")
    return out.getvalue().encode()


def _csv_field(term: Term | None) -> str:
    if term is None:
        return ""
    if isinstance(term, BlankNode):
        text = f"_:{term.value}"
    elif isinstance(term, NamedNode | Literal):
        text = term.value
    else:
        text = str(term)
    if any(c in text for c in ',"\r\n'):
        return '"' + text.replace('"', '""') + '"'
    return text


def csv_rows(variables: Sequence[str], rows: Iterable[Row]) -> bytes:
    lines = [",".join(variables)]  # variable names are letters, digits and _
    lines.extend(",".join(_csv_field(term) for term in row) for row in rows)
    return ("\r\n".join(lines) + "\r\n").encode()


def _tsv_field(term: Term | None) -> str:
    if term is None:
        return ""
    # str() of a pyoxigraph term is its N-Triples form, which TSV uses; tabs must not appear raw
    return str(term).replace("\t", "\\t")


def tsv_rows(variables: Sequence[str], rows: Iterable[Row]) -> bytes:
    lines = ["\t".join(f"?{v}" for v in variables)]
    lines.extend("\t".join(_tsv_field(term) for term in row) for row in rows)
    return ("\n".join(lines) + "\n").encode()


def json_boolean(value: bool) -> bytes:
    return orjson.dumps({"head": {}, "boolean": value})


def xml_boolean(value: bool) -> bytes:
    return f"{_XML_HEAD}<head/><boolean>{str(value).lower()}</boolean></sparql>\n".encode()


def text_boolean(value: bool) -> bytes:
    return f"{str(value).lower()}\n".encode()


ROW_WRITERS: dict[str, Callable[[Sequence[str], Iterable[Row]], bytes]] = {
    "application/sparql-results+json": json_rows,
    "application/sparql-results+xml": xml_rows,
    "text/csv": csv_rows,
    "text/tab-separated-values": tsv_rows,
}
BOOLEAN_WRITERS: dict[str, Callable[[bool], bytes]] = {
    "application/sparql-results+json": json_boolean,
    "application/sparql-results+xml": xml_boolean,
    "text/csv": text_boolean,
    "text/tab-separated-values": text_boolean,
}
