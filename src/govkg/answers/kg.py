"""One graph version and everything built on it: RDF, catalog, networkx view, service; its
``query`` runs the GraphQL layer above, which the package plugs in (govkg.answers.querying)."""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from rdflib import Graph

from govkg.answers import indexcache, querying
from govkg.answers.service import Service
from govkg.core.errors import DataError
from govkg.core.packagedata import package_data
from govkg.core.versions import version_of_contents
from govkg.graph.catalog import Catalog
from govkg.graph.rdf import DEFAULT_BASE
from govkg.graph.snapshot import read_snapshot, snapshot_path, write_snapshot
from govkg.graph.store import load_rdf_file, new_graph, triple_count
from govkg.graph.validity import checked_seed, load_ntriples

if TYPE_CHECKING:
    import networkx as nx

__all__ = ["KnowledgeGraph", "bundled_seed", "open_graph"]


def bundled_seed() -> Path:
    """The seed shipped with govkg: the repository's ``seed/`` or the installed copy."""
    return package_data("seed", "documents.yaml")


@dataclass(kw_only=True)
class KnowledgeGraph:
    """A loaded graph version; ``query`` answers GraphQL exactly as the HTTP API does."""

    graph: Graph
    version: str
    source: str
    catalog: Catalog = field(repr=False)
    service: Service = field(repr=False)
    warmed: threading.Event = field(default_factory=threading.Event, repr=False, compare=False)
    """Set once ``warm`` has built what the first questions need: answers at full speed."""
    _preparing: threading.Lock = field(default_factory=threading.Lock, repr=False, compare=False)
    _prepared: bool = field(default=False, repr=False, compare=False)

    @classmethod
    def from_graph(cls, graph: Graph, version: str, source: str) -> KnowledgeGraph:
        catalog = Catalog(graph)
        return cls(
            graph=graph, version=version, source=source, catalog=catalog, service=Service(catalog)
        )

    @property
    def networkx(self) -> nx.MultiDiGraph:
        """The whole graph as a networkx view, built on first use (exports, notebooks)."""
        return self.service.networkx

    @property
    def triples(self) -> int:
        """Number of triples, counted by the store itself."""
        return triple_count(self.graph)

    def prepare(self) -> None:
        """Build what the first search or findings question would otherwise wait for: the
        name and bigram indexes (one scan of the store per name predicate) and the findings
        (every funding line read straight from Oxigraph); ~2 s at 10^6 triples, or ~0.4 s
        to read back what an earlier start on the same graph kept (answers/indexcache.py)."""
        with self._preparing:
            key = f"{self.version} {self.triples}"  # the triples' count, a check that costs nothing
            if self._prepared or indexcache.restore(self.service, key):
                self._prepared = True
                return
            started = time.perf_counter()
            self.service.search("warm")
            _ = self.service.findings
            self._prepared = True
        indexcache.keep(self.service, key, time.perf_counter() - started)

    def warm(self) -> None:
        """``prepare`` (if not done yet), then mark the version as answering at full speed;
        a question asked meanwhile waits for the build instead of starting its own."""
        self.prepare()
        self.warmed.set()

    def query(self, query: str, variables: dict[str, Any] | None = None) -> dict[str, Any]:
        """Run a GraphQL query; returns ``{"data": …, "errors": […]}`` as JSON-ready data."""
        # govkg.api.execute.execute, installed by govkg/__init__: kg is below the GraphQL layer
        return querying.execute(self, query, variables)


def _digest(paths: list[Path], root: Path) -> str:
    return version_of_contents(
        (str(path.relative_to(root)), path.read_bytes()) for path in sorted(paths)
    )


def open_graph(path: Path | str | None = None, base: str = DEFAULT_BASE) -> KnowledgeGraph:
    """Open a seed directory (the bundled seed by default) or an RDF file."""
    path = Path(path) if path is not None else bundled_seed()
    if path.is_file():
        return _open_file(path)
    if not path.is_dir():
        raise DataError(f"{path}: no such file or directory")
    version = _version_of(path)
    graph = new_graph()
    snapshot = snapshot_path(path, base)
    kept = None if snapshot is None else read_snapshot(snapshot)  # found valid before
    built = kept is None
    if built:
        _, triples = checked_seed(path, base)  # exactly what `govkg validate` accepts
        kept = triples.ntriples(keep=False)
    load_ntriples(graph, kept)  # one bulk load, not a term at a time
    if _version_of(path) != version:  # the version must name exactly what was loaded
        raise DataError(f"{path}: changed while it was being loaded; try again")
    if built and snapshot and snapshot_path(path, base) == snapshot:
        write_snapshot(snapshot, kept)
    return KnowledgeGraph.from_graph(graph, version, str(path))


def _open_file(path: Path) -> KnowledgeGraph:
    """An RDF file read once: its bytes are loaded and digested (hashlib lets go of the
    interpreter lock, so the digest runs beside the load), so the version names exactly
    what was loaded, without reading the file a second time to make sure."""
    try:
        data = path.read_bytes()
    except OSError as error:
        raise DataError(f"{path}: cannot read: {error}") from error
    version: list[str] = []
    hashing = threading.Thread(
        target=lambda: version.append(version_of_contents([(path.name, data)]))
    )
    hashing.start()
    try:
        graph = load_rdf_file(path, data)
    finally:
        hashing.join()
    return KnowledgeGraph.from_graph(graph, version[0], str(path))


def _version_of(path: Path) -> str:
    """A digest of the seed's YAML and texts (an RDF file's is its bytes', ``_open_file``):
    equal content, equal version, whichever machine or replica loads it."""
    files = [p for p in path.rglob("*") if p.is_file() and p.suffix in (".yaml", ".txt")]
    return _digest(files, path)
