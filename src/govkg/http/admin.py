"""``POST /admin/reload``: rebuild the graph on the side and swap it in one step.

Authenticated by a bearer token from ``GOVKG_ADMIN_TOKEN`` (disabled when unset), refused
to browsers (any ``Origin`` header: no CORS, ever), one reload at a time. A bad seed or
file is answered 422 with its problems, exactly those ``govkg validate`` prints, and the old
graph keeps serving; so is data that lost documents the served graph holds, unless the
request says ``?allow-shrink=1``.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import threading

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import JSONResponse

from govkg.answers.kg import KnowledgeGraph
from govkg.core.errors import GovKGError, SeedError
from govkg.http.bearer import unauthorized

__all__ = ["follow", "install", "reload_endpoint"]

LOG = logging.getLogger("govkg.admin")
_RELOADING = threading.Lock()


def install(app, kg: KnowledgeGraph) -> None:
    """Serve ``kg`` now, in one assignment, and settle it in the background so the old
    version can be collected (the old graph's SPARQL workers are replaced by the next
    /sparql or /health request)."""
    app.state.kg = kg
    threading.Thread(target=app.state.settle, args=(kg,), daemon=True).start()


async def reload_endpoint(request: Request) -> JSONResponse:
    settings, source = request.app.state.settings, request.app.state.source
    token = settings.admin_token
    if not token or source is None:
        return JSONResponse({"error": "reload is not enabled on this server"}, status_code=404)
    if "origin" in request.headers:
        return JSONResponse({"error": "not from a browser"}, status_code=403)
    refused = unauthorized(request, token)
    if refused is not None:
        return refused
    if not _RELOADING.acquire(blocking=False):
        return JSONResponse({"error": "a reload is already running"}, status_code=409)
    try:
        previous = request.app.state.kg.version
        allow_shrink = request.query_params.get("allow-shrink", "") in ("1", "true", "yes")
        try:
            fresh = await run_in_threadpool(source.reload, allow_shrink)
        except SeedError as error:
            problems = [str(p) for p in error.problems]
            return JSONResponse(
                {
                    "error": f"the new data has problems; still serving version {previous}",
                    "problems": problems[:100],
                },
                status_code=422,
            )
        except GovKGError as error:
            return JSONResponse(
                {"error": f"{error}; still serving version {previous}"}, status_code=422
            )
        install(request.app, fresh)
        LOG.info("reloaded: version %s -> %s", previous, fresh.version)
        return JSONResponse(
            {"previous": previous, "version": fresh.version, "triples": fresh.triples}
        )
    finally:
        _RELOADING.release()


async def follow(app, every: float = 1.0) -> None:
    """Serve whatever the source says is current (a watched directory, a remote store): at
    once when the source signals a new graph (a watched seed), else at the next look, once
    every ``every`` seconds (a remote store's published versions)."""
    changed, loop = asyncio.Event(), asyncio.get_running_loop()

    def signal() -> None:  # called from the source's own thread
        with contextlib.suppress(RuntimeError):  # the loop closed: the server is stopping
            loop.call_soon_threadsafe(changed.set)

    subscribe = getattr(app.state.source, "subscribe", None)
    unsubscribe = subscribe(signal) if subscribe is not None else None
    try:
        while True:
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(changed.wait(), every)
            changed.clear()
            await _serve_current(app)
    finally:
        if unsubscribe is not None:
            unsubscribe()


async def _serve_current(app) -> None:
    """Install the source's current graph if it is not the one served."""
    try:
        kg = await run_in_threadpool(app.state.source.current)
    except Exception:  # a store that is down must not stop the server
        LOG.exception("could not check the graph source")
        return
    if kg is not app.state.kg:
        install(app, kg)
