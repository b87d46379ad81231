"""How govkg grows with the graph: load, memory and query latency at 10^4..10^6 triples.

    python benchmarks/scale.py [--sizes 10000,100000,1000000] [--repeat 50]

Each size runs in a fresh process (so memory is that size's own): it generates a synthetic
graph with ``govkg.graph.synth`` (cached under $TMPDIR/govkg-bench), loads it with raw pyoxigraph
and with govkg, then times the contract queries. Prints a Markdown table; figures, not tests.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

CACHE = Path(tempfile.gettempdir()) / "govkg-bench"

QUERIES = {
    "feeds of a platform": "query($p: String!) { feeds(platform: $p) { totalCount nodes { "
    "unit { name } via { name } cost { amount { amount } basis method } sources { quote } } } }",
    "unit by name": "query($u: String!) { unit(name: $u) { name subunits { name } "
    "feeds { platform { name } } } }",
    "units page": "{ units(first: 20) { totalCount nodes { id name } pageInfo { endCursor } } }",
    "funding lines of a year": "{ fundingLines(year: 2023, first: 20) { totalCount nodes { "
    "name amount { amount basis } statedShare computedShare } } }",
    "search": "query($q: String!) { search(query: $q, first: 5) { id name } }",
    "path": "query($u: String!, $v: String!) { path(from: $u, to: $v) { id } }",
    "findings (first 2)": "{ findings(first: 2) { code message } }",
    "lines above 1,000,000 yuan by amount, with facets": "{ fundingLines(where: {amountMin: "
    '"1000000"}, orderBy: AMOUNT_DESC, first: 20) { totalCount nodes { name amount { amount } }'
    " facets(fields: [CATEGORY, YEAR, UNIT]) { field values { value count } } } }",
}


def rss_mb() -> float:
    with open(f"/proc/{os.getpid()}/status") as status:
        for line in status:
            if line.startswith("VmRSS"):
                return int(line.split()[1]) / 1024
    return 0.0


def synthetic(size: int) -> Path:
    from govkg.graph.synth import write_synthetic

    CACHE.mkdir(exist_ok=True)
    path = CACHE / f"synth-{size}.nt"
    if not path.exists():
        partial = path.with_suffix(".part")
        write_synthetic(partial, size, seed_value=7)
        partial.rename(path)
    return path


def measure_raw(path: Path) -> dict:
    """Raw pyoxigraph: the floor govkg's own load is compared with."""
    import pyoxigraph as ox

    before = rss_mb()
    start = time.perf_counter()
    store = ox.Store()
    store.bulk_load(path=str(path), format=ox.RdfFormat.N_TRIPLES)
    return {"seconds": time.perf_counter() - start, "mb": rss_mb() - before, "triples": len(store)}


def measure_govkg(path: Path, repeat: int) -> dict:
    import rdflib  # noqa: F401 - imported before the baseline, as raw pyoxigraph needs no rdflib

    from govkg.answers.kg import open_graph

    before = rss_mb()
    start = time.perf_counter()
    kg = open_graph(path)
    load = time.perf_counter() - start
    memory = rss_mb() - before
    feed = kg.catalog.links[kg.service.feed_ids()[0]]
    unit, platform = kg.catalog.nodes[feed.source], kg.catalog.nodes[feed.target]
    # a second unit feeding the same platform: the path question has a bounded answer
    other = next(k for k in kg.catalog.links_to(platform.id, "feeds") if k.source != unit.id)
    variables = {
        "p": platform.name,
        "u": unit.name,
        "q": platform.name[:6],
        "v": kg.catalog.nodes[other.source].name,
    }
    timings = {}
    for name, query in QUERIES.items():
        used = {k: v for k, v in variables.items() if f"${k}" in query}
        first_start = time.perf_counter()
        answer = kg.query(query, used)
        first = time.perf_counter() - first_start
        assert "errors" not in answer, answer
        runs = []
        for _ in range(repeat):
            run_start = time.perf_counter()
            kg.query(query, used)
            runs.append(time.perf_counter() - run_start)
        timings[name] = {"first_ms": first * 1000, "p50_ms": statistics.median(runs) * 1000}
    return {"seconds": load, "mb": memory, "triples": kg.triples, "queries": timings}


def child(size: int, repeat: int) -> None:
    path = synthetic(size)
    raw = json.loads(
        subprocess.run(
            [sys.executable, __file__, "--raw", str(path)],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
    )
    print(json.dumps({"size": size, "raw": raw, "govkg": measure_govkg(path, repeat)}))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10000,100000,1000000")
    parser.add_argument("--repeat", type=int, default=50)
    parser.add_argument("--child", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--raw", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.raw:
        print(json.dumps(measure_raw(args.raw)))
        return
    if args.child:
        child(args.child, args.repeat)
        return
    results = []
    for size in (int(s) for s in args.sizes.split(",")):
        out = subprocess.run(
            [sys.executable, __file__, "--child", str(size), "--repeat", str(args.repeat)],
            capture_output=True,
            text=True,
            check=True,
        )
        results.append(json.loads(out.stdout))
    report(results)


def report(results: list[dict]) -> None:
    print(
        "| triples | raw pyoxigraph load | govkg load | ratio | raw MB (B/triple) "
        "| govkg MB (B/triple) | ratio |"
    )
    print("|---:|---:|---:|---:|---:|---:|---:|")
    for r in results:
        raw, ours = r["raw"], r["govkg"]
        per_raw = raw["mb"] * 2**20 / ours["triples"]
        per_ours = ours["mb"] * 2**20 / ours["triples"]
        print(
            f"| {ours['triples']:,} | {raw['seconds']:.2f} s | {ours['seconds']:.2f} s | "
            f"{ours['seconds'] / raw['seconds']:.2f}× | {raw['mb']:.0f} ({per_raw:.0f}) | "
            f"{ours['mb']:.0f} ({per_ours:.0f}) | {ours['mb'] / max(raw['mb'], 1):.2f}× |"
        )
    print()
    sizes = [r["govkg"]["triples"] for r in results]
    print(
        "| query (p50 ms) | "
        + " | ".join(f"{s:,}" for s in sizes)
        + " | largest ÷ smallest | first call at largest |"
    )
    print("|---|" + "---:|" * (len(sizes) + 2))
    for name in QUERIES:
        p50 = [r["govkg"]["queries"][name]["p50_ms"] for r in results]
        first = results[-1]["govkg"]["queries"][name]["first_ms"]
        print(
            f"| {name} | "
            + " | ".join(f"{v:.2f}" for v in p50)
            + f" | {p50[-1] / p50[0]:.2f}× | {first:.0f} ms |"
        )


if __name__ == "__main__":
    main()
