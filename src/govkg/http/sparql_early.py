"""The SPARQL workers' store bulk-loaded from the served file itself, in a child process
started as ``govkg serve`` begins its own load of that file: the two loads run on two cores at
once, so the workers' store is ready about when the graph and its indexes are, not ~6 s
(10^6 triples) after. pyoxigraph's ``bulk_load`` holds the interpreter lock for much of its
run (beside it in a thread, a pure-Python loop took 1.65 s of wall time for 0.82 s of CPU;
beside it in a process, 0.85 s for 0.84 s), so a thread would slow the server's own load; the
child's memory also goes back to the system when it ends.

The store is never trusted blindly: the child reports the digest of the bytes it loaded,
computed as govkg versions a file, and the triples it holds; the pool uses the store only
for the graph loaded as that version with that many triples. Otherwise it is removed and
the store is made from the graph (``sparql_store.py``), as it is for a reloaded graph, a
seed directory and the other RDF formats. Only N-Triples is read here: no base IRI or
prefixes, so both parses give the same triples. Oxigraph's bulk load gives blank nodes
fresh labels, so the workers' labels differ from the graph's (the same graph up to them; a
SPARQL answer's blank node labels are its own, and govkg's graphs mint IRIs, not them).

A large file's store is kept for the next server on the same bytes (``sparql_kept.py``): the
child then loads nothing, only digests the file again to be sure, and names the kept folder.

``python -m govkg.http.sparql_early FILE FOLDER PARENT_PID`` is the child.
"""

from __future__ import annotations

import atexit
import contextlib
import logging
import os
import shutil
import subprocess
import sys
import threading
import weakref
from pathlib import Path

from govkg.core.versions import version_of_contents
from govkg.http import sparql_kept
from govkg.http.sparql_folders import new_folder

__all__ = ["EarlyStore", "build", "claim", "offered", "start"]

log = logging.getLogger("govkg.sparql")

SUFFIXES = (".nt",)
WAIT = 600.0  # seconds the pool waits for the child before building from the graph itself

_offered: tuple[EarlyStore, weakref.ref, str] | None = None
_offered_lock = threading.Lock()


def start(source: Path) -> EarlyStore | None:
    """The build of ``source``'s store, begun now; None for a file it is not built from."""
    if source.suffix.lower() not in SUFFIXES or not source.is_file():
        return None
    try:
        return EarlyStore(source)
    except OSError as error:
        log.warning("cannot start loading the SPARQL workers' store from %s: %s", source, error)
        return None


def offered(graph: object) -> bool:
    """Whether a store loaded from the file waits for ``graph``: its workers may start now,
    their store costs the server nothing."""
    with _offered_lock:
        return _offered is not None and _offered[1]() is graph


def claim(graph: object) -> EarlyStore | None:
    """The store offered for ``graph`` (that very object), once; a store offered for another
    graph (the file was reloaded meanwhile) is removed."""
    global _offered
    with _offered_lock:
        offered, _offered = _offered, None
    if offered is None:
        return None
    early, wanted, _ = offered
    if wanted() is graph:
        return early
    early.remove()
    return None


class EarlyStore:
    """A child process bulk-loading ``source`` into a new folder; ``take`` or ``remove`` it."""

    def __init__(self, source: Path) -> None:
        self.source = source
        self.path = new_folder()
        self.version = ""  # the graph's, once offered
        self.triples = 0
        self.kept = False  # a store kept for the file by an earlier server (sparql_kept.py)
        here = str(Path(__file__).resolve().parents[2])  # the directory holding the package
        environment = dict(os.environ, RUST_BACKTRACE="0")
        environment["PYTHONPATH"] = os.pathsep.join(
            p for p in (here, environment.get("PYTHONPATH", "")) if p
        )
        command = [sys.executable, "-m", __name__, str(source), str(self.path), str(os.getpid())]
        try:
            self.process = subprocess.Popen(
                command,
                stdin=subprocess.DEVNULL,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                env=environment,
            )
        except BaseException:
            shutil.rmtree(self.path, ignore_errors=True)
            raise
        atexit.register(self.remove)

    def offer(self, graph: object, version: str) -> None:
        """Let the first shared store of ``graph``, loaded from the file as ``version``, take
        this one instead of writing its own."""
        global _offered
        self.version = version
        with _offered_lock:
            _offered = (self, weakref.ref(graph), version)

    def take(self, triples: int) -> bool:
        """Wait for the child; keep the store (the caller now owns its folder, or its use of
        a kept one: ``kept``) if it holds exactly the offered version's bytes and
        ``triples`` triples, else remove it."""
        try:
            out, err = self.process.communicate(timeout=WAIT)
        except subprocess.TimeoutExpired:
            why = f"it was not loaded within {WAIT:.0f} s"
        else:
            why = self._mismatch(
                out.decode(errors="replace"), err.decode(errors="replace"), triples
            )
        if why is None:
            atexit.unregister(self.remove)
            return True
        log.warning("the SPARQL workers' store is made from the graph: %s", why)
        self.remove()
        return False

    def _mismatch(self, out: str, err: str, triples: int) -> str | None:
        """Why the child's store is not the graph's, or None if it is."""
        if self.process.returncode != 0:
            last = err.strip().splitlines()[-1:] or [f"exit status {self.process.returncode}"]
            return f"loading {self.source} failed ({last[0]})"
        digest, count, folder = [*out.strip().split(" ", 2), "", ""][:3]
        if folder and Path(folder) != self.path:  # a store kept by an earlier server
            shutil.rmtree(self.path, ignore_errors=True)
            self.path, self.kept = Path(folder), True
        if digest != self.version:
            return f"{self.source} changed while it was loaded ({digest} is not {self.version})"
        if count != str(triples):
            return f"it holds {count} triples, the graph {triples}"
        self.triples = triples
        return None

    def remove(self) -> None:
        """Stop the child if it still runs, and remove the folder (a kept store is only
        released: another server may read it, the next one will)."""
        atexit.unregister(self.remove)
        if self.process.poll() is None:
            with contextlib.suppress(OSError):
                self.process.kill()
        with contextlib.suppress(subprocess.TimeoutExpired, OSError, ValueError):
            self.process.communicate(timeout=10)
        if self.kept:
            sparql_kept.forget(self.path, os.getpid())
        else:
            shutil.rmtree(self.path, ignore_errors=True)


def build(source: Path, folder: Path) -> tuple[str, int]:
    """Bulk-load ``source`` into a new store in ``folder``: the digest of the bytes loaded,
    as ``answers.kg`` versions a file, and the number of triples."""
    from pyoxigraph import RdfFormat, Store

    data = source.read_bytes()
    version: list[str] = []
    hashing = threading.Thread(
        target=lambda: version.append(version_of_contents([(source.name, data)]))
    )
    hashing.start()  # hashlib lets go of the interpreter lock; it runs beside the load
    store = Store(str(folder))
    store.bulk_load(data, format=RdfFormat.N_TRIPLES)
    store.flush()
    triples = len(store)
    del store  # closed before any worker opens it
    hashing.join()
    return version[0], triples


def _die_with(parent: int) -> None:
    """Linux: the kernel kills this child if the server dies; gone already, end now."""
    with contextlib.suppress(OSError, AttributeError):
        import ctypes
        import signal

        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    if os.getppid() != parent:
        sys.exit(1)


def main(argv: list[str]) -> None:
    """Print the digest of the file's bytes, the store's triples and its folder: ``folder``,
    or where a store of the file is kept (found, or kept now)."""
    source, folder, parent = Path(argv[0]), Path(argv[1]), int(argv[2])
    _die_with(parent)
    keeping = sparql_kept.wanted(source)
    found = _kept(source, parent) if keeping else None
    if found is None:
        digest, triples = build(source, folder)
        if keeping:
            folder = sparql_kept.keep(source, folder, digest, triples, parent)
    else:
        folder, digest, triples = found
    print(digest, triples, folder)


def _kept(source: Path, user: int) -> tuple[Path, str, int] | None:
    """The store kept for ``source`` if it was loaded from the very bytes the file holds
    now (its digest taken again: its size and time alone could lie)."""
    found = sparql_kept.find(source, user)
    if found is None:
        return None
    folder, digest, _ = found
    if version_of_contents([(source.name, source.read_bytes())]) != digest:
        sparql_kept.forget(folder, user)
        return None
    return found


if __name__ == "__main__":
    main(sys.argv[1:])
