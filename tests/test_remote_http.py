"""The HTTP side of a remote store (govkg.stores.sparqlclient) against small real servers in
the test: Digest auth challenged and answered, a dropped connection tried again, failures
that name the endpoint and never its password. The SPARQL side is tested in
test_remote_protocol.py and test_remote_virtuoso.py."""

from __future__ import annotations

import hashlib
import os
import socket
import socketserver
import threading
import time
import urllib.parse
import urllib.request
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import orjson
import pytest

from govkg.stores.remote import Endpoint, RemoteError

USER, PASSWORD = "govkg", "pa55-w0rd-in-url"
REALM = "SPARQL"
ANSWER = orjson.dumps(
    {"head": {"vars": ["n"]}, "results": {"bindings": [{"n": {"type": "literal", "value": "1"}}]}}
)


def _md5(text: str) -> str:
    return hashlib.md5(text.encode()).hexdigest()


class _DigestHandler(BaseHTTPRequestHandler):
    """Virtuoso's /sparql-auth in miniature: RFC 7616 Digest (MD5, qop=auth, opaque), a
    nonce good for ``uses`` answers, then ``stale=true``; a nonce count used twice is a
    replay. Keep-alive (HTTP/1.1), so that the pool is used."""

    protocol_version = "HTTP/1.1"
    state: dict

    def log_message(self, *args) -> None:
        pass

    def do_POST(self) -> None:
        body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
        state = self.state
        with state["lock"]:
            state["requests"] += 1
            verdict = self._check(self.headers.get("Authorization", ""))
            if verdict == "ok":
                state["answered"] += 1
                state["uses"] += 1
                if state["uses"] >= state["per_nonce"]:  # this nonce is used up
                    state["nonce"], state["uses"] = os.urandom(8).hex(), 0
            else:
                state["challenges"] += 1
            nonce = state["nonce"]
        if verdict != "ok":
            stale = ", stale=true" if verdict == "stale" else ""
            challenge = (
                f'Digest realm="{REALM}", nonce="{nonce}", qop="auth", '
                f'opaque="0paque", algorithm=MD5{stale}'
            )
            self._reply(401, b"Unauthorized", {"WWW-Authenticate": challenge})
            return
        query = urllib.parse.parse_qs(body.decode()).get("query", [""])[0]
        self._reply(200, b'{"boolean": true}' if query.startswith("ASK") else ANSWER)

    def _check(self, header: str) -> str:
        scheme, _, rest = header.partition(" ")
        if scheme.lower() != "digest":
            return "missing"
        fields = urllib.request.parse_keqv_list(urllib.request.parse_http_list(rest))
        state = self.state
        if fields.get("username") != USER or fields.get("opaque") != "0paque":
            return "wrong"
        ha1 = _md5(f"{USER}:{REALM}:{state['password']}")
        ha2 = _md5(f"POST:{fields.get('uri')}")
        expected = _md5(
            f"{ha1}:{fields.get('nonce')}:{fields.get('nc')}:{fields.get('cnonce')}:auth:{ha2}"
        )
        if fields.get("response") != expected or fields.get("uri") != self.path:
            return "wrong"
        if fields["nonce"] != state["nonce"]:
            return "stale"
        if (fields["nonce"], fields["nc"]) in state["seen"]:
            return "replayed"
        state["seen"].add((fields["nonce"], fields["nc"]))
        return "ok"

    def _reply(self, status: int, body: bytes, headers: dict | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", "application/sparql-results+json")
        self.send_header("Content-Length", str(len(body)))
        for key, value in (headers or {}).items():
            self.send_header(key, value)
        self.end_headers()
        self.wfile.write(body)


@pytest.fixture
def digest_server() -> Iterator[tuple[str, dict]]:
    state = {
        "lock": threading.Lock(),
        "nonce": os.urandom(8).hex(),
        "per_nonce": 1000,
        "uses": 0,
        "seen": set(),
        "password": PASSWORD,
        "requests": 0,
        "answered": 0,
        "challenges": 0,
    }
    handler = type("Handler", (_DigestHandler,), {"state": state})
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    httpd.daemon_threads = True
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}/sparql-auth?default-graph-uri=", state
    httpd.shutdown()
    httpd.server_close()


def test_digest_is_answered_and_its_nonce_reused(digest_server):
    url, state = digest_server
    endpoint = Endpoint(url, auth=(USER, PASSWORD))
    try:
        assert endpoint.select("SELECT (1 AS ?n) {}")[0]["n"]["value"] == "1"
        assert endpoint.auth_scheme == "digest"
        for _ in range(5):
            endpoint.update("CLEAR SILENT GRAPH <urn:g>")
            assert endpoint.ask("ASK {}") is True
    finally:
        endpoint.close()
    assert state["challenges"] == 1  # one 401 for the whole session: the nonce is kept
    assert endpoint.requests == state["requests"]


def test_digest_follows_a_stale_nonce(digest_server):
    url, state = digest_server
    state["per_nonce"] = 7
    endpoint = Endpoint(url, auth=(USER, PASSWORD))
    try:
        answers = [endpoint.select("SELECT ?n {}") for _ in range(30)]
    finally:
        endpoint.close()
    assert all(rows[0]["n"]["value"] == "1" for rows in answers)
    assert state["answered"] == 30
    assert state["challenges"] == 1 + 30 // 7  # the first, then one per used-up nonce


def test_threads_share_one_nonce_without_repeating_its_count(digest_server):
    """The stub refuses a nonce count used twice, as a replay."""
    url, state = digest_server
    endpoint = Endpoint(url, auth=(USER, PASSWORD))
    try:
        endpoint.ask("ASK {}")
        with ThreadPoolExecutor(8) as pool:
            answers = list(pool.map(lambda _: endpoint.select("SELECT ?n {}"), range(80)))
    finally:
        endpoint.close()
    assert all(rows[0]["n"]["value"] == "1" for rows in answers)
    assert state["challenges"] == 1
    assert state["answered"] == 81


def test_a_wrong_password_is_a_401_naming_the_endpoint_not_the_password(digest_server):
    url, state = digest_server
    state["password"] = "the-right-one"
    endpoint = Endpoint(url, auth=(USER, PASSWORD))
    try:
        with pytest.raises(RemoteError) as refused:
            endpoint.update("CLEAR SILENT GRAPH <urn:g>")
    finally:
        endpoint.close()
    assert refused.value.status == 401
    assert str(refused.value).startswith(f"{url}: HTTP 401")
    assert PASSWORD not in str(refused.value)


def test_credentials_in_the_url_are_used_and_never_shown(digest_server):
    url, state = digest_server
    parts = urllib.parse.urlsplit(url)
    secret = parts._replace(netloc=f"{USER}:{urllib.parse.quote(PASSWORD)}@{parts.netloc}")
    endpoint = Endpoint(secret.geturl())
    try:
        assert endpoint.query_url == endpoint.update_url == url
        assert endpoint.auth == (USER, PASSWORD)
        assert PASSWORD not in repr(endpoint)
        assert endpoint.select("SELECT ?n {}")
        state["password"] = "changed"
        state["nonce"] = "fresh"  # so the next answer is checked against the new password
        with pytest.raises(RemoteError) as refused:
            endpoint.select("SELECT ?n {}")
    finally:
        endpoint.close()
    assert PASSWORD not in str(refused.value)
    assert url in str(refused.value)


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_a_store_that_cannot_be_reached_is_a_clear_error_without_the_password():
    port = _free_port()
    endpoint = Endpoint(f"http://{USER}:{PASSWORD}@127.0.0.1:{port}/sparql")
    with pytest.raises(RemoteError) as refused:
        endpoint.select("SELECT * {}")
    message = str(refused.value)
    assert message.startswith(f"http://127.0.0.1:{port}/sparql: cannot connect")
    assert PASSWORD not in message
    assert refused.value.status is None


def test_the_cli_says_what_failed_in_one_line_without_the_password(capsys):
    from govkg.cli import main

    store = f"http://{USER}:{PASSWORD}@127.0.0.1:{_free_port()}/sparql"
    assert main(["query", "{ units { totalCount } }", "--store", store]) == 1
    err = capsys.readouterr().err
    assert err.startswith("govkg: error: http://127.0.0.1:")
    assert "cannot connect" in err
    assert PASSWORD not in err
    assert "Traceback" not in err


def test_a_url_that_is_not_http_is_refused_up_front():
    with pytest.raises(RemoteError, match="starts with http:// or https://"):
        Endpoint("ftp://127.0.0.1/sparql")
    with pytest.raises(RemoteError, match="not a URL") as refused:
        Endpoint(f"http://{USER}:{PASSWORD}@127.0.0.1:port/sparql")
    assert PASSWORD not in str(refused.value)


class _DroppingHandler(socketserver.StreamRequestHandler):
    """Reads a request, then hangs up without answering while ``drops`` lasts."""

    state: dict

    def handle(self) -> None:
        length = 0
        while (line := self.rfile.readline()) not in (b"\r\n", b""):
            if line.lower().startswith(b"content-length:"):
                length = int(line.split(b":", 1)[1])
        self.rfile.read(length)
        with self.state["lock"]:
            self.state["connections"] += 1
            drop = self.state["drops"] > 0
            self.state["drops"] -= 1
        if drop:
            return  # the connection closes with no status line
        if self.state.get("delay"):
            time.sleep(self.state["delay"])
        self.wfile.write(
            b"HTTP/1.1 200 OK\r\nContent-Type: application/sparql-results+json\r\n"
            b"Connection: close\r\nContent-Length: %d\r\n\r\n%s" % (len(ANSWER), ANSWER)
        )


@pytest.fixture
def dropping_server() -> Iterator[tuple[str, dict]]:
    state = {"lock": threading.Lock(), "connections": 0, "drops": 1}
    handler = type("Handler", (_DroppingHandler,), {"state": state})
    server = socketserver.ThreadingTCPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}/sparql", state
    server.shutdown()
    server.server_close()


def test_a_dropped_connection_is_tried_once_more(dropping_server):
    url, state = dropping_server
    endpoint = Endpoint(url)
    try:
        assert endpoint.select("SELECT ?n {}")[0]["n"]["value"] == "1"
    finally:
        endpoint.close()
    assert state["connections"] == 2


def test_a_store_that_keeps_dropping_is_a_clear_error(dropping_server):
    url, state = dropping_server
    state["drops"] = 10
    endpoint = Endpoint(url)
    with pytest.raises(RemoteError, match="the connection dropped") as dropped:
        endpoint.update("CLEAR SILENT GRAPH <urn:g>")
    assert str(dropped.value).startswith(f"{url}: ")
    assert dropped.value.status is None
    assert state["connections"] == 2  # one more try, not a loop


def test_a_slow_store_is_a_timeout_naming_the_endpoint(dropping_server):
    url, state = dropping_server
    state["drops"], state["delay"] = 0, 1.0
    endpoint = Endpoint(url, timeout=0.2)
    with pytest.raises(RemoteError, match=r"no answer within 0\.2 s") as slow:
        endpoint.select("SELECT ?n {}")
    assert str(slow.value).startswith(url)


def test_an_endpoint_closed_opens_again_on_use(dropping_server):
    url, state = dropping_server
    state["drops"] = 0
    endpoint = Endpoint(url)
    endpoint.select("SELECT ?n {}")
    endpoint.close()
    assert endpoint.select("SELECT ?n {}")[0]["n"]["value"] == "1"
    endpoint.close()
    assert endpoint.requests == 2
