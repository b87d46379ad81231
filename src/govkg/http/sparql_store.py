"""The one copy of a graph the SPARQL workers share: an on-disk Oxigraph store, written once
per graph version and opened read-only by every worker.

Each worker used to load its own in-memory copy (at 10^6 triples, 411 MB each beside the
server's 691 MB); read-only opens of one directory share the operating system's page cache
instead (benchmarks/server_memory.py). A served N-Triples file's store is loaded from the
file itself while the server loads the graph (``sparql_early.py``); any other graph's is
written from the graph. Folders are named after the server's process (``sparql_folders.py``).
"""

from __future__ import annotations

import atexit
import gc
import logging
import os
import shutil
from pathlib import Path

from pyoxigraph import RdfFormat, Store
from rdflib import Graph

from govkg.graph.store import serialize, triple_count
from govkg.http.sparql_early import claim
from govkg.http.sparql_folders import new_folder
from govkg.http.sparql_kept import release

__all__ = ["SharedStore"]

log = logging.getLogger("govkg.sparql")


class SharedStore:
    """An on-disk copy of ``graph`` for read-only workers; ``remove`` when none is left.
    ``early`` says whether it was loaded from the served file beside the graph, ``kept``
    whether it is a store kept for that file (``sparql_kept.py``)."""

    def __init__(self, graph: Graph) -> None:
        offered = claim(graph)
        self.early = offered is not None and offered.take(triple_count(graph))
        self.kept = self.early and offered.kept  # kept for the next server: never removed
        if self.early:
            self.path, self.triples = offered.path, offered.triples
            log.info("the SPARQL workers' store was loaded from %s", offered.source)
        else:
            self.path = new_folder()
            try:
                self.triples = _write(graph, self.path)
            except BaseException:
                self.remove()
                raise
        atexit.register(self.remove)  # a server that ends without closing its pools

    def remove(self) -> None:
        atexit.unregister(self.remove)
        if self.kept:
            release(self.path, os.getpid())
        else:
            shutil.rmtree(self.path, ignore_errors=True)


def _write(graph: Graph, path: Path) -> int:
    """Serialise ``graph`` and bulk-load it into a new store at ``path``; its triples."""
    store = Store(str(path))
    store.bulk_load(serialize(graph, "nt"), format=RdfFormat.N_TRIPLES)
    store.flush()
    triples = len(store)
    del store
    gc.collect()  # the writer closes before any reader opens
    return triples
