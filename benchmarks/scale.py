"""How govkg grows with the graph: load, memory and query latency at 10^4..10^6 triples.

    python benchmarks/scale.py [--sizes 10000,100000,1000000] [--repeat 50] [--rounds 7]

Each size runs in a fresh process (so memory is that size's own): it generates a synthetic
graph with ``govkg.graph.synth`` (cached under $TMPDIR/govkg-bench), loads it with raw pyoxigraph
and with govkg, and times each contract query's first call. Then one process holds every size
and times the queries in interleaved rounds (each round takes each query at each size in
turn), so the ratio between sizes is read per round: median, min and max. Prints Markdown
tables; figures, not tests.
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
    "the same, a filter never asked before": "query($min: Decimal!) { fundingLines(where: "
    "{amountMin: $min}, orderBy: AMOUNT_DESC, first: 20) { totalCount nodes { name amount { "
    "amount } } facets(fields: [CATEGORY, YEAR, UNIT]) { field values { value count } } } }",
    "the same, new filter, facets of few values": "query($min: Decimal!) { fundingLines(where: "
    "{amountMin: $min}, orderBy: AMOUNT_DESC, first: 20) { totalCount nodes { name amount { "
    "amount } } facets(fields: [YEAR, BASIS, SPEND_TYPE]) { field values { value count } } } }",
    "the same, new filter, the 10 most frequent of each facet": "query($min: Decimal!) { "
    "fundingLines(where: {amountMin: $min}, orderBy: AMOUNT_DESC, first: 20) { totalCount "
    "nodes { name amount { amount } } facets(fields: [CATEGORY, YEAR, UNIT], first: 10) { "
    "field distinct values { value count } } } }",
}
"""Query name -> text; a query with ``$min`` gets a new amount every run (1,000,000 yuan plus
the run's number), so every run is a filter the graph version has not answered yet."""


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


def measure_govkg(path: Path) -> dict:
    """Load time, memory, and each query's first call and answer size (a fresh process)."""
    import rdflib  # noqa: F401 - imported before the baseline, as raw pyoxigraph needs no rdflib

    from govkg.answers.kg import open_graph

    before = rss_mb()
    start = time.perf_counter()
    kg = open_graph(path)
    load = time.perf_counter() - start
    memory = rss_mb() - before
    used = variables_for(kg)
    timings = {}
    for name, query in QUERIES.items():
        first_start = time.perf_counter()
        answer = kg.query(query, {**used, "min": "1000000"} if "$min" in query else used)
        first = time.perf_counter() - first_start
        assert "errors" not in answer, answer
        timings[name] = {"first_ms": first * 1000, "objects": objects(answer["data"])}
    start = time.perf_counter()
    kept = row_layer(kg, 1_000_000, index=True)
    timings[ROW_LAYER] = {"first_ms": (time.perf_counter() - start) * 1000, "objects": kept}
    return {"seconds": load, "mb": memory, "triples": kg.triples, "queries": timings}


def variables_for(kg) -> dict:
    """The names the contract queries ask about, taken from the graph itself."""
    feed = kg.catalog.links[kg.service.feed_ids()[0]]
    unit, platform = kg.catalog.nodes[feed.source], kg.catalog.nodes[feed.target]
    # a second unit feeding the same platform: the path question has a bounded answer
    other = next(k for k in kg.catalog.links_to(platform.id, "feeds") if k.source != unit.id)
    return {
        "p": platform.name,
        "u": unit.name,
        "q": platform.name[:6],
        "v": kg.catalog.nodes[other.source].name,
    }


ROW_LAYER = "row layer only: new filter, page of 20 by amount, 3 facets"


def row_layer(kg, amount: int, index: bool = False) -> int:
    """The faceted question below GraphQL (govkg.answers.browse): filter, page and facet
    counts; with ``index``, the table's indexes are built again first (a first call)."""
    from decimal import Decimal

    from govkg.answers.browse import Where, tables_of
    from govkg.answers.browseindex import TableIndex

    tables = tables_of(kg.service)
    if index:
        TableIndex(tables.rows("funding-lines"))
    chosen = tables.choose("funding-lines", Where(amount_min=Decimal(amount)))
    page = chosen[0:20]
    tables.facets_of("funding-lines", chosen, ("category", "year", "unit"))
    assert len(page) == min(20, len(chosen))
    return len(chosen)


def interleaved(sizes: list[int], repeat: int, rounds: int) -> dict:
    """Every size in one process, timed in rounds that take each query at each size in
    turn (so a busy machine slows all sizes alike): per round, the p50 of ``repeat`` runs.
    A query with ``$min`` gets an amount never asked before on every run."""
    from govkg.answers.kg import open_graph

    graphs = []
    for size in sizes:
        kg = open_graph(synthetic(size))
        used = variables_for(kg)
        for query in QUERIES.values():  # rows, indexes and caches made before timing
            kg.query(query, {**used, "min": "1000000"} if "$min" in query else used)
        graphs.append((kg, used))
    fresh = iter(range(1_000_001, 10**9))
    found: dict[str, list[list[float]]] = {n: [[] for _ in sizes] for n in (*QUERIES, ROW_LAYER)}
    for _ in range(rounds):
        for name, query in QUERIES.items():
            for at, (kg, used) in enumerate(graphs):
                runs = []
                for _ in range(repeat):
                    given = {**used, "min": str(next(fresh))} if "$min" in query else used
                    start = time.perf_counter()
                    kg.query(query, given)
                    runs.append(time.perf_counter() - start)
                found[name][at].append(statistics.median(runs) * 1000)
        for at, (kg, _) in enumerate(graphs):
            runs = []
            for _ in range(repeat):
                amount = next(fresh)
                start = time.perf_counter()
                row_layer(kg, amount)
                runs.append(time.perf_counter() - start)
            found[ROW_LAYER][at].append(statistics.median(runs) * 1000)
    return found


def objects(answer) -> int:
    """How many objects an answer holds (what GraphQL completes one by one)."""
    if isinstance(answer, dict):
        return 1 + sum(objects(v) for v in answer.values())
    if isinstance(answer, list):
        return sum(objects(v) for v in answer)
    return 0


def child(size: int) -> None:
    path = synthetic(size)
    raw = json.loads(
        subprocess.run(
            [sys.executable, __file__, "--raw", str(path)],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
    )
    print(json.dumps({"size": size, "raw": raw, "govkg": measure_govkg(path)}))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10000,100000,1000000")
    parser.add_argument("--repeat", type=int, default=50)
    parser.add_argument("--rounds", type=int, default=7, help="interleaved rounds of timing")
    parser.add_argument("--child", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--raw", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--latency", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.raw:
        print(json.dumps(measure_raw(args.raw)))
        return
    sizes = [int(s) for s in args.sizes.split(",")]
    if args.child:
        child(args.child)
        return
    if args.latency:
        print(json.dumps(interleaved(sizes, args.repeat, args.rounds)))
        return
    results = []
    for size in sizes:
        out = subprocess.run(
            [sys.executable, __file__, "--child", str(size)],
            capture_output=True,
            text=True,
            check=True,
        )
        results.append(json.loads(out.stdout))
    latency = subprocess.run(
        [
            *(sys.executable, __file__, "--latency", "--sizes", args.sizes),
            *("--repeat", str(args.repeat), "--rounds", str(args.rounds)),
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    report(results, json.loads(latency.stdout))


def report(results: list[dict], latency: dict) -> None:
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
        "| query (p50 ms, median of rounds) | "
        + " | ".join(f"{s:,}" for s in sizes)
        + " | largest ÷ smallest: median (min–max of rounds) | first call at largest "
        "| objects in answer |"
    )
    print("|---|" + "---:|" * (len(sizes) + 3))
    for name in (*QUERIES, ROW_LAYER):
        rounds = latency[name]
        p50 = [statistics.median(by_round) for by_round in rounds]
        ratios = sorted(big / small for big, small in zip(rounds[-1], rounds[0], strict=True))
        first = results[-1]["govkg"]["queries"][name]["first_ms"]
        counts = " → ".join(str(r["govkg"]["queries"][name]["objects"]) for r in results)
        print(
            f"| {name} | "
            + " | ".join(f"{v:.2f}" for v in p50)
            + f" | {statistics.median(ratios):.2f}× ({ratios[0]:.2f}–{ratios[-1]:.2f}) "
            f"| {first:.0f} ms | {counts} |"
        )
    print()
    print(
        f"(the {ROW_LAYER!r} row: its first call is building the table's indexes, its "
        "objects the rows the filter keeps)"
    )


if __name__ == "__main__":
    main()
