"""The flow runs one way: the core never imports the web or GraphQL layers."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

CORE = [
    "govkg.seed",
    "govkg.seedfields",
    "govkg.seedrecords",
    "govkg.rdf",
    "govkg.catalog",
    "govkg.views",
    "govkg.costs",
    "govkg.findings",
    "govkg.review",
    "govkg.spending",
    "govkg.service",
    "govkg.kg",
    "govkg.store",
    "govkg.synth",
    "govkg.exports",
    "govkg.ingest.write",
]


def test_core_modules_import_no_web_or_graphql():
    code = (
        "import sys, importlib\n"
        f"for m in {CORE!r}: importlib.import_module(m)\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in "
        "('starlette', 'strawberry', 'uvicorn', 'graphql')))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_ingest_writes_seed_and_reads_nothing_built_on_it():
    """ingest produces seed records; the graph, its views and the API come after it. It
    checks a draft with the one decision whether a seed is valid (govkg.validity, which runs
    the shapes over the seed's triples) and reads nothing built on the graph."""
    allowed = {"govkg.errors", "govkg.files", "govkg.records", "govkg.seed", "govkg.validity"}
    folder = Path(__file__).parent.parent / "src" / "govkg" / "ingest"
    for module in folder.glob("*.py"):
        for node in ast.walk(ast.parse(module.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("govkg"):
                name = node.module
                assert name.startswith("govkg.ingest") or name in allowed, (module.name, name)


def test_public_api_is_sorted_and_complete():
    import govkg

    assert govkg.__all__ == sorted(govkg.__all__)
    assert callable(govkg.open)
