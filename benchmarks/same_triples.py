"""The triples a seed makes, this tree against a baseline tree: the same set, or the lines
that differ. A check for a change in how triples are minted (not a timing).

    python benchmarks/same_triples.py --baseline SRC SEED_DIR...

The baseline (``SRC``: the ``src`` folder of another checkout, e.g. one
``git archive HEAD src ontology | tar -x`` made) mints the seed's triples with its own
``seed_triples`` and loads them into Oxigraph as it opened a seed (no shapes run: a cold
check took minutes there); this tree's side is the real ``govkg export --format nt
--data SEED_DIR`` (every check, shapes included) and, as well, the triples bulk-loaded
as N-Triples (``validity.load_triples``). Each side sorted; exit status 1 on a difference.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MINTED = r"""
import sys
import pyoxigraph as ox
from govkg.graph.rdf import DEFAULT_BASE, seed_triples
from govkg.graph.store import new_graph, oxigraph_store
from govkg.seed.load import load_seed
graph = new_graph()
graph.addN((*t, graph) for t in seed_triples(load_seed(sys.argv[1]), DEFAULT_BASE))
sys.stdout.buffer.write(oxigraph_store(graph).dump(format=ox.RdfFormat.N_TRIPLES,
                                                   from_graph=ox.DefaultGraph()))
"""
BULK = r"""
import sys
import pyoxigraph as ox
from govkg.graph.store import new_graph, oxigraph_store
from govkg.graph.validity import checked_seed, load_triples
graph = new_graph()
load_triples(graph, checked_seed(sys.argv[1])[1])
sys.stdout.buffer.write(oxigraph_store(graph).dump(format=ox.RdfFormat.N_TRIPLES,
                                                   from_graph=ox.DefaultGraph()))
"""


def lines(command: list[str], src: Path) -> list[str]:
    env = {**os.environ, "PYTHONPATH": str(src)}
    out = subprocess.run(command, capture_output=True, env=env)
    if out.returncode != 0:
        raise SystemExit(out.stderr.decode()[-2000:])
    return sorted(set(out.stdout.decode("utf-8").splitlines()))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--baseline", type=Path, required=True)
    parser.add_argument("seeds", type=Path, nargs="+")
    args = parser.parse_args()
    here = ROOT / "src"
    differ = False
    for seed in args.seeds:
        before = lines([sys.executable, "-c", MINTED, str(seed)], args.baseline.resolve())
        export = [sys.executable, "-m", "govkg.cli", "export", "--format", "nt"]
        exported = lines([*export, "--data", str(seed)], here)
        bulk = lines([sys.executable, "-c", BULK, str(seed)], here)
        for name, after in (("govkg export --format nt", exported), ("bulk-loaded", bulk)):
            same = after == before
            differ = differ or not same
            print(f"{seed}: {len(before)} triples before, {len(after)} {name}: same {same}")
            if not same:
                for line in sorted(set(before) ^ set(after))[:10]:
                    print(f"  {'-' if line in set(before) else '+'} {line}")
    raise SystemExit(1 if differ else 0)


if __name__ == "__main__":
    main()
