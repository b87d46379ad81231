"""The graph on a remote SPARQL 1.1 Protocol endpoint (Virtuoso, Fuseki, GraphDB, Neptune).

``open_remote`` gives an rdflib ``Graph`` whose triples live in one named graph of a remote
store. Everything above (``Catalog`` and the layers on it) reads a graph only through bound
pattern calls — ``predicate_objects(s)``, ``subjects(p, o)``, ``value(s, p)`` … — and each
of those becomes one small ``SELECT`` on the endpoint, answered from its indexes, so the
same API is served unchanged from the embedded store or from a remote one.

* Reads: ``SELECT`` with only the unbound positions as variables, results as SPARQL JSON.
  A subject's triples come with those of its parts (citations and their selectors,
  attributes, money amount) in one request, kept in a bounded LRU: one round trip per
  entity record. Large answers are paged (Virtuoso cuts every answer at
  ``ResultSetMaxRows``, 10 000 by default, without saying so in the body).
* Writes: ``INSERT DATA`` / ``DELETE DATA`` on the named graph, 1 000 triples a request,
  halved when the store refuses a request as too big; ``publish`` replaces the graph's
  content (``CLEAR GRAPH`` first).
* Terms are written with rdflib's N-Triples serialisation (``n3()``): IRIs are checked,
  literals escaped, language tags and datatypes kept; no query text is ever pasted
  together from unescaped strings. A pattern term that is not a valid IRI matches nothing.
  Blank nodes cannot be addressed across requests and are refused.
* What comes back is what was written, up to the store's canonical forms: a language tag
  in lower case, ``"13221400.00"^^xsd:decimal`` as ``"13221400"^^xsd:decimal`` (the same
  value; the embedded Oxigraph store does the same), ``"x"^^xsd:string`` as ``"x"``. Two
  Virtuoso quirks are undone: it answers ``"true"^^xsd:boolean`` as ``"1"`` (mapped back),
  and stores an integral ``"12"^^xsd:decimal`` as an xsd:integer (so it is written as
  ``"12.0"^^xsd:decimal``).
* HTTP: one keep-alive connection per thread and endpoint (``http.client``, no extra
  dependency); ``auth=(user, password)`` answers Basic or Digest challenges (Virtuoso's
  ``/sparql-auth`` wants Digest) and reuses a Digest nonce; ``headers`` adds anything else
  (a bearer token, say).

``publish`` also writes the graph's version (a content hash unless given) into a small
companion graph ``<graph_iri#meta>``, after the data, so that several API replicas reading
the same store agree on one version (the ETag) and can notice a new one
(``remote_version``).
"""

from __future__ import annotations

import base64
import hashlib
import http.client
import os
import re
import threading
import urllib.parse
from collections import OrderedDict
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from time import monotonic as _monotonic
from typing import TYPE_CHECKING, Any

import orjson
from rdflib import OWL, RDF, RDFS, XSD, BNode, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, VOID
from rdflib.store import Store
from rdflib.term import Node

from govkg.core.errors import GovKGError
from govkg.graph.ontology import GOVKG, OA, SCHEMA
from govkg.graph.rdf import PREFIXES

if TYPE_CHECKING:
    from govkg.answers.kg import KnowledgeGraph

__all__ = [
    "DEFAULT_GRAPH_IRI",
    "Endpoint",
    "RemoteError",
    "RemoteSource",
    "RemoteStore",
    "content_version",
    "meta_graph_iri",
    "open_knowledge_graph",
    "open_remote",
    "publish",
    "remote_version",
]

DEFAULT_GRAPH_IRI = "https://govkg.org/graph/default"
BATCH = 1000  # triples per INSERT DATA / DELETE DATA request (halved when refused as too big)
PAGE = 10_000  # rows per SELECT; Virtuoso's default ResultSetMaxRows, so never above a cap
CACHE = 20_000  # subjects whose descriptions a store keeps in memory (LRU)
JSON_RESULTS = "application/sparql-results+json"
_DROPPED = (http.client.RemoteDisconnected, http.client.BadStatusLine, ConnectionError)
_TOO_LARGE = {400, 413, 414, 500}  # how stores say a request was too big for them
_INTEGRAL = re.compile(r"[+-]?[0-9]+")
_BOOLEAN_FORMS = {"1": "true", "0": "false"}
_VERSION, _TRIPLES, _MODIFIED = OWL.versionInfo, VOID.triples, DCTERMS.modified


class RemoteError(GovKGError):
    """The remote store refused a request (``status`` its HTTP status) or could not be
    reached (``status`` None)."""

    def __init__(self, message: str, status: int | None = None) -> None:
        super().__init__(message)
        self.status = status


def meta_graph_iri(graph_iri: str) -> str:
    """The companion graph holding the version of ``graph_iri`` (kept out of its data)."""
    return f"{graph_iri}-meta" if "#" in graph_iri else f"{graph_iri}#meta"


# -- HTTP ---------------------------------------------------------------------------------


@dataclass
class _Challenge:
    realm: str
    nonce: str
    qop: str | None
    opaque: str | None
    algorithm: str
    count: int = 0


def _parse_challenge(header: str) -> tuple[str, dict[str, str]]:
    scheme, _, rest = header.strip().partition(" ")
    params: dict[str, str] = {}
    while rest:
        rest = rest.lstrip(" ,")
        key, eq, rest = rest.partition("=")
        if not eq:
            break
        if rest.startswith('"'):
            value, rest = "", rest[1:]
            while rest and rest[0] != '"':
                if rest[0] == "\\" and len(rest) > 1:
                    rest = rest[1:]
                value, rest = value + rest[0], rest[1:]
            rest = rest[1:]
        else:
            value, _, rest = rest.partition(",")
        params[key.strip().lower()] = value.strip()
    return scheme.lower(), params


@dataclass
class Endpoint:
    """One SPARQL 1.1 Protocol endpoint pair: queries to ``query_url``, updates to
    ``update_url`` (the same URL when not given), both as HTML form POSTs."""

    query_url: str
    update_url: str | None = None
    auth: tuple[str, str] | None = None
    headers: dict[str, str] = field(default_factory=dict)
    timeout: float = 60.0
    requests: int = 0  # how many HTTP requests were made (for tests and benchmarks)
    _local: threading.local = field(default_factory=threading.local, repr=False)
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)
    _open: list = field(default_factory=list, repr=False)
    _scheme: str | None = field(default=None, repr=False)
    _digest: _Challenge | None = field(default=None, repr=False)

    def __post_init__(self) -> None:
        self.update_url = self.update_url or self.query_url
        for url in (self.query_url, self.update_url):
            if urllib.parse.urlsplit(url).scheme not in ("http", "https"):
                raise RemoteError(f"{url}: a SPARQL endpoint URL starts with http:// or https://")

    # the protocol -----------------------------------------------------------------------
    def select(self, query: str) -> list[dict[str, Any]]:
        """The bindings of a SELECT (SPARQL JSON rows)."""
        return self._results(query)["results"]["bindings"]

    def ask(self, query: str) -> bool:
        return bool(self._results(query)["boolean"])

    def update(self, update: str) -> None:
        self._post(self.update_url or self.query_url, {"update": update}, "*/*")

    def _results(self, query: str) -> dict[str, Any]:
        body = self._post(self.query_url, {"query": query}, JSON_RESULTS)
        try:
            return orjson.loads(body)
        except orjson.JSONDecodeError as error:
            raise RemoteError(
                f"{self.query_url}: the answer is not SPARQL JSON: {body[:200]!r}"
            ) from error

    # HTTP with keep-alive and auth ------------------------------------------------------
    def _connection(self, url: urllib.parse.SplitResult, fresh: bool = False):
        key = (url.scheme, url.netloc)
        pool = self._local.__dict__.setdefault("connections", {})
        if fresh and key in pool:
            pool.pop(key).close()
        if key not in pool:
            kind = (
                http.client.HTTPSConnection if url.scheme == "https" else http.client.HTTPConnection
            )
            pool[key] = kind(url.netloc, timeout=self.timeout)
            with self._lock:
                self._open.append(pool[key])
        return pool[key]

    def close(self) -> None:
        """Close every connection this endpoint opened, in any thread (they reopen on use)."""
        with self._lock:
            connections, self._open = self._open, []
        for connection in connections:
            connection.close()
        self._local = threading.local()

    def _post(self, url: str, form: dict[str, str], accept: str) -> bytes:
        parts = urllib.parse.urlsplit(url)
        target = parts.path or "/"
        if parts.query:
            target += "?" + parts.query
        body = urllib.parse.urlencode(form).encode("ascii")
        for attempt in range(3):
            headers = {
                "Content-Type": "application/x-www-form-urlencoded; charset=utf-8",
                "Accept": accept,
                "User-Agent": "govkg",
                **self.headers,
            }
            authorization = self._authorization("POST", target)
            if authorization:
                headers["Authorization"] = authorization
            status, reply_headers, data = self._send(parts, target, body, headers)
            if (
                status == 401
                and self.auth is not None
                and attempt < 2
                and self._learn(reply_headers.get_all("WWW-Authenticate") or [])
            ):
                continue
            if 200 <= status < 300:
                return data
            message = data.decode("utf-8", "replace").strip()[:1000]
            raise RemoteError(f"{url}: HTTP {status}: {message}", status)
        raise RemoteError(f"{url}: authentication failed")  # pragma: no cover

    def _send(self, parts, target: str, body: bytes, headers: dict[str, str]):
        for retry in (False, True):
            connection = self._connection(parts, fresh=retry)
            try:
                connection.request("POST", target, body=body, headers=headers)
                response = connection.getresponse()
                data = response.read()
            except _DROPPED as error:
                connection.close()
                if retry:  # a stale keep-alive connection gets one fresh try (every
                    raise RemoteError(f"{parts.geturl()}: {error}") from error  # request
                continue  # govkg sends is idempotent: SELECT, ASK, INSERT/DELETE DATA, CLEAR)
            except OSError as error:
                connection.close()
                raise RemoteError(f"{parts.geturl()}: {error}") from error
            self.requests += 1
            if response.getheader("Connection", "").lower() == "close":
                connection.close()
            return response.status, response.headers, data
        raise AssertionError("unreachable")  # pragma: no cover

    def _learn(self, challenges: list[str]) -> bool:
        """Remember how to authenticate from a 401; False when nothing new was learned."""
        for header in challenges:
            scheme, params = _parse_challenge(header)
            if scheme == "digest" and "nonce" in params:
                stale = params.get("stale", "").lower() == "true"
                with self._lock:
                    known = self._digest is not None and self._scheme == "digest"
                    self._scheme = "digest"
                    self._digest = _Challenge(
                        realm=params.get("realm", ""),
                        nonce=params["nonce"],
                        qop="auth" if "auth" in params.get("qop", "").split(",") else None,
                        opaque=params.get("opaque"),
                        algorithm=params.get("algorithm", "MD5"),
                    )
                return stale or not known
        for header in challenges:
            if _parse_challenge(header)[0] == "basic" and self._scheme != "basic":
                self._scheme = "basic"
                return True
        return False

    def _authorization(self, method: str, target: str) -> str | None:
        if self.auth is None or self._scheme is None:
            return None
        user, password = self.auth
        if self._scheme == "basic":
            token = base64.b64encode(f"{user}:{password}".encode()).decode("ascii")
            return f"Basic {token}"
        with self._lock:
            challenge = self._digest
            if challenge is None:
                return None
            challenge.count += 1
            count = f"{challenge.count:08x}"
        algorithm = challenge.algorithm.upper()
        digest = hashlib.sha256 if algorithm.startswith("SHA-256") else hashlib.md5

        def h(text: str) -> str:
            return digest(text.encode("utf-8")).hexdigest()

        cnonce = os.urandom(8).hex()
        ha1 = h(f"{user}:{challenge.realm}:{password}")
        if algorithm.endswith("-SESS"):
            ha1 = h(f"{ha1}:{challenge.nonce}:{cnonce}")
        ha2 = h(f"{method}:{target}")
        if challenge.qop:
            response = h(f"{ha1}:{challenge.nonce}:{count}:{cnonce}:{challenge.qop}:{ha2}")
        else:
            response = h(f"{ha1}:{challenge.nonce}:{ha2}")
        fields = [
            f'username="{user}"',
            f'realm="{challenge.realm}"',
            f'nonce="{challenge.nonce}"',
            f'uri="{target}"',
            f'response="{response}"',
            f"algorithm={challenge.algorithm}",
        ]
        if challenge.qop:
            fields += [f"qop={challenge.qop}", f"nc={count}", f'cnonce="{cnonce}"']
        if challenge.opaque is not None:
            fields.append(f'opaque="{challenge.opaque}"')
        return "Digest " + ", ".join(fields)


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


def _triple_text(triple: tuple[Node, Node, Node]) -> str:
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
        self._described: OrderedDict[URIRef, dict[tuple[Node, Node], None]] = OrderedDict()
        self._cache_lock = threading.Lock()
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
        with self._cache_lock:
            found = self._described.get(subject)
            if found is not None:
                self._described.move_to_end(subject)
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
        with self._cache_lock:
            for owner, pairs in described.items():
                self._described[owner] = pairs
                self._described.move_to_end(owner)
            while len(self._described) > self.cache_size:
                self._described.popitem(last=False)
        return described[subject]

    def forget(self) -> None:
        """Drop the descriptions kept in memory (done on every write through this store)."""
        with self._cache_lock:
            self._described.clear()

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

    def insert(self, triples: Iterable[tuple[Node, Node, Node]]) -> int:
        """``INSERT DATA`` in batches; returns how many triples were sent."""
        return self._data("INSERT", triples)

    def delete(self, triples: Iterable[tuple[Node, Node, Node]]) -> int:
        return self._data("DELETE", triples)

    def _data(self, verb: str, triples: Iterable[tuple[Node, Node, Node]]) -> int:
        self.forget()
        chunk: list[str] = []
        sent = 0
        for triple in triples:
            chunk.append(_triple_text(triple))
            if len(chunk) >= self.batch:
                sent += self._send_data(verb, chunk)
                chunk = []
        if chunk:
            sent += self._send_data(verb, chunk)
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


# -- the public entry points ---------------------------------------------------------------


def _endpoint(query_url, update_url, auth, headers, timeout) -> Endpoint:
    if isinstance(query_url, Endpoint):
        return query_url
    return Endpoint(query_url, update_url, auth=auth, headers=dict(headers or {}), timeout=timeout)


@contextmanager
def _using(query_url, update_url, auth, headers, timeout) -> Iterator[Endpoint]:
    """The given Endpoint, or one made for the call and closed after it."""
    if isinstance(query_url, Endpoint):
        yield query_url
        return
    endpoint = _endpoint(query_url, update_url, auth, headers, timeout)
    try:
        yield endpoint
    finally:
        endpoint.close()


def open_remote(
    query_url: str | Endpoint,
    update_url: str | None = None,
    graph_iri: str = DEFAULT_GRAPH_IRI,
    auth: tuple[str, str] | None = None,
    load: Graph | None = None,
    *,
    headers: dict[str, str] | None = None,
    timeout: float = 60.0,
    page: int = PAGE,
    batch: int = BATCH,
    cache: int = CACHE,
    version: str | None = None,
) -> Graph:
    """An rdflib ``Graph`` on the named graph ``graph_iri`` of a remote SPARQL store.

    With ``load`` a local graph, its triples first replace the named graph's content
    (``publish``); without, the graph serves what the store already holds. The returned
    graph has govkg's prefixes bound; ``graph.store.endpoint`` is the HTTP client.
    A subject's triples are fetched together with those of its citations, their selectors,
    its attributes and money amount (one request per entity record), and kept in an LRU
    of ``cache`` subjects (0: no cache, every pattern is a request).
    """
    endpoint = _endpoint(query_url, update_url, auth, headers, timeout)
    parts = (GOVKG.citation, GOVKG.attribute, SCHEMA.amount, OA.hasSelector)
    store = RemoteStore(endpoint, graph_iri, page=page, batch=batch, parts=parts, cache=cache)
    graph = Graph(store=store, identifier=URIRef(graph_iri), bind_namespaces="none")
    for prefix, namespace in (*PREFIXES, ("rdf", RDF), ("rdfs", RDFS), ("xsd", XSD)):
        graph.bind(prefix, namespace)
    if load is not None:
        publish(load, endpoint, graph_iri=graph_iri, batch=batch, version=version)
    return graph


def content_version(graph: Graph) -> str:
    """A hash of the graph's content, independent of order (16 hex digits)."""
    digest = hashlib.sha256()
    for line in sorted(_triple_text(t) for t in graph):
        digest.update(line.encode("utf-8"))
        digest.update(b"\n")
    return digest.hexdigest()[:16]


def publish(
    graph: Graph,
    query_url: str | Endpoint,
    update_url: str | None = None,
    graph_iri: str = DEFAULT_GRAPH_IRI,
    auth: tuple[str, str] | None = None,
    *,
    headers: dict[str, str] | None = None,
    timeout: float = 60.0,
    batch: int = BATCH,
    version: str | None = None,
) -> str:
    """Replace the content of the remote named graph ``graph_iri`` by ``graph``'s triples.

    Order: the version is withdrawn, the graph cleared, the triples inserted in batches, and
    only then the new version written to ``<graph_iri#meta>``; a reader that finds no
    version knows a publish is under way. Returns that version (``content_version`` of
    ``graph`` unless given).
    """
    version = version or content_version(graph)
    with _using(query_url, update_url, auth, headers, timeout) as endpoint:
        meta = RemoteStore(endpoint, meta_graph_iri(graph_iri), batch=batch, cache=0)
        data = RemoteStore(endpoint, graph_iri, batch=batch, cache=0)
        meta.clear()
        data.clear()
        count = data.insert(iter(graph))
        subject = URIRef(graph_iri)
        meta.insert(
            [
                (subject, _VERSION, Literal(version)),
                (subject, _TRIPLES, Literal(count)),
                (subject, _MODIFIED, Literal(datetime.now(UTC).replace(microsecond=0))),
            ]
        )
    return version


def remote_version(
    query_url: str | Endpoint,
    graph_iri: str = DEFAULT_GRAPH_IRI,
    auth: tuple[str, str] | None = None,
    *,
    headers: dict[str, str] | None = None,
    timeout: float = 60.0,
) -> str | None:
    """The version ``publish`` wrote for ``graph_iri``; None if there is none (never
    published by govkg, or a publish is under way)."""
    with _using(query_url, None, auth, headers, timeout) as endpoint:
        meta = RemoteStore(endpoint, meta_graph_iri(graph_iri), cache=0)
        for (_, _, value), _ in meta.triples((URIRef(graph_iri), _VERSION, None)):
            return str(value)
    return None


def open_knowledge_graph(
    query_url: str,
    update_url: str | None = None,
    graph_iri: str = DEFAULT_GRAPH_IRI,
    auth: tuple[str, str] | None = None,
    load: KnowledgeGraph | Graph | None = None,
    **options: Any,
) -> KnowledgeGraph:
    """The whole API (catalog, service, GraphQL) on a remote named graph.

    ``load`` (a local KnowledgeGraph or Graph) is published there first, under its version;
    without it the store's content is served as it is, under the version ``publish`` wrote
    (``count-<triples>`` for a graph loaded by other means: give it a version triple, see
    docs/remote-store.md); an empty graph is a RemoteError. ``options`` go to
    ``open_remote`` (headers, timeout, cache, …).
    """
    from govkg.answers.kg import KnowledgeGraph

    version = options.pop("version", None)
    if isinstance(load, KnowledgeGraph):
        version, load = version or load.version, load.graph
    graph = open_remote(
        query_url, update_url, graph_iri, auth, load=load, version=version, **options
    )
    endpoint = graph.store.endpoint
    version = remote_version(endpoint, graph_iri)
    if version is None:
        count = len(graph)
        if count == 0:
            raise RemoteError(
                f"the graph <{graph_iri}> at {endpoint.query_url} is empty: publish one first "
                "(govkg.stores.remote.publish, or load=…)"
            )
        version = f"count-{count}"
    return KnowledgeGraph.from_graph(graph, version, f"{query_url} <{graph_iri}>")


class RemoteSource:
    """What one API replica serves from a remote store: the KnowledgeGraph of the version
    published there, swapped for a new one when ``publish`` writes another version.

    ``current()`` is cheap: at most every ``check_every`` seconds it reads the version
    (one small SELECT) and, only when that changed, builds a fresh KnowledgeGraph (empty
    caches). While a publish is under way (no version yet) the last one keeps serving.
    Every replica reading the same store sees the same version, so ETags agree.
    """

    def __init__(
        self,
        query_url: str | Endpoint,
        update_url: str | None = None,
        graph_iri: str = DEFAULT_GRAPH_IRI,
        auth: tuple[str, str] | None = None,
        *,
        check_every: float = 30.0,
        load: KnowledgeGraph | Graph | None = None,
        **options: Any,
    ) -> None:
        headers, timeout = options.pop("headers", None), options.pop("timeout", 60.0)
        self.endpoint = _endpoint(query_url, update_url, auth, headers, timeout)
        self.graph_iri, self.check_every, self.options = graph_iri, check_every, options
        self._lock = threading.Lock()
        self._kg = open_knowledge_graph(self.endpoint, graph_iri=graph_iri, load=load, **options)
        self._checked = _monotonic()

    def current(self) -> KnowledgeGraph:
        if _monotonic() - self._checked < self.check_every:
            return self._kg
        with self._lock:
            if _monotonic() - self._checked >= self.check_every:
                self._checked = _monotonic()
                self.reload()
        return self._kg

    def reload(self, force: bool = False) -> bool:
        """Serve the store's current version if it is new (or ``force``); True if swapped."""
        version = remote_version(self.endpoint, self.graph_iri)
        if version is None or (version == self._kg.version and not force):
            return False
        self._kg = open_knowledge_graph(self.endpoint, graph_iri=self.graph_iri, **self.options)
        return True

    def close(self) -> None:
        self.endpoint.close()
