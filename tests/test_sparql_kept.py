"""The SPARQL workers' store of a served file is kept when the server ends (for a file of
``GOVKG_SPARQL_KEEP`` bytes or more), and the next server on the same file opens it instead of
loading it again: the same answers; never for a file whose bytes changed, even with its size
and time put back; at most ``KEPT`` kept, never one a running server reads."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from govkg.answers.kg import open_graph
from govkg.graph.store import serialize
from govkg.http import sparql_kept
from serving import ready_server

COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
SAYS = "SELECT ?o WHERE { <https://example.org/note> <https://example.org/says> ?o }"


@pytest.fixture
def cache(tmp_path, monkeypatch) -> Path:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.setenv("GOVKG_SPARQL_KEEP", "0")  # the seed's small file is kept too
    return tmp_path / "cache" / "govkg" / "sparql"


@pytest.fixture
def served_file(tmp_path, kg) -> Path:
    path = tmp_path / "seed.nt"
    path.write_bytes(
        serialize(kg.graph, "nt") + b'<https://example.org/note> <https://example.org/says> "1" .\n'
    )
    return path


class _Server:
    """``govkg serve --data FILE`` with one SPARQL worker, ready."""

    def __init__(self, path: Path, log: Path) -> None:
        self.log = log
        self.process, self.url = ready_server(path, log, "--sparql-workers", "1")

    def ask(self, query: str) -> list[str]:
        rows = httpx.get(f"{self.url}/sparql", params={"query": query}).json()
        return [next(iter(row.values()))["value"] for row in rows["results"]["bindings"]]

    def stop(self) -> None:
        self.process.terminate()
        self.process.wait(10)


def _kept(cache: Path) -> list[Path]:
    home = cache / "kept"
    return sorted(p for p in home.iterdir() if (p / sparql_kept.NOTE).is_file())


def test_the_next_server_on_the_same_file_opens_the_kept_store(tmp_path, served_file, cache, kg):
    first = _Server(served_file, tmp_path / "first.log")
    try:
        counted = first.ask(COUNT)
        assert int(counted[0]) == kg.triples + 1
        (kept,) = _kept(cache)
    finally:
        first.stop()
    assert _kept(cache) == [kept]  # still there once the server ended
    assert not any(p.name.split("-")[0].isdigit() for p in cache.iterdir())
    made = (kept / sparql_kept.NOTE).stat().st_mtime_ns
    second = _Server(served_file, tmp_path / "second.log")
    try:
        assert "made from the graph" not in second.log.read_text()
        assert second.ask(COUNT) == counted
        assert second.ask(SAYS) == ["1"]
        assert _kept(cache) == [kept]
        assert (kept / sparql_kept.NOTE).stat().st_mtime_ns >= made
        assert [p.name for p in (cache / "kept" / f"{kept.name}.users").iterdir()] == [
            str(second.process.pid)
        ]
        assert not any(p.name.split("-")[0].isdigit() for p in cache.iterdir())  # no new load
    finally:
        second.stop()
    assert list((cache / "kept" / f"{kept.name}.users").iterdir()) == []


def test_a_file_changed_in_place_with_its_size_and_time_put_back_is_loaded_anew(
    tmp_path, served_file, cache
):
    first = _Server(served_file, tmp_path / "first.log")
    first.stop()
    stat = served_file.stat()
    with served_file.open("r+b") as handle:  # the same inode, the same size
        handle.seek(stat.st_size - len(b'1" .\n'))
        handle.write(b"2")
    os.utime(served_file, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    assert served_file.stat().st_mtime_ns == stat.st_mtime_ns
    second = _Server(served_file, tmp_path / "second.log")
    try:
        assert second.ask(SAYS) == ["2"]
        # the child saw the bytes differ and loaded them: no fallback to the graph's copy
        assert "made from the graph" not in second.log.read_text()
    finally:
        second.stop()
    (kept,) = _kept(cache)  # the old store removed, the new one kept
    assert (
        json.loads((kept / sparql_kept.NOTE).read_text())["digest"]
        == open_graph(served_file).version
    )


def test_small_files_keep_nothing_by_default(tmp_path, served_file, cache, monkeypatch):
    monkeypatch.delenv("GOVKG_SPARQL_KEEP")
    server = _Server(served_file, tmp_path / "serve.log")
    server.stop()
    assert list(cache.iterdir()) == []


def _fake_store(tmp_path: Path, name: str) -> tuple[Path, Path]:
    """A source file and a folder standing for its loaded store."""
    source = tmp_path / f"{name}.nt"
    source.write_text(f"<https://example.org/{name}> <https://example.org/p> 1 .\n")
    folder = tmp_path / f"store-{name}"
    folder.mkdir()
    return source, folder


def _aged(folder: Path, seconds: float) -> None:
    """Make the kept store in ``folder`` last used ``seconds`` ago."""
    then = time.time() - seconds
    os.utime(folder / sparql_kept.NOTE, (then, then))


def test_only_the_newest_are_kept_and_never_one_a_running_server_reads(tmp_path, cache):
    ended = subprocess.run(
        [sys.executable, "-c", "print(__import__('os').getpid())"], capture_output=True
    )
    gone = int(ended.stdout)  # a process that has ended: its marks count for nothing
    assert sparql_kept.KEPT == 2
    a = sparql_kept.keep(*_fake_store(tmp_path, "a"), "da", 1, gone)
    _aged(a, 100)
    b = sparql_kept.keep(*_fake_store(tmp_path, "b"), "db", 1, gone)
    _aged(b, 90)
    c = sparql_kept.keep(*_fake_store(tmp_path, "c"), "dc", 1, gone)
    assert _kept(cache) == sorted([b, c])  # the least recently used went
    assert sparql_kept.find(tmp_path / "b.nt", os.getpid()) == (b, "db", 1)  # read by us
    _aged(b, 90)
    _aged(c, 80)
    d = sparql_kept.keep(*_fake_store(tmp_path, "d"), "dd", 1, gone)
    assert _kept(cache) == sorted([b, c, d])  # b is beyond the two newest, but read
    sparql_kept.release(b, os.getpid())
    e = sparql_kept.keep(*_fake_store(tmp_path, "e"), "de", 1, gone)
    assert _kept(cache) == sorted([d, e])
    assert sparql_kept.find(tmp_path / "a.nt", os.getpid()) is None
