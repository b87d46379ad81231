"""``GET /review/{document}.json`` and ``POST /review/{document}``: review a draft's facts.

Off (404) unless a review token is set (``GOVKG_REVIEW_TOKEN`` / ``--review-token``) and the
server serves a seed directory; then every request carries ``Authorization: Bearer
<token>`` (401 otherwise, compared in constant time). GET lists the document's draft facts
with their ids, states and citations, and the file's checksum. POST applies a batch of
decisions (``govkg.ingest.decisions``), all or none: a batch the seed would refuse is
answered 422 with its problems; one decided on a file that changed since (its
``checksum``) or while another batch holds the seed, 409. After a write the served graph
is rebuilt and swapped in as ``POST /admin/reload`` does, and the answer gives the new
version and how many of the document's facts still await review.
"""

from __future__ import annotations

import logging
from pathlib import Path

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import JSONResponse

from govkg.core.errors import GovKGError
from govkg.http.admin import install
from govkg.http.bearer import unauthorized
from govkg.ingest.decisions import decide
from govkg.ingest.draftfacts import DecisionError, ReviewConflict, facts

__all__ = ["review_get", "review_post"]

LOG = logging.getLogger("govkg.review")
_NO_STORE = {"cache-control": "no-store"}


def _seed_dir(request: Request) -> Path | None:
    """The served seed directory, or None when review is off (no token, not a seed)."""
    if not request.app.state.settings.review_token:
        return None
    path = getattr(request.app.state.source, "path", None)
    return Path(path) if path is not None and Path(path).is_dir() else None


def _refused(request: Request) -> JSONResponse | None:
    """404 when review is off, 401 without the right bearer token, else None."""
    if _seed_dir(request) is None:
        return JSONResponse({"error": "review is not enabled on this server"}, status_code=404)
    return unauthorized(request, request.app.state.settings.review_token, _NO_STORE)


async def review_get(request: Request) -> JSONResponse:
    refused = _refused(request)
    if refused is not None:
        return refused
    document = request.path_params["document"]
    try:
        listed = await run_in_threadpool(facts, _seed_dir(request), document)
    except DecisionError as error:
        return JSONResponse({"error": str(error)}, status_code=404, headers=_NO_STORE)
    return JSONResponse({**listed, "version": request.app.state.kg.version}, headers=_NO_STORE)


async def review_post(request: Request) -> JSONResponse:
    refused = _refused(request)
    if refused is not None:
        return refused
    document = request.path_params["document"]
    try:
        body = await request.json()
    except ValueError:
        return JSONResponse({"error": "the body is not JSON"}, status_code=400)
    if isinstance(body, list):
        body = {"decisions": body}
    if not isinstance(body, dict) or not isinstance(body.get("decisions"), list):
        return JSONResponse(
            {"error": 'send {"decisions": [{"fact", "action", "value"}…], "checksum": …}'},
            status_code=400,
        )
    checksum, reviewer = body.get("checksum"), body.get("reviewer") or "review-token"
    if checksum is not None and not isinstance(checksum, str):
        return JSONResponse({"error": "checksum is the text GET gave"}, status_code=400)
    seed_dir, source = _seed_dir(request), request.app.state.source
    previous = request.app.state.kg.version
    try:
        applied = await run_in_threadpool(
            decide,
            seed_dir,
            document,
            body["decisions"],
            reviewer=str(reviewer)[:200],
            expected=checksum,
        )
    except ReviewConflict as error:
        return JSONResponse({"error": str(error)}, status_code=409, headers=_NO_STORE)
    except DecisionError as error:
        return JSONResponse(
            {"error": "the batch was refused; nothing changed", "problems": error.problems[:100]},
            status_code=422,
            headers=_NO_STORE,
        )
    answer = {"document": document, "checksum": applied.checksum, "also": list(applied.also)}
    try:
        fresh = await run_in_threadpool(source.reload, False)
    except GovKGError as error:  # written, but not served: say so, keep serving the old
        LOG.error("review of %s written, but the graph was not rebuilt: %s", document, error)
        return JSONResponse(
            {**answer, "version": previous, "reloadError": str(error)}, headers=_NO_STORE
        )
    install(request.app, fresh)
    LOG.info("review of %s: version %s -> %s", document, previous, fresh.version)
    awaiting = fresh.service.review(document).extracted
    return JSONResponse(
        {**answer, "previous": previous, "version": fresh.version, "awaitingReview": awaiting},
        headers=_NO_STORE,
    )
