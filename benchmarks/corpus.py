"""A corpus, not a file: `govkg ingest FOLDER` of N reports, then the graph they make.

    python benchmarks/corpus.py [--sizes 100,300,1000] [--jobs 1] [--validate]

The corpus: the bundled report and nine texts of the real corpus
(tests/fixtures/real-reports), each written again for other cities and fiscal years (its
unit's place and every year it states changed, so titles differ): block after block of
the same ten texts, so every tenth of a corpus of 100, 300 or 1,000 holds the same texts
and the first and last tenth time the same work. Each size is ingested by the real
command into a fresh copy of the bundled seed, in a process of its own, with an empty
cache (``XDG_CACHE_HOME``); the time of each report is when its line appears (plain
lines, one a file). Then, on the seed directory it wrote: ``load_seed`` in a fresh
process (on an empty cache, and on the parsed-YAML cache ingest filled), ``govkg
validate`` (with ``--validate``: every check, shapes included; it must say valid, and it
leaves the shapes' verdict in the cache, which ``serve`` then reuses), ``govkg serve`` from
start to its first GraphQL answer (then once more: a restart on the unchanged seed, served
from the triples its first start kept), and the median of 20 answers to ``compareUnits``,
``Unit.spendingSeries`` and ``rankUnits`` (a query the schema lacks is skipped with a line
saying so). Figures, not tests.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

from govkg.answers.kg import bundled_seed
from govkg.core.errors import GovKGError
from govkg.ingest.extract import extract
from govkg.ingest.resolve import home_places

ROOT = Path(__file__).resolve().parent.parent
REAL = ROOT / "tests" / "fixtures" / "real-reports"
CITIES = (
    "青岚市", "梧川市", "云泽市", "临溪市", "松阳市", "白石市", "金川市", "栖霞市", "枫林市",
    "南屏市", "北湖市", "东陵市", "安澜市", "清河市", "望江市", "凤鸣市", "石门市", "玉泉市",
    "长汀市", "鹿城市",
)  # fmt: skip
YEARS = (2019, 2020, 2021, 2022, 2023)
BASES = 10  # texts a block: every tenth of 100, 300 or 1,000 reports is whole blocks


def bases(count: int = BASES) -> list[tuple[str, str, int]]:
    """(text, unit, year) of the bundled report and the first real texts whose title
    names their unit as written in the text (so renaming the unit throughout gives each
    city's report a title of its own)."""
    files = [bundled_seed() / "sources" / "000_582e67602e6de3ff.txt", *sorted(REAL.glob("*.txt"))]
    found = []
    for file in files:
        text = file.read_text(encoding="utf-8")
        try:
            document = extract(text, str(file)).document
        except GovKGError:
            continue
        if document.unit_named and document.unit in document.title and document.unit in text:
            found.append((text, document.unit, document.year))
        if len(found) == count:
            break
    return found


def renamed(unit: str, city: str) -> str:
    """``city``'s unit of the kind: its place changed, or (without one) ``city`` before it."""
    home = home_places(unit)
    return unit.replace(home[0], city, 1) if home else city + unit


def varied(text: str, unit: str, year: int, city: str, new_year: int) -> str:
    """The report as ``city``'s unit would write it for ``new_year``: the unit's place (or,
    without one, a prefix) and every year the text states moved along."""
    home = home_places(unit)
    text = text.replace(unit, renamed(unit, city))
    if home:
        text = text.replace(home[0], city)
    shift = new_year - year
    return re.sub(r"(?<!\d)(20[0-3]\d)(?=\s*年)", lambda m: str(int(m[1]) + shift), text)


def write_corpus(folder: Path, size: int) -> list[str]:
    """``size`` report files in ``folder`` (city by city, year by year, a block of the base
    texts each); the reporting units' names, in order."""
    texts = bases()
    folder.mkdir(parents=True, exist_ok=True)
    units = []
    for n in range(size):
        block, at = divmod(n, len(texts))
        city, year = CITIES[block // len(YEARS) % len(CITIES)], YEARS[block % len(YEARS)]
        text, unit, stated = texts[at]
        (folder / f"{n:05d}.txt").write_text(varied(text, unit, stated, city, year), "utf-8")
        units.append(renamed(unit, city))
    return units


def ingest(folder: Path, seed: Path, jobs: int, cache: Path) -> dict:
    """``govkg ingest FOLDER --into SEED`` in a process of its own: each file's time."""
    command = [sys.executable, "-m", "govkg.cli", "ingest", str(folder), "--into", str(seed)]
    command += ["--jobs", str(jobs), "--progress", "lines"]
    env = {**os.environ, "XDG_CACHE_HOME": str(cache)}
    start = time.perf_counter()
    process = subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, env=env, text=True
    )
    assert process.stdout is not None
    stamps, tail = [], []
    for line in process.stdout:
        if "facts extracted, awaiting review" in line or line.startswith("govkg: error: "):
            stamps.append(time.perf_counter())
        tail = [*tail[-30:], line.rstrip()]
    _pid, status, usage = os.wait4(process.pid, 0)
    total = time.perf_counter() - start
    return {
        "total": total,
        "stamps": stamps,
        "status": os.waitstatus_to_exitcode(status),
        "rss": usage.ru_maxrss / 1024,
        "tail": tail,
    }


def per_report(stamps: list[float], start: float) -> tuple[float, float]:
    """Seconds a report over the first and over the last tenth of the files."""
    tenth = max(1, len(stamps) // 10)
    times = [b - a for a, b in zip([start, *stamps], stamps, strict=False)]
    first = statistics.fmean(times[1 : tenth + 1])  # the first file also pays the start
    last = statistics.fmean(times[-tenth:])
    return first, last


def load_time(seed: Path, cache: Path) -> float:
    """``load_seed`` in a fresh process with this cache folder (its parsed-YAML cache)."""
    code = (
        "import time, sys; from govkg.seed.load import load_seed; t = time.perf_counter(); "
        "load_seed(sys.argv[1]); print(time.perf_counter() - t)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code, str(seed)],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "XDG_CACHE_HOME": str(cache)},
    )
    return float(out.stdout)


def validate(seed: Path, cache: Path) -> tuple[float, str]:
    start = time.perf_counter()
    out = subprocess.run(
        [sys.executable, "-m", "govkg.cli", "validate", "--seed", str(seed)],
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, "XDG_CACHE_HOME": str(cache)},
    )
    said = (out.stdout.splitlines() or [out.stderr.strip()])[0]
    return time.perf_counter() - start, "valid" if ": valid (" in said else said[:200]


QUERIES = {
    "compareUnits": (
        None,
        "query($a: String!, $b: String!) { compareUnits(names: [$a, $b]) "
        "{ name spending { year total { __typename } } } }",
    ),
    "spendingSeries": (
        "spendingSeries",
        "query($a: String!) { unit(name: $a) { spendingSeries { year total { __typename } } } }",
    ),
    "rankUnits": (
        "rankUnits",
        'query($y: Int!) { rankUnits(year: $y, category: "total", first: 10) '
        "{ rank unit { name } amount { amount } } }",
    ),
}


def serve(seed: Path, cache: Path, units: list[str], rounds: int = 20) -> tuple[float, dict]:
    """Seconds from ``govkg serve`` to its first GraphQL answer; each query's p50 in ms."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    url = f"http://127.0.0.1:{port}"
    start = time.perf_counter()
    command = [sys.executable, "-m", "govkg.cli", "serve", "--port", str(port)]
    server = subprocess.Popen(
        [*command, "--data", str(seed)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env={**os.environ, "XDG_CACHE_HOME": str(cache)},
    )
    p50: dict[str, float | str] = {}
    try:
        with httpx.Client(timeout=120) as client:
            fields = None
            while fields is None:
                if server.poll() is not None or time.perf_counter() - start > 1800:
                    raise SystemExit("the server did not answer")
                try:
                    answer = client.post(
                        f"{url}/graphql",
                        json={"query": "{ __schema { types { name fields { name } } } }"},
                    ).json()
                except httpx.HTTPError:
                    time.sleep(0.1)
                    continue
                fields = {
                    f["name"]
                    for t in answer["data"]["__schema"]["types"]
                    for f in t["fields"] or ()
                }
            first = time.perf_counter() - start
            variables = {"a": units[0], "b": units[1], "y": YEARS[0]}
            for name, (needs, query) in QUERIES.items():
                if needs and needs not in fields:
                    p50[name] = "skipped: not in the schema"
                    continue
                times = []
                for _ in range(rounds):
                    began = time.perf_counter()
                    response = client.post(
                        f"{url}/graphql", json={"query": query, "variables": variables}
                    ).json()
                    times.append(time.perf_counter() - began)
                    if response.get("errors"):
                        raise SystemExit(f"{name}: {response['errors']}")
                p50[name] = statistics.median(times) * 1000
    finally:
        server.terminate()
        server.wait(30)
    return first, p50


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="100,300,1000", help="corpus sizes (reports)")
    parser.add_argument("--jobs", type=int, default=1, help="govkg ingest --jobs")
    parser.add_argument("--validate", action="store_true", help="also run govkg validate")
    parser.add_argument("--keep", type=Path, help="keep each corpus and seed under this folder")
    args = parser.parse_args()
    print(f"{os.cpu_count()} CPUs; govkg ingest --jobs {args.jobs}; {BASES} base texts a block")
    rows = []
    for size in (int(s) for s in args.sizes.split(",")):
        with tempfile.TemporaryDirectory(prefix="govkg-corpus-") as scratch:
            where = (args.keep / str(size)) if args.keep else Path(scratch)
            shutil.rmtree(where, ignore_errors=True)
            folder, seed, cache = where / "reports", where / "seed", where / "cache"
            units = write_corpus(folder, size)
            shutil.copytree(bundled_seed(), seed)
            cache.mkdir(parents=True)
            run = ingest(folder, seed, args.jobs, cache)
            written = len(list(seed.glob("*.yaml"))) - len(list(bundled_seed().glob("*.yaml")))
            if run["status"] != 0 or written != size:
                print("\n".join(run["tail"]))
                raise SystemExit(f"{size}: exit {run['status']}, {written} drafts written")
            start = run["stamps"][0] - (run["stamps"][1] - run["stamps"][0])
            first, last = per_report(run["stamps"], start)
            loaded = (load_time(seed, where / "empty-cache"), load_time(seed, cache))
            checked = validate(seed, cache) if args.validate else None
            started, p50 = serve(seed, cache, units)
            restarted, _ = serve(seed, cache, units, rounds=1)  # the seed's snapshot kept
            rows.append((size, run, first, last, loaded, checked, (started, restarted), p50))
            _print_row(rows[-1])


def _print_row(row) -> None:
    size, run, first, last, loaded, checked, started, p50 = row
    print(f"\n## {size} reports")
    print(f"ingest: {run['total']:.1f} s in all, {run['total'] / size * 1000:.0f} ms a report")
    print(
        f"a report over the first tenth {first * 1000:.0f} ms, over the last {last * 1000:.0f} ms"
        f" (ratio {last / first:.2f})"
    )
    print(f"peak RSS of govkg ingest: {run['rss']:.0f} MB")
    print(
        f"load_seed of the seed written: {loaded[0]:.2f} s on an empty cache, "
        f"{loaded[1]:.2f} s on the cache ingest left"
    )
    if checked:
        print(f"govkg validate: {checked[0]:.1f} s, {checked[1]}")
    print(
        f"govkg serve, start to first GraphQL answer: {started[0]:.1f} s, "
        f"{started[1]:.1f} s started again on the unchanged seed"
    )
    for name, value in p50.items():
        shown = f"{value:.1f} ms" if isinstance(value, float) else value
        print(f"p50 {name}: {shown}")
    sys.stdout.flush()


if __name__ == "__main__":
    main()
