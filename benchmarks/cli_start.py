"""A quick CLI: `govkg --help` against `python -c "import pyoxigraph"`, each a fresh process,
the two in turns (ABBA), wall and CPU seconds (user + system, the child's own rusage).

    python benchmarks/cli_start.py [--rounds 10]

Both pay the interpreter's start, as a user does; the ratio is per pair, printed as
min / median / max. Target (the performance issue): `govkg --help` under 0.3 s.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

GOVKG = Path(sys.executable).with_name("govkg")
COMMANDS = {
    "govkg --help": [str(GOVKG), "--help"],
    "python -c 'import pyoxigraph'": [sys.executable, "-c", "import pyoxigraph"],
}


def timed(command: list[str]) -> tuple[float, float]:
    """Wall and CPU seconds of one run of ``command``."""
    start = time.perf_counter()
    child = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(child.pid, 0)  # this child's own rusage
    wall = time.perf_counter() - start
    child.returncode = os.waitstatus_to_exitcode(status)
    if child.returncode:
        raise SystemExit(f"{' '.join(command)} exited {child.returncode}")
    return wall, usage.ru_utime + usage.ru_stime


def spread(values: list[float], unit: str = "s") -> str:
    low, mid, high = min(values), statistics.median(values), max(values)
    if unit == "×":
        return f"{low:.1f} / {mid:.1f} / {high:.1f}×"
    return f"{low:.3f} / {mid:.3f} / {high:.3f} s"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=10)
    args = parser.parse_args()
    names = list(COMMANDS)
    walls: dict[str, list[float]] = {name: [] for name in names}
    cpus: dict[str, list[float]] = {name: [] for name in names}
    for round_ in range(args.rounds):
        order = names if round_ % 2 == 0 else names[::-1]  # ABBA: neither always goes first
        for name in order:
            wall, cpu = timed(COMMANDS[name])
            walls[name].append(wall)
            cpus[name].append(cpu)
    print(f"{args.rounds} rounds, min / median / max\n")
    print("| command | wall | CPU |")
    print("|---|---:|---:|")
    for name in names:
        print(f"| `{name}` | {spread(walls[name])} | {spread(cpus[name])} |")
    cli, anchor = names
    ratio = [a / b for a, b in zip(walls[cli], walls[anchor], strict=True)]
    print(f"| ratio, per pair (wall) | {spread(ratio, '×')} | |")


if __name__ == "__main__":
    main()
