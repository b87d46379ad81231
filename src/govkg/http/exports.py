"""Downloads and embeds: ``/export/{format}``, ``/embed/{id}``, ``/embed-data/{id}``, ``/oembed``.

    /export/{format}?focus=ID&depth=N&kind=K   any export format, as a download
                                               (dot, svg, png: &lang=zh|en, else the
                                               request's language, as pages decide it)
                                               (sankey, treemap: &year=Y, a unit's year)
    /embed/{id}?depth=N                        an interactive page made to be iframed
    /embed/{id}?view=money|treemap&year=Y      a unit's money picture, to be iframed
    /embed-data/{id}?depth=N                   the JSON the embed page draws and expands
    /oembed?url=…                              oEmbed (type rich) for /embed/ and /id/ URLs
    /static/embed/…, /static/vendor/cytoscape/…  the page's script, stylesheet and library

The embed page runs no inline script and inserts every label as text; who may frame it is
the ``frame_ancestors`` allow-list of the settings: any site when unset, since embedding in
other portals is what the page is for (``--embed-origins`` restricts it).
"""

from __future__ import annotations

import re
import threading
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import unquote, urlsplit

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import (
    HTMLResponse,
    JSONResponse,
    PlainTextResponse,
    Response,
    StreamingResponse,
)
from starlette.routing import BaseRoute, Mount, Route
from starlette.staticfiles import StaticFiles

from govkg.core.errors import GovKGError, QueryError
from govkg.core.lru import LockedLRU
from govkg.core.words import LANGS
from govkg.exports import FORMATS, KINDS, Selection, Subset, sankey, select, stream, treemap
from govkg.exports.selection import MAX_DEPTH
from govkg.http.embed import (
    MAX_EMBED_DEPTH,
    VIEWS,
    embed_csp,
    embed_data,
    embed_iframe,
    embed_page,
    embed_picture_page,
    node_path,
)
from govkg.http.i18n import language

if TYPE_CHECKING:
    from starlette.types import Scope

    from govkg.answers.kg import KnowledgeGraph

__all__ = ["MAX_DEPTH", "export_routes", "frame_ancestors"]

MAX_DRAWN = 600  # nodes; above this a picture is refused (choose a focus)
CACHE_ENTRIES = 32
CACHE_BYTES = 16 * 1024 * 1024  # the largest export kept
CACHE_TOTAL = 64 * 1024 * 1024  # all exports kept together
DRAWING = threading.BoundedSemaphore(2)  # Graphviz runs at once; more requests wait their turn
EMBED_SIZE = (800, 500)  # default oEmbed iframe width and height
STATIC = Path(__file__).resolve().parent.parent / "static"
PICTURES = {"dot", "svg", "png"}
MONEY_PICTURES = {"sankey", "treemap"}  # a unit-year each: kept like pictures, never too big
# an export is data, never a page: nothing in it may run, even an SVG opened directly
EXPORT_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; sandbox"
_SOURCE = re.compile(r"\*|'self'|'none'|https?://(\*\.)?[A-Za-z0-9.-]+(:\d{1,5})?")


def frame_ancestors(settings: object | None) -> str:
    """The CSP ``frame-ancestors`` sources from ``settings.frame_ancestors`` (default: any).

    >>> frame_ancestors(None)
    '*'
    >>> frame_ancestors(type("S", (), {"frame_ancestors": ("self", "https://portal.example")}))
    "'self' https://portal.example"
    """
    given = getattr(settings, "frame_ancestors", None) or ("*",)
    sources = tuple(f"'{s}'" if s in ("self", "none") else s for s in given)  # quotes forgiven
    for source in sources:
        if not _SOURCE.fullmatch(source):
            raise GovKGError(
                f"frame ancestor {source!r} must be *, 'self', 'none' or an http(s) origin"
            )
    return " ".join(sources)


class _Static(StaticFiles):
    """Static files that say exactly what they are and may be cached for a day."""

    async def get_response(self, path: str, scope: Scope) -> Response:
        response = await super().get_response(path, scope)
        response.headers["x-content-type-options"] = "nosniff"
        if response.status_code == 200:
            response.headers.setdefault("cache-control", "public, max-age=86400")
        return response


class _Refused(Exception):
    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status, self.message = status, message


def _text_response(status: int, message: str) -> PlainTextResponse:
    return PlainTextResponse(message + "\n", status_code=status)


def _depth(request: Request, default: int, low: int, high: int) -> int:
    text = request.query_params.get("depth")
    if text is None or text == "":
        return default
    try:
        value = int(text)
    except ValueError as error:
        raise _Refused(400, f"depth {text!r} is not a whole number") from error
    return max(low, min(value, high))


def _year(request: Request) -> int | None:
    text = request.query_params.get("year")
    if text is None or text == "":
        return None
    try:
        return int(text)
    except ValueError as error:
        raise _Refused(400, f"year {text!r} is not a whole number") from error


def _lang(request: Request) -> str:
    """A picture's language: ``?lang=`` (zh or en), else the request's, as pages decide it."""
    asked = request.query_params.get("lang", "").strip().lower()
    if not asked:
        return language()
    if asked not in LANGS:
        raise _Refused(400, f"lang {asked!r} is not one of {', '.join(LANGS)}")
    return asked


def _selection(request: Request, kg: KnowledgeGraph) -> Selection:
    kinds = [k for value in request.query_params.getlist("kind") for k in value.split(",") if k]
    unknown = [k for k in kinds if k not in KINDS]
    if unknown:
        raise _Refused(400, f"unknown kind {unknown[0]!r}; kinds: {', '.join(KINDS)}")
    focus = request.query_params.get("focus") or None
    if focus is not None:
        node = kg.service.node(focus) or kg.service.lookup(focus)
        if node is None:
            raise _Refused(404, f"no node with id or name {focus!r}")
        focus = node.id
    return Selection(
        focus=focus,
        depth=_depth(request, 1, 0, MAX_DEPTH),
        kinds=tuple(kinds),
        year=_year(request),
    )


def _origin(request: Request) -> str:
    return f"{request.url.scheme}://{request.url.netloc}"


class _Cache:
    """Recently drawn pictures by (graph version, format, selection, which holds the
    picture's language); each costs ~1 s."""

    def __init__(self) -> None:
        self.pictures: LockedLRU[bytes] = LockedLRU(
            entries=CACHE_ENTRIES, total=CACHE_TOTAL, largest=CACHE_BYTES
        )

    def get(self, kg: KnowledgeGraph, name: str, selection: Selection) -> bytes | Subset:
        """A picture's bytes (drawn, or kept from before); for data formats the resolved
        selection, whose export is streamed and never kept whole."""
        key = (kg.version, name, selection)
        kept = self.pictures.get(key)
        if kept is not None:
            return kept
        subset = select(kg, selection)
        if name not in PICTURES | MONEY_PICTURES:
            return subset
        if name in PICTURES and len(subset.nodes) > MAX_DRAWN:
            raise _Refused(
                422,
                f"{len(subset.nodes)} nodes are too many to draw (at most {MAX_DRAWN}); "
                "choose a focus, a smaller depth or kinds",
            )
        with DRAWING:
            data = FORMATS[name].make(kg, subset)
        self.pictures.put(key, data)
        return data


def export_routes(kg: KnowledgeGraph, settings: object | None = None) -> list[BaseRoute]:
    """The routes of this module, to be listed in ``create_app``; ``settings`` may be None."""
    ancestors = frame_ancestors(settings)
    cache = _Cache()

    def current(request: Request) -> KnowledgeGraph:
        # the app's graph of the moment (a reload swaps it); never keep the first one alive
        return request.app.state.kg

    async def export_endpoint(request: Request) -> Response:
        name = request.path_params["format"]
        if name not in FORMATS:
            return _text_response(404, f"unknown export format {name!r}; formats: "
                                  + ", ".join(FORMATS))  # fmt: skip
        graph = current(request)
        try:
            selection = _selection(request, graph)
            if name in PICTURES:  # their words are the reader's language
                selection = replace(selection, lang=_lang(request))
            data = await run_in_threadpool(cache.get, graph, name, selection)
        except _Refused as refused:
            return _text_response(refused.status, refused.message)
        except QueryError as error:
            return _text_response(400, str(error))
        except GovKGError as error:
            return _text_response(503, str(error))
        fmt = FORMATS[name]
        headers = {
            "content-disposition": f'attachment; filename="{fmt.filename(selection)}"',
            "content-security-policy": EXPORT_CSP,
            "x-content-type-options": "nosniff",
        }
        if isinstance(data, bytes):
            return Response(data, media_type=fmt.media_type, headers=headers)
        return StreamingResponse(
            stream(graph, name, data), media_type=fmt.media_type, headers=headers
        )

    def focus(request: Request, minimum: int) -> tuple[KnowledgeGraph, str, int] | Response:
        """The graph, the node the path names and the depth asked for, or the refusal."""
        graph = current(request)
        node = graph.service.node(request.path_params["id"])
        if node is None:
            return _text_response(404, f"no node with id {request.path_params['id']!r}")
        try:
            return graph, node.id, _depth(request, 1, minimum, MAX_EMBED_DEPTH)
        except _Refused as refused:
            return _text_response(refused.status, refused.message)

    async def embed(request: Request) -> Response:
        view = request.query_params.get("view") or "graph"
        if view not in VIEWS:
            return _text_response(400, f"unknown view {view!r}; views: {', '.join(VIEWS)}")
        found = focus(request, 1)
        if isinstance(found, Response):
            return found
        graph, node_id, depth = found
        if view == "graph":
            page = embed_page(graph, node_id, depth, _origin(request))
        else:
            draw = sankey.picture if view == "money" else treemap.picture
            try:
                year = _year(request)
                picture = await run_in_threadpool(draw, graph.catalog, node_id, year)
            except _Refused as refused:
                return _text_response(refused.status, refused.message)
            except QueryError as error:
                return _text_response(400, str(error))
            page = embed_picture_page(graph, node_id, view, picture, _origin(request), year)
        return HTMLResponse(
            page,
            headers={
                "content-security-policy": embed_csp(ancestors),
                "x-content-type-options": "nosniff",
            },
        )

    async def data(request: Request) -> Response:
        found = focus(request, 0)
        if isinstance(found, Response):
            return found
        graph, node_id, depth = found
        answer = await run_in_threadpool(embed_data, graph, node_id, depth)
        return JSONResponse(answer, headers={"x-content-type-options": "nosniff"})

    async def oembed(request: Request) -> Response:
        graph = current(request)
        if request.query_params.get("format", "json") != "json":
            return _text_response(501, "only format=json is offered")
        url = request.query_params.get("url")
        if not url:
            return _text_response(400, "the url parameter is required")
        node_id = _embeddable(request, graph, url)
        if node_id is None:
            return _text_response(404, f"not an embeddable govkg URL: {url!r}")
        try:
            width = _bound(request, "maxwidth", EMBED_SIZE[0])
            height = _bound(request, "maxheight", EMBED_SIZE[1])
        except _Refused as refused:
            return _text_response(refused.status, refused.message)
        node = graph.catalog.nodes[node_id]
        src = f"{_origin(request)}/embed/{node_path(node_id)}"
        iframe = embed_iframe(src, node.name, width, height)
        return JSONResponse(
            {
                "version": "1.0",
                "type": "rich",
                "provider_name": "govkg",
                "provider_url": f"{_origin(request)}/",
                "title": node.name,
                "html": iframe,
                "width": width,
                "height": height,
                "cache_age": 3600,
            }
        )

    return [
        Route("/export/{format}", export_endpoint),
        Route("/embed/{id:path}", embed),
        Route("/embed-data/{id:path}", data),
        Route("/oembed", oembed),
        Mount("/static/embed", app=_Static(directory=STATIC / "embed")),
        Mount("/static/vendor/cytoscape", app=_Static(directory=STATIC / "vendor" / "cytoscape")),
    ]


def _bound(request: Request, name: str, default: int) -> int:
    text = request.query_params.get(name)
    if not text:
        return default
    try:
        value = int(text)
    except ValueError as error:
        raise _Refused(400, f"{name} {text!r} is not a whole number") from error
    if value < 1:
        raise _Refused(400, f"{name} must be at least 1")
    return min(default, value)


def _embeddable(request: Request, kg: KnowledgeGraph, url: str) -> str | None:
    """The node id behind an ``/embed/…`` or ``/id/…`` URL of this server or of the graph's
    IRI base; None for anything else."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    hosts = {request.url.netloc}
    base = getattr(request.app.state, "base", None) or getattr(kg.catalog, "base", None)
    if base:
        hosts.add(urlsplit(base).netloc)
    if parts.scheme not in ("http", "https") or parts.netloc not in hosts:
        return None
    for prefix in ("/embed/", "/id/"):
        if parts.path.startswith(prefix):
            node = kg.service.node(unquote(parts.path.removeprefix(prefix)))
            return node.id if node is not None else None
    return None
