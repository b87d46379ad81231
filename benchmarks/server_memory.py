"""Memory of a server with its SPARQL workers against the bare store, on one graph.

    python benchmarks/server_memory.py [--triples 1000000] [--workers 2]

Starts `govkg serve --data FILE` on a synthetic graph, waits until /health says every
SPARQL worker is alive and a SPARQL query has been answered, then sums the proportional set
size (PSS: a page shared by n processes counts 1/n to each, so the page cache of a store the
workers share is not counted twice) and the RSS of the server and its workers. The anchor is
a process that loads the same file into an in-memory pyoxigraph Store and nothing else
(its peak RSS). Prints both and their ratio; figures, not a test.
"""

from __future__ import annotations

import argparse
import socket
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx

from govkg.graph.synth import write_synthetic

BARE = """
import sys, resource
from pyoxigraph import RdfFormat, Store
store = Store()
store.bulk_load(path=sys.argv[1], format=RdfFormat.N_TRIPLES)
print(len(store), resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
"""


def _memory(pid: int) -> tuple[float, float]:
    """(PSS, RSS) of one process in MB."""
    pss = rss = 0.0
    for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
        if line.startswith("Pss:"):
            pss = int(line.split()[1]) / 1024
        elif line.startswith("Rss:"):
            rss = int(line.split()[1]) / 1024
    return pss, rss


def _children(pid: int) -> list[int]:
    found = []
    for task in Path(f"/proc/{pid}/task").iterdir():
        children = (task / "children").read_text().split()
        found += [int(c) for c in children]
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--triples", type=int, default=1_000_000)
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()
    path = Path(tempfile.gettempdir()) / "govkg-bench" / f"synth-{args.triples}.nt"
    path.parent.mkdir(exist_ok=True)
    if not path.exists():
        write_synthetic(path, args.triples, seed_value=7)

    bare = subprocess.run(
        [sys.executable, "-c", BARE, str(path)], capture_output=True, text=True, check=True
    )
    triples, bare_mb = bare.stdout.split()
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    url = f"http://127.0.0.1:{port}"
    command = [sys.executable, "-m", "govkg.cli", "serve", "--port", str(port)]
    command += ["--data", str(path), "--sparql-workers", str(args.workers)]
    server = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    started = time.perf_counter()
    try:
        with httpx.Client(timeout=600) as client:
            while True:
                try:
                    health = client.get(f"{url}/health").json()
                    if health["sparqlWorkers"]["alive"] >= args.workers:
                        break
                except httpx.TransportError:
                    pass
                time.sleep(0.5)
            ask = {"query": "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }"}
            client.get(f"{url}/sparql", params=ask).raise_for_status()
            with ThreadPoolExecutor(args.workers) as pool:  # every worker loaded and used
                for _ in range(3):
                    answers = pool.map(
                        lambda _: client.get(f"{url}/sparql", params=ask), range(args.workers)
                    )
                    for answer in answers:
                        answer.raise_for_status()
        ready = time.perf_counter() - started
        time.sleep(2)  # let the allocator settle after the load
        pids = [server.pid, *_children(server.pid)]
        parts = [_memory(pid) for pid in pids]
    finally:
        server.terminate()
        server.wait(timeout=30)
    pss, rss = sum(p for p, _ in parts), sum(r for _, r in parts)
    print(f"graph: {triples} triples ({path.name}), {args.workers} SPARQL workers")
    print(f"server and workers ready in {ready:.1f} s; processes: {len(pids)}")
    for pid, (p, r) in zip(pids, parts, strict=True):
        print(f"  pid {pid}: PSS {p:8.0f} MB  RSS {r:8.0f} MB")
    print(f"server + workers: PSS {pss:.0f} MB, RSS {rss:.0f} MB")
    print(f"bare in-memory store (peak RSS): {float(bare_mb):.0f} MB")
    print(f"ratio PSS / bare: {pss / float(bare_mb):.2f}x; RSS / bare: {rss / float(bare_mb):.2f}x")


if __name__ == "__main__":
    main()
