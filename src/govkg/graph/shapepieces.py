"""The SHACL shapes checked piece by piece, so a seed that changed meets pyshacl only where
it changed.

pyshacl's verdict on a focus node reads the node's own triples and, through the shapes'
paths, a few triples of the nodes it links to (their ``rdf:type`` for ``sh:class``, an
amount's ``govkg:basis`` for ``sh:node``), plus every ``rdfs:subClassOf``. How far, and
which triples, is read off the shapes themselves (``shapes_reach``): a piece is a subject's
own triples and the triples of that kind of the nodes within that reach. Checked in any
graph that holds the piece whole, the subject gets exactly the verdict the whole graph
gives it, so a piece found conforming is remembered by its digest (with the shapes, the
vocabulary, the subclass triples and the versions of pyshacl and rdflib) and only unseen
pieces are checked, together in one graph with their neighbours' pieces (whole, so they
conform there as they do in the whole graph), whose results are set aside. Shapes
that read further than this analysis understands (inverse or sequence paths,
``sh:closed``, ``sh:targetNode``, SPARQL, recursion) give no reach: the caller checks the
whole graph.
"""

from __future__ import annotations

import hashlib
import os
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from importlib.metadata import version
from pathlib import Path

from rdflib import RDF, RDFS, Graph, URIRef
from rdflib.term import Node

from govkg.core.cachedir import cache_home
from govkg.core.errors import Problem
from govkg.graph.ntriples import term_of, term_text, to_rdflib
from govkg.graph.shapes import SH, ontology_dir, ontology_graph, shapes_graph, violations

__all__ = ["Reach", "piece_problems", "shapes_reach"]

Triple = tuple[str, str, str]
"""A triple as N-Triples texts (``govkg.graph.ntriples``)."""

LOCAL = {
    SH[name]
    for name in (
        "datatype", "nodeKind", "in", "hasValue", "pattern", "flags", "minLength", "maxLength",
        "minInclusive", "maxInclusive", "minExclusive", "maxExclusive", "languageIn",
        "uniqueLang", "minCount", "maxCount", "qualifiedMinCount", "qualifiedMaxCount",
        "message", "severity", "name", "description", "order", "group", "defaultValue",
        "deactivated",
    )
}  # fmt: skip
"""Parameters that look at a value node's term (or count values) and read no triples."""
PAIRS = {SH.lessThan, SH.lessThanOrEquals, SH.equals, SH.disjoint}
NESTED = {SH.node, SH["not"], SH.qualifiedValueShape, SH.property}
"""Parameters naming a shape applied to each value node."""
LISTS = {SH["and"], SH["or"], SH.xone}
TARGETS = {SH.targetClass, SH.targetSubjectsOf}
UNDERSTOOD = {*LOCAL, *PAIRS, *NESTED, *LISTS, *TARGETS, SH.path, SH["class"]}
SHAPE_TYPES = {SH.NodeShape, SH.PropertyShape}
MAX_DEPTH = 8
BATCH_TRIPLES = 150_000
"""Pieces are checked in graphs of about this many triples (memory stays bounded)."""
KEPT = 1_500_000
"""Piece digests kept in the cache file (16 bytes each): several versions of a large seed."""


@dataclass(frozen=True, kw_only=True)
class Reach:
    """How many links from a focus node the shapes read, and which triples of the nodes
    so reached (the focus node's own triples are always read whole)."""

    depth: int
    predicates: frozenset[URIRef]


def shapes_reach(shapes: Graph, ontology: Graph | None = None) -> Reach | None:
    """What the shapes read around a focus node, or None if they read what no piece holds.

    >>> from govkg.graph.shapes import shapes_graph, ontology_graph
    >>> reach = shapes_reach(shapes_graph(), ontology_graph())
    >>> reach.depth, sorted(p.rsplit('#', 1)[-1] for p in reach.predicates)
    (1, ['basis', 'type'])
    """
    for predicate in set(shapes.predicates()):
        if str(predicate).startswith(str(SH)) and predicate not in UNDERSTOOD:
            return None  # targetNode, closed, sparql, a component of its own …
    tops = {s for p in TARGETS for s in shapes.subjects(p, None)}
    if any(
        (s, RDF.type, kind) in shapes
        for s in set(shapes.subjects(RDF.type, None))
        for kind in (RDFS.Class, URIRef("http://www.w3.org/2002/07/owl#Class"))
    ):
        return None  # implicit class targets: not worth the special case
    reads: dict[str, object] = {"depth": 0, "predicates": set()}
    try:
        for shape in tops:
            _walk(shapes, shape, 0, reads, ())
    except _Unreachable:
        return None
    if ontology is not None and _targets_in(shapes, ontology):
        return None  # the vocabulary holds focus nodes of its own: check it whole
    return Reach(depth=reads["depth"], predicates=frozenset(reads["predicates"]))  # type: ignore[arg-type]


class _Unreachable(Exception):
    """The shapes read something a piece cannot hold."""


def _walk(shapes: Graph, shape: Node, depth: int, reads: dict, stack: tuple) -> None:
    """Record what ``shape``, applied to a node ``depth`` links from the focus, reads."""
    if (shape, depth) in stack or depth > MAX_DEPTH:
        raise _Unreachable
    stack = (*stack, (shape, depth))

    def read(at: int, predicate: Node) -> None:
        if at >= 1:
            reads["depth"] = max(reads["depth"], at)
            reads["predicates"].add(predicate)

    path = shapes.value(shape, SH.path)
    if path is not None and not isinstance(path, URIRef):
        raise _Unreachable  # sequence, inverse, alternative … paths
    values = depth if path is None else depth + 1
    if path is not None:
        read(depth, path)
    for predicate, value in shapes.predicate_objects(shape):
        if predicate in PAIRS:
            if path is None:
                raise _Unreachable
            read(depth, value)
        elif predicate == SH["class"]:
            read(values, RDF.type)
        elif predicate in NESTED:
            _walk(shapes, value, values, reads, stack)
        elif predicate in LISTS:
            for member in shapes.items(value):
                _walk(shapes, member, values, reads, stack)


def _targets_in(shapes: Graph, ontology: Graph) -> bool:
    """Whether a node of the vocabulary is itself a focus node of the shapes."""
    classes = set(shapes.objects(None, SH.targetClass))
    grown = True
    while grown:
        more = {s for c in classes for s in ontology.subjects(RDFS.subClassOf, c)} - classes
        classes |= more
        grown = bool(more)
    if any((None, RDF.type, c) in ontology for c in classes):
        return True
    return any((None, p, None) in ontology for p in shapes.objects(None, SH.targetSubjectsOf))


def _context_digest(reach: Reach, subclass: list[str]) -> bytes:
    """What every piece's verdict also rests on: validator, shapes, vocabulary, subclasses."""
    digest = hashlib.sha256(b"govkg-shape-pieces 2\n")
    for package in ("pyshacl", "rdflib"):  # rdflib decides which literals are ill-typed
        digest.update(f"{package} {version(package)}\n".encode())
    folder = ontology_dir()
    for name in ("shapes.ttl", "govkg.ttl"):
        digest.update(hashlib.sha256((folder / name).read_bytes()).digest())
    digest.update(repr((reach.depth, sorted(reach.predicates))).encode())
    for line in subclass:
        digest.update(line.encode() + b"\n")
    return digest.digest()


@dataclass(kw_only=True)
class _Pieces:
    """Each subject (by its N-Triples term) with its triples, its neighbours' triples the
    shapes read, and its digest; and the subclass triples every piece rests on."""

    own: dict[str, list[Triple]]
    context: dict[str, set[Triple]]
    near: dict[str, set[str]]
    digests: dict[str, bytes]
    subclass: list[Triple]


def _pieces(triples: Iterable[Triple], reach: Reach, only: set[str] | None = None) -> _Pieces:
    """Each subject's piece and its digest (of the subjects in ``only``, if given; their
    neighbours' own triples are kept too, for the graph they are checked in)."""
    own: dict[str, list[Triple]] = defaultdict(list)
    read: dict[str, list[tuple[str, str | None, Triple]]] = defaultdict(list)
    linked: dict[str, set[str]] = defaultdict(set)
    predicates = {term_text(p) for p in reach.predicates}
    subclass_of = term_text(RDFS.subClassOf)
    subclass: list[Triple] = []
    for triple in dict.fromkeys(triples):
        s, p, o = triple
        own[s].append(triple)
        node = None if o[0] == '"' else o
        if node is not None:
            linked[s].add(node)
        if p in predicates:
            read[s].append((f"{s} {p} {o}", node, triple))
        if p == subclass_of:
            subclass.append(triple)
    base = _context_digest(reach, sorted(" ".join(t) for t in subclass))
    context: dict[str, set[Triple]] = {}
    near: dict[str, set[str]] = {}
    digests: dict[str, bytes] = {}

    def around_of(s: str) -> dict[str, Triple]:
        around: dict[str, Triple] = {}
        frontier = linked.get(s, set()) - {s}
        seen = {s}
        nodes: set[str] = set()
        for _ in range(reach.depth):
            seen |= frontier
            following = set()
            for node in frontier & read.keys():
                nodes.add(node)
                for line, o, triple in read[node]:
                    around[line] = triple
                    if o is not None:
                        following.add(o)
            frontier = following - seen
        context[s] = set(around.values())
        near[s] = nodes
        return around

    for s in own if only is None else only & own.keys():
        around = around_of(s)
        digest = hashlib.blake2b(base, digest_size=16)
        digest.update("\n".join(sorted(" ".join(t) for t in own[s])).encode())
        digest.update(b"\n\x00\n")
        digest.update("\n".join(sorted(around)).encode())
        digests[s] = digest.digest()
    for s in {n for ns in list(near.values()) for n in ns} - context.keys():
        around_of(s)  # a neighbour checked beside a piece needs what it reads too
    return _Pieces(own=own, context=context, near=near, digests=digests, subclass=subclass)


def texts(triples: Iterable) -> list[Triple]:
    """Triples as N-Triples texts, whether given so or as rdflib terms."""
    triples = list(triples)
    if not triples or type(triples[0][0]) is str:
        return triples
    made: dict[int, str] = {}  # id(term) -> text: the terms stay alive in ``triples``
    out = []
    for triple in triples:
        row = []
        for term in triple:
            text = made.get(id(term))
            if text is None:
                text = made[id(term)] = term_text(term)
            row.append(text)
        out.append(tuple(row))
    return out


_KNOWN: set[bytes] = set()
"""Digests of pieces the shapes accepted, in this process."""


def piece_problems(
    triples: list,
    origins: dict[str, tuple[str, int]],
    reach: Reach,
    *,
    remember: bool = True,
    only: set[str] | None = None,
) -> list[Problem] | None:
    """The shapes' violations in the graph of ``triples`` (N-Triples texts or rdflib terms),
    as the whole graph's check finds them, pyshacl run only on pieces not remembered as
    conforming (and, with ``only``, on the pieces of those subjects alone: the others are
    known to conform); None for a graph that states subclasses of its own (they could make
    nodes of the vocabulary focus nodes, which no piece holds: check it whole)."""
    triples = texts(triples)
    subclass_of = term_text(RDFS.subClassOf)
    if only is not None and not only:
        return None if any(p == subclass_of for _, p, _ in triples) else []
    pieces = _pieces(triples, reach, only)
    if pieces.subclass:
        return None
    known = _KNOWN | _read_cache() if remember else set()
    unseen = [s for s, d in pieces.digests.items() if d not in known]
    problems: list[Problem] = []
    failed: set[str] = set()
    for batch in _batches(unseen, pieces):
        graph = Graph()
        chosen = set(pieces.subclass)
        for subject in batch:
            chosen.update(pieces.own[subject])
            chosen.update(pieces.context[subject])
        # Neighbours whose types the batch holds are focus nodes of it too: whole, with
        # what they read, they conform as they do in the whole graph (results set aside)
        # instead of failing every count on a partial node.
        for neighbour in {n for s in batch for n in pieces.near[s]} - set(batch):
            chosen.update(pieces.own.get(neighbour, ()))
            chosen.update(pieces.context.get(neighbour, ()))
        graph.addN((*t, graph) for t in to_rdflib(chosen))
        foci = {term_of(s) for s in batch}
        for focus, problem in violations(graph, origins, foci=foci):
            failed.add(term_text(focus))
            problems.append(problem)
    if remember:
        conforming = {d for s, d in pieces.digests.items() if s not in failed}
        if conforming - known or not conforming <= _KNOWN:
            _KNOWN.update(conforming)
            _write_cache(conforming, known)
    return sorted(problems, key=str)


def _batches(subjects: list[str], pieces: _Pieces) -> Iterable[list[str]]:
    batch: list[str] = []
    size = 0
    for subject in subjects:
        batch.append(subject)
        size += len(pieces.own[subject]) + len(pieces.context[subject])
        if size >= BATCH_TRIPLES:
            yield batch
            batch, size = [], 0
    if batch:
        yield batch


def _cache_file() -> Path:
    return cache_home("shape-pieces")


def _read_cache() -> set[bytes]:
    try:
        data = _cache_file().read_bytes()
    except OSError:
        return set()
    return {data[i : i + 16] for i in range(0, len(data) - len(data) % 16, 16)}


def _write_cache(current: set[bytes], known: set[bytes]) -> None:
    """The current pieces first, then older ones, at most KEPT; no cache is no error."""
    path = _cache_file()
    kept = [*current, *list(known - current)[: max(0, KEPT - len(current))]]
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary = path.with_name(f"{path.name}.{os.getpid()}.tmp")
        temporary.write_bytes(b"".join(kept))
        temporary.replace(path)
    except OSError:
        return


def whole_reach() -> Reach | None:
    """The reach of the shapes and vocabulary of ``ontology/``."""
    return shapes_reach(shapes_graph(), ontology_graph())
