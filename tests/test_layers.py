"""The flow runs one way: the core never imports the web or GraphQL layers."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import networkx as nx
import pytest

SRC = Path(__file__).parent.parent / "src" / "govkg"

CORE = [
    "govkg.seed.load",
    "govkg.seed.fields",
    "govkg.seed.readers",
    "govkg.graph.rdf",
    "govkg.graph.catalog",
    "govkg.graph.views",
    "govkg.answers.costs",
    "govkg.answers.findings",
    "govkg.answers.review",
    "govkg.answers.spending",
    "govkg.answers.service",
    "govkg.answers.kg",
    "govkg.graph.store",
    "govkg.graph.synth",
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
    checks a draft with the one decision whether a seed is valid (govkg.graph.validity, which runs
    the shapes over the seed's triples) and reads nothing built on the graph."""
    allowed = {
        "govkg.core.errors",
        "govkg.core.files",
        "govkg.core.records",
        "govkg.seed.load",
        "govkg.graph.validity",
    }
    folder = Path(__file__).parent.parent / "src" / "govkg" / "ingest"
    for module in folder.rglob("*.py"):
        for node in ast.walk(ast.parse(module.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("govkg"):
                name = node.module
                assert name.startswith("govkg.ingest") or name in allowed, (module.name, name)


INGEST_FOLDERS = {
    # ingest's folders, bottom up: a folder imports only from folders below its own
    "text": 0,
    "entities": 1,  # unit names and organisation words: what 三公 notes and documents name
    "threepublic": 2,
    "document": 3,
    "kinds": 3,
    "lines": 4,
    "tables": 4,
    "drafts": 4,
}


def test_ingest_folders_import_one_way():
    """A rule finds what it builds on below its folder: the text first, then the names of
    units, then a 三公 note's words, then an amount's kind, then lines and tables; never back
    up."""
    folder = SRC / "ingest"
    assert {p.name for p in folder.iterdir() if (p / "__init__.py").is_file()} == set(
        INGEST_FOLDERS
    )
    wrong = []
    for a, b in import_graph().edges:
        parts_a, parts_b = a.split("."), b.split(".")
        if parts_a[:2] != ["govkg", "ingest"] or parts_b[:2] != ["govkg", "ingest"]:
            continue
        mine, theirs = parts_a[2], parts_b[2]
        if mine not in INGEST_FOLDERS or theirs not in INGEST_FOLDERS or mine == theirs:
            continue
        if INGEST_FOLDERS[mine] <= INGEST_FOLDERS[theirs]:
            wrong.append(f"{a} ({mine}) imports {b} ({theirs})")
    assert not wrong, "\n".join(sorted(wrong))


def test_public_api_is_sorted_and_complete():
    import govkg

    assert govkg.__all__ == sorted(govkg.__all__)
    assert callable(govkg.open)


def _module_name(path: Path, root: Path) -> str:
    parts = path.relative_to(root.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _nearest(name: str, modules: dict[str, Path]) -> str | None:
    """The module ``name`` is, or the one it is an attribute of; None outside the package."""
    while name and name not in modules:
        name = name.rpartition(".")[0]
    return name or None


def _imported(node: ast.AST, package: str, modules: dict[str, Path]) -> list[str | None]:
    """The package's modules one import statement names, relative ones resolved: for
    ``from x import y`` the module x.y when y is one, else x."""
    if isinstance(node, ast.Import):
        return [_nearest(alias.name, modules) for alias in node.names]
    if not isinstance(node, ast.ImportFrom):
        return []
    base = node.module or ""
    if node.level:
        parts = package.split(".")[: len(package.split(".")) - node.level + 1]
        base = ".".join([*parts, *([node.module] if node.module else [])])
    return [
        f"{base}.{alias.name}" if f"{base}.{alias.name}" in modules else _nearest(base, modules)
        for alias in node.names
    ]


def import_graph(root: Path = SRC) -> nx.DiGraph:
    """Every import statement of every module under ``root``, wherever it stands (module
    level, inside a function, under ``if TYPE_CHECKING:``), as an edge from the importing
    module to the module it names; each edge keeps the lines that make it."""
    modules = {_module_name(path, root): path for path in sorted(root.rglob("*.py"))}
    graph = nx.DiGraph()
    for name, path in modules.items():
        graph.add_node(name)
        package = name if path.name == "__init__.py" else name.rpartition(".")[0]
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
            for target in _imported(node, package, modules):
                if target is not None and target != name:
                    graph.add_edge(name, target)
                    where = f"{path.relative_to(root.parent)}:{node.lineno}"
                    graph.edges[name, target].setdefault("lines", {})[where] = None
    return graph


def import_circles(graph: nx.DiGraph) -> list[str]:
    """One circle through each group of modules that import each other, with its lines."""
    found = []
    for group in nx.strongly_connected_components(graph):
        if len(group) > 1:
            edges = nx.find_cycle(graph.subgraph(group))
            chain = " -> ".join([edges[0][0], *(target for _, target in edges)])
            lines = "".join(
                f"\n    {a} -> {b}: {', '.join(graph.edges[a, b]['lines'])}" for a, b in edges
            )
            others = sorted(group - {a for a, _ in edges})
            among = f" (importing each other with {', '.join(others)})" if others else ""
            found.append(f"import circle {chain}{among}{lines}")
    return sorted(found)


def test_no_module_of_govkg_imports_itself_through_others():
    """Imports only go down the flow, also the ones inside functions or for type checking:
    a type that must point up names it with ``strawberry.lazy``, and ``KnowledgeGraph.query``
    reaches GraphQL through the executor govkg/__init__ installs (govkg.answers.querying)."""
    graph = import_graph()
    assert graph.has_edge("govkg.api.execute", "govkg.api.root")  # the graph is the code's
    circles = import_circles(graph)
    assert not circles, "\n".join(circles)


STAGES = {
    # the flow, bottom up: a package imports only from stages below its own
    "govkg.core": 0,
    "govkg.measure": 0,
    "govkg.seed": 1,
    "govkg.graph": 2,
    "govkg.answers": 3,
    "govkg.ingest": 3,
    "govkg.api": 4,
    "govkg.stores": 4,
    "govkg.exports": 4,
    "govkg.http": 5,
    "govkg.app": 6,
    "govkg.cli": 7,
    "govkg": 8,
}


def stage_of(module: str) -> str:
    """The package of the flow ``module`` belongs to (a top-level module is its own)."""
    parts = module.split(".")
    return ".".join(parts[:2])


def upward_imports(graph: nx.DiGraph) -> list[str]:
    """Each import from a module to a stage at or above its own that is not its own."""
    wrong = []
    for a, b in graph.edges:
        mine, theirs = stage_of(a), stage_of(b)
        if mine != theirs and STAGES[mine] <= STAGES[theirs]:
            lines = ", ".join(graph.edges[a, b]["lines"])
            wrong.append(
                f"{a} ({mine}, stage {STAGES[mine]}) imports {b} "
                f"({theirs}, stage {STAGES[theirs]}): {lines}"
            )
    return sorted(wrong)


def test_imports_only_go_down_the_flow():
    graph = import_graph()
    assert {stage_of(module) for module in graph} == set(STAGES), "a package without a stage"
    wrong = upward_imports(graph)
    assert not wrong, "\n".join(wrong)


def test_an_upward_import_is_named_with_its_line():
    graph = nx.DiGraph()
    graph.add_edge("govkg.graph.rdf", "govkg.answers.service", lines={"govkg/graph/rdf.py:7": None})
    graph.add_edge("govkg.api.nodes", "govkg.stores.remote", lines={"govkg/api/nodes.py:3": None})
    graph.add_edge("govkg.api.nodes", "govkg.answers.service", lines={"govkg/api/nodes.py:4": None})
    wrong = upward_imports(graph)
    assert len(wrong) == 2
    assert "govkg/graph/rdf.py:7" in wrong[1]
    assert "govkg/api/nodes.py:3" in wrong[0]


def test_every_package_says_its_job_and_what_it_may_import():
    for init in sorted(SRC.glob("*/__init__.py")):
        doc = ast.get_docstring(ast.parse(init.read_text(encoding="utf-8"))) or ""
        assert len(doc) > 40, f"{init.relative_to(SRC.parent)} has no docstring saying its job"


CIRCLES = {
    "inside a function": {
        "a.py": "def load():\n    from pkg import b\n",
        "b.py": "from pkg.a import load\n",
    },
    "for type checking": {
        "a.py": "from typing import TYPE_CHECKING\n\nif TYPE_CHECKING:\n    from pkg.b import B\n",
        "b.py": "import pkg.a\n",
    },
    "relative": {"a.py": "from . import b\n", "b.py": "from .a import x\n"},
    "up from a subpackage": {
        "a.py": "from pkg.sub.c import x\n",
        "sub/__init__.py": "",
        "sub/c.py": "from ..a import y\n",
    },
    "through the package": {
        "__init__.py": "def __getattr__(name):\n    from pkg import a\n",
        "a.py": "from pkg import VERSION\n",
    },
}


@pytest.mark.parametrize("files", CIRCLES.values(), ids=CIRCLES.keys())
def test_an_import_circle_is_found_and_shown(tmp_path, files):
    for name, text in {"__init__.py": "", **files}.items():
        (tmp_path / "pkg" / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / "pkg" / name).write_text(text, encoding="utf-8")
    (circle,) = import_circles(import_graph(tmp_path / "pkg"))
    assert circle.startswith("import circle pkg")
    assert "pkg/a.py:" in circle


def test_a_library_named_like_a_module_is_no_circle(tmp_path):
    """``from graphql import parse`` in govkg/api/execute.py is the library, not the module."""
    (tmp_path / "pkg").mkdir()
    (tmp_path / "pkg" / "__init__.py").write_text("")
    (tmp_path / "pkg" / "graphql.py").write_text("from graphql import parse\n")
    (tmp_path / "pkg" / "kg.py").write_text("from pkg import graphql\n")
    graph = import_graph(tmp_path / "pkg")
    assert list(graph.edges) == [("pkg.kg", "pkg.graphql")]
    assert import_circles(graph) == []
