"""What the SPARQL workers' shared on-disk store costs per query against an in-memory copy.

    python benchmarks/sparql_store.py [--triples 100000] [--rounds 15]

Loads one synthetic graph into an in-memory pyoxigraph Store and into an on-disk one opened
read-only (as the workers open it: govkg/http/sparql_store.py), then runs each query on
both, interleaved, and prints min/median/max of each store's time and of the ratio
disk / memory per round. Figures, not a test.
"""

from __future__ import annotations

import argparse
import gc
import statistics
import tempfile
import time
from pathlib import Path

from pyoxigraph import RdfFormat, Store

from govkg.graph.synth import write_synthetic

QUERIES = {
    "count every triple": "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }",
    "100 labels": "SELECT ?s ?o { ?s <http://www.w3.org/2000/01/rdf-schema#label> ?o } LIMIT 100",
    "1,000 typed subjects": "SELECT ?s { ?s a ?t } LIMIT 1000",
}


def _spread(values: list[float], scale: float = 1.0, unit: str = "") -> str:
    low, mid, high = min(values), statistics.median(values), max(values)
    return f"{low * scale:.2f}{unit} / {mid * scale:.2f}{unit} / {high * scale:.2f}{unit}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--triples", type=int, default=100_000)
    parser.add_argument("--rounds", type=int, default=15)
    args = parser.parse_args()
    path = Path(tempfile.gettempdir()) / "govkg-bench" / f"synth-{args.triples}.nt"
    path.parent.mkdir(exist_ok=True)
    if not path.exists():
        write_synthetic(path, args.triples, seed_value=7)
    memory = Store()
    memory.bulk_load(path=str(path), format=RdfFormat.N_TRIPLES)
    with tempfile.TemporaryDirectory() as folder:
        writer = Store(folder)
        writer.bulk_load(path=str(path), format=RdfFormat.N_TRIPLES)
        writer.flush()
        del writer
        gc.collect()
        disk = Store.read_only(folder)
        print(f"{len(memory)} triples; min / median / max of {args.rounds} interleaved rounds")
        print("| query | in memory (ms) | on disk, read-only (ms) | disk / memory |")
        print("|---|---|---|---|")
        for name, query in QUERIES.items():
            mine: list[float] = []
            theirs: list[float] = []
            for _ in range(args.rounds):
                for store, times in ((memory, theirs), (disk, mine)):
                    start = time.perf_counter()
                    list(store.query(query))
                    times.append(time.perf_counter() - start)
            ratios = [m / t for m, t in zip(mine, theirs, strict=True)]
            print(
                f"| {name} | {_spread(theirs, 1000)} | {_spread(mine, 1000)} "
                f"| {_spread(ratios, unit='x')} |"
            )
        del disk
        gc.collect()


if __name__ == "__main__":
    main()
