"""Seconds from saving a seed file to `govkg serve --watch` serving the new version, with
the watcher of a git revision (by default HEAD) against the one in the working tree.

    python benchmarks/watch_reload.py [--saves 10] [--old-rev HEAD]

Starts two servers on copies of the bundled seed, one importing the revision's
src/govkg/stores/sources.py in place of the working tree's, then saves units.yaml (a unit's
English name changed) in each in turn, a random 0.3-1.3 s apart so a save lands anywhere
in a poller's second, and asks /health every 10 ms until the version changes. Then the
same without a server: LocalSource.current() asked every 10 ms all along, which shows the
watcher's own part (a server whose sources.py has no `subscribe` looks once a second).
Prints min/median/max of each. Figures, not a test (tests/test_reload_watch.py is that).
"""

from __future__ import annotations

import argparse
import importlib.util
import random
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
from govkg.graph.rdf import DEFAULT_BASE

REPOSITORY = Path(__file__).resolve().parents[1]
SOURCES = "src/govkg/stores/sources.py"

SERVE_WITH = """
import importlib.util, sys
import govkg.stores
spec = importlib.util.spec_from_file_location("govkg.stores.sources", sys.argv[1])
module = importlib.util.module_from_spec(spec)
sys.modules[spec.name] = govkg.stores.sources = module
spec.loader.exec_module(module)
from govkg.cli import main
sys.exit(main(sys.argv[2:]))
"""
"""Run ``govkg`` with the sources module at argv[1] instead of the installed one."""


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start(sources: Path, seed: Path) -> tuple[subprocess.Popen, str]:
    port = free_port()
    command = [sys.executable, "-c", SERVE_WITH, str(sources), "serve", "--watch"]
    command += ["--data", str(seed), "--port", str(port)]
    server = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 90
    while version(url) is None:
        if time.monotonic() > deadline or server.poll() is not None:
            raise SystemExit(f"the server with {sources} did not start")
        time.sleep(0.1)
    return server, url


def version(url: str) -> str | None:
    try:
        return httpx.get(f"{url}/health", timeout=5).json()["version"]
    except (httpx.HTTPError, ValueError, KeyError):
        return None


def rename_unit(seed: Path, name: str) -> None:
    text = (bundled_seed() / "units.yaml").read_text(encoding="utf-8")
    (seed / "units.yaml").write_text(text.replace("General Affairs Section", name, 1), "utf-8")


def save_and_time(seed: Path, url: str, name: str) -> float:
    """Save units.yaml with a new name; seconds until /health serves another version."""
    before = version(url)
    rename_unit(seed, name)
    saved = time.perf_counter()
    deadline = saved + 30
    while version(url) == before:
        if time.perf_counter() > deadline:
            raise SystemExit(f"{url} served no new version within 30 s")
        time.sleep(0.01)
    return time.perf_counter() - saved


def load(sources: Path, name: str):
    spec = importlib.util.spec_from_file_location(name, sources)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def source_delays(watchers: dict[str, Path], work: Path, saves: int) -> dict[str, list]:
    """Seconds from a save to LocalSource.current() returning the new graph, in process."""
    sources, seconds = {}, {name: [] for name in watchers}
    for index, (name, path) in enumerate(watchers.items()):
        seed = work / f"in-process-{index}"
        shutil.copytree(bundled_seed(), seed)
        module = load(path, f"sources_{index}")
        sources[name] = (seed, module.LocalSource(seed, DEFAULT_BASE, watch=True))
    pause, seen = (
        random.Random(11),
        {name: source.current() for name, (_, source) in sources.items()},
    )
    for save in range(saves):
        for name, (seed, source) in sources.items():
            asked_until = time.perf_counter() + pause.uniform(0.3, 1.3)
            while time.perf_counter() < asked_until:  # the old poller looks only when asked,
                source.current()  # a second after it last looked
                time.sleep(0.01)
            rename_unit(seed, f"General Section {save}")
            saved = time.perf_counter()
            while source.current() is seen[name]:
                time.sleep(0.01)
            seconds[name].append(time.perf_counter() - saved)
            seen[name] = source.current()
    for _, source in sources.values():
        getattr(source, "close", lambda: None)()
    return seconds


def report(title: str, seconds: dict[str, list]) -> None:
    print(title)
    print(f"  {'watcher':<20} {'min':>6} {'median':>7} {'max':>6}")
    for name, values in seconds.items():
        low, mid, high = min(values), statistics.median(values), max(values)
        print(f"  {name:<20} {low:6.2f} {mid:7.2f} {high:6.2f}")


def served_delays(watchers: dict[str, Path], work: Path, saves: int) -> dict[str, list]:
    """Seconds from a save to /health naming the new version, a server per watcher."""
    servers, seconds = {}, {name: [] for name in watchers}
    try:
        for index, (name, sources) in enumerate(watchers.items()):
            seed = work / f"served-{index}"
            shutil.copytree(bundled_seed(), seed)
            servers[name] = (seed, *start(sources, seed))
        pause = random.Random(7)
        for save in range(saves):
            for name, (seed, _, url) in servers.items():
                time.sleep(pause.uniform(0.3, 1.3))
                seconds[name].append(save_and_time(seed, url, f"General Section {save}"))
    finally:
        for _, server, _ in servers.values():
            server.terminate()
            server.wait(30)
    return seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--saves", type=int, default=10, help="per watcher and way")
    parser.add_argument("--old-rev", default="HEAD", help="git revision of the old watcher")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="govkg-watch-"))
    try:
        old = work / "sources_old.py"
        shown = ["git", "-C", str(REPOSITORY), "show", f"{args.old_rev}:{SOURCES}"]
        old.write_bytes(subprocess.run(shown, check=True, capture_output=True).stdout)
        watchers = {f"old ({args.old_rev})": old, "new (working tree)": REPOSITORY / SOURCES}
        served = served_delays(watchers, work, args.saves)
        report(f"save -> new version served, {args.saves} saves each (seconds)", served)
        in_process = source_delays(watchers, work, args.saves)
        report("save -> LocalSource.current() has it, no server (seconds)", in_process)
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
