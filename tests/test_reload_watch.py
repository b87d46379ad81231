"""`serve --watch`: the OS's file events (watchfiles) rebuild the graph once per burst of
saves, editors' own files do not, an RDF file saved by replacing it is followed, and the
watching stops at once on close, at the interpreter's exit and when the server stops."""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx
import pytest

from govkg.answers.kg import bundled_seed, open_graph
from govkg.core.errors import DataError, SeedError
from govkg.graph.rdf import DEFAULT_BASE
from govkg.graph.store import serialize
from govkg.stores import sources
from govkg.stores.sources import LocalSource


def eventually(check, seconds: float = 15.0) -> None:
    """Wait for what the watching thread does in the background."""
    deadline = time.monotonic() + seconds
    while not check():
        assert time.monotonic() < deadline, f"not within {seconds} s"
        time.sleep(0.02)


@pytest.fixture
def builds(monkeypatch) -> list[Path]:
    """Every graph the sources build, the first one included."""
    built: list[Path] = []

    def counted(path, base):
        built.append(Path(path))
        return open_graph(path, base)

    monkeypatch.setattr(sources, "open_graph", counted)
    return built


@contextmanager
def watching(path: Path, **options) -> Iterator[LocalSource]:
    source = LocalSource(path, DEFAULT_BASE, watch=True, **options)
    try:
        yield source
    finally:
        source.close()


def rename_unit(seed: Path, name: str) -> None:
    """Save the seed's units.yaml with its General Affairs Section called ``name``."""
    text = (bundled_seed() / "units.yaml").read_text(encoding="utf-8")
    (seed / "units.yaml").write_text(text.replace("General Affairs Section", name, 1), "utf-8")


def test_a_burst_of_saves_is_one_reload_of_the_last(seed_copy, builds):
    # quiet: the burst's writes are microseconds apart; 0.25 s spares a busy machine's stall
    with watching(seed_copy, quiet=0.25) as source:
        first = source.current()
        events = seed_copy / "events.yaml"
        for n in range(10):
            rename_unit(seed_copy, f"General Section {n}")
            events.write_bytes(events.read_bytes())
        eventually(lambda: source.current() is not first)
        time.sleep(1.0)  # room for a second reload, were there one
        assert len(builds) == 2
        assert source.current().service.lookup("General Section 9").name == "综合科"


def test_editors_swap_backup_and_lock_files_are_no_reason_to_reload(seed_copy, builds):
    with watching(seed_copy) as source:
        first = source.current()
        for name in (".units.yaml.swp", "units.yaml~", "#units.yaml#", "4913", ".git/index"):
            (seed_copy / name).parent.mkdir(exist_ok=True)
            (seed_copy / name).write_text("editor's own", encoding="utf-8")
        (seed_copy / ".units.yaml.swp").unlink()
        lock = seed_copy / ".#units.yaml"  # Emacs' lock: a link to nowhere while editing
        os.symlink("someone@host.4711:1700000000", lock)
        time.sleep(1.0)
        assert len(builds) == 1
        lock.unlink()  # (load_seed would take it for a YAML file that cannot be read)
        rename_unit(seed_copy, "General Services Section")  # and the watching goes on
        eventually(lambda: source.current() is not first)
        assert len(builds) == 2


def test_a_seed_inside_a_venv_is_watched_all_the_same(tmp_path):
    """Installed, the bundled seed lives under .venv/, a folder editors' filters skip."""
    seed = tmp_path / ".venv" / "seed"
    shutil.copytree(bundled_seed(), seed)
    with watching(seed) as source:
        first = source.current()
        rename_unit(seed, "General Services Section")
        eventually(lambda: source.current() is not first)


def test_a_broken_save_keeps_the_graph_and_the_next_good_one_is_served(seed_copy, caplog):
    with watching(seed_copy) as source:
        first = source.current()
        units = seed_copy / "units.yaml"
        good = units.read_text(encoding="utf-8")
        units.write_text("units: [\n", encoding="utf-8")
        eventually(lambda: source.last_error is not None)
        assert source.current() is first
        assert "seed/units.yaml:2: field '(syntax)'" in caplog.text
        units.write_text(good.replace("General Affairs", "General Services", 1), encoding="utf-8")
        eventually(lambda: source.current() is not first)
        assert source.last_error is None


def test_a_folder_moved_away_is_a_change(seed_copy):
    """A folder's move is one event naming the folder, none for the texts inside it."""
    with watching(seed_copy) as source:
        first = source.current()
        (seed_copy / "sources").rename(seed_copy.parent / "elsewhere")
        eventually(lambda: source.last_error is not None)
        assert "000_582e67602e6de3ff.txt" in source.last_error
        assert source.current() is first


def test_an_rdf_file_replaced_by_each_save_is_followed(tmp_path, builds):
    path = tmp_path / "graph.nt"
    path.write_bytes(serialize(open_graph().graph, "nt"))
    with watching(path) as source:
        first = source.current()
        (tmp_path / "other.nt").write_text("", encoding="utf-8")
        (tmp_path / ".graph.nt.swp").write_text("x", encoding="utf-8")
        time.sleep(0.5)
        assert len(builds) == 1
        for n in (1, 2):  # the second save proves the watch outlived the first replace
            before = source.current()
            saved = tmp_path / "graph.nt.tmp"
            saved.write_bytes(path.read_bytes() + f'<urn:x:{n}> <urn:y> "z" .\n'.encode())
            os.replace(saved, path)
            eventually(lambda before=before: source.current() is not before)
        assert source.current().triples == first.triples + 2


def test_close_stops_the_watching_at_once(seed_copy):
    source = LocalSource(seed_copy, DEFAULT_BASE, watch=True)
    first = source.current()
    start = time.monotonic()
    source.close()
    assert time.monotonic() - start < 1
    assert not source._thread.is_alive()
    rename_unit(seed_copy, "General Services Section")
    time.sleep(0.5)
    assert source.current() is first


def test_a_failed_first_load_leaves_no_watching_behind(seed_copy):
    (seed_copy / "units.yaml").write_text("units: [\n", encoding="utf-8")
    with pytest.raises(SeedError, match=r"units\.yaml"):
        LocalSource(seed_copy, DEFAULT_BASE, watch=True)
    eventually(lambda: not any(str(seed_copy) in t.name for t in threading.enumerate()))


def test_a_path_the_os_will_not_watch_is_an_error_not_silence(seed_copy, monkeypatch):
    def refuse(*paths, **options):
        raise OSError(28, "OS file watch limit reached")
        yield  # pragma: no cover - a generator, as watchfiles.watch is

    monkeypatch.setattr(sources.watchfiles, "watch", refuse)
    with pytest.raises(DataError, match=r"cannot watch it: .*watch limit reached"):
        LocalSource(seed_copy, DEFAULT_BASE, watch=True)


def test_the_interpreter_exits_at_once_while_watching(seed_copy):
    script = (
        "import time\n"
        "from govkg.graph.rdf import DEFAULT_BASE\n"
        "from govkg.stores.sources import LocalSource\n"
        f"source = LocalSource({str(seed_copy)!r}, DEFAULT_BASE, watch=True)\n"
        "print('watching', flush=True)\n"
        "time.sleep(0.3)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout == "watching\n"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def health(url: str) -> dict | None:
    try:
        return httpx.get(f"{url}/health", timeout=2).json()
    except httpx.HTTPError:
        return None


def test_serve_watch_serves_a_save_and_stops_on_a_signal(seed_copy):
    port = free_port()
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "govkg.cli",
            "serve",
            "--watch",
            "--data",
            str(seed_copy),
            "--port",
            str(port),
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        eventually(lambda: health(url) is not None, seconds=60)
        before = health(url)["version"]
        rename_unit(seed_copy, "General Services Section")
        eventually(lambda: health(url)["version"] != before)
        server.send_signal(signal.SIGINT)
        start = time.monotonic()
        assert server.wait(timeout=20) == 0
        assert time.monotonic() - start < 10
    finally:
        if server.poll() is None:
            server.kill()
            server.wait()
        server.stderr.close()


def test_the_server_serves_a_rebuilt_graph_when_the_source_signals_it(seed_copy):
    """follow() waits on the source's signal, not on its next look: with an hour between
    looks, a save is still served within the watcher's own time."""
    import asyncio
    from types import SimpleNamespace

    from govkg.http.admin import follow

    async def run(source: LocalSource) -> None:
        settled = []
        app = SimpleNamespace(
            state=SimpleNamespace(source=source, kg=source.current(), settle=settled.append)
        )
        first = app.state.kg
        task = asyncio.create_task(follow(app, every=3600))
        await asyncio.sleep(0.1)
        rename_unit(seed_copy, "Signalled Section")
        deadline = time.monotonic() + 15
        while app.state.kg is first:
            assert time.monotonic() < deadline, "the new graph was not served"
            await asyncio.sleep(0.02)
        assert app.state.kg is source.current()
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task
        assert source._listeners == []  # unsubscribed when the server stops following

    with watching(seed_copy) as source:
        asyncio.run(run(source))
