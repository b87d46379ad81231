"""The SHACL shapes over a corpus: `govkg validate` and `govkg serve` cold, warm, and after
one new draft (the shapes checked piece by piece, govkg.graph.shapepieces).

    python benchmarks/shapes.py [--sizes 300,1000] [--keep DIR] [--whole] [--no-cold-serve]

Each size: the corpus of benchmarks/corpus.py (N reports ingested by the real command into
a copy of the bundled seed), then, each in a process of its own: ``govkg validate`` on an
empty cache (every piece checked), again on the cache it left (every piece remembered),
``govkg serve`` to its first GraphQL answer on an empty cache and on the warm one; then one
more report ingested (``govkg ingest``), and validate and serve again on the warm cache
(only the pieces the draft changed are checked). ``--whole`` also runs pyshacl over the
whole graph in one go, as before the pieces, and says whether both decide the same.
Figures, not tests.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from corpus import bundled_seed, ingest, serve, validate, write_corpus

WHOLE = """
import sys, time
from rdflib import Graph
from govkg.graph.rdf import DEFAULT_BASE, seed_triples
from govkg.seed.load import load_seed
from govkg.graph.shapepieces import piece_problems, whole_reach
from govkg.graph.shapes import shape_problems
seed = load_seed(sys.argv[1])
triples = seed_triples(seed, DEFAULT_BASE)
start = time.perf_counter()
graph = Graph()
graph.addN((*t, graph) for t in triples)
whole = [str(p) for p in shape_problems(graph, seed.origins)]
middle = time.perf_counter()
pieces = [str(p) for p in piece_problems(triples, seed.origins, whole_reach(), remember=False)]
end = time.perf_counter()
print(middle - start, end - middle, len(whole), whole == pieces)
"""


def timed_validate(seed: Path, cache: Path) -> str:
    seconds, said = validate(seed, cache)
    return f"{seconds:.1f} s ({said})"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="300,1000", help="corpus sizes (reports)")
    parser.add_argument("--keep", type=Path, help="keep (and reuse) each corpus under this folder")
    parser.add_argument("--whole", action="store_true", help="also pyshacl on the whole graph")
    parser.add_argument(
        "--no-cold-serve", action="store_true", help="skip serve on an empty cache (~ validate)"
    )
    args = parser.parse_args()
    print(f"{os.cpu_count()} CPUs")
    for size in (int(s) for s in args.sizes.split(",")):
        with tempfile.TemporaryDirectory(prefix="govkg-shapes-") as scratch:
            where = (args.keep / str(size)) if args.keep else Path(scratch)
            folder, seed, cache = where / "reports", where / "seed", where / "cache"
            units = write_corpus(folder, size + 1)
            extra = folder.parent / "extra"
            extra.mkdir(exist_ok=True)
            shutil.move(folder / f"{size:05d}.txt", extra / f"{size:05d}.txt")
            if not (seed / "README.md").exists():
                shutil.copytree(bundled_seed(), seed)
                cache.mkdir(parents=True, exist_ok=True)
                run = ingest(folder, seed, 1, cache)
                if run["status"] != 0:
                    raise SystemExit("\n".join(run["tail"]))
            print(f"\n## {size} reports ({seed})")
            cold = where / "cold-cache"
            shutil.rmtree(cold, ignore_errors=True)
            print(f"govkg validate, empty cache: {timed_validate(seed, cold)}")
            print(f"govkg validate, warm cache: {timed_validate(seed, cold)}")
            if not args.no_cold_serve:
                shutil.rmtree(where / "cold-serve", ignore_errors=True)
                started, _ = serve(seed, where / "cold-serve", units, rounds=1)
                print(f"govkg serve to first answer, empty cache: {started:.1f} s")
            started, _ = serve(seed, cold, units, rounds=1)
            print(f"govkg serve to first answer, warm cache: {started:.1f} s")
            grown = where / "grown"
            shutil.rmtree(grown, ignore_errors=True)
            shutil.copytree(seed, grown)
            began = time.perf_counter()
            added = ingest(extra, grown, 1, where / "ingest-cache")
            print(f"one more report ingested: {time.perf_counter() - began:.1f} s")
            if added["status"] != 0:
                raise SystemExit("\n".join(added["tail"]))
            warm = where / "warm-copy"
            shutil.rmtree(warm, ignore_errors=True)
            shutil.copytree(cold, warm)
            print(f"govkg validate after one new draft: {timed_validate(grown, cold)}")
            started, _ = serve(grown, warm, units, rounds=1)
            print(f"govkg serve to first answer after one new draft: {started:.1f} s")
            if args.whole:
                out = subprocess.run(
                    [sys.executable, "-c", WHOLE, str(seed)],
                    capture_output=True,
                    text=True,
                    check=True,
                    env={**os.environ, "XDG_CACHE_HOME": str(where / "unused-cache")},
                )
                whole, pieces, count, same = out.stdout.split()
                print(
                    f"pyshacl: whole graph {float(whole):.1f} s, piece by piece (no cache) "
                    f"{float(pieces):.1f} s, {count} problems, same decision: {same}"
                )
            sys.stdout.flush()


if __name__ == "__main__":
    main()
