"""Opening a corpus seed: what ``govkg serve`` and ``govkg validate`` do before answering,
this tree against a baseline tree, in interleaved paired processes.

    python benchmarks/seed_open.py --seed DIR [--baseline SRC] [--rounds 3] [--cold]

``DIR`` is a seed directory (e.g. one benchmarks/corpus.py --keep wrote). Each round runs,
for this tree and (with ``--baseline``: the ``src`` folder of another checkout, e.g. one
``git archive HEAD src ontology | tar -x`` made) the baseline, one fresh process each, in
alternating order: ``load_seed`` alone, then ``checked_seed`` (every check, the shapes
included) and the triples loaded into a new Oxigraph graph as ``open_graph`` does (this
tree: ``validity.load_triples``, bulk N-Triples, where it exists; else rdflib's ``addN``).
"warm": each tree's own cache folder, filled by one run first (parsed YAML, shapes'
verdicts); ``--cold``: also an empty cache every run (this tree only, unless
``--cold-baseline``: minutes a run at 1,000 drafts). Prints each round and min / median /
max per tree and of the paired ratios. Figures, not tests.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PROBE = r"""
import json, sys, time
t0 = time.perf_counter()
from govkg.seed.load import load_seed
from govkg.graph.validity import checked_seed
from govkg.graph.store import new_graph
import govkg.graph.validity as validity
t1 = time.perf_counter()
load_seed(sys.argv[1])
t2 = time.perf_counter()
seed, triples = checked_seed(sys.argv[1])
t3 = time.perf_counter()
graph = new_graph()
if hasattr(validity, "load_triples"):
    validity.load_triples(graph, triples)
else:
    graph.addN((*t, graph) for t in triples)
t4 = time.perf_counter()
print(json.dumps({"import": t1 - t0, "load_seed": t2 - t1, "checked_seed": t3 - t2,
                  "store": t4 - t3, "open": t4 - t2, "triples": len(triples)}))
"""


def probe(src: Path, seed: Path, cache: Path) -> dict:
    env = {**os.environ, "PYTHONPATH": str(src), "XDG_CACHE_HOME": str(cache)}
    out = subprocess.run(
        [sys.executable, "-c", PROBE, str(seed)], capture_output=True, text=True, env=env
    )
    if out.returncode != 0:
        raise SystemExit(out.stderr[-2000:])
    return json.loads(out.stdout.strip().splitlines()[-1])


def spread(values: list[float]) -> str:
    return f"{min(values):.2f} / {statistics.median(values):.2f} / {max(values):.2f}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=Path, required=True)
    parser.add_argument("--baseline", type=Path, help="the src folder of the baseline tree")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--cold", action="store_true", help="also on an empty cache")
    parser.add_argument("--cold-baseline", action="store_true", help="the baseline cold too")
    args = parser.parse_args()
    trees = {"this": ROOT / "src"}
    if args.baseline:
        trees["baseline"] = args.baseline.resolve()
    modes = ["warm", *(["cold"] if args.cold else [])]
    results: dict[tuple[str, str], list[dict]] = {}
    with tempfile.TemporaryDirectory(prefix="govkg-startup-") as scratch:
        for name, src in trees.items():
            probe(src, args.seed, Path(scratch) / f"warm-{name}")  # fill the cache
        for round_ in range(args.rounds):
            order = list(trees.items()) if round_ % 2 == 0 else list(trees.items())[::-1]
            for mode in modes:
                for name, src in order:
                    if mode == "cold" and name != "this" and not args.cold_baseline:
                        continue
                    cache = Path(scratch) / f"{mode}-{name}"
                    if mode == "cold":
                        shutil.rmtree(cache, ignore_errors=True)
                    got = probe(src, args.seed, cache)
                    results.setdefault((name, mode), []).append(got)
                    print(
                        f"round {round_ + 1} {mode:4} {name:8}: load_seed {got['load_seed']:.2f} s"
                        f", checked_seed {got['checked_seed']:.2f} s, store {got['store']:.2f} s"
                        f", open {got['open']:.2f} s ({got['triples']} triples)",
                        flush=True,
                    )
    print("\nmin / median / max (s)")
    for (name, mode), runs in results.items():
        print(
            f"{mode:4} {name:8}: load_seed {spread([r['load_seed'] for r in runs])}, "
            f"checked_seed {spread([r['checked_seed'] for r in runs])}, "
            f"store {spread([r['store'] for r in runs])}, open {spread([r['open'] for r in runs])}"
        )
    for mode in modes:
        this, base = results.get(("this", mode)), results.get(("baseline", mode))
        if this and base:
            ratios = [b["open"] / t["open"] for t, b in zip(this, base, strict=False)]
            print(f"{mode}: baseline open / this open, paired: {spread(ratios)}")


if __name__ == "__main__":
    main()
