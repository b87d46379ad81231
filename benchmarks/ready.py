"""Full speed when healthy: `govkg serve --data FILE` from process start to `/health?ready`
answering 200, against Oxigraph loading the same file, and what a search and a findings
question cost while the server warms up against after it is ready.

    python benchmarks/ready.py [--sizes 100000,1000000] [--rounds 3] [--before SRC]

Each round runs, per size and in turn, fresh processes: (A) `import pyoxigraph` and
`Store().bulk_load(path=FILE)` in memory, (A') the same into an on-disk store (what the SPARQL
workers share), (B) the server with its two SPARQL workers (from an N-Triples file, their store
loads in a child process beside the server's own load: `http/sparql_early.py`), (B0)
`open_graph(FILE)` and `kg.warm()` in a process (what a server without SPARQL workers would
wait for: the graph, its search and findings indexes). (B) and (B0) each start with an empty
cache folder of their own, then run again on it: the second start opens the workers' store the
first one kept (``http/sparql_kept.py``) and reads back its indexes
(``answers/indexcache.py``), as a restart on the same file does. Every time includes the
interpreter's start and imports, as a user pays them. During (B) a client asks, every ~100 ms
from the first answer of `/health`, one search and one findings question (POST, so no answer
cache), and goes on for 3 s after `ready`; then it asks three texts of each never asked before.
The first answer to a text pays its parsing and checking wherever it comes, so it is compared
with those new texts' answers after ready, and the later warm-up answers with the repeats after
ready. ``--before SRC`` runs (B) and (B0) also from another
source tree (``git archive HEAD src | tar -x -C DIR``, then ``DIR/src``), in the same rounds.
The machine's load average (1 min) is printed with each round: it is shared.
Printed: min / median / max over rounds; the warm-up ratios are the slowest and the median
warm-up answer over the median answer after ready.
"""

from __future__ import annotations

import argparse
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

from govkg.graph.synth import write_synthetic

OXIGRAPH = """
import sys, tempfile, time
import pyoxigraph as ox
store = ox.Store(tempfile.mkdtemp(dir=sys.argv[2])) if sys.argv[2] != "-" else ox.Store()
store.bulk_load(path=sys.argv[1], format=ox.RdfFormat.N_TRIPLES)
store.flush()
assert len(store) > 0
"""
WARM = """
import sys
from govkg.answers.kg import open_graph
open_graph(sys.argv[1]).warm()
"""
SEARCH = '{ search(query: "益阳市城管", first: 5) { id name } }'
FINDINGS = "{ findings(first: 2) { id code message } }"
NEW_SEARCHES = [  # texts (and shapes) asked once, after ready
    '{ search(query: "益阳市城管", first: 5) { id name kind } }',
    '{ search(query: "益阳市城管", first: 5) { name id } }',
    '{ search(query: "益阳市城管", first: 5) { id kind name } }',
]
NEW_FINDINGS = [
    "{ findings(first: 2) { code id message } }",
    "{ findings(first: 2) { id message code } }",
    "{ findings(first: 2) { message code id } }",
]
AFTER = 3.0  # seconds of questions after ready
LIMIT = 300.0  # seconds a server may take to be ready


def _graph(triples: int) -> Path:
    path = Path(tempfile.gettempdir()) / "govkg-bench" / f"synth-{triples}.nt"
    path.parent.mkdir(exist_ok=True)
    if not path.exists():
        write_synthetic(path, triples, seed_value=7)
    return path


def oxigraph_load(path: Path, disk: bool) -> float:
    """Seconds for a fresh process to import pyoxigraph and bulk-load ``path``."""
    with tempfile.TemporaryDirectory() as folder:
        start = time.perf_counter()
        subprocess.run(
            [sys.executable, "-c", OXIGRAPH, str(path), folder if disk else "-"], check=True
        )
        return time.perf_counter() - start


def _env(source: str | None, cache: str) -> dict[str, str]:
    """The environment of a govkg process: its source tree, and its own cache folder (what
    a start keeps for the next start on the same file goes there)."""
    return {**os.environ, **({"PYTHONPATH": source} if source else {}), "XDG_CACHE_HOME": cache}


def warm(path: Path, source: str | None, cache: str) -> float:
    """Seconds for a fresh process to load ``path`` as govkg does and build its indexes."""
    env = _env(source, cache)
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", WARM, str(path)], check=True, env=env)
    return time.perf_counter() - start


def _port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _ask(client: httpx.Client, url: str, query: str) -> float:
    start = time.perf_counter()
    response = client.post(f"{url}/graphql", json={"query": query}, timeout=LIMIT)
    took = time.perf_counter() - start
    if response.status_code != 200 or "errors" in response.json():
        raise SystemExit(f"bad answer to {query}: {response.text[:300]}")
    return took


def serve(path: Path, workers: int, source: str | None, cache: str) -> dict:
    """Start a server; time its first /health and its ready, and the questions around it."""
    port = _port()
    url = f"http://127.0.0.1:{port}"
    env = _env(source, cache)
    command = ["serve", "--port", str(port), "--data", str(path), "--sparql-workers", str(workers)]
    start = time.perf_counter()
    server = subprocess.Popen(
        [sys.executable, "-m", "govkg.cli", *command],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env=env,
    )
    alive = ready = None
    asked: dict[str, list[tuple[bool, float]]] = {"search": [], "findings": []}
    try:
        with httpx.Client() as client:
            while ready is None or time.perf_counter() - start < ready + AFTER:
                if time.perf_counter() - start > LIMIT:
                    raise SystemExit(f"not ready after {LIMIT:.0f} s")
                tick = time.perf_counter()
                try:
                    status = client.get(f"{url}/health?ready", timeout=LIMIT).status_code
                except httpx.HTTPError:
                    time.sleep(0.02)
                    continue
                now = time.perf_counter() - start
                alive = alive if alive is not None else now
                was_ready = ready is not None
                if status == 200 and ready is None:
                    ready = now
                asked["search"].append((was_ready, _ask(client, url, SEARCH)))
                asked["findings"].append((was_ready, _ask(client, url, FINDINGS)))
                time.sleep(max(0.0, 0.1 - (time.perf_counter() - tick)))
            # the first answer to a query text pays its parsing and checking, in the warm-up
            # or not: compared with the first answers to texts never asked, after ready
            fresh = {
                name: [_ask(client, url, text) for text in texts]
                for name, texts in (("search", NEW_SEARCHES), ("findings", NEW_FINDINGS))
            }
    finally:
        server.terminate()
        server.wait(10)
    found = {"alive": alive, "ready": ready}
    for name, times in asked.items():
        first, *again = [t for was, t in times if not was] or [None]
        later = [t for was, t in times[1:] if was]
        after = statistics.median(later)
        found[f"{name} after"] = after
        # a shared machine's jitter: the slowest steady answer, to read the warm-up's against
        found[f"{name} after max ratio"] = max(later) / after
        found[f"{name} warm-up n"] = len(again) + (first is not None)
        found[f"{name} warm-up max ratio"] = max(again, default=after) / after
        found[f"{name} warm-up median ratio"] = statistics.median(again or [after]) / after
        new_text = statistics.median(fresh[name])
        found[f"{name} first ratio"] = (first if first is not None else new_text) / new_text
    return found


def _spread(values: list[float], unit: str = "", digits: int = 2) -> str:
    low, mid, high = min(values), statistics.median(values), max(values)
    return f"{mid:.{digits}f}{unit} ({low:.{digits}f}–{high:.{digits}f})"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="100000,1000000")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--before", help="another source tree's src/, run beside this one")
    args = parser.parse_args()
    variants = [("", None)] + ([("before ", args.before)] if args.before else [])
    sizes = [int(s) for s in args.sizes.split(",")]
    paths = {size: _graph(size) for size in sizes}
    runs: dict[int, list[dict]] = {size: [] for size in sizes}
    for number in range(args.rounds):
        for size in sizes:
            run = {
                "oxigraph": oxigraph_load(paths[size], disk=False),
                "oxigraph disk": oxigraph_load(paths[size], disk=True),
            }
            for name, source in variants:
                with tempfile.TemporaryDirectory() as cache:  # a first start: nothing kept
                    first = serve(paths[size], 2, source, cache)
                    again = serve(paths[size], 2, source, cache)  # the same file once more
                run.update({name + k: v for k, v in first.items()})
                run.update({name + "restart " + k: v for k, v in again.items()})
                with tempfile.TemporaryDirectory() as cache:
                    run[name + "ready0"] = warm(paths[size], source, cache)
                    run[name + "restart ready0"] = warm(paths[size], source, cache)
                for prefix in (name, name + "restart "):
                    run[prefix + "ratio"] = run[prefix + "ready"] / run["oxigraph"]
                    run[prefix + "ratio disk"] = run[prefix + "ready"] / run["oxigraph disk"]
                    run[prefix + "ratio0"] = run[prefix + "ready0"] / run["oxigraph"]
            run["load average"] = os.getloadavg()[0]  # the machine is shared: how busy it was
            runs[size].append(run)
            print(
                f"round {number + 1} {size:,}: "
                + ", ".join(f"{k} {v:.3f}" for k, v in run.items()),
                file=sys.stderr,
            )
    print("median (min–max) over", args.rounds, "rounds\n")
    rows = [
        ("load average (1 min) at the end of each round", "load average", "", 2),
        ("Oxigraph in memory, process start → loaded", "oxigraph", " s", 2),
        ("Oxigraph on disk, process start → loaded", "oxigraph disk", " s", 2),
    ]
    for name, _source in variants:
        rows += [(f"{name}{label}", name + key, unit, digits) for label, key, unit, digits in ROWS]
        rows += [
            (f"{name}again on the same file: {label}", name + "restart " + key, unit, digits)
            for label, key, unit, digits in ROWS
            if key in RESTART_ROWS
        ]
    print("| measured | " + " | ".join(f"{size:,} triples" for size in sizes) + " |")
    print("|---|" + "---:|" * len(sizes))
    for label, key, unit, digits in rows:
        cells = [_spread([run[key] for run in runs[size]], unit, digits) for size in sizes]
        print(f"| {label} | " + " | ".join(cells) + " |")


ROWS = [
    ("`govkg serve`, process start → first `/health`", "alive", " s", 2),
    ("`govkg serve`, process start → `/health?ready` 200", "ready", " s", 2),
    ("ready ÷ Oxigraph in memory (per round)", "ratio", "×", 2),
    ("ready ÷ Oxigraph on disk (per round)", "ratio disk", "×", 2),
    ("search after ready, median", "search after", " s", 4),
    (
        "search in warm-up, slowest ÷ after (each text's first answer apart)",
        "search warm-up max ratio",
        "×",
        1,
    ),
    ("search in warm-up, median ÷ after", "search warm-up median ratio", "×", 2),
    ("search after ready, slowest ÷ median (steady jitter)", "search after max ratio", "×", 1),
    (
        "search, first answer to its text in warm-up ÷ to a new text after",
        "search first ratio",
        "×",
        2,
    ),
    ("findings after ready, median", "findings after", " s", 4),
    ("findings in warm-up, slowest ÷ after", "findings warm-up max ratio", "×", 1),
    ("findings in warm-up, median ÷ after", "findings warm-up median ratio", "×", 2),
    ("findings after ready, slowest ÷ median (steady jitter)", "findings after max ratio", "×", 1),
    (
        "findings, first answer to its text in warm-up ÷ to a new text after",
        "findings first ratio",
        "×",
        2,
    ),
    ("questions asked in warm-up (each)", "search warm-up n", "", 0),
    ("`open_graph` + `warm()`, process start → indexes built", "ready0", " s", 2),
    ("the same ÷ Oxigraph in memory", "ratio0", "×", 2),
]
RESTART_ROWS = {
    "ready",
    "ratio",
    "ratio disk",
    "search warm-up median ratio",
    "findings warm-up median ratio",
    "ready0",
    "ratio0",
}
"""What a second start on the same file is shown by: it opens the SPARQL workers' store and
reads the indexes the first one kept (http/sparql_kept.py, answers/indexcache.py)."""


if __name__ == "__main__":
    main()
