"""Server start on a large graph: seconds from `govkg serve --data FILE` to a healthy
server, then to the first GraphQL answer.

    python benchmarks/startup.py [--triples 300000]
"""

from __future__ import annotations

import argparse
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

from govkg.graph.synth import write_synthetic


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--triples", type=int, default=300_000)
    args = parser.parse_args()
    path = Path(tempfile.gettempdir()) / "govkg-bench" / f"synth-{args.triples}.nt"
    path.parent.mkdir(exist_ok=True)
    if not path.exists():
        write_synthetic(path, args.triples, seed_value=7)
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    url = f"http://127.0.0.1:{port}"
    start = time.perf_counter()
    server = subprocess.Popen(
        [sys.executable, "-m", "govkg.cli", "serve", "--port", str(port), "--data", str(path)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        while True:
            try:
                if httpx.get(f"{url}/health", timeout=1).status_code == 200:
                    break
            except httpx.HTTPError:
                time.sleep(0.05)
            if time.perf_counter() - start > 120:
                raise SystemExit("no answer after 120 s")
        healthy = time.perf_counter() - start
        query = "{ units(first: 5) { totalCount nodes { name } } feeds(first: 3) { totalCount } }"
        response = httpx.post(f"{url}/graphql", json={"query": query}, timeout=60)
        answered = time.perf_counter() - start
        if response.status_code != 200 or "errors" in response.json():
            raise SystemExit(f"bad answer: {response.text}")
    finally:
        server.terminate()
        server.wait(10)
    print("| graph | start → healthy | start → first GraphQL answer |")
    print("|---|---:|---:|")
    print(
        f"| {args.triples:,} triples (synthetic, N-Triples) | {healthy:.2f} s | {answered:.2f} s |"
    )


if __name__ == "__main__":
    main()
