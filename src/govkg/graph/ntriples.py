"""RDF terms as their N-Triples text: what ``seed_terms`` mints, the shapes' fast check
reads and Oxigraph bulk-loads, without an rdflib object per term (creating those, and
converting them again for the store, was most of opening a corpus of 1,000 drafts).

A term is a ``str``: ``<iri>``, ``"lexical"``, ``"lexical"@lang`` or
``"lexical"^^<datatype>``, escaped as N-Triples escapes (``\\\\ \\" \\n \\r``), so two
texts are equal exactly when rdflib's terms are (lexical form, datatype, language tag as
written). ``to_rdflib`` turns texts back into rdflib terms where rdflib is the API.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from decimal import Decimal

from rdflib import BNode, Literal, URIRef
from rdflib.term import Node

__all__ = [
    "XSD_NS",
    "Terms",
    "Triples",
    "boolean",
    "date_literal",
    "decimal_literal",
    "integer",
    "lang",
    "literal",
    "parse_literal",
    "plain",
    "term_of",
    "term_text",
    "to_rdflib",
    "typed",
    "unescape",
]

XSD_NS = "http://www.w3.org/2001/XMLSchema#"
RDF_LANGSTRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"
_ESCAPES = str.maketrans({"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r"})
_UNESCAPE = re.compile(r'\\(?:u([0-9A-Fa-f]{4})|U([0-9A-Fa-f]{8})|(["\\nrtbf\']))')
_SIMPLE = {"n": "\n", "r": "\r", "t": "\t", "b": "\b", "f": "\f", '"': '"', "\\": "\\", "'": "'"}


class Terms:
    """A namespace's terms as N-Triples text, each checked once against the rdflib namespace
    (a closed one raises for a name it lacks) and then kept as an attribute."""

    def __init__(self, namespace: object) -> None:
        self._namespace = namespace

    def __getattr__(self, name: str) -> str:
        if name.startswith("_"):
            raise AttributeError(name)
        text = f"<{getattr(self._namespace, name)}>"
        setattr(self, name, text)
        return text


def _quoted(text: str) -> str:
    return '"' + text.translate(_ESCAPES) + '"'


def plain(text: str) -> str:
    """A plain string literal (rdflib's ``Literal(text)``)."""
    return _quoted(text)


def lang(text: str, tag: str) -> str:
    """A string with a language tag (``Literal(text, lang=tag)``)."""
    return f"{_quoted(text)}@{tag}"


def typed(lexical: str, datatype: str) -> str:
    """A literal of ``datatype`` (an IRI) with this lexical form, unchanged."""
    return f"{_quoted(lexical)}^^<{datatype}>"


TRUE = typed("true", f"{XSD_NS}boolean")
FALSE = typed("false", f"{XSD_NS}boolean")


def boolean(value: bool) -> str:
    return TRUE if value else FALSE


def integer(value: int) -> str:
    return f'"{value}"^^<{XSD_NS}integer>'


def literal(value: object) -> str:
    """What rdflib's ``Literal(value)`` is, for the Python values a seed holds; any other
    is made by rdflib itself and written from its lexical form and datatype."""
    kind = type(value)
    if kind is str:
        return plain(value)  # type: ignore[arg-type]
    if kind is bool:
        return boolean(value)  # type: ignore[arg-type]
    if kind is int:
        return integer(value)  # type: ignore[arg-type]
    return term_text(Literal(value))


def term_text(term: Node) -> str:
    """The N-Triples text of an rdflib term (a Literal's as ``literal`` would write it)."""
    if isinstance(term, Literal):
        if term.language:
            return lang(str(term), term.language)
        if term.datatype is not None:
            return typed(str(term), str(term.datatype))
        return plain(str(term))
    if isinstance(term, BNode):
        return f"_:{term}"
    return f"<{term}>"


def unescape(text: str) -> str:
    """A quoted lexical form as written in N-Triples, read back."""
    if "\\" not in text:
        return text
    return _UNESCAPE.sub(
        lambda m: chr(int(m[1] or m[2], 16)) if (m[1] or m[2]) else _SIMPLE[m[3]], text
    )


def parse_literal(text: str) -> tuple[str, str | None, str | None]:
    """A literal's text as (lexical form as written, language tag, datatype IRI)."""
    end = text.rindex('"')
    lexical = text[1:end]
    rest = text[end + 1 :]
    if rest.startswith("@"):
        return lexical, rest[1:], None
    if rest.startswith("^^<"):
        return lexical, None, rest[3:-1]
    return lexical, None, None


def term_of(text: str) -> Node:
    """The rdflib term of an N-Triples text."""
    if text[0] == "<":
        return URIRef(text[1:-1])
    if text.startswith("_:"):
        return BNode(text[2:])
    lexical, tag, datatype = parse_literal(text)
    lexical = unescape(lexical)
    if tag is not None:
        return Literal(lexical, lang=tag)
    return Literal(lexical, datatype=URIRef(datatype) if datatype else None)


def to_rdflib(triples: Iterable[tuple[str, str, str]]) -> Iterator[tuple[Node, Node, Node]]:
    """rdflib triples of N-Triples texts, each distinct term made once."""
    made: dict[str, Node] = {}
    for triple in triples:
        out = []
        for text in triple:
            term = made.get(text)
            if term is None:
                term = made[text] = term_of(text)
            out.append(term)
        yield tuple(out)  # type: ignore[misc]


class Triples(Sequence):
    """A seed's triples as N-Triples texts (``terms``), read as rdflib triples where rdflib
    is wanted (made on first use); ``ntriples()`` is the text Oxigraph bulk-loads."""

    def __init__(self, terms: list[tuple[str, str, str]]) -> None:
        self.terms = terms
        self._rdflib: list[tuple[Node, Node, Node]] | None = None
        self._text: bytes | None = None

    def _made(self) -> list[tuple[Node, Node, Node]]:
        if self._rdflib is None:
            self._rdflib = list(to_rdflib(self.terms))
        return self._rdflib

    def __len__(self) -> int:
        return len(self.terms)

    def __getitem__(self, index):  # type: ignore[override]
        return self._made()[index]

    def __iter__(self) -> Iterator[tuple[Node, Node, Node]]:
        return iter(self._made())

    def ntriples(self, *, keep: bool = True) -> bytes:
        """The triples as an N-Triples document (UTF-8), made once while ``keep``."""
        text = self._text
        if text is None:
            text = "".join(f"{s} {p} {o} .\n" for s, p, o in self.terms).encode("utf-8")
        self._text = text if keep else None
        return text


def date_literal(text: str) -> str:
    """xsd:date, xsd:gYearMonth or xsd:gYear by the length of ``text``."""
    kind = {10: "date", 7: "gYearMonth", 4: "gYear"}[len(text)]
    return typed(text, f"{XSD_NS}{kind}")


def decimal_literal(value: Decimal) -> str:
    """xsd:decimal with a lexical form Turtle writes back unchanged ("13" becomes "13.0")."""
    text = str(value)
    return typed(text if "." in text else f"{text}.0", f"{XSD_NS}decimal")
