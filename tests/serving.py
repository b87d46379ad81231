"""A real `govkg serve` process for tests that need its children (the SPARQL workers, the
child loading their store): started on a free port, returned once `/health?ready` is 200."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx

__all__ = ["ready_server"]


def _port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def ready_server(data: Path, log: Path, *flags: str) -> tuple[subprocess.Popen, str]:
    """``govkg serve --data DATA FLAGS…``, its output in ``log``, and its URL, once ready."""
    port = _port()
    command = [sys.executable, "-m", "govkg.cli", "serve", "--port", str(port), "--data", str(data)]
    with log.open("wb") as out:
        server = subprocess.Popen([*command, *flags], stdout=out, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    try:
        while True:
            assert server.poll() is None, log.read_text()
            assert time.monotonic() < deadline, "govkg serve was not ready"
            try:
                if httpx.get(f"{url}/health?ready").status_code == 200:
                    return server, url
            except httpx.TransportError:
                pass
            time.sleep(0.1)
    except BaseException:
        server.kill()
        server.wait(10)
        raise
