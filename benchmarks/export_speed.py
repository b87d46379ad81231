"""Exports beside their anchors: govkg's Turtle and N-Triples against Oxigraph's own
``Store.dump`` of the same store, govkg's GraphML against ``networkx.write_graphml`` of the
same graph, interleaved (ABBA) in one process, plus peak RSS of paired processes.

    .venv/bin/python benchmarks/export_speed.py [--triples 100000 1000000] [--rounds 5]

Graphs come from ``govkg synth``. Times are CPU seconds of the export step alone (the graph
is open; for GraphML the catalog is warm, as in a server after ``warm()``, and networkx is
handed the graph govkg would write, built beforehand). Each ratio is govkg / anchor, one
per run; min / median / max over the runs. Peak RSS is ``VmHWM`` of a fresh process that
opens the graph and writes the export once (govkg cold: it builds its catalog there, and the
networkx process builds the graph it writes, so both hold the same things).
"""

from __future__ import annotations

import argparse
import gc
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
GOVKG = Path(sys.executable).with_name("govkg")
PAIRS = {  # name -> (govkg's export, the anchor)
    "turtle": ("govkg-turtle", "store-dump-turtle"),
    "nt": ("govkg-nt", "store-dump-nt"),
    "graphml": ("govkg-graphml", "networkx-write-graphml"),
}


def synthetic(triples: int, work: Path) -> Path:
    path = work / f"synth-{triples}.nt"
    if not path.exists():
        subprocess.run(
            [str(GOVKG), "synth", "--triples", str(triples), "-o", str(path), "--seed-value", "7"],
            check=True,
        )
    return path


def _peak_rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    raise RuntimeError("no VmHWM in /proc/self/status")


class Runner:
    """Every variant on one open graph, each writing to the same file on disk."""

    def __init__(self, data: Path, out: Path, warm: bool) -> None:
        import pyoxigraph as ox

        from govkg.answers.kg import open_graph
        from govkg.graph.store import oxigraph_store

        self.ox, self.out = ox, out
        self.kg = open_graph(data)
        self.store = oxigraph_store(self.kg.graph)
        self.graph: Any = None
        if warm:
            self.run("govkg-graphml")  # the catalog's records, as a warmed server has them
            self.graph = self.networkx_graph()

    def networkx_graph(self) -> Any:
        from govkg.exports import select
        from govkg.exports.network import _without_id, export_graph

        return _without_id(export_graph(self.kg, select(self.kg)))

    def run(self, variant: str) -> float:
        """CPU seconds of one export to ``self.out``."""
        import networkx as nx

        from govkg.exports import write_export

        ox = self.ox
        formats = {"turtle": ox.RdfFormat.TURTLE, "nt": ox.RdfFormat.N_TRIPLES}
        graph = self.graph
        if variant == "networkx-write-graphml" and graph is None:
            graph = self.networkx_graph()  # a cold process builds what it writes
        gc.collect()
        start = time.process_time()
        with self.out.open("wb") as out:
            if variant.startswith("govkg-"):
                write_export(self.kg, variant.removeprefix("govkg-"), out)
            elif variant.startswith("store-dump-"):
                fmt = formats[variant.removeprefix("store-dump-")]
                self.store.dump(out, fmt, from_graph=ox.DefaultGraph())
            else:
                nx.write_graphml(graph, out)
        return time.process_time() - start


def child(variant: str, data: Path, out: Path) -> None:
    """One export in a fresh process: its CPU time and the process's peak RSS, as JSON."""
    runner = Runner(data, out, warm=False)
    seconds = runner.run(variant)
    print(json.dumps({"cpu": seconds, "rss": _peak_rss_mb(), "bytes": out.stat().st_size}))


def _child(variant: str, data: Path, out: Path) -> dict[str, float]:
    done = subprocess.run(
        [sys.executable, __file__, "--child", variant, str(data), str(out)],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
    )
    return json.loads(done.stdout.strip().splitlines()[-1])


def spread(values: list[float]) -> str:
    return f"{min(values):.2f} / {statistics.median(values):.2f} / {max(values):.2f}"


def measure(triples: int, rounds: int, rss_rounds: int, work: Path) -> list[str]:
    data = synthetic(triples, work)
    out = work / "export.out"
    runner = Runner(data, out, warm=True)
    size = f"{runner.kg.triples:,}"
    rows = []
    for name, (ours, anchor) in PAIRS.items():
        times: dict[str, list[float]] = {ours: [], anchor: []}
        for number in range(rounds):
            order = (
                (ours, anchor, anchor, ours) if number % 2 == 0 else (anchor, ours, ours, anchor)
            )
            for variant in order:  # ABBA, then BAAB: neither side always runs first
                times[variant].append(runner.run(variant))
        ratios = [a / b for a, b in zip(times[ours], times[anchor], strict=True)]
        peaks: dict[str, list[float]] = {ours: [], anchor: []}
        for number in range(rss_rounds):
            for variant in (ours, anchor) if number % 2 == 0 else (anchor, ours):
                peaks[variant].append(_child(variant, data, out)["rss"])
        rss_ratios = [a / b for a, b in zip(peaks[ours], peaks[anchor], strict=True)]
        rows.append(
            f"| {size} | {name} | {statistics.median(times[ours]):.2f} | "
            f"{statistics.median(times[anchor]):.2f} ({anchor}) | {spread(ratios)} | "
            f"{statistics.median(peaks[ours]):.0f} / {statistics.median(peaks[anchor]):.0f} | "
            f"{spread(rss_ratios)} |"
        )
        print(rows[-1], flush=True)
    del runner
    gc.collect()
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--triples", type=int, nargs="+", default=[100_000, 1_000_000])
    parser.add_argument("--rounds", type=int, default=5, help="ABBA rounds (2 runs each side)")
    parser.add_argument("--rss-rounds", type=int, default=2, help="paired processes per side")
    parser.add_argument("--work", type=Path, default=Path(tempfile.gettempdir()) / "govkg-bench")
    parser.add_argument("--child", nargs=3, metavar=("VARIANT", "DATA", "OUT"), help="internal")
    args = parser.parse_args()
    if args.child:
        child(args.child[0], Path(args.child[1]), Path(args.child[2]))
        return
    args.work.mkdir(parents=True, exist_ok=True)
    header = (
        "| triples | export | govkg CPU s (median) | anchor CPU s (median) | "
        "ratio min / median / max | peak RSS MB govkg / anchor | RSS ratio min / median / max |"
    )
    print(header)
    print("|---|---|---:|---:|---:|---:|---:|", flush=True)
    for triples in args.triples:
        measure(triples, args.rounds, args.rss_rounds, args.work)


if __name__ == "__main__":
    main()
