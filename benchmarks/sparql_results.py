"""SPARQL SELECT answers written by govkg's old hand-written writers (one row at a time, read
from git) and by the current ones (pyoxigraph's serializers, cut by ``_Capped``), interleaved.

    .venv/bin/python benchmarks/sparql_results.py [--triples 100000] [--rounds 5]
        [--formats json xml csv tsv] [--limit 10000] [--max-bytes 8388608]

One synthetic graph (``govkg.graph.synth``) in a pyoxigraph Store, ``SELECT * { ?s ?p ?o }``:
one row per triple. Each run evaluates the query and writes the answer (no cap unless
``--limit`` / ``--max-bytes`` set one), in CPU seconds; rounds go old-new-new-old, then
new-old-old-new. Ratio = old / new, one per run pair; min / median / max over the runs. The
floor is Oxigraph's own ``serialize`` of the whole answer, with no cap. Before timing, the
answers are compared: the same bytes, or the same rows once parsed (under a byte cap the
formats' sizes differ, so one may hold more rows: then the first ones agree).
"""

from __future__ import annotations

import argparse
import csv
import gc
import importlib.util
import io
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

import pyoxigraph as ox

from govkg.graph.synth import write_synthetic
from govkg.http import sparql_results

ROOT = Path(__file__).resolve().parent.parent
OLD_COMMIT = "f94e6cc"  # the last commit with the hand-written writers
QUERY = "SELECT * WHERE { ?s ?p ?o }"
MEDIA = {
    "json": "application/sparql-results+json",
    "xml": "application/sparql-results+xml",
    "csv": "text/csv",
    "tsv": "text/tab-separated-values",
}


def old_writers() -> ModuleType:
    """The module as it was at ``OLD_COMMIT``, imported from ``git show``."""
    source = subprocess.run(
        ["git", "show", f"{OLD_COMMIT}:src/govkg/http/sparql_results.py"],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
    ).stdout
    spec = importlib.util.spec_from_loader("old_sparql_results", loader=None)
    module = importlib.util.module_from_spec(spec)
    sys.modules[module.__name__] = module  # dataclasses look their module up
    exec(compile(source, "old_sparql_results.py", "exec"), module.__dict__)
    return module


def synthetic_store(triples: int) -> ox.Store:
    path = Path(tempfile.gettempdir()) / f"govkg-sparql-results-{triples}.nt"
    if not path.exists():
        write_synthetic(path, triples, seed_value=7)
    store = ox.Store()
    store.bulk_load(path=str(path), format=ox.RdfFormat.N_TRIPLES)
    return store


class Writers:
    """The three ways to answer ``QUERY`` in one format, each returning the document."""

    def __init__(self, store: ox.Store, old: ModuleType, limit: int, max_bytes: int) -> None:
        self.store, self.old, self.limit, self.max_bytes = store, old, limit, max_bytes

    def old_way(self, media: str) -> bytes:
        result = self.store.query(QUERY)
        names = [v.value for v in result.variables]
        rows = (list(solution) for solution in result)
        caps = {"limit": self.limit, "max_bytes": self.max_bytes}
        return self.old.write_rows(media, names, rows, **caps)[0]

    def new_way(self, media: str) -> bytes:
        caps = {"limit": self.limit, "max_bytes": self.max_bytes}
        return sparql_results.write_rows(media, self.store.query(QUERY), **caps)[0]

    def floor(self, media: str) -> bytes:
        return self.store.query(QUERY).serialize(format=sparql_results.RESULT_FORMATS[media])


def timed(write: Callable[[str], bytes], media: str) -> float:
    gc.collect()
    start = time.process_time()
    write(media)
    return time.process_time() - start


def parsed(body: bytes, name: str) -> list:
    if name == "csv":  # pyoxigraph reads no CSV
        return list(csv.reader(io.StringIO(body.decode(), newline="")))
    return [
        tuple(row)
        for row in ox.parse_query_results(body, sparql_results.RESULT_FORMATS[MEDIA[name]])
    ]


def check(writers: Writers, name: str) -> str:
    """How the answers compare: the same bytes, or the same rows once parsed (under a byte
    cap the formats' sizes differ, so one may hold more rows: then the first ones agree)."""
    old, new = writers.old_way(MEDIA[name]), writers.new_way(MEDIA[name])
    if old == new:
        return f"same bytes ({len(new):,})"
    old_rows, new_rows = parsed(old, name), parsed(new, name)
    shared = min(len(old_rows), len(new_rows))
    verdict = "same" if old_rows[:shared] == new_rows[:shared] else "DIFFERENT"
    return (
        f"{verdict} rows parsed ({len(old_rows):,} / {len(new_rows):,} rows, "
        f"{len(old):,} / {len(new):,} bytes)"
    )


def spread(values: list[float]) -> str:
    return f"{min(values):.3f} / {statistics.median(values):.3f} / {max(values):.3f}"


def measure(writers: Writers, name: str, rounds: int) -> str:
    media = MEDIA[name]
    times: dict[str, list[float]] = {"old": [], "new": [], "floor": []}
    ways = {"old": writers.old_way, "new": writers.new_way, "floor": writers.floor}
    for number in range(rounds):
        order = ("old", "new", "new", "old") if number % 2 == 0 else ("new", "old", "old", "new")
        for way in order:
            times[way].append(timed(ways[way], media))
        times["floor"].append(timed(ways["floor"], media))
    ratios = [a / b for a, b in zip(times["old"], times["new"], strict=True)]
    return (
        f"| {name} | {spread(times['old'])} | {spread(times['new'])} | {spread(ratios)} | "
        f"{statistics.median(times['floor']):.3f} | {check(writers, name)} |"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--triples", type=int, default=100_000)
    parser.add_argument("--rounds", type=int, default=5, help="ABBA rounds (2 runs each side)")
    parser.add_argument("--formats", nargs="+", default=["json", "xml"], choices=list(MEDIA))
    parser.add_argument("--limit", type=int, default=10**9, help="row cap (default: none)")
    parser.add_argument("--max-bytes", type=int, default=2**40, help="byte cap (default: none)")
    args = parser.parse_args()
    store = synthetic_store(args.triples)
    rows = sum(1 for _ in store.query(QUERY))
    writers = Writers(store, old_writers(), args.limit, args.max_bytes)
    print(f"{rows:,} rows; limit {args.limit:,} rows, {args.max_bytes:,} bytes\n")
    print(
        "| format | old CPU s min / median / max | new CPU s min / median / max | "
        "old / new min / median / max | pyoxigraph, whole answer, median | answers |"
    )
    print("|---|---:|---:|---:|---:|---|", flush=True)
    for name in args.formats:
        print(measure(writers, name, args.rounds), flush=True)


if __name__ == "__main__":
    main()
