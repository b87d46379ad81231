"""An rdflib ``Store`` holding one named graph of a remote SPARQL 1.1 store.

* Reads: ``SELECT`` with only the unbound positions as variables. A subject's triples come
  with those of its parts (citations and their selectors, attributes, money amount) in one
  request and are kept in a bounded LRU (govkg.core.lru, by entries). Long answers are
  paged: Virtuoso cuts every answer at ``ResultSetMaxRows`` (10 000) without saying so.
* Writes: ``INSERT DATA`` / ``DELETE DATA``, 1 000 triples a request, halved when a store
  refuses a request as too big.
* Terms are written by rdflib's ``n3()``: IRIs checked, literals escaped, no query text
  pasted together from unescaped strings; a pattern term that is not a valid IRI matches
  nothing, blank nodes are refused. What comes back is what was written, up to the store's
  canonical forms (``"13221400.00"^^xsd:decimal`` as ``"13221400"^^xsd:decimal``, as the
  embedded store does); two Virtuoso quirks are undone: it answers ``"true"^^xsd:boolean``
  as ``"1"``, and stores an integral ``"12"^^xsd:decimal`` as an xsd:integer (so it is
  written as ``"12.0"^^xsd:decimal``).

The HTTP and the protocol are govkg.stores.sparqlclient's. rdflib's own
``SPARQLUpdateStore`` does not fit: it asks once per pattern with no record-at-a-time fetch
or cache, pages only when told to and never past a store's silent row cap, sends a refused
batch again whole, and speaks urllib with Basic auth only.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from rdflib import XSD, BNode, Literal, URIRef
from rdflib.store import Store
from rdflib.term import Node

from govkg.core.lru import LockedLRU
from govkg.stores.sparqlclient import Endpoint, RemoteError

__all__ = ["BATCH", "CACHE", "DEFAULT_GRAPH_IRI", "PAGE", "RemoteStore", "triple_text"]

DEFAULT_GRAPH_IRI = "https://govkg.org/graph/default"
BATCH = 1000  # triples per INSERT DATA / DELETE DATA request (halved when refused as too big)
PAGE = 10_000  # rows per SELECT; Virtuoso's default ResultSetMaxRows, so never above a cap
CACHE = 20_000  # subjects whose descriptions a store keeps in memory (LRU)
_TOO_LARGE = {400, 413, 414, 500}  # how stores say a request was too big for them
_INTEGRAL = re.compile(r"[+-]?[0-9]+")
_BOOLEAN_FORMS = {"1": "true", "0": "false"}


# -- terms ----------------------------------------------------------------------------------


def _n3(term: Node) -> str:
    """A term as SPARQL text, escaped by rdflib (IRIs are checked, literals quoted)."""
    if isinstance(term, Literal):
        return term.n3()
    if isinstance(term, URIRef):
        try:
            return term.n3()
        except Exception as error:  # rdflib raises a bare Exception for a bad IRI
            raise RemoteError(f"not an IRI that can be sent: {str(term)!r}") from error
    if isinstance(term, BNode):
        raise RemoteError("blank nodes cannot be sent to a remote store; give them IRIs")
    raise RemoteError(f"cannot send {type(term).__name__} {term!r} to a remote store")


def _data_n3(term: Node) -> str:
    """A term to store. An integral xsd:decimal is written with a ``.0`` (the same value):
    Virtuoso stores ``"12"^^xsd:decimal`` as an xsd:integer, ``"12.0"^^xsd:decimal`` as a
    decimal, and answers it as ``"12"^^xsd:decimal``."""
    if (
        isinstance(term, Literal)
        and term.datatype == XSD.decimal
        and _INTEGRAL.fullmatch(str(term))
    ):
        return Literal(f"{term}.0", datatype=XSD.decimal, normalize=False).n3()
    return _n3(term)


def _term(binding: dict[str, str]) -> Node:
    """A term from SPARQL JSON (also Virtuoso's older ``typed-literal``)."""
    kind, value = binding["type"], binding["value"]
    if kind == "uri":
        return URIRef(value)
    if kind == "bnode":
        return BNode(value)
    language = binding.get("xml:lang")
    if language:
        return Literal(value, lang=language)
    datatype = binding.get("datatype")
    if datatype is None or datatype == str(XSD.string):
        return Literal(value)
    if datatype == str(XSD.boolean):
        value = _BOOLEAN_FORMS.get(value, value)
    return Literal(value, datatype=URIRef(datatype))


def triple_text(triple: tuple[Node, Node, Node]) -> str:
    """One N-Triples line, as sent in ``INSERT DATA`` (and hashed by ``content_version``)."""
    return f"{_n3(triple[0])} {_n3(triple[1])} {_data_n3(triple[2])} ."


# -- the store -----------------------------------------------------------------------------


class RemoteStore(Store):
    """An rdflib store holding one named graph of a remote SPARQL 1.1 store."""

    context_aware = False
    formula_aware = False
    transaction_aware = False
    graph_aware = False

    def __init__(
        self,
        endpoint: Endpoint,
        graph_iri: str = DEFAULT_GRAPH_IRI,
        *,
        page: int = PAGE,
        batch: int = BATCH,
        parts: Iterable[URIRef] = (),
        cache: int = CACHE,
    ) -> None:
        super().__init__()
        self.endpoint = endpoint
        self.graph_iri = URIRef(graph_iri)
        self._graph = _n3(self.graph_iri)
        self.page, self.batch = page, batch
        self.parts = tuple(URIRef(p) for p in parts)
        self.cache_size = cache
        self._described: LockedLRU[dict[tuple[Node, Node], None]] = LockedLRU(cache)
        self._namespaces: dict[str, URIRef] = {}
        self._prefixes: dict[URIRef, str] = {}

    # reads ------------------------------------------------------------------------------
    def triples(self, triple_pattern, context=None) -> Iterator[tuple[tuple, Iterator]]:
        pattern = tuple(triple_pattern)
        names = ("s", "p", "o")
        if any(term is not None and not isinstance(term, Node) for term in pattern):
            return  # a property path or other non-term: not stored here
        if isinstance(pattern[1], BNode | Literal) or isinstance(pattern[0], Literal):
            return  # nothing can match
        if any(isinstance(term, BNode) for term in pattern):
            return  # blank nodes are never stored remotely (see _n3)
        try:
            texts = [None if term is None else _n3(term) for term in pattern]
        except RemoteError:
            return  # e.g. an IRI with a space, looked up from user input: never stored
        subject, predicate, value = pattern
        if subject is not None and not isinstance(value, Literal) and self.cache_size:
            description = self._describe(subject)
            if description is not None:
                for p, o in description:
                    if (predicate is None or p == predicate) and (value is None or o == value):
                        yield (subject, p, o), iter(())
                return
        where = " ".join(
            f"?{name}" if text is None else text for name, text in zip(names, texts, strict=True)
        )
        if all(term is not None for term in pattern):
            if self.endpoint.ask(f"ASK WHERE {{ GRAPH {self._graph} {{ {where} }} }}"):
                yield pattern, iter(())
            return
        free = [name for name, term in zip(names, pattern, strict=True) if term is None]
        for row in self._rows(free, f"GRAPH {self._graph} {{ {where} }}"):
            found = list(pattern)
            for index, name in enumerate(names):
                if found[index] is None:
                    found[index] = _term(row[name])
            yield (found[0], found[1], found[2]), iter(())

    def _describe(self, subject: URIRef) -> dict[tuple[Node, Node], None] | None:
        """Every (predicate, object) of ``subject``, with the descriptions of its parts
        (objects reached through ``self.parts``, two levels deep: a node's citations and
        their selectors) fetched in the same request and kept in a bounded LRU cache.
        None when the description is too long to keep (then patterns go to the store)."""
        found = self._described.get(subject)
        if found is not None:
            return found
        s = _n3(subject)
        if self.parts:
            # One left-joined pattern, not a UNION: right after a write Virtuoso 7.2 takes
            # ~700 ms to plan the equivalent three-branch UNION, this one stays at ~2 ms.
            parts = ", ".join(_n3(p) for p in self.parts)
            query = (
                f"SELECT ?p ?o ?p2 ?o2 ?p3 ?o3 WHERE {{ GRAPH {self._graph} {{ {s} ?p ?o "
                f"OPTIONAL {{ ?o ?p2 ?o2 FILTER(?p IN ({parts})) "
                f"OPTIONAL {{ ?o2 ?p3 ?o3 FILTER(?p2 IN ({parts})) }} }} }} }} LIMIT {self.page}"
            )
        else:
            query = (
                f"SELECT ?p ?o WHERE {{ GRAPH {self._graph} {{ {s} ?p ?o }} }} LIMIT {self.page}"
            )
        rows = self.endpoint.select(query)
        if len(rows) >= self.page:
            return None
        described: dict[Node, dict[tuple[Node, Node], None]] = {subject: {}}
        for row in rows:
            owner = subject
            for level, (p_name, o_name) in enumerate((("p", "o"), ("p2", "o2"), ("p3", "o3"))):
                if p_name not in row:
                    break
                predicate, value = _term(row[p_name]), _term(row[o_name])
                described[owner][(predicate, value)] = None
                if level == 2 or predicate not in self.parts or not isinstance(value, URIRef):
                    break
                owner = value  # a part: the next columns hold all its triples (maybe none)
                described.setdefault(owner, {})
        for owner, pairs in described.items():
            self._described.put(owner, pairs)
        return described[subject]

    def forget(self) -> None:
        """Drop the descriptions kept in memory (done on every write through this store)."""
        self._described = LockedLRU(self.cache_size)

    def _rows(self, variables: list[str], where: str) -> Iterator[dict[str, Any]]:
        """Every row of ``SELECT variables WHERE {where}``, paged when it is long."""
        projection = " ".join(f"?{v}" for v in variables)
        rows = self.endpoint.select(f"SELECT {projection} WHERE {{ {where} }} LIMIT {self.page}")
        if len(rows) < self.page:
            yield from rows
            return
        # A full page may be a cut answer: read it again in a stable order, page by page.
        # (The ordered sub-select is the form Virtuoso can scroll past its sort limit.)
        order = " ".join(f"?{v}" for v in variables)
        offset = 0
        while True:
            rows = self.endpoint.select(
                f"SELECT {projection} WHERE {{ {{ SELECT {projection} WHERE {{ {where} }} "
                f"ORDER BY {order} }} }} OFFSET {offset} LIMIT {self.page}"
            )
            yield from rows
            if len(rows) < self.page:
                return
            offset += self.page

    def __len__(self, context=None) -> int:
        rows = self.endpoint.select(
            f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH {self._graph} {{ ?s ?p ?o }} }}"
        )
        return int(rows[0]["n"]["value"]) if rows else 0

    def contexts(self, triple=None):
        return iter(())

    # writes -----------------------------------------------------------------------------
    def add(self, triple, context=None, quoted: bool = False) -> None:
        self.insert([triple])

    def addN(self, quads) -> None:  # rdflib's name
        self.insert((s, p, o) for s, p, o, _ in quads)

    def insert(
        self,
        triples: Iterable[tuple[Node, Node, Node]],
        progress: Callable[[int], None] | None = None,
    ) -> int:
        """``INSERT DATA`` in batches; returns how many triples were sent. ``progress`` is
        told the number sent so far after each batch."""
        return self._data("INSERT", triples, progress)

    def delete(self, triples: Iterable[tuple[Node, Node, Node]]) -> int:
        return self._data("DELETE", triples)

    def _data(
        self,
        verb: str,
        triples: Iterable[tuple[Node, Node, Node]],
        progress: Callable[[int], None] | None = None,
    ) -> int:
        self.forget()
        chunk: list[str] = []
        sent = 0
        for triple in triples:
            chunk.append(triple_text(triple))
            if len(chunk) >= self.batch:
                sent += self._send_data(verb, chunk)
                chunk = []
                if progress is not None:
                    progress(sent)
        if chunk:
            sent += self._send_data(verb, chunk)
            if progress is not None:
                progress(sent)
        return sent

    def _send_data(self, verb: str, lines: list[str]) -> int:
        """One ``INSERT DATA``/``DELETE DATA``; a refused batch is split in halves (stores
        cap a request: Virtuoso's SP031 "generated SQL text has exceeded 10000 lines"
        comes at ~1500 triples, Neptune and proxies cap bytes), and the smaller size is kept."""
        body = "\n".join(lines)
        try:
            self.endpoint.update(f"{verb} DATA {{ GRAPH {self._graph} {{\n{body}\n}} }}")
        except RemoteError as error:
            if len(lines) == 1 or error.status not in _TOO_LARGE:
                raise
            half = len(lines) // 2
            self.batch = max(1, min(self.batch, half))
            return self._send_data(verb, lines[:half]) + self._send_data(verb, lines[half:])
        return len(lines)

    def remove(self, triple_pattern, context=None) -> None:
        pattern = tuple(triple_pattern)
        if all(term is not None for term in pattern):
            self.delete([pattern])
            return
        where = " ".join(
            f"?{name}" if term is None else _n3(term)
            for name, term in zip(("s", "p", "o"), pattern, strict=True)
        )
        self.forget()
        self.endpoint.update(f"DELETE WHERE {{ GRAPH {self._graph} {{ {where} }} }}")

    def clear(self) -> None:
        """Empty the named graph (``CLEAR SILENT GRAPH``)."""
        self.forget()
        self.endpoint.update(f"CLEAR SILENT GRAPH {self._graph}")

    # namespaces (kept here, for serialising) --------------------------------------------
    def bind(self, prefix: str, namespace: URIRef, override: bool = True) -> None:
        namespace = URIRef(namespace)
        if not override and (prefix in self._namespaces or namespace in self._prefixes):
            return
        old = self._namespaces.pop(prefix, None)
        if old is not None:
            self._prefixes.pop(old, None)
        old_prefix = self._prefixes.pop(namespace, None)
        if old_prefix is not None:
            self._namespaces.pop(old_prefix, None)
        self._namespaces[prefix], self._prefixes[namespace] = namespace, prefix

    def namespace(self, prefix: str) -> URIRef | None:
        return self._namespaces.get(prefix)

    def prefix(self, namespace: URIRef) -> str | None:
        return self._prefixes.get(URIRef(namespace))

    def namespaces(self) -> Iterator[tuple[str, URIRef]]:
        yield from list(self._namespaces.items())
