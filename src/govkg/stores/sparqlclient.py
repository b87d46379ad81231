"""The SPARQL 1.1 Protocol client: queries and updates sent to a store over HTTP with httpx.

One ``httpx.Client`` per ``Endpoint``: a pool of keep-alive connections that every thread
shares, connect errors retried by the transport, ``auth=(user, password)`` answered with
httpx's Basic or Digest auth (whichever the store's 401 asks for), SPARQL JSON results
parsed, and every failure a ``RemoteError`` naming the URL (never its credentials) and the
HTTP status. Queries and updates are HTML-form POSTs (``query=`` / ``update=``), which every
store accepts.
"""

from __future__ import annotations

import ssl
import threading
import urllib.parse
from collections.abc import Generator
from dataclasses import dataclass, field
from typing import Any

import httpx
import orjson

from govkg.core.errors import GovKGError

__all__ = ["JSON_RESULTS", "Endpoint", "RemoteError"]

JSON_RESULTS = "application/sparql-results+json"
CONNECTIONS = 64  # per endpoint: as many requests in flight as the API has GraphQL threads
# A keep-alive connection the store closed as a request went out. httpx retries only
# connect errors; every request govkg sends is idempotent (SELECT, ASK, INSERT/DELETE DATA,
# DELETE WHERE, CLEAR), so it gets one more try on a fresh connection.
_DROPPED = (httpx.RemoteProtocolError, httpx.ReadError, httpx.WriteError)


class RemoteError(GovKGError):
    """The remote store refused a request (``status`` its HTTP status) or could not be
    reached (``status`` None)."""

    def __init__(self, message: str, status: int | None = None) -> None:
        super().__init__(message)
        self.status = status


class _AsChallenged(httpx.Auth):
    """``auth=(user, password)`` sent the way the store's first 401 asks, Digest (Virtuoso's
    ``/sparql-auth``) or Basic (Fuseki, GraphDB), then kept for every request. httpx has
    both schemes but not this choice between them, so the few lines here pick one and hand
    the request to httpx's; a lock keeps the Digest nonce count right across threads."""

    def __init__(self, user: str, password: str) -> None:
        self._schemes: dict[str, httpx.Auth] = {  # Digest first when a store offers both
            "digest": httpx.DigestAuth(user, password),
            "basic": httpx.BasicAuth(user, password),
        }
        self.scheme: str | None = None
        self._lock = threading.Lock()

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        challenge = None
        if self.scheme is None:  # anonymous until a store asks: a query URL may not
            challenge = yield request
            offered = {
                header.split(None, 1)[0].lower()
                for header in challenge.headers.get_list("WWW-Authenticate")
                if header.strip()
            }
            scheme = next((name for name in self._schemes if name in offered), None)
            if challenge.status_code != 401 or scheme is None:
                return
            self.scheme = scheme
        flow = self._schemes[self.scheme].auth_flow(request)
        sent = self._step(flow, None, request)
        if challenge is not None and self.scheme == "digest":
            sent = self._step(flow, challenge, request)  # the 401 in hand holds the nonce
        while sent is not None:
            response = yield sent
            sent = self._step(flow, response, request)

    def _step(self, flow, response: httpx.Response | None, request: httpx.Request):
        with self._lock:
            try:
                return next(flow) if response is None else flow.send(response)
            except StopIteration:
                return None
            except (KeyError, NotImplementedError) as error:  # an algorithm or qop httpx lacks
                raise RemoteError(
                    f"{request.url}: the store asks for a kind of Digest auth govkg cannot "
                    f"answer ({error})"
                ) from error


def _plain_url(url: str) -> tuple[str, tuple[str, str] | None]:
    """``url`` without ``user:password@`` (so that no message ever shows it), and those
    credentials; a RemoteError when it is no http(s) URL."""
    try:
        parts = urllib.parse.urlsplit(url)
    except ValueError as error:
        shown = url if "@" not in url else "a SPARQL endpoint URL"
        raise RemoteError(f"{shown}: not a URL ({error})") from error
    credentials = None
    if "@" in parts.netloc:
        userinfo, _, host = parts.netloc.rpartition("@")
        user, _, password = userinfo.partition(":")
        credentials = (urllib.parse.unquote(user), urllib.parse.unquote(password))
        url = parts._replace(netloc=host).geturl()
    if parts.scheme not in ("http", "https"):
        raise RemoteError(f"{url}: a SPARQL endpoint URL starts with http:// or https://")
    try:
        httpx.URL(url)
    except httpx.InvalidURL as error:
        raise RemoteError(f"{url}: not a URL ({error})") from error
    return url, credentials


def _failure(url: str, error: httpx.HTTPError, timeout: float) -> str:
    if isinstance(error, httpx.TimeoutException):
        return f"{url}: no answer within {timeout:g} s ({type(error).__name__})"
    if isinstance(error, httpx.ConnectError):
        return f"{url}: cannot connect: {error}"
    return f"{url}: {str(error) or type(error).__name__}"


@dataclass
class Endpoint:
    """One SPARQL 1.1 Protocol endpoint pair: queries to ``query_url``, updates to
    ``update_url`` (the same URL when not given), both as HTML form POSTs.

    ``auth`` (or ``user:password@`` in a URL, taken out of it) answers Basic or Digest;
    ``headers`` are added to every request (a bearer token, say); ``timeout`` bounds
    connecting and each read; ``retries`` is how often a failed connect is tried again."""

    query_url: str
    update_url: str | None = None
    auth: tuple[str, str] | None = field(default=None, repr=False)
    headers: dict[str, str] = field(default_factory=dict, repr=False)
    timeout: float = 60.0
    retries: int = 1
    requests: int = 0  # how many HTTP requests were made (for tests and benchmarks)
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)
    _http: httpx.Client | None = field(default=None, repr=False)
    _auth: _AsChallenged | None = field(default=None, repr=False)

    def __post_init__(self) -> None:
        self.query_url, found = _plain_url(self.query_url)
        self.update_url, in_update = _plain_url(self.update_url or self.query_url)
        self.auth = self.auth or found or in_update
        if self.auth is not None:
            self._auth = _AsChallenged(*self.auth)

    @property
    def auth_scheme(self) -> str | None:
        """``"basic"`` or ``"digest"`` once a store asked for credentials, else None."""
        return None if self._auth is None else self._auth.scheme

    # the protocol -----------------------------------------------------------------------
    def select(self, query: str) -> list[dict[str, Any]]:
        """The bindings of a SELECT (SPARQL JSON rows)."""
        try:
            return self._results(query)["results"]["bindings"]
        except (KeyError, TypeError) as error:
            raise RemoteError(f"{self.query_url}: the answer has no SELECT results") from error

    def ask(self, query: str) -> bool:
        try:
            return bool(self._results(query)["boolean"])
        except (KeyError, TypeError) as error:
            raise RemoteError(f"{self.query_url}: the answer has no ASK result") from error

    def update(self, update: str) -> None:
        self._post(self.update_url or self.query_url, {"update": update}, "*/*")

    def _results(self, query: str) -> dict[str, Any]:
        body = self._post(self.query_url, {"query": query}, JSON_RESULTS)
        try:
            return orjson.loads(body)
        except orjson.JSONDecodeError as error:
            raise RemoteError(
                f"{self.query_url}: the answer is not SPARQL JSON: {body[:200]!r}"
            ) from error

    # HTTP -------------------------------------------------------------------------------
    def _client(self) -> httpx.Client:
        with self._lock:
            if self._http is None:
                limits = httpx.Limits(
                    max_connections=CONNECTIONS, max_keepalive_connections=CONNECTIONS
                )
                transport = httpx.HTTPTransport(
                    verify=ssl.create_default_context(),  # the system's CAs, as before httpx
                    limits=limits,
                    retries=self.retries,
                )
                self._http = httpx.Client(
                    transport=transport,
                    auth=self._auth,
                    timeout=self.timeout,
                    # uncompressed, as before httpx: Virtuoso closes a connection
                    # after every gzipped answer, and a new one costs more than the bytes
                    headers={"User-Agent": "govkg", "Accept-Encoding": "identity"},
                    trust_env=False,
                    event_hooks={"response": [self._counted]},
                )
            return self._http

    def _counted(self, response: httpx.Response) -> None:
        self.requests += 1

    def close(self) -> None:
        """Close every connection this endpoint opened (a later request opens new ones)."""
        with self._lock:
            client, self._http = self._http, None
        if client is not None:
            client.close()

    def _post(self, url: str, form: dict[str, str], accept: str) -> bytes:
        body = urllib.parse.urlencode(form).encode("ascii")
        headers = {
            "Content-Type": "application/x-www-form-urlencoded; charset=utf-8",
            "Accept": accept,
            **self.headers,
        }
        for attempt in (0, 1):
            try:
                response = self._client().post(url, content=body, headers=headers)
            except _DROPPED as error:
                if attempt == 0:
                    continue
                raise RemoteError(f"{url}: the connection dropped: {error}") from error
            except httpx.HTTPError as error:
                raise RemoteError(_failure(url, error, self.timeout)) from error
            if response.is_success:
                return response.content
            message = response.content.decode("utf-8", "replace").strip()[:1000]
            raise RemoteError(
                f"{url}: HTTP {response.status_code}: {message}", response.status_code
            )
        raise AssertionError("unreachable")  # pragma: no cover
