"""Whether a seed is valid: the one decision that ``govkg validate``, ``build``, every graph
opened from a seed (``serve``, ``POST /admin/reload``, ``--watch``, ``query --data``) and
``govkg ingest`` all take, so none of them accepts what another refuses.

Valid means: every file reads, every record and reference checks (``seed.load_seed``), and
the RDF it makes satisfies the SHACL shapes of ``ontology/``. pyshacl takes about a second on
the bundled seed and minutes on a corpus of hundreds of reports, so its verdict is
remembered, in the process and in the user's cache directory: piece by piece
(``govkg.graph.shapepieces``: each subject with the triples the shapes read around it, by a
digest of those, the shapes, the vocabulary and the validator's version), so a seed that
gained a draft is checked only where it changed, and only pieces found conforming are
remembered. Shapes that read beyond what a piece holds fall back to the whole graph,
remembered by a digest of all its triples.
"""

from __future__ import annotations

import hashlib
import os
from importlib.metadata import version
from pathlib import Path

from rdflib import Graph

from govkg.core.cachedir import cache_home
from govkg.core.errors import SeedError
from govkg.core.records import Seed
from govkg.graph.rdf import DEFAULT_BASE, seed_triples
from govkg.graph.shapepieces import piece_problems, whole_reach
from govkg.graph.shapes import ontology_dir, shape_problems
from govkg.seed.load import load_seed

__all__ = ["checked_seed"]

_CONFORMING: set[str] = set()
"""Digests of triple sets the shapes accepted, in this process."""


def checked_seed(
    seed_dir: Path | str, base: str = DEFAULT_BASE, *, shapes: bool = True
) -> tuple[Seed, list[tuple]]:
    """The seed and its triples, or SeedError listing every problem with file, line, field.

    ``shapes=False`` is for a draft about to be added (``govkg ingest``): the records and
    their references are checked, the shapes are not (pyshacl takes minutes on a draft of
    thousands of amounts). They run whenever the seed is opened or validated, so nothing
    they refuse is ever served."""
    seed = load_seed(seed_dir)
    triples = seed_triples(seed, base)
    if not shapes:
        return seed, triples
    reach = whole_reach()
    problems = None if reach is None else piece_problems(triples, seed.origins, reach)
    if problems:
        raise SeedError(problems)
    if problems is not None:
        return seed, triples
    digest = _digest(triples)
    if digest in _CONFORMING or _remembered(digest):
        return seed, triples
    graph = Graph()
    graph.addN((*triple, graph) for triple in triples)
    problems = shape_problems(graph, seed.origins)
    if problems:
        raise SeedError(problems)
    _remember(digest)
    return seed, triples


def _digest(triples: list[tuple]) -> str:
    """Of the triples (in a canonical order), the shapes and the SHACL validator."""
    digest = hashlib.sha256(version("pyshacl").encode())
    folder = ontology_dir()
    for name in ("shapes.ttl", "govkg.ttl"):
        digest.update(hashlib.sha256((folder / name).read_bytes()).digest())
    for line in sorted(" ".join(term.n3() for term in triple) for triple in triples):
        digest.update(line.encode())
        digest.update(b"\n")
    return digest.hexdigest()


def _cache_file() -> Path:
    return cache_home("shapes-conforming")


def _remembered(digest: str) -> bool:
    try:
        known = _cache_file().read_text(encoding="ascii").split()
    except (OSError, UnicodeDecodeError):
        return False
    if digest in known:
        _CONFORMING.add(digest)
        return True
    return False


def _remember(digest: str) -> None:
    """Add the digest (the last 256 kept); a cache that cannot be written is no error."""
    _CONFORMING.add(digest)
    path = _cache_file()
    try:
        known = path.read_text(encoding="ascii").split() if path.exists() else []
        path.parent.mkdir(parents=True, exist_ok=True)
        kept = [*[d for d in known if d != digest][-255:], digest]
        temporary = path.with_name(f"{path.name}.{os.getpid()}.tmp")
        temporary.write_text("\n".join(kept) + "\n", encoding="ascii")
        temporary.replace(path)
    except (OSError, UnicodeDecodeError):
        return
