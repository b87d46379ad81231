"""``GET /review/{document}.json`` and ``POST /review/{document}``: review a draft's facts.

Off (404) unless a review token is set (``GOVKG_REVIEW_TOKEN`` / ``--review-token``) and the
server serves a seed directory; then every request carries ``Authorization: Bearer
<token>`` (401 otherwise, compared in constant time) or the session cookie of the login
form (``reviewaccess``), a POST then with the session's CSRF token (403 without); a POST
another site sent (its ``Origin``) is refused 403. GET lists the document's draft facts
with their ids, states and citations, and the file's checksum. POST applies a batch of
decisions (``govkg.ingest.drafts.decisions``), all or none: a batch the seed would refuse is
answered 422 with its problems; one decided on a file that changed since (its
``checksum``) or while another batch holds the seed, 409. After a write the served graph
is rebuilt and swapped in as ``POST /admin/reload`` does, and the answer gives the new
version and how many of the document's facts still await review.
"""

from __future__ import annotations

import logging

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from govkg.core.errors import GovKGError
from govkg.http.admin import install
from govkg.http.reviewaccess import Access, access, cross_site, csrf_ok, review_seed
from govkg.ingest.drafts.decisions import decide
from govkg.ingest.drafts.onfile import DecisionError, ReviewConflict, facts

__all__ = ["review_get", "review_post"]

LOG = logging.getLogger("govkg.review")
_NO_STORE = {"cache-control": "no-store"}


def _held(request: Request, writing: bool = False) -> Access | Response:
    """The request's access; else 404 when review is off, 403 for a POST from another site
    or a cookie's POST without its CSRF token, 401 without the token or a session."""
    if review_seed(request) is None:
        return JSONResponse({"error": "review is not enabled on this server"}, status_code=404)
    if writing and cross_site(request):
        return JSONResponse(
            {"error": "refused: the request came from another site"},
            status_code=403,
            headers=_NO_STORE,
        )
    held = access(request)
    if isinstance(held, Response):
        return held
    if held is None:
        return JSONResponse(
            {"error": "a valid bearer token (or a review session) is required"},
            status_code=401,
            headers={"www-authenticate": "Bearer", **_NO_STORE},
        )
    if writing and held.session is not None and not csrf_ok(request, held.session):
        return JSONResponse(
            {"error": "refused: the X-CSRF-Token header is missing or wrong; reload the page"},
            status_code=403,
            headers=_NO_STORE,
        )
    return held


async def review_get(request: Request) -> Response:
    held = _held(request)
    if isinstance(held, Response):
        return held
    document = request.path_params["document"]
    try:
        listed = await run_in_threadpool(facts, review_seed(request), document)
    except DecisionError as error:
        return JSONResponse({"error": str(error)}, status_code=404, headers=_NO_STORE)
    return JSONResponse({**listed, "version": request.app.state.kg.version}, headers=_NO_STORE)


async def review_post(request: Request) -> Response:
    held = _held(request, writing=True)
    if isinstance(held, Response):
        return held
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
    checksum = body.get("checksum")
    reviewer = held.reviewer or body.get("reviewer") or "review-token"  # a session's name
    if checksum is not None and not isinstance(checksum, str):
        return JSONResponse({"error": "checksum is the text GET gave"}, status_code=400)
    seed_dir, source = review_seed(request), request.app.state.source
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
