"""Shared fixtures: the real bundled seed, loaded once, and the report text it cites."""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import tempfile
import time
from functools import cache
from pathlib import Path

import httpx
import pytest
import yaml

import govkg
from govkg.answers.kg import bundled_seed

REPORT = "yiyang-bdc-2023"
REAL_REPORTS = Path(__file__).with_name("fixtures") / "real-reports"


@pytest.fixture(scope="session")
def kg() -> govkg.KnowledgeGraph:
    return govkg.open()


@pytest.fixture(scope="session")
def report_text() -> str:
    return (bundled_seed() / "sources" / "000_582e67602e6de3ff.txt").read_text(encoding="utf-8")


@pytest.fixture
def seed_copy(tmp_path: Path) -> Path:
    """A writable copy of the real seed, for tests that break it on purpose."""
    target = tmp_path / "seed"
    shutil.copytree(bundled_seed(), target)
    return target


ADMIN_TOKEN = "t" * 24


@pytest.fixture
def served(seed_copy):
    """The real app on a writable copy of the seed, reloadable with ``ADMIN_TOKEN``:
    (a test client, the seed's folder)."""
    from starlette.testclient import TestClient

    from govkg.app import create_app
    from govkg.graph.rdf import DEFAULT_BASE
    from govkg.http.settings import Settings
    from govkg.stores.sources import LocalSource

    source = LocalSource(seed_copy, DEFAULT_BASE)
    app = create_app(source.current(), Settings(admin_token=ADMIN_TOKEN), source)
    with TestClient(app, raise_server_exceptions=False) as client:
        yield client, seed_copy


@pytest.fixture(scope="session")
def ingested_corpus(tmp_path_factory) -> Path:
    """The bundled seed with every real text of tests/fixtures/real-reports ingested into it
    as a user would, once a run (seven modules ask for it): take a copy with ``copy_of``."""
    from govkg.ingest.batch import ingest_all

    seed = tmp_path_factory.mktemp("ingested-corpus") / "seed"
    shutil.copytree(bundled_seed(), seed)
    # one run over them all, as `govkg ingest FOLDER` does: the seed is read once, not once a text
    summary = ingest_all(sorted(REAL_REPORTS.glob("*.txt")), seed)
    refused = [(o.file.name, o.reason) for o in summary.outcomes if o.status == "refused"]
    assert not summary.interrupted
    assert not refused, refused
    return seed


@pytest.fixture(scope="session")
def real_drafts() -> dict[str, tuple[dict, str] | None]:
    """Each real text of tests/fixtures/real-reports ingested alone into an empty folder, as a
    user would, once a run (the corpus tests and the mirrors' test both read every draft):
    the text's file name → (its draft, the source text stored beside it), or None if refused."""
    from govkg.core.errors import IngestError
    from govkg.ingest.write import ingest

    drafts: dict[str, tuple[dict, str] | None] = {}
    for text_file in sorted(REAL_REPORTS.glob("*.txt")):
        with tempfile.TemporaryDirectory() as folder:
            into = Path(folder)
            try:
                done = ingest(text_file, into)
            except IngestError:
                drafts[text_file.name] = None
                continue
            draft = yaml.safe_load((into / f"{done.document}.yaml").read_text("utf-8"))
            stored = (into / draft["documents"][0]["file"]).read_text(encoding="utf-8")
            drafts[text_file.name] = draft, stored
    return drafts


@pytest.fixture(scope="session")
def ingested_corpus_graph(ingested_corpus, tmp_path_factory) -> govkg.KnowledgeGraph:
    """That corpus opened once a run (checking the seed is most of a minute's quarter): the
    modules that only ask questions of it share it; one that changes a seed takes a copy."""
    from govkg.answers.kg import open_graph

    return open_graph(copy_of(ingested_corpus, tmp_path_factory.mktemp("corpus-graph") / "seed"))


def copy_of(seed: Path, target: Path) -> Path:
    """A module's own copy of a seed directory, so nothing it does reaches another module."""
    return Path(shutil.copytree(seed, target))


@cache
def named_by_ingest(report: Path) -> tuple[str, str]:
    """The ids ingest gives ``report``'s document and its issuing unit (from the unit's name
    as the extractor reads it today), so tests follow its naming, not pin it; once a run."""
    from govkg.ingest.write import ingest

    with tempfile.TemporaryDirectory() as folder:
        seed = Path(folder) / "seed"
        document = ingest(report, seed).document
        draft = yaml.safe_load((seed / f"{document}.yaml").read_text(encoding="utf-8"))
        return document, draft["documents"][0]["issuer"]


def ask(kg: govkg.KnowledgeGraph, query: str, **variables) -> dict:
    """Run a query and fail loudly on GraphQL errors."""
    response = kg.query(query, variables or None)
    assert "errors" not in response, response.get("errors")
    return response["data"]


@pytest.fixture(scope="module")
def server_url():
    """``govkg serve`` on the bundled seed, a process of its own on a free loopback port
    (SPARQL timeout 1 s), so load and probes measure the server, not the test."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    server = subprocess.Popen(
        [sys.executable, "-m", "govkg.cli", "serve", "--port", str(port), "--sparql-timeout", "1"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                if httpx.get(f"{url}/health", timeout=1).status_code == 200:
                    break
            except httpx.HTTPError:
                time.sleep(0.2)
        yield url
    finally:
        server.terminate()
        server.wait(10)
