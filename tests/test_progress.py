"""Long commands show progress on a terminal and nothing more anywhere else: ``govkg export
-o``, ``synth`` and ``publish`` run in a pseudo-terminal draw a rich display on stderr and
write the same bytes as when run into pipes, where stderr holds only the summary line."""

from __future__ import annotations

import io
import os
import pty
import re
import select
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from http.server import ThreadingHTTPServer
from pathlib import Path

import pyoxigraph as ox
import pytest

from govkg.core.progress import REFRESH, meter, wanted

ROOT = Path(__file__).resolve().parent.parent
ANSI = re.compile(rb"\x1b\[[0-9;?]*[A-Za-z]")
REDRAW = b"\x1b[2K"  # rich erases the line before each redraw of a live display


def _environment() -> dict[str, str]:
    env = dict(os.environ, COLUMNS="120", LINES="40", TERM="xterm-256color")
    env.pop("NO_COLOR", None)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT / "src"), env.get("PYTHONPATH")]))
    return env


def on_a_terminal(argv: list[str], timeout: float = 300) -> tuple[int, bytes, bytes, float]:
    """``govkg argv`` with stderr on a pseudo-terminal (stdout a pipe): exit code, stdout,
    what the terminal showed, and the seconds it took."""
    leader, follower = pty.openpty()
    started = time.monotonic()
    process = subprocess.Popen(
        [sys.executable, "-m", "govkg.cli", *argv],
        stdout=subprocess.PIPE,
        stderr=follower,
        env=_environment(),
    )
    os.close(follower)
    shown = bytearray()
    try:
        while True:
            ready, _, _ = select.select([leader], [], [], 0.1)
            if ready:
                try:
                    chunk = os.read(leader, 65536)
                except OSError:  # the terminal closed: the command ended
                    break
                if not chunk:
                    break
                shown += chunk
            elif process.poll() is not None:
                break
            if time.monotonic() - started > timeout:
                process.kill()
                raise TimeoutError(argv)
        out = process.stdout.read()
        process.wait(timeout=timeout)
    finally:
        os.close(leader)
        process.stdout.close()
    return process.returncode, out, bytes(shown), time.monotonic() - started


def in_pipes(argv: list[str]) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "govkg.cli", *argv],
        capture_output=True,
        env=_environment(),
        timeout=300,
    )


def _text(shown: bytes) -> str:
    return ANSI.sub(b"", shown).decode("utf-8", "replace")


def _one_summary_line(result: subprocess.CompletedProcess, pattern: str) -> None:
    assert result.returncode == 0, result.stderr
    assert re.fullmatch(pattern + r"\n", result.stderr.decode("utf-8")), result.stderr
    assert b"\x1b" not in result.stderr


# export ---------------------------------------------------------------------------------
@pytest.mark.parametrize("fmt", ["nt", "graphml", "svg"])
def test_export_to_a_file_shows_bytes_and_rate_on_a_terminal_only(tmp_path, fmt):
    if fmt == "svg" and not Path("/usr/bin/dot").exists():
        pytest.skip("Graphviz is not installed (apt-get install -y graphviz)")
    extra = ["--focus", "platform/yiwangtongguan", "--depth", "2"] if fmt == "svg" else []
    terminal, piped = tmp_path / f"terminal.{fmt}", tmp_path / f"piped.{fmt}"
    code, out, shown, _ = on_a_terminal(["export", "--format", fmt, *extra, "-o", str(terminal)])
    result = in_pipes(["export", "--format", fmt, *extra, "-o", str(piped)])
    assert code == 0, _text(shown)
    assert out == b""
    size = piped.stat().st_size
    text = _text(shown)
    assert f"export {fmt}" in text
    assert re.search(r"[\d.]+/[\d.]+ (?:bytes|kB|MB)", text), text  # bytes written, of all
    assert re.search(r"(?:\?|[\d.]+ (?:bytes|kB|MB)/s)", text), text  # the rate
    assert f"wrote {size} bytes of {fmt} to {terminal}" in text  # the summary stays
    assert terminal.read_bytes() == piped.read_bytes()
    _one_summary_line(result, rf"wrote {size} bytes of {fmt} to {re.escape(str(piped))}")


def test_export_to_standard_output_shows_no_progress(tmp_path):
    code, out, shown, _ = on_a_terminal(["export", "--format", "nt", "--focus", "一网统管"])
    assert code == 0
    assert b"yiwangtongguan" in out
    assert shown == b""


def test_export_progress_none_keeps_a_terminal_quiet(tmp_path):
    out = tmp_path / "graph.nt"
    code, _, shown, _ = on_a_terminal(
        ["export", "--format", "nt", "--progress", "none", "-o", str(out)]
    )
    assert code == 0
    assert _text(shown).strip() == f"wrote {out.stat().st_size} bytes of nt to {out}"


# synth ----------------------------------------------------------------------------------
def test_synth_shows_triples_of_the_total_on_a_terminal_and_writes_the_same_graph(tmp_path):
    terminal, piped = tmp_path / "terminal.nt", tmp_path / "piped.nt"
    argv = ["synth", "--triples", "30000"]
    code, out, shown, took = on_a_terminal([*argv, "-o", str(terminal)])
    result = in_pipes([*argv, "-o", str(piped)])
    assert code == 0, _text(shown)
    assert out == b""
    count = piped.read_bytes().count(b"\n")
    text = _text(shown)
    assert re.search(rf"synth .*{count}/{count} triples +100%", text), text  # the last frame
    assert f"wrote {count} triples to {terminal}" in text
    assert terminal.read_bytes() == piped.read_bytes()
    _one_summary_line(result, rf"wrote {count} triples to {re.escape(str(piped))}")
    # redrawn by rich's own thread at most REFRESH times a second, however often told
    assert shown.count(REDRAW) <= REFRESH * took + 3


def test_a_bar_can_be_asked_for_without_a_terminal(tmp_path):
    result = in_pipes(
        ["synth", "--triples", "2000", "--progress", "bar", "-o", str(tmp_path / "s.nt")]
    )
    assert result.returncode == 0
    assert re.search(r"synth .*\d+/\d+ triples", result.stderr.decode("utf-8"))


# publish --------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def store() -> Iterator[tuple[str, ox.Store]]:
    """A Fuseki-shaped SPARQL store on loopback (test_remote_protocol's server)."""
    from test_remote_protocol import _Handler

    held = ox.Store()
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), type("Handler", (_Handler,), {"store": held}))
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}/ds", held
    httpd.shutdown()
    httpd.server_close()


def _triples_in(held: ox.Store, graph: str) -> int:
    (row,) = held.query(f"SELECT (COUNT(*) AS ?n) {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}")
    return int(row["n"].value)


def test_publish_shows_triples_sent_of_the_graphs_on_a_terminal_only(store, monkeypatch, kg):
    from test_remote_protocol import CREDENTIALS

    url, held = store
    monkeypatch.setenv("GOVKG_STORE_AUTH", ":".join(CREDENTIALS))
    argv = ["publish", "--store", f"{url}/query", "--store-update", f"{url}/update"]
    tty, pipe = "https://govkg.org/graph/tty", "https://govkg.org/graph/pipe"
    code, _, shown, _ = on_a_terminal([*argv, "--store-graph", tty])
    result = in_pipes([*argv, "--store-graph", pipe])
    assert code == 0, _text(shown)
    text = _text(shown)
    total = len(kg.graph)
    assert re.search(rf"publish .*{total}/{total} triples +100%", text), text
    assert f"published {total} triples" in text
    _one_summary_line(result, rf"published {total} triples, version \w+, to <[^>]+> at \S+")
    assert _triples_in(held, tty) == _triples_in(held, pipe) == total


# the module itself ----------------------------------------------------------------------
def test_nothing_is_shown_and_no_tick_is_asked_for_off_a_terminal():
    assert wanted("auto", io.StringIO()) is False
    assert wanted("none") is False
    with meter("work", unit="triples", total=5, show=False) as tick:
        assert tick is None


def test_a_tick_is_one_attribute_set_and_the_display_reads_it(capsys):
    with meter("work", unit="items", total=1000, show=True) as tick:
        for done in range(1, 1001):
            tick(done)
        assert tick.done == 1000
    assert re.search(r"work .*1000/1000 items", capsys.readouterr().err)
