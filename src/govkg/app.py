"""The HTTP app: every route listed in one place, all answers from one KnowledgeGraph.

/               what the graph holds, the source reports, where to ask
/graphql        GraphQL (GET, POST); GraphiQL for browsers
/sparql         SPARQL 1.1 Protocol, query only
/id/{path}      every IRI of the graph: HTML, Turtle, N-Triples or JSON-LD by Accept
/search         names containing a text, by kind (search.py)
/browse, /browse/{table}[.csv|.json]    tables of each kind: facets, sort, pages (browsepages.py)
/export/{format}, /embed/{id}, /embed-data/{id}, /oembed    downloads and embeds (exports.py)
/health         liveness, the graph version, the SPARQL workers
/review/{doc}   reviewing a draft's facts (GET …json, POST decisions; off without a token)
/review, /review/{doc} (GET), /review/login, /review/logout    the review pages and their login
/static/…       CSS, the vendored GraphiQL, the embed page's assets

Middleware, outermost first: security headers, the page language (zh or en), CORS (an
allow-list; nothing by default), the request body cap, ETags keyed to the graph version (304
before any work).
"""

from __future__ import annotations

import asyncio
import contextlib
import gc
import sys
import threading
from collections.abc import AsyncIterator
from pathlib import Path

from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.middleware.cors import CORSMiddleware
from starlette.middleware.gzip import GZipMiddleware
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from govkg.answers.kg import KnowledgeGraph
from govkg.http import collector
from govkg.http.admin import follow, reload_endpoint
from govkg.http.browsepages import browse_routes
from govkg.http.exports import export_routes
from govkg.http.graphql_view import GraphQLView
from govkg.http.i18n import Language
from govkg.http.lane import Lane, Traffic
from govkg.http.markup import page_response
from govkg.http.middleware import BodyLimit, ConditionalGet, CountRequests, SecurityHeaders
from govkg.http.pages import landing_page
from govkg.http.resources import resource
from govkg.http.review import review_get, review_post
from govkg.http.reviewaccess import login_get, login_post, logout_post
from govkg.http.reviewpages import review_document_page, review_index_page
from govkg.http.search import search_page
from govkg.http.settings import Settings
from govkg.http.sparql import (
    BYTE_LIMIT_HEADER,
    ROW_LIMIT_HEADER,
    TRUNCATED_HEADER,
    SparqlEndpoint,
)
from govkg.http.sparql_early import offered
from govkg.stores.sources import Source

__all__ = ["create_app"]

STATIC = Path(__file__).with_name("static")


async def home(request: Request) -> Response:
    return page_response("govkg", landing_page(request.app.state.kg))


async def health(request: Request) -> JSONResponse:
    """Alive (``status``), and ``ready`` once answers come at full speed: the served graph's
    indexes are built and a SPARQL worker has opened it. ``?ready`` makes a server that is
    not ready answer 503 (a load balancer's readiness probe)."""
    kg: KnowledgeGraph = request.app.state.kg
    pool = request.app.state.sparql.pool(kg)
    ready = kg.warmed.is_set() and (pool.size == 0 or pool.ready)
    waiting = "ready" in request.query_params and not ready
    return JSONResponse(
        {
            "status": "ok",
            "ready": ready,
            "version": kg.version,
            "triples": kg.triples,
            "sparqlWorkers": {"configured": pool.size, "alive": pool.alive, "ready": pool.ready},
        },
        status_code=503 if waiting else 200,
        headers={"cache-control": "no-store", **({"retry-after": "1"} if waiting else {})},
    )


def _settle(kg: KnowledgeGraph, freeze: bool = True) -> None:
    """Build the graph's lazy indexes now (if ``_prepare`` has not), mark it warmed, then
    take the long-lived objects out of the cyclic collector's scans (a full collection of
    the seed's ~250k objects takes ~40 ms, a pause every request in flight would wait for).
    Unfreezing first lets a graph that was swapped out be collected."""
    kg.warm()
    if freeze:
        _freeze()


def _freeze() -> None:
    gc.unfreeze()
    gc.collect()
    gc.freeze()
    collector.rebase()


def _prepare(kg: KnowledgeGraph) -> None:
    """Before the server listens: build what search and findings need, then freeze, so no
    request waits for a build or a full collection (requests in the warm-up, while the
    SPARQL workers open the store, run at the speed they have after it). The collector
    is off meanwhile: the build only makes objects that live as long as the graph."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        kg.prepare()
    finally:
        if enabled:
            gc.enable()
    _freeze()


def create_app(
    kg: KnowledgeGraph, settings: Settings | None = None, source: Source | None = None
) -> Starlette:
    """The Starlette app serving ``kg``; ``settings`` default to safe values (no CORS).

    With a ``source`` (a watched directory, a remote store) the app follows it, and
    ``POST /admin/reload`` can ask it to rebuild now.
    """
    settings = settings or Settings()
    sparql = SparqlEndpoint(settings)
    traffic = Traffic()  # what the lane's long jobs make way for
    graphql = GraphQLView(
        settings.graphql_cache, Lane(settings.graphql_threads, wait=5.0, traffic=traffic)
    )

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        # a worker thread holding the interpreter lock hands it back to the event loop after
        # this long; with the default 5 ms, runaway GraphQL stalled /health for 200 ms
        sys.setswitchinterval(0.001)
        # the indexes first, alone: built beside the SPARQL workers' store (its serialising
        # and the workers' imports) they took 4x as long at 10^6 triples on two cores; but a
        # store loading from the served file in a child costs them nothing: its workers
        # start now and open it as soon as it is built
        if offered(app.state.kg.graph):
            sparql.pool(app.state.kg)
        _prepare(app.state.kg)
        collector.install()  # from now on full collections walk only what is new
        thawing = asyncio.create_task(collector.keep_thawing())
        sparql.pool(app.state.kg)  # workers open the graph while the server answers
        threading.Thread(target=_settle, args=(app.state.kg, False), daemon=True).start()
        following = asyncio.create_task(follow(app)) if source is not None else None
        try:
            yield
        finally:
            if following is not None:
                following.cancel()
            thawing.cancel()
            collector.uninstall()
            sparql.close()

    static = GZipMiddleware(StaticFiles(directory=STATIC), minimum_size=1024)
    app = Starlette(
        routes=[
            # first: every request walks the list until a route matches, and /graphql is
            # the one asked most (and overlaps no other)
            Route("/graphql", graphql, methods=["GET", "POST"]),
            Route("/", home),
            Route("/health", health),
            Route("/admin/reload", reload_endpoint, methods=["POST"]),
            Route("/review", review_index_page, methods=["GET"]),
            Route("/review/login", login_get, methods=["GET"]),
            Route("/review/login", login_post, methods=["POST"]),
            Route("/review/logout", logout_post, methods=["POST"]),
            Route("/review/{document}.json", review_get, methods=["GET"]),
            Route("/review/{document}", review_document_page, methods=["GET"]),
            Route("/review/{document}", review_post, methods=["POST"]),
            Route("/sparql", sparql.endpoint, methods=["GET", "POST"]),
            Route("/id/{path:path}", resource),
            Route("/search", search_page, methods=["GET"]),
            *browse_routes(),  # /browse, /browse/{table}[.csv|.json]
            *export_routes(kg, settings),  # before /static: it mounts /static/embed
            Mount("/static", static, name="static"),
        ],
        middleware=[
            Middleware(CountRequests, traffic=traffic),
            Middleware(SecurityHeaders),
            Middleware(Language),  # Chinese or English pages; Vary where negotiated
            Middleware(
                CORSMiddleware,
                allow_origins=list(settings.cors_origins),
                allow_methods=["GET", "POST"],
                allow_headers=["Accept", "Content-Type", "If-None-Match"],
                expose_headers=["ETag", TRUNCATED_HEADER, ROW_LIMIT_HEADER, BYTE_LIMIT_HEADER],
                allow_credentials=False,  # a public read-only API: never cookies, so never with *
                max_age=600,
            ),
            Middleware(BodyLimit, limit=settings.max_body, url_limit=settings.max_url),
            Middleware(
                ConditionalGet,
                version=lambda: app.state.kg.version,
                skip=("/static/", "/health", "/review"),
            ),
        ],
        lifespan=lifespan,
    )
    app.state.kg = kg
    app.state.settle = _settle
    app.state.source = source
    app.state.settings = settings
    app.state.sparql = sparql
    app.state.graphql = graphql
    return app
