"""Whether a seed is valid: the one decision that ``govkg validate``, ``build``, every graph
opened from a seed (``serve``, ``POST /admin/reload``, ``--watch``, ``query --data``) and
``govkg ingest`` all take, so none of them accepts what another refuses.

Valid means: every file reads, every record and reference checks (``seed.load_seed``), and
the RDF it makes satisfies the SHACL shapes of ``ontology/``. pyshacl takes about a second on
the bundled seed and minutes on a corpus of hundreds of reports, so it runs only where
nothing cheaper can decide, in three steps: (1) triples found conforming before are known
by a digest of their text, the shapes, the vocabulary, the validator's versions and the
checking code (in the process and in the user's cache directory); (2) one pass over all
the triples (``govkg.graph.shapecheck``) sieves out the subjects that surely conform (all,
for a valid seed); (3) pyshacl checks the pieces of the others (``govkg.graph.shapepieces``:
each subject with the triples the shapes read around it; a piece found conforming is
remembered by its digest), so the problem lines are pyshacl's, as the whole graph's check
gives them. Shapes that read beyond what a piece holds fall back to the whole graph.

The triples are N-Triples texts (``govkg.graph.ntriples``): ``checked_seed`` gives them as
a ``Triples``, read as rdflib triples or bulk-loaded into Oxigraph whole (``load_triples``).
"""

from __future__ import annotations

import hashlib
import os
from importlib.metadata import version
from pathlib import Path

import pyoxigraph as ox
from rdflib import Graph

from govkg.core.cachedir import cache_home
from govkg.core.errors import Problem, SeedError
from govkg.core.records import Seed
from govkg.graph.ntriples import Triples, to_rdflib
from govkg.graph.rdf import DEFAULT_BASE, seed_terms
from govkg.graph.shapecheck import plan_of, suspects
from govkg.graph.shapepieces import piece_problems, whole_reach
from govkg.graph.shapes import ontology_dir, shape_problems
from govkg.graph.store import oxigraph_store
from govkg.seed.load import load_seed

__all__ = ["checked_seed", "load_ntriples", "load_triples", "shape_check"]

_CONFORMING: set[str] = set()
"""Digests of triple sets the shapes accepted, in this process."""


def checked_seed(
    seed_dir: Path | str, base: str = DEFAULT_BASE, *, shapes: bool = True
) -> tuple[Seed, Triples]:
    """The seed and its triples, or SeedError listing every problem with file, line, field.

    ``shapes=False`` is for a draft about to be added (``govkg ingest``): the records and
    their references are checked, the shapes are not. They run whenever the seed is opened
    or validated, so nothing they refuse is ever served."""
    seed = load_seed(seed_dir)
    triples = seed_terms(seed, base)
    if shapes:
        problems = shape_check(triples, seed.origins)
        if problems:
            raise SeedError(problems)
    return seed, triples


def shape_check(triples: Triples | list, origins: dict[str, tuple[str, int]]) -> list[Problem]:
    """The shapes' problems with the graph of ``triples`` (N-Triples texts), as pyshacl
    finds them over the whole graph: none if these very triples were found conforming
    before (by a digest of their text, the shapes and the checking code); else pyshacl
    runs on the pieces of the subjects the sieve keeps, or on every piece, or on the whole
    graph, as far as the shapes allow."""
    if not isinstance(triples, Triples):
        triples = Triples(list(triples))
    digest = _digest(triples)
    if digest in _CONFORMING or _remembered(digest):
        return []
    terms = triples.terms
    problems = None
    reach = whole_reach()
    if reach is not None:
        plan = plan_of()
        only = None if plan is None else suspects(plan, terms)
        problems = piece_problems(terms, origins, reach, only=only)
    if problems is None:
        graph = Graph()
        graph.addN((*triple, graph) for triple in to_rdflib(terms))
        problems = shape_problems(graph, origins)
    if not problems:
        _remember(digest)
    return problems


def load_triples(graph: Graph, triples: Triples) -> None:
    """Add ``triples`` to ``graph``: bulk-loaded as N-Triples into the Oxigraph store under
    it (seconds fewer at 10^6 triples than converting each term), else one by one."""
    store = oxigraph_store(graph)
    if store is not None:
        store.bulk_load(triples.ntriples(keep=False), format=ox.RdfFormat.N_TRIPLES)
    else:
        graph.addN((*triple, graph) for triple in triples)


def load_ntriples(graph: Graph, data: bytes) -> None:
    """Add the N-Triples document ``data`` to ``graph``: bulk-loaded where Oxigraph holds it."""
    store = oxigraph_store(graph)
    if store is not None:
        store.bulk_load(data, format=ox.RdfFormat.N_TRIPLES)
    else:
        graph.parse(data=data, format="nt")


CHECKERS = (
    "shapecheck.py",
    "shapeplan.py",
    "shapeterms.py",
    "shapepieces.py",
    "shapes.py",
    "ntriples.py",
    "validity.py",
)
"""The modules whose code the verdict rests on, besides pyshacl and rdflib."""


def _digest(triples: Triples) -> str:
    """Of the triples as minted, the shapes, the SHACL validator and the code checking."""
    digest = hashlib.blake2b(f"pyshacl {version('pyshacl')} rdflib {version('rdflib')}".encode())
    folder = ontology_dir()
    for name in ("shapes.ttl", "govkg.ttl"):
        digest.update(hashlib.sha256((folder / name).read_bytes()).digest())
    here = Path(__file__).parent
    for name in CHECKERS:
        digest.update(hashlib.sha256((here / name).read_bytes()).digest())
    digest.update(triples.ntriples())
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
