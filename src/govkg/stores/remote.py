"""The graph on a remote SPARQL 1.1 Protocol store (Virtuoso, Fuseki, GraphDB, Neptune):
open it, publish to it, follow its versions.

``open_remote`` gives an rdflib ``Graph`` whose triples live in one named graph of a remote
store. Everything above (``Catalog`` and the layers on it) reads a graph only through bound
pattern calls — ``predicate_objects(s)``, ``subjects(p, o)``, ``value(s, p)`` … — and each
becomes one small ``SELECT`` answered from the store's indexes, so the same API is served
unchanged from the embedded store or from a remote one. The rdflib store is
govkg.stores.sparqlstore's ``RemoteStore``, the HTTP client govkg.stores.sparqlclient's
``Endpoint``; both, and ``RemoteError``, are importable from here too.

``publish`` replaces the graph's content (``CLEAR GRAPH`` first), then writes its version (a
content hash unless given) into a small companion graph ``<graph_iri#meta>``, so that API
replicas reading the same store agree on one version (the ETag) and notice a new one
(``remote_version``, ``RemoteSource``).
"""

from __future__ import annotations

import hashlib
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from time import monotonic as _monotonic
from typing import TYPE_CHECKING, Any

from rdflib import OWL, RDF, RDFS, XSD, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, VOID

from govkg.graph.ontology import GOVKG, OA, SCHEMA
from govkg.graph.rdf import PREFIXES
from govkg.stores.sparqlclient import Endpoint, RemoteError
from govkg.stores.sparqlstore import (
    BATCH,
    CACHE,
    DEFAULT_GRAPH_IRI,
    PAGE,
    RemoteStore,
    triple_text,
)

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

_VERSION, _TRIPLES, _MODIFIED = OWL.versionInfo, VOID.triples, DCTERMS.modified


def meta_graph_iri(graph_iri: str) -> str:
    """The companion graph holding the version of ``graph_iri`` (kept out of its data)."""
    return f"{graph_iri}-meta" if "#" in graph_iri else f"{graph_iri}#meta"


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
    for line in sorted(triple_text(t) for t in graph):
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
    progress: Callable[[int], None] | None = None,
) -> str:
    """Replace the content of the remote named graph ``graph_iri`` by ``graph``'s triples.

    Order: the version is withdrawn, the graph cleared, the triples inserted in batches, and
    only then the new version written to ``<graph_iri#meta>``; a reader that finds no
    version knows a publish is under way. Returns that version (``content_version`` of
    ``graph`` unless given). ``progress`` is told the triples sent so far, batch by batch.
    """
    version = version or content_version(graph)
    with _using(query_url, update_url, auth, headers, timeout) as endpoint:
        meta = RemoteStore(endpoint, meta_graph_iri(graph_iri), batch=batch, cache=0)
        data = RemoteStore(endpoint, graph_iri, batch=batch, cache=0)
        meta.clear()
        data.clear()
        count = data.insert(iter(graph), progress)
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
    return KnowledgeGraph.from_graph(graph, version, f"{endpoint.query_url} <{graph_iri}>")


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
