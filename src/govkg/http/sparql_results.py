"""SPARQL answers written up to a row cap and a byte cap, cut between rows or triples.

pyoxigraph serializes a whole result set; these write one row at a time, so an answer stops
at the first row that would break either cap and is still a whole document that says so.
A query of a few hundred bytes can build a 100 MB literal (``CONCAT`` doubled in nested
``BIND``s): its size is known from the term before it is serialized, so nothing that large
is copied again. Formats: https://www.w3.org/TR/sparql11-results-json/, …-results-xml/ and
…-results-csv-tsv/; graphs as pyoxigraph writes them.
"""

from __future__ import annotations

import io
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from xml.sax.saxutils import escape, quoteattr

import orjson
from pyoxigraph import BlankNode, Literal, NamedNode, RdfFormat, Triple, serialize

__all__ = ["BOOLEAN_WRITERS", "ROW_FORMATS", "XSD_STRING", "write_rows", "write_triples"]

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


def _json_head(variables: Sequence[str]) -> bytes:
    # the bytes orjson writes for {"head": …, "results": {"bindings": [ …
    return orjson.dumps({"head": {"vars": list(variables)}})[:-1] + b',"results":{"bindings":['


def _json_row(variables: Sequence[str], row: Row) -> bytes:
    pairs = zip(variables, row, strict=True)
    return orjson.dumps({name: _json_term(term) for name, term in pairs if term is not None})


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


def _xml_head(variables: Sequence[str]) -> bytes:
    names = "".join(f"<variable name={quoteattr(v)}/>" for v in variables)
    return f"{_XML_HEAD}<head>{names}</head><results>".encode()


def _xml_row(variables: Sequence[str], row: Row) -> bytes:
    bindings = "".join(
        f"<binding name={quoteattr(name)}>{_xml_term(term)}</binding>"
        for name, term in zip(variables, row, strict=True)
        if term is not None
    )
    return f"<result>{bindings}</result>".encode()


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


def _csv_head(variables: Sequence[str]) -> bytes:
    return (",".join(variables) + "\r\n").encode()  # names are letters, digits and _


def _csv_row(variables: Sequence[str], row: Row) -> bytes:
    return (",".join(_csv_field(term) for term in row) + "\r\n").encode()


def _tsv_field(term: Term | None) -> str:
    if term is None:
        return ""
    # str() of a pyoxigraph term is its N-Triples form, which TSV uses; tabs must not appear raw
    return str(term).replace("\t", "\\t")


def _tsv_head(variables: Sequence[str]) -> bytes:
    return ("\t".join(f"?{v}" for v in variables) + "\n").encode()


def _tsv_row(variables: Sequence[str], row: Row) -> bytes:
    return ("\t".join(_tsv_field(term) for term in row) + "\n").encode()


def json_boolean(value: bool) -> bytes:
    return orjson.dumps({"head": {}, "boolean": value})


def xml_boolean(value: bool) -> bytes:
    return f"{_XML_HEAD}<head/><boolean>{str(value).lower()}</boolean></sparql>\n".encode()


def text_boolean(value: bool) -> bytes:
    return f"{str(value).lower()}\n".encode()


@dataclass(frozen=True, kw_only=True)
class RowFormat:
    """A results format as its parts, so a document can be closed after any row."""

    head: Callable[[Sequence[str]], bytes]
    row: Callable[[Sequence[str], Row], bytes]
    between: bytes = b""
    tail: bytes = b""


ROW_FORMATS = {
    "application/sparql-results+json": RowFormat(
        head=_json_head, row=_json_row, between=b",", tail=b"]}}"
    ),
    "application/sparql-results+xml": RowFormat(
        head=_xml_head, row=_xml_row, tail=b"</results></sparql>\n"
    ),
    "text/csv": RowFormat(head=_csv_head, row=_csv_row),
    "text/tab-separated-values": RowFormat(head=_tsv_head, row=_tsv_row),
}
BOOLEAN_WRITERS: dict[str, Callable[[bool], bytes]] = {
    "application/sparql-results+json": json_boolean,
    "application/sparql-results+xml": xml_boolean,
    "text/csv": text_boolean,
    "text/tab-separated-values": text_boolean,
}


def _least_bytes(terms: Iterable[Term | None]) -> int:
    """Fewer bytes than any format writes for ``terms`` (a value's characters), found without
    copying the term into a document, so a term far over the cap is refused cheaply."""
    total = 0
    for term in terms:
        if isinstance(term, Triple):
            total += _least_bytes(term)
        elif term is not None:
            total += len(term.value)
    return total


def write_rows(
    media: str, variables: Sequence[str], rows: Iterable[Row], *, limit: int, max_bytes: int
) -> tuple[bytes, bool]:
    """``(document, cut)``: the first rows that fit in ``limit`` rows and ``max_bytes``."""
    form = ROW_FORMATS[media]
    parts = [form.head(variables)]
    size = len(parts[0]) + len(form.tail)
    cut = False
    for count, row in enumerate(rows):
        separator = form.between if count else b""
        if count == limit or size + len(separator) + _least_bytes(row) > max_bytes:
            cut = True
            break
        part = separator + form.row(variables, row)
        if size + len(part) > max_bytes:
            cut = True
            break
        parts.append(part)
        size += len(part)
    parts.append(form.tail)
    return b"".join(parts), cut


def write_triples(
    triples: Iterable[Triple],
    rdf_format: RdfFormat,
    prefixes: dict[str, str],
    *,
    limit: int,
    max_bytes: int,
) -> tuple[bytes, bool]:
    """``(document, cut)``: the first triples whose document fits in ``limit`` and ``max_bytes``.

    pyoxigraph writes as it reads, through an 8 KB buffer: triples stop coming once what is
    written reaches the cap, and if the buffer hid the last few, fewer are written again.
    """
    out = io.BytesIO()
    kept: list[Triple] = []
    cut = False

    def within() -> Iterator[Triple]:
        nonlocal cut
        for triple in triples:
            if len(kept) == limit or out.tell() + _least_bytes(triple) > max_bytes:
                cut = True
                return
            kept.append(triple)
            yield triple

    serialize(within(), out, format=rdf_format, prefixes=prefixes)
    body = out.getvalue()
    while len(body) > max_bytes and kept:
        kept = kept[: len(kept) * max_bytes // len(body)]
        body = serialize(kept, format=rdf_format, prefixes=prefixes)
        cut = True
    return body, cut
