"""The one copy of a graph the SPARQL workers share: an on-disk Oxigraph store, written once
per graph version and opened read-only by every worker.

Each worker used to load its own in-memory copy (at 10^6 triples, 411 MB each beside the
server's 691 MB); read-only opens of one directory share the operating system's page cache
instead (benchmarks/server_memory.py). The folder is named after the server's process, so a
server that died without removing its folders has them removed by the next one.
"""

from __future__ import annotations

import atexit
import contextlib
import gc
import logging
import os
import shutil
import tempfile
from pathlib import Path

from pyoxigraph import RdfFormat, Store
from rdflib import Graph

from govkg.core.cachedir import cache_home
from govkg.graph.store import serialize

__all__ = ["SharedStore"]

log = logging.getLogger("govkg.sparql")


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # someone else's process: alive
        return True
    return True


def _home() -> Path:
    """Where the stores go: the cache folder, or the temporary one if it cannot be written."""
    for home in (cache_home("sparql"), Path(tempfile.gettempdir()) / "govkg-sparql"):
        with contextlib.suppress(OSError):
            home.mkdir(parents=True, exist_ok=True)
            if os.access(home, os.W_OK):
                return home
    raise OSError("no folder to keep the SPARQL workers' store in")


def _sweep(home: Path) -> None:
    """Remove the stores of servers that are gone."""
    for folder in home.glob("*-*"):
        pid = folder.name.split("-", 1)[0]
        if pid.isdigit() and int(pid) != os.getpid() and not _alive(int(pid)):
            shutil.rmtree(folder, ignore_errors=True)


class SharedStore:
    """An on-disk copy of ``graph`` for read-only workers; ``remove`` when none is left."""

    def __init__(self, graph: Graph) -> None:
        home = _home()
        _sweep(home)
        self.path = Path(tempfile.mkdtemp(prefix=f"{os.getpid()}-", dir=home))
        try:
            store = Store(str(self.path))
            store.bulk_load(serialize(graph, "nt"), format=RdfFormat.N_TRIPLES)
            store.flush()
            self.triples = len(store)
            del store
            gc.collect()  # the writer closes before any reader opens
        except BaseException:
            self.remove()
            raise
        atexit.register(self.remove)  # a server that ends without closing its pools

    def remove(self) -> None:
        atexit.unregister(self.remove)
        shutil.rmtree(self.path, ignore_errors=True)
