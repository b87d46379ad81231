"""The flow runs one way: the core never imports the web or GraphQL layers."""

from __future__ import annotations

import subprocess
import sys

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


def test_public_api_is_sorted_and_complete():
    import govkg

    assert govkg.__all__ == sorted(govkg.__all__)
    assert callable(govkg.open)
