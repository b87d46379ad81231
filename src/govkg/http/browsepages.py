"""``/browse``: the rows of each kind as tables to narrow, sort, page and take away.

Rows, filters, orders and facets are :mod:`govkg.answers.browse`'s, the ones GraphQL's
``where``, ``orderBy`` and ``facets`` use, so a page and a query give the same rows. All a
table shows is in its URL: the filters (``name``, ``category``, ``year``, ``unit``,
``document``, ``provenance``, ``basis``, ``spend_type``, ``amount_min`` and ``amount_max`` in
yuan), ``order``, ``desc=1`` and ``page``. ``.csv`` and ``.json`` give every row the filter
and order select (all pages), streamed; amounts are exact yuan strings.

This module holds the routes; the URL is read in :mod:`~govkg.http.browse_params`, the
pages built in :mod:`~govkg.http.browse_tables`, the downloads in
:mod:`~govkg.http.browse_downloads`.
"""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import JSONResponse, PlainTextResponse, Response, StreamingResponse
from starlette.routing import Route

from govkg.answers.browse import tables_of
from govkg.answers.kg import KnowledgeGraph
from govkg.http.browse_downloads import FIELDS, chunks, csv_rows, fields_of, json_rows
from govkg.http.browse_params import Asked, Refused, asked
from govkg.http.browse_tables import PAGE_SIZE, index_page, table_page
from govkg.http.i18n import language, t, with_lang
from govkg.http.markup import Page, page_response

__all__ = ["FIELDS", "PAGE_SIZE", "Asked", "Refused", "asked", "browse_routes", "fields_of"]


def _refused(refusal: Refused, kind: str) -> Response:
    lang = language()
    message = refusal.message(lang)
    if kind == "json":
        return JSONResponse({"error": message}, status_code=refusal.status)
    if kind == "csv":
        return PlainTextResponse(message + "\n", status_code=refusal.status)
    page = Page("browse_problem.html", {"problem": message, "browse_home": with_lang("/browse")})
    heading = t(lang, "notfound.title" if refusal.status == 404 else "browse.bad.title")
    page.context["heading"] = heading
    return page_response(heading, page, status=refusal.status)


async def browse_index(request: Request) -> Response:
    kg: KnowledgeGraph = request.app.state.kg
    return page_response(t(language(), "browse.title"), index_page(kg))


async def browse_table(request: Request) -> Response:
    kg: KnowledgeGraph = request.app.state.kg  # one graph version for the whole answer
    table = request.path_params["table"]
    kind = "html"
    for suffix in ("csv", "json"):
        if table.endswith(f".{suffix}"):
            table, kind = table.removesuffix(f".{suffix}"), suffix
    try:
        ask = asked(kg, table, request.query_params)
        if kind == "html":
            title, page = table_page(kg, ask)
            return page_response(title, page)
    except Refused as refusal:
        return _refused(refusal, kind)
    rows = tables_of(kg.service).select(ask.table, ask.where, ask.order, ask.descending)
    filename = f"govkg-{ask.table}.{kind}"
    headers = {
        "content-disposition": f'attachment; filename="{filename}"',
        "x-govkg-rows": str(len(rows)),
    }
    if kind == "csv":
        body = chunks(csv_rows(kg, ask.table, rows))
        return StreamingResponse(body, media_type="text/csv; charset=utf-8", headers=headers)
    body = chunks(json_rows(kg, ask, rows))
    return StreamingResponse(body, media_type="application/json", headers=headers)


def browse_routes() -> list[Route]:
    """``/browse`` and ``/browse/{table}`` (with ``.csv`` and ``.json``)."""
    return [
        Route("/browse", browse_index, methods=["GET"]),
        Route("/browse/{table}", browse_table, methods=["GET"]),
    ]
