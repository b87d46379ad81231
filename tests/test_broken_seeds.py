"""Seeds broken as an attacker or an accident would break them: validate names each problem
in one line, reload answers 422 with exactly the same lines, and the two agree on every
broken seed of this table and of tests/test_seed_errors.py."""

from __future__ import annotations

import os
import resource
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path

import pytest
import uvicorn
from starlette.testclient import TestClient

from govkg.app import create_app
from govkg.cli import main
from govkg.core.errors import SeedError
from govkg.graph.rdf import DEFAULT_BASE
from govkg.graph.validity import checked_seed
from govkg.http.settings import Settings
from govkg.seed.load import load_seed
from govkg.stores.sources import LocalSource
from test_seed_errors import CASES, break_seed
from two_reports import combine

TOKEN = "t" * 24


def replace_in(file: str, old: str, new: str) -> Callable[[Path], None]:
    def edit(seed: Path) -> None:
        path = seed / file
        text = path.read_text(encoding="utf-8")
        assert old in text, (file, old)
        path.write_text(text.replace(old, new, 1), encoding="utf-8")

    return edit


def write(name: str, content: str | bytes) -> Callable[[Path], None]:
    def edit(seed: Path) -> None:
        data = content.encode() if isinstance(content, str) else content
        (seed / name).write_bytes(data)

    return edit


def empty_every_file(seed: Path) -> None:
    for path in seed.glob("*.yaml"):
        path.write_bytes(b"")


def alias_bomb(seed: Path) -> None:
    lines = ['units: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for parent, child in zip("abcdefgh", "bcdefghi", strict=True):
        lines.append(f"x{child}: &{child} [" + ",".join([f"*{parent}"] * 9) + "]")
    lines.append("people: *i")
    (seed / "bomb.yaml").write_text("\n".join(lines) + "\n")


def utf8_broken_in_units(seed: Path) -> None:
    path = seed / "units.yaml"
    data = path.read_bytes()
    at = data.index(b"\n", 200)
    path.write_bytes(data[:at] + b"\xff\xfe" + data[at:])


def bom_inside(seed: Path) -> None:
    path = seed / "units.yaml"
    text = path.read_text(encoding="utf-8")
    at = text.index("\n", 200)
    path.write_text(text[:at] + "\ufeff" + text[at:], encoding="utf-8")


BROKEN = [
    # (id, edit, expected problem: "file:line: field 'f': message" starts with this)
    ("amount-1e400", replace_in("funding.yaml", 'amount: "298.8"', 'amount: "1e400"'),
     "seed/funding.yaml:33: field 'amount': '1e400' is out of range"),
    ("amount-finer-than-a-millionth", replace_in("funding.yaml", 'amount: "298.8"', 'amount: "1e-9"'),
     "seed/funding.yaml:33: field 'amount': '1e-9' is out of range"),
    ("date-february-30", replace_in("events.yaml", 'date: "2022-12-20"', 'date: "2023-02-30"'),
     "seed/events.yaml:80: field 'date': '2023-02-30' is not a date of the calendar"),
    ("date-month-13", replace_in("documents.yaml", 'date: "2023-05-28"', 'date: "2023-13"'),
     "seed/documents.yaml:8: field 'date': '2023-13' is not a date of the calendar"),
    # libyaml stops at 1,000 levels ("exceeded maximum nesting depth"), govkg at 64
    ("nested-3000", write("deep.yaml", "x: " + "[" * 3000 + "]" * 3000 + "\n"),
     "seed/deep.yaml:1: field '(syntax)': YAML syntax: "),
    ("nested-100000", write("deep.yaml", "x: " + "[" * 100_000 + "]" * 100_000 + "\n"),
     "seed/deep.yaml:1: field '(syntax)': YAML syntax: "),
    ("nested-100", write("deep.yaml", "x: " + "[" * 100 + "]" * 100 + "\n"),
     "seed/deep.yaml:1: field '(syntax)': YAML syntax: nested more than 64 levels deep"),
    ("nested-mappings", write("deep.yaml", "x: " + "{a: " * 5000 + "1" + "}" * 5000 + "\n"),
     "seed/deep.yaml:1: field '(syntax)': YAML syntax: nested more than 64 levels deep"),
    ("directory-named-yaml", lambda seed: (seed / "x.yaml").mkdir(),
     "seed/x.yaml:1: field '(file)': cannot be read: Is a directory"),
    ("fifo-named-yaml", lambda seed: os.mkfifo(seed / "pipe.yaml"),
     "seed/pipe.yaml:1: field '(file)': not a regular file"),
    ("alias-bomb", alias_bomb,
     "seed/bomb.yaml:2: field '(syntax)': YAML syntax: alias *a is not accepted in a seed"),
    ("every-file-empty", empty_every_file,
     "field 'documents': no documents in any *.yaml file"),
    ("documents-file-empty", write("documents.yaml", b""),
     "field 'documents': no documents in any *.yaml file"),
    ("invalid-utf8", utf8_broken_in_units,
     "seed/units.yaml:6: field '(file)': not UTF-8 (byte 0xff)"),
    ("utf16-file", lambda seed: (seed / "units.yaml").write_bytes(
        (seed / "units.yaml").read_text(encoding="utf-8").encode("utf-16")),
     "seed/units.yaml:1: field '(file)': not UTF-8: it is UTF-16"),
    ("byte-order-mark-inside", bom_inside,
     "seed/units.yaml:9: field '(file)': a byte-order mark (U+FEFF) inside the file"),
]


def validate_lines(seed: Path, capsys) -> list[str]:
    assert main(["validate", "--seed", str(seed)]) == 1
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    return out.splitlines()


def reload_lines(seed: Path, source: LocalSource) -> tuple[int, list[str]]:
    served = source.current()
    app = create_app(served, Settings(admin_token=TOKEN), source)
    client = TestClient(app, raise_server_exceptions=False)  # no lifespan: no SPARQL workers
    response = client.post("/admin/reload", headers={"authorization": f"Bearer {TOKEN}"})
    assert app.state.kg is served
    return response.status_code, response.json().get("problems", [])


@pytest.mark.parametrize(("edit", "expected"), [c[1:] for c in BROKEN], ids=[c[0] for c in BROKEN])
def test_validate_names_the_one_problem_and_reload_answers_the_same_lines(
    seed_copy, capsys, edit, expected
):
    source = LocalSource(seed_copy, DEFAULT_BASE)  # the good seed, being served
    edit(seed_copy)
    start = time.monotonic()
    lines = validate_lines(seed_copy, capsys)
    assert time.monotonic() - start < 5
    assert len(lines) == 1, lines
    assert expected in lines[0], lines
    status, problems = reload_lines(seed_copy, source)
    assert (status, problems) == (422, lines)


@pytest.mark.parametrize(
    ("file", "pattern", "replacement"), [c[1:4] for c in CASES], ids=[c[0] for c in CASES]
)
def test_reload_refuses_exactly_what_validate_refuses(seed_copy, capsys, file, pattern, replacement):
    source = LocalSource(seed_copy, DEFAULT_BASE)
    break_seed(seed_copy, file, pattern, replacement, "+0")
    lines = validate_lines(seed_copy, capsys)
    status, problems = reload_lines(seed_copy, source)
    assert status == 422
    assert problems == lines[:100]


def test_an_alias_bomb_is_refused_within_a_second_and_100_mb(seed_copy):
    alias_bomb(seed_copy)
    script = (
        "import resource, sys, time\n"
        "from govkg.seed.load import load_seed\n"
        "from govkg.core.errors import SeedError\n"
        "before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss\n"
        "start = time.process_time()\n"
        "try:\n"
        f"    load_seed({str(seed_copy)!r})\n"
        "except SeedError as error:\n"
        "    print(error.problems[0])\n"
        "grown = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before\n"
        "print(time.process_time() - start, grown // 1024)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60
    )
    problem, figures = result.stdout.splitlines()
    seconds, megabytes = figures.split()
    assert "alias *a is not accepted" in problem
    assert float(seconds) < 1
    assert int(megabytes) < 100


def test_a_byte_order_mark_at_the_start_is_harmless(seed_copy):
    path = seed_copy / "units.yaml"
    path.write_bytes(b"\xef\xbb\xbf" + path.read_bytes())
    assert load_seed(seed_copy).entities


def test_a_date_of_no_calendar_is_refused_where_validate_and_the_shapes_agree(seed_copy):
    """The field reader catches it (pointing at `date`); the shapes would too."""
    replace_in("events.yaml", 'date: "2022-12-20"', 'date: "2023-02-30"')(seed_copy)
    with pytest.raises(SeedError) as caught:
        checked_seed(seed_copy)
    assert [p.field for p in caught.value.problems] == ["date"]


@pytest.fixture
def two_report_seed(tmp_path) -> Path:
    return combine(tmp_path / "seed")


def test_reload_refuses_a_seed_that_lost_documents_unless_told_to(two_report_seed):
    source = LocalSource(two_report_seed, DEFAULT_BASE)
    served = source.current()
    app = create_app(served, Settings(admin_token=TOKEN), source)
    (two_report_seed / "report-2024.yaml").unlink()
    with TestClient(app, raise_server_exceptions=False) as client:
        auth = {"authorization": f"Bearer {TOKEN}"}
        refused = client.post("/admin/reload", headers=auth)
        assert refused.status_code == 422
        assert "lacks 1 of the 2 documents" in refused.json()["error"]
        assert client.get("/health").json()["version"] == served.version
        forced = client.post("/admin/reload?allow-shrink=1", headers=auth)
        assert forced.status_code == 200, forced.text
        assert forced.json()["version"] != served.version


def test_watch_keeps_the_served_graph_when_documents_vanish(two_report_seed):
    source = LocalSource(two_report_seed, DEFAULT_BASE, watch=True)
    first = source.current()
    (two_report_seed / "report-2024.yaml").unlink()
    deadline = time.monotonic() + 15
    while source.last_error is None and time.monotonic() < deadline:
        time.sleep(0.02)  # the watching thread rebuilds in the background
    source.close()
    assert source.current() is first
    assert "lacks 1 of the 2 documents" in (source.last_error or "")


@pytest.fixture
def served_live(seed_copy):
    """A real uvicorn server following ``seed_copy``; yields (host, port, seed)."""
    source = LocalSource(seed_copy, DEFAULT_BASE)
    app = create_app(source.current(), Settings(admin_token=TOKEN), source)
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    while not server.started:
        time.sleep(0.02)
    try:
        yield sock.getsockname(), seed_copy
    finally:
        server.should_exit = True
        thread.join(20)
        sock.close()


def _exchange(connection: socket.socket, request: bytes) -> tuple[int, bytes]:
    connection.sendall(request)
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = connection.recv(65536)
        assert chunk, "the server closed the connection"
        data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    length = int(next(
        line.split(b":", 1)[1] for line in head.split(b"\r\n") if line.lower().startswith(b"content-length")
    ))
    while len(body) < length:
        chunk = connection.recv(65536)
        assert chunk, "the server closed the connection"
        body += chunk
    return int(head.split(b" ", 2)[1]), body


@pytest.mark.parametrize("case", ["amount-1e400", "nested-100000", "directory-named-yaml", "date-february-30"])
def test_over_a_real_connection_a_broken_seed_is_a_422_and_the_connection_is_kept(served_live, case):
    (host, port), seed = served_live
    {c[0]: c[1] for c in BROKEN}[case](seed)
    reload = (
        f"POST /admin/reload HTTP/1.1\r\nHost: {host}\r\nAuthorization: Bearer {TOKEN}\r\n"
        "Content-Length: 0\r\n\r\n"
    ).encode()
    health = f"GET /health HTTP/1.1\r\nHost: {host}\r\n\r\n".encode()
    with socket.create_connection((host, port), timeout=30) as connection:
        status, body = _exchange(connection, reload)
        assert status == 422, body
        assert b"Traceback" not in body
        assert _exchange(connection, health)[0] == 200  # the same connection answers on


def test_validate_peak_memory_on_the_deepest_nesting_is_bounded(seed_copy):
    write("deep.yaml", "x: " + "[" * 100_000 + "]" * 100_000 + "\n")(seed_copy)
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    with pytest.raises(SeedError):
        load_seed(seed_copy)
    assert resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before < 100 * 1024
