"""What the first search and findings questions need (the name and bigram indexes, the
findings), kept on disk per graph version, so a server restarted on the same file is ready
at about the speed of its load: at 10^6 triples they take ~2 s to build and ~0.4 s to read
back (benchmarks/ready.py).

Kept only for a graph whose build took ``WORTH`` seconds or more (a small graph builds them
faster than a file is read). Found by a key made of the graph's version (a digest of its
bytes) and size, and of the code and libraries they are computed by (``core/codedigest``),
so a kept file is never read for another graph or by another govkg. Written with ``marshal``
(dicts, lists, tuples, strings and ints), not ``pickle``: reading it back calls no code;
like every cache of govkg's it trusts the user's own cache folder, and each file carries the
digest of its own bytes (``core/keptfiles``): a cut or altered file is never used, only
rebuilt. At most ``KEPT`` files are kept, the least recently used going first.
"""

from __future__ import annotations

import hashlib
import marshal
import sys
import threading
from pathlib import Path

from govkg.answers.findings import Finding
from govkg.answers.service import Service
from govkg.core.cachedir import cache_home
from govkg.core.codedigest import code_digest
from govkg.core.keptfiles import read_kept, write_kept
from govkg.core.records import Citation

__all__ = ["KEPT", "WORTH", "flush", "keep", "restore"]

KEPT = 4
"""Files kept at most (~30 MB each at 10^6 triples)."""
WORTH = 0.5
"""Seconds of building below which nothing is kept."""

_LIBRARIES = ("rdflib", "pyoxigraph", "pypinyin")
_SIGN = b"govkg-indexes 1\n"
_lock = threading.Lock()
_writing: list[threading.Thread] = []


def _path(graph: str) -> Path:
    key = hashlib.blake2b(code_digest(("answers", "graph", "core"), _LIBRARIES))
    key.update(f"\0{graph}\0{sys.version_info[:2]}\0{marshal.version}".encode())
    return cache_home("indexes", f"{key.hexdigest()[:40]}.bin")


def restore(service: Service, graph: str) -> bool:
    """Give ``service`` the indexes kept for ``graph`` (its version and size); False if none
    are (whole)."""
    body = read_kept(_path(graph), _SIGN)
    if body is None:
        return False
    names, grams, findings = marshal.loads(body)
    service.names.adopt((names, grams))
    service.adopt_findings([_finding(row) for row in findings])
    return True


def keep(service: Service, graph: str, seconds: float) -> None:
    """Keep the indexes ``service`` built for ``graph`` in ``seconds``, if worth it: written
    in a thread of its own (~0.2 s at 10^6 triples), so the start that built them is not
    kept waiting; the interpreter waits for it before it exits (``flush`` waits now)."""
    if seconds >= WORTH:
        writing = threading.Thread(target=_write, args=(service, graph), name="govkg-keep")
        with _lock:  # a long-running server keeps only the writes still under way
            _writing[:] = [*(t for t in _writing if t.is_alive()), writing]
        writing.start()


def flush() -> None:
    """Wait until every ``keep`` begun is written."""
    with _lock:
        pending, _writing[:] = list(_writing), []
    for writing in pending:
        writing.join()


def _write(service: Service, graph: str) -> None:
    names, grams = service.names.indexes()
    body = marshal.dumps((names, grams, [_row(f) for f in service.findings]))
    write_kept(_path(graph), _SIGN, body, KEPT)


def _row(finding: Finding) -> tuple:
    sources = tuple((c.document, c.quote, c.start, c.end) for c in finding.sources)
    return (finding.id, finding.code, finding.severity, finding.message, finding.subjects, sources)


def _finding(row: tuple) -> Finding:
    id_, code, severity, message, subjects, sources = row
    return Finding(
        id=id_,
        code=code,
        severity=severity,
        message=message,
        subjects=tuple(subjects),
        sources=tuple(Citation(document=d, quote=q, start=s, end=e) for d, q, s, e in sources),
    )
