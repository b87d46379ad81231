"""A real uvicorn server on loopback, asked as a browser portal and an analyst would ask it."""

from __future__ import annotations

import contextlib
import os
import re
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator

import httpx
import pytest
import uvicorn

from govkg.app import create_app
from govkg.http.graphiql import EXAMPLES
from govkg.http.settings import Settings

PORTAL = "https://portal.example"
STRANGER = "https://evil.example"
CARTESIAN = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"
TIMEOUT = 1.0


@contextlib.contextmanager
def serving(app) -> Iterator[str]:
    """Run ``app`` under uvicorn on a free loopback port in a thread; yield its URL."""
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning", lifespan="on"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        assert thread.is_alive(), "server stopped while starting"
        assert time.monotonic() < deadline, "server did not start"
        time.sleep(0.02)
    try:
        yield f"http://127.0.0.1:{sock.getsockname()[1]}"
    finally:
        server.should_exit = True
        thread.join(timeout=20)
        sock.close()


@pytest.fixture(scope="module")
def live(kg):
    settings = Settings(cors_origins=(PORTAL,), sparql_timeout=TIMEOUT, sparql_workers=2)
    app = create_app(kg, settings)
    with serving(app) as url, httpx.Client(base_url=url, timeout=30) as client:
        client.app = app
        yield client


def _preflight(client: httpx.Client, origin: str) -> httpx.Response:
    return client.options(
        "/graphql",
        headers={
            "origin": origin,
            "access-control-request-method": "POST",
            "access-control-request-headers": "content-type",
        },
    )


def test_an_allowed_portal_may_call_graphql_from_the_browser(live, kg):
    preflight = _preflight(live, PORTAL)
    assert preflight.status_code == 200
    assert preflight.headers["access-control-allow-origin"] == PORTAL
    assert "POST" in preflight.headers["access-control-allow-methods"]
    assert "access-control-allow-credentials" not in preflight.headers
    example = EXAMPLES[0]
    response = live.post(
        "/graphql",
        json={"query": example.query, "variables": example.variables},
        headers={"origin": PORTAL},
    )
    assert response.headers["access-control-allow-origin"] == PORTAL
    assert "origin" in response.headers["vary"].lower()
    assert response.json() == kg.query(example.query, example.variables)


def test_a_stranger_origin_gets_no_cors_grant(live):
    preflight = _preflight(live, STRANGER)
    assert preflight.status_code == 400
    assert "access-control-allow-origin" not in preflight.headers
    simple = live.get("/graphql?query={__typename}", headers={"origin": STRANGER})
    assert "access-control-allow-origin" not in simple.headers


def test_the_etag_and_truncation_headers_are_readable_by_the_portal(live):
    response = live.get("/sparql?query=ASK{}", headers={"origin": PORTAL})
    exposed = response.headers["access-control-expose-headers"].lower()
    assert "etag" in exposed
    assert "x-govkg-truncated" in exposed


def test_nothing_is_open_by_default(kg):
    with serving(create_app(kg)) as url:
        preflight = httpx.options(
            f"{url}/graphql",
            headers={"origin": PORTAL, "access-control-request-method": "POST"},
        )
        assert "access-control-allow-origin" not in preflight.headers
        simple = httpx.get(f"{url}/health", headers={"origin": PORTAL})
        assert "access-control-allow-origin" not in simple.headers


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True


def test_a_pathological_query_is_stopped_and_the_server_keeps_answering(live):
    live.get("/sparql?query=ASK{}")  # the workers are up
    pool = live.app.state.sparql.pool(live.app.state.kg)
    pids = {worker.process.pid for worker in pool._workers}

    results: dict[str, object] = {}

    def ask_the_bad_one() -> None:
        started = time.monotonic()
        results["bad"] = live.get("/sparql", params={"query": CARTESIAN})
        results["seconds"] = time.monotonic() - started

    bad = threading.Thread(target=ask_the_bad_one)
    bad.start()
    time.sleep(0.2)
    started = time.monotonic()
    cheap = live.post("/graphql", json={"query": '{ platform(name: "一网统管") { name } }'})
    assert cheap.json()["data"]["platform"]["name"] == "一网统管"
    assert time.monotonic() - started < 0.5  # the event loop is not blocked meanwhile
    bad.join(timeout=30)

    assert results["bad"].status_code == 503
    assert "ran longer than 1 s and was stopped" in results["bad"].text
    assert int(results["bad"].headers["retry-after"]) >= 1
    assert results["seconds"] < TIMEOUT + 1.5
    still = live.get("/sparql", params={"query": "ASK { ?s ?p ?o }"})
    assert still.json()["boolean"] is True
    deadline = time.monotonic() + 10
    while any(_alive(pid) for pid in pids if pid not in {w.process.pid for w in pool._workers}):
        assert time.monotonic() < deadline, "the stopped query's worker is still running"
        time.sleep(0.05)
    assert len(pids - {w.process.pid for w in pool._workers}) == 1  # exactly one was killed
    while pool.alive < 2:
        assert time.monotonic() < deadline, "the killed worker was not replaced"
        time.sleep(0.05)


SMALL = "SELECT ?s WHERE { ?s a <https://govkg.org/ontology#Unit> } LIMIT 5"


def _wait_for_workers(pool, count: int) -> None:
    deadline = time.monotonic() + 20
    while len(pool._idle) < count:
        assert time.monotonic() < deadline, "the SPARQL workers did not come back"
        time.sleep(0.05)


def _runaway_in_background(client: httpx.Client, query: str = CARTESIAN) -> threading.Thread:
    thread = threading.Thread(target=client.get, args=("/sparql",), kwargs={"params": {"query": query}})
    thread.start()
    time.sleep(0.2)  # it holds a general worker until the timeout
    return thread


def _answered_quickly(client: httpx.Client, queries: list[str]) -> float:
    """Ask each in turn; every one is answered; return the slowest time."""
    slowest = 0.0
    for query in queries:
        started = time.monotonic()
        response = client.get("/sparql", params={"query": query})
        slowest = max(slowest, time.monotonic() - started)
        assert response.status_code == 200, response.text
        assert len(response.json()["results"]["bindings"]) == 5
    return slowest


def test_small_queries_known_or_new_are_not_kept_waiting_by_a_runaway(live):
    pool = live.app.state.sparql.pool(live.app.state.kg)
    _wait_for_workers(pool, 2)
    live.get("/sparql", params={"query": CARTESIAN})  # stopped: from now on, a slow text
    assert pool.seen(CARTESIAN) is False
    _wait_for_workers(pool, 2)
    live.get("/sparql", params={"query": SMALL})
    assert pool.seen(SMALL) is True  # answered within QUICK: it prefers the quick lane

    bad = _runaway_in_background(live)
    known = _answered_quickly(live, [SMALL] * 3)
    new = _answered_quickly(live, [f"# {n}\n{SMALL}" for n in range(3)])  # never seen
    assert bad.is_alive()  # all six were answered while the runaway ran
    assert known < 0.5  # behind the runaway, the first would wait ~0.8 s
    assert new < 0.5
    bad.join(timeout=30)
    assert pool.seen(CARTESIAN) is False  # a slow text never gets the quick lane
    _wait_for_workers(pool, 2)


def test_a_new_runaway_borrowing_the_quick_lane_is_stopped_there_in_1_s(kg):
    settings = Settings(sparql_timeout=3, sparql_workers=2)
    app = create_app(kg, settings)
    with serving(app) as url, httpx.Client(base_url=url, timeout=30) as client:
        pool = app.state.sparql.pool(kg)
        _wait_for_workers(pool, 2)
        bad = _runaway_in_background(client)  # new: takes the general worker
        other = f"# another\n{CARTESIAN}"  # new too, and the general worker is busy
        started = time.monotonic()
        borrowed = client.get("/sparql", params={"query": other})
        seconds = time.monotonic() - started
        bad.join(timeout=30)
        assert pool.seen(other) is False
    assert borrowed.status_code == 503
    assert "the most it may run in the quick lane" in borrowed.text
    assert int(borrowed.headers["retry-after"]) >= 1
    assert 1.0 <= seconds < 2.0  # stopped at the quick lane's 1 s, not the 3 s timeout


def test_a_query_kept_waiting_says_it_waited_and_when_to_retry(kg):
    """One worker, busy with a runaway until the timeout and then reloading: a query that
    arrives meanwhile never starts, and is told so rather than that it ran too long."""
    settings = Settings(sparql_timeout=TIMEOUT, sparql_workers=1)
    app = create_app(kg, settings)
    with serving(app) as url, httpx.Client(base_url=url, timeout=30) as client:
        assert client.get("/sparql", params={"query": "ASK {}"}).status_code == 200
        pool = app.state.sparql.pool(kg)
        results: dict[str, httpx.Response] = {}

        def ask(name: str, query: str) -> None:
            results[name] = client.get("/sparql", params={"query": query})

        bad = threading.Thread(target=ask, args=("bad", CARTESIAN))
        bad.start()
        # the small query comes as soon as the runaway holds the worker: its 1 s of waiting
        # ends a moment after the runaway's, before a replacement worker can be up (a fixed
        # sleep of 0.2 s left room for a quick replacement to take it, and it ran)
        deadline = time.monotonic() + 10
        while not pool._busy:
            assert time.monotonic() < deadline, "the runaway never took the worker"
            time.sleep(0.005)
        started = time.monotonic()
        ask("small", "ASK { ?s ?p ?o }")
        waited = time.monotonic() - started
        bad.join(timeout=30)
    assert results["bad"].status_code == 503
    assert "ran longer than 1 s" in results["bad"].text
    small = results["small"]
    assert small.status_code == 503
    assert re.search(r"waited 1\.\d s for one", small.text), small.text
    assert "did not start" in small.text
    assert "ran longer" not in small.text
    assert int(small.headers["retry-after"]) >= 1
    assert waited < TIMEOUT + 0.5


def _raw_get(url: str, target: bytes) -> bytes:
    """A GET over a plain socket: httpx refuses URLs over 64 KB, as a browser might not."""
    host, port = url.removeprefix("http://").split(":")
    with socket.create_connection((host, int(port)), timeout=30) as sock:
        sock.sendall(b"GET " + target + b" HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
        reply = b""
        while chunk := sock.recv(65536):
            reply += chunk
    return reply


@pytest.mark.parametrize(
    "target",
    [b"/sparql?query=ASK%7B%7D%23", b"/graphql?query=%7B__typename%7D%23", b"/id/"],
    ids=["sparql", "graphql", "id"],
)
def test_a_100_kb_url_is_refused_414_by_the_real_server(live, target):
    reply = _raw_get(str(live.base_url).rstrip("/"), target + b"x" * 100_000)
    assert reply.startswith(b"HTTP/1.1 414 ")
    assert b"the limit is 16384 bytes" in reply
    assert live.get("/health").json()["status"] == "ok"


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_govkg_serve_starts_with_flags_and_environment(tmp_path):
    port = _free_port()
    env = dict(os.environ, GOVKG_CORS_ORIGINS=f"{PORTAL},https://other.example")
    command = [
        sys.executable, "-m", "govkg.cli", "serve", "--port", str(port),
        "--sparql-workers", "1", "--sparql-row-limit", "3", "--cors-origin", "https://flag.example",
        "--sparql-byte-limit", "2048", "--max-url", "1024",
    ]  # fmt: skip
    log = (tmp_path / "serve.log").open("wb")
    process = subprocess.Popen(command, env=env, stdout=log, stderr=subprocess.STDOUT)
    try:
        url = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 30
        while True:
            try:
                health = httpx.get(f"{url}/health")
                break
            except httpx.TransportError:
                assert process.poll() is None, (tmp_path / "serve.log").read_text()
                assert time.monotonic() < deadline, "govkg serve did not answer"
                time.sleep(0.1)
        assert health.json()["status"] == "ok"
        assert "server" not in health.headers
        # the flag replaces the environment's list
        flagged = httpx.get(f"{url}/health", headers={"origin": "https://flag.example"})
        assert flagged.headers["access-control-allow-origin"] == "https://flag.example"
        assert (
            "access-control-allow-origin"
            not in httpx.get(f"{url}/health", headers={"origin": PORTAL}).headers
        )
        rows = httpx.get(f"{url}/sparql", params={"query": "SELECT * WHERE { ?s ?p ?o }"})
        assert rows.headers["x-govkg-truncated"] == "true"
        assert len(rows.json()["results"]["bindings"]) == 3
        assert rows.headers["x-govkg-byte-limit"] == "2048"
        assert httpx.get(f"{url}/health?q={'x' * 1100}").status_code == 414
    finally:
        process.terminate()
        process.wait(timeout=20)
        log.close()
