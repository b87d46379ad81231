"""How `govkg ingest` grows with the text: CPU time and peak memory at 0.25 to 2 MB.

    python benchmarks/ingest_scale.py [--sizes 0.25,0.5,1,2] [--kinds report,figures]
    python benchmarks/ingest_scale.py --uncapped   # the caps raised: how the rules scale

Two dense CJK texts of each size: ``report``, the bundled report repeated (what a long
real report looks like), and ``figures``, money figures, shares and unit names run together
without a line break (what a hostile text looks like). Each is ingested by the real
command, ``govkg ingest FILE --into COPY --as-new``, into a fresh copy of the bundled seed,
in a fresh process whose own CPU time and peak RSS ``os.wait4`` reports, with an empty
cache (``XDG_CACHE_HOME``): a new report's triples are never among those ``govkg.graph.validity``
remembers as conforming, so a warm cache would time a skipped check. The bundled report
itself (15 KB) is the baseline the growth is counted from. A text over a cap of
``govkg.ingest.limits`` is refused: the table says so, and how fast; ``--uncapped`` raises
the caps in the child process to show how ingest itself grows. Figures, not tests.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from govkg.answers.kg import bundled_seed

MB = 2**20
REPORT = (Path(bundled_seed()) / "sources" / "000_582e67602e6de3ff.txt").read_text("utf-8")
PIECES = (
    "基本支出", "项目支出", "人员经费", "公用经费", "市数据资源局", "市委政法委", "政务云平台",
    "占总支出的", "%", "万元", "元", "亿元", "，", "、", "其中", "预算数", "执行数", "内设", "科室",
    "个", "编制人数", "人", "2023年12月5日", "“益办事”APP", "系统", "项目", "工程", "的", "和",
    "等", "12345热线",
)  # fmt: skip


def report_text(size: int) -> str:
    """The bundled report, repeated to ``size`` bytes of UTF-8."""
    text = REPORT * (size // len(REPORT.encode()) + 1)
    return text.encode()[:size].decode("utf-8", "ignore")


def figures_text(size: int) -> str:
    """The bundled report's title, then figures, shares and names without a line break."""
    pick = random.Random(7)
    parts = ["\n".join(REPORT.split("\n")[:4]) + "\n"]
    used = len(parts[0].encode())
    while used < size:
        piece = pick.choice(PIECES)
        if pick.random() < 0.4:
            piece = f"{pick.randint(1, 99999)}.{pick.randint(0, 99):02d}{piece}"
        parts.append(piece)
        used += len(piece.encode())
    return "".join(parts)


KINDS = {"report": report_text, "figures": figures_text}
UNCAPPED = (  # the command line's own entry point, with every cap of limits out of reach
    "import sys; from govkg.ingest import limits; from govkg.cli import main; "
    "limits.MAX_TEXT_BYTES = limits.MAX_QUOTED = limits.MAX_NAMES = 10**12; "
    "sys.exit(main(sys.argv[1:]))"
)


def ingest_once(text: str, uncapped: bool = False) -> dict:
    """``govkg ingest`` of ``text`` in a fresh process: outcome, wall and CPU s, peak RSS."""
    with tempfile.TemporaryDirectory(prefix="govkg-bench-") as folder:
        report, seed = Path(folder) / "report.txt", Path(folder) / "seed"
        report.write_text(text, encoding="utf-8")
        shutil.copytree(bundled_seed(), seed)
        run = ["-c", UNCAPPED] if uncapped else ["-m", "govkg.cli"]
        command = [sys.executable, *run, "ingest", str(report), "--into", str(seed)]
        with tempfile.TemporaryFile("w+") as said:
            start = time.perf_counter()
            cold = {**os.environ, "XDG_CACHE_HOME": folder}
            process = subprocess.Popen([*command, "--as-new"], stdout=said, stderr=said, env=cold)
            _pid, status, usage = os.wait4(process.pid, 0)  # this child's own rusage
            process.returncode = os.waitstatus_to_exitcode(status)
            wall = time.perf_counter() - start
            said.seek(0)
            last = (said.read().strip().splitlines() or [""])[-1]
    return {
        "ok": process.returncode == 0,
        "said": last.removeprefix(f"govkg: error: {report}: "),
        "wall": wall,
        "cpu": usage.ru_utime + usage.ru_stime,
        "rss": usage.ru_maxrss / 1024,  # KiB on Linux
    }


def outcome(run: dict) -> str:
    """The facts written ("1350 facts"), or "refused: " and the first clause of why."""
    if run["ok"]:
        return run["said"].split(": ")[1].split(" extracted")[0]
    return "refused: " + run["said"].split(":")[0].split(";")[0]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="0.25,0.5,1,2", help="text sizes in MB")
    parser.add_argument("--kinds", default="report,figures", help=", ".join(KINDS))
    parser.add_argument("--uncapped", action="store_true", help="raise the caps of limits")
    args = parser.parse_args()
    base = ingest_once(REPORT)
    print(f"baseline: the bundled report (15 KB): {base['cpu']:.2f} s CPU, {base['rss']:.0f} MB")
    print()
    print("| text | MB | outcome | wall s | CPU s | CPU s / MB | peak RSS MB | RSS growth / MB |")
    print("|---|---:|---|---:|---:|---:|---:|---:|")
    for kind in args.kinds.split(","):
        for mb in (float(size) for size in args.sizes.split(",")):
            run = ingest_once(KINDS[kind](int(mb * MB)), args.uncapped)
            growth = (run["rss"] - base["rss"]) / mb
            print(
                f"| {kind} | {mb:g} | {outcome(run)} | {run['wall']:.1f} | {run['cpu']:.1f} | "
                f"{run['cpu'] / mb:.1f} | {run['rss']:.0f} | {growth:.0f} |",
                flush=True,
            )


if __name__ == "__main__":
    main()
