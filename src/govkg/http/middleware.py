"""Pure ASGI middleware: security headers, caps on the URL and the body, ETags by graph version."""

from __future__ import annotations

import hashlib
from collections.abc import Callable

from starlette.datastructures import Headers, MutableHeaders
from starlette.responses import PlainTextResponse, Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from govkg.http.lane import Traffic

__all__ = [
    "DEFAULT_CSP",
    "BodyLimit",
    "ConditionalGet",
    "CountRequests",
    "SecurityHeaders",
    "etag_matches",
    "url_bytes",
]

# HTML pages load their CSS from /static and nothing else; no script, no frames around them
DEFAULT_CSP = (
    "default-src 'none'; style-src 'self'; img-src 'self' data:; "
    "form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
)


class CountRequests:
    """Counts the HTTP requests in flight into a :class:`~govkg.http.lane.Traffic`, so
    long work in the lane's threads knows when others wait for the interpreter lock."""

    def __init__(self, app: ASGIApp, traffic: Traffic) -> None:
        self.app, self.traffic = app, traffic

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        self.traffic.in_flight += 1
        try:
            await self.app(scope, receive, send)
        finally:
            self.traffic.in_flight -= 1


class SecurityHeaders:
    """``nosniff`` on every response; a CSP on HTML that does not set its own."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                headers.setdefault("x-content-type-options", "nosniff")
                headers.setdefault("referrer-policy", "same-origin")
                html = headers.get("content-type", "").startswith("text/html")
                if html and "content-security-policy" not in headers:
                    # a page with its own CSP (the embed page) decides who may frame it
                    headers["content-security-policy"] = DEFAULT_CSP
                    headers["x-frame-options"] = "DENY"
            await send(message)

        await self.app(scope, receive, send_with_headers)


class _TooLarge(Exception):
    pass


def url_bytes(scope: Scope) -> int:
    """The request target's length as sent: path and query string, still percent-encoded."""
    path = scope.get("raw_path") or scope["path"].encode()
    query = scope.get("query_string", b"")
    return len(path) + (1 + len(query) if query else 0)


class BodyLimit:
    """414 for a URL over ``url_limit`` bytes, then 413 for a body over ``limit`` bytes,
    declared or streamed: a GET carries its question in the URL, so both are capped.

    """

    def __init__(self, app: ASGIApp, limit: int, url_limit: int) -> None:
        self.app, self.limit, self.url_limit = app, limit, url_limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        if url_bytes(scope) > self.url_limit:
            response = PlainTextResponse(
                f"request URL too long: the limit is {self.url_limit} bytes of path and query "
                "string; send a long query as a POST body\n",
                status_code=414,
            )
            await response(scope, receive, send)
            return
        declared = Headers(scope=scope).get("content-length")
        if declared is not None and (not declared.isdigit() or int(declared) > self.limit):
            await self._refuse(scope, receive, send)
            return
        received, started = 0, False

        async def counting_receive() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.limit:
                    raise _TooLarge
            return message

        async def tracking_send(message: Message) -> None:
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, counting_receive, tracking_send)
        except _TooLarge:
            if started:
                raise
            await self._refuse(scope, receive, send)

    async def _refuse(self, scope: Scope, receive: Receive, send: Send) -> None:
        response = PlainTextResponse(
            f"request body too large: the limit is {self.limit} bytes\n",
            status_code=413,
            headers={"connection": "close"},
        )
        await response(scope, receive, send)


def etag_matches(if_none_match: str | None, etag: str) -> bool:
    """Weak comparison (RFC 9110 §13.1.2): ``W/"x"`` matches ``"x"``."""
    if not if_none_match:
        return False
    wanted = etag.removeprefix("W/")
    return any(tag.strip().removeprefix("W/") == wanted for tag in if_none_match.split(","))


class ConditionalGet:
    """An ETag on every 200 to a GET, keyed to the graph version, the URL, ``Accept`` and
    ``Accept-Language``.

    Every GET answer here is a function of those four, so a matching ``If-None-Match``
    is answered 304 before any work is done.
    """

    def __init__(
        self, app: ASGIApp, version: Callable[[], str], skip: tuple[str, ...] = ()
    ) -> None:
        self.app, self.version, self.skip = app, version, skip

    def etag(self, scope: Scope) -> str:
        headers = Headers(scope=scope)
        key = b"\n".join(
            [
                scope["path"].encode(),
                scope.get("query_string", b""),
                headers.get("accept", "").encode(),
                headers.get("accept-language", "").encode(),  # pages in zh or en
            ]
        )
        return f'"{self.version()}-{hashlib.blake2b(key, digest_size=8).hexdigest()}"'

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if (
            scope["type"] != "http"
            or scope["method"] not in ("GET", "HEAD")
            or scope["path"].startswith(self.skip)
        ):
            await self.app(scope, receive, send)
            return
        etag = self.etag(scope)
        if etag_matches(Headers(scope=scope).get("if-none-match"), etag):
            response = Response(
                status_code=304,
                headers={"etag": etag, "vary": "Accept", "cache-control": "no-cache"},
            )
            await response(scope, receive, send)
            return

        async def send_with_etag(message: Message) -> None:
            if message["type"] == "http.response.start" and message["status"] == 200:
                headers = MutableHeaders(scope=message)
                if "etag" not in headers:
                    headers["etag"] = etag
                    headers.setdefault("cache-control", "no-cache")
                    vary = headers.get("vary")
                    if not vary:
                        headers["vary"] = "Accept"
                    elif "accept" not in vary.lower().replace(" ", "").split(","):
                        headers["vary"] = f"{vary}, Accept"
            await send(message)

        await self.app(scope, receive, send_with_etag)
