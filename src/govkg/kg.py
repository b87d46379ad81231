"""One graph version and everything built on it: RDF, catalog, networkx view, service, GraphQL."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import networkx as nx
from rdflib import Graph

from govkg.catalog import Catalog, read_catalog
from govkg.errors import DataError
from govkg.rdf import DEFAULT_BASE, build_graph
from govkg.seed import load_seed
from govkg.service import Service
from govkg.views import to_networkx

__all__ = ["KnowledgeGraph", "bundled_seed", "open_graph"]

RDF_FORMATS = {
    ".ttl": "turtle",
    ".nt": "nt",
    ".jsonld": "json-ld",
    ".json": "json-ld",
    ".rdf": "xml",
    ".xml": "xml",
    ".nq": "nquads",
    ".trig": "trig",
}


def bundled_seed() -> Path:
    """The seed shipped with govkg: the repository's ``seed/`` or the installed copy."""
    here = Path(__file__).resolve().parent
    for candidate in (here / "_data" / "seed", here.parent.parent / "seed"):
        if (candidate / "documents.yaml").is_file():
            return candidate
    raise DataError("the bundled seed is missing from this installation")


@dataclass(kw_only=True)
class KnowledgeGraph:
    """A loaded graph version; ``query`` answers GraphQL exactly as the HTTP API does."""

    graph: Graph
    version: str
    source: str
    catalog: Catalog = field(repr=False)
    networkx: nx.MultiDiGraph = field(repr=False)
    service: Service = field(repr=False)

    @classmethod
    def from_graph(cls, graph: Graph, version: str, source: str) -> KnowledgeGraph:
        catalog = read_catalog(graph)
        view = to_networkx(catalog)
        return cls(
            graph=graph,
            version=version,
            source=source,
            catalog=catalog,
            networkx=view,
            service=Service(catalog, view),
        )

    def query(self, query: str, variables: dict[str, Any] | None = None) -> dict[str, Any]:
        """Run a GraphQL query; returns ``{"data": …, "errors": […]}`` as JSON-ready data."""
        from govkg.graphql import execute

        return execute(self, query, variables)


def _digest(paths: list[Path], root: Path) -> str:
    digest = hashlib.sha256()
    for path in sorted(paths):
        digest.update(str(path.relative_to(root)).encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def open_graph(path: Path | str | None = None, base: str = DEFAULT_BASE) -> KnowledgeGraph:
    """Open a seed directory (the bundled seed by default) or an RDF file."""
    path = Path(path) if path is not None else bundled_seed()
    if path.is_dir():
        seed = load_seed(path)
        files = [p for p in path.rglob("*") if p.is_file() and p.suffix in (".yaml", ".txt")]
        return KnowledgeGraph.from_graph(build_graph(seed, base), _digest(files, path), str(path))
    if not path.is_file():
        raise DataError(f"{path}: no such file or directory")
    fmt = RDF_FORMATS.get(path.suffix.lower())
    if fmt is None:
        raise DataError(f"{path}: unknown RDF format (use one of {', '.join(RDF_FORMATS)})")
    graph = Graph()
    try:
        graph.parse(path, format=fmt)
    except Exception as error:  # rdflib raises many unrelated types for bad input
        raise DataError(f"{path}: cannot parse as {fmt}: {error}") from error
    return KnowledgeGraph.from_graph(graph, _digest([path], path.parent), str(path))
