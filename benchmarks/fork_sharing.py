"""Could SPARQL workers forked from the server share its in-memory store? Measured, not assumed.

    python benchmarks/fork_sharing.py [--triples 1000000]

Loads a synthetic graph into an in-memory pyoxigraph Store, forks, and in the child runs a
full scan (every triple) and a filtered count, reading the child's private dirty memory
(``/proc/self/smaps_rollup``) before and after. A page the child only reads stays shared
with the parent; a page it writes (a reference count, a lock word) becomes its own copy. If
the scan leaves most of the store private, forked workers would each grow to a copy of
their own, and the one shared copy must stay the on-disk store (``http/sparql_store.py``).
Figures, not a test.
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time
from pathlib import Path

from pyoxigraph import RdfFormat, Store

from govkg.graph.synth import write_synthetic

SCAN = "SELECT ?s ?p ?o WHERE { ?s ?p ?o }"
FILTERED = "SELECT (COUNT(*) AS ?c) WHERE { ?s ?p ?o FILTER(CONTAINS(STR(?o), 'a')) }"


def _memory() -> dict[str, int]:
    """RSS, PSS and private dirty memory of this process, in MB."""
    wanted = {"Rss:": "rss", "Pss:": "pss", "Private_Dirty:": "private"}
    found = {}
    for line in Path("/proc/self/smaps_rollup").read_text().splitlines():
        name, value, *_ = line.split()
        if name in wanted:
            found[wanted[name]] = int(value) // 1024
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--triples", type=int, default=1_000_000)
    triples = parser.parse_args().triples
    path = Path(tempfile.gettempdir()) / "govkg-bench" / f"synth-{triples}.nt"
    path.parent.mkdir(exist_ok=True)
    if not path.exists():
        write_synthetic(path, triples, seed_value=7)
    store = Store()
    store.bulk_load(path=str(path), format=RdfFormat.N_TRIPLES)
    loaded = _memory()
    print(f"parent, store loaded ({len(store):,} triples): {loaded}")
    child = os.fork()
    if child == 0:
        before = _memory()
        started = time.perf_counter()
        rows = sum(1 for _ in store.query(SCAN))
        scanned = _memory()
        list(store.query(FILTERED))
        filtered = _memory()
        print(f"child, after fork: {before}")
        print(
            f"child, after a full scan ({rows:,} rows, {time.perf_counter() - started:.2f} s): "
            f"{scanned}"
        )
        print(f"child, after a filtered count: {filtered}")
        share = filtered["private"] / max(loaded["private"], 1)
        print(f"private in the child after reading: {share:.0%} of the store's private memory")
        os._exit(0)
    os.waitpid(child, 0)


if __name__ == "__main__":
    main()
