"""``/graphql``: strawberry's ASGI view on the shared schema, with govkg's context and page.

GET and POST per GraphQL-over-HTTP: ``application/json`` answers by default, and
``application/graphql-response+json`` (400 on a request error) when the client asks for it.
The context is ``context_for(kg)``, the same as ``govkg query``'s, so the answers are the same.

A graph version never changes, so the encoded answer to a request (its exact body, or its
exact query string for GET) is kept in a bounded cache keyed by the version: portals that
embed the same query answer from memory. A JSON POST whose text differs from a kept one
only by its aliases is answered from that one's answer, renamed (``api/shapeanswers.py``).
Answers with errors are never kept.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

import orjson
from cross_web import HTTPException
from starlette.requests import ClientDisconnect, Request
from starlette.responses import PlainTextResponse, Response
from starlette.websockets import WebSocket
from strawberry.asgi import GraphQL
from strawberry.exceptions import MissingQueryError
from strawberry.schema.exceptions import CannotGetOperationTypeError, InvalidOperationTypeError
from strawberry.types import ExecutionResult
from strawberry.types.graphql import OperationType
from strawberry.types.unset import UNSET

from govkg.api.execute import context_for, execute, schema
from govkg.api.nodes import Budget
from govkg.api.shapeanswers import ShapeAnswers
from govkg.core.lru import LockedLRU
from govkg.http.answer_table import NoTable, answer_csv
from govkg.http.graphiql import graphiql_page
from govkg.http.lane import Busy, Lane
from govkg.http.negotiate import negotiate
from govkg.http.persisted import PersistedQueries

__all__ = ["GRAPHQL_RESPONSE", "AnswerCache", "GraphQLView"]

T = TypeVar("T")
GRAPHQL_RESPONSE = "application/graphql-response+json"
CSV = "text/csv"
LARGEST_KEPT = 256 * 1024  # bytes; bigger answers are recomputed
INLINE_OBJECTS = 100
"""A request is first tried on the event loop with a budget of this many objects (a few
milliseconds); one that needs more is answered again, whole, in the lane's thread."""


class AnswerCache(LockedLRU[bytes]):
    """At most ``size`` encoded answers of at most LARGEST_KEPT bytes, least recent out."""

    def __init__(self, size: int) -> None:
        super().__init__(entries=size, largest=LARGEST_KEPT)
        self.size = size


def _busy(busy: Busy) -> Response:
    body = orjson.dumps({"data": None, "errors": [{"message": str(busy)}]})
    headers = {"retry-after": "1", "cache-control": "no-store"}
    return Response(body, status_code=503, media_type="application/json", headers=headers)


def _graph_of(request: Request | WebSocket):
    """The graph version this request was first answered from (a reload may swap the
    app's graph while it runs; its cache key and its answer must agree)."""
    return getattr(request.state, "kg", None) or request.app.state.kg


OFFERS = ("application/json", GRAPHQL_RESPONSE, CSV)
KEPT_ACCEPTS, LONGEST_KEPT_ACCEPT = 256, 256
_preferred: dict[str | None, str | None] = {}
_UNKNOWN = object()


def _preferred_of(accept: str | None) -> str | None:
    """Which of a JSON answer's representations ``Accept`` prefers (one negotiation, not
    one per question asked of it); kept per header, as clients send the same few."""
    wanted = _preferred.get(accept, _UNKNOWN)
    if wanted is not _UNKNOWN:
        return wanted  # type: ignore[return-value]
    wanted = negotiate(accept, OFFERS)
    if accept is None or len(accept) <= LONGEST_KEPT_ACCEPT:
        if len(_preferred) >= KEPT_ACCEPTS:
            _preferred.clear()
        _preferred[accept] = wanted
    return wanted


def _wants_csv(request: Request, preferred: str | None) -> bool:
    if request.scope.get("query_string") and request.query_params.get("format") == "csv":
        return True
    return preferred == CSV


def _as_csv(response: Response) -> Response:
    """The JSON answer's first list of objects as a table; errors stay JSON, as they were."""
    answer = orjson.loads(response.body)
    data = answer.get("data")
    if answer.get("errors") or data is None:
        return response
    try:
        body = answer_csv(data)
    except NoTable as refusal:
        return PlainTextResponse(f"{refusal}\n", status_code=422, headers={"vary": "Accept"})
    headers = {"vary": "Accept", "content-disposition": 'attachment; filename="answer.csv"'}
    return Response(body, media_type=f"{CSV}; charset=utf-8", headers=headers)


class GraphQLView(GraphQL):
    """The schema over HTTP for whichever graph ``request.app.state.kg`` holds."""

    def __init__(self, cache_size: int = 0, lane: Lane | None = None) -> None:
        super().__init__(schema, graphql_ide="graphiql", allow_queries_via_get=True)
        self.cache = AnswerCache(cache_size)
        self.shape_answers = ShapeAnswers(cache_size) if cache_size else None
        """Answers to texts that differ from one kept only by their aliases."""
        self.lane = lane or Lane(size=4, wait=5.0)
        self.persisted = PersistedQueries()

    async def get_context(self, request: Request | WebSocket, response: Any) -> dict[str, Any]:
        return context_for(_graph_of(request))

    async def render_graphql_ide(self, request: Request) -> Response:
        return graphiql_page()

    def encode_json(self, data: object) -> bytes:
        return orjson.dumps(data)

    def decode_json(self, data: str | bytes) -> object:
        return orjson.loads(data)  # orjson.JSONDecodeError is a json.JSONDecodeError

    async def process_result(self, request: Request, result: ExecutionResult) -> Any:
        request.state.graphql_errors = bool(result.errors)
        request.state.graphql_request_error = result.data is None and bool(result.errors)
        return await super().process_result(request, result)

    async def _cache_key(self, request: Request) -> tuple | None:
        """The version and the request's exact text, for a request that can be answered."""
        params = request.query_params
        if request.method == "GET" and ("query" in params or "extensions" in params):
            text = request.url.query.encode()
        elif request.method == "POST" and request.headers.get("content-type", "").startswith(
            "application/json"
        ):
            text = await request.body()  # the request keeps it for strawberry to read again
        else:
            return None
        return (_graph_of(request).version, request.method, text)

    async def _plain_post(self, request: Request) -> Response | None:
        """The common case, a JSON POST of one query, answered without strawberry's HTTP
        machinery (which costs more than executing a small query); anything unusual (bad
        JSON, batches, other content types) returns None and goes the standard way."""
        if (
            request.method != "POST"
            or request.headers.get("content-type", "").split(";")[0].strip() != "application/json"
        ):
            return None
        try:
            data = orjson.loads(await request.body())
        except orjson.JSONDecodeError:
            return None
        if not isinstance(data, dict | list):  # strawberry's own parser fails on scalars
            return PlainTextResponse("the body must be a JSON object", status_code=400)
        if not isinstance(data, dict):
            return None
        return await self._answer(request, data)

    async def _persisted_get(self, request: Request) -> Response | None:
        """A GET naming a persisted query by its hash, as Apollo clients send it (the text
        is not in the URL, so a CDN can cache it); any other GET goes the standard way."""
        params = request.query_params
        if request.method != "GET" or "query" in params or "extensions" not in params:
            return None
        data: dict[str, Any] = {}
        for name in ("extensions", "variables"):
            if name in params:
                try:
                    data[name] = orjson.loads(params[name])
                except orjson.JSONDecodeError:
                    return PlainTextResponse(f"{name} is not JSON", status_code=400)
        data["operationName"] = params.get("operationName")
        return await self._answer(request, data)

    async def _answer(self, request: Request, data: dict) -> Response | None:
        query, refusal = self.persisted.resolve(data)
        if refusal is not None:
            request.state.graphql_errors = True
            request.state.graphql_request_error = True
            return Response(orjson.dumps(refusal), media_type="application/json")
        variables, name = data.get("variables"), data.get("operationName")
        if not isinstance(query, str) or not query.strip():
            return None  # strawberry's own view answers a missing query with its 400
        if not isinstance(variables, dict | None) or not isinstance(name, str | None):
            return None
        kg = _graph_of(request)
        answers = self.shape_answers
        body = await self._bounded(
            lambda budget: execute(kg, query, variables, name, budget, answers)
        )
        errors = bool(body.get("errors"))
        request.state.graphql_errors = errors
        request.state.graphql_request_error = errors and body.get("data") is None
        return Response(orjson.dumps(body), media_type="application/json")

    async def _bounded(self, work: Callable[[Budget], T]) -> T:
        """``work`` on the event loop with a small budget, or, when it needs more, again
        in the lane with the full one: small answers skip a thread hop, and a large one
        never holds the loop (and /health) for longer than the small budget takes."""
        small = Budget(INLINE_OBJECTS)
        answer = work(small)
        if not small.exhausted:
            return answer
        return await self.lane.run(lambda: work(Budget(pace=self.lane.pace())))

    async def execute_single(  # type: ignore[override]
        self,
        request: Request,
        request_adapter: Any,
        sub_response: Any,
        context: Any,
        root_value: Any,
        request_data: Any,
    ) -> ExecutionResult:
        """Strawberry's own path (GET, other content types), executed in the lane rather
        than on the event loop; its refusals are strawberry's."""
        allowed = OperationType.from_http(request_adapter.method)

        def work(budget: Budget) -> ExecutionResult:
            return self.schema.execute_sync(
                request_data.query,
                root_value=root_value,
                variable_values=request_data.variables,
                context_value={**context, "budget": budget},
                operation_name=request_data.operation_name,
                allowed_operation_types=allowed,
                operation_extensions=request_data.extensions,
            )

        try:
            return await self._bounded(work)
        except CannotGetOperationTypeError as error:
            raise HTTPException(400, error.as_http_error_reason()) from error
        except InvalidOperationTypeError as error:
            reason = error.as_http_error_reason(request_adapter.method)
            raise HTTPException(400, reason) from error
        except MissingQueryError as error:
            raise HTTPException(400, "No GraphQL query found in the request") from error

    async def run(  # type: ignore[override]
        self, request: Request | WebSocket, context: Any = UNSET, root_value: Any = UNSET
    ) -> Response | WebSocket:
        if not isinstance(request, Request):
            return await super().run(request, context, root_value)
        request.state.kg = request.app.state.kg  # one graph version for the whole request
        try:
            await request.body()  # read once; a client that leaves mid-body is not an error
        except ClientDisconnect:
            return Response(status_code=400)
        key = await self._cache_key(request) if self.cache.size else None
        kept = self.cache.get(key) if key is not None else None
        if kept is not None:
            response: Response = Response(kept, media_type="application/json")
        else:
            try:
                response = (
                    await self._plain_post(request)
                    or await self._persisted_get(request)
                    or await super().run(request, context, root_value)
                )
            except Busy as busy:
                return _busy(busy)
            if (
                key is not None
                and response.status_code == 200
                and response.media_type == "application/json"
                and getattr(request.state, "graphql_errors", True) is False
            ):
                self.cache.put(key, bytes(response.body))
        if response.media_type == "application/json":
            preferred = _preferred_of(request.headers.get("accept"))
            if _wants_csv(request, preferred):
                return _as_csv(response)
            if preferred == GRAPHQL_RESPONSE:  # the same as asked of JSON and it alone
                response.headers["content-type"] = GRAPHQL_RESPONSE
                if getattr(request.state, "graphql_request_error", False):
                    response.status_code = 400
        response.headers.setdefault("vary", "Accept")
        return response
