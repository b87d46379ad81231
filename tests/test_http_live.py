"""A real uvicorn server on loopback, asked as a browser portal and an analyst would ask it."""

from __future__ import annotations

import contextlib
import os
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
    assert "stopped" in results["bad"].text
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
    finally:
        process.terminate()
        process.wait(timeout=20)
        log.close()
