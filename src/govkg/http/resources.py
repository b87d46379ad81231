"""``/id/{path}``: every IRI of the graph dereferences here, as HTML or RDF by ``Accept``.

The graph's IRIs are ``<base>/id/<kind>/<slug>``; the server maps the request path onto the
graph's own base, wherever it runs. Machines get the node's triples, those of its ``#…``
parts (amounts, attributes) and of its citations (quote and position selectors).
"""

from __future__ import annotations

import re

from rdflib import BNode, Graph, URIRef
from starlette.requests import Request
from starlette.responses import PlainTextResponse, Response

from govkg.answers.kg import KnowledgeGraph
from govkg.exports.xmlsafe import xml_safe_bytes
from govkg.graph.ontology import GOVKG
from govkg.http.i18n import language, t
from govkg.http.markup import Page, page_response
from govkg.http.negotiate import negotiate
from govkg.http.pages import entity_page, resource_page

__all__ = ["RDF_TYPES", "describe", "resource"]

HTML = "text/html"
RDF_TYPES = {
    "text/turtle": "turtle",
    "application/n-triples": "nt",
    "application/ld+json": "json-ld",
    "application/rdf+xml": "xml",
}
FORMAT_PARAM = {
    "html": HTML,
    "ttl": "text/turtle",
    "turtle": "text/turtle",
    "nt": "application/n-triples",
    "ntriples": "application/n-triples",
    "jsonld": "application/ld+json",
    "json-ld": "application/ld+json",
    "rdf": "application/rdf+xml",
    "rdfxml": "application/rdf+xml",
}
ALTERNATES = {
    "text/turtle": "ttl",
    "application/n-triples": "nt",
    "application/ld+json": "jsonld",
    "application/rdf+xml": "rdf",
}
OFFERS = [HTML, *RDF_TYPES]
_NOT_IN_IRIS = re.compile(r'[\x00-\x20<>"{}|\\^`]')


def describe(graph: Graph, subject: URIRef) -> Graph:
    """The subject's triples, plus those of its ``#`` parts, blank nodes and citations."""
    found = Graph()
    for prefix, namespace in graph.namespaces():
        found.bind(prefix, namespace, override=True)
    todo, seen = [subject], set()
    while todo:
        node = todo.pop()
        if node in seen:
            continue
        seen.add(node)
        own = f"{node}#"
        for predicate, value in graph.predicate_objects(node):
            found.add((node, predicate, value))
            if isinstance(value, BNode) or (
                isinstance(value, URIRef)
                and (predicate == GOVKG.citation or str(value).startswith(own))
            ):
                todo.append(value)
    return found


def _rdf_response(request: Request, graph: Graph, subject: URIRef, media: str) -> Response:
    body = describe(graph, subject).serialize(format=RDF_TYPES[media], encoding="utf-8")
    if media == "application/rdf+xml":
        body = xml_safe_bytes(body)  # a literal's control characters are not XML
    charset = "; charset=utf-8" if media in ("text/turtle", "application/rdf+xml") else ""
    headers = {"vary": "Accept", "link": _alternates(request, media)}
    return Response(body, media_type=f"{media}{charset}", headers=headers)


def _alternates(request: Request, shown: str) -> str:
    """RFC 8288 links to the other representations of this resource, by ``?format=``."""
    path = request.url.path
    links = [f'<{path}?format=html>; rel="alternate"; type="text/html"'] if shown != HTML else []
    links += [
        f'<{path}?format={name}>; rel="alternate"; type="{media}"'
        for media, name in ALTERNATES.items()
        if media != shown
    ]
    return ", ".join(links)


def _choose(request: Request) -> str | None:
    fmt = request.query_params.get("format")
    if fmt is not None:
        return FORMAT_PARAM.get(fmt.lower())
    return negotiate(request.headers.get("accept"), OFFERS)


def _not_found(request: Request, iri: str) -> Response:
    if negotiate(request.headers.get("accept"), [HTML, "text/plain"]) == HTML:
        page = Page("notfound.html", {"iri": iri})
        return page_response(t(language(), "notfound.title"), page, status=404)
    return PlainTextResponse(f"not found: {iri}\n", status_code=404)


async def resource(request: Request) -> Response:
    kg: KnowledgeGraph = request.app.state.kg
    path = request.path_params["path"]
    base = kg.catalog.base
    iri = f"{base}/id/{path}"
    if _NOT_IN_IRIS.search(path):
        return _not_found(request, iri)
    node_id = kg.catalog.by_iri.get(iri)
    subject = URIRef(iri)
    if node_id is None and (subject, None, None) not in kg.graph:
        return _not_found(request, iri)
    media = _choose(request)
    if media is None:
        offered = ", ".join(OFFERS)
        return PlainTextResponse(  # a cache must not serve this refusal to another Accept
            f"not acceptable; offered: {offered}\n", status_code=406, headers={"vary": "Accept"}
        )
    if media != HTML:
        return _rdf_response(request, kg.graph, subject, media)
    if node_id is not None:
        title, page = entity_page(kg, node_id)
    else:
        title, page = resource_page(kg, subject)
    response = page_response(title, page)  # with its RDF alternates (templates/id.html)
    response.headers["vary"] = "Accept"
    response.headers["link"] = _alternates(request, HTML)
    return response
