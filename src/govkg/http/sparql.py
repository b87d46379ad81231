"""``/sparql``: the SPARQL 1.1 Protocol, query operation only, over the graph of the app.

GET ``?query=``, POST ``application/x-www-form-urlencoded`` or ``application/sparql-query``;
results by ``Accept`` or ``format=``. Updates, datasets (``FROM``, ``default-graph-uri``) and
``SERVICE`` are refused; answers are capped in rows and bytes (``X-Govkg-Truncated`` says
when), and a query that runs past the timeout or the memory limit is stopped by killing its
worker process. Every 503 says why and carries ``Retry-After``.
"""

from __future__ import annotations

import threading
from urllib.parse import parse_qsl

from starlette.requests import ClientDisconnect, Request
from starlette.responses import PlainTextResponse, Response

from govkg.answers.kg import KnowledgeGraph
from govkg.graph.ontology import GOVKG_NS
from govkg.http.negotiate import negotiate
from govkg.http.settings import Settings
from govkg.http.sparql_people import (
    PAGE_ACCEPT,
    form_page,
    results_page,
    service_description,
    wants_page,
)
from govkg.http.sparql_pool import SparqlPool

__all__ = ["BYTE_LIMIT_HEADER", "EXAMPLE_QUERIES", "TRUNCATED_HEADER", "SparqlEndpoint"]

TRUNCATED_HEADER = "x-govkg-truncated"
ROW_LIMIT_HEADER = "x-govkg-row-limit"
BYTE_LIMIT_HEADER = "x-govkg-byte-limit"
FORM = "application/x-www-form-urlencoded"

EXAMPLE_QUERIES = {
    "Units that feed 一网统管": f"""\
PREFIX govkg: <{GOVKG_NS}>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?unit ?unitName ?platform WHERE {{
  ?platform rdfs:label "一网统管"@zh .
  ?unit govkg:feeds ?platform ;
        rdfs:label ?unitName .
  FILTER(lang(?unitName) = "zh")
}}
ORDER BY ?unitName""",
    "How many things of each class": """\
SELECT ?class (COUNT(?thing) AS ?count) WHERE { ?thing a ?class }
GROUP BY ?class
ORDER BY DESC(?count)""",
    "Funding lines and amounts": f"""\
PREFIX govkg: <{GOVKG_NS}>
PREFIX schema: <https://schema.org/>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?line ?name ?yuan ?basis WHERE {{
  ?line a govkg:FundingLine ;
        rdfs:label ?name ;
        schema:amount [ schema:value ?yuan ; govkg:basis ?basis ] .
  FILTER(lang(?name) = "zh")
}}
ORDER BY DESC(?yuan)""",
    "Everything said about 一网统管": """\
DESCRIBE <https://govkg.org/id/platform/yiwangtongguan>""",
}


class SparqlEndpoint:
    """The route, and the worker pool it owns (one per graph version)."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self._pool: SparqlPool | None = None
        self._lock = threading.Lock()

    def pool(self, kg: KnowledgeGraph) -> SparqlPool:
        """The pool serving ``kg``'s graph, started on first use; a new graph gets a new pool."""
        with self._lock:
            old = self._pool
            if old is None or old.graph is not kg.graph:
                self._pool = SparqlPool(
                    kg.graph,
                    size=self.settings.sparql_workers,
                    timeout=self.settings.sparql_timeout,
                    row_limit=self.settings.sparql_row_limit,
                    byte_limit=self.settings.sparql_byte_limit,
                    memory=self.settings.sparql_memory,
                )
                if old is not None:
                    old.close()
            pool = self._pool
        pool.start()
        return pool

    def close(self) -> None:
        with self._lock:
            pool, self._pool = self._pool, None
        if pool is not None:
            pool.close()

    async def endpoint(self, request: Request) -> Response:
        kg: KnowledgeGraph = request.app.state.kg
        params, refusal = await _parameters(request)
        if refusal is not None:
            return refusal
        queries = [value for key, value in params if key == "query"]
        if not queries:
            offers = ["text/html", "text/turtle", "text/plain"]
            wanted = negotiate(request.headers.get("accept"), offers)
            if request.method == "GET" and wanted == "text/html":
                return form_page(kg, next(iter(EXAMPLE_QUERIES.values())), EXAMPLE_QUERIES)
            if request.method == "GET" and wanted == "text/turtle":
                return service_description(kg, str(request.url.replace(query="")))
            return _plain(400, "no query: send ?query=… (GET) or a form or sparql-query POST")
        if len(queries) > 1:
            return _plain(400, "send exactly one query")
        formats = [value for key, value in params if key == "format"]
        if wants_page(request, formats):
            answer = await self.pool(kg).query(queries[0], PAGE_ACCEPT, None)
            limits = {
                "rows": self.settings.sparql_row_limit,
                "bytes": self.settings.sparql_byte_limit,
            }
            return results_page(kg, queries[0], answer, limits, EXAMPLE_QUERIES)
        answer = await self.pool(kg).query(
            queries[0], request.headers.get("accept", ""), formats[0] if formats else None
        )
        headers = {"vary": "Accept"}
        if answer.status == 200:
            headers[TRUNCATED_HEADER] = "true" if answer.truncated else "false"
            headers[ROW_LIMIT_HEADER] = str(self.settings.sparql_row_limit)
            headers[BYTE_LIMIT_HEADER] = str(self.settings.sparql_byte_limit)
        elif answer.status == 503:
            headers["retry-after"] = str(answer.retry_after or 1)
        return Response(
            answer.body, status_code=answer.status, media_type=answer.content_type, headers=headers
        )


def _plain(status: int, message: str) -> PlainTextResponse:
    return PlainTextResponse(f"{message}\n", status_code=status)


async def _parameters(request: Request) -> tuple[list[tuple[str, str]], Response | None]:
    """The protocol's parameters from the URL or the body, or the response refusing them."""
    params = list(request.query_params.multi_items())
    if request.method == "POST":
        media = request.headers.get("content-type", "").split(";")[0].strip().lower()
        try:
            body = await request.body()
        except ClientDisconnect:  # the client left mid-body: nobody to answer, nothing to log
            return [], _plain(400, "the request body did not arrive")
        try:
            text = body.decode("utf-8")
        except UnicodeDecodeError:
            return [], _plain(400, "the request body is not UTF-8")
        if media == FORM:
            params += parse_qsl(text, keep_blank_values=True)
        elif media == "application/sparql-query":
            params.append(("query", text))
        elif media == "application/sparql-update":
            return [], _plain(403, "updates are not accepted: this endpoint is read-only")
        else:
            return [], _plain(
                415, "send application/x-www-form-urlencoded or application/sparql-query"
            )
    keys = {key for key, _ in params}
    if "update" in keys or "using-graph-uri" in keys or "using-named-graph-uri" in keys:
        return [], _plain(403, "updates are not accepted: this endpoint is read-only")
    if "default-graph-uri" in keys or "named-graph-uri" in keys:
        return [], _plain(
            400, "default-graph-uri and named-graph-uri are not accepted: one graph is served"
        )
    return params, None
