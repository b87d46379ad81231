"""Every govkg benchmark in one run, printed as the Markdown tables of the README.

    python benchmarks/run.py            # ~5 minutes on 2 cores
    python benchmarks/run.py --quick    # 10^4 and 10^5 only, shorter rounds

1. load time and memory vs raw pyoxigraph, and contract-query p50 at 10^4, 10^5, 10^6
   triples (scale.py);
2. server start on 3×10^5 triples, then its first answer (startup.py);
3. in-process GraphQL vs hand-built JSON for the same answer (inprocess.py);
4. HTTP throughput and latency vs a plain Starlette JSON endpoint (throughput.py);
5. bounded load at 32 clients, with and without a runaway SPARQL query (load.py).
"""

from __future__ import annotations

import argparse
import os
import platform
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def run(title: str, script: str, *args: str) -> None:
    command = f"python benchmarks/{script} {' '.join(args)}".strip()
    print(f"\n### {title}\n\n`{command}`\n", flush=True)
    start = time.perf_counter()
    out = subprocess.run(
        [sys.executable, str(HERE / script), *args], capture_output=True, text=True, check=False
    )
    print(out.stdout.rstrip())
    if out.returncode:
        print(f"\n(failed: {out.stderr.strip()[-2000:]})")
    print(f"\n({time.perf_counter() - start:.0f} s)", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true")
    args = parser.parse_args()
    print(
        f"{platform.node()}: {os.cpu_count()} CPUs, Python {platform.python_version()}, "
        f"{time.strftime('%Y-%m-%d %H:%M')}"
    )
    sizes = "10000,100000" if args.quick else "10000,100000,1000000"
    run("Scale: load and contract queries", "scale.py", "--sizes", sizes)
    run(
        "Server start on a large graph",
        "startup.py",
        "--triples",
        "30000" if args.quick else "300000",
    )
    run("In-process GraphQL vs hand-built JSON", "inprocess.py")
    run("HTTP throughput", "throughput.py", *(["--rounds", "2"] if args.quick else []))
    run("Bounded load", "load.py", "--seconds", "3" if args.quick else "8")


if __name__ == "__main__":
    main()
